"""Japanese fiscal years (年度): era names, dates and ranges as printed in documents.

A fiscal year is identified by the Gregorian year it starts in (April–March), so
平成29年度 → 2017 and a date such as 平成31年3月1日 falls in fiscal year 2018.  Documents
also print bare years ("29年度以降"); those are resolved against the year the document is
about (`context`), choosing the era that puts the year nearest to it.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from loaders.text.normalize import fold_width
from loaders.text.numerals import KANJI_DIGIT_CHARS, parse_kanji_number

ERA_STARTS: dict[str, int] = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
ERA_ABBREVIATIONS: dict[str, str] = dict(zip("MTSHR", ERA_STARTS, strict=True))
ERAS: dict[str, int] = {
    **ERA_STARTS,
    **{abbr: ERA_STARTS[name] for abbr, name in ERA_ABBREVIATIONS.items()},
}
FIRST_YEAR, LAST_YEAR = 1868, 2100

_ERA = r"(?:明治|大正|昭和|平成|令和|(?<![A-Za-z])[MTSHR](?=[0-9元]))"
_ERA_YEAR = rf"(?:[0-9]{{1,2}}(?![0-9])|[{KANJI_DIGIT_CHARS}十]{{1,4}}|元)"
_GREGORIAN = r"(?<![0-9,.])(?:1[89][0-9]{2}|2[01][0-9]{2})(?![0-9])"
_MONTH_DAY = r"(?:\s*(?P<month>1[0-2]|0?[1-9])\s*月(?:\s*(?P<day>3[01]|[12][0-9]|0?[1-9])\s*日)?)?"
_SEP = r"\s*(?:~|-|ー|から)\s*"
_YEARS_LONG = r"(?:年間|か年|カ年|ヵ年|ケ年|ヶ年|箇年)"

MentionKind = Literal["fiscal", "calendar", "date", "bare"]


@dataclass(frozen=True)
class YearMention:
    """One year printed in a text: offsets, the fiscal year it means, and how it was printed."""

    start: int
    end: int
    year: int
    kind: MentionKind  # fiscal: …年度/FY; calendar: …年; date: …年M月(D日); bare: 29年度


_ERA_RANGE = re.compile(
    rf"(?P<era1>{_ERA})\s*(?P<n1>{_ERA_YEAR})(?P<fy1>\s*年度)?{_SEP}"
    rf"(?P<era2>{_ERA})?\s*(?P<n2>{_ERA_YEAR})\s*年度"
)
_GREGORIAN_RANGE = re.compile(
    rf"(?:FY\s*)?(?P<g1>{_GREGORIAN})(?P<fy1>\s*年度)?{_SEP}"
    rf"(?P<second>(?:FY\s*)?(?P<g2>{_GREGORIAN})\s*(?P<suffix>年度)?)"
)
_GREGORIAN_YEAR = re.compile(
    rf"(?P<g>{_GREGORIAN})\s*(?:\(\s*{_ERA}\s*{_ERA_YEAR}\s*\))?\s*(?P<unit>年度|年{_MONTH_DAY})"
)
_ERA_YEAR_MENTION = re.compile(
    rf"(?P<era>{_ERA})\s*(?P<n>{_ERA_YEAR})\s*(?:\(\s*(?P<g>{_GREGORIAN})\s*\))?"
    rf"\s*(?P<unit>年度|年{_MONTH_DAY})"
)
_FY = re.compile(rf"FY\s*(?P<g>{_GREGORIAN})")
# 「2022(R4)」 heading a row of a year's values: a bare year, its era year in brackets after it
_GREGORIAN_WITH_ERA = re.compile(
    rf"(?P<g>{_GREGORIAN})\s*\(\s*(?P<era>{_ERA})\s*(?P<n>{_ERA_YEAR})\s*(?:年度)?\s*\)"
)
# "H29", "平成29" alone (a table column header): read as that fiscal year.
_ERA_ONLY = re.compile(rf"(?P<era>{_ERA})\s*(?P<n>{_ERA_YEAR})(?![0-9]|\s*[年./])")
# "2020~24年度": the end year printed with two digits, in the same century.
_SHORT_END_RANGE = re.compile(
    rf"(?P<g1>{_GREGORIAN})(?P<fy1>\s*年度)?{_SEP}(?P<second>(?P<yy>[0-9]{{2}})(?![0-9])\s*年度)"
)
# Numeric dates: 2017/5/1, 2017.5.1, 2017-05-01, H29.4.1, R2/3/31.
_NUMERIC_DATE = re.compile(
    rf"(?:(?P<g>{_GREGORIAN})|(?P<era>{_ERA})(?P<n>[0-9]{{1,2}}|元))"
    rf"(?P<sep>[./-])(?P<month>1[0-2]|0?[1-9])(?P=sep)(?P<day>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
)
_BARE_FISCAL = re.compile(
    rf"(?<![0-9{KANJI_DIGIT_CHARS}十.,])(?P<n>[0-9]{{1,2}}|[{KANJI_DIGIT_CHARS}十]{{1,4}})年度"
)


def era_to_gregorian(era: str, year: int) -> int:
    """Gregorian year of year `year` of an era (元年 is 1); raises ValueError if unknown."""
    if era not in ERAS:
        raise ValueError(f"unknown era {era!r}; known: {', '.join(ERA_STARTS)}")
    if year < 1:
        raise ValueError(f"era year must be ≥ 1, got {year}")
    return ERAS[era] + year - 1


def _era_number(printed: str) -> int | None:
    if printed == "元":
        return 1
    value = parse_kanji_number(printed)
    return value if value is not None and value >= 1 else None


def _era_year(era: str, printed: str) -> int | None:
    number = _era_number(printed)
    return None if number is None else era_to_gregorian(era, number)


def _resolve_bare(number: int, context: int | None) -> int | None:
    """The year an era-less "29年度" means: the era putting it nearest to `context`."""
    if context is None or number < 1:
        return None
    candidates = [start + number - 1 for start in ERA_STARTS.values()]
    return min(candidates, key=lambda year: (abs(year - context), -year))


def fiscal_year_of(date: datetime.date) -> int:
    """Fiscal year a date falls in (April to March)."""
    return date.year if date.month >= 4 else date.year - 1


def _dated(year: int, match: re.Match[str]) -> tuple[int, MentionKind]:
    if match.group("unit") == "年度":
        return year, "fiscal"
    month = match.group("month")
    if month is None:
        return year, "calendar"
    return (year if int(month) >= 4 else year - 1), "date"


def _candidates(text: str, context: int | None) -> list[tuple[int, int, list[YearMention]]]:
    found: list[tuple[int, int, list[YearMention]]] = []
    for m in _ERA_RANGE.finditer(text):
        first = _era_year(m.group("era1"), m.group("n1"))
        second = _era_year(m.group("era2") or m.group("era1"), m.group("n2"))
        if first is not None and second is not None:
            end1 = m.end("fy1") if m.group("fy1") else m.end("n1")
            found.append((m.start(), m.end(), [
                YearMention(m.start(), end1, first, "fiscal"),
                YearMention(m.start("era2") if m.group("era2") else m.start("n2"), m.end(),
                            second, "fiscal"),
            ]))  # fmt: skip
    for m in _GREGORIAN_RANGE.finditer(text):
        if m.group("suffix") is None and "年度" not in m.group() and "FY" not in m.group():
            continue
        found.append((m.start(), m.end(), [
            YearMention(m.start(), m.end("fy1") if m.group("fy1") else m.end("g1"),
                        int(m.group("g1")), "fiscal"),
            YearMention(m.start("second"), m.end(), int(m.group("g2")), "fiscal"),
        ]))  # fmt: skip
    for m in _GREGORIAN_YEAR.finditer(text):
        year, kind = _dated(int(m.group("g")), m)
        found.append((m.start(), m.end(), [YearMention(m.start(), m.end(), year, kind)]))
    for m in _ERA_YEAR_MENTION.finditer(text):
        base = int(m.group("g")) if m.group("g") else _era_year(m.group("era"), m.group("n"))
        if base is not None:
            year, kind = _dated(base, m)
            found.append((m.start(), m.end(), [YearMention(m.start(), m.end(), year, kind)]))
    for m in _SHORT_END_RANGE.finditer(text):
        first = int(m.group("g1"))
        second = first - first % 100 + int(m.group("yy"))
        if second >= first:
            end1 = m.end("fy1") if m.group("fy1") else m.end("g1")
            found.append((m.start(), m.end(), [
                YearMention(m.start(), end1, first, "fiscal"),
                YearMention(m.start("second"), m.end(), second, "fiscal"),
            ]))  # fmt: skip
    for m in _NUMERIC_DATE.finditer(text):
        base = int(m.group("g")) if m.group("g") else _era_year(m.group("era"), m.group("n"))
        if base is not None:
            year = base if int(m.group("month")) >= 4 else base - 1
            found.append((m.start(), m.end(), [YearMention(m.start(), m.end(), year, "date")]))
    for m in _GREGORIAN_WITH_ERA.finditer(text):
        year = int(m.group("g"))
        if _era_year(m.group("era"), m.group("n")) == year:  # the two agree
            found.append((m.start(), m.end(), [YearMention(m.start(), m.end(), year, "fiscal")]))
    for m in _ERA_ONLY.finditer(text):
        year = _era_year(m.group("era"), m.group("n"))
        if year is not None:
            found.append((m.start(), m.end(), [YearMention(m.start(), m.end(), year, "fiscal")]))
    for m in _FY.finditer(text):
        found.append((m.start(), m.end(), [YearMention(m.start(), m.end(), int(m.group("g")),
                                                       "fiscal")]))  # fmt: skip
    for m in _BARE_FISCAL.finditer(text):
        number = parse_kanji_number(m.group("n"))
        year = _resolve_bare(number, context) if number is not None else None
        if year is not None:
            found.append((m.start(), m.end(), [YearMention(m.start(), m.end(), year, "bare")]))
    return found


def year_mentions(text: str, *, context: int | None = None) -> list[YearMention]:
    """Every year printed in `text`, in order, overlapping readings resolved leftmost-longest."""
    return list(_year_mentions(text, context))


@lru_cache(maxsize=8192)
def _year_mentions(text: str, context: int | None) -> tuple[YearMention, ...]:
    """Recognisers ask about the same cell or line again and again (half the calls)."""
    folded = fold_width(text, keep_length=True)
    candidates = sorted(_candidates(folded, context), key=lambda c: (c[0], -(c[1] - c[0])))
    mentions: list[YearMention] = []
    covered_to = 0
    for start, end, found in candidates:
        if start < covered_to:
            continue
        mentions.extend(m for m in found if FIRST_YEAR <= m.year <= LAST_YEAR)
        covered_to = end
    return tuple(mentions)


def find_fiscal_years(text: str, *, context: int | None = None) -> list[tuple[int, int, int]]:
    """(start, end, fiscal year) for every year mention in `text` (see `parse_fiscal_year`)."""
    return [(m.start, m.end, m.year) for m in year_mentions(text, context=context)]


def parse_fiscal_year(s: str, *, context: int | None = None) -> int | None:
    """The fiscal year the first year expression in `s` means, or None.

    "平成29年度"/"2017年度"/"FY2017"/"H29" → 2017; a date → its fiscal year (平成31年3月1日 → 2018);
    a calendar year "平成24年" → 2012; a bare "29年度" → nearest to `context` (None without).
    """
    mentions = year_mentions(s, context=context)
    return mentions[0].year if mentions else None


_PARENTHETICAL = re.compile(r"\([^()]*\)")
_FOR_YEARS = re.compile(
    rf"\s*(?:から|より)\s*(?P<n>[0-9]{{1,3}}|[{KANJI_DIGIT_CHARS}十]{{1,3}})\s*{_YEARS_LONG}"
)


def parse_fiscal_year_range(s: str, *, context: int | None = None) -> tuple[int, int] | None:
    """First (first, last) fiscal-year range in `s`, or None.

    "平成27~30年度" → (2015, 2018); "2008〜2010年度"; "令和2年度~令和6年度";
    "平成30年度から5年間" → (2018, 2022); "2018年度(平成30年度)~2022年度" too.
    """
    folded = fold_width(s, keep_length=True)
    mentions = _without_equivalents(folded, year_mentions(folded, context=context))
    for index, mention in enumerate(mentions):
        for_years = _FOR_YEARS.match(folded, _after_equivalent(folded, mention.end))
        if for_years:
            count = parse_kanji_number(for_years.group("n"))
            if count is not None and count >= 1:
                return mention.year, mention.year + count - 1
        if index + 1 < len(mentions):
            nxt = mentions[index + 1]
            between = _PARENTHETICAL.sub("", folded[mention.end : nxt.start]).strip()
            if re.fullmatch(r"~|-|ー|から", between) and nxt.year >= mention.year:
                return mention.year, nxt.year
    return None


_EQUIVALENT = re.compile(r"\s*\([^()]*\)")
_CLOSING = re.compile(r"\s*\)")


def _after_equivalent(text: str, pos: int) -> int:
    """Skip a bracketed equivalent printed right after a year: 2018年度(平成30年度)."""
    match = _EQUIVALENT.match(text, pos)
    return match.end() if match else pos


def _without_equivalents(text: str, mentions: list[YearMention]) -> list[YearMention]:
    """Drop mentions that only restate the previous one in brackets."""
    kept: list[YearMention] = []
    for mention in mentions:
        if (
            kept
            and text[kept[-1].end : mention.start].strip() == "("
            and _CLOSING.match(text, mention.end)
        ):
            continue
        kept.append(mention)
    return kept


def format_era_fiscal_year(year: int) -> str:
    """Era label of a fiscal year: 2017 → "平成29年度", 2019 → "令和元年度".

    A fiscal year takes the era that began in its starting year or earlier, so the year an
    era begins is its 元年度 (2019 is 令和元年度, though April 2019 was still 平成31年).
    """
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"fiscal year {year} outside {FIRST_YEAR}–{LAST_YEAR}")
    era, start = max(
        ((name, first) for name, first in ERA_STARTS.items() if first <= year),
        key=lambda item: item[1],
    )
    number = year - start + 1
    return f"{era}{'元' if number == 1 else number}年度"


def fiscal_year_dates(year: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of a fiscal year (1 April to 31 March)."""
    return datetime.date(year, 4, 1), datetime.date(year + 1, 3, 31)


