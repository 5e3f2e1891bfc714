"""The rows Excel's 小計 (Subtotal) command inserts into a sheet, blanked.

Run on a sheet sorted by a column, 「データ → 小計」 inserts after each group a row naming the
group and the function (「1-(1)　架空の確保 データの個数」, 「架空課 集計」) with the function's
value in one column, and 「全体の…」 or 「総計」 at the end. Saved as CSV, those rows sit among
the records: read as rows, a group's count or sum becomes one more record, or a group's name
one more entry. A line whose first filled cell ends in the function's word, when the sheet
holds two such lines at least, is blanked to its tabs (so offsets hold and the table runs on).
"""

from __future__ import annotations

import re

# Excel's Japanese function labels but 集計 (SUM): データの個数 (COUNTA), 数値の個数, 平均 …
# (a group's 「○○部 集計」 sums its rows, as a pivot table's does: the 部's own figure, kept)
_FUNCTION = r"(?:データの個数|数値の個数|平均|最大|最小|積|標準偏差|標本標準偏差|分散|標本分散)"
_SUBTOTAL = re.compile(rf"^(?:\S.*[ \u3000]{_FUNCTION}|全体の{_FUNCTION})$")
_MIN_ROWS = 2
_CHEAP_WORDS = ("個数", "平均", "最大", "最小", "偏差", "分散", "積")


def blank_excel_subtotals(text: str) -> str:
    """`text` with the group rows of an Excel 小計 blanked, tabs kept."""
    if "\t" not in text or not any(word in text for word in _CHEAP_WORDS):
        return text  # (the cheap check)
    lines = text.split("\n")
    found = [k for k, line in enumerate(lines) if "\t" in line and _subtotal_line(line)]
    if len(found) < _MIN_ROWS:
        return text
    for k in found:
        lines[k] = re.sub(r"[^\t\r]", " ", lines[k])
    return "\n".join(lines)


def _subtotal_line(line: str) -> bool:
    first = next((cell.strip() for cell in line.split("\t") if cell.strip()), "")
    return bool(_SUBTOTAL.match(first))
