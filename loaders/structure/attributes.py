"""Labelled attributes written inside a line rather than as lines of their own.

Two layouts put a fact's fields inside one line, and both are read through the field
vocabulary (`loaders.field_vocabulary`), never a regex that spells a label:

* an attribute parenthesis after a name: 「X事業（予算額：13,700千円／所管：地域振興課）」,
  「防災交付金(補修) (予算額(事業費)512000千円)」. A parenthesis whose first part does not
  start with a known label (「(補修)」) belongs to the name;
* labelled fields run together, as PDF extraction leaves a form:
  「事務事業名○○管理事業部局名企画部課(室)名政策企画課…」: each known label's value runs
  up to the next known label.

Offsets are into the text given (plus `offset`), so callers quote exact source spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from loaders.field_vocabulary import all_labels, field_of, label_key

_OPEN = "(（【〔[〈《"
_CLOSE = ")）】〕]〉》"
_PART_SEPARATORS = "／/;；,，、"
_LABEL_VALUE_GAP = re.compile(r"[\s:：=＝]*")
_MAX_LABEL = 16
# A label inside a run must be long enough not to be a word of a value (「事業」 in
# 「…管理事業」, 「政策」 in 「政策企画課」); a run has several labels, none far apart.
RUN_MIN_LABEL = 3
RUN_MIN_LABELS = 3
RUN_MAX_VALUE = 60


@dataclass(frozen=True)
class Attribute:
    """One labelled value: `field` is the vocabulary field the printed `label` names."""

    label: str
    field: str
    value: str
    start: int  # the value's offsets
    end: int
    label_start: int


@dataclass(frozen=True)
class Group:
    """A bracketed group in a line: its offsets (brackets included) and its attributes."""

    start: int
    end: int
    attributes: tuple[Attribute, ...]


def bracket_groups(text: str) -> list[tuple[int, int]]:
    """[start, end) of each top-level bracketed group of `text`, brackets included."""
    groups: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in _CLOSE and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append((start, i + 1))
    return groups


def _thousands_comma(text: str, i: int) -> bool:
    """A comma between digits groups thousands (13,700); it separates nothing."""
    return (
        text[i] in ",，"
        and 0 < i < len(text) - 1
        and text[i - 1].isdigit()
        and text[i + 1].isdigit()
    )


def top_level_parts(
    text: str, start: int, end: int, separators: str = _PART_SEPARATORS
) -> list[tuple[int, int]]:
    """Pieces of text[start:end] split at separators outside nested brackets."""
    parts: list[tuple[int, int]] = []
    depth = 0
    piece = start
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in separators and not _thousands_comma(text, i):
            parts.append((piece, i))
            piece = i + 1
    parts.append((piece, end))
    return [(a, b) for a, b in parts if text[a:b].strip()]


def _after_year(text: str, start: int, end: int) -> int | None:
    """Where a label starts after a fiscal year printed before it (「令和6年度予算額」,
    「R7当初予算」): the year qualifies the label, it is not the label's value."""
    from loaders.text.fiscal_year import year_mentions  # only for a bracket's first part

    head = text[start : min(end, start + _MAX_YEAR)]
    mention = next(iter(year_mentions(head)), None)
    if mention is None or mention.start != 0 or mention.kind != "fiscal":
        return None
    at = start + mention.end
    while at < end and text[at] in " \u3000の":
        at += 1
    return at if at < end else None


_MAX_YEAR = 12


def leading_label(
    text: str, start: int, end: int, *, year_first: bool = False
) -> tuple[str, str, int] | None:
    """(label, field, value start) when text[start:end] starts with a known label followed
    by a value; the longest label wins (「予算額(事業費)」 over 「予算額」). With
    `year_first` (inside an attribute bracket) a fiscal year before the label belongs to it
    (「（令和6年度予算額 ○○,○○○千円）」)."""
    while start < end and text[start].isspace():
        start += 1
    found = _leading_label(text, start, start, end)
    if found is None and year_first and start < end and (
        text[start].isdigit() or text[start] in _YEAR_START
    ):
        after = _after_year(text, start, end)
        if after is not None:
            found = _leading_label(text, start, after, end)
    return found


