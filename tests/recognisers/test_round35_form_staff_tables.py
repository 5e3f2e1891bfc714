"""A 局運営方針 saved from a Word form: the 局 named in the form's head row (「局名 | 架空局
| 局長名 | …」), a staff table of 部 and 課 by year under 「（単位：人）」 alone, each 部's
total on a 「部　計」 row under its 課. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_FORM = (
    "様式第１号（第３条関係）\n\n令和８年度　局運営方針\n\n"
    "局名\t架空未来局\t局長名\t架空　花子\n"
    "作成日\t令和８年４月１５日\t改訂日\t令和８年４月１５日\n\n"
    "１　局の使命\n架空のこどもが健やかに育つまちをつくる。\n\n"
    "２　局の体制（令和８年４月１日現在）\n"
    "（単位：人）\n"
    "部\t課・センター\t令和８年度\t令和７年度\t増減\n"
    "架空企画部\t部長\t１\t１\t０\n"
    "\t架空企画課\t２４\t２３\t１\n"
    "\t架空施設課\t１８\t１５\t３\n"
    "\t架空調整課\t１０\t１０\t０\n"
    "\t部　計\t５３\t４９\t４\n"
    "局　計\t\t５４\t５０\t４\n"
)


def _staff() -> set[tuple[str, int | None, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(_FORM).staff}


def test_a_table_of_units_by_year_under_a_unit_note_in_people_counts_staff() -> None:
    assert {("架空企画課", 2026, 24), ("架空施設課", 2025, 15)} <= _staff()


def test_a_departments_total_row_is_the_departments_count() -> None:
    assert {("架空企画部", 2026, 53), ("架空企画部", 2025, 49)} <= _staff()


def test_the_forms_head_row_names_the_unit_the_whole_is_of() -> None:
    assert ("架空未来局", 2026, 54) in _staff()
