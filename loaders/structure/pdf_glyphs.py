"""Glyphs a PDF extractor could not map to text, printed as 「(cid:N)」, blanked.

pdfminer.six (and the tools built on it: pdf2txt.py, pdfplumber's text) prints a glyph whose
font carries no Unicode mapping as its character id in brackets. In a municipal PDF those
glyphs are the symbols a designer chose from a dingbat font: the bullet before a section's
title, the 「新」「拡」 marks before a project, the box before a group of rows. They are no
part of the words they sit beside; blanked (the same number of spaces, so offsets hold), a
section's title reads as a title and a project's name as its name.
"""

from __future__ import annotations

import re

_CID = re.compile(r"\(cid:[0-9]{1,5}\)")


def blank_unmapped_glyphs(text: str) -> str:
    """`text` with every 「(cid:N)」 made spaces."""
    return _CID.sub(lambda m: " " * len(m.group()), text)
