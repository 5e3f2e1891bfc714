"""Round 51: a tracker's records printed one by one (no title, no header row): the document
is about the latest year its records' result and grade fields are labelled with. Before, the
first year printed (a baseline's 「基準年度：R4」) dated it. Made-up fields."""

from __future__ import annotations

from loaders.text.fiscal_year import document_year

_RECORDS = (
    "Ⅰ 架空のサービス\n"
    "Ⅰ-1-① 架空申請の拡充\n"
    "所管課：架空推進課\n"
    "基準年度：R4\n"
    "基準値：85\n"
    "目標値（R9）：300\n"
    "実績（R6）：162\n"
    "実績（R7）：241\n"
    "評価（R6）：A\n"
    "評価（R7）：A\n"
)


def test_a_record_lists_latest_result_label_dates_it() -> None:
    assert document_year(_RECORDS) == 2025


def test_a_titled_page_keeps_its_titles_year() -> None:
    assert document_year("令和6年度 架空評価シート\n\n" + _RECORDS) == 2024
