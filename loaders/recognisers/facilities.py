"""Facilities (施設): places a document names — センター, 会館, 公民館, 児童館, 美術館 … —
found by the text toolkit's facility finder (SudachiPy noun runs with a facility ending,
nicknames 「愛称」, lists the text calls facilities) anywhere in the document.

A name that begins with the municipality's own name keeps it whole (the tokenizer may cut
「架空野市保健センター」 after its first characters), and a type word with only a generic
word before its ending (市役所, 市民センター, 地区公民館) names a kind of place, not one.
A port is a place name followed by 港 or 漁港 (「架空港に…」, 「架空漁港の岸壁」): the word
alone, or after a common noun (新港, この港), names none."""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.facts import DocumentFacts, Facility
from loaders.field_vocabulary import field_of, label_key, sentence_cues
from loaders.genres.generic import (
    SERVICE_KINDS,
    facility_kind,
    find_facility_mentions,
    is_generic_name,
    is_residents_own,
)
from loaders.genres.units import strip_place_prefix, unit_kind, ward_city
from loaders.recognisers.reading_columns import reading_cells
from loaders.recognisers.speaker_posts import split_speaker
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Cell
from loaders.text.names import (
    FACILITY_SUFFIXES,
    has_predicate,
    nickname_after,
    tokens,
    without_nickname,
)
from loaders.text.normalize import TRAILING_BRACKET_NOTE, nfkc_key

_PORT_WORDS = ("港", "漁港")
_BODY_SUFFIX = re.compile(r"[市町村区都道府県]$")
_MAIN_OFFICE = re.compile(r"本(?=庁舎|館)")
_NAME = re.compile(r"[^\s、。,「」『』:：]{3,30}")
# 「温泉施設「…」」, 「町営住宅「…」」, 「…温泉「…荘」」, 「適応指導センター「…」」, 「屋内遊び場
# 「…」」: a word for a kind of building (or a facility's own ending), then the name in quotes
_KIND_WORDS = ("施設", "住宅", "温泉", "遊び場", "拠点", *FACILITY_SUFFIXES)
_QUOTED = re.compile(r"「(?P<name>[^「」]{2,40})」")
_PROVISIONAL = re.compile(r"[(（]仮称[)）]")
# 「青葉小学校体育館」「青葉中学校プール」: a building or pool of a school, which is the place
_SCHOOL_PART = re.compile(r"(?P<school>.+(?:小学校|中学校|高等学校|義務教育学校))(?:体育館|プール)")


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    listed = _listed(doc)
    whole = (listed + _quoted(doc) + _headed(doc) + _public_housing(doc)
             + _provisional(doc) + _owned_kana_names(doc, facts)
             + _kana_named(doc))  # fmt: skip
    for k, (name, start, end) in enumerate(whole):
        _add(facts, name, start, end, doc, listed=k < len(listed))
    cells = _name_cells(doc)
    table_cells = [c for b in doc.of_kind("table") if b.table for row in b.table.rows for c in row]
    units = _unit_cells(doc) + reading_cells(doc) + _room_cells(doc)
    in_charge = _units_in_charge(doc)
    duties = _duty_cells(doc)
    residents = _RESIDENTS.get(facts.municipality[-1:]) if facts.municipality else None
    per_head = _per_head_cues(doc.folded)
    quoted_at = {start - 1 for _, start, _ in whole}  # where a quoted name's 「 stands
    for mention in find_facility_mentions(doc.folded, residents=residents):
        if _part_in_brackets(doc.folded, mention.start, mention.name):
            continue  # 「市民プール（屋外50mプール・幼児用プール）」: parts of the place
        if mention.end in quoted_at:
            continue  # 「適応指導センター「こもれび」」: the kind of the quoted place
        if any(cue in mention.name for cue in per_head):
            continue  # 「町民一人当たり公園面積」: a measure per head, no place
        at = _kana_word_start(doc.folded, _attached_start(doc.folded, mention.start))
        own_cell = next((c for c in table_cells if c.start <= mention.start < c.end), None)
        if own_cell is not None and at < own_cell.start:
            at = mention.start  # 「…立方メートル」 ending the row above is another cell's
        at = _joined_by_no_start(doc.folded, at)
        if at == mention.start:
            at = _cut_after_no_start(doc.folded, at, mention.name)
        at = _after_qa_mark(doc, at)
        if at != mention.start and doc.folded.endswith(facts.municipality, 0, at):
            at -= len(facts.municipality)  # 「架空町」 before 「B&G…」: the name's start
        start = _municipality_start(doc.folded, at, doc.folded[at : mention.end],
                                    facts.municipality)  # fmt: skip
        name = doc.folded[start : mention.end] if start != mention.start else mention.name
        if any(c.start <= start and _ends_cell(doc.folded, c, mention.end) for c in units):
            continue  # 「清掃センター」 among the 課 of a column of units: a unit; or a reading
        if _unit_suffix_after(doc.folded, mention.start, mention.end):
            continue  # 「公園緑地課」: the place word opens a unit's name
        if nfkc_key(name) in in_charge or nfkc_key(mention.name) in in_charge:
            continue  # 「所管課：…支援センター」: the unit in charge, wherever else it is named
        if name.endswith(_DUTY_ENDING) and any(
            c.start <= start and mention.end <= c.end for c in duties
        ):
            continue  # 「交通安全、防犯、消費生活センター」: a unit's duty, not a place
        cell = next((c for c in cells if c.start <= start and c.end == mention.end), None)
        if cell is not None:
            start, name = cell.start, cell.text  # the cell names the place whole
        if "\n" in name:
            name = re.sub(r"\n\s*", "", name)
        name = _without_particle(name)
        speaker = split_speaker(name, place=True)
        if speaker is not None:  # 「答みどり課長X公園…」: the answering official's title
            start, name = start + speaker[2], name[speaker[2] :]
        if school := _SCHOOL_PART.fullmatch(name):
            name = school.group("school")  # 「…小学校体育館」: a part of the school
        if _is_own_office(name, facts.municipality) or (
            _names_kinds(name) and not is_residents_own(name, residents)
        ):
            continue
        if any(
            n != name and n.endswith(name) and doc.folded.endswith(n[: -len(name)], 0, start)
            for n, _, _ in whole
        ) or any(a <= start and mention.end <= b for _, a, b in whole):
            continue  # the tail of a name printed whole in a column or in quotes
        if any(len(n) > len(name) and doc.folded.startswith(n, start) for n, _, _ in whole):
            continue  # the head of a listed name (「…小学校」 of 「…小学校屋内運動場」)
        if not _names_prefectural_place(name, facts.prefecture, facts.municipality):
            name = strip_place_prefix(name, facts.prefecture) or name
        name = _body_named(name, facts.municipality)
        facts.facilities.append(
            Facility(
                name,
                facility_kind(name),
                list(mention.aliases),
                evidence={"": doc.span(start, mention.end)},
            )
        )
    _ports(doc, facts)
    others = _other_bodies_rows(doc, facts.municipality)
    facts.facilities[:] = _notes_dropped(
        [f for f in facts.facilities if not _gone(doc.folded, f.name)
         and not any(a <= f.evidence[""].start < b for a, b in others if "" in f.evidence)]
    )  # fmt: skip


