"""What a project (事業) name looks like: the word it ends with.

Budget documents name their projects 「…事業」「…事業費」「…費」「…制度」「…交付金」;
that ending, together with structural evidence (an amount on the same item, a project
label above it), is what tells a project from a policy line or a sentence. The expenditure
categories every municipality's budget uses (地方自治法施行規則の款: 総務費, 民生費 …) end in
費 too but are groupings of projects, so a name must say more than its ending.
"""

from __future__ import annotations

import re
from functools import cache

from rdflib import URIRef

from loaders.text.normalize import fold_width, nfkc_key

# 款 and 性質別 expenditure categories (地方自治法施行規則; 地方財政状況調査): every
# municipality's budget groups its projects under these, so they are never a project.
EXPENDITURE_CATEGORIES = frozenset(
    {
        "議会費", "総務費", "民生費", "衛生費", "労働費", "農林水産業費", "商工費", "土木費",
        "消防費", "教育費", "災害復旧費", "公債費", "諸支出金", "予備費", "人件費", "物件費",
        "扶助費", "補助費等", "維持補修費", "普通建設事業費", "災害復旧事業費", "失業対策事業費",
        "積立金", "繰出金", "貸付金", "投資及び出資金",
        # the funds every body keeps by law (地方財政法): a balance, never a project
        "財政調整基金", "減債基金",
    }
)  # fmt: skip
PROJECT_ENDINGS = ("事業", "費", "制度", "交付金", "補助金", "助成金", "給付金", "負担金", "基金",
                   "奨励金")
# A project name says what it is for before its ending: 「議会費」「人件費」 are categories.
MIN_MODIFIER = 3
_TRAILING_QUALIFIER = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_NAME_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_STATUS_MARK_PROPERTY = URIRef("https://w3id.org/machikg/fields#statusMark")
_MARK_OPEN = "(（【〔[〈《＜<"
_MARK_CLOSE = ")）】〕]〉》＞>"


def project_ending(name: str) -> str | None:
    """The project ending of `name` (a trailing qualifier such as 「(補修)」 set aside), or
    None when the name does not end like a project."""
    key = nfkc_key(strip_status_mark(name))
    if key in EXPENDITURE_CATEGORIES:
        return None
    while (bare := _TRAILING_QUALIFIER.sub("", key)) != key:
        key = bare
    for ending in sorted(PROJECT_ENDINGS, key=len, reverse=True):
        if key.endswith(ending):
            modifier = key[: -len(ending)]
            if len(_NAME_CHARS.findall(modifier)) >= MIN_MODIFIER:
                return ending
            return None
    return None


def looks_like_project(name: str) -> bool:
    return project_ending(name) is not None


@cache
def status_marks() -> frozenset[str]:
    """The marks (新, 拡充 …) printed after a project's name to say it is new or expanded
    (`mkf:statusMark` in ontology/fields.ttl)."""
    from loaders.field_vocabulary import fields_graph  # loaders.text is imported by it

    graph = fields_graph()
    marks = graph.subject_objects(_STATUS_MARK_PROPERTY)
    return frozenset(fold_width(str(mark)) for _, mark in marks)


def strip_status_mark(name: str) -> str:
    """「X事業（新）」 → 「X事業」: a status mark is no part of the name, nor is a remark on
    what the project covers (「（…を含む）」); a name that does not end like a project
    without it keeps its bracket (「X事業(その2)」 is another name)."""
    text = name.rstrip()
    if not text:
        return name
    if text[-1] not in _MARK_CLOSE:
        return _without_glued_mark(name)
    start = max(text.rfind(ch) for ch in _MARK_OPEN)
    inner = fold_width(text[start + 1 : -1]).strip()
    if start <= 0 or (inner not in status_marks() and not _SCOPE_REMARK.search(inner)):
        return name
    bare = text[:start].rstrip()
    return bare if looks_like_project(bare) else name


def _without_glued_mark(name: str) -> str:
    """「X事業拡充」「X事業 新規」 → 「X事業」: a status mark printed right after a name
    (a tag set in the same cell, glued or after a space) is no part of it; the name
    must still end like a project without it (「X事業充実」 is cut, 「X刷新」 is not)."""
    text = name.rstrip()
    for mark in sorted(status_marks(), key=len, reverse=True):
        if len(mark) >= 2 and fold_width(text[-len(mark) :]) == mark:
            bare = text[: -len(mark)].rstrip()
            if project_ending(bare) is not None:
                return bare
    return name


# 「X事業（駅前通り整備を含む）」: a remark on what the project covers, no part of its name
_SCOPE_REMARK = re.compile(r"(?:を|も)?(?:含む|含め|除く)(?:。)?$")
_LEADING_MARK = re.compile(
    r"^\s*(?:[(（【〔\[〈《＜<](?P<bracketed>[^)）】〕\]〉》＞>]{1,6})[)）】〕\]〉》＞>]\s*"
    r"|(?P<word>\S{1,6})\s+)"
)


def strip_leading_status_mark(name: str) -> str:
    """「新規 X事業」「【拡充】X事業」「[環境]X事業」 → 「X事業」: a status mark printed before a
    project's name (a word set apart by a space, or in brackets), or a theme's tag in square
    brackets, is no part of it; the rest must still end like a project."""
    match = _LEADING_MARK.match(name)
    if match is None:
        return name
    mark = match.group("bracketed") or match.group("word") or ""
    # 「[にぎわい]X事業」: a tag in square or lenticular brackets files the project under a
    # theme, whatever its word; a round bracket may open a name (「（仮称）…」)
    tag = match.group("bracketed") is not None and name.lstrip()[:1] in "[［【〔"
    if not tag and fold_width(mark).strip() not in status_marks():
        return name
    bare = name[match.end() :]
    return bare if looks_like_project(bare) else name


_TRAILING_WORD = re.compile(r"[ \u3000]+(?P<word>\S{1,6})[ \u3000]*$")


def strip_trailing_status_word(line: str) -> str:
    """「X事業 ○,○○○万円（教育課）　新規」 → the line without 「新規」: a status mark printed as
    the last word of a project's line, after its amount or division, is no part of the row
    (the marks are `mkf:statusMark` in ontology/fields.ttl)."""
    match = _TRAILING_WORD.search(line)
    if match is None or fold_width(match.group("word")) not in status_marks():
        return line
    return line[: match.start()]



# 「X事業 ※介護保険特別会計」, 「X事業※1」: a note mark opens a remark (the account the
# project is in, a footnote's number), no part of the name
_NOTE_REMARK = re.compile(r"\s*[※＊*][^※＊*]*$")


def strip_note_remark(name: str) -> str:
    """The name without a remark opened by a note mark after it; a name that does not end
    like a project without the remark keeps it."""
    match = _NOTE_REMARK.search(name)
    if match is None or match.start() == 0:
        return name
    bare = name[: match.start()].rstrip()
    return bare if looks_like_project(bare) else name
