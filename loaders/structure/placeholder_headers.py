"""Placeholder column names a spreadsheet tool prints over a table's own header, blanked.

Excel's 「テーブルとして書式設定」 on a range without a header row, Power Query and
LibreOffice name the columns 「列1 列2 列3 …」 (Column1, Column2 …) and save that row
above the sheet's own labels. Read as it is, the placeholder row is the table's header and
no column is known. A line whose every cell is such a name, numbered 1, 2, 3 … in order, is
blanked (the same number of spaces, so offsets hold) and the real labels under it head the
table.
"""

from __future__ import annotations

import re

_NAME = re.compile(r"(?i)^(?:列|column|col|field|フィールド)\s*(?P<n>[0-9]{1,3})$")
_CELL_SPLIT = re.compile(r"[\t,|]")
_MIN_CELLS = 3


def blank_placeholder_headers(text: str) -> str:
    """`text` with its lines of placeholder column names (列1 列2 …) blanked."""
    if "列1" not in text and "olumn1" not in text and "ield1" not in text:
        return text  # (the cheap check)
    lines = text.split("\n")
    for k, line in enumerate(lines):
        cells = [c.strip().strip('"') for c in _CELL_SPLIT.split(line)]
        cells = [c for c in cells if c]
        if len(cells) < _MIN_CELLS:
            continue
        numbers = [int(m.group("n")) if (m := _NAME.match(c)) else 0 for c in cells]
        if numbers == list(range(1, len(cells) + 1)):
            lines[k] = re.sub(r"[^\t,|\r]", " ", line)
    return "\n".join(lines)
