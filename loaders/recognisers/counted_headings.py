"""Headings that count the sections of a page and then print the policy they are about:
「1 施策Ⅰ-1 名称〔B〕」, 「(2) 施策Ⅱ-3-(2) 名称　評価 A」.

The running count (1, (2)) only orders the sections; the level is the code behind the
policy label word. Within `labelled_codes` such a heading reads as if printed
「施策Ⅰ-1 名称」 — its number the code, its prefix the label word — so the policies and the
entries under it are read as under any labelled policy heading. The blocks are given back
as they were afterwards, for the recognisers of other facts. Which words label a policy is
read from ontology/fields.ttl.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from loaders.recognisers.level_chains import level_chain
from loaders.recognisers.outline import grade_of, names_policy_level
from loaders.structure import Block, StructuredDocument
from loaders.text.policy_codes import find_leading_code

# 「名称〔B〕」: the section's grade in a bracket closing the heading, no part of the name
_BRACKETED_GRADE = re.compile(
    r"\s*[〔\[［【(（](?P<grade>[^〔〕\[\]［］【】()（）]{1,3})[〕\]］】)）]\s*$"
)


def _relabelled(block: Block) -> tuple[str, str, str] | None:
    """(code, label word, name) of a counted heading printing a labelled policy code."""
    if block.kind != "heading" or not block.number or block.prefix:
        return None
    lead = find_leading_code(block.text)
    if lead is None or not lead.prefix or not names_policy_level(lead.prefix):
        return None
    if len(lead.code.parts) < 2:  # 「(1) 柱1 …」: the count printed twice, no place in a system
        return None
    if not lead.label or find_leading_code(lead.label) is not None:
        return None
    if len(level_chain(block.text)) > 1:  # 「政策目標(3) 名称 - 施策目標(1) 名称」: a chain
        return None
    name = lead.label
    graded = _BRACKETED_GRADE.search(name)
    if graded is not None and grade_of(graded.group("grade")) and name[: graded.start()].strip():
        name = name[: graded.start()]
    return lead.code.printed, lead.prefix, name


@contextmanager
def labelled_codes(doc: StructuredDocument) -> Iterator[None]:
    """Within the block, every counted heading of `doc` that prints a labelled policy code
    carries that code as its number and the label word as its prefix."""
    kept: list[tuple[Block, str | None, str | None, str]] = []
    for block in doc.blocks:
        relabelled = _relabelled(block)
        if relabelled is None:
            continue
        kept.append((block, block.number, block.prefix, block.text))
        block.number, block.prefix, block.text = relabelled
    try:
        yield
    finally:
        for block, number, prefix, text in kept:
            block.number, block.prefix, block.text = number, prefix, text
