"""An organisation chart drawn with box characters, growing to the right (a 機構図's text):
each name under the name it is joined to, or under the name left of the fork its branch
hangs from (fictional examples)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "recognisers"))

from _facts_of import unit_parents

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_CHART = (
    "架空町行政組織機構図\n"
    "\n"
    "町長 ─┬─ 副町長 ─┬─ 架空総務課 ───┬─ 架空総務係\n"
    "      │          │                ├─ 架空財政係\n"
    "      │          │                └─ 架空税務係\n"
    "      │          │\n"
    "      │          └─ 架空企画課 ───┬─ 架空企画係\n"
    "      │                           └─ 架空推進室\n"
    "      │\n"
    "      └─ 会計管理者 ── 架空会計室\n"
    "\n"
    "架空教育委員会 ── 教育長 ── 架空教育委員会事務局 ── 架空教育課 ─┬─ 架空学校教育係\n"
    "                                                              └─ 架空社会教育係\n"
)


def test_a_drawn_chart_is_read_as_a_nested_list_of_its_names() -> None:
    doc = read_structure(_CHART, labels=all_labels())
    items = [(b.text, b.level) for b in doc.blocks if b.kind == "item"]
    assert items[:6] == [
        ("町長", 0), ("副町長", 1), ("架空総務課", 2),
        ("架空総務係", 3), ("架空財政係", 3), ("架空税務係", 3),
    ]  # fmt: skip
    assert ("架空企画課", 2) in items
    assert ("架空会計室", 2) in items


def test_each_unit_of_a_drawn_chart_sits_under_the_unit_it_hangs_from() -> None:
    parents = unit_parents(_CHART)
    assert parents["架空財政係"] == "架空総務課"
    assert parents["架空税務係"] == "架空総務課"
    assert parents["架空推進室"] == "架空企画課"
    assert parents["架空社会教育係"] == "架空教育課"
    assert parents["架空教育課"] == "架空教育委員会事務局"


def test_a_branch_typed_a_place_or_two_off_its_line_still_hangs_from_its_fork() -> None:
    # the fork after a wide name and the branch under it two columns apart, as typed by hand
    chart = (
        "町長 ─┬─ 架空総務課 ─────┬─ 架空総務係\n"
        "      │                    ├─ 架空財政係\n"
        "      └─ 架空企画課\n"
    )
    assert unit_parents(chart)["架空財政係"] == "架空総務課"


def test_a_plan_s_system_drawn_with_strokes_stays_an_outline_of_codes() -> None:
    text = (
        "  Ⅰ 架空のまち ─ Ⅰ-1 架空健康づくり ──── Ⅰ-1-1 架空予防\n"
        "                 └ Ⅰ-2 架空子育て支援 ─── Ⅰ-2-1 架空支援\n"
    )
    doc = read_structure(text, labels=all_labels())
    assert not [b for b in doc.blocks if b.kind == "item" and b.number is None]


def test_a_room_nested_under_a_division_in_a_list_is_inside_it() -> None:
    text = (
        "2 部の組織と職員数\n"
        "・架空福祉部 112人\n"
        "  ・架空総務課 18人\n"
        "    ・架空支援室\n"
        "  ・架空障害課 21人\n"
    )
    assert unit_parents(text)["架空支援室"] == "架空総務課"
