"""Spreadsheet column letters (1 → A, 27 → AA): how a workbook's cells are cited in evidence,
and how a sheet published as a web page prints its frame."""

from __future__ import annotations


def column_letter(column: int) -> str:
    """The letters of the 1-based `column`."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
