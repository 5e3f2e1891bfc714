"""Projects (事業): the name, the budget in integer yen, the fiscal year and the division.

A recogniser runs on every document, so a line is a project only with structural evidence:

* a table (tab, pipe or single-space columns) whose header names the project field;
* a record of labelled fields (【事業名】…, 事業名：…, or labels run together by PDF
  extraction) holding a project label;
* a name with an attribute parenthesis (「X事業（予算額：…／所管：…）」) or followed by an
  amount (「○X事業 36,913千円」), when the name ends like a project;
* a numbered item under a heading (or a label printed one character per line) that names
  the project field, such as 「主要事業」;
* a name with the record of labelled values printed under it (「X事業」 / 「・予算」
  「5,243,107千円」 / 「・担当課」 「保育対策課」, see `loaders.structure.records`) holding a
  budget, or a division when the name ends like a project or stands in a project section;
* a table column whose label lists the project field in its qualifier (「内容(事業名、予算等)」),
  its cells a name with the amount after it (「X事業(35,900千円)」, 「X事業 97,531千円」);
* 「A事業費、B事業費など、…円を計上」: projects named as examples of a budget line;
* a bracket of unit names after a name or its amount (「X事業(緑化部 みどり課)」) gives the
  division (the innermost) and department, and a project field may list several such
  names (「主な事業：A事業(みどり課)、B事業(花壇課)」).

Labels come from the field vocabulary (`ontology/fields.ttl`), name endings from
`loaders.text.project_names`; amounts go through `loaders.text.amounts`. A project the genre
parser already found is left to it, so nothing is read twice.

The rules are grouped by the layout they read, one module each, mixed into `_Reader`:
`project_tables` (tables, spaced columns, run-together rows), `project_field_records`
(labelled fields, listed items, council speech), `project_headed_records` (a name and the
record under it), `project_lines` (items, headings, paragraphs, two columns side by side),
`project_sentences` (prose). Their shared helpers are in `project_text` (names, amounts,
units, years) and `project_columns` (table headers and record tables). This module keeps
the entry point, the fields every rule reads for a project and the adding of what was found.
"""

from __future__ import annotations

import re
import unicodedata

from loaders.facts import DocumentFacts, Organization, Project, Span
from loaders.field_vocabulary import (
    all_labels,
    cues_of,
    field_of,
    is_total_label,
    label_key,
    labels_of,
    opening_label,
    sentence_cues,
)
from loaders.genres.columns import Region, column_regions, unfold
from loaders.genres.units import split_unit_chain, unit_kind
from loaders.recognisers import bracket_items
from loaders.recognisers.bracket_legend import legend_year
from loaders.recognisers.contact_numbers import contact_unit
from loaders.recognisers.cut_names import completed_name
from loaders.recognisers.label_names import names_no_record
from loaders.recognisers.project_field_records import _FieldRecordRules
from loaders.recognisers.project_headed_records import _HeadedRecordRules
from loaders.recognisers.project_lines import _LineRules
from loaders.recognisers.project_sentences import _SentenceRules
from loaders.recognisers.project_tables import _TableRules
from loaders.recognisers.project_text import (
    _GAP,
    _PAIR,
    _PREVIOUS,
    _TRIM,
    _UNIT_PIECE,
    _UNIT_WORDS,
    MAX_INTRO_BLOCKS,
    MAX_SECTION_LABEL,
    _all_units,
    _before_wide_gap,
    _Found,
    _joined_suffix,
    _leading_unit,
    _previous_budget_label,
    _qualifier_unit,
    _shifted,
    _valid_name,
    _yen,
)
from loaders.structure import Block, StructuredDocument, read_structure
from loaders.structure.attributes import Attribute, attribute_groups, bracket_groups
from loaders.structure.row_notes import labelled_line
from loaders.text.amounts import YearAmount, find_amounts, year_amounts
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import nfkc_key
from loaders.text.policy_codes import find_leading_code
from loaders.text.project_names import (
    looks_like_project,
    strip_leading_status_mark,
    strip_note_remark,
    strip_status_mark,
)

# A table's unit note (「単位：…」) stands within a few lines above it.
_COLUMN_UNIT_WINDOW = 400


# 「… 担当グループ：D」: a further field's label and colon printed after a unit field's value
_LATER_FIELD = re.compile(r"\s+[^\s:：]{2,10}[:：]")
_YEAR_NOT_OWN = re.compile(r"^\s*(?:より|から|比|と比)")


# The kinds of unit a record may name in charge besides its 課: a 部局 above, a 係 below.
_ABOVE_OR_BELOW_DIVISION = ("department", "committee", "section")
# 「（令和6年度 7,613千円）」 right after an amount: another year's amount
_SECTION_MARKS = "■□◆◇●"  # marks opening a section's heading line
_OTHER_YEAR = re.compile(r"\s*[(（](?P<inner>[^()（）]{1,40})[)）]")
# a legend dating the brackets (「（　）内は令和7年度当初予算額」) stands over a section's lists
_LEGEND_REACH = 40


def recognise(doc: StructuredDocument, facts: DocumentFacts, *, unfolded: bool = False) -> None:
    """Add the projects of `doc` that the genre parser did not already find; a stretch
    printed as two columns side by side is read column by column (`loaders.genres.columns`)."""
    doc = bracket_items.with_bracket_fields(doc)  # 「• 【事業名】X事業」: fields, as items
    reader = _Reader(doc, facts)
    right = [] if unfolded else reader.right_column_tables()
    regions = [] if unfolded else [
        r for r in column_regions(doc.text) if not _paired(doc, r) and not _tabled(doc, r)
        and not any(a < r.end and r.start < b for a, b in reader.right_regions)
    ]  # fmt: skip
    for region in regions:
        _read_columns(doc, facts, region)
    reader.pair_regions.extend((r.start, r.end) for r in regions)
    found = [
        *right,
        *reader.tables(),
        *reader.levelled_rows(),
        *reader.record_year_tables(),
        *reader.run_together_rows(),
        *reader.spaced_tables(),
        *reader.field_records(),
        *reader.spoken_records(),
        *reader.listed_items(),
        *reader.run_records(),
        *reader.term_entries(),
        *reader.headed_records(),
        *reader.side_by_side(),
        *reader.lines(),
        *reader.prose(),
    ]
    reader.add([row for item in found for row in reader.yearly_rows(item)])


