"""A drawing saved as an SVG file (Illustrator's or Inkscape's export of an org chart, a
table typed column by column, a policy tree): its words as the page prints them.

Read as data, an SVG is a tree of groups, paths and styles, its words in `<text>` elements
placed by a `transform` (「matrix(1 0 0 1 80 120)」) and `<tspan>`s offset inside them (a
column's figures one `<tspan>` a row; a name set letter by letter when kerned). Set at the
places they stand, the words fall on their lines and in their columns again, and the page
reads as a PDF's text printed with its layout does (`positioned_pages`).
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from loaders.formats.located import SourceText
from loaders.formats.positioned_pages import Run, baseline_run, pages_text
from loaders.text.errors import DocumentError
from loaders.text.svg_diagrams import transform_offset

_ROOT = re.compile(r"<svg\b")
_CLASS_SIZE = re.compile(r"\.(?P<name>[\w-]+)\s*\{[^}]*font-size:\s*(?P<size>[\d.]+)")
_STYLE_SIZE = re.compile(r"font-size:\s*(?P<size>[\d.]+)")
_DEFAULT_SIZE = 12.0
_MIN_TEXTS = 5  # words placed in a drawing, not an icon's letter or a logo


def is_svg_drawing(text: str) -> bool:
    """A standalone SVG file (no page around it) with words placed in it."""
    head = text.lstrip("\ufeff")[:3000]
    return (
        bool(_ROOT.search(head))
        and "<html" not in head.lower()
        and text.count("<text") >= _MIN_TEXTS
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _offset(element: Element) -> tuple[float, float]:
    return transform_offset(element.get("transform") or "") or (0.0, 0.0)


def _size(element: Element, sizes: dict[str, float], inherited: float) -> float:
    style = _STYLE_SIZE.search(element.get("style") or "")
    if style is not None:
        return float(style.group("size"))
    if (attribute := _number((element.get("font-size") or "").removesuffix("px"))) is not None:
        return attribute
    for name in (element.get("class") or "").split():
        if name in sizes:
            return sizes[name]
    return inherited


def _texts(root: Element, sizes: dict[str, float]) -> list[Run]:
    """Every placed run of words: a `<text>`'s own words and each of its `<tspan>`s."""
    runs: list[Run] = []

    def visit(node: Element, ox: float, oy: float) -> None:
        dx, dy = _offset(node)
        ox, oy = ox + dx, oy + dy
        if _local(node.tag) == "text":
            text_run(node, ox, oy)
            return
        for child in node:
            visit(child, ox, oy)

    def text_run(node: Element, ox: float, oy: float) -> None:
        size = _size(node, sizes, _DEFAULT_SIZE)
        x = ox + (_number(node.get("x")) or 0.0)
        y = oy + (_number(node.get("y")) or 0.0)
        add(node.text or "", x, y, size)
        for span in node.iter():
            if span is node or _local(span.tag) != "tspan":
                continue
            own = _size(span, sizes, size)
            sx = _number(span.get("x"))
            sy = _number(span.get("y"))
            add(span.text or "", ox + sx if sx is not None else x, oy + sy if sy is not None else y,
                own)  # fmt: skip

    def add(words: str, x: float, y: float, size: float) -> None:
        if words.strip():
            runs.append(baseline_run(words, x, y, size))

    visit(root, 0.0, 0.0)
    return runs


def render_svg_drawing(text: str, file: str) -> SourceText:
    """The drawing's words as layout text."""
    try:
        root = fromstring(text.lstrip("\ufeff").encode("utf-8"))
    except (ParseError, DefusedXmlException, ValueError) as error:
        raise DocumentError(file, f"malformed SVG: {error}") from error
    styles = " ".join(e.text or "" for e in root.iter() if _local(e.tag) == "style")
    sizes = {m.group("name"): float(m.group("size")) for m in _CLASS_SIZE.finditer(styles)}
    return pages_text([_texts(root, sizes)], file)
