"""Table headers the structure reader hands over unfinished, finished for a recogniser.

A header printed on two rows, a label spanning columns over their years: 「予算額（千円）」
spanning two columns over 「R7当初 | R6当初」 (an HTML colspan, a merged
spreadsheet cell) arrives from the structure reader as a header with blanks beside the
spanning label and a first row of years. Each year column is then labelled by the label
spanning it and its year (「予算額（千円） R7当初」), so a recogniser reading a column's year
and field from its label reads both. Used by the project and budget recognisers.

A unit note printed as the sheet's first row (「,,,,（単位：千円）」 over 「事業名,R7事業費,…」,
as a spreadsheet exported to CSV keeps it) arrives as the header, the true header as the
first row: the note is the amounts' unit and the row under it the header.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.field_vocabulary import field_of
from loaders.structure import Table
from loaders.structure.tables import is_unit_note
from loaders.text.fiscal_year import year_mentions

_FIGURE = re.compile(r"[▲△-]?[0-9][0-9,]*")  # a cell of data, not a label
_UNIT_IN_NOTE = re.compile(r"[百千万億]*円")


def unit_note_header(table: Table) -> tuple[Table, str | None]:
    """The table with a unit note taken for its header replaced by the row under it, and
    the unit the note states (千円); the table as given and None otherwise. The row under
    the note must be labels (two or more cells, none a figure)."""
    filled = [label for label in table.header if label.strip()]
    if len(filled) != 1 or not is_unit_note(filled[0]) or not table.rows:
        return table, None
    unit = _UNIT_IN_NOTE.search(filled[0])
    labels = [c for c in table.rows[0] if c.text.strip()]
    if unit is None or len(labels) < 2:
        return table, None
    if any(_FIGURE.fullmatch(c.text.replace(" ", "")) for c in labels):
        return table, None
    header = [c.text for c in table.rows[0]]
    rows = table.rows[1:]
    return replace(table, header=header, rows=rows, header_cells=table.rows[0]), unit.group()


def year_subheader(table: Table, *, other_labels: bool = False) -> Table:
    """The table with a first row of years under a spanning label joined into its header.

    `other_labels`: the lower row may also label a column of its own beside the years
    (「令和6年度 | 令和5年度 | 増減」 under 「当初予算額」 spanning all three); such a label
    stands alone (増減), since the spanning label names the years' amounts, not the change.
    At least two year labels are needed then, so a row of data is never read as labels."""
    if len(table.rows) < 2 or len(table.rows[0]) > len(table.header):
        return table
    header, lower = table.header, list(table.rows[0])
    if len(lower) < len(header):  # (a sheet's row ends at its last filled cell)
        if not lower:
            return table
        end = lower[-1].end
        lower += [replace(lower[-1], text="", start=end, end=end)] * (len(header) - len(lower))
    filled = [k for k, c in enumerate(lower) if c.text]
    dated = {k for k in filled if year_mentions(lower[k].text)}
    if len(filled) < 2 or (len(dated) < len(filled) and not other_labels) or len(dated) < 2:
        return table
    if any(_FIGURE.fullmatch(lower[k].text.replace(" ", "")) for k in filled):
        return table
    labels: list[str] = []
    spans = False
    spanning = ""  # the upper label a blank header cell is under (its span's)
    for k, label in enumerate(header):
        upper = label or (labels[k - 1].split(" ")[0] if k and not header[k] else "")
        spanning = label or spanning
        if not label and lower[k].text:
            if not upper:
                return table
            spans = True
        joined = f"{spanning}{lower[k].text}".replace(" ", "")
        if lower[k].text and k not in dated and field_of(joined, exact=True) is not None:
            labels.append(joined)  # 「所管」 over 「局 | 課」: 所管局, 所管課
        elif lower[k].text and k not in dated:
            labels.append(lower[k].text if not label else f"{label} {lower[k].text}")
        else:
            labels.append(f"{upper} {lower[k].text}".strip() if lower[k].text else upper)
    if not spans:
        return table
    return replace(table, header=labels, rows=table.rows[1:])
