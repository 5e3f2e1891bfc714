"""Reform-plan sheets: tab-separated rows, one sheet per reform item, maybe one per period.

Rows are recognised by their first cell (取組項目, 具体的な取組項目, 改革実施項目, 指標,
年度評価 …); the columns of the indicator and evaluation rows get their fiscal years from
the header row above them, so a sheet of any period is read the same way. A repeated sheet
adds only what is new. Only 年度評価 rows make evaluations: mid-term and whole-period
reviews have no single fiscal year and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.facts import (
    DocumentFacts,
    Evaluation,
    Initiative,
    Observation,
    ObservationKind,
    Organization,
)
from loaders.genres.layout import Cell, Line, Page, is_blank
from loaders.genres.units import unit_kind
from loaders.text.fiscal_year import parse_fiscal_year
from loaders.text.normalize import nfkc_key
from loaders.text.quantities import parse_quantity

_PRIORITY = re.compile(
    r"^\s*(?P<word>重点改革項目|改革項目|重点項目)\s*(?P<number>[IVXⅠ-Ⅻ0-9]+)\s+(?P<name>\S.*?)\s*$"
)
_MIDDLE = re.compile(r"^取組項目|中項目")
_SMALL = re.compile(r"^具体的な取組項目|小項目")
_ITEM = re.compile(r"^(?:改革)?実施項目|細項目")
_DESCRIBING = re.compile(r"^(?:現状と課題|事業の目標|取組の内容)")
_INDICATOR = re.compile(r"^(?:成果|活動|数値|目標)?指標(?:名)?$")
# 「年度評価」, or a yearly review named otherwise; 中間評価 / 計画期間の評価 are not yearly.
_YEAR_REVIEW = re.compile(r"^年度評価|^(?:進捗|自己|達成度)?評価(?:結果)?$")
_NUMBERED = re.compile(r"^(?P<number>[0-9]+)\s+(?P<name>\S.*)$")
# Letter grades (S, A, B+ …) or the marks some cities grade with (◎ ○ △ ×).
_GRADE_MARK = r"[SABCDE][+-]?|[◎○〇△×]"
_GRADE = re.compile(rf"^(?P<grade>{_GRADE_MARK})$")
# 「…目標を達成した。 B」「…達成した。(A)」「…遅れた。【B】」
_TRAILING_GRADE = re.compile(rf"(?:[。.\s]|[(【])\s*(?P<grade>{_GRADE_MARK})\s*[)】]?\s*$")
# 担当課 cells list units separated by spaces or 、 (「●市民課、情報政策課」).
_UNIT_IN_LIST = re.compile(r"(?P<before>●)?(?P<name>[^\s、,/●]+)(?P<after>●)?")
_TARGET = re.compile(r"計画|目標")
_ACTUAL = re.compile(r"実績")
_CURRENT = re.compile(r"現状|現況")
_ESTIMATE = re.compile(r"見込")
# 「29年度以降」 is open-ended (no one fiscal year); 「最終目標/ 令和5年度」 is that year's target.
_OPEN_ENDED = re.compile(r"以降|以後")


@dataclass
class _Sheet:
    """The current sheet's initiatives while its rows are read."""

    priority: Initiative | None = None
    middle: Initiative | None = None
    small: Initiative | None = None
    item: Initiative | None = None
    number: str | None = None
    responsible: list[str] = field(default_factory=list)
    lead: str | None = None
    header: list[Cell] = field(default_factory=list)  # the last row that carries fiscal years


def parse(facts: DocumentFacts) -> None:
    """Add the reform items, indicators and yearly evaluations of every sheet to `facts`."""
    page = Page(facts.text)
    sheet = _Sheet()
    review: list[Cell] | None = None  # the header of an open 年度評価 block
    for line in page.lines:
        if is_blank(line):
            review = None
            continue
        heading = _PRIORITY.match(line.text)
        if heading is not None and "\t" not in line.text:
            sheet = _Sheet(priority=_priority(page, facts, line, heading))
            review = None
            continue
        if "\t" not in line.text:
            continue
        cells = page.tab_cells(line)
        first = cells[0].text
        if review is not None and _spanned_label_row(cells, review):
            # an HTML row under a 年度評価 cell spanning rows: it lacks that first cell
            padding = [Cell("", line.start, line.start)] * (len(review) - len(cells))
            _read_grades(page, facts, padding + cells, review, sheet, line)
            continue
        if first:
            review = None
        if _MIDDLE.search(first):
            sheet.middle = _numbered(page, facts, cells, sheet.priority, line)
            _read_number(cells, sheet)
        elif _SMALL.search(first):
            sheet.small = _numbered(page, facts, cells, sheet.middle or sheet.priority, line)
            _read_responsible(page, facts, cells, sheet)
        elif _ITEM.search(first):
            sheet.item = _item(page, facts, cells, sheet, line)
        elif _DESCRIBING.search(first) and sheet.item is not None and len(cells) > 1:
            _describe(sheet.item, first, cells[1].text)
        elif _INDICATOR.match(first):
            _read_indicator(page, facts, cells, sheet, line)
        elif _YEAR_REVIEW.search(first):
            review = cells
        elif first and _years_in(cells):
            sheet.header = cells
        elif not first and review is not None:
            _read_grades(page, facts, cells, review, sheet, line)
    if facts.evaluations or facts.observations:
        years = sorted({e.fiscal_year for e in facts.evaluations})
        if years:
            facts.fiscal_year = facts.fiscal_year or years[0]
            facts.last_fiscal_year = facts.last_fiscal_year or years[-1]


