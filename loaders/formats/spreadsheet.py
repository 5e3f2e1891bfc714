"""Workbooks (.xlsx) and CSV/TSV files → tab-separated rows, with the sheet and cells of
every value.

Reform-plan and evaluation sheets are kept in Excel and exported as TSV; both must give the
same text, so a workbook is rendered the way a TSV export looks: one line per row, cells
separated by tabs, trailing empty cells dropped, and a merged cell's value written once, in
its top-left position, standing for the whole merged range (the range is what provenance
names). Two header rows where the upper one has cells merged across the columns of the
lower one (令和5年度 over 目標 | 実績) are read as one header row (令和5年度 目標 | 令和5年度
実績), because a table has one header row for the structure reader. Each sheet of a
workbook is a block of its own, separated by a blank line.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

from loaders.formats.delimited_layout import arrange
from loaders.formats.document_cells import document_lines
from loaders.formats.located import SourceText, TextBuilder
from loaders.formats.record_rows import record_lines
from loaders.formats.stacked_lines import unstacked
from loaders.text.document_text import MAX_BYTES, decode_document
from loaders.text.errors import DocumentError

Box = tuple[int, int, int, int]  # min row, min col, max row, max col (1-based)
_HEADER_CELL_MAX = 20  # longer cells are data, not a column heading


def cell_text(value: Any) -> str:
    """A cell's value as a TSV export writes it: integers without ".0", dates as ISO dates,
    line breaks inside a cell as spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    # 「　総務部」 under 「総務局」: a sheet prints its hierarchy by full-width spaces before
    # a name, so they are kept
    indent = text[: len(text) - len(text.lstrip("\u3000"))] if text.strip() else ""
    text = _lookup_values(text)
    return indent + " ".join(part.strip() for part in text.split("\n")).replace("\t", " ").strip()


# 「12;#文化振興課」, 「3;#A;#7;#B」: a SharePoint list's lookup column, each value after its
# item's id — the value is what the list shows
_LOOKUP = re.compile(r"^\d{1,6};#[^;#]+(?:;#\d{1,6};#[^;#]+)*$")


def _lookup_values(text: str) -> str:
    if ";#" not in text or not _LOOKUP.match(text.strip()):
        return text
    parts = text.strip().split(";#")
    return "、".join(parts[1::2])


Grid = list[list[tuple[str, Box]]]


def _two_line_headers(grid: Grid, merges: list[Box]) -> Grid:
    """Fold an upper header row whose merged cells span columns of the row below into it."""
    out: Grid = []
    i = 0
    while i < len(grid):
        row = grid[i]
        below = grid[i + 1] if i + 1 < len(grid) else None
        if below is not None and _is_header_pair(row, below, merges):
            out.append(_fold(row, below, merges))
            i += 2
        else:
            out.append(row)
            i += 1
    return out


def _row_number(row: list[tuple[str, Box]]) -> int | None:
    """The sheet row of a grid row (cells merged down from above start higher up)."""
    return max((box[0] for _, box in row), default=None)


def _is_header_pair(upper: list[tuple[str, Box]], lower: list[tuple[str, Box]],
                    merges: list[Box]) -> bool:  # fmt: skip
    r = _row_number(upper)
    if r is None or _row_number(lower) != r + 1:
        return False
    texts = [t for t, _ in upper + lower if t]
    if not texts or any(len(t) > _HEADER_CELL_MAX for t in texts):
        return False
    spans = [m for m in merges if m[0] == m[2] == r and m[3] > m[1]]
    for m in spans:
        under = [t for t, box in lower if m[1] <= box[1] <= m[3] and t]
        if len(under) >= 2:  # two sub-headings under one merged heading
            return True
    return False


def _fold(upper: list[tuple[str, Box]], lower: list[tuple[str, Box]],
          merges: list[Box]) -> list[tuple[str, Box]]:  # fmt: skip
    """One header row: each column's upper heading (the merged cell over it) and its own."""
    r = _row_number(upper) or 0
    texts = {box[1]: text for text, box in upper if text}
    for m in merges:
        if m[0] == r and m[1] in texts:
            texts.update({c: texts[m[1]] for c in range(m[1], m[3] + 1)})
    folded: list[tuple[str, Box]] = []
    width = max(len(upper), len(lower))
    for column in range(1, width + 1):
        over = texts.get(column, "")
        below, box = lower[column - 1] if column <= len(lower) else ("", (r + 1, column) * 2)
        text = " ".join(dict.fromkeys(t for t in (over, below) if t))
        folded.append((text, (r, box[1], box[2], box[3])))
    return folded


def _write_grid(grid: Grid, out: TextBuilder, sheet: str | None) -> None:
    for row in grid:
        last = max((i for i, (text, _) in enumerate(row) if text), default=-1)
        if last < 0:
            out.write("\n")
            continue
        out.row([(text, {"sheet": sheet, "cells": box}) for text, box in row[: last + 1]])


