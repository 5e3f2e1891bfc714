"""Round 28: a table flattened to one slash-separated record a line (Word text) is read
as a table, its first line the header (invented document)."""

from __future__ import annotations

from loaders.structure import read_structure


def _tables(text: str) -> list:
    return [b.table for b in read_structure(text).blocks if b.kind == "table"]


def test_slash_separated_records_under_a_line_of_labels_are_a_table() -> None:
    text = (
        "３　予算\n"
        "　会計／令和７年度／令和６年度\n"
        "　一般会計／１，２００／１，１００\n"
        "　架空特別会計／３００／２９０\n"
    )
    (table,) = _tables(text)
    assert table.header == ["会計", "令和7年度", "令和6年度"]
    assert [c.text for c in table.rows[1]] == ["架空特別会計", "300", "290"]


def test_a_rule_under_the_slashed_header_is_no_row() -> None:
    text = (
        "施設名／所管課／延床面積\n"
        "－－－－－－－－－－－－\n"
        "架空会館／総務課／１，２００㎡\n"
        "架空体育館／教育課／２，４００㎡\n"
    )
    (table,) = _tables(text)
    assert table.header == ["施設名", "所管課", "延床面積"]
    assert [r[0].text for r in table.rows] == ["架空会館", "架空体育館"]
