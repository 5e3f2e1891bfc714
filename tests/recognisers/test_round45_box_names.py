"""A plan's system drawn as boxes and copied as text (Preview): the goals' boxes first, then
the 施策's, each name cut at its box's width, then a page per 施策 with its whole name. Each
施策 keeps its own code (「施策1-1」 listed after 「基本目標2」 is 1-1, no step of goal 2)
and its whole name. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_TEXT = (
    "第２章　施策の体系\n"
    "１　施策の体系図\n"
    "基本目標１\n架空の子どもを産み\n育てるまち\n"
    "基本目標２\n架空の健やかに支え\n合うまち\n"
    "施策１－１\n架空の結婚・出産の切れ\n目ない支援\n"
    "施策２－１\n架空の健康づくりと医\n療の充実\n"
    "― 11 ―\n"
    "施策１－１　架空の結婚・出産の切れ目ない支援\n"
    "主担当　架空部　架空課\n"
    "施策２－１　架空の健康づくりと医療の充実\n"
    "主担当　架空部　架空課\n"
)


def test_a_code_finer_than_the_goal_above_keeps_its_own_goal() -> None:
    codes = {c.normalized for c in parsed_as_read(_TEXT).policy_codes}
    assert "1-1" in codes and "2-1-1" not in codes and "2-2-1" not in codes


def test_a_name_cut_at_its_box_takes_the_whole_name_printed_later() -> None:
    labels = {c.normalized: c.label for c in parsed_as_read(_TEXT).policy_codes}
    assert labels["1-1"] == "架空の結婚・出産の切れ目ない支援"
