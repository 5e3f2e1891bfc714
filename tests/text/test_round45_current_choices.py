"""A grade shown as the whole scale 「Ｓ Ａ Ｂ Ｃ」 with the given one marked `aria-current`: the
text keeps the marked grade alone. A page's navigation marking the current page among long
links is left as it is. Fictional examples."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text


def test_only_the_marked_choice_of_a_scale_is_kept() -> None:
    page = (
        "<html><body><main><h3>架空の取組</h3><p>令和7年度</p><ol class=scale>"
        "<li>Ｓ</li><li aria-current=true>Ａ</li><li>Ｂ</li><li>Ｃ</li></ol></main></body></html>"
    )
    text = extract_main_text(page)
    assert "Ａ" in text and "Ｓ" not in text and "Ｂ" not in text


def test_a_navigation_marking_the_current_page_keeps_its_links() -> None:
    page = (
        "<html><body><main><ul><li><a href=/a>架空のくらしと手続きのページ</a></li>"
        "<li aria-current=page><a href=/b>架空の子育てと教育のページ</a></li></ul>"
        "</main></body></html>"
    )
    assert "くらしと手続き" in extract_main_text(page)
