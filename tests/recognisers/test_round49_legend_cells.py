"""Round 49: a table's count cells with last year's count in brackets (「14人（13）」) and a
legend dating the brackets, above the table or below it (a chart's note): the bracketed
count is the unit's for the legend's year. Fictional units and counts."""

from __future__ import annotations

from loaders.parse import parse_document

_TABLE = (
    "架空市 組織図（令和8年4月1日現在）\n"
    "組織名\t職員数\t上位組織\n"
    "架空政策課\t14人（13）\t架空企画部\n"
    "架空広報課\t9人（9）\t架空企画部\n"
    "架空財政課\t12人（11）\t架空財務部\n"
    "課の職員数は令和8年4月1日現在。（　）内は令和7年4月1日現在。\n"
)


def test_bracketed_counts_are_the_legends_years() -> None:
    facts = parse_document(_TABLE, file="x.txt", municipality_code="999989",
                           municipality="青葉台市", prefecture="架空県")  # fmt: skip
    counts = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert ("架空政策課", 2026, 14) in counts
    assert ("架空政策課", 2025, 13) in counts
    assert ("架空財政課", 2025, 11) in counts
