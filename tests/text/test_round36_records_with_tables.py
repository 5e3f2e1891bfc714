"""A table of records whose rows each hold a table of their own in a cell (a 取組's plan,
result and grade by year nested in its row), under a header row of column labels: each row
is a record of labelled fields, its nested table a table as printed; a page laid out in a
table (no header of labels) is still read box by box. Fictional examples."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import facts_of, initiative_rows, policy_rows

_NESTED = (
    "<table><tr><th>年度</th><th>計画</th><th>実績</th><th>評価</th></tr>"
    "<tr><th>令和6年度</th><td>試行</td><td>3課で試行した</td><td>Ａ</td></tr></table>"
)
_PAGE = (
    "<html><body><main><h2>基本方針1　架空の方針</h2>"
    "<table><tr><th>番号</th><th>取組項目</th><th>所管</th><th>年度ごとの計画・実績・評価</th></tr>"
    f"<tr><td>1-1</td><td>架空手続の見直し</td><td>架空部　架空課</td><td>{_NESTED}</td></tr>"
    '<tr><td colspan="4">【指標】見直した手続数（件）　基準値：10（令和5年度）</td></tr>'
    f"<tr><td>1-2</td><td>架空窓口の統合</td><td>架空部　架空課</td><td>{_NESTED}</td></tr>"
    "</table></main></body></html>"
)


def test_each_row_is_a_record_of_labelled_fields() -> None:
    lines = extract_main_text(_PAGE).splitlines()
    assert "取組項目：架空手続の見直し" in lines
    assert "番号：1-2" in lines
    assert "年度\t計画\t実績\t評価" in lines


def test_a_note_across_the_columns_stays_one_line() -> None:
    lines = extract_main_text(_PAGE).splitlines()
    assert "【指標】見直した手続数（件） 基準値：10（令和5年度）" in lines


def test_the_records_are_entries_of_the_heading_not_levels_of_the_plan() -> None:
    facts = facts_of(extract_main_text(_PAGE))
    assert ("架空手続の見直し", ("1",)) in initiative_rows(facts)
    assert ("1-1", "架空手続の見直し") not in policy_rows(facts)


def test_a_page_laid_out_in_a_table_is_read_box_by_box() -> None:
    page = (
        "<html><body><table><tr><td><ul><li>メニュー</li></ul></td>"
        f"<td><h2>架空のお知らせ</h2>{_NESTED}</td></tr></table></body></html>"
    )
    text = extract_main_text(page)
    assert "架空のお知らせ" in text.splitlines()
    assert "：" not in text
