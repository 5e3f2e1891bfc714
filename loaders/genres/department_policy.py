"""Department policy / profile pages (部局運営方針, 部局マニフェスト, 運営方針).

Two layouts are read, both by their headings and tables rather than by any department name:

* the profile: "<部>長からのメッセージ", "…が取り組むこと" bullets, 組織構成 table,
  staff summary, 当初予算 bullets, "課題N <name>" blocks with related policy codes, and
  "<年度>の主な事業" project blocks with 目標 / 関連する課題 / 予算 / 担当課 bullets;
* the policy sheet: a "部(局)\\t<name>\\t部(局)長\\t<head>" row, 【基本姿勢】, a 【重点課題】
  table of "N 政策目標 (5) <label> 施策目標 (2)<label>" rows followed by the issue name,
  and 【重点課題N】 sections each with a "内容(事業名、予算等)\\t所管室・課" project table.

Cities print the same parts differently, so each part accepts the shapes seen across sites:
headings with or without 「の」, a mark (■) or a unit (単位:千円); projects as label blocks
(bullets, 「予算: …」, 「予算\\t…」 table rows, numbered or ◆-marked names) or as one
「事業名\\t…\\t予算額(千円)\\t担当課」 table; budgets as bullets, plain lines or a table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.facts import (
    Budget,
    DocumentFacts,
    Initiative,
    Organization,
    OrganizationKind,
    Plan,
    PolicyCode,
    Post,
    Project,
    Span,
    StaffCount,
)
from loaders.genres.generic import find_facility_mentions
from loaders.genres.layout import BULLET_LINE, Cell, Line, Page, indent, is_blank
from loaders.genres.plan_names import parent_plan_name, plan_kind
from loaders.genres.prose_indicators import find_prose_indicators
from loaders.genres.units import resolve_unit_name, strip_place_prefix, unit_kind
from loaders.text.amounts import find_amounts, parse_yen
from loaders.text.fiscal_year import document_year, parse_fiscal_year, year_mentions
from loaders.text.normalize import nfkc_key, strip_bullet
from loaders.text.policy_codes import CodeParse, compose_codes, leading_code

_TITLE = re.compile(r"運営方針|プロフィール|マニフェスト")
_DEPARTMENT_IN_TITLE = re.compile(
    r"(?P<name>[^\s()「」【】、。0-9]+?(?:部|局))(?=プロフィール|の|運営方針|マニフェスト|\s|\(|$)"
)
_DEPARTMENT_ROW = re.compile(r"^部\s*\(局\)$")
_HEAD_TITLE = re.compile(r"^部\s*\(局\)\s*長$|^(?:部|局)長$")
_MESSAGE = re.compile(r"^\s*(?P<post>\S+?長)からの(?:メッセージ|あいさつ|挨拶)\s*$")
_MISSION = re.compile(r"(?:取り組むこと|【基本姿勢】|基本姿勢|使命|役割)\s*$")
# 「組織構成」「組織体制」「組織・職員数」「職員数(令和3年4月1日現在)」
_ORGANIZATION_TABLE = re.compile(
    r"^\s*[■□◆◇●○]?\s*(?:組織(?:構成|体制)?[・と及び]*(?:職員(?:数|構成|配置))?|職員(?:数|構成|配置))"
    r"\s*(?:\([^()]*\))?\s*$"
)
_BUDGET_HEADING = re.compile(
    r"^\s*(?:(?P<year>\S*?年度)\s*(?:当初)?|当初)予算(?:額)?"
    r"(?:\((?:単位\s*:?\s*(?P<unit>[^()]*?)|[^()]*)\))?\s*$"
)
# A budget line without a bullet, or a row of a budget table: 「一般会計 12,345千円」.
_ACCOUNT_START = re.compile(r"^\s*\S*?会計(?:\s|:|$)")
_BARE_AMOUNT = re.compile(r"^(?P<account>\S+?会計)[\s:]*(?P<number>[0-9][0-9,.]*)\s*$")
_ISSUE = re.compile(
    r"^\s*【?課題\s*\(?(?P<number>[0-9]+|[①-⑳])\)?(?:】[\s:.、]*|[\s:.、]+|(?<=[)①-⑳]))"
    r"(?P<name>[^\s:.、].*?)\s*$"
)
_ISSUE_CONTENT = re.compile(r"^\s*課題(?:の)?内容\s*$")
_ISSUE_RESPONSE = re.compile(r"^\s*(?:対応|取り?組み?方針|対応・取り?組み?方針)\s*$")
# 「<plan>施策との関連」「関連する<plan>の施策」「<plan>における位置づけ」「関連施策」, the code
# below it or after a colon on the same line.
_RELATION = re.compile(
    r"^\s*(?:(?P<plan>\S+?)(?:の)?(?:施策|政策)?との関連|関連する(?P<related>\S+?)の?(?:施策|政策)"
    r"|(?P<placed>\S+?)(?:における|での|上の)位置(?:づ|付)け|関連(?:する)?(?:施策|政策))"
    r"\s*(?::\s*(?P<code>\S.*))?$"
)
_BRACKETED_CODE = re.compile(r"^\s*[【\[]([^】\]]+)[】\]]\s*")
# What wraps an amount printed in a project cell: 「(予算額:13,579千円)」「【13,579千円】」.
_BEFORE_AMOUNT = re.compile(r"[\s、,]*[(【\[]?\s*(?:(?:当初)?予算額?|事業費|金額)?\s*:?\s*$")
_AFTER_AMOUNT = re.compile(r"^\s*[)】\]]")
_CODE_IN_BRACKETS = re.compile(r"^\s*【[0-9IVXⅠ-Ⅻ]")
# 「平成29年度の主な事業」「令和3年度 主な事業」「■主な事業」「【主要事業】」
_PROJECTS = re.compile(
    r"^\s*[■□◆◇●○▼▽◎【]?\s*(?:(?P<year>[^\s■□◆◇●○▼▽◎【]*?年度)\s*)?の?\s*"
    r"(?:主な|主要な?)(?:事業|取組)】?\s*(?:[(（]\s*単位\s*[:：]?\s*(?P<unit>[^()（）\s]+)\s*[)）])?\s*$"
)
# A 主な事業 table: a header naming the project column and a budget or division column.
_NAME_COLUMN = re.compile(r"事業名|^事業$|^名称$")
_BUDGET_COLUMN = re.compile(r"予算|事業費|金額")
_DIVISION_COLUMN = re.compile(r"担当|所管")
_GOAL_COLUMN = re.compile(r"目標")
_DESCRIPTION_COLUMN = re.compile(r"概要|内容|説明")
_RELATED_COLUMN = re.compile(r"課題")
_UNIT_LINE = re.compile(r"^\s*[(（]?\s*単位\s*[:：]?\s*(?P<unit>[^()（）\s]+)\s*[)）]?\s*$")
_UNIT_IN_HEADER = re.compile(r"[(（]\s*(?:単位\s*[:：]?\s*)?(?P<unit>[百千万億]*円)\s*[)）]")
_PRIORITY_TABLE = re.compile(r"^\s*【重点課題】\s*$")
_PRIORITY_SECTION = re.compile(r"^\s*【重点課題\s*(?P<number>[0-9]+)】\s*$")
_STAFF_TOTAL = re.compile(r"(?:部|局)?職員(?:数)?(?:合計|総数)\s*(?P<n>[0-9,]+)\s*(?:名|人)")
_STAFF_PART = re.compile(r"うち(?P<type>[^0-9、。()]{1,12}?)(?P<n>[0-9,]+)\s*(?:名|人)")
_STAFF_CITY = re.compile(r"全(?P<type>[^0-9、。()]{1,12}?)\(\s*(?P<n>[0-9,]+)\s*(?:名|人)\s*\)")
_WHOLE_ACCOUNT = re.compile(r"(?P<account>[^\s()、。]+?)全体\s*\(\s*(?P<amount>[^()]+?)\s*\)")
_COUNT = re.compile(r"^(?:[0-9][0-9,]*|-|‐|―|ー)$")
_UNIT_SEPARATOR = re.compile(r"[、,/]")
# Rows of the organisation table that are posts (部長・次長級職) rather than units.
_POST_ROW = re.compile(r"(?:職|長|級)$")
_TOTAL_COLUMN = re.compile(r"^(?:合計|計|総計|職員数|人数)(?:\s*\([^()]*\))?$")
_FIELD_LABELS: dict[str, str] = {
    "目標": "goal",
    "事業目標": "goal",
    "関連する課題": "related",
    "関連課題": "related",
    "予算": "budget",
    "予算額": "budget",
    "事業費": "budget",
    "担当課": "division",
    "所管課": "division",
    "担当": "division",
    "概要": "description",
    "事業概要": "description",
    "事業内容": "description",
}
_PROJECT_FIELDS = {"budget", "division"}
_ENUMERATOR_CELL = re.compile(r"^(?:[ア-ン]|[a-zA-Z]|[0-9]+|[①-⑳])$")
_CODE_KEYWORD = re.compile(r"目標$|^政策|^施策")
_HOLDER_NOTE = re.compile(r"^(?P<holder>[^()]+?)\s*\((?P<note>[^()]+)\)\s*$")
_SENTENCE_END = re.compile(r"[。.]\s*$")


@dataclass
class _Context:
    """What the sections of one document share while it is read."""

    page: Page
    facts: DocumentFacts
    department: str | None
    fiscal_year: int | None
    units: list[str] = field(default_factory=list)  # unit names seen so far
    # units the organisation table lists: the only names a misprinted 担当課 is resolved to,
    # since two real divisions of one department may differ in a character or two
    table_units: list[str] = field(default_factory=list)
    issues: dict[str, Initiative] = field(default_factory=dict)  # by nfkc key of name


def parse(facts: DocumentFacts) -> None:
    """Add the department policy facts of `facts.text` to `facts`."""
    page = Page(facts.text)
    title_line = _title_line(page)
    if title_line is not None:
        facts.title = title_line.text.strip()
        facts.evidence["title"] = page.line_span(title_line)
    year = parse_fiscal_year(facts.title or "") or document_year(page.folded)
    facts.fiscal_year = facts.fiscal_year or year
    facts.last_fiscal_year = facts.last_fiscal_year or year
    context = _Context(page, facts, None, year)
    _read_department_row(context)
    if context.department is None:
        _read_department_from_title(context, title_line)
    if context.department is None:
        _read_department_line(context)
    if facts.title:
        facts.plans.append(
            Plan(
                facts.title,
                "department_policy",
                year,
                year,
                evidence={"": facts.evidence.get("title", page.span(0, 0))},
            )
        )
    _read_message(context)
    _read_mission(context)
    _read_organization_table(context)
    _read_staff_summary(context)
    _read_budget(context)
    _read_issues(context)
    _read_projects(context)
    _read_priority_table(context)
    _read_priority_sections(context)


# --- title and department ---------------------------------------------------------------


def _title_line(page: Page) -> Line | None:
    first: Line | None = None
    for line in page.lines[:40]:
        if is_blank(line):
            continue
        first = first or line
        if _TITLE.search(line.text) and len(line.text.strip()) <= 80:
            return line
    return first


def _add_department(context: _Context, name: str, evidence: Span) -> None:
    context.department = name
    context.facts.organizations.append(
        Organization(name, unit_kind(name) or "department", None, evidence={"": evidence})
    )


def _read_department_row(context: _Context) -> None:
    """The "部(局)\\t<name>\\t部(局)長\\t<head>" row and the post rows that follow it."""
    page = context.page
    for index, line in enumerate(page.lines):
        cells = page.tab_cells(line) if "\t" in line.text else []
        if len(cells) < 2 or not _DEPARTMENT_ROW.match(cells[0].text) or not cells[1].text:
            continue
        _add_department(context, cells[1].text, page.cell_span(cells[1]))
        _read_posts(context, cells[2:])
        for following in page.lines[index + 1 :]:
            if is_blank(following) or "\t" not in following.text:
                break
            _read_posts(context, page.tab_cells(following))
        return


def _read_posts(context: _Context, cells: list[Cell]) -> None:
    """Pairs of (post title, holder) cells; the holder may carry a note in brackets."""
    department = context.department
    if department is None:
        return
    page = context.page
    for title_cell, holder_cell in zip(cells[0::2], cells[1::2], strict=False):
        if not title_cell.text or not holder_cell.text:
            continue
        holder, note = holder_cell.text, None
        bracketed = _HOLDER_NOTE.match(holder)
        if bracketed:
            holder, note = bracketed.group("holder").strip(), bracketed.group("note").strip()
        if _HEAD_TITLE.match(title_cell.text):
            title = department + "長" if department[-1] in "部局" else department + "の長"
        else:
            title = department + title_cell.text + (f"({note})" if note else "")
        context.facts.posts.append(
            Post(
                title,
                department,
                holder,
                note,
                evidence={
                    "": page.span(title_cell.start, holder_cell.end),
                    "title": page.cell_span(title_cell),
                    "holder": page.cell_span(holder_cell),
                },
            )
        )


def _read_department_from_title(context: _Context, title_line: Line | None) -> None:
    if title_line is None:
        return
    for found in _DEPARTMENT_IN_TITLE.finditer(title_line.text):
        name = found.group("name")
        if name in ("部局", "部", "局") or name.endswith("年度"):
            continue
        start = title_line.start + found.start("name")
        _add_department(context, name, context.page.span(start, start + len(name)))
        return


_DEPARTMENT_LINES = 12  # the department is named near the top of the page, if at all


def _read_department_line(context: _Context) -> None:
    """A department named on a line of its own near the top (「部局運営方針」 then 「福祉部」),
    possibly after the city's name."""
    page, facts = context.page, context.facts
    lines = [line for line in page.lines if not is_blank(line)][:_DEPARTMENT_LINES]
    for line in lines:
        text = line.text.strip()
        name = strip_place_prefix(text, facts.prefecture, facts.municipality).strip()
        if unit_kind(name) != "department" or name in ("部局", "部", "局"):
            continue
        start = line.start + line.text.index(text) + len(text) - len(name)
        _add_department(context, name, page.span(start, start + len(name)))
        return