_HEADING_MAX = 60
# 「令和5年度より6億円増」: a year the text compares with, not the year it is about.
_COMPARED_WITH = re.compile(r"\s*(?:より|比|と比べて?)[^。\n]*?[増減]")
# 「令和3年度 令和4年度 増減」: two years side by side with their change, the older one
# printed for comparison.
_CHANGE_COLUMN = re.compile(r"\s*(?:\([a-z]\)\s*)?(?:増\s*減|差\s*引|比\s*較|前\s*年\s*比)")
_PAIR_GAP = re.compile(r"^\s*(?:\([a-z]\)\s*)?$")
# 「〈令和2年度実施事業〉」「H22年度実施状況」「(令和4年度実績評価)」: the year whose work a
# report (an evaluation sheet, a progress report) is about, printed under the title's year of
# reporting.
# 「(令和5年度の取組に対する評価)」「令和5年度事業に係る評価」 too.
_CARRIED_OUT = re.compile(
    r"\s*(?:の)?(?:実施(?:事業|状況|結果|分)|実績評価|(?:取組|進捗)状況"
    r"|(?:取組|事業|実績)\s*(?:に対する|に係る|の)\s*(?:施策|事務事業|事業|行政)?\s*評価)"
    r"|実績\s*[)）]"
    r"|\s*の\s*取組\s*[)）]"  # 「(令和6年度評価/令和5年度の取組)」: the work evaluated
    r"|\s*(?:の\s*)?事業\s*[)）]"  # 「事務事業評価表（令和5年度事業）」: the year's work
    r"|\s*(?:の\s*)?取組\s*結果"  # 「令和5年度取組結果について」: what the year's work came to
    r"|\s*の\s*取組を対象"  # 「令和5年度の取組を対象に施策評価を行いました」
)
# 「令和5年度に実施した事務事業のうち…を対象」: in an evaluation report, the year evaluated
_CARRIED_OUT_WORK = re.compile(r"\s*に\s*実施\s*した\s*(?:事務事業|事業|取組)")
# 「対象事業年度：令和6年度」: a form's field naming the year of the work it evaluates
_WORK_YEAR_FIELD = re.compile(
    r"(?:^|\n)[ \t【\[]*(?:評価)?対象(?:事業)?年度[】\]]?[ \t]*[:：][ \t]*$"
)
# 「事務事業評価」「施策評価」「行政評価」 in a title: a report of graded work
_EVALUATION_TITLE = re.compile(r"評価")
_EVALUATION_REACH = 12  # lines after the title where a report says what year it evaluates


