"""Bold type a PDF prints twice, read back with each glyph doubled.

Some PDF makers fake bold by drawing each glyph twice, a hair apart; a text extractor that
reads every glyph (pdfplumber, PyMuPDF) gives each character twice: 「当当初初予予算算」 for
「当初予算」. A line whose every word is so doubled is the title it shows, each glyph once.
A line with one word of its own (a figure, a name printed once) is left as it is.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\S+")
_MIN_PAIRS = 2  # doubled letters on the line: 「ここ」 or 「１１」 alone is a word, no bold
# a letter of a word: kanji, kana, Latin (no digit, no rule's or mark's glyph)
_LETTER = re.compile(r"[^\W\dー_]")


def _halved(word: str) -> str | None:
    if len(word) % 2 or any(word[k] != word[k + 1] for k in range(0, len(word), 2)):
        return None
    return word[::2]


def _undoubled(line: str) -> str:
    words = list(_WORD.finditer(line))
    halves = [_halved(w.group()) for w in words]
    if not words or any(h is None for h in halves):
        return line
    letters = _LETTER.findall("".join(h for h in halves if h is not None))
    if len(letters) < _MIN_PAIRS:  # (a rule 「――――」 or 「====」 is no bold title)
        return line
    out, at = [], 0
    for word, half in zip(words, halves, strict=True):
        out.append(line[at : word.start()])
        out.append(half or "")
        at = word.end()
    out.append(line[at:])
    return "".join(out)


def undouble_bold(text: str) -> str:
    """`text` with each line of doubled glyphs printed once."""
    if not re.search(r"(\S)\1(\S)\2(\S)\3", text):
        return text
    return "\n".join(_undoubled(line) for line in text.split("\n"))