_ROW_START = re.compile(r"^(?:計画期間|中間|進捗|改革|具体的|重点)")


def _spanned_label_row(cells: list[Cell], review: list[Cell]) -> bool:
    """A row shorter than the review header whose first cell is a sub-label of the review
    (「取組工程、指標に対する評価」), not the label of a row of its own."""
    first = cells[0].text
    if not first or len(cells) >= len(review):
        return False
    own_row = (_ROW_START, _MIDDLE, _SMALL, _ITEM, _INDICATOR, _YEAR_REVIEW)
    return not any(pattern.search(first) for pattern in own_row)


def _find(facts: DocumentFacts, kind: str, name: str) -> Initiative | None:
    key = nfkc_key(name)
    for initiative in facts.initiatives:
        if initiative.kind == kind and nfkc_key(initiative.name) == key:
            return initiative
    return None


def _priority(page: Page, facts: DocumentFacts, line: Line, heading: re.Match[str]) -> Initiative:
    name = heading.group("name")
    existing = _find(facts, "priority_issue", name)
    if existing is not None:
        return existing
    facts.title = facts.title or line.text.strip()
    initiative = Initiative(
        name,
        "priority_issue",
        number=heading.group("number"),
        evidence={
            "": page.line_span(line),
            "name": page.trimmed_span(line.start + heading.start("name"), line.end),
        },
    )
    facts.initiatives.append(initiative)
    return initiative


def _numbered(
    page: Page, facts: DocumentFacts, cells: list[Cell], parent: Initiative | None, line: Line
) -> Initiative | None:
    """The second cell's "1 <name>": an action under `parent`."""
    if len(cells) < 2 or not cells[1].text:
        return None
    found = _NUMBERED.match(cells[1].text)
    name = found.group("name").strip() if found else cells[1].text
    number = found.group("number") if found else None
    existing = _find(facts, "action", name)
    if existing is not None:
        return existing
    initiative = Initiative(
        name,
        "action",
        parent=parent.name if parent else None,
        number=number,
        evidence={"": page.line_span(line), "name": page.cell_span(cells[1])},
    )
    facts.initiatives.append(initiative)
    return initiative


def _label_value(cells: list[Cell], label: re.Pattern[str]) -> Cell | None:
    """The cell after a label cell ("No." → "26", "担当課" → "…")."""
    for index, cell in enumerate(cells[:-1]):
        if label.match(cell.text) and cells[index + 1].text:
            return cells[index + 1]
    return None


def _read_number(cells: list[Cell], sheet: _Sheet) -> None:
    value = _label_value(cells[2:], re.compile(r"^(?:No|NO|№|番号)\.?$"))
    if value is not None:
        sheet.number = value.text


def _read_responsible(page: Page, facts: DocumentFacts, cells: list[Cell], sheet: _Sheet) -> None:
    """The 担当課 cell: units split on spaces or 、, ● marks the lead unit."""
    value = _label_value(cells[2:], re.compile(r"^(?:担当課|担当|所管課|所管)$"))
    if value is None:
        return
    sheet.responsible, sheet.lead = [], None
    for listed in _UNIT_IN_LIST.finditer(value.text):
        name = listed.group("name")
        start = value.start + listed.start("name")
        if listed.group("before") or listed.group("after"):
            sheet.lead = name
        sheet.responsible.append(name)
        if not any(nfkc_key(o.name) == nfkc_key(name) for o in facts.organizations):
            facts.organizations.append(
                Organization(
                    name,
                    unit_kind(name) or "division",
                    evidence={"": page.span(start, start + len(name))},
                )
            )