def _tabled(doc: StructuredDocument, region: Region) -> bool:
    """A stretch the structure reads as one table (「事業名　予算額（千円）　担当課」 over its
    rows): its columns are the table's, no page's."""
    return any(
        min(b.end, region.end) - max(b.start, region.start) > (region.end - region.start) // 2
        for b in doc.of_kind("table")
    )


def _paired(doc: StructuredDocument, region: Region) -> bool:
    """A stretch whose lines pair two marked names (「◆A事業　◆B事業」), which
    `_Reader.side_by_side` reads with the amounts and contacts under each."""
    lines = doc.folded[region.start : region.end].split("\n")
    return any((m := _PAIR.fullmatch(line)) and m.group("m1") == m.group("m2") for line in lines)


def _read_columns(doc: StructuredDocument, facts: DocumentFacts, region: Region) -> None:
    """The projects of a two-column stretch, read from its columns printed one after the
    other; their evidence is mapped back to the stretch's offsets in `doc`."""
    text, origin = unfold(doc.text, region)
    part = DocumentFacts(
        facts.file, facts.municipality_code, facts.municipality, facts.prefecture, text,
        facts.genre, fiscal_year=facts.fiscal_year,
    )  # fmt: skip
    part.projects = list(facts.projects)
    before = len(part.projects)
    recognise(read_structure(text, labels=all_labels()), part, unfolded=True)

    def back(evidence: dict[str, Span]) -> dict[str, Span]:
        """Each span over the stretch's offsets its characters came from (a span running
        over several lines of one column covers those lines of the stretch)."""
        mapped = {}
        for key, span in evidence.items():
            at = [origin[i] for i in range(span.start, min(span.end, len(origin)))]
            if at and (found := doc.span(min(at), max(at) + 1)).text:
                mapped[key] = found
        return mapped

    known = {nfkc_key(o.name) for o in facts.organizations}
    for project in part.projects[before:]:
        project.evidence = back(project.evidence)
        facts.projects.append(project)
    for unit in part.organizations:
        if nfkc_key(unit.name) not in known:
            unit.evidence = back(unit.evidence)
            facts.organizations.append(unit)
            known.add(nfkc_key(unit.name))


