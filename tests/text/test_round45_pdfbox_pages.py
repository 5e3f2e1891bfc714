"""PDFBox's own HTML of a PDF (`PDFText2HTML`, each page a `<div style="page-break-before:
always; page-break-after:always">`): the PDF's lines inside a paragraph are kept as lines, so
a table stays a table. Another page's newlines are spaces, as a browser shows them.
Fictional example."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text

_ROWS = "<p>部・課等 令和８年度 令和７年度\n架空総務課 24 23\n架空霊園課 9 9\n</p>"
_PDFBOX = (
    '<html><head><title>x</title></head><body><div style="page-break-before:always; '
    f'page-break-after:always"><div><p><b>２　局の体制</b>\n</p>{_ROWS}</div></div></body></html>'
)


def test_a_pdfbox_pages_lines_stay_lines() -> None:
    assert "架空総務課 24 23\n" in extract_main_text(_PDFBOX)


def test_another_pages_newlines_are_spaces() -> None:
    page = f"<html><body><main>{_ROWS}</main></body></html>"
    assert "架空総務課 24 23\n" not in extract_main_text(page)
