"""ア イ ウ entries under a numbered heading: イ goes on the list ア opened, at ア's level,
whatever sits between them (a table of figures, a bulleted line)."""

from __future__ import annotations

from loaders.structure import read_structure
from loaders.structure.numbering import leading_numbering


def test_katakana_entries_count_in_their_order() -> None:
    numbers = [leading_numbering(f"{k}　架空の取組") for k in "アイウ"]
    assert [n.parts if n else None for n in numbers] == [(1,), (2,), (3,)]


def test_the_second_katakana_entry_stays_under_the_heading_of_the_first() -> None:
    """「イ」 after a table of figures under 「ア」 (the list nested deeper than its style's
    rank, under a title): a sibling of 「ア」 under 「(1)」, not a heading of 「(1)」's rank."""
    text = (
        "令和7年度 架空部 運営方針\n\n"
        "1. 架空の重点取組\n"
        "(1) 架空の施策\n"
        "　ア　架空の取組その一\n"
        "　　・架空事業甲\t100万円\t(架空課)\n"
        "　　・架空事業乙\t200万円\t(架空課)\n"
        "　イ　架空の取組その二\n"
        "　　・架空事業丙\t300万円\t(架空課)\n"
        "(2) 架空の施策その二\n"
        "　ア　架空の取組その三\n"
    )
    doc = read_structure(text)
    headings = {b.number: b for b in doc.blocks if b.kind == "heading" and b.number}
    first = next(b for b in doc.blocks if b.number == "ア")
    second = headings["イ"]
    assert second.level == first.level
    assert second.parent is not None and doc.blocks[second.parent].number == "(1)"
