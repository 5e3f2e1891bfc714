"""A staff directory prints its units with no row of labels over them (「架空総務課　　１６人
課長　氏名　内線 2110」, its 係 under it the same way): the first line is data like the
rest, so it stays a row and the units under it keep it as their parent. A table whose first
row is labels stays as it is. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_DIRECTORY = (
    "架空市職員録（令和８年度）\n"
    "（　）内の数字は係の職員数です。\n"
    "\n"
    "■架空総務部      部長　架空　太郎              内線 2101\n"
    "　　部計　３０人\n"
    "\n"
    "　架空総務課            １６人    課長　架空　花子            内線 2110\n"
    "　　　架空人事係        （６）    係長　架空　次郎            内線 2111\n"
    "　　　架空文書係        （５）    係長　架空　三郎            内線 2112\n"
    "\n"
    "　架空財政課            １４人    課長　架空　四郎            内線 2120\n"
    "　　　架空財政係        （６）    係長　架空　五郎            内線 2121\n"
)


def _first_table(text: str) -> tuple[list[str], list[list[str]]]:
    doc = read_structure(text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    return table.header, [[c.text for c in row] for row in table.rows]


def test_a_first_line_like_the_rows_under_it_stays_a_row() -> None:
    header, rows = _first_table(_DIRECTORY)
    assert not any(header)
    assert rows[0][0] == "架空総務課"


def test_a_first_row_of_labels_stays_the_header() -> None:
    text = "課名　　　　職員数\n架空総務課　　16人\n架空財政課　　14人\n"
    header, rows = _first_table(text)
    assert header == ["課名", "職員数"]
    assert rows[0][0] == "架空総務課"


def test_the_first_unit_of_a_directory_keeps_its_sections_under_it() -> None:
    facts = parsed_as_read(_DIRECTORY)
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents.get("架空人事係") == "架空総務課"
    staff = {(s.organization, s.count) for s in facts.staff}
    assert {("架空総務課", 16), ("架空人事係", 6)} <= staff
