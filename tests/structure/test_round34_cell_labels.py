"""An accessible page's table whose cells each repeat their column's label in text only a
screen reader speaks (「<span class="visually-hidden">担当課：</span>X課」), a grade drawn as
an icon printed only there (「令和7年度：評価Ａ」). Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.blocks import Cell, Table
from loaders.structure.cell_labels import without_cell_labels
from tests.recognisers._facts_of import parsed_as_read

_HIDDEN = '<span class="visually-hidden">{}</span>'


def _row(number: int, name: str, unit: str, last: str, this: str) -> str:
    cells = [
        f"<td>{_HIDDEN.format('No.')}{number}</td>",
        f"<th scope=row>{_HIDDEN.format('取組項目：')}{name}</th>",
        f"<td>{_HIDDEN.format('担当課：')}{unit}</td>",
        f"<td><i class=icon></i>{_HIDDEN.format('令和6年度：評価' + last)}</td>",
        f"<td><i class=icon></i>{_HIDDEN.format('令和7年度：評価' + this)}</td>",
    ]
    return "<tr>" + "".join(cells) + "</tr>"


_PAGE = (
    "<html><body><main><h1>架空町行財政改革 令和7年度の取組状況</h1>"
    "<h2>基本方針1 架空財政の確立</h2><table><thead><tr><th>No.</th><th>取組項目</th>"
    "<th>担当課</th><th>令和6年度<br>評価</th><th>令和7年度<br>評価</th></tr></thead><tbody>"
    + _row(1, "架空税の収納率の向上", "架空税務課", "Ｂ", "Ａ")
    + _row(2, "架空納税の推進", "架空創造課", "Ａ", "Ｓ")
    + "</tbody></table></main></body></html>"
)


def test_cells_keep_their_values_without_the_repeated_labels() -> None:
    facts = parsed_as_read(_PAGE, "kaikaku.html")
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空税の収納率の向上", 2024, "B"), ("架空納税の推進", 2025, "S")} <= grades


def _table(rows: list[list[str]]) -> tuple[Table, str]:
    text = "\n".join("|".join(r) for r in rows)
    at, cells = 0, []
    for row in rows:
        line = []
        for value in row:
            line.append(Cell(value, at, at + len(value)))
            at += len(value) + 1
        cells.append(line)
    return Table(header=["基本目標", "施策"], rows=cells), text


def test_a_level_word_opening_each_cell_is_no_repeated_label() -> None:
    table, text = _table([["基本目標1 架空のまち", "施策2 架空の推進"],
                          ["基本目標1 架空のまち", "施策3 架空の充実"]])  # fmt: skip
    assert without_cell_labels(table, text) is table


def test_a_row_repeating_the_header_keeps_its_cells() -> None:
    table, text = _table([["基本目標", "施策"], ["基本目標", "施策"]])
    assert without_cell_labels(table, text) is table


def test_the_reader_takes_labels_off_a_text_table_too() -> None:
    text = "No.\t担当課\nNo.1\t担当課：架空課\nNo.2\t担当課：架空係\n"
    table = next(b.table for b in read_structure(text, labels=all_labels()).blocks if b.table)
    assert [[c.text for c in r] for r in table.rows] == [["1", "架空課"], ["2", "架空係"]]