def _sheet_grid(sheet: Any) -> tuple[Grid, list[Box]]:
    merges: list[Box] = []
    covered: dict[tuple[int, int], Box] = {}
    for rng in sheet.merged_cells.ranges:
        box = (rng.min_row, rng.min_col, rng.max_row, rng.max_col)
        merges.append(box)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                covered[(r, c)] = box
    grid: Grid = []
    for r, row in enumerate(sheet.iter_rows(), start=1):
        cells: list[tuple[str, Box]] = []
        for c, cell in enumerate(row, start=1):
            box = covered.get((r, c), (r, c, r, c))
            top_left = (box[0], box[1]) == (r, c)
            cells.append((cell_text(cell.value) if top_left else "", box))
        grid.append(cells)
    return grid, merges


def read_workbook(path: Path) -> SourceText:
    """Every visible sheet of an .xlsx workbook, in order; formulas as their saved values."""
    from openpyxl import load_workbook

    file = path.name
    try:
        with warnings.catch_warnings():
            # openpyxl warns about workbook features it does not read (data validation,
            # conditional formats); they carry no text
            warnings.simplefilter("ignore", UserWarning)
            book = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        raise DocumentError(file, f"not a readable .xlsx workbook ({type(error).__name__}:"
                            f" {error})") from error  # fmt: skip
    out = TextBuilder()
    grids = []
    try:
        sheets = [s for s in book.worksheets if s.sheet_state == "visible"]
        for i, sheet in enumerate(sheets):
            if i:
                out.write("\n")
            grid, merges = _sheet_grid(sheet)
            grids.append(grid)
            _write_grid(_two_line_headers(grid, merges), out, sheet.title)
    finally:
        book.close()
    _require_rows([row for grid in grids for row in grid], file)
    return SourceText(out.text(), out.map)


def _require_rows(grid: Grid, file: str) -> None:
    """A sheet with no row under its header holds no fact: refused, never loaded empty."""
    filled = [row for row in grid if any(text.strip() for text, _ in row)]
    if len(filled) < 2:
        raise DocumentError(
            file,
            "no data rows: the file holds a header at most; fill in at least one row"
            " (templates with samples are in shapes/templates/)",
        )


def read_delimited(path: Path, *, max_bytes: int = MAX_BYTES) -> SourceText:
    """A CSV (comma) or TSV (tab) file in any encoding `decode_document` reads, quoted cells
    with line breaks included; cells are named A1-style as a spreadsheet would."""
    file = path.name
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DocumentError(file, f"cannot read file: {error.strerror or error}") from error
    text = decode_document(raw, file, max_bytes=max_bytes)
    return render_delimited(text, file, "\t" if path.suffix.lower() == ".tsv" else ",")


def is_tab_export(text: str) -> bool:
    """A text file that is a spreadsheet's tab-delimited export (Excel's 「Unicode テキスト」
    saves .txt): most lines hold cells apart by tabs, and some cell, quoted, holds line
    breaks — which only a delimited reader puts back into its cell."""
    lines = [line for line in text.split("\n")[:200] if line.strip()]
    tabbed = [line for line in lines if line.count("\t") >= 2]
    if len(tabbed) < 3 or len(tabbed) * 2 < len(lines):
        return False
    return any(re.search(r'(?:^|\t)"[^"\t]*$', line) for line in tabbed)


# 「="01-02"」: a cell saved as Excel's text formula, to keep its leading zeros
_TEXT_FORMULA = re.compile(r'^="(?P<text>[^"]*)"$')


def _text_formula(text: str) -> str:
    """The text an Excel text formula (「="0102"」) shows; any other cell as it is."""
    found = _TEXT_FORMULA.match(text)
    return found.group("text") if found else text


