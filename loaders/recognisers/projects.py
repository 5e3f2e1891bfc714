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
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace

from loaders.facts import DocumentFacts, Organization, Project, Span
from loaders.field_vocabulary import all_labels, field_of, label_key, labels_of, sentence_cues
from loaders.genres.columns import Region, column_regions, unfold
from loaders.genres.units import split_unit_chain, unit_kind
from loaders.recognisers import bracket_items, page_labels, project_blocks, run_together
from loaders.recognisers.allocation_sentences import allocations, unit_in_charge
from loaders.recognisers.division_lines import division_line
from loaders.recognisers.speaker_posts import opening_speaker, split_speaker
from loaders.recognisers.spoken_fields import SpokenField, spoken_field
from loaders.recognisers.table_headers import unit_note_header, year_subheader
from loaders.structure import Block, Cell, StructuredDocument, Table, read_structure
from loaders.structure.attributes import (
    Attribute,
    attribute_groups,
    bracket_groups,
    group_attributes,
    label_runs,
    leading_label,
    spaced_fields,
    split_attributes,
)
from loaders.structure.records import record_after
from loaders.text.amounts import (
    UNIT_SCALES,
    YearAmount,
    find_amounts,
    is_budget_stage_word,
    parse_yen,
    unit_scale,
    year_amounts,
)
from loaders.text.fiscal_year import year_mentions
from loaders.text.names import tokens
from loaders.text.normalize import Line, lines_with_offsets, nfkc_key
from loaders.text.policy_codes import find_leading_code
from loaders.text.project_names import (
    EXPENDITURE_CATEGORIES,
    looks_like_project,
    project_ending,
    strip_leading_status_mark,
    strip_note_remark,
    strip_status_mark,
    strip_trailing_status_word,
)

MAX_NAME = 60
# How far after a project line a 「事業費」 label and its amount may stand (PDF columns).
LOOKAHEAD_BLOCKS = 6
ALLOCATION_LINES = 3  # lines after a sentence's first that may still be that sentence
# A name wrapped onto a second line: the second piece is short and says nothing else.
MAX_NAME_TAIL = 15
MAX_SECTION_LABEL = 30
_GAPLESS_LINES = ("paragraph", "heading")  # lines PDF extraction left without cell gaps
_MAX_RUN_ROWS = 20
_RECORD_REACH = 12  # a sheet's 事業名 stands a few lines above its table of amounts
MAX_STAGE_WORD = 3  # 「決算」「予算」「見込」 after a year column's year
MAX_SECTION_WORDS = 8  # 「事業内容」, 「事業の概要」: a section title, not a name
# The lines that open a list of projects (「令和6年度予算で実施する主な取組」) stand just above it.
MAX_INTRO_BLOCKS = 3
# A description under a name wraps over a few lines before its sentence ends.
MAX_WRAPPED_LINES = 4
# A table's unit note (「単位：…」) stands within a few lines above it.
_COLUMN_UNIT_WINDOW = 400

_NAME_FIELDS = ("project", "division", "department")
_NUMBER_TOKEN = re.compile(r"^[▲△\-]?[0-9][0-9,]*(?:\.[0-9]+)?$")
_WORD = re.compile(r"\S+")
_TRIM = " \u3000:：、,・/／…‥"  # 「X事業……7,613万円」: the leader before the amount
_YEAR_NOT_OWN = re.compile(r"^\s*(?:より|から|比|と比)")
# a name in running text starts after punctuation, a bracket or a space
_NAME_START = re.compile(r"[、。,「」『』\s()（）]")
# 「地域振興課(職員数12人)では、」: the unit a sentence is about
_TOPIC_UNIT = re.compile(
    r"\s*(?P<unit>[^\s、。,()（）「」]{2,30}?)\s*(?:[(（][^()（）]*[)）])?\s*(?:では|は|が)"
)
_UNIT_PIECE = re.compile(r"[^\s、,，/／]+")
_PART = re.compile(r"[、,，/／;；]")
# Particles and a verb's て that end the phrase before a name in a sentence (「主な事業は」,
# 「あわせて」); の joins the words of one name and stays.
_PHRASE_END = ("は", "が", "を", "に", "で", "も", "て", "へ", "から", "より")
# The kinds of unit a record may name in charge besides its 課: a 部局 above, a 係 below.
_ABOVE_OR_BELOW_DIVISION = ("department", "committee", "section")
# 「（令和6年度 7,613千円）」 right after an amount: another year's amount
_OTHER_YEAR = re.compile(r"\s*[(（](?P<inner>[^()（）]{2,40})[)）]")
_PREVIOUS = 0  # the year before the project's own, which `add` does not know yet
_SENTENCE = re.compile(r"[^。]+")
_LIST_BEFORE = re.compile(r"^(?P<list>[^、。]{2,40}(?:、[^、。]{2,40})*?)(?:など|等)[、,]")


@dataclass
class _Found:
    name: str
    name_span: Span
    block: Block
    budget: int | None = None
    budget_span: Span | None = None
    division: str | None = None
    division_span: Span | None = None
    department: str | None = None
    department_span: Span | None = None
    year: int | None = None
    year_span: Span | None = None
    year_before: int | None = None  # read a year printed in the block before this offset
    spans: list[Span] = field(default_factory=list)
    per_year: bool = False  # one of several years' rows of the same project
    # 「予算額：R7 7,613 / R8 8,147」: a budget printed as a series of years' amounts
    # (offsets shifted into the document), read as one row per year with an amount
    yearly: list[YearAmount] = field(default_factory=list)
    right_column: bool = False  # read from a table in a page's right column


