"""A paper printed with line numbers down its margin (行番号), as `pdftotext -layout` leaves
it: the numbers are blanked, the lines read as they would without them. A list numbered 1,
2, 3 … and a table given a cell a line keep their numbers. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.line_numbers import blank_line_numbers

_PAPER = "\n".join(
    [
        "  1                            令和８年度　架空部　部局運営方針",
        "  2",
        "  3    １　部の使命",
        "  4    　架空の暮らしを支えるため、都市基盤を計画的に整備する。",
        "  5",
        "  6    ２　重点取組",
        "  7    （１）架空道路の確保",
        "  8    　架空道路の改良により、安全に通行できる道路網を確保する。",
        "  9",
        " 10    （２）架空住宅の安全性の向上",
        " 11    　架空住宅の耐震改修への支援を継続する。",
    ]
)


def test_a_margins_numbers_are_blanked_in_place() -> None:
    blanked = blank_line_numbers(_PAPER)
    assert len(blanked) == len(_PAPER)
    assert not any(line[:4].strip() for line in blanked.split("\n"))


def test_the_lines_read_as_headings_without_their_numbers() -> None:
    doc = read_structure(_PAPER, labels=all_labels())
    headings = [(b.number, b.text) for b in doc.blocks if b.kind == "heading" and b.number]
    assert ("(1)", "架空道路の確保") in headings


def test_a_numbered_list_keeps_its_numbers() -> None:
    listed = "\n".join(f"{n}  架空取組その{n}" for n in range(1, 13))
    assert blank_line_numbers(listed) == listed


def test_a_tables_row_numbers_a_line_each_are_kept() -> None:
    rows = "\n".join(f"{n}\n架空項目{n}\n架空課\nA" for n in range(1, 11))
    assert blank_line_numbers(rows) == rows
