"""What can be read from any municipal text, whatever its layout.

Facilities (with their 愛称), plan names and the fiscal years a text speaks of need no
table or heading to be found, so this finder runs on every document: on its own
for texts of no known genre, and after a genre parser to add the facilities mentioned in
running text. Units are read by `loaders.recognisers.organizations`, which looks at where a
name stands before taking it as a unit; `find_organization_mentions` gives it the names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from loaders.facts import DocumentFacts, Plan
from loaders.genres.layout import Page
from loaders.genres.plan_names import find_plan_names, parent_plan_name, plan_kind
from loaders.genres.units import split_unit_chain, unit_kind
from loaders.text.fiscal_year import document_year
from loaders.text.names import (
    FACILITY_SUFFIXES,
    find_facilities,
    find_nicknames,
    find_organizations,
    tokens,
)
from loaders.text.normalize import nfkc_key

_FACILITY_SUFFIXES = (
    "センター",
    "会館",
    "公民館",
    "連絡所",
    "出張所",
    "区役所",
    "支所",
    "図書館",
    "ホール",
    "複合施設",
    "体育館",
    "美術館",
    "博物館",
)
# Words that end like a unit or facility but name none: 「全部」「一部」「各課」「同センター」.
_NOT_A_NAME = re.compile(r"^(?:全|一|各|同|当|本|両|外|内|上|下|関係各?|担当|所管|該当)")


# 「A、B、Cといったホール一体施設」: a list the text itself calls facilities.
_NAME_CHARS = r"[一-龥々ァ-ヴーA-Za-z0-9・]{2,20}"
_LISTED_FACILITIES = re.compile(
    rf"(?P<items>(?:{_NAME_CHARS}、)+{_NAME_CHARS})(?:といった|などの|等の)[^、。]{{0,12}}?施設"
)


# Words that, alone before a facility ending, make it a kind of place ("地区公民館" is any
# district's hall): the municipality kinds, their residents, districts, and ranks.
GENERIC_MODIFIERS = (
    "市", "町", "村", "区", "市民", "町民", "村民", "区民", "地区", "地域", "中核", "拠点",
    "デジタル", "小", "近隣", "市立", "町立", "村立", "都市", "学校", "民間", "私立", "公立",
    "認可", "認定", "幼保連携型", "学童", "大", "中", "多目的", "へき地",
    # a prefecture's word for its residents (県民センター), who built it (公設児童館) and
    # the hours or sport a kind serves (休日夜間急病診療所, 陸上競技場). Not 「県立」: a
    # prefecture's one 県立美術館 is the name it goes by.
    "県", "県民", "府民", "都民", "道民", "公設", "私設", "休日", "夜間", "急病", "陸上", "放課後",
)  # fmt: skip
# What follows a facility's name when the text speaks of something else: its site once it
# is gone (「…センター跡地」) or a school's catchment area (「…小学校区」).
_NOT_THE_PLACE_AFTER = re.compile(r"跡|(?<=学校)区")
# 「X工業団地」: an estate of plots for firms or houses, land to develop, not a building.
_ESTATES = ("工業団地", "産業団地", "流通団地", "住宅団地", "業務団地")
# 「…事業（中央図書館）」: the office in charge of a project, named in brackets after it.
_IN_CHARGE_OF = re.compile(r"(?:事業|費)[(（][^()（）]{2,30}[)）]$")


@dataclass(frozen=True)
class FacilityMention:
    start: int
    end: int
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)


def find_facility_mentions(text: str, *, residents: str | None = None) -> list[FacilityMention]:
    """Facilities named in `text`, with 愛称 when printed as 「…(愛称:…)」. `residents` is
    the word for the people of the town or village the text is about (町民, 村民): a small
    body has one building of a kind, so 「町民体育館」 in its text names that one."""
    found: dict[str, FacilityMention] = {}
    kinds: dict[str, FacilityMention] = {}
    for start, end, name, aliases in _facility_candidates(text):
        name = name.strip()
        if len(name) < 3 or _NOT_A_NAME.match(name) or not _names_one_place(name):
            continue
        in_charge = _IN_CHARGE_OF.search(text, max(start - 40, 0), end + 1)
        if _NOT_THE_PLACE_AFTER.match(text, end) or in_charge or name.endswith(_ESTATES):
            continue
        if is_generic_name(name) and not is_residents_own(name, residents):
            if _is_service_kind(name):  # its tails (支援センター) are no names either
                kinds[nfkc_key(name)] = FacilityMention(start, end, name)
            continue
        key = nfkc_key(name)
        if key in found:
            if aliases and not found[key].aliases:
                old = found[key]
                found[key] = FacilityMention(old.start, old.end, old.name, tuple(aliases))
            continue
        found[key] = FacilityMention(start, end, name, tuple(aliases))
    every = sorted([*found.values(), *kinds.values()], key=lambda m: m.start)
    kept = without_short_forms(every, lambda m: m.name)
    return [m for m in kept if nfkc_key(m.name) not in kinds]


# The buildings a town or village has one of, named by its residents' word (町民体育館).
_ONE_OF_A_KIND = ("体育館", "会館", "プール", "ホール", "グラウンド", "野球場", "運動公園")


def is_residents_own(name: str, residents: str | None) -> bool:
    """「町民体育館」 in a town's text: its residents' word, then a building a town has one
    of; 「町民センター」 or 「地区公民館」 may be any of several."""
    key = nfkc_key(name)
    return bool(residents) and any(key == f"{residents}{kind}" for kind in _ONE_OF_A_KIND)


def _is_service_kind(name: str) -> bool:
    key = nfkc_key(name)
    return any(key.endswith(nfkc_key(kind)) for kind in SERVICE_KINDS)


# Centres every municipality runs (by law or a national programme), named by their service
# alone: 「地域包括支援センター の増設」 speaks of the kind; 「X町中央地域包括支援センター」
# names one.
SERVICE_KINDS = (
    "地域包括支援センター", "子育て世代包括支援センター", "こども家庭センター",
    "子ども家庭センター", "在宅医療・介護連携支援センター", "基幹相談支援センター",
    "生活困窮者自立相談支援センター", "子育て支援センター", "地域子育て支援センター",
    "シルバー人材センター",
)  # fmt: skip


def is_generic_name(name: str) -> bool:
    """「市役所」「市役所本館」「市民センター」「地区公民館」: only generic words and type words."""
    rest = nfkc_key(name)
    words = sorted(
        (*FACILITY_SUFFIXES, *GENERIC_MODIFIERS, *(nfkc_key(k) for k in SERVICE_KINDS)),
        key=len,
        reverse=True,
    )
    while rest:
        word = next((w for w in words if rest.endswith(w)), None)
        if word is None:
            return False
        rest = rest[: -len(word)]
    return True


def _names_one_place(name: str) -> bool:
    """False for generic phrases: 「支所・出張所」 (two kind words), 「区役所等庁舎」 (等),
    「ホール一体施設」 — the part before the kind word must name something."""
    plural = "等" in name.replace("高等", "")  # 「…高等学校」 is one school
    if plural or "一体" in name or nfkc_key(name).endswith(_FACILITY_CLASSES):
        return False
    if any(unit_kind(part) in _OFFICE_KINDS for part in re.split("[・･]", name)):
        return False  # 「生涯学習課・中央図書館」: a list of the offices in charge
    kind = facility_kind(name)
    if kind is None:
        return True
    prefix = name[: -len(kind)]
    return bool(prefix) and not prefix.endswith("・") and facility_kind(prefix.rstrip("・")) is None


_OFFICE_KINDS = ("department", "division", "section")
# 「X町公共施設」 (in 「X町公共施設個別施設計画」): a class of facilities, not one place, whatever
# name stands before it.
_FACILITY_CLASSES = ("公共施設", "個別施設", "既存施設", "対象施設", "関連施設", "類似施設")

T = TypeVar("T")


def without_short_forms(items: list[T], name: Callable[[T], str]) -> list[T]:
    """Drop names that are the tail of a longer name found too: 「こども相談センター」 when
    「青葉台市こども相談センター」 is there is the same place, written short."""
    keys = [nfkc_key(name(item)) for item in items]
    return [
        item
        for item, key in zip(items, keys, strict=True)
        if not any(other != key and other.endswith(key) for other in keys)
    ]


def _facility_candidates(text: str) -> list[tuple[int, int, str, list[str]]]:
    nicknamed = [(m.start, m.end, m.name, [alias]) for m, alias in find_nicknames(text)]
    plain = [(m.start, m.end, m.name, []) for m in find_facilities(text)]
    return nicknamed + plain + _listed_facilities(text) + _schools_before_lifespan(text)


# 「X小学校長寿命化改修」: the tokenizer reads 小 + 学校長 (a principal), so the school is
# taken from the characters: a name, then the school word, right before 長寿命化.
_PARTICLES = "のをにはがでとへもや"  # kana that end a phrase, never inside a school's name
_KANA_OF_NAMES = "".join(chr(c) for c in range(0x3041, 0x3097) if chr(c) not in _PARTICLES)
_SCHOOL_BEFORE_LIFESPAN = re.compile(
    rf"(?P<name>[一-龥々{_KANA_OF_NAMES}ァ-ヺー]{{1,15}}?(?:小学校|中学校|高等学校|義務教育学校))"
    r"(?=長寿命化)"
)


def _schools_before_lifespan(text: str) -> list[tuple[int, int, str, list[str]]]:
    if "学校長寿命化" not in text:
        return []  # the cheap check: most texts print no such compound
    return [(m.start(), m.end(), m.group("name"), [])
            for m in _SCHOOL_BEFORE_LIFESPAN.finditer(text)]  # fmt: skip


def _listed_facilities(text: str) -> list[tuple[int, int, str, list[str]]]:
    """Items of a list that the text calls facilities, when one item is plainly one: the
    others (「ひかりテラス」) carry no kind word of their own."""
    found: list[tuple[int, int, str, list[str]]] = []
    for listing in _LISTED_FACILITIES.finditer(text):
        items = listing.group("items").split("、")
        if not any(facility_kind(item) for item in items):
            continue
        position = listing.start("items")
        for item in items:
            found.append((position, position + len(item), item, []))
            position += len(item) + 1
    return found


def _determined(name: str) -> bool:
    """「当課」「各部局」「全庁…」: a word pointing at units, not a unit's name. A name whose
    first word merely starts with such a character (「上下水道課」「下水道課」, a word of three
    characters or more) is a name."""
    if not _NOT_A_NAME.match(name):
        return False
    words = [t.surface for t in tokens(name)] if name else [""]
    if len(words[0]) >= _MIN_WORD_AFTER_DETERMINER:
        return False
    if len(words[0]) == 1 or not name.endswith(_SMALL_UNITS):
        return True  # 「各」「当」 alone: pointing at units; 「外部評価委員会」: no unit of ours
    # 「一時保護係」: a word of its own (保護) between the first and the suffix makes a name
    return not any(len(word) >= 2 for word in words[1:-1])


_SMALL_UNITS = ("課", "室", "係", "班")  # the units a word of their own may follow 一時 in


_MIN_WORD_AFTER_DETERMINER = 3


def find_organization_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of organisational units named in `text`; a chain of units written
    together (局部課) is one mention, so its units keep their hierarchy."""
    found = [(m.start, m.end, m.name) for m in find_organizations(text)]
    found = [f for f in found if not _determined(f[2]) and unit_kind(f[2]) is not None]
    return without_short_forms(_joined_chains(text, found), lambda f: f[2])