def recognise(doc: StructuredDocument, facts: DocumentFacts, *, unfolded: bool = False) -> None:
    """Add the projects of `doc` that the genre parser did not already find; a stretch
    printed as two columns side by side is read column by column (`loaders.genres.columns`)."""
    doc = bracket_items.with_bracket_fields(doc)  # 「• 【事業名】X事業」: fields, as items
    reader = _Reader(doc, facts)
    right = [] if unfolded else reader.right_column_tables()
    regions = [] if unfolded else [
        r for r in column_regions(doc.text) if not _paired(doc, r)
        and not any(a < r.end and r.start < b for a, b in reader.right_regions)
    ]  # fmt: skip
    for region in regions:
        _read_columns(doc, facts, region)
    reader.pair_regions.extend((r.start, r.end) for r in regions)
    found = [
        *right,
        *reader.tables(),
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


class _Reader:
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

    # -- tables ---------------------------------------------------------------------------
    def tables(self) -> list[_Found]:
        found: list[_Found] = []
        for block in self.doc.of_kind("table"):
            table = block.table
            if table is None:
                continue
            if _is_record_table(table):
                self.covered.add(block.index)
                found.extend(self._record_table(block))
                continue
            if _figures_in_header(table.header):
                # a line-printer report's rows, their labels in the page header above
                table = (
                    page_labels.labelled_from_page_header(self.doc, block, self.facts.fiscal_year)
                    or table
                )
            table, noted = unit_note_header(table)  # 「(単位:千円)」 read as the header
            table = year_subheader(table)
            columns = _columns(table.header)
            if _figures_in_header(table.header):
                columns.pop("project", None)  # a table without a header: its first row
            named = _exact_column(table.header, "initiative")
            if "project" not in columns and named is not None and "budget" in columns:
                # 「公約項目 | 担当課 | R6決算見込額 | R7当初予算額」: undertakings printed with
                # their budgets are projects, whatever word heads their names
                columns["project"] = named
            if "project" not in columns:
                found.extend(self._facility_measures(block))
                continue
            self.covered.add(block.index)
            unit = (
                _header_unit(table.header, columns.get("budget"))
                or noted
                or self.column_unit(block.start, table.header, columns.get("budget"))
                or self.unit_before(block.start)
            )
            # 「R6当初 | R5当初」 with no budget word: each year's own amount
            years = _cost_year_columns(table.header) if "budget" not in columns else {}
            budget_years = _budget_year_columns(table.header) if "budget" in columns else {}
            if "budget" in columns and len(budget_years) < 2:
                budget_years = _staged_year_columns(table.header, columns["budget"])
            rows = [*_wrapped_name_rows(table.rows, columns["project"]),
                    *self._continued_rows(block)]  # fmt: skip
            if _levels_field(table.header[columns["project"]]) is not None:
                # 「基本目標・施策・事業」: only the rows at the project level are projects
                at = columns["project"]
                rows = [r for r in rows if at < len(r) and looks_like_project(r[at].text)]
            for row in rows:
                row_unit = _row_unit(row, columns.get("unit")) or unit
                item = self._row(block, row, columns, row_unit)
                if item is None:
                    continue
                if len(budget_years) >= 2:  # 「令和6年度 予算額」「令和5年度 予算額」
                    bare = replace(item, budget=None, budget_span=None)
                    found.extend(self._per_year(bare, row, budget_years, row_unit) or [item])
                elif item.budget is None and len(years) >= 2:
                    # 「継続」 in every year's column: the project, with no amount
                    found.extend(self._per_year(item, row, years, row_unit) or [item])
                elif not _budget_left_blank(row, columns.get("budget"), item):
                    found.append(item)
        return found

    def run_together_rows(self) -> list[_Found]:
        """Rows of a table whose cells PDF extraction ran together under a header of years
        (`loaders.recognisers.run_together`): 「X事業みどり課1.523.0―」 under 「事業名所管課
        R6R7R8」 is X事業's amounts by year, みどり課 its division; 「事業費12,3456,789」
        under 「区分R4決算R5決算」 is the amounts of the project the record above names."""
        found: list[_Found] = []
        blocks = self.doc.blocks
        for block in blocks:
            if block.kind not in _GAPLESS_LINES or block.number:
                continue
            if (header := run_together.year_header(block.text)) is None:
                continue
            at = self.doc.folded.find(block.text, block.start)
            unit = self.unit_before(block.start)
            named = field_of(header.head) == "project"
            for row in blocks[block.index + 1 : block.index + 1 + _MAX_RUN_ROWS]:
                split = (
                    run_together.figures(row.text, len(header.years))
                    if row.kind in _GAPLESS_LINES else None
                )
                offset = self.doc.folded.find(row.text, row.start) if split else -1
                if split is None or offset < 0 or at < 0:
                    break
                head, cells = split
                item = (
                    self._run_project(row, head, offset) if named
                    else self._record_project(row) if field_of(head, exact=True) == "budget"
                    else None
                )
                if item is None:
                    continue
                for year, (a, b), cell in zip(header.years, header.spans, cells, strict=True):
                    yen = None if run_together.is_dash(cell) else _yen(cell.text, unit)
                    item.yearly.append(YearAmount(year, at + a, at + b, offset + cell.start,
                                                  offset + cell.end, yen or None))  # fmt: skip
                if any(one.yen for one in item.yearly):
                    found.append(item)
        return found

    def _run_project(self, row: Block, head: str, offset: int) -> _Found | None:
        """「X改修事業みどり課」: the project's name, then the unit in charge of it."""
        for cut in range(len(head) - 1, 0, -1):
            name, unit = head[:cut], head[cut:]
            if looks_like_project(name) and unit_kind(unit) is not None:
                item = _Found(name, self.doc.span(offset, offset + cut), row,
                              spans=[self.doc.span(row.start, row.end)])  # fmt: skip
                item.division = unit
                item.division_span = self.doc.span(offset + cut, offset + len(head))
                return item
        return None

    def _record_project(self, row: Block) -> _Found | None:
        """The project the labelled record a table stands in names (「事業名 X事業」)."""
        for above in reversed(self.doc.blocks[max(0, row.index - _RECORD_REACH) : row.index]):
            if above.kind == "field" and field_of(above.label or "", exact=True) == "project":
                name = label_key(above.value or "")
                if not name or not looks_like_project(name):
                    return None
                start = above.value_start
                item = _Found(name, self.doc.span(start, start + len(above.value or "")), row,
                              spans=[self.doc.span(row.start, row.end)])  # fmt: skip
                self._record_division(item, self.doc.blocks[above.index + 1 : row.index])
                return item
        return None

    def _record_division(self, item: _Found, lines: list[Block]) -> None:
        """「担当部課 緑化部 みどり課 係長 …」 among the record's lines (its label and
        values run together with spaces): the innermost unit after a division label."""
        for line in lines:
            words = list(re.finditer(r"\S+", line.text))
            if len(words) < 2 or field_of(words[0].group(), exact=True) != "division":
                continue
            units = list(itertools.takewhile(lambda w: unit_kind(w.group()) is not None, words[1:]))
            at = self.doc.folded.find(line.text, line.start)
            if units and at >= 0:
                last = units[-1]
                item.division = last.group()
                item.division_span = self.doc.span(at + last.start(), at + last.end())
            return

    def _continued_rows(self, block: Block) -> list[list[Cell]]:
        """A space-aligned table whose rows run on past the block the structure reader made
        of it: a row wrapped after its name (「3-1 X事業」 over 「○○  ○○  ―  みどり課」)
        or its last cell broken at the line's end (「みどり」 over 「課」) ends the block early.
        The lines right after the block that read as its rows, such pieces joined, each as
        many words as the header has labels (the table's own rows must be so too)."""
        table = block.table
        if table is None or not table.rows:
            return []
        width = len(table.header)
        first_end = self.doc.folded.find("\n", block.start, block.end)
        head = self.doc.folded[block.start : first_end if first_end >= 0 else block.end]
        if any(mark in head for mark in "\t|│┃") or len(_words(head, 0)) != width:
            return []
        if any(len(row) != width for row in table.rows):
            return []
        lines = [ln for ln in lines_with_offsets(self.doc.folded[block.end :])]
        at = block.end
        rows: list[list[Cell]] = []
        k = 1 if lines and not lines[0].text.strip() and lines[0].start == 0 else 0
        while k < len(lines):
            words = _words(lines[k].text, at + lines[k].start)
            start = at + lines[k].start
            nxt = _words(lines[k + 1].text, at + lines[k + 1].start) if k + 1 < len(lines) else []
            if (
                0 < len(words) < width
                and len(words) + len(nxt) == width
                and not any(_NUMBER_TOKEN.match(w) for w, _, _ in words)
                and (_NUMBER_TOKEN.match(nxt[0][0]) or _NO_AMOUNT.fullmatch(nxt[0][0]))
            ):
                words, k = words + nxt, k + 1  # the row wrapped after its name
                nxt = (_words(lines[k + 1].text, at + lines[k + 1].start)
                       if k + 1 < len(lines) else [])  # fmt: skip
            if len(words) != width or not any(
                _NUMBER_TOKEN.match(w) or _NO_AMOUNT.fullmatch(w) for w, _, _ in words[1:]
            ):
                break  # a note or a sentence after the table, however many its words
            last, a, b = words[-1]
            if (
                len(nxt) == 1
                and unit_kind(last) is None
                and unit_kind(last + nxt[0][0]) is not None
                and not any(ch.isdigit() for ch in nxt[0][0])
            ):
                words[-1] = (last + nxt[0][0], a, b)  # a unit's name broken at the line's end
                k += 1
            rows.append([Cell(w, x, y) for w, x, y in words])
            self.covered_lines.append((start, at + lines[k].end))
            k += 1
        return rows

    def _record_table(self, block: Block) -> list[_Found]:
        """「事業名 | X事業」 over 「所管部 | 緑化部 | 所管課 | みどり課」: a sheet printed as a
        table of labels each followed by its value, one project's record; its cost table
        after it gives an amount per year when no cell gives the budget."""
        table = block.table
        if table is None:
            return []
        name_cell = _record_name(table)
        if name_cell is None:
            return []
        item = _Found(name_cell.text, self.doc.cell_span(name_cell), block,
                      spans=[self.doc.span(block.start, block.end)])  # fmt: skip
        unit = self.unit_before(block.start)
        for row in [table.header_cells, *table.rows]:
            for label, value in zip(row[0::2], row[1::2], strict=False):
                kind = _record_field(label.text)
                if kind == "budget":
                    self._budget(item, value.text, value.start,
                                 _qualifier_unit(label.text) or unit)  # fmt: skip
                elif kind in ("division", "department"):
                    self._name_field(item, kind, value.text, value.start)
                elif kind == "fiscalYear":
                    self._year(item, value.text, value.start)
        yearly = self._sheet_years(item, block) if item.budget is None else []
        return yearly or [item]

    def _facility_measures(self, block: Block) -> list[_Found]:
        """A facility plan's table (施設名 | 所管課 | 「令和6年度 対策内容・概算事業費(千円)」 …):
        each year's cell prints a measure and its cost (「屋上防水改修 24,900」), the
        project the facility's name and the measure name, once for that year."""
        table = block.table
        if table is None:
            return []
        header = table.header
        years = _budget_year_columns(header)
        facility = next((i for i, h in enumerate(header)
                         if field_of(h, exact=True) == "facility"), None)  # fmt: skip
        if facility is None or len(years) < 2:
            return []
        division = _columns(header).get("division")
        unit = _header_unit(header, min(years)) or self.unit_before(block.start)
        found: list[_Found] = []
        for row in table.rows:
            if facility >= len(row) or not row[facility].text:
                continue
            for column, year in years.items():
                if column >= len(row):
                    continue
                cell = row[column]
                measure = _MEASURE.fullmatch(cell.text)
                if measure is None:
                    continue
                what = re.sub(r"[(（][^()（）]*[)）]$", "", measure.group("what")).strip()
                if not what or what.isdigit():
                    continue
                name = row[facility].text + what
                spans = [self.doc.span(row[0].start, row[-1].end)]
                item = _Found(name, self.doc.cell_span(cell), block, spans=spans, year=year)
                at = cell.start + measure.start("n")
                self._budget(item, measure.group("n"), at, unit)
                if item.budget is None:
                    continue
                item.year_span, item.per_year = item.budget_span, True
                if division is not None and division < len(row):
                    self._name_field(item, "division", row[division].text, row[division].start)
                found.append(item)
        if found:
            self.covered.add(block.index)
        return found

    def _per_year(
        self, item: _Found, row: list[Cell], years: dict[int, int], unit: str | None
    ) -> list[_Found]:
        """A plan table with a column per fiscal year (「2020年度」「2021年度」 under
        「(単位:千円)」): the project once for every year whose cell holds an amount."""
        found = []
        for column, year in years.items():
            if column >= len(row) or not row[column].text:
                continue
            cell = row[column]
            copy = replace(item, spans=list(item.spans), year=year)
            self._budget(copy, cell.text, cell.start, unit)
            if not copy.budget:
                continue  # 「0」 in a year's column: nothing budgeted that year, no row
            copy.year_span = copy.budget_span
            copy.per_year = True
            found.append(copy)
        return found

    def _row(
        self, block: Block, row: list[Cell], columns: dict[str, int], unit: str | None
    ) -> _Found | None:
        def cell(name: str) -> Cell | None:
            index = columns.get(name)
            if index is None or index >= len(row) or not row[index].text:
                return None
            return row[index]

        name_cell = cell("project")
        if name_cell is None:
            return None
        name, attributes = split_attributes(name_cell.text)
        amount = None if attributes else _trailing_amount(name_cell.text)
        if amount is not None:
            name = amount[0]
        if not _valid_name(name):
            # 「事業名・概要」: the name, then a line describing it, in one cell
            name = _name_before_description(name) or ""
            if not name:
                return None
        name_span = self.doc.span(name_cell.start, name_cell.start + len(name))
        if nfkc_key(name_span.text) != nfkc_key(name):
            name_span = self.doc.cell_span(name_cell)  # a name wrapped over two lines
        item = _Found(name, name_span, block)
        if amount is not None:
            _, a, b, yen = amount
            item.budget = yen
            item.budget_span = self.doc.span(name_cell.start + a, name_cell.start + b)
        item.spans = [self.doc.span(row[0].start, row[-1].end)]
        if (budget := cell("budget")) is not None:
            self._budget(item, budget.text, budget.start, unit)
        for key in ("division", "department"):
            if (found := cell(key)) is not None:
                self._name_field(item, key, found.text, found.start)
        if (year := cell("fiscalYear")) is not None:
            self._year(item, year.text, year.start)
            # 「X事業 | R7 | 3,141」 then 「X事業 | R8 | 27,183」: a row per year and amount
            item.per_year = item.year is not None and item.budget is not None
        self._header_year(item, block, columns.get("budget"))
        self._attributes(item, attributes, name_cell.start, unit)
        return item

    def _header_year(self, item: _Found, block: Block, column: int | None) -> None:
        """「令和6年度予算額(千円)」: the year the budget column's label prints is the year
        of every amount under it (not a year of the text before the table)."""
        table = block.table
        if item.year is not None or column is None or table is None:
            return
        if column < len(table.header_cells):
            label = table.header_cells[column]
            self._year(item, label.text, label.start)

    def spaced_tables(self) -> list[_Found]:
        """Tables whose columns are separated by single spaces, so only the header's labels
        and the run of numbers in each row tell the columns apart: text columns before the
        numbers (the last of them may hold spaces), number columns named by a second header
        line when there is one."""
        found: list[_Found] = []
        lines = lines_with_offsets(self.doc.folded)
        i = 0
        while i < len(lines):
            line = lines[i]
            words = _words(line.text, line.start)
            fields = [field_of(w, exact=True) for w, _, _ in words]
            if (
                len(words) < 3
                or "\t" in line.text
                or "|" in line.text
                or "project" not in fields
                or self._in_table(line.start)
            ):
                i += 1
                continue
            last_text = max(k for k, f in enumerate(fields) if f in _NAME_FIELDS)
            lead = fields[: last_text + 1]
            j = i + 1
            if j + 1 < len(lines) and _wrapped_label(lines[j].text):
                j += 1  # 「新規」 over 「/継続」: the last label of the header wrapped
            sub: list[str | None] | None = None
            if j < len(lines):
                sub_words = _words(lines[j].text, lines[j].start)
                sub_fields = [field_of(w, exact=True) for w, _, _ in sub_words]
                if (
                    len(sub_words) >= 2
                    and any(sub_fields)
                    and not any(_NUMBER_TOKEN.match(w) for w, _, _ in sub_words)
                ):
                    sub = sub_fields
                    j += 1
            numeric = sub if sub is not None else fields[last_text + 1 :]
            budget_words = [w for (w, _, _), f in zip(words, fields, strict=True) if f == "budget"]
            budget_word = budget_words[0] if budget_words else ""
            unit = _qualifier_unit(budget_word) or self.unit_before(line.start)
            rows = 0
            years = _cost_year_columns([w for w, _, _ in words]) if "budget" not in fields else {}
            while j < len(lines):
                columns = fields if sub is None else None
                item = self._spaced_row(lines[j], lead, numeric, columns, unit)
                if item is None and rows and _cell_tail(lines[j].text) and j + 1 < len(lines):
                    # 「… 過疎対策事」 then 「業債」: the row's last cell wrapped at the line's
                    # end; the table goes on under it
                    nxt = self._spaced_row(lines[j + 1], lead, numeric, columns, unit)
                    if nxt is not None:
                        self.covered_lines.append((lines[j].start, lines[j].end))
                        j += 1
                        continue
                if item is None:
                    break
                if len(years) >= 2 and item.budget is None and columns is not None:
                    # 「X事業 … 420 610 ― 」 under 「R7 R8 R9」: a row per year with an amount
                    found.extend(self._spaced_years(item, lines[j], len(columns), years, unit))
                else:
                    found.append(item)
                self.covered_lines.append((lines[j].start, lines[j].end))
                rows += 1
                j += 1
            i = j if rows else i + 1
        return found

    def _spaced_row(
        self,
        line: Line,
        lead: list[str | None],
        numeric: list[str | None],
        columns: list[str | None] | None,
        unit: str | None,
    ) -> _Found | None:
        """One row; `columns` (the header's fields) when there is no second header line:
        a row of as many words as the header then reads column by column."""
        text, start = line.text, line.start
        words = _words(text, start)
        if columns is not None and len(words) == len(columns) + 1:
            words = _join_broken_unit(words)
        if columns is not None and len(words) == len(columns):
            return self._positional_row(line, words, columns, unit)
        run = _number_run(words, None if columns is not None else len(numeric))
        if run is None:
            return None
        first, last = run
        tokens = words[:first]
        values: dict[str, tuple[str, int, int]] = {}
        labels = list(lead)
        if labels and labels[0] is None and tokens and _NUMBER_TOKEN.match(tokens[0][0]):
            labels, tokens = labels[1:], tokens[1:]  # the row number (No.)
        if not labels or not tokens:
            return None
        for label, token in zip(labels[:-1], tokens, strict=False):
            if label is not None:
                values[label] = token
        tail = len(tokens) - 1
        while tail > len(labels) - 1 and tokens[tail][0][:1] in "(（":
            tail -= 1  # 「架空管理費 (本庁分)」: a parenthesis belongs to the name
        if labels[-1] is not None:
            values[labels[-1]] = (
                text[tokens[tail][1] - start : tokens[-1][2] - start],
                tokens[tail][1],
                tokens[-1][2],
            )
        if "project" not in values:
            return None
        name, name_start, name_end = values["project"]
        if not _valid_name(name):
            return None
        block = self._block_at(start)
        item = _Found(name, self.doc.span(name_start, name_end), block)
        item.spans = [self.doc.span(start, start + len(text))]
        numbers = words[first : last + 1]
        if len(numbers) == len(numeric):
            column = _budget_column(numeric)
            if column is not None:
                self._budget(item, numbers[column][0], numbers[column][1], unit)
        for key in ("division", "department"):
            if key in values:
                self._name_field(item, key, values[key][0], values[key][1])
        return item

    def _spaced_years(
        self, item: _Found, line: Line, width: int, years: dict[int, int], unit: str | None
    ) -> list[_Found]:
        """The row's cells under the header's year columns (counted from the row's end, the
        text before them may hold a broken word): the project once for every year whose cell
        holds an amount (「―」 and 0 are none). The bare row when the cells do not line up."""
        words = _words(line.text, line.start)
        shift = len(words) - width
        cells = [Cell(w, a, b) for w, a, b in words]
        if shift < 0 or not all(
            _NUMBER_TOKEN.match(words[c + shift][0]) or _NO_AMOUNT.fullmatch(words[c + shift][0])
            for c in years
        ):
            return [item]
        at = {c + shift: y for c, y in years.items()}
        return self._per_year(item, cells, at, unit) or [item]

    def _positional_row(
        self,
        line: Line,
        words: list[tuple[str, int, int]],
        columns: list[str | None],
        unit: str | None,
    ) -> _Found | None:
        cells = {f: w for w, f in zip(words, columns, strict=True) if f is not None}
        if "project" not in cells or not _valid_name(cells["project"][0]):
            return None
        name, name_start, name_end = cells["project"]
        item = _Found(name, self.doc.span(name_start, name_end), self._block_at(line.start))
        item.spans = [self.doc.span(line.start, line.end)]
        if "budget" in cells:
            self._budget(item, cells["budget"][0], cells["budget"][1], unit)
        for key in ("division", "department"):
            if key in cells:
                self._name_field(item, key, cells[key][0], cells[key][1])
        if "fiscalYear" in cells:
            self._year(item, cells["fiscalYear"][0], cells["fiscalYear"][1])
        return item

    def _in_table(self, offset: int) -> bool:
        return any(b.kind == "table" and b.start <= offset < b.end for b in self.doc.blocks)

    def _block_at(self, offset: int) -> Block:
        return max(
            (b for b in self.doc.blocks if b.start <= offset),
            key=lambda b: b.start,
            default=self.doc.blocks[0],
        )

    # -- labelled fields ------------------------------------------------------------------
    def field_records(self) -> list[_Found]:
        found: list[_Found] = []
        blocks = self.doc.blocks
        for block in blocks:
            if block.kind != "field" or field_of(block.label or "", exact=True) != "project":
                continue
            value = block.value or ""
            if _is_budget_label(value):
                found.extend(self._column_header_rows(block))
                continue
            listed = self._listed(block, value)
            if listed:
                found.extend(listed)
                continue
            name, attributes = split_attributes(value)
            if not attributes:
                name, attributes = spaced_fields(value)
            name = _before_wide_gap(name)
            # 「関連事業（令和6年度予算）：X事業 ○○,○○○千円」: the name, then its amount
            trailing = None if attributes else _trailing_amount(name)
            if trailing is not None and name[: trailing[1]][-1:].isspace():
                name = trailing[0].strip(_TRIM)
            else:
                trailing = None
            if not _valid_name(name) or "、" in name:
                continue
            start = block.value_start if block.value_start is not None else block.start
            item = _Found(name, self.doc.span(start, start + len(name)), block)
            if trailing is not None:
                item.budget = trailing[3]
                item.budget_span = self.doc.span(start + trailing[1], start + trailing[2])
                # the year the label's qualifier names dates the amount
                self._year(item, block.text[: start - block.start], block.start)
            unit = self.unit_before(block.start)
            dated: list[Block] = []  # 「【決算額（令和5年度）】」: budget fields naming their year
            for other in _record(self.doc, block):
                kind = field_of(other.label or "", exact=True)
                at = other.value_start if other.value_start is not None else other.start
                text = other.value or ""
                if kind == "budget" and _label_year(other.label or "") is not None:
                    dated.append(other)
                if kind == "budget":
                    self._budget(item, text, at, _qualifier_unit(other.label or "") or unit)
                elif kind in ("division", "department"):
                    self._name_field(item, kind, text, at)
                elif kind == "fiscalYear":
                    self._year(item, text, at)
            self._attributes(item, attributes, start, unit)
            if item.division is None:
                for line in _run_lines_beside(self.doc, block):
                    offset = self.doc.folded.find(line.text, line.start)
                    runs = [a for a in label_runs(line.text, max(offset, 0)) if a.field in
                            ("division", "department")] if offset >= 0 else []  # fmt: skip
                    self._attributes(item, runs, 0, unit)
            item.spans = [self.doc.span(block.start, block.end)]
            if item.division is None or (item.budget is None and not dated):
                self._block_sheet(item, block, unit, bool(dated))
            labelled = self._label_years(item, dated, unit)
            yearly = self._sheet_years(item, block) if item.budget is None else []
            found.extend(labelled or yearly or [item])
        return found

    def _block_sheet(self, item: _Found, block: Block, unit: str | None, dated: bool) -> None:
        """A project's block of lines (`loaders.recognisers.project_blocks`), its fields not
        all adjacent (a wrapped description, a line of an unknown label between): its budget
        label's amounts by year, read with the lines under it so no other reader takes them
        for names, and the unit in charge printed anywhere in the block."""
        before, after = project_blocks.block_lines(self.doc, block, _is_project_field)
        series = [] if item.budget is not None or dated else (
            project_blocks.year_series(self.doc, after, unit)
        )
        if any(one.yen for one in series):
            item.yearly = series
            self.sheet_blocks.update(other.index for other in after)
        for other in (*after, *before):
            kind = field_of(other.label or "", exact=True) if other.kind == "field" else None
            if kind in ("division", "department") and getattr(item, kind) is None:
                at = other.value_start if other.value_start is not None else other.start
                self._name_field(item, kind, other.value or "", at)

    def _label_years(self, item: _Found, dated: list[Block], unit: str | None) -> list[_Found]:
        """「【決算額（令和5年度）】○,○○○千円　【予算額（令和6年度）】○,○○○千円」: each budget
        field of a record whose label names its year states the project's amount for that
        year (a settled amount too), one row each; 「―」 gives none. Empty unless two fields
        name two different years (one alone is read as the record's budget)."""
        years = {_label_year(b.label or "") for b in dated}
        if len(dated) < 2 or len(years) != len(dated):
            return []
        found: list[_Found] = []
        for other in dated:
            at = other.value_start if other.value_start is not None else other.start
            bare = replace(item, spans=list(item.spans), budget=None, budget_span=None,
                           year=None, year_span=None, yearly=[])  # fmt: skip
            self._budget(bare, other.value or "", at,
                         _qualifier_unit(other.label or "") or unit)  # fmt: skip
            if not bare.budget:
                continue
            bare.year = _label_year(other.label or "")
            bare.year_span = self.doc.span(other.start, at)
            bare.per_year = True
            found.append(bare)
        return found

    def _column_header_rows(self, block: Block) -> list[_Found]:
        """「主な事業　　令和5年度決算額」 over 「X事業　　7,654,321円」: a two-column table
        read as one field (the project label, then the budget label as its value). The lines
        under it are its rows, each a name and its amount; the budget label's year dates
        every amount, and a unit in charge named by a field of the record around it (「主管課：
        みどり課」, also inside another field's value) is their division."""
        label = block.value or ""
        at = block.value_start if block.value_start is not None else block.start
        unit = _qualifier_unit(label) or self.unit_before(block.start)
        year = [m for m in year_mentions(label) if m.kind == "fiscal"]
        division: tuple[str, int] | None = None
        for other in _record(self.doc, block):
            inner = _labelled_division(other)
            if inner is not None:
                division = inner
                break
        found: list[_Found] = []
        for row in self.doc.blocks[block.index + 1 :]:
            if row.kind not in ("paragraph", "item", "heading") or row.index in self.covered:
                break
            text = row.text
            offset = self.doc.folded.find(text, row.start) if text else -1
            column = _name_and_amount(text, unit) if offset >= 0 else None
            if column is None:
                break
            name, a, b, yen = column
            item = _Found(name, self.doc.span(offset, offset + len(name)), row,
                          spans=[self.doc.span(row.start, row.end)])  # fmt: skip
            item.budget, item.budget_span = yen, self.doc.span(offset + a, offset + b)
            if year:
                item.year = year[0].year
                item.year_span = self.doc.span(at + year[0].start, at + year[0].end)
            if division is not None:
                self._name_field(item, "division", division[0], division[1])
            self.covered.add(row.index)
            found.append(item)
        return found

    def _sheet_years(self, item: _Found, block: Block) -> list[_Found]:
        """A sheet's cost table (「総事業費 | 1,237 | 1,307」 under 「令和8年度決算 |
        令和9年度予算」) printed after its project field and before the next one: the
        project once for each year whose cell in the budget row holds an amount. A budget
        field of that sheet (「予算額：令和8年度 1,263千円」) states the project's own amount
        instead: then the table is the cost history around it, and the field is read."""
        sheet: list[Block] = []
        for other in self.doc.blocks[block.index + 1 :]:
            record = other.table is not None and _is_record_table(other.table)
            if _is_project_field(other) or record:
                break  # the next sheet
            sheet.append(other)
        for other in sheet:
            table = other.table
            if other.kind != "table" or table is None or "project" in _columns(table.header):
                continue
            years = _amount_year_columns(table.header)
            row = next((r for r in table.rows if r and r[0].text
                        and field_of(r[0].text, exact=True) == "budget"), None)  # fmt: skip
            if len(years) < 2 or row is None:
                continue
            if len(row) == len(table.header) + 1 and 0 in years:
                # the header names no column over the row labels (「令和4年度決算 令和5年度
                # 決算」 over 「事業費 ○○ ○○」): its labels stand over the figures
                years = {column + 1: year for column, year in years.items()}
            self.covered.add(other.index)
            for line in sheet:
                if line.kind == "field" and field_of(line.label or "", exact=True) == "budget":
                    at = line.value_start if line.value_start is not None else line.start
                    self._budget(item, line.value or "", at, self.unit_before(line.start))
                    if item.budget is not None:
                        self._year(item, line.value or "", at)
                        return self._planned_years(item, table, row, years, other)
            # 「事業費（千円）」: the budget row's own label may state the unit of its cells
            unit = (_qualifier_unit(row[0].text) or _header_unit(table.header, None)
                    or self.unit_before(other.start))  # fmt: skip
            return self._per_year(item, row, years, unit)
        for header, line in itertools.pairwise(sheet):
            yearly = self._year_line_row(item, header, line)
            if yearly:
                return yearly
        return []

    def _planned_years(
        self, item: _Found, table: Table, row: list[Cell], years: dict[int, int], block: Block
    ) -> list[_Found]:
        """The sheet's budget field gives the project's amount; the cost table's columns of a
        budget (「令和7年度(予算)」) for another year give that year's, its settled amounts
        (決算) being the history the field is set against. Empty when there are none."""
        planned = {c: y for c, y in years.items()
                   if y != item.year and _stage(table.header[c]) == "budget"}  # fmt: skip
        if not planned:
            return []
        unit = _header_unit(table.header, None) or self.unit_before(block.start)
        bare = replace(item, budget=None, budget_span=None, spans=list(item.spans))
        return [item, *self._per_year(bare, row, planned, unit)]

    def _year_line_row(self, item: _Found, header: Block, line: Block) -> list[_Found]:
        """「区分 令和3年度決算 令和4年度決算」 then 「事業費 16,126 17,302」: a cost table
        PDF text printed as a line of year labels over a budget row holding one figure per
        year (the budget row, not the rows of its share after it). The year line may have
        no label over the row labels' column (「令和3年度決算 令和4年度決算」 alone)."""
        if header.kind == "table":
            return []
        row = _budget_row(line)
        if row is None:
            return []
        labels = [m.group() for m in re.finditer(r"\S+", header.text)]
        years = _amount_year_columns(labels)
        figures = row[1:]
        if len(years) < 2 or not all(_figure_or_none(f.text) for f in figures):
            return []
        if len(figures) == len(labels) and len(years) == len(labels):
            years = {column + 1: year for column, year in years.items()}
        elif len(figures) != len(labels) - 1 or min(years) != 1:
            return []
        unit = _qualifier_unit(row[0].text) or self.unit_before(line.start)
        return self._per_year(item, row, years, unit)

    def _listed(
        self, block: Block, value: str, at: int | None = None, least: int = 2
    ) -> list[_Found]:
        """「主な事業：A事業(みどり課)、B事業(緑化部 花壇課)」: a project field listing
        several projects, each with the units in charge in brackets after it. Empty unless
        every piece is a project name (and there are at least `least` of them)."""
        start = block.value_start if block.value_start is not None else block.start
        start = at if at is not None else start
        pieces: list[tuple[int, str]] = []
        depth, piece = 0, 0
        for i, ch in enumerate(value + "、"):
            depth += int(ch in "(（") - int(ch in ")）")
            if ch == "、" and depth == 0:
                pieces.append((piece, value[piece:i]))
                piece = i + 1
        if len(pieces) < least:
            return []
        found: list[_Found] = []
        for at, piece_text in pieces:
            groups = bracket_groups(piece_text)
            name, inner, inner_at = piece_text, "", 0
            if groups and groups[-1][1] == len(piece_text.rstrip()):
                a, b = groups[-1]
                name, inner, inner_at = piece_text[:a], piece_text[a + 1 : b - 1], a + 1
            bare = name.strip(_TRIM)
            if not _valid_name(bare) or not looks_like_project(bare):
                return []
            name_at = start + at + name.index(bare)
            item = _Found(bare, self.doc.span(name_at, name_at + len(bare)), block,
                          spans=[self.doc.span(block.start, block.end)])  # fmt: skip
            if inner and _all_units(inner):
                self._units_bracket(item, inner, start + at + inner_at)
            elif inner:  # 「X事業（令和6年度予算額 ○○,○○○千円）」: an attribute bracket
                a, b = groups[-1]
                found_attributes = list(group_attributes(piece_text, a, b))
                self._attributes(item, found_attributes, start + at, self.unit_before(block.start))
            found.append(item)
        return found

    def _sibling_fields(self, item: _Found, block: Block) -> None:
        """「- 所管：企画部 みどり課」 beside 「- 関連事業：X事業」: bullets that each print one
        labelled field form one record, so a unit in charge (or an amount) labelled in a
        neighbouring bullet of the same run is the listed project's."""
        blocks = self.doc.blocks
        for step in (-1, 1):
            k = block.index + step
            while 0 <= k < len(blocks) and blocks[k].kind == "item" and (
                blocks[k].mark == block.mark and blocks[k].level >= block.level
            ):
                other = blocks[k]
                if other.level > block.level:
                    k += step  # an item nested under a bullet of the run: not a field of it
                    continue
                gap = self.doc.text[min(other.end, block.end) : max(other.start, block.start)]
                if re.search(r"\n[ \t\u3000]*\n", gap):
                    break
                at = self.doc.folded.find(other.text, other.start) if other.text else -1
                end = at + len(other.text)
                labelled = leading_label(self.doc.folded, at, end) if at >= 0 else None
                if labelled is None:
                    k += step
                    continue
                _, kind, value_at = labelled
                if kind == "project":
                    break  # the next project's record
                value = self.doc.folded[value_at:end].rstrip()
                if kind in ("division", "department"):
                    self._name_field(item, kind, value, value_at)
                elif kind == "budget":
                    self._budget(item, value, value_at, self.unit_before(other.start))
                k += step

    def _years_nested_under(self, item: _Found, block: Block) -> None:
        """「・関連事業：X事業」 over nested items 「令和6年度予算 ○億○万円」 「令和7年度予算 …」:
        the listed project's amounts by year (`_nested_years`)."""
        if item.budget is not None or item.yearly:
            return
        nested = self._nested_years(block)
        if nested is None:
            return
        item.yearly, unit_in_charge, last = nested
        item.spans = [self.doc.span(block.start, last)]
        if unit_in_charge is not None and item.division is None:
            self._name_field(item, "division", *unit_in_charge)

    def listed_items(self) -> list[_Found]:
        """「・主な事業：A事業、B事業」: a list entry that opens with the project label and
        lists project names after it (each must end like a project)."""
        found: list[_Found] = []
        for block in self.doc.blocks:
            if block.kind not in ("item", "paragraph") or block.index in self.covered:
                continue
            offset = self.doc.folded.find(block.text, block.start) if block.text else -1
            if offset < 0:
                continue
            end = offset + len(block.text)
            labelled = leading_label(self.doc.folded, offset, end)
            if labelled is None or labelled[1] != "project":
                continue
            gap = self.doc.folded[offset : labelled[2]]
            if ":" not in gap and "：" not in gap:
                continue  # 「○新規事業　●拡充事業」: a legend of marks, no label and value
            value = self.doc.folded[labelled[2] : end].rstrip()
            listed = self._listed(block, value, labelled[2], least=1)
            if listed:
                self.read_blocks.add(block.index)
                self.listed_blocks.add(block.index)
                if len(listed) == 1 and block.kind == "item" and block.mark:
                    self._sibling_fields(listed[0], block)
                    self._years_nested_under(listed[0], block)
                found.extend(listed)
        return found

    def spoken_records(self) -> list[_Found]:
        """「事業の名前は、X事業です。」 then 「予算額は、…です。」 and, after a description,
        「担当は、…です。」: a record whose fields are read out one sentence a line
        (`spoken_fields`), up to the next spoken project or heading."""
        found: list[_Found] = []
        blocks = self.doc.blocks
        for block in blocks:
            spoken = self._spoken(block)
            if spoken is None or spoken[0].field != "project" or block.index in self.covered:
                continue
            first, at = spoken
            name = first.value.strip(_TRIM)
            if not _valid_name(name):
                continue
            item = _Found(name, self.doc.span(at, at + len(name)), block)
            unit = self.unit_before(block.start)
            last = block
            for other in blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
                if other.kind not in ("paragraph", "item"):
                    break
                field = self._spoken(other)
                if field is not None and field[0].field == "project":
                    break
                if field is None:
                    continue
                one, start = field
                if one.field == "budget":
                    self._budget(item, one.value, start, unit)
                elif one.field in ("division", "department"):
                    self._name_field(item, one.field, one.value, start)
                elif one.field == "fiscalYear":
                    self._year(item, one.value, start)
                else:
                    continue
                last = other
                self.read_blocks.add(other.index)
            if last is block:
                continue  # a name alone is no record
            self.read_blocks.add(block.index)
            item.spans = [self.doc.span(block.start, last.end)]
            found.append(item)
        return found

    def _spoken(self, block: Block) -> tuple[SpokenField, int] | None:
        """The field a line of running text speaks, with the value's offset in the text."""
        if block.kind not in ("paragraph", "item") or not block.text:
            return None
        field = spoken_field(block.text)
        offset = self.doc.folded.find(block.text, block.start)
        if field is None or offset < 0:
            return None
        return field, offset + field.value_start

    def run_records(self) -> list[_Found]:
        found: list[_Found] = []
        for block in self.doc.blocks:
            if block.kind == "table" or len(block.text) < 10:
                continue
            offset = self.doc.folded.find(block.text, block.start)
            if offset < 0:
                continue
            attributes = label_runs(block.text, offset)
            projects = [a for a in attributes if a.field == "project"]
            if len(projects) != 1:
                continue
            project = projects[0]
            name, more = split_attributes(project.value)
            if not _valid_name(name):
                continue
            item = _Found(name, self.doc.span(project.start, project.start + len(name)), block)
            item.year_before = attributes[0].label_start
            unit = self.unit_before(block.start)
            self._attributes(item, [a for a in attributes if a is not project], 0, unit)
            self._attributes(item, more, project.start, unit)
            item.spans = [self.doc.span(attributes[0].label_start, attributes[-1].end)]
            found.append(item)
        return found

    # -- a name and the record under it -------------------------------------------------
    def term_entries(self) -> list[_Found]:
        """「X：…を実施しました。（予算額：1,237万円／所管：みどり課）」, a term and its
        description (a definition list) whose description closes with the budget in an
        attribute bracket: an undertaking named by the term and budgeted, a project. The
        term is no field label (事業名, 予算額 …), and the name needs no project ending."""
        found: list[_Found] = []
        for block in self.doc.blocks:
            term = _term(block)
            if term is None:
                continue
            name, value, at = term
            name = name.strip(_TRIM)
            if _names_a_field(name) or not _valid_name(name) or block.index in self.covered:
                continue
            groups = attribute_groups(value, at)
            attributes = [a for g in groups for a in g.attributes] or _labelled_values(value, at)
            unit = self.unit_before(block.start)
            record = self._term_record(block, attributes, value)
            attributes = [*attributes, *(a for _, found in record for a in found)]
            series = _labelled_series(attributes, unit) if record else []
            if not any(
                a.field == "budget"
                and (
                    _yen(a.value, _qualifier_unit(a.label) or unit)
                    or year_amounts(a.value, _qualifier_unit(a.label) or unit)
                )
                for a in attributes
            ):
                amount = self._amount_term(block, name, value, at, unit)
                if amount is not None:
                    found.append(amount)
                continue
            offset = self.doc.folded.find(name, block.start, at)
            if offset < 0:
                continue
            item = _Found(name, self.doc.span(offset, offset + len(name)), block)
            item.spans = [self.doc.span(block.start, block.end)]
            if series:  # 「決算見込額：R6 …／当初予算額：R7 …」: each year's amount
                attributes = [a for a in attributes if a.field != "budget"]
                item.yearly = series
            self._attributes(item, attributes, 0, unit)
            if item.division is None:
                self._unit_after_budget(item, attributes)
            for other, _ in record:
                self.read_blocks.add(other.index)
                self.covered.add(other.index)
            for other in self._same_line_fields(block):
                kind = _record_field(other.label or "")
                if kind in ("division", "department") and other.value:
                    start = other.value_start if other.value_start is not None else other.start
                    self._name_field(item, kind, other.value, start)
            self.entry_blocks.add(block.index)
            self.read_blocks.add(block.index)
            found.append(item)
        return found

    def _amount_term(
        self, block: Block, name: str, value: str, at: int, unit: str | None
    ) -> _Found | None:
        """「X事業」 as a term whose description is its amount alone (a definition list
        「dt X事業 / dd 1,234千円 / dd 担当：みどり課」): the project and its budget, the
        division from a field labelled so right under it, before the next term."""
        amounts = find_amounts(value)
        if (
            block.kind != "field"
            or len(amounts) != 1
            or value[: amounts[0][0]].strip(_TRIM)
            or value[amounts[0][1] :].strip()
            or project_ending(name) in (None, "費")  # 「○○当たり給与費」: no project
        ):
            return None
        offset = self.doc.folded.find(name, block.start, at)
        if offset < 0:
            return None
        item = _Found(name, self.doc.span(offset, offset + len(name)), block)
        self._budget(item, value, at, unit)
        if item.budget is None:
            return None
        last = block
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + MAX_INTRO_BLOCKS]:
            kind = field_of(other.label or "", exact=True) if other.kind == "field" else None
            if kind not in ("division", "department") or not other.value:
                break
            start = other.value_start if other.value_start is not None else other.start
            self._name_field(item, kind, other.value, start)
            last = other
        item.spans = [self.doc.span(block.start, last.end)]
        self.entry_blocks.add(block.index)
        self.read_blocks.add(block.index)
        return item

    def _term_record(
        self, block: Block, attributes: list[Attribute], value: str
    ) -> list[tuple[Block, list[Attribute]]]:
        """「X事業」 as a term whose description is itself a labelled value (「担当所属：
        みどり課」), the fields on the lines right under it (「決算見込額：…」「総合評価：…」):
        a definition list with one term and several labelled descriptions, each field of
        the term's record (fields of unknown labels, 「事業の概要」, are passed over). Read
        up to a blank line, a line that is no field, or the next term; empty when the term's
        description is no labelled value, or already holds the budget."""
        if not attributes or any(a.field == "budget" for a in attributes):
            return []
        if leading_label(value, 0, len(value)) is None:
            return []
        record: list[tuple[Block, list[Attribute]]] = []
        previous = block
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + _MAX_TERM_FIELDS]:
            if other.kind != "field" or other.value is None:
                break
            if re.search(r"\n[ \t\u3000]*\n", self.doc.text[previous.end : other.start]):
                break
            known = field_of(other.label or "", exact=True) is not None
            if not known and leading_label(other.value, 0, len(other.value)) is not None:
                break  # the next term, its description a labelled value again
            offset = self.doc.folded.find(other.text, other.start)
            if known and offset >= 0:
                record.append((other, _labelled_values(other.text, offset)))
            previous = other
        return record

    def _same_line_fields(self, block: Block) -> list[Block]:
        """「X事業：予算額：4,321千円　担当：みどり課」 read as two fields: the field blocks
        after `block` that start on its line, the rest of its record."""
        fields: list[Block] = []
        end = block.end
        for other in self.doc.blocks[block.index + 1 :]:
            if other.kind != "field" or "\n" in self.doc.text[end : other.start]:
                break
            fields.append(other)
            end = other.end
        return fields

    def headed_records(self) -> list[_Found]:
        """A line naming a project, then its labelled values (予算, 担当課 …) under it."""
        found: list[_Found] = []
        taken: set[int] = set()  # blocks that are part of a record: never a name
        for block in self.doc.blocks:
            if block.kind not in ("heading", "item", "paragraph") or block.index in taken:
                continue
            if block.index in self.listed_blocks:
                continue  # 「関連事業：X事業」: its label's value is the name, already read
            if block.index in self.sheet_blocks:
                continue  # a line of a project's block of lines, read with its 事業名
            text = block.text.strip()
            if not text or "。" in text or field_of(text, exact=True) is not None:
                continue
            if _section_label(text):
                continue  # 「事業内容」 over its record: a section of a sheet, no project
            if _year_amount_line(text) is not None:
                continue  # 「令和7年度：設計 ○○万円」: one year's amount, never a name
            if self._wrapped_tail(block):
                continue  # the second line of a name the line reader joins
            if block.index and _value_wrapped(self.doc, self.doc.blocks[block.index - 1], block):
                continue  # the rest of the field above, wrapped: no name of its own
            record = record_after(self.doc, block.index)
            if not record.attributes and looks_like_project(text) and not _dated_label(text):
                last = self._wrapped_sentence_end(block)
                if last is not None:  # a description wrapped over lines the reader split
                    under = record_after(self.doc, last)
                    record = replace(under, blocks=[*range(block.index + 1, last + 1),
                                                    *under.blocks])  # fmt: skip
            if self.entry_blocks.intersection(record.blocks):
                continue  # entries under a heading, each its own project
            if any(self._opens_section(block, self.doc.blocks[k]) for k in record.blocks):
                continue  # 「3 予算」 under the line: the next section's values, not its record
            if any(_heads_project(self.doc.blocks[k]) for k in record.blocks):
                continue  # 「主な事業」 over 「◆X事業 1億円」: X事業's record, not the title's
            unit = self.unit_before(block.start)
            attributes_under = [*record.attributes, *_bracketed_budgets(record.attributes)]
            fields = {
                a.field
                for a in attributes_under
                if (
                    a.field == "budget"
                    and _yen(a.value, _qualifier_unit(a.label) or unit) is not None
                    and not _account_amount(a.value)
                )
                # 「問 みどり課 ☎12-3456」: the unit, then how to reach it
                or (a.field == "division"
                    and unit_kind(_leading_unit(a.value.strip(_TRIM))) is not None)
            }
            if not fields:
                continue
            named = record.first("project")
            if named is not None and _valid_name(named.value.strip()):
                continue  # the record names its project itself (事業名: …)
            name, attributes = split_attributes(text)
            name = name.strip(_TRIM)
            # 「◆X事業　1億2,000万円」 over 「問 みどり課」: the amount closes the name's line
            amount = _trailing_amount(name) if not attributes and "budget" not in fields else None
            if amount is not None and looks_like_project(amount[0]):
                name = amount[0]
            else:
                amount = None
            in_section = block.index in self.sections
            offset = self.doc.folded.find(name, block.start)
            dated = None if looks_like_project(name) else self._dated_budget_line(
                record.blocks, attributes_under, unit
            )
            if dated is not None:  # 「関連予算：X事業 令和6年度 2億円（みどり課）」 under a pledge
                taken.update(record.blocks)
                self.read_blocks.update({block.index, *record.blocks})
                found.append(dated)
                continue
            budgeted = None if looks_like_project(name) else _project_in_budget(
                self.doc, attributes_under
            )
            if budgeted is not None:  # 「関連予算：X事業 2億円」 under a pledge: X事業
                (name, offset), attributes = budgeted, []
            elif not _valid_name(name) or not (
                "budget" in fields or looks_like_project(name) or in_section
            ):
                continue
            if offset < 0:
                continue
            taken.update(record.blocks)
            last = self.doc.blocks[record.blocks[-1]]
            item = _Found(name, self.doc.span(offset, offset + len(name)), block)
            item.spans = [self.doc.span(block.start, last.end)]
            self._attributes(item, attributes, offset, unit)
            self._attributes(item, attributes_under, 0, unit)
            if amount is not None and item.budget is None:
                line = self.doc.folded[offset : block.end]
                printed = text[text.find(name) :].strip(_TRIM)[amount[1] : amount[2]]
                if (at := line.find(printed)) >= 0:
                    item.budget = amount[3]
                    item.budget_span = self.doc.span(offset + at, offset + at + len(printed))
            if item.division is None:
                self._unit_line_after(item, last)
            self.read_blocks.update({block.index, *record.blocks})
            found.append(item)
        return found

    def _dated_budget_line(
        self, blocks: list[int], attributes: list[Attribute], unit: str | None
    ) -> _Found | None:
        """The one budget field under a line whose value is a project's name, then years
        each with its amount (and the unit in charge in a closing bracket): that project,
        its amounts by year (the line above is what it serves, not its name)."""
        budgets = [a for a in attributes if a.field == "budget"]
        if len(budgets) != 1:
            return None
        value, at = budgets[0].value, budgets[0].start
        series = _series_in_line(value, unit)
        holder = next((b for b in (self.doc.blocks[k] for k in blocks)
                       if b.start <= at < b.end), None)  # fmt: skip
        if series is None or holder is None or self.doc.folded[at : at + len(value)] != value:
            return None
        return self._series_line(holder, value, at, series, unit)

    @staticmethod
    def _opens_section(name: Block, block: Block) -> bool:
        """A numbered heading above the level of the name's heading: the start of the
        document's next section, which no record under that line runs into."""
        return (
            name.kind == "heading"
            and block.kind == "heading"
            and bool(block.number)
            and block.level < name.level
        )

    def _unit_line_after(self, item: _Found, last: Block) -> None:
        """「予算額 1,729万円」 then 「（みどり課）」 alone on the next line: the unit in
        charge closing the record, its division."""
        for after in self.doc.blocks[last.index : last.index + 2]:
            text = self.doc.folded[after.start : after.end].strip()
            bracketed = len(text) >= 3 and text[0] in "(（" and text[-1] in ")）"
            if after.kind == "table" or not bracketed:
                continue
            inner = text[1:-1].strip()
            if unit_kind(inner) is not None and bracket_groups(text) == [(0, len(text))]:
                at = self.doc.folded.find(inner, after.start)
                self._name_field(item, "division", inner, at)
                return

    def _wrapped_sentence_end(self, block: Block) -> int | None:
        """「X事業」 over 「医療費の助成対象を…最」 / 「初の3月末まで拡大します。」: the
        index of the line that ends the sentence wrapped over the lines under a name (lines
        short enough that the structure reader takes them for headings), or None."""
        blocks = self.doc.blocks
        for other in blocks[block.index + 1 : block.index + 1 + MAX_WRAPPED_LINES]:
            if other.kind not in ("heading", "paragraph") or other.number or other.mark:
                return None
            if other.text.rstrip().endswith("。"):
                return other.index if other.index > block.index + 1 else None
        return None

    def _wrapped_tail(self, block: Block) -> bool:
        """「推進事業費」 under 「(1) 新たな…の構築」: the tail of a name wrapped onto two lines."""
        if block.index == 0:
            return False
        previous = self.doc.blocks[block.index - 1]
        if previous.kind not in ("item", "heading", "paragraph") or not previous.number:
            return False
        if self.doc.folded.count("\n", previous.end, block.start) > 1:
            return False  # a blank line between: two lines, no name wrapped over them
        return self._wrapped_name(previous, previous.text.strip()) is not None

    # -- lines: items, headings, paragraphs ----------------------------------------------
    def lines(self) -> list[_Found]:
        found: list[_Found] = []
        blocks = self.doc.blocks
        skip: set[int] = set()
        for block in blocks:
            if (
                block.kind not in ("item", "heading", "paragraph")
                or block.index in skip
                or block.index in self.covered
                or block.index in self.listed_blocks
                or self._line_covered(block)
            ):
                continue
            item = self._line(block)
            if item is not None:
                found.append(item)
                self.read_blocks.add(block.index)
                if item.spans and item.spans[-1].end > block.end:
                    skip.add(block.index + 1)  # the second line of a wrapped name
        return found

    def _line(self, block: Block) -> _Found | None:
        text = strip_trailing_status_word(block.text)
        offset = self.doc.folded.find(text, block.start) if text else -1
        if offset < 0 or "。" in text[:MAX_NAME]:
            return None
        in_section = block.index in self.sections and (block.number or block.mark)
        unit = self.unit_before(block.start)
        name, attributes = split_attributes(text)
        amount: tuple[int, int, int] | None = None
        series = None if attributes else _series_in_line(text, unit)
        if series is not None:  # 「X事業（みどり課） R7: 7,613 / R8: 8,147」
            return self._series_line(block, text, offset, series, unit)
        slashed: tuple[str, int] | None = None  # 「X事業 1,234千円／みどり課」: its unit
        if not attributes:
            amounts = find_amounts(text)
            trailing = _trailing_amount(text)
            if amounts:
                slashed = _slashed_unit(text, amounts[0][1])
            if amounts and (_only_amounts_after(text, amounts[0][1]) or slashed is not None):
                amount = amounts[0]
                name = _without_code_bracket(_strip_budget_label(text[: amount[0]]))
            elif trailing is not None:  # 「X事業(2,917万円)」
                name, amount = trailing[0], trailing[1:]
            elif unit is not None and (column := _AMOUNT_COLUMN.match(text)):
                yen = _yen(column.group("n"), unit)  # 「X事業      168,500」 under (単位:千円)
                if yen is not None:
                    name, amount = column.group("name"), (column.start("n"), column.end("n"), yen)
        elif not any(a.field == "budget" for a in attributes):
            amount = self._amount_before_attributes(name)
            if amount is not None:  # 「X事業 1億2,000万円(所管:みどり課)」
                name = text[: amount[0]]
        units_at: int | None = None
        groups = bracket_groups(text)
        if not attributes and amount is None and groups and groups[-1][1] == len(text.rstrip()):
            start, stop = groups[-1]
            if _all_units(text[start + 1 : stop - 1]) and text[:start].strip():
                name, units_at = text[:start], start  # 「X事業(緑化部 みどり課)」
        name = name.strip(_TRIM)
        if not _valid_name(name):
            return None
        labelled = units_at is not None or any(
            a.field in ("budget", "division") for a in attributes
        )
        name_end = offset + len(name)
        spans = [self.doc.span(block.start, block.end)]
        if in_section and not looks_like_project(name) and not labelled and amount is None:
            joined = self._wrapped_name(block, name)
            if joined is None:
                return None
            name, name_end, spans = (
                joined,
                self.doc.blocks[block.index + 1].end,
                [self.doc.span(block.start, self.doc.blocks[block.index + 1].end)],
            )
        ending = looks_like_project(name)
        below = None
        if amount is None and not labelled and ending and (block.mark or block.number):
            below = self._amount_below(block)
        nested = None
        if amount is None and not labelled and ending and below is None and block.kind == "item":
            nested = self._nested_years(block)
        if not (
            (labelled and (ending or in_section))
            or (amount is not None and (ending or (in_section and _undertaking(name))))
            or (in_section and ending)
            or below is not None
            or nested is not None
        ):
            return None
        item = _Found(name, self.doc.span(offset, name_end), block, spans=spans)
        if nested is not None:
            item.yearly, unit_in_charge, last = nested
            item.spans = [self.doc.span(block.start, last)]
            if unit_in_charge is not None:
                self._name_field(item, "division", *unit_in_charge)
        if amount is not None:
            item.budget = amount[2]
            item.budget_span = self.doc.span(offset + amount[0], offset + amount[1])
            if slashed is not None:
                self._name_field(item, "division", slashed[0], offset + slashed[1])
            self._label_year(item, text, name, amount[0], offset)
            self._unit_after(item, text, amount[1], offset)
            self._other_year(item, text[amount[0] :], offset + amount[0], unit)
        if below is not None:
            line, at, (a, b, yen) = below
            item.budget, item.budget_span = yen, self.doc.span(at + a, at + b)
            item.spans = [self.doc.span(block.start, at + len(line))]
            self._unit_after(item, line, b, at)
        self._attributes(item, attributes, offset, unit)
        if units_at is not None:
            stop = groups[-1][1]
            self._units_bracket(item, text[units_at + 1 : stop - 1], offset + units_at + 1)
        if item.budget is None and in_section:
            self._budget_below(item, block)
        if item.budget is None and not item.yearly:
            self._year_lines_below(item, block)
        if item.budget is None and not item.yearly:
            self._series_below(item, block)
        if item.division is None:
            self._unit_closing_description(item, block)
        if item.division is None:
            self._division_line_below(item, block)
        if item.budget is not None and not item.yearly:
            self._year_share_below(item, block)
        return item

    def _division_line_below(self, item: _Found, block: Block) -> None:
        """「◇X事業　○,○○○万円」 … 「（担当：みどり課）」 or 「→担当：みどり課（内線1234）」: a
        line of its own under the project, up to the next line printed like the project's
        (its sibling in the list), naming the unit in charge (`division_lines`)."""
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
            if other.kind == "table":
                return
            text = other.text if other.kind != "field" else self.doc.folded[other.start : other.end]
            line = division_line(text)
            if line is not None:
                offset = self.doc.folded.find(text, other.start)
                if offset >= 0:
                    self._name_field(item, "division", line[1], offset + line[0])
                return
            if (other.kind, other.mark, other.level) == (block.kind, block.mark, block.level):
                return  # the next project of the list
            if other.number is not None:
                return

    def _year_share_below(self, item: _Found, block: Block) -> None:
        """「・X事業　2億円」 over 「…2か年で更新します（令和8年度分は1億円を見込んでいます）」:
        the description right under a project with an amount, naming another fiscal year's
        share (「…年度分は」) and one amount in the same clause, gives that year's amount."""
        if block.index + 1 >= len(self.doc.blocks):
            return
        other = self.doc.blocks[block.index + 1]
        if other.kind != "paragraph" or other.number or other.mark or "分" not in other.text:
            return
        offset = self.doc.folded.find(other.text, other.start)
        if offset < 0:
            return
        text = other.text
        for mention in year_mentions(text):
            share = _YEAR_SHARE.match(text, mention.end)
            if mention.kind != "fiscal" or share is None:
                continue
            clause = text[share.end() :].split("。", 1)[0]
            amounts = find_amounts(clause)
            if len(amounts) != 1 or clause[: amounts[0][0]].strip(_TRIM):
                continue
            a, b, yen = amounts[0]
            at = offset + share.end()
            item.yearly = [YearAmount(mention.year, offset + mention.start, offset + mention.end,
                                      at + a, at + b, yen)]  # fmt: skip
            return

    def _nested_years(
        self, block: Block
    ) -> tuple[list[YearAmount], tuple[str, int] | None, int] | None:
        """「・X事業」 with items nested under it, each a year and that year's amount (「令和6
        年度：実施設計 ○○万円」), one perhaps naming the unit in charge (「所管：みどり課」):
        the project's amounts by year, that unit and the end of the nested items; None
        unless at least one nested item is a year's amount and every one is such or a unit."""
        yearly: list[YearAmount] = []
        unit: tuple[str, int] | None = None
        last = block.end
        for other in self.doc.blocks[block.index + 1 :]:
            if other.kind != "item" or other.level <= block.level:
                break
            text = other.text
            at = self.doc.folded.find(text, other.start) if text else -1
            if at < 0:
                return None
            labelled = _LABELLED_UNITS.fullmatch(text)
            if labelled and field_of(labelled.group("label"), exact=True) == "division":
                if not _all_units(labelled.group("units")) or unit is not None:
                    return None
                unit = (labelled.group("units"), at + labelled.start("units"))
                last = other.end
                continue
            one = _year_amount_line(text)
            if one is None:
                return None
            yearly.append(_shifted(one, at))
            last = other.end
        return (yearly, unit, last) if yearly else None

    def _label_year(self, item: _Found, text: str, name: str, end: int, offset: int) -> None:
        """「X事業 令和5年度決算額 1,234千円」: the year a budget label between the name and
        the amount prints is the amount's year."""
        at = text.find(name)
        label = text[at + len(name) : end] if at >= 0 else ""
        if label.strip(_TRIM) and _is_budget_label(label.strip(_TRIM)):
            self._year(item, label, offset + at + len(name))

    @staticmethod
    def _amount_before_attributes(name: str) -> tuple[int, int, int] | None:
        """「X事業　1億2,000万円（所管：みどり課）」: the text before an attribute bracket
        closes with the project's amount, set apart from the name by a space; (start, end,
        yen) of that amount, None when the text is a name alone."""
        trailing = _trailing_amount(name)
        if trailing is None or not name[: trailing[1]][-1:].isspace():
            return None
        return trailing[1:]

    def _series_line(
        self, block: Block, text: str, offset: int, series: tuple[int, int, int], unit: str | None
    ) -> _Found | None:
        """A name, then its amounts by year on the same line (and perhaps the unit in charge
        in a closing bracket): the project once per year with an amount. The name must end
        like a project's, or stand in a project section."""
        name_end, start, end = series
        name = _strip_project_label(_strip_budget_label(text[:name_end]).strip(_TRIM))
        in_section = block.index in self.sections and (block.number or block.mark)
        if not _valid_name(name) or not (looks_like_project(name) or in_section):
            return None
        lead = max(text.find(name), 0)
        item = _Found(name, self.doc.span(offset + lead, offset + lead + len(name)), block,
                      spans=[self.doc.span(block.start, block.end)])  # fmt: skip
        self._budget(item, text[start:end], offset + start, unit)
        groups = bracket_groups(text[end:])
        if groups:
            a, b = groups[-1]
            self._units_bracket(item, text[end + a + 1 : end + b - 1], offset + end + a + 1)
        return item if item.yearly or item.budget is not None else None

    def _amount_below(self, block: Block) -> tuple[str, int, tuple[int, int, int]] | None:
        """「●X事業」 then 「830万円(みどり課)」: a listed name with its amount (and the unit in
        charge in brackets) on the line under it, nothing else on that line. Returns that
        line, its offset and the amount."""
        if block.index + 1 >= len(self.doc.blocks):
            return None
        nxt = self.doc.blocks[block.index + 1]
        if nxt.kind not in ("heading", "paragraph") or nxt.number or nxt.mark:
            return None
        line = nxt.text.strip()
        at = self.doc.folded.find(line, nxt.start) if line else -1
        amounts = find_amounts(line)
        if at < 0 or not amounts or amounts[0][0] != 0:
            return None
        if not _only_amounts_after(line, amounts[0][1]):
            return None
        return line, at, amounts[0]

    def _unit_closing_description(self, item: _Found, block: Block) -> None:
        """「○X事業(2,917万円)」 / 「…を支給します。(みどり課花壇係)」 or 「(担当:みどり課)」:
        the description printed under a project closes with the unit to ask, its division (of
        a chain of units the innermost, the one before it its department)."""
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
            sentence = other.kind == "heading" and "。" in other.text  # a line taken for one
            if (other.kind != "paragraph" and not sentence) or other.number or other.mark:
                return
            text = other.text.rstrip()
            groups = bracket_groups(text)
            if not groups or groups[-1][1] != len(text) or not text[: groups[-1][0]].strip():
                continue
            start, stop = groups[-1]
            inner = text[start + 1 : stop - 1].strip(_TRIM)
            labelled = re.fullmatch(r"(?P<label>[^:：]{1,10})[:：]\s*(?P<unit>.+)", inner)
            if labelled and field_of(labelled.group("label"), exact=True) == "division":
                inner = labelled.group("unit").strip(_TRIM)  # 「(担当:みどり課)」
            offset = self.doc.folded.find(text, other.start)
            if unit_kind(inner) is None or offset < 0:
                return
            at = offset + start + 1 + text[start + 1 :].index(inner)
            chain = split_unit_chain(inner)
            if len(chain) >= 2 and "".join(chain) == inner:
                outer = inner[: -len(chain[-1])]
                self._name_field(item, "department", chain[-2], at + len(outer) - len(chain[-2]))
                at += len(outer)
                inner = chain[-1]
            self._name_field(item, "division", inner, at)
            return

    def _unit_after(self, item: _Found, text: str, end: int, offset: int) -> None:
        """「X事業 26,813千円（みどり課）」: a bracket after the amount that holds only a unit
        name says which division carries the project."""
        rest = text[end:]
        for start, stop in bracket_groups(rest):
            if self._units_bracket(item, rest[start + 1 : stop - 1], offset + end + start + 1):
                return

    def _unit_after_budget(self, item: _Found, attributes: list[Attribute]) -> None:
        """「予算額：令和6年度 560万円（みどり課）」: a bracket of units right after a labelled
        amount names the division, as it does after an amount printed beside the name."""
        for a in attributes:
            amounts = find_amounts(a.value) if a.field == "budget" else []
            if amounts and a.value[amounts[0][1] :].lstrip()[:1] in ("(", "（"):
                self._unit_after(item, a.value, amounts[0][1], a.start)
                return

    def _cut_unit_bracket(self, item: _Found, text: str, end: int, offset: int) -> None:
        """「2,470万円(緑化委員会 花壇管」 with 「理係)」 on the next line of the column: a
        bracket of units cut at the line's end; the whole unit names before the cut are
        read (the innermost of them the division), the cut one is not."""
        rest = text[end:]
        start = rest.rfind("(") if "(" in rest else rest.rfind("（")
        if start < 0 or any(ch in rest[start:] for ch in ")）"):
            return
        inner = rest[start + 1 :]
        pieces = list(_UNIT_PIECE.finditer(inner))
        if len(pieces) < 2:
            return
        whole = inner[: pieces[-1].start()]
        self._units_bracket(item, whole, offset + end + start + 1)

    def _unlabelled_unit(self, item: _Found, inner: str, at: int) -> None:
        """「(予算額 2億円、緑化部みどり課)」: a part of an attribute bracket with no label
        that is only unit names names the division."""
        position = 0
        for part in _PART.split(inner):
            start, position = position, position + len(part) + 1
            bare = part.strip(_TRIM)
            chain = split_unit_chain(bare)
            if len(chain) > 1 and "".join(chain) == bare and all(unit_kind(u) for u in chain):
                offset = at + start + part.index(bare)
                self._name_field(item, "department", chain[-2], offset + len(bare)
                                 - len(chain[-1]) - len(chain[-2]))  # fmt: skip
                self._name_field(item, "division", chain[-1], offset + len(bare) - len(chain[-1]))
                return
            if self._units_bracket(item, part, at + start):
                return

    def _units_bracket(self, item: _Found, inner: str, at: int) -> bool:
        """「(みどり課)」, 「(緑化部 みどり課)」: a bracket that holds only unit names, a chain
        written apart, names the project's division (the innermost) and department."""
        pieces = [(m.start(), m.group()) for m in _UNIT_PIECE.finditer(inner)]
        if not pieces or len(pieces) > 3 or any(unit_kind(p) is None for _, p in pieces):
            return False
        start, last = pieces[-1]
        self._name_field(item, "division", last, at + start)
        if len(pieces) > 1:
            start, outer = pieces[-2]
            self._name_field(item, "department", outer, at + start)
        return True

    def _wrapped_name(self, block: Block, name: str) -> str | None:
        """「(1) 新たな…の構築」 / 「推進事業費」: a name wrapped onto a short second line."""
        if block.index + 1 >= len(self.doc.blocks):
            return None
        nxt = self.doc.blocks[block.index + 1]
        tail = nxt.text.strip()
        if (
            nxt.kind not in ("heading", "paragraph")
            or nxt.number
            or nxt.mark
            or not tail
            or len(tail) > MAX_NAME_TAIL
            or field_of(tail, exact=True) is not None
            or find_amounts(tail)
        ):
            return None
        joined = name + tail
        return joined if looks_like_project(joined) else None

    def _budget_below(self, item: _Found, block: Block) -> None:
        """A 「事業費」 label printed under the name, the amount after it (PDF columns)."""
        labelled = False
        last = item.spans[-1].end if item.spans else block.end
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
            if other.start < last:
                continue
            if other.number or other.kind == "table":
                return
            if not labelled:
                labelled = field_of(other.text, exact=True) == "budget"
                continue
            amounts = find_amounts(other.text)
            offset = self.doc.folded.find(other.text, other.start)
            if amounts and amounts[0][0] == 0 and offset >= 0:
                item.budget = amounts[0][2]
                item.budget_span = self.doc.span(offset, offset + amounts[0][1])
                return

    def yearly_rows(self, item: _Found) -> list[_Found]:
        """A project whose budget is a series of years' amounts: once for every year of the
        series that prints an amount (a dash or 0 is none); as found otherwise. A budget
        with another year's amount beside it: its row and that year's."""
        if not item.yearly:
            return [item]
        rows = []
        if item.budget is not None:
            own = item.year or self.facts.fiscal_year
            if item.yearly[0].year == _PREVIOUS and own is None:
                return [replace(item, yearly=[])]
            rows.append(replace(item, yearly=[], per_year=True))
        for one in item.yearly:
            if one.yen is None:
                continue
            copy = replace(item, spans=list(item.spans), yearly=[], per_year=True)
            year = one.year
            if year == _PREVIOUS:
                year = (item.year or self.facts.fiscal_year or 1) - 1
            copy.year, copy.year_span = year, self.doc.span(one.year_start, one.year_end)
            copy.budget, copy.budget_span = one.yen, self.doc.span(one.start, one.end)
            rows.append(copy)
        return rows or [replace(item, yearly=[])]

    def _year_lines_below(self, item: _Found, block: Block) -> None:
        """「◇X事業（みどり課）」 over 「令和7年度　1億円」 and 「令和8年度　○,○○○万円（設計）」
        printed as plain lines of their own (an indented list the text kept no marks of):
        the project's amount for each year. Only two or more such lines in a row, each a
        year and one amount, and nothing numbered or marked among them."""
        yearly: list[YearAmount] = []
        last = block.end
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
            if other.kind not in ("paragraph", "heading") or other.number or other.mark:
                break
            one = _year_amount_line(other.text)
            at = self.doc.folded.find(other.text, other.start) if other.text else -1
            if one is None or at < 0 or one.yen is None:
                break
            yearly.append(_shifted(one, at))
            last = other.end
        if len(yearly) >= 2 and len({y.year for y in yearly}) == len(yearly):
            item.yearly = yearly
            item.spans = [self.doc.span(block.start, last)]

    def _series_below(self, item: _Found, block: Block) -> None:
        """「- X事業（みどり課）」 with 「- R7: 7,613 / R8: 8,147」 nested under it (or on the
        unmarked line under it): the line under a name that is only years and their amounts,
        perhaps after a budget label, is the project's budget by year."""
        if block.index + 1 >= len(self.doc.blocks):
            return
        nxt = self.doc.blocks[block.index + 1]
        nested = nxt.kind == "item" and block.kind == "item" and nxt.level > block.level
        plain = nxt.kind in ("paragraph", "heading", "field") and not (nxt.number or nxt.mark)
        if not (nested or plain) or not nxt.text:
            return
        offset = self.doc.folded.find(nxt.text, nxt.start)
        if offset < 0:
            return
        text, at = nxt.text, offset
        labelled = leading_label(self.doc.folded, offset, offset + len(text))
        if labelled is not None:
            if labelled[1] != "budget":
                return
            text, at = self.doc.folded[labelled[2] : offset + len(text)], labelled[2]
        unit = self.unit_before(block.start)
        if year_amounts(text, unit):
            self._budget(item, text, at, unit)
            if item.yearly:
                item.spans = [self.doc.span(block.start, nxt.end)]

    def right_column_tables(self) -> list[_Found]:
        """「…の観光    事業名        R5決算   R6予算」: a table of projects printed in the right
        column of a two-column page (PDF text interleaves it with the left column's text).
        Every line is cut at the display column where the header's project label starts;
        a right part ending in one figure per year column opens a row, one without figures
        continues the name above it (a name wrapped over lines, 「（みどり課）」 closing it).
        The rows give the project once per year with an amount. Cheap unless a line prints
        a project label after a wide gap."""
        found: list[_Found] = []
        lines = lines_with_offsets(self.doc.folded)
        for k, line in enumerate(lines):
            if "\t" in line.text or "|" in line.text or not _WIDE_GAP.search(line.text):
                continue
            header = _right_header(line.text)
            if header is None:
                continue
            edge, years = header
            rows, end = self._right_rows(lines[k + 1 :], edge, len(years) + 1)
            unit = self.unit_before(line.start)
            for pieces, figures in rows:
                item = self._right_row(pieces, figures, years, unit, line)
                if item is not None:
                    found.append(item)
            if rows:
                self.right_regions.append((lines[k + 1].start, end))
        return found

    def _right_rows(
        self, lines: list[Line], edge: int, width: int
    ) -> tuple[list[tuple[list[tuple[str, int]], list[tuple[str, int]]]], int]:
        """The rows under a right-column header: each its name pieces and its figures (with
        offsets); and where the table ends (a numbered section or a rule in that column)."""
        rows: list[tuple[list[tuple[str, int]], list[tuple[str, int]]]] = []
        end = lines[0].start if lines else 0
        for line in lines:
            at = _display_cut(line.text, edge)
            if at is None:
                break  # text runs across the edge: the two columns end
            part = line.text[at:]
            words = [(m.group(), line.start + at + m.start()) for m in _WORD.finditer(part)]
            if not words:
                continue
            if _RULE.fullmatch(part.strip()) or _NUMBERED_SECTION.match(part.strip()):
                break  # 「5 今後の方向性」: the next section of the right column
            figures = words[1 - width :] if len(words) >= width else []
            if figures and all(_NUMBER_TOKEN.match(w) or _NO_AMOUNT.fullmatch(w)
                               for w, _ in figures):  # fmt: skip
                rows.append((words[: len(words) - len(figures)], figures))
            elif (
                rows
                and not rows[-1][0][-1][0].endswith((")", "）"))  # a closed name is whole
                and sum(len(w) for w, _ in rows[-1][0] + words) <= MAX_NAME
                and not any(_NUMBER_TOKEN.match(w) for w, _ in words)
            ):
                rows[-1][0].extend(words)
            else:
                break
            end = line.end
        return rows, end

    def _right_row(
        self,
        pieces: list[tuple[str, int]],
        figures: list[tuple[str, int]],
        years: list[int],
        unit: str | None,
        header: Line,
    ) -> _Found | None:
        """One project of a right-column table, from its name pieces and figures."""
        if not pieces:
            return None
        text = "".join(w for w, _ in pieces)
        groups = bracket_groups(text)
        name, inner = text, ""
        if groups and groups[-1][1] == len(text) and groups[-1][0] > 0:
            name, inner = text[: groups[-1][0]], text[groups[-1][0] + 1 : -1]
        name = name.strip(_TRIM)
        if not _valid_name(name) or not looks_like_project(name):
            return None
        first = pieces[0][1]
        last = figures[-1][1] + len(figures[-1][0])
        item = _Found(name, self.doc.span(first, first + len(pieces[0][0])),
                      self._block_at(header.start), spans=[self.doc.span(first, last)])  # fmt: skip
        if inner and unit_kind(inner) is not None:
            # the bracket may be wrapped over lines: its evidence is the pieces it spans
            opened = next(at for w, at in reversed(pieces) if "(" in w or "（" in w)
            last = pieces[-1]
            item.division = inner
            item.division_span = self.doc.span(opened, last[1] + len(last[0]))
        series = []
        for (word, at), year in zip(figures, years, strict=False):
            yen = None if _NO_AMOUNT.fullmatch(word) else _yen(word, unit)
            series.append(YearAmount(year, at, at + len(word), at, at + len(word), yen or None))
        item.yearly = series
        item.right_column = True
        return item

    def _line_covered(self, block: Block) -> bool:
        return any(a <= block.start < b for a, b in self.covered_lines)

    # -- two columns printed side by side -------------------------------------------------
    def side_by_side(self) -> list[_Found]:
        """「◆A事業　　　◆B事業」 then 「9億6,512万円　　7億2,913万円」 …: a page laid out in
        two columns, which PDF text prints line by line across both. Each line is split at
        its wide gap; the left pieces belong to A, the right ones to B, up to a blank line."""
        found: list[_Found] = []
        folded = self.doc.folded
        for block in self.doc.blocks:
            if block.kind == "table" or block.index in self.covered:
                continue
            line = folded[block.start : block.end]
            pair = _PAIR.fullmatch(line)
            if pair is None or pair.group("m1") != pair.group("m2"):
                continue
            names = [(pair.group("a"), block.start + pair.start("a")),
                     (pair.group("b"), block.start + pair.start("b"))]  # fmt: skip
            if not all(looks_like_project(n.strip()) for n, _ in names):
                continue
            sides: list[list[tuple[str, int]]] = [[], []]
            at = folded.find("\n", block.end)
            while at >= 0:
                end = folded.find("\n", at + 1)
                text = folded[at + 1 : end if end >= 0 else len(folded)]
                if not text.strip() or _PAIR.fullmatch(text):
                    break
                gap = _GAP.search(text.strip())
                lead = len(text) - len(text.lstrip())
                if gap is None:
                    sides[0].append((text.strip(), at + 1 + lead))
                else:
                    left, right = text.strip()[: gap.start()], text.strip()[gap.end() :]
                    sides[0].append((left, at + 1 + lead))
                    sides[1].append((right, at + 1 + lead + gap.end()))
                at = end
            self.pair_regions.append((block.end, at if at >= 0 else len(folded)))
            self.covered.add(block.index)
            self.paired[block.index] = {nfkc_key(n) for n, _ in names}
            for (name, start), lines in zip(names, sides, strict=True):
                found.append(self._column_item(block, name.strip(), start, lines))
        return found

    def _column_item(
        self, block: Block, name: str, start: int, lines: list[tuple[str, int]]
    ) -> _Found:
        """One column's project: the amount its first lines open with, the unit its contact
        line (「問合せ 星見課」) names."""
        item = _Found(name, self.doc.span(start, start + len(name)), block,
                      spans=[self.doc.span(block.start, block.end)])  # fmt: skip
        for text, at in lines[:2]:
            amounts = find_amounts(text)
            if amounts and amounts[0][0] == 0 and item.budget is None:
                a, b, yen = amounts[0]
                item.budget, item.budget_span = yen, self.doc.span(at + a, at + b)
                self._unit_after(item, text, b, at)
                if item.division is None:
                    self._cut_unit_bracket(item, text, b, at)
        for text, at in lines:
            words = text.split()
            if len(words) == 2 and field_of(words[0], exact=True) == "division":
                self._name_field(item, "division", words[1], at + text.index(words[1]))
        return item

    # -- prose ----------------------------------------------------------------------------
    def prose(self) -> list[_Found]:
        """Projects named in running text: 「…、X事業(20,900千円)を実施します」 with the
        unit the sentence is about as division, and 「A事業費、B事業費など、…円を計上」,
        examples named for a budget line (the amount is the line's, not theirs)."""
        found: list[_Found] = []
        for block in self.doc.blocks:
            if (
                block.kind not in ("paragraph", "item", "heading")
                or block.index in self.read_blocks
                or self._line_covered(block)
            ):
                continue
            offset = self.doc.folded.find(block.text, block.start)
            if offset < 0:
                continue
            found.extend(self._examples(block, offset))
            found.extend(self._bracketed(block, offset))
            found.extend(self._budgeted_as(block, offset))
            found.extend(self._sentence_entries(block, offset))
            found.extend(self._allocated(block, offset))
            named = {item.name for item in found if item.block is block}
            found.extend(i for i in self._stated_amount(block, offset) if i.name not in named)
        return found

    def _stated_amount(self, block: Block, offset: int) -> list[_Found]:
        """「X事業の予算額は1,234万円である」, 「X事業は2,345万円で、…」 in an answer: a
        project as a sentence's topic and the one amount stated of it; the answering
        official's unit (「答みどり課長…」 opening the answer) is its division."""
        text = block.text
        if "円" not in text:
            return []
        found: list[_Found] = []
        speaker = opening_speaker(text)
        for match in _STATED_AMOUNT.finditer(text):
            name = match.group("name")
            label = match.group("label")
            if label is not None and not _is_budget_label(label):
                continue
            if not _valid_name(name) or project_ending(name) in (None, "費"):
                continue
            amounts = find_amounts(match.group("amount"))
            if len(amounts) != 1 or amounts[0][0] != 0:
                continue
            at = offset + match.start("name")
            titled = split_speaker(name)  # 「教育課長X事業は…」: the title run into the name
            if titled is not None:
                name, at = name[titled[2] :], at + titled[2]
            item = _Found(name, self.doc.span(at, at + len(name)), block,
                          spans=[self.doc.span(block.start, block.end)])  # fmt: skip
            amount_at = offset + match.start("amount")
            item.budget = amounts[0][2]
            item.budget_span = self.doc.span(amount_at, amount_at + amounts[0][1])
            closing = _COPULA_BRACKET.match(text, match.end())
            if closing is not None:  # 「…1億円です（みどり課）。」: the unit in charge
                inner = closing.group("inner")
                self._units_bracket(item, inner, offset + closing.start("inner"))
            if item.division is None and speaker is not None:
                self._name_field(item, "division", speaker[0], offset + speaker[1])
            found.append(item)
        return found

    def _allocated(self, block: Block, offset: int) -> list[_Found]:
        """「…を直すX事業に1億円。…（担当：総務課）」 (`allocation_sentences`): a project an
        amount is allotted to in running text, read with the unmarked lines after its block
        (a sentence wrapped over lines), the unit in charge named after the amount."""
        after = self.doc.blocks[block.index + 1 : block.index + 2]
        if "に" not in block.text and not (after and after[0].text.startswith("に")):
            return []  # 「…「X事業」」 then 「に○,○○○万円。」: the particle opens the next line
        pieces = [(block.text, offset)]
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + ALLOCATION_LINES]:
            at = self.doc.folded.find(other.text, other.start) if other.text else -1
            if other.kind not in ("paragraph", "heading") or other.number or other.mark or at < 0:
                break
            pieces.append((other.text, at))
        text = "".join(t for t, _ in pieces)
        bounds = list(itertools.accumulate(len(t) for t, _ in pieces))

        def at(index: int) -> int:  # an offset of the joined text, in the document
            piece = next(k for k, b in enumerate(bounds) if index < b or k == len(bounds) - 1)
            return pieces[piece][1] + index - (bounds[piece] - len(pieces[piece][0]))

        found: list[_Found] = []
        every = allocations(text)
        for k, one in enumerate(every):
            if one.name_start >= len(block.text):
                break  # a name opening on a later line is read from that line's block
            name_start = one.name_start
            name = text[name_start : one.name_end]
            speaker = split_speaker(name)  # 「答みどり課長X事業に…」: the answering unit
            if speaker is not None:
                name_start += speaker[2]
                name = name[speaker[2] :]
            if not _valid_name(name) or at(one.name_end - 1) + 1 != at(name_start) + len(name):
                continue  # a name wrapped over two lines is not read here
            end = every[k + 1].name_start if k + 1 < len(every) else len(text)
            last = bounds[-1] if k + 1 == len(every) else bounds[0]
            item = _Found(name, self.doc.span(at(name_start), at(name_start) + len(name)),
                          block, spans=[self.doc.span(block.start, at(last - 1) + 1)])  # fmt: skip
            item.budget = one.yen
            item.budget_span = self.doc.span(at(one.amount_start), at(one.amount_end - 1) + 1)
            units = unit_in_charge(text, one.amount_end, end)
            if speaker is not None and units is None:
                self._name_field(item, "division", speaker[0], at(one.name_start + speaker[1]))
            elif units is not None:
                self._units_bracket(item, text[units[0] : units[1]], at(units[0]))
            else:  # 「みどり課では、X事業に○○万円…を計上」: the unit the sentence is about
                opening = max(text.rfind(mark, 0, one.name_start) for mark in "。\n") + 1
                topic = _TOPIC_UNIT.match(text, opening)
                if (
                    topic is not None
                    and topic.end() <= one.name_start
                    and unit_kind(topic.group("unit")) == "division"
                ):
                    self._name_field(item, "division", topic.group("unit"),
                                     at(topic.start("unit")))  # fmt: skip
            found.append(item)
        return found

    def _sentence_entries(self, block: Block, offset: int) -> list[_Found]:
        """「…拡大しました。X事業 令和6年度予算 ○○万円（みどり課）。」: a sentence of
        running text that is nothing but a project's name, its amount (perhaps after a
        year's budget label) and a closing bracket of its year and unit in charge. The
        line of such an entry alone is read by `lines`; this is one among sentences."""
        text = block.text
        if "円" not in text or "。" not in text.rstrip().removesuffix("。"):
            return []
        found = []
        for sentence in _SENTENCE.finditer(text):
            piece = sentence.group()
            amounts = find_amounts(piece)
            if len(amounts) != 1:
                continue
            a, b, yen = amounts[0]
            tail = piece[b:].strip()
            groups = bracket_groups(tail)
            if tail and not (len(groups) == 1 and groups[0] == (0, len(tail))):
                continue
            if tail and not all(_year_or_unit(part) for part in _PART.split(tail[1:-1])):
                continue  # 「（前年度比2%減）」: a note on the amount, no entry's year or unit
            words = piece[:a].split()
            if not words or len(words) > 2:
                continue
            name = words[0].strip(_TRIM)
            label = words[1] if len(words) == 2 else ""
            if label and not _is_budget_label(label):
                continue
            if not _valid_name(name) or project_ending(name) in (None, "費"):
                continue  # 「概算事業費 1億円（…）。」: a cost a sentence states, no project
            at = offset + sentence.start() + piece.index(name)
            item = _Found(name, self.doc.span(at, at + len(name)), block,
                          spans=[self.doc.span(block.start, block.end)])  # fmt: skip
            start = offset + sentence.start()
            item.budget, item.budget_span = yen, self.doc.span(start + a, start + b)
            if label:
                self._year(item, label, start + piece.index(label, len(name)))
            if tail:
                inner_at = start + piece.index(tail, b) + 1
                inner = tail[1:-1]
                self._year(item, inner, inner_at)
                self._unlabelled_unit(item, inner, inner_at)
            found.append(item)
        return found

    def _budgeted_as(self, block: Block, offset: int) -> list[_Found]:
        """「…が担当し、X事業として6,543万円を計上しています」: a project named as what an
        amount is budgeted for, in a sentence; the unit the sentence is about its division."""
        text = block.text
        if "として" not in text:
            return []
        found = []
        for match in _BUDGETED_AS.finditer(text):
            name = _after_phrase(match.group("name")).strip(_TRIM)
            amounts = find_amounts(match.group("amount"))
            if not amounts or amounts[0][1] != len(match.group("amount").rstrip()):
                continue
            speaker = split_speaker(name)  # 「答みどり課長X事業として…」: the answering unit
            name = name[speaker[2] :] if speaker is not None else name
            if not _valid_name(name) or not looks_like_project(name):
                continue
            at = offset + match.end("name") - len(name)
            item = _Found(name, self.doc.span(at, at + len(name)), block,
                          spans=[self.doc.span(block.start, block.end)])  # fmt: skip
            a, b, yen = amounts[0]
            amount_at = offset + match.start("amount")
            item.budget, item.budget_span = yen, self.doc.span(amount_at + a, amount_at + b)
            sentence_start = max(text.rfind("。", 0, match.start()) + 1, 0)
            topic = _TOPIC_UNIT.match(text, sentence_start)
            if speaker is not None:
                unit_at = at - speaker[2] + speaker[1]
                self._name_field(item, "division", speaker[0], unit_at)
            elif topic and unit_kind(topic.group("unit")):
                self._name_field(item, "division", topic.group("unit"),
                                 offset + topic.start("unit"))  # fmt: skip
            found.append(item)
        return found

    def _examples(self, block: Block, offset: int) -> list[_Found]:
        match = _LIST_BEFORE.match(block.text)
        if match is None or not find_amounts(block.text[match.end() :]):
            return []
        found = []
        position = 0
        for piece in match.group("list").split("、"):
            start = position
            position += len(piece) + 1
            name = piece.strip()
            if not _valid_name(name) or not looks_like_project(name):
                continue
            at = offset + start + piece.index(name)
            found.append(
                _Found(name, self.doc.span(at, at + len(name)), block,
                       spans=[self.doc.span(block.start, block.end)])
            )  # fmt: skip
        return found

    def _bracketed(self, block: Block, offset: int) -> list[_Found]:
        text = block.text
        found = []
        for start, end in bracket_groups(text):
            attributes = list(group_attributes(text, start, end))
            if attributes and all(a.field == "unit" for a in attributes):
                continue  # 「主な事業と概算事業費（単位：百万円）」: a caption's unit note
            inner = text[start + 1 : end - 1]
            amounts = find_amounts(inner)
            parts = [] if attributes else _amount_parts(inner)
            if parts:
                attributes = [replace(a, start=a.start + start + 1) for a in parts]
            elif not attributes and not (amounts and _only_amounts_after(inner, amounts[0][1])
                                         and not inner[: amounts[0][0]].strip()):  # fmt: skip
                continue
            head = _after_phrase(_NAME_START.split(text[:start])[-1])
            head_end = start
            if not head.strip() and (quoted := _QUOTED_BEFORE.search(text, 0, start)):
                head = quoted.group("name")  # 「関連事業「X事業」（予算額…）」: the quoted name
                head_end = quoted.end("name")
            name = head.strip(_TRIM)
            if not _valid_name(name) or not looks_like_project(name):
                continue
            at = offset + head_end - len(head) + head.index(name)
            sentence_start = max(text.rfind("。", 0, start) + 1, 0)
            item = _Found(name, self.doc.span(at, at + len(name)), block,
                          spans=[self.doc.span(block.start, block.end)])  # fmt: skip
            if attributes:
                self._attributes(item, attributes, offset, self.unit_before(block.start))
                if item.division is None:
                    self._unlabelled_unit(item, inner, offset + start + 1)
            else:
                a, b, yen = amounts[0]
                item.budget = yen
                item.budget_span = self.doc.span(offset + start + 1 + a, offset + start + 1 + b)
            if item.division is None:
                topic = _TOPIC_UNIT.match(text, sentence_start)
                if topic and unit_kind(topic.group("unit")):
                    unit_at = offset + topic.start("unit")
                    self._name_field(item, "division", topic.group("unit"), unit_at)
            found.append(item)
        return found

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
        yen = _yen(text, unit)
        if yen is not None:
            item.budget = yen
            item.budget_span = self.doc.span(start, start + len(text))
            self._other_year(item, text, start, unit)

    def _other_year(self, item: _Found, text: str, start: int, unit: str | None) -> None:
        """「8,147千円（令和6年度 7,613千円）」, 「（前年度 7,613千円）」: a bracket right
        after the budget giving one amount for another year is the project's amount for
        that year too (kept in `yearly`, read by `yearly_rows` beside the budget's row)."""
        amounts = find_amounts(text)
        end = amounts[0][1] if amounts else len(text.rstrip())
        match = _OTHER_YEAR.match(text, end)
        if match is None:
            return
        inner, at = match.group("inner"), start + match.start("inner")
        series = year_amounts(inner, unit)
        if len(series) == 1 and series[0].yen is not None:
            one = series[0]
            item.yearly = [_shifted(one, at)]
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
        unit below (「星見課(観望係)」) or its head (「星見課（課長 星野）」) is no part of it."""
        name = text.strip(_TRIM)
        if self._run_in_label(item, key, text, name, start):
            return
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
            _drop_status_mark(item)
            _drop_cross_reference(item)
            self._unit_bracket_after_name(item)
            key = nfkc_key(item.name)
            if item.block.index in self.paired and key not in self.paired[item.block.index]:
                continue  # both columns read as one line
            if any(a <= item.block.start < b for a, b in self.pair_regions):
                continue  # a line of two columns' values, read as one
            if not item.right_column and any(
                a <= item.name_span.start < b for a, b in self.right_regions
            ):
                continue  # a line of a right column's table read across both columns
            if key in known:
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
            if division is None and default is not None:
                division, division_span = default
            if division is not None and division_span is not None:
                evidence["division"] = division_span
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
        # 「X事業（みどり課）」 read once bare and once with its amounts by year: the bare row
        # says nothing the others do not
        budgeted = {nfkc_key(p.name) for p in added.values() if p.budget is not None}
        bare = {id(p) for p in added.values()
                if p.budget is None and nfkc_key(p.name) in budgeted}  # fmt: skip
        # 「0」 in a year's cell (the work done, 「R7完了」): nothing budgeted, no row that year
        bare |= {id(p) for p in added.values() if p.budget == 0}
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

    def _unit_heading_above(self, block: Block) -> tuple[str, Span] | None:
        """「【星見課】」 alone on a line over the projects that follow: the unit they are
        grouped under, up to the numbered heading that opens their section."""
        for other in reversed(self.doc.blocks[: block.index]):
            if other.kind == "heading" and other.number:
                return None
            line = self.doc.folded[other.start : other.end].strip()
            if other.kind != "heading" or not _BRACKETED.fullmatch(line):
                continue
            name = other.text.strip(_TRIM)
            if unit_kind(name) is None:
                return None
            at = self.doc.folded.find(name, other.start, other.end)
            return (name, self.doc.span(at, at + len(name))) if at >= 0 else None
        return None

    def _bracket_unit_above(self, block: Block) -> tuple[str, Span] | None:
        """「ア 空き家対策の強化（主担当：みどり課）」 over 「(ア) X事業 予算額 …」: in a
        numbered hierarchy, the unit in charge a heading above states in its attribute
        bracket leads the projects nested under it. The nearest such heading wins."""
        for heading in self.doc.headings_above(block):
            if not heading.number:
                continue
            at = self.doc.folded.find(heading.text, heading.start)
            if at < 0 or "(" not in heading.text:
                continue
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


# -- helpers ----------------------------------------------------------------------------------


def _label_year(label: str) -> int | None:
    """The one fiscal year a field's label names (「決算額（令和5年度）」 → 2023)."""
    mentions = [m for m in year_mentions(label_key(label)) if m.kind == "fiscal"]
    return mentions[0].year if len(mentions) == 1 else None