def _item(
    page: Page, facts: DocumentFacts, cells: list[Cell], sheet: _Sheet, line: Line
) -> Initiative | None:
    if len(cells) < 2 or not cells[1].text:
        return None
    existing = _find(facts, "reform_item", cells[1].text)
    if existing is not None:
        return existing
    parent = sheet.small or sheet.middle or sheet.priority
    item = Initiative(
        cells[1].text,
        "reform_item",
        parent=parent.name if parent else None,
        responsible=list(sheet.responsible),
        lead=sheet.lead,
        number=sheet.number,
        evidence={"": page.line_span(line), "name": page.cell_span(cells[1])},
    )
    facts.initiatives.append(item)
    return item


def _describe(item: Initiative, label: str, text: str) -> None:
    if not text:
        return
    part = f"{label}: {text}"
    if item.description is None:
        item.description = part
    elif part not in item.description:
        item.description += "\n" + part


def _years_in(cells: list[Cell]) -> bool:
    return any(parse_fiscal_year(c.text) is not None for c in cells[1:])


def _column_meaning(header: str, value: str) -> tuple[int, ObservationKind] | None:
    """(fiscal year, kind) of an indicator column from its header, or None to skip it."""
    if _OPEN_ENDED.search(header):
        return None
    year = parse_fiscal_year(header)
    if year is None:
        return None
    if _ACTUAL.search(header):
        return year, "actual"
    if _TARGET.search(header):
        return year, "target"
    if _CURRENT.search(header):
        return year, "estimate" if _ESTIMATE.search(value) else "actual"
    return None


def _read_indicator(
    page: Page, facts: DocumentFacts, cells: list[Cell], sheet: _Sheet, line: Line
) -> None:
    if len(cells) < 3 or not cells[1].text or not sheet.header:
        return
    name = cells[1].text
    for index in range(2, min(len(cells), len(sheet.header))):
        cell = cells[index]
        meaning = _column_meaning(sheet.header[index].text, cell.text)
        quantity = parse_quantity(cell.text) if cell.text else None
        if meaning is None or quantity is None:
            continue
        year, kind = meaning
        if quantity.estimate:
            kind = "estimate"
        duplicate = any(
            o.indicator == name and o.fiscal_year == year and o.kind == kind
            for o in facts.observations
        )
        if duplicate:
            continue
        facts.observations.append(
            Observation(
                name,
                year,
                kind,
                quantity.value,
                quantity.unit,
                sheet.item.name if sheet.item else None,
                evidence={
                    "": page.line_span(line),
                    "indicator": page.cell_span(cells[1]),
                    "value": page.cell_span(cell),
                    "fiscal_year": page.cell_span(sheet.header[index]),
                },
            )
        )


def _grade(cell: Cell) -> tuple[str, str | None] | None:
    """A lone grade cell, or a grade at the end of a comment cell: (grade, comment)."""
    whole = _GRADE.match(cell.text)
    if whole:
        return whole.group("grade"), None
    trailing = _TRAILING_GRADE.search(cell.text)
    if trailing:
        comment = cell.text[: trailing.start("grade")].rstrip(" (【")
        return trailing.group("grade"), comment or None
    return None


def _read_grades(
    page: Page,
    facts: DocumentFacts,
    cells: list[Cell],
    header: list[Cell],
    sheet: _Sheet,
    line: Line,
) -> None:
    """Grades of one 年度評価 row: each belongs to the nearest year column at or left of it."""
    if sheet.item is None:
        return
    years: list[tuple[int, int, Cell]] = []
    for index, cell in enumerate(header[1:], start=1):
        year = parse_fiscal_year(cell.text)
        if year is not None:
            years.append((index, year, cell))
    for index, cell in enumerate(cells):
        if index < 2 or not cell.text:
            continue
        graded = _grade(cell)
        owner = [entry for entry in years if entry[0] <= index]
        if graded is None or not owner:
            continue
        column, year, year_cell = owner[-1]
        grade, comment = graded
        if comment is None:
            comment = next(
                (cells[i].text for i in range(index - 1, column - 1, -1) if cells[i].text), None
            )
        if any(
            e.initiative == sheet.item.name and e.fiscal_year == year for e in facts.evaluations
        ):
            continue
        facts.evaluations.append(
            Evaluation(
                sheet.item.name,
                year,
                grade,
                comment,
                evidence={
                    "": page.line_span(line),
                    "grade": page.cell_span(cell),
                    "fiscal_year": page.cell_span(year_cell),
                },
            )
        )