class _Reader(_TableRules, _FieldRecordRules, _HeadedRecordRules, _LineRules, _SentenceRules):
    """Reads the projects of one document; each layout's rules come from a mixin."""

    def __init__(self, doc: StructuredDocument, facts: DocumentFacts) -> None:
        self.doc = doc
        self.facts = facts
        self.covered: set[int] = set()  # block indices already read as part of a table
        self.covered_lines: list[tuple[int, int]] = []
        self.sections = _project_sections(doc)
        self.read_blocks: set[int] = set()  # blocks a project was read from, line by line
        self.listed_blocks: set[int] = set()  # 「主な事業：A事業、B事業」 entries, read whole
        self.project_blocks: set[int] = set()
        self.paired: dict[int, set[str]] = {}  # a line of two columns → its two names
        self.pair_regions: list[tuple[int, int]] = []  # the lines read under such a line
        self.entry_blocks: set[int] = set()  # 「X：…（予算額：…）」 read as projects named X
        self.sheet_blocks: set[int] = set()  # the lines of a project's block in PDF text
        # the rows of a table in a page's right column, whose lines other readers misread
        self.right_regions: list[tuple[int, int]] = []

    # -- fields of a project --------------------------------------------------------------
    def _budget(self, item: _Found, text: str, start: int, unit: str | None) -> None:
        if item.budget is not None or item.yearly:
            return
        series = [_shifted(y, start) for y in year_amounts(text, unit)]
        if len(series) == 1 and series[0].yen is not None:  # 「令和6年度 6,529」
            one = series[0]
            item.budget, item.budget_span = one.yen, self.doc.span(one.start, one.end)
            if item.year is None:
                item.year, item.year_span = one.year, self.doc.span(one.year_start, one.year_end)
            return
        if len(series) > 1:
            item.yearly = series  # 「令和5年度 7,613　令和6年度 8,147」: each year's own amount
            return
        if (parted := self._with_previous(text, start, unit)) is not None:
            item.budget, item.budget_span, previous = parted
            item.yearly = [previous]  # 「○億○,○○○万円　前年度 ○億○,○○○万円」
            return
        yen = _yen(text, unit)
        if yen is None and (bracket := _OTHER_YEAR.search(text)) is not None and (
            bracket.end() == len(text.rstrip()) and text[: bracket.start()].strip()
        ):
            # 「○,○○○,○○○ (○,○○○,○○○)」: the amount, then another year's in brackets
            head = text[: bracket.start()].rstrip()
            if (yen := _yen(head, unit)) is not None:
                item.budget = yen
                item.budget_span = self.doc.span(start, start + len(head))
                self._other_year(item, text, start, unit)
            return
        if yen is not None:
            item.budget = yen
            item.budget_span = self.doc.span(start, start + len(text))
            self._other_year(item, text, start, unit)

    def _with_previous(
        self, text: str, start: int, unit: str | None
    ) -> tuple[int, Span, YearAmount] | None:
        """「○億○,○○○万円　前年度 ○億○,○○○万円」: the budget, then the year before's amount
        after its cue (no bracket): each its own year's."""
        for cue in cues_of("previousYear"):
            if (at := text.find(cue)) <= 0:
                continue
            head, rest = text[:at].rstrip(" \u3000:：/／"), text[at + len(cue) :]
            figures = find_amounts(rest)
            if len(figures) != 1 or rest[: figures[0][0]].strip(" \u3000:：") or (
                rest[figures[0][1] :].strip()
            ):
                continue
            yen = _yen(head, unit) if head and len(find_amounts(head)) == 1 else None
            if yen is None:
                continue
            a, b, before = figures[0]
            shift = start + at + len(cue)
            previous = YearAmount(_PREVIOUS, start + at, start + at + len(cue), shift + a,
                                  shift + b, before)  # fmt: skip
            return yen, self.doc.span(start, start + len(head)), previous
        return None

    def _other_year(self, item: _Found, text: str, start: int, unit: str | None) -> None:
        """「8,147千円（令和6年度 7,613千円）」, 「（前年度 7,613千円）」: a bracket right
        after the budget giving one amount for another year is the project's amount for
        that year too (kept in `yearly`, read by `yearly_rows` beside the budget's row)."""
        amounts = find_amounts(text)
        end = amounts[0][1] if amounts else len(text.rstrip())
        match = _OTHER_YEAR.match(text, end)
        if match is None and not amounts:  # 「○,○○○,○○○ (○,○○○,○○○)」: a bare figure first
            match = _OTHER_YEAR.search(text)
            if match is not None and match.end() != len(text.rstrip()):
                match = None
        if match is None:
            return
        self.bracketed_year(item, match.group("inner"), start + match.start("inner"), unit)

    def bracketed_year(self, item: _Found, inner: str, at: int, unit: str | None) -> None:
        """The inside of a bracket after a budget (「令和6年度 7,613千円」, 「前年度 7,613千円」,
        a bare amount a legend dates), starting at `at`: another year's amount."""
        series = year_amounts(inner, unit)
        if len(series) == 1 and series[0].yen is not None:
            one = series[0]
            item.yearly = [_shifted(one, at)]
            return
        legend = legend_year(self.doc, item.block, self.facts.fiscal_year, reach=_LEGEND_REACH)
        if legend is not None and (yen := _yen(inner.strip(), unit)) is not None:
            # 「（　）内は令和7年度当初予算額です」 over the list: a bare bracketed amount is
            # that year's
            item.yearly = [YearAmount(legend, at, at, at, at + len(inner), yen)]
            return
        cue = next((c for c, f in sentence_cues().items()
                    if f == "previousYear" and inner.startswith(c)), None)  # fmt: skip
        figures = find_amounts(inner[len(cue) :]) if cue else []
        if cue and len(figures) == 1 and not inner[len(cue) : figures[0][0] + len(cue)].strip():
            a, b, yen = figures[0]
            shift = at + len(cue)
            item.yearly = [YearAmount(_PREVIOUS, at, at + len(cue), shift + a, shift + b, yen)]

    def _name_field(self, item: _Found, key: str, text: str, start: int) -> None:
        """The unit a division or department field names; a bracket after it naming the
        unit below (「宵見課(観望係)」) or its head (「宵見課（課長 ○○）」) is no part of it."""
        name = text.strip(_TRIM)
        if self._run_in_label(item, key, text, name, start):
            return
        bare = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", name)
        if bare != name and _spaced_chain(bare):
            name = bare  # 「A部　B課　（課長　X）」: the chain, its head's name aside
        later = _LATER_FIELD.search(name)
        if later and unit_kind(name) is None and _all_units(name[: later.start()]):
            name = name[: later.start()]  # 「A局 B部 C課 担当グループ：D」: the next field's
        if unit_kind(name) is None and not _spaced_chain(name) and _GAP.search(name):
            name = _before_wide_gap(name, _GAP)  # 「企画課  係名 交通係」: fields beside it
        name = _joined_suffix(name)
        if unit_kind(name) is None and not _spaced_chain(name):
            name = _leading_unit(name)
        inner = re.fullmatch(r"(?P<unit>[^()（）]+?)\s*[(（](?P<below>[^()（）]+)[)）]", name)
        if inner and unit_kind(inner.group("unit")) and unit_kind(name) is None:
            name = inner.group("unit")
        if key == "division" and unit_kind(name) is None and _spaced_chain(name):
            # 「緑化部 みどり課」, 「みどり課 花壇係」: the 課 of the chain is the division, the
            # unit before it the department
            at = start + text.index(name)
            pieces = [(m.start(), m.group()) for m in _UNIT_PIECE.finditer(name)]
            kinds = [unit_kind(p) for _, p in pieces]
            divisions = [i for i, kind in enumerate(kinds) if kind == "division"]
            k = divisions[-1] if divisions else len(pieces) - 1
            self._name_field(item, "division", pieces[k][1], at + pieces[k][0])
            if k > 0:
                self._name_field(item, "department", pieces[k - 1][1], at + pieces[k - 1][0])
            return
        if not name or unit_kind(name) is None:
            return
        chain = split_unit_chain(name) if key == "division" else [name]
        if len(chain) == 2 and [unit_kind(u) for u in chain] == ["department", "division"]:
            # 「緑化部みどり課」 run together: the 課 is the division, the 部 over it
            # the department
            at = start + text.index(name)
            self._name_field(item, "department", chain[0], at)
            self._name_field(item, "division", chain[1], at + len(chain[0]))
            return
        printed = _printed_as(text, name)
        at = start + text.index(printed)
        if (
            key == "division"
            and item.division is not None
            and unit_kind(name) == "division"
            and unit_kind(item.division) in _ABOVE_OR_BELOW_DIVISION
        ):
            # 「所管部局：緑化局」 then 「所管課：みどり課」: of the units a record
            # names as in charge, the 課 is the division; a 部局 before it its department
            if unit_kind(item.division) != "section" and item.department is None:
                item.department, item.department_span = item.division, item.division_span
            item.division, item.division_span = name, self.doc.span(at, at + len(printed))
            return
        if key == "division" and item.division is None:
            item.division, item.division_span = name, self.doc.span(at, at + len(printed))
        elif key == "department" and item.department is None:
            item.department, item.department_span = name, self.doc.span(at, at + len(printed))

    def _run_in_label(self, item: _Found, key: str, text: str, name: str, start: int) -> bool:
        """「所管部 緑化部所管課みどり課」: PDF text ran the next field's label into a unit
        field's value; the unit before that label fills this field, the one after it the
        field the label names. False when no unit label sits between two units."""
        chain = split_unit_chain(name)
        for i in range(len(chain) - 2, 0, -1):
            field_name = field_of(chain[i], exact=True)
            if field_name not in ("division", "department"):
                continue
            head, tail = "".join(chain[:i]), "".join(chain[i + 1 :])
            if unit_kind(head) is None or unit_kind(tail) is None:
                return False
            self._name_field(item, key, head, start + text.index(head))
            self._name_field(item, field_name, tail, start + text.index(tail, len(head)))
            return True
        return False

    def _year(self, item: _Found, text: str, start: int) -> None:
        if item.year is not None:
            return
        mentions = [m for m in year_mentions(text) if m.kind == "fiscal"]
        if mentions:
            item.year = mentions[0].year
            item.year_span = self.doc.span(start + mentions[0].start, start + mentions[0].end)

    def _attributes(
        self, item: _Found, attributes: list[Attribute], offset: int, unit: str | None
    ) -> None:
        """Read labelled attributes into `item`; their offsets are relative to `offset`."""
        before = [a for a in attributes if a.field == "budget" and _previous_budget_label(a.label)]
        if before and len(before) < len([a for a in attributes if a.field == "budget"]):
            attributes = [a for a in attributes if a not in before]
        else:
            before = []
        if self._dated_budgets(item, attributes, offset, unit):
            attributes = [a for a in attributes if a.field != "budget"]
        for a in attributes:
            start = offset + a.start
            if a.field == "budget":
                self._budget(item, a.value, start, _qualifier_unit(a.label) or unit)
                if item.budget is not None:  # 「令和6年度予算額 ○○,○○○千円」: the amount's year
                    self._year(item, a.label, offset + a.label_start)
            elif a.field in ("division", "department"):
                self._name_field(item, a.field, a.value, start)
            elif a.field == "fiscalYear" and not self._year_keyed(item, a, offset, unit):
                self._year(item, a.value, start)
        if before:
            a = before[0]
            self._previous_budget(item, a.label, a.value, offset + a.label_start,
                                  offset + a.start, unit)  # fmt: skip

    def _previous_budget(
        self, item: _Found, label: str, value: str, label_at: int, value_at: int,
        unit: str | None,
    ) -> None:  # fmt: skip
        """「予算額：○○○　前年度予算額：○○○」: the amount of the year before beside the
        item's budget, kept as that year's row (`label_at`, `value_at`: where they start)."""
        if item.budget is None or item.yearly:
            return
        text = value.strip()
        yen = _yen(text, _qualifier_unit(label) or unit) if text else None
        if yen:
            start = value_at + max(value.find(text), 0)
            item.yearly = [YearAmount(_PREVIOUS, label_at, label_at, start, start + len(text),
                                      yen)]  # fmt: skip

    def _dated_budgets(
        self, item: _Found, attributes: list[Attribute], offset: int, unit: str | None
    ) -> bool:
        """「（R6予算：○億○,○○○万円、R7予算：○億○,○○○万円）」: budget labels each naming its
        own year, so each amount is the project's for that year (kept in `yearly`)."""
        budgets = [a for a in attributes if a.field == "budget"]
        if len(budgets) < 2 or item.budget is not None or item.yearly:
            return False
        series: list[YearAmount] = []
        for a in budgets:
            years = [m for m in year_mentions(a.label) if m.kind == "fiscal"]
            yen = _yen(a.value, _qualifier_unit(a.label) or unit)
            if len(years) != 1 or yen is None:
                return False
            at = offset + a.label_start
            series.append(YearAmount(years[0].year, at + years[0].start, at + years[0].end,
                                     offset + a.start, offset + a.end, yen))  # fmt: skip
        if len({y.year for y in series}) != len(series):
            return False
        item.yearly = series
        return True

    def _year_keyed(self, item: _Found, a: Attribute, offset: int, unit: str | None) -> bool:
        """「令和7年度：7,613千円、令和8年度：8,147千円」 read as a year label and its value:
        years each keying an amount, the project's budget by year."""
        whole = self.doc.folded[offset + a.label_start : offset + a.end]
        if item.budget is not None or item.yearly or not year_amounts(whole, unit):
            return False
        self._budget(item, whole, offset + a.label_start, unit)
        return True

    def column_unit(self, offset: int, header: list[str], column: int | None) -> str | None:
        """「単位：延床面積＝㎡、概算事業費＝千円」 in the lines above a table: a unit note naming
        each column's unit, the yen unit of the budget column's label."""
        if column is None or column >= len(header) or not label_key(header[column]):
            return None
        above = self.doc.folded[max(0, offset - _COLUMN_UNIT_WINDOW) : offset]
        pattern = rf"{re.escape(label_key(header[column]))}\s*[=＝:：]\s*(?P<unit>{_UNIT_WORDS})"
        matches = list(re.finditer(pattern, above))
        return matches[-1].group("unit") if matches else None

    def unit_before(self, offset: int) -> str | None:
        """The yen unit a 「(単位:千円)」 before `offset` states for the amounts after it."""
        return _last_unit(self.doc.folded[:offset])

    # -- adding ---------------------------------------------------------------------------
    def add(self, found: list[_Found]) -> None:
        # a project the genre parser read without an amount gives way to this reader's rows
        # of it with their amounts (「事業名 | 令和8年度 | 前年度」 under 「（単位：千円）」)
        unpriced = {nfkc_key(p.name): p for p in self.facts.projects if p.budget is None}
        known = {nfkc_key(p.name) for p in self.facts.projects}
        default = _document_division(self.doc)
        first_in_section: dict[int | None, int] = {}
        self.project_blocks = {item.block.index for item in found}
        for item in found:
            parent = item.block.parent
            first_in_section[parent] = min(
                first_in_section.get(parent, item.block.index), item.block.index
            )
        added: dict[str, Project] = {}
        # keys of projects read with an amount and a year printed for it (not the document's):
        # the same project printed again with another year's amount is a row of its own (one
        # table of last year's settled amounts, one of this year's budget)
        stated: set[str] = set()
        for item in found:
            _drop_blank_ends(item)
            _drop_status_mark(item)
            _drop_field_label(item)
            _drop_cross_reference(item)
            item.name = completed_name(self.doc.folded, item.name)  # 「…事業（施設」: cut off
            self._unit_bracket_after_name(item)
            if names_no_record(item.name, "project"):
                continue  # a year heading or another field's label read as the name
            key = nfkc_key(item.name)
            if item.block.index in self.paired and key not in self.paired[item.block.index]:
                continue  # both columns read as one line
            if any(a <= item.block.start < b for a, b in self.pair_regions):
                continue  # a line of two columns' values, read as one
            if not item.right_column and any(
                a <= item.name_span.start < b for a, b in self.right_regions
            ):
                continue  # a line of a right column's table read across both columns
            if key in known and (key not in unpriced or not item.budget):
                continue
            year, year_span = self._fiscal_year(item, first_in_section)
            if item.per_year:
                key = f"{key}@{year}"
            evidence: dict[str, Span] = {"": item.spans[0] if item.spans else item.name_span}
            evidence["name"] = item.name_span
            if year_span is not None:
                evidence["fiscal_year"] = year_span
            if item.budget_span is not None:
                evidence["budget"] = item.budget_span
            division, division_span = item.division, item.division_span
            if division is None and (grouped := self._unit_heading_above(item.block)):
                division, division_span = grouped
            if division is None and (led := self._bracket_unit_above(item.block)):
                division, division_span = led
            if division is None and (led := _division_field_above(self.doc, item.block)):
                division, division_span = led
            if division is None and (led := contact_unit(self.doc, item.block)):
                division, division_span = led  # 「問　①②＝A課」 after the list
            if division is None and (led := _row_above_note(self.doc, item.block)):
                division, division_span = led  # 「［事業］X事業」 set in under its 取組's row
            if division is None and (led := self._marked_unit_before(item.block)):
                division, division_span = led  # 「■総務課」, then 「重点目標」 at its level
            if division is None and default is not None:
                division, division_span = default
            if (
                _bare_heading(item, division)
                or _PROJECT_COUNT.match(nfkc_key(item.name))
                or is_total_label(item.name)
            ):
                # a group row or section heading read in a project's place; a total row's
                # count of the projects (「合計 | ○○事業」), or its label (「施策計」)
                continue
            if division is not None and division_span is not None:
                evidence["division"] = division_span
                if item.department is None:
                    self._department_heading(item, division)
                self._organization(division, division_span, item)
            dated = year_span is not None and item.budget is not None  # its own year's amount
            if key in added and dated and key in stated and added[key].fiscal_year != year:
                key = f"{key}@{year}"  # 「令和5年度決算額」 here, 「令和6年度予算額」 there
            if key in added:
                _redate(added[key], item.budget, year, year_span)
                _fill(added[key], item.budget, division, evidence)
                continue
            if dated:
                stated.add(key)
            project = Project(item.name, year, item.budget, division, evidence=evidence)
            added[key] = project
            self.facts.projects.append(project)
        # 「X事業の前年度予算は…」 in a note under the table that names X事業's 課: the row of
        # the other year is the same project's, in that one unit's charge
        charged: dict[str, list[Project]] = {}
        for project in added.values():
            if project.division is not None:
                charged.setdefault(nfkc_key(project.name), []).append(project)
        for project in added.values():
            others = charged.get(nfkc_key(project.name), [])
            if project.division is None and len({o.division for o in others}) == 1:
                project.division = others[0].division
                if "division" in others[0].evidence:
                    project.evidence["division"] = others[0].evidence["division"]
        # 「X事業（みどり課）」 read once bare and once with its amounts by year: the bare row
        # says nothing the others do not
        budgeted = {nfkc_key(p.name) for p in added.values() if p.budget is not None}
        bare = {id(p) for p in added.values()
                if p.budget is None and nfkc_key(p.name) in budgeted}  # fmt: skip
        # 「番号 | 事業名 | 担当課」 then 「番号 | 事業名 | 令和8年度 | 令和9年度」: the bare row's
        # division (goal, facilities) is the budgeted rows' of the same project
        for earlier in [p for p in added.values() if id(p) in bare]:
            for project in added.values():
                if project.budget is not None and nfkc_key(project.name) == nfkc_key(earlier.name):
                    _inherit(project, earlier)
        # 「0」 in a year's cell (the work done, 「R7完了」): nothing budgeted, no row that year
        bare |= {id(p) for p in added.values() if p.budget == 0}
        for key, earlier in unpriced.items():
            if key not in budgeted:
                continue
            for project in added.values():
                if nfkc_key(project.name) == key:
                    _inherit(project, earlier)
            bare.add(id(earlier))
        if bare:
            self.facts.projects = [p for p in self.facts.projects if id(p) not in bare]

    def _unit_bracket_after_name(self, item: _Found) -> None:
        """「X事業（みどり課）」 read whole as a name (its record, amount or leader after it):
        a closing bracket of unit names is the division (and department), no part of the
        name."""
        name = item.name.rstrip()
        groups = bracket_groups(name)
        if not groups or groups[-1][1] != len(name) or groups[-1][0] == 0:
            return
        start, stop = groups[-1]
        inner = name[start + 1 : stop - 1]
        bare = name[:start].strip(_TRIM)
        if not _all_units(inner) or not _valid_name(bare):
            return
        span = item.name_span
        if len(span.text) == len(name) and nfkc_key(span.text) == nfkc_key(name):
            if item.division is None:
                self._units_bracket(item, inner, span.start + start + 1)
            item.name_span = Span(span.start, span.start + len(bare), span.text[: len(bare)])
        item.name = bare

    def _department_heading(self, item: _Found, division: str) -> None:
        """「【総務局】」 over 「X事業 12,345 みどり課」: the innermost heading over a
        project, when it is only the name of a unit above a 課 (a 局 or 部), is the department
        its division sits in."""
        heading = next(self.doc.headings_above(item.block), None)
        if heading is None or unit_kind(division) != "division":
            return
        text = self.doc.folded[heading.start : heading.end].strip()
        text = _UNIT_NOTE_AFTER.sub("", text)  # 「総務局（単位：千円）」: the table's caption
        inner = _BRACKETED_HEADING.fullmatch(text)
        if inner is None or unit_kind(inner.group("unit")) != "department":
            return
        name = inner.group("unit")
        if nfkc_key(name) == nfkc_key(division):
            return
        at = heading.start + inner.start("unit")
        item.department, item.department_span = name, self.doc.span(at, at + len(name))

    def _unit_heading_above(self, block: Block) -> tuple[str, Span] | None:
        """「【宵見課】」 alone on a line over the projects that follow: the unit they are
        grouped under, up to the numbered heading that opens their section. An unnumbered
        heading that is only a unit's name (「市民課」 over its card of fields) leads the project
        labelled fields of its own section too, and a heading naming a unit, marked or not
        (「●総務課」 over 「◎X事業」, 「■ 総務課」 over project headings), the projects listed
        under it."""
        for other in reversed(self.doc.blocks[: block.index]):
            if other.kind == "heading" and other.number:
                return None
            if other.kind != "heading":
                continue
            line = self.doc.folded[other.start : other.end].strip()
            if not _BRACKETED.fullmatch(line):
                name = other.text.strip(_TRIM)
                grouped = other in self.doc.headings_above(block)
                fielded = other.index == block.parent and block.kind == "field"
                if (grouped or fielded) and unit_kind(name):
                    at = self.doc.folded.find(name, other.start, other.end)
                    if at >= 0:
                        return name, self.doc.span(at, at + len(name))
                continue
            name = other.text.strip(_TRIM)
            if unit_kind(name) is None:
                return None
            at = self.doc.folded.find(name, other.start, other.end)
            return (name, self.doc.span(at, at + len(name))) if at >= 0 else None
        return None

    def _marked_unit_before(self, block: Block) -> tuple[str, Span] | None:
        """「■総務課」 heading the sections printed after it at its own level (「課の予算」,
        「重点目標」 over numbered headings): the nearest heading before the project whose line
        opens with a section mark, when it names a unit, is the unit those sections are of."""
        for other in reversed(self.doc.blocks[: block.index]):
            if other.kind != "heading":
                continue
            line = self.doc.folded[other.start : other.end].strip()
            if line[:1] not in _SECTION_MARKS:
                continue
            name = other.text.strip(_TRIM)
            at = self.doc.folded.find(name, other.start, other.end)
            if unit_kind(name) is None or at < 0:
                return None  # the nearest marked heading names no unit: a section of its own
            return name, self.doc.span(at, at + len(name))
        return None

    def _bracket_unit_above(self, block: Block) -> tuple[str, Span] | None:
        """「ア 空き家対策の強化（主担当：みどり課）」 over 「(ア) X事業 予算額 …」: in a
        numbered hierarchy, the unit in charge a heading above states in its attribute
        bracket leads the projects nested under it. The nearest such heading wins."""
        for heading in self.doc.headings_above(block):
            if not heading.number:
                continue
            at = self.doc.folded.find(heading.text, heading.start)
            if at < 0 or not any(mark in heading.text for mark in "(〔【"):
                continue  # 「（主担当：X課）」「〔担当：X課〕」: the attributes' bracket
            for group in attribute_groups(heading.text, at):
                for a in group.attributes:
                    name = a.value.strip(_TRIM)
                    if a.field == "division" and unit_kind(name) is not None:
                        return name, self.doc.span(a.start, a.start + len(a.value))
        return None

    def _fiscal_year(
        self, item: _Found, first_in_section: dict[int | None, int]
    ) -> tuple[int | None, Span | None]:
        """The year the project's record states, else the year its context states (text
        before it in its block, a heading above it, the lines that open its section), else
        the document's."""
        if item.year is not None:
            return item.year, item.year_span
        doc = self.doc
        if item.year_before is not None:
            found = _own_year(doc, item.block.start, item.year_before)
            if found is not None:
                return found
        for heading in doc.headings_above(item.block):
            found = _own_year(doc, heading.start, heading.end)
            if found is not None:
                return found
        first = first_in_section.get(item.block.parent)
        if first is not None:
            for block in reversed(doc.blocks[max(0, first - MAX_INTRO_BLOCKS) : first]):
                if block.index in self.project_blocks:
                    break
                if block.parent != item.block.parent and block.index != first - 1:
                    break  # a line of another section opens the list only right above it
                if block.kind == "heading" or "。" in block.text.rstrip("。"):
                    continue  # a description, not the line that opens the list
                if len(_fiscal_years(doc, block)) > 1:
                    continue  # a line comparing years states no one year for the list
                found = _own_year(doc, block.start, block.end)
                if found is not None:
                    return found
        return self.facts.fiscal_year, None

    def _organization(self, name: str, span: Span, item: _Found) -> None:
        """The division (and the department the record names) as units of the document."""
        names = {nfkc_key(o.name) for o in self.facts.organizations}
        parent = item.department if item.department != name else None
        if _joined_units(name):
            return  # 「A局・B局」: two units named at once, neither the row's own
        if parent is not None and _joined_units(parent):
            parent = None  # the units a page is of, no one unit above the row's
        if parent is not None and nfkc_key(parent) not in names and item.department_span:
            kind = unit_kind(parent) or "department"
            self.facts.organizations.append(
                Organization(parent, kind, evidence={"": item.department_span})
            )
        if nfkc_key(name) in names:
            for org in self.facts.organizations:
                if nfkc_key(org.name) == nfkc_key(name) and org.parent is None and parent:
                    org.parent = parent
            return
        kind = unit_kind(name) or "division"
        self.facts.organizations.append(Organization(name, kind, parent, evidence={"": span}))