def _section_reach(text: str, start: int) -> int:
    """The offset `_EVALUATION_REACH` lines after `start`."""
    at = start
    for _ in range(_EVALUATION_REACH):
        nxt = text.find("\n", at + 1)
        if nxt < 0:
            return len(text)
        at = nxt
    return at


# 「(令和6年度改訂)」: the year a plan was revised in, not a year the plan is about.
_REVISED = re.compile(r"\s*(?:に|の)?(?:改訂|改定|見直し)")
# 「(令和6年4月1日現在)」: the date a status page (staff numbers) was taken on; 「2025年4月
# 発行」: the month a guide or map was issued in, the state it shows.
_AS_OF = re.compile(r"\s*(?:現在|時点|発行)")
_WIDE_GAP = re.compile(r"(?: {2,}|\u3000+)")
_WIDER_GAP = re.compile(r"(?: {2,}|\u3000{2,})")  # no word space of a title (「令和7年度　X」)
_OPENING_LINES = 3
# 「総合管理計画（平成28年度策定）に基づき」: the year another plan was adopted in
_ADOPTED = re.compile(r"\s*(?:に|の)?策定")


def document_year(text: str) -> int | None:
    """The fiscal year a document is about, for use as `context` elsewhere in it.

    The first explicit fiscal year (…年度/FY, not a bare "29年度") on a heading-like line
    (short, no tabs), such as a title "平成29年度 …"; failing that the most frequent
    explicit fiscal year; None when the text names none.  Dates (e.g. "最終更新日") are
    ignored: they say when a page changed, not what it is about; so is a year the text
    compares with (「令和5年度より…増」) and one a plan was revised in (「令和6年度改訂」),
    unless the document states no period (「令和6年度～令和15年度」): then the title's
    revision year names the edition the document is. A title's as-of year (「令和6年度末
    時点」) gives way to a period the opening lines print: the plan or term reported on.
    A heading's as-of date (「令和6年4月1日現在」) is the fiscal year of that date. A text
    that names no fiscal year but days takes the fiscal year of its latest day. A data
    export opening with its header row (no title over it) is about the latest year its
    header labels a result or a grade of (「進捗状況（令和7年度）」 beside 「目標値（令和8年度）」).
    """
    reported = _header_reported_year(text) or _field_reported_year(text)
    if reported is not None:
        return reported
    every = year_mentions(text)
    mentions = [m for m in every if m.kind == "fiscal" and not _REVISED.match(text, m.end)]
    as_of = [m for m in every if m.kind == "date" and _AS_OF.match(text, m.end)]
    opening = _opening_end(text)
    revised = [m for m in every if m.kind == "fiscal" and m.start < opening
               and _REVISED.match(text, m.end)]  # fmt: skip
    if revised and parse_fiscal_year_range(text) is None:
        return revised[0].year  # 「（令和6年度改訂版）」 and no period: that year's edition
    if any(m.start < opening and m.kind == "fiscal" and _AS_OF_YEAR.match(text, m.end)
           for m in every):  # fmt: skip
        period = _opening_period(text, every, opening)
        if period is not None:
            return period  # 「（令和6年度末時点）」 of a term 「令和5年5月～令和9年4月」
    if not mentions and not as_of:
        return _latest_date_year(text, every)
    for mention in mentions:
        if mention.start < opening and _CARRIED_OUT.match(text, mention.end):
            return mention.year
    if _EVALUATION_TITLE.search(text[:opening]):
        # 「令和6年度事務事業評価の結果」 then, in its first sections, 「令和5年度に実施した事務
        # 事業のうち…を対象」: an evaluation report is about the year of the work it evaluates
        reach = _section_reach(text, opening)
        for mention in mentions:
            if mention.start < reach and (
                _CARRIED_OUT.match(text, mention.end) or _CARRIED_OUT_WORK.match(text, mention.end)
                or _WORK_YEAR_FIELD.search(text[max(0, mention.start - 40) : mention.start])
            ):
                return mention.year
    reach = _section_reach(text, opening)
    for mention in mentions:  # 「対象年度：令和6年度」 among a data set's opening fields
        if mention.start < reach and _WORK_YEAR_FIELD.search(
            text[max(0, mention.start - 40) : mention.start]
        ):
            return mention.year
    period = _untitled_plan_period(text, every, mentions, opening)
    if period is not None:
        return period  # 「…基本計画の施策一覧」 over 「（令和8年度から令和12年度まで）」
    period = _plan_period(text, mentions, opening)
    if period is not None:
        return period
    headed = sorted([*mentions, *as_of], key=lambda m: m.start)
    first_lines = _first_lines_end(text)
    for mention in headed:
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if _COMPARED_WITH.match(text, mention.end):
            continue
        if mention.kind == "date":
            if mention.start < first_lines and "\t" not in line[: mention.start - line_start]:
                # 「令和8年3月31日現在<TAB>…<TAB>管財係」: a sheet's title row, its first cell
                line = line.split("\t", 1)[0]
            # 「至 X村　　　　2025年4月発行」: the date set apart on a page's top line, the
            # words of the picture beside it no part of its line
            parts = [p for p in _WIDE_GAP.split(line) if p.strip()]
            line = next((p for p in parts if text[mention.start : mention.end] in p), line)
        elif mention.start < first_lines:
            # 「令和7年度 X調査報告書 (gap) 第4章 …」: the text's top line opening with its
            # title, a running head's chapter set far apart beside it
            title = _WIDER_GAP.split(line.strip())[0]
            line = title if text[mention.start : mention.end] in title else line
        if "\t" not in line and len(line.strip()) <= _HEADING_MAX:
            if mention.kind == "date":
                return mention.year
            carried = _carried_out_on_line(text, mentions, line_start, line_start + len(line))
            if carried is not None:
                return carried  # a report's title below a cover or contents page
            index = mentions.index(mention)
            return _compared_with(text, mentions[index:]) or mention.year
    if not mentions:
        return None
    counts = Counter(m.year for m in mentions)
    return max(counts, key=lambda year: (counts[year], -year))


