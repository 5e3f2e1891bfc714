"""A page Apache Tika or PDFBox made of a PDF (their HTML output): the PDF's lines kept as lines.

Tika writes each paragraph the PDF's layout finds as one `<p>`, the PDF's text lines inside it
apart by bare newlines: a table comes out as 「部・課等 令和８年度 令和７年度」, newline,
「○○部 ○○ ○○ +○」, newline, … in one `<p>`. HTML reads a newline as a space, so the
table becomes one long sentence. PDFBox's own `PDFText2HTML` (which Tika builds on) writes
its pages the same way, each page a `<div style="page-break-before:always;
page-break-after:always">`. In a page whose meta tags name Tika as its parser, or whose pages
are PDFBox's, a newline between two pieces of text inside an element is a line break
(`<br/>`), as the PDF printed it."""

from __future__ import annotations

import re

_TIKA = re.compile(
    r"<meta\s+name=[\"']X-TIKA:Parsed-By[\"']"
    r"|<div style=\"page-break-before:always; page-break-after:always\">",
    re.I,
)
_LINE_END = re.compile(r"(?<=[^>\s])[ \t]*\n(?=[^<\n])")


def tika_lines(html: str) -> str:
    """`html` with the newlines inside a Tika page's text made line breaks; any other page as
    is."""
    if not _TIKA.search(html[:8000]):
        return html
    return _LINE_END.sub("<br/>\n", html)
