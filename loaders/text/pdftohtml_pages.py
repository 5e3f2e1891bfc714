"""A page poppler's `pdftohtml -s -noframes` made of a PDF: its cell gaps written wide again.

pdftohtml prints each text line of the PDF as a run of words, a `<br/>` after it, and puts
one no-break space (`&#160;`) wherever the PDF left a gap, however wide: between the words of
a heading and between the cells of a table alike. Read as HTML, each becomes one space, and a
table's row 「1&#160;市税等の収納率向上&#160;税務課&#160;Ｂ&#160;Ａ」 reads as one sentence.
In a page the generator names as pdftohtml, each such gap is written as a run of spaces (two
full-width ones, which HTML keeps), as `pdftotext -layout` would have printed it, so the
line's cells stand apart."""

from __future__ import annotations

import re

_GENERATOR = re.compile(r"<meta\s+name=[\"']generator[\"']\s+content=[\"']pdftohtml", re.I)
_GAP = re.compile(r"&#160;|&nbsp;|\xa0")


def widened_gaps(html: str) -> str:
    """`html` with pdftohtml's no-break gaps written as runs of spaces; any other page as is."""
    if not _GENERATOR.search(html[:4000]):
        return html
    return _GAP.sub("\u3000\u3000", html)
