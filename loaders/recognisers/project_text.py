"""Shared helpers of the project rules: the found-project record, names, amounts, units and years.

Every layout reader in `loaders.recognisers.projects` cuts a name, reads an amount or a
unit the same way; keeping those helpers here lets the readers live in separate modules
without importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loaders.facts import Span
from loaders.field_vocabulary import cues_of, field_of, label_key, labels_of
from loaders.genres.units import unit_kind
from loaders.structure import Block
from loaders.structure.attributes import bracket_groups
from loaders.text.amounts import (
    KANA_UNITS,
    UNIT_SCALES,
    YearAmount,
    find_amounts,
    parse_yen,
    year_amounts,
)
from loaders.text.fiscal_year import year_mentions

MAX_NAME = 60
# How far after a project line a 「事業費」 label and its amount may stand (PDF columns).
LOOKAHEAD_BLOCKS = 6


MAX_SECTION_LABEL = 30


MAX_STAGE_WORD = 3  # 「決算」「予算」「見込」 after a year column's year


# The lines that open a list of projects (「令和6年度予算で実施する主な取組」) stand just above it.
MAX_INTRO_BLOCKS = 3


_NUMBER_TOKEN = re.compile(r"^[▲△\-]?[0-9][0-9,]*(?:\.[0-9]+)?$")
_WORD = re.compile(r"\S+")
_TRIM = " \u3000:：、,・/／…‥"  # 「X事業……7,613万円」: the leader before the amount


_UNIT_PIECE = re.compile(r"[^\s、,，/／]+")
_PART = re.compile(r"[、,，/／;；]")


_PREVIOUS = 0  # the year before the project's own, which `add` does not know yet


@dataclass
class _Found:
    name: str
    name_span: Span
    block: Block
    budget: int | None = None
    budget_span: Span | None = None
    division: str | None = None
    division_span: Span | None = None
    department: str | None = None
    department_span: Span | None = None
    year: int | None = None
    year_span: Span | None = None
    year_before: int | None = None  # read a year printed in the block before this offset
    spans: list[Span] = field(default_factory=list)
    per_year: bool = False  # one of several years' rows of the same project
    # 「予算額：R7 7,613 / R8 8,147」: a budget printed as a series of years' amounts
    # (offsets shifted into the document), read as one row per year with an amount
    yearly: list[YearAmount] = field(default_factory=list)
    right_column: bool = False  # read from a table in a page's right column


def _series_in_line(text: str, unit: str | None) -> tuple[int, int, int] | None:
    """(name end, series start, series end) of 「X事業 R7: 7,613 / R8: 8,147（みどり課）」:
    a name, then years each with its amount to the line's end (or to a closing bracket of
    unit names); None for any other line."""
    mentions = [m for m in year_mentions(text) if m.kind == "fiscal" and m.start > 0]
    if not mentions:
        return None
    first = mentions[0]
    end = len(text.rstrip())
    groups = bracket_groups(text)
    closing_units = False
    if groups and groups[-1][1] == end and groups[-1][0] > first.start:
        if not _all_units(text[groups[-1][0] + 1 : groups[-1][1] - 1]):
            return None
        end, closing_units = groups[-1][0], True
    found = year_amounts(text[first.start : end], unit)
    # 「X事業 令和6年度 1億円（みどり課）」: one year's amount is a series too when the unit
    # in charge closes the line
    least = 1 if closing_units else 2
    if len(found) < least or not any(y.yen for y in found) or not text[: first.start].strip():
        return None
    return first.start, first.start, end


_NOTE_ONLY = re.compile(r"[(（][^()（）]{1,40}[)）]")


def _year_amount_line(text: str) -> YearAmount | None:
    """「令和6年度：実施設計 ○○万円」: a line opening with a fiscal year and closing with
    one amount, a few words (what is done that year) between; None for any other line."""
    mentions = year_mentions(text)
    amounts = find_amounts(text)
    lead = len(text) - len(text.lstrip())
    if not mentions or mentions[0].kind != "fiscal" or mentions[0].start != lead:
        return None
    after = text[amounts[0][1] :].strip() if len(amounts) == 1 else ""
    if len(amounts) != 1 or (after and not _NOTE_ONLY.fullmatch(after)) or len(mentions) > 1:
        return None  # 「…○億○,○○○万円（全児童を対象）」: a bracketed note may close the line
    start, end, yen = amounts[0]
    between = text[mentions[0].end : start].strip(_TRIM)
    if len(between) > MAX_SECTION_LABEL or "。" in between:
        return None
    first = mentions[0]
    return YearAmount(first.year, first.start, first.end, start, end, yen or None)


def _shifted(one: YearAmount, by: int) -> YearAmount:
    """A year's amount read in a piece of text, its offsets moved `by` into the document."""
    return replace(one, year_start=by + one.year_start, year_end=by + one.year_end,
                   start=by + one.start, end=by + one.end)  # fmt: skip


