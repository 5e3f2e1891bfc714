"""Staff counts in a list of units: one unit and its count an entry, the count printed alone.

Two layouts print a department's units with their staff and nothing else on the line:

- a definition list (HTML `<dl>`, 「農政課：28人」 fields), one run of fields per group under
  a heading (本庁 / 出先機関); offices (試験場, 大学校) count in a run that follows a run of
  units, as the same list continued;
- a nested list under a caption naming the staff label (「部局別の職員配置」), each division
  with a bare number (「人事課　14」), the caption or a parent line saying they are people;
- one line opening with a breakdown word (「内訳　架空一課（12人）・架空二課（20人）…」),
  the units run on with their counts in brackets;
- a list of 「架空課　12人」 items right after a lead-in naming the staff label, a sentence
  (「町の職員数は次のとおりです。」, however its lines wrap) or a field stating the
  whole (「支所の体制（…現在）：職員 40人」); the whole, or a total line closing the list
  (「合計　30人（前年度は28人）」, the year before in brackets), counts the body itself.

The year is the day a caption just above dates the list with (「(令和6年4月1日現在)」),
else the document's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import cues_of, field_of, label_key, labels_of, sentence_cues
from loaders.genres.units import unit_kind
from loaders.recognisers.bracket_legend import YEAR_BEFORE, legend_counts_staff, legend_reading
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
# 「・架空推進室　3人（架空課内）」: a unit, its count of people, a note after it
_PEOPLE_ITEM = re.compile(
    r"[\s・•●○◎■□◆◇▪*\-]*(?P<unit>[^\s0-9()（）、。,][^\s()（）、。,]{1,30}?)"
    r"\s*[:：]?\s*(?P<n>[0-9][0-9,]*)\s*[人名](?:\s*[(（][^()（）]*[)）])?"
)
# 「架空一課（12人）」「架空二課（20人、分室に配置）」: a unit, its count in brackets
_BRACKETED = re.compile(
    r"(?P<unit>[^\s()（）0-9、,。・]{2,30}?)\s*[(（]\s*(?P<n>[0-9][0-9,]*)\s*[人名]"
    r"\s*(?:[、,][^()（）]*)?[)）]"
)
_LEAD_IN_REACH = 3  # lines of a lead-in sentence wrapped over several lines
# 「内訳　…」「内訳：…」: the breakdown word, then the run of units
_BREAKDOWN_HEAD = re.compile(r"(?P<word>[^\s:：]{1,8}?)\s*[:：\s]\s*(?P<run>\S.*)")
_WHOLE_COUNT = re.compile(r"(?P<n>[0-9][0-9,]*)\s*[人名]")
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
    whole: bool = False  # the whole of the body the document is about
    year_before: bool = False  # 「（前年度は28人）」: the year before the one read


def listed_counts(doc: StructuredDocument) -> Iterator[ListedCount]:
    yield from _field_runs(doc)
    yield from _labelled_lists(doc)
    yield from _bare_items(doc)
    yield from _legend_items(doc)
    yield from _legend_year_pairs(doc)
    yield from _legend_year_cells(doc)
    yield from _lead_in_items(doc)
    yield from _breakdown_lines(doc)


# -- a staff label over a list in its value ----------------------------------------------
_LISTED_COUNT = re.compile(r"^\s*(?P<unit>[^\s0-9、,]{2,30}?)\s*(?P<n>[0-9][0-9,]*)\s*[人名]\s*$")


def _labelled_lists(doc: StructuredDocument) -> Iterator[ListedCount]:
    """「課ごとの職員数：架空課 ○○人、架空課 ○○人、…」: a field labelled as staff counts whose
    value lists the units apart by 「、」, each with its count (of the page's year)."""
    words = [w for w in labels_of("staff") if len(w) >= 3]
    for block in doc.of_kind("field"):
        label = label_key(block.label or "")
        if not any(word in label for word in words) or block.value_start is None:
            continue
        value = doc.folded[block.value_start : block.end]
        pieces = []
        for at, match in _comma_pieces(value, block.value_start, _LISTED_COUNT):
            unit = match.group("unit").split()[-1]
            if not (unit_kind(unit) or office_name(unit)):
                pieces = []
                break
            start = at + match.start("unit") + match.group("unit").rfind(unit)
            pieces.append(ListedCount(unit, None, int(match.group("n").replace(",", "")), start,
                                      at + match.end("n"), at + match.start("n")))  # fmt: skip
        yield from pieces


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


def _legend_items(doc: StructuredDocument) -> Iterator[ListedCount]:
    """「総務課（22）」 items of a chart whose legend says the brackets hold staff counts
    (「（　）内は職員数」): each unit's count, of the year the page reports."""
    if not legend_counts_staff(doc):
        return
    for block in doc.of_kind("item"):
        text = doc.folded[block.start : block.end]
        match = _BRACKET_COUNT.fullmatch(text)
        unit = match.group("unit") if match is not None else ""
        if match is None or not (unit_kind(unit) or office_name(unit)):
            continue
        at = block.start
        yield ListedCount(
            match.group("unit"), None, int(match.group("n")),
            at + match.start("unit"), at + match.end(), at + match.start("n"),
        )  # fmt: skip


def _legend_year_pairs(doc: StructuredDocument) -> Iterator[ListedCount]:
    """「・総務課（総務係・税務係）14人（13）」 lines under a legend dating the brackets
    (「かっこ内は前年度」), however far above in the list (a thread's next post goes on with
    it): the unit's count of the page's year, and the bracketed one of the legend's."""
    for block in doc.blocks:
        if block.kind not in ("item", "paragraph"):
            continue
        text = doc.folded[block.start : block.end]
        for at, match in _pairs_in(text, block.start):
            unit = match.group("unit").split()[-1]
            if not (unit_kind(unit) or office_name(unit)):
                continue
            reach = block.index + 1  # the legend may stand anywhere above
            reading = legend_reading(doc, block, reach=reach)
            if reading is None:
                continue
            start = at + match.start("unit") + match.group("unit").rfind(unit)
            yield ListedCount(unit, None, int(match.group("n").replace(",", "")), start,
                              at + match.end("n"), at + match.start("n"))  # fmt: skip
            yield ListedCount(
                unit, None if reading == YEAR_BEFORE else reading,
                int(match.group("previous").replace(",", "")), start, at + match.end(),
                at + match.start("previous"), year_before=reading == YEAR_BEFORE,
            )  # fmt: skip


def _legend_year_cells(doc: StructuredDocument) -> Iterator[ListedCount]:
    """「架空課 | ○人（○）」: a table's count cells with a bracketed count each, over a
    legend dating the brackets (「（　）内は令和○年4月1日現在」, a chart's note below it):
    the bracketed count of each row's unit, of the legend's year. The count before the
    bracket, and the brackets under a legend above the table, are the table's own reading."""
    for block in doc.of_kind("table"):
        if block.table is None:
            continue
        pairs = [(row, k, m) for row in block.table.rows for k, cell in enumerate(row)
                 if (m := _CELL_PAIR.fullmatch(cell.text.strip()))]  # fmt: skip
        if len(pairs) < _MIN_ITEMS:
            continue
        if legend_reading(doc, block, reach=block.index + 1) is not None:
            continue  # a legend over the table: the table's reading dates the brackets
        reading = legend_reading(doc, doc.blocks[-1], reach=len(doc.blocks) - block.index)
        if reading is None:
            continue
        for row, k, match in pairs:
            unit = next((c for c in row[:k] if unit_kind(c.text.strip())), None)
            if unit is None:
                continue
            cell = row[k]
            at = cell.start + cell.text.find(match.group("previous"))
            yield ListedCount(
                unit.text.strip(), None if reading == YEAR_BEFORE else reading,
                int(match.group("previous").replace(",", "")), unit.start, cell.end, at,
                year_before=reading == YEAR_BEFORE,
            )  # fmt: skip


_CELL_PAIR = re.compile(
    r"[0-9][0-9,]*\s*[人名]?\s*[(（]\s*(?P<previous>[0-9][0-9,]*)\s*[人名]?\s*[)）]"
)


def _pairs_in(text: str, start: int) -> list[tuple[int, re.Match[str]]]:
    """The line's one unit and its counts, or the run of them a paragraph lists apart by
    「、」 (「架空課 ○○人（○○人）、架空課 ○○人（○○人）」): (where each piece starts, its match)."""
    whole = _YEAR_PAIR.fullmatch(text)
    return [(start, whole)] if whole is not None else _comma_pieces(text, start, _YEAR_PAIR)


def _comma_pieces(
    text: str, start: int, pattern: re.Pattern[str]
) -> list[tuple[int, re.Match[str]]]:
    """Each piece of a list apart by 「、」 with where it starts, when every piece matches
    `pattern` whole and there are two or more; else none."""
    found: list[tuple[int, re.Match[str]]] = []
    at = 0
    for piece in text.split("、"):
        match = pattern.fullmatch(piece)
        if match is None:
            return []
        found.append((start + at, match))
        at += len(piece) + 1
    return found if len(found) >= _MIN_ITEMS else []


# 「・総務課（総務係・税務係）14人（13）」: a unit, its parts in brackets perhaps, its count,
# then a second count in brackets
_YEAR_PAIR = re.compile(
    r"[\s・•●○◎■□◆◇▪*\-]*(?P<unit>[^\s0-9()（）、。,][^()（）、。,0-9]{1,30}?)\s*"
    r"(?:[(（][^()（）0-9]*[)）])?\s*(?P<n>[0-9][0-9,]*)\s*[人名]\s*"
    r"[(（]\s*(?P<previous>[0-9][0-9,]*)\s*[人名]?\s*[)）]\s*"
)


_BRACKET_COUNT = re.compile(r"(?P<unit>[^\s()（）0-9]{2,30})\s*[(（](?P<n>[0-9]{1,4})[)）]")


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


# -- a list after a lead-in ---------------------------------------------------------------
def _lead_in_items(doc: StructuredDocument) -> Iterator[ListedCount]:
    """Runs of 「unit N人」 items whose lead-in, just above, names the staff label."""
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        run: list[tuple[Block, re.Match[str]]] = []
        while i + len(run) < len(blocks) and (entry := _people_item(doc, blocks[i + len(run)])):
            run.append(entry)
        if len(run) < _MIN_ITEMS:
            i += max(1, len(run))
            continue
        lead = _lead_in(doc, run[0][0].index)
        i += len(run)
        if lead is None:
            continue
        text, start = lead
        year = _dated(text)
        for block, match in run:
            yield ListedCount(
                match.group("unit"), year, int(match.group("n").replace(",", "")),
                block.start + match.start("unit"), block.start + match.end("n"),
                block.start + match.start("n"),
            )  # fmt: skip
        whole = _WHOLE_COUNT.search(text)
        if whole is not None and _names_unit(text[: whole.start()]):
            continue  # 「架空部　職員数 30人」: the unit's own count, read as a line
        if whole is not None:  # 「支所の体制（…現在）：職員 40人」: the body's whole
            at = start + whole.start()
            yield ListedCount("", year, int(whole.group("n").replace(",", "")), at,
                              start + whole.end(), at, whole=True)  # fmt: skip
        elif i < len(blocks):
            yield from _closing_total(doc, blocks[i], year)


def _names_unit(text: str) -> bool:
    return any(unit_kind(word) for word in re.findall(r"[一-龥々ァ-ヴー・]+", text))


def _people_item(doc: StructuredDocument, block: Block) -> tuple[Block, re.Match[str]] | None:
    if block.kind != "item":
        return None
    text = doc.folded[block.start : block.end].rstrip()
    match = _PEOPLE_ITEM.fullmatch(text)  # its offsets the block's own
    if match is None or field_of(label_key(match.group("unit")), exact=True) is not None:
        return None
    unit = match.group("unit")
    return (block, match) if unit_kind(unit) or office_name(unit) else None


def _lead_in(doc: StructuredDocument, first: int) -> tuple[str, int] | None:
    """The lead-in just above a list (the lines of one sentence, or a field) and where it
    starts, when it names the staff label; else None."""
    staff = [label_key(x) for x in labels_of("staff") if len(label_key(x)) >= 2]
    lines: list[Block] = []
    for block in reversed(doc.blocks[max(0, first - _LEAD_IN_REACH) : first]):
        if block.kind == "item" or block.kind == "table" or not block.text.strip(" -─━"):
            break
        lines.insert(0, block)
        if block.kind in ("field", "heading") or "。" in block.text.rstrip("。"):
            break  # a field, or the end of the sentence before, opens the lead-in
    if not lines:
        return None
    start = lines[0].start
    text = doc.folded[start : lines[-1].end]
    sentence = text.strip().rstrip("。").rsplit("。", 1)[-1]  # the last sentence alone
    return (text, start) if any(s in label_key(sentence) for s in staff) else None


def _closing_total(
    doc: StructuredDocument, block: Block, year: int | None
) -> Iterator[ListedCount]:
    """「合計　30人（前年度は28人）」 closing the list: the body's whole, and the year before's
    when a bracket puts a count there."""
    if block.kind != "field" or field_of(label_key(block.label or ""), exact=True) != "total":
        return
    at = block.value_start if block.value_start is not None else block.start
    value = doc.folded[at : block.end]
    counts = list(_WHOLE_COUNT.finditer(value))
    if not counts:
        return
    first = counts[0]
    yield ListedCount("", year, int(first.group("n").replace(",", "")), block.start,
                      at + first.end(), at + first.start(), whole=True)  # fmt: skip
    cues = list(cues_of("previousYear"))
    for match in counts[1:]:
        opening = value.rfind("(", 0, match.start())
        words = value[opening + 1 : match.start()] if opening >= 0 else ""
        if any(cue in words for cue in cues):
            yield ListedCount("", year, int(match.group("n").replace(",", "")), block.start,
                              at + match.end(), at + match.start(), whole=True,
                              year_before=True)  # fmt: skip


# -- a breakdown run on one line ----------------------------------------------------------
def _breakdown_lines(doc: StructuredDocument) -> Iterator[ListedCount]:
    """「内訳　A課（12人）・B課（20人）」: a line a breakdown word opens (the cue of
    `mkf:breakdown` without its 「の」), nothing after it but units with bracketed counts."""
    words = {label_key(c.removeprefix("の")) for c, f in sentence_cues().items()
             if f == "breakdown"}  # fmt: skip
    for block in doc.blocks:
        if block.kind == "table":
            continue
        text = doc.folded[block.start : block.end]
        head = _BREAKDOWN_HEAD.match(block.text.strip())
        if head is None or label_key(head.group("word")) not in words:
            continue
        runs = head.group("run")
        if runs not in text:
            continue
        at = block.start + text.index(runs)
        entries = list(_BRACKETED.finditer(runs))
        rest = _BRACKETED.sub("", runs).strip(" ・、,")
        units = all(unit_kind(m.group("unit")) for m in entries)
        if len(entries) < _MIN_ITEMS or rest or not units:
            continue
        above = doc.blocks[block.index - 1].text if block.index else ""
        year = _dated(above) if any(s in label_key(above) for s in _staff_words()) else None
        for m in entries:
            yield ListedCount(m.group("unit"), year, int(m.group("n").replace(",", "")),
                              at + m.start("unit"), at + m.end("n"), at + m.start("n"))  # fmt: skip


def breakdown_units(doc: StructuredDocument) -> list[tuple[str, int, int]]:
    """(name, start, end) of the units a breakdown line lists with their counts (「内訳　A課
    （12人）・B課（20人）」): units of the document, read by the organisations recogniser."""
    return [(c.unit, c.start, c.start + len(c.unit)) for c in _breakdown_lines(doc)]


def _staff_words() -> list[str]:
    return [label_key(x) for x in labels_of("staff") if len(label_key(x)) >= 2]


# -- a cell of parts ----------------------------------------------------------------------
# 「架空庶務係 5人」, or 「架空企画課（22）」 in a column of staff: the count in brackets
_PART = re.compile(
    r"(?P<unit>[^\s0-9()（）、。,・/／][^\s()（）、。,・/／]{1,30}?)\s*"
    r"(?:(?P<n>[0-9][0-9,]*)\s*[人名]|[(（]\s*(?P<bracketed>[0-9][0-9,]*)\s*[人名]?\s*[)）])"
)


def unit_counts(text: str) -> list[tuple[str, int, int, int]]:
    """「架空庶務係 5人 架空防災係 4人」: (unit, count, start, end) for each unit of a cell that is
    nothing but units and their counts of people (a staff table's breakdown column); empty
    for any other cell."""
    found = [m for m in _PART.finditer(text) if unit_kind(m.group("unit"))]
    rest = _PART.sub("", text).strip(" 、,・/")
    if not found or rest or any(m.group("unit") not in {f.group("unit") for f in found}
                                for m in _PART.finditer(text)):  # fmt: skip
        return []
    return [(m.group("unit"), int((m.group("n") or m.group("bracketed")).replace(",", "")),
             m.start("unit"), m.end()) for m in found]  # fmt: skip
