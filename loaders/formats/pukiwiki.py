"""A PukiWiki page's source (the wiki engine many Japanese sites and intranets run),
turned into the HTML the wiki shows, which is then read as a saved page is.

The markup: 「*」「**」「***」 headings (an anchor 「[#id]」 after them), 「-」「--」 and 「+」
list items by depth, 「|a|b|」 table rows — a row ending in 「h」 a header row, 「c」 a row of
cell formats only, a cell 「~x」 a header cell, 「>」 a cell joined to the next, 「~」 alone
the cell above it carried down —, cell and inline formats (「LEFT:」 「RIGHT:」
「BGCOLOR(…):」, 「COLOR(…){x}」, 「''x''」, 「&br;」), footnotes 「((…))」 and 「#…」 block
plugins. A wiki's table of 施策 and their grades is read as the table it shows.
"""

from __future__ import annotations

import html
import re

_SIGNATURE_LINES = re.compile(
    r"^(?:#(?:author|freeze|contents)\b|\*{1,3}[^*].*\[#[0-9A-Za-z_]+\]\s*$)", re.M
)
_ROW = re.compile(r"^\|(?P<cells>.*)\|(?P<kind>[hfc]?)\s*$")
_HEADING = re.compile(r"^(?P<marks>\*{1,3})(?P<text>.*?)(?:\s*\[#[0-9A-Za-z_]+\])?\s*$")
_ITEM = re.compile(r"^(?P<marks>[-+]{1,3})(?P<text>.*)$")
_CELL_FORMAT = re.compile(
    r"^(?:(?:LEFT|CENTER|RIGHT|BGCOLOR\([^)]*\)|COLOR\([^)]*\)|SIZE\(\d+\)):)+"
)
_INLINE_COLOR = re.compile(r"(?:COLOR|SIZE)\([^)]*\)\{([^{}]*)\}")
_EMPHASIS = re.compile(r"'{2,3}(.*?)'{2,3}")
_FOOTNOTE = re.compile(r"\(\((.*?)\)\)")
_LINK = re.compile(r"\[\[(?:([^>\]]*)>)?([^\]]*)\]\]")


def is_pukiwiki(text: str) -> bool:
    """Two marks of the wiki's source at least: its plugin lines, headings with anchors, or
    tables whose rows end in 「h」 or 「c」."""
    head = text[:20_000]
    marks = len(_SIGNATURE_LINES.findall(head))
    marks += sum(1 for line in head.splitlines()
                 if _ROW.match(line) and line.rstrip().endswith(("|h", "|c")))  # fmt: skip
    return marks >= 2


def _inline(text: str) -> str:
    text = _FOOTNOTE.sub(lambda m: f"（{m.group(1)}）", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _INLINE_COLOR.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\1", text)
    parts = text.split("&br;")
    return "<br>".join(html.escape(html.unescape(p)) for p in parts)


def render_pukiwiki(text: str) -> str:
    out: list[str] = []
    table: list[tuple[list[str], str]] = []

    def close_table() -> None:
        if table:
            out.append(_table_html(table))
            table.clear()

    for line in text.splitlines():
        row = _ROW.match(line)
        if row is not None:
            table.append((row.group("cells").split("|"), row.group("kind")))
            continue
        close_table()
        if not line.strip() or line.startswith(("#", "//")):
            continue  # a plugin line (#contents, #author …) or a comment
        if (heading := _HEADING.match(line)) is not None:
            level = len(heading.group("marks")) + 1
            out.append(f"<h{level}>{_inline(heading.group('text').strip())}</h{level}>")
        elif (item := _ITEM.match(line)) is not None and not line.startswith("----"):
            # (each item a list of its own: 「-主な取組」 over 「--…」 reads as the label
            # of the entries after it, as a page's bullets under a bold line do)
            out.append(f"<ul><li>{_inline(item.group('text').strip())}</li></ul>")
        else:
            out.append(f"<p>{_inline(line.strip())}</p>")
    close_table()
    return f"<html><body><main>{''.join(out)}</main></body></html>"


def _table_html(rows: list[tuple[list[str], str]]) -> str:
    """The rows as a table: format rows dropped, 「>」 cells joined to the right, 「~」 cells
    carried down from the row above."""
    body: list[str] = []
    above: list[str] = []
    for cells, kind in rows:
        if kind == "c":
            continue
        texts: list[tuple[str, bool, int]] = []
        span = 1
        for cell in cells:
            if cell.strip() == ">":
                span += 1
                continue
            header = cell.startswith("~") and cell.strip() != "~"
            value = cell[1:] if header else cell
            value = _CELL_FORMAT.sub("", value.strip())
            texts.append((value, header or kind == "h", span))
            span = 1
        printed: list[str] = []
        row: list[str] = []
        for k, (value, header, width) in enumerate(texts):
            if value == "~" and k < len(above):  # the cell above, carried down
                value = above[k]
            printed.append(value)
            tag = "th" if header else "td"
            colspan = f' colspan="{width}"' if width > 1 else ""
            row.append(f"<{tag}{colspan}>{_inline(value)}</{tag}>")
        body.append(f"<tr>{''.join(row)}</tr>")
        above = printed
    return f"<table>{''.join(body)}</table>"