def _is_budget_label(text: str) -> bool:
    """「決算額」, 「令和5年度決算額」, 「予算額(千円)」: a budget label as printed over a
    column, with the year and unit it may carry."""
    bare = text
    for mention in reversed(year_mentions(text)):
        bare = bare[: mention.start] + bare[mention.end :]
    bare = _QUALIFIED_UNIT.sub("", bare).strip()
    return bool(bare) and field_of(bare, exact=True) == "budget"


def _before_wide_gap(text: str, gap_pattern: re.Pattern[str] | None = None) -> str:
    """「X事業      整理番号 R5-07」: a field's value printed with another field beside it on
    the same line, set apart by a wide gap; the value is the text before the gap."""
    gap = (gap_pattern or _WIDE_GAP).search(text)
    return text[: gap.start()].strip() if gap and text[: gap.start()].strip() else text


def _joined_suffix(name: str) -> str:
    """「企画 課」: a unit name broken before its suffix (PDF text breaks words at line ends),
    read whole when the joined name is a unit and the piece before the space is not."""
    broken = _BROKEN_SUFFIX.fullmatch(name)
    if broken is None or unit_kind(broken.group("head")) is not None:
        return name
    joined = broken.group("head") + broken.group("suffix")
    return joined if unit_kind(joined) is not None else name


def _leading_unit(text: str) -> str:
    """「産業振興課 係名 林務係」: a unit field's value that opens with the unit and goes on
    with another field on the same line; the unit is the opening word (or two words of a
    name broken before its suffix, 「企画 課」). The text itself when it opens with none."""
    words = text.split()
    if len(words) < 2:
        return text
    if unit_kind(words[0]) is not None:
        return words[0]
    joined = _joined_suffix(f"{words[0]} {words[1]}")
    return joined if unit_kind(joined) is not None and " " not in joined else text


_NOTE_MARKS = ("※", "＊", "*")


def _valid_name(name: str) -> bool:
    bare = name
    for start, end in reversed(bracket_groups(name)):
        bare = bare[:start] + bare[end:]
    return (
        2 <= len(name) <= MAX_NAME
        and bool(bare.strip())  # 「（複合化により廃止）」: a note in place of a name
        and "。" not in name
        and "、" not in bare
        and not name.lstrip().startswith(_NOTE_MARKS)  # 「※…は次期に計上」: a note on a row
        and not _NUMBER_TOKEN.match(name)
        and bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff]", name))
        and field_of(name, exact=True) is None
        # 「民生費 6億1,234万円 総務費 5億円 土木費」: a line of heads and their amounts
        and len(find_amounts(name)) < 2
    )


def _trailing_amount(text: str) -> tuple[str, int, int, int] | None:
    """(name, start, end, yen) of a cell that prints a name with its amount after it:
    「X事業 97,531千円」, 「X事業(35,900千円)」; None when anything else follows the amount."""
    amounts = find_amounts(text)
    if not amounts:
        return None
    start, end, yen = amounts[-1]
    for a, b in bracket_groups(text):
        inner = text[a + 1 : b - 1]
        if a < start and end <= b and not inner.replace(text[start:end], "").strip():
            if text[b:].strip():
                return None
            return _strip_budget_label(text[:a]).strip(_TRIM), start, end, yen
    if text[end:].strip() or not text[:start].strip():
        return None
    return _strip_budget_label(text[:start]).strip(_TRIM), start, end, yen


_LABELLED_UNITS = re.compile(r"(?P<label>[^:：\s]{1,8})\s*[:：]\s*(?P<units>.+)")


