"""Labelled levels of a policy system printed inside a heading's text.

A section title may name the plan's levels it belongs to as a chain, each level a policy label
word, its own number and its name: 「(2) 政策目標(3) 名称 － 施策目標(2) 名称」. Each level
numbers afresh under the one before, so the chain gives 3 and 3-2. A running title may carry
the broader level after the chapter's title, set apart by a wide gap (「施策の展開　　政策目標(1)
名称」): the labelled headings under it (「施策目標(3) 名称」) are that level's, 1-3.
"""

from __future__ import annotations

import re

from loaders.recognisers.outline import names_policy_level, under_code
from loaders.structure import Block
from loaders.text.policy_codes import CodeParse, find_leading_code

# between two levels: a dash set apart by spaces, or a breadcrumb mark
_SEPARATOR = re.compile(r"[ \u3000]+[-－–—―][ \u3000]+|[ \u3000]*[>＞/／][ \u3000]*")
_GAP = re.compile(r"[ \u3000]{2,}")


def _level(piece: str) -> tuple[str, CodeParse, str] | None:
    lead = find_leading_code(piece.strip())
    if lead is None or not lead.prefix or not names_policy_level(lead.prefix, exact=False):
        return None
    name = lead.label.strip()
    return (lead.prefix, lead.code, name) if name else None


def level_chain(text: str) -> list[tuple[CodeParse, str]]:
    """「政策目標(3) 名称 － 施策目標(2) 名称」: each level's code (composed under the one before
    when it numbers afresh) and name; empty unless the whole text is such a chain of two or
    more levels with different label words."""
    pieces = _SEPARATOR.split(text.strip())
    if len(pieces) < 2:
        return []
    levels = [_level(piece) for piece in pieces]
    if any(level is None for level in levels):
        return []
    prefixes = [level[0] for level in levels if level is not None]
    if len(set(prefixes)) != len(prefixes):
        return []
    chain: list[tuple[CodeParse, str]] = []
    broader: CodeParse | None = None
    for level in levels:
        assert level is not None
        code = under_code(broader, level[1]) if broader is not None else level[1]
        chain.append((code, level[2]))
        broader = code
    return chain


def gap_level(text: str) -> tuple[str, CodeParse, str] | None:
    """「施策の展開　　政策目標(1) 名称」: the labelled level a running title prints after a wide
    gap (its label word, code and name), else None."""
    parts = _GAP.split(text.strip())
    if len(parts) < 2:
        return None
    return _level(parts[-1])


def chain_code(block: Block) -> CodeParse | None:
    """The finest code of the chain a heading's text prints, else None."""
    chain = level_chain(block.text) if block.kind in ("heading", "item") else []
    return chain[-1][0] if chain else None


_SLASH = re.compile(r"[ \u3000]*[／/][ \u3000]*")


def coded_pieces(text: str, *, first_named: bool = False) -> list[tuple[CodeParse, str]]:
    """「Ⅱ 名称 ／ Ⅱ-3 名称」, 「1 名称 ／ 2 名称 ／ 3 名称」: levels printed along one line
    with bare codes (the line's label, 政策 or 基本目標, names them all policies), each
    code as printed and its name. With `first_named` the first piece is a bare name (its
    code printed before it, as the line's own number): it is left out. Empty unless every
    piece is a code and a name."""
    pieces = _SLASH.split(text.strip())
    if len(pieces) < 2:
        return []
    found: list[tuple[CodeParse, str]] = []
    for k, piece in enumerate(pieces):
        if k == 0 and first_named:
            if not piece.strip():
                return []
            continue
        lead = find_leading_code(piece.strip())
        if lead is None or not lead.label.strip():
            return []
        if lead.prefix and not names_policy_level(lead.prefix, exact=False):
            return []
        found.append((lead.code, lead.label.strip()))
    return found
