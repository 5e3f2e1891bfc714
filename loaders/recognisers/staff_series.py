"""A series of staff counts joined by arrows: 「令和4年 170人 → 令和5年 168人 → 令和6年 166人」
under a caption naming the staff label, or 「架空の職員数 基準値 430人（令和2年度） →
実績 421人（令和4年度） ／ 目標 410人（令和6年度）」 on the label's own line.

A reform plan or its progress page prints how the body's staff went as a chain: each link is
one year and its count, in either order (the year before the count, or after it in brackets),
perhaps tagged with what the figure is (基準値, 実績). A link tagged as an aim (目標, 見込 — the
field vocabulary's target and estimate labels) is no count taken; the others are the staff of
what the document is about in their years. Read by loaders/recognisers/staff.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import label_key, labels_of
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block
from loaders.text.fiscal_year import year_mentions

_LINKS = re.compile(r"\s*(?:[→⇒➡➔]|[/／](?![0-9]))\s*")  # 「→」, 「／」 (not a date's 2024/4)
_COUNT = re.compile(r"(?<![0-9,.])(?P<n>[0-9][0-9,]*)\s*[人名]")
_MIN_LINKS = 2  # a chain: one count alone is read as a labelled count elsewhere
_MIN_LABEL = 3  # 「職員数」, not 「職員」 (「職員1人当たり…」 is no count of staff)


@dataclass(frozen=True)
class SeriesCount:
    """One link's year and count, with where the link and its count stand in the document."""

    year: int
    count: int
    start: int
    end: int
    count_start: int
    count_end: int


def series_counts(doc: StructuredDocument) -> Iterator[SeriesCount]:
    """The counts (not the aims) of every arrow-joined staff series of `doc`."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item", "field", "heading"):
            continue
        text = doc.folded[block.start : block.end]
        label_end = _label_end(text)
        if label_end is None:
            if not _captioned(doc, block):
                continue
            label_end = 0
        links = _links(text, label_end)
        if len(links) < _MIN_LINKS or (label_end == 0 and None in links):
            continue  # under a caption, the line is the chain and nothing else
        aims = [x for f in ("target", "estimate") for x in labels_of(f)]
        for link in links:
            if link is None:
                continue
            year, n, start, end, at, to = link
            if any(aim in label_key(text[start:end]) for aim in aims):
                continue  # 「目標 800人（令和8年度）」: an aim, no count taken
            b = block.start
            yield SeriesCount(year, n, b + start, b + end, b + at, b + to)


def _label_end(text: str) -> int | None:
    """Where the staff label of the line ends, if the line names it before any count."""
    first = _COUNT.search(text)
    limit = first.start() if first else len(text)
    ends = [
        text.find(label) + len(label)
        for label in labels_of("staff")
        if len(label) >= _MIN_LABEL and 0 <= text.find(label) < limit
    ]
    return max(ends) if ends else None


def _captioned(doc: StructuredDocument, block: Block) -> bool:
    """Whether the block before is a caption naming the staff label (「職員数の推移（各年4月1日
    現在）」), no sentence."""
    if block.index == 0:
        return False
    above = doc.blocks[block.index - 1]
    key = label_key(above.text)
    return "。" not in above.text and any(
        len(label) >= _MIN_LABEL and label in key for label in labels_of("staff")
    )


_Link = tuple[int, int, int, int, int, int]


def _links(text: str, at: int) -> list[_Link | None]:
    """(year, count, link start, link end, count start, count end) of each link of the chain
    from `at` on; None for a link that is no one year and one count."""
    found: list[_Link | None] = []
    pos = at
    for sep in [*_LINKS.finditer(text, at), None]:
        end = sep.start() if sep is not None else len(text)
        found.append(_link(text, pos, end))
        if sep is not None:
            pos = sep.end()
    return found


def _link(text: str, start: int, end: int) -> _Link | None:
    piece = text[start:end]
    counts = list(_COUNT.finditer(piece))
    years = [m for m in year_mentions(piece) if m.kind != "bare"]
    if len(counts) != 1 or len({m.year for m in years}) != 1:
        return None
    n = int(counts[0].group("n").replace(",", ""))
    return years[0].year, n, start, end, start + counts[0].start("n"), start + counts[0].end("n")
