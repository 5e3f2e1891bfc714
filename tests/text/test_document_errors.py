from pathlib import Path

import pytest

from loaders.text.errors import DocumentError


def test_message_names_file_line_and_problem() -> None:
    assert (
        str(DocumentError("kashiwa.txt", "no title", line=12)) == "kashiwa.txt: line 12: no title"
    )


def test_message_without_line_names_file_and_problem() -> None:
    assert str(DocumentError("kashiwa.txt", "empty document")) == "kashiwa.txt: empty document"


def test_attributes_are_kept() -> None:
    error = DocumentError("a.txt", "bad", line=3)
    assert (error.file, error.problem, error.line) == ("a.txt", "bad", 3)


def test_is_a_value_error() -> None:
    assert isinstance(DocumentError("a.txt", "bad"), ValueError)


def test_text_with_too_many_lines_is_refused_with_the_count(tmp_path: Path) -> None:
    """Issue 11, finding 8: a 1-million-line text took 59 s and 1.5 GB to ingest."""
    from loaders.text.document_text import read_document

    path = tmp_path / "long.txt"
    path.write_text("行\n" * 1_000, encoding="utf-8")
    with pytest.raises(DocumentError, match="too many lines: 1001"):
        read_document(path, max_lines=500)
