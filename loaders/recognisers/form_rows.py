"""Form rows: a sheet printing a policy's code and its name as two labelled rows.

An evaluation sheet prints the policy it is about as a form: 「施策番号　3-1-2」, then
「施策名　学校教育の充実」 (marked 「■」, padded with spaces, or with colons). The reader gives
the code row as a field (「施策番号：3-1-2」) or, when the label word and code read as a
numbered heading, as a heading with the code and no name. Either way the two rows are one
policy, and the sheet that names such a policy before any project is about that policy.
Which labels mean "policy" is read from ontology/fields.ttl, never spelled here.
"""

from __future__ import annotations

from loaders.field_vocabulary import field_of
from loaders.recognisers.outline import code_of, label_field
from loaders.structure import Block, StructuredDocument
from loaders.text.normalize import nfkc_key
from loaders.text.policy_codes import CodeParse, find_leading_code


def _next_block(doc: StructuredDocument, block: Block) -> Block | None:
    """The block after `block`, past paragraphs (a wrapped line, a rule)."""
    for after in doc.blocks[block.index + 1 :]:
        if after.kind != "paragraph":
            return after
    return None


def _names_policy(block: Block | None) -> bool:
    """A field labelled as a policy whose value is a name (no code before it)."""
    if block is None or block.kind != "field" or label_field(block.label) != "policy":
        return False
    value = (block.value or "").strip()
    return bool(value) and find_leading_code(value) is None


def code_name_field(doc: StructuredDocument, block: Block) -> Block | None:
    """「施策番号　3-1-2」 read as a labelled heading (or item) with no name, right before
    the field naming it (「施策名　X」): that field; None for any other block."""
    if block.kind not in ("heading", "item") or block.text.strip() or not block.number:
        return None
    if field_of(block.prefix or "", exact=True) != "policy" or code_of(block.number) is None:
        return None
    after = _next_block(doc, block)
    return after if _names_policy(after) else None


def subject_pair(doc: StructuredDocument, block: Block) -> tuple[CodeParse, Block] | None:
    """The code and the name field of a policy printed as a code row then a name row
    (「施策番号：3-1-2」 or the heading `code_name_field` reads, then 「施策名：…」); None
    for any other block."""
    if (named := code_name_field(doc, block)) is not None:
        code = code_of(block.number)
        return (code, named) if code is not None else None
    if block.kind != "field" or label_field(block.label) != "policy" or not block.value:
        return None
    code = code_of(block.value.strip())
    if code is None or code.printed != nfkc_key(block.value).strip():
        return None
    after = _next_block(doc, block)
    return (code, after) if after is not None and _names_policy(after) else None