def _other_bodies_rows(doc: StructuredDocument, municipality: str | None) -> list[tuple[int, int]]:
    """The rows of a table with an installer column (団体名, 設置者) naming a body other than
    the document's own: places the prefecture, the post office or a firm set up; and rows
    classed as private (民間)."""
    if not municipality:
        return []
    own = nfkc_key(municipality)
    rows = []
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        for row in table.rows:  # 「区分 | 民間」: a private place a list names beside public ones
            if any(nfkc_key(cell.text) in _PRIVATE for cell in row):
                rows.append((row[0].start, row[-1].end))
        column = table.column(lambda label: field_of(label, exact=True) == "installer")
        if column is None:
            continue
        for row in table.rows:
            body = nfkc_key(row[column].text) if column < len(row) else ""
            if body and not body.startswith(own):
                rows.append((row[0].start, row[-1].end))
    return rows


# a cell classing a row's place as run privately (a shelter list's 区分: 公共 / 民間)
_PRIVATE = frozenset({"民間", "民間施設", "民営"})


def _notes_dropped(facilities: list[Facility]) -> list[Facility]:
    """「○○倉庫（北地区・南地区）」, 「旧○○中学校（休校中）」: a note in brackets after the name
    of one place (where it stands, its state, a part) is no part of the name; the name
    printed with it stays an alias. 「（仮称）」 is read as such elsewhere."""
    named = {nfkc_key(f.name) for f in facilities}
    kept: list[Facility] = []
    for facility in facilities:
        note = TRAILING_BRACKET_NOTE.search(facility.name)
        bare = facility.name[: note.start()].strip() if note else ""
        if note and _COUNT_NOTE.match(note.group()) and nfkc_key(bare) in named:
            continue  # 「A団地（12棟）」 beside 「A団地」: how many buildings, the same place
        if (
            note
            and "仮称" not in note.group()
            and len(bare) >= 3
            and not is_generic_name(bare)
            and nfkc_key(bare) not in named  # the page names it bare too: both stay
        ):
            facility = replace(facility, name=bare, kind=facility_kind(bare) or facility.kind,
                               aliases=[*facility.aliases, facility.name])  # fmt: skip
        kept.append(facility)
    return kept


def _per_head_cues(text: str) -> tuple[str, ...]:
    """The words (`mkf:perCapita` in ontology/fields.ttl, 「一人当たり」) that make a phrase
    a measure per head; read only when the text holds 当たり or あたり."""
    if "当たり" not in text and "あたり" not in text:
        return ()
    return tuple(cue for cue, field in sentence_cues().items() if field == "perCapita")


# A town's or village's people (町民, 村民): the body the word is of has one building of a kind
_RESIDENTS = {"町": "町民", "村": "村民"}
_UNIT_CHARACTERS = ("課", "係", "室")


