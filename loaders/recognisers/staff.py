"""Staff: how many people a unit (or the whole municipality) has, in whatever layout.

The count is a value under the staff label (職員数) of the field vocabulary: a table column,
an attribute in parentheses (「○○課（職員数：12人）」), a labelled field after a unit's
field, or a column of a table printed one cell per line with its years as column labels.
The counted unit is a unit name (its suffix says so: 部, 課, 局 …); a total row (合計)
counts the municipality itself, a subtotal (小計) or a category that is no unit is no row.
The fiscal year is the one printed with the count's label, else the document's.

A table by kind of employment (課名 | 常勤 | 再任用 | 臨時 | 合計) counts each unit's whole staff
in its total column, whether its columns are tab-separated or only spaced (rows wrapped
onto the next line); a summary line 「部職員合計194名」 counts the unit it names, or, naming
only a unit suffix (部, 局), the unit the document is about. A sentence stating the count
after the label (「…で構成し、職員数は77人です」) counts the unit it names or is about.

A yearbook's series with the years down the rows and the units across (year_rows.py), a
breakdown cell of a staff table (「架空庶務係 5人 架空防災係 4人」), a sentence of years and
counts (staff_sentences.py) and a KPI named as the staff label (staff_kpis.py) count too; a
ward's own whole is its office's (区役所). Consecutive lines of a unit and its count are a
staff list whatever heads them (staff_runs.py). A chain of counts joined by arrows under a
staff caption (staff_series.py) counts the body year by year; a count line naming no unit
under a unit's heading (a card or directory entry per unit) counts that unit; a sentence a
speech or minutes wrap at a fixed width is read across its lines (wrapped_lines.py). A column
labelled as the year before (「前年度職員数」) counts the year before; a unit's staff revised in
a sentence (「…課を7人から9人に増員」) counts both years (staff_revisions.py).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from loaders.facts import DocumentFacts, Organization, Span, StaffCount
from loaders.field_vocabulary import (
    all_labels,
    caption_cues,
    cues_of,
    field_of,
    label_key,
    labels_of,
    sentence_cues,
)
from loaders.genres.generic import find_organization_mentions
from loaders.genres.units import strip_place_prefix, unit_kind, ward_office
from loaders.recognisers.bracket_legend import (
    legend_counts_staff,
    legend_spans,
    legend_under,
    legend_year,
)
from loaders.recognisers.budgets import document_owner as _titled_owner
from loaders.recognisers.opening_unit import compiles_budget
from loaders.recognisers.organizations import (
    TREE_STROKES,
    bracketed_unit,
    broken_down_unit,
    subject_department,
    unit_in_phrase,
)
from loaders.recognisers.pivot_tables import pivot_blank, pivot_subtotal
from loaders.recognisers.spanned_counts import merged_groups
from loaders.recognisers.staff_cell_labels import labelled_count, labelled_rows
from loaders.recognisers.staff_changes import change_counts
from loaders.recognisers.staff_combined import combined_as_whole
from loaders.recognisers.staff_dated_brackets import dated_count, unit_dated_counts
from loaders.recognisers.staff_directories import directory_counts
from loaders.recognisers.staff_kpis import kpi_counts
from loaders.recognisers.staff_lists import listed_counts, unit_counts
from loaders.recognisers.staff_part_pairs import pair_counts, part_pairs, without_columns
from loaders.recognisers.staff_reports import report_counts
from loaders.recognisers.staff_revisions import revisions
from loaders.recognisers.staff_runs import staff_runs
from loaders.recognisers.staff_sentences import year_counts
from loaders.recognisers.staff_series import series_counts
from loaders.recognisers.staff_unit_cells import counted_unit_cells
from loaders.recognisers.staffing_captions import staffing_caption
from loaders.recognisers.wrapped_lines import wrapped_sentence
from loaders.recognisers.year_rows import cue_year, note_header, shared_title, year_cells
from loaders.structure import StructuredDocument, labels_line
from loaders.structure.attributes import attribute_groups, leader_field, split_attributes
from loaders.structure.blocks import Block, Cell, Table
from loaders.structure.paired_lines import is_page_number
from loaders.structure.tables import part_of_above
from loaders.text.fiscal_year import document_year, year_mentions
from loaders.text.names import generic_unit, office_name
from loaders.text.normalize import TRAILING_BRACKET_NOTE, nfkc_key
from loaders.text.quantities import parse_quantity

TOTAL = "合計"  # the employment type of a count of all staff, as the staff query reads it
_COUNT_UNITS = {None, "人", "名"}
_DASH_CELL = re.compile(r"^\s*[-－―ー−‐]\s*$")
_NUMBER_TOKEN = re.compile(r"[0-9][0-9,]*")
_TOKEN = re.compile(r"\S+")
_TRAILING_BRACKET = re.compile(r"\([^()]*\)$")
_TRAILING_COUNT = re.compile(r"(?P<n>[0-9][0-9,]*)\s*(?:人|名)?\s*$")
_NAME_BEFORE = re.compile(r"\w[\w・ー]*$")  # a name, not the bullet before it
_BULLETS = "・•●○◎■□◆◇▪-*└├┗┣ "  # marks before a name (a tree's branch too), no part of it
_CAPTION_REACH = 6  # blocks between a page's staff caption and its first unit's heading
_STACK_HEADER_WINDOW = 8  # a stacked table's year labels follow its staff label closely


@dataclass(frozen=True)
class _Found:
    name: str
    year: int | None
    count: int
    evidence: dict[str, Span]
    whole: bool = False  # counts the unit the document is about (a row of a year)
    # the year is a fiscal-year column's (令和6年度実績), not the day the count was taken
    by_column: bool = False
    listed: bool = False  # the name stands in a column of units (所属名): an office there too
    year_before: bool = False  # the count of the year before the one read or the document's


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    year = facts.fiscal_year or document_year(doc.text)
    found = [
        *_from_reports(doc, year),
        *_from_changes(doc),
        *_from_year_rows(doc),
        *_from_tables(doc),
        *_totals_under_tables(doc, facts),
        *_from_attributes(doc),
        *_from_field_runs(doc),
        *_from_heading_totals(doc),
        *_from_stacked(doc),
        *_from_label_run_rows(doc, facts),
        *_from_spaced(doc),
        *_from_summaries(doc, facts),
        *_from_labelled_lines(doc, facts),
        *_from_unit_lines(doc, facts),
        *_from_counted_headings(doc),
        *_from_indented_trees(doc),
        *_from_year_sentences(doc),  # before a lone 「定数は90人」 takes the year
        *_from_revisions(doc, year),
        *_from_prose(doc, facts),
        *_from_stated(doc, facts),
        *_from_year_pairs(doc),
        *_from_tagged_counts(doc),
        *_from_staff_rows(doc),
        *_from_dated_counts(doc),
        *_from_legend(doc),
        *_from_breakdown_list(doc),
        *_from_listed(doc),
        *_from_kpis(doc),
        *_from_series(doc),
        *_from_runs(doc, year),
    ]
    known = {(nfkc_key(s.organization), s.fiscal_year, s.employment_type) for s in facts.staff}
    # (unit, count) read with a day or year of its own
    counted = {(nfkc_key(s.organization), s.count) for s in facts.staff}
    for item in sorted(found, key=lambda f: f.by_column):
        organization = (
            document_owner(facts, doc)
            if item.whole
            else _organization(item.name, facts, doc, listed=item.listed)
        )
        fiscal_year = item.year or year
        if item.year_before and fiscal_year is not None:
            fiscal_year -= 1  # 「合計 30人（前年度は28人）」
        if organization is None or fiscal_year is None:
            continue
        key = (nfkc_key(organization), fiscal_year, TOTAL)
        if key in known or (item.by_column and (key[0], item.count) in counted):
            continue  # the count is dated elsewhere (「令和9年4月1日の職員数は301人」)
        known.add(key)
        if not item.by_column and item.year is not None:
            # (a column's own year dates only that column's count; a count the page's year
            # dates, not its own, dates no other)
            counted.add((key[0], item.count))
        facts.staff.append(
            StaffCount(organization, fiscal_year, TOTAL, item.count, evidence=item.evidence)
        )
    facts.organizations.extend(_listed_siblings(doc, facts, year))


def _listed_siblings(
    doc: StructuredDocument, facts: DocumentFacts, year: int | None
) -> Iterator[Organization]:
    """A unit of a staff list the organisation reader did not see (「保健センター …… 46名」
    among its 課) sits where its siblings sit: under the one parent every entry of its level
    the reader knows has."""
    known = {nfkc_key(o.name): o for o in facts.organizations}
    lists: dict[tuple[int, int], list[str]] = {}
    for part in staff_runs(doc, year):
        if not part.total and not part.legend:
            lists.setdefault((part.run, part.level), []).append(part.name)
    added: set[str] = set()
    for names in lists.values():
        parents = {known[nfkc_key(n)].parent for n in names if nfkc_key(n) in known}
        if len(parents) != 1 or None in parents:
            continue
        parent = parents.pop()
        if parent is None or nfkc_key(parent) not in known:
            continue  # the parent a unit of the page too, so the chain reaches the body
        for name in names:
            kind = unit_kind(name)
            if nfkc_key(name) in known or name in added or kind is None or name == parent:
                continue
            if any(other.endswith(nfkc_key(name)) for other in known):
                continue  # 「架空センター」 of 「架空町架空センター」: known by its full name
            added.add(name)
            yield Organization(name, kind, parent)


def document_owner(facts: DocumentFacts, doc: StructuredDocument) -> str:
    """The unit the document is about: the one its title lines name, though a breadcrumb or
    an accessibility bar opens the page above them (「令和5年度 架空部の目標」 under 「トップ >
    … > 部の目標」), else the city."""
    owner = _titled_owner(facts, doc)
    if owner != facts.municipality:
        return owner
    places = tuple(p for p in (facts.prefecture, facts.municipality) if p)
    subject = subject_department(doc, places)
    if subject is not None and compiles_budget(subject, doc):
        subject = None  # 「財政局」 on a budget paper's cover: its compiler, no subject
    # a ward of a city: its staff are its office's (区役所), no body of its own
    return subject or ward_office(owner) or owner


_LEADING_TAG = re.compile(r"^\([^()]{1,4}\)(?=\S)")


def _organization(
    printed: str, facts: DocumentFacts, doc: StructuredDocument, *, listed: bool = False
) -> str | None:
    """The unit a row counts: a unit name, or for a total row the unit the document is
    about (a department's table of its divisions), else the municipality. `listed`: the
    name stands in a column of units, where an office (「林業試験場」) counts as one."""
    chain = printed.split()
    if len(chain) > 1 and all(unit_kind(label_key(part)) is not None for part in chain):
        printed = chain[-1]  # 「教育委員会 架空学務課」: the 課 within the committee counted
    name = label_key(printed).lstrip(_BULLETS)  # 「・市民課 46人」: the bullet is no name
    name = part_of_above(name) or name  # 「うち 架空浄化センター」: a part counted on its own
    tag = _LEADING_TAG.match(name)
    if tag is not None and (unit_kind(name[tag.end() :]) or office_name(name[tag.end() :])):
        name = name[tag.end() :]  # 「(出先)架空保育所」: a tag on the unit's kind, no name
    note = re.search(r"\([^()]*\)$", name)
    if note is not None and note.start() > 0:  # 「感染症対策課(令和4年4月新設)」
        joined = bracketed_unit(name)  # 「架空庁(事務局)」: the unit is 架空庁事務局
        name = joined or name[: note.start()]
    field = field_of(name, exact=True)
    if field == "total":
        return document_owner(facts, doc)  # the unit the document is about, else the city
    if field is not None:
        return None  # 小計, a label: no unit of its own
    named = _total_of(name)
    if named is not None:
        return document_owner(facts, doc) if _bare_suffix(named) else named
    if nfkc_key(name) == nfkc_key(facts.municipality):
        return name
    if _municipality_total(name, facts):
        return facts.municipality  # 「架空村 計」: the body's whole staff
    if generic_unit(name):
        return None  # 「議会事務局・各種委員会事務局」: a group of units, no one unit
    if unit_kind(name) is not None or (listed and office_name(name)):
        return _with_place(name, facts)
    return None


def _municipality_total(name: str, facts: DocumentFacts) -> bool:
    """「架空村 計」「架空村合計」: a total row named by the municipality itself."""
    if not facts.municipality:
        return False
    for total in _total_labels():
        if name.endswith(total) and len(name) > len(total):
            rest = name[: -len(total)].rstrip()
            if nfkc_key(rest) == nfkc_key(facts.municipality):
                return True
    return False


def _with_place(name: str, facts: DocumentFacts) -> str:
    """「地域包括支援センター 6名」 where the document names the unit 「架空町地域包括支援
    センター」: the unit known by its full name, the place printed before it."""
    places = [p for p in (facts.municipality, facts.prefecture) if p]
    known = {nfkc_key(o.name): o.name for o in facts.organizations}
    return next((known[k] for p in places if (k := nfkc_key(p + name)) in known), name)


@cache
def _total_labels() -> tuple[str, ...]:
    """The labels of a total or a subtotal row, longest first."""
    return tuple(sorted({*labels_of("total"), *labels_of("subtotal")}, key=len, reverse=True))


@cache
def _staff_labels() -> tuple[str, ...]:
    """The labels of a staff count (職員数, 職員総数), longest first."""
    return tuple(sorted(labels_of("staff"), key=len, reverse=True))


def _total_of(name: str) -> str | None:
    """「県土整備部 計」「部の合計」「架空部局 小計」: the unit a total or subtotal row sums (a
    unit suffix alone, 部, for the unit the document is about), else None. A note after it
    (「※局長等2人を含む」) and brackets round it (「【総務局計】」) are set aside."""
    name = _NOTE_AFTER.sub("", name).strip()
    if len(name) > 2 and name[0] + name[-1] in _ROUND_BRACKETS:
        name = name[1:-1].strip()
    for total in _total_labels():
        if name.endswith(total) and len(name) > len(total):
            rest = name[: -len(total)].rstrip()
            rest = rest[:-1] if rest.endswith("の") and len(rest) > 1 else rest
            if _bare_suffix(rest) or (
                unit_kind(rest) is not None and field_of(rest, exact=True) is None
            ):
                return rest
    return None


_NOTE_AFTER = re.compile(r"\s*[※＊*].*$")  # 「【総務局計】※局長等2人を含む」: a note after it
_ROUND_BRACKETS = ("【】", "〔〕", "［］", "[]")  # (round ones mark a part: 「(うち…計)」)


def _count(text: str) -> int | None:
    quantity = parse_quantity(text)
    if quantity is None or quantity.unit not in _COUNT_UNITS or quantity.estimate:
        return None
    value = quantity.value
    return value if isinstance(value, int) and value >= 0 else None


def _unbracketed(text: str) -> str:
    """「(12人)」 in a staff column: the count of a unit within another (内数), still its
    own count; the brackets only say it is part of a count above."""
    text = _TAG_AFTER.sub("", text)  # 「7人【新設】」: a count, then a tag on the unit
    inner = _BRACKETED_COUNT.fullmatch(text)
    return inner.group("count") if inner else text


# 「(○人)」「（○○）」「（計 ○人）」: a count alone in brackets (a department's total)
_BRACKETED_COUNT = re.compile(
    r"\s*[(（]\s*(?:計|合計)?\s*(?P<count>(?P<n>[0-9][0-9,]*)\s*[人名]?)\s*[)）]\s*"
)
_TAG_AFTER = re.compile(r"(?<=[0-9人名])\s*【[^】]{1,8}】\s*$")


def _label_year(label: str) -> int | None:
    mentions = year_mentions(label)
    return mentions[0].year if mentions else None


def _from_reports(doc: StructuredDocument, year: int | None) -> Iterator[_Found]:
    """A personnel system's report (所属名称 | … | 合計 | 前年度合計): each unit's total, its
    subtotal line's where it has one."""
    for item in report_counts(doc, _names_staff, year):
        evidence = _evidence(doc, item.name_cell, item.count_cell)
        yield _Found(item.name, item.year, item.count, evidence, whole=not item.name)


def _from_changes(doc: StructuredDocument) -> Iterator[_Found]:
    """「総務部 85人 → 87人」 under a caption of the two days: both counts, each its year
    (read first: a reading of the line's first count alone would date it to the document)."""
    for change in change_counts(doc):
        yield _Found(change.unit, change.year, change.count, {
            "": doc.span(change.start, change.end),
            "count": doc.span(change.count_start, change.end),
        })  # fmt: skip


def _from_listed(doc: StructuredDocument) -> Iterator[_Found]:
    """「農政課：28人」 fields of a list, 「人事課　14」 items under a staff caption: each
    unit's count (an office of the list counts as a unit of it)."""
    for entry in listed_counts(doc):
        yield _Found(entry.unit, entry.year, entry.count, whole=entry.whole,
                     year_before=entry.year_before, evidence={
            "": doc.span(entry.start, entry.end),
            "count": doc.span(entry.count_start, entry.end),
        }, listed=True)  # fmt: skip


def _from_runs(doc: StructuredDocument, year: int | None) -> Iterator[_Found]:
    """Consecutive lines of a unit and its count, whatever heads them (staff_runs.py); the
    total closing them counts the unit the document is about."""
    for part in staff_runs(doc, year):
        span = doc.span(part.start, part.end)
        # by_column: the same unit and count read with a year of its own keeps that year
        yield _Found(part.name, part.year, part.count, {"": span, "count": span},
                     whole=part.total, by_column=True, listed=part.office)  # fmt: skip


def _from_kpis(doc: StructuredDocument) -> Iterator[_Found]:
    """A KPI named 「職員数」 in a table of indicators by year: its baseline and actuals are
    the body's staff in their years."""
    for found in kpi_counts(doc):
        first, last = sorted((found.name, found.cell), key=lambda c: c.start)
        yield _Found("", found.year, found.count, {
            "": doc.span(first.start, last.end), "count": doc.cell_span(found.cell),
        }, whole=True)  # fmt: skip


def _from_series(doc: StructuredDocument) -> Iterator[_Found]:
    """「令和2年 640人 → 令和3年 633人」 under a staff caption, or 「職員数 基準値 430人
    (令和2年度) → 実績 421人(令和4年度)」: the body's staff in each year the chain counts."""
    for found in series_counts(doc):
        yield _Found("", found.year, found.count, {
            "": doc.span(found.start, found.end),
            "count": doc.span(found.count_start, found.count_end),
        }, whole=True)  # fmt: skip


# -- tables ---------------------------------------------------------------------------
def _from_tables(doc: StructuredDocument) -> Iterator[_Found]:
    staff_years: list[list[str]] = []  # the year labels of the staff tables read so far
    bracketed: bool | None = None  # whether a legend says bracketed figures count staff
    for block in doc.of_kind("table"):
        if block.table is not None:
            # 「(令和6年4月1日現在) | (単位:人)」 over the labels: the notes, no header
            table, notes = note_header(block.table)
            captioned = (
                _captioned_staff(doc, block)
                or _continues_staff(doc, block, table, staff_years)
                or _noted_in_people(doc, block, table)
                or _staffing_table(doc, block, table)
                or _years_in_people(table)
            )
            if captioned and not _count_columns(table.header):
                # the years count the staff only where no column is labelled the count
                # (「課等 | 令和8年度 | 職員数」: the years are the budget's)
                staff_years.append([table.header[k] for k in _year_columns(table.header)])
            unit = _table_heading_unit(doc, block)
            found = list(_table_rows(doc, table, captioned, western=unit is not None))
            legend = legend_year(doc, block, document_year(doc.text)) or legend_under(
                doc, block, document_year(doc.text)
            )
            if legend is not None:
                found += _legend_dated(doc, table, legend)  # 「24（23）」 under 「（ ）内は…」
            if found:  # 「架空課<br>○○（○○）」 over its 係's rows: the 課's own count
                found += _unit_cell_counts(doc, table, legend)
            whole = broken_down_unit(doc, block) or (
                _grouping_heading(doc, block) if captioned else None
            )
            dated = _caption_year(doc, block) or _notes_year(notes) or _note_under_year(doc, block)
            grouped = _bracketed_group(doc, block)
            if found:  # 「架空庶務係 5人 架空防災係 4人」 in a row's breakdown cell: its parts
                found = [*found, *_breakdown_cells(doc, table)]
            if not found:  # 「A課 | B係・C係 / 職員 9人」: a labelled count in a cell
                found = [
                    _Found(name.text, None, count, _evidence(doc, name, cell))
                    for name, cell, count in labelled_rows(table, _count_columns(table.header))
                ]
            if not found:  # 「総務課 | 16人 | 課長 …」 with no header: a staff directory
                if bracketed is None:  # (the document's legend, read once)
                    bracketed = legend_counts_staff(doc)
                found = [
                    _Found(name.text, None, count, _evidence(doc, name, cell), listed=True)
                    for name, cell, count in directory_counts(table, bracketed=bracketed)
                ]
            for item in found:
                if item.whole and unit is not None:
                    # 「年度 | 職員数」 under the heading of one unit (a data export's element
                    # per unit): that unit's count by year, not the whole body's
                    item = replace(item, name=unit, whole=False)
                if item.year is None and dated is not None:
                    item = replace(item, year=dated)  # 「職員数(令和6年4月1日現在)」 over it
                if (
                    whole
                    and field_of(label_key(item.name), exact=True) == "total"
                    and not (grouped and label_key(item.name) in _GRAND)
                ):  # (「合計」 under the last of 【…】 groups: the whole table's)
                    item = replace(item, name=whole)  # 「計」 of 「架空部の内訳」: the 部
                yield item


_NOTES_UNDER = 3  # ※ lines under a table


def _note_under_year(doc: StructuredDocument, block: Block) -> int | None:
    """「※職員数は令和7年4月1日現在の人数です」 among the notes right under a table: the day
    the staff column counts (the year of that one date)."""
    staff = [label for label in labels_of("staff") if len(label) >= 2]
    for after in doc.blocks[block.index + 1 : block.index + 1 + _NOTES_UNDER]:
        text = doc.folded[after.start : after.end]
        if not (after.mark == "※" or text.lstrip().startswith(("※", "注", "(注"))):
            break
        legends = legend_spans(text)  # (a legend's day dates the bracketed counts only)
        days = [m for m in year_mentions(text) if m.kind == "date"
                and not any(a <= m.start < b for a, b in legends)]  # fmt: skip
        if len(days) == 1 and any(label in text for label in staff):
            return days[0].year
    return None


_COUNT_AND_BRACKETED = re.compile(
    r"^\s*(?P<n>[0-9][0-9,]*)\s*[人名]?\s*[(（]\s*(?P<m>[0-9][0-9,]*)\s*[人名]?\s*[)）]\s*$"
)


def _bracketed_pair(text: str) -> tuple[int, int] | None:
    """「24（23）」, 「24人（23人）」: the count, and the count in brackets after it."""
    match = _COUNT_AND_BRACKETED.match(text)
    if match is None:
        return None
    return int(match.group("n").replace(",", "")), int(match.group("m").replace(",", ""))


# 「78人（R7 79人）」「16（令和7年度 15）」: a count, then another year's, its year printed
_COUNT_AND_DATED = re.compile(
    r"^\s*(?P<n>[0-9][0-9,]*)\s*[人名]?\s*[(（]\s*(?P<year>[^()（）0-9]{1,3}\s*[0-9元]{1,4}"
    r"\s*(?:年度?)?(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:現在)?)[\s:：]*(?P<m>[0-9][0-9,]*)\s*[人名]?"
    r"\s*[)）]\s*$"
)


def _dated_bracket(text: str) -> tuple[int, int, int] | None:
    """(count, the bracket's year, its count) of 「78人（R7 79人）」, else None."""
    match = _COUNT_AND_DATED.match(text)
    if match is None:
        return None
    mentions = year_mentions(match.group("year"))
    if len(mentions) != 1:
        return None
    count, other = (int(match.group(k).replace(",", "")) for k in ("n", "m"))
    return count, mentions[0].year, other


def _before_bracketed(text: str) -> int | None:
    pair = _bracketed_pair(text)
    return pair[0] if pair else None


def _legend_dated(doc: StructuredDocument, table: Table, year: int) -> list[_Found]:
    """「職員数」 cells 「24（23）」 under a legend 「（ ）内は令和7年4月1日現在の職員数」: the
    count in brackets is the unit's in the legend's year (the one before it, the row's own,
    is read with the column)."""
    staff = _count_columns(table.header)
    if not staff:
        return []
    name_column = _names_column(table, staff)
    unit_columns = _unit_columns(table, staff)
    merged = _merged_rows(table, unit_columns, staff)
    found: list[_Found] = []
    for at, row in enumerate(table.rows):
        if at in merged and merged[at] != at:
            continue  # the group's count, merged over this row too, was read on its first
        name = _row_unit(row, unit_columns) or (
            row[name_column] if name_column < len(row) else None
        )
        if at in merged and unit_columns and unit_columns[0] < len(row):
            name = row[unit_columns[0]]  # the outer unit's count, merged over its parts' rows
        if name is not None and not name.text.strip():
            # 「局　計 | | 338（302）」: the total's label in another column (a row of a merged
            # unit's parts stays unnamed)
            name = next((c for k, c in enumerate(row) if k not in staff and _total_label(c.text)),
                        name)  # fmt: skip
        for k in staff:
            if name is None or k >= len(row) or not name.text.strip():
                continue
            if (pair := _bracketed_pair(row[k].text)) is not None:
                found.append(_Found(name.text, year, pair[1], _evidence(doc, name, row[k])))
            elif _bracket_column(table, k + 1, staff) and (
                bracket := _BRACKETED_ALONE.match(row[k + 1].text)
            ):  # 「職員数 | （前年度）」: the bracketed count in a column of its own
                count = int(bracket.group("m").replace(",", ""))
                found.append(_Found(name.text, year, count, _evidence(doc, name, row[k + 1])))
    return found


_BRACKETED_ALONE = re.compile(r"^\s*[(（]\s*(?P<m>[0-9][0-9,]*)\s*[人名]?\s*[)）]\s*$")


def _bracket_column(table: Table, k: int, staff: Sequence[int]) -> bool:
    """The column right after a count's, labelled by a bracket or nothing (「（前年度）」):
    the bracketed counts a legend dates."""
    if k in staff or k >= len(table.header):
        return False
    label = table.header[k].strip()
    return not label or (label[:1] in "(（" and label[-1:] in ")）")


def _unit_cell_counts(doc: StructuredDocument, table: Table, legend: int | None) -> list[_Found]:
    """`counted_unit_cells` of a staff table's other columns: the count the row's own year's,
    the bracketed one the legend's year's (none without a legend)."""
    staff = _count_columns(table.header)
    found: list[_Found] = []
    columns = [k for k in range(len(table.header)) if k not in staff]
    for unit in counted_unit_cells(table, columns):
        evidence = _evidence(doc, unit.name, unit.cell)
        found.append(_Found(unit.name.text, None, unit.count, evidence, listed=True))
        if unit.bracketed is not None and legend is not None:
            found.append(_Found(unit.name.text, legend, unit.bracketed, evidence, listed=True))
    return found


def _total_label(text: str) -> bool:
    """「局　計」, 「合計」: a total row's label."""
    key = label_key(text)
    return bool(key) and (_total_of(key) is not None or field_of(key, exact=True) == "total")


def _table_heading_unit(doc: StructuredDocument, block: Block) -> str | None:
    """The unit the heading a table sits under names alone (「架空課」 over its fields and
    its table of counts by year), else None."""
    if block.parent is None:
        return None
    heading = doc.blocks[block.parent]
    key = label_key(heading.text)
    if heading.kind != "heading" or len(heading.text.split()) != 1:
        return None
    # 「架空政策係」: a unit whose name opens with a label word is a unit all the same; a
    # facility's name (「架空センター」) may head a record of the facility, no unit's
    kind = unit_kind(key)
    if kind is None or kind == "facility_unit" or field_of(key, exact=True) is not None:
        return None
    return heading.text.strip()


def _breakdown_cells(doc: StructuredDocument, table: Table) -> Iterator[_Found]:
    """The parts a staff table's row lists with their counts in one cell (「架空庶務係 5人 架空
    防災係 4人」, a breakdown column): each part's own count."""
    for row in table.rows:
        for cell in row:
            for unit, count, start, end in unit_counts(cell.text):
                yield _Found(unit, None, count, {
                    "": doc.span(cell.start + start, cell.start + end),
                    "count": doc.span(cell.start + start, cell.start + end),
                })  # fmt: skip


def _notes_year(notes: list[str]) -> int | None:
    """The one year the notes over a table's labels print (「(令和6年4月1日現在)」)."""
    years = {m.year for note in notes for m in year_mentions(label_key(note))}
    return years.pop() if len(years) == 1 else None


def _from_year_rows(doc: StructuredDocument) -> Iterator[_Found]:
    """A yearbook's staff series, 「年次 | 総数 | 総務部 | 企画部」 over a row a year: each
    cell counts its column's unit in its row's year, the total column (or a column headed by
    the staff label alone, 「基準日 | 職員数」) the whole body."""
    for block in doc.of_kind("table"):
        if block.table is None:
            continue
        table, _ = note_header(block.table)
        title, labels = shared_title(table.header)
        if not (_names_staff(title) if title else _headed_staff(doc, block)):
            continue
        own_unit = _table_heading_unit(doc, block)  # 「年度 | 職員数」 under one unit's heading
        for item in year_cells(table, labels):
            key = label_key(item.label)
            # 「基準日 | 職員数」 a row a year: the staff label alone counts the whole body
            whole = field_of(key, exact=True) == "total" or (
                own_unit is None and field_of(key, exact=True) == "staff"
            )
            count = _count(item.cell.text)
            if count is None or not (whole or unit_kind(key) is not None):
                continue
            yield _Found("" if whole else item.label, item.year, count,
                         _evidence(doc, item.year_cell, item.cell), whole=whole)  # fmt: skip


def _headed_staff(doc: StructuredDocument, block: Block) -> bool:
    """A table captioned as counting staff, just above it or by the heading it sits under
    (past headings that are only a bracketed note, 「(各年4月1日現在)」)."""
    if _captioned_staff(doc, block):
        return True
    parent = block.parent
    while parent is not None:
        heading = doc.blocks[parent]
        text = label_key(heading.text)
        if text and not (text.startswith("(") and text.endswith(")")):
            return "。" not in text and _names_staff(text)
        parent = heading.parent
    return False


def _caption_year(doc: StructuredDocument, block: Block) -> int | None:
    """The one year the caption just above a staff table prints (「組織別職員数(令和6年4月1日
    現在)」: the fiscal year that day opens), when the caption names what the table counts;
    the document's own year (an evaluation's, a plan's first) may differ."""
    noted: int | None = None  # 「(令和6年4月1日現在)」 on a line of its own, over the table
    for other in reversed(doc.blocks[max(0, block.index - 3) : block.index]):
        text = other.text
        if other.kind == "field" and (other.label or "").strip().isdigit():
            text = other.value or ""  # 「【3】組織別職員数(…)」: a numbered caption
        elif other.kind not in ("heading", "paragraph", "item"):
            continue
        if not text.strip() or _unit_note(text):
            continue
        if _bracketed_note(text):
            noted = noted or _notes_year([text])
            continue
        if _BRACKET_LEGEND.search(text):
            continue  # 「（　）内は令和7年4月1日現在の人数です」: the bracketed figures' year
        if not (field_of(text) == "staff" or _asks_for_staff(text)):
            return None
        # 「職員数 合計 610人（令和7年4月1日 602人）」: a bracket after a count dates the count
        # it compares with, not the caption's
        years = {m.year for m in year_mentions(_COMPARED.sub("", label_key(text)))}
        return years.pop() if len(years) == 1 else noted
    return None


# 「人（令和7年4月1日 602人）」「人(R7 55人)」: a count's comparison with another day's, bracketed
_COMPARED = re.compile(r"(?<=[人名])\s*[(（][^()（）]*[0-9]\s*[人名][)）]")


# 「（　）内は…」「かっこ内は…」: a legend dating the figures in brackets, no caption
_BRACKET_LEGEND = re.compile(r"[(（][\s\u3000]*[)）]\s*内は|かっこ内は|括弧内は")


def _bracketed_note(text: str) -> bool:
    """「(各年4月1日現在)」: a line wholly in brackets, a note on the table, no caption."""
    key = label_key(text)
    return key.startswith("(") and key.endswith(")") and key.count("(") == 1


def _asks_for_staff(text: str) -> bool:
    """「令和7年4月1日現在の部署別の職員数を記入してください。」: one sentence over a survey's
    table, naming the staff label and the day the counts are of."""
    key = label_key(text)
    if "。" in key.rstrip("。"):
        return False
    return any(label in key for label in _staff_labels() if len(label) >= 3)


def _continues_staff(
    doc: StructuredDocument, block: Block, table: Table, staff_years: list[list[str]]
) -> bool:
    """A table of units under the same year labels as a staff table above it (「所属名 | R5 |
    R6」 again under the next heading): the same count, continued, unless a note over it
    prints another unit (「（単位：千円）」: the units' budget by the same years)."""
    columns = _year_columns(table.header)
    years = [table.header[k] for k in columns]
    # (「R8.4.1 | R7.4.1」 under the count of 「令和8年4月1日 | 令和7年4月1日」: the same days)
    if not years or (
        years not in staff_years and _label_years(years) not in map(_label_years, staff_years)
    ) or _noted_in_other_unit(doc, block):
        return False
    if any(field_of(label, exact=True) == "project" for label in table.header):
        return False  # 「事業名 | R8 | R7 | 担当」: the projects' amounts by the same years
    counts = [_count(row[k].text) for row in table.rows for k in columns if k < len(row)]
    if max((n for n in counts if n is not None), default=0) >= _MOST_STAFF_IN_A_ROW:
        return False  # amounts by the same years (a budget's breakdown), no head counts
    named = any(field_of(label) in ("division", "department") for label in table.header)
    # 「区分 | R5 | R6」 over 「市長部局 | 984 | 991」: no label says so, but its rows are units
    return named or _first_column_units(table)


def _label_years(labels: list[str]) -> list[tuple[int, ...]]:
    """The years each label names (「R8.4.1」 and 「令和8年4月1日」 alike: 2026)."""
    return [tuple(m.year for m in year_mentions(label)) for label in labels]


def _noted_in_other_unit(doc: StructuredDocument, block: Block) -> bool:
    for other in doc.blocks[max(0, block.index - 2) : block.index]:
        if other.kind != "table" and (noted := _UNIT_IN_NOTE.search(label_key(other.text))):
            return (noted.group("unit") or noted.group("said")) not in _COUNT_UNITS
    return False


def _first_column_units(table: Table) -> bool:
    """Most of the first column's cells are units (a total row's label, 「合計」, is none)."""
    cells = [label_key(r[0].text) for r in table.rows if r and r[0].text.strip()]
    cells = [text for text in cells if field_of(text, exact=True) != "total"]
    units = sum(1 for text in cells if unit_kind(text) is not None)
    return units >= 2 and units * 2 > len(cells)


def _totals_under_tables(doc: StructuredDocument, facts: DocumentFacts) -> Iterator[_Found]:
    """A table of a unit's parts and their staff, then 「(部長を含む部計 27人)」 under it:
    the whole staff of the unit the document is about."""
    for block in doc.of_kind("table"):
        if block.table is None or not _count_columns(block.table.header):
            continue
        if block.index + 1 < len(doc.blocks):
            after = doc.blocks[block.index + 1]
            text = doc.folded[after.start : after.end].strip()
            if after.kind != "table" and (total := _unit_total(doc, facts, after.start, text)):
                yield total


_CAPTION_LINES = 6  # how far above its table a caption is looked for (notes, sentences between)


def _captioned_staff(doc: StructuredDocument, block: Block) -> bool:
    """「部局別職員数(各年4月1日現在)」 printed just above a table: its caption says what
    the table's cells count."""
    if _grouped_under_caption(doc, block):
        return True
    in_sentence = False  # a sentence wrapped over lines (PDF text) is read back to its start
    for other in reversed(doc.blocks[max(0, block.index - _CAPTION_LINES) : block.index]):
        if in_sentence and other.kind == "paragraph" and not other.text.rstrip().endswith("。"):
            continue
        in_sentence = False
        # 「3 課別職員数      (単位:人)」: a numbered caption too long for a heading reads as
        # a numbered item
        numbered = other.kind == "item" and other.number is not None
        if (other.kind in ("heading", "paragraph") or numbered) and other.text.strip():
            if _unit_note(other.text) or _bracketed_note(other.text) or _as_of_note(other.text):
                continue  # 「(単位:人)」「(各年4月1日現在)」 between the caption and its table
            if _issuer_line(other.text):
                continue  # 「架空市総務部人事課 … (単位:人)」: who made the table, no caption
            if other.kind == "paragraph" and "。" in other.text:
                if _says_staff(other.text):
                    return True  # 「令和8年4月1日現在の職員数（…）です。」: the table is that
                # 「各年4月1日現在の人数です。」: a sentence on how the table counts, between
                # the heading that captions it and the table
                in_sentence = True
                continue
            if numbered and _asks_for_staff(other.text):
                return True  # 「問1 各年4月1日現在の職員数を記入してください。」 over its table
            return "。" not in other.text and _names_staff(other.text)
    return False


# 「…の職員数です。」「…の職員数は次のとおりです。」: a sentence saying what the table is
_IS_SENTENCE = re.compile(r"(?P<what>.+?)(?:は次のとおり|は以下のとおり)?(?:です|である)。$")


def _says_staff(text: str) -> bool:
    """「令和8年4月1日現在の職員数（再任用職員を含む。）です。」: a sentence over a table whose
    subject, brackets aside, is staff counts (the table is them)."""
    key = label_key(text)
    while (bare := _INNER_BRACKET.sub("", key)) != key:
        key = bare
    match = _IS_SENTENCE.fullmatch(key)
    if match is None:
        return False
    what = match.group("what")
    return _names_staff(what.rpartition("の")[2]) or _names_staff(what)


_INNER_BRACKET = re.compile(r"[(（][^()（）]*[)）]")


def _as_of_note(text: str) -> bool:
    """「各年度4月1日現在（単位：人）」: the day the counts were taken (and their unit), a
    note between a caption and its table."""
    key = label_key(text)
    while (bare := _TRAILING_BRACKET.sub("", key)) != key:
        key = bare
    return 0 < len(key) <= _AS_OF_MAX and bool(_COUNTED_ON.search(key))


# 「4月1日現在」「各年度4月1日現在」「令和7年4月1日現在」: a day the counts were taken
_COUNTED_ON = re.compile(r"[0-9]{1,2}月[0-9]{1,2}日現在$")


_AS_OF_MAX = 20  # a note of a day, never a caption's words


def _issuer_line(text: str) -> bool:
    """「架空市総務部人事課　　　(単位:人)」 between a sheet's title and its table: a line
    whose one cell besides notes names a unit alone says who made the table, not what it
    counts."""
    cells = [c for c in re.split(r"\t+|\s{2,}", text.strip()) if c.strip()]
    named = [c for c in cells if not (_unit_note(c) or _bracketed_note(c))]
    return len(named) == 1 and _names_unit_alone(named[0])


# a word closing a caption that says the table lists what the words before it name
_LIST_WORD = re.compile(r"(?:調べ?|一覧表?|表|の?状況|の?推移)$")


_TITLE_MARKS = "<>＜＞〈〉《》【】〔〕[]［］ \u3000"


def _names_staff(caption: str) -> bool:
    """A caption of staff counts: 「部局別職員数」, or 「部署別職員数の計画」 whose words after
    the last 「の」 (計画, 見通し) say how the counts are meant, not what they count."""
    if field_of(caption) == "staff":
        return True
    # 「課別職員配置(各年度4月1日)  (単位:人)」: the day and the unit in brackets after it
    key = label_key(caption)
    while (bare := _TRAILING_BRACKET.sub("", key)) != key:
        key = bare
    key = key.strip(_TITLE_MARKS)  # 「＜組織と職員数＞」: a title set in brackets
    if key and field_of(key) == "staff":
        return True
    listed = _LIST_WORD.sub("", key)  # 「所属別職員数調」, 「…職員数一覧」: a list of the counts
    if listed != key and field_of(listed) == "staff":
        return True
    head, _, tail = key.rpartition("の")
    return bool(head) and 0 < len(tail) <= 4 and field_of(head) == "staff"


def _grouped_under_caption(doc: StructuredDocument, block: Block) -> bool:
    """「■企画部」 then its table, under a page caption 「部局別職員数」 above the first 部: a
    heading that names a unit alone groups the table; the caption is the one above it (past
    sentences on how the table counts and dated fields, 更新日)."""
    if _grouping_heading(doc, block) is None and not _bracketed_group(doc, block):
        return False
    above = doc.blocks[block.index - 1]
    for other in reversed(doc.blocks[max(0, above.index - _CAPTION_REACH) : above.index]):
        text = other.text.strip()
        if other.kind == "field" or not text or _unit_note(text):
            continue
        if other.kind == "paragraph" and ("。" in text or labels_line(other.text)):
            continue  # (a sentence on how it counts; the table's header printed alone)
        if other.kind not in ("heading", "paragraph"):
            return False
        return "。" not in text and _names_staff(text)
    return False


_GRAND = frozenset({"合計", "総計", "総合計"})  # a whole table's total, no group's
# 「【町長部局】」「〔議会〕」: a group's label in brackets, short
_GROUP_LABEL = re.compile(r"[【［\[〔][^】］\]〕]{1,12}[】］\]〕]")


def _bracketed_group(doc: StructuredDocument, block: Block) -> bool:
    """「【町長部局】」 right above a table: a group of its rows under the caption above."""
    above = doc.blocks[block.index - 1] if block.index else None
    if above is None or above.kind != "heading" or above.number is not None:
        return False
    printed = doc.text[above.start : above.end].strip()
    return bool(_GROUP_LABEL.fullmatch(printed))


def _grouping_heading(doc: StructuredDocument, block: Block) -> str | None:
    """The unit a heading just above a table names alone (「■企画部」): its total row (部計,
    計) counts that unit."""
    above = doc.blocks[block.index - 1] if block.index else None
    if above is not None and above.kind == "heading" and _names_unit_alone(above.text):
        return above.text.strip()
    return None


def _names_unit_alone(text: str) -> bool:
    key = label_key(text)
    return unit_kind(key) is not None and field_of(key) is None and len(key.split()) == 1


# 「令和8年度（人）」: a year's column labelled with the people it counts
_IN_PEOPLE = re.compile(r"[(（]\s*[人名]\s*[)）]$")


def _years_in_people(table: Table) -> bool:
    """Units down the first column under years each labelled 「（人）」: their people."""
    years = _year_columns(table.header)
    return (
        bool(years)
        and all(_IN_PEOPLE.search(table.header[k].strip()) for k in years)
        and _first_column_units(table)
    )


def _noted_in_people(doc: StructuredDocument, block: Block, table: Table) -> bool:
    """「（単位：人）」 right over a table of units by year (「部 | 課・センター | 令和8年度 |
    令和7年度」): its figures count the units' people."""
    above = doc.blocks[block.index - 1] if block.index > 0 else None
    if above is None or above.kind == "table":
        return False
    if _unit_note(above.text):
        units = re.split(r"[:：、,]", label_key(above.text).strip("()"))
        if len(units) < 2 or units[1] not in _COUNT_UNITS:
            return False
    elif (  # 「【部の体制】（令和8年4月1日現在、単位：人）」: a caption noting the unit, over
        # units labelled so (課名 | …), not facilities (施設名 | R3: their users)
        (noted := _UNIT_IN_NOTE.search(label_key(above.text))) is None
        or noted.group("unit") not in _COUNT_UNITS
        or field_of(table.header[0], exact=True) not in ("division", "department")
    ):
        return False
    return len(_year_columns(table.header)) >= 1 and (
        _first_column_units(table) or _units_column(table, _year_columns(table.header)) > 0
    )


def _staffing_table(doc: StructuredDocument, block: Block, table: Table) -> bool:
    """「部の体制」 over units with a column per year holding small whole numbers: each unit's
    people by year (a budget by year under such a caption prints amounts, no head counts)."""
    years = _year_columns(table.header)
    if not years or not staffing_caption(doc, block):
        return False
    if not (_first_column_units(table) or _units_column(table, years) > 0):
        return False
    counts = [_count(row[k].text) for row in table.rows for k in years if k < len(row)]
    known = [n for n in counts if n is not None]
    return bool(known) and max(known) < _MOST_STAFF_IN_A_ROW


_MOST_STAFF_IN_A_ROW = 100_000  # more is an amount, not people

_UNIT_IN_NOTE = re.compile(
    r"[(（][^()（）]*単位[:：](?P<unit>[^、,()（）]+)[)）]"
    r"|^単位は(?P<said>[^、,。()（）]+?)(?:です|とする|とします)?。?$"  # 「単位は千円です。」
)


def _unit_note(text: str) -> bool:
    """「(単位:人、▲は減)」: a note of the unit the table's numbers are in, no caption."""
    inner = label_key(text).strip("()")
    return field_of(re.split(r"[:、,]", inner)[0], exact=True) == "unit"


def _year_columns(header: list[str]) -> list[int]:
    """The columns whose label is a year and nothing else (「令和3年 (2021年)」), its unit
    of people aside (「令和8年度（人）」)."""
    columns = []
    for index, label in enumerate(header):
        key = label_key(label)
        mentions = year_mentions(key)
        if mentions and len({m.year for m in mentions}) == 1:
            rest = key
            for m in reversed(mentions):
                rest = rest[: m.start] + rest[m.end :]
            rest = re.sub(r"[()]", "", _DAY.sub("", _IN_PEOPLE.sub("", rest.strip())))
            rest = next((rest.replace(c, "") for c in caption_cues("forReference")
                         if rest.startswith(c)), rest)  # fmt: skip
            # 「R6実績」 among 「R7 | R8」: the year's figure as it was, a year column still;
            # 「令和7年度(予定)」: the count placed on that day as planned, the year's still;
            # 「(参考) 令和6年 4月1日」: last year's, on the day counts are taken
            if not rest or field_of(rest, exact=True) == "actual" or rest in _planned_cues():
                columns.append(index)
    return columns


_DAY = re.compile(r"[0-9]{1,2}月[0-9]{1,2}日(?:現在)?$")


def _quota(label: str) -> bool:
    key = label_key(label)
    return any(cue in key for cue in _quota_cues())


def _count_columns(header: list[str]) -> list[int]:
    """The columns that count a unit's staff: the total column of a table by kind of
    employment (its other columns are parts of it), else every staff column."""
    fields = [field_of(label) for label in header]
    staff = [i for i, f in enumerate(fields) if f == "staff"]
    parts = [i for i, f in enumerate(fields) if f == "employment"]
    total = [i for i, label in enumerate(header) if field_of(label, exact=True) == "total"]
    if total and (parts or len(staff) > 1):
        # 「計 | （前年度計）」: the year before's total beside it counts too
        return total[-1:] + [k for k in _total_columns(header)
                             if k not in total and _previous_year_label(header[k])]  # fmt: skip
    return staff


def _table_rows(
    doc: StructuredDocument, table: Table, captioned: bool = False, *, western: bool = False
) -> Iterator[_Found]:
    """The counts of a staff table's rows; `western`: a bare western year (2024) in a 年度
    column is a year too (the table is a data export's, under the heading of its unit)."""
    if pairs := part_pairs(table):  # 「係1 | 人数 | 係2 | 人数」: each part's own count
        for name, cell in pair_counts(table, pairs):
            count = _count(cell.text)
            if count is not None:
                yield _Found(name.text, None, count, _evidence(doc, name, cell), listed=True)
        table = without_columns(table, {k for pair in pairs for k in pair})
    staff = _count_columns(table.header)
    years = _year_columns(table.header)
    if years and staff and all(_quota(table.header[k]) for k in staff):
        staff = []  # 「令和7年 | 令和6年 | 職員定数」: the years count the staff, no quota does
    if staff:  # 「職員数(令和9年4月1日) | 前年度」: a column labelled by the cue alone counts too
        # (its date in a bracket after it: 「前年度（R7.4.1）」)
        staff += [k for k, label in enumerate(table.header) if k not in staff
                  and cue_year(TRAILING_BRACKET_NOTE.sub("", label)) == -1]  # fmt: skip
    if not staff and (captioned or _people_by_year(table)):
        staff = years
        if captioned:  # 「… | 令和7年4月1日 計 | (参考) 令和6年4月1日」: this year's total too
            staff = sorted({*staff, *_total_columns(table.header)})
    if not staff and captioned:  # 「局等 | 部等 | 事務 | 技術 | 計 | 前年度計(R6.4.1)」
        staff = _total_columns(table.header)
    if not staff:
        return
    if captioned and all(k in staff or _blank_column(table, k) for k in range(len(table.header))):
        # 「職員数の推移」 over 「2022年度 | 2023年度」 and a row of counts: no column names a
        # unit, so each count is the whole of what the document is about, in its year
        for row in table.rows:
            for index in staff:
                if index >= len(row):
                    continue
                cell = row[index]
                count = _count(cell.text)
                year = _label_year(table.header[index])
                if count is not None and year is not None:
                    yield _Found("", year, count, _evidence(doc, cell, cell), whole=True)
        return
    name_column = _names_column(table, staff)
    # 「課等 | 係等 | 令和8年」 with 「総務係・行政係」 on most rows: the column lists each row's
    # parts, on every row, so a row of one 係 counts its 課 too
    unit_columns = [k for k in _unit_columns(table, staff) if not _parts_column(table, k)]
    # (a column of units, by its label or as one of nested unit columns: an office there
    # counts as a unit)
    listed = (
        field_of(table.header[name_column], exact=True) in ("division", "department")
        or len(unit_columns) >= 2
    )
    by_year = field_of(table.header[name_column], exact=True) == "fiscalYear"
    outer: Cell | None = None  # the outer unit of the group the rows are in (a merged cell)
    merged = _merged_rows(table, unit_columns, staff)
    for at, row in enumerate(table.rows):
        if name_column >= len(row):
            continue
        if unit_columns and unit_columns[0] < len(row) and row[unit_columns[0]].text.strip():
            outer = row[unit_columns[0]]
        if at in merged and merged[at] != at:
            continue  # the group's count, merged over this row too, was read on its first
        name = _row_unit(row, unit_columns) or row[name_column]
        if at in merged and outer is not None:
            name = outer  # 「協働課 | 企画係 | 13」 over 「協働課 | 支援係 | 13」: the 課's count
        if outer is not None and _group_subtotal(row, unit_columns):
            name = outer  # 「 | 小計 | 96」 under 「架空部局 | 架空部 | 40」: the group's own
        if not name.text.strip():
            name = _spanning_label(row, staff) or name
        bare = _without_notes(name.text).strip()
        if bare != name.text.strip() and unit_kind(label_key(bare)) is not None:
            at = name.start + name.text.find(bare)  # 「（架空センター）架空課」: the 課
            name = Cell(bare, at, at + len(bare))
        if any(pivot_blank(cell.text) for k, cell in enumerate(row) if k not in staff):
            continue  # 「○○部 | (空白) | 3」: a pivot's blank item, the 部's direct share
        if (whole := pivot_subtotal(name.text)) is not None:
            name = Cell(whole, name.start, name.start + len(whole))  # 「○○部 集計」: the 部
        if by_year:
            # 「年度 | 職員数」: a row a year, counting the whole of what the document is about
            year = _year_alone(name.text) or (_western_year(name.text) if western else None)
            for index in staff:
                count = _count(row[index].text) if year and index < len(row) else None
                if count is not None:
                    yield _Found("", year, count, _evidence(doc, name, row[index]), whole=True)
            continue
        for index in staff:
            if index < len(row) and index != name_column:
                # 「計6人」: the count after its own total label, in the staff column
                label = table.header[index]
                if _bracket_names_previous(label) and (
                    pair := _bracketed_pair(row[index].text)
                ):
                    # 「職員数（前年度）」 over 「24人（23人）」: this year's, the year before's
                    for count, before in zip(pair, (False, True), strict=True):
                        yield _Found(name.text, None, count, _evidence(doc, name, row[index]),
                                     listed=listed, year_before=before)  # fmt: skip
                    continue
                if (dated := _dated_bracket(row[index].text)) is not None:
                    # 「78人（R7 79人）」: the count, and another year's in brackets, dated
                    count, year, other = dated
                    yield _Found(name.text, _label_year(label), count,
                                 _evidence(doc, name, row[index]), listed=listed)  # fmt: skip
                    yield _Found(name.text, year, other, _evidence(doc, name, row[index]),
                                 listed=listed)  # fmt: skip
                    continue
                count = (
                    _count(_unbracketed(row[index].text))
                    or labelled_count(row[index].text)
                    or _before_bracketed(row[index].text)  # 「24（23）」: 24, another year 23
                )
                if count is not None:
                    yield _Found(name.text, _label_year(label), count,
                                 _evidence(doc, name, row[index]), listed=listed,
                                 year_before=_previous_year_label(label))  # fmt: skip


def _merged_rows(table: Table, unit_columns: list[int], staff: list[int]) -> dict[int, int]:
    """`merged_groups` of a staff table: a count merged over the rows of an outer unit's parts
    (「24（23）」 too, the year before's in brackets)."""
    return merged_groups(table, unit_columns, staff,
                         lambda t: _count(_unbracketed(t)) or _before_bracketed(t),
                         lambda row: _total_row(row, staff)
                         or _spaced_subtotal(row, unit_columns))  # fmt: skip


def _blank_column(table: Table, index: int) -> bool:
    """A column with nothing in its label or cells (the tab a text table's lines open with)."""
    return not table.header[index].strip() and all(
        index >= len(row) or not row[index].text.strip() for row in table.rows
    )


def _total_columns(header: list[str]) -> list[int]:
    """Under a staff caption, the columns of each row's total (「計」, and 「前年度計(R6.4.1)」:
    the total of a year its label names): the columns before them are its parts (職種)."""
    totals = tuple(label_key(t) for t in labels_of("total"))
    found = []
    for k, label in enumerate(header):
        # 「（前年度計）」: a label bracketed whole is the label, not a note on it
        label = re.sub(r"^\s*[(（]([^()（）]*)[)）]\s*$", r"\1", label)
        bare = label_key(re.sub(r"[(（][^()（）]*[)）]", "", label))
        if bare in totals or (
            bare.endswith(totals) and (_label_year(label) is not None or _previous_year_label(bare))
        ):
            found.append(k)
    return found


def _bracket_names_previous(label: str) -> bool:
    """「職員数（前年度）」: a label whose bracket says the bracketed count of each cell is
    the year before's."""
    inner = re.search(r"[(（]([^()（）]+)[)）]\s*$", label)
    return inner is not None and _previous_year_label(inner.group(1))


def _previous_year_label(label: str) -> bool:
    """「前年度職員数」「職員数(前年度)」 beside 「職員数」: a column of the year before the one
    the page reports, by the `mkf:previousYear` cue words, when it prints no year of its own."""
    if _label_year(label) is not None:
        return False
    key = label_key(label)
    return any(cue in key for cue in cues_of("previousYear"))


def _people_by_year(table: Table) -> bool:
    """「課名 | 令和5年度 | 令和6年度」 over 「福祉課 | 18人 | 19人」: with no caption or label
    saying so, year columns whose every figure is a count of people (人, 名) beside a column
    of unit names count those units' staff."""
    years = _year_columns(table.header)
    if not years or not table.rows:
        return False
    for row in table.rows:
        for k in years:
            text = row[k].text.strip() if k < len(row) else ""
            if not text or _DASH_CELL.match(text):
                continue  # 「－」: a unit not there that year (new, or abolished)
            quantity = parse_quantity(text)
            if quantity is None or quantity.unit not in ("人", "名"):
                return False
    names = [r[0].text for r in table.rows if r and r[0].text.strip()]
    units = sum(1 for name in names if unit_kind(label_key(name)) is not None)
    return units * 2 > len(names)


def _total_row(row: list[Cell], counts: list[int]) -> bool:
    """A row whose label is a total (合計, 部計, 「市民部 計」)."""
    for k, cell in enumerate(row):
        if k in counts or not cell.text.strip():
            continue
        key = label_key(cell.text)
        if field_of(key, exact=True) == "total" or _total_of(key) is not None:
            return True
    return False


def _group_subtotal(row: list[Cell], unit_columns: list[int]) -> bool:
    """A row whose outer unit cell is blank (merged over the rows above) and whose only unit
    cell says 小計: the subtotal of the outer unit that group's first row printed."""
    if len(unit_columns) < 2:
        return False
    filled = [row[k] for k in unit_columns if k < len(row) and row[k].text.strip()]
    return (
        len(filled) == 1
        and filled[0] is not row[unit_columns[0]]
        and (
            field_of(label_key(filled[0].text), exact=True) == "subtotal"
            or _suffix_total(filled[0].text)  # 「部　計」: the 部 the group's first row names
        )
    )


def _spaced_subtotal(row: list[Cell], unit_columns: list[int]) -> bool:
    """「消防　計」 in a unit column: a group's subtotal, its group's name set apart from the
    total word (no unit: 「会計」 ends so too, written together)."""
    return any(
        k < len(row) and _SPACED_TOTAL.search(row[k].text.strip()) for k in unit_columns[1:]
    )


_SPACED_TOTAL = re.compile(r"\S[ \u3000]+(?:小計|合計|計)$")


def _spanning_label(row: list[Cell], counts: list[int]) -> Cell | None:
    """「県土整備部 計 | | 243」: a row whose name column is blank and whose one label spans
    the columns left of its counts (a merged cell) is named by that label (a note right of
    the counts, 「増減 | 主な理由」, names nothing)."""
    labels = [c for k, c in enumerate(row[: min(counts)]) if c.text.strip()]
    return labels[0] if len(labels) == 1 else None


def _owners_of_parts(table: Table, column: int) -> int | None:
    """When some cell of a column lists several units (「B係、C係」) and a column before it
    holds a unit on most rows, that column: the column listed holds each row's parts."""
    if not any(column < len(r) and _parts_listed(r[column].text) for r in table.rows):
        return None
    before = _units_column(table, [column])
    cells = [r[before].text for r in table.rows if before < len(r) and r[before].text.strip()
             and not _total_label(r[before].text)]  # fmt: skip
    # (「（架空センター）架空課」, 「架空出張所（架空課）」: a unit with a note on where it is)
    units = sum(1 for text in cells if unit_kind(label_key(_without_notes(text))) is not None)
    return before if before < column and units * 2 > len(cells) else None


_LEADING_NOTE = re.compile(r"^\s*[(（][^()（）]*[)）]\s*")


def _without_notes(text: str) -> str:
    """A unit's name without a bracketed note before or after it."""
    return TRAILING_BRACKET_NOTE.sub("", _LEADING_NOTE.sub("", text))


def _parts_column(table: Table, column: int) -> bool:
    """Most filled cells of the column list several units (「庶務係・人事係」)."""
    cells = [r[column].text for r in table.rows if column < len(r) and r[column].text.strip()]
    return bool(cells) and sum(_parts_listed(text) for text in cells) * 2 > len(cells)


def _names_column(table: Table, staff: list[int]) -> int:
    """The column naming each row's unit: the one labelled so, else the one of unit names."""
    name_column = _labelled_units_column(table)
    if name_column is None:
        return _units_column(table, staff)
    if (owners := _owners_of_parts(table, name_column)) is not None:
        # 「課・室等 | 担当係 | 職員数」 over 「A課 | B係、C係 | 11人」: the labelled column lists
        # each row's parts, so the row's own unit is the column of units before it
        return owners
    return name_column


def _labelled_units_column(table: Table) -> int | None:
    """The first column labelled as naming units whose cells are names: 「所属コード」 over
    「010100」 is labelled so too, but holds the units' codes, the names beside it."""
    for index, label in enumerate(table.header):
        if field_of(label) not in ("division", "department"):
            continue
        cells = [r[index].text for r in table.rows if index < len(r) and r[index].text.strip()]
        if not cells or not all(_UNIT_CODE.match(text) for text in cells):
            return index
    return None


_UNIT_CODE = re.compile(r"^[0-9A-Za-z\-]+$")


def _units_column(table: Table, counts: list[int]) -> int:
    """The column naming each row's unit when no header label says which: 「区分 | 区分」 over
    「一般行政部門 | 総務部」, the group printed once in the first column and the units in
    the second, is read by the column whose cells are mostly unit names; else the first.
    A cell listing several units (「庶務係・人事係」) names a row's parts, not its unit."""
    best, most = 0, 0
    for index in range(min(counts, default=0)):
        cells = [r[index].text for r in table.rows if index < len(r) and r[index].text.strip()]
        units = sum(
            1
            for text in cells
            if unit_kind(label_key(text)) is not None and not _parts_listed(text)
        )
        if units >= 2 and units * 2 > len(cells) and units > most:
            best, most = index, units
    return best


def _unit_columns(table: Table, counts: list[int]) -> list[int]:
    """Nested unit columns: a first column of units repeated down its rows, grouping them
    (「総務部」 spanning three rows), then columns of the units within (「総務課」「職員課」
    「部計」), whatever their labels say. Empty when the first unit column names each row's
    own unit (「農林振興課 | 農政係・農地林務係 | 11人」: the 係 are its parts)."""
    found: list[int] = []
    merged: list[int] = []
    for index in range(len(table.header)):
        if index in counts:
            continue
        cells = [r[index].text for r in table.rows if index < len(r) and r[index].text.strip()]
        # 「課計」「-」 among the 係 of a column of parts: a subtotal's or a blank's cell (and
        # 「合計」, the table's total row)
        cells = [t for t in cells if not (_DASH_CELL.match(t) or _suffix_total(t))
                 and field_of(label_key(t), exact=True) != "total"]  # fmt: skip
        # 「X課 (令和8年4月新設)」: a unit, a note on it in brackets after
        units = sum(1 for text in cells
                    if unit_kind(_TRAILING_BRACKET.sub("", label_key(text))) is not None)
        if len(cells) >= 2 and units * 2 > len(cells):
            found.append(index)
        elif index == 0 and cells and units == len(cells) and len(cells) < len(table.rows):
            merged.append(index)  # one department merged over all its rows: printed once
    if merged and found and _merged_blank(table, merged + found):
        return merged + found
    if len(found) < 2:
        return []
    first = [label_key(r[found[0]].text) for r in table.rows if found[0] < len(r)]
    grouped = any(a == b and a for a, b in itertools.pairwise(first))
    if (
        grouped
        or _printed_once(table, found)
        or _merged_blank(table, found)
        or _centred_blank(table, found)
    ):
        return found
    return []


def _printed_once(table: Table, columns: list[int]) -> bool:
    """「総務部 | | 49」 then 「 | 人事課 | 16」: the outer unit printed once on a row of its
    own, its parts on the rows under it with the outer column blank."""
    own = parts = other = 0
    for row in table.rows:
        filled = [k for k in columns if k < len(row) and row[k].text.strip()]
        if filled == columns[:1]:
            own += 1
        elif filled and columns[0] not in filled:
            parts += 1
        elif not filled:
            other += 1  # 「合計 | | | 148」: a total row, labelled in a column before the units
    return own >= 1 and parts >= 1 and own + parts + other == len(table.rows) and other <= 1


def _merged_blank(table: Table, columns: list[int]) -> bool:
    """「総務部 | 総務課 | 15」 then 「 | 人事課 | 10」: a merged outer cell exported as blanks (a
    spreadsheet saved as CSV prints the merged 部 once, on its first row, and leaves the rows
    under it blank), so a blank outer cell beside a filled inner one is the outer unit above."""
    first, inner = columns[0], columns[1:]
    opened = blank = False
    for row in table.rows:
        outer = first < len(row) and bool(row[first].text.strip())
        within = any(k < len(row) and row[k].text.strip() for k in inner)
        if outer and within:
            opened = True
        elif not outer and within:
            if not opened:
                return False  # a blank outer cell before any group opened
            blank = True
    return opened and blank


def _centred_blank(table: Table, columns: list[int]) -> bool:
    """「 | ○○課 | 15」, 「○○部 | ○○課 | 6」, 「 | 小計 | 31」: a merged outer cell
    centred in its rows (a PDF prints the 部 on the group's middle row), the groups closed by
    their subtotal rows; each group names its outer unit on exactly one of its rows."""
    first, inner = columns[0], columns[1:]
    groups, named = 0, 0
    for row in table.rows:
        if first < len(row) and row[first].text.strip():
            if field_of(label_key(row[first].text), exact=True) == "total":
                continue  # 「合計 | | 600」: the table's total row, no group's name
            named += 1
        if _group_subtotal(row, columns):
            if named != 1:
                return False
            groups, named = groups + 1, 0
    return groups >= 2 and named <= 1 and bool(inner)  # (a last group may print no subtotal)


def _row_unit(row: list[Cell], unit_columns: list[int]) -> Cell | None:
    """The unit a row of nested unit columns (部 | 課 | counts) counts: its most specific
    unit, the rightmost filled unit cell; a subtotal there (部計, 小計) counts the unit
    beside it, whose parts the rows above list. None with fewer than two unit columns."""
    if len(unit_columns) < 2:
        return None
    # 「会計室 | - | 3」: a dash in a unit column is a blank, the row names no part there
    cells = [row[i] for i in unit_columns
             if i < len(row) and row[i].text.strip() and not _DASH_CELL.match(row[i].text)]
    while len(cells) > 1 and _parts_listed(cells[-1].text):
        cells.pop()  # 「課 | 庶務係・人事係 | 18」: the 課's parts listed, the count is the 課's
    if not cells:
        return None
    last = cells[-1]
    # 「総務課 | (計) | 15」: the total label in brackets, the 課's own count all the same
    label = label_key(last.text).strip("()")
    # 「総務課 | 課計 | 11」: a total named by a unit suffix alone sums the unit beside it
    totalled = field_of(label, exact=True) in ("total", "subtotal") or _suffix_total(label)
    subtotal = len(cells) > 1 and totalled
    if subtotal and unit_kind(label_key(cells[-2].text)) is not None:
        return cells[-2]
    return last


def _suffix_total(text: str) -> bool:
    """「課計」「部計」: a total named by a unit suffix alone (the unit beside it is summed)."""
    # 「部計（部長を含む）」: a remark in brackets after the label says what it counts
    named = _total_of(label_key(TRAILING_BRACKET_NOTE.sub("", text)))
    return named is not None and _bare_suffix(named)


def _parts_listed(text: str) -> bool:
    """「庶務係・人事係」 (or apart by spaces, 「総務係 企画係」): several units in one cell, a
    list of a unit's parts, not one unit."""
    names = [key for n in re.split(r"[・、,\s]+", text) if (key := label_key(n))]
    return len(names) > 1 and all(unit_kind(n) is not None for n in names)


def _evidence(doc: StructuredDocument, name: Cell, count: Cell) -> dict[str, Span]:
    return {"": doc.span(name.start, count.end), "count": doc.cell_span(count)}


# -- attributes and labelled fields -----------------------------------------------------
def _from_attributes(doc: StructuredDocument) -> Iterator[_Found]:
    """「○○課（職員数：12人）」 as a list item, or inside a sentence of prose."""
    for block in doc.blocks:
        if block.kind not in ("item", "paragraph", "heading"):
            continue
        text = doc.folded[block.start : block.end]
        for group in attribute_groups(text, block.start):
            for attribute in group.attributes:
                if attribute.field != "staff":
                    continue
                count = _count(attribute.value)
                before = _NAME_BEFORE.search(doc.folded[block.start : group.start])
                if count is None or before is None:
                    continue
                name = unit_in_phrase(before.group())  # 「総務部に新設課」: the 課
                name_start = block.start + before.end() - len(name)
                yield _Found(name, _label_year(attribute.label), count, {
                    "": doc.span(name_start, group.end),
                    "count": doc.span(attribute.start, attribute.end),
                })  # fmt: skip


def _from_field_runs(doc: StructuredDocument) -> Iterator[_Found]:
    """【所属名】○○課 then 【職員数】12人: a unit's field, then its staff field."""
    unit: Block | None = None
    for block in doc.blocks:
        if block.kind != "field" or block.label is None or block.value is None:
            unit = None
            continue
        field = field_of(block.label)
        if field in ("division", "department"):
            unit = block
        elif field == "staff" and unit is not None and unit.value is not None:
            value, year = _dated_value(block.value)
            count = _count(value)
            if count is not None:
                name, _ = split_attributes(unit.value)
                yield _Found(name, _label_year(block.label) or year, count, {
                    "": doc.span(unit.start, block.end),
                    "count": doc.span(block.value_start or block.start, block.end),
                })  # fmt: skip


def _from_heading_totals(doc: StructuredDocument) -> Iterator[_Found]:
    """「■総務部　部長 …　内線 ○○○○」 over 「部計　○○人」: a total labelled by a unit suffix
    alone (部計, 課計) right under a heading that opens with a unit of that suffix counts
    that unit (a staff directory's department section)."""
    for block in doc.of_kind("field"):
        if block.label is None or block.value is None or block.parent is None:
            continue
        suffix = _total_of(label_key(block.label))
        count = _count(block.value)
        if suffix is None or not _bare_suffix(suffix) or count is None:
            continue
        heading = doc.blocks[block.parent]
        words = [label_key(word) for word in heading.text.lstrip(_BULLETS).split()]
        if heading.kind != "heading" or not words or not words[0].endswith(suffix):
            continue
        if unit_kind(words[0]) is not None:
            yield _Found(words[0], None, count, {
                "": doc.span(heading.start, block.end),
                "count": doc.span(block.value_start or block.start, block.end),
            })  # fmt: skip


_AS_OF = re.compile(r"\s*(?:現在|時点)?\s*(?:で|は)?\s*[:：、,]?\s*")


def _dated_value(value: str) -> tuple[str, int | None]:
    """「令和6年4月1日現在 18人」: the count after the day it was taken, and the fiscal year
    that day falls in; any other value as given, with no year."""
    mentions = year_mentions(value)
    if not mentions or mentions[0].kind != "date":
        return value, None
    if mentions[0].start == 0:
        rest = value[mentions[0].end :]
        gap = _AS_OF.match(rest)
        return rest[gap.end() if gap else 0 :], mentions[0].year
    # 「18人(令和7年4月1日現在)」: the day in brackets after the count
    note = re.search(r"\s*[(（][^()（）]*[)）]\s*$", value)
    if note is not None and note.start() <= mentions[0].start:
        return value[: note.start()], mentions[0].year
    return value, None


# -- a table printed one cell per line ----------------------------------------------------
def _from_stacked(doc: StructuredDocument) -> Iterator[_Found]:
    """区分 / 職員数 / 令和3年度 / 令和4年度 … then a unit's name and its counts, each on a line
    of its own (counts and notes sometimes run together on one line: 「487 3」)."""
    lines = [b for b in doc.blocks if b.kind != "table"]
    for i, block in enumerate(lines):
        if field_of(label_key(_raw(doc, block)), exact=True) != "staff":
            continue
        years: list[int] = []
        j = i + 1
        while j < min(len(lines), i + 1 + _STACK_HEADER_WINDOW):
            year = _year_alone(_raw(doc, lines[j]))
            if year is not None:
                years.append(year)
            elif years:
                break
            j += 1
        if years:
            yield from _stacked_rows(doc, lines[j:], years)


def _raw(doc: StructuredDocument, block: Block) -> str:
    return doc.folded[block.start : block.end].strip()


def _western_year(text: str) -> int | None:
    """「2024」 in a column labelled 年度: a bare western year (a data export's), the year."""
    key = label_key(text)
    return int(key) if re.fullmatch(r"(?:19|20)[0-9]{2}", key) else None


def _year_alone(text: str) -> int | None:
    mentions = year_mentions(text)
    if len(mentions) != 1 or text[: mentions[0].start].strip() or text[mentions[0].end :].strip():
        return None
    return mentions[0].year


def _stacked_rows(
    doc: StructuredDocument, lines: list[Block], years: list[int]
) -> Iterator[_Found]:
    for i, block in enumerate(lines):
        text = _raw(doc, block)
        if "。" in text:
            return  # the notes under the table
        if not text or _NUMBER_TOKEN.match(text):
            continue
        numbers: list[tuple[int, int, int]] = []
        for following in lines[i + 1 :]:
            found = _leading_numbers(doc, following)
            if not found:
                break
            numbers.extend(found)
            if len(numbers) >= len(years):
                break
        if len(numbers) < len(years):
            continue
        for year, (count, start, end) in zip(years, numbers, strict=False):
            yield _Found(text, year, count, {
                "": doc.span(block.start, end), "count": doc.span(start, end),
            })  # fmt: skip


def _leading_numbers(doc: StructuredDocument, block: Block) -> list[tuple[int, int, int]]:
    """(count, start, end) of the numbers a line starts with, up to its first word."""
    found = []
    for token in _TOKEN.finditer(doc.folded, block.start, block.end):
        if not _NUMBER_TOKEN.fullmatch(token.group()):
            break
        found.append((int(token.group().replace(",", "")), token.start(), token.end()))
    return found


# -- a header of labels run together, and its row -----------------------------------------
def _from_label_run_rows(doc: StructuredDocument, facts: DocumentFacts) -> Iterator[_Found]:
    """「部局名部局長名所属名所属長名職員数」 then the row, as PDF extraction runs them
    together: the count ends the row and counts the innermost unit the row names."""
    lines = [b for b in doc.blocks if b.kind != "table"]
    for block, row in itertools.pairwise(lines):
        labels = _label_sequence(label_key(_raw(doc, block)))
        if len(labels) < 3 or field_of(labels[-1], exact=True) != "staff":
            continue
        text = doc.folded[row.start : row.end]
        count = _TRAILING_COUNT.search(text)
        if count is None:
            continue
        unit = _last_unit(text[: count.start()], facts)
        if unit is not None:
            start = row.start + count.start("n")
            yield _Found(unit, None, int(count.group("n").replace(",", "")), {
                "": doc.span(row.start, row.end),
                "count": doc.span(start, start + len(count.group("n"))),
            })  # fmt: skip


def _label_sequence(key: str) -> list[str]:
    """`key` cut into known labels, longest first at each point; [] when it is not one."""
    labels = [label_key(x) for x in all_labels()]
    found: list[str] = []
    at = 0
    while at < len(key):
        label = next((x for x in labels if len(x) >= 2 and key.startswith(x, at)), None)
        if label is None:
            return []
        found.append(label)
        at += len(label)
    return found


def _last_unit(text: str, facts: DocumentFacts) -> str | None:
    """The unit named last in `text`: one the document names elsewhere, else any unit."""
    positions = []
    for organization in facts.organizations:
        at = text.rfind(organization.name)
        if at >= 0 and organization.kind != "municipality":
            positions.append((at + len(organization.name), organization.name))
    if not positions:
        positions = [(end, name) for _, end, name in find_organization_mentions(text)]
    return max(positions)[1] if positions else None


# -- a table by kind of employment, its columns only spaced -------------------------------
_HEADER_WINDOW = 6  # a wrapped header (再任用 / (短時間)) spans a few lines
_WORDS = re.compile(r"\S+")


def _from_spaced(doc: StructuredDocument) -> Iterator[_Found]:
    """「職・課名 常勤 / 再任用 / (短時間) / 臨時 その他 合計」 then 「協働推進課 12 4 5 21」: a
    header that starts with the unit column's label and ends with the total column, wrapped
    over lines; each row a unit and its numbers, the numbers sometimes wrapped too. A row
    with fewer numbers than columns left its empty cells out, so its last number is the
    total."""
    lines = [b for b in doc.blocks if b.kind != "table"]
    i = 0
    while i < len(lines):
        header = _spaced_header(doc, lines, i)
        if header is None:
            i += 1
            continue
        columns, j = header
        for name, numbers in _spaced_rows(doc, lines[j:]):
            if len(numbers) == len(columns):
                count = numbers[columns.index(TOTAL_COLUMN)]
            elif columns[-1] == TOTAL_COLUMN:
                count = numbers[-1]
            else:
                continue
            yield _Found(name[0], None, int(count[0].replace(",", "")), {
                "": doc.span(name[1], numbers[-1][2]), "count": doc.span(count[1], count[2]),
            })  # fmt: skip
        i = j


TOTAL_COLUMN = "total"


def _spaced_header(
    doc: StructuredDocument, lines: list[Block], i: int
) -> tuple[list[str | None], int] | None:
    """The fields of the value columns of a spaced header starting at line `i`, and the
    index of the first row; None when line `i` opens no such header."""
    first = _WORDS.findall(_raw(doc, lines[i]))
    if not first or field_of(first[0]) not in ("division", "department"):
        return None
    words = first[1:]
    for j in range(i, min(len(lines), i + _HEADER_WINDOW)):
        if j > i:
            words += _WORDS.findall(_raw(doc, lines[j]))
        labels: list[str] = []
        for word in words:
            if labels and word[:1] in "(（":
                labels[-1] += word  # 再任用 (短時間): a qualifier of the label before it
            else:
                labels.append(word)
        if any(_NUMBER_TOKEN.fullmatch(w) for w in words):
            return None  # a row before the total column: no header of this kind
        fields = [field_of(label) for label in labels]
        if labels and field_of(labels[-1], exact=True) == "total":
            if "employment" not in fields and fields.count("staff") < 2:
                return None
            return [TOTAL_COLUMN if f == "total" else f for f in fields], j + 1
    return None


def _spaced_rows(
    doc: StructuredDocument, lines: list[Block]
) -> Iterator[tuple[tuple[str, int], list[tuple[str, int, int]]]]:
    """(name, start) and the numbers of each row; a line of numbers alone continues the row
    before it."""
    row: tuple[tuple[str, int], list[tuple[str, int, int]]] | None = None
    for block in lines:
        tokens = [
            (m.group(), m.start(), m.end())
            for m in _TOKEN.finditer(doc.folded, block.start, block.end)
        ]
        numbers = [t for t in tokens if _NUMBER_TOKEN.fullmatch(t[0])]
        if tokens and len(numbers) == len(tokens) and row is not None:
            row[1].extend(numbers)
            continue
        if len(tokens) < 2 or len(numbers) != len(tokens) - 1 or numbers[0] != tokens[1]:
            break
        if row is not None:
            yield row
        row = ((tokens[0][0], tokens[0][1]), numbers)
    if row is not None:
        yield row


# -- counts in running text ---------------------------------------------------------------
_UNIT_COUNT = re.compile(
    r"(?:^|(?<=[、。,\s(（「の]))(?P<unit>[^\s、。,()（）「」0-9]{1,30}?)\s*(?P<open>[(（])?\s*"
    r"(?P<n>[0-9][0-9,]*)\s*(?:人|名)(?(open)\s*[)）])"
)  # 「維持管理班(14人)」: the count in brackets after the unit
_PARTICLES = ("では", "で", "は")
_NAME_RUN = re.compile(r"[一-龥々ァ-ヴー]+$")


def _from_prose(doc: StructuredDocument, facts: DocumentFacts) -> Iterator[_Found]:
    """「こども政策課 12名、保育課 24名で、部全体では 71名です」 in a paragraph about staff (it
    or its heading names the staff label): each unit's count, and 「部全体」 or 「部の職員数は…
    の計60人」 the whole staff of the unit the document is about."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item") or not _about_staff(doc, block):
            continue
        text = doc.folded[block.start : block.end]
        for word, at, dated in unit_dated_counts(text):  # 「A課（令和8年度 9人）」
            name = _counted_unit(word, text, at, facts, doc)
            if name is not None:
                yield _Found(name, dated.year, dated.count, {
                    "": doc.span(block.start + at, block.start + dated.end),
                    "count": doc.span(block.start + dated.count_start,
                                      block.start + dated.count_end),
                })  # fmt: skip
        for match in _UNIT_COUNT.finditer(text):
            name = _counted_unit(match.group("unit"), text, match.start("unit"), facts, doc)
            if name is None:
                continue
            start = block.start + match.start("n")
            yield _Found(name, None, int(match.group("n").replace(",", "")), {
                "": doc.span(block.start + match.start("unit"), block.start + match.end()),
                "count": doc.span(start, start + len(match.group("n"))),
            })  # fmt: skip
            before = _previous_count(text, match.end())
            base = facts.fiscal_year or document_year(doc.text)
            if before is not None and base is not None:  # 「A課 ○○人（前年度 ○○人）」
                yield _Found(name, base - 1, int(before.group("n").replace(",", "")), {
                    "": doc.span(block.start + before.start(), block.start + before.end()),
                    "count": doc.span(block.start + before.start("n"),
                                      block.start + before.end("n")),
                })  # fmt: skip


def _about_staff(doc: StructuredDocument, block: Block) -> bool:
    labels = [label_key(x) for x in labels_of("staff") if len(label_key(x)) >= 2]
    texts = [doc.folded[block.start : block.end]]
    if block.parent is not None:
        heading = doc.blocks[block.parent]
        texts.append(doc.folded[heading.start : heading.end])
    return any(label in label_key(text) for text in texts for label in labels)


def _counted_unit(
    word: str, text: str, at: int, facts: DocumentFacts, doc: StructuredDocument
) -> str | None:
    """The unit `word` (printed before a count) names: a unit; 「部全体では」 or a total label
    (「…の計」) after 「部の職員数は」, the unit the document is about."""
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) > len(particle):
            word = word[: -len(particle)]
            break
    if unit_kind(word) is not None and field_of(word, exact=True) is None and (
        field_of(word) not in _COUNT_FIELDS  # 「会計課」 holds a label word, but counts none
    ):
        return unit_in_phrase(word)
    for whole in labels_of("whole"):
        if word.endswith(whole) and _bare_suffix(word[: -len(whole)][-1:]):
            named = _NAME_RUN.search(word[: -len(whole)])
            if named is not None and len(named.group()) > 1 and unit_kind(named.group()):
                return named.group()  # 「環境部全体で」
            return document_owner(facts, doc)  # 「…を含めた部全体では」
    total = next((x for x in labels_of("total") if word.endswith(x)), None)
    if total is None:
        return None
    sentence = text[text.rfind("。", 0, at) + 1 : at]
    for label in labels_of("staff"):
        where = sentence.find(label)
        if where >= 2 and sentence[where - 1] == "の" and _bare_suffix(sentence[where - 2]):
            return document_owner(facts, doc)
    return None


# fields of the words that say what a count is, not whose: 「部職員合計」「課の計」
_COUNT_FIELDS = ("staff", "total", "subtotal", "whole", "employment")

_SUBJECT = re.compile(r"^\s*(?P<unit>[^、。,\s]{2,20}?)は[、,]")


@cache
def _stated_pattern(*, glued: bool = False) -> re.Pattern[str]:
    """The staff label, 「は」 and its count; `glued`: a unit printed right before the label
    too (「…現在の知事部局職員数は3,170人」)."""
    staff = "|".join(re.escape(x) for x in _staff_labels())
    unit = r"(?P<glued>[^\W\d]{2,12}?)" if glued else "(?P<glued>)"
    return re.compile(
        rf"(?:^|(?<=[、,\s]))(?:(?P<owner>\w{{1,20}}?)の)?{unit}(?:{staff})"
        rf"(?:[(（][^()（）]{{1,20}}[)）])?は[、,]?\s*"  # 「職員数（○月○日現在）は」
        rf"(?P<gap>[^。]{{0,24}}?)(?P<n>[0-9][0-9,]*)\s*(?:人|名)"
    )


def _stated_match(text: str) -> re.Match[str] | None:
    """The first staff statement of a sentence; a word glued before the label only when it
    names a unit (「知事部局職員数は」), else the label standing alone."""
    match = _stated_pattern(glued=True).search(text)
    if match is not None and match.group("glued") and unit_kind(match.group("glued")):
        return match
    return _stated_pattern().search(text)


def _whole_body(owner: str, facts: DocumentFacts) -> str | None:
    """「町全体の職員数は」「市全体の」: the whole of the body (its name or its kind, 町, before
    a whole label) is the body itself; so is its office (「役場の」「市役所の」) and the body
    named by its kind alone (「町の職員数は」)."""
    if len(owner) == 1 and owner in _BODY_KINDS:
        return facts.municipality
    for whole in labels_of("whole"):
        stem = owner[: -len(whole)] if owner.endswith(whole) else None
        if stem and (stem == facts.municipality or (len(stem) == 1 and stem in _BODY_KINDS)):
            return facts.municipality
    for office in cues_of("bodyOffice"):
        stem = owner[: -len(office)] if owner.endswith(office) else None
        if stem is not None and stem in ("", facts.municipality):
            return facts.municipality
    return None


_BODY_KINDS = "市町村県都道府"


_GAP_MAX = 4  # 「令和2年4月1日現在で」: after its date, a few words before the count


def _plain_gap(text: str) -> bool:
    """Nothing but a date and a few words between the staff label and its count; or the
    units it adds up (「町長部局、教育委員会…を合わせて」, `mkf:combined` cue words): the count
    is then the whole body's."""
    if any(text.rstrip().endswith(cue) for cue in cues_of("combined")):
        return True
    for mention in reversed(year_mentions(text)):
        if mention.kind == "date":
            text = text[: mention.start] + text[mention.end :]
    return len(text.strip()) <= _GAP_MAX and not any(ch.isdigit() for ch in text)


def _from_stated(doc: StructuredDocument, facts: DocumentFacts) -> Iterator[_Found]:
    """「架空振興部は、3課で構成し、職員数は77人です」: the count a sentence states after the
    staff label is the staff of the unit it names (「○○部の職員数は」) or the sentence is
    about (its subject), else of the unit the document is about. A sentence that aims at
    the count (「…を目標」) or dates it to a year (not a day: 「令和2年4月1日現在」 dates the
    count) states no current staff."""
    aims = [c for c, f in sentence_cues().items() if f in ("target", "estimate")]
    for start, prose in _prose(doc):
        for sentence in _SENTENCE.finditer(prose):
            text = combined_as_whole(sentence.group())  # 「A部局とB…を合わせた職員数は」
            match = _stated_match(text)
            if match is None or any(cue in text[match.end() :] for cue in aims):
                continue
            years = year_mentions(text)
            if any(m.kind != "date" for m in years):
                continue
            if not _plain_gap(match.group("gap")):
                continue
            subject = _SUBJECT.match(text)
            owner = match.group("owner")
            if owner and any(m.kind == "date" for m in year_mentions(owner)):
                owner = None  # 「令和5年4月1日現在の職員数は」: the day it was counted
            if subject is not None and subject.start("unit") >= match.start():
                subject = None  # 「職員数は、300名」: the label itself, no unit
            if owner and (body := _whole_body(owner, facts)):
                owner = body
            unit = match.group("glued") or owner or (subject.group("unit") if subject else None)
            if unit is not None and unit != facts.municipality and not unit_kind(unit):
                continue  # the sentence is about something else
            at = _source_at(doc, start, prose, sentence.start(), match.end())
            year = years[0].year if years else None
            yield _Found(unit or document_owner(facts, doc), year,
                         int(match.group("n").replace(",", "")), {
                "": doc.span(at, at + match.end()),
                "count": doc.span(at + match.start("n"), at + match.end("n")),
            })  # fmt: skip
            before = _previous_count(text, match.end())
            base = year or facts.fiscal_year or document_year(doc.text)
            dated = dated_count(text, match.end()) if before is None else None
            if dated is not None:  # 「…は61人です（令和8年4月1日現在は58人）」: its own day
                yield _Found(unit or document_owner(facts, doc), dated.year, dated.count, {
                    "": doc.span(at + dated.start, at + dated.end),
                    "count": doc.span(at + dated.count_start, at + dated.count_end),
                })  # fmt: skip
            if before is not None and base is not None:
                yield _Found(unit or document_owner(facts, doc), base - 1,
                             int(before.group("n").replace(",", "")), {
                    "": doc.span(at + before.start(), at + before.end()),
                    "count": doc.span(at + before.start("n"), at + before.end("n")),
                })  # fmt: skip


# a sentence up to its 「。」, a bracket whole though it holds a 「。」 of its own note
# (「…は92人(部長1人を含む。前年度は89人)です」)
_SENTENCE = re.compile(r"(?:[(（][^()（）]*[)）]|[^。])+")


def _prose(doc: StructuredDocument) -> Iterator[tuple[int, str]]:
    """(offset, text) of each paragraph and item, and of each table cell that holds a
    sentence (「…職員数は令和5年4月1日現在68人(前年同日70人)と減少しており、…」 in a
    progress table's remarks): prose wherever the layout put it."""
    for block in doc.blocks:
        if block.kind in ("paragraph", "item"):
            yield block.start, _unmarked(doc, block)
        elif block.kind == "table" and block.table is not None:
            for row in block.table.rows:
                for cell in row:
                    if "。" in cell.text or "、" in cell.text:
                        yield cell.start, cell.text


def _unmarked(doc: StructuredDocument, block: Block) -> str:
    """A block's text with the bullet or numbering printed before it blanked (「・令和6年4月
    1日の職員数は…」: the sentence starts after the mark), its offsets kept."""
    raw = doc.folded[block.start : block.end]
    if not (block.mark or block.number) or not block.text:
        return raw
    at = raw.find(block.text)
    return " " * at + raw[at:] if at > 0 else raw


def _source_at(doc: StructuredDocument, start: int, prose: str, at: int, end: int) -> int:
    """Where prose[at:] starts in the folded text: `start + at` for a block's own text; for a
    cell's text (joined from its lines), where its first `end` characters are printed, else
    the cell's start."""
    own = doc.folded[start : start + len(prose)]
    if own == prose or (prose[:1] == " " and own.endswith(prose.lstrip())):
        return start + at  # the block's own text, its bullet blanked
    found = doc.folded.find(prose[at : at + end], start)
    return found if found >= 0 else start


def _previous_count(text: str, at: int) -> re.Match[str] | None:
    """「68人(前年度67人)」: the count of the year before, in brackets after the count (the
    cue words are `mkf:previousYear` in the field vocabulary). 「61人です(前年同日63人)」
    「88人で、前年度(85人)から」: a few words of the sentence may stand between, and the
    cue may stand before the bracket, or name the count compared with (「前年の○○人より」)."""
    cues = list(cues_of("previousYear"))
    if not cues:
        return None
    cue = "|".join(re.escape(c) for c in cues)
    count = r"(?P<n>[0-9][0-9,]*)\s*[人名]\s*[)）]"
    # 「(部長1人を含む。前年度は89人)」: a note of the count may stand before the cue
    note = r"(?:[^()（）]{0,24}?[、。,]\s*)?"
    inside = re.compile(rf"(?:\s*|{_LINK})[(（]\s*{note}(?:{cue})\s*[:：は]?\s*{count}")
    before = re.compile(rf"{_LINK}(?:{cue})\s*[(（]\s*{count}")
    # 「○○人で、前年の○○人より○人増えました」: the year before's count it is compared with
    compared = re.compile(
        rf"{_LINK}(?:{cue})(?:の|は)\s*(?P<n>[0-9][0-9,]*)\s*[人名]\s*(?:より|から|に比べ|と比べ)"
    )
    return inside.match(text, at) or before.match(text, at) or compared.match(text, at)


_LINK = r"\s*(?:です|であり|で|となり)?[、,]?\s*"  # words joining a count to the next clause


# -- a summary line -------------------------------------------------------------------------
def _summary_pattern() -> re.Pattern[str]:
    staff = "|".join(re.escape(x) for x in labels_of("staff"))
    total = "|".join(re.escape(x) for x in labels_of("total"))
    return re.compile(
        rf"(?P<unit>(?:\w[\w・ー]*?)?)(?:{staff})(?:{total})\s*(?P<n>[0-9][0-9,]*)\s*(?:人|名)"
    )


def _from_summaries(doc: StructuredDocument, facts: DocumentFacts) -> Iterator[_Found]:
    """「部職員合計194名、うち正規職員103名」: the whole staff of a unit; a unit suffix alone
    (部, 局) is the unit the document is about."""
    pattern = _summary_pattern()
    for block in doc.blocks:
        if block.kind not in ("item", "paragraph", "heading"):
            continue
        for match in pattern.finditer(doc.folded, block.start, block.end):
            name = _unit_of_count(match.group("unit"), facts, doc)
            if name is None:
                continue
            yield _Found(name, None, int(match.group("n").replace(",", "")), {
                "": doc.span(match.start(), match.end()),
                "count": doc.span(match.start("n"), match.end("n")),
            })  # fmt: skip


def _unit_of_count(printed: str, facts: DocumentFacts, doc: StructuredDocument) -> str | None:
    """The unit a printed count belongs to: the unit named, or for a bare suffix (部, 局) or
    no name the unit the document is about; None for the municipality as a whole."""
    name = printed if len(printed) > 1 and unit_kind(printed) else None
    if name is None and (not printed or _bare_suffix(printed)):
        name = document_owner(facts, doc)
    return None if name is None or name == facts.municipality else name


def _bare_suffix(word: str) -> bool:
    """「部」, 「局」: a unit suffix printed alone, standing for the unit the text is about."""
    return unit_kind(word) is None and unit_kind("某" + word) is not None


# -- one line per unit ------------------------------------------------------------------------
# 「福祉課 18人」, then perhaps its note (「(A係…)」) or the rest of its row (「地域福祉、…」)
_UNIT_LINE = re.compile(
    r"(?P<unit>[^\s、。,()（）0-9]{2,30})\s+(?P<n>[0-9][0-9,]*)\s*(?:人|名)\s*(?:\([^()]*\))?"
    r"(?:$|\s+(?=[^\s0-9]))"
)
_UNIT_HEAD = re.compile(r"(?P<unit>[^\s、。,()（）0-9]{2,30})\s*\([^()]*\)$")


# 「総務課（14人）」: a unit and its count of people in brackets, nothing else on the line
_COUNTED_UNIT = re.compile(
    r"(?P<unit>[^\s、。,()0-9][^、。,()]{1,40}?)\s*\(\s*(?P<n>[0-9][0-9,]*)\s*(?:人|名)\s*\)"
)


def _from_counted_headings(doc: StructuredDocument) -> Iterator[_Found]:
    """「役場の組織と職員数」 over headings 「総務課（14人）」「住民課（16人）」, each over what
    the unit does: a section per unit, its heading naming the unit and its count."""
    for block in doc.of_kind("heading"):
        # the spaces kept: 「教育委員会事務局 教育課（8人）」 counts the 課 of the chain
        text = block.text.strip().replace("（", "(").replace("）", ")")
        match = _COUNTED_UNIT.fullmatch(text)
        if match is None or unit_kind(match.group("unit").split()[-1]) is None:
            continue
        above = next(doc.headings_above(block), None)
        if above is None or "。" in above.text or not _names_staff(above.text):
            continue
        name = block.text.strip()
        at = block.start + doc.folded[block.start : block.end].index(name)
        span = doc.span(at, at + len(name))
        yield _Found(match.group("unit"), None, int(match.group("n").replace(",", "")),
                     {"": span, "count": span})  # fmt: skip


def _staff_list_head(text: str) -> bool:
    """「部の組織と職員数」, or a header line of labels one of which is the staff label
    (「課 名 職員数 主な所掌事務」): a list of units and their counts follows."""
    if field_of(text) == "staff":
        return True
    words = text.split()
    return not re.search(r"[0-9]", text) and any(
        field_of(w, exact=True) == "staff" for w in words
    )


def _unit_total(
    doc: StructuredDocument, facts: DocumentFacts, start: int, text: str
) -> _Found | None:
    """「部 計 107人」 closing a list of a unit's parts: the whole staff of the unit the
    document is about (the suffix alone stands for it)."""
    totals = "|".join(re.escape(x) for x in labels_of("total"))
    match = re.fullmatch(
        rf"(?P<open>[(（]?(?:\S*?[\u3040-\u309f]\s*)?)(?P<unit>[^\s\u3040-\u309f])\s*(?:{totals})\s*"
        rf"(?P<n>[0-9][0-9,]*)\s*(?:人|名)(?P<close>[)）]?)",
        text,
    )
    if match is not None and bool(match.group("open")) != bool(match.group("close")):
        return None  # 「(部長を含む部計 27人)」: a note in brackets, a phrase before the suffix
    if match is None or not _bare_suffix(match.group("unit")):
        return None
    owner = document_owner(facts, doc)
    if owner is None or owner == facts.municipality:
        return None
    at = start + doc.folded[start:].index(text)
    return _Found(owner, None, int(match.group("n").replace(",", "")), {
        "": doc.span(at, at + match.end()),
        "count": doc.span(at + match.start("n"), at + match.end("n")),
    })  # fmt: skip


def _from_indented_trees(doc: StructuredDocument) -> Iterator[_Found]:
    """An organisation chart printed as tab-indented lines, 「局 ○○人」 over 「<tab>部 ○○人」
    over 「<tab><tab>課 ○人」, which the structure reader takes for a table with one filled
    cell a row: each cell a unit and its count, and the root on the line just above."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        lines = [table.header_cells or [], *table.rows]
        cells = [[c for c in row if c.text.strip()] for row in lines]
        if len(cells) < 2 or any(len(row) != 1 for row in cells[1:]):
            continue
        matches = [(row[0], _UNIT_LINE.fullmatch(row[0].text)) for row in cells if row]
        if not matches or any(m is None or not unit_kind(m.group("unit")) for _, m in matches):
            continue
        above = doc.blocks[block.index - 1] if block.index else None
        if above is not None and above.kind in ("heading", "paragraph"):
            root = Cell(above.text.strip(), above.start, above.end)
            if (m := _UNIT_LINE.fullmatch(root.text)) and unit_kind(m.group("unit")):
                matches.insert(0, (root, m))
        for cell, m in matches:
            if m is not None:
                yield _Found(m.group("unit"), None, int(m.group("n").replace(",", "")),
                             _evidence(doc, cell, cell))  # fmt: skip


def _from_unit_lines(doc: StructuredDocument, facts: DocumentFacts) -> Iterator[_Found]:
    """「部の組織と職員数(令和7年4月1日現在)」 then 「市民協働課  17人(協働推進係…)」, one
    unit and its count a line, up to the first line of another kind; a line naming a unit
    alone (「市民生活部(部長1人、次長1人)」) heads the list and counts nothing."""
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if (
            block.kind not in ("heading", "paragraph")
            or "。" in block.text
            or not _staff_list_head(block.text)
            or _UNIT_LINE.match(block.text)
        ):
            continue
        for other in blocks[i + 1 :]:
            text = doc.folded[other.start : other.end].strip()
            match = _UNIT_LINE.match(text)
            if match is None and (total := _unit_total(doc, facts, other.start, text)):
                yield total
                continue
            if match is None:
                head = _UNIT_HEAD.match(text)
                if head is not None and unit_kind(head.group("unit")):
                    continue
                break
            at = other.start + doc.folded[other.start : other.end].index(text)
            yield _Found(match.group("unit"), None, int(match.group("n").replace(",", "")), {
                "": doc.span(at + match.start(), at + match.end("n")),
                "count": doc.span(at + match.start("n"), at + match.end("n")),
            })  # fmt: skip


@cache
def _labelled_pattern(*, spaced: bool = False) -> re.Pattern[str]:
    """The staff label and its count opening a line, with the unit it counts before it; or
    (`spaced`) set apart by a space inside the line, counting no unit it names."""
    staff = "|".join(re.escape(x) for x in _staff_labels())
    head = r"(?<=\s)(?P<unit>)" if spaced else r"^(?P<unit>\w*?)\s*"  # 「○○部　職員数」
    return re.compile(rf"{head}(?:{staff})\s*[:：]?\s*(?P<n>[0-9][0-9,]*)\s*(?:人|名)")


def _from_labelled_lines(doc: StructuredDocument, facts: DocumentFacts) -> Iterator[_Found]:
    """A line that opens with the staff label and a count, 「部職員数 412人(うち…)」: the
    whole staff of the unit it names, a unit suffix alone being the unit the document is
    about; so is the label set apart by a space among other labelled values (「体制 本庁3課
    職員数 77人」)."""
    pattern = _labelled_pattern()
    previous_cues = list(cues_of("previousYear"))
    for block in doc.blocks:
        if block.kind not in ("item", "paragraph", "heading", "field"):
            continue
        text = doc.folded[block.start : block.end]
        lead = len(text) - len(text.lstrip())
        match = pattern.match(text[lead:])
        if match is None and "。" not in text:
            match = _labelled_pattern(spaced=True).search(text[lead:])
        if match is None:
            continue
        headed = None if match.group("unit") else _heading_unit(doc, block, facts)
        name = headed or _unit_of_count(match.group("unit"), facts, doc)
        led = leader_field(text[lead:]) if not match.group("unit") else None
        if led is not None and led[1] <= match.start() and unit_kind(label_key(led[0])):
            name = led[0]  # 「架空課 ……… 職員 9人」: the leader joins the unit to its count
        if name is None:
            continue
        at = block.start + lead
        yield _Found(name, None, int(match.group("n").replace(",", "")), {
            "": doc.span(at + match.start(), at + match.end()),
            "count": doc.span(at + match.start("n"), at + match.end("n")),
        })  # fmt: skip
        before = _PREVIOUS_COUNT.match(text, lead + match.end())
        if before is not None and before.group("cue") in previous_cues and facts.fiscal_year:
            # 「14人（前年度14人）」: the count of the year before, in brackets after it
            at_n = block.start + before.start("n")
            yield _Found(name, facts.fiscal_year - 1, int(before.group("n").replace(",", "")), {
                "": doc.span(at + match.start(), block.start + before.end()),
                "count": doc.span(at_n, at_n + len(before.group("n"))),
            })  # fmt: skip
            continue
        bare = _BARE_COUNT.match(text, lead + match.end())
        other = (
            legend_year(doc, block, facts.fiscal_year, reach=block.index)
            if bare is not None
            else None
        )
        if bare is not None and other is not None:
            # 「16人（15人）」 under 「（ ）は令和7年4月1日現在」: the legend's year's count
            at_n = block.start + bare.start("n")
            yield _Found(name, other, int(bare.group("n").replace(",", "")), {
                "": doc.span(at + match.start(), block.start + bare.end()),
                "count": doc.span(at_n, at_n + len(bare.group("n"))),
            })  # fmt: skip
            continue
        parts = _PARTS_BRACKET.match(text, lead + match.end())
        if parts is not None:  # 「14人（総務係 5人／財政係 5人）」: its parts, each counted
            inner = block.start + parts.start("inner")
            for unit, count, start, end in unit_counts(parts.group("inner")):
                span = doc.span(inner + start, inner + end)
                yield _Found(unit, None, count, {"": span, "count": span})


_PARTS_BRACKET = re.compile(r"\s*[(（](?P<inner>[^()（）]+)[)）]")
_PREVIOUS_COUNT = re.compile(
    r"\s*[(（]\s*(?P<cue>[^\s0-9()（）]{2,5}?)\s*(?P<n>[0-9][0-9,]*)\s*[人名]?\s*[)）]"
)
_BARE_COUNT = re.compile(r"\s*[(（]\s*(?P<n>[0-9][0-9,]*)\s*[人名]?\s*[)）]")
_HEADING_REACH = 3  # blocks between a unit's heading and the count line under it
_HEADING_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _heading_unit(doc: StructuredDocument, block: Block, facts: DocumentFacts) -> str | None:
    """「架空課」 over 「職員数：12人」, 「架空総務課（庶務係・財政係）」 over 「職員9人 ☎…」: the
    unit a heading names is the one a count line under it counts, though the count names no
    unit (a card or a directory entry per unit); None when the nearest heading names none."""
    for above in reversed(doc.blocks[max(0, block.index - _HEADING_REACH) : block.index]):
        if above.kind != "heading":
            continue
        # 「架空総務課 (庶務係・財政係)」: the sections it holds are no part of the unit's name
        text = _HEADING_NOTE.sub("", above.text)
        words = text.split()  # 「青葉台市 架空部」: the unit is the heading's last word
        for k in range(len(words) - 2, -1, -1):
            if words[k + 1].endswith("長") and unit_kind(label_key(words[k])):
                words = words[: k + 1]  # 「架空課 課長 氏名」: the head's post and name after it
                break
        name = label_key(words[-1]) if words else ""
        name = strip_place_prefix(name, facts.prefecture, facts.municipality)
        if above.index + 1 == block.index or block.kind == "field":
            return name if unit_kind(name) in _HEADED_KINDS else None
        return None
    return None


_HEADED_KINDS = ("department", "division", "section", "facility_unit")


# 「令和4年 170人」「令和4年4月1日 170人」: a year or a day and the count of staff then
_YEAR_COUNT = re.compile(
    r"(?P<year>[^\s0-9]{1,4}[0-9元]{1,4}年度?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:現在)?)?)"
    r"\s*(?P<n>[0-9][0-9,]*)\s*(?:人|名)"
)


def _from_year_pairs(doc: StructuredDocument) -> Iterator[_Found]:
    """「職員数の推移」 over 「令和4年 170人  令和5年 168人  令和6年 166人」: the staff of the
    unit the document is about, year by year."""
    for block, following in itertools.pairwise(doc.blocks):
        key = label_key(block.text)
        names_staff = any(len(x) >= 3 and x in key for x in labels_of("staff"))
        if "。" in block.text or not names_staff:
            continue  # 「(参考)職員数の推移」: a caption naming the staff label
        lines = [(following.start, _year_pairs(doc, following))]
        if len(lines[0][1]) == 1:  # one pair a line: the series printed down the page
            for other in doc.blocks[following.index + 1 :]:
                pairs = _year_pairs(doc, other)
                if len(pairs) != 1:
                    break
                lines.append((other.start, pairs))
        if sum(len(pairs) for _, pairs in lines) < 2:
            continue
        for at, pairs in lines:
            for pair in pairs:
                mentions = year_mentions(pair.group("year"))
                if len(mentions) != 1:
                    continue
                yield _Found("", mentions[0].year, int(pair.group("n").replace(",", "")), {
                    "": doc.span(at + pair.start(), at + pair.end()),
                    "count": doc.span(at + pair.start("n"), at + pair.end("n")),
                }, whole=True)  # fmt: skip


def _from_year_sentences(doc: StructuredDocument) -> Iterator[_Found]:
    """「職員数は、令和4年度が80人、令和5年度が82人である。」: the staff of the unit named
    before the label, else of the body, year by year."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        text, at = wrapped_sentence(doc, block)
        for found in year_counts(text):
            if found.label_start >= block.end - block.start:
                break  # a sentence opening on a later line is read from that line's block
            yield _Found(found.unit or "", found.year, found.count, {
                "": doc.span(at(found.start), at(found.count_end - 1) + 1),
                "count": doc.span(at(found.count_start), at(found.count_end - 1) + 1),
            }, whole=found.unit is None)  # fmt: skip


def _from_revisions(doc: StructuredDocument, year: int | None) -> Iterator[_Found]:
    """「架空福祉課を7人から9人に増員し」: the unit's staff the year before and the year the
    sentence names (staff_revisions.py), read across the lines a sentence is wrapped over."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        text, at = wrapped_sentence(doc, block)
        for found in revisions(text, year):
            if found.start >= block.end - block.start:
                break  # a sentence opening on a later line is read from that line's block
            yield _Found(found.unit, found.year, found.count, {
                "": doc.span(at(found.start), at(found.count_end - 1) + 1),
                "count": doc.span(at(found.count_start), at(found.count_end - 1) + 1),
            })  # fmt: skip


# 「R4:612人」「基準値(R5)812人」「令和6年度実績 806人」: a count tagged with its year (and
# what the year's figure is: 実績, 目標), the tag before the count
_TAGGED_COUNT = re.compile(
    r"(?P<pre>[^\s\d:：=＝/／()（）、,]*)[(（]?"
    r"(?P<year>(?:令和|平成|R|H)\s*(?:[0-9]{1,2}|元)(?:年度?)?|(?:19|20)[0-9]{2}年度?)"
    r"[)）]?(?P<post>[^\s\d:：=＝/／、,]*)\s*[:：=＝]?\s*(?P<n>[0-9][0-9,]*)\s*[人名]"
)


def _from_tagged_counts(doc: StructuredDocument) -> Iterator[_Found]:
    """「職員数(各年4月1日) R4:612人 R5:605人」 or 「職員数 基準値(R5)812人 R6実績 806人 R9目標
    800人」: the staff label, then counts each tagged with its year, on one line or in one
    field: the staff of what the document is about in each year it reports (a target or
    an estimate is no count)."""
    for block in doc.blocks:
        if block.kind not in ("field", "paragraph", "item", "heading"):
            continue
        text = doc.folded[block.start : block.end]
        if "。" in text or ("人" not in text and "名" not in text):
            continue
        at = _staff_label_end(text)
        if at is None:
            continue
        pairs = list(_TAGGED_COUNT.finditer(text, at))
        if len(pairs) < 2:
            continue
        for pair in pairs:
            tags = [field_of(t) for t in (pair.group("pre"), pair.group("post")) if t]
            mentions = year_mentions(pair.group("year"))
            if any(t in _AIMED for t in tags) or len(mentions) != 1:
                continue
            yield _Found("", mentions[0].year, int(pair.group("n").replace(",", "")), {
                "": doc.span(block.start + pair.start(), block.start + pair.end()),
                "count": doc.span(block.start + pair.start("n"), block.start + pair.end("n")),
            }, whole=True)  # fmt: skip


def _staff_label_end(text: str) -> int | None:
    """Where the staff label (職員数, 職員総数) ends in a line that prints it before any count."""
    first = re.search(r"[0-9]", text)
    for label in _staff_labels():
        at = text.find(label)
        if len(label) >= 3 and at >= 0 and (first is None or at < first.start()):
            return at + len(label)
    return None


def _year_pairs(doc: StructuredDocument, block: Block) -> list[re.Match[str]]:
    """The year and count pairs of a line of such pairs and nothing else, else none."""
    text = doc.folded[block.start : block.end]
    pairs = list(_YEAR_COUNT.finditer(text))
    return [] if _YEAR_COUNT.sub("", text).strip() else pairs


# -- a row of counts by year ------------------------------------------------------------------
_AIMED = ("target", "estimate")  # a column of what a year should or may reach: no count


def _from_staff_rows(doc: StructuredDocument) -> Iterator[_Found]:
    """「指標 | R1実績 | R2実績 | R6目標」 over 「職員数(人) | 612 | 607 | 590」: a row the staff
    label names, in a table whose columns are years, counts the staff of what the document is
    about in each year it reports (not in a year's 目標 or 見込 column)."""
    dated: dict[int, int] | None = None
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        years = {k: y for k, label in enumerate(table.header) if (y := _column_year(label))}
        if len(years) < 2:
            continue
        if _captioned_targets(doc, block):
            # 「定員適正化計画の数値目標」 over 「令和6年度(実績) | 令和7年度 | …」: the years
            # are targets, but for a column that says it reports what was
            years = {k: y for k, y in years.items() if _reported(table.header[k])}
        for row in table.rows:
            if not row or field_of(_unbracketed_label(row[0].text), exact=True) != "staff":
                continue
            dated = _dated_counts(doc) if dated is None else dated
            for k, year in years.items():
                count = _count(row[k].text) if k < len(row) else None
                if count is None:
                    continue
                if _day_column(table.header[k]):  # 「R5.4.1」: the column is the day itself
                    yield _Found("", year, count, _evidence(doc, row[0], row[k]), whole=True)
                    continue
                year = dated.get(count, year)  # the day the text says it was taken
                if (named := _kind_row_unit(row, years)) is not None:
                    yield _Found(named.text, year, count, _evidence(doc, named, row[k]))
                    continue
                yield _Found("", year, count, _evidence(doc, row[0], row[k]), whole=True,
                             by_column=True)  # fmt: skip


def _kind_row_unit(row: list[Cell], years: dict[int, int]) -> Cell | None:
    """「職員数 | 架空振興課 | 12 | 13」: in a table whose first column says what each row
    counts (予算, 職員数), the cell after it names the unit the row's staff count is of (a
    total of a unit, 「架空部計」, too); a staff or total label there counts the whole."""
    if len(row) < 2 or 1 in years:
        return None
    text = label_key(row[1].text)
    if text and _total_of(text) is not None:
        return row[1]
    if not text or field_of(text) in ("staff", "total"):
        return None
    return row[1] if unit_kind(text) is not None else None


def _captioned_targets(doc: StructuredDocument, block: Block) -> bool:
    """Whether the caption just above a table says its figures are targets (a caption cue
    of `mkf:target`, 「…の数値目標」)."""
    cues = _target_caption_cues()
    for other in reversed(doc.blocks[max(0, block.index - 3) : block.index]):
        if other.kind in ("heading", "paragraph", "item") and other.text.strip():
            if _unit_note(other.text):
                continue
            return "。" not in other.text and any(cue in other.text for cue in cues)
    return False


def _planned_cues() -> tuple[str, ...]:
    """The caption cues of `mkf:planned` (「予定」): a year column's qualifier saying its
    counts are the ones planned for that year's first day."""
    return caption_cues("planned")


def _quota_cues() -> tuple[str, ...]:
    """The caption cues of `mkf:quota` (「定数」): a column of the posts allowed."""
    return caption_cues("quota")


def _target_caption_cues() -> tuple[str, ...]:
    """The caption cues of `mkf:target` in the field vocabulary (「目標」)."""
    return caption_cues("target")


def _reported(label: str) -> bool:
    """A column label saying it reports what was (「令和6年度(実績)」, 「基準値(令和4年度)」),
    not what is aimed at."""
    key = label_key(label)
    return any(word in key for word in (*labels_of("actual"), *labels_of("baseline")))


@cache
def _dated_pattern() -> re.Pattern[str]:
    staff = "|".join(re.escape(x) for x in _staff_labels())
    return re.compile(rf"(?:{staff})は?\s*(?P<n>[0-9][0-9,]*)\s*[人名]")


def _dated_counts(doc: StructuredDocument) -> dict[int, int]:
    """Count → year of the counts the text dates to a day (「令和9年4月1日の職員数は301人」):
    a fiscal-year column (令和6年度実績) may print the count taken on the April 1 after it."""
    dated: dict[int, int] = {}
    for match in _dated_pattern().finditer(doc.folded):
        before = doc.folded[max(0, match.start() - 16) : match.start()]
        days = [m for m in year_mentions(before) if m.kind == "date"]
        if days and not before[days[-1].end :].strip().strip("現在の時点で、 "):
            dated.setdefault(int(match.group("n").replace(",", "")), days[-1].year)
    return dated


def _day_column(label: str) -> bool:
    """A column headed by the day the counts were taken (「R5.4.1」「令和5年4月1日」), which
    dates its count itself, unlike a fiscal year's column (令和5年度実績)."""
    mentions = year_mentions(label_key(label))
    return len(mentions) == 1 and mentions[0].kind == "date"


def _column_year(label: str) -> int | None:
    """The year a column reports: a year alone or with the kind of its figure (R3実績), not
    a year's target or estimate (R7目標)."""
    key = label_key(label)
    mentions = year_mentions(key)
    if len(mentions) != 1:
        return None
    rest = (key[: mentions[0].start] + key[mentions[0].end :]).strip("()")
    if rest and (field_of(rest, exact=True) in _AIMED or field_of(rest, exact=True) is None):
        return None
    return mentions[0].year


def _unbracketed_label(text: str) -> str:
    """「職員数(人)」, 「職員数(普通会計部門)」: the label without the note in its brackets."""
    return re.sub(r"[(（][^()（）]*[)）]\s*$", "", label_key(text))


_DATED_COUNT = re.compile(r"\s*(?P<n>[0-9][0-9,]*)\s*(?:人|名)\s*(?:[(（][^()（）]*[)）])?")


def _from_dated_counts(doc: StructuredDocument) -> Iterator[_Found]:
    """「職員数(普通会計部門) 2031.4.1 2,3○○人 2030.4.1 2,3○○人(前年比▲○人)」: a line opening
    with the staff label, then counts each after the day or year it was taken, and nothing
    else: the staff of what the document is about in each of those years."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "heading", "field", "item"):
            continue
        text = doc.folded[block.start : block.end]
        label = re.match(r"[\s・•●○◎*-]*(?P<label>[^\s0-9:：・]+)\s*[:：]?\s*", text)
        if label is None or field_of(_unbracketed_label(label.group("label")),
                                     exact=True) != "staff":  # fmt: skip
            continue
        found: list[_Found] = []
        at = base = label.end()
        for mention in year_mentions(text[base:]):
            if base + mention.start != at:
                break  # words between: no list of dated counts
            count = _DATED_COUNT.match(text, base + mention.end)
            if count is None:
                break
            start = block.start + count.start("n")
            found.append(_Found("", mention.year, int(count.group("n").replace(",", "")), {
                "": doc.span(block.start + at, block.start + count.end()),
                "count": doc.span(start, start + len(count.group("n"))),
            }, whole=True))  # fmt: skip
            at = count.end()
            at += len(text[at:]) - len(text[at:].lstrip(" \t\u3000、,"))  # 「312人、令和5年…」
        if found and not text[at:].strip():
            yield from found


# -- an org chart whose brackets a legend says hold the staff ---------------------------------
# 「( )内は令和4年4月1日現在の職員数」: what the empty brackets of the lines below stand for
_LEGEND = re.compile(r"[(（][\s\u3000]*[)）]\s*内")
_STROKES = " \t\f\r\n\u3000" + TREE_STROKES + "・･•●○◎■□◆◇▪-"  # indent, tree and bullet marks
# 「総務部(32人)」: a unit and its count in brackets; under a legend saying what the brackets
# hold (「( )内は職員数」) a bare count is one too (「総務係(8)」)
_COUNT_IN_BRACKETS = (
    r"(?P<unit>[^\s()（）0-9、,。]{{2,30}}?)\s*[(（]\s*(?P<n>[0-9][0-9,]*)\s*{}\s*[)）]"
)
_BRACKET_COUNT = re.compile(_COUNT_IN_BRACKETS.format("[人名]"))
_LEGEND_COUNT = re.compile(_COUNT_IN_BRACKETS.format("[人名]?"))
_CONTACT = re.compile(r"(?:電話|TEL|Tel|℡|内線|ファクス|FAX)\s*[:：]?\s*[0-9][0-9\-－‐()（）]*")
_CHART_REACH = 4  # blocks between a legend and the first line of its chart
_POST_MAX = 12  # 「町長」「└ 副町長」: a short line of a post, counting nothing, inside the chart


def _from_legend(doc: StructuredDocument) -> Iterator[_Found]:
    """「( )内は令和4年4月1日現在の職員数」 over an org chart (a drawn tree, an indented or
    bulleted list) of 「総務部(32人)」 lines: each bracketed count is that unit's staff, on
    the day the legend dates them. The chart ends at the first line of another kind."""
    staff = [label for label in labels_of("staff") if len(label) >= 2]
    for block in doc.blocks:
        if block.kind == "table" or "内" not in block.text:
            continue
        text = doc.folded[block.start : block.end]
        legend = _LEGEND.search(text)
        if legend is None or not any(label in text[legend.end() :] for label in staff):
            continue
        days = [m for m in year_mentions(text[legend.end() :]) if m.kind == "date"]
        # 「令和7年4月1日現在の組織です。( )内の数字は職員数です」: the day before the legend
        before = [m for m in year_mentions(text[: legend.start()]) if m.kind == "date"][-1:]
        days = days or before
        year = days[0].year if days else None
        found = list(_chart_counts(doc, block.index + 1, year))
        if not found:  # the legend under its chart: its lines, and its boxes in a sheet's cells
            if (start := _chart_above(doc, block.index)) is not None:
                found = list(_chart_counts(doc, start, year))
            found += _grid_counts(doc, block.index, year)
        yield from found


def _grid_counts(doc: StructuredDocument, legend: int, year: int | None) -> list[_Found]:
    """A chart drawn in a sheet's cells right above its legend (boxes 「○○係（○）」, or a
    box 「○○課」 with 「（○○）」 in the cell under it): each box's bracketed count. The
    chart's tables, short post lines (「区長」) and count lines reach up to the legend."""
    found: list[_Found] = []
    for k in range(legend - 1, -1, -1):
        other = doc.blocks[k]
        line = doc.folded[other.start : other.end]
        if other.kind != "table":
            rest = _LEGEND_COUNT.sub("", line).strip(_STROKES)
            if len(rest) > _POST_MAX or "。" in rest or any(ch.isdigit() for ch in rest):
                break
            continue
        table = other.table
        if table is None:
            continue
        grid = [table.header_cells, *table.rows] if table.header_cells else table.rows
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                text = doc.folded[cell.start : cell.end].strip(_STROKES)
                if not text:
                    continue
                if (box := _LEGEND_COUNT.fullmatch(text)) is not None:
                    found.append(_grid_found(doc, cell, cell, box.group("unit"), box.group("n"),
                                             year))  # fmt: skip
                elif (bare := _BRACKETED_COUNT.fullmatch(text)) is not None and (
                    above := _box_above(doc, grid, r, c)
                ) is not None:
                    unit = doc.folded[above.start : above.end].strip(_STROKES)
                    found.append(_grid_found(doc, above, cell, unit, bare.group("n"), year))
    return found


def _box_above(doc: StructuredDocument, grid: list[list[Cell]], r: int, c: int) -> Cell | None:
    """The box a bare 「（○○）」 counts: the nearest filled cell above it in its column, when
    that cell is a name without a count of its own."""
    for row in reversed(grid[:r]):
        if c < len(row) and (text := doc.folded[row[c].start : row[c].end].strip(_STROKES)):
            return row[c] if not any(ch.isdigit() for ch in text) else None
    return None


def _grid_found(
    doc: StructuredDocument, name: Cell, count: Cell, unit: str, n: str, year: int | None
) -> _Found:
    return _Found(unit.strip(_STROKES), year, int(n.replace(",", "")), _evidence(doc, name, count))


def _chart_above(doc: StructuredDocument, legend: int) -> int | None:
    """The first line of a chart of 「総務課（16）」 lines that ends right above a legend (a note
    printed under the chart), else None."""
    start = None
    for k in range(legend - 1, -1, -1):
        other = doc.blocks[k]
        line = doc.folded[other.start : other.end]
        rest = _LEGEND_COUNT.sub("", line).strip(_STROKES)
        if other.kind == "table":
            break
        if _LEGEND_COUNT.search(line) and not rest:
            start = k
        elif not (len(rest) <= _POST_MAX and "。" not in rest) and not is_page_number(rest):
            break
    return start


def _chart_goes_on(doc: StructuredDocument, at: int) -> bool:
    """Whether block `at` is a chart line, or a short unnumbered heading over one (「行政委員会」
    over 「教育委員会事務局(305人)」: a group of the same chart)."""
    for other in doc.blocks[at : at + 2]:
        line = doc.folded[other.start : other.end]
        if other.kind != "table" and _LEGEND_COUNT.search(line):
            return not _LEGEND_COUNT.sub("", line).strip(_STROKES)
        if other.kind != "heading" or other.number or any(ch.isdigit() for ch in line):
            return False
    return False


def _from_breakdown_list(doc: StructuredDocument) -> Iterator[_Found]:
    """「県土整備部の内訳(令和7年4月1日現在)」 (a breakdown cue, `mkf:breakdown`) heading a
    list of 「技術管理課(38人)」 items: each bracketed count is that unit's staff, on the day
    the heading dates them (the same chart as under a legend, announced by its caption)."""
    cues = [c for c, f in sentence_cues().items() if f == "breakdown"]
    for block in doc.blocks:
        if (
            block.kind not in ("heading", "paragraph")
            or "。" in block.text
            or not any(cue in block.text for cue in cues)
            or block.index + 1 >= len(doc.blocks)
            or doc.blocks[block.index + 1].kind != "item"
        ):
            continue
        days = [m for m in year_mentions(label_key(block.text)) if m.kind == "date"]
        yield from _chart_counts(doc, block.index + 1, days[0].year if days else None)


def _chart_counts(doc: StructuredDocument, first: int, year: int | None) -> Iterator[_Found]:
    """The 「総務部(32人)」 lines of an org chart from block `first`, up to its end: a line of
    another kind (a sentence, a table, a long line, a number outside brackets)."""
    started = False
    for k, other in enumerate(doc.blocks[first:], start=first):
        line = doc.folded[other.start : other.end]
        counts = list(_LEGEND_COUNT.finditer(line))
        # 「秘書広報室（9人）電話：0123-45-2114」: the unit's contact after its count is no post
        rest = _CONTACT.sub("", _LEGEND_COUNT.sub("", line)).strip(_STROKES)
        if not started and not (counts and not rest):
            if k - first >= _CHART_REACH or other.kind == "table":
                break
            continue  # 「市役所代表電話：…」「職員総数 475人」 between the legend and its chart
        started = True
        if other.kind == "field" and not counts and _chart_goes_on(doc, k + 1):
            continue  # 「所管施設：…」 under an entry: the entry's own detail, the chart goes on
        if other.kind == "paragraph" and "。" in rest and _chart_goes_on(doc, k + 1):
            continue  # 「区役所の課ごとの職員数は…」: a note under an entry, the chart goes on
        if other.kind != "table" and counts and not rest:
            for match in counts:
                at = other.start + match.start("n")
                yield _Found(match.group("unit").strip(_STROKES), year,
                             int(match.group("n").replace(",", "")), {
                    "": doc.span(other.start + match.start(), other.start + match.end()),
                    "count": doc.span(at, at + len(match.group("n"))),
                })  # fmt: skip
        elif other.kind == "table" or len(rest) > _POST_MAX or "。" in rest:
            break
        elif is_page_number(rest) and _chart_goes_on(doc, k + 1):
            continue  # the page's number, the chart going on on the next page
        elif any(ch.isdigit() for ch in rest):
            break  # a numbered line, a count of another kind: the chart has ended