def _dated_label(text: str) -> bool:
    """「令和3年度 主な事業」: a section's label with its year, no project's name."""
    bare = text
    for mention in reversed(year_mentions(text)):
        bare = bare[: mention.start] + bare[mention.end :]
    bare = bare.strip(_TRIM).removeprefix("の")
    return bare != text and field_of(bare, exact=True) is not None


def _drop_status_mark(item: _Found) -> None:
    """「X事業（新）」, 「新規 X事業」: the name without the mark that says the project is
    new (or expanded, continued) this year."""
    bare = strip_status_mark(strip_note_remark(item.name))
    if bare != item.name:
        span = item.name_span
        item.name = bare
        item.name_span = Span(span.start, span.start + len(bare), span.text[: len(bare)])
    bare = strip_leading_status_mark(item.name)
    if bare != item.name:
        span = item.name_span
        cut = len(item.name) - len(bare)
        if len(span.text) == len(item.name):  # the span prints the name as read
            item.name_span = Span(span.start + cut, span.end, span.text[cut:])
        item.name = bare


_NOT_UNDERTAKING_ENDS = ("会計", "計", "分", "額")  # accounts, totals, shares, sums


def _series_in_line(text: str, unit: str | None) -> tuple[int, int, int] | None:
    """(name end, series start, series end) of 「X事業 R7: 7,613 / R8: 8,147（みどり課）」:
    a name, then years each with its amount to the line's end (or to a closing bracket of
    unit names); None for any other line."""
    mentions = [m for m in year_mentions(text) if m.kind == "fiscal" and m.start > 0]
    if not mentions:
        return None
    first = mentions[0]
    end = len(text.rstrip())
    groups = bracket_groups(text)
    closing_units = False
    if groups and groups[-1][1] == end and groups[-1][0] > first.start:
        if not _all_units(text[groups[-1][0] + 1 : groups[-1][1] - 1]):
            return None
        end, closing_units = groups[-1][0], True
    found = year_amounts(text[first.start : end], unit)
    # 「X事業 令和6年度 1億円（みどり課）」: one year's amount is a series too when the unit
    # in charge closes the line
    least = 1 if closing_units else 2
    if len(found) < least or not any(y.yen for y in found) or not text[: first.start].strip():
        return None
    return first.start, first.start, end


