"""Figures a page animates: a counter that starts at 「0」 and counts up to its value when
scrolled into view (Elementor's counter widget, CountUp.js, Odometer), the value only in an
attribute (「<span data-to-value="○○○○○" data-delimiter=",">0</span>」). Read as saved, every
such figure is 0; a reader of the page sees the value. So the attribute's value replaces the
placeholder, printed with the delimiter the widget would put in."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# the attributes counter widgets keep the final value in, most specific first
_VALUE_ATTRIBUTES = ("data-to-value", "data-countup-to", "data-count-to", "data-count",
                     "data-target", "data-end-value", "data-odometer-final")  # fmt: skip
_NUMBER = re.compile(r"^-?[0-9]+(?:\.[0-9]+)?$")
_PLACEHOLDER = re.compile(r"^\s*[0０]?(?:[.,][0０]+)?\s*$")  # 「0」, 「0.0」 or nothing yet


def _printed(value: str, delimiter: str | None) -> str:
    if not delimiter:
        return value
    whole, _, fraction = value.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    grouped = f"{int(digits):,}".replace(",", delimiter)
    return f"{sign}{grouped}.{fraction}" if fraction else f"{sign}{grouped}"


def settle_counters(tree: LexborHTMLParser) -> None:
    """Each counter showing its placeholder shows its final value instead."""
    selector = ", ".join(f"[{name}]" for name in _VALUE_ATTRIBUTES)
    for node in tree.css(selector):
        attributes = node.attributes
        value = next((attributes[name] for name in _VALUE_ATTRIBUTES
                      if _NUMBER.match((attributes.get(name) or "").strip())), None)  # fmt: skip
        if value is None or not _PLACEHOLDER.match(node.text(deep=True) or ""):
            continue
        if any(child.tag != "-text" for child in node.iter(include_text=True)):
            continue  # a box holding more than the figure: not the counter itself
        node.replace_with(_printed(value.strip(), attributes.get("data-delimiter")))
