"""A wiki page's Textile source (Redmine's wiki, a Textpattern site), turned into the HTML the
wiki shows, which is then read as a saved page is.

The markup: 「h1.」…「h6.」 headings, 「p.」 paragraphs (「p(note).」 with a class), 「*」
「**」 and 「#」 list items by depth, 「|a|b|」 table rows whose cells open with their
modifiers and a stop (「|_.」 a header cell, 「|_/2.」 two rows high, 「|_\\3=.」 three
columns wide and centred, 「|>.」 set right), a row's style before it (「{background:…}. |」),
and inline 「*strong*」, 「_em_」, 「"text":url」, 「[[Page]]」 links, 「{{macro}}」 lines.
「-text-」 is struck out: an amount the page keeps only as history (the figure before a
revision), left out as the wiki shows it crossed out.
"""

from __future__ import annotations

import html
import re

_BLOCK_MODS = r"(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=]+)*"  # 「(class)」「{style}」「[lang]」
_HEADING = re.compile(rf"^h(?P<level>[1-6]){_BLOCK_MODS}\.\s+(?P<text>.*)$")
_PARAGRAPH = re.compile(rf"^(?:p|bq){_BLOCK_MODS}\.\s+(?P<text>.*)$")
_ITEM = re.compile(r"^(?P<marks>[*#]{1,4})\s+(?P<text>.*)$")
_ROW_STYLE = re.compile(r"^(?:\{[^}]*\}|\([^)]*\)|[<>=^~]+)+\.\s*(?=\|)")
_CELL = re.compile(
    r"^(?P<mods>(?:_|\\\d+|/\d+|<>|[<>=^~]|\{[^}]*\}|\([^)]*\)|\[[^\]]*\])+)\.\s"
)
_MACRO = re.compile(r"^\{\{.*\}\}\s*$")
_STRUCK = re.compile(r"(?<![\w\-－])-(?=\S)(?P<text>[^\-\n]+?)(?<=\S)-(?![\w\-])")
_STRONG = re.compile(r"(?<![\w*])\*(?=\S)(?P<text>[^*\n]+?)(?<=\S)\*(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w_])_(?=\S)(?P<text>[^_\n]+?)(?<=\S)_(?![\w_])")
_LINK = re.compile(r"\"(?P<text>[^\"\n]+)\":(?:https?://|/)\S+")
_WIKI_LINK = re.compile(r"\[\[(?:[^|\]]*\|)?(?P<text>[^\]]+)\]\]")
_SIGNATURE = re.compile(r"^(?:h[1-6]|p|bq)(?:\([^)]*\))?\.\s|^\|_[\\/\d<>=]*\.\s", re.M)


def is_textile(text: str) -> bool:
    """Textile's block marks on two lines at least (「h2. 」, 「p. 」, a header cell 「|_. 」)."""
    return len(_SIGNATURE.findall(text[:20_000])) >= 2


def _inline(text: str) -> str:
    text = _STRUCK.sub("", text)
    text = _WIKI_LINK.sub(lambda m: m.group("text"), text)
    text = _LINK.sub(lambda m: m.group("text"), text)
    text = _STRONG.sub(lambda m: m.group("text"), text)
    text = _EMPHASIS.sub(lambda m: m.group("text"), text)
    return html.escape(" ".join(text.split()))


def _cell_html(cell: str) -> str:
    mods = _CELL.match(cell.strip() + " ")
    tag, spans, value = "td", "", cell.strip()
    if mods is not None:
        value = cell.strip()[mods.end() - 1 :].strip()
        marks = mods.group("mods")
        tag = "th" if marks.startswith("_") else "td"
        if (wide := re.search(r"\\(\d+)", marks)) is not None:
            spans += f' colspan="{wide.group(1)}"'
        if (high := re.search(r"/(\d+)", marks)) is not None:
            spans += f' rowspan="{high.group(1)}"'
    return f"<{tag}{spans}>{_inline(value)}</{tag}>"


def render_textile(text: str) -> str:
    out: list[str] = []
    rows: list[str] = []

    def close_table() -> None:
        if rows:
            out.append(f"<table>{''.join(rows)}</table>")
            rows.clear()

    for line in text.splitlines():
        row_line = _ROW_STYLE.sub("", line.strip())
        if row_line.startswith("|") and row_line.endswith("|") and len(row_line) > 1:
            cells = row_line[1:-1].split("|")
            rows.append(f"<tr>{''.join(_cell_html(c) for c in cells)}</tr>")
            continue
        close_table()
        if not line.strip() or _MACRO.match(line.strip()):
            continue
        if (heading := _HEADING.match(line.strip())) is not None:
            level = heading.group("level")
            out.append(f"<h{level}>{_inline(heading.group('text'))}</h{level}>")
        elif (paragraph := _PARAGRAPH.match(line.strip())) is not None:
            out.append(f"<p>{_inline(paragraph.group('text'))}</p>")
        elif (item := _ITEM.match(line.strip())) is not None:
            out.append(f"<ul><li>{_inline(item.group('text'))}</li></ul>")
        else:
            out.append(f"<p>{_inline(line.strip())}</p>")
    close_table()
    return f"<html><body><main>{''.join(out)}</main></body></html>"