def _undertaking(name: str) -> bool:
    """「消防団ポンプ車の更新」 under a project heading with its amount: an undertaking,
    though its name does not end like a project's; an account, a total, an expenditure
    category, a share (「うち…分」) or an amount per head is none."""
    key = nfkc_key(name)
    return (
        key not in EXPENDITURE_CATEGORIES
        and not key.endswith(_NOT_UNDERTAKING_ENDS)
        and not key.startswith("うち")
        and field_of(key) is None
        and not any(f == "perCapita" and cue in key for cue, f in sentence_cues().items())
    )


def _char_width(ch: str) -> int:
    """Display columns of a character (full-width and ambiguous ones are two wide)."""
    return 2 if unicodedata.east_asian_width(ch) in "FWA" else 1


def _display_width(text: str) -> int:
    """Display columns of `text` (full-width characters are two wide)."""
    return sum(_char_width(ch) for ch in text)


def _display_cut(line: str, edge: int) -> int | None:
    """The index where `line` reaches display column `edge` (less a little slack: PDF text
    aligns a column only roughly), with a space just before it (the gutter); len(line)
    when it ends before; None when a character crosses it."""
    edge = max(0, edge - _EDGE_SLACK)
    col = 0
    for index, ch in enumerate(line):
        if col >= edge:
            return index if index == 0 or line[index - 1] in " \u3000" else None
        col += _char_width(ch)
        if col > edge:
            return None
    return len(line)


