"""Legends dating the values of a kind: the year a document (or a table's caption or note)
gives all values of one kind that print none of their own.

An indicator table often prints its kinds without years (成果指標 | 基準値 | 目標値) and says
once what years they are: in a sentence of the document (「成果指標の基準値は令和2年度実績、
目標値は令和7年度です」, 「目標値は、特に記載のないものは令和8年度の値です」), in a legend of
labels (「（基準値：令和2年度、目標値：令和7年度）」), or in the line just above or below the
table (「※現状値（R5）　目標値（R10）」). Read by `loaders.recognisers.indicators` only where a
column or field of a kind prints no year, so documents without one pay nothing.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block, Table
from loaders.text.fiscal_year import year_mentions

_KINDS = ("baseline", "target", "actual", "estimate")

_SUBJECT = re.compile(r"^(?P<kind>[^。、]{1,30}?)(?=は)")
_OF = re.compile(r"の")


def kind_years(doc: StructuredDocument) -> dict[str, int]:
    """「目標値は、特に記載のないものは令和8年度の値です」: the year a document gives all
    values of one kind that print none of their own; a legend may date two kinds in one
    sentence, clause by clause (「基準値は令和2年度実績、目標値は令和7年度です」)."""
    years: dict[str, int] = {}
    for _, kind, year in _legend_entries(doc):
        years.setdefault(kind, year)
    return years


def label_years(doc: StructuredDocument) -> dict[str, int]:
    """「「策定時」は令和2年度、「現状」は令和5年度、「目標」は令和8年度の値です」: the year a
    legend gives each label it names, two labels of one kind (策定時, 現状: both a
    baseline) each their own."""
    years: dict[str, int] = {}
    for label, _, year in _legend_entries(doc):
        years.setdefault(label, year)
    return years


def _legend_entries(doc: StructuredDocument) -> list[tuple[str, str, int]]:
    """Each (label, kind, year) a legend sentence of the document states, in order."""
    found: list[tuple[str, str, int]] = []
    for block in doc.blocks:
        if block.kind == "field" and (dated := _year_field(block)) is not None:
            found.append(dated)  # 「基準値年度：令和2年度」 among a form's common fields
            continue
        if block.kind == "field" and (dated := _kind_year_field(block)) is not None:
            found.append(dated)  # 「現状：令和6年度」「目標：令和8年度」: a legend's fields
            continue
        if block.kind == "field" and (dated := _dated_kind_label(block)) is not None:
            found.append(dated)  # 「targetLabel：目標値（令和11年度）」: a data file's legend
            continue
        if block.kind not in ("paragraph", "item"):
            continue
        for sentence in re.finditer(r"[^。\n]+", doc.folded[block.start : block.end]):
            for text in _kind_clauses(sentence.group().strip(" ※*・()（）")):
                subject = _SUBJECT.match(text) or _LEGEND_LABEL.match(text)
                if subject is None:
                    continue
                kind = _subject_kind(subject.group("kind"))
                if kind not in _KINDS:
                    continue
                if year_mentions(subject.group("kind")):
                    continue  # 「令和7年度の実績は令和8年6月に公表」: one year's value, no legend
                rest = text[subject.end() :]
                mentions = year_mentions(rest)
                if not mentions or (
                    subject.re is _LEGEND_LABEL  # 「基準値：令和2年度」: a year, little more
                    and (mentions[0].start > 0 or len(rest[mentions[0].end :].strip()) > 4)
                ):
                    continue
                label = _OF.split(subject.group("kind"))[-1].strip("「」『』\"' ")
                found.append((label, kind, mentions[0].year))
    return found


# 「基準値年度」「目標年度」: a field naming the year of a kind's values
_YEAR_WORDS = ("年度", "年")


def year_of_kind_field(label: str, value: str) -> tuple[str, int] | None:
    """(kind, year) of a field 「基準値年度：令和2年度」, 「基準年度：R5」: its label a kind's word
    and a year word, its value one year and nothing else; None for any other field."""
    worded = worded_year(label, value)
    if worded is None:
        return None
    word, year = worded
    kind = field_of(word, exact=True) or field_of(label.strip(), exact=True)
    return (kind, year) if kind in _KINDS else None


def worded_year(label: str, value: str) -> tuple[str, int] | None:
    """(word, year) of a field 「中間年度：2030」: the word its label puts before 年度 (or 年)
    and the one year its value is; the values whose labels open with that word
    (「中間目標」) are of that year. None for any other field."""
    label = label.strip()
    word = next((label[: -len(w)] for w in _YEAR_WORDS if label.endswith(w)), None)
    if not word:
        return None
    year = _lone_year(value) or _bare_year(value)
    return (word, year) if year is not None else None


def _bare_year(value: str) -> int | None:
    """「2024」 under a label saying it is a year (「現状年度」, a data key's 「genjo_nendo」):
    the year, a number alone (no era, no 年) a data file stores it as."""
    text = value.strip()
    if not _BARE_YEAR.fullmatch(text):
        return None
    return int(text) if _YEARS[0] <= int(text) <= _YEARS[1] else None


_BARE_YEAR = re.compile(r"[0-9]{4}")
_YEARS = (1950, 2100)  # the years a plan's figures may be of


def _lone_year(value: str) -> int | None:
    """The fiscal year a value is, one year and nothing else (no date), else None."""
    mentions = year_mentions(value)
    if len(mentions) != 1 or mentions[0].kind == "date":
        return None
    if value[: mentions[0].start].strip() or value[mentions[0].end :].strip():
        return None
    return mentions[0].year


def _dated_kind_label(block: Block) -> tuple[str, str, int] | None:
    """(label, kind, year) of a field whose value is a kind's label dated by one year, under
    a key saying it is a label (「targetLabel」, 「見出し」): the year of that kind's values, as
    the page the data feeds prints it (「目標値（令和11年度）」)."""
    key, value = (block.label or "").strip(), (block.value or "").strip()
    if not key.lower().endswith(_LABEL_KEYS) or len(value) > _DATED_LABEL_MAX:
        return None
    mentions = year_mentions(value)
    if len(mentions) != 1 or mentions[0].kind == "date":
        return None
    word = (value[: mentions[0].start] + value[mentions[0].end :]).strip(" ()（）")
    kind = field_of(word, exact=True)
    return (word, kind, mentions[0].year) if kind in _KINDS else None


_LABEL_KEYS = ("label", "見出し", "ラベル")
_DATED_LABEL_MAX = 20


def _kind_year_field(block: Block) -> tuple[str, str, int] | None:
    """(label, kind, year) of a field whose label is a kind's word and whose value is one
    year and nothing else (「見込：令和7年度」): the year of the values that label heads."""
    label, value = (block.label or "").strip(), (block.value or "").strip()
    kind = field_of(label, exact=True) if label else None
    year = _lone_year(value) if kind in _KINDS else None
    return (label, kind, year) if kind is not None and year is not None else None


def _year_field(block: Block) -> tuple[str, str, int] | None:
    """(label word, kind, year) of a kind's year field (`year_of_kind_field`)."""
    found = year_of_kind_field(block.label or "", block.value or "")
    if found is None:
        return None
    label = (block.label or "").strip()
    word = next(label[: -len(w)] for w in _YEAR_WORDS if label.endswith(w))
    return word, found[0], found[1]


# 「基準値：令和2年度、目標値：令和7年度」: a legend's kind, a colon, the year of its values
_LEGEND_LABEL = re.compile(r"^\s*(?P<kind>[^。、:：\s]{1,12})\s*[:：]\s*")


def caption_kind_years(doc: StructuredDocument, table: Table) -> dict[str, int]:
    """「成果指標（基準値：令和2年度、目標値：令和7年度）」, 「※基準値(R2) 目標値(R7)」: the
    line just above or below a table naming each kind with the year of its values."""
    block = next((b for b in doc.blocks if b.table is table), None)
    if block is None:
        return {}
    years: dict[str, int] = {}
    for at in (block.index - 1, block.index + 1):
        if not 0 <= at < len(doc.blocks) or doc.blocks[at].kind == "table":
            continue
        line = doc.folded[doc.blocks[at].start : doc.blocks[at].end]
        for mention in year_mentions(line):
            word = _KIND_BEFORE_YEAR.search(line, 0, mention.start)
            kind = field_of(word.group("kind"), exact=True) if word else None
            if kind in _KINDS and mention.kind != "date":
                years.setdefault(kind, mention.year)
    return years


# 「基準値（」, 「目標値：」, 「目標値 」: a kind's word right before the year it names
_KIND_BEFORE_YEAR = re.compile(r"(?P<kind>[^\W\d_]{2,6})\s*[(（:：=＝]?\s*$")


def _subject_kind(subject: str) -> str | None:
    """The field a legend's subject names: its last 「の」 part, quoted or not (「指標の
    「目標値」」 → 目標値)."""
    return field_of(_OF.split(subject)[-1].strip("「」『』\"'"), exact=True)


def _kind_clauses(sentence: str) -> list[str]:
    """A sentence cut before each comma that opens a kind's own clause (「、目標値は…」); a
    comma after a subject (「目標値は、特に…」) or inside a clause cuts nothing."""
    clauses = [""]
    for part in sentence.split("、"):
        subject = _SUBJECT.match(part) or _LEGEND_LABEL.match(part)
        opens = subject is not None and _subject_kind(subject.group("kind"))
        if clauses[-1] and opens in _KINDS:
            clauses.append(part)
        else:
            clauses[-1] = f"{clauses[-1]}、{part}" if clauses[-1] else part
    return clauses
