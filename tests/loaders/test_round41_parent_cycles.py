"""A unit read as its own parent, or a ring of units each the parent of the next, reaches no
body: the link closing the ring is dropped so the document is stored, not quarantined.
Regression: 「X部X部」 (two cells of one sheet run together) made X部 its own parent and
failed the whole document. Fictional examples."""

from __future__ import annotations

from loaders.facts import Organization
from loaders.genres.parent_cycles import without_parent_cycles
from tests.recognisers._facts_of import unit_parents


def test_a_unit_that_is_its_own_parent_states_no_parent() -> None:
    units = [Organization("架空部", "department", "架空部")]
    without_parent_cycles(units)
    assert units[0].parent is None


def test_a_ring_of_units_is_cut_where_it_closes() -> None:
    units = [
        Organization("架空課", "division", "架空部"),
        Organization("架空部", "department", "架空局"),
        Organization("架空局", "department", "架空課"),
    ]
    without_parent_cycles(units)
    assert [u.parent for u in units] == ["架空部", "架空局", None]


def test_units_run_together_make_no_unit_its_own_parent() -> None:
    parents = unit_parents("担当部\t担当課\n架空部架空部\t架空総務課\n架空部\t架空企画課\n")
    assert parents.get("架空部") != "架空部"