def _joined_units(name: str) -> bool:
    """「架空局・架空局」: units joined by 「・」, two or more of them."""
    return len([part for part in name.split("・") if unit_kind(part)]) > 1


# 「【総務局】」, 「〈総務局〉」 or 「総務局」 alone: a heading that is one unit's name
_UNIT_NOTE_AFTER = re.compile(r"\s*[(（]\s*単位\s*[:：][^()（）]*[)）]\s*$")
_BRACKETED_HEADING = re.compile(
    r"[【〔\[［<＜〈]?\s*(?P<unit>[^\s【】〔〕\[\]［］]{2,30}?)\s*[】〕\]］>＞〉]?"
)


_PROJECT_COUNT = re.compile(r"^(?:計|合計|全|総)?[0-9,]+(?:事業|件)$")



def _bare_heading(item: _Found, division: str | None) -> bool:
    """A name that does not end like a project (「基本目標2 緑と花のまち」「事業の目的」) with
    no amount and no division in charge: nothing but its place says it is a project, and a
    group row of a project table or a section heading stands in that place too."""
    return (
        item.budget is None and not item.yearly and division is None
        and not looks_like_project(item.name)
    )  # fmt: skip


def _drop_blank_ends(item: _Found) -> None:
    """「X事業<TAB>○,○○○千円」: the tab (or space) that set the amount off is no part of the
    name read before it."""
    bare = item.name.strip()
    if bare == item.name or not bare:
        return
    span = item.name_span
    if len(span.text) == len(item.name):  # the span prints the name as read
        cut = len(item.name) - len(item.name.lstrip())
        item.name_span = Span(span.start + cut, span.start + cut + len(bare),
                              span.text[cut : cut + len(bare)])  # fmt: skip
    item.name = bare


