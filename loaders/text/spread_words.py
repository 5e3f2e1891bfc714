"""Words a page spread over their cell (均等割付): 「総　　務　　課」, 「会   計   名」.

Word processors and PDF layouts justify a short label across a fixed-width cell by putting
equal runs of spaces between its letters. In the text the page leaves, the word then looks
like several cells of one letter each, and a table's columns no longer line up with it.
A run of single letters apart by equal runs of two spaces or more is joined back into its
word when the word is one the reader knows: a unit's name (総務課, 出納係), a field label
(課名, 備考, 会計名), an account (一般会計) or a post (課長) — so a header of one-letter columns
(「男　　女　　計」) stays as printed. Letters one space apart are joined only when they
spell a unit's name, its suffix last, after a field's label (「担当 ○ ○ ○ 課」).
"""

from __future__ import annotations

import re
from functools import cache

# a letter of a word (kanji, kana), then equal runs of spaces between it and the next ones
_LETTER = r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff々〆ヶ]"
# (one full-width space is two places: 「一　般　会　計」)
_SPREAD = re.compile(
    rf"(?<![^\s])(?P<first>{_LETTER})(?P<gap>[ \u3000]{{2,30}}|\u3000)(?={_LETTER})"
)


def _known_word(word: str) -> bool:
    from loaders.field_vocabulary import field_of  # the vocabulary imports loaders.text
    from loaders.genres.units import unit_kind

    return (
        (unit_kind(word) is not None and len(word) >= _MIN_UNIT_WORD)  # 「等　係」: no unit
        or field_of(word, exact=True) is not None
        or word.endswith("会計")
        or (len(word) <= 3 and word.endswith("長"))  # 「課　　長」: a post
        or word in _row_categories()  # 「区　　分」: a first column's label
    )


_MIN_UNIT_WORD = 3  # 総務課: a word of its own and the suffix


@cache
def _row_categories() -> frozenset[str]:
    """The caption cues of `mkf:rowCategory` in the field vocabulary (区分, 項目 …)."""
    from loaders.field_vocabulary import caption_cues  # the vocabulary imports loaders.text

    return frozenset(caption_cues("rowCategory"))


def _spread_run(line: str, start: int) -> tuple[int, str, int] | None:
    """The end of a run of single letters apart by one equal gap, starting at `start`, the
    word they spell and the gap's width; None when there is no such run."""
    first = _SPREAD.match(line, start)
    if first is None:
        return None
    gap = first.group("gap")
    letters = [first.group("first")]
    at = first.end("gap")
    while at < len(line):
        letters.append(line[at])
        after = at + 1
        if line.startswith(gap, after) and after + len(gap) < len(line):
            following = line[after + len(gap)]
            beyond = line[after + len(gap) + 1 : after + len(gap) + 2]
            if re.match(_LETTER, following):
                if not beyond or beyond in _AFTER_WORD:
                    at = after + len(gap)
                    continue
                return None  # a letter the same gap away opens a word: no spread word
        end = after
        break
    else:
        end = len(line)
    if end < len(line) and line[end] not in _AFTER_WORD:
        return None  # the last letter opens a longer word: no letter of a spread word
    return end, "".join(letters), len(gap)


_AFTER_WORD = " \u3000:：、"  # what may follow a spread word: a gap, a label's colon


# 「担当 ○ ○ ○ 課」: a unit's name spread one space apart, its suffix closing the run
_SINGLE_SPACED_UNIT = re.compile(
    rf"(?<![^\s])(?:{_LETTER} ){{2,10}}[課係室部局](?=[\s:：、]|$)", re.MULTILINE
)


def _joined_single_spaced(text: str) -> str:
    """Units spread one space apart after a field's label written together (a single space
    is too common between words for anything less sure than a labelled unit's name); the
    spaces go after the name."""
    from loaders.field_vocabulary import field_of
    from loaders.genres.units import unit_kind

    def joined(match: re.Match[str]) -> str:
        word = match.group().replace(" ", "")
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()].split()
        if not before or field_of(before[-1], exact=True) is None:
            return match.group()  # 「担当 企 画 課」: a label says a unit follows
        if len(set(word)) < 2 or unit_kind(word) is None:
            return match.group()
        return word + " " * (len(match.group()) - len(word))

    return _SINGLE_SPACED_UNIT.sub(joined, text)


def join_spread_words(text: str) -> str:
    """`text` with each known word spread over its cell written together, the spaces it
    took moved after it so that the line keeps its width and the columns after it stay."""
    if _SINGLE_SPACED_UNIT.search(text):
        text = _joined_single_spaced(text)
    if "  " not in text and "\u3000\u3000" not in text:
        return text  # the cheap check: no run of two spaces, no spread word
    out = []
    for line in text.split("\n"):
        out.append(_joined_line(line) if "  " in line or "\u3000\u3000" in line else line)
    return "\n".join(out)


def _joined_line(line: str) -> str:
    pieces: list[str] = []
    k = 0
    copied = 0
    while k < len(line):
        if (k == 0 or line[k - 1] in " \u3000") and (run := _spread_run(line, k)) is not None:
            end, word, gap = run
            # the same run of spaces before the word (half-width leading spaces are no
            # full-width gap's like)
            spaces = line[len(line[:k].rstrip(" \u3000")) : k]
            before = gap if spaces == line[k + 1 : k + 1 + gap] else -1
            # letters one full-width space apart: only an account's name (「一　般　会　計」),
            # a header's label so spread may head a column read by its printed extent
            single = gap == 1
            if (
                len(word) >= 2
                and len(set(word)) > 1
                and before != gap
                and _known_word(word)
                and (not single or word.endswith("会計"))
            ):
                # (the same gap before the run: the letter there may be part of it, or the
                # gap a column's — nothing to join with evidence)
                pieces.append(line[copied:k])
                # the spaces it took, as they were (a full-width space is two places wide)
                pieces.append(word + "".join(ch for ch in line[k:end] if ch in " \u3000"))
                k = copied = end
                continue
        k += 1
    pieces.append(line[copied:])
    return "".join(pieces)
