"""A scale that prints every choice and marks the one that holds, by markup alone.

A CMS may show an evaluation as its whole grade scale — 「Ｓ Ａ Ｂ Ｃ」 — with the grade given
highlighted by a class the style sheet colours; the page tells assistive technology which one
with `aria-current="true"` (or `aria-selected`, `aria-checked`). Read as text, the scale is
every grade at once. Where exactly one of a list's short items is so marked, the others are
the choices not taken and are dropped from the text, as a reader of the page would skip them.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

_MARKED = "[aria-current], [aria-selected=true], [aria-checked=true]"
_NOT_CURRENT = frozenset({"", "false"})
_MAX_CHOICE = 6  # characters of a choice: a grade or a short word, never a sentence


def _is_marked(node: LexborNode) -> bool:
    attributes = node.attributes
    current = attributes.get("aria-current")
    if current is not None:
        return (current or "").strip().lower() not in _NOT_CURRENT
    return True  # aria-selected=true, aria-checked=true (the selector's own test)


def keep_current_choices(tree: LexborHTMLParser) -> None:
    """Drop, from each list of short choices one of which is marked current, the others."""
    for node in tree.css(_MARKED):
        parent = node.parent
        if parent is None or not _is_marked(node):
            continue
        siblings = [c for c in parent.iter() if c.tag == node.tag]
        marked = [c for c in siblings if c.attributes.get("aria-current") is not None
                  or c.attributes.get("aria-selected") == "true"
                  or c.attributes.get("aria-checked") == "true"]  # fmt: skip
        if len(siblings) < 2 or len(marked) != 1 or any(
            len((c.text(deep=True) or "").strip()) > _MAX_CHOICE for c in siblings
        ):
            continue  # a page's navigation (the current page among links), or no scale
        for other in siblings:
            if other is not node and other.mem_id != node.mem_id:
                other.decompose()
