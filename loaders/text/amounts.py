"""Yen amounts as printed: "1,234,560,000円", "74,911千円", "1億2,345万円", "三千万円".

Everything becomes integer yen with the printed unit's scale applied, which is what the
graph stores (`mk:amount`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from loaders.text.normalize import fold_width
from loaders.text.numerals import NUMERAL, has_digit, parse_kanji_number, parse_numeral

__all__ = [
    "KANA_UNITS",
    "YearAmount",
    "find_amounts",
    "format_yen",
    "parse_kanji_number",
    "parse_yen",
    "unit_scale",
    "year_amounts",
]

UNIT_SCALES: dict[str, int] = {"円": 1, "千円": 1_000, "万円": 10_000, "百万円": 1_000_000,
                               "億円": 100_000_000}  # fmt: skip

# a unit named by its reading (「(ｾﾝｴﾝ)」 after a legacy system's field name)
KANA_UNITS: dict[str, str] = {"エン": "円", "センエン": "千円", "マンエン": "万円",
                              "ヒャクマンエン": "百万円", "オクエン": "億円"}  # fmt: skip

_AMOUNT = re.compile(rf"(?P<about>約\s*)?(?P<number>{NUMERAL})\s*円")
# 「¥1,234,567」: a figure after the yen sign (a sheet's currency format; Shift_JIS prints
# that sign as a backslash, 「\1,234,567」) is an amount in yen
_YEN_SIGN = re.compile(
    r"(?<![\w\\¥:])[¥￥\\](?P<number>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![0-9,.])"
)
# "(単位:千円)", "(千円)": a table's unit label, not an amount of a thousand yen.
_LABEL_WINDOW = 8
_UNIT_LABEL_BEFORE = re.compile(r"(?:単位\s*[:：]?\s*|[(（\[【])$")
# "2億　930万円": a 億 part set off by spaces (often full-width; as many as the 万 part's
# missing digits, "5億　　 30万円") from its 万 part, which typesetters use to keep columns of
# amounts aligned.  It is one amount, not "2億" and "930万円": a bare 億 is no amount.
_OKU_PART_BEFORE = re.compile(r"(?<![\d,.])(?P<oku>\d[\d,]*)億 {1,6}$")


def unit_scale(unit: str) -> int | None:
    """Yen per printed unit ("千円" → 1000), for table columns headed with a unit."""
    return UNIT_SCALES.get(fold_width(unit).strip())


def _to_yen(number: str) -> int | None:
    value = parse_numeral(number)
    if value is None:
        return None
    return int(value) if value.denominator == 1 else round(value)


def find_amounts(text: str) -> list[tuple[int, int, int]]:
    """(start, end, yen) for every yen amount in `text`; the span covers number and unit.

    A unit without a number ("(単位:千円)", "百万円" as a column label) is not an amount.
    """
    folded = fold_width(text, keep_length=True)
    found: list[tuple[int, int, int]] = []
    for match in _AMOUNT.finditer(folded):
        number = match.group("number")
        if not has_digit(number) and _UNIT_LABEL_BEFORE.search(
            folded[max(0, match.start() - _LABEL_WINDOW) : match.start()]
        ):
            continue
        yen = _to_yen(number)
        if yen is None:
            continue
        start = match.start()
        if match.group("about") is None and "万" in number and "億" not in number:
            oku = _OKU_PART_BEFORE.search(folded, max(0, start - 16), start)
            if oku is not None:
                oku_yen = _to_yen(oku.group("oku") + "億")
                if oku_yen is not None:
                    start, yen = oku.start(), oku_yen + yen
        found.append((start, match.end(), yen))
    for match in _YEN_SIGN.finditer(folded):
        yen = _to_yen(match.group("number"))
        if yen is not None:
            found.append((match.start(), match.end(), yen))
    return sorted(found)


_BARE_NUMBER = re.compile(rf"\s*(?:約\s*)?(?P<number>{NUMERAL})\s*")
# 「○,○○○」: a figure printed without its unit (a table or a note states the unit once)
BARE_FIGURE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def parse_yen(s: str, *, unit: str | None = None) -> int | None:
    """Integer yen of the first amount in `s` ("74,911千円" → 74911000), or None.

    `unit` is the unit a table states once for its columns ("千円" from "(単位:千円)"):
    a cell holding only a number ("74,911") is then read in that unit.
    """
    amounts = find_amounts(s)
    if amounts:
        return amounts[0][2]
    if unit is None:
        return None
    scale = unit_scale(unit)
    if scale is None:
        raise ValueError(f"unknown yen unit {unit!r}; known: {', '.join(UNIT_SCALES)}")
    bare = _BARE_NUMBER.fullmatch(fold_width(s, keep_length=True))
    if bare is None or not has_digit(bare.group("number")):
        return None
    value = parse_numeral(bare.group("number"))
    return None if value is None else round(value * scale)


def format_yen(amount: int, unit: str = "円") -> str:
    """Print `amount` yen in `unit` (円/千円/万円/百万円/億円), with thousands separators.

    Raises ValueError when the amount is negative, the unit unknown, or the amount is not a
    whole number of that unit — printing it would lose yen and break round trips.
    """
    scale = UNIT_SCALES.get(unit)
    if scale is None:
        raise ValueError(f"unknown yen unit {unit!r}; known: {', '.join(UNIT_SCALES)}")
    if amount < 0:
        raise ValueError(f"negative amount {amount}")
    value = Fraction(amount, scale)
    if value.denominator != 1:
        raise ValueError(f"{amount} yen is not a whole number of {unit}")
    return f"{int(value):,}{unit}"


@dataclass(frozen=True)
class YearAmount:
    """One year's amount of a series printed along a line; `yen` is None where the year
    prints no amount (「―」, 「0」), which is no amount of that year."""

    year: int
    year_start: int
    year_end: int
    start: int  # the amount's offsets (the dash's, when there is none)
    end: int
    yen: int | None


# The year's amount after it: 「: 7,613」, 「 8,147」, 「=6,529千円」 or a dash for none.
_SERIES_VALUE = re.compile(
    rf"\s*[:：=＝]?\s*(?:(?P<number>(?:約\s*)?{NUMERAL}(?:\s*[百千万億]*円)?)"
    r"|(?P<none>[-‐－―—ー−]))"
)
_SERIES_GAP = re.compile(r"[\s/／、,，;；|｜]*")


def year_amounts(text: str, unit: str | None = None) -> list[YearAmount]:
    """「R7: 7,613 / R8: 8,147 / R9: ―」, 「令和5年度 6,529　令和6年度 5,813」: a line
    that is nothing but fiscal years each followed by its amount (a bare number read in
    `unit`, the unit a note states for the document's amounts). Empty unless every year of
    the line is followed by an amount or a dash and nothing else stands between the pairs,
    so a sentence that names years and amounts is no series."""
    from loaders.text.fiscal_year import year_mentions  # years read amounts' numerals

    folded = fold_width(text, keep_length=True)
    if each := _EACH_YEAR.fullmatch(folded):
        return _each_year(folded, each, unit)
    mentions = [m for m in year_mentions(folded) if m.kind == "fiscal"]
    found: list[YearAmount] = []
    at = len(folded) - len(folded.lstrip())
    for mention in mentions:
        gap = _SERIES_GAP.match(folded, at)
        if mention.start < at or gap is None or gap.end() != mention.start:
            return []
        value = _SERIES_VALUE.match(folded, mention.end)
        if value is None and (stage := _stage_word_end(folded, mention.end)) is not None:
            value = _SERIES_VALUE.match(folded, stage)  # 「R8見込 2億円」
        if value is None:
            return []
        yen: int | None = None
        if value.group("number") is not None:
            start, end = value.span("number")
            try:
                yen = parse_yen(folded[start:end], unit=unit)
            except ValueError:
                return []
            if yen is None:
                return []
        else:
            start, end = value.span("none")
        found.append(YearAmount(mention.year, mention.start, mention.end, start, end, yen or None))
        at = end
    if not found or folded[at:].strip(" \u3000/／、,，;；|｜"):
        return []
    return found


_STAGE_WORD = re.compile(r"[(（]?(?P<word>[\u4e00-\u9fff]{1,4})[)）]?")


def _stage_word_end(text: str, at: int) -> int | None:
    """「R7予算」, 「R8見込」, 「令和5年度(決算)」: the end of a word right after a year that names
    the stage of the amount after it (a budget, an estimate, a settled amount — read in the
    field vocabulary), so that the year's amount is still read; None for any other word
    (「R7目標」 is an indicator's target, not an amount)."""
    from loaders.field_vocabulary import field_of  # the vocabulary reads no amounts

    match = _STAGE_WORD.match(text, at)
    if match is None:
        return None
    word = match.group("word")
    stages = ("budget", "estimate")
    if field_of(word, exact=True) in stages or field_of(word + "額", exact=True) == "budget":
        return match.end()
    if field_of(word, exact=True) is None and field_of(word + "予算", exact=True) == "budget":
        return match.end()  # 「R7当初」: short for the year's 当初予算
    return None


def is_budget_stage_word(text: str, at: int) -> int | None:
    """The end of a word at `at` naming the stage of a year's amount (「R4決算」「R7当初」), as
    a series of years reads it; None for any other word (目標, 実績)."""
    return _stage_word_end(text, at)


# 「各年度 180（令和5年度～令和9年度）」: one amount for every year of a range.
_EACH_YEAR = re.compile(
    rf"\s*(?:各年度|毎年度|毎年)\s*[:：]?\s*(?P<number>(?:約\s*)?{NUMERAL}(?:\s*[百千万億]*円)?)"
    r"\s*[(（](?P<range>[^()（）]{4,30})[)）]\s*"
)
_MAX_RANGE_YEARS = 20


def _each_year(folded: str, each: re.Match[str], unit: str | None) -> list[YearAmount]:
    """The amount 「各年度 N（first～last）」 prints, once for every year of its range."""
    from loaders.text.fiscal_year import parse_fiscal_year_range

    years = parse_fiscal_year_range(each.group("range"))
    try:
        yen = parse_yen(each.group("number"), unit=unit)
    except ValueError:
        return []
    if years is None or yen is None or not 0 <= years[1] - years[0] < _MAX_RANGE_YEARS:
        return []
    a, b = each.span("number")
    r0, r1 = each.span("range")
    return [YearAmount(y, r0, r1, a, b, yen or None) for y in range(years[0], years[1] + 1)]