def _latest_date_year(text: str, every: list[YearMention]) -> int | None:
    """A text naming no fiscal year, only days (a bylaw's enactment and revision dates, a
    page's 「掲載日」): the fiscal year of its latest day, the state it reports; None when
    it prints no day either (「2002年9月に策定した」 dates an event, not the text)."""
    days = [m.year for m in every
            if m.kind == "date" and fold_width(text[m.start : m.end]).endswith("日")]  # fmt: skip
    return max(days) if days else None


_PLAN_PERIOD_WINDOW = 2  # the label's line and the next: 「2 計画期間」 over its years
_PLAN_PERIOD_REACH = 3000  # a plan states its period among its first sections
_LINE_HEAD = (  # a line's start, then a section number or a mark
    r"(?:^|\n)[ \t\u3000]*"
    r"(?:[0-9]{1,2}[.．]?[ \u3000]*|[(（][0-9]{1,2}[)）][ \u3000]*|[■◆●○□◇・]\s*)?"
)


_HEADER_CELLS = 4  # cells of a row that make a data export's header
_REPORTED_FIELDS = ("actual", "evaluation")


def _header_reported_year(text: str) -> int | None:
    """The latest fiscal year the first line's cells label results or grades of, when that
    line is a table's header of tab-separated labels; None otherwise."""
    from loaders.field_vocabulary import field_of  # loaders.text is imported by it

    first = text.lstrip("\r\n").split("\n", 1)[0]
    cells = first.split("\t")
    if len(cells) < _HEADER_CELLS:
        return None
    years: list[int] = []
    for cell in cells:
        dated = [m for m in year_mentions(cell) if m.kind == "fiscal"]
        label = re.sub(r"[(（][^()（）]*[)）]", "", cell).strip()
        if len(dated) == 1 and field_of(label) in _REPORTED_FIELDS:
            years.append(dated[0].year)
    return max(years) if years else None


