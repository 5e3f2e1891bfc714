"""A personnel system's staff report whose first column, labelled as the unit (所属, or its
reading ｼｮｿﾞｸ), holds the units' codes and the next the units' names: the counts are the
named units'. Fictional examples (regression: the katakana labels read by their readings
made the code column the units' column)."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_REPORT = (
    "所属別職員配置表（令和7年4月1日現在）\n"
    "{unit}\tジョウイ\t所属名称\t事務\t技術\t合計\t前年度\n"
    "010000\t000000\t架空部\t2\t0\t2\t2\n"
    "010100\t010000\t架空課\t13\t1\t14\t15\n"
    "010200\t010000\t架空第二課\t11\t0\t11\t11\n"
    "***\t架空部\t部計\t26\t1\t27\t28\n"
)


def _staff(unit: str) -> set[tuple[str, int, int]]:
    text = _REPORT.format(unit=unit)
    return {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(text).staff}


def test_the_counts_are_the_named_units_under_a_kanji_label() -> None:
    staff = _staff("所属")
    assert ("架空課", 2025, 14) in staff
    assert ("架空課", 2024, 15) in staff


def test_the_counts_are_the_named_units_under_a_label_in_katakana() -> None:
    staff = _staff("ショゾク")
    assert ("架空課", 2025, 14) in staff
    assert ("架空部", 2025, 27) in staff
