"""A 総合戦略 report's goals and the sections under them: a named level whose goal ends like a
sentence (「基本目標１　安心して働ける村にする」) is a heading; a bracketed section label
(「＜主な取組＞」) sits under the numbered heading it follows; the goal's 「（１）」 list
restarts under the next goal past a label's section (「【数値目標】」). Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.blocks import Block

_REPORT = (
    "２　基本目標ごとの検証結果\n"
    "\n"
    "基本目標１　しごとをつくり、安心して働ける村にする\n"
    "\n"
    "【数値目標】\n"
    "　架空事業所の従業者数　基準値　６１２人\n"
    "\n"
    "（１）架空農業の振興〔担当：架空産業課〕\n"
    "＜主な取組＞\n"
    "・架空就農者への研修\n"
    "\n"
    "基本目標２　新しい人の流れをつくる\n"
    "\n"
    "【数値目標】\n"
    "　架空転入者数　基準値　４２人\n"
    "\n"
    "（１）架空移住の促進〔担当：架空企画課〕\n"
    "＜主な取組＞\n"
    "・架空バンクの充実\n"
)


def _blocks() -> list[Block]:
    return read_structure(_REPORT, labels=all_labels()).blocks


def _heading(text: str) -> Block:
    return next(b for b in _blocks() if b.kind == "heading" and b.text.startswith(text))


def test_a_named_level_whose_goal_ends_like_a_sentence_is_a_heading() -> None:
    goal = _heading("しごとをつくり")
    assert (goal.prefix, goal.number) == ("基本目標", "1")


def test_a_bracketed_section_label_sits_under_the_numbered_heading_above_it() -> None:
    labels = [b for b in _blocks() if b.kind == "heading" and b.text == "主な取組"]
    assert [b.level for b in labels] == [_heading("架空農業").level + 1] * 2


def test_a_goals_list_restarts_under_the_next_goal_past_a_label_section() -> None:
    first, second = _heading("架空農業"), _heading("架空移住")
    assert first.level == second.level == _heading("新しい人の流れ").level + 1


_SHEET = (
    "基本目標１　しごとをつくる\n"
    "\n"
    "【基本目標の達成状況】\n"
    "　数値目標は達成となっています。\n"
    "\n"
    "施策１－（１）　架空産業の競争力強化" + " " * 40 + "担当課：架空観光課\n"
    "\n"
    "［主な取組］\n"
    "　・架空企業への支援\n"
    "\n"
    "（件）\n"
    "60                               45\n"
    "40         32         38\n"
    "0\n"
)


def _sheet_blocks() -> list[Block]:
    return read_structure(_SHEET, labels=all_labels()).blocks


def test_a_numbered_level_with_its_unit_past_a_wide_gap_is_a_heading() -> None:
    level = next(b for b in _sheet_blocks() if b.number == "1-(1)")
    assert (level.kind, level.text) == ("heading", "架空産業の競争力強化")


def test_a_section_label_the_vocabulary_reads_loosely_still_nests() -> None:
    blocks = _sheet_blocks()
    level = next(b for b in blocks if b.number == "1-(1)")
    label = next(b for b in blocks if b.kind == "heading" and b.text == "主な取組")
    assert label.level == level.level + 1


def test_a_line_of_figures_alone_is_no_heading() -> None:
    figures = [b for b in _sheet_blocks() if b.text.replace(" ", "").isdigit()]
    assert figures and all(b.kind != "heading" for b in figures)