def _joined_chains(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join mentions written back to back, or with only unit names between them: the
    tokenizer may miss a middle unit (「緑化局公園管理部公園緑地課」 read as 局 … 課), and
    the units between two units of one chain are units of that chain too."""
    joined: list[tuple[int, int, str]] = []
    for start, end, name in sorted(found):
        if joined and _only_units_between(text, joined[-1][1], start):
            first = joined[-1][0]
            joined[-1] = (first, end, text[first:end])
        else:
            joined.append((start, end, name))
    return joined


_MAX_GAP = 24
_UNIT_TEXT = re.compile(r"[\w・ー]+")


def _only_units_between(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    if start < end or len(gap) > _MAX_GAP or (gap and not _UNIT_TEXT.fullmatch(gap)):
        return False
    return not gap or all(unit_kind(unit) is not None for unit in split_unit_chain(gap))


def facility_kind(name: str) -> str | None:
    for suffix in sorted(_FACILITY_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return None


def parse(facts: DocumentFacts) -> None:
    """Add the title, plans and the document year found anywhere in the text.

    Units and facilities are left to `loaders.recognisers` (organizations, facilities),
    which run on every document.
    """
    page = Page(facts.text)
    text = page.folded
    if facts.fiscal_year is None:
        facts.fiscal_year = document_year(text)
    if facts.title is None:
        first = next((line for line in page.lines if line.text.strip()), None)
        if first is not None and len(first.text.strip()) <= 80:
            facts.title = first.text.strip()
            facts.evidence.setdefault("title", page.line_span(first))
    for start, end, name in find_plan_names(text):
        parent = parent_plan_name(name)
        evidence = {"": page.span(start, end)}
        if parent:
            facts.plans.append(Plan(parent, plan_kind(parent), evidence=dict(evidence)))
        facts.plans.append(Plan(name, plan_kind(name), parent=parent, evidence=evidence))
