"""A spreadsheet printed with its row and column headings (行列番号), the headings blanked.

Excel's page setup can print the column letters over each page (「A  B  C …」) and each
row's number at its left (「   9 ○○事業 …」). Read as they are, the letters make
a line of one-letter words and the numbers glue onto the first cell (「5 1」, 「4 基本目標」)
or number every row as an entry. A page that prints a ruler of column letters in order has
its rulers and the row numbers down its left edge blanked (the same number of spaces, so
offsets and columns hold); any other text is unchanged.
"""

from __future__ import annotations

import itertools
import re

# 「      A         B       C          D」: the column letters in order, nothing else
_RULER = re.compile(r"^\s*A(?:\s+[B-Z]){2,}(?:\s+A[A-Z])*\s*$")
# 「   9 こども医療費…」, 「  72」: a row's number at the left edge, then a space or nothing
_ROW_NUMBER = re.compile(r"^(?P<pad> {0,5})(?P<n>[0-9]{1,4})(?= |$)")
_MIN_ROWS = 5  # numbered rows counting up, for the numbers to be the sheet's


def _in_order(line: str) -> bool:
    letters = line.split()
    expected = [chr(ord("A") + k) for k in range(min(len(letters), 26))]
    return letters[: len(expected)] == expected


def blank_sheet_headings(text: str) -> str:
    """`text` with a printed sheet's column rulers and row numbers blanked (see the module)."""
    lines = text.split("\n")
    rulers = [k for k, line in enumerate(lines) if _RULER.match(line) and _in_order(line)]
    if not rulers:
        return text
    numbered = [(k, m) for k, line in enumerate(lines) if (m := _ROW_NUMBER.match(line))]
    values = [int(m.group("n")) for _, m in numbered]
    rising = sum(1 for a, b in itertools.pairwise(values) if b > a)
    if len(numbered) < _MIN_ROWS or rising * 4 < (len(values) - 1) * 3:
        return text
    for k in rulers:
        lines[k] = " " * len(lines[k])
    for k, match in numbered:
        lines[k] = " " * match.end() + lines[k][match.end() :]
    return "\n".join(lines)