def _unit_suffix_after(text: str, start: int, end: int) -> bool:
    """「公園緑地課」「図書館係」: a facility word followed at once by a division suffix is
    part of the unit's name, no place (the tokenizer cut the unit before its suffix)."""
    if not text.startswith(_UNIT_CHARACTERS, end):
        return False
    return unit_kind(text[start : end + 1]) in ("division", "section")


# 「旧○○保育園の除却」, 「旧○○公民館の跡地」: what is done to a former place once it is gone
_GONE_AFTER = re.compile(r"の?(?:跡地|跡|除却|解体|撤去)")


def _gone(text: str, name: str) -> bool:
    """A former place (旧…) the page speaks of only as removed or as its site: no place
    now. One preserved or reused (「旧○○郡役所の保存」) is still a place."""
    if not name.startswith("旧"):
        return False
    ends = [m.end() for m in re.finditer(re.escape(name), text)]
    return bool(ends) and all(_GONE_AFTER.match(text, end) for end in ends)


def _listed(doc: StructuredDocument) -> list[tuple[str, int, int]]:
    """The cells of a table column labelled as facilities (「施設名」): each a place, its
    name whole however the tokenizer would cut it."""
    found: list[tuple[str, int, int]] = []
    for block in doc.of_kind("table"):
        table = block.table
        column = table.column(lambda h: field_of(h, exact=True) == "facility") if table else None
        if table is None or column is None:
            continue
        for row in table.rows:
            cell = row[column] if column < len(row) else None
            if cell is None or field_of(cell.text, exact=True) or table.is_group_row(row):
                continue  # (「防災拠点」 over its rows: a group of places, none of them)
            text = without_nickname(cell.text)  # 「架空館（愛称：…）」: the alias read by _add
            nicknamed = _NICKNAMED.fullmatch(text)
            if not _NAME.fullmatch(text) and not (
                nicknamed and _NAME.fullmatch(nicknamed.group("name"))
            ):
                continue
            found.append((text, cell.start, cell.start + len(text)))
    return found


# 「（12棟）」「（3箇所）」: a count of the place's buildings or sites, no other name of it
_COUNT_NOTE = re.compile(r"^\s*[(（]\s*[0-9０-９]+\s*[^\s0-9０-９()（）]{1,2}\s*[)）]\s*$")


def _headed(doc: StructuredDocument) -> list[tuple[str, int, int]]:
    """Places listed under a label that says facilities (「関連施設」, 「主な施設」): the items
    and the field labels under such a heading, and the parts of such a field's value. A
    note in brackets after a name (its address, the year it was built) is no part of it."""
    found: list[tuple[str, int, int]] = []
    for block in doc.blocks:
        if block.kind == "field" and _is_facility_label(block.label or ""):
            at = block.value_start if block.value_start is not None else block.start
            value = block.value or ""
            position = 0
            for part in _LIST_PARTS.split(value):
                found.extend(_place(doc, part, at + position))
                position += len(part) + 1
        elif block.kind == "heading" and _is_facility_label(block.text):
            for under in doc.under(block):
                text = under.text if under.kind == "item" else under.label
                if under.parent != block.index or under.kind not in ("item", "field") or not text:
                    continue
                if field_of(text.strip(), exact=under.kind != "field") not in (None, "facility"):
                    continue  # 「問合せ　…課」 closing the list: a field of the page, no place
                found.extend(_place(doc, text, doc.folded.find(text, under.start)))
    return found


_LIST_PARTS = re.compile(r"[、,，]")


_AREA = re.compile(r"^[^の]{1,4}内の")  # 「区内の」「市内の」: the area a list is of


def _is_facility_label(text: str) -> bool:
    """「主な施設」, and 「区内の主な公共施設」: the label after the area it is of."""
    label = TRAILING_BRACKET_NOTE.sub("", text).strip()
    area = _AREA.match(label)
    return field_of(label[area.end() :] if area else label, exact=True) == "facility"


def _place(doc: StructuredDocument, text: str, at: int) -> list[tuple[str, int, int]]:
    """The place `text` names (its bracketed note dropped), or none when it is a sentence."""
    if at < 0:
        return []
    name = TRAILING_BRACKET_NOTE.sub("", text).strip()
    start = at + text.find(name) if name else at
    bare = _NICKNAMED.fullmatch(name)
    if not name or has_predicate(name) or not _NAME.fullmatch(bare.group("name") if bare else name):
        return []
    if _SEVERAL_PLACES.search(name):
        return []  # 「市内の小中学校」「各地区の集会所等」: places of a kind, no one place
    if "・" in name and (mentions := find_facility_mentions(name)):
        # 「架空図書館図書の貸出・学習室」: a card's name with what it offers set right after
        first = mentions[0]
        rest = name[first.end :]
        if first.start == 0 and rest and not rest.startswith("・") and "・" in rest:
            name = name[: first.end]
    return [(name, start, start + len(name))]


# Words that make a phrase speak of several places: an area's every place (市内の, 各), or
# a list's rest (等, など).
_SEVERAL_PLACES = re.compile(r"^(?:[市町村区県都府道]内|各|全|一部|主な)|等$|など$")