def _all_units(inner: str) -> bool:
    """A bracket's text is only unit names (「緑化部 みどり課」), at most a chain of three."""
    pieces = _UNIT_PIECE.findall(inner)
    return 0 < len(pieces) <= 3 and all(unit_kind(p) is not None for p in pieces)


# 「◆A事業　　　◆B事業」: two entries side by side, each after the same mark
_PAIR = re.compile(
    r"\s*(?P<m1>[◆◇■□●○◎・])(?P<a>\S.*?\S)[ \u3000]{2,}(?P<m2>[◆◇■□●○◎・])(?P<b>\S.*?)\s*"
)


_GAP = re.compile(r"[ \u3000]{2,}")


_NO_AMOUNT = re.compile(r"[―\-－ー—‐–]|0")  # 「―」 in a year's cell: nothing that year
_WIDE_GAP = re.compile(r"[ \u3000]{3,}")
_BROKEN_SUFFIX = re.compile(r"(?P<head>[^\s]{2,20})[ \u3000](?P<suffix>[課部係室局])")


def _previous_budget_label(label: str) -> bool:
    """「前年度予算額」「前年度予算額（千円）」: a budget label opened by a cue word of the year
    before (`mkf:previousYear`), or the cue alone before an amount (「（○,○○○／前年度
    ○,○○○）」)."""
    key = re.sub(r"[(（][^()（）]*[)）]$", "", label_key(label))
    return any(
        key == cue or (key.startswith(cue) and field_of(key[len(cue) :], exact=True) == "budget")
        for cue in cues_of("previousYear")
    )


def _yen(text: str, unit: str | None) -> int | None:
    try:
        return parse_yen(text, unit=unit)
    except ValueError:
        return parse_yen(text)


_UNIT_WORDS = "|".join(sorted((re.escape(u) for u in UNIT_SCALES), key=len, reverse=True))


# 「予算額(千円)」, or the unit joined on as database exports name their columns:
# 「事業費_千円」, 「決算額(令和8年度)円」
_QUALIFIED_UNIT = re.compile(
    rf"[(（]\s*(?:単位\s*[:：]?\s*)?(?P<unit>{_UNIT_WORDS})\s*[)）]"
    rf"|(?:_|(?<=[)）]))(?P<joined>{_UNIT_WORDS})$"
    # 「主な事業（令和○年度決算額：千円）」: what the figures are, then their unit
    rf"|[(（][^()（）]{{0,20}}[:：、・]\s*(?P<noted>{_UNIT_WORDS})\s*[)）]"
)


def _qualifier_unit(label: str) -> str | None:
    """「予算額(千円)」: the unit a label's qualifier states; in katakana too (「ｼﾞｷﾞｮｳﾋ
    (ｾﾝｴﾝ)」, a legacy system's field name by its reading)."""
    match = _QUALIFIED_UNIT.search(label)
    if match is None and (kana := _KANA_QUALIFIER.search(label_key(label))):
        return KANA_UNITS.get(kana.group(1))
    return (match.group("unit") or match.group("joined") or match.group("noted")) if match else None


_KANA_QUALIFIER = re.compile(r"\(([\u30a1-\u30fc]+)\)$")


def _header_unit(header: list[str], column: int | None) -> str | None:
    if column is None or column >= len(header):
        return None
    return _qualifier_unit(header[column])


def _only_amounts_after(text: str, end: int) -> bool:
    """After a project's amount only bracketed notes (another amount, a share) follow."""
    rest = text[end:]
    for start, stop in reversed(bracket_groups(rest)):
        rest = rest[:start] + rest[stop:]
    return not rest.strip()


def _strip_budget_label(text: str) -> str:
    """「X事業 予算額 ○○,○○○千円」: the label between a name and its amount is no part of it."""
    text = text.rstrip(_TRIM)
    for label in labels_of("budget"):
        if label_key(text).endswith(label):
            words = text.rsplit(None, 1)
            if len(words) == 2 and label_key(words[1]) == label:
                return words[0]
    words = text.rsplit(None, 1)  # 「X事業 令和5年度決算額 1,234千円」: a dated label
    if len(words) == 2 and year_mentions(words[1]) and _is_budget_label(words[1]):
        return words[0]
    return text
