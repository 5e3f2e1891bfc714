"""The one department a document speaks for, read from its opening lines and its own words.

A department's memo, press release or slide deck opens with a letter-head (a document
number, a date, the addressee), then the sender (「○○市△△部長」) or the unit set apart
on its own line, then the title; the body then calls the unit by its bare suffix (「部の
体制」「局の予算」). The title window of `budgets.document_owner` (three heading lines)
misses such a sender below the letter-head. Two signs together say the department is
the document's own: exactly one department is named in the opening lines, and the
document speaks as that department — a body heading opening with its suffix and 「の」,
or the department's head (「○○部長」) credited in the opening. A city-wide paper a
department only compiled (「財政局 財政課」) shows neither.
"""

from __future__ import annotations

import itertools
import re

from loaders.field_vocabulary import field_of, label_key, labels_of
from loaders.genres.generic import find_organization_mentions
from loaders.genres.units import unit_kind
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Table

_OPENING_BLOCKS = 8  # letter-head, sender, title and a line of lead before section 1
_HEAD_POST = "長"  # 「△△部長」: the head of the unit named just before
_SELF_KINDS = ("department",)
_OPENING_KINDS = ("heading", "paragraph")  # title, sender and lead lines


def opening_department(doc: StructuredDocument | None, places: tuple[str, ...]) -> str | None:
    """The one department the opening lines name, when the document speaks as it; else None.
    `places` are the body's names (prefecture, city) printed before a unit, no part of it."""
    if doc is None:
        return None
    named: set[str] = set()
    headed = False
    for block in doc.blocks[:_OPENING_BLOCKS]:
        if block.number:
            break
        if block.kind == "table" and block.table is not None:
            # 「年度 | 令和8年度 | 部局名 | 架空福祉部 | 部長名 | …」: a form's opening row
            named.update(_labelled_units(block.table))
            continue
        if block.kind not in _OPENING_KINDS:
            continue  # 「一般会計（架空部所管分）：…」: a field of the body, no credit line
        text = block.text
        for _, end, name in find_organization_mentions(text):
            if unit_kind(name) not in _SELF_KINDS:
                continue
            for place in places:
                name = name.removeprefix(place) if place and name != place else name
            named.add(name)
            headed = headed or text[end : end + 1] == _HEAD_POST
    if len(named) != 1:
        return None
    name = named.pop()
    if headed or _speaks_as(doc, name):
        return name
    return None


_FORM_ROWS = 4  # a form's heading rows (its title, its number, its fields)


def _labelled_units(table: Table) -> set[str]:
    """The departments a form's opening rows give under a unit's label (「部局名 | 架空福祉部」),
    the label's value the next filled cell."""
    found: set[str] = set()
    for row in [table.header_cells, *table.rows][:_FORM_ROWS]:
        filled = [c.text.strip() for c in row if c.text.strip()]
        for label, value in itertools.pairwise(filled):
            if field_of(label, exact=True) == "department" and unit_kind(value) in _SELF_KINDS:
                found.add(value)
    return found


def _speaks_as(doc: StructuredDocument, name: str) -> bool:
    """A heading of the body opens with the unit's suffix and 「の」 (「部の体制」「局の予算」):
    the document calls the unit it is about by its kind alone."""
    suffix = name[-1]
    pattern = re.compile(rf"^{re.escape(suffix)}の\S")
    return any(
        block.kind in ("heading", "paragraph", "item")
        and "。" not in block.text
        and pattern.match(block.text.strip()) is not None
        for block in doc.blocks
    )


_OPENING_BLOCKS = 8  # the title's lines and the cover's credits, before the body


def compiles_budget(unit: str, doc: StructuredDocument | None) -> bool:
    """「財政局」 on the cover of a paper whose title lines name the budget and no unit
    (「令和８年度」 / 「当初予算案の概要」): the unit that compiled the body's budget, not the
    one whose budget it is."""
    if "財政" not in unit or doc is None:
        return False
    labels = [label_key(x) for x in labels_of("budget")]
    for block in doc.blocks[:_OPENING_BLOCKS]:
        if block.number or block.kind != "heading":
            break
        if any(x in label_key(block.text) for x in labels):
            return True
    return False
