"""Round 25: a heading read from a short line sits under the title marked with one #."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_FEED = (
    "# 令和7年度当初予算案の概要\n"
    "公開日：2025年2月14日\n"
    "当初予算案を取りまとめました。\n"
    "主な事業\n"
    "• 花壇の小径整備事業（3,210万円）\n"
    "# 若葉公園の愛称が決まりました\n"
    "愛称を募集しました。\n"
)


def _heading(doc: object, text: str) -> object:
    return next(b for b in doc.blocks if b.kind == "heading" and b.text == text)  # type: ignore[attr-defined]


def test_a_plain_heading_under_a_hash_title_is_its_section() -> None:
    doc = read_structure(_FEED, labels=all_labels())
    title = _heading(doc, "令和7年度当初予算案の概要")
    section = _heading(doc, "主な事業")
    assert section.parent == title.index


def test_the_next_hash_title_closes_the_section() -> None:
    doc = read_structure(_FEED, labels=all_labels())
    second = _heading(doc, "若葉公園の愛称が決まりました")
    assert second.parent is None