# 「架空村交流館「ほしの駅」」: a listed place's name, then its nickname in quotes
_NICKNAMED = re.compile(r"(?P<name>[^「」]{3,30})「(?P<nickname>[^「」]{2,20})」")


def _name_cells(doc: StructuredDocument) -> list[Cell]:
    """Table cells holding a name and nothing else (no space, no sentence): a place named in
    one is the whole cell, however the tokenizer cuts it (「架空県立こころの医療センター」)."""
    return [
        cell
        for block in doc.of_kind("table")
        if block.table is not None
        for row in block.table.rows
        for cell in row
        if _NAME.fullmatch(cell.text) and not has_predicate(cell.text)
    ]


_UNIT_KINDS = ("division", "department", "section")


def _unit_cells(doc: StructuredDocument) -> list[Cell]:
    """The cells of a column of organisational units: at least half its cells unit names
    (課, 部, 係). A centre or office named there is a unit of the body (「清掃センター」 among
    the 課 of a staff table), not a place."""
    found: list[Cell] = []
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        for column, label in enumerate(table.header):
            column_cells = [r[column] for r in table.rows if column < len(r) and r[column].text]
            if field_of(label, exact=True) == "facility" or not column_cells:
                continue
            units = [c for c in column_cells if unit_kind(c.text) in _UNIT_KINDS]
            if units and 2 * len(units) >= len(column_cells):
                found.extend(column_cells)
    return found


def _room_cells(doc: StructuredDocument) -> list[Cell]:
    """The cells of a column of rooms (「部屋等」 beside 「施設名」): 「展示ホール」 there is a
    part of the place in its row, no place of its own."""
    return [
        row[column]
        for block in doc.of_kind("table")
        if block.table is not None
        and (column := block.table.column(lambda h: field_of(h, exact=True) == "room")) is not None
        for row in block.table.rows
        if column < len(row)
    ]


def _ends_cell(text: str, cell: Cell, end: int) -> bool:
    """The name ends the cell, or only a note in brackets follows it (「…センター（センター長を
    含む）」)."""
    rest = text[end : cell.end] if end <= cell.end else None
    return rest is not None and (not rest.strip() or bool(TRAILING_BRACKET_NOTE.fullmatch(rest)))


def _units_in_charge(doc: StructuredDocument) -> set[str]:
    """The names a labelled field gives as the unit in charge (「【所管課】…センター」): a
    centre printed there is a unit of the body, not a place."""
    return {
        nfkc_key(block.value.strip())
        for block in doc.of_kind("field")
        if block.value and field_of(block.label or "", exact=True) in ("division", "department")
    }


# A centre is a place or a body's office alike; in the row of a unit it is the latter.
_DUTY_ENDING = "センター"


def _duty_cells(doc: StructuredDocument) -> list[Cell]:
    """The text cells beside a unit in a table of units (「くらし安全課 | 12 | 交通安全、
    消費生活センター」, 「農林水産部 | 873 | 普及センターの再編」): what the unit does or how
    it changes, where a centre named is the unit's own office or service. A column labelled
    as facilities is none."""
    found: list[Cell] = []
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        facility = table.column(lambda h: field_of(h, exact=True) == "facility")
        for row in table.rows:
            if not row or unit_kind(label_key(row[0].text)) not in _UNIT_KINDS:
                continue
            found.extend(c for k, c in enumerate(row[1:], 1) if k != facility and c.text)
    return found


# Letters and marks a name may carry glued before its words (「B&G海洋センター」).
_ATTACHED = re.compile(r"[A-Za-z0-9&＆]+$")
# Characters of a word a line break may cut (a PDF's wrapped line: 「…サポー」 / 「トセンター」).
_WRAPPED_WORD = re.compile(r"[一-龥々ァ-ヺー]+$")
_KATAKANA = re.compile(r"[ァ-ヺー]")


def _attached_start(text: str, start: int) -> int:
    """Where a name really starts: before the Latin letters glued to it (「B&」 of 「B&G…」),
    and on the line above when a wrapped line cut it (the word ending that line)."""
    glued = _ATTACHED.search(text, max(start - 10, 0), start)
    if glued is not None and glued.end() == start:
        start = glued.start()
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or line_start == 0:
        return start
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    wrapped = _WRAPPED_WORD.search(above)
    if wrapped is None or not (_KATAKANA.match(above[-1]) and _KATAKANA.match(text[start])):
        return start  # a katakana word running on from one line to the next: one word
    return text.rfind("\n", 0, line_start - 1) + 1 + wrapped.start()


_PART_BRACKET_WINDOW = 40
# The last name of a list before a bracket: 「中央公民館及び地区公民館（…）」 → 地区公民館
_NAME_SEPARATORS = re.compile(r"[\s、。,，「」()（）・]|及び|並びに")


