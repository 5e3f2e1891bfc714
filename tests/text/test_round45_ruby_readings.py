"""A page saved with a site's ふりがな tool on (<ruby>図書館<rt>としょかん</rt></ruby> in every
kanji run): the readings are printed over the words, no text of them, so names read as
printed. Fictional example."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h2><ruby>施設<rt>しせつ</rt></ruby></h2><ul>"
    "<li><ruby>架空<rt>かくう</rt></ruby><ruby>図書館<rp>(</rp><rt>としょかん</rt><rp>)</rp>"
    "</ruby></li><li><ruby>架空<rt>かくう</rt></ruby>スポーツセンター</li>"
    "</ul></main></body></html>"
)


def test_the_readings_are_no_text() -> None:
    text = extract_main_text(_PAGE)
    assert "架空図書館" in text and "としょかん" not in text and "(" not in text


def test_names_read_as_printed() -> None:
    names = {f.name for f in parsed_as_read(_PAGE, "x.html").facilities}
    assert "架空スポーツセンター" in names
