"""Marks a text browser prints around a web page's words (`lynx -dump`), blanked to typography.

A text-browser dump numbers every link in the text (「[42]施策3-4 …」), draws list levels with
`*`, `+` and `o`, and lists the links' addresses under 「References」 at its end. The numbers
are no part of the words and the level marks are bullets; both are rewritten in place (the
same number of characters), so offsets into the text still hold. Only a text that ends in
such a References list is touched: elsewhere 「[1]」 is a footnote and 「o」 a letter.
"""

from __future__ import annotations

import re

_REFERENCES = re.compile(r"^References[ \t]*\n(?:[ \t]*\n)*[ \t]*1\. [a-z]+:\S+", re.MULTILINE)
_LINK_NUMBER = re.compile(r"\[[0-9]{1,4}\](?=\S)")
_LEVEL_MARK = re.compile(r"^(?P<indent>[ \t]+)(?P<mark>[*+o])(?= +\S)", re.MULTILINE)


def is_text_browser_dump(text: str) -> bool:
    """Whether `text` ends in a text browser's numbered list of link addresses."""
    return _REFERENCES.search(text) is not None


def blank_browser_marks(text: str) -> str:
    """`text` with a text-browser dump's link numbers blanked and its level marks made
    bullets (「*」「+」「o」 → 「・」); any other text unchanged."""
    if not is_text_browser_dump(text):
        return text
    text = _LINK_NUMBER.sub(lambda m: " " * len(m.group()), text)
    return _LEVEL_MARK.sub(lambda m: m.group("indent") + "・", text)
