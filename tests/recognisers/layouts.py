"""One set of facts, rendered in the layouts cities print: the layout-permutation fixture.

A renderer takes the same `Facts` and a `Style` (digit width, era, yen unit) and writes a
document whose headings name no known genre. Whatever the layout, the contract queries must
return the same rows; `expected_rows` says which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from loaders.text.amounts import format_yen
from loaders.text.fiscal_year import format_era_fiscal_year

Era = Literal["reiwa", "heisei", "western"]
YenUnit = Literal["円", "千円", "万円", "億円"]
Layout = Literal[
    "bullets", "fields", "tsv", "pipe", "html", "prose", "space", "csv", "box", "dl", "colon",
    "excel-csv", "tree", "markdown", "box-wrapped", "two-column", "html-spanned",
]  # fmt: skip
LAYOUTS: tuple[Layout, ...] = (
    "bullets", "fields", "tsv", "pipe", "html", "prose", "space", "csv", "box", "dl", "colon",
    "excel-csv", "tree", "markdown", "box-wrapped", "two-column", "html-spanned",
)  # fmt: skip

_FULL_WIDTH = str.maketrans("0123456789,.()%:", "０１２３４５６７８９，．（）％：")


@dataclass(frozen=True)
class Style:
    full_width: bool = False
    era: Era = "reiwa"
    unit: YenUnit = "千円"


@dataclass(frozen=True)
class Facts:
    """Fictional facts: one department, its division, a project, an indicator, a policy."""

    department: str = "地域振興部"
    division: str = "地域振興課"
    project: str = "地域交流推進事業"
    project_budget: int = 12_500_000
    staff: int = 12
    account: str = "一般会計"
    account_budget: int = 345_000_000
    policy_code: str = "2-3"
    policy: str = "地域のつながりを育む"
    initiatives: tuple[str, str] = ("交流拠点の整備", "地域人材の育成")
    grade: str = "A"
    # a second division of the department, printed by the layouts that show the unit tree
    sibling: str = "交流推進課"
    sibling_staff: int = 5
    indicator: str = "交流イベント参加者数"
    baseline: int = 1_200
    actual: int = 1_350
    target: int = 2_000

    def year(self, style: Style, offset: int = 0) -> int:
        """The document's fiscal year (+ offset): 2024 in 令和 or 西暦, 2014 in 平成."""
        return (2014 if style.era == "heisei" else 2024) + offset


def fiscal_year_label(year: int, style: Style) -> str:
    if style.era == "western":
        return f"{year}年度"
    label = format_era_fiscal_year(year)
    return label


def yen(amount: int, style: Style) -> str:
    if style.unit == "億円":
        oku, rest = divmod(amount, 100_000_000)
        man = rest // 10_000
        if not oku:
            return f"{man:,}万円"
        return f"{oku}億{man:,}万円" if man else f"{oku}億円"
    return format_yen(amount, style.unit)


def _finish(text: str, style: Style) -> str:
    """Full-width forms in the text, never inside HTML tags."""
    if not style.full_width:
        return text
    return re.sub(r"(?<=>)[^<>]+(?=<)|^[^<>]+$", lambda m: m.group().translate(_FULL_WIDTH),
                  text, flags=re.M)  # fmt: skip


def render(layout: Layout, facts: Facts, style: Style) -> str:
    if layout in _ALIGNED:  # full-width forms cell by cell, before the columns are aligned
        return _RENDERERS[layout](facts, style)
    return _finish(_RENDERERS[layout](facts, style), style)


def _cells(f: Facts, s: Style) -> list[list[list[str]]]:
    """`_tables` with each cell in the style's width (the title too, by `_finish`)."""
    table = _FULL_WIDTH if s.full_width else {}
    return [[[cell.translate(table) for cell in row] for row in t] for t in _tables(f, s)]


def _aligned_title(f: Facts, s: Style) -> str:
    return _finish(_title(f, s).strip(), s) + "\n\n"


def _title(f: Facts, s: Style) -> str:
    return f"{fiscal_year_label(f.year(s), s)} {f.department}のあらまし\n\n"


def _years(f: Facts, s: Style) -> tuple[str, str, str]:
    return (
        fiscal_year_label(f.year(s, -2), s),
        fiscal_year_label(f.year(s, -1), s),
        fiscal_year_label(f.year(s, 2), s),
    )