_UNTITLED_LINES = 3  # opening lines with no year: a list of records, no titled page
_RECORD_REACH = 60  # lines of a record list whose field labels are looked at
_FIELD_LABEL = re.compile(r"^[ \t]*(?P<label>[^:：\n]{1,24})[:：]", re.MULTILINE)


def _field_reported_year(text: str) -> int | None:
    """The latest fiscal year the field labels of a list of records label results or grades
    of (「実績（R7）：241」, 「評価（R7）：A」: a tracker's records printed one by one), when its
    opening lines name no year (no title dates it); None otherwise."""
    from loaders.field_vocabulary import field_of  # loaders.text is imported by it

    lines = text.lstrip("\r\n").split("\n")
    if any(year_mentions(line) for line in lines[:_UNTITLED_LINES]):
        return None
    years: list[int] = []
    for match in _FIELD_LABEL.finditer("\n".join(lines[:_RECORD_REACH])):
        cell = match.group("label")
        dated = [m for m in year_mentions(cell) if m.kind == "fiscal"]
        label = re.sub(r"[(（][^()（）]*[)）]", "", cell).strip()
        if len(dated) == 1 and field_of(label) in _REPORTED_FIELDS:
            years.append(dated[0].year)
    return max(years) if len(years) >= 2 else None


