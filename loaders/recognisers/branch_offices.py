"""The offices a department lists as its 出先機関: units of the department, though no 課.

A department's page lists its head-office divisions and then, under a caption of the field
vocabulary (`mkf:captionCue` of `mkf:branchOffices`: 出先機関, 地方機関), its offices away
from the head office: a heading over a list of them (one an item or a 「name：N人」 field),
or the caption in brackets inside the list of its units (「A課、B課 （出先機関）Xセンター、
Y試験場」). Their suffixes (センター, 試験場, 大学校) rank no unit, so only the caption says
they are units; the organisation recogniser then places them under the page's department.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from loaders.field_vocabulary import caption_cues, label_key
from loaders.genres.units import unit_kind
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block
from loaders.text.names import office_name

_MARKS = " \t\u3000・•●○◎■□◆◇▪*-【】[]()（）:："  # around a caption printed alone
_SEPARATORS = re.compile(r"[、,，/／]")
_COUNT_TAIL = re.compile(r"\s*[0-9][0-9,]*\s*[人名]?\s*$")


def _captions() -> tuple[str, ...]:
    """The caption words of branch offices in the field vocabulary."""
    return caption_cues("branchOffices")


def branch_offices(
    doc: StructuredDocument, places: Sequence[str] = ()
) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of each office listed under a branch-office caption."""
    captions = _captions()
    if not any(caption in doc.folded for caption in captions):
        return  # cheap gate: no caption, no list of offices
    blocks = doc.blocks
    for block in blocks:
        text = doc.folded[block.start : block.end]
        if block.kind != "table" and text.strip(_MARKS) in captions:
            yield from _listed_under(doc, block)
        elif block.kind in ("field", "paragraph", "item"):
            yield from _after_inline(doc, block, text, captions, places)


def _listed_under(doc: StructuredDocument, caption: Block) -> Iterator[tuple[str, int, int]]:
    """The offices of the lines after a caption printed alone, up to the next heading."""
    for block in doc.blocks[caption.index + 1 :]:
        if block.kind in ("heading", "table"):
            return
        if block.kind == "field" and block.label:
            name = label_key(block.label)
        else:
            name = _COUNT_TAIL.sub("", doc.folded[block.start : block.end]).strip(_MARKS)
        if not _office(name):
            return  # the list has ended
        at = doc.folded.find(name, block.start, block.end)
        if at >= 0:
            yield name, at, at + len(name)


def _after_inline(
    doc: StructuredDocument, block: Block, text: str, captions: Sequence[str],
    places: Sequence[str],
) -> Iterator[tuple[str, int, int]]:  # fmt: skip
    """「…水産課 （出先機関）Xセンター、Y試験場」: the offices listed after a caption
    bracketed (or followed by a colon) inside a list of units, up to the line's end."""
    for caption in captions:
        match = re.search(rf"[(（【]{caption}[)）】]|{caption}\s*[:：]", text)
        if match is None:
            continue
        if not _listing_units(text[: match.start()]):
            continue  # the caption must continue a list of the department's units
        at = match.end()
        for piece in _SEPARATORS.split(text[at:]):
            name = piece.strip(_MARKS)
            if name and _office(name, places):
                start = block.start + text.index(name, at)
                yield name, start, start + len(name)
            at += len(piece) + 1
        return


def _listing_units(before: str) -> bool:
    """Whether a line lists units before the caption (「A課、B課」), or nothing at all."""
    pieces = [p.strip(_MARKS) for p in _SEPARATORS.split(before) if p.strip(_MARKS)]
    return not pieces or unit_kind(pieces[-1].split()[-1]) is not None


# 「・保健センター 26人 → 27人」「- 市立保育所（こども課所管） 22 ※内数」: an office leading an
# item, then only its counts and notes
_OFFICE_ITEM = re.compile(
    r"(?P<name>[^\s0-9()（）、。,:：][^\s()（）、。,:：]{1,30}?)(?:[(（][^()（）]*[)）])?"
    r"(?:\s+[0-9][0-9,]*\s*[人名]?(?:\s*(?:→|⇒|->)\s*[0-9][0-9,]*\s*[人名]?)?)?(?:\s+※.*)?"
)
_UNIT_LEAD = re.compile(r"[^\s0-9()（）、。,:：]+")


def nested_offices(doc: StructuredDocument) -> Iterator[tuple[str, str, int, int]]:
    """(name, parent, start, end) of each office a nested list prints inside a unit's item
    (「・福祉部」 over 「　・保健センター」): an office of that unit, as its divisions are."""
    for block in doc.blocks:
        if block.kind != "item" or not block.level:
            continue
        match = _OFFICE_ITEM.fullmatch(block.text)
        if match is None or not _office(match.group("name")):
            continue
        parent = _item_above(doc, block)
        if parent is None:
            continue
        at = doc.folded.find(match.group("name"), block.start, block.end)
        if at >= 0:
            yield match.group("name"), parent, at, at + len(match.group("name"))


def _item_above(doc: StructuredDocument, block: Block) -> str | None:
    """The unit leading the nearest item above `block` at a shallower level, if a 部 or 課."""
    for other in reversed(doc.blocks[: block.index]):
        if other.kind != "item":
            return None  # the list ended above
        if other.level >= block.level:
            continue
        lead = _UNIT_LEAD.match(other.text)
        name = lead.group() if lead else ""
        return name if unit_kind(name) in ("department", "division") else None
    return None


def _office(name: str, places: Sequence[str] = ()) -> bool:
    """An office's name: a facility-like unit (センター, 事務所) or an office (試験場)."""
    if not name or len(name) > 30 or re.search(r"[0-9。]", name):
        return False
    bare = next((name[len(p) :] for p in places if name.startswith(p) and len(name) > len(p)),
                name)  # fmt: skip
    return unit_kind(bare) == "facility_unit" or office_name(bare)
