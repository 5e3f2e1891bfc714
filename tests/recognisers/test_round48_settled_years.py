"""An evaluation results table whose amounts by year (「令和5年度 決算 | 令和6年度 決算 | 令和7年度
予算」) stand beside an indicator's columns of one year (「令和6年度 目標値 | 令和6年度 実績値」):
each amount column is the project's amount for its year; the indicator's are no amounts.
Before, the indicator's two columns of one year undid the reading of the amounts by year and
only the budget column was read. Fictional example."""

from __future__ import annotations

from loaders.parse import parse_document

_TABLE = (
    "令和7年度 事務事業評価結果一覧（令和6年度実施事業）\n"
    "事業費の単位：千円\n"
    "事業番号\t事業名\t所管\t令和5年度 決算\t令和6年度 決算\t令和7年度 予算\t成果指標（単位）"
    "\t令和6年度 目標値\t令和6年度 実績値\t評価\n"
    "02-01-01\t架空給付事業\t架空局 架空支援課\t398,260\t421,570\t427,800\t架空面談率（％）"
    "\t100\t96.4\tA\n"
    "02-01-02\t架空サポート事業\t架空局 架空支援課\t36,910\t40,230\t50,600\t架空利用者数（人）"
    "\t1,150\t1,275\tA\n"
)


def test_each_amount_column_is_its_years_amount() -> None:
    facts = parse_document(_TABLE, file="list.txt", municipality_code="999989",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    amounts = {(p.name, p.fiscal_year, p.budget) for p in facts.projects}
    assert {("架空給付事業", 2023, 398260000), ("架空給付事業", 2024, 421570000),
            ("架空給付事業", 2025, 427800000)} <= amounts  # fmt: skip
    assert not any(budget in (100000, 96400) for _, _, budget in amounts)