def _part_in_brackets(text: str, start: int, name: str) -> bool:
    """「市民プール（屋外50mプール・幼児用プール）」: a facility named inside a bracket that
    opens right after the name of one place of the same kind is a part of that place, not
    a place of its own. After a kind of place (「地区公民館（東部公民館、…）」) the bracket
    lists its members; one of another kind is where it stands (「保健センター（福祉会館
    2階）」): both are places."""
    window = text[max(0, start - _PART_BRACKET_WINDOW) : start]
    depth = 0
    for k in range(len(window) - 1, -1, -1):
        ch = window[k]
        if ch in ")）":
            depth += 1
        elif ch in "(（" and depth > 0:
            depth -= 1
        elif ch in "(（":
            before = _NAME_SEPARATORS.split(window[:k].rstrip())[-1]
            kind = next((x for x in FACILITY_SUFFIXES if name.endswith(x)), None)
            return (
                kind is not None
                and before.endswith(kind)
                and len(before) > len(kind)
                and not is_generic_name(before)
            )
        elif ch == "\n":
            return False
    return False


_HIRAGANA = re.compile(r"[ぁ-ゖー]")
_WORD_BOUNDARY = re.compile(r"[\s、。,，「」『』()（）・:：]")


def _kana_word_start(text: str, start: int) -> int:
    """「あおばだい交流センター」 cut by the tokenizer inside its kana word (「だい…」), or
    「ゆくば湖畔キャンプ場」 cut at the seam of kana and kanji: a name right after hiragana
    starts where that kana word does, when a space, a line start or punctuation stands
    before the word (so no particle of a sentence is taken into the name). Before a name
    starting in kanji or katakana the kana must read as a name's (`_kana_names_words`)."""
    if start == 0 or not _HIRAGANA.match(text[start - 1]):
        return start
    at = start
    while at > 0 and _HIRAGANA.match(text[at - 1]):
        at -= 1
    if at != 0 and not _WORD_BOUNDARY.match(text[at - 1]):
        return start
    if _HIRAGANA.match(text[start]) or _kana_names_words(text[at:start], glued=True):
        return at
    return start


_JOINED_BY_NO = re.compile(r"(?:^|(?<=[\s、。,，「」『』()（）・:：]))[一-龥々]の$")
# a body, an area or a determiner before の (「市の」「他の」「同の」): no first word of a name
_NO_PLACE_WORD = re.compile(r"[市町村区都道府県国内外各全他次同当本新旧両]")


def _joined_by_no_start(text: str, start: int) -> int:
    """「楓の台公民館」「楓の丘公園」 cut by the tokenizer after の (「台公民館」): a name whose
    first word is one kanji and の, standing right after a word boundary (a list's comma, a
    cell's start), starts at that kanji (a longer word before の, 「会場の」, is a phrase's).
    A body, an area or a determiner before の (「市の」「他の」) is no part of a name."""
    joined = _JOINED_BY_NO.search(text, max(start - 3, 0), start)
    if joined is None or joined.end() != start or _NO_PLACE_WORD.search(joined.group()):
        return start
    return joined.start()


def _cut_after_no_start(text: str, start: int, name: str) -> int:
    """「潮風の丘公園」 read as 「丘公園」: a name with one letter before its kind word right
    after の names no place on its own (丘, 台, 森 …), so the words before の are its first
    word, whatever their length (a body or determiner before の, 「…市の」「他の」, is none)."""
    suffix = max((s for s in FACILITY_SUFFIXES if name.endswith(s)), key=len, default=None)
    if suffix is None or len(name) - len(suffix) != 1 or not text.endswith("の", 0, start):
        return start
    if _BRANCH_LETTER.match(name):
        return start  # 「東公民館」「本庁舎」: a branch named by its direction stands alone
    window = max(start - 1 - _NO_WORD_WINDOW, 0)
    before = tokens(text[window : start - 1])
    at = len(text[window : start - 1])
    for token in reversed(before):
        if token.end != at or token.pos[0] not in ("名詞", "接頭辞") or token.pos[1] in (
            "数詞", "代名詞"
        ):
            break
        at = token.start
    word = text[window + at : start - 1]
    if not word or (len(word) == 1 and _NO_PLACE_WORD.search(word)) or _BODY_END.search(word):
        return start  # 「青葉台市の森公園」: the city's park, its own name 「森公園」
    return window + at


_NO_WORD_WINDOW = 12
_BODY_END = re.compile(r"[市町村区都道府県]$")
_BRANCH_LETTER = re.compile(r"[東西南北中本新旧]")

# 「市民」「市立」「市営」「市役所」「町内」: words the body's own suffix opens, no place's own
_BODY_WORDS = "民立営役内外全有"


def _body_named(name: str, municipality: str | None) -> str:
    """「市○○センター」: a place named by the body's suffix alone (the city's own centre)
    is the place of the body, named with the body's name (「架空市○○センター」)."""
    if not municipality or len(name) < 3 or municipality[-1] not in "市町村":
        return name  # a prefecture's 「県○○センター」 is printed so as its own name
    suffix = municipality[-1]
    if name[0] != suffix or name[1] in _BODY_WORDS:
        return name
    return municipality + name[1:]


_QA_PAIR = ("問", "答")  # a council Q&A's marks: question, then answer


