"""A staff table that prints each 係 on a line of its own under its 課 (the 課's other cells
blank), and one whose long 係 cell reaches right up to the next column's label: both stay
one table, every cell under its label. Fictional examples."""

from __future__ import annotations

import re

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure


def _tables(text: str) -> list[list[list[str]]]:
    doc = read_structure(text, labels=all_labels())
    return [
        [b.table.header, *([c.text for c in r] for r in b.table.rows)]
        for b in doc.blocks
        if b.table is not None
    ]


_SPARSE = (
    "■課・係と職員数\n"
    "\n"
    "　区分        課                係                      職員数\n"
    "　────────────────────────────────\n"
    "　町長部局    架空総務課                            １６人（１６）\n"
    "　                              架空総務係\n"
    "　                              架空財政係\n"
    "　                              架空防災係\n"
    "　            架空企画課                                ９人（８）\n"
    "　                              架空企画係\n"
    "　                              架空情報係\n"
    "　            架空税務課                            １２人（１２）\n"
    "　                              架空住民税係\n"
    "　                              架空資産税係\n"
    "　                              架空収納係\n"
    "　            架空住民課                            １４人（１４）\n"
    "　                              架空住民係\n"
    "　                              架空戸籍係\n"
    "　                              架空年金係\n"
    "　            架空福祉課                            １５人（１５）\n"
    "　                              架空福祉係\n"
    "　                              架空介護係\n"
    "　会計        架空会計課                                ４人（４）\n"
    "　────────────────────────────────\n"
    "　合計                                              ７０人（６９）\n"
)


def test_sections_on_lines_of_their_own_stay_rows_of_the_table() -> None:
    tables = _tables(_SPARSE)
    assert len(tables) == 1
    header, *rows = tables[0]
    assert header == ["区分", "課", "係", "職員数"]
    assert ["", "", "架空財政係"] in rows
    assert ["", "架空企画課", "", "9人(8)"] in rows
    assert ["会計", "架空会計課", "", "4人(4)"] in rows
    assert ["合計", "", "", "70人(69)"] in rows


def test_counts_at_a_charts_places_are_no_chart_of_names() -> None:
    """「９人（８）」 beside each 課 is a count, no box of an organisation chart."""
    doc = read_structure(_SPARSE, labels=all_labels())
    assert not any(
        b.kind == "item" and re.fullmatch(r"[0-9]+人\([0-9]+\)", b.text) for b in doc.blocks
    )


_REACHING = (
    "課・室                  係                                  令和８年度  令和７年度    増減\n"
    "部長                    －                                         1         1       0\n"
    "架空政策課              架空企画係・架空温暖化対策係              12        11       1\n"
    "架空事業課              架空業務係・架空管理係・清掃センター        56        58     △2\n"
    "部計                                                              69        70     △1\n"
)


def test_a_row_with_a_blank_cell_keeps_its_figures_under_their_labels() -> None:
    """The 係 of one row runs right up to where 「令和８年度」 opens: still two columns, so the
    部計 row, its 係 cell blank, has its figures under the years."""
    header, *rows = _tables(_REACHING)[0]
    assert header == ["課・室", "係", "令和8年度", "令和7年度", "増減"]
    assert ["部計", "", "69", "70", "△1"] in rows