def _read_message(context: _Context) -> None:
    """The head's message: "<部>長からのメッセージ", then "<部>長" and "<holder><部>長"."""
    page, department = context.page, context.department
    for index, line in enumerate(page.lines):
        heading = _MESSAGE.match(line.text)
        if heading is None:
            continue
        post = heading.group("post")
        if department is None and post[:-1].endswith(("部", "局")):
            _add_department(context, post[:-1], page.line_span(line))
            department = context.department
        if department is None:
            return
        holder, message_lines = None, []
        for following in page.lines[index + 1 : index + 40]:
            text = following.text.strip()
            if not text or text == post:
                continue
            if holder is None and not message_lines and text.endswith(post) and text != post:
                candidate = text[: -len(post)].strip()
                if 1 < len(candidate) <= 12 and not re.search(r"[。、0-9]", candidate):
                    holder = candidate
                    continue
            if _MISSION.search(text) or BULLET_LINE.match(following.text):
                break
            message_lines.append(following)
        evidence = {"": page.line_span(line)}
        if message_lines:
            evidence["message"] = page.lines_span(message_lines[0], message_lines[-1])
        context.facts.posts.append(Post(post, department, holder, evidence=evidence))
        return


def _read_mission(context: _Context) -> None:
    """Items under "…が取り組むこと" (bullets) or 【基本姿勢】 (paragraphs)."""
    page = context.page
    for index, line in enumerate(page.lines):
        if not _MISSION.search(line.text) or len(line.text.strip()) > 40:
            continue
        for following in page.lines[index + 1 :]:
            if is_blank(following):
                continue
            text = following.text.strip()
            if text.startswith("【") or (
                not BULLET_LINE.match(following.text) and not _SENTENCE_END.search(text)
            ):
                break
            item = strip_bullet(text)
            if item:
                context.facts.mission.append(item)
                context.facts.evidence.setdefault("mission", page.line_span(following))
        return


