"""A document as structure: headings, paragraphs, list items, labelled fields and tables,
each with its span in the decoded text. Every input format arrives here the same way, and
every recogniser reads facts from here rather than from raw lines."""

from loaders.structure.blocks import Block, BlockKind, Cell, StructuredDocument, Table
from loaders.structure.reader import labels_line, read_structure

__all__ = [
    "Block",
    "BlockKind",
    "Cell",
    "StructuredDocument",
    "Table",
    "labels_line",
    "read_structure",
]