def _drop_status_mark(item: _Found) -> None:
    """「X事業（新）」, 「新規 X事業」: the name without the mark that says the project is
    new (or expanded, continued) this year."""
    bare = strip_status_mark(strip_note_remark(item.name))
    if bare != item.name:
        span = item.name_span
        item.name = bare
        item.name_span = Span(span.start, span.start + len(bare), span.text[: len(bare)])
    bare = strip_leading_status_mark(_without_leading_symbol(item.name))
    if bare != item.name:
        span = item.name_span
        cut = len(item.name) - len(bare)
        if len(span.text) == len(item.name):  # the span prints the name as read
            item.name_span = Span(span.start + cut, span.end, span.text[cut:])
        item.name = bare


def _without_leading_symbol(name: str) -> str:
    """「★X事業」: a legend's symbol glued before the name (★ = 重点事業) is no part of it;
    nor is a list's bullet (「・X事業」 in a table's cell, a list aligned into columns)."""
    at = 0
    while at < len(name) and (unicodedata.category(name[at]) == "So" or name[at] in "・･•●"):
        at += 1
    return name[at:] if 0 < at < len(name) and looks_like_project(name[at:]) else name


def _drop_field_label(item: _Found) -> None:
    """「［事業］ X事業 予算額 …」: the bracketed label a record line opens with is no part
    of the project's name."""
    field, cut = opening_label(item.name)
    if field != "project":
        return
    span = item.name_span
    if len(span.text) == len(item.name):  # the span prints the name as read
        item.name_span = Span(span.start + cut, span.end, span.text[cut:])
    item.name = item.name[cut:]


