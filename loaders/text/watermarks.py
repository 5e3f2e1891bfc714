"""A draft's watermark, printed to text, taken off the lines it lands on.

A PDF stamped 「素　案」 across each page keeps the stamp's glyphs in its text layer; printed
to text with its layout (`pdftotext -layout`) they come out one a line, far right of the
text after a wide gap: 「・子育て支援の充実　　　　　　　素」, a few lines on 「　　　　案」. Read
as they stand they end names (「…の充実 素」) and open false lines. The evidence that they
are a stamp and not a column: read in order they spell a watermark word of the vocabulary
(`mkf:watermarkWord`) over and over, and nothing else stands in that place. Each glyph is
then blanked (spaces of its width, so every offset after it holds).
"""

from __future__ import annotations

import re
from functools import cache

from loaders.text.normalize import fold_width

# the last thing on a line, one or two characters after a wide gap (or alone, set far in)
_STRAY = re.compile(r"(?:(?<=\S)[ \u3000]{6,}|^[ \u3000]{16,})(?P<glyph>\S{1,2})[ \u3000\r]*$")
_MIN_GLYPHS = 4  # and at least the word twice over


@cache
def _words() -> tuple[str, ...]:
    from loaders.field_vocabulary import marked_words  # (the vocabulary reads this package)

    return marked_words("watermarkWord")


def _repeats(glyphs: str, word: str) -> bool:
    """`glyphs` is `word` over and over, perhaps starting inside it (a page's first glyph
    cut off above the text)."""
    if len(glyphs) < max(_MIN_GLYPHS, 2 * len(word)):
        return False
    return any(glyphs in (word * (len(glyphs) // len(word) + 2))[k:] for k in range(len(word)))


def drop_watermarks(text: str) -> str:
    """`text` with a watermark's stray glyphs blanked, else `text` itself."""
    lines = text.split("\n")
    letters = set("".join(_words()))
    strays = [(n, m) for n, line in enumerate(lines)
              if (m := _STRAY.search(line)) is not None
              and set(fold_width(m.group("glyph"))) <= letters]  # fmt: skip
    glyphs = "".join(fold_width(m.group("glyph")) for _, m in strays)
    if not strays or not any(_repeats(glyphs, word) for word in _words()):
        return text
    for n, m in strays:
        line = lines[n]
        lines[n] = line[: m.start("glyph")] + " " * len(m.group("glyph")) + line[m.end("glyph") :]
    return "\n".join(lines)
