"""A chart's or a table's picture carries its data in the alt text: that text is read."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text


def test_an_alt_text_describing_a_tables_data_is_read_as_a_paragraph() -> None:
    html = (
        "<html><body><article><h2>会計ごとの予算額</h2>"
        '<figure><img src="a.png" alt="表：架空会計別予算額。一般会計 9億8,700万円。">'
        "<figcaption>会計別の予算額</figcaption></figure></article></body></html>"
    )
    lines = extract_main_text(html).splitlines()
    assert "架空会計別予算額。一般会計 9億8,700万円。" in lines


def test_an_alt_text_naming_a_chart_without_its_data_prints_nothing() -> None:
    html = (
        "<html><body><article><p>架空の本文です。</p>"
        '<img src="b.png" alt="会計別予算の円グラフ（内訳は下の凡例のとおり）">'
        "</article></body></html>"
    )
    assert "円グラフ" not in extract_main_text(html)


def test_a_logos_alt_text_prints_nothing() -> None:
    html = (
        "<html><body><article><p>架空の本文です。</p>"
        '<img src="logo.png" alt="架空市 KAKUU CITY"></article></body></html>'
    )
    assert "KAKUU" not in extract_main_text(html)
