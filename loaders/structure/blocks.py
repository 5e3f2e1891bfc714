"""The block model every input becomes (after Docling's DoclingDocument, much smaller).

Offsets are into the decoded document text; `text` fields hold the width-folded form
(full-width ASCII → ASCII, same length), so a recogniser matches one form and still quotes
the exact source through `StructuredDocument.span`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from loaders.facts import Span

BlockKind = Literal["heading", "paragraph", "item", "field", "table"]


@dataclass(frozen=True)
class Cell:
    text: str  # folded, trimmed
    start: int
    end: int


_GROUPED_COLUMNS = 3


@dataclass
class Table:
    """Header rows merged into one label per column; body rows as cells (aligned by column)."""

    header: list[str]
    rows: list[list[Cell]]
    header_cells: list[Cell] = field(default_factory=list)

    def column(self, predicate: object) -> int | None:
        """Index of the first column whose header label satisfies `predicate(label)`."""
        for index, label in enumerate(self.header):
            if callable(predicate) and predicate(label):
                return index
        return None

    def is_group_row(self, row: list[Cell]) -> bool:
        """A row whose first cell alone is filled, in a table of three columns or more: it
        groups the rows under it (「政策Ⅰ　…」 over the 施策 rows of that 政策), no row of
        the columns (a two-column table's half-empty row is a label and a blank value). A
        sheet's row cut short after its first cell (「【総務課】\t」) is one too."""
        return (
            len(self.header) >= _GROUPED_COLUMNS
            and bool(row)
            and bool(row[0].text.strip())
            and all(not c.text.strip() for c in row[1:])
        )


@dataclass
class Block:
    kind: BlockKind
    start: int
    end: int
    text: str  # the block's folded text, numbering and bullet removed
    number: str | None = None  # printed numbering: "1", "(1)", "①", "1-1", "第1節", "No.R1-1"
    mark: str | None = None  # the bullet or mark printed before it: ・ ● ○ ■ ◎ …
    prefix: str | None = None  # a label word before the number: 施策, 重点取組, 政策目標
    level: int = 0  # heading level (1 = outermost) or list depth (0 = top)
    label: str | None = None  # field label (【label】value, label：value)
    value: str | None = None
    value_start: int | None = None
    table: Table | None = None
    parent: int | None = None  # index of the heading this block sits under
    index: int = 0


@dataclass
class StructuredDocument:
    text: str  # the decoded text, as given
    folded: str
    blocks: list[Block]

    def span(self, start: int, end: int) -> Span:
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span(start, end, self.text[start:end])

    def block_span(self, block: Block) -> Span:
        return self.span(block.start, block.end)

    def cell_span(self, cell: Cell) -> Span:
        return self.span(cell.start, cell.end)

    def headings_above(self, block: Block) -> Iterator[Block]:
        """The headings enclosing `block`, innermost first."""
        index = block.parent
        while index is not None:
            heading = self.blocks[index]
            yield heading
            index = heading.parent

    def under(self, heading: Block) -> Iterator[Block]:
        """The blocks that sit under `heading` (at any depth)."""
        for block in self.blocks[heading.index + 1 :]:
            if not any(h.index == heading.index for h in self.headings_above(block)):
                return
            yield block

    def of_kind(self, kind: BlockKind) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind == kind)
