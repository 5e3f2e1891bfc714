"""A run of lines each pairing a unit with a count of people is a staff list, whatever heads it.

「部の体制」「職員の配置」「役場の体制」: the heading of a unit's staff list need not
name the staff label, and the lines show what they are by themselves — a unit name and a
count of people (「架空一課　17人」, or set apart in brackets 「架空二課　（6名）」 — glued to
the name, 「課（3人）」 is a note no legend explains), several to a line when set apart
by a slash (「架空一課 2人 ／ 架空二課 7人」). Two or more such units in consecutive lines,
most of them 部, 課 or 係 (not a list of councils and their members), make the list; a
total line closing it (「計 33人」「支所計 （19名）」) counts the unit the list belongs to.
A note after a count is no part of the unit; 「※○○課の内数」 places the unit within that 課.
A bracketed bare count after a count (「18名（17名）」) is another year's, the year the list's
legend gives (「（　）内は前年度」); with no legend it is dropped. An entry's own lines indented
under it (its 係, a 「所管施設：…」 field) do not end the list; a leader (「……」) may stand
between a unit and its count, and a line may list its units as a sentence does
(「架空一課11人、架空二課13人」).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from loaders.field_vocabulary import field_of, labels_of
from loaders.genres.units import unit_kind
from loaders.recognisers.bracket_legend import legend_year
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block
from loaders.text.fiscal_year import year_mentions
from loaders.text.names import office_name

# 「架空一課　17人」「架空二課　（ 6名）」「架空三課 …… 8名」, perhaps notes after (「(…)」,
# then 「※…」); a note that is a bare count (「8名(7名)」) is another year's, dated by a legend
_PART = re.compile(
    r"(?P<unit>[^\s、。,()（）0-9※/／]{1,30}?)(?:\s*[…‥・.]{2,})?(?:\s*|\s+(?P<open>[(（])\s*)"
    r"(?P<n>[0-9][0-9,]*)\s*[人名]\s*(?P<close>[)）])?\s*"
    r"(?:\((?:(?P<other>[0-9][0-9,]*)\s*[人名]?|[^()]*)\)\s*)*(?:※(?P<note>\S*))?"
)
_PART_OF = re.compile(r"(?P<unit>\S+?)の内数$")  # 「※架空一課の内数」: counted within that unit
_SLASH = re.compile(r"\s*[/／]\s*")
_LISTING = re.compile(r"\s*[、・]\s*")  # the marks listing words in a sentence
_RULE = re.compile(r"^[─━―\-=＝_]+$")  # a rule drawn above a total: no line of the list
_LIST_KINDS = ("department", "division", "section")
_MIN_UNITS = 2


# 「架空一課　7（8）」 under 「（　）内は翌年4月1日の計画」: two years' counts, the bracketed
# one the legend's year, the figures bare under a heading naming the staff
_PAIRED = re.compile(
    r"(?P<unit>[^\s、。,()（）0-9※/／]{1,30}?|(?:\S\s)+\S)\s+(?P<n>[0-9][0-9,]*)\s*[人名]?"
    r"\s*[(（]\s*(?P<other>[0-9][0-9,]*)\s*[人名]?\s*[)）]"
)
_HEAD_REACH = 3  # the heading and the legend stand just over the list


@dataclass(frozen=True)
class RunCount:
    name: str  # the unit as printed, or the total's label (「計」「支所計」)
    count: int
    start: int  # where the part stands in the document
    end: int
    total: bool = False
    year: int | None = None  # None: the page's year
    office: bool = False  # an office named in a list under a staff heading (「…診療所」)
    level: int = 0  # the line's depth in the list
    within: str | None = None  # the unit a note says it is counted within (「…の内数」)
    legend: bool = False  # a bracketed count after the line's own: the legend's year, if any
    run: int = 0  # which list of the document the part belongs to (its first line's offset)


def staff_runs(doc: StructuredDocument, year: int | None = None) -> Iterator[RunCount]:
    """Every unit and count of every run of unit-count lines, with the total closing it.
    `year` is the page's, which 「（　）内は前年度」 counts back from."""
    run: list[RunCount] = []
    years: tuple[int | None, int] | None = None
    first: Block | None = None  # the run's first line, under the legend of its brackets
    for block in [*doc.blocks, None]:
        parts = _line_parts(doc, block) if block is not None else None
        if parts is None and block is not None:
            if _RULE.match(block.text.strip()):
                continue
            years = years or _paired_years(doc, block, year)
            parts = _paired_parts(doc, block, years) if years else None
            if parts is None and _sub_line(block, run):
                continue  # a line of the entry above (its 係), holding no count
        if parts and not run:
            first = block
        closing = parts is not None and any(part.total for part in parts)
        if parts is not None and not closing:
            run.extend(parts)
            continue
        if _is_list(run) and _staff_lead(doc, run[0]):
            other = legend_year(doc, first, year) if first is not None else None
            listed = run[0].start
            yield from (replace(p, run=listed) for p in _dated(_ungrouped(run), other))
            if parts is not None:  # the total closing the list
                yield from (replace(p, run=listed) for p in _dated(parts, other))
        run = []
        years = None


def _sub_line(block: Block, run: list[RunCount]) -> bool:
    """A line indented under the list's last entry (its 係, 「所管施設：…」): part of that
    entry, no end of the list."""
    if not run:
        return False
    if block.kind == "item":
        return (block.level or 0) > run[-1].level
    return block.kind == "field" and run[-1].level == 0 and not block.level


def _dated(parts: Iterable[RunCount], other: int | None) -> Iterator[RunCount]:
    """The parts, a bracketed count given the legend's year (「( )内は前年度」) and dropped
    where no legend says which year it is."""
    for part in parts:
        if not part.legend:
            yield part
        elif other is not None:
            yield replace(part, year=other, legend=False)


