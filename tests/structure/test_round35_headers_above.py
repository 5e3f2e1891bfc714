"""Tables whose header is printed apart from their rows: a space-aligned header printed once
over group lines that each head their rows; sheets laid side by side in one CSV, an empty
column between them. Fictional examples."""

from __future__ import annotations

import unicodedata

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _line(*cells: tuple[int, str]) -> str:
    """A line of `cells`, each printed from its column (a wide character two columns)."""
    out = ""
    for column, text in cells:
        out += " " * max(1 if out else 0, column - _width(out)) + text
    return out + "\n"


_COLUMNS = (2, 26, 64, 72, 84, 96, 110, 120)  # 施策, KPI, 基準値, three years, 目標値, 進捗
_YEARS = ("令和５年度", "令和６年度", "令和７年度")
_RULE = "  " + "─" * 60 + "\n"


def _row(*texts: str) -> str:
    return _line(*((c, t) for c, t in zip(_COLUMNS, texts, strict=False) if t))


_KPI = (
    _RULE
    + _row("施策", "ＫＰＩ（単位）", "基準値", *_YEARS, "目標値", "進捗")
    + _line((80, "実績"), (92, "実績"), (104, "見込"))
    + _RULE
    + "  【基本目標１】稼ぐ架空のまちをつくる\n"
    + _row("1-(1) 架空産業の", "架空立地企業数", "0", "6", "9", "11", "12", "○")
    + _row("振興", "（社・累計）", "（R2）", "", "", "", "（R7）")
    + _row("", "架空出荷額等", "2,846", "2,912", "2,968", "3,010", "3,000", "◎")
    + _row("", "（億円）", "（R1）", "", "", "", "（R7）")
    + _RULE
    + "  【基本目標２】架空の流れをつくる\n"
    + _row("2-(1) 架空移住の", "架空相談件数", "86", "142", "168", "180", "200", "○")
    + _row("促進", "（件・年間）", "（R2）", "", "", "", "（R7）")
    + _row("", "架空転入者数", "3", "11", "14", "16", "20", "○")
    + _row("", "（人・年間）", "（R2）", "", "", "", "（R7）")
    + _RULE
)


def test_rows_under_a_group_line_take_the_header_printed_above_it() -> None:
    doc = read_structure(_KPI, labels=all_labels())
    tables = [b.table for b in doc.blocks if b.table is not None and b.table.rows]
    headed = [t for t in tables if any("架空" in c.text for r in t.rows for c in r)]
    assert len(headed) == 2
    assert all(t.header[2] == "基準値" and t.header[6] == "目標値" for t in headed)


def test_indicators_under_group_lines_are_read_with_their_years() -> None:
    read = parsed_as_read(_KPI)
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in read.observations}
    assert ("架空立地企業数", 2024, "actual", 9) in observed
    assert ("架空出荷額等", 2025, "estimate", 3010) in observed
    assert ("架空相談件数", 2025, "target", 200) in observed
    assert ("架空相談件数", 2020, "baseline", 86) in observed


_SHEETS = (
    "架空市　職員数の状況,,,,,,,,\n"
    ",,,,,,,,\n"
    "■部局別・課別職員数,,,,,,■職員数の推移,,\n"
    "部局,課等,令和8年,令和7年,増減,,年,職員数,前年比\n"
    "架空政策部,架空企画課,14,13,1,,令和6年,727,△2\n"
    ",架空財政課,11,11,0,,令和7年,723,△4\n"
    ",小計,25,24,1,,令和8年,732,9\n"
    "架空総務部,架空人事課,12,12,0,,,,\n"
    ",架空税務課,28,29,△1,,,,\n"
    ",小計,40,41,△1,,,,\n"
)


def test_sheets_side_by_side_are_read_as_tables_of_their_own() -> None:
    read = parsed_as_read(_SHEETS, "s.csv")
    staff = {(s.organization, s.fiscal_year, s.count) for s in read.staff}
    assert {("架空企画課", 2026, 14), ("架空財政課", 2025, 11)} <= staff
    assert {("架空人事課", 2026, 12), ("架空税務課", 2025, 29)} <= staff
    assert not any(count == 727 and name.endswith("課") for name, _, count in staff)


_MERGED = (
    "【参考】架空管理計画の数値目標と進捗,,,,,,,,,\n"
    "指標,,,単位,基準値,,目標値,,実績値,\n"
    ",,,,平成28年度,,令和18年度,,令和5年度,令和6年度\n"
    "架空施設の延床面積,,,㎡,\"186,420\",,\"158,460\",,\"181,205\",\"179,850\"\n"
    "架空施設の満足度,,,％,68.2,,75.0,,70.6,71.4\n"
)


def test_a_column_left_empty_by_merged_header_cells_splits_no_sheet() -> None:
    read = parsed_as_read(_MERGED, "karte.csv")
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in read.observations}
    assert ("架空施設の延床面積", 2036, "target", 158460) in observed
    assert ("架空施設の満足度", 2024, "actual", 71.4) in observed