@lru_cache(maxsize=1)
def _plan_period_label() -> re.Pattern[str]:
    """A plan-period label (`mkf:planPeriod` in ontology/fields.ttl) opening a line, after
    a section number or a mark, followed by a colon, 「は」, a gap or the line's end."""
    from loaders.field_vocabulary import labels_of  # loaders.text is imported by it

    words = "|".join(re.escape(w) for w in labels_of("planPeriod"))
    return re.compile(
        rf"{_LINE_HEAD}(?:{words})[ \u3000]*(?:[:：]|は|[ \u3000]{{2,}}|(?=\n)|$)"
        rf"|。[ \u3000]*(?:{words})は"  # 「…定めるものです。計画期間は令和6年度から…」
    )


def _plan_period(text: str, mentions: list[YearMention], opening: int) -> int | None:
    """「計画期間：令和5年度～令和9年度」, 「2 計画期間」 over 「令和6年度から令和15年度まで」:
    a plan whose title lines print no fiscal year of their own is about the first year of
    the period its label states (not a year of another plan it cites, nor a survey's)."""
    if "期間" not in text[:_PLAN_PERIOD_REACH]:
        return None  # cheap gate: most documents state no period
    match = _plan_period_label().search(text, 0, _PLAN_PERIOD_REACH)
    if match is None:
        return None
    line_start = text.rfind("\n", 0, match.end() - 1) + 1
    if any(m.start < min(opening, line_start) and not _ADOPTED.match(text, m.end)
           for m in mentions):  # fmt: skip
        return None  # the title names its year: that decides
    end = match.end()
    for _ in range(_PLAN_PERIOD_WINDOW):
        nxt = text.find("\n", end + 1)
        end = nxt if nxt != -1 else len(text)
    period = parse_fiscal_year_range(text[match.end() : end])
    return period[0] if period is not None else None