def _staff_lead(doc: StructuredDocument, first: RunCount) -> bool:
    """The line over the list, when a sentence (「参加者の内訳は次のとおりです。」), must name
    the staff (「…職員は何人です。」): a sentence saying whom else it counts makes the list
    no staff list; a heading (「部の体制」) or a labelled line may name nothing."""
    lead = next((b for b in reversed(doc.blocks) if b.end <= first.start), None)
    if lead is None or "。" not in lead.text:
        return True
    return any(label in lead.text for label in labels_of("staff"))


def _ungrouped(run: list[RunCount]) -> Iterator[RunCount]:
    """The run without a committee heading the lines indented under it (「教育委員会 何人」 over
    its 課): the committee's line sums its members, a grouping, no unit counted."""
    for k, part in enumerate(run):
        after = next((p for p in run[k + 1 :] if p.start != part.start), None)
        grouping = after is not None and after.level > part.level
        if grouping and unit_kind(part.name) == "committee":
            continue
        yield part


def _paired_years(
    doc: StructuredDocument, block: Block, year: int | None
) -> tuple[int | None, int] | None:
    """(the counts' year, the bracketed counts' year) for a list whose legend stands just
    above `block` under a heading naming the staff; None for any other line."""
    above = doc.blocks[max(0, block.index - _HEAD_REACH) : block.index]
    if not any(field_of(b.text) == "staff" for b in above):
        return None
    other = legend_year(doc, block, year)
    if other is None:
        return None
    for before in reversed(above):
        stated = [m.year for m in year_mentions(before.text) if m.year != other]
        if stated:
            return stated[0], other
    return None, other


def _paired_parts(
    doc: StructuredDocument, block: Block, years: tuple[int | None, int]
) -> list[RunCount] | None:
    """「架空一課　7（8）」: the unit's count in each of the two years."""
    if block.kind not in ("heading", "paragraph", "item"):
        return None
    text, at = _line_text(doc, block)
    match = _PAIRED.fullmatch(text)
    if match is None:
        return None
    name = re.sub(r"\s", "", match.group("unit"))
    total = field_of(name, exact=True) == "total" or _ends_in_total(name)
    office = not total and unit_kind(name) is None and office_name(name)
    if not total and unit_kind(name) is None and not office:
        return None
    spans = [(match.group(k), match.start(k), match.end(k)) for k in ("n", "other")]
    start, level = at + match.start(), block.level or 0
    return [
        RunCount(name, int(n.replace(",", "")), start, at + end, total, y, bool(office), level)
        for (n, _, end), y in zip(spans, years, strict=True)
    ]


def _is_list(run: list[RunCount]) -> bool:
    kinds = [unit_kind(part.name) for part in run if not part.total and not part.office]
    listed = sum(kind in _LIST_KINDS for kind in kinds)
    return (
        len(kinds) >= _MIN_UNITS
        and all(kind is not None for kind in kinds)
        and 2 * listed >= len(kinds)
    )


def _line_parts(doc: StructuredDocument, block: Block) -> list[RunCount] | None:
    """The units and counts a line holds, each in the line's whole; None for any other line.
    Parts are set apart by a slash, else (every part then a unit and its count) by the marks
    that list words in a sentence (「架空一課11人、架空二課13人」「架空一課31人・架空二課18人」)."""
    if block.kind not in ("heading", "paragraph", "item", "field"):
        return None
    text, at = _line_text(doc, block)
    if not text or "。" in text:
        return None
    parts = _split_parts(text, at, block.level or 0, _SLASH)
    if parts is None and _LISTING.search(text):
        parts = _split_parts(text, at, block.level or 0, _LISTING)
    if parts and any(part.total for part in parts) and sum(not p.legend for p in parts) > 1:
        return None
    return parts


def _split_parts(text: str, at: int, level: int, marks: re.Pattern[str]) -> list[RunCount] | None:
    """The parts of a line `marks` sets apart, each a unit (or a total) and its count."""
    parts: list[RunCount] = []
    offset = 0
    for piece in marks.split(text):
        start = text.index(piece, offset)
        offset = start + len(piece)
        match = _PART.fullmatch(piece)
        if match is None or bool(match.group("open")) != bool(match.group("close")):
            return None
        name = match.group("unit").rstrip(":：")
        total = field_of(name, exact=True) == "total" or _ends_in_total(name)
        if not total and unit_kind(name) is None:
            return None
        count = int(match.group("n").replace(",", ""))
        note = _PART_OF.match(match.group("note") or "")
        within = note.group("unit") if note and unit_kind(note.group("unit")) else None
        end = at + start + match.end("n")
        parts.append(RunCount(name, count, at + start, end, total, level=level, within=within))
        if match.group("other") is not None:  # 「8名(7名)」: the count of the legend's year
            parts.append(RunCount(name, int(match.group("other").replace(",", "")),
                                  at + start, at + start + match.end("other"), total,
                                  level=level, within=within, legend=True))  # fmt: skip
    return parts


def _line_text(doc: StructuredDocument, block: Block) -> tuple[str, int]:
    """The line without its bullet (「- 」「・」), and where it stands in the document."""
    text = block.text.strip()
    at = doc.folded.find(text, block.start, block.end)
    return (text, at) if at >= 0 else (doc.folded[block.start : block.end].strip(), block.start)


def _ends_in_total(name: str) -> bool:
    """「支所計」「部計」: a unit's word and the total label after it."""
    return len(name) > 1 and field_of(name[-1], exact=True) == "total"
