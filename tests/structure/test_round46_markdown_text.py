"""Markdown as converters write it (Jina Reader, a CMS's export), read as a reader sees it
(fictional examples): a link keeps its text and an image goes; an underlined line
(「-----」) is a heading; a heading's name in quotes (「基本目標2「名称」」) is the name; the
places listed under 「区内の主な公共施設」 are facilities."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "[![Image 1: 架空区](https://www.example.jp/logo.png)](https://www.example.jp/)\n\n"
    "5 区内の主な公共施設\n"
    "-----------\n\n"
    "*   [架空区民センター（愛称：かくうプラザ）](https://www.example.jp/plaza.html)  \n"
    "    架空区浜崎2丁目　多目的ホール\n"
    "*   [架空図書館](https://www.example.jp/library.html)  \n"
    "    架空区汐見台1丁目　蔵書約18万冊\n\n"
    "基本目標2「架空と活力のあるまち」\n"
    "==========\n"
)


def _blocks() -> list[tuple[str, str]]:
    doc = read_structure(_PAGE, labels=all_labels())
    return [(b.kind, b.text) for b in doc.blocks]


def test_a_link_keeps_its_text_and_an_image_goes() -> None:
    texts = [text for _, text in _blocks()]
    assert "架空図書館" in texts
    assert not any("http" in text or "Image" in text for text in texts)


def test_an_underlined_line_is_a_heading_its_quoted_name_unquoted() -> None:
    blocks = _blocks()
    assert ("heading", "区内の主な公共施設") in blocks
    assert ("heading", "架空と活力のあるまち") in blocks


def test_the_places_under_a_label_of_public_facilities_are_facilities() -> None:
    names = {f.name for f in parsed_as_read(_PAGE, "x.txt").facilities}
    assert {"架空区民センター", "架空図書館"} <= names
