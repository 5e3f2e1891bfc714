"""HTML tables set inside a plain-text document, read as the tables they are.

pandoc writes a Word table it cannot draw in Markdown (merged cells, a header over two rows,
paragraphs in a cell) as raw HTML in the middle of the Markdown: 「<table>」, 「<thead>」, 「<tr>」
each on a line of its own, the cells' text between tags. Read as lines, every tag is a
heading and no row is a row. Each such table is replaced by the text the page reader makes
of it (its rows, a header spanning two rows joined), so the structure reader sees a table.
"""

from __future__ import annotations

import re

_TABLE = re.compile(r"<table\b[^>]*>.*?</table\s*>", re.IGNORECASE | re.DOTALL)


def inline_html_tables(text: str) -> str:
    """`text` with each HTML table in it as the page reader's text of that table."""
    if "<table" not in text.lower():
        return text
    from loaders.text.document_text import extract_main_text

    def rendered(match: re.Match[str]) -> str:
        inner = extract_main_text(f"<html><body><main>{match.group()}</main></body></html>")
        return "\n" + inner.strip("\n") + "\n" if inner.strip() else match.group()

    return _TABLE.sub(rendered, text)
