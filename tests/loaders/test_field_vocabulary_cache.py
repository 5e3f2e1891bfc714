"""`field_of` is asked about the same cells and labels hundreds of times per document; it
remembers its answers (issue 10: the scan over every known label was a third of parsing)."""

from __future__ import annotations

import pytest

from loaders import field_vocabulary
from loaders.field_vocabulary import field_of, labels_of


def test_a_repeated_label_is_answered_without_scanning_the_labels_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans = 0
    longest_first = field_vocabulary._longest_first

    def counted() -> tuple[str, ...]:
        nonlocal scans
        scans += 1
        return longest_first()

    monkeypatch.setattr(field_vocabulary, "_longest_first", counted)
    label = "架空年度の特別な予算額"  # a fictional label ending in a known one: a scan
    first = field_of(label)
    assert first == field_of(label) == field_of(label)
    assert scans <= 1


def test_remembered_answers_are_those_of_the_first_call() -> None:
    for label in ("予算額(千円)", "令和4年度予算額", "目標値(2027年度)", "ただの文章です"):
        assert field_of(label) == field_of(label)
        assert field_of(label, exact=True) == field_of(label, exact=True)
    assert field_of("予算額(千円)") == "budget"


def test_labels_of_gives_a_fresh_list_each_time() -> None:
    labels = labels_of("budget")
    labels.clear()  # a caller may change its copy
    assert labels_of("budget")