def _carried_out_on_line(
    text: str, mentions: list[YearMention], start: int, end: int
) -> int | None:
    """「令和6年度 施策評価シート（令和5年度実施分）」 as the first titled line, though
    not among the opening lines (a contents page or a cover comes first): the year whose
    work the title says it reports."""
    for mention in mentions:
        if start <= mention.start < end and _CARRIED_OUT.match(text, mention.end):
            return mention.year
    return None


# 「（令和6年度末時点）」: the point in time a progress table was taken at
_AS_OF_YEAR = re.compile(r"\s*末?\s*(?:時点|現在)")
_PERIOD_SEP = re.compile(r"\s*(?:~|～|〜|-|ー|から)\s*")


def _opening_period(text: str, every: list[YearMention], opening: int) -> int | None:
    """The first year of a period (years or dates, 「令和2年6月～令和6年5月」) the opening
    lines print: the years a progress report's plan or term runs over."""
    for first, second in itertools.pairwise(every):
        if second.start >= opening:
            return None
        if first.kind not in ("fiscal", "date") or second.year < first.year:
            continue
        if _PERIOD_SEP.fullmatch(text[first.end : second.start]):
            return first.year
    return None


def _untitled_plan_period(
    text: str, every: list[YearMention], mentions: list[YearMention], opening: int
) -> int | None:
    """A title printing no year over opening lines that print a period and no fiscal year
    but its bounds (「…基本計画（令和8年度から令和12年度まで）の施策一覧です」): the plan is
    about the period, from its first year. A year within the period the opening lines
    name (「令和5年度までの実績をまとめました」) makes the page a report on that year."""
    title = re.search(r"\S[^\n]*", text)
    if title is None or any(m.start < title.end() for m in every):
        return None
    for first, second in itertools.pairwise(mentions):
        if second.start >= opening:
            return None
        if second.year < first.year or not _PERIOD_SEP.fullmatch(text[first.end : second.start]):
            continue
        bounds = (first.year, second.year)
        inside = [m for m in mentions if m.start < opening and m.year not in bounds]
        return None if inside else first.year
    return None