# --- organisation table and staff -----------------------------------------------------


def _table_pieces(page: Page, line: Line) -> list[Cell]:
    return page.tab_cells(line) if "\t" in line.text else page.words(line)


def _header_columns(texts: list[str]) -> list[str]:
    """Header words with bracketed notes joined to the word before: 再任用 (短時間)."""
    columns: list[str] = []
    for text in texts:
        if columns and text.startswith("("):
            columns[-1] += text
        elif text:
            columns.append(text)
    return columns


def _count(text: str) -> int | None:
    if text in ("-", "‐", "―", "ー"):
        return 0
    digits = text.replace(",", "")
    return int(digits) if digits.isdigit() else None


@dataclass
class _StaffRow:
    name: Cell
    values: list[Cell | None]  # one per column when tab-separated, else the numbers in order
    last: Line
    positional: bool


def _read_organization_table(context: _Context) -> None:
    """組織構成: a header ending in 合計 (possibly wrapped over lines), then unit rows whose
    numbers may wrap onto following lines. Tab-separated tables keep empty cells, so their
    numbers are placed by column; space-separated rows give all columns only when full."""
    page = context.page
    anchor = next(
        (i for i, line in enumerate(page.lines) if _ORGANIZATION_TABLE.match(line.text)), None
    )
    if anchor is None:
        return
    header = _staff_header(page, anchor + 1)
    if header is None:
        return
    columns, position = header
    for row in _staff_rows(page, position):
        kind = _table_unit_kind(row.name.text)
        if kind is None:
            continue
        _add_unit(context, row.name.text, kind, page.cell_span(row.name))
        context.table_units.append(row.name.text)
        _add_staff(context, row, columns)


def _table_unit_kind(name: str) -> OrganizationKind | None:
    """A row of the organisation table is a unit unless it is a post or the total; one
    with no unit suffix (保育園) is the staff of a kind of facility."""
    if _POST_ROW.search(name) or _TOTAL_COLUMN.match(name) or not name:
        return None
    return unit_kind(name) or "facility_unit"


