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
