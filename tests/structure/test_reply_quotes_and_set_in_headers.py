"""A reply's quoted text read as written, and a header set in over the columns after the
first (fictional examples)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.reply_quotes import blank_quote_marks

_REPLY = (
    "各課長 様\n"
    "修正を反映しました。\n"
    "\n"
    "> > ■３　目標と取組\n"
    "> > 　【目標１】架空に強いまち\n"
    "> > 　　取組①　架空組織の活動支援（担当：架空振興課）\n"
    ">>\n"
    ">> ４ 架空区役所の職員数\n"
)

_SET_IN = (
    "４ 架空区役所の組織と職員数（単位：人）\n"
    "　　　　　　　　　　　　　　R6　　R7\n"
    "　架空総務課　　　　　　　 18　　18\n"
    "　架空区民部　　　　　　　 75　　75\n"
    "　　架空戸籍課　　　　　　 32　　31\n"
)


def test_quote_marks_are_blanked_to_spaces_keeping_offsets() -> None:
    blanked = blank_quote_marks(_REPLY)
    assert len(blanked) == len(_REPLY)
    assert ">" not in blanked
    assert "■３　目標と取組" in blanked


def test_quoted_lines_set_in_read_with_their_numbering() -> None:
    doc = read_structure(_REPLY, labels=all_labels())
    numbered = {(b.prefix, b.number) for b in doc.blocks if "架空組織の活動支援" in b.text}
    assert ("取組", "①") in numbered


def test_a_line_with_no_quote_marks_is_left_as_it_is() -> None:
    text = "予算額 → 1,000千円\n差額 > 0\n"
    assert blank_quote_marks(text) == text


def test_labels_set_in_over_the_later_columns_head_them_with_a_blank_first() -> None:
    doc = read_structure(_SET_IN, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header == ["", "R6", "R7"]
    assert [c.text for c in table.rows[0]] == ["架空総務課", "18", "18"]