def _bullets(f: Facts, s: Style) -> str:
    base, actual, target = _years(f, s)
    first, second = f.initiatives
    return (
        _title(f, s)
        + f"■施策{f.policy_code} {f.policy}\n"
        + f"・{first}（評価：{f.grade}）\n・{second}\n\n"
        + "■主な事業\n"
        + f"・{f.project}（予算額：{yen(f.project_budget, s)}／担当課：{f.division}）\n\n"
        + "■体制と予算\n"
        + f"・{f.division}（職員数：{f.staff}人）\n"
        + f"・{f.account}（予算額：{yen(f.account_budget, s)}）\n\n"
        + "■指標\n"
        + f"・{f.indicator}（基準値：{f.baseline:,}人（{base}）／実績値：{f.actual:,}人（{actual}）"
        + f"／目標値：{f.target:,}人（{target}））\n"
    )


def _fields(f: Facts, s: Style) -> str:
    base, actual, target = _years(f, s)
    first, second = f.initiatives
    return (
        _title(f, s)
        + f"【施策】{f.policy_code} {f.policy}\n"
        + f"【取組】{first}\n【評価】{f.grade}\n【取組】{second}\n\n"
        + f"【事業名】{f.project}\n【予算額】{yen(f.project_budget, s)}\n【担当課】{f.division}\n\n"
        + f"【所属名】{f.division}\n【職員数】{f.staff}人\n\n"
        + f"【会計】{f.account}\n【予算額】{yen(f.account_budget, s)}\n\n"
        + f"【指標名】{f.indicator}\n【基準値】{f.baseline:,}人（{base}）\n"
        + f"【実績値】{f.actual:,}人（{actual}）\n【目標値】{f.target:,}人（{target}）\n"
    )


def _tables(f: Facts, s: Style) -> list[list[list[str]]]:
    base, actual, target = _years(f, s)
    first, second = f.initiatives
    unit = s.unit
    amount = yen(f.project_budget, s).removesuffix(unit) if unit != "億円" else None
    project_row = (
        [f.project, amount, f.division] if amount is not None
        else [f.project, yen(f.project_budget, s), f.division]
    )  # fmt: skip
    budget_header = f"予算額({unit})" if amount is not None else "予算額"
    account = yen(f.account_budget, s)
    account = account.removesuffix(unit) if amount is not None else account
    return [
        [["施策コード", "施策名"], [f.policy_code, f.policy]],
        [
            ["取組名", "施策コード", "評価"],
            [first, f.policy_code, f.grade],
            [second, f.policy_code, ""],
        ],
        [["事業名", budget_header, "担当課"], project_row],
        [["所属名", "職員数"], [f.division, str(f.staff)]],
        [["会計", budget_header], [f.account, account]],
        [
            ["指標名", f"基準値({base})", f"実績値({actual})", f"目標値({target})"],
            [f.indicator, f"{f.baseline:,}", f"{f.actual:,}", f"{f.target:,}"],
        ],
    ]


def _tsv(f: Facts, s: Style) -> str:
    return _title(f, s) + "\n".join(
        "\n".join("\t".join(row) for row in table) + "\n" for table in _tables(f, s)
    )


def _pipe(f: Facts, s: Style) -> str:
    parts = []
    for table in _tables(f, s):
        header, *rows = table
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        parts.append("\n".join(lines) + "\n")
    return _title(f, s) + "\n".join(parts)


def _html(f: Facts, s: Style) -> str:
    return _html_page(f, s)


def _html_page(f: Facts, s: Style, printed_apart: tuple[str, ...] = (), extra: str = "") -> str:
    """The page's tables as plain HTML tables, except those whose first header cell is in
    `printed_apart` (the caller prints them its own way, in `extra`, after the others)."""
    tables = []
    for table in _tables(f, s):
        header, *rows = table
        if header[0] in printed_apart:
            continue
        cells = "".join(f"<th>{c}</th>" for c in header)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        tables.append(f"<table><tr>{cells}</tr>{body}</table>")
    title = _title(f, s).strip()
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title></head><body><main>"
        f"<h1>{title}</h1>" + "".join(tables) + extra + "</main></body></html>\n"
    )


