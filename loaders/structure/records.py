"""The record of labelled values printed under a name: 「X事業」 then 目標 / 予算 / 担当課.

Cities print one fact's fields under its name in several layouts, all read here:

* labelled fields (【予算額】…, 予算額 47,531千円), as the structure reader makes them;
* a label and its value on one list line (「・予算：X億Y万円」);
* a label on a list line of its own and the value on the next line (「・予算」 / 「5,243,107千円」),
  where the label need not be a vocabulary label (「・関連する課題」) when it is short and its
  value stands unbulleted under it;
* a two-column table of labels and values (事業概要 | … / 予算 | … / 担当課 | …).

A description printed between the name and its first label, and further lines of a value,
belong to the record too; the record ends at the next line that is none of these (the next
name). Offsets are into the document's text, so callers quote exact source spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.field_vocabulary import field_of
from loaders.structure.attributes import Attribute, leading_label
from loaders.structure.blocks import Block, StructuredDocument

# A record holds a handful of fields; a name's record never runs further than this.
MAX_RECORD_BLOCKS = 16
# An unknown label on a list line of its own is a short word (関連する課題), never a sentence.
MAX_UNKNOWN_LABEL = 10


@dataclass
class Record:
    """The labelled values under a name, and the blocks they (and their notes) occupy."""

    attributes: list[Attribute] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)

    def first(self, name: str) -> Attribute | None:
        """The first value of vocabulary field `name`."""
        return next((a for a in self.attributes if a.field == name), None)

    def fields(self) -> set[str]:
        return {a.field for a in self.attributes if a.field}


def record_after(doc: StructuredDocument, index: int) -> Record:
    """The record printed under block `index` (its name)."""
    blocks = doc.blocks
    record = Record()
    labelled = False  # a label has been met: later unlabelled lines continue its value
    k = index + 1
    while k < len(blocks) and k <= index + MAX_RECORD_BLOCKS:
        block = blocks[k]
        read = _read(doc, block, blocks[k + 1] if k + 1 < len(blocks) else None)
        if read is not None:
            attributes, used = read
            record.attributes.extend(attributes)
            record.blocks.extend(range(k, k + used))
            labelled = labelled or bool(attributes)
            k += used
            continue
        if labelled and _opens_next_record(doc, record, blocks, k):
            break
        if (
            (block.kind == "paragraph" and not block.number)
            or (labelled and block.kind == "item")
            or (labelled and _same_series(blocks[k - 1], block))
        ):
            # a description before the first label, or a further line of a value
            record.blocks.append(k)
            k += 1
            continue
        break
    if not labelled:
        return Record()
    return record


def _opens_next_record(
    doc: StructuredDocument, record: Record, blocks: list[Block], k: int
) -> bool:
    """「・A事業」 「・予算：…」 「・B事業」 「・予算：…」 printed as one flat list: an unlabelled
    line followed by a label the record already holds is the next name, not a further line
    of a value (a record holds each field once)."""
    if k + 1 >= len(blocks):
        return False
    following = blocks[k + 2] if k + 2 < len(blocks) else None
    read = _read(doc, blocks[k + 1], following)
    held = record.fields()
    return read is not None and any(a.field and a.field in held for a in read[0])


def _read(
    doc: StructuredDocument, block: Block, following: Block | None
) -> tuple[list[Attribute], int] | None:
    """The attributes `block` holds (with the line after it, for a label printed alone)
    and the number of blocks they use; None when `block` is no labelled line."""
    if block.kind == "field" and block.label and block.value is not None:
        start = block.value_start if block.value_start is not None else block.start
        attribute = Attribute(
            block.label, field_of(block.label) or "", block.value, start,
            start + len(block.value), block.start,
        )  # fmt: skip
        return [attribute], 1
    if block.kind == "table":
        found = _label_table(doc, block)
        return (found, 1) if found else None
    offset = doc.folded.find(block.text, block.start) if block.text else -1
    if offset < 0:
        return None
    end = offset + len(block.text)
    if block.kind in ("item", "paragraph"):
        labelled = leading_label(doc.folded, offset, end)
        if labelled is not None:
            label, field_name, at = labelled
            value = doc.folded[at:end].rstrip()
            return [Attribute(label, field_name, value, at, at + len(value), offset)], 1
    if following is None or not _label_line(block, following):
        return None
    value_at = doc.folded.find(following.text, following.start) if following.text else -1
    if value_at < 0 or _label_line(following, None):
        return None
    text = block.text.strip()
    value = following.text.strip()
    value_at += following.text.index(value)
    field_name = field_of(text, exact=True) or ""
    return [Attribute(text, field_name, value, value_at, value_at + len(value), offset)], 2


def _number_style(number: str) -> str:
    """「②」 → 「①」, 「(12)」 → 「(0)」: the numbering a number belongs to, not its place."""
    style = re.sub(r"[0-9]+", "0", number)
    style = re.sub(r"[①-⑳]", "①", style)
    return re.sub(r"[ア-ン]", "ア", style)


def _same_series(previous: Block, block: Block) -> bool:
    """「①寄港数の増加」 / 「②経済効果」: the next line of a numbered value (a value's lines are
    numbered alike), not a new name."""
    return bool(
        previous.number
        and block.number
        and _number_style(previous.number) == _number_style(block.number)
    )


def _label_line(block: Block, following: Block | None) -> bool:
    """A line that is only a label: a vocabulary label, or (on a list line whose value stands
    unbulleted under it) a short word that says nothing else."""
    text = block.text.strip()
    if not text or block.kind == "table" or block.kind == "field":
        return False
    if block.kind == "heading" and block.number and following is not None and (
        following.kind == "heading" and following.parent == block.index
    ):
        return False  # 「2　評価結果」 over its own headings: a numbered section, no label
    if field_of(text, exact=True) is not None:
        return True
    return (
        block.kind == "item"
        and following is not None
        and following.kind != "item"
        and len(text) <= MAX_UNKNOWN_LABEL
        and not any(ch in text for ch in "。、,:：")
        and not any(ch.isdigit() for ch in text)
    )


def _label_table(doc: StructuredDocument, block: Block) -> list[Attribute]:
    """A two-column table of labels and their values, the header row included."""
    table = block.table
    if table is None:
        return []
    rows = [table.header_cells, *table.rows] if table.header_cells else list(table.rows)
    if not rows or any(len(row) != 2 for row in rows):
        return []
    if any(field_of(row[0].text) is None for row in rows):
        return []
    return [
        Attribute(
            row[0].text,
            field_of(row[0].text) or "",
            row[1].text,
            row[1].start,
            row[1].end,
            row[0].start,
        )
        for row in rows
    ]