def _drop_cross_reference(item: _Found) -> None:
    """「X事業（施策Ⅱ-1）」: a bracket closing a name that only cites the policy the project
    serves (a policy label and its code) is a reference, no part of the name."""
    groups = bracket_groups(item.name)
    if not groups or groups[-1][1] != len(item.name) or groups[-1][0] == 0:
        return
    start, stop = groups[-1]
    cited = find_leading_code(item.name[start + 1 : stop - 1])
    if cited is None or cited.label or field_of(cited.prefix) not in ("policy", "initiative"):
        return
    item.name = item.name[:start].rstrip()
    span = item.name_span
    item.name_span = Span(span.start, span.start + len(item.name), span.text[: len(item.name)])


def _redate(project: Project, budget: int | None, year: int | None, span: Span | None) -> None:
    """A project first read without an amount (a row of last year's review table) takes the
    year of the record that gives its amount: the amount's year is the project row's."""
    if project.budget is None and budget is not None and year not in (None, project.fiscal_year):
        project.fiscal_year = year
        project.evidence.pop("fiscal_year", None)
        if span is not None:
            project.evidence["fiscal_year"] = span


def _fill(project: Project, budget: int | None, division: str | None, evidence: dict) -> None:
    if project.budget is None and budget is not None:
        project.budget = budget
    if project.division is None and division is not None:
        project.division = division
    for key, span in evidence.items():
        project.evidence.setdefault(key, span)