def _staff_header(page: Page, start: int) -> tuple[list[str], int] | None:
    """Column names after the first (name) column, and the index of the first row line."""
    texts: list[str] = []
    for position in range(start, min(start + 12, len(page.lines))):
        line = page.lines[position]
        if "\t" in line.text and not texts:
            cells = [c.text for c in page.tab_cells(line)]
            if any(_TOTAL_COLUMN.match(c) for c in cells):
                return cells[1:], position + 1
        texts.extend(c.text for c in page.words(line))
        if any(_TOTAL_COLUMN.match(t) for t in texts):
            return _header_columns(texts)[1:], position + 1
    return None


def _staff_rows(page: Page, start: int) -> list[_StaffRow]:
    rows: list[_StaffRow] = []
    for line in page.lines[start:]:
        if is_blank(line):
            continue
        if BULLET_LINE.match(line.text):
            break
        positional = "\t" in line.text
        pieces = _table_pieces(page, line)
        filled = [p for p in pieces if p.text]
        if filled and all(_COUNT.match(p.text) for p in filled) and not positional:
            if not rows:
                break
            rows[-1].values.extend(filled)
            rows[-1].last = line
            continue
        values = [p if p.text else None for p in pieces[1:]]
        numbers = [v for v in values if v is not None]
        if not numbers or not all(_COUNT.match(v.text) for v in numbers):
            break
        rows.append(_StaffRow(pieces[0], values if positional else numbers, line, positional))
    return rows


def _add_staff(context: _Context, row: _StaffRow, columns: list[str]) -> None:
    if context.fiscal_year is None or not columns:
        return
    page = context.page
    if row.positional or len(row.values) == len(columns):
        pairs = list(zip(columns, row.values, strict=False))
    elif _TOTAL_COLUMN.match(columns[-1]) and row.values:
        pairs = [(columns[-1], row.values[-1])]
    else:
        pairs = []
    for column, cell in pairs:
        count = _count(cell.text) if cell is not None else None
        if cell is None or count is None:
            continue
        context.facts.staff.append(
            StaffCount(
                row.name.text,
                context.fiscal_year,
                "合計" if _TOTAL_COLUMN.match(column) else column,
                count,
                evidence={
                    "": page.span(row.name.start, row.last.end),
                    "count": page.cell_span(cell),
                },
            )
        )


def _add_unit(context: _Context, name: str, kind: OrganizationKind, evidence: Span) -> None:
    if nfkc_key(name) in {nfkc_key(u) for u in context.units}:
        return
    context.units.append(name)
    context.facts.organizations.append(
        Organization(name, kind, context.department, evidence={"": evidence})
    )


def _read_staff_summary(context: _Context) -> None:
    """The staff summary line ("<部>職員合計N名、うち…"); a whole-city figure in brackets
    belongs to the municipality."""
    page, facts = context.page, context.facts
    if context.fiscal_year is None or context.department is None:
        return
    for line in page.lines:
        total = _STAFF_TOTAL.search(line.text)
        if total is None:
            continue
        line_span = page.line_span(line)
        found = [(context.department, "合計", total)]
        found += [(context.department, m.group("type"), m) for m in _STAFF_PART.finditer(line.text)]
        found += [(facts.municipality, m.group("type"), m) for m in _STAFF_CITY.finditer(line.text)]
        for owner, employment, match in found:
            start = line.start + match.start("n")
            facts.staff.append(
                StaffCount(
                    owner,
                    context.fiscal_year,
                    employment,
                    int(match.group("n").replace(",", "")),
                    evidence={
                        "": line_span,
                        "count": page.span(start, start + len(match.group("n"))),
                    },
                )
            )
        return


# --- budget -----------------------------------------------------------------------------


def _read_budget(context: _Context) -> None:
    """Bullets under "<年度>当初予算": "<account> <amount>", and "<account>全体(<amount>)"
    for the whole city."""
    page = context.page
    department = context.department
    for index, line in enumerate(page.lines):
        heading = _BUDGET_HEADING.match(line.text)
        if heading is None or department is None:
            continue
        year = parse_fiscal_year(heading.group("year") or "") or context.fiscal_year
        unit = heading.group("unit")
        for following in page.lines[index + 1 : index + 20]:
            if is_blank(following):
                continue
            if "\t" in following.text:
                if _ACCOUNT_START.match(following.text):
                    _read_budget_line(context, following, year, unit)
                    continue
                if find_amounts(following.text):
                    break
                continue  # a header row: 会計 / 予算額
            if not BULLET_LINE.match(following.text) and not _ACCOUNT_START.match(following.text):
                break
            _read_budget_line(context, following, year, unit)
        return


def _bare_amount(text: str, unit: str | None) -> tuple[int, int, int] | None:
    """(start, end, yen) of a number printed without its unit after the account name, in
    the unit the heading gives ("当初予算(単位:千円)")."""
    if unit is None:
        return None
    found = _BARE_AMOUNT.match(text)
    if found is None:
        return None
    yen = _table_yen(found.group("number"), unit)
    return None if yen is None else (found.start("number"), found.end("number"), yen)


def _row_amount(page: Page, line: Line, unit: str | None) -> tuple[int, int, int] | None:
    """(start, end, yen) of the first amount cell of a budget table row, relative to the
    line; later cells (前年度比 …) are not amounts."""
    for cell in page.tab_cells(line)[1:]:
        yen = _table_yen(cell.text, unit) if cell.text else None
        if yen is not None:
            return cell.start - line.start, cell.end - line.start, yen
    return None


def _read_budget_line(context: _Context, line: Line, year: int | None, unit: str | None) -> None:
    page, facts = context.page, context.facts
    if "\t" in line.text:
        row = _row_amount(page, line, unit)
        amounts = [row] if row else []
    else:
        amounts = find_amounts(line.text)
        if not amounts:
            bare = _bare_amount(line.text, unit)
            amounts = [bare] if bare else []
    if not amounts or context.department is None:
        return
    start, end, amount = amounts[0]
    account = strip_bullet(line.text[:start]).strip(" :：")
    if not account or len(account) > 20:
        return
    line_span = page.line_span(line)
    facts.budgets.append(
        Budget(
            context.department,
            "organization",
            year,
            account,
            amount,
            evidence={"": line_span, "amount": page.span(line.start + start, line.start + end)},
        )
    )
    for whole in _WHOLE_ACCOUNT.finditer(line.text):
        city_amount = parse_yen(whole.group("amount"))
        if city_amount is None:
            continue
        whole_account = whole.group("account").lstrip("(")
        facts.budgets.append(
            Budget(
                facts.municipality,
                "organization",
                year,
                whole_account,
                city_amount,
                evidence={
                    "": line_span,
                    "amount": page.span(
                        line.start + whole.start("amount"), line.start + whole.end("amount")
                    ),
                },
            )
        )


