"""Column gaps of a PDF converted to HTML with every text line positioned (pdf2htmlEX).

Such a converter prints a table's row as one line of text and the space between its cells
as an empty inline box of a set width (``<span class="_ _b"> </span>`` with
``._b{width:118px}`` in the page's style). Read as a plain space, the row's cells run
together into one sentence; a gap of half a character or more is the pen moved to the next
column, as a wide gap in a text version of the PDF is, and is read as a cell boundary.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

# 「._b{width:118.080000px;}」, 「.fs2{font-size:36.000000px;}」
_WIDTH_RULE = re.compile(r"\.(_[0-9a-z]+)\s*\{\s*width\s*:\s*(-?[0-9.]+)px", re.IGNORECASE)
_LEFT_RULE = re.compile(r"\.(x[0-9a-z]+)\s*\{\s*left\s*:\s*(-?[0-9.]+)px", re.IGNORECASE)
_SIZE_RULE = re.compile(r"\.(fs[0-9a-z]+)\s*\{\s*font-size\s*:\s*([0-9.]+)px", re.IGNORECASE)
_COLUMN_GAP_EMS = 0.5  # a word space is a third of a character; a column gap is wider


class GapReader:
    """Tells a spacing box between two cells of a row from a space between two words."""

    def __init__(
        self, widths: dict[str, float], sizes: dict[str, float], lefts: dict[str, float]
    ) -> None:
        self.widths = widths
        self.sizes = sizes
        self.lefts = lefts
        self.margin = min(lefts.values(), default=0.0)  # where the page's text lines start

    def indent(self, line: LexborNode) -> str:
        """A positioned line set in from the page's margin (a unit under its department,
        a row under its group), indented as a text version of the page prints it: a space
        for each half character."""
        classes = (line.attributes.get("class") or "").split()
        left = next((self.lefts[c] for c in classes if c in self.lefts), None)
        size = self._font_size(line)
        if left is None or size <= 0:
            return ""
        return " " * max(0, round(2 * (left - self.margin) / size))

    def is_column_gap(self, span: LexborNode) -> bool:
        classes = (span.attributes.get("class") or "").split()
        if "_" not in classes or (span.text(deep=True) or "").strip():
            return False
        width = max((self.widths.get(c, 0.0) for c in classes), default=0.0)
        size = self._font_size(span)
        return size > 0 and width >= _COLUMN_GAP_EMS * size

    def _font_size(self, node: LexborNode | None) -> float:
        while node is not None:
            for name in (node.attributes.get("class") or "").split():
                if name in self.sizes:
                    return self.sizes[name]
            node = node.parent
        return 0.0


def gap_reader(tree: LexborHTMLParser) -> GapReader | None:
    """The page's spacing boxes and font sizes when it is a positioned-text conversion (its
    style sets widths of spacing boxes), else None."""
    style = " ".join(s.text(deep=True) or "" for s in tree.css("style"))
    widths = {name: float(w) for name, w in _WIDTH_RULE.findall(style)}
    if not widths:
        return None
    sizes = {name: float(s) for name, s in _SIZE_RULE.findall(style)}
    lefts = {name: float(x) for name, x in _LEFT_RULE.findall(style)}
    used = {c for line in tree.css("div.t") for c in (line.attributes.get("class") or "").split()}
    return GapReader(widths, sizes, {name: x for name, x in lefts.items() if name in used})
