"""A table whose rows name their record only by a key another table of the document gives.

An open-data sheet may keep its records normalised as a database would: 「表１ 計画事業一覧」
lists each project once under its 事業番号 (name, 担当課, 概要), and 「表２ 年度別事業費」
gives a row per project and year holding only the number, the year and the cost. Read alone,
the second table's costs belong to no name. Here a table whose key column (a label of
`mkf:recordNumber`: 事業番号, 事業コード) holds only keys that another table of the document
lists once each under the same label gets that table's columns beside its own, row by row:
each cost then stands in a row with its project's name and unit, as a long list prints it.
"""

from __future__ import annotations

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Block, Cell, Table

_KEY_FIELD = "recordNumber"
_MIN_SHARE = 0.8  # of the keyed rows whose key the listing table holds
# the fields whose column names a record: a table with one names its rows itself
_NAMING = frozenset({"project", "policy", "initiative", "indicator", "facility", "division"})


def _key_column(table: Table) -> int | None:
    return next((k for k, label in enumerate(table.header)
                 if field_of(label, exact=True) == _KEY_FIELD), None)  # fmt: skip


def _listing(table: Table, column: int) -> dict[str, list[Cell]] | None:
    """The rows of a table by their key, when every key is listed once; else None."""
    rows: dict[str, list[Cell]] = {}
    for row in table.rows:
        key = row[column].text.strip() if column < len(row) else ""
        if not key:
            continue
        if key in rows:
            return None
        rows[key] = row
    return rows if len(rows) >= 2 else None


def joined_keyed_tables(blocks: list[Block]) -> None:
    """Give each table keyed by another's records that table's columns, in place."""
    tables = [b for b in blocks if b.kind == "table" and b.table is not None]
    for listing_block in tables:
        listing = listing_block.table
        column = _key_column(listing) if listing is not None else None
        if listing is None or column is None or (by_key := _listing(listing, column)) is None:
            continue
        for block in tables:
            keyed = block.table
            if block is listing_block or keyed is None:
                continue
            own = _key_column(keyed)
            if own is None or keyed.header[own] != listing.header[column]:
                continue
            if any(label in keyed.header for k, label in enumerate(listing.header) if k != column):
                continue  # the columns are there already: no keyed rows, a table of its own
            keys = [r[own].text.strip() for r in keyed.rows if own < len(r) and r[own].text]
            found = [k for k in keys if k in by_key]
            if not keys or len(found) < _MIN_SHARE * len(keys):
                continue
            if any(field_of(label) in _NAMING for k, label in enumerate(keyed.header) if k != own):
                continue  # its rows name their records themselves
            extra = [k for k in range(len(listing.header)) if k != column]
            rows = []
            for row in keyed.rows:
                key = row[own].text.strip() if own < len(row) else ""
                listed = by_key.get(key)
                at = row[own].end if own < len(row) else block.start
                added = [listed[k] if listed is not None and k < len(listed) else Cell("", at, at)
                         for k in extra]  # fmt: skip
                rows.append([*row[: own + 1], *added, *row[own + 1 :]])
            header = [*keyed.header[: own + 1], *(listing.header[k] for k in extra),
                      *keyed.header[own + 1 :]]  # fmt: skip
            block.table = Table(header=header, rows=rows, header_cells=[])