def _after_qa_mark(doc: StructuredDocument, start: int) -> int:
    """「問X公民館の…」 over 「答…」: a paragraph opening with the question mark, answered by
    the next one opening with the answer mark (or an answer after its question), prints the
    mark run into its first word; a name found there starts after the mark."""
    if doc.folded[start : start + 1] not in _QA_PAIR:
        return start
    block = next((b for b in doc.blocks if b.start == start and b.kind == "paragraph"), None)
    if block is None:
        return start
    mark = _QA_PAIR.index(doc.folded[start])
    other = block.index + 1 if mark == 0 else block.index - 1
    if not 0 <= other < len(doc.blocks):
        return start
    partner = doc.blocks[other]
    if doc.folded[partner.start : partner.start + 1] != _QA_PAIR[1 - mark]:
        return start
    return start + 1


_PARTICLES = ("を", "が", "は", "へ", "に", "で")


def _without_particle(name: str) -> str:
    """「道の駅あおばを拠点に」: a name in kana after its type word runs to the particle after
    it; a name never ends with a particle."""
    if name.endswith(_PARTICLES) and len(name) > 2 and re.search(r"[ぁ-ゖ]{2}$", name):
        return name[:-1]
    return name


def _quoted(doc: StructuredDocument) -> list[tuple[str, int, int]]:
    """A name in quotes right after a word for a facility (温泉施設「架空の湯」) or ending
    in one (「架空図書館(仮称)」): the quotes mark where the name begins and ends. 「(仮称)」
    marks a name not yet final and is no part of it."""
    found: list[tuple[str, int, int]] = []
    for match in _QUOTED.finditer(doc.folded):
        name = _PROVISIONAL.sub("", match.group("name")).strip()
        if not _NAME.fullmatch(name) or has_predicate(name):
            continue  # 「…を支援する区役所」: a phrase about a kind of place, no name
        if _service_before(doc.folded, match.start("name") - 1):
            continue  # 「子育て世代包括支援センター「…」」: a service's nickname, no building
        kind = doc.folded.endswith(_KIND_WORDS, 0, match.start())
        if kind or (facility_kind(name) and not is_generic_name(name)):
            found.append((name, match.start("name"), match.end("name")))
    return found


_PROVISIONAL_WINDOW = 40
_NAME_TOKENS = ("名詞", "接頭辞", "接尾辞")
_DOT_WORDS = ("・", "･")  # 「防災公園・多機能複合施設」: one name across the dot


def _provisional(doc: StructuredDocument) -> list[tuple[str, int, int]]:
    """「…を集約する北地区複合施設（仮称）の…」: 「（仮称）」 after a run of nouns ending like
    a facility marks that run as the name of one place still to be built, however generic
    its words (the tokenizer's noun run, so the verb before it is no part)."""
    if "仮称" not in doc.folded:
        return []  # the cheap check: most documents name no place still to be built
    found: list[tuple[str, int, int]] = []
    text = doc.folded
    for match in _PROVISIONAL.finditer(text):
        end = match.start()
        begin = max(text.rfind("\n", 0, end) + 1, end - _PROVISIONAL_WINDOW)
        window = text[begin:end]
        if not window or window[-1] in "」』":
            continue  # 「「…」(仮称)」: the quotes give the name (`_quoted`)
        run = list(tokens(window))
        k = len(run)
        while k > 0 and run[k - 1].end == (run[k].start if k < len(run) else len(window)) and (
            run[k - 1].pos[0] in _NAME_TOKENS
            or (run[k - 1].surface in _DOT_WORDS and k > 1 and run[k - 2].pos[0] == "名詞")
        ):
            k -= 1
        if k == len(run) or (k > 0 and run[k - 1].pos[0] == "助詞"):
            continue  # 「…見が丘図書館」: a particle glued to the run may be part of the name
        name = window[run[k].start :]
        kind = facility_kind(name)
        if kind is None or len(name) <= len(kind) or not _NAME.fullmatch(name):
            continue
        found.append((name, begin + run[k].start, end))
    found.extend(_provisional_before(text))
    return found


def _provisional_before(text: str) -> list[tuple[str, int, int]]:
    """「…を集約する（仮称）西部交流センターの設計」: 「（仮称）」 printed before the run of
    nouns ending like a facility, the name of the place still to be built."""
    found: list[tuple[str, int, int]] = []
    for match in _PROVISIONAL.finditer(text):
        begin = match.end()
        stop = text.find("\n", begin)
        window = text[begin : min(stop if stop >= 0 else len(text), begin + _PROVISIONAL_WINDOW)]
        run = list(tokens(window))
        k = 0
        while k < len(run) and run[k].start == (run[k - 1].end if k else 0) and (
            run[k].pos[0] in _NAME_TOKENS
            or (run[k].surface in _DOT_WORDS and 0 < k < len(run) - 1)
        ):
            k += 1
        if k == 0:
            continue
        name = window[: run[k - 1].end]
        kind = facility_kind(name)
        if kind is None or not name.endswith(kind) or len(name) <= len(kind):
            continue
        if _NAME.fullmatch(name):
            found.append((name, begin, begin + len(name)))
    return found


def _service_before(text: str, at: int) -> bool:
    """A centre every body runs, named by its service (SERVICE_KINDS), right before `at`."""
    return text.endswith(SERVICE_KINDS, 0, at)


