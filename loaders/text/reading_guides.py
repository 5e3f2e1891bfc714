"""Readings printed after words for those who read them aloud, taken out.

A script for a community radio broadcast (or a page for children) prints after a figure or a
hard word how to say it, in brackets: 「６８億４，２００万円［ろくじゅうはちおく　よんせんにひゃく
まんえん］」. The reading repeats the word before it; left in, it parts an amount from what
follows (「…万円［…］、前の年度は…」). A bracket of kana and spaces alone, right after a word, is
such a reading and is dropped.
"""

from __future__ import annotations

import re

# 「［ろくじゅうはちおく　よんせん…］」: square brackets holding hiragana (and spaces) only,
# right after a word or a figure
_READING = re.compile(r"(?<=[^\s［\[])[［\[][\u3041-\u3096\u30fc\s\u3000]{2,80}[］\]]")
_MIN_READINGS = 2  # in the text, for any to be read so


def drop_reading_guides(text: str) -> str:
    """`text` without its bracketed readings, else `text` itself."""
    if len(_READING.findall(text)) < _MIN_READINGS:
        return text
    return _READING.sub("", text)
