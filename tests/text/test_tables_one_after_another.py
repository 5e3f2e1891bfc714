"""Two HTML tables printed one right after the other (a progress table, then an indicator
table under it) stay two tables in the page's text (fictional example)."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text

_PAGE = (
    "<html><body><main><h4>取組No.1 架空申請の拡大</h4>"
    "<table><tr><th>区分</th><th>令和4年度</th><th>令和5年度</th></tr>"
    "<tr><th>評価</th><td>B</td><td>A</td></tr></table>\n"
    "<table><tr><th>目標指標</th><th>基準値（令和3年度）</th><th>目標値（令和7年度）</th></tr>"
    "<tr><td>架空申請件数（件）</td><td>1,200</td><td>15,000</td></tr></table>"
    "</main></body></html>"
)


def test_two_tables_in_a_row_are_set_apart_by_a_blank_line() -> None:
    lines = extract_main_text(_PAGE).split("\n")
    first = lines.index("評価\tB\tA")
    assert lines[first + 1] == ""
    assert lines[first + 2].startswith("目標指標\t")