def _html_spanned(f: Facts, s: Style) -> str:
    """An HTML page whose tables merge cells: the staff table's department cell spans its
    divisions' rows and its total (rowspan), the count column's label spans the year under
    it (a two-row header); the indicator table puts its years on a second header row under
    the kinds of value they date."""
    base, actual, target = _years(f, s)
    year = fiscal_year_label(f.year(s), s)
    total = f.staff + f.sibling_staff
    staff = (
        "<table><caption>部の組織と職員数（4月1日現在）</caption>"
        "<tr><th rowspan='2'>部名</th><th rowspan='2'>所属名</th><th>職員数（人）</th></tr>"
        f"<tr><th>{year}</th></tr>"
        f"<tr><td rowspan='3'>{f.department}</td><td>{f.division}</td><td>{f.staff}</td></tr>"
        f"<tr><td>{f.sibling}</td><td>{f.sibling_staff}</td></tr>"
        f"<tr><th>部 計</th><td>{total}</td></tr></table>"
    )
    indicator = (
        "<table><tr><th rowspan='2'>指標名</th><th>基準値</th><th>実績値</th><th>目標値</th></tr>"
        f"<tr><th>{base}</th><th>{actual}</th><th>{target}</th></tr>"
        f"<tr><td>{f.indicator}</td><td>{f.baseline:,}</td><td>{f.actual:,}</td>"
        f"<td>{f.target:,}</td></tr></table>"
    )
    return _html_page(f, s, printed_apart=("所属名", "指標名"), extra=staff + indicator)


def _prose(f: Facts, s: Style) -> str:
    base, actual, target = _years(f, s)
    first, second = f.initiatives
    return (
        _title(f, s)
        + f"施策{f.policy_code}「{f.policy}」では、「{first}」と「{second}」に取り組みます。"
        + f"「{first}」の評価は{f.grade}でした。\n"
        + f"{f.division}(職員数{f.staff}人)では、"
        + f"{f.project}({yen(f.project_budget, s)})を実施します。\n"
        + f"{f.department}の{f.account}予算は{yen(f.account_budget, s)}です。\n"
        + f"{f.indicator}は{base}の{f.baseline:,}人から{actual}は{f.actual:,}人となり、"
        + f"{target}に{f.target:,}人を目指します。\n"
    )


def _width(text: str) -> int:
    """Columns a monospaced page gives the text: two for a wide (CJK, full-width) character."""
    return sum(2 if ord(c) > 0x2E7F else 1 for c in text)


def _space(f: Facts, s: Style) -> str:
    """Tables aligned with spaces, as a page saved as text or a PDF's text layer prints them:
    each cell padded with ideographic spaces to its column, two spaces between columns."""
    parts = []
    for table in _cells(f, s):
        widths = [max(_width(row[i]) for row in table) for i in range(len(table[0]))]
        lines = []
        for row in table:
            cells = [
                cell + "\u3000" * ((width - _width(cell)) // 2) + " " * ((width - _width(cell)) % 2)
                for cell, width in zip(row, widths, strict=True)
            ]
            lines.append("  ".join(cells).rstrip())
        parts.append("\n".join(lines) + "\n")
    return _aligned_title(f, s) + "\n".join(parts)


def _csv(f: Facts, s: Style) -> str:
    """A spreadsheet saved as CSV: a title row, each table under an empty row, cells quoted
    where they hold a comma."""

    def cell(text: str) -> str:
        return f'"{text}"' if "," in text or "，" in text else text

    rows = [_aligned_title(f, s).strip()]
    for table in _cells(f, s):
        rows.append("")
        rows += [",".join(cell(c) for c in row) for row in table]
    return "\n".join(rows) + "\n"


def _excel_csv(f: Facts, s: Style) -> str:
    """A workbook saved as CSV by a spreadsheet: a byte-order mark, CRLF, every row padded
    with commas to the widest table, a unit note in a far column, the staff table by unit
    with its department cell merged (printed on its first row, blank under it) and a
    department subtotal row, the year as the staff column's label."""
    full = _FULL_WIDTH if s.full_width else {}
    width = 5

    def row(cells: list[str]) -> str:
        cells = [f'"{c}"' if "," in c or "，" in c else c for c in cells]
        return ",".join(cells + [""] * (width - len(cells)))

    year = fiscal_year_label(f.year(s), s).translate(full)
    total = str(f.staff + f.sibling_staff).translate(full)
    staff = [
        row([_aligned_title(f, s).strip()]), row([]),
        row(["部局別職員数（4月1日現在）", "", "", "", "（単位：人）"]),
        row(["部局", "所属名", year]),
        row([f.department, f.division, str(f.staff).translate(full)]),
        row(["", f.sibling, str(f.sibling_staff).translate(full)]),
        row(["", f"{f.department} 計", total]),
    ]
    rows = staff
    for table in _cells(f, s):
        if table[0] == ["所属名", "職員数"]:
            continue  # printed by unit above
        rows.append(row([]))
        rows += [row(cells) for cells in table]
    return "\ufeff" + "\r\n".join(rows) + "\r\n"


def _tree(f: Facts, s: Style) -> str:
    """The bullets layout with the staff printed as an org chart drawn with box characters,
    each unit's count in brackets a legend explains."""
    bullets = _bullets(f, s)
    staff_line = f"・{f.division}（職員数：{f.staff}人）\n"
    chart = (
        "■組織（（　）内は職員数）\n"
        "市長\n"
        f"└ {f.department}（{f.staff + f.sibling_staff}人）\n"
        f"    ├ {f.division}（{f.staff}人）\n"
        f"    └ {f.sibling}（{f.sibling_staff}人）\n\n"
    )
    assert staff_line in bullets
    return bullets.replace(staff_line, "").replace("■指標\n", chart + "■指標\n")


def _box(f: Facts, s: Style) -> str:
    """Tables drawn with box characters, as PDF extraction and text exports print them."""
    parts = []
    for table in _cells(f, s):
        widths = [max(_width(row[i]) for row in table) for i in range(len(table[0]))]

        def rule(left: str, mid: str, right: str, widths: list[int] = widths) -> str:
            return left + mid.join("─" * w for w in widths) + right

        lines = [rule("┌", "┬", "┐")]
        for n, row in enumerate(table):
            padded = [c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)]
            lines.append("│" + "│".join(padded) + "│")
            lines.append(rule("├", "┼", "┤") if n < len(table) - 1 else rule("└", "┴", "┘"))
        parts.append("\n".join(lines) + "\n")
    return _aligned_title(f, s) + "\n".join(parts)