def render_delimited(text: str, file: str, delimiter: str) -> SourceText:
    """Decoded CSV/TSV text as rows, its cells named A1-style."""
    # catdoc's `xls2csv` parts the sheets with a form feed opening the next sheet's first
    # line: a break between tables (a blank row), not a character of the first cell
    text = re.sub(r"\f(?=[^\n])", "\n", text).replace("\f", "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        read = list(reader)
    except csv.Error as error:
        kind = "CSV" if delimiter == "," else "TSV"
        raise DocumentError(file, f"malformed {kind}: {error}") from error
    return render_rows(read, file)


def _box(row: int, column: int) -> tuple[int, int, int, int]:
    """A cell's A1-style place (1-based) from its 0-based row and column."""
    return (row + 1, column + 1, row + 1, column + 1)


# 「'令和７年度」: a leading apostrophe keeps a cell text in a spreadsheet (a figure, a date, a
# code stay as printed); an export that writes it into every cell (an OCR service's table
# CSV) prints a mark of the format, no character of the cell
_TEXT_MARK = "'"
_TEXT_MARKED_SHARE = 0.8


def _text_marks_dropped(read: list[list[str]]) -> list[list[str]]:
    """The cells without their leading apostrophe, when nearly every filled cell has one."""
    filled = [v for row in read for v in row if v.strip()]
    marked = sum(v.startswith(_TEXT_MARK) for v in filled)
    if not filled or marked < _TEXT_MARKED_SHARE * len(filled):
        return read
    return [[v[1:].strip() if v.startswith(_TEXT_MARK) else v for v in row] for row in read]


# 「OU=○○課,OU=○○部,OU=架空市,DC=city,DC=local」: a directory entry's name, each unit
# inside the next; 「CN=…」 a person or an object, 「DC=…」 the domain's parts
_DN_PART = re.compile(r"^(?P<kind>OU|CN|DC|O|L|C)=(?P<value>.+)$", re.IGNORECASE)


def _directory_path(text: str) -> str:
    """A directory name's units as a path from the top (「架空市 市長公室 秘書課」), the
    domain left out: the hierarchy a reader takes from a unit's place; any other cell as it
    is."""
    if "=" not in text or "," not in text:
        return text
    parts = [p.strip() for p in re.split(r"(?<!\\),", text)]
    found = [_DN_PART.match(p) for p in parts]
    if not all(found) or sum(m.group("kind").upper() == "OU" for m in found if m) < 2:
        return text
    units = [m.group("value").replace("\\,", ",") for m in found
             if m and m.group("kind").upper() == "OU"]  # fmt: skip
    return " ".join(reversed(units))


# 「カスタムフィールド (所管課)」「Custom field (指標)」: an issue tracker's export (Jira) heads
# each field its users added with the field's name in brackets after this word
_CUSTOM_FIELD = re.compile(r"^(?:カスタム\s*フィールド|Custom\s*field)\s*[(（](?P<name>.+)[)）]$",
                           re.IGNORECASE)  # fmt: skip


def _custom_field_name(text: str) -> str:
    """A custom field's column label as its name (「カスタムフィールド (指標)」 → 「指標」)."""
    if ")" not in text and "）" not in text:
        return text  # (every cell of a sheet passes here)
    match = _CUSTOM_FIELD.match(text.strip())
    return match.group("name").strip() if match else text


# 「(変更しないでください) 行のチェックサム」: a Dataverse (Power Apps, Dynamics 365) export's
# columns kept for re-import — a record's id, a checksum, a modified date — no data of it
_SYSTEM_COLUMN = re.compile(r"^\s*[(（]\s*(?:変更しないでください|Do Not Modify)\s*[)）]", re.I)


def _system_columns_blanked(read: list[list[str]]) -> list[list[str]]:
    """The rows with an export's system columns (their header's 「(変更しないでください)」)
    left blank, in place: the other cells keep their places."""
    header = next((row for row in read if any(v.strip() for v in row)), [])
    system = {k for k, v in enumerate(header) if _SYSTEM_COLUMN.match(v)}
    if not system:
        return read
    return [["" if k in system else v for k, v in enumerate(row)] for row in read]


def render_rows(read: list[list[str]], file: str) -> SourceText:
    """A sheet's rows of cell texts (a CSV's, a SYLK save's) as rows, cells named A1-style."""
    read = _system_columns_blanked(_text_marks_dropped(read))
    read = [[_custom_field_name(_directory_path(v)) for v in row] for row in read]
    records = record_lines(read)  # a task list: each row a record
    if records is None:
        records = document_lines(read)  # a groupware export: each row a page in a cell
    if records is not None:
        out = TextBuilder()
        for line in records:
            if not line:
                out.write("\n")
                continue
            out.row([(_text_formula(cell_text(text)), {"sheet": None, "cells": _box(r, c)})
                     for text, (r, c) in line])  # fmt: skip
        return SourceText(out.text(), out.map)
    grid: Grid = []
    # (a row stacking its items one a line in its cells reads as one row per line)
    for index, row in unstacked(read):
        r = index + 1
        grid.append([(_text_formula(cell_text(v)), (r, c, r, c))
                     for c, v in enumerate(row, start=1)])  # fmt: skip
    _require_rows(grid, file)
    out = TextBuilder()
    rows, one_cell = arrange(grid)
    for k, row in enumerate(rows):
        last = max((i for i, (text, _) in enumerate(row) if text), default=-1)
        if last < 0:
            out.write("\n")
            continue
        # a one-cell row inside a table keeps a tab, so the table does not end at it
        width = max(last + 1, 2) if k in one_cell else last + 1
        cells = [*row, ("", row[-1][1])][:width]
        out.row([(text, {"sheet": None, "cells": box}) for text, box in cells])
    return SourceText(out.text(), out.map)