def _printed_as(text: str, name: str) -> str:
    """The text as printed of a name `_joined_suffix` joined (「企画 課」 for 企画課)."""
    if name in text:
        return name
    broken = re.search(re.escape(name[:-1]) + r"[ \u3000]" + re.escape(name[-1]), text)
    return broken.group() if broken else name


def _spaced_chain(text: str) -> bool:
    """「緑化部　みどり課」, 「緑化部／みどり課」: a division field's value naming the
    department, a space (or a slash, as a 「担当部・課」 column prints both), then the division."""
    return bool(re.search(r"[\s/／]", text)) and _all_units(text)


_BRACKETED = re.compile(r"[【〔\[［<＜《〈][^】〕\]］>＞》〉]{1,30}[】〕\]］>＞》〉]")


def _unit_pattern() -> re.Pattern[str]:
    """「（単位：千円）」, 「単位は千円」, and 「金額は千円単位」 (the unit, then the word)."""
    labels = "|".join(re.escape(label) for label in labels_of("unit"))
    return re.compile(rf"(?:{labels})\s*(?:[:：]|は)?\s*(?P<unit>{_UNIT_WORDS})"
                      rf"|(?<![0-9０-９])(?P<before>{_UNIT_WORDS})単位")


def _budget_unit_pattern() -> re.Pattern[str]:
    """「（事業費：百万円）」, 「（当初予算額・千円）」 after a caption: a budget label stating
    its amounts' unit."""
    labels = "|".join(re.escape(label) for label in labels_of("budget"))
    return re.compile(rf"[(（]\s*(?:{labels})\s*[:：・、,]\s*(?P<unit>{_UNIT_WORDS})\s*[)）]")