# 「町営あおば台住宅」「県営しらかば住宅」: a public housing estate, named between its
# operator's word and 住宅 (「市営住宅」 alone names the kind).
_PUBLIC_HOUSING = re.compile(
    r"(?:市営|町営|村営|区営|県営|都営|府営|道営)[^\s、。,，()（）「」・]{1,10}?(?:住宅|団地)(?!地|街|課|係)"
)


def _public_housing(doc: StructuredDocument) -> list[tuple[str, int, int]]:
    if "営" not in doc.folded:
        return []  # the cheap check: most documents name no public housing
    return [(m.group(), m.start(), m.end()) for m in _PUBLIC_HOUSING.finditer(doc.folded)]


# 「…市立さくらの図書館」「県立あおぞらの森公園」: a kana name (with 「の」 and a kanji or two)
# between the owner's word (市立, 県立 …) and a facility ending, which the tokenizer cuts at
# the kana that read as particles (の, は)
_OWNED_KANA = re.compile(
    r"(?:市|町|村|区|県|都|府|道)立(?P<kana>[ぁ-ゖァ-ヺー]{2,12}?(?:の[一-龥]{1,2})?)(?P<kind>"
    + "|".join(re.escape(w) for w in sorted(FACILITY_SUFFIXES, key=len, reverse=True))
    + ")"
)


def _owned_kana_names(doc: StructuredDocument, facts: DocumentFacts) -> list[tuple[str, int, int]]:
    """Kana names after 市立/県立 …, from the body's name when it is printed before 立."""
    if "立" not in doc.folded:
        return []  # the cheap check
    text = doc.folded
    bodies = sorted((b for b in (facts.municipality, facts.prefecture) if b), key=len, reverse=True)
    found: list[tuple[str, int, int]] = []
    for match in _OWNED_KANA.finditer(text):
        body = next((b for b in bodies if text.endswith(b, 0, match.start() + 1)), None)
        start = match.start() + 1 - len(body) if body else match.start()
        found.append((text[start : match.end()], start, match.end()))
    return found


# 「ささなぎ交流館」: a name in hiragana set apart before a facility ending, which the
# tokenizer reads as other words (an interjection, an adjective) and so drops
_KANA_NAMED = re.compile(
    r"(?:^|(?<=[\s、。,，「」『』()（）・:：]))(?P<kana>[ぁ-ゖー]{3,8})(?P<kind>"
    + "|".join(re.escape(w) for w in sorted(FACILITY_SUFFIXES, key=len, reverse=True)
               if w != "施設")
    + ")",
    re.MULTILINE,
)
_NOT_A_NAMES_KANA = ("連体詞", "代名詞", "助動詞", "助詞", "接続詞")
_PARTICLE_ENDS = "のをにはがでとへもやなかよね"


def _kana_named(doc: StructuredDocument) -> list[tuple[str, int, int]]:
    """Hiragana names before a facility ending, the kana a name's words."""
    found: list[tuple[str, int, int]] = []
    for match in _KANA_NAMED.finditer(doc.folded):
        if _unit_suffix_after(doc.folded, match.start(), match.end()):
            continue  # 「みどり公園課」: the place word opens a unit's name
        if _kana_names_words(match.group("kana")):
            found.append((match.group(), match.start(), match.end()))
    return found


_MIN_NAME_KANA = 3  # 「ゆくば」: fewer kana set apart before a name are a sentence's word


def _kana_names_words(kana: str, *, glued: bool = False) -> bool:
    """Hiragana that read as a name's words: no particle at its end, no pronoun, adnominal
    or conjunction (「あらゆる」「および」), not one adverb or adjective (「ちいさい」). Glued
    to a kanji name (「ゆくば湖畔キャンプ場」) the kana is a place's own word, which the
    tokenizer cuts into any words: only one word of a sentence on its own is refused."""
    if len(kana) < _MIN_NAME_KANA or kana[-1] in _PARTICLE_ENDS:
        return False
    if glued and kana.endswith("て"):
        return False  # 「あわせて」「続いて」: a sentence's joining word before the name
    words = tokens(kana)
    if glued:
        refused = (*_NOT_A_NAMES_KANA, *_SENTENCE_WORDS, "動詞")
        return len(words) > 1 or words[0].pos[0] not in refused
    return not any(t.pos[0] in _NOT_A_NAMES_KANA for t in words) and not (
        len(words) == 1 and words[0].pos[0] in _SENTENCE_WORDS
    )


_SENTENCE_WORDS = ("副詞", "形容詞", "形状詞")


