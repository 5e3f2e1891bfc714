"""Test helper: a line of layout text with each piece set at its printed column, as a PDF's
text printed with its layout sets a table's cells (a wide character two columns)."""

from __future__ import annotations


def placed(*pieces: tuple[int, str]) -> str:
    line = ""
    for column, text in pieces:
        width = sum(2 if ord(ch) > 0x2000 else 1 for ch in line)
        line += " " * max(column - width, 2 if line else 0) + text
    return line
