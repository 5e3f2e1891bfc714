"""A header label printed off its column: 「区分」 centred over the names, the names flush left.

A space-aligned table (pdftotext -layout, a text save) centres a short label over a wide
column whose cells start at its left edge. Split at the gaps, the label and the cells fall
into two columns side by side: one with a label and no cell, the other with cells and no
label. The two are one column: its label from the one, its cells from the other.
"""

from __future__ import annotations

from loaders.structure.blocks import Cell, Table


def _blank(row: list[Cell], index: int) -> bool:
    return index >= len(row) or not row[index].text.strip()


def joined_offset_header(table: Table) -> Table:
    """`table` with each labelled column that no row fills joined to the unlabelled column
    beside it that the rows fill, else `table` itself."""
    header = list(table.header)
    cells = list(table.header_cells) if len(table.header_cells) == len(header) else []
    rows = [list(row) for row in table.rows]
    changed = False
    index = 0
    while rows and index + 1 < len(header):
        left, right = index, index + 1
        label_right = not header[left].strip() and header[right].strip()
        label_left = header[left].strip() and not header[right].strip()
        labelled, filled = (right, left) if label_right else (left, right)
        if (label_right or label_left) and (
            all(_blank(row, labelled) for row in rows)
            and any(not _blank(row, filled) for row in rows)
        ):
            header[filled] = header[labelled]
            if cells:
                cells[filled] = cells[labelled]
                del cells[labelled]
            del header[labelled]
            for row in rows:
                if labelled < len(row):
                    del row[labelled]
            changed = True
            continue
        index += 1
    if not changed:
        return table
    return Table(header=header, rows=rows, header_cells=cells)