def _right_header(line: str) -> tuple[int, list[int]] | None:
    """(display column, years) of a project table's header printed after a wide gap: the
    project label, then one year column a figure (「事業名  R5決算  R6予算」)."""
    for gap in _WIDE_GAP.finditer(line):
        part = line[gap.end() :]
        words = part.split()
        if len(words) < 3 or field_of(words[0], exact=True) != "project":
            continue
        years = _amount_year_columns(words[1:])
        if len(years) != len(words) - 1 or len(years) < 2:
            continue
        return _display_width(line[: gap.end()]), [years[k] for k in sorted(years)]
    return None


def _year_or_unit(part: str) -> bool:
    """A part of an entry's closing bracket: a fiscal year (「令和6年度」) or a unit's name."""
    bare = part.strip(_TRIM)
    mentions = year_mentions(bare)
    if mentions and mentions[0].start == 0 and mentions[0].end == len(bare):
        return True
    return bool(bare) and _all_units(bare)


_YEAR_SHARE = re.compile(r"\s*分\s*(?:は|として|に)\s*")  # 「令和8年度分は」: that year's share
_NOTE_ONLY = re.compile(r"[(（][^()（）]{1,40}[)）]")


def _year_amount_line(text: str) -> YearAmount | None:
    """「令和6年度：実施設計 ○○万円」: a line opening with a fiscal year and closing with
    one amount, a few words (what is done that year) between; None for any other line."""
    mentions = year_mentions(text)
    amounts = find_amounts(text)
    lead = len(text) - len(text.lstrip())
    if not mentions or mentions[0].kind != "fiscal" or mentions[0].start != lead:
        return None
    after = text[amounts[0][1] :].strip() if len(amounts) == 1 else ""
    if len(amounts) != 1 or (after and not _NOTE_ONLY.fullmatch(after)) or len(mentions) > 1:
        return None  # 「…○億○,○○○万円（全児童を対象）」: a bracketed note may close the line
    start, end, yen = amounts[0]
    between = text[mentions[0].end : start].strip(_TRIM)
    if len(between) > MAX_SECTION_LABEL or "。" in between:
        return None
    first = mentions[0]
    return YearAmount(first.year, first.start, first.end, start, end, yen or None)


