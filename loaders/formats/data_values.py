"""How one value of a structured data file (JSON, YAML, XML, a feed, a calendar) is printed.

Data files hold numbers, dates and strings where a page prints text; printing them the way
a saved page or a TSV export does (integers without ".0", dates in Japanese, a description
holding HTML read as the page it is) lets the recognisers read them as they read pages.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Any

from loaders.formats.mediawiki import is_wikitext, render_wikitext
from loaders.formats.spreadsheet import cell_text
from loaders.text.document_text import extract_main_text

# a string holding markup: an RSS description's escaped HTML, an API field with <p> or <br>
_MARKUP = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>|</[a-zA-Z][a-zA-Z0-9]*>")
# 2024-04-01, 2024-04-01T10:00:00+09:00: a machine's date, printed as a page prints it
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?)?$")
SHORT_VALUE = 80  # a longer string is prose, printed as lines of its own under its key


def scalar_text(value: Any) -> str:
    """A scalar as one cell or field value: no line breaks, integers without ".0", HTML as
    its text, and a date (an ISO date string, a date value) as a page prints it,
    「2024年4月1日」."""
    if isinstance(value, str) and has_markup(value):
        return " ".join(" ".join(prose_lines(value)).split())
    if isinstance(value, datetime.date):
        return japanese_date(value)
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return japanese_date(datetime.datetime.fromisoformat(value.strip()))
        except ValueError:
            pass
    return cell_text(value)


# 「年度_令和：5」: a year's number under a key naming its era (a database's field name holds
# no brackets, so 年度（令和） is saved so), printed as a page prints it: 令和5年度
_ERA_KEY = re.compile(
    r"^(?P<word>年度|年)?[_＿\s(（]?(?P<era>令和|平成|昭和)[)）]?(?P<after>年度|年)?$"
)
_ERA_NUMBER = re.compile(r"^(?:[0-9]{1,2}|元)$")


@lru_cache(maxsize=1024)
def _era_of_key(key: str) -> tuple[str, str] | None:
    """(era, year word) a key names (「年度_令和」 → 令和, 年度), read once per key: a table's
    column key is asked for every row."""
    era = _ERA_KEY.match(key.strip())
    return (era.group("era"), era.group("word") or era.group("after") or "年度") if era else None


def era_key_word(key: str) -> str | None:
    """「年度」 for a key naming an era (年度_令和, 令和年度): its values print the era."""
    era = _era_of_key(key)
    return era[1] if era else None


def keyed_text(key: str, value: Any) -> str:
    """`scalar_text`, a bare year under a key naming its era read in that era."""
    text = scalar_text(value)
    era = _era_of_key(key)
    if era is not None and _ERA_NUMBER.match(text.strip()):
        return f"{era[0]}{text.strip()}{era[1]}"
    return text


def has_markup(text: str) -> bool:
    return _MARKUP.search(text) is not None


_BLOCK_MARKUP = re.compile(r"<(?:table|ul|ol|dl|h[1-6])\b", re.IGNORECASE)


def has_blocks(text: str) -> bool:
    """HTML holding a table, a list or headings: too much for one cell of a table."""
    return bool(_BLOCK_MARKUP.search(text))


def is_prose(value: Any) -> bool:
    """A string printed as paragraphs: several lines, HTML, or too long for a field line."""
    return isinstance(value, str) and (
        "\n" in value.strip() or len(value) > SHORT_VALUE or has_markup(value)
    )


def prose_lines(text: str) -> list[str]:
    """A string's lines as a page prints them: HTML (an escaped description, a CMS field)
    through the project's HTML reading, so its tables stay tab-separated rows; plain text
    as its own non-empty lines."""
    if is_wikitext(text):  # a wiki page's source in an API's field
        text = render_wikitext(text)
    elif has_markup(text):
        text = extract_main_text(f"<div>{text}</div>")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # (a table row's empty last cells kept: 「特別会計⇥⇥」 is a group's row, not a name
    # broken over two rows)
    return [line.rstrip(" \u3000") if "\t" in line else line.rstrip()
            for line in lines if line.strip()]  # fmt: skip


def japanese_date(value: datetime.date | datetime.datetime) -> str:
    """「2024年5月1日」, with the time when it is not midnight (「2024年5月1日 10:00」)."""
    day = f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, datetime.datetime) and value.time() != datetime.time():
        return f"{day} {value.hour}:{value.minute:02d}"
    return day
