"""What an organisational unit's name says about it: its kind, and the chain it spells.

Japanese unit names end in a word that places them in the hierarchy (…局, …部, …課, …係),
so a contact line such as 「市民文化局文化振興部文化企画課」 can be split into its units
and each one's kind read off its suffix, without any list of real unit names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from loaders.facts import OrganizationKind
from loaders.text.fiscal_year import year_mentions
from loaders.text.names import (
    closest_unit_name,
    find_organizations,
    opens_with_label_unit,
    runs_centre,
)
from loaders.text.normalize import nfkc_key

# Longest suffixes first: 委員会 before 会, 事務所 before 所.
_KIND_BY_SUFFIX: tuple[tuple[str, OrganizationKind], ...] = (
    ("委員会", "committee"),
    ("審議会", "committee"),
    ("協議会", "external"),
    ("組合", "external"),
    ("センター", "facility_unit"),
    ("公民館", "facility_unit"),
    ("図書館", "facility_unit"),
    ("会館", "facility_unit"),
    ("事務所", "facility_unit"),
    ("保健所", "facility_unit"),
    ("相談所", "facility_unit"),
    ("出張所", "facility_unit"),
    ("連絡所", "facility_unit"),
    ("区役所", "facility_unit"),
    ("支所", "facility_unit"),
    ("本部", "department"),
    ("局", "department"),
    ("部", "department"),
    ("課", "division"),
    ("室", "division"),
    ("係", "section"),
    ("班", "section"),
    ("担当", "section"),
    ("グループ", "section"),
)

# Words that end like a unit but are none: 「信頼関係」 ends in 係, 「全部」 in 部.
_NOT_UNIT_ENDINGS = ("関係", "体系", "家系")
# Words that are no unit on their own or after a particle (「その全部」), but end real unit
# names after a kanji word: 「市民安全部」「緑化推進部」.
_NOT_UNIT_WORDS = ("全部", "一部", "内部", "外部", "細部", "幹部",
                   # parts of a region (「山間部の集落」) and rooms of a building (「更衣室」)
                   "沿岸部", "山間部", "中心部", "都市部", "臨海部", "周辺部", "農村部",
                   "更衣室", "会議室", "休憩室", "調理室", "和室",
                   # rooms a facility lends (「学習室・クラブ室を備える」), no office's
                   "学習室", "閲覧室", "多目的室", "クラブ室", "研修室", "集会室", "談話室",
                   "創作室", "展示室", "講義室", "視聴覚室", "図書室")  # fmt: skip
_KANJI_BEFORE = re.compile(r"[一-龥々]$")
# 「…教室計○室」「全○課」: a number right before the unit word counts rooms or units; a
# unit's own number is ordinal (「第1係」)
_COUNTED = re.compile(r"(?<![第\d])\d+(?:局|部|課|室|係|班)$")
# A prefecture's 教育庁 / 企業庁 (the office of its 教育委員会, of its enterprises) is a
# department, named so whole; 庁 alone ends no unit (本庁, 県庁, 全庁 name none).
_OFFICES = ("教育庁", "企業庁")
# A unit in a chain is at least this long: 「北部」 in 「北部地域課」 is a place, not a 部.
_MIN_UNIT_LENGTH = 3
# 委員会 ends a piece unless its 事務局 follows (「青葉審査委員会緑化推進課」 is two units,
# 「青葉審査委員会事務局」 one).
_CHAIN_PIECE = re.compile(r".+?(?:局|部|課|室|係|担当|センター|事務所|委員会(?!事務局))")
_UNIT_CHARS = re.compile(r"^[\w・ー]+$")
_WARD = re.compile(r"^(?P<city>.+?市)(?P<ward>[^市]+区)$")  # 「架空市架空区」: a city's ward


# the marks a group row sets around the unit it names (「【総務課】」, 「■企画部」)
_GROUP_MARKS = "【】[]［］〔〕<>＜＞()（）■□◆◇●○・ "


def group_row_name(text: str) -> str:
    """The name a group row prints, its marks and brackets taken off (「【総務課】」 → 総務課)."""
    return text.strip().strip(_GROUP_MARKS)


def unit_kind(name: str) -> OrganizationKind | None:
    """The kind of unit a name denotes by its suffix, or None when it is no unit name."""
    name = name.strip()
    if len(name) < 2 or not _UNIT_CHARS.match(name) or name.endswith(_NOT_UNIT_ENDINGS):
        return None
    if _prose_phrase(name) or _COUNTED.search(name):
        return None
    if all(letter in _BARE_UNIT_WORDS for letter in name):
        return None  # 「課係」「部課」: bare unit words side by side (「課・係」 labels), no name
    word = next((w for w in _NOT_UNIT_WORDS if name.endswith(w)), None)
    if word is not None and not _KANJI_BEFORE.search(name[: -len(word)]):
        return None
    if name.endswith(_OFFICES):
        return "department"
    for suffix, kind in _KIND_BY_SUFFIX:
        if name.endswith(suffix) and len(name) > len(suffix):
            return kind
    return None


def _prose_phrase(name: str) -> bool:
    """「令和6年度の架空局」「前年の課」「課の窓口担当」: a phrase of prose joined by 「の」 whose
    part is a year or a bare unit word (部, 課 on their own) names no unit; a unit's own 「の」
    joins words (「みどりの相談センター」)."""
    if "の" not in name:
        return False
    parts = name.split("の")
    if any(len(part) == 1 and part in _BARE_UNIT_WORDS for part in parts):
        return True
    head = parts[0]
    return any(m.start == 0 and m.end == len(head) for m in year_mentions(head))


_BARE_UNIT_WORDS = frozenset(suffix for suffix, _ in _KIND_BY_SUFFIX if len(suffix) == 1)


# The council's own committees (「○○常任委員会」「○○特別委員会」「議会運営委員会」): a
# paper is presented TO them, so they head a council paper or its minutes without being the
# unit it is about; an executive committee (教育委員会, 選挙管理委員会) is a unit of the body.
_COUNCIL_COMMITTEES = ("常任委員会", "特別委員会", "議会運営委員会", "予算委員会", "決算委員会")


# The executive committees a body keeps by law (地方自治法 180条の5): units of the body that
# write budgets and plans. Another 「○○委員会」 at the head of a paper (a standing committee
# named by its fields) is a committee it goes to: the council's, or an advisory body's.
_EXECUTIVE_COMMITTEES = (
    "教育委員会", "選挙管理委員会", "人事委員会", "公平委員会", "農業委員会", "公安委員会",
    "固定資産評価審査委員会", "労働委員会", "収用委員会", "漁業調整委員会", "漁場管理委員会",
)  # fmt: skip


def council_committee(name: str) -> bool:
    """A committee of the council, which a document is presented to, never written by."""
    return unit_kind(name) == "committee" and name.strip().endswith(_COUNCIL_COMMITTEES)


def executive_committee(name: str) -> bool:
    """One of the executive committees of a body (教育委員会, 選挙管理委員会 …)."""
    return unit_kind(name) == "committee" and name.strip().endswith(_EXECUTIVE_COMMITTEES)


def _read_chain(name: str) -> list[str] | None:
    """The units the tokenizer reads in `name`, when they cover it end to end, two or more:
    a word ending in a suffix's character inside a unit's name (放課後児童課: 「放課」) then
    cuts no unit, as a cut at every such character would (「…局放課」 「後児童課」)."""
    found = find_organizations(name)
    if len(found) < _MIN_CHAIN or found[0].start != 0 or found[-1].end != len(name):
        return None
    if any(a.end != b.start for a, b in itertools.pairwise(found)):
        return None
    if any(opens_with_label_unit(m.name) for m in found):
        return None  # 「…部担当課…課」: a label run into the chain, which the cut below drops
    return [m.name for m in found]


_MIN_CHAIN = 2


def split_unit_chain(name: str) -> list[str]:
    """Split a run of unit names written together (局部課) into the units, outermost first.

    Returns [name] when the run does not split cleanly into unit names.
    """
    if not _UNIT_CHARS.match(name):
        return [name]  # white space or punctuation: not one run of unit names
    pieces: list[str] = []
    for piece in _CHAIN_PIECE.findall(name):
        if pieces and len(piece) < _MIN_UNIT_LENGTH:
            pieces[-1] += piece
        elif not pieces or len(pieces[-1]) >= _MIN_UNIT_LENGTH:
            pieces.append(piece)
        else:
            pieces[-1] += piece
    if "".join(pieces) != name:
        rest = name[len("".join(pieces)) :]
        if pieces and rest and unit_kind(pieces[-1] + rest):
            pieces[-1] += rest
        else:
            return [name]
    if len(pieces) > 1 and (read := _read_chain(name)) is not None and len(read) == len(pieces):
        pieces = read  # (cut as the tokenizer reads the words: 「放課後児童課」 keeps 「放課」)
    joined: list[str] = []
    for piece in pieces:  # 「こども家庭センター」「推進課」: one unit, named for the centre
        if joined and joined[-1].endswith("センター") and runs_centre(piece):
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined or [name]


def strip_place_prefix(name: str, *places: str | None) -> str:
    """Remove a leading prefecture/municipality name: 「青葉台市市民文化局」 → 「市民文化局」."""
    changed = True
    while changed:
        changed = False
        for place in places:
            if place and name.startswith(place) and len(name) > len(place):
                name = name[len(place) :]
                changed = True
    return name


def resolve_unit_name(printed: str, known: Sequence[str]) -> str:
    """The known unit a printed name means (a misprint resolved), else the printed name.

    A misprint is one wrong, missing or extra character (「広報広報課」 for 「広報広聴課」);
    names further apart are taken as the different units they may well be.
    """
    for name in known:
        if nfkc_key(name) == nfkc_key(printed):
            return name
    closest = closest_unit_name(printed, known)
    if closest is None or not _one_edit_apart(nfkc_key(printed), nfkc_key(closest)):
        return printed
    return closest


def _one_edit_apart(a: str, b: str) -> bool:
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return any(a[:i] + a[i + 1 :] == b for i in range(len(a)))


def ward_office(body: str) -> str | None:
    """「架空市架空区」 → 架空区役所: the office of a city's ward, which a ward's own document
    means by the ward (its staff, its budget); None for a body that is no ward."""
    match = _WARD.match(body)
    return match.group("ward") + "役所" if match else None


def ward_city(body: str) -> str | None:
    """「架空市架空区」 → 架空市: the city a ward belongs to (whose name a ward's page prints
    before the city's own units, 「架空市建設局」); None for a body that is no ward."""
    match = _WARD.match(body)
    return match.group("city") if match else None


# 「名称（宵見課）」「名称 〔宵見課〕」: a closing bracket
_TRAILING_BRACKET = re.compile(r"\s*[(（〔［](?P<body>[^()（）〔〕［］]*)[)）〕］]\s*$")


def without_unit_bracket(name: str) -> str:
    """「名称(宵見課)」, 「名称 〔宵見課〕」 → 「名称」: a trailing bracket holding only the names
    of units (the ones in charge), no part of the name."""
    found = _TRAILING_BRACKET.search(name)
    if found is None or not name[: found.start()].strip():
        return name
    parts = [p for p in re.split(r"[／/・、,，\s]+", found.group("body")) if p]
    if parts and all(unit_kind(p) for p in parts):
        return name[: found.start()].rstrip()
    return name

