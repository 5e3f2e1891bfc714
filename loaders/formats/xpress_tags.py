"""A QuarkXPress Tags file (`.xtg`, the text a DTP operator exports from a layout), turned
into the HTML the printed page shows, which is then read as a saved page is.

The markup: a version line (「<v13.00><e9>」), the style sheets' definitions
(「@見出し1=[S"","見出し1","Normal"]<…>」, no text), then a paragraph a line, opening with
its style sheet (「@見出し1:１　区の将来像」; a line without one keeps the style before);
character formats inline (「<B>」, 「<z30>」, 「<@愛称>…<@$>」), 「<\\n>」 a line break
inside the paragraph, a tab between a table's cells. The style sheets' names say what a
paragraph is: a heading's (見出し, タイトル, head, title) a heading, its digit its level;
lines of cells a table, the first of them a header when its style names one (表見出し).
"""

from __future__ import annotations

import html
import re

from loaders.formats.paragraph_styles import heading_level

_VERSION = re.compile(r"^\ufeff?<v\d+(?:\.\d+)*>(?:<e\d+>)?\s*$")
_DEFINITION = re.compile(r"^@[^:=<>\n]{1,40}=")
_PARAGRAPH = re.compile(r"^@(?P<style>[^:=<>\n]{1,40}):(?P<text>.*)$")
_SPECIAL = {"\\n": "\n", "\\t": "\t", "\\<": "<", "\\>": ">", "\\@": "@", "\\\\": "\\",
            "\\-": "", "\\c": "\n", "\\b": "\n", "\\d": "", "\\i": "", "\\!s": " ",
            "\\s": " ", "\\f": " ", "\\!f": " ", "\\p": " ", "\\!p": " "}  # fmt: skip
_TAG = re.compile(r"<(?P<body>[^<>]*)>")
_CODE = re.compile(r"^\\#(?P<code>\d+)$")
_HEADER_WORDS = ("見出し", "head", "ヘッダ")
_MIN_PARAGRAPHS = 3


def is_xpress_tags(text: str) -> bool:
    """The version line first, or paragraphs opening with their style sheets."""
    lines = text.lstrip("\ufeff").splitlines()
    if lines and _VERSION.match(lines[0]):
        return True
    return sum(1 for line in lines[:200] if _PARAGRAPH.match(line)) >= _MIN_PARAGRAPHS and any(
        _DEFINITION.match(line) for line in lines[:200]
    )


def _plain(text: str) -> str:
    """A paragraph's text with its character formats dropped and its specials printed."""

    def tag(match: re.Match[str]) -> str:
        body = match.group("body")
        if body in _SPECIAL:
            return _SPECIAL[body]
        if (code := _CODE.match(body)) is not None:
            return chr(int(code.group("code")))
        return ""  # <B>, <z30>, <@愛称>, <*C>, <c"Black">: formats, no text

    return _TAG.sub(tag, text)


def _inline(text: str) -> str:
    return "<br>".join(html.escape(line.strip()) for line in text.split("\n"))


def render_xpress_tags(text: str) -> str:
    out: list[str] = []
    table: list[tuple[str, list[str]]] = []

    def close_table() -> None:
        if not table:
            return
        rows = []
        for k, (style, cells) in enumerate(table):
            header = k == 0 and any(word in style.lower() for word in _HEADER_WORDS)
            cell = "th" if header else "td"
            rows.append("<tr>" + "".join(f"<{cell}>{_inline(c)}</{cell}>" for c in cells) + "</tr>")
        out.append(f"<table>{''.join(rows)}</table>")
        table.clear()

    style = ""
    for number, line in enumerate(text.lstrip("\ufeff").splitlines()):
        if number == 0 and _VERSION.match(line):
            continue
        if _DEFINITION.match(line) and not _PARAGRAPH.match(line):
            continue  # a style sheet's definition
        paragraph = _PARAGRAPH.match(line)
        if paragraph is not None:
            style, body = paragraph.group("style").strip(), paragraph.group("text")
        else:
            body = line
        words = _plain(body)
        if "\t" in words:
            table.append((style, [c for c in words.split("\t")]))
            continue
        close_table()
        if not words.strip():
            continue
        level = heading_level(style)
        if level is not None and "\n" not in words.strip():
            out.append(f"<h{level}>{html.escape(words.strip())}</h{level}>")
        elif level == 1:  # a title set on lines of its own
            out.append(f"<h1>{html.escape(' '.join(words.split()))}</h1>")
        else:
            out.append(f"<p>{_inline(words)}</p>")
    close_table()
    return f"<html><body><main>{''.join(out)}</main></body></html>"
