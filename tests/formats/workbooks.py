"""Test helper: a TSV export turned back into the Excel sheet it came from, merged cells and
all (a value followed by empty cells spans them; an empty first cell under a label is the
label's cell merged down), as reform-plan sheets are kept."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet


def fill_sheet(sheet: Worksheet, text: str) -> None:
    rows = [line.split("\t") for line in text.split("\n")]
    if rows and rows[-1] == [""]:
        rows.pop()
    merged: set[tuple[int, int]] = set()
    for r, cells in enumerate(rows, start=1):
        for c, value in enumerate(cells, start=1):
            if value:
                sheet.cell(r, c, int(value) if value.isdigit() else value)
    for r, cells in enumerate(rows, start=1):
        if len(cells) < 2:  # a line of running text, not a sheet row
            continue
        c = 1
        while c <= len(cells):
            end = c
            while cells[c - 1] and end < len(cells) and not cells[end]:
                end += 1
            if end > c:
                sheet.merge_cells(f"{get_column_letter(c)}{r}:{get_column_letter(end)}{r}")
                merged.update((r, k) for k in range(c, end + 1))
            c = end + 1
        above = rows[r - 2] if r > 1 else []
        if (not cells[0] and len(above) > 1 and above[0] and (r - 1, 1) not in merged
                and (r, 1) not in merged and all(cells[1:2])):  # fmt: skip
            sheet.merge_cells(f"A{r - 1}:A{r}")
            merged.update({(r - 1, 1), (r, 1)})


def write_workbook(sheets: dict[str, str], path: Path) -> Path:
    """One sheet per (name, TSV text)."""
    book = Workbook()
    book.remove(book.active)
    for name, text in sheets.items():
        fill_sheet(book.create_sheet(name), text)
    book.save(path)
    return path
