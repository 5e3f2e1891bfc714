"""A table of two space-aligned columns (「組織    職員数」 over 「架空総務課    22」): two
columns alone are also a label and its value, so the header's second label must name a field
and every row be a name and a figure."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure
from loaders.structure.blocks import Table

STAFF = """組織別職員数

    組　織                  職員数
    架空総務部                40
    　架空総務課              22
    　架空人事課              18
"""


def _tables(text: str) -> list[Table]:
    doc = read_structure(text, labels=all_labels())
    return [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]


def test_two_columns_under_a_field_label_are_a_table() -> None:
    (table,) = _tables(STAFF)
    assert table.header[1] == "職員数"
    assert [[c.text for c in row] for row in table.rows][1] == ["架空総務課", "22"]


def test_label_and_value_lines_under_no_field_label_are_no_table() -> None:
    text = (
        "案内\n\n    所在地          架空市中央1-2\n    電話            0120-000\n"
        "    開館            9時\n"
    )
    assert _tables(text) == []


def test_rows_must_print_a_figure_beside_a_name() -> None:
    text = "予算\n\n    区分          予算額\n    架空事業      未定\n    架空事業二    検討中\n"
    assert _tables(text) == []


def test_the_staff_of_a_two_column_table_are_read() -> None:
    facts = parse_document("令和7年度 " + STAFF, file="x.txt", municipality_code="999989",
                           municipality="青葉台市", prefecture=None)  # fmt: skip
    assert {(s.organization, s.count) for s in facts.staff} >= {
        ("架空総務課", 22),
        ("架空人事課", 18),
    }
