"""Counted and measured values as printed in indicator tables and prose.

"46.6パーセント", "194名", "8箇所", "37(見込み)": the value, its unit as printed, and whether
the document marks it as an estimate (見込み) — indicators keep all three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from loaders.text.normalize import fold_width
from loaders.text.numerals import NUMERAL, has_digit, parse_numeral

# Month/day/minute counters are left out: 4月 and 1日 are dates far more often.
# Counter words and units seen in Japanese municipal statistics; the unit is kept as printed.
UNITS = (
    "パーセント", "ポイント", "%", "％", "割", "件", "名", "人", "団体", "箇所", "か所", "カ所",
    "ヵ所", "ヶ所", "ケ所", "所", "回", "校", "園", "施設", "世帯", "戸", "台", "冊", "部",
    "本", "日間", "時間", "か月", "ヶ月", "カ月", "ヵ月", "歳", "点", "社", "店",
    "事業", "地区", "地域", "区", "館", "棟", "室", "種類", "講座", "人日", "人回", "m2", "㎡",
    "km", "m", "ha", "kg", "倍", "位", "トン", "キロメートル", "メートル", "円", "手続", "隻",
    "ヘクタール", "平方メートル", "キログラム", "リットル", "橋",
)  # fmt: skip
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_ESTIMATE = r"\s*[(（]\s*見込み?\s*[)）]"
# Only a unit that cannot be a word of its own may be set off by a space ("46.6 %");
# "1 区自治協議会" is a list number followed by a name.
_SPACED_UNIT = "パーセント|%|％|円"
# A unit spelt in Latin letters (kWh, t-CO2): any such word right after the number.
_LATIN_UNIT = r"[A-Za-z]+(?:-[A-Za-z0-9]+)*"
_QUANTITY = re.compile(
    rf"(?P<about>約[ \t]*)?(?P<number>{NUMERAL})"
    rf"(?:(?P<unit>{_UNIT}|{_LATIN_UNIT})|[ \t\u3000](?P<spaced_unit>{_SPACED_UNIT}))?"
    rf"(?P<estimate>{_ESTIMATE})?"
)
# A cell may print a decrease with a sign: "▲3.2ポイント", "△5", "-1.5%"; an increase or
# no change with its own: "+10人", "±0".
_SIGNED_QUANTITY = re.compile(rf"(?:(?P<sign>[-△▲][ \t]*)|[+±][ \t]*)?{_QUANTITY.pattern}")
# Numbers that are part of something else: codes (4-1-2), dates, list numbers "(1)".
_NOT_BEFORE = re.compile(r"[0-9A-Za-z\-./:〒]$")
_NOT_AFTER = re.compile(r"(?:[0-9\-/:]|年|月|日(?!間)|号|次|条|章|節|丁目|番)")


@dataclass(frozen=True)
class Quantity:
    """A value with its unit as printed; `estimate` when marked (見込み)."""

    value: float | int
    unit: str | None
    estimate: bool
    printed: str


def _number(fraction: Fraction, printed: str) -> float | int:
    if "." in printed or fraction.denominator != 1:
        return float(fraction)
    return int(fraction)


def find_quantities(text: str) -> list[tuple[int, int, Quantity]]:
    """(start, end, Quantity) for each number in `text` with a unit or a 見込み mark.

    Bare numbers are skipped in running text (they are list numbers, codes, dates); use
    `parse_quantity` on a table cell to read a bare number.
    """
    folded = fold_width(text, keep_length=True)
    found: list[tuple[int, int, Quantity]] = []
    for match in _QUANTITY.finditer(folded):
        if not (_unit_group(match) or match.group("estimate")):
            continue
        if not re.search("[0-9]", match.group("number")) and len(match.group("number")) < 2:
            continue  # 一本化, 一人ひとり: a lone kanji digit in prose is a word
        quantity = _quantity(folded, match, text)
        if quantity is not None:
            found.append((match.start(), match.end(), quantity))
    return found


def _unit_group(match: re.Match[str]) -> str | None:
    """Name of the group holding the unit, if the match has one."""
    for group in ("unit", "spaced_unit"):
        if match.group(group):
            return group
    return None


def _quantity(folded: str, match: re.Match[str], original: str) -> Quantity | None:
    number = match.group("number")
    if not has_digit(number):
        return None
    before = folded[max(0, match.start() - 1) : match.start()]
    if _NOT_BEFORE.search(before) or _NOT_AFTER.match(folded, match.end()):
        return None
    value = parse_numeral(number)
    if value is None:
        return None
    unit = _unit_group(match)
    return Quantity(
        value=_number(value, number),
        unit=None if unit is None else original[match.start(unit) : match.end(unit)],
        estimate=match.group("estimate") is not None,
        printed=original[match.start() : match.end()],
    )


def parse_quantity(s: str) -> Quantity | None:
    """Read a cell or phrase that IS a quantity: "46.6パーセント", "194名", "37(見込み)", "42".

    A leading "-", "△" or "▲" makes the value negative (how tables print decreases).
    Returns None unless the whole of `s` (stripped) is one quantity.
    """
    stripped = s.strip()
    folded = fold_width(stripped, keep_length=True)
    match = _SIGNED_QUANTITY.fullmatch(folded)
    if match is None:
        return None
    quantity = _quantity(folded, match, stripped)
    if quantity is None or not match.group("sign"):
        return quantity
    return Quantity(-quantity.value, quantity.unit, quantity.estimate, quantity.printed)


# (「37万1,906㎡」 prints its number whole across the scale word: no scaled value)
_SCALED = re.compile(
    r"^(?:約[ \t]*)?(?P<digits>[0-9][0-9,]*(?:\.[0-9]+)?)(?P<scale>[十百千万億]+)(?![0-9])"
)


def as_printed(quantity: Quantity) -> tuple[float | int, str | None]:
    """The value as a table would print it: 「1,856千人」 is 1856 in thousands of people (unit
    千人), as an indicator's value is the number printed, its scale word part of the unit."""
    match = _SCALED.match(fold_width(quantity.printed, keep_length=True))
    if match is None:
        return quantity.value, quantity.unit
    digits = match.group("digits").replace(",", "")
    value: float | int = float(digits) if "." in digits else int(digits)
    return value, match.group("scale") + (quantity.unit or "")