# --- issues -----------------------------------------------------------------------------


def _section_end(page: Page, start: int) -> int:
    """Index of the next line that starts another issue, the projects or a 【】 section."""
    for index in range(start, len(page.lines)):
        text = page.lines[index].text
        if _ISSUE.match(text) or _PROJECTS.match(text):
            return index
        if text.strip().startswith("【") and not _CODE_IN_BRACKETS.match(text):
            return index
    return len(page.lines)


def _read_issues(context: _Context) -> None:
    page, facts = context.page, context.facts
    for index, line in enumerate(page.lines):
        heading = _ISSUE.match(line.text)
        if heading is None:
            continue
        end = _section_end(page, index + 1)
        issue = Initiative(
            heading.group("name"),
            "issue",
            number=heading.group("number"),
            responsible=[context.department] if context.department else [],
            evidence={
                "": page.lines_span(line, page.lines[max(index, end - 1)]),
                "name": page.trimmed_span(line.start + heading.start("name"), line.end),
                "number": page.span(
                    line.start + heading.start("number"), line.start + heading.end("number")
                ),
            },
        )
        parts: dict[str, list[Line]] = {"content": [], "response": []}
        current: str | None = None
        plan: str | None = None
        for body in page.lines[index + 1 : end]:
            text = body.text.strip()
            if not text:
                continue
            if _ISSUE_CONTENT.match(text):
                current = "content"
            elif _ISSUE_RESPONSE.match(text):
                current = "response"
            elif relation := _RELATION.match(text):
                current = "codes"
                named = relation.group("plan") or relation.group("related")
                named = named or relation.group("placed")
                plan = _add_plan(context, named, body) if named else None
                if relation.group("code"):
                    _read_related_code(context, issue, body, plan, relation.group("code"))
            elif current == "codes":
                _read_related_code(context, issue, body, plan)
            elif current is not None:
                parts[current].append(body)
        described = [b.text.strip() for b in parts["content"] + parts["response"]]
        issue.description = "\n".join(described) or None
        if parts["content"]:
            first, last = parts["content"][0], parts["content"][-1]
            facts.observations.extend(
                find_prose_indicators(
                    page,
                    first.start,
                    last.end,
                    document_year=context.fiscal_year,
                    subject=issue.name,
                )
            )
        facts.initiatives.append(issue)
        context.issues[nfkc_key(issue.name)] = issue


def _add_plan(context: _Context, name: str, line: Line) -> str:
    evidence = {"": context.page.line_span(line)}
    parent = parent_plan_name(name)
    if parent:
        context.facts.plans.append(Plan(parent, plan_kind(parent), evidence=dict(evidence)))
    context.facts.plans.append(Plan(name, plan_kind(name), parent=parent, evidence=evidence))
    return name


def _read_related_code(
    context: _Context, issue: Initiative, line: Line, plan: str | None, text: str | None = None
) -> None:
    """The policy code a line (or the part of it after a colon) starts with, and its label;
    「【4-1-2】<label>」 is read like 「4-1-2 <label>」."""
    page = context.page
    found = leading_code(_BRACKETED_CODE.sub(r"\1 ", text if text is not None else line.text))
    if found is None:
        return
    code, label = found
    label = label.strip() or None
    issue.policy_codes.append(code.printed)
    context.facts.policy_codes.append(
        PolicyCode(
            code.printed,
            code.normalized,
            label,
            plan,
            evidence={"": page.line_span(line)},
        )
    )


# --- projects (profile layout) -----------------------------------------------------------


@dataclass
class _Block:
    name_line: Line
    description: list[Line] = field(default_factory=list)
    fields: dict[str, list[Line]] = field(default_factory=dict)
    labels: dict[str, Line] = field(default_factory=dict)
    last: Line | None = None


# 「予算」「【予算】」「予算: 1,000円」「予算\t1,000円」(a table row)「予算額 1,000円」
_LABELLED = re.compile(
    r"^【?(?P<label>[^【】:\s]{1,8}?)】?"
    r"(?:\s*:\s*(?P<value>.*)|\t\s*(?P<tabbed>.*)|\s+(?P<spaced>\S.*))?$"
)
# A project name line marked as a heading (「◆岸壁改修事業」) or numbered (「1 …」「(1)…」「①…」).
_NAME_MARK = re.compile(r"^\s*(?:[◆◇■□▼▽◎]|\([0-9]+\)|[0-9]+(?:[.)]|\s)|[①-⑳])\s*")
_HEADING_MARK = re.compile(r"^\s*[◆◇■□▼▽◎]")


def _label_value(text: str) -> str | None:
    """The value printed on a label line itself, or None."""
    found = _LABELLED.match(strip_bullet(text))
    if found is None:
        return None
    value = found.group("value") or found.group("tabbed") or found.group("spaced")
    return value.strip() if value and value.strip() else None


def _field_label(line: Line) -> tuple[str, bool] | None:
    """The field a label line opens ("• 予算", "【予算】", "予算: 1,000円"), and whether its
    value is on the same line."""
    if indent(line) > 3:
        return None
    found = _LABELLED.match(strip_bullet(line.text))
    if found is None or found.group("label") not in _FIELD_LABELS:
        return None
    return _FIELD_LABELS[found.group("label")], _label_value(line.text) is not None


