"""A drawn table continued under sub-headings without its header row (fictional examples)."""

from __future__ import annotations

import unicodedata

from loaders.structure import read_structure

_WIDTHS = (4, 20, 10)


def _pad(text: str, width: int) -> str:
    printed = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * (width - printed)


def _row(*cells: str) -> str:
    return "│" + "│".join(_pad(c, w) for c, w in zip(cells, _WIDTHS, strict=True)) + "│\n"


def _rule(left: str, joint: str, right: str) -> str:
    return left + joint.join("─" * (w // 2) for w in _WIDTHS) + right + "\n"


_TOP, _MID, _BOTTOM = _rule("┌", "┬", "┐"), _rule("├", "┼", "┤"), _rule("└", "┴", "┘")


def _tables(text: str) -> list:
    return [b.table for b in read_structure(text).of_kind("table")]


def test_box_without_header_under_a_sub_heading_continues_the_box_above() -> None:
    text = (
        "(1) 道路の維持\n"
        + _TOP + _row("番号", "事業名", "延長(m)") + _MID + _row(" 1", "東通り舗装", "120")
        + _BOTTOM
        + "(2) 橋りょうの修繕\n"
        + _TOP + _row(" 2", "みなと橋補修", "45") + _MID + _row(" 3", "かもめ橋塗装", "60")
        + _BOTTOM
    )
    second = _tables(text)[1]
    assert second.header == ["番号", "事業名", "延長(m)"]
    assert [[c.text for c in row] for row in second.rows] == [
        ["2", "みなと橋補修", "45"],
        ["3", "かもめ橋塗装", "60"],
    ]


def test_box_of_one_row_continues_the_box_above_and_joins_its_wrapped_cell() -> None:
    text = (
        _TOP + _row("No", "取組", "件数") + _MID + _row(" 1", "窓口の統合", "3") + _BOTTOM
        + "※件数は年度末現在\n"
        + _TOP + _row(" 2", "電子申請の", "8") + _row("", "拡充", "") + _BOTTOM
    )
    second = _tables(text)[1]
    assert second.header == ["No", "取組", "件数"]
    assert [[c.text for c in row] for row in second.rows] == [["2", "電子申請の拡充", "8"]]


def test_box_with_its_own_header_is_not_a_continuation() -> None:
    text = (
        _TOP + _row("No", "取組", "件数") + _MID + _row(" 1", "窓口の統合", "3") + _BOTTOM
        + "\n"
        + _TOP + _row("No", "施設", "面積") + _MID + _row(" 1", "北公民館", "820") + _BOTTOM
    )
    assert _tables(text)[1].header == ["No", "施設", "面積"]