# 「---」 around a Markdown file's front matter, 「━━━」 under a title: no line of the title block
_RULE_LINE = re.compile(r"\s*[-=_━─＝~*+]{3,}\s*")


def _first_lines_end(text: str) -> int:
    """Offset where the first `_OPENING_LINES` lines with words end, tab-set rows too (a
    sheet's title rows)."""
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))[:_OPENING_LINES]
    return lines[-1].end() if lines else 0


def _opening_end(text: str) -> int:
    """Offset where the document's opening lines (its title block) end. A line of cells
    apart by tabs (a site's navigation left over a page's title, a sheet's first row) is no
    line of a title block and does not count among them."""
    lines = [
        m for m in re.finditer(r"[^\n]*\S[^\n]*", text)
        if not _RULE_LINE.fullmatch(m.group()) and "\t" not in m.group()
    ][:_OPENING_LINES]
    return lines[-1].end() if lines else 0


def _compared_with(text: str, mentions: list[YearMention]) -> int | None:
    """The newer of two consecutive years printed side by side with a change column
    (「令和3年度 令和4年度 増減」): the document reports the newer one."""
    if len(mentions) < 2:
        return None
    first, second = mentions[0], mentions[1]
    if second.year != first.year + 1 or not _PAIR_GAP.match(text[first.end : second.start]):
        return None
    return second.year if _CHANGE_COLUMN.match(text, second.end) else None
