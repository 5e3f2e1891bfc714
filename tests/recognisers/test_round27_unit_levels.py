"""Round 27: an organisation table whose hierarchy is a column of level numbers (階層)."""

from __future__ import annotations

from _facts_of import unit_parents

_TABLE = (
    "組織一覧\n"
    "\n"
    "階層\t組織名\t組織コード\n"
    "0\t青葉台市\t0000\n"
    "1\t総務部\t0100\n"
    "2\t総務課\t0110\n"
    "3\t庶務係\t0111\n"
    "2\t人事課\t0120\n"
    "1\t市民部\t0200\n"
    "2\t市民課\t0210\n"
)


def test_a_row_belongs_to_the_row_above_one_level_up() -> None:
    parents = unit_parents(_TABLE)
    assert parents["総務課"] == "総務部"
    assert parents["庶務係"] == "総務課"
    assert parents["人事課"] == "総務部"
    assert parents["市民課"] == "市民部"
    assert parents["総務部"] is None  # the body at level 0 is no unit's parent
