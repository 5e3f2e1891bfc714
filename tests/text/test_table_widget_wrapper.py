"""A table widget's wrapper is content, though a state class of it reads like furniture."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text


def test_a_sortable_table_widget_inside_a_wrapper_marked_empty_footer_is_kept() -> None:
    html = (
        "<html><body><h1>架空施設一覧</h1>"
        '<div class="dt-container dt-empty-footer"><div class="dt-search">検索:</div>'
        '<table id="list" class="display dataTable" aria-describedby="list_info">'
        "<thead><tr><th>施設名称</th><th>所管課</th></tr></thead>"
        "<tbody><tr><td>架空町民会館</td><td>架空課</td></tr></tbody></table>"
        '<div class="dt-info" id="list_info">1 件中 1 から 1 まで表示</div></div>'
        '<div class="site-footer">架空町役場</div></body></html>'
    )
    text = extract_main_text(html)
    assert "架空町民会館" in text
    assert "架空町役場" not in text
