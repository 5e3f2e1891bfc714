"""A fixed-width report whose columns a dash rule marks out (SQL*Plus, a report writer)
read as tab-separated rows: header lines joined per column, subtotal rules and blank lines
inside dropped, a value wrapped at its column's width joined. Fictional figures."""

from __future__ import annotations

import unicodedata

from loaders.text.ruled_columns import tab_ruled_columns

_WIDTHS = (24, 10, 10)


def _places(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _line(*cells: str) -> str:
    """Cells printed as the report prints them: the first left-aligned, the rest right."""
    out = []
    for k, (cell, width) in enumerate(zip(cells, _WIDTHS, strict=False)):
        pad = " " * (width - _places(cell))
        out.append(cell + pad if k == 0 else pad + cell)
    return " ".join(out).rstrip()


_RULE = " ".join("-" * w for w in _WIDTHS)
_REPORT = "\n".join([
    "架空市 財政課",
    "",
    _line("会計名", "令和8年度", "令和7年度"),
    _line("", "予算額", "予算額"),
    _RULE,
    _line("一般会計", "41,230", "40,110"),
    _line("架空母子父子寡婦福祉資金", "284", "301"),  # 24 places: the column's whole width
    _line("貸付事業"),
    "**********" + " " * 15 + "-" * 10 + " " + "-" * 10,
    "",
    _line("架空駐車場事業", "1,126", "1,098"),
    "",
    "3行が選択されました。",
])  # fmt: skip


def test_the_rule_cuts_header_and_rows_into_columns() -> None:
    lines = tab_ruled_columns(_REPORT).splitlines()
    assert "会計名\t令和8年度 予算額\t令和7年度 予算額" in lines
    assert "一般会計\t41,230\t40,110" in lines
    assert "架空駐車場事業\t1,126\t1,098" in lines  # past a subtotal's rule and a blank line
    assert "3行が選択されました。" in lines  # a line that keeps to no column ends the table


def test_a_value_wrapped_at_its_columns_width_is_joined() -> None:
    lines = tab_ruled_columns(_REPORT).splitlines()
    assert "架空母子父子寡婦福祉資金貸付事業\t284\t301" in lines


def test_text_without_a_rule_of_several_runs_is_left_alone() -> None:
    text = "見出し\n----------\n本文 123\n"
    assert tab_ruled_columns(text) == text


def test_a_hand_aligned_table_whose_row_overruns_its_rule_is_left_as_printed() -> None:
    text = "\n".join([
        _line("指標名", "現状値", "目標値"),
        _RULE,
        _line("架空利用率（％）", "64.3", "75.0"),
        "架空の児童生徒がタブレットを活用できる割合（％）",  # wider than its column
        _line("", "88.9", "95.0"),
    ])  # fmt: skip
    assert tab_ruled_columns(text) == text


def test_a_line_whose_wide_character_straddles_a_columns_edge_is_no_row() -> None:
    """Round 50: SQL*Plus's 「7行が選択されました。」 under a table whose first column is four
    places wide: its 「が」 sits astride the column's edge, so it was read as a row of two
    cells, and the command line after it, fitting no column, undid the whole table."""
    report = "\n".join([
        "方針 基本方針                   項目",
        "---- -------------------------- ----",
        "   1 架空財政基盤の確立            1",
        "                                   2",
        "",
        "   2 架空行政サービスの向上        1",
        "",
        "7行が選択されました。",
        "",
        "SQL> REM ---- 2. 架空の取組",
    ])  # fmt: skip
    lines = tab_ruled_columns(report).split("\n")
    assert "1\t架空財政基盤の確立\t1" in lines
    assert "2\t架空行政サービスの向上\t1" in lines
    assert "7行が選択されました。" in lines
