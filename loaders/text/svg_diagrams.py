"""A diagram drawn as inline SVG (a policy tree exported from Illustrator), read as its words.

A page may draw its 施策体系図 as an `<svg>` of boxes whose words are `<text>` elements placed
by a `transform` (as Illustrator exports them) and broken into `<tspan>` lines (a name
wrapped in its box, a line even cut in two runs at the same height). What the reader sees is
columns of boxes — 基本目標, 政策, 施策, 主な取組 — the boxes of a row side by side. The words
are written column by column, top to bottom, each box as a line (its level label and the
name under it on one line, its wrapped lines joined, its bulleted lines each a line), and a
box printed at the very height of a box to its left (the 主な取組 beside their 施策) right
after that box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from loaders.structure.numbering import LONE_LEVEL
from loaders.text.normalize import fold_width
from loaders.text.policy_codes import find_leading_code

_MIN_TEXTS = 5  # words placed in a drawing, not an icon's letter or a badge
_SAME_HEIGHT = 0.25  # user units: boxes of one row share their baseline
_MATRIX = re.compile(r"matrix\(\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+[-\d.e]+[\s,]+[-\d.e]+[\s,]+"
                     r"(?P<x>[-\d.e]+)[\s,]+(?P<y>[-\d.e]+)\s*\)")  # fmt: skip
_TRANSLATE = re.compile(r"translate\(\s*(?P<x>[-\d.e]+)(?:[\s,]+(?P<y>[-\d.e]+))?\s*\)")
_BULLET = re.compile(r"^[・•●○◎■□◆◇▪*\-－]")


@dataclass
class _Box:
    x: float
    y: float
    lines: list[str]


def _number(value: str | None) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0


def transform_offset(transform: str) -> tuple[float, float] | None:
    """The translation an SVG `transform` (「matrix(1 0 0 1 80 120)」, 「translate(…)」) moves
    its element by; None when it names none."""
    match = _MATRIX.search(transform) or _TRANSLATE.search(transform)
    return (_number(match.group("x")), _number(match.group("y"))) if match else None


def _origin(node: LexborNode) -> tuple[float, float]:
    offset = transform_offset(node.attributes.get("transform") or "")
    if offset is not None:
        return offset
    return _number(node.attributes.get("x")), _number(node.attributes.get("y"))


def _lines(text: LexborNode) -> list[str]:
    """The printed lines of a `<text>`: its runs grouped by height, left to right."""
    runs: list[tuple[float, float, str]] = []
    y = 0.0
    for span in text.iter():
        if span.tag != "tspan":
            continue
        y = _number(span.attributes.get("y")) if "y" in span.attributes else y
        words = (span.text(deep=True) or "").strip()
        if words:
            runs.append((y, _number(span.attributes.get("x")), words))
    if not runs:
        own = (text.text(deep=True) or "").strip()
        return [own] if own else []
    heights = sorted({round(r[0], 2) for r in runs})
    return ["".join(w for _, _, w in sorted((r for r in runs if round(r[0], 2) == h),
                                            key=lambda r: r[1])) for h in heights]  # fmt: skip


def _level_label(line: str) -> bool:
    """「施策１－１－１」「基本目標１」 alone: a box's level label, its name on the next line."""
    folded = fold_width(line).strip()
    if LONE_LEVEL.fullmatch(folded):
        return True
    lead = find_leading_code(folded)
    return lead is not None and bool(lead.prefix) and not lead.label.strip()


def _box_lines(lines: list[str]) -> list[str]:
    """A box's lines as read: 「施策１－１－１」 over its name one line; a wrapped name's
    lines joined; each bulleted line a line of its own."""
    out: list[str] = []
    for line in lines:
        if out and _level_label(out[-1]) and not _BULLET.match(line):
            out[-1] = f"{out[-1]}\u3000{line}"
        elif out and not _BULLET.match(line) and not _level_label(line):
            out[-1] += line  # the rest of a wrapped name or item
        else:
            out.append(line)
    return out


def diagram_lines(svg: LexborNode) -> list[str] | None:
    """The lines a drawing of words reads as (see the module); None for other graphics."""
    texts = [t for t in svg.iter() if t.tag == "text"]
    placed_by_transform = sum(1 for t in texts if "transform" in t.attributes)
    if placed_by_transform * 2 < len(texts):
        # words set by x and y alone (an org chart's boxes, centred over what they hold):
        # their reading order is not the columns', so the drawing is not read
        return None
    boxes = []
    for text in texts:
        x, y = _origin(text)
        lines = _box_lines(_lines(text))
        if lines:
            boxes.append(_Box(x, y, lines))
    if len(boxes) < _MIN_TEXTS:
        return None
    placed: set[int] = set()
    out: list[str] = []
    top = min(b.y for b in boxes)
    heads = sorted((b for b in boxes if abs(b.y - top) < _SAME_HEIGHT), key=lambda b: b.x)
    if len(heads) > 1 and all(len(b.lines) == 1 for b in heads):
        # the columns' headings (基本目標 | 政策 | 施策 | 主な取組) across the top: one line
        out.append("\u3000\u3000".join(b.lines[0] for b in heads))
        placed.update(id(b) for b in heads)
    columns = sorted({round(b.x) for b in boxes if id(b) not in placed})
    for column in columns:
        for box in sorted((b for b in boxes if round(b.x) == column), key=lambda b: b.y):
            if id(box) in placed:
                continue
            placed.add(id(box))
            beside = sorted((b for b in boxes if id(b) not in placed and b.x > box.x
                             and abs(b.y - box.y) < _SAME_HEIGHT), key=lambda b: b.x)  # fmt: skip
            out.extend(box.lines)
            for other in beside:
                placed.add(id(other))
                out.extend(other.lines)
    return out