def _shifted(one: YearAmount, by: int) -> YearAmount:
    """A year's amount read in a piece of text, its offsets moved `by` into the document."""
    return replace(one, year_start=by + one.year_start, year_end=by + one.year_end,
                   start=by + one.start, end=by + one.end)  # fmt: skip


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


def _name_and_amount(text: str, unit: str | None) -> tuple[str, int, int, int] | None:
    """「X事業      7,654,321円」 or 「X事業      168,500」 under a stated unit: a row of a
    name and the amount in the column beside it (set apart by a wide gap); (name, start and
    end of the amount, yen)."""
    gaps = list(_GAP.finditer(text.rstrip()))
    if not gaps:
        return None
    gap = gaps[-1]
    name, tail = text[: gap.start()].strip(_TRIM), text[gap.end() :].rstrip()
    if not _valid_name(name) or gap.start() == 0:
        return None
    amounts = find_amounts(tail)
    if amounts and amounts[0][0] == 0 and amounts[0][1] == len(tail):
        return name, gap.end(), gap.end() + len(tail), amounts[0][2]
    if unit is not None and re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+", tail):
        yen = _yen(tail, unit)
        return (name, gap.end(), gap.end() + len(tail), yen) if yen else None
    return None


def _join_broken_unit(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """「こども政策 課」 in a row of single-space columns: a unit name broken before its
    suffix (PDF text) is one cell; the words unchanged when no such pair is found."""
    for k in range(len(words) - 1):
        (a, start, _), (b, _, end) = words[k], words[k + 1]
        joined = _joined_suffix(f"{a} {b}")
        one_space = end - start == len(a) + 1 + len(b)
        if " " not in joined and unit_kind(joined) is not None and one_space:
            return [*words[:k], (f"{a} {b}", start, end), *words[k + 2 :]]  # read whole later
    return words


def _is_budget_label(text: str) -> bool:
    """「決算額」, 「令和5年度決算額」, 「予算額(千円)」: a budget label as printed over a
    column, with the year and unit it may carry."""
    bare = text
    for mention in reversed(year_mentions(text)):
        bare = bare[: mention.start] + bare[mention.end :]
    bare = _QUALIFIED_UNIT.sub("", bare).strip()
    return bool(bare) and field_of(bare, exact=True) == "budget"


def _labelled_division(block: Block) -> tuple[str, int] | None:
    """(unit, offset) a field names as in charge: its own label a division label, or its
    value a division label and a unit (「【施策1-1 子育て】 主管課：みどり課」)."""
    if block.kind != "field" or block.value is None:
        return None
    at = block.value_start if block.value_start is not None else block.start
    words = (block.label or "").split()
    if words and field_of(words[-1], exact=True) == "division":  # 「<港の活性化> 所管課」
        return block.value, at
    inner = re.match(r"\s*(?P<label>[^:：\s]{1,10})\s*[:：]\s*(?P<unit>\S+)", block.value)
    if inner and field_of(inner.group("label"), exact=True) == "division":
        return inner.group("unit"), at + inner.start("unit")
    return None


def _before_wide_gap(text: str, gap_pattern: re.Pattern[str] | None = None) -> str:
    """「X事業      整理番号 R5-07」: a field's value printed with another field beside it on
    the same line, set apart by a wide gap; the value is the text before the gap."""
    gap = (gap_pattern or _WIDE_GAP).search(text)
    return text[: gap.start()].strip() if gap and text[: gap.start()].strip() else text


def _joined_suffix(name: str) -> str:
    """「企画 課」: a unit name broken before its suffix (PDF text breaks words at line ends),
    read whole when the joined name is a unit and the piece before the space is not."""
    broken = _BROKEN_SUFFIX.fullmatch(name)
    if broken is None or unit_kind(broken.group("head")) is not None:
        return name
    joined = broken.group("head") + broken.group("suffix")
    return joined if unit_kind(joined) is not None else name


def _leading_unit(text: str) -> str:
    """「産業振興課 係名 林務係」: a unit field's value that opens with the unit and goes on
    with another field on the same line; the unit is the opening word (or two words of a
    name broken before its suffix, 「企画 課」). The text itself when it opens with none."""
    words = text.split()
    if len(words) < 2:
        return text
    if unit_kind(words[0]) is not None:
        return words[0]
    joined = _joined_suffix(f"{words[0]} {words[1]}")
    return joined if unit_kind(joined) is not None and " " not in joined else text


def _printed_as(text: str, name: str) -> str:
    """The text as printed of a name `_joined_suffix` joined (「企画 課」 for 企画課)."""
    if name in text:
        return name
    broken = re.search(re.escape(name[:-1]) + r"[ \u3000]" + re.escape(name[-1]), text)
    return broken.group() if broken else name


def _name_before_description(text: str) -> str | None:
    """「X事業 高齢者の見守りを行います。」: a cell holding a project's name and then the
    sentence describing it (a name in bold over a paragraph, a 事業名・概要 column) — the
    name is the words before the first gap, when they read as a project's name."""
    head = _SPACE_GAP.split(text.strip(), maxsplit=1)
    if len(head) < 2 or not _valid_name(head[0]) or not looks_like_project(head[0]):
        return None
    return head[0]


_SPACE_GAP = re.compile(r"\s+")


def _valid_name(name: str) -> bool:
    bare = name
    for start, end in reversed(bracket_groups(name)):
        bare = bare[:start] + bare[end:]
    return (
        2 <= len(name) <= MAX_NAME
        and bool(bare.strip())  # 「（複合化により廃止）」: a note in place of a name
        and "。" not in name
        and "、" not in bare
        and not _NUMBER_TOKEN.match(name)
        and bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff]", name))
        and field_of(name, exact=True) is None
    )


