"""iCalendar files: folded lines joined, escapes undone, one heading per event with its
date, place and description, and the facts in the descriptions found."""

from __future__ import annotations

from pathlib import Path

import pytest
from data_documents import EVENTS_ICS, facts_of, lines, write

from loaders.formats import read_source
from loaders.text.errors import DocumentError


def test_each_event_is_a_heading_with_its_date_and_place(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "events.ics", EVENTS_ICS))
    assert text[0] == "架空市 行事予定"
    event = text.index("# 星見講座, 第1回")  # 「\\,」 unescaped
    assert text[event + 1 : event + 3] == ["日時：2024年5月11日 10:00", "場所：架空市民会館"]
    assert text[text.index("# 浜辺清掃の日") + 1] == "日時：2024年6月2日"


def test_a_folded_description_is_unfolded_into_its_lines(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "events.ics", EVENTS_ICS))
    assert "定員：40人" in text
    assert "参加費は無料です。申し込みは生涯学習課まで。" in text


def test_the_pipeline_finds_units_in_descriptions(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "events.ics", EVENTS_ICS))
    units = {o.name: o.parent for o in facts.organizations}
    assert units["生涯学習課"] == "架空市教育委員会" and "環境課" in units


def test_an_event_is_mapped_to_its_property(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "events.ics", EVENTS_ICS))
    at = source.text.index("環境課")
    assert source.map is not None
    where = source.map.locate(at, at + 3)
    assert where is not None and where.path == "VEVENT[2]/DESCRIPTION"


def test_a_calendar_saved_as_txt_is_read_as_a_calendar(tmp_path: Path) -> None:
    assert "# 浜辺清掃の日" in lines(write(tmp_path, "calendar.txt", EVENTS_ICS))


def test_an_event_left_open_is_refused(tmp_path: Path) -> None:
    broken = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:甲\r\nEND:VCALENDAR\r\n"
    with pytest.raises(DocumentError, match=r"open\.ics: malformed iCalendar: no complete"):
        read_source(write(tmp_path, "open.ics", broken))


def test_a_line_that_is_no_property_is_refused(tmp_path: Path) -> None:
    broken = "BEGIN:VCALENDAR\r\nこれは予定ではない\r\nEND:VCALENDAR\r\n"
    with pytest.raises(DocumentError, match=r"bad\.ics: malformed iCalendar: .*content line"):
        read_source(write(tmp_path, "bad.ics", broken))
