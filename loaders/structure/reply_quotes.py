"""The quote marks of a reply's quoted text (「> > 　■３　目標と取組」), blanked.

An e-mail reply quotes the message it answers a 「>」 a line, one more for each reply down
the chain, and a Markdown page quotes so too. The marks are no part of the words, and left
in place they hide every structure of the lines they lead: a heading's number, a list's
bullet, a table's columns. They are blanked to spaces (the same offsets), so the quoted
text reads as it was written.
"""

from __future__ import annotations

import re

# up to three spaces, then one 「>」 or more, each with one space or tab after it at most
_MARKS = re.compile(r"^ {0,3}(?:>[ \t]?)+", re.MULTILINE)


def blank_quote_marks(text: str) -> str:
    """`text` with the quote marks leading its lines written as spaces."""
    if ">" not in text:
        return text
    return _MARKS.sub(lambda m: " " * len(m.group()), text)