def _read_projects(context: _Context) -> None:
    """Blocks after "<年度>の主な事業": a name line, a description, then labelled bullets."""
    page = context.page
    anchor = next((i for i, line in enumerate(page.lines) if _PROJECTS.match(line.text)), None)
    if anchor is None:
        return
    heading = _PROJECTS.match(page.lines[anchor].text)
    year = context.fiscal_year
    if heading and heading.group("year"):
        year = parse_fiscal_year(heading.group("year"), context=context.fiscal_year) or year
    unit = heading.group("unit") if heading else None
    if _read_projects_table(context, anchor, year, unit):
        return
    blocks: list[_Block] = []
    current_field: str | None = None
    awaiting_value = False  # a label line without its value: the next line is the value
    for line in page.lines[anchor + 1 :]:
        if is_blank(line):
            continue
        text = line.text.strip()
        labelled = _field_label(line)
        if labelled is not None and blocks:
            current_field, inline = labelled
            awaiting_value = not inline
            blocks[-1].fields.setdefault(current_field, [])
            blocks[-1].labels.setdefault(current_field, line)
            if inline:
                blocks[-1].fields[current_field].append(line)
            blocks[-1].last = line
            continue
        if text.startswith("【") or _ISSUE.match(text):
            break
        if not awaiting_value and _starts_block(line, blocks):
            blocks.append(_Block(line, last=line))
            current_field = None
            continue
        if (
            blocks
            and current_field is not None
            and (
                awaiting_value
                or indent(line) >= 4
                or indent(line) > indent(blocks[-1].labels.get(current_field, line))
                or BULLET_LINE.match(line.text)
            )
        ):
            blocks[-1].fields[current_field].append(line)
            blocks[-1].last = line
        elif _SENTENCE_END.search(text) or len(text) > 60 or BULLET_LINE.match(line.text):
            if blocks and not blocks[-1].fields:
                blocks[-1].description.append(line)
                blocks[-1].last = line
        else:
            blocks.append(_Block(line, last=line))
            current_field = None
        awaiting_value = False
    for block in blocks:
        if _PROJECT_FIELDS & block.fields.keys():
            _add_project(context, block, year, page.lines[anchor])


def _starts_block(line: Line, blocks: list[_Block]) -> bool:
    """A marked name line opens the next project: a heading mark always, a number only at
    the margin once the current project has its budget or division (numbered goals are
    values of the 目標 field, not projects)."""
    text = line.text.strip()
    if _SENTENCE_END.search(text) or len(text) > 60:
        return False
    if _HEADING_MARK.match(line.text):
        return True
    if not _NAME_MARK.match(line.text) or indent(line) > 0:
        return False
    return not blocks or bool(_PROJECT_FIELDS & blocks[-1].fields.keys())


def _column(texts: list[str], pattern: re.Pattern[str], taken: set[int]) -> int | None:
    return next((i for i, t in enumerate(texts) if i not in taken and pattern.search(t)), None)


def _read_projects_table(
    context: _Context, anchor: int, year: int | None, unit: str | None
) -> bool:
    """A 主な事業 table ("事業名\\t概要\\t予算額(千円)\\t担当課" and one row per project);
    False when what follows the heading is no such table. A unit printed once, in the
    heading, on a "(単位:千円)" line or in the budget column's header, scales bare numbers."""
    page = context.page
    lines = [line for line in page.lines[anchor + 1 :] if not is_blank(line)]
    if lines and (unit_line := _UNIT_LINE.match(lines[0].text)):
        unit = unit_line.group("unit")
        lines = lines[1:]
    if not lines or "\t" not in lines[0].text:
        return False
    texts = [c.text for c in page.tab_cells(lines[0])]
    name = _column(texts, _NAME_COLUMN, set())
    if name is None:
        return False
    budget = _column(texts, _BUDGET_COLUMN, {name})
    division = _column(texts, _DIVISION_COLUMN, {name})
    if budget is None and division is None:
        return False
    taken = {name, *(c for c in (budget, division) if c is not None)}
    goal = _column(texts, _GOAL_COLUMN, taken)
    description = _column(texts, _DESCRIPTION_COLUMN, taken | {goal} if goal is not None else taken)
    related = _column(texts, _RELATED_COLUMN, taken)
    second = page.tab_cells(lines[1]) if len(lines) > 1 else []
    if budget is not None and _year_subheader(second, name):
        return True  # 「予算額(千円)」 over 「R6当初 | R7当初」: the recognisers read each year
    if budget is not None and (in_header := _UNIT_IN_HEADER.search(texts[budget])):
        unit = in_header.group("unit")
    columns = {"budget": budget, "division": division, "goal": goal,
               "description": description, "related": related}  # fmt: skip
    for line in lines[1:]:
        if "\t" not in line.text:
            break
        _add_row_project(context, line, name, columns, year, page.lines[anchor], unit)
    return True


def _year_subheader(cells: list[Cell], name: int) -> bool:
    """A second header row (empty under the name column, a fiscal year over two or more
    columns): a label spanning several columns, each a year's amount."""
    if name >= len(cells) or cells[name].text:
        return False
    return sum(1 for c in cells if c.text and year_mentions(c.text)) >= 2


def _table_yen(text: str, unit: str | None) -> int | None:
    """Yen in a budget cell: an amount with its unit, or a bare number in the table's unit."""
    try:
        return parse_yen(text, unit=unit)
    except ValueError:  # a unit we do not know: only amounts printed with a unit count
        return parse_yen(text)


