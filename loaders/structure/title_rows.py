"""A table's title printed as its first row, over the row of its labels.

A spreadsheet (or its CSV/TSV export) often prints a table's title in a row of its own at
the top of the table's columns: 「5 | 令和6年度 組織目標の達成状況 | … | 評価:S・A・B・C」,
「# | 施策コード表」, or only a note at the far right 「| | … | ※面積の単位は㎡」. The labels
are the row under it (「目標 | 取組結果 | 評価」). Read with the title as the header, every
column is named by the title's words and the labels become a row of data, so nothing in the
table is found. The title row is told from an upper header row (「令和5年度」 over 「目標 |
実績」) by what it prints: no field label and no bare year, only a title (perhaps after its
section number) and notes; and the row under it must be a header for certain: words only,
two of them labels of the field vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Cell

# 「5」「(2)」「#」: the number (or mark) a title row prints in a cell before its title
_TITLE_NUMBER = re.compile(r"^(?:[#＃]|[(（]?[0-9０-９]{1,3}[)）.．]?)$")
# 「※延床面積の単位は㎡」「評価:S・A・B・C」「(各年4月1日)」: a note, a legend or a bracketed
# aside beside a title (the unit note and the as-of date are the caller's `is_note`)
_NOTE = re.compile(r"^[※＊*]|^[^:：]{1,6}[:：]\S|^[(（][^()（）]+[)）]$")
_FIGURE_CELL = re.compile(r"^[△▲-]?[0-9０-９][0-9０-９,，.．]*[%％]?$")


def is_title_over_labels(
    top: Sequence[Cell],
    under: Sequence[Cell],
    bare_period: Callable[[str], bool],
    is_note: Callable[[str], bool] = lambda _: False,
) -> bool:
    """`top` is a title row (a title, its number, notes) and `under` the table's labels.
    `bare_period` tells a year label, `is_note` a unit note or as-of date (the table
    reader's own tests, passed in so this module needs nothing of it)."""
    filled = [c.text for c in top if c.text]
    labels = [c.text for c in under if c.text]
    if not filled or len(labels) < 2:
        return False
    if any(_FIGURE_CELL.match(t) for t in labels):
        return False  # figures under the title: a row of data, the title row is the header
    named = sum(1 for t in labels if field_of(t, exact=True) is not None)
    if not named or named + sum(1 for t in labels if bare_period(t)) < 2:
        return False  # two labels at least, one of them a field's (課名 | 令和6年度 | …)
    words = [t for t in filled if not (_NOTE.match(t) or is_note(t))]
    numbered = bool(words) and is_title_number(words[0])
    if numbered:
        words = words[1:]  # 「3 | 予算(当初)」: a numbered title, though its words name a field
    if len(words) > 1:
        return False
    # a label or a year over the labels, with no number before it: an upper header row
    return numbered or not any(field_of(t, exact=True) or bare_period(t) for t in words)


def is_title_number(text: str) -> bool:
    """「5」「(2)」「#」: the number a title row prints in a cell before its title."""
    return bool(_TITLE_NUMBER.match(text))
