"""目標値 | 実績値 printed without a year in an evaluation table whose amount columns carry
theirs (「令和6年度 決算額」, 「令和7年度 予算額」): the values are the report's year, the
amounts' years date the amounts only. Fictional examples."""

from __future__ import annotations

from loaders.parse import parse_document

_TABLE = (
    "令和6年度 事務事業評価の結果\n"
    "No.\t事業名\t令和6年度 決算額\t令和7年度 予算額\t成果指標\t目標値\t実績値\t評価\n"
    "1\t架空健診事業\t38,420\t41,200\t架空健診受診率\t45.0\t41.3\tB\n"
    "2\t架空検診事業\t86,510\t88,900\t架空検診受診者数\t6,500\t6,812\tA\n"
)


def test_undated_target_and_actual_beside_dated_amounts_are_the_reports_year() -> None:
    facts = parse_document(
        _TABLE, file="hyoka.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    values = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert ("架空健診受診率", 2024, "target", 45.0) in values
    assert ("架空検診受診者数", 2024, "actual", 6812) in values