def _add_row_project(
    context: _Context,
    line: Line,
    name_column: int,
    columns: dict[str, int | None],
    year: int | None,
    year_line: Line,
    unit: str | None,
) -> None:
    page, facts = context.page, context.facts
    cells = page.tab_cells(line)

    def cell(column: str) -> Cell | None:
        index = columns[column]
        if index is None or index >= len(cells) or not cells[index].text:
            return None
        return cells[index]

    if name_column >= len(cells) or not cells[name_column].text:
        return
    name_cell = cells[name_column]
    evidence = {
        "": page.line_span(line),
        "name": page.cell_span(name_cell),
        "fiscal_year": page.line_span(year_line),
    }
    budget = None
    if (budget_cell := cell("budget")) is not None:
        budget = _table_yen(budget_cell.text, unit)
        if budget is not None:
            evidence["budget"] = page.cell_span(budget_cell)
    division, printed = None, None
    if (division_cell := cell("division")) is not None:
        evidence["division"] = page.cell_span(division_cell)
        division, printed = _division(context, division_cell.text, evidence["division"])
    texts: dict[str, str | None] = {}
    for column in ("goal", "description", "related"):
        found = cell(column)
        texts[column] = found.text if found is not None else None
        if found is not None:
            key = "related_initiative" if column == "related" else column
            evidence[key] = page.cell_span(found)
    related = texts["related"]
    if related is not None:
        issue = context.issues.get(nfkc_key(related))
        related = issue.name if issue else related
    mentioned = "\n".join(t for t in (name_cell.text, texts["description"], texts["goal"]) if t)
    facts.projects.append(
        Project(
            name_cell.text,
            year,
            budget,
            division,
            printed,
            related,
            texts["goal"],
            texts["description"],
            [m.name for m in find_facility_mentions(mentioned)],
            evidence=evidence,
        )
    )


def _field_text(block: _Block, name: str) -> str | None:
    """The value lines of a field, bullets and an inline "label:" removed."""
    values = []
    for line in block.fields.get(name) or []:
        text: str | None = strip_bullet(line.text)
        if line is block.labels.get(name):
            text = _label_value(line.text)
        if text:
            values.append(text.strip())
    return "\n".join(values).strip() or None


def _add_project(context: _Context, block: _Block, year: int | None, year_line: Line) -> None:
    page, facts = context.page, context.facts
    line = block.name_line
    mark = _NAME_MARK.match(line.text)
    name_start = line.start + (mark.end() if mark else 0)
    name = page.folded[name_start : line.end].strip()
    evidence = {
        "": page.lines_span(line, block.last or line),
        "name": page.trimmed_span(name_start, line.end),
        "fiscal_year": page.line_span(year_line),
    }
    budget = None
    budget_text = _field_text(block, "budget")
    if budget_text is not None:
        budget = parse_yen(budget_text)
        evidence["budget"] = page.lines_span(block.fields["budget"][0], block.fields["budget"][-1])
    division, printed = None, None
    division_text = _field_text(block, "division")
    if division_text is not None:
        division_text = division_text.split("\n")[0].strip()
        evidence["division"] = page.line_span(block.fields["division"][0])
        division, printed = _division(context, division_text, evidence["division"])
    related = _field_text(block, "related")
    if related is not None:
        issue = context.issues.get(nfkc_key(related))
        related = issue.name if issue else related
        evidence["related_initiative"] = page.line_span(block.fields["related"][0])
    goal = _field_text(block, "goal")
    if goal is not None:
        evidence["goal"] = page.lines_span(block.fields["goal"][0], block.fields["goal"][-1])
    description = "\n".join(line.text.strip() for line in block.description) or None
    if description:
        evidence["description"] = page.lines_span(block.description[0], block.description[-1])
    elif (described := _field_text(block, "description")) is not None:
        description = described
        lines = block.fields["description"]
        evidence["description"] = page.lines_span(lines[0], lines[-1])
    mentioned = "\n".join(part for part in (name, description, goal) if part)
    facilities = [m.name for m in find_facility_mentions(mentioned)]
    facts.projects.append(
        Project(
            name,
            year,
            budget,
            division,
            printed,
            related,
            goal,
            description,
            facilities,
            evidence=evidence,
        )
    )


def _division(context: _Context, printed: str, evidence: Span) -> tuple[str, str | None]:
    """The unit a printed 担当課 means, the printed form kept when it is a misprint; the unit
    is added under the department. Of several units (「保育運営課、子育て支援課」) the first
    is the one responsible; the others are units of the department too."""
    listed = [u.strip() for u in _UNIT_SEPARATOR.split(printed) if u.strip()]
    if len(listed) > 1 and all(unit_kind(u) for u in listed):
        start = evidence.start + printed.index(listed[0])
        for other in listed[1:]:
            at = evidence.start + printed.index(other)
            _division(context, other, context.page.span(at, at + len(other)))
        printed = listed[0]
        evidence = context.page.span(start, start + len(printed))
    name = resolve_unit_name(printed, context.table_units)
    if nfkc_key(name) not in {nfkc_key(u) for u in context.units}:
        kind = unit_kind(name) or "division"
        _add_unit(context, name, kind, evidence)
    else:
        for org in context.facts.organizations:
            if nfkc_key(org.name) == nfkc_key(name) and name != printed and org.printed is None:
                org.printed = printed
    return name, (printed if nfkc_key(printed) != nfkc_key(name) else None)


# --- priority issues (policy sheet layout) -------------------------------------------------


def _codes_in_row(cells: list[Cell]) -> tuple[list[tuple[CodeParse, str, Cell]], int]:
    """(code, label, cell) for each "<keyword> (n) <label>" group, and the index after them."""
    found: list[tuple[CodeParse, str, Cell]] = []
    index = 1
    while index < len(cells):
        cell = cells[index]
        if not _CODE_KEYWORD.search(cell.text) or index + 1 >= len(cells):
            break
        code_cell = cells[index + 1]
        parsed = leading_code(code_cell.text)
        if parsed is None:
            break
        code, label = parsed
        index += 2
        if not label.strip() and index < len(cells) and not _CODE_KEYWORD.search(cells[index].text):
            label = cells[index].text
            index += 1
        printed = "-".join([*(c.normalized for c, _, _ in found[-1:]), code.normalized])
        found.append((compose_codes(printed), label.strip(), code_cell))
    return found, index


