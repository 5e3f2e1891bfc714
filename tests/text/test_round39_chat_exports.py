"""A city account's talk history saved from a messaging app (「10:01⇥架空町⇥"…」, a message
over several lines in double quotes) is read as its messages' text: the time and sender
go, so a message's first line (a project's name) is read as a line of its own; a sticker
or photo carries no text. Fictional examples."""

from __future__ import annotations

from loaders.text.chat_exports import unwrap_chat_messages
from tests.recognisers._facts_of import parsed_as_read

_TALK = (
    "[LINE] 架空町とのトーク履歴\n"
    "保存日時：2026/04/12 20:47\n"
    "\n"
    "2026/04/02(木)\n"
    '09:30\t架空町\t"【令和8年度の主な事業①】\n'
    "\n"
    '🧒子育て・教育"\n'
    '09:30\t架空町\t"◆架空子育て応援給付金事業\n'
    "　4,800万円\n"
    "　お子さん1人につき年3万円を支給します\n"
    "　（担当：架空子育て支援課）\n"
    "\n"
    "◆架空タブレット更新事業\n"
    "　1億2,600万円\n"
    "　児童生徒用タブレットを更新します\n"
    '　（担当：架空教育総務課）"\n'
    "09:31\t架空町\t[スタンプ]\n"
    "21:05\tあなた\t予算\n"
)


def test_a_message_reads_as_its_text_alone() -> None:
    text = unwrap_chat_messages(_TALK)
    assert "◆架空子育て応援給付金事業" in text.split("\n")
    assert "09:30" not in text and "\t" not in text


def test_a_sticker_carries_no_text() -> None:
    assert "[スタンプ]" not in unwrap_chat_messages(_TALK)


def test_a_doubled_quote_inside_a_message_is_one_quote() -> None:
    talk = '10:00\t町\t"「""架空号""」を運行します"\n10:01\t町\tA\n10:02\t町\tB\n'
    assert '「"架空号"」を運行します' in unwrap_chat_messages(talk)


def test_text_with_few_timed_lines_is_left_as_it_is() -> None:
    text = "会議次第\n10:00\t開会\t議長\n11:00\t閉会\t議長\n"
    assert unwrap_chat_messages(text) == text


def test_the_projects_of_a_talk_are_read_with_their_unit_in_charge() -> None:
    """The unit in charge closes each project's lines, after a line of description."""
    projects = {(p.name, p.budget, p.division) for p in parsed_as_read(_TALK).projects}
    assert ("架空子育て応援給付金事業", 48_000_000, "架空子育て支援課") in projects
    assert ("架空タブレット更新事業", 126_000_000, "架空教育総務課") in projects
