"""Marks a data-frame library leaves in a table it prints as Markdown, blanked.

Tools that turn a spreadsheet into Markdown through pandas (MarkItDown, a notebook's
`to_markdown`) print an empty cell as 「NaN」 and a column with no header as 「Unnamed: 3」.
Neither is a word of the sheet: in a pipe table's cells they are blanked (spaces, so every
offset holds), and the table reads with its empty cells empty."""

from __future__ import annotations

import re

# a whole cell of a pipe table: 「| NaN |」, 「| Unnamed: 3 |」
_MARK = re.compile(r"(?<=\|)(?P<pad>[ \t]*)(?P<mark>NaN|nan|Unnamed: ?[0-9]+)(?=[ \t]*\|)")


def blank_dataframe_marks(text: str) -> str:
    """`text` with the NaN and 「Unnamed: n」 cells of its pipe tables blanked."""
    if "NaN" not in text and "Unnamed" not in text and "nan" not in text:
        return text
    return _MARK.sub(lambda m: m.group("pad") + " " * len(m.group("mark")), text)
