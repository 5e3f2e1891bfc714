"""Round 52: a database shell's query result (sqlcmd -e output): a header, a rule of dash
groups, rows padded to the groups' widths counted in characters, a cell filled to its width
one space from the next, NULL for no value. Before, the rule was read as a list item and
the first row as the header, the code and the name one cell. Fictional names."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.blocks import Table

_WIDTHS = (7, 16, 10, 14, 14)  # sqlcmd pads each cell to its column's width in characters


def _line(*cells: str) -> str:
    return " ".join(c.ljust(w) if k < 3 else c.rjust(w)
                    for k, (c, w) in enumerate(zip(cells, _WIDTHS, strict=True)))  # fmt: skip


_RESULT = "\n".join([
    "SELECT jigyo_no AS 事業番号, jigyo_mei AS 事業名 FROM t_jigyo;",
    "",
    _line("事業番号", "事業名", "所管課", "R5決算額(千円)", "R6決算額(千円)"),
    " ".join("-" * w for w in _WIDTHS),
    _line("0601-01", "架空ごみ減量・リサイクル推進事業", "架空資源課", "184320", "192480"),
    _line("0601-02", "架空緑化推進事業", "架空緑政課", "NULL", "402180"),
    "",
    "(2 行処理されました)",
    "",
])  # fmt: skip


def _table() -> Table:
    doc = read_structure(_RESULT, labels=all_labels())
    return next(b.table for b in doc.blocks if b.table is not None)  # type: ignore[return-value]


def test_the_line_over_the_rule_is_the_header() -> None:
    assert _table().header == ["事業番号", "事業名", "所管課", "R5決算額(千円)", "R6決算額(千円)"]


def test_a_cell_filled_to_its_width_is_apart_from_the_next() -> None:
    assert [c.text for c in _table().rows[0][:3]] == [
        "0601-01", "架空ごみ減量・リサイクル推進事業", "架空資源課",
    ]  # fmt: skip


def test_null_is_an_empty_cell() -> None:
    assert _table().rows[1][3].text == ""


def test_the_rows_end_at_the_blank_line() -> None:
    assert len(_table().rows) == 2
