"""What a DTP or word-processing style sheet's name says a paragraph is (QuarkXPress Tags,
Scribus): 「見出し2」 a heading of the second level, 「タイトル」 the title, 「本文」 body text.
A layout tool keeps no heading elements; its style sheets' names are the only record of one."""

from __future__ import annotations

import re

_HEADING_WORDS = ("見出し", "タイトル", "表題", "head", "title")
_TITLE_WORDS = ("タイトル", "表題", "title")
_DIGIT = re.compile(r"\d")
_MAX_LEVEL = 6


def heading_level(style: str) -> int | None:
    """A style sheet's heading level by its name (見出し2 → 3, タイトル → 1), None for body text."""
    lowered = style.lower()
    if not any(word in lowered for word in _HEADING_WORDS):
        return None
    if any(word in lowered for word in _TITLE_WORDS):
        return 1
    digits = _DIGIT.search(style)
    return min(int(digits.group()) + 1, _MAX_LEVEL) if digits else 2
