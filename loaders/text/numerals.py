"""Reading numbers written with Arabic digits, kanji numerals, or a mix ("1億2,345万").

Years, amounts and quantities all print numbers this way; one reader keeps them agreeing.
"""

from __future__ import annotations

import re
from fractions import Fraction

KANJI_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9, "壱": 1, "弐": 2, "参": 3,
}  # fmt: skip
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "阡": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "億": 10**8, "兆": 10**12}

DIGIT_CHARS = "0-9０-９"
KANJI_DIGIT_CHARS = "".join(KANJI_DIGITS)
UNIT_CHARS = "".join(SMALL_UNITS) + "".join(BIG_UNITS)
# A mixed numeral: digits (with thousands separators and a decimal point), kanji digits
# and units.  Callers anchor it with their own context (円, 年度 …).  It only starts where
# no numeral character precedes, so a failed match is not retried inside the same run
# of digits (which would take quadratic time on long digit runs).
NUMERAL = (
    rf"(?<![{DIGIT_CHARS}{KANJI_DIGIT_CHARS}{UNIT_CHARS},，.．])"
    rf"(?:[{DIGIT_CHARS}{KANJI_DIGIT_CHARS}{UNIT_CHARS}]"
    rf"(?:[{DIGIT_CHARS}{KANJI_DIGIT_CHARS}{UNIT_CHARS}]|[,，](?=[{DIGIT_CHARS}]{{3}})"
    rf"|[.．](?=[{DIGIT_CHARS}]))*)"
)

_TOKEN = re.compile(
    rf"(?P<arabic>[0-9]+(?:\.[0-9]+)?)|(?P<kanji>[{KANJI_DIGIT_CHARS}]+)"
    rf"|(?P<small>[{''.join(SMALL_UNITS)}])|(?P<big>[{''.join(BIG_UNITS)}])"
)
_MAX_NUMERAL_CHARS = 40  # longer "numbers" are identifiers or noise, not amounts
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def parse_numeral(s: str) -> Fraction | None:
    """Exact value of a numeral such as "1,234,560,000", "6.7億", "三千万", "十二", "3万".

    Returns None when `s` is not entirely a numeral or is malformed (e.g. "億万", "1.2.3").
    Kanji digits in a row are positional ("二〇一七" = 2017), as in dates.
    """
    text = s.strip().translate(_FULLWIDTH_DIGITS)
    text = re.sub(r"(?<=[0-9]),(?=[0-9]{3})", "", text)
    if not text or len(text) > _MAX_NUMERAL_CHARS:
        return None
    total = Fraction(0)
    section = Fraction(0)  # the part below the current big unit (万, 億 …)
    current: Fraction | None = None
    last_big = None
    pos = 0
    for token in _TOKEN.finditer(text):
        if token.start() != pos:
            return None
        pos = token.end()
        kind = token.lastgroup
        value = token.group()
        if kind == "arabic" or kind == "kanji":
            if current is not None:
                return None
            current = (
                Fraction(value)
                if kind == "arabic"
                else Fraction(int("".join(str(KANJI_DIGITS[c]) for c in value)))
            )
        elif kind == "small":
            section += (current if current is not None else 1) * SMALL_UNITS[value]
            current = None
        else:
            unit = BIG_UNITS[value]
            if last_big is not None and unit >= last_big:
                return None
            if current is None and section == 0:
                return None  # a unit with no number before it: "億万", "万"
            section += current if current is not None else 0
            total += section * unit
            section, current, last_big = Fraction(0), None, unit
    if pos != len(text):
        return None
    return total + section + (current if current is not None else 0)


def parse_kanji_number(s: str) -> int | None:
    """Integer value of a kanji or mixed numeral ("二十九", "三千万", "3万", "〇"), else None."""
    value = parse_numeral(s)
    if value is None or value.denominator != 1:
        return None
    return int(value)


def has_digit(s: str) -> bool:
    """True when a numeral names a digit, not only units (so "千円" alone is a unit label)."""
    return bool(re.search(rf"[{DIGIT_CHARS}{KANJI_DIGIT_CHARS}]", s))
