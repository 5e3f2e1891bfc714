"""A web page's tree of nodes (an ASP.NET TreeView: each node a table of its own, its depth
in spacer cells) read as a tab-indented outline that leaves a blank line after some nodes:
the blank lines go on with the outline, so each 取組 stays under its 施策; a blank line
beside a row of several parts (a table's) still ends it. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import facts_of, initiative_rows

_TREE = (
    "\t基本目標1 架空の育つまち\n"
    "\t\t政策1-1 架空の子育て支援\n"
    "\t\t\t施策1-1-1 架空の切れ目ない支援\n"
    "\t\t\t\t架空ケアの拡充\n"
    "\n"
    "\t\t\t\t架空健診のデジタル化\n"
    "\t\t\t施策1-1-2 架空の環境整備\n"
    "\t\t\t\t架空人材の確保\n"
    "\n"
    "\t\t\t\t架空保育の拡大\n"
)


def test_the_entries_past_a_blank_line_stay_under_their_level() -> None:
    rows = initiative_rows(facts_of(_TREE))
    assert ("架空健診のデジタル化", ("1-1-1",)) in rows
    assert ("架空保育の拡大", ("1-1-2",)) in rows


def test_a_blank_line_beside_a_row_of_parts_ends_the_outline() -> None:
    text = (
        "\t区政推進課\n\t\t総務係\n\t\t企画係\n\n"
        "\t課等\t令和7年\t令和8年\n\t区政推進課\t23\t24\n\t区民課\t44\t42\n"
    )
    doc = read_structure(text, labels=all_labels())
    assert any(b.table is not None and "令和8年" in b.table.header for b in doc.blocks)
