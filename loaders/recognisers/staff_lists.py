"""Staff counts in a list of units: one unit and its count an entry, the count printed alone.

Two layouts print a department's units with their staff and nothing else on the line:

- a definition list (HTML `<dl>`, 「農政課：28人」 fields), one run of fields per group under
  a heading (本庁 / 出先機関); offices (試験場, 大学校) count in a run that follows a run of
  units, as the same list continued;
- a nested list under a caption naming the staff label (「部局別の職員配置」), each division
  with a bare number (「人事課　14」), the caption or a parent line saying they are people.

The year is the day a caption just above dates the list with (「(令和6年4月1日現在)」),
else the document's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import field_of, label_key, labels_of
from loaders.genres.units import unit_kind
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block
from loaders.text.fiscal_year import year_mentions
from loaders.text.names import office_name

_COUNT_VALUE = re.compile(r"\s*(?P<n>[0-9][0-9,]*)\s*[人名]\s*")
# 「- 人事課 14」「・市立保育所(こども課所管) 22 ※内数」: a name, maybe a note, a bare number
_BARE_ITEM = re.compile(
    r"[\s・•●○◎■□◆◇▪*\-]*(?P<unit>[^\s0-9()（）、。,][^\s()（）、。,]{1,30}?)"
    r"(?:[(（][^()（）]*[)）])?\s+(?P<n>[0-9][0-9,]*)(?:\s*[人名])?(?:\s+※.*)?"
)
_CAPTION_REACH = 4  # blocks above a run where the dated caption may stand
_MIN_ITEMS = 2  # one bare number under a caption could be anything: a list has several


@dataclass(frozen=True)
class ListedCount:
    """A unit of a list and its count, where printed; `year` from the caption, if dated."""

    unit: str
    year: int | None
    count: int
    start: int
    end: int
    count_start: int


def listed_counts(doc: StructuredDocument) -> Iterator[ListedCount]:
    yield from _field_runs(doc)
    yield from _bare_items(doc)


# -- <dl> fields ------------------------------------------------------------------------
def _field_runs(doc: StructuredDocument) -> Iterator[ListedCount]:
    """Runs of 「unit：N人」 fields; a run of offices only after a run of units, with no
    more than a grouping heading between (「本庁」 … 「出先機関」)."""
    last_end: int | None = None  # index after the last accepted run
    run: list[tuple[Block, re.Match[str]]] = []
    blocks = doc.blocks
    for i, block in enumerate([*blocks, None]):
        entry = _count_field(doc, block) if block is not None else None
        if entry is not None:
            run.append(entry)
            continue
        if run:
            first = run[0][0].index
            units = any(unit_kind(b.label or "") for b, _ in run)
            follows = (
                last_end is not None
                and first - last_end <= 1
                and all(blocks[k].kind == "heading" for k in range(last_end, first))
            )
            if len(run) >= _MIN_ITEMS and (units or follows):
                year = _caption_year(doc, first)
                for field, match in run:
                    at = field.value_start if field.value_start is not None else field.start
                    yield ListedCount(
                        field.label or "", year, int(match.group("n").replace(",", "")),
                        field.start, at + match.end("n"), at + match.start("n"),
                    )  # fmt: skip
                last_end = i
            run = []


def _count_field(doc: StructuredDocument, block: Block) -> tuple[Block, re.Match[str]] | None:
    if block.kind != "field" or not block.label or block.value is None:
        return None
    label = label_key(block.label)
    if field_of(label, exact=True) is not None or not (unit_kind(label) or office_name(label)):
        return None
    value = (
        doc.folded[block.value_start : block.end] if block.value_start is not None else block.value
    )
    match = _COUNT_VALUE.fullmatch(value)
    return (block, match) if match is not None else None


# -- nested list items with bare numbers ---------------------------------------------------
def _bare_items(doc: StructuredDocument) -> Iterator[ListedCount]:
    """「人事課　14」 items under a caption naming the staff label."""
    staff = [label_key(x) for x in labels_of("staff") if len(label_key(x)) >= 2]
    captions: dict[int, bool] = {}
    found: dict[int, list[tuple[Block, re.Match[str]]]] = {}
    for block in doc.blocks:
        if block.kind != "item" or block.parent is None:
            continue
        text = doc.folded[block.start : block.end]
        match = _BARE_ITEM.fullmatch(text)
        unit = match.group("unit") if match is not None else ""
        if match is None or not (unit_kind(unit) or office_name(unit)):
            continue
        if block.parent not in captions:
            heading = doc.blocks[block.parent]
            key = label_key(heading.text)
            captions[block.parent] = "。" not in heading.text and any(s in key for s in staff)
        if captions[block.parent]:
            found.setdefault(block.parent, []).append((block, match))
    for parent, items in found.items():
        year = _dated(doc.blocks[parent].text)
        if len(items) < _MIN_ITEMS or (year is None and not _people_counted(doc, parent)):
            continue  # 「職員研修」 over 「A課 14」: the caption must date or count people
        for block, match in items:
            at = block.start
            yield ListedCount(
                match.group("unit"), year, int(match.group("n").replace(",", "")),
                at + match.start("unit"), at + match.end("n"), at + match.start("n"),
            )  # fmt: skip


def _people_counted(doc: StructuredDocument, heading: int) -> bool:
    """Whether an item under the heading prints a count of people (「総務部（98人）」)."""
    return any(
        block.kind == "item" and _PEOPLE.search(block.text)
        for block in doc.blocks[heading + 1 :]
        if block.parent == heading
    )


_PEOPLE = re.compile(r"[0-9]\s*[人名]")


def _caption_year(doc: StructuredDocument, first: int) -> int | None:
    """The day a caption just above the run at block `first` dates it with, if any."""
    for block in reversed(doc.blocks[max(0, first - _CAPTION_REACH) : first]):
        if block.kind not in ("heading", "paragraph", "field"):
            return None
        year = _dated(block.text)
        if year is not None:
            return year
    return None


def _dated(text: str) -> int | None:
    days = [m for m in year_mentions(text) if m.kind == "date"]
    return days[0].year if len(days) == 1 else None
