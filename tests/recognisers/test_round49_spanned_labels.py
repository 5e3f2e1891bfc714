"""Round 49: a header row of years under a spanning label, with other labels beside the
years in the same row (「所管」 over 「局 | 課」, 「施策」 over 「番号 | 施策名」): each
project's amount of each year, and the 課 as its division. Fictional figures."""

from __future__ import annotations

from loaders.parse import parse_document

_TABLE = (
    "主な事業\n"
    "事業名\t所管\t\t予算額（千円）\t\t概要\n"
    "\t局\t課\t令和7年度\t令和6年度\t\n"
    "架空広場整備事業\t架空都市局\t架空公園課\t12,400\t9,800\t広場を整えます。\n"
    "架空見守り事業\t架空福祉局\t架空支援課\t3,150\t2,990\t見守りを広げます。\n"
)


def test_each_years_amount_is_read_with_the_division_under_the_spanning_label() -> None:
    facts = parse_document(_TABLE, file="x.txt", municipality_code="999989",
                           municipality="青葉台市", prefecture="架空県")  # fmt: skip
    rows = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空広場整備事業", 2025, 12_400_000, "架空公園課") in rows
    assert ("架空広場整備事業", 2024, 9_800_000, "架空公園課") in rows
    assert ("架空見守り事業", 2024, 2_990_000, "架空支援課") in rows
