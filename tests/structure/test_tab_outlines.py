"""An outline indented with tabs read as entries at their depths, not as a staircase table
(`loaders.structure.tab_outlines`). Fictional plans and organisations."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.blocks import Block


def _blocks(text: str) -> list[Block]:
    return read_structure(text, labels=all_labels()).blocks


_PLAN = (
    "第4章 施策の体系\n"
    "\n"
    "\t政策3\t架空の暮らしの充実\t(主担当:架空生活部)\n"
    "\t\t施策3-1\t架空の見守り\t〔架空生活部 架空支援課〕\n"
    "\t\t\t・見守り員の育成\n"
    "\t\t\t・相談窓口の開設\n"
    "\t\t施策3-2\t架空の交流\t〔架空生活部 架空交流課〕\n"
    "\t\t\t・交流会の開催\n"
)


def test_tab_indented_outline_is_read_as_entries_not_a_table() -> None:
    """No table of blank cells: the numbered lines are headings, each nested under the one
    less deep above it, and the bulleted lines items under their heading."""
    blocks = _blocks(_PLAN)
    assert not [b for b in blocks if b.kind == "table"]
    by_number = {b.number: b for b in blocks if b.kind == "heading" and b.number}
    assert by_number["3-1"].text == "架空の見守り"
    assert by_number["3-1"].parent == by_number["3"].index
    items = [b for b in blocks if b.kind == "item"]
    assert [b.text for b in items] == ["見守り員の育成", "相談窓口の開設", "交流会の開催"]
    assert items[0].parent == by_number["3-1"].index


def test_bracket_set_apart_by_a_tab_is_a_line_of_its_own_under_the_entry() -> None:
    """「施策…\\t名称\\t〔部 課〕」: the bracket notes the entry's owner, no word of its name;
    it stays readable as a line under the entry."""
    blocks = _blocks(_PLAN)
    owner = next(b for b in blocks if b.text == "〔架空生活部 架空支援課〕")
    assert owner.kind == "paragraph"
    assert blocks[owner.parent].number == "3-1"


def test_tree_of_units_under_its_root_gives_each_unit_its_depth() -> None:
    """A slide's tree of units (root at the margin, one tab per level): each unit an item
    at its depth, so a unit's parent is the one less deep above it."""
    text = (
        "体制\n"
        "架空局 40人\n"
        "\t架空一部 20人\n"
        "\t\t架空一課 12人\n"
        "\t\t架空二課 8人\n"
        "\t架空二部 20人\n"
    )
    items = [(b.text, b.level) for b in _blocks(text) if b.kind == "item"]
    assert items == [
        ("架空局 40人", 0),
        ("架空一部 20人", 1),
        ("架空一課 12人", 2),
        ("架空二課 8人", 2),
        ("架空二部 20人", 1),
    ]


def test_tab_table_with_blank_leading_cells_stays_a_table() -> None:
    """A tab-separated table whose rows leave their first cell blank (a label printed once
    for several rows) is no outline: its rows hold many cells under a header."""
    text = (
        "区分\t項目\t令和8年度\t令和9年度\t増減\t備考\n"
        "架空一部\t人件費\t10\t11\t1\t\n"
        "\t物件費\t5\t6\t1\t\n"
        "\t\t\t\t\t計\n"
    )
    assert [b for b in _blocks(text) if b.kind == "table"]


def test_thousands_of_one_part_lines_at_the_margin_do_not_exhaust_the_stack() -> None:
    """Regression: a spreadsheet's interchange file (one value a line, thousands of them)
    made the outline finder ask, line after line, whether the next line roots a tree, each
    question one call deeper, until Python's recursion limit failed the document."""
    text = "\n".join(f"架空の値{k}" for k in range(5_000)) + "\n"
    assert len(_blocks(text)) >= 1
