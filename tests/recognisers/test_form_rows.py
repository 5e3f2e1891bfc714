"""Form rows: a policy's code row and name row read as one policy."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.recognisers.form_rows import code_name_field, subject_pair
from loaders.structure import StructuredDocument, read_structure


def read(text: str) -> StructuredDocument:
    return read_structure(text, labels=all_labels())


def _pairs(text: str) -> list[tuple[str, str]]:
    doc = read(text)
    found = []
    for block in doc.blocks:
        if (pair := subject_pair(doc, block)) is not None:
            found.append((pair[0].normalized, (pair[1].value or "").strip()))
    return found


def test_a_colon_code_row_then_a_name_row_is_a_pair() -> None:
    assert _pairs("施策番号：2-4\n施策名：港の活性化\n") == [("2-4", "港の活性化")]


def test_a_padded_code_row_read_as_a_heading_then_a_name_row_is_a_pair() -> None:
    doc = read("施策番号　2-4\n施策名　　港の活性化\n")
    heading = next(iter(doc.of_kind("heading")))
    named = code_name_field(doc, heading)
    assert named is not None and named.value == "港の活性化"
    assert _pairs("施策番号　2-4\n施策名　　港の活性化\n") == [("2-4", "港の活性化")]


def test_a_code_row_followed_by_another_coded_level_is_no_pair() -> None:
    assert _pairs("施策番号：2-4\n政策：2 海のまち\n") == []


def test_a_code_row_with_a_name_on_its_own_line_is_no_pair() -> None:
    assert _pairs("施策番号：2-4 港の活性化\n施策名：港の活性化\n") == []