_HEADER_FIGURE = re.compile(r"[▲△\-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+\.[0-9]+|[0-9]{5,})")


def _figures_in_header(header: list[str]) -> bool:
    """「介護保険事業 | ○○,○○○ | ○○,○○○」 taken for a header: a table printed without
    one (or cut from its header) opens with a row; amounts are never column labels, though
    a year alone (「2025」) may be."""
    return any(_HEADER_FIGURE.fullmatch(label.strip()) for label in header)


def _columns(header: list[str]) -> dict[str, int]:
    """Field → column index; of several budget columns the one printed with a vocabulary
    label exactly (査定総額 rather than 要求総額) and otherwise the first. A label whose
    qualifier lists fields (内容(事業名、予算等)) holds the first of them, whatever its word."""
    columns: dict[str, int] = {}
    exact_budget: int | None = None
    exact_division: int | None = None
    exact_project: int | None = None
    for index, label in enumerate(header):
        field_name = _listed_field(label) or _levels_field(label) or field_of(label)
        if field_name is None or len(label_key(label)) > MAX_SECTION_LABEL:
            continue
        if field_name == "budget" and exact_budget is None and field_of(label, exact=True):
            exact_budget = index
        if field_name == "division" and field_of(label, exact=True) == "division":
            exact_division = index if exact_division is None else exact_division
        if field_name == "project" and field_of(label, exact=True) == "project":
            exact_project = index if exact_project is None else exact_project
        columns.setdefault(field_name, index)
    if exact_budget is not None:
        columns["budget"] = exact_budget
    if exact_division is not None:  # 「所属コード | 所属名」: the unit's name, not its code
        columns["division"] = exact_division
    if exact_project is not None:  # 「事業No. | 事業名」: the project's name, not its number
        columns["project"] = exact_project
    return columns


_LISTED = re.compile(r"[(（](?P<inner>[^()（）]+)[)）]\s*$")
_LIST_SEPARATOR = re.compile(r"[、,，・/／]")


def _budget_left_blank(row: list[Cell], column: int | None, item: _Found) -> bool:
    """「X事業 | ― | 市民課」: a dash in the budget column says nothing is budgeted for the
    project in the table's year, so the table gives no row of it."""
    return (
        item.budget is None
        and column is not None
        and column < len(row)
        and _NO_AMOUNT.fullmatch(row[column].text.strip()) is not None
    )


def _exact_column(header: list[str], field_name: str) -> int | None:
    """The first column labelled exactly by a word of `field_name` (「公約項目」, not
    「公約No.」, which only starts with one)."""
    return next((i for i, label in enumerate(header)
                 if field_of(label, exact=True) == field_name), None)  # fmt: skip


def _listed_field(label: str) -> str | None:
    """The first field a label's qualifier lists: 「内容(事業名、予算等)」 → project."""
    match = _LISTED.search(label)
    if match is None:
        return None
    parts = [p.strip() for p in _LIST_SEPARATOR.split(match.group("inner"))]
    fields = [field_of(p) for p in parts if p]
    return fields[0] if len(fields) >= 2 and fields[0] is not None else None


def _levels_field(label: str) -> str | None:
    """「基本目標・施策・事業」: a column naming the levels of a hierarchy its rows print in
    turn (a goal's row, its measures' rows, their projects' rows); the project field when
    projects are its deepest level, so the rows naming a project are read as projects."""
    parts = [p.strip() for p in _LIST_SEPARATOR.split(label_key(label))]
    if len(parts) < 2 or not all(parts):
        return None
    fields = [field_of(p, exact=True) for p in parts]
    if None in fields or fields[-1] != "project" or fields.count("project") > 1:
        return None
    return "project"


def _year_columns(header: list[str]) -> dict[int, int]:
    """Column → fiscal year for the columns whose label is a year and nothing else."""
    years: dict[int, int] = {}
    for index, label in enumerate(header):
        key = label_key(label)
        mentions = [m for m in year_mentions(key) if m.kind == "fiscal"]
        if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(key):
            years[index] = mentions[0].year
    return years or _bare_year_columns(header)


_BARE_YEAR = re.compile(r"(?:19[89][0-9]|20[0-9]{2})")


def _bare_year_columns(header: list[str]) -> dict[int, int]:
    """「2026 | 2027 | 2028」: labels that are a Western year's digits alone name years
    only as a run of consecutive years side by side (one such number may be anything)."""
    keys = [label_key(h) for h in header]
    years = {i: int(key) for i, key in enumerate(keys) if _BARE_YEAR.fullmatch(key)}
    columns = sorted(years)
    run = len(columns) >= 2 and all(
        b == a + 1 and years[b] == years[a] + 1 for a, b in itertools.pairwise(columns)
    )
    return years if run else {}


def _budget_year_columns(header: list[str]) -> dict[int, int]:
    """Column → fiscal year for budget columns that each name their year (「令和6年度
    予算額」, 「R5当初予算」): every one states the project's amount for its year."""
    years: dict[int, int] = {}
    for index, label in enumerate(header):
        if field_of(label) != "budget":
            continue
        mentions = [m for m in year_mentions(label_key(label)) if m.kind == "fiscal"]
        if len(mentions) == 1:
            years[index] = mentions[0].year
    return years if len(set(years.values())) == len(years) else {}


def _amount_year_columns(header: list[str]) -> dict[int, int]:
    """Column → fiscal year for the columns labelled by a year alone or a year and a short
    word for the stage of the amount (「令和8年度決算」, 「令和9年度(予算)」): the row that
    reads them is labelled as a budget, so each cell is that year's amount."""
    years = _year_columns(header)
    for index, label in enumerate(header):
        key = label_key(label)
        mentions = [m for m in year_mentions(key) if m.kind == "fiscal"]
        if index in years or len(mentions) != 1 or mentions[0].start != 0:
            continue
        stage = key[mentions[0].end :].strip("()（）")
        if re.search(r"[0-9~〜～・、,]", stage):
            continue
        # a longer stage word is still one when it names an amount (「R7当初予算額」)
        if (
            len(stage) <= MAX_STAGE_WORD
            or field_of(stage, exact=True) == "budget"
            or _staged_budget_label(stage)  # 「令和7年度 事業費見込」
        ):
            years[index] = mentions[0].year
    return years


def _staged_budget_label(word: str) -> bool:
    """「事業費見込」「予算額(決算)」: a budget label, then the stage of its amount."""
    for cut in range(2, len(word)):
        if field_of(word[:cut], exact=True) == "budget":
            return is_budget_stage_word(word, cut) == len(word)
    return False


def _cost_year_columns(header: list[str]) -> dict[int, int]:
    """Column → fiscal year for the year columns of a project table whose labels name no
    other field than an amount: 「R7当初 | R6当初」, 「令和5年度決算」 (not 「R6目標」,
    「R6実績」, which are an indicator's)."""
    return {
        column: year
        for column, year in _amount_year_columns(header).items()
        if _stage(header[column]) in (None, "budget", "estimate")
    }


def _stage(label: str) -> str | None:
    """The field the word after a column label's year names: 「令和7年度(予算)」 → budget;
    「令和5年度決算」 (a settled amount, no budget word) → None."""
    key = label_key(label)
    mentions = [m for m in year_mentions(key) if m.kind == "fiscal"]
    if len(mentions) != 1:
        return None
    stage = key[mentions[0].end :].strip("()（）")
    return field_of(stage, exact=True) if stage else None


def _bracketed_budgets(attributes: list[Attribute]) -> list[Attribute]:
    """「㋐ 計画：花苗の配布（予算額 4,020千円）」: a labelled budget in a
    bracket of a value under a name is that name's amount, as a field of its own would be."""
    return [
        inner
        for a in attributes
        for group in attribute_groups(a.value, a.start)
        for inner in group.attributes
        if inner.field == "budget"
    ]


def _wrapped_name_rows(rows: list[list[Cell]], column: int) -> list[list[Cell]]:
    """「架空市ものづくりセンター」 alone on a row, then 「運営事業 1,237 …」: a name too
    long for its column printed over two rows, the first holding nothing else. The two are
    one row when the second name alone does not read as a project and both together do.
    A name alone on a row with the rest of its row under it (the name column left empty)
    is one row too."""
    joined: list[list[Cell]] = []
    for row in rows:
        head = joined[-1] if joined else None
        if (
            head is not None
            and column < len(row)
            and column < len(head)
            and head[column].text
            and row[column].text
            and not any(c.text for c in head[column + 1 :])
            # a code or number before the name is printed on its first row or its second
            and not (any(c.text for c in head[:column]) and any(c.text for c in row[:column]))
            and any(c.text for k, c in enumerate(row) if k != column)
            and not looks_like_project(row[column].text)
            and looks_like_project(head[column].text + row[column].text)
        ):
            top, low = head[column], row[column]
            joined[-1] = [*row[:column], Cell(top.text + low.text, top.start, low.end),
                          *row[column + 1 :]]  # fmt: skip
            continue
        if (
            head is not None
            and column < len(head)
            and head[column].text
            and not any(c.text for c in head[column + 1 :])
            and len(row) > column + 1
            and not any(c.text for c in row[: column + 1])
            and any(c.text for c in row[column + 1 :])
        ):
            # 「2 架空ホール改修設計事業」 alone on a row, its figures and unit on the next
            # under their columns: one row wrapped after its name
            joined[-1] = [*head[: column + 1], *row[column + 1 :]]
            continue
        joined.append(row)
    return joined


def _staged_year_columns(header: list[str], budget: int) -> dict[int, int]:
    """「R4決算 | R5決算 | R6予算」: year columns each naming the stage of its amount, one of
    them the budget column, so that every one is the project's amount for its year (a
    settled amount is no budget word of its own, yet it is that year's cost)."""
    years = _amount_year_columns(header)
    if len(years) < 2 or budget not in years or len(set(years.values())) != len(years):
        return {}
    return years


def _heads_project(block: Block) -> bool:
    """A heading naming a project with its amount (「◆X事業　1億2,000万円」): the start of
    a record of its own, no part of the record of a line above it."""
    if block.kind != "heading":
        return False
    amount = _trailing_amount(block.text.strip())
    return amount is not None and looks_like_project(amount[0])


def _trailing_amount(text: str) -> tuple[str, int, int, int] | None:
    """(name, start, end, yen) of a cell that prints a name with its amount after it:
    「X事業 97,531千円」, 「X事業(35,900千円)」; None when anything else follows the amount."""
    amounts = find_amounts(text)
    if not amounts:
        return None
    start, end, yen = amounts[-1]
    for a, b in bracket_groups(text):
        inner = text[a + 1 : b - 1]
        if a < start and end <= b and not inner.replace(text[start:end], "").strip():
            if text[b:].strip():
                return None
            return _strip_budget_label(text[:a]).strip(_TRIM), start, end, yen
    if text[end:].strip() or not text[:start].strip():
        return None
    return _strip_budget_label(text[:start]).strip(_TRIM), start, end, yen


def _section_label(text: str) -> bool:
    """「事業内容」「事業の概要」: a short label that starts with a project label and does
    not end like a project's name — the title of a sheet's section."""
    key = label_key(text)
    return (
        len(key) <= MAX_SECTION_WORDS
        and not looks_like_project(text)
        and any(len(label) >= 2 and key.startswith(label) for label in labels_of("project"))
    )


def _after_phrase(head: str) -> str:
    """The name at the end of a sentence's words: 「主な事業はX事業」 → 「X事業」."""
    cut = 0
    found = tokens(head)
    for token in found:
        if token.pos[0] == "助詞" and token.surface in _PHRASE_END:
            cut = token.end
    # 「…（1,237万円）と天文台改修事業」: a name never opens with the word joining it to the one
    # before (と, や, 及び); inside a name such a word stays (「花と緑の…事業」)
    first = next((t for t in found if t.start >= cut), None)
    if first is not None and first.start == cut and first.pos[0] in ("助詞", "接続詞"):
        cut = first.end
    return head[cut:]


# 「X事業：予算額：…」: a term, then a description that opens with a label of its own
_TERM = re.compile(r"^(?P<term>[^:：\s]{2,60})[:：]\s*(?=\S+?[:：])")


def _term(block: Block) -> tuple[str, str, int] | None:
    """(term, description, the description's offset) of a term and its description: a field
    block, or a line the structure reader left whole because its description holds labels
    of its own (「X事業：予算額：6,789千円　担当：灯台課」)."""
    if block.kind == "field" and block.label and block.value is not None:
        at = block.value_start if block.value_start is not None else block.start
        return block.label, block.value, at
    if block.kind not in ("paragraph", "item"):
        return None
    match = _TERM.match(block.text)
    if match is None or not looks_like_project(match.group("term")):
        return None
    return match.group("term"), block.text[match.end() :], block.start + match.end()


# 「X事業の予算額は1,234万円である」, 「X事業は2,345万円で」: a project, perhaps its budget's
# label, は, then the amount and the copula (a sentence's statement of it)
_STATED_AMOUNT = re.compile(
    r"(?:^|(?<=[、。\s]))(?P<name>[^、。,\s「」()（）]{2,40}?)(?:の(?P<label>[^、。の]{2,6}))?は[、,]?\s*"
    r"(?P<amount>[0-9０-９][0-9０-９,，.]*(?:億|万|千)?[0-9０-９,，]*(?:万|千|百万)?円)"
    r"(?=である|です|で[、,]|となる|となります)"
)
_COPULA_BRACKET = re.compile(r"(?:である|です)\s*[(（](?P<inner>[^()（）]{2,30})[)）]")
# 「X事業として6,543万円を計上」: the name, then the amount budgeted for it
_BUDGETED_AS = re.compile(
    r"(?P<name>[^、。,，「」()（）\s]{2,60}?)として(?P<amount>[^、。を]{1,20})を(?:計上|予算化|措置)"
)
_LABELLED_UNITS = re.compile(r"(?P<label>[^:：\s]{1,8})\s*[:：]\s*(?P<units>.+)")
# 「「X事業」（…）」: a name in quotes right before a bracket
_QUOTED_BEFORE = re.compile(r"「(?P<name>[^「」]{2,60})」\s*$")
_BRACKET_PART = re.compile(r"(?:[^、,，/／]|(?<=[0-9])[,，](?=[0-9]))+")  # 1,237 is one part


def _amount_parts(inner: str) -> list[Attribute]:
    """「(令和9年度、概算事業費12百万円、灯台課)」, 「(4,321千円、星見課)」: a bracket
    after a name whose parts are each an amount (labelled or not), a fiscal year or unit
    names, one of them an amount; read as the attributes they are (offsets in `inner`).
    Empty when any part is something else, or no part an amount."""
    found: list[Attribute] = []
    for part in _BRACKET_PART.finditer(inner):
        text = part.group().strip()
        at = part.start() + part.group().index(text) if text else part.start()
        amounts = find_amounts(text)
        label = text[: amounts[-1][0]].strip(" :：") if amounts else ""
        years = [m for m in year_mentions(text) if m.kind == "fiscal"]
        if amounts and amounts[-1][1] == len(text) and (not label or field_of(label) == "budget"):
            field_name, a, b = "budget", amounts[-1][0], len(text)  # 「概算事業費12百万円」
        elif len(years) == 1 and (years[0].start, years[0].end) == (0, len(text)):
            field_name, label, a, b = "fiscalYear", "", 0, len(text)
        elif _all_units(text):
            field_name, label, a, b = "division", "", 0, len(text)
        elif (unit := _LABELLED_UNITS.fullmatch(text)) and field_of(
            unit.group("label"), exact=True
        ) == "division" and _all_units(unit.group("units")):
            field_name, label = "division", unit.group("label")  # 「担当：緑化部 みどり課」
            a, b = unit.start("units"), len(text)
        else:
            return []
        found.append(Attribute(label, field_name, text[a:b], at + a, at + b, at))
    return found if any(a.field == "budget" for a in found) else []


def _names_a_field(term: str) -> bool:
    """A term that is a field label (事業名, 令和6年度予算額), not a name; one ending like a
    project's name (「灯台塗装事業」, which ends in the label word 事業) names a project."""
    if field_of(term, exact=True) is not None:
        return True
    return field_of(term) is not None and not looks_like_project(term)


def _labelled_values(text: str, at: int) -> list[Attribute]:
    """「予算額：6,789千円　担当：灯台課」: a description made of labelled values, each label
    marked by a colon, set apart by spaces; offsets from `at`. Read as the values after a
    name (`spaced_fields`) with a one-character name put before them."""
    if leading_label(text, 0, len(text)) is None:
        return []
    lead = "- "
    name, found = spaced_fields(lead + text)
    if name != lead.strip() or not found:
        return []
    shift = at - len(lead)
    return [
        replace(a, start=a.start + shift, end=a.end + shift, label_start=a.label_start + shift)
        for a in found
    ]