def _records(f: Facts, s: Style) -> list[list[tuple[str, str]]]:
    """Each row of `_tables` as a record of (label, value) pairs, empty values left out."""
    return [
        [(label, value) for label, value in zip(header, row, strict=True) if value]
        for header, *rows in _tables(f, s)
        for row in rows
    ]


def _dl(f: Facts, s: Style) -> str:
    """An HTML page of definition lists: each record a <dl> of label (<dt>) and value (<dd>)."""
    lists = "".join(
        "<dl>" + "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in record) + "</dl>"
        for record in _records(f, s)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title></head><body><main>"
        f"<h1>{_title(f, s).strip()}</h1>" + lists + "</main></body></html>\n"
    )


def _colon(f: Facts, s: Style) -> str:
    """Records of 「label：value」 lines, a blank line between records."""
    records = ["\n".join(f"{label}：{value}" for label, value in r) for r in _records(f, s)]
    return _title(f, s) + "\n\n".join(records) + "\n"


def _markdown(f: Facts, s: Style) -> str:
    """A Markdown page: headings, a sentence between each heading and its table, pipe tables
    with alignment rules, the staff by unit with a bold total row and ▲ for a decrease."""
    parts = ["# " + _aligned_title(f, s)]
    captions = ["施策", "取組", "主な事業", "所属別の職員数", "会計別の予算", "指標"]
    full = _FULL_WIDTH if s.full_width else {}
    for caption, table in zip(captions, _cells(f, s), strict=True):
        header, *rows = table
        if header == ["所属名", "職員数"]:
            header = ["所属名", "職員数", "前年比"]
            total = f"**{f.staff + f.sibling_staff}**".translate(full)
            rows = [[f.division, str(f.staff).translate(full), "▲1".translate(full)],
                    [f.sibling, str(f.sibling_staff).translate(full), "2".translate(full)],
                    ["**合計**", total, "**1**".translate(full)]]  # fmt: skip
        lines = ["| " + " | ".join(header) + " |", "|:--|" + "--:|" * (len(header) - 1)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        parts.append(f"## {caption}\n\n次のとおりです。\n\n" + "\n".join(lines) + "\n")
    return "\n".join(parts)


def _box_wrapped(f: Facts, s: Style) -> str:
    """Box-drawn tables with a rule under the header only, as a PDF's text layer prints them:
    a long cell wraps onto the next line, its rest under it (「地域交流推進」 then 「事業」)."""
    parts = []
    for table in _cells(f, s):
        header, *rows = table
        lines_of = [[header]]
        for row in rows:
            first = [c[: (len(c) + 1) // 2] if _width(c) > 8 and not c[:1].isdigit() else c
                     for c in row]  # fmt: skip
            rest = [c[len(a) :] for c, a in zip(row, first, strict=True)]
            lines_of.append([first, rest] if any(rest) else [first])
        printed = [line for group in lines_of for line in group]
        widths = [max(_width(line[i]) for line in printed) for i in range(len(header))]
        # a wrapped cell's first line runs to its bar: its column is that line's width
        for group in lines_of[1:]:
            for i, piece in enumerate(group[-1] if len(group) > 1 else []):
                if piece:
                    widths[i] = max(_width(group[0][i]), _width(header[i]))
        widths = [max(w, *(_width(g[-1][i]) for g in lines_of)) for i, w in enumerate(widths)]

        def rule(left: str, mid: str, right: str, widths: list[int] = widths) -> str:
            return left + mid.join("─" * w for w in widths) + right

        def line(cells: list[str], widths: list[int] = widths) -> str:
            padded = [c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)]
            return "│" + "│".join(padded) + "│"

        out = [rule("┌", "┬", "┐"), line(header), rule("├", "┼", "┤")]
        out += [line(cells) for group in lines_of[1:] for cells in group]
        out.append(rule("└", "┴", "┘"))
        parts.append("\n".join(out) + "\n")
    return _aligned_title(f, s) + "\n".join(parts)


_FILLER = (
    "この冊子は、部の一年間の取組を市民の皆さまにお知らせするために作成しました。"
    "事業の内容や予算、職員の体制、成果をはかる指標を一つにまとめています。"
    "ご意見やご提案がありましたら、お気軽にお寄せくださいますようお願いいたします。"
)


def _two_column(f: Facts, s: Style) -> str:
    """A page printed in two columns, as a PDF's text layer leaves it: a line of the left
    column (running text), then the right column's line beside it (the bullets layout)."""
    right = _finish(_bullets(f, s), s).split("\n")
    right = [line for line in right[2:] if line.strip()]  # the title stays above both
    left, rest = [], _FILLER
    while rest or len(left) < len(right):
        left.append(rest[:17])
        rest = rest[17:]
    lines = []
    for k in range(max(len(left), len(right))):
        text = left[k] if k < len(left) else ""
        beside = right[k] if k < len(right) else ""
        lines.append((text + " " * (40 - _width(text)) + beside).rstrip())
    return _aligned_title(f, s) + "\n".join(lines) + "\n"


_ALIGNED = ("space", "csv", "box", "excel-csv", "markdown", "box-wrapped", "two-column")
_RENDERERS = {
    "bullets": _bullets,
    "fields": _fields,
    "tsv": _tsv,
    "pipe": _pipe,
    "html": _html,
    "prose": _prose,
    "space": _space,
    "csv": _csv,
    "box": _box,
    "dl": _dl,
    "colon": _colon,
    "excel-csv": _excel_csv,
    "tree": _tree,
    "markdown": _markdown,
    "box-wrapped": _box_wrapped,
    "two-column": _two_column,
    "html-spanned": _html_spanned,
}


# the layouts printing the department's unit tree: its subtotal and the second division too
UNIT_TREES = ("excel-csv", "tree", "markdown", "html-spanned")


def expected_rows(
    f: Facts, s: Style, code: str, layout: Layout | None = None
) -> dict[str, set[tuple[object, ...]]]:
    """The rows each contract query must return for the document (columns as in queries/)."""
    year = f.year(s)
    tree = {
        (code, f.sibling, year, f.sibling_staff),
        (code, f.department, year, f.staff + f.sibling_staff),
    }
    return {
        "projects": {(code, f.project, year, f.project_budget, f.division)},
        "staff": {(code, f.division, year, f.staff), *(tree if layout in UNIT_TREES else ())},
        "budgets": {(code, f.department, year, f.account, f.account_budget)},
        "policies": {(code, f.policy_code, f.policy)},
        "initiatives": {(code, name, f.policy_code) for name in f.initiatives},
        "evaluations": {(code, f.initiatives[0], year, f.grade)},
        "indicators": {
            (code, f.indicator, year - 2, "baseline", f.baseline),
            (code, f.indicator, year - 1, "actual", f.actual),
            (code, f.indicator, year + 2, "target", f.target),
        },
    }
