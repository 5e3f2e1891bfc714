"""An organisation chart's boxes printed as the table a reader would make of it: each box's
name, the rest of its label (「○人」), and the name of the box it hangs from.

A chart drawn by a tool (a Google org chart, a draw.io diagram) keeps which box hangs from
which only as ids or lines; printed as this table, the structure layer and the recognisers
read it as they read any organisation table. The labels are the vocabulary's: the box
column as units, the parent column as the parent unit (`mkf:parentUnit`), and the rest as
staff when every rest is a count of people."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# 「○人」, and 「○人（○）」「○人（R7 ○人）」 with last year's count in brackets
_PEOPLE = re.compile(
    r"^[0-9０-９,，]+\s*人(?:\s*[（(](?:(?:R|H|令和|平成)\s*[0-9０-９]{1,2}\s*(?:年度?)?\s*)?"
    r"[0-9０-９,，]+\s*人?[)）])?$"
)
# 「16」, 「(16)」: a count alone in a box, beside boxes printing 「○人」; 「（計 92人）」 a
# department's total, 「7人【新設】」 a count with a tag after it
_BARE_COUNT = re.compile(
    r"^[（(]?\s*(?:計|合計)?\s*[0-9０-９,，]+\s*人?\s*[)）]?\s*(?:【[^】]{1,8}】)?$"
)
_HEADER = ("組織名", "{rest}", "上位組織", "備考")
_TAG = re.compile(r"<[^>]+>")
_BLOCK_TAG = re.compile(r"<\s*(?:br|/?div|/?p|/?li|/?tr)\b[^>]*>", re.I)


@dataclass(frozen=True)
class Box:
    parts: list[str]  # the label's lines: the name first
    parent: str  # the name of the box it hangs from, or ""
    note: str = ""  # a tooltip or the like
    # a diagram's own properties of the box (「前年度（R7.4.1）」 → 「10」), a column each
    properties: tuple[tuple[str, str], ...] = ()


def label_parts(label: str) -> list[str]:
    """An HTML label's lines (split at <br>, <div> …), tags dropped, entities read."""
    text = _BLOCK_TAG.sub("\n", label)
    parts = [html.unescape(_TAG.sub("", p)).strip() for p in text.split("\n")]
    return [p for p in parts if p] or [""]


def org_table_html(boxes: list[Box]) -> str:
    """The boxes' table. A box with nothing but its name (the chart's root, 「市長」; a
    committee at the top) has no row: a row of one filled cell reads as a heading that
    breaks the table, and the box is named where the rows under it cite it."""
    boxes = [b for b in boxes if b.parent or b.note or any(p for p in b.parts[1:])]
    rests = [" ".join(b.parts[1:]) for b in boxes]
    filled = [r for r in rests if r]
    counts = filled and all(_PEOPLE.match(r) or _BARE_COUNT.match(r) for r in filled)
    rest_label = "職員数" if counts and any(_PEOPLE.match(r) for r in filled) else ""
    named = list(dict.fromkeys(k for b in boxes for k, v in b.properties if v))
    labels = [label.format(rest=rest_label) for label in _HEADER[:2]]
    labels += [*named, *_HEADER[2:]]
    head = "".join(f"<th>{html.escape(label)}</th>" for label in labels)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(t)}</td>" for t in (
            b.parts[0], rest, *(dict(b.properties).get(k, "") for k in named), b.parent, b.note,
        )) + "</tr>"
        for b, rest in zip(boxes, rests, strict=True)
    )  # fmt: skip
    return f"<table><tr>{head}</tr>{body}</table>"


def children_of(order: list[str], parents: dict[str, str]) -> dict[str, list[str]]:
    """Each box's children in `order`, from each child's parent."""
    children: dict[str, list[str]] = {}
    for name in order:
        if name in parents:
            children.setdefault(parents[name], []).append(name)
    return children


def top_down(tops: list[str], children: dict[str, list[str]]) -> list[str]:
    """The boxes of a chart as it reads, each under the box it hangs from: from each top box
    down, children in their given order, each box once (a cycle of links read once)."""
    out: list[str] = []
    seen: set[str] = set()
    stack = list(reversed(tops))
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        out.append(name)
        stack.extend(reversed(children.get(name, [])))
    return out
