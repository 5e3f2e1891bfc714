"""A data export that opens with its header row (a kintone CSV: no title over the table) is
about the latest year its header labels a result or a grade of, not the year its cells print
most often (each record's 基準年度). Fictional example."""

from __future__ import annotations

from loaders.text.fiscal_year import document_year

_EXPORT = (
    "取組名\t指標名\t基準値\t基準年度\t目標値（令和8年度）\t進捗状況（令和7年度）\t評価\n"
    "架空決済の導入\t架空窓口数\t6\t令和4年度\t30\t順調\tA\n"
    "架空申請の拡大\t架空手続数\t40\t令和4年度\t300\t順調\tA\n"
    "架空予約の導入\t架空利用件数\t0\t令和4年度\t3000\t遅れ\tB\n"
)


def test_the_header_years_of_results_date_the_export() -> None:
    assert document_year(_EXPORT) == 2025


def test_a_titled_table_is_dated_as_before() -> None:
    assert document_year("令和6年度 架空市 行政改革の取組状況\n\n" + _EXPORT) == 2024
