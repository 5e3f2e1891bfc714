"""Tables as the reader builds them from text lines."""

from __future__ import annotations

from loaders.structure.tables import delimited_table
from loaders.text.normalize import lines_with_offsets


def test_a_body_row_that_repeats_the_header_is_not_data() -> None:
    """Two tables of one kind with no line between them (a PDF page break swallows the blank
    line) arrive as one; the second header is the header printed again, not a row."""
    text = "取組名\t概要\n花壇の整備\t春に植える\n取組名\t概要\n歩道の清掃\t月に一度\n"
    table = delimited_table(lines_with_offsets(text), "tab")
    assert table is not None
    assert [row[0].text for row in table.rows] == ["花壇の整備", "歩道の清掃"]
