"""Headers the structure reader left half done: a header on two rows whose spanned cells
came out blank is joined into one row of labels before any table reader looks at it.

It is kept apart because it rewrites the document's tables rather than reading values, and
it runs once for the whole document before every reader.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from loaders.field_vocabulary import field_of, label_key
from loaders.recognisers.indicator_values import _KINDS, _LEADING_NUMBER, _is_bare_year, _year_alone
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Cell, Table
from loaders.text.fiscal_year import year_mentions

_LOWER_LABEL_MAX = 8  # 年度, 値, R5, 令和5年度: a label under a spanning one is a short word


def _with_joined_headers(doc: StructuredDocument) -> StructuredDocument:
    """The document with each table whose header the reader left on two rows joined into
    one label per column (`_joined_header`); the blocks stay where they were."""
    blocks = []
    for block in doc.blocks:
        table = block.table
        joined = (_joined_header(table) or _years_with_kinds(table)) if table is not None else None
        blocks.append(replace(block, table=joined) if joined is not None else block)
    return StructuredDocument(doc.text, doc.folded, blocks)


def _joined_header(table: Table) -> Table | None:
    """「指標名 | 単位 | 基準値 | | 実績値 | 」 over 「 | | 年度 | 値 | R5 | R6」 (an HTML colspan
    the reader left blank beside its label, a rowspan blank below it): one label per column,
    the upper carried over the columns it spans and joined with the lower (実績値 R5). None
    when the first row is no row of labels: words and years, never a figure."""
    if len(table.rows) < 2 or not table.header:
        return None
    width = max(len(table.header), len(table.rows[0]))
    header, lower = _padded(table.header, width), _padded_cells(table.rows[0], width)
    carried = list(itertools.accumulate(header, lambda above, top: top or above))
    years = [k for k, c in enumerate(lower) if _FOUR_DIGIT_YEAR.match(c.text)]
    if len(years) >= 2 and all(field_of(carried[k]) in _KINDS for k in years):
        # 「基準値 | 実績値 | 目標値」 over 「20○○ | 20○○ | 20○○」: years printed as bare
        # numbers under the kinds' labels, read as the fiscal years they stand for
        lower = [replace(c, text=f"{c.text}年度") if k in years else c
                 for k, c in enumerate(lower)]  # fmt: skip
    if len(lower) != len(header) or not (header[0] or _blank_corner(header, lower)):
        return None
    filler = _filler_columns(table, width)
    spans = [
        k for k in range(1, len(header)) if not header[k] and header[k - 1] and k not in filler
    ]  # fmt: skip
    printed = [c.text for c in lower if c.text]
    if not spans or len(printed) < 2 or any(not lower[k].text for k in spans):
        return None
    if any(
        (len(cell.text) > _LOWER_LABEL_MAX and not _dated_under_dated(above, cell.text))
        or (_LEADING_NUMBER.match(cell.text) and not _is_bare_year(cell.text))
        for above, cell in zip(carried, lower, strict=True)
        if cell.text
    ):
        return None
    if not any(_is_bare_year(text) or field_of(text, exact=True) for text in printed):
        return None  # a row of words none of which labels anything: data
    labels: list[str] = []
    upper = ""
    for k, (top, bottom) in enumerate(zip(header, lower, strict=True)):
        upper = top or upper
        if k in filler and not top:
            labels.append("")  # a merged cell's blank filler: no column of its own
            continue
        if _dated_under_dated(upper, bottom.text):
            labels.append(bottom.text)  # 令和7年度 over 前年度実績(令和6年度): its own year
            continue
        labels.append(_joined_label(upper, bottom.text))
    return Table(header=labels, rows=table.rows[1:], header_cells=table.header_cells)


_FOUR_DIGIT_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")


def _joined_label(upper: str, lower: str) -> str:
    """One column's label from the label spanning it and its own: 「実績値 R5」. A label the
    reader repeated under its rowspan stands once; one naming a kind or the indicator by
    itself (成果指標 over 指標名 | 現状値(R5)) needs no group's caption; a year under a label of
    no kind (計画事業費 over R7 | R8) comes first, so the label's own word tells the field."""
    if not upper or not lower or label_key(upper) == label_key(lower):
        return upper or lower
    if field_of(lower) in (*_KINDS, "indicator") and not year_mentions(upper):
        return lower
    if _is_bare_year(lower) and field_of(upper) not in (*_KINDS, None):
        return f"{lower} {upper}"
    return f"{upper} {lower}"


def _padded(header: list[str], width: int) -> list[str]:
    """「… | 目標値」 over 「… | R6 | R8」: a row of text (CSV, a PDF's words) drops the blank
    cells closing the upper row, those its last label spans; they are put back."""
    return header + [""] * (width - len(header)) if 0 < len(header) < width else header


def _padded_cells(row: list[Cell], width: int) -> list[Cell]:
    """The lower header row with the blank cells closing it that a row of text (CSV) drops
    put back, as `_padded` does for the upper."""
    if not row or len(row) >= width:
        return row
    last = row[-1]
    return row + [Cell("", last.end, last.end) for _ in range(width - len(row))]


def _filler_columns(table: Table, width: int) -> set[int]:
    """The columns within the upper row's cells blank in both header rows and every row
    under them: what a merged cell (an Excel sheet saved as CSV) leaves beside its text, no
    column of data. A blank past the upper row's last cell is no filler of its labels."""
    return {
        k for k in range(min(width, len(table.header)))
        if not table.header[k].strip()
        and all(k >= len(row) or not row[k].text.strip() for row in table.rows)
    }  # fmt: skip


def _blank_corner(header: list[str], lower: list[Cell]) -> bool:
    """「 | | 基準 | | 令和4年度 | 」 over 「No | KPI | 値 | 年度 | 目標 | 実績」: the upper row
    spans only the value columns; the columns left of its first label are labelled below,
    among them the indicator's."""
    first = next((k for k, text in enumerate(header) if text), None)
    return first is not None and any(
        field_of(cell.text, exact=True) == "indicator" for cell in lower[:first]
    )


def _dated_under_dated(upper: str, lower: str) -> bool:
    """「前年度実績(令和6年度)」 under a span 「令和7年度」: a kind with its own year under a
    year; the lower label names its column by itself."""
    return bool(year_mentions(upper) and year_mentions(lower) and field_of(lower) in _KINDS)


def _years_with_kinds(table: Table) -> Table | None:
    """A header on two rows, one of kinds (指標 | 現状値 | 目標値) and one of their years
    ( | R5 | R9, under or over it, blank in the name column): one label per column, each
    kind with its year (現状値(R5)). None unless every labelled column pairs a kind and a
    year alone."""
    if len(table.rows) < 2 or not table.header:
        return None
    upper, lower = table.header, [c.text for c in table.rows[0]]
    if len(lower) != len(upper):
        return None
    for kinds, years in ((upper, lower), (lower, upper)):
        if years[0].strip() or field_of(kinds[0], exact=True) != "indicator":
            continue
        pairs = [(k, y) for k, y in zip(kinds[1:], years[1:], strict=True) if k or y]
        if len(pairs) < 2 or not all(
            field_of(k) in _KINDS and _year_alone(y.strip("()（） "), None) for k, y in pairs
        ):
            continue
        labels = [kinds[0]] + [
            f"{k}({y.strip('()（） ')})" if k else "" for k, y in zip(kinds[1:], years[1:],
                                                                     strict=True)
        ]
        return Table(header=labels, rows=table.rows[1:], header_cells=table.header_cells)
    return None
