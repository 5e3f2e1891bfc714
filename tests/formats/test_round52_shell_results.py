"""Round 52: a database shell's query result saved as text (sqlcmd -e): a header, a rule of
dash groups, rows padded to the groups' widths counted in characters (a wide character one
place, not two), a cell filled to its width one space from the next, NULL for no value.
Before, the rule was only kept to by display width, so such a result stayed space-aligned
text: the rule a list item, the code and the name one cell. Fictional names."""

from __future__ import annotations

from pathlib import Path

from data_documents import lines, write

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


def _printed(tmp_path: Path) -> list[str]:
    return lines(write(tmp_path, "kekka.txt", _RESULT))


def test_the_line_over_the_rule_is_the_header(tmp_path: Path) -> None:
    assert "事業番号\t事業名\t所管課\tR5決算額(千円)\tR6決算額(千円)" in _printed(tmp_path)


def test_a_cell_filled_to_its_width_is_apart_from_the_next(tmp_path: Path) -> None:
    assert "0601-01\t架空ごみ減量・リサイクル推進事業\t架空資源課\t184320\t192480" in _printed(
        tmp_path
    )


def test_null_is_an_empty_cell(tmp_path: Path) -> None:
    assert "0601-02\t架空緑化推進事業\t架空緑政課\t\t402180" in _printed(tmp_path)


def test_the_rows_end_at_the_blank_line(tmp_path: Path) -> None:
    assert "(2 行処理されました)" in _printed(tmp_path)
