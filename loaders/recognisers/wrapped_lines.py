"""A sentence a speech or the minutes of a meeting wrap at a fixed width, read whole.

Word text of a speech, minutes copied from a PDF or a council's record print each line to the
same width, so a sentence — and the words and amounts in it — breaks wherever the line ends:
「…国民健康保険特別会」 / 「計X億Y万円、…」, 「職員数は、令和5年」 / 「4月1日現在で512人」.
The structure reader gives each line as a paragraph of its own; a line that does not end its
sentence (no 「。」) and is followed by unmarked paragraph lines is carried on into them. Read by
loaders/recognisers/staff.py and loaders/recognisers/budgets.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block

_WRAP_LINES = 3  # lines a wrapped sentence runs on over, after its first
_COLUMN_GAP = re.compile(r"\s{2,}|\t")  # 「一般会計　　　965億円」: a gap aligning columns
_CLAUSE_MARKS = ("、", "。")  # not 「,」: a figure's thousands are marked so


def _prose(line: str) -> bool:
    """Whether a line is running prose (its clauses marked by 「、」 or 「。」, no gap aligning
    columns): a list's lines (「国民健康保険特別会計 71億円 ▲6.4%」) each end their record."""
    text = line.strip()
    return any(mark in text for mark in _CLAUSE_MARKS) and not _COLUMN_GAP.search(text)


def wrapped_sentence(doc: StructuredDocument, block: Block) -> tuple[str, Callable[[int], int]]:
    """A paragraph's text joined with the unmarked paragraph lines that carry its last sentence
    on (a speech or minutes wrapped at a fixed width: 「…職員数は、令和5年」 / 「4月1日現在で
    512人、…」), and the map from an index of that text to its offset in the document."""
    pieces = [(doc.folded[block.start : block.end], block.start)]
    if not _prose(pieces[0][0]):
        return pieces[0][0], lambda index: block.start + index
    for other in doc.blocks[block.index + 1 : block.index + 1 + _WRAP_LINES]:
        if pieces[-1][0].rstrip().endswith("。"):
            break  # the sentence ends on the line: the next line starts another
        if other.kind != "paragraph" or other.number or other.mark:
            break
        raw = doc.folded[other.start : other.end]
        if _COLUMN_GAP.search(raw.strip()):
            break  # 「介護保険特別会計      208億円」: a list's line, no sentence's
        lead = len(raw) - len(raw.lstrip())  # the indent of a wrapped line is no text
        pieces.append((raw[lead:], other.start + lead))
    return joined_pieces(pieces)


def joined_pieces(pieces: list[tuple[str, int]]) -> tuple[str, Callable[[int], int]]:
    """Pieces of text (each with its offset in the document) joined into one text, and the map
    from an index of that text back to its offset in the document: a sentence read across the
    lines it was wrapped over still quotes each word where it stands."""
    text = "".join(t for t, _ in pieces)
    bounds = list(itertools.accumulate(len(t) for t, _ in pieces))

    def at(index: int) -> int:
        k = next((k for k, b in enumerate(bounds) if index < b), len(bounds) - 1)
        return pieces[k][1] + index - (bounds[k] - len(pieces[k][0]))

    return text, at
