"""An org chart drawn in a sheet's cells and saved as CSV: each box's text in its top-left
cell, a unit's parts stacked under it within its column band (the band runs from the box's
cell to the next box of its row). Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read
from tests.recognisers.test_round41_staff_tables import _SHEET_CHART


def _parents() -> dict[str, str | None]:
    return {o.name: o.parent for o in parsed_as_read(_SHEET_CHART, "chart.csv").organizations}


def test_a_box_stacked_under_a_units_box_is_a_part_of_it() -> None:
    parents = _parents()
    assert parents["架空企画係"] == "架空推進課" and parents["架空推進係"] == "架空振興課"


def test_a_box_in_the_top_row_of_a_block_of_cells_is_a_unit_too() -> None:
    assert _parents()["架空総務係"] == "架空推進課"


def test_a_box_within_a_broader_boxs_band_is_of_that_unit() -> None:
    parents = _parents()
    assert parents["架空福祉課"] == "架空保健センター"
    assert parents["架空健康課"] == "架空保健センター"  # two cells right of the センター's box


def test_a_posts_box_heads_no_band() -> None:
    assert "センター長" not in _parents()


def test_a_dense_table_of_units_is_no_drawn_chart() -> None:
    """A 新旧 comparison (部 | 課 | 部 | 課) fills its few columns row by row: the unit in the
    row above is no box the row's unit is drawn under."""
    table = (
        "旧部,旧課,新部,新課,備考\n"
        "架空産業部,架空商工課,架空こども部,架空家庭課,改称\n"
        ",架空農林課,,架空家庭センター,新設\n"
        "架空建設部,架空土木課,架空産業部,架空商工課,\n"
        ",架空計画課,,架空農林課,\n"
    )
    parents = {o.name: o.parent for o in parsed_as_read(table, "t.csv").organizations}
    assert parents.get("架空商工課") != "架空家庭センター"
