"""A staff report whose department's total line follows its divisions and names the
department before the total word (「架空部　計」): the department's whole, not the body's.
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "部局別職員数（令和７年４月１日現在）,,,,\n"
    "部局,課等,事務職,合計,前年度\n"
    "架空企画部,架空政策課,12,12,12\n"
    ",架空財政課,10,10,10\n"
    "架空企画部　計,,22,23,22\n"
    "架空総務部,架空総務課,14,14,14\n"
    "架空総務部　計,,14,15,15\n"
)


def test_a_departments_total_line_counts_the_department() -> None:
    facts = parsed_as_read(_SHEET, "s.csv")
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert ("架空企画部", 2025, 23) in staff
    assert ("架空企画部", 2024, 22) in staff
    assert not any(name == "架空台市" and count == 23 for name, _, count in staff)


_CHART = (
    "<html><body><main><h2>架空区役所の機構図</h2>"
    "<p>令和７年４月１日現在　（　）内は職員数</p>"
    "<ul><li>架空区役所<ul>"
    "<li>架空推進課（２４人）<ul><li>架空総務係（8）</li><li>架空振興係（9）</li></ul>"
    "<p>所管施設：架空区民センター</p></li>"
    "<li>架空住民課（３２人）<ul><li>架空戸籍係（10）</li></ul></li>"
    "</ul></li></ul></main></body></html>"
)


def test_a_bare_count_under_a_legend_is_its_units_staff() -> None:
    staff = {(s.organization, s.count) for s in parsed_as_read(_CHART, "kiko.html").staff}
    assert {("架空総務係", 8), ("架空振興係", 9)} <= staff


def test_an_entrys_own_field_does_not_end_the_chart() -> None:
    staff = {(s.organization, s.count) for s in parsed_as_read(_CHART, "kiko.html").staff}
    assert {("架空住民課", 32), ("架空戸籍係", 10)} <= staff