def _inherit(project: Project, earlier: Project) -> None:
    """What the genre parser read of a project besides its amount (its 取組, goal, division,
    facilities), kept on the row read with the amount."""
    project.division = project.division or earlier.division
    project.related_initiative = project.related_initiative or earlier.related_initiative
    project.goal = project.goal or earlier.goal
    project.description = project.description or earlier.description
    project.facilities = project.facilities or list(earlier.facilities)
    for key, span in earlier.evidence.items():
        project.evidence.setdefault(key, span)


def _last_unit(text: str) -> str | None:
    matches = list(_unit_pattern().finditer(text))
    if "円)" in text or "円）" in text:  # only then can a bracket state a unit
        matches.extend(_budget_unit_pattern().finditer(text))
    if not matches:
        return None
    last = max(matches, key=lambda m: m.start())
    return last.groupdict().get("unit") or last.group("before")


def _own_year(doc: StructuredDocument, start: int, end: int) -> tuple[int, Span] | None:
    """The first fiscal year printed in the text [start, end) that is the text's own, not
    a year compared with or counted from (「令和5年度より…増」, 「令和7年度から」)."""
    text = doc.folded[start:end]
    for mention in year_mentions(text):
        if mention.kind != "fiscal" or _YEAR_NOT_OWN.match(text[mention.end :]):
            continue
        return mention.year, doc.span(start + mention.start, start + mention.end)
    return None


def _fiscal_years(doc: StructuredDocument, block: Block) -> set[int]:
    mentions = year_mentions(doc.folded[block.start : block.end])
    return {m.year for m in mentions if m.kind == "fiscal"}


def _document_division(doc: StructuredDocument) -> tuple[str, Span] | None:
    """The one unit the document's own fields name (所属名 維持管理課): the division of the
    projects it lists without one."""
    units: dict[str, tuple[str, Span]] = {}
    for block in doc.of_kind("field"):
        if field_of(block.label or "") != "division" or not block.value:
            continue
        value = block.value.strip(_TRIM)
        if field_of(block.label or "", exact=True) != "division":
            # 「所管課・係：A課 B係」: a longer label, its value led by the division
            value = value.split()[0] if value.split() else value
        if unit_kind(value) != "division":  # a contact group (予算グループ) is no division
            continue
        start = block.value_start if block.value_start is not None else block.start
        units.setdefault(nfkc_key(value), (value, doc.span(start, start + len(value))))
    return next(iter(units.values())) if len(units) == 1 else None


def _row_above_note(doc: StructuredDocument, block: Block) -> tuple[str, Span] | None:
    """「① 取組　A課　●　●」 then, set in under it, 「［事業］X事業　○○,○○○千円」 (a note of
    that row, read after the table): the unit in charge the row above the note prints."""
    if block.kind not in ("paragraph", "item") or not labelled_line(block.text):
        return None
    table = next((b for b in reversed(doc.blocks[: block.index]) if b.kind == "table"), None)
    if table is None or table.table is None or not table.table.rows:
        return None
    first_row = table.table.rows[0][0].start if table.table.rows[0] else table.start
    for other in doc.blocks[table.index + 1 : block.index]:
        if other.start < first_row:
            continue  # a header line of the table's (「四半期」), read after it
        if other.kind not in ("paragraph", "item") or not labelled_line(other.text):
            return None  # only the row's other notes between the table and this one
    column = table.table.column(lambda label: field_of(label, exact=True) == "division")
    rows = [r for r in table.table.rows if r and r[0].start < block.start]
    if column is None or not rows:
        return None
    row = max(rows, key=lambda r: r[0].start)
    between = doc.folded[row[-1].end : block.start]
    if any(line.strip() and not labelled_line(line) for line in between.split("\n")[1:]):
        return None  # a line that is no note of the row between them
    if column >= len(row) or unit_kind(row[column].text.strip()) is None:
        return None
    return row[column].text.strip(), doc.cell_span(row[column])


def _division_field_above(doc: StructuredDocument, block: Block) -> tuple[str, Span] | None:
    """「具体的な施策 1-1 …」 / 「【担当課】○○課」 over 「主な事業」 and its list: the
    division a section's own field names leads the projects listed further down in that
    section. The nearest section with one wins."""
    for heading in doc.headings_above(block):
        for field in doc.blocks[heading.index + 1 : block.index]:
            if field.parent != heading.index or field.kind != "field" or not field.value:
                continue
            if field_of(field.label or "", exact=True) != "division":
                continue
            # 「総務課（総務係）␣␣施策の評価：B」: the first of fields packed on one line, the
            # 課 without the 係 in brackets after it
            value = re.split(r"[ \u3000]{2,}", field.value.strip(_TRIM))[0]
            if unit_kind(value) != "division":
                value = re.sub(r"\s*[(（][^()（）]*[)）]$", "", value)
            if unit_kind(value) != "division":
                continue
            start = field.value_start if field.value_start is not None else field.start
            at = doc.folded.find(value, start)
            return value, doc.span(at, at + len(value))
    return None


def _project_sections(doc: StructuredDocument) -> set[int]:
    """Indices of blocks under a heading that names the project field (「主要事業」, 「番号
    主要事業・主要制度」), or after such a label printed one character per line."""
    inside: set[int] = set()
    labels = [x for x in labels_of("project") if len(x) >= 3]
    blocks = doc.blocks
    for block in blocks:
        if block.kind != "heading" or len(block.text) > MAX_SECTION_LABEL:
            continue
        key = label_key(block.text)
        if any(key.endswith(label) for label in labels):
            inside.update(b.index for b in doc.under(block))
    k = 0
    while k < len(blocks):
        j = k
        while j < len(blocks) and len(blocks[j].text.strip()) == 1 and blocks[j].kind != "table":
            j += 1
        if j - k >= 2 and field_of("".join(b.text for b in blocks[k:j]), exact=True) == "project":
            parent = blocks[k].parent
            inside.update(
                b.index for b in blocks[j:] if parent is None or parent in _ancestors(doc, b)
            )
        k = max(j, k + 1)
    return inside


def _ancestors(doc: StructuredDocument, block: Block) -> set[int]:
    return {h.index for h in doc.headings_above(block)}