def _read_priority_table(context: _Context) -> None:
    page, facts = context.page, context.facts
    anchor = next(
        (i for i, line in enumerate(page.lines) if _PRIORITY_TABLE.match(line.text)), None
    )
    if anchor is None:
        return
    pending: tuple[str, list[str], Line, Cell] | None = None
    for line in page.lines[anchor + 1 :]:
        if is_blank(line):
            continue
        if _PRIORITY_SECTION.match(line.text):
            break
        if "\t" not in line.text:
            if pending is None:
                break
            # the name row of an HTML table whose number cell spans two rows
            _add_priority_issue(context, page.cell(line.start, line.end), pending)
            pending = None
            continue
        cells = page.tab_cells(line)
        if cells[0].text.isdigit():
            codes, after = _codes_in_row(cells)
            for code, label, cell in codes:
                facts.policy_codes.append(
                    PolicyCode(
                        code.printed,
                        code.normalized,
                        label or None,
                        evidence={"": page.cell_span(cell)},
                    )
                )
            printed = [code.printed for code, _, _ in codes[-1:]]
            pending = (cells[0].text, printed, line, cells[0])
            rest = [c for c in cells[after:] if c.text]
            if rest:
                _add_priority_issue(context, rest[0], pending)
                pending = None
        elif pending is not None:
            named = [c for c in cells if c.text]
            if named:
                _add_priority_issue(context, named[0], pending)
                pending = None


def _add_priority_issue(
    context: _Context, name_cell: Cell, pending: tuple[str, list[str], Line, Cell]
) -> None:
    page = context.page
    number, codes, row, number_cell = pending
    issue = Initiative(
        name_cell.text,
        "priority_issue",
        policy_codes=codes,
        responsible=[context.department] if context.department else [],
        number=number,
        evidence={
            "": page.span(row.start, name_cell.end),
            "name": page.cell_span(name_cell),
            "number": page.cell_span(number_cell),
        },
    )
    context.facts.initiatives.append(issue)
    context.issues[nfkc_key(issue.name)] = issue
    context.issues["#" + number] = issue


def _read_priority_sections(context: _Context) -> None:
    """Each 【重点課題N】: its name, its aim, and its table of projects and divisions."""
    page = context.page
    anchors = [i for i, line in enumerate(page.lines) if _PRIORITY_SECTION.match(line.text)]
    for position, anchor in enumerate(anchors):
        end = anchors[position + 1] if position + 1 < len(anchors) else len(page.lines)
        heading = _PRIORITY_SECTION.match(page.lines[anchor].text)
        assert heading is not None
        body = [line for line in page.lines[anchor + 1 : end] if not is_blank(line)]
        if not body:
            continue
        number = heading.group("number")
        issue = context.issues.get("#" + number) or context.issues.get(nfkc_key(body[0].text))
        if issue is None:
            issue = Initiative(
                body[0].text.strip(),
                "priority_issue",
                responsible=[context.department] if context.department else [],
                number=number,
                evidence={"": page.line_span(body[0]), "name": page.line_span(body[0])},
            )
            context.facts.initiatives.append(issue)
            context.issues[nfkc_key(issue.name)] = issue
        if issue.description is None:
            issue.description = _aim(body)
        _read_project_table(context, body, issue.name)


def _aim(body: list[Line]) -> str | None:
    """The paragraph under "(1) 目指すべき方向…" (the first numbered heading)."""
    for index, line in enumerate(body):
        if re.match(r"^\s*\(1\)", line.text) and index + 1 < len(body):
            text = body[index + 1].text.strip()
            if not re.match(r"^\s*\(\d+\)", text):
                return text
    return None


def _read_project_table(context: _Context, body: list[Line], issue_name: str) -> None:
    """A header row naming 事業 and 所管/担当 columns, then rows "ア\\t<project>\\t<division>";
    a budget column (予算額(千円)) gives the budget, else an amount in the project cell."""
    page = context.page
    columns: tuple[int, int] | None = None
    budget_column: int | None = None
    unit: str | None = None
    for line in body:
        if "\t" not in line.text:
            if columns is not None:
                columns = None
            continue
        cells = page.tab_cells(line)
        texts = [c.text for c in cells]
        name_column = next(
            (i for i, t in enumerate(texts) if "事業" in t or t.startswith("内容")), None
        )
        division_column = next(
            (i for i, t in enumerate(texts) if re.search(r"所管|担当|課$", t) and i != name_column),
            None,
        )
        if (
            name_column is not None
            and division_column is not None
            and not _ENUMERATOR_CELL.match(texts[0])
        ):
            columns = (name_column, division_column)
            budget_column = _column(texts, _BUDGET_COLUMN, set(columns))
            in_header = _UNIT_IN_HEADER.search(texts[budget_column]) if budget_column else None
            unit = in_header.group("unit") if in_header else None
            continue
        if columns is None or max(columns) >= len(cells):
            continue
        name_cell, division_cell = cells[columns[0]], cells[columns[1]]
        if not name_cell.text or not _ENUMERATOR_CELL.match(texts[0] or "ア"):
            continue
        budget_cell = cells[budget_column] if budget_column is not None else None
        if budget_column is not None and budget_column >= len(cells):
            budget_cell = None
        _add_table_project(context, line, name_cell, division_cell, issue_name, (budget_cell, unit))


def _add_table_project(
    context: _Context,
    line: Line,
    name_cell: Cell,
    division_cell: Cell,
    issue_name: str,
    budget_in: tuple[Cell | None, str | None] = (None, None),
) -> None:
    page = context.page
    name, budget = name_cell.text, None
    evidence = {"": page.line_span(line), "name": page.cell_span(name_cell)}
    budget_cell, unit = budget_in
    if budget_cell is not None and budget_cell.text:
        budget = _table_yen(budget_cell.text, unit)
        if budget is not None:
            evidence["budget"] = page.cell_span(budget_cell)
    amounts = find_amounts(name)
    if amounts and budget is None:
        start, end, budget = amounts[0]
        evidence["budget"] = page.span(name_cell.start + start, name_cell.start + end)
        before = _BEFORE_AMOUNT.sub("", name[:start])
        after = _AFTER_AMOUNT.sub("", name[end:])
        name = (before + after).strip(" 、,:：()（）")
    if not name:
        return
    division, printed = None, None
    if division_cell.text:
        evidence["division"] = page.cell_span(division_cell)
        division, printed = _division(context, division_cell.text, evidence["division"])
    key = nfkc_key(name)
    for existing in context.facts.projects:
        if nfkc_key(existing.name) == key and existing.fiscal_year == context.fiscal_year:
            return
    context.facts.projects.append(
        Project(
            name,
            context.fiscal_year,
            budget,
            division,
            printed,
            issue_name,
            evidence=evidence,
        )
    )
