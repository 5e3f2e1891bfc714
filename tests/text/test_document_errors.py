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