def _project_in_budget(
    doc: StructuredDocument, attributes: list[Attribute]
) -> tuple[str, int] | None:
    """「【関連予算】X事業（2023年度）　7,531万円」: a budget field under a line whose value
    opens with a project's name before its amount names the project the amount is for (the
    line above is what the project serves, not its name); (name, offset) or None."""
    budgets = [a for a in attributes if a.field == "budget"]
    if len(budgets) != 1:
        return None
    value = budgets[0].value
    amounts = find_amounts(value)
    if not amounts:
        return None
    head = value[: amounts[0][0]]
    for start, stop in reversed(bracket_groups(head)):
        years = year_mentions(head[start:stop])
        if years and all(m.kind == "fiscal" for m in years):
            head = head[:start] + head[stop:]  # 「(2023年度)」: the amount's year
    name = head.strip(_TRIM)
    if not _valid_name(name) or not looks_like_project(name) or field_of(name, exact=True):
        return None
    at = doc.folded.find(name, budgets[0].start)
    return (name, at) if at >= 0 else None


def _figure_or_none(text: str) -> bool:
    """A cell of a cost row: a figure, or a dash saying nothing that year (「－ 7,531」)."""
    return bool(_FIGURE.fullmatch(text) or _NO_AMOUNT.fullmatch(text))


def _spaced_chain(text: str) -> bool:
    """「緑化部　みどり課」, 「緑化部／みどり課」: a division field's value naming the
    department, a space (or a slash, as a 「担当部・課」 column prints both), then the division."""
    return bool(re.search(r"[\s/／]", text)) and _all_units(text)


def _all_units(inner: str) -> bool:
    """A bracket's text is only unit names (「緑化部 みどり課」), at most a chain of three."""
    pieces = _UNIT_PIECE.findall(inner)
    return 0 < len(pieces) <= 3 and all(unit_kind(p) is not None for p in pieces)


def _budget_row(block: Block) -> list[Cell] | None:
    """A line labelled as a budget with figures after it (「事業費 16,126 17,302」), read as
    a field or, when rows of its share follow it, as the header of a table: the label's
    cell, then one cell per figure."""
    table = block.table
    if block.kind == "table" and table is not None:
        cells = table.header_cells
        if len(cells) >= 3 and field_of(cells[0].text, exact=True) == "budget":
            return list(cells)
        return None
    if block.kind == "paragraph" and not block.number and not block.mark:
        return _labelled_figures(block)
    if block.kind != "field" or field_of(block.label or "", exact=True) != "budget":
        return None
    if block.value_start is None:
        return None
    row = [Cell(block.label or "", block.start, block.start)]
    for m in re.finditer(r"\S+", block.value or ""):
        row.append(Cell(m.group(), block.value_start + m.start(), block.value_start + m.end()))
    return row


def _cell_tail(text: str) -> bool:
    """A line that is one short word and no figure: the end of the cell above it, wrapped."""
    word = text.strip()
    return 0 < len(word) <= 12 and " " not in word and not any(ch.isdigit() for ch in word)


def _wrapped_label(text: str) -> bool:
    """「/継続」 alone on the line under a header: the rest of its last label, wrapped at
    the line's end (a short word, no figure, set off by a slash or a middle dot)."""
    word = text.strip()
    return (
        0 < len(word) <= 6
        and word[0] in "/／・"
        and " " not in word
        and not any(ch.isdigit() for ch in word)
    )


def _labelled_figures(block: Block) -> list[Cell] | None:
    """「事業費（千円） ○,○○○ ○,○○○ ―」: a budget label (with the unit it may carry), then
    figures only, as PDF text prints a cost table's row (the reader keeps it a paragraph
    when the label's unit bracket makes it no known label)."""
    words = [(m.group(), m.start()) for m in re.finditer(r"\S+", block.text)]
    if len(words) < 3 or not _is_budget_label(words[0][0]):
        return None
    if not all(_figure_or_none(w) for w, _ in words[1:]):
        return None
    return [Cell(w, block.start + at, block.start + at + len(w)) for w, at in words]


def _row_unit(row: list[Cell], column: int | None) -> str | None:
    """「… | 12 | 35 | 百万円」: a table's unit column states the yen unit of its row's
    amounts (rows may differ), which no note above the table gives."""
    if column is None or column >= len(row):
        return None
    text = row[column].text.strip("()（） \u3000")
    return text if unit_scale(text) is not None else None


def _budget_column(labels: list[str | None]) -> int | None:
    return next((k for k, f in enumerate(labels) if f == "budget"), None)


def _words(text: str, start: int) -> list[tuple[str, int, int]]:
    return [(m.group(), start + m.start(), start + m.end()) for m in _WORD.finditer(text)]


def _number_run(words: list[tuple[str, int, int]], width: int | None) -> tuple[int, int] | None:
    """[first, last] of the run of number tokens in a row: of the given width, else the
    longest (a row number or code before the names is a run of one)."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        if _NUMBER_TOKEN.match(words[k][0]):
            j = k
            while j + 1 < len(words) and _NUMBER_TOKEN.match(words[j + 1][0]):
                j += 1
            runs.append((k, j))
            k = j + 1
        else:
            k += 1
    runs = [r for r in runs if r[0] > 0]
    if width is not None:
        runs = [r for r in runs if r[1] - r[0] + 1 == width]
        return runs[0] if runs else None
    runs = [r for r in runs if r[1] > r[0]]
    return max(runs, key=lambda r: r[1] - r[0]) if runs else None


def _record(doc: StructuredDocument, block: Block) -> list[Block]:
    """The labelled fields printed together with `block`: the fields after it up to the
    next project field or blank line, and those just before it unless another project
    field precedes them (then they are that project's)."""
    blocks = doc.blocks
    record: list[Block] = []
    k = block.index + 1
    previous = block
    while k < len(blocks):
        if _value_wrapped(doc, previous, blocks[k]):
            k += 1  # 「【位置づけ】基本目標３ …」 over 「　　　　施策３-２ …」: the value, wrapped
            continue
        if not _adjacent_fields(doc, previous, blocks[k]) or _is_project_field(blocks[k]):
            break
        record.append(blocks[k])
        previous = blocks[k]
        k += 1
    before: list[Block] = []
    k = block.index - 1
    while k >= 0 and _adjacent_fields(doc, blocks[k], blocks[k + 1]):
        if _is_project_field(blocks[k]):
            return record
        before.append(blocks[k])
        k -= 1
    return record + before


def _run_lines_beside(doc: StructuredDocument, block: Block) -> list[Block]:
    """The lines printed with a project field (no blank line between) that are not fields
    themselves: a sheet's header line of labels and values run together (「所管部 港湾部
    所管課 灯台課」), read for the units in charge. Up to another project field."""
    lines: list[Block] = []
    for step in (-1, 1):
        k = block.index
        for _ in range(_RUN_LINES):
            j = k + step
            if not 0 <= j < len(doc.blocks):
                break
            upper, lower = sorted((doc.blocks[j], doc.blocks[k]), key=lambda b: b.index)
            if re.search(r"\n[ \t\u3000]*\n", doc.text[upper.end : lower.start]):
                break  # a blank line ends the sheet's header
            other = doc.blocks[j]
            if _is_project_field(other) or other.kind == "table":
                break
            if other.kind == "paragraph":
                lines.append(other)
            k = j
    return lines


_RUN_LINES = 3  # a sheet's header lines around its project field
_MAX_TERM_FIELDS = 8  # the labelled descriptions under one term of a definition list


def _labelled_series(attributes: list[Attribute], unit: str | None) -> list[YearAmount]:
    """「決算見込額：R6 9,876千円」 and 「当初予算額：R7 10,234千円」: budget values that
    each open with their year, two or more different years, as each year's amount (offsets
    into the document). Empty otherwise (one budget is the project's amount)."""
    series: list[YearAmount] = []
    for a in attributes:
        if a.field != "budget":
            continue
        found = year_amounts(a.value, _qualifier_unit(a.label) or unit)
        series.extend(_shifted(one, a.start) for one in found)
    years = [one.year for one in series]
    return series if len(set(years)) >= 2 and len(set(years)) == len(years) else []


def _is_record_table(table: Table) -> bool:
    """A table whose first row is the project label and a name (「事業名 | X事業」) and whose
    rows open with labels: one project's sheet, laid out as label and value cells."""
    if len(table.header_cells) < 2 or len(table.header) < 2 or not table.rows:
        return False
    if _record_name(table) is None:
        return False
    labelled = [r for r in table.rows if r and r[0].text and _record_field(r[0].text)]
    return 2 * len(labelled) >= len(table.rows) and not any(
        _NUMBER_TOKEN.match(c.text) for r in table.rows for c in r[:1]
    )


def _record_name(table: Table) -> Cell | None:
    """The name cell of a sheet laid out as label and value cells: the cell after the
    project label opening the first row (「事業名 | X事業」), or opening a row under rows of
    the sheet's other labels (「事業番号 | R6-01 | 評価年度 | …」 above it)."""
    for row in [table.header_cells, *table.rows[:_RECORD_NAME_ROWS]]:
        if len(row) < 2 or field_of(row[0].text, exact=True) != "project":
            continue
        if not _valid_name(row[1].text):
            return None
        if any(m.kind == "fiscal" for m in year_mentions(row[1].text)):
            return None  # 「事業名 | R4決算 | …」: the header of a table of projects
        return row[1]
    return None


_RECORD_NAME_ROWS = 2  # rows of other labels a sheet may print above its project's name


# The fields a record's label may name without printing a vocabulary label exactly
# (「所管課・係」); any other field only by its exact label (「事業開始年度」 is no year of
# the project's amount).
_LOOSE_RECORD_FIELDS = ("budget", "division", "department")


def _record_field(label: str) -> str | None:
    exact = field_of(label, exact=True)
    if exact is not None:
        return exact
    loose = field_of(label)
    return loose if loose in _LOOSE_RECORD_FIELDS else None


def _is_project_field(block: Block) -> bool:
    return block.kind == "field" and field_of(block.label or "", exact=True) == "project"


_VALUE_INDENT = re.compile(r"[ \t\u3000]{4,}\S")  # a line set in under the values above it


def _value_wrapped(doc: StructuredDocument, previous: Block, block: Block) -> bool:
    """A line set in deep under a field (no blank line between), not itself a field: the
    rest of that field's value, wrapped (whatever numbering the wrapped text opens with)."""
    if previous.kind != "field" or block.kind not in ("paragraph", "heading"):
        return False
    gap = doc.text[previous.end : block.start]
    line_start = doc.text.rfind("\n", 0, block.start) + 1
    return (
        gap.count("\n") == 1
        and _VALUE_INDENT.match(doc.text, line_start) is not None
    )


def _adjacent_fields(doc: StructuredDocument, previous: Block, block: Block) -> bool:
    """Two field blocks in a row with no blank line between them."""
    gap = doc.text[previous.end : block.start]
    return (
        block.kind == "field"
        and previous.kind == "field"
        and not re.search(r"\n[ \t\u3000]*\n", gap)
    )


# 「◆A事業　　　◆B事業」: two entries side by side, each after the same mark
_PAIR = re.compile(
    r"\s*(?P<m1>[◆◇■□●○◎・])(?P<a>\S.*?\S)[ \u3000]{2,}(?P<m2>[◆◇■□●○◎・])(?P<b>\S.*?)\s*"
)
# 「屋上防水改修 24,900」, 「展示機能移転(…) 移転費 7,853」: a measure, its cost last
_MEASURE = re.compile(r"(?P<what>\S+)(?:\s+\S+)?\s+(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)")
_GAP = re.compile(r"[ \u3000]{2,}")
_EDGE_SLACK = 2
_RULE = re.compile(r"[─━\-=＝_]{3,}")
_NUMBERED_SECTION = re.compile(r"[0-9]{1,2}\s+\S")
_FIGURE = re.compile(r"[▲△-]?[0-9][0-9,]*")  # a cost row's cell: a figure, 「▲」 for a fall
_NO_AMOUNT = re.compile(r"[―\-－ー—‐–]|0")  # 「―」 in a year's cell: nothing that year
_WIDE_GAP = re.compile(r"[ \u3000]{3,}")
_BROKEN_SUFFIX = re.compile(r"(?P<head>[^\s]{2,20})[ \u3000](?P<suffix>[課部係室局])")
_BRACKETED = re.compile(r"[【〔\[［<＜《〈][^】〕\]］>＞》〉]{1,30}[】〕\]］>＞》〉]")
# a name and a bare figure in the column beside it, set apart by a run of spaces
# 「X事業      168,500」 or 「X事業・・・・・168,500 〔みどり課〕」 under 「(単位:千円)」: a name,
# a gap or a leader of dots, a figure, and perhaps the unit in charge in a bracket
_AMOUNT_COLUMN = re.compile(
    r"^(?P<name>.*?[^\s・…‥.])(?:[ \u3000]{2,}|\s*[・…‥.]{3,}\s*)"
    r"(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
    r"(?:\s+[(（〔\[［][^()（）〔〕\[\]［］]{2,20}[)）〕\]］])?\s*$"
)


def _yen(text: str, unit: str | None) -> int | None:
    try:
        return parse_yen(text, unit=unit)
    except ValueError:
        return parse_yen(text)


_UNIT_WORDS = "|".join(sorted((re.escape(u) for u in UNIT_SCALES), key=len, reverse=True))


def _unit_pattern() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in labels_of("unit"))
    return re.compile(rf"(?:{labels})\s*(?:[:：]|は)?\s*(?P<unit>{_UNIT_WORDS})")


def _budget_unit_pattern() -> re.Pattern[str]:
    """「（事業費：百万円）」 after a caption: a budget label stating its amounts' unit."""
    labels = "|".join(re.escape(label) for label in labels_of("budget"))
    return re.compile(rf"[(（]\s*(?:{labels})\s*[:：]\s*(?P<unit>{_UNIT_WORDS})\s*[)）]")


def _last_unit(text: str) -> str | None:
    matches = list(_unit_pattern().finditer(text))
    if "円)" in text or "円）" in text:  # only then can a bracket state a unit
        matches.extend(_budget_unit_pattern().finditer(text))
    return max(matches, key=lambda m: m.start()).group("unit") if matches else None


# 「予算額(千円)」, or the unit joined on as database exports name their columns:
# 「事業費_千円」, 「決算額(令和8年度)円」
_QUALIFIED_UNIT = re.compile(
    rf"[(（]\s*(?:単位\s*[:：]?\s*)?(?P<unit>{_UNIT_WORDS})\s*[)）]"
    rf"|(?:_|(?<=[)）]))(?P<joined>{_UNIT_WORDS})$"
)


def _qualifier_unit(label: str) -> str | None:
    """「予算額(千円)」: the unit a label's qualifier states."""
    match = _QUALIFIED_UNIT.search(label)
    return (match.group("unit") or match.group("joined")) if match else None


def _header_unit(header: list[str], column: int | None) -> str | None:
    if column is None or column >= len(header):
        return None
    return _qualifier_unit(header[column])


_SLASHED_UNIT = re.compile(r"\s*[/／]\s*(?P<unit>[^/／\s]{2,30})\s*$")


def _slashed_unit(text: str, end: int) -> tuple[str, int] | None:
    """「X事業 1,234千円／みどり課」, 「X事業 1,234万円 担当：みどり課」: the unit a slash or a
    division label sets after the amount, and its offset; None when anything but one unit
    name (or a chain of them) follows the amount."""
    match = _SLASHED_UNIT.match(text, end)
    if match is not None and unit_kind(match.group("unit")) is not None:
        return match.group("unit"), match.start("unit")
    rest = text[end:]
    if not rest[:1].isspace():
        return None
    labelled = division_line(rest)
    return (labelled[1], end + labelled[0]) if labelled is not None else None


def _without_code_bracket(name: str) -> str:
    """「X事業（Ⅰ-1-(1)）」: the code of the plan node a project is filed under, printed in a
    bracket after its name, is no part of the name."""
    groups = bracket_groups(name.rstrip())
    if not groups or groups[-1][1] != len(name.rstrip()) or not name[: groups[-1][0]].strip():
        return name
    inner = name[groups[-1][0] + 1 : groups[-1][1] - 1].strip()
    code = find_leading_code(inner)
    if code is None or code.code_end != len(inner):
        return name
    return name[: groups[-1][0]]


def _account_amount(value: str) -> bool:
    """「予算：一般会計　123億円」: an account's amount (the body's budget), no project's."""
    words = value.split()
    return len(words) >= 2 and field_of(words[0], exact=True) == "account"


def _only_amounts_after(text: str, end: int) -> bool:
    """After a project's amount only bracketed notes (another amount, a share) follow."""
    rest = text[end:]
    for start, stop in reversed(bracket_groups(rest)):
        rest = rest[:start] + rest[stop:]
    return not rest.strip()


_RUN_IN_LABEL = re.compile(r"(?P<label>[^:：\s]{1,8})[:：]\s*")


def _strip_project_label(text: str) -> str:
    """「関連事業：X事業」: a label naming the project field run into a line is no part of the
    name after it."""
    match = _RUN_IN_LABEL.match(text)
    if match and field_of(match.group("label"), exact=True) == "project" and text[match.end() :]:
        return text[match.end() :]
    return text


def _strip_budget_label(text: str) -> str:
    """「X事業 予算額 20,900千円」: the label between a name and its amount is no part of it."""
    text = text.rstrip(_TRIM)
    for label in labels_of("budget"):
        if label_key(text).endswith(label):
            words = text.rsplit(None, 1)
            if len(words) == 2 and label_key(words[1]) == label:
                return words[0]
    words = text.rsplit(None, 1)  # 「X事業 令和5年度決算額 1,234千円」: a dated label
    if len(words) == 2 and year_mentions(words[1]) and _is_budget_label(words[1]):
        return words[0]
    return text


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
        if field_of(block.label or "", exact=True) != "division" or not block.value:
            continue
        value = block.value.strip(_TRIM)
        if unit_kind(value) != "division":  # a contact group (予算グループ) is no division
            continue
        start = block.value_start if block.value_start is not None else block.start
        units.setdefault(nfkc_key(value), (value, doc.span(start, start + len(value))))
    return next(iter(units.values())) if len(units) == 1 else None


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