# 「(%)」「(千円)」「(人/年)」「(g/人・日)」 after an indicator's name: the unit its values are
# printed in. A scale word may lead it (千人, 百万円); 年 is a unit only here (平均築年数(年)),
# and so are the counts of animals (頭, 匹, 羽) and the volume and area signs (千㎥, ㎢).
_SCALE = "(?:百万|千|万|億|十)?"
# metric units in Latin letters (a bracket of other capitals is an abbreviation: KPI, ICT)
_METRIC = r"(?:k?g|t|t-CO2|k?m[23]?|ha|[kM]?Wh|k?L|mL|m³|m²|TEU)"  # TEU: containers
_BRACKET_UNIT = re.compile(
    rf"^{_SCALE}(?:{_UNIT}|年|日|分|秒|便|橋|窓口|経営体|事業所|頭|匹|羽|㎥|㎢|{_METRIC})$"
)
_TRAILING_BRACKET = re.compile(r"\s*[(（](?P<inner>[^()（）]{1,16})[)）]\s*$")
_UNIT_PER = re.compile(r"[/／・]")  # 「人/年」「g/人・日」: units per units


def _is_bracket_unit(text: str) -> bool:
    """「人」「千円」「人/年」「g/人・日」: a unit, or units per units."""
    return all(_BRACKET_UNIT.match(part) for part in _UNIT_PER.split(fold_width(text).strip()))


def is_unit_bracket(text: str) -> bool:
    """「(人)」「（千円）」「(人/年)」 alone: a unit in brackets (a name's, wrapped onto a line of
    its own under it)."""
    found = _TRAILING_BRACKET.fullmatch(text.strip())
    return found is not None and _is_bracket_unit(found.group("inner"))


def without_unit_bracket(name: str) -> tuple[str, str | None]:
    """「リサイクル率(%)」 → ("リサイクル率", "%"): the unit a name prints in brackets after it is
    no part of the name, nor is one that labels it (「(単位:件)」). A bracket holding anything
    else (累計, 6か月, 現年度分, 中3, or a qualifier with the unit 「累計・人」) stays."""
    found = _TRAILING_BRACKET.search(name)
    if found is None or found.start() == 0:
        return name, None
    inner = found.group("inner")
    unit = inner.strip() if _is_bracket_unit(inner) else _labelled_unit(inner)
    if unit is None:
        return name, None
    return name[: found.start()], unit


def _labelled_unit(text: str) -> str | None:
    """「単位：件」 in a name's bracket: the unit after a label that names the unit field
    (`mkf:unit` in ontology/fields.ttl), else None."""
    from loaders.field_vocabulary import field_of  # loaders.text is imported by it

    label, colon, value = fold_width(text).partition(":")
    if not colon or not value.strip() or not _is_bracket_unit(value):
        return None
    return value.strip() if field_of(label.strip(), exact=True) == "unit" else None
