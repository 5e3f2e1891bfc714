"""Round 33: a tab row that opens with an empty cell keeps its cells where they stand
(fictional example)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure


def test_a_row_opening_with_an_empty_cell_takes_no_cells_from_the_row_above() -> None:
    doc = read_structure(
        "区分\t組織名\t令和7年\t令和6年\t増減\t定数\t備考\n"
        "架空部局\t架空総務局\t385\t373\t12\t400\t局長を含む\n"
        "\t架空人事部\t142\t140\t2\n",
        labels=all_labels(),
    )
    table = next(b.table for b in doc.blocks if b.kind == "table" and b.table)
    assert [c.text for c in table.rows[1]][:3] == ["", "架空人事部", "142"]