_YEAR_START = "令平RrＲｒH"


def _leading_label(text: str, start: int, label_at: int, end: int) -> tuple[str, str, int] | None:
    """leading_label with the label read from `label_at` (after a year) and printed from
    `start`."""
    for stop in range(min(end, label_at + _MAX_LABEL), label_at, -1):
        label = text[start:stop]
        if label[-1].isspace():
            continue
        field = field_of(text[label_at:stop], exact=True)
        if field is None:
            continue
        value_start = _LABEL_VALUE_GAP.match(text, stop)
        at = value_start.end() if value_start else stop
        # a label ends where a separator, a qualifier's bracket or a number marks it
        # (「予算額:」, 「予算額(事業費)512000千円」); 「重点事業の一部」 is a phrase
        marked = at > stop or label[-1] in _CLOSE or text[at : at + 1].isdigit()
        if at < end and text[at:end].strip() and marked:
            return label, field, at
    return None


def group_attributes(text: str, start: int, end: int, offset: int = 0) -> tuple[Attribute, ...]:
    """The attributes of the bracketed group text[start:end]; empty when its first part
    does not start with a known label (then the group is part of a name)."""
    found: list[Attribute] = []
    for a, b in top_level_parts(text, start + 1, end - 1):
        labelled = leading_label(text, a, b, year_first=True)
        if labelled is None:
            if not found:
                return ()
            continue
        label, field, at = labelled
        value = text[at:b].rstrip()
        label_at = a + len(text[a:b]) - len(text[a:b].lstrip())
        found.append(
            Attribute(label, field, value, offset + at, offset + at + len(value), offset + label_at)
        )
    return tuple(found)


def attribute_groups(text: str, offset: int = 0) -> list[Group]:
    """Every bracketed group of `text` that holds labelled attributes."""
    groups = []
    for start, end in bracket_groups(text):
        found = group_attributes(text, start, end, offset)
        if found:
            groups.append(Group(offset + start, offset + end, found))
    return groups


def split_attributes(text: str) -> tuple[str, list[Attribute]]:
    """A name and the attributes printed after it: the name is the text before the first
    attribute group, so a qualifier parenthesis that names nothing stays in the name."""
    groups = attribute_groups(text)
    if not groups:
        return text.strip(), []
    name = text[: groups[0].start].strip()
    return name, [a for g in groups for a in g.attributes]


_SPACE_RUN = re.compile(r"[ \u3000\t]*[/／][ \u3000\t]*|[ \u3000\t]+")  # or 「／」 between fields


def spaced_fields(text: str) -> tuple[str, list[Attribute]]:
    """「X事業　予算：41,357千円　担当：環境政策課」: a name, then labelled values each after a
    space (or a slash: 「X事業／担当：…／予算：…」), every label marked by a colon (so a word
    of the name is never taken for one)."""
    starts: list[tuple[int, int, str, str, int]] = []  # gap start, label start, label, field, value
    for gap in _SPACE_RUN.finditer(text):
        labelled = leading_label(text, gap.end(), len(text))
        if labelled is None:
            continue
        label, field, at = labelled
        between = text[gap.end() + len(label) : at]
        if ":" in between or "：" in between:
            starts.append((gap.start(), gap.end(), label, field, at))
    if not starts or not text[: starts[0][0]].strip():
        return text.strip(), []
    found = []
    for k, (_, label_at, label, field, at) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        value = text[at:end].rstrip()
        found.append(Attribute(label, field, value, at, at + len(value), label_at))
    return text[: starts[0][0]].strip(), found


@cache
def _run_label_pattern() -> re.Pattern[str]:
    """Every label of at least RUN_MIN_LABEL characters, spaces allowed between characters
    (「政  策」), longest first so the longest label at a position wins."""
    keys = sorted(
        {label_key(x) for x in all_labels() if len(label_key(x)) >= RUN_MIN_LABEL},
        key=len,
        reverse=True,
    )
    gap = r"[ \u3000]*"
    return re.compile("|".join(gap.join(re.escape(ch) for ch in key) for key in keys))