def _add(facts: DocumentFacts, name: str, start: int, end: int, doc: StructuredDocument,
         *, listed: bool = False) -> None:  # fmt: skip
    """A place named whole. Listed in a column of facilities, a name of generic words
    (「市民プール」) is the body's own place, and a bare kind word (「こども館」) too when a
    nickname follows it."""
    nickname = nickname_after(doc.folded, end)
    generic = (_bare_kind(name) and not nickname) if listed else _names_kinds(name)
    if generic or any(nfkc_key(f.name) == nfkc_key(name) for f in facts.facilities):
        return
    nicknamed = _NICKNAMED.fullmatch(name)
    aliases = [nicknamed.group("name"), nicknamed.group("nickname")] if nicknamed else []
    if not aliases and nickname:
        aliases = [nickname]  # 「架空センター（愛称：かくうプラザ）」 listed: its other name
    also = _ALSO_NAMED.fullmatch(name)
    if also and _one_place(also.group("name")) and _one_place(also.group("alias")):
        name, aliases = also.group("name").strip(), [also.group("alias").strip()]
        end = start + len(name)
        if any(nfkc_key(f.name) == nfkc_key(name) for f in facts.facilities):
            return
    facts.facilities.append(
        Facility(name, facility_kind(name), aliases, evidence={"": doc.span(start, end)})
    )


# 「架空市民会館（架空ホール）」: a place, then in brackets another name of the same building
# (a list of parts in brackets, 「（屋外プール・幼児用プール）」, names no other building)
_ALSO_NAMED = re.compile(r"(?P<name>[^()（）]{3,30})[(（](?P<alias>[^()（）・、,]{3,20})[)）]")


def _one_place(name: str) -> bool:
    """A name of one place: it ends like a facility and says more than a kind."""
    return facility_kind(name) is not None and not is_generic_name(name)


def _ports(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「架空港に…」「架空漁港の岸壁」: a port word right after a place name (a proper noun
    the dictionary knows as a place, or the municipality's own place name) and before a
    particle, so the port is what the sentence speaks of."""
    known = {nfkc_key(f.name) for f in facts.facilities}
    places = [p for p in (_place_name(facts.municipality), _place_name(facts.prefecture)) if p]
    found = tokens(doc.folded)
    for k, token in enumerate(found):
        after = found[k + 1] if k + 1 < len(found) else None
        if token.surface not in _PORT_WORDS or (
            after is not None and after.start == token.end and after.pos[0] != "助詞"
        ):
            continue  # 「架空港緑地」: the port word is part of a longer name
        start = token.start
        while k > 0 and found[k - 1].end == start and found[k - 1].pos[1:3] == ("固有名詞", "地名"):
            k -= 1
            start = found[k].start
        start = next(
            (token.start - len(p) for p in places if doc.folded.endswith(p, 0, token.start)),
            start,
        )
        name = doc.folded[start : token.end]
        if start == token.start or nfkc_key(name) in known:
            continue
        known.add(nfkc_key(name))
        facts.facilities.append(
            Facility(name, token.surface, [], evidence={"": doc.span(start, token.end)})
        )


def _place_name(body: str | None) -> str | None:
    """The place a body is named after: 「架空町」 → 「架空」."""
    if not body:
        return None
    bare = _BODY_SUFFIX.sub("", body)
    return bare if len(bare) >= 2 and bare != body else None


def _names_kinds(name: str) -> bool:
    """Kinds of place, not one place: generic words only (「市役所本庁舎」), or a list whose
    last part is a bare type word (「道路・橋りょう・公園」)."""
    last = re.split("[・･]", name)[-1]
    return is_generic_name(_MAIN_OFFICE.sub("", name)) or (
        last != name and is_generic_name(last)
    )


def _bare_kind(name: str) -> bool:
    key = nfkc_key(name)
    return any(key == nfkc_key(kind) for kind in (*FACILITY_SUFFIXES, *SERVICE_KINDS))


_OWN_OFFICE_WORDS = ("役所", "役場", "庁", "庁舎")


def _is_own_office(name: str, municipality: str) -> bool:
    """The body's own seat (「架空野市役所」 in a footer's address), or the city's of a ward's
    page, is where the document comes from, not a place it speaks of. (A ward's own office
    is listed among its places as often as not, and stays.)"""
    key = nfkc_key(name)
    cities = [nfkc_key(municipality), nfkc_key(ward_city(municipality) or "")]
    return any(city and (key == city + word or key == city + "本" + word)
               for city in cities for word in _OWN_OFFICE_WORDS)  # fmt: skip


def _names_prefectural_place(name: str, prefecture: str | None, municipality: str) -> bool:
    """A prefecture's own place keeps the prefecture in its name: 「架空県技術センター」 in a
    prefecture's document, and 「架空県立…」 anywhere (cut, 「立…」 would name nothing)."""
    if not prefecture or not name.startswith(prefecture):
        return False
    rest = name[len(prefecture) :]
    return rest.startswith("立") or nfkc_key(municipality) == nfkc_key(prefecture)


def _municipality_start(text: str, start: int, name: str, municipality: str) -> int:
    """Where a name that is the tail of the municipality's name (or of the place it is
    named after) plus more really starts (「…野市保健センター」 after 「架空」 → the start of
    「架空野市保健センター」; 「…空小学校」 in the town 架空 → 「架空小学校」)."""
    for city in (nfkc_key(municipality), nfkc_key(_place_name(municipality) or "")):
        for cut in range(1, len(city)):
            before = nfkc_key(text[max(start - cut, 0) : start])
            if before == city[:cut] and nfkc_key(name).startswith(city[cut:]):
                return start - cut
    return start
