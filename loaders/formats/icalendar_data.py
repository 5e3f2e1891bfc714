"""iCalendar (.ics) files → one heading per event, its date, place and description.

A city's event calendar is a data file too: each VEVENT's SUMMARY names a meeting, a course
or a consultation day, its DESCRIPTION holds prose (who runs it, what it costs). The
`icalendar` library unfolds the 75-octet lines, unescapes 「\\,」 「\\n」 and reads DTSTART
with its time zone, which a hand-written unfolding would each get subtly wrong; the event
is printed as a page listing it would: 「# 講座名」, 「日時：2024年5月1日 10:00」,
「場所：…」 and the description's lines.
"""

from __future__ import annotations

import datetime
from typing import Any

from loaders.formats.data_values import japanese_date, prose_lines
from loaders.formats.located import SourceText, TextBuilder
from loaders.text.errors import DocumentError


def parse_calendar(text: str, file: str) -> list[Any]:
    """The calendars in the file (usually one); a broken file is refused."""
    import icalendar

    try:
        calendars = list(icalendar.Calendar.from_ical(text, multiple=True))
    except (ValueError, KeyError, IndexError, TypeError) as error:
        reason = " ".join(str(error).split())[:200]
        raise DocumentError(file, f"malformed iCalendar: {reason}") from error
    if not calendars:
        raise DocumentError(file, "malformed iCalendar: no complete component (a BEGIN"
                            " without its END?)")  # fmt: skip
    return calendars


def _when(event: Any, name: str) -> str:
    try:
        value = event.decoded(name)
    except (KeyError, ValueError, TypeError):
        return ""
    if isinstance(value, datetime.date):
        return japanese_date(value)
    return ""


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):  # a property given twice (CATEGORIES on two lines)
        return "、".join(str(getattr(v, "cats", v)) for v in value)
    cats = getattr(value, "cats", None)
    return "、".join(str(c) for c in cats) if cats is not None else str(value)


def render_calendar(text: str, file: str) -> SourceText:
    out = TextBuilder()
    k = 0
    for calendar in parse_calendar(text, file):
        if name := " ".join(_text(calendar, "X-WR-CALNAME").split()):
            out.line(name, path="VCALENDAR")  # the page's title line
        for line in prose_lines(_text(calendar, "X-WR-CALDESC")):
            out.line(line, path="VCALENDAR")
        for event in calendar.walk("VEVENT"):
            k += 1
            path = f"VEVENT[{k}]"
            summary = " ".join(_text(event, "SUMMARY").split()) or "（無題）"
            if out.length:
                out.write("\n")
            out.line(f"# {summary}", path=path)
            if start := _when(event, "DTSTART"):
                out.line(f"日時：{start}", path=f"{path}/DTSTART")
            for label, prop in (("場所", "LOCATION"), ("分類", "CATEGORIES")):
                if value := " ".join(_text(event, prop).split()):
                    out.line(f"{label}：{value}", path=f"{path}/{prop}")
            for line in prose_lines(_text(event, "DESCRIPTION")):
                out.line(line, path=f"{path}/DESCRIPTION")
    return SourceText(out.text(), out.map)
