"""A grid whose header and body are two tables (a scrollable data table of PrimeFaces, of
DataTables with a fixed header, of a Vaadin grid): one table again.

A scrolling grid keeps its header still by printing it in a table of its own, the rows in
a second table under it (`ui-datatable-scrollable-header` / `-body`, `dataTables_scrollHead`
/ `_scrollBody`). Read apart, the header labels nothing and the first row of figures is
taken for the header. A table holding only header rows (`th`), the next table in the page
holding only data rows (`td`) with as many columns, is the one grid: the rows are moved
in the body's table under the header.
"""

from __future__ import annotations

import itertools

from selectolax.lexbor import LexborHTMLParser, LexborNode

_MAX_APART = 4  # levels up from each table to the box the two share


def _cells(row: LexborNode, tag: str) -> list[LexborNode]:
    return [c for c in row.iter() if c.tag == tag]


def _width(row: LexborNode) -> int:
    """The columns a row spans (a cell's colspan counted)."""
    spans = (c.attributes.get("colspan") or "1" for c in row.iter() if c.tag in ("td", "th"))
    return sum(int(span) if span.isdigit() else 1 for span in spans)


def _kind(table: LexborNode) -> str | None:
    """"head" for a table of header rows only, "body" for one of data rows only."""
    rows = table.css("tr")
    if rows and all(_cells(r, "th") and not _cells(r, "td") for r in rows):
        return "head"
    if rows and all(_cells(r, "td") and not _cells(r, "th") for r in rows):
        return "body"
    return None


def _near(head: LexborNode, body: LexborNode) -> bool:
    """Whether the two tables sit in one box a few levels up (the grid's own container)."""
    ancestors = []
    node = head.parent
    for _ in range(_MAX_APART):
        if node is None:
            break
        ancestors.append(node)
        node = node.parent
    node = body.parent
    for _ in range(_MAX_APART):
        if node is None:
            return False
        if any(node.mem_id == a.mem_id for a in ancestors):
            return True
        node = node.parent
    return False


def join_split_grids(tree: LexborHTMLParser) -> None:
    tables = [(table, _kind(table)) for table in tree.css("table")]
    for (head, upper), (body, lower) in itertools.pairwise(tables):
        if upper != "head" or lower != "body" or not _near(head, body):
            continue
        widths = {_width(r) for r in body.css("tr")}
        if max(widths) > max(_width(r) for r in head.css("tr")) + 1:
            continue  # more columns than the header spans: another table
        # (the body's table stays where it is: a page may drop the header's box, 「…-header」,
        # as it drops a page header)
        first = next(iter(body.iter()), None)
        for part in [c for c in head.iter() if c.tag in ("thead", "tr")]:
            if first is not None:
                first.insert_before(part)
            else:
                body.insert_child(part)
        head.decompose()
