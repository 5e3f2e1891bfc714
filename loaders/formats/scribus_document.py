"""A Scribus document (`.sla`, the DTP file a ward's 広報 or 概要版 leaflet is laid out in),
turned into the HTML the printed pages show, which is then read as a saved page is.

The file keeps its page objects in the order they were made, not read: a colophon first,
a table before its heading. Each is placed by `OwnPage`, `YPOS` and `XPOS`; a text frame
holds a story of runs (`ITEXT CH="…"`, a name split where a character style changes), a
paragraph ended by `<para PARENT="style"/>` (the last by `<trail/>`), `<tab/>` and
`<breakline/>` inside; a table (`PTYPE="16"`) holds its cells by row and column, a merged
cell as a `CellArea`. Read as the leaflet reads: page by page, top to bottom, left to right;
a paragraph whose style's name is a heading's (見出し, タイトル) a heading; a table's rows
with a merged cell's text in its first cell.
"""

from __future__ import annotations

import html
import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from loaders.formats.paragraph_styles import heading_level
from loaders.text.errors import DocumentError

_ROOT = re.compile(r"<SCRIBUS(?:UTF8)?(?:NEW)?\b")
_TABLE = "16"


def is_scribus(text: str) -> bool:
    return bool(_ROOT.search(text[:2000])) and "<PAGEOBJECT" in text


def _number(value: str | None) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0


def _place(item: Element) -> tuple[float, float, float]:
    return _number(item.get("OwnPage")), _number(item.get("YPOS")), _number(item.get("XPOS"))


def _paragraphs(story: Element) -> list[tuple[str, str]]:
    """(style, text) of each paragraph of a story."""
    out: list[tuple[str, str]] = []
    words = ""
    for part in story:
        tag = part.tag
        if tag == "ITEXT":
            words += part.get("CH") or ""
        elif tag == "tab":
            words += "\t"
        elif tag == "breakline":
            words += "\n"
        elif tag in ("para", "trail"):
            if words.strip():
                out.append((part.get("PARENT") or "", words))
            words = ""
    if words.strip():
        out.append(("", words))
    return out


def _inline(words: str) -> str:
    return "<br>".join(html.escape(" ".join(line.split())) for line in words.split("\n"))


def _text_frame(item: Element) -> list[str]:
    out = []
    for story in item.iter("StoryText"):
        for style, words in _paragraphs(story):
            level = heading_level(style)
            if "\t" in words:
                cells = "".join(f"<td>{_inline(c)}</td>" for c in words.split("\t"))
                out.append(f"<table><tr>{cells}</tr></table>")
            elif level is not None:
                out.append(f"<h{level}>{html.escape(' '.join(words.split()))}</h{level}>")
            else:
                out.append(f"<p>{_inline(words)}</p>")
    return out


def _table(item: Element) -> list[str]:
    cells: dict[tuple[int, int], str] = {}
    for cell in item.iter("Cell"):
        row, column = int(_number(cell.get("Row"))), int(_number(cell.get("Column")))
        words = "\n".join(w for story in cell.iter("StoryText")
                          for _, w in _paragraphs(story))  # fmt: skip
        cells[(row, column)] = words
    covered: set[tuple[int, int]] = set()
    for area in item.iter("CellArea"):
        row, column = int(_number(area.get("Row"))), int(_number(area.get("Column")))
        width, height = int(_number(area.get("Width")) or 1), int(_number(area.get("Height")) or 1)
        covered |= {(r, c) for r in range(row, row + height) for c in range(column, column + width)
                    if (r, c) != (row, column)}  # fmt: skip
    if not cells:
        return []
    rows = max(r for r, _ in cells) + 1
    columns = max(c for _, c in cells) + 1
    out = []
    for r in range(rows):
        tds = "".join(
            f"<td>{'' if (r, c) in covered else _inline(cells.get((r, c), ''))}</td>"
            for c in range(columns)
        )
        out.append(f"<tr>{tds}</tr>")
    return [f"<table>{''.join(out)}</table>"]


def render_scribus(text: str, file: str) -> str:
    try:
        root = fromstring(text.lstrip("\ufeff").encode("utf-8"))
    except (ParseError, DefusedXmlException, ValueError) as error:
        raise DocumentError(file, f"malformed Scribus document: {error}") from error
    items = sorted((i for i in root.iter("PAGEOBJECT")), key=_place)
    out: list[str] = []
    for item in items:
        out.extend(_table(item) if item.get("PTYPE") == _TABLE else _text_frame(item))
    return f"<html><body><main>{''.join(out)}</main></body></html>"
