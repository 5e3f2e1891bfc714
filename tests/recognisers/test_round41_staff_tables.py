"""Staff tables as other cities print them: a table by kind of employment whose year-before
total stands bracketed beside the total (「計 | （前年度計）」). Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_BY_KIND = (
    "【部の体制】（令和８年４月１日現在、単位：人）\n"
    "課名\t主な係\t正規職員\t再任用\t計\t（前年度計）\t会計年度任用職員\n"
    "架空総務課\t架空係・架空用地係\t１３\t１\t１４\t（１２）\t３\n"
    "架空道路課\t架空建設係\t２４\t２\t２６\t（２５）\t６\n"
    "部計\t\t３７\t３\t４０\t（３７）\t９\n"
)


def _staff(text: str, file: str = "x.txt") -> set[tuple[str, int, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(text, file).staff}


def test_a_bracketed_year_before_total_beside_the_total_counts_the_year_before() -> None:
    staff = _staff(_BY_KIND)
    assert ("架空総務課", 2026, 14) in staff and ("架空総務課", 2025, 12) in staff
    assert ("架空道路課", 2025, 25) in staff
    assert not any(count == 3 for _, _, count in staff)  # 会計年度任用職員 are not the count


_TABBED_SERIES = (
    "第５　職員数の推移と財政効果\n"
    "\n"
    "１　職員数の推移（各年４月１日現在）\n"
    "\n"
    "\t令和５年\t令和６年\t令和７年\t令和８年\n"
    "\t１６８人\t１６５人\t１６３人\t１６１人\n"
    "\n"
    "２　財政効果額\n"
)


def test_a_series_whose_lines_open_with_a_tab_counts_every_year() -> None:
    staff = _staff(_TABBED_SERIES)
    assert {(year, count) for _, year, count in staff} >= {(2023, 168), (2026, 161)}


def _sheet_row(*boxes: tuple[int, str]) -> str:
    """A 方眼紙 sheet's CSV row: 16 narrow columns, each box's text in its left cell."""
    cells = [""] * 16
    for column, text in boxes:
        cells[column] = text
    return ",".join(cells) + "\n"


_SHEET_CHART = (
    _sheet_row((1, "架空区役所　組織図"), (13, "令和８年４月１日現在"))
    + _sheet_row()
    + _sheet_row((7, "区　長"))
    + _sheet_row()
    + _sheet_row((1, "架空推進課"), (5, "架空振興課"), (9, "架空保健センター"))
    + _sheet_row((1, "（２４）"), (5, "（１８）"), (9, "センター長（１）"))
    + _sheet_row()
    + _sheet_row(
        (1, "架空総務係（９）"), (5, "架空活動係（８）"), (9, "架空福祉課"), (13, "架空健康課")
    )
    + _sheet_row((9, "（３８）"), (13, "（２６）"))
    + _sheet_row(
        (1, "架空企画係（７）"),
        (5, "架空推進係（９）"),
        (9, "架空支援係（１０）"),
        (13, "架空母子係（１３）"),
    )
    + _sheet_row()
    + _sheet_row((1, "※（　）内は職員数（令和８年４月１日現在。再任用職員を含む。）"))
)


def test_a_chart_drawn_in_a_sheets_cells_counts_each_box_over_its_legend() -> None:
    staff = _staff(_SHEET_CHART, "chart.csv")
    assert {("架空推進課", 2026, 24), ("架空総務係", 2026, 9), ("架空母子係", 2026, 13)} <= staff


def test_a_bare_count_in_the_cell_under_a_box_is_that_boxs() -> None:
    staff = _staff(_SHEET_CHART, "chart.csv")
    assert ("架空福祉課", 2026, 38) in staff and ("架空健康課", 2026, 26) in staff