def label_runs(text: str, offset: int = 0) -> list[Attribute]:
    """Labelled fields run together in `text`: each known label's value is the text up to
    the next known label. Only runs of several labels with short values between them count,
    so a label word met in a sentence is not taken for a field."""
    matches = list(_run_label_pattern().finditer(text))
    runs: list[list[Attribute]] = []
    current: list[Attribute] = []
    for k, match in enumerate(matches):
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        value_end = nxt.start() if nxt is not None else len(text)
        value = text[match.end() : value_end]
        stripped = value.strip(" \u3000:：")
        if not stripped or len(value) > RUN_MAX_VALUE or "。" in value:
            runs.append(current)
            current = []
            continue
        current.append(_run_attribute(text, match, value_end, offset))
    runs.append(current)
    return [a for run in runs if len(run) >= RUN_MIN_LABELS for a in run]


def _run_attribute(text: str, match: re.Match[str], value_end: int, offset: int) -> Attribute:
    label = match.group()
    field = field_of(label, exact=True) or ""
    gap = _LABEL_VALUE_GAP.match(text, match.end())
    start = gap.end() if gap else match.end()
    value = text[start:value_end].rstrip()
    return Attribute(
        label, field, value, offset + start, offset + start + len(value), offset + match.start()
    )


# 「一般会計………58億円」, 「職員数‥‥‥120人」, 「歳出合計・・・・6,529千円」: a label joined to its
# value by a dotted leader, as a price list or a newsletter's table of figures prints it.
_LEADER = re.compile(r"\s*(?P<label>\S.*?)\s*(?:[…‥]+|[・.．･]{3,})\s*(?=\S)")
_LEADER_CHARS = ("…", "‥", "・・・", "...", "．．．", "･･･")


def leader_field(text: str) -> tuple[str, int] | None:
    """(label, value start) of a line that prints a label, a dotted leader and a value;
    None for any other line (checked cheaply first: most lines have no leader)."""
    if not any(chars in text for chars in _LEADER_CHARS):
        return None
    match = _LEADER.match(text)
    if match is None or not match.group("label").strip():
        return None
    return match.group("label").strip(), match.end()


# 「4-1 農林業の振興 ……… 10」: a table of contents joins an entry to its page by a dotted leader.
_PAGE_LEADER = re.compile(r"\s*(?:[…‥]+|[・.．･]{3,})\s*[0-9０-９]{1,4}\s*$")


def without_page_leader(text: str) -> str:
    """An entry of a table of contents without the dotted leader and page number after it
    (the page a name is printed on is no part of the name), or an entry of a list without
    the leader and the labelled value it leads to (「名称(担当:X課)…進捗 B」: a field of
    the entry, no part of its name); other text as given."""
    if not any(chars in text for chars in _LEADER_CHARS):
        return text
    found = _PAGE_LEADER.search(text) or _leader_to_field(text)
    return text[: found.start()].rstrip() if found and text[: found.start()].strip() else text


def without_page_date(text: str) -> str:
    """A linked title without the date the page notes after it (「名称（更新日：2026年4月1日）」):
    when the page behind the link was updated is no part of the name."""
    found = _PAGE_DATE.search(text)
    return text[: found.start()].rstrip() if found and text[: found.start()].strip() else text


# 「（更新日：…）」「[掲載日 …]」: a bracket closing the line that opens with a page-date word
_PAGE_DATE = re.compile(
    r"\s*[(（\[［](?:最終)?(?:更新|掲載|公開|作成|登録)日?\s*[:：]?\s*[^()（）\[\]［］]{4,24}"
    r"[)）\]］]\s*$"
)


# 「…進捗 B」, 「……評価：A」: a leader, a label, then its short value closing the line
_FIELD_LEADER = re.compile(
    r"\s*(?:[…‥]+|[・.．･]{3,})\s*(?P<label>[^\s:：…‥・.．･]{1,8})[\s:：]*\S{1,12}\s*$"
)


def _leader_to_field(text: str) -> re.Match[str] | None:
    found = _FIELD_LEADER.search(text)
    if found is None or field_of(found.group("label"), exact=True) is None:
        return None
    return found
