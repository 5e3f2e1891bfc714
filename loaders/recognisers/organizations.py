"""Organisations: the units a document names where a reader looks for a unit, with the
parent its layout shows.

A unit name counts when it stands as a unit: a heading (or the start of one), the value of a
division/department field, a table cell or a space-separated cell of its own, an item of a
breadcrumb or list, or a whole noun run in a sentence (「問合せは市民協働課まで」). A unit
name inside another name (「職員共済組合負担金」「生涯学習推進協議会の設置」) or in a note
(「(注2) …」) names no unit of the document.

A parent is read only from evidence: a chain written together or cell by cell with each unit
smaller than the one before (「財政部財政課」「総務部 庶務課」「A部 > B課」), a department
field and a division field of one record, or a division field under a heading that names
one department, or a document whose title (its first heading lines) names one department
(「令和3年度 環境局の運営方針」) and whose units carry no parent of their own: they are that
department's units. Units in brackets after a unit (「A課(B係、C係)」) are its units, on
any line: a paragraph, a list item, a heading, a field's value. A staff table whose first
column prints each 部 row over its 課 rows holds them (the indentation lost); a bureau's
(局) page holds the 部 it names; a ward's page holds the divisions it names in its office
(区役所); a caption breaking a unit down by kinds of unit (「Aの局・事務所別職員数」) makes the
table's rows its parts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache

from loaders.facts import DocumentFacts, Organization, OrganizationKind, Span
from loaders.field_vocabulary import field_of, label_key, labels_of, sentence_cues
from loaders.genres.generic import find_organization_mentions
from loaders.genres.units import (
    council_committee,
    group_row_name,
    resolve_unit_name,
    split_unit_chain,
    unit_kind,
    ward_city,
    ward_office,
)
from loaders.recognisers.branch_offices import branch_offices, nested_offices
from loaders.recognisers.cell_charts import cell_chart_parents
from loaders.recognisers.coded_units import coded_parents
from loaders.recognisers.staff_lists import breakdown_units
from loaders.recognisers.staff_part_pairs import part_pairs
from loaders.recognisers.staff_runs import staff_runs
from loaders.recognisers.staffing_captions import staffing_caption
from loaders.recognisers.unit_codes import parent_cells
from loaders.recognisers.unit_levels import level_holders
from loaders.recognisers.unit_trees import own_unit_column
from loaders.recognisers.wrapped_lines import wrapped_sentence
from loaders.structure import Block, Cell, StructuredDocument, Table
from loaders.structure.paired_lines import is_page_number
from loaders.structure.tables import is_unit_note, part_of_above
from loaders.text.fiscal_year import year_mentions
from loaders.text.names import (
    ORGANIZATION_SUFFIXES,
    continues_name,
    find_facilities,
    generic_unit,
    has_predicate,
    office_name,
)
from loaders.text.normalize import nfkc_key

Context = str  # "heading", "value" (a unit field's value), "text" (paragraph, item, cell)

# Fields whose value is a unit, in the field vocabulary (ontology/fields.ttl).
_UNIT_FIELDS = ("department", "division")
# Labels this short are ordinary words too (担当, 所管, 問): masked only when a field says so.
_MIN_MASKED_LABEL = 3
# What separates the cells of a line, the items of a list or breadcrumb, and brackets.
_SEGMENT = re.compile(r"[^\s、,，。;；:：>＞|｜/／「」『』【】\[\]()（）〔〕〈〉《》●○◎■□◆◇※★☆]+")
# 「総務部 庶務課」「総合政策部 > 総合政策課」「総務部の情報政策課」「A部／B課」: units one
# within another (a slash between units of one rank lists them: the rank check says which)
_CHAIN_GAP = re.compile(r"^(?:[\s>＞]+|\s*の\s*|\s*[/／]\s*)$")
_NOTE_MARKS = "※*＊・"
_NOTE = re.compile(r"^\s*(?:[(（]\s*注\s*\d*\s*[)）]|注\s*\d*\s*[:：)）]|※)")
_SPACED_OUT = re.compile(r"^(?:\S[ \u3000]+){1,8}\S$")
_NAME_BREAK = re.compile(r"[・･0-9A-Za-z]$")
# The pieces of a unit field's value: units listed with spaces, 、 or ● (the lead unit).
_VALUE_PIECE = re.compile(r"[^\s、,，/／●◎]+")
# 「●担当課：環境保全課」: a list item that is a labelled field.
_ITEM_FIELD = re.compile(r"^(?P<label>[^:：\s]{1,8})\s*[:：]\s*(?P<value>\S.*)$")

# A sentence about a unit (「環境部は、…」「A課には…」) and the parts of the list that follows.
_SUBJECT = re.compile(r"^\s*(?P<unit>[\w・ー]+?)(?:に|で)?は[、,]?")
_LIST_SEPARATOR = re.compile(r"[、,，]|及び|および|並びに")
_UNIT_COUNT = r"[0-9一二三四五六七八九十]+(?:課|係|室|部|局|か所|箇所|センター|施設)"
_COUNTED = re.compile(rf"の{_UNIT_COUNT}$")
# 「○課と架空センターで構成」: a count of units not named, before the one that is
_COUNT_BEFORE = re.compile(rf"^{_UNIT_COUNT}と")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# 「A課(B係・C係)」: a unit, then the units it holds in brackets.
# A head count may stand between them: 「A課  17人(B係、C係)」.
_HOLDS = re.compile(
    r"(?P<unit>[\w・ー]+?)(?:\s+[0-9,]+\s*[人名])?\s*[(（](?P<inner>[^()（）]+)[)）]"
)
_MEMBER_KINDS = ("facility_unit", "committee")  # units of no rank a department may hold
# 「役場総務課」 in a contact line: the body's office building, no part of the unit's name
_OFFICES = ("町役場", "村役場", "市役所", "役場", "県庁")

# Rank of a unit in a chain by its suffix, outermost first (longest suffix first).
_RANKS: tuple[tuple[str, int], ...] = (
    ("事務所", 0),
    ("部局", 0),  # 知事部局: the group of a head's departments and 局 (会計局)
    ("委員会", 1),  # 教育委員会 > 生涯学習部
    ("事務局", 1),
    ("本部", 1),
    ("区役所", 1),  # a ward's office: its 課 and センター under it
    ("局", 1),
    ("部", 2),
    ("公室", 2),  # 市長公室: an office of a department's rank, its divisions under it
    ("課", 3),
    ("室", 3),
    ("係", 4),
    ("班", 4),
    ("担当", 4),
    ("グループ", 4),
)


_DIVISION_RANK = 3  # the units right under a department (課, 室)
_BUREAU_RANK = 1  # a 局, whose departments (部) rank right under it
_SECTION_RANK = 4  # 係, 班: the smallest units, which an office of no rank (児童相談所) holds


@dataclass(frozen=True)
class FoundUnit:
    name: str
    kind: OrganizationKind
    parent: str | None
    start: int  # offsets into the document's folded text
    end: int


def _paired_parts(doc: StructuredDocument) -> list[tuple[str, str]]:
    """(part, unit) for each part named in a staff table's repeated part and count column
    pairs (`staff_part_pairs`), the unit the row names in the last unit column before the
    pairs."""
    found: list[tuple[str, str]] = []
    for block in doc.of_kind("table"):
        table = block.table
        pairs = part_pairs(table) if table is not None else []
        if table is None or not pairs:
            continue
        first = pairs[0][0]
        for row in table.rows:
            units = [c.text.strip() for c in row[:first] if unit_kind(c.text.strip())]
            if not units:
                continue
            for name, _ in pairs:
                part = row[name].text.strip() if name < len(row) else ""
                if part and unit_kind(part):
                    found.append((part, units[-1]))
    return found


def _room_cells(doc: StructuredDocument) -> list[tuple[int, int]]:
    """Where the cells of the tables' room columns (「部屋名」「室場名称」) stand."""
    spans: list[tuple[int, int]] = []
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        for column, header in enumerate(table.header):
            if field_of(header, exact=True) == "room":
                spans += [(r[column].start, r[column].end) for r in table.rows if column < len(r)]
    return spans


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """Add the units `doc` names as units; a unit the genre parser knew gains its parent."""
    city = ward_city(facts.municipality)  # 「架空市建設局」 on a ward's page: the city's unit
    places = tuple(p for p in (facts.prefecture, facts.municipality, city) if p)
    offices = [  # 「出先機関」 over a department's offices: units of it, though no 課
        FoundUnit(name, "facility_unit", None, start, end)
        for name, start, end in branch_offices(doc, places)
    ]
    offices += [  # 「・福祉部」 over 「　・保健センター」: an office nested in a unit's item
        FoundUnit(name, "facility_unit", parent, start, end)
        for name, parent, start, end in nested_offices(doc)
    ]
    listed = [  # 「内訳　A課（12人）・B課（20人）」: the units a staff breakdown lists
        FoundUnit(name, unit_kind(name) or "division", None, start, end)
        for name, start, end in breakdown_units(doc)
    ]
    listed += [  # 「架空分室 （2名）※A課の内数」 in a staff list: a unit within that 課
        FoundUnit(part.name, unit_kind(part.name) or "division", part.within, part.start, part.end)
        for part in staff_runs(doc)
        if part.within
    ]
    rooms = _room_cells(doc)  # 「託児室」 under 「室場名称」: a room of a facility, no unit
    units = [u for u in find_units(doc, (*places, *_OFFICES))
             if not any(a <= u.start and u.end <= b for a, b in rooms)]  # fmt: skip
    _add(facts, [*units, *offices, *listed], doc)
    _subject_parent(doc, facts, places)
    _ward_parent(facts)
    spanned = _spanned_header_units(doc)
    known = {o.name for o in facts.organizations}
    for _, parent, span in spanned:  # 「総務部 | (blank)」 over 「総務課 | 危機管理課」
        if parent not in known:
            known.add(parent)
            facts.organizations.append(
                Organization(parent, unit_kind(parent) or "department", None, evidence={"": span})
            )
    for unit, parent in [*coded_parents(doc), *_paired_parts(doc),
                         *((u, p) for u, p, _ in spanned), *_flat_chart_parents(doc)]:  # fmt: skip
        # 「010100 総務課」 under 「010000 総務部」; 「課 | … | 係1 | 人数 | 係2 | 人数」: each
        # pair's part is of the row's unit
        for organization in facts.organizations:
            if organization.name == unit and organization.parent is None:
                organization.parent = parent
    for unit, parent in cell_chart_parents(doc):  # a box drawn under its unit's box: said
        same = [o for o in facts.organizations if o.name == unit]
        for organization in same:
            organization.parent = parent
        if not same:  # a box in the top row of a block of cells, read as its header
            facts.organizations.append(Organization(unit, unit_kind(unit) or "section", parent))
    # 「○○常任委員会 説明資料」: the council's committee a paper is presented to is no unit
    # of the body's organisation (the council's own committees are no part of its structure)
    facts.organizations[:] = [o for o in facts.organizations if not council_committee(o.name)]
    # 「所管課」「担当係」: a column's or a field's label, read where a unit's name stands, names
    # the kind of unit the cells hold, no unit (`label_unit`)
    facts.organizations[:] = [o for o in facts.organizations if not label_unit(o.name)]
    for organization in facts.organizations:
        if organization.parent and council_committee(organization.parent):
            organization.parent = None  # 「○○常任委員会資料 / A課」: no unit over the 課
    _chains_apart(facts)


def _chains_apart(facts: DocumentFacts) -> None:
    """「X部Y課」 where the document names X部 as a unit of its own: the 課 under the 部 (a
    cell wrapped 部 over 課 and joined back, or a chain printed without a space)."""
    known = {o.name: o for o in facts.organizations}
    kept: list[Organization] = []
    for organization in facts.organizations:
        units = split_unit_chain(organization.name)
        if (
            len(units) < 2
            or len(set(units)) < len(units)  # 「X部X部」: cells run together, no chain
            or any(unit not in known for unit in units[:-1])
        ):
            kept.append(organization)
            continue
        name, parent = units[-1], units[-2]
        if organization.parent not in (None, *units[:-1]):
            kept.append(organization)
            continue
        if (same := known.get(name)) is not None:
            same.parent = same.parent or parent  # the 課 read on its own too: one unit
            continue
        organization.name, organization.parent = name, parent
        known[name] = organization
        kept.append(organization)
    facts.organizations[:] = kept


# 「企画部（42）」「企画政策課（12）」: a chart's line, one unit and perhaps its count
_CHART_LINE = re.compile(
    r"^(?P<unit>[^\s()（）0-9]{2,30}?)\s*(?:[(（]\s*[0-9,]+\s*[人名]?\s*[)）])?$"
)
_FLAT_CHART_MIN = (2, 4)  # 部 and 課 lines in a run, at the least


def _flat_chart_parents(doc: StructuredDocument) -> list[tuple[str, str]]:
    """(unit, parent) from an org chart printed flat, a line a unit and no indent (a
    pamphlet's chart whose boxes came out one a line): each 課 line is of the 部 line last
    above it; a line of a post (「会計管理者」「教育長」) or of other text ends the 部's run."""
    found: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    departments = 0
    current: str | None = None

    def close() -> None:
        nonlocal run, departments
        if departments >= _FLAT_CHART_MIN[0] and len(run) >= _FLAT_CHART_MIN[1]:
            found.extend(run)
        run, departments = [], 0

    for block in doc.blocks:
        line = doc.folded[block.start : block.end].strip()
        match = _CHART_LINE.match(line) if block.kind != "table" else None
        kind = unit_kind(match.group("unit")) if match else None
        if match and kind == "department":
            current = match.group("unit")
            departments += 1
        elif match and kind in ("division", "section") and current is not None:
            run.append((match.group("unit"), current))
        elif match and kind is not None:
            continue  # 「会計課」 under a post's line: a unit of the chart with no 部 over it
        elif match and kind is None and len(line) <= _POST_LINE:
            current = None  # 「会計管理者」 over 「会計課」: a post's line, no 部 over it
        elif not is_page_number(line):  # (a page's number between its lines)
            current = None
            close()
    close()
    return found


_POST_LINE = 8


def _spanned_header_units(doc: StructuredDocument) -> list[tuple[str, str, Span]]:
    """(unit, parent, the parent's span) for a table headed by broader units over the units
    in them (a matrix's header: 「総務部 | | 企画部」 over 「総務課 | 危機管理課 | 企画政策課」,
    each upper label spanning the blank cells beside it): every lower unit is of the upper
    unit it stands under. Two such pairs at least."""
    found: list[tuple[str, str, Span]] = []
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or not table.rows or not table.header_cells:
            continue
        upper, lower = table.header_cells, table.rows[0]
        pairs: list[tuple[str, str, Span]] = []
        current: Cell | None = None
        for k, cell in enumerate(lower):
            if k < len(upper) and upper[k].text.strip():
                current = upper[k]
            name, over = cell.text.strip(), current.text.strip() if current else ""
            if current is not None and unit_kind(over) == "department" and (
                unit_kind(name) in ("division", "section") and name != over
            ):
                pairs.append((name, over, doc.cell_span(current)))
        if len(pairs) >= 2:
            found.extend(pairs)
    return found


def label_unit(name: str) -> bool:
    """Whether a unit-like name is a field's label (「所管課」, 「担当係」): it ends as a unit does,
    but the field vocabulary knows it as the label over the units, not one of them."""
    return field_of(label_key(name), exact=True) is not None


def find_units(doc: StructuredDocument, places: Sequence[str] = ()) -> list[FoundUnit]:
    """The units `doc` names in a unit's place, each with the parent the layout shows."""
    found: list[FoundUnit] = []
    by_block: dict[int, list[FoundUnit]] = {}
    placed: dict[str, str] = {}  # a unit and the unit a sentence places it in
    note: Block | None = None
    for block in doc.blocks:
        if block.kind != "table" and _NOTE.match(block.text):
            note = block
            if block.kind in ("paragraph", "item"):
                found.extend(_members(doc, block, places, note=True))  # a note stating them
                placed.update(_placed_within(doc, block, places))
                found.extend(_wrapped_belonging(doc, block, places))  # 「※A課はB部、」…
            continue
        if note is not None and _continues(doc, note, block):
            note = block  # a note's wrapped lines are the note
            continue
        note = None
        units: list[FoundUnit] = []
        rows: dict[int, list[list[FoundUnit]]] = {}
        column_units = _unit_column_cells(doc, block.table, places) if block.table else {}
        joined = _joined_cells(doc, block.table, places) if block.table else {}
        for start, end, context, row in _regions(doc, block):
            cell = joined.get((start, end)) or _units_in(doc.folded, start, end, context, places)
            if not cell and (start, end) in column_units:
                cell = [column_units[(start, end)]]
            rows.setdefault(row, []).append(cell)
        parts = _section_columns(rows) if block.kind == "table" else set()
        chained = block.kind == "table" or (block.kind == "field" and _unit_label(block))
        for cells in rows.values():
            units.extend(_row_chain(cells, parts) if chained else _flatten(cells))
        if block.table is not None:
            units = _parent_column(block.table, units)
            units = _carried_down(block.table, units)
            units = _indented_parents(doc, block.table, units)
            units = _coded_parents(block.table, units)
            units = _belonging(doc, block.table, units)
            units = _bracketed_in_row(doc, block.table, units)
            units = _parts_of_rows(doc, block.table, units)
            units = _joint_rows(doc, block, units)
            units = _form_members(block.table, units)
            units = _labelled_chain(block.table, units)
            units = _record_section(doc, block, units, by_block)
            units = _without_row_labels(block.table, units)
            units = _broken_down(doc, block, units)
            # 「架空部 | 30」 over 「架空一課 | 12」 in the table: the rows' own ranks hold them
            # before a heading above the table does (only the units left without a parent)
            units = _ranked_rows(doc, block, units)
            units = _grouped_by_heading(doc, block, units, by_block)
            units = _department_column(block.table, units)
            units = _group_row_parents(block.table, units)
            units = _levelled_rows(block.table, units)
        if block.kind == "field" and _record_unit_field(block.label) is not None:
            units = _after_field(doc, block, units, by_block)
        if (block.kind == "field" and (
            _unit_field(block.label) == "division" or _unit_kinds_label(block.label or "")
        )) or (block.kind == "item" and units and _leads(doc, block, units[0])):  # fmt: skip
            # (「係：A係・B係」 under a 課's heading: the label names the kind of its parts)
            units = _under_heading(doc, block, units, by_block)
        if block.kind == "item" and block.level and not units:
            units = _counted_office(doc, block, by_block)
        if block.kind == "item" and block.level and units and _leads(doc, block, units[0]):
            units = _under_item(doc, block, units, by_block)
        elif block.kind in ("paragraph", "heading") and units and units[0].parent is None:
            units = _under_indented(doc, block, units, by_block)
        if block.kind in ("table", "heading", "paragraph") and units:
            units = _after_unit_line(doc, block, units, by_block)
        by_block[block.index] = units
        found.extend(units)
        if block.kind in ("paragraph", "item"):
            found.extend(_same_unit_parts(doc, block))
            found.extend(_members(doc, block, places))
            if block.kind == "paragraph":
                found.extend(_wrapped_members(doc, block, places))
                found.extend(_wrapped_chains(doc, block, places))
            placed.update(_placed_within(doc, block, places))
            found.extend(_wrapped_belonging(doc, block, places))
            found.extend(_parents_in_brackets(doc, block, places))
        elif block.kind == "table":
            found.extend(_cell_parents_in_brackets(doc, block, places))
        elif block.kind in ("heading", "field"):
            start, end = _text_span(doc, block)
            found.extend(_held_in_brackets(doc.folded[start:end], start, places))
            # 「所管課:A課(B部)」「関係課 A課、B課(いずれもC部)」
            found.extend(_parents_in_brackets(doc, block, places))
    if placed:  # 「B室はA課内に置く」 outranks the 所管部 column beside B室
        found = [_with_parent(u, placed[u.name]) if u.name in placed else u for u in found]
    found = _without_outside_bodies(doc.folded, found)
    return _holding_groups(_without_pieces(_without_holders(doc.folded, found)))


def _placed_within(
    doc: StructuredDocument, block: Block, places: Sequence[str]
) -> dict[str, str]:
    """「B室はA課内に置く」 (the cue words are `mkf:placedWithin`), 「BセンターはA課に属する」
    (`mkf:belongsTo`): B's parent is A."""
    text = doc.folded[block.start : block.end]
    kinds = ("placedWithin", "belongsTo")
    cues = [c for c, f in sentence_cues().items() if f in kinds and c in text]
    placed: dict[str, str] = {}
    for cue in cues:
        for match in re.finditer(re.escape(cue), text):
            mentions = find_organization_mentions(text[: match.start()])
            outer = next((m for m in mentions if m[1] == match.start()), None)
            if outer is None:
                continue
            topic = text.rfind("は", 0, outer[0])
            if topic <= 0 or text[topic + 1 : outer[0]].strip("、, "):
                continue
            inner = next((m[2] for m in mentions if m[1] == topic), None)
            if inner is None:  # 「架空支所は」: an office the dictionary reads as a place
                words = _SEGMENT.findall(text[:topic])
                inner = words[-1].lstrip(_NOTE_MARKS) if words else None
                if not inner or not text[:topic].endswith(inner) or unit_kind(inner) is None:
                    continue
            name, parent = inner, _without_places(outer[2], places)
            if name != parent and not _is_below(parent, name):
                placed[name] = parent
    return placed


# 「知事部局」「市長部局」: the departments under one head, a unit only as the group it holds
_GROUP_SUFFIX = "部局"


def _holding_groups(found: list[FoundUnit]) -> list[FoundUnit]:
    """A group of departments (知事部局) is a unit of the document where the layout places
    units under it (a cell spanning its departments' rows); named alone (「知事部局等の職員
    数」「対象 知事部局・企業局」) it only says whose staff a figure covers."""
    parents = {u.parent for u in found}
    return [u for u in found if not u.name.endswith(_GROUP_SUFFIX) or u.name in parents]


def _without_pieces(found: list[FoundUnit]) -> list[FoundUnit]:
    """「市民\n文化部」: a name broken at a line's end, read whole by one rule and as its last
    line's piece (文化部) by another; the piece inside the whole name is no unit."""
    return [
        u for u in found
        if not any(o.start <= u.start and u.end <= o.end and (o.end - o.start) > (u.end - u.start)
                   and o.name.endswith(u.name) and o.name != u.name for o in found)
    ]  # fmt: skip


def _members(
    doc: StructuredDocument, block: Block, places: Sequence[str], *, note: bool = False
) -> list[FoundUnit]:
    """The units a sentence says make up a unit, with that unit as their parent:
    「環境部は、環境政策課、ごみ対策課の2課と、出先機関の青葉センターで構成」「A課にはB係と
    C係を置き」 (the cue words are `mkf:members` in the field vocabulary), and units in
    brackets after a unit (「環境政策課(企画係・温暖化対策係)」). In a `note` (「(注)A部には
    B課を含みます」) only what a sentence states."""
    start, end = _text_span(doc, block)
    return _members_in(doc.folded[start:end], start, places, note=note)


def _wrapped_members(
    doc: StructuredDocument, block: Block, places: Sequence[str]
) -> list[FoundUnit]:
    """「…架空部には架空企画課と架空」 / 「推進課を置いております。」: the members a
    sentence wrapped at a fixed width states (`wrapped_lines`), read on the joined lines; the
    units of a member's own line alone are read from that line."""
    text, at = wrapped_sentence(doc, block)
    if len(text) <= block.end - block.start:
        return []
    found: list[FoundUnit] = []
    for unit in _members_in(text, 0, places):
        if unit.parent is None:
            continue
        name, start = _undated(unit.name), unit.start
        start += len(unit.name) - len(name)
        found.append(FoundUnit(name, unit.kind, unit.parent, at(start), at(unit.end - 1) + 1))
    return found


def _wrapped_chains(
    doc: StructuredDocument, block: Block, places: Sequence[str]
) -> list[FoundUnit]:
    """「…、架空総務課架空防災」 / 「係を2人から3人と…」: a chain of units whose last name a line's
    end breaks, in a sentence wrapped at a fixed width (`wrapped_lines`), read on the joined
    lines — the units within each line are read from that line."""
    text, at = wrapped_sentence(doc, block)
    own = block.end - block.start
    if len(text) <= own:
        return []
    units = _units_in(text, 0, len(text), "text", places)
    broken = [u for u in units if u.parent is not None and u.start < own < u.end]
    parents = {u.parent for u in broken}
    return [  # the broken unit and the chain over it, so its parent is a unit of the page
        FoundUnit(unit.name, unit.kind, unit.parent, at(unit.start), at(unit.end - 1) + 1)
        for unit in units
        if unit in broken or unit.name in parents
    ]


def _undated(name: str) -> str:
    """「令和6年度から架空保全係」 → 架空保全係: when a unit was set up is no part of its name."""
    mentions = [m for m in find_organization_mentions(name) if m[1] == len(name)]
    if mentions and mentions[-1][0] > 0 and year_mentions(name[: mentions[-1][0]]):
        return mentions[-1][2]
    return name


def _members_in(
    text: str, start: int, places: Sequence[str], *, note: bool = False
) -> list[FoundUnit]:
    """`_members` of a text starting at `start` in the document's folded text."""
    cues = sorted((c for c, f in sentence_cues().items() if f == "members"), key=len, reverse=True)
    found = [] if note else _held_in_brackets(text, start, places)
    found.extend(_placed_inside(text, start, cues, places))
    found.extend(_listed_within(text, start, places))
    found.extend(_stated_belonging(text, start, places))
    position = 0
    for sentence in re.split("(?<=。)", text):
        offset, position = start + position, position + len(sentence)
        mark = _NOTE.match(sentence)
        for begin, cue in _clauses(sentence, mark.end() if mark else 0, cues):
            clause = sentence[begin:cue]
            subject = _SUBJECT.match(clause)
            if subject is None:
                continue
            head = _without_places(subject.group("unit"), places)
            if unit_kind(head) is None or len(split_unit_chain(head)) > 1:
                continue
            listing = _BRACKETED.sub(lambda m: " " * len(m.group()), clause)
            members = _listed_members(listing, subject.end(), head, places)
            at = offset + begin
            found.extend(
                FoundUnit(name, unit_kind(name) or "division", head, at + s, at + e)
                for s, e, name in members
            )
    return found


_SUBJECT_LIST = re.compile(r"(?:と|、|,|，|・|及び|および|並びに|\s)+")


def _stated_belonging(text: str, offset: int, places: Sequence[str]) -> list[FoundUnit]:
    """「A課とB課はC部に属します」: the units a sentence's subject lists belong to the unit
    before the `mkf:belongsTo` cue (「に属し」「に所属」「の出先機関」), each when smaller than
    it (an office of no rank under any unit, after 「出先機関」). Clauses before it share the
    cue: 「A課・B課はC部、D課はE部に属する」 places A課 and B課 in C部 too."""
    cues = [c for c, f in sentence_cues().items()
            if f == "belongsTo" and c.startswith(("に", "の"))]  # fmt: skip
    found: list[FoundUnit] = []
    for cue in cues:
        branch = "出先" in cue  # 「X事務所はY課の出先機関」: an office, no rank of its own
        for match in re.finditer(re.escape(cue), text):
            head = text[: match.start()]
            outer = next((m for m in find_organization_mentions(head)
                          if m[1] == match.start()), None)  # fmt: skip
            # 「Aは **C部** に属する」: Markdown emphasis reads as spaces around the unit
            if outer is None or not head[: outer[0]].rstrip(" ").endswith(("は", "は、")):
                continue
            begin = max(head.rfind("。", 0, outer[0]), head.rfind("\n", 0, outer[0])) + 1
            for start, close in _belonging_clauses(head, begin, outer, cue[0]):
                name = _without_places(split_unit_chain(close[2])[-1], places)
                subject = head[start : close[0]].rstrip(" 、").removesuffix("は")
                members = _subject_units(subject, name, branch)
                if members:  # the unit they belong to is a unit of the document too
                    at = offset + close[1] - len(name)
                    found.append(FoundUnit(name, unit_kind(name) or "department", None, at,
                                           offset + close[1]))  # fmt: skip
                found.extend(
                    FoundUnit(n, unit_kind(n) or "division", name, offset + start + s_,
                              offset + start + e_)
                    for s_, e_, n in members
                )  # fmt: skip
    return found


def _wrapped_belonging(
    doc: StructuredDocument, block: Block, places: Sequence[str]
) -> list[FoundUnit]:
    """「※A課・B課はC部、」 then on the next line 「D課はE部に属する。」: a sentence wrapped
    onto the next line (no mark or number of its own) states where the units of this line
    belong; the cue is on the next line."""
    nxt = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    start, end = _text_span(doc, block)
    if (
        nxt is None
        or nxt.kind != "paragraph"
        or nxt.number
        or nxt.mark
        or doc.folded[start:end].rstrip().endswith("。")
        or doc.folded.count("\n", end, nxt.start) > 1
    ):
        return []
    _, until = _text_span(doc, nxt)
    text = doc.folded[start:until].replace("\n", " ")
    cut, gap = _word_break(doc.folded, end, nxt.start, until)
    if gap:  # 「…は都市整備」 then 「部、…」: a word broken at the line's end, read whole
        text = text[: cut - start] + text[cut - start + gap :]
    found = []
    for unit in _stated_belonging(text, start, places):
        shift = gap if gap and unit.start >= cut else 0
        if unit.start + shift < end:
            found.append(replace(unit, start=unit.start + shift,
                                 end=unit.end + (gap if gap and unit.end > cut else 0)))
    return found


_CJK = re.compile(r"[\u3041-\u30ff\u3400-\u9fff]")


def _word_break(folded: str, end: int, start: int, until: int) -> tuple[int, int]:
    """(where, how many characters) of the break between a line ending at `end` and the next
    starting at `start`, when it splits a word (a CJK character on both sides: Japanese wraps
    with no space, so the break is no gap), else (end, 0)."""
    after = len(folded[start:until]) - len(folded[start:until].lstrip())
    first = start + after
    if end < 1 or first >= until:
        return end, 0
    if not (_CJK.match(folded[end - 1]) and _CJK.match(folded[first])):
        return end, 0
    return end, first - end


def _belonging_clauses(
    head: str, begin: int, outer: tuple[int, int, str], particle: str = ""
) -> list[tuple[int, tuple[int, int, str]]]:
    """The clauses of 「A課はC部、D課はE部」 before a belonging cue: each clause's start and
    the unit closing it (a unit after 「は」, then 「、」, or the cue's particle and 「、」 as in
    「A課はC部に、D課はE部に属する」), the last closed by `outer`."""
    clauses: list[tuple[int, tuple[int, int, str]]] = []
    start = begin
    for mention in find_organization_mentions(head[begin : outer[0]]):
        s_, e_ = begin + mention[0], begin + mention[1]
        after = head[e_ : e_ + 2]
        gap = 1 if after.startswith("、") else 2 if particle and after == particle + "、" else 0
        if head[:s_].rstrip(" ").endswith("は") and gap:
            clauses.append((start, (s_, e_, mention[2])))
            start = e_ + gap
    clauses.append((start, outer))
    return clauses


def _subject_units(subject: str, parent: str, branch: bool) -> list[tuple[int, int, str]]:
    """The units a clause's subject lists (「A課・B課」, 「X事務所(22人)」), when nothing else
    stands there and each may sit in `parent`; the subject may open after the words before
    it (「本事業は…を聞き、A課は」「所属:A課は」)."""
    starts = [0, *(k + 1 for k, ch in enumerate(subject) if ch in "、:：)）」")]
    for at in starts:
        units = _listed_subject(subject[at:], parent, branch)
        if units:
            return [(at + s_, at + e_, n) for s_, e_, n in units]
    return []


def _listed_subject(subject: str, parent: str, branch: bool) -> list[tuple[int, int, str]]:
    members = [m for m in find_organization_mentions(subject)
               if len(split_unit_chain(m[2])) == 1]  # fmt: skip
    whole = subject.strip()
    if not members and branch and unit_kind(whole) and re.fullmatch(r"[\w・ー]+", whole):
        at = subject.index(whole)
        members = [(at, at + len(whole), whole)]  # 「Xセンターは…の出先機関」: an office
    rest = subject
    for s_, e_, _n in reversed(members):
        rest = rest[:s_] + rest[e_:]
    rest = _BRACKETED.sub("", rest)  # 「(22人)」 said of the unit
    if not members or _SUBJECT_LIST.sub("", rest):
        return []
    if not all(branch or _is_below(n, parent) for _s, _e, n in members):
        return []
    return members


def _listed_within(text: str, offset: int, places: Sequence[str]) -> list[FoundUnit]:
    """「架空部内の甲課、乙課及び丙課の職員」: the units listed after a unit and
    the `mkf:within` cue (内) with 「の」 sit inside that unit; the list ends at its first part
    that is no unit name (the last unit's 「の職員」 ends it too)."""
    found: list[FoundUnit] = []
    for cue in (c for c, f in sentence_cues().items() if f == "within"):
        for match in re.finditer(re.escape(cue) + "の", text):
            outer = next((n for _s, e, n in find_organization_mentions(text[: match.start()])
                          if e == match.start()), None)  # fmt: skip
            if outer is None:
                continue
            outer = _without_places(split_unit_chain(outer)[-1], places)
            at = match.end()
            while at < len(text):
                mention = next((m for m in find_organization_mentions(text[at : at + 40])
                                if m[0] == 0), None)  # fmt: skip
                if mention is None:
                    break
                name = mention[2]
                if not _sits_in(name, outer) or len(split_unit_chain(name)) > 1:
                    break
                found.append(FoundUnit(name, unit_kind(name) or "division", outer,
                                       offset + at, offset + at + len(name)))  # fmt: skip
                separator = _LIST_SEPARATOR.match(text, at + len(name))
                if separator is None:
                    break
                at = separator.end()
    return found


def _clauses(sentence: str, skip: int, cues: Sequence[str]) -> list[tuple[int, int]]:
    """[begin, end) of the clauses before a members cue: 「A課にはB係を、C課にはD係を置き」
    states two, each up to its 「を、」, the last up to the cue."""
    cue = min((at for c in cues if (at := sentence.find(c, skip)) > skip), default=-1)
    if cue < 0:
        return []
    clauses: list[tuple[int, int]] = []
    begin = skip
    for match in re.finditer("を、", sentence[:cue]):
        if match.start() > begin:
            clauses.append((begin, match.start()))
        begin = match.end()
    clauses.append((begin, cue))
    return clauses


def _placed_inside(
    text: str, offset: int, cues: Sequence[str], places: Sequence[str]
) -> list[FoundUnit]:
    """「4月から総務課に「移住・定住推進室」を新設」「A課にB係を置き」: the unit placed inside
    another is that unit's (of its rank or smaller: a 室 may sit inside a 課)."""
    if not cues:
        return []
    pattern = re.compile(
        r"(?P<outer>[^\s、。,「」()（）]+?)に(?!は)「?(?P<inner>[^\s、。,「」()（）]{2,30}?)」?"
        rf"(?:{'|'.join(re.escape(c) for c in cues)})"
    )
    found: list[FoundUnit] = []
    for match in pattern.finditer(text):
        inner = match.group("inner")
        outer_text = match.group("outer")
        outer = next((n for _s, e, n in find_organization_mentions(outer_text)
                      if e == len(outer_text)), None)  # fmt: skip
        kind = unit_kind(inner)
        if outer is None or kind is None or len(split_unit_chain(inner)) > 1:
            continue
        if "の" in inner or has_predicate(inner):
            continue  # 「…整備の専任担当」: a phrase about a post, no unit's name
        outer = _without_places(split_unit_chain(outer)[-1], places)
        inner_rank, outer_rank = _rank(inner), _rank(outer)
        if outer_rank is None or (inner_rank is None and kind not in _MEMBER_KINDS):
            continue
        if inner_rank is not None and inner_rank < outer_rank:
            continue
        at = offset + match.start("inner")
        found.append(FoundUnit(inner, unit_kind(inner) or "division", outer, at,
                               at + len(inner)))  # fmt: skip
    return found


def _listed_members(
    listing: str, begin: int, head: str, places: Sequence[str]
) -> list[tuple[int, int, str]]:
    """The units of a list 「A課、B課の2課と、出先機関のCセンター」, each smaller than `head`;
    empty unless every part of the list is one."""
    parts: list[tuple[int, str]] = []
    at = begin
    for piece in _LIST_SEPARATOR.split(listing[begin:]):
        parts.extend((at + s, p) for s, p in _split_dots(piece))
        at += len(piece)
        separator = _LIST_SEPARATOR.match(listing, at)
        at += len(separator.group()) if separator else 0
    members: list[tuple[int, int, str]] = []
    for at, part in parts:
        name = _COUNTED.sub("", _COUNT_BEFORE.sub("", part.strip()).removesuffix("と"))
        name = unit_in_phrase(name.rsplit("の", 1)[-1].strip())
        if not name:
            continue
        kind = unit_kind(name)
        bare = _without_places(name, places)
        if kind not in _MEMBER_KINDS:
            name = bare
        if kind is None or bare in places or not (
            _is_below(name, head) or (_rank(name) is None and kind in _MEMBER_KINDS)
        ):
            return []
        s = listing.find(name, at)
        members.append((s, s + len(name), name))
    return members


def unit_in_phrase(phrase: str) -> str:
    """「管内の道路維持を担う維持管理班」: the unit a phrase ending in a unit's suffix names, the
    name after the words that describe it (after 「の」 or a verb) or the topic they set
    (「内訳は架空課」); a name holding kana (「こども家庭課」「いきいき長寿課」) is kept whole."""
    mentions = [m for m in find_organization_mentions(phrase) if m[1] == len(phrase)]
    if not mentions or mentions[-1][0] == 0:
        return phrase
    start, _, name = mentions[-1]
    lead = phrase[:start]
    if lead.endswith(("の", "は")) or has_predicate(lead) or _case_particle_after_kanji(lead):
        return name
    return phrase


_CASE_PARTICLES = "にへがを"  # 「総務部にデジタル推進課を新設」: the unit after the particle


def _case_particle_after_kanji(lead: str) -> bool:
    """「総務部に」: a case particle closing a kanji word before a unit name ends the words
    that place the unit; after kana the letter may be part of a name (「みなとが丘課」)."""
    return (
        len(lead) >= 2
        and lead[-1] in _CASE_PARTICLES
        and "\u4e00" <= lead[-2] <= "\u9fff"
    )


_OUTER = re.compile(
    r"[(（]\s*(?P<all>いずれも|共に|ともに)?\s*(?P<outer>[^()（）、,。]{2,40}?)\s*[)）]"
)
_SIBLINGS = ("・", "･", "、")


def _parents_in_brackets(
    doc: StructuredDocument, block: Block, places: Sequence[str]
) -> list[FoundUnit]:
    """「都市計画課(都市建設部)」: a larger unit in brackets right after a unit is its parent;
    after units listed with 「・」 and 「いずれも」 (「A課・B課(いずれも市民文化部)」), each one's.
    A sentence wrapped onto the next lines is read whole, a name broken at a line end too."""
    if any(b.index == block.index - 1 and _continues(doc, b, block) for b in doc.blocks[
            max(0, block.index - 1) : block.index]):  # fmt: skip
        return []  # read with the line it continues
    end = block.end
    last = block
    for after in doc.blocks[block.index + 1 :]:
        if not _continues(doc, last, after):
            break
        last, end = after, after.end
    return _bracketed_parents(doc.folded[block.start : end], block.start, places)


def _cell_parents_in_brackets(
    doc: StructuredDocument, block: Block, places: Sequence[str]
) -> list[FoundUnit]:
    """「関係課 | A課(B部)、C課(B部)」: a unit's parent in brackets inside a table cell."""
    if block.table is None:
        return []
    cells = [c for row in block.table.rows for c in row] + list(block.table.header_cells)
    return [
        unit
        for cell in cells
        if ("(" in cell.text or "（" in cell.text)
        for unit in _bracketed_parents(doc.folded[cell.start : cell.end], cell.start, places)
    ]


@cache
def _belonging_cues() -> tuple[str, ...]:
    """The `mkf:belongsTo` cue words (「所管」「に属する」), longest first."""
    cues = (c for c, f in sentence_cues().items() if f == "belongsTo")
    return tuple(sorted(cues, key=len, reverse=True))


def _same_rank(name: str, other: str) -> bool:
    return name != other and _rank(name) is not None and _rank(name) == _rank(other)


@cache
def _within_cues() -> tuple[str, ...]:
    """The `mkf:within` cue words (「内」), one character each."""
    return tuple(c for c, f in sentence_cues().items() if f == "within" and len(c) == 1)


def _bracketed_parents(text: str, offset: int, places: Sequence[str]) -> list[FoundUnit]:
    """The units of `text` (at `offset`) followed by a larger unit in brackets, with it as
    their parent, and that larger unit."""
    found: list[FoundUnit] = []
    for match in _OUTER.finditer(text):
        outer = re.sub(r"\s+", "", match.group("outer"))
        cue = next((c for c in _belonging_cues() if outer.endswith(c) and len(outer) > len(c)), "")
        # 「B室(A課内)」: inside the unit, though of its rank
        within = not cue and any(outer.endswith(c) and len(outer) > len(c) for c in _within_cues())
        cue = cue or (outer[-1] if within else "")
        outer = _without_places(outer[: len(outer) - len(cue)], places)  # 「(A課所管)」
        if [m[2] for m in find_organization_mentions(outer)] != [outer]:
            continue
        if unit_kind(outer) is None or len(split_unit_chain(outer)) > 1:
            continue
        heads = _units_before(text, match.start(), bool(match.group("all")))
        heads = [(s, e, n) for s, e, n in heads
                 if _is_below(n, outer) or (within and _same_rank(n, outer))]  # fmt: skip
        if not heads and cue and _rank(outer) is not None:
            heads = _office_before(text, match.start())  # 「Bセンター(A課所管)」
        if not heads:
            continue
        at = offset + match.start("outer")
        found.append(FoundUnit(outer, unit_kind(outer) or "department", None, at,
                               offset + match.end("outer") - len(cue)))  # fmt: skip
        found.extend(
            FoundUnit(n, unit_kind(n) or "division", outer, offset + s, offset + e)
            for s, e, n in heads
        )
    return found


def _office_before(text: str, at: int) -> list[tuple[int, int, str]]:
    """The unit of no rank (a センター, a 事務所) ending right before `at`, which a bracket
    after it says belongs to a unit."""
    window = max(0, at - 40)
    for mention in find_facilities(text[window:at]):
        if window + mention.end == at and unit_kind(mention.name) in _MEMBER_KINDS:
            return [(window + mention.start, at, mention.name)]
    return []


def _units_before(text: str, at: int, listed: bool) -> list[tuple[int, int, str]]:
    """The unit ending right before `at`; `listed`, with the units listed before it (joined
    by 「・」 or 「、」)."""
    window = max(0, at - 80)
    mentions = [(s + window, e + window, n) for s, e, n in
                find_organization_mentions(text[window:at])]  # fmt: skip
    units: list[tuple[int, int, str]] = []
    edge = at
    for s, e, name in reversed(mentions):
        if e != edge or len(split_unit_chain(name)) > 1:
            break
        units.insert(0, (s, e, name))
        if not listed or s == 0 or text[s - 1] not in _SIBLINGS:
            break
        edge = s - 1
    return units


def _split_dots(piece: str) -> list[tuple[int, str]]:
    """「秘書課・広報課」: units listed with 「・」 (each piece a unit; 「移住・定住推進室」 is
    one name), then each part joined by と."""
    dots = re.split("[・･]", piece)
    if len(dots) < 2 or not all(unit_kind(_COUNTED.sub("", d.strip())) for d in dots):
        return _split_and(piece)
    parts: list[tuple[int, str]] = []
    at = 0
    for dot in dots:
        parts.extend((at + s, p) for s, p in _split_and(dot))
        at += len(dot) + 1
    return parts


def _split_and(piece: str) -> list[tuple[int, str]]:
    """「給付係と医療助成係」: the parts of a piece joined by と after a unit's name."""
    parts: list[tuple[int, str]] = []
    start = 0
    for found in re.finditer("と", piece):
        head = piece[start : found.start()].strip()
        if unit_kind(_COUNTED.sub("", head).rsplit("の", 1)[-1]) is not None:
            parts.append((start, piece[start : found.start()]))
            start = found.end()
    parts.append((start, piece[start:]))
    return parts


def _held_in_brackets(text: str, offset: int, places: Sequence[str]) -> list[FoundUnit]:
    """「環境政策課(企画係・温暖化対策係)」: the units in brackets, each smaller than the unit
    before the brackets, are that unit's."""
    found: list[FoundUnit] = []
    for match in _HOLDS.finditer(text):
        head = _without_places(match.group("unit").rsplit("の", 1)[-1], places)
        if unit_kind(head) is None or len(split_unit_chain(head)) > 1:
            continue
        inner = match.group("inner")
        within = _held_within(inner)  # 「(課内室:B室)」: inside the unit, of its rank
        if within:
            inner = inner[within:]

        def below(name: str, head: str = head, within: int = within) -> bool:
            return _is_below(name, head) or (bool(within) and not _is_below(head, name))

        names = re.split("[・、,，]", inner)
        if len(names) > 1 and not all(below(n.strip()) for n in names):
            names = [inner]
        if not all(unit_kind(n.strip()) and below(n.strip()) for n in names):
            continue
        at = match.start("inner") + within
        for name in names:
            s = text.find(name, at)
            at = s + len(name)
            found.append(FoundUnit(name.strip(), unit_kind(name.strip()) or "section", head,
                                   offset + s, offset + at))  # fmt: skip
    return found


def _held_within(inner: str) -> int:
    """The length of a 「課内室:」 label opening a bracket's text (the cue words are
    `mkf:heldWithin` in the field vocabulary), else 0."""
    for cue, field in sentence_cues().items():
        if field == "heldWithin" and (found := re.match(rf"\s*{re.escape(cue)}\s*[:：]\s*", inner)):
            return found.end()
    return 0


def _without_places(name: str, places: Sequence[str]) -> str:
    for place in sorted(places, key=len, reverse=True):
        if name.startswith(place) and len(name) > len(place):
            return name[len(place) :]
    return name


def _flatten(cells: list[list[FoundUnit]]) -> list[FoundUnit]:
    return [unit for cell in cells for unit in cell]


def _section_columns(rows: dict[int, list[list[FoundUnit]]]) -> set[int]:
    """The columns of a table listing the parts of the unit an earlier column names: some
    cell there holds a section (係) smaller than that unit (「課・室 | 係・出先機関」)."""
    columns: set[int] = set()
    for cells in rows.values():
        for k, cell in enumerate(cells):
            if k and any(u.kind == "section" for u in cell) and any(
                _is_below(u.name, v.name) for u in cell for before in cells[:k] for v in before
            ):
                columns.add(k)
    return columns


def _row_chain(
    cells: list[list[FoundUnit]], parts: AbstractSet[int] = frozenset()
) -> list[FoundUnit]:
    """「総務課 | 文書係、庶務係 | 14」「所管部 | 福祉部 | 所管課 | 長寿課」: the units of a cell
    smaller than the one unit of an earlier cell of the row are that unit's; so is an office
    of no rank (「北部連絡所」) in a column of `parts`, where the other rows list sections."""
    units: list[FoundUnit] = []
    last: FoundUnit | None = None
    for k, cell in enumerate(cells):
        if last is not None and cell and all(
            u.parent is not None
            or _holds(last, u)
            or (k in parts and u.kind == "facility_unit" and _rank(u.name) is None)
            for u in cell
        ):
            cell = [u if u.parent is not None else _with_parent(u, last.name) for u in cell]
        units.extend(cell)
        if cell:
            last = cell[-1] if _one_chain(cell) else None
    return units


def _one_chain(units: list[FoundUnit]) -> bool:
    """Whether the units are one chain, each the unit of the one before (「福祉部長寿課」)."""
    return all(u.parent == prev.name for prev, u in itertools.pairwise(units))


def _after_field(
    doc: StructuredDocument,
    block: Block,
    units: list[FoundUnit],
    by_block: dict[int, list[FoundUnit]],
) -> list[FoundUnit]:
    """「所管部：架空部」 then 「担当課：架空学習課」: unit fields one after the other are one
    record, so the unit of the second is the smaller unit of the first."""
    before = doc.blocks[block.index - 1] if block.index else None
    if before is None or before.kind != "field" or _record_unit_field(before.label) is None:
        return units
    previous = [u for u in by_block.get(before.index, [])]
    if not previous or not units or units[0].parent is not None:
        return units
    last = previous[-1]
    if not _is_below(units[0].name, last.name):
        return units
    return [_with_parent(units[0], last.name), *units[1:]]


def _without_outside_bodies(folded: str, found: list[FoundUnit]) -> list[FoundUnit]:
    """「（指定管理者：架空運営委員会）」 after a unit: the bodies a bracket opened by an outside
    body's label names (the cue words are `mkf:outsideBody`) run a facility for the unit and
    are no units of the municipality."""
    cues = [re.escape(c) for c, f in sentence_cues().items() if f == "outsideBody"]
    if not cues:
        return found
    spans = [m.span() for m in re.finditer(rf"[(（]\s*(?:{'|'.join(cues)})\s*[:：][^()（）]*[)）]",
                                           folded)]  # fmt: skip
    return [u for u in found if not any(a < u.start and u.end <= b for a, b in spans)]


def _without_holders(folded: str, found: list[FoundUnit]) -> list[FoundUnit]:
    """「○○春子緑化局長」: a post's holder glued to its unit. A unit followed by 長 whose
    name ends with another unit the document names is that unit; the rest is the name of
    the person who heads it."""
    names = {u.name for u in found}
    trimmed: list[FoundUnit] = []
    for unit in found:
        if folded.startswith("長", unit.end) and unit.parent is None:
            shorter = [n for n in names if n != unit.name and unit.name.endswith(n)]
            if shorter:
                name = max(shorter, key=len)
                unit = FoundUnit(name, unit.kind, None, unit.end - len(name), unit.end)
        trimmed.append(unit)
    return trimmed


def _record_unit_field(label: str | None) -> str | None:
    """The unit field a record's label names, also as a longer label (「所管課・係」)."""
    field = field_of(label) if label else None
    return _unit_field(label) or (field if field in _UNIT_FIELDS else None)


def _unit_field(label: str | None) -> str | None:
    field = field_of(label, exact=True) if label else None
    return field if field in _UNIT_FIELDS else None


def _regions(
    doc: StructuredDocument, block: Block
) -> Iterator[tuple[int, int, Context, int]]:
    """The places of a block where units may stand, each with its row (-1: a table's header,
    0: a block of no rows)."""
    if block.kind == "table" and block.table is not None:
        header = block.table.header
        for cell in _beside_labels(block.table.header_cells):
            yield cell.start, cell.end, "value", -1  # a form's first row: no header of columns
        for index, row in enumerate(block.table.rows):
            for column, cell in enumerate(row):
                label = header[column] if column < len(header) else None
                beside = row[column - 1].text if column else None  # a form: label, value
                context = "value" if _unit_field(label) or _unit_field(beside) else "text"
                yield cell.start, cell.end, context, index
        return
    if block.kind == "field" and block.value is not None and block.value_start is not None:
        label = block.label or ""
        if re.search(r"\s", label) and (at := doc.folded.find(label, block.start)) >= 0:
            yield at, at + len(label), "text", 0  # 「総務課 財政係 電話：…」: units before a label
        named = _unit_label(block)
        if named and (at := doc.folded.find(label, block.start)) >= 0:
            yield at, at + len(label), "value", 0  # 「港湾部：灯台課、浜辺課」: the unit itself
        context = "value" if _unit_field(block.label) or named else "text"
        end = block.value_start + len(block.value)
        if doc.folded[block.value_start : end] != block.value:
            end = block.end  # a value the reader joined across a line's end (「児童\n健全育成係」)
        yield block.value_start, end, context, 0
        return
    labelled = _ITEM_FIELD.match(block.text) if block.kind == "item" else None
    if labelled is not None and _unit_field(labelled.group("label")):
        start = doc.folded.find(block.text, block.start, block.end)
        if start >= 0:
            yield start + labelled.start("value"), start + len(block.text), "value", 0
            return
    start, end = _text_span(doc, block)
    yield start, end, "heading" if block.kind == "heading" else "text", 0


_SAME_UNIT = re.compile(r"同(?P<suffix>部|局|課)の")


def _same_unit_parts(doc: StructuredDocument, block: Block) -> list[FoundUnit]:
    """「総務部にデジタル推進課を新設し、同部の情報政策課は廃止」: 「同部」 is the 部 named last
    before it, so the unit after 「同部の」 is that 部's."""
    start, end = _text_span(doc, block)
    text = doc.folded[start:end]
    if "同" not in text:
        return []
    found: list[FoundUnit] = []
    mentions = find_organization_mentions(text)
    for match in _SAME_UNIT.finditer(text):
        suffix = match.group("suffix")
        before = [m for m in mentions if m[1] <= match.start() and m[2].endswith(suffix)]
        after = next((m for m in mentions if m[0] == match.end()), None)
        if not before or after is None:
            continue
        outer, inner = split_unit_chain(before[-1][2])[-1], split_unit_chain(after[2])[0]
        if _is_below(inner, outer):
            found.append(FoundUnit(inner, unit_kind(inner) or "division", outer,
                                   start + after[0], start + after[0] + len(inner)))  # fmt: skip
    return found


def _unit_label(block: Block) -> bool:
    """「港湾振興部：灯台管理課、浜辺整備課」: a field whose label is one unit's name (no word
    of the field vocabulary) and whose value lists units: the units it is made of."""
    label = (block.label or "").strip()
    if not label or field_of(label, exact=True) is not None or unit_kind(label) is None:
        return False
    return [m[2] for m in find_organization_mentions(label)] == [label]


def _text_span(doc: StructuredDocument, block: Block) -> tuple[int, int]:
    start = doc.folded.find(block.text, block.start, block.end) if block.text else -1
    if start < 0:
        return block.start, block.end
    return start, start + len(block.text)


def _beside_labels(cells: Sequence[Cell]) -> Iterator[Cell]:
    """The cells right after a unit field's label in one row (「担当課 | ●市民課 文書課」);
    a label after a label (「主管部 | 主管課」: a header of columns) is no value."""
    for before, cell in itertools.pairwise(cells):
        if _unit_field(before.text) and field_of(cell.text.strip(), exact=True) is None:
            yield cell


@cache
def _masked_labels() -> list[tuple[str, str, re.Pattern[str]]]:
    """The unit-field labels `_mask_labels` blanks, longest first, each compiled once (they
    were escaped and compiled again for every text: a tenth of a document's reading)."""
    labels = sorted(
        ((label, field) for field in _UNIT_FIELDS for label in labels_of(field)),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
    return [
        (label, field, re.compile(re.escape(label)))
        for label, field in labels
        if len(label) >= _MIN_MASKED_LABEL
    ]


def _mask_labels(text: str) -> tuple[str, list[tuple[int, str]]]:
    """`text` with unit-field labels blanked out (same length), and (end, field) of each:
    「部局名企画部課(室)名政策企画課」 → 「   企画部      政策企画課」."""
    chars = list(text)
    found: list[tuple[int, str]] = []
    key = text.replace("（", "(").replace("）", ")")
    for label, field, pattern in _masked_labels():
        if label not in key:
            continue
        for match in pattern.finditer(key):
            if any(c == " " for c in chars[match.start() : match.end()]):
                continue  # part of a longer label already masked
            chars[match.start() : match.end()] = " " * len(label)
            found.append((match.end(), field))
    return "".join(chars), sorted(found)


def _units_in(
    folded: str, start: int, end: int, context: Context, places: Sequence[str]
) -> list[FoundUnit]:
    text = folded[start:end]
    if context == "value" and "\n" in text.strip():  # a unit's name broken at a line's end
        joined = re.sub(r"\s+", "", text)
        if unit_kind(joined) and [m[2] for m in find_organization_mentions(joined)] == [joined]:
            return [FoundUnit(joined, unit_kind(joined) or "division", None, start, end)]
    spaced = _spaced_out_unit(text)
    if spaced is not None:
        return [FoundUnit(spaced, unit_kind(spaced) or "division", None, start, end)]
    listed = _listed_values(text, context, places)
    if listed:
        units = []
        for at, name in listed:
            at, name = _placeless(at, name, places)  # 「架空市建設局」: the city's 建設局
            parent = None
            if units and not text[units[-1].end - start : at].strip(" \t\n/／") and _is_below(
                name, units[-1].name
            ):
                parent = units[-1].name  # 「総務部 企画課 庶務係」: a chain written apart
            kind = unit_kind(name) or "division"
            end = at + len(name)
            while re.sub(r"\s", "", text[at:end]) != name and end < len(text):
                end += 1  # 「企画 課」: a name rejoined across the space that broke it
            units.append(FoundUnit(name, kind, parent, start + at, start + end))
        return units
    masked, labels = _mask_labels(text)
    segments = [(m.start(), m.end()) for m in _SEGMENT.finditer(masked)]
    units: list[FoundUnit] = []
    roles: dict[str, FoundUnit] = {}
    previous: FoundUnit | None = None
    for s, e, _name in find_organization_mentions(masked):
        segment = next(((a, b) for a, b in segments if a <= s < b), None)
        label = next((f for at, f in labels if at <= s and not masked[at:s].strip(" :：")), None)
        if segment is None or not _stands_as_unit(masked, s, e, segment, context, label, places):
            continue
        chain = _chain(masked, s, e, start, places)
        if not chain:
            continue
        if previous is not None and _continues_chain(masked, previous, chain[0], start):
            chain[0] = _with_parent(chain[0], previous.name)
        elif previous is not None and _next_in_list(masked, previous, chain[0], start):
            chain[0] = _with_parent(chain[0], previous.parent or "")
        units.extend(chain)
        previous = chain[-1]
        if label is not None:
            roles.setdefault(label, chain[-1] if label == "department" else chain[0])
    return _pair_fields(units, roles)


def _listed_values(text: str, context: Context, places: Sequence[str]) -> list[tuple[int, str]]:
    """The units a unit field's value lists (「担当課：観光・国際交流課」, 「市民課● 中央公民館
    文書課」, a 課名 column's cell): each piece whose suffix names a unit, though the
    dictionary may not read it as one noun run (「子どものしあわせ課」). Empty unless every
    piece is a unit."""
    if context != "value":
        return []
    pieces = _rejoined([(m.start(), m.group()) for m in _VALUE_PIECE.finditer(text)], text)
    if not pieces or any(unit_kind(name) is None or name in places for _, name in pieces):
        return []
    if any(not _whole_unit(name) for _, name in pieces):
        return []
    if any(all(_bare_suffix(part) for part in re.split("[・･]", name)) for _, name in pieces):
        return []  # 「課・室」: a header's word for the kinds of unit a column lists, no name
    name = pieces[0][1]
    if (
        len(pieces) == 1
        and [m[2] for m in find_organization_mentions(name)] == [name]
        and text.find(name, pieces[0][0]) == pieces[0][0]  # printed whole, not rejoined
    ):
        return []  # read as usual, chain and all
    return pieces


def _rejoined(pieces: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    """「企画 課」: a unit's suffix alone after a name, set apart by spaces (a PDF's text breaks
    words so), is the end of that name: one piece 企画課."""
    joined: list[tuple[int, str]] = []
    for at, piece in pieces:
        if (
            joined
            and _bare_suffix(piece)
            and unit_kind(joined[-1][1]) is None
            and not text[at - 1 : at].strip(" \u3000")  # only spaces between them
            and not text[joined[-1][0] + len(joined[-1][1]) : at].strip()
        ):
            joined[-1] = (joined[-1][0], joined[-1][1] + piece)
            continue
        joined.append((at, piece))
    return joined


def _bare_suffix(word: str) -> bool:
    """「課」, 「係」: a unit suffix alone, no name."""
    return unit_kind(word) is None and unit_kind("某" + word) is not None


def _whole_unit(name: str) -> bool:
    """One unit, not a chain read unit by unit (「総務課予算グループ」)."""
    if len(split_unit_chain(name)) > 1:
        return False
    return all(m[1] == len(name) for m in find_organization_mentions(name))


def _spaced_out_unit(text: str) -> str | None:
    """「総 務 部」: a unit name printed with its characters spaced out, alone in its place."""
    text = text.strip()
    if not _SPACED_OUT.match(text):
        return None
    name = re.sub(r"\s+", "", text)
    mentions = find_organization_mentions(name)
    return name if [m[2] for m in mentions] == [name] and unit_kind(name) else None


def _stands_as_unit(
    masked: str,
    s: int,
    e: int,
    segment: tuple[int, int],
    context: Context,
    label: str | None,
    places: Sequence[str],
) -> bool:
    """Whether the mention [s, e) stands where a unit stands, not inside another name."""
    lead = masked[segment[0] : s]
    at_start = not lead or _only_places(lead, places)
    if at_start and (e == segment[1] or context in ("heading", "value")):
        return True
    if label is not None or _unit_list(masked[segment[0] : segment[1]]):
        return True
    if _NAME_BREAK.search(masked[:s]) or continues_name(masked, e):
        return False
    ends_sentence = masked.startswith("。", segment[1])
    return ends_sentence or has_predicate(masked[segment[0] : segment[1]])


def _unit_list(segment: str) -> bool:
    """「生涯学習課・スポーツ振興課」: units listed with 「・」, each a whole unit name."""
    parts = re.split("[・･]", segment)
    return len(parts) > 1 and all(unit_kind(p) is not None and _whole_unit(p) for p in parts)


def _next_in_list(masked: str, previous: FoundUnit, unit: FoundUnit, offset: int) -> bool:
    """「教育委員会事務局 生涯学習課・文化振興課」: a unit listed after a sibling with 「・」
    shares the sibling's parent."""
    gap = masked[previous.end - offset : unit.start - offset]
    return (
        gap in ("・", "･")
        and previous.parent is not None
        and unit.parent is None
        and _is_below(unit.name, previous.parent)
    )


def _only_places(lead: str, places: Sequence[str]) -> bool:
    for place in sorted(places, key=len, reverse=True):
        lead = lead.replace(place, "")
    return not lead


def _placeless(at: int, name: str, places: Sequence[str]) -> tuple[int, str]:
    """A unit's name without the place printed before it, and where it then starts; a
    committee named with the place (「青葉台市行政評価委員会」) keeps it."""
    for place in sorted(places, key=len, reverse=True):
        rest = name[len(place) :]
        # 「県立…センター」「町立…病院」: a name the place opens, kept whole
        ranked = bool(rest) and _rank(split_unit_chain(rest)[0]) is not None
        if name.startswith(place) and ranked and unit_kind(rest) is not None:
            if unit_kind(name) == "committee" and len(split_unit_chain(name)) == 1:
                break
            return at + len(place), rest
    return at, name


def _chain(masked: str, s: int, e: int, offset: int, places: Sequence[str]) -> list[FoundUnit]:
    """The units of one mention, outermost first, each the unit of the one before."""
    name = masked[s:e]
    for place in places:
        if name.startswith(place) and len(name) > len(place):
            if unit_kind(name) == "committee" and len(split_unit_chain(name)) == 1:
                break  # 「青葉台市行政評価委員会」: the city's name is part of a body's name
            s, name = s + len(place), name[len(place) :]
    units: list[FoundUnit] = []
    position = s
    pieces = split_unit_chain(name)
    if any(_is_below(outer, inner) for outer, inner in itertools.pairwise(pieces)):
        # 「東部土木事務所」 read as 「東部」+「土木事務所」: an office never sits under a 部, so
        # a chain ranking a piece above the one before it is one name
        pieces = [name]
    for unit in pieces:
        kind = unit_kind(unit)
        if kind is None or unit in places:
            break
        at = masked.index(unit, position)
        parent = units[-1].name if units else None
        units.append(FoundUnit(unit, kind, parent, offset + at, offset + at + len(unit)))
        position = at + len(unit)
    return units


def _rank(name: str) -> int | None:
    return next((rank for suffix, rank in _RANKS if name.endswith(suffix)), None)


def _holds(parent: FoundUnit, child: FoundUnit) -> bool:
    """Whether `child` may be a part of `parent` by rank: smaller, or a unit of no rank (a
    センター, a 保健所) beside a department or larger unit."""
    name = parent.name
    if _is_below(child.name, name):
        return True
    rank = _rank(name)
    if rank is None and parent.kind == "facility_unit" and _rank(child.name) == _SECTION_RANK:
        return True  # 「児童相談所 | … | (相談措置係・一時保護係)」: an office's sections
    return (
        _rank(child.name) is None
        and child.kind in _MEMBER_KINDS
        and rank is not None
        and rank < _DIVISION_RANK
    )


def _sits_in(child: str, parent: str) -> bool:
    """Whether a text saying `child` is inside `parent` (「架空課内」) may be right by rank:
    smaller, or a 室 inside a 課 (both rank right under a department)."""
    return _is_below(child, parent) or (
        _rank(child) == _rank(parent) == _DIVISION_RANK
        and child.endswith("室")
        and not parent.endswith("室")
    )


def _is_below(child: str, parent: str) -> bool:
    child_rank, parent_rank = _rank(child), _rank(parent)
    return child_rank is not None and parent_rank is not None and parent_rank < child_rank


def _continues_chain(masked: str, previous: FoundUnit, unit: FoundUnit, offset: int) -> bool:
    """「総務部 庶務課」「総合政策部 > 総合政策課」: units cell by cell, each one smaller."""
    gap = masked[previous.end - offset : unit.start - offset]
    return (
        bool(_CHAIN_GAP.match(gap)) and unit.parent is None and _is_below(unit.name, previous.name)
    )


def _coded_parents(table: Table, units: list[FoundUnit]) -> list[FoundUnit]:
    """「組織ID | 組織名 | 上位組織ID」: each unit's parent is the unit of the row its parent
    code names (`unit_codes`), however the list is sorted."""
    column = next((k for k, h in enumerate(table.header)
                   if field_of(h, exact=True) in ("division", "department")), None)  # fmt: skip
    parents = parent_cells(table, column) if column is not None else {}
    if not parents:
        return units
    def within(unit: FoundUnit, start: int, end: int) -> bool:
        return start <= unit.start and unit.end <= end

    found: list[FoundUnit] = []
    for unit in units:
        cell = next((parents[k] for k in parents if within(unit, *k)), None)
        parent = next((u.name for u in units if cell and within(u, cell.start, cell.end)), None)
        found.append(_with_parent(unit, parent) if parent and parent != unit.name else unit)
    return found


def _with_parent(unit: FoundUnit, parent: str) -> FoundUnit:
    return FoundUnit(unit.name, unit.kind, parent, unit.start, unit.end)


def _pair_fields(units: list[FoundUnit], roles: dict[str, FoundUnit]) -> list[FoundUnit]:
    """A department field and a division field of one record: the division is the
    department's (「部局名企画部 課(室)名政策企画課」)."""
    department, division = roles.get("department"), roles.get("division")
    if department is None or division is None or division.parent is not None:
        return units
    if not _is_below(division.name, department.name):
        return units
    return [_with_parent(u, department.name) if u == division else u for u in units]


def _under_heading(
    doc: StructuredDocument,
    block: Block,
    units: list[FoundUnit],
    by_block: dict[int, list[FoundUnit]],
) -> list[FoundUnit]:
    """A division field, or a list item led by a unit, under a heading that names one
    department or division and no other unit (the page's subject, 「天文部 職員数 40人」 over
    「・宵見課 25人」, 「宵見課」 over 「・観測係」): a unit one rank below the heading's (a 課
    under a 部, a 係 under a 課) is the heading's; a 係 under a 部 is some division's."""
    heading = next(doc.headings_above(block), None)
    if heading is None:
        return units
    named = by_block.get(heading.index, [])
    if len(named) != 1 or named[0].kind not in ("department", "division"):
        return units  # 「灯台部 航路課」: an author's line, no department's own heading
    head = named[0].name
    if named[0].kind == "department":
        return [
            _with_parent(u, head)
            if u.parent is None and u.name != head and _rank(u.name) == _DIVISION_RANK
            else u
            for u in units
        ]
    if not _names_unit_alone(heading.text, head):
        return units  # 「公表日 … 架空課」: a credit line, no heading of the 課's own section
    return _next_rank_parts(units, head)


def _names_unit_alone(text: str, name: str) -> bool:
    """Whether a heading is the unit's name alone, or with a bracket after it (「A課（12人）」)."""
    key = label_key(text)
    return key.startswith(name) and re.fullmatch(r"(\(.*\))?", key[len(name) :]) is not None


def _after_unit_line(
    doc: StructuredDocument,
    block: Block,
    units: list[FoundUnit],
    by_block: dict[int, list[FoundUnit]],
) -> list[FoundUnit]:
    """「A課（12人）」 then a line of nothing but 係 (「B係・C係」), or a record's 「課名 | A課」
    row then a table whose rows each open with a 係: the units listed right after the line
    that names one unit are its parts, when one rank below it (`_next_rank_parts`)."""
    if block.index == 0 or any(u.parent is not None for u in units):
        return units
    before = doc.blocks[block.index - 1]
    head = _line_unit(doc, before, by_block.get(before.index, []))
    if head is None and before.kind == "field":
        head = _record_unit(doc, before, by_block)
    if head is None or not _lists_only_units(doc, block, units):
        return units
    return _next_rank_parts(units, head)


def _record_unit(
    doc: StructuredDocument, last: Block, by_block: dict[int, list[FoundUnit]]
) -> str | None:
    """The unit a run of fields names as its subject (「課名：A課」 「課長：…」 「職員数：12人」,
    a card the reader gives as fields): the one unit of its division or department field."""
    k = last.index
    while k >= 0 and doc.blocks[k].kind == "field":
        field = doc.blocks[k]
        named = by_block.get(k, [])
        if _unit_field(field.label) and len(named) == 1:
            return named[0].name
        k -= 1
    return None


def _line_unit(doc: StructuredDocument, block: Block, named: list[FoundUnit]) -> str | None:
    """The one unit a line or a record names as its subject: the last of a chain the line
    leads with (「X事務局 A課（5人）」 → A課), or a table's unit after a division or
    department label (「課名 | A課 | 課長 | …」)."""
    if not named or block.kind == "item":
        return None
    last = named[-1]
    if any(u.name != last.name and not _is_below(last.name, u.name) for u in named):
        return None
    if block.table is None:  # the line holds the chain and a bracket (「A課（12人）」), no more
        rest = label_key(doc.folded[block.start : block.end])
        for unit in named:
            rest = rest.replace(label_key(unit.name), "", 1)
        return last.name if re.fullmatch(r"(\(.*\))?", rest) else None
    rows = [r for r in [block.table.header_cells, *block.table.rows] if r]
    for row in rows:
        for label, value in itertools.pairwise(row):
            field = field_of(label_key(label.text), exact=True)
            if field in ("division", "department") and value.start <= last.start < value.end:
                return last.name
    return None


def _lists_only_units(doc: StructuredDocument, block: Block, units: list[FoundUnit]) -> bool:
    """Whether a block lists units and nothing else: every row of a table opens with one, or
    a line holds nothing but their names and the marks between them."""
    if block.table is not None:
        rows = [r for r in block.table.rows if r]
        return bool(rows) and all(
            any(c.start <= u.start and u.end <= c.end for u in units) for c in (r[0] for r in rows)
        )
    rest = doc.folded[block.start : block.end]
    for unit in sorted(units, key=lambda u: -len(u.name)):
        rest = rest.replace(unit.name, "")
    return not rest.strip(" \u3000・、,:：")


def _next_rank_parts(units: list[FoundUnit], head: str) -> list[FoundUnit]:
    """The units of the rank right below `head`'s (課 under a 部, 係 under a 課) left with no
    parent are `head`'s: a list of units under one named unit is of its parts, while a unit
    two ranks below (a 係 under a 部) belongs to some unit between them."""
    rank = _rank(head)
    if rank is None or rank < _DIVISION_RANK - 1:
        return units
    return [
        _with_parent(u, head)
        if u.parent is None and u.name != head and _rank(u.name) == rank + 1
        else u
        for u in units
    ]


def _grouped_by_heading(
    doc: StructuredDocument,
    block: Block,
    units: list[FoundUnit],
    by_block: dict[int, list[FoundUnit]],
) -> list[FoundUnit]:
    """「■企画部」 right above a table of 課 (one table per 部 on a page): the heading names
    the department alone, so the divisions the table names with no parent are its own."""
    if block.index == 0:
        return units
    heading = doc.blocks[block.index - 1]
    named = by_block.get(heading.index, [])
    if heading.kind != "heading" or len(named) != 1 or named[0].kind != "department":
        return units
    if label_key(heading.text) != label_key(named[0].name):
        return units  # 「企画部の主な事業」: no heading of the 部 alone
    return [
        _with_parent(u, named[0].name)
        if u.parent is None and u.name != named[0].name and _rank(u.name) == _DIVISION_RANK
        else u
        for u in units
    ]


def _under_item(
    doc: StructuredDocument,
    block: Block,
    units: list[FoundUnit],
    by_block: dict[int, list[FoundUnit]],
) -> list[FoundUnit]:
    """「- 架空部」 then 「  - 架空課」: a list item led by a unit, nested under an item led by
    a larger unit (a hierarchy printed as a nested list), is that unit's; an item between
    them that names no unit (「出先機関」, 「本庁」) only groups the units under it."""
    level = block.level
    for other in reversed(doc.blocks[: block.index]):
        if other.kind != "item":
            return units  # the list ended above
        if other.level >= level:
            continue
        named = by_block.get(other.index, [])
        if not named and _grouping_label(other.text):
            level = other.level
            continue
        if not named or not _leads(doc, other, named[0]) or len(named) != 1:
            return units
        first = units[0]
        # (a 室 nested under a 課 is inside it, though of its rank: 課内室)
        if first.parent is None and (_holds(named[0], first) or _office_of(named[0], first)
                                     or _sits_in(first.name, named[0].name)
                                     or _office_in_parts(first, named[0])):  # fmt: skip
            first = _with_parent(first, named[0].name)
        return [first, *units[1:]]
    return units


_COUNTED_OFFICE = re.compile(r"^(?P<name>[^\s、。(（]{3,30})\s+[0-9０-９]+\s*人")


def _counted_office(
    doc: StructuredDocument, block: Block, by_block: dict[int, list[FoundUnit]]
) -> list[FoundUnit]:
    """「・架空支援課　○○人」 over 「　└架空センター　○人」: an office (its suffix a
    facility's) with its staff count, nested in a list of units and their counts under the
    item of a unit, is a unit of the body; `_under_item` then places it in that unit."""
    found = _COUNTED_OFFICE.match(block.text.strip())
    if found is None or not office_name(found.group("name")):
        return []
    above = next((doc.blocks[k] for k in range(block.index - 1, -1, -1)
                  if doc.blocks[k].kind != "item" or doc.blocks[k].level < block.level),
                 None)  # fmt: skip
    if above is None or above.kind != "item" or not by_block.get(above.index):
        return []
    name = found.group("name")
    start = doc.folded.find(name, block.start, block.end)
    if start < 0:
        return []
    return [FoundUnit(name, "facility_unit", None, start, start + len(name))]


def _office_of(parent: FoundUnit, child: FoundUnit) -> bool:
    """「東部土木事務所」 nested under 「県土整備部」: an office (出先機関) listed inside a
    department's item is that department's, though its suffix alone could rank it above."""
    return child.kind == "facility_unit" and unit_kind(parent.name) == "department"


_GROUPING_MAX = 12


def _grouping_label(text: str) -> bool:
    """「出先機関」, 「本庁」: a short label of no figure and no sentence, heading a group of
    units in a nested list."""
    text = text.strip()
    return 0 < len(text) <= _GROUPING_MAX and not re.search(r"[0-9。、]", text)


# the strokes of a tree drawn with box characters (「│   ├ 架空課」): indent, not text
TREE_STROKES = "│┃├┣└┗─━┠┖"
_INDENT = " \u3000" + TREE_STROKES


def _indent(doc: StructuredDocument, block: Block) -> int | None:
    """The printed indent of the line a block opens (a full-width space two places), the
    strokes of a drawn tree (「│   ├ 架空課」) counting as indent, or None when the block
    does not open its line."""
    line_start = doc.text.rfind("\n", 0, block.start) + 1
    if doc.text[line_start : block.start].strip(_INDENT):
        return None
    lead = doc.text[line_start : block.end]
    spaces = len(lead) - len(lead.lstrip(_INDENT))
    return sum(2 if c == "\u3000" else 1 for c in lead[:spaces])


def _under_indented(
    doc: StructuredDocument,
    block: Block,
    units: list[FoundUnit],
    by_block: dict[int, list[FoundUnit]],
) -> list[FoundUnit]:
    """「  架空部(部長1人)」 then 「    道路維持課  12人」: a line led by a unit, indented deeper
    than the line above it led by a larger unit (lines of units in between indented as it
    is), is that unit's: a hierarchy printed by indentation."""
    if not _leads(doc, block, units[0]):
        return units
    indent = _indent(doc, block)
    if indent is None or indent == 0:
        return units
    below = block
    for other in reversed(doc.blocks[: block.index]):
        if doc.folded.count("\n", other.end, below.start) > 1:
            return units  # a blank line ends the hierarchy
        named = by_block.get(other.index, [])
        level = _indent(doc, other)
        if level is None or not named or not _leads(doc, other, named[0]):
            return units
        if level >= indent:
            below = other
            continue
        outer = named[0]
        if not _is_below(units[0].name, outer.name):
            return units
        return [_with_parent(units[0], outer.name), *units[1:]]
    return units


def _broken_down(doc: StructuredDocument, block: Block, units: list[FoundUnit]) -> list[FoundUnit]:
    """「健康福祉部の内訳」 over a table (the cue words are `mkf:breakdown` in the field
    vocabulary): the units the table names with no parent of their own are that unit's
    parts, when smaller than it or offices of no rank in its line (a センター, a 土木事務所,
    which a chain would put above a 部, but a breakdown lists as the 部's)."""
    head = broken_down_unit(doc, block)
    if head is None:
        return units
    return _parts_of(units, head)


def _parent_column(table: Table, units: list[FoundUnit]) -> list[FoundUnit]:
    """「組織名 | 上位組織」 over 「架空課 | 架空部」 (an org chart's boxes, `unit_trees`): each
    row's own unit hangs from the unit its parent cell names, whatever its rank; a parent cell
    naming a post (市長) leaves it with none."""
    found = own_unit_column(table)
    if found is None:
        return units
    own, up = found
    parents: dict[tuple[int, int], str] = {}
    for row in table.rows:
        if max(own, up) < len(row) and unit_kind(parent := row[up].text.strip()) is not None:
            parents[(row[own].start, row[own].end)] = parent
    placed = []
    for unit in units:
        parent = next((p for (a, b), p in parents.items() if a <= unit.start < b), None)
        if unit.parent is None and parent is not None and parent != unit.name:
            unit = _with_parent(unit, parent)
        placed.append(unit)
    return placed


def _department_column(table: Table, units: list[FoundUnit]) -> list[FoundUnit]:
    """「所管課 | 部局」 over 「納税課 | 財務部」: a column of divisions and a column of
    departments (their labels the vocabulary's) pair each row's division with its department,
    whichever column comes first (a table mapping each division to where it sits)."""
    fields = [field_of(label, exact=True) for label in table.header]
    if "department" not in fields or "division" not in fields:
        return units
    outer, inner = fields.index("department"), fields.index("division")
    parents: dict[tuple[int, int], str] = {}
    for row in table.rows:
        if max(outer, inner) < len(row) and unit_kind(row[outer].text) == "department":
            parents[(row[inner].start, row[inner].end)] = row[outer].text
    placed = []
    for unit in units:
        parent = next((p for (a, b), p in parents.items() if a <= unit.start < b), None)
        if unit.parent is None and parent is not None and _is_below(unit.name, parent):
            unit = _with_parent(unit, parent)
        placed.append(unit)
    return placed


_NOTE_LINE = re.compile(r"\([^()]*\)")  # a line wholly in brackets: a note on the table
# 「の局・事務所別」「の課別」: the whole, then the kinds of unit it is broken down by
_BY_KINDS = re.compile(r"(?<=\S)の(?P<kinds>[^\sの、。()]{1,12}?)別")


def broken_down_unit(doc: StructuredDocument, block: Block) -> str | None:
    """The 部 or 課 whose parts the caption just above a table announces (「健康福祉部の
    内訳」, cue words `mkf:breakdown`): the table's rows are its parts, its total row is it."""
    cues = [c for c, f in sentence_cues().items() if f == "breakdown"]
    caption = next(
        (b for b in reversed(doc.blocks[max(0, block.index - 3) : block.index])
         if b.kind in ("heading", "paragraph") and b.text.strip()
         # 「(単位:人)」「(令和6年4月1日現在)」 between the caption and its table
         and not is_unit_note(b.text) and not _NOTE_LINE.fullmatch(label_key(b.text))),
        None,
    )  # fmt: skip
    if caption is None or not cues:
        return None
    text = caption.text.strip()
    at = min((i for c in cues if (i := text.find(c)) > 0), default=-1)
    by_kinds = _BY_KINDS.search(text)  # 「架空部局の局・事務所別職員数」: by kinds of unit
    if by_kinds is not None and all(_bare_suffix(k) for k in by_kinds.group("kinds").split("・")):
        at = by_kinds.start() if at < 0 else min(at, by_kinds.start())
    head = text[:at].split()[-1] if at > 0 and text[:at].split() else ""
    head = head[:-1] if head.endswith("の") else head
    if [m[2] for m in find_organization_mentions(head)] != [head]:
        return None  # 「総務部・建設部の組織」: two units' parts, no one unit's
    return head if unit_kind(head) in ("department", "division") else None


def _unit_column_cells(
    doc: StructuredDocument, table: Table, places: Sequence[str]
) -> dict[tuple[int, int], FoundUnit]:
    """「環境部 | 清掃センター | 46」 among 「総務部 | 職員課 | 15」: a name in a column whose
    other cells are units is a unit too, though its suffix reads as a facility's."""
    found: dict[tuple[int, int], FoundUnit] = {}
    width = max((len(r) for r in table.rows), default=0)
    for column in range(width):
        cells = [r[column] for r in table.rows if column < len(r) and r[column].text.strip()]
        named = [c for c in cells if _units_in(doc.folded, c.start, c.end, "text", places)]
        label = table.header[column] if column < len(table.header) else ""
        kinds = _unit_kinds_label(label)
        if not kinds and (len(cells) < _UNIT_COLUMN_MIN or len(named) * 2 <= len(cells)):
            continue
        # 「所属名」 over the column: an office's name there (「林業試験場」) is a unit's; so
        # under 「室・出張所」, the kinds of unit the column holds, however few its cells
        labelled = _unit_field(label) is not None or kinds
        for cell in cells:
            name = cell.text.strip()
            if cell not in named and (joined := bracketed_unit(name)) is not None:
                found[(cell.start, cell.end)] = FoundUnit(joined, unit_kind(joined) or "division",
                                                          None, cell.start, cell.end)  # fmt: skip
                continue
            if cell in named or not _SEGMENT.fullmatch(name) or name in places:
                continue
            kind = unit_kind(name)
            if kind is None and labelled and office_name(name):
                kind = "facility_unit"
            if kind in _MEMBER_KINDS and field_of(name) is None:
                found[(cell.start, cell.end)] = FoundUnit(name, kind, None, cell.start, cell.end)
    return found


_UNIT_COLUMN_MIN = 3


def _unit_kinds_label(label: str) -> bool:
    """「室・出張所」, 「課・係」: a column label made of the words of kinds of unit alone."""
    words = [w for w in re.split(r"[・/／、,，]", label.strip()) if w]
    # (an office's word, 「区役所」, too; a facility's alone, 「施設」, heads facilities)
    return bool(words) and all(w in ORGANIZATION_SUFFIXES or w in _OFFICE_WORDS for w in words)


# the words of kinds of office a body's staff work in, as a column's label names them
_OFFICE_WORDS = frozenset({"区役所", "支所", "出張所", "事務所", "連絡所", "消防署", "署"})


def bracketed_unit(name: str) -> str | None:
    """「架空庁(事務局)」: a name that is no unit, then the word of a unit's suffix in
    brackets, names that unit (架空庁事務局); else None."""
    match = re.fullmatch(r"\s*(?P<name>[^()（）]+)[(（](?P<word>[^()（）]+)[)）]\s*", name)
    if match is None or unit_kind(match["name"]) is not None:
        return None
    whole = match["name"] + match["word"]
    return whole if match["word"] in ORGANIZATION_SUFFIXES and unit_kind(whole) else None


def _joined_cells(
    doc: StructuredDocument, table: Table, places: Sequence[str]
) -> dict[tuple[int, int], list[FoundUnit]]:
    """「情報システム」 over 「課」 in two lines of one box cell: a cell the table joined from
    wrapped lines names the unit its joined text does, not what its span of the page holds
    (the bars and cells of the other columns between its pieces)."""
    found: dict[tuple[int, int], list[FoundUnit]] = {}
    for row in table.rows:
        for cell in row:
            name = cell.text.strip()
            if "\n" not in doc.folded[cell.start : cell.end]:
                continue
            if (chain := _broken_chain(cell)) is not None:
                found[(cell.start, cell.end)] = chain  # 「総務部」 over 「人事課」
                continue
            if not _SEGMENT.fullmatch(name):
                continue
            name = _without_places(name, places)
            if unit_kind(name) and [m[2] for m in find_organization_mentions(name)] == [name]:
                kind = unit_kind(name) or "division"
                found[(cell.start, cell.end)] = [FoundUnit(name, kind, None, cell.start, cell.end)]
    return found


def _broken_chain(cell: Cell) -> list[FoundUnit] | None:
    """「総務部 人事課」 joined from a cell broken after its outer unit (the table keeps the
    gap, `joined_broken_cells`): the outer unit and the one within it, else None."""
    parts = cell.text.split()
    if len(parts) != 2 or not all(_SEGMENT.fullmatch(p) for p in parts):
        return None
    outer, inner = parts
    kinds = unit_kind(outer), unit_kind(inner)
    if kinds[0] is None or kinds[1] is None or not _is_below(inner, outer):
        return None
    return [FoundUnit(outer, kinds[0], None, cell.start, cell.start + len(outer)),
            FoundUnit(inner, kinds[1], outer, cell.end - len(inner), cell.end)]  # fmt: skip


def _carried_down(table: Table, units: list[FoundUnit]) -> list[FoundUnit]:
    """「総務部 | | 49」 then 「 | 人事課 | 16」: a unit column left blank under a unit holds
    that unit still (a cell spanning the rows, or a unit printed once over its parts), so a
    smaller unit to its right on those rows is that unit's."""
    above: dict[int, FoundUnit | None] = {}  # a column → the one unit of its last filled cell
    parents: dict[tuple[int, int], str] = {}
    for row in table.rows:
        for column, cell in enumerate(row):
            if not cell.text.strip():
                continue
            inside = [u for u in units if cell.start <= u.start and u.end <= cell.end]
            outer = [above[j] for j in range(column)
                     if not row[j].text.strip() and above.get(j) is not None]  # fmt: skip
            for unit in inside:
                holder = outer[-1] if outer else None
                if unit.parent is None and holder is not None and (
                    _sits_in(unit.name, holder.name) or _office_in_parts(unit, holder)
                ):
                    parents[(unit.start, unit.end)] = holder.name
            # 「教育課（教育委員会）」: the unit, its own parent in brackets — the unit holds
            # the rows under it
            first = min(inside, key=lambda u: u.start) if inside else None
            rest = cell.text.strip()[len(first.name) :] if first is not None else ""
            bracketed = first is not None and cell.text.strip().startswith(first.name) and (
                bool(_PARENT_BRACKET.fullmatch(rest))
            )
            above[column] = inside[0] if len(inside) == 1 else first if bracketed else None
    return [
        _with_parent(u, parents[(u.start, u.end)]) if (u.start, u.end) in parents else u
        for u in units
    ]


_PARENT_BRACKET = re.compile(r"\s*[(（][^()（）]{2,20}[)）]\s*")


def _office_in_parts(unit: FoundUnit, holder: FoundUnit) -> bool:
    """「保健福祉課 | | 14」 over 「| 架空診療所 | 4」 among its 係: an office of no rank listed
    with a division's sections is the division's."""
    return (
        unit.kind == "facility_unit"
        and _rank(unit.name) is None
        and _rank(holder.name) == _DIVISION_RANK
    )


def _indented_parents(
    doc: StructuredDocument, table: Table, units: list[FoundUnit]
) -> list[FoundUnit]:
    """「総務部 | 30」 then 「　人事課 | 12」: a first cell indented deeper than the one of a
    row above holds a part of that row's unit (a hierarchy printed by indentation). In a
    sheet whose units stand in a later column (「区分 | 組織名 | …」, the first a category
    printed once) the cells of that column are read so, their indent the one inside the
    cell; the indentation then outweighs the category beside it."""
    parents: dict[tuple[int, int], str] = {}
    for column in _indented_columns(doc, table):
        parents.update(_column_parents(doc, table, units, column))
    return [
        _with_parent(u, parents[(u.start, u.end)]) if (u.start, u.end) in parents else u
        for u in units
    ]


def _column_parents(
    doc: StructuredDocument, table: Table, units: list[FoundUnit], column: int
) -> dict[tuple[int, int], str]:
    """`_indented_parents` of one column: the parent each indented unit's cell is under."""
    stack: list[tuple[int, FoundUnit]] = []  # (indent, unit) of the rows above, outermost first
    parents: dict[tuple[int, int], str] = {}
    for row in table.rows:
        if len(row) <= column or not row[column].text.strip():
            continue
        cell = row[column]
        lead = _cell_lead(doc, cell) if column else None
        if lead is None:
            line_start = doc.folded.rfind("\n", 0, cell.start) + 1
            lead = doc.folded[line_start : cell.start]
        if lead.strip():
            continue  # a cell not opening its line (a cell of a row read from a wrapped form)
        indent = len(lead.replace("\u3000", "  ").replace("\t", ""))
        inside = [u for u in units if cell.start <= u.start and u.end <= cell.end]
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if len(inside) != 1:
            stack = []
            continue
        unit = inside[0]
        free = unit.parent is None or (column > 0 and indent > 0)
        if stack and free and _indented_under(unit.name, stack[-1][1].name):
            parents[(unit.start, unit.end)] = stack[-1][1].name
        stack.append((indent, unit))
    return parents


def _levelled_rows(table: Table, units: list[FoundUnit]) -> list[FoundUnit]:
    """「階層 | 組織名」 over 「1 | 架空部」 then 「2 | 架空課」: a row's unit is the unit's of the
    row above printed one level up (`unit_levels`), when each of the two rows names one."""
    holders = level_holders(table)
    if not holders:
        return units

    def row_unit(row: list[Cell]) -> FoundUnit | None:
        filled = [c for c in row if c.text.strip()]
        if not filled:
            return None
        inside = [u for u in units if filled[0].start <= u.start and u.end <= filled[-1].end]
        return inside[0] if len(inside) == 1 else None

    parents: dict[tuple[int, int], str] = {}
    for at, holder in holders.items():
        child, parent = row_unit(table.rows[at]), row_unit(table.rows[holder])
        if child is not None and parent is not None and child.parent is None:
            parents[(child.start, child.end)] = parent.name
    return [
        _with_parent(u, parents[(u.start, u.end)]) if (u.start, u.end) in parents else u
        for u in units
    ]


def _group_row_parents(table: Table, units: list[FoundUnit]) -> list[FoundUnit]:
    """「○○局」 alone on a row over rows whose unit column names its 課: a group row
    naming a unit holds the smaller units of the rows under it, up to the next group row."""
    groups: list[tuple[int, str | None]] = []  # (where the group row starts, its unit)
    for row in table.rows:
        if row and table.is_group_row(row):
            name = group_row_name(row[0].text)
            groups.append((row[0].start, name if unit_kind(name) is not None else None))
    if not any(name for _, name in groups):
        return units
    placed = []
    for unit in units:
        group = next((name for at, name in reversed(groups) if at <= unit.start), None)
        outer, inner = _rank(group or ""), _rank(unit.name)
        if (
            group is not None and unit.parent is None and unit.name != group
            and outer is not None and inner is not None and inner > outer
        ):
            unit = _with_parent(unit, group)
        placed.append(unit)
    return placed


def _ranked_rows(doc: StructuredDocument, block: Block, units: list[FoundUnit]) -> list[FoundUnit]:
    """「架空部 | 30」 then 「架空一課 | 12」「架空二課 | 18」: in a staff table whose
    first column names each row's unit, a unit followed by smaller ones holds them until the
    next unit of its rank (a hierarchy whose indentation the page drew and the text lost)."""
    table = block.table
    if table is None or not _counts_staff(doc, block):
        return units
    parents: dict[tuple[int, int], str] = {}
    holders: list[FoundUnit] = []  # the units above that may hold the next, outermost first
    held = 0
    for row in table.rows:
        cell = row[0] if row else None
        inside = [u for u in units if cell and cell.start <= u.start and u.end <= cell.end]
        if len(inside) != 1:
            holders = []  # a total row (「局 計」), a label: the hierarchy is over
            continue
        unit = inside[0]
        while holders and not _holds(holders[-1], unit):
            holders.pop()
        if holders and unit.parent is None:
            parents[(unit.start, unit.end)] = holders[-1].name
            held += 1
        rank = _rank(unit.name)
        # 「局」「部」 hold the rows under them; 「知事部局」 only groups its peers
        if rank is not None and _BUREAU_RANK <= rank < _DIVISION_RANK:
            holders.append(unit)
    if held < 2:
        return units
    return [
        _with_parent(u, parents[(u.start, u.end)]) if (u.start, u.end) in parents else u
        for u in units
    ]


def _indented_columns(doc: StructuredDocument, table: Table) -> list[int]:
    """The columns whose cells print the hierarchy by their indent: the first, and a later
    one whose cells are led by spaces inside them (an exported sheet's 「　総務部」, the new
    tree beside the old one)."""
    columns = [0]
    for column in range(1, len(table.header)):
        cells = [r[column] for r in table.rows if len(r) > column and r[column].text.strip()]
        if sum(1 for c in cells if _cell_lead(doc, c)) >= _MIN_INDENTED_CELLS:
            columns.append(column)
    return columns


_MIN_INDENTED_CELLS = 2


def _cell_lead(doc: StructuredDocument, cell: Cell) -> str | None:
    """The white space a cell's text is led by inside its cell (after the tab before it),
    or None when the cell opens its line."""
    at = cell.start
    while at > 0 and doc.folded[at - 1] in " \u3000":
        at -= 1
    if at == 0 or doc.folded[at - 1] != "\t":
        return None
    return doc.folded[at : cell.start]


def _indented_under(child: str, parent: str) -> bool:
    """A unit printed indented under another may be its part: a smaller one, a unit of
    rank under a unit of none (課 under a 保健福祉センター), or a unit of none under a
    department or larger (a センター under its 部)."""
    child_rank, parent_rank = _rank(child), _rank(parent)
    if child_rank is None:
        return parent_rank is not None and parent_rank < _DIVISION_RANK
    return parent_rank is None or parent_rank < child_rank


def _belonging(doc: StructuredDocument, table: Table, units: list[FoundUnit]) -> list[FoundUnit]:
    """「保健センター | 母子保健(健康づくり課に所属)」: a cell saying the row's unit belongs to
    another (the cue words are `mkf:belongsTo` in the field vocabulary) gives it that
    parent, when the row's unit is smaller or of no rank."""
    cues = [c for c, f in sentence_cues().items() if f in ("belongsTo", "within")]
    if not cues:
        return units
    parents: dict[tuple[int, int], str] = {}
    added: list[FoundUnit] = []
    for row in table.rows:
        if not row:
            continue
        own = next((u for u in units if row[0].start <= u.start and u.end <= row[0].end
                    and u.parent is None), None)  # fmt: skip
        name = row[0].text.strip()
        if own is None and unit_kind(name) is not None and _SEGMENT.fullmatch(name):
            # 「保健センター」 in a unit's place: a unit, though the name reads as a facility's
            own = FoundUnit(name, unit_kind(name) or "facility_unit", None, row[0].start,
                            row[0].end)  # fmt: skip
        if own is None:
            continue
        for cell in row[1:]:
            text = doc.folded[cell.start : cell.end]
            for cue in cues:
                at = text.find(cue)
                outer = next((n for _s, e, n in find_organization_mentions(text[:at])
                              if e == at), None) if at > 0 else None  # fmt: skip
                if outer is not None and outer != own.name and (
                    _sits_in(own.name, outer) or (_rank(own.name) is None and _rank(outer))
                ):
                    parents[(own.start, own.end)] = outer
                    if own not in units:
                        added.append(own)
    return [
        _with_parent(u, parents[(u.start, u.end)]) if (u.start, u.end) in parents else u
        for u in [*units, *added]
    ]


_LEADING_BRACKET = re.compile(r"^\s*[(（]\s*(?P<outer>[^()（）]+?)\s*[)）]")


def _bracketed_in_row(
    doc: StructuredDocument, table: Table, units: list[FoundUnit]
) -> list[FoundUnit]:
    """「教育総務課 | 13 | (架空委員会事務局) …」: a later cell of a row that opens with a
    larger unit in brackets says whose part the row's unit is."""
    if not any("(" in c.text or "（" in c.text for r in table.rows for c in r[1:]):
        return units  # the cheap check: no bracket after a row's first cell
    parents: dict[tuple[int, int], str] = {}
    for row in table.rows:
        if len(row) < 2:
            continue
        own = next((u for u in units if row[0].start <= u.start and u.end <= row[0].end
                    and u.parent is None), None)  # fmt: skip
        if own is None:
            continue
        for cell in row[1:]:
            match = _LEADING_BRACKET.match(doc.folded[cell.start : cell.end])
            outer = re.sub(r"\s+", "", match.group("outer")) if match else ""
            if outer and [m[2] for m in find_organization_mentions(outer)] == [outer] and (
                _is_below(own.name, outer)
            ):
                parents[(own.start, own.end)] = outer
                break
    return [
        _with_parent(u, parents[(u.start, u.end)]) if (u.start, u.end) in parents else u
        for u in units
    ]


def _parts_of_rows(
    doc: StructuredDocument, table: Table, units: list[FoundUnit]
) -> list[FoundUnit]:
    """「架空課 | 27人」 then 「うち 架空浄化センター | 19人」: a row printed as a part of the
    row above (内数) names a unit inside the last unit row above it, though its suffix reads
    as a facility's."""
    above: FoundUnit | None = None
    parts: list[FoundUnit] = []
    for row in table.rows:
        if not row or not row[0].text.strip():
            continue
        cell = row[0]
        inside = [u for u in units if cell.start <= u.start and u.end <= cell.end]
        name = part_of_above(cell.text)
        if name is None:
            above = inside[0] if len(inside) == 1 else None
            continue
        kind = unit_kind(name)
        if above is None or kind is None or not _SEGMENT.fullmatch(name):
            continue
        if _rank(name) is not None and not _is_below(name, above.name):
            continue
        at = doc.folded.find(name, cell.start, cell.end)
        if at < 0:
            continue
        units = [u for u in units if not (cell.start <= u.start and u.end <= cell.end)]
        parts.append(FoundUnit(name, kind, above.name, at, at + len(name)))
    return [*units, *parts]


def _joint_rows(doc: StructuredDocument, block: Block, units: list[FoundUnit]) -> list[FoundUnit]:
    """「議会事務局・監査委員事務局 | 21」 in a table counting staff: units joined with 「・」 in
    a row's name cell are counted as one, so the row names one unit, as printed."""
    table = block.table
    if table is None or not any(r and "・" in r[0].text for r in table.rows):
        return units
    if not _counts_staff(doc, block):
        return units
    for row in table.rows:
        if not row:
            continue
        cell = row[0]
        name = cell.text.strip()
        parts = re.split("[・･]", name)
        if len(parts) < 2 or not all(unit_kind(p) for p in parts) or generic_unit(name):
            continue
        at = doc.folded.find(name, cell.start, cell.end)
        if at < 0:
            continue
        units = [u for u in units if not (cell.start <= u.start and u.end <= cell.end)]
        units.append(FoundUnit(name, unit_kind(parts[-1]) or "division", None, at,
                               at + len(name)))  # fmt: skip
    return units


def _counts_staff(doc: StructuredDocument, block: Block) -> bool:
    """Whether a table counts staff: a column labelled so, or a caption just above saying
    so (「部門別職員数」 over 「部門 | 令和4年 | 令和5年」)."""
    table = block.table
    if table is not None and any(field_of(label) == "staff" for label in table.header):
        return True
    if staffing_caption(doc, block):
        return True  # 「局の体制（単位：人）」 over the units and a column per year
    for other in reversed(doc.blocks[max(0, block.index - 3) : block.index]):
        if other.kind in ("heading", "paragraph") and other.text.strip():
            if is_unit_note(other.text):
                continue
            return "。" not in other.text and field_of(other.text) == "staff"
    return False


def _labelled_chain(table: Table, units: list[FoundUnit]) -> list[FoundUnit]:
    """A sheet's form printing 「所管部 | A部」, 「所管課 | B課」 and 「担当係 | C係」 in cells
    of its own (labels beside their values, wherever the rows put them): one record, so
    the 係 is the 課's and the 課 the 部's."""
    rows = [table.header_cells, *table.rows] if table.header_cells else list(table.rows)
    named: dict[int | None, list[FoundUnit]] = {}  # by rank: 部 2, 課 3, 係 4
    for row in rows:
        for label, value in itertools.pairwise(row):
            field = field_of(label_key(label.text), exact=True)
            if field not in ("department", "division"):
                continue
            inside = [u for u in units if value.start <= u.start and u.end <= value.end]
            if len(inside) == 1:
                named.setdefault(_rank(inside[0].name), []).append(inside[0])
    if None in named or any(len(found) != 1 for found in named.values()):
        return units  # a unit of no rank, or two of one rank: no one record's chain
    chain = [named[rank][0] for rank in sorted(r for r in named if r is not None)]
    if len(chain) < 2:
        return units
    parents = {
        (inner.start, inner.end): outer.name
        for outer, inner in itertools.pairwise(chain)
        if inner.parent is None and _is_below(inner.name, outer.name)
    }
    return [
        _with_parent(u, parents[(u.start, u.end)]) if (u.start, u.end) in parents else u
        for u in units
    ]


_RECORD_REACH = 4  # the fields of one record just above the table that continues it


def _record_section(
    doc: StructuredDocument,
    block: Block,
    units: list[FoundUnit],
    by_block: dict[int, list[FoundUnit]],
) -> list[FoundUnit]:
    """「所管課：B課」 as a field, then the sheet's table with 「担当係 | C係」 in its cells: one
    record printed partly as fields, partly as a table, so the 係 is the 課's."""
    table = block.table
    if table is None:
        return units
    rows = [table.header_cells, *table.rows] if table.header_cells else list(table.rows)
    sections = []
    for row in rows:
        for label, value in itertools.pairwise(row):
            if field_of(label_key(label.text), exact=True) != "division":
                continue
            inside = [u for u in units if value.start <= u.start and u.end <= value.end]
            if len(inside) == 1 and _rank(inside[0].name) == _DIVISION_RANK + 1:
                sections.append(inside[0])
    if len(sections) != 1 or sections[0].parent is not None:
        return units
    division = None
    for other in reversed(doc.blocks[max(0, block.index - _RECORD_REACH) : block.index]):
        if other.kind == "table":
            break
        found = by_block.get(other.index, [])
        if other.kind == "field" and _unit_field(other.label) == "division" and len(found) == 1:
            division = found[0]
            break
    if division is None or not _is_below(sections[0].name, division.name):
        return units
    section = sections[0]
    return [_with_parent(u, division.name) if u is section else u for u in units]


def _form_members(table: Table, units: list[FoundUnit]) -> list[FoundUnit]:
    """A form about one department (「部局名 | 環境部」, then 「構成課室 | A課、B課」 「地方機関
    | C事務所」): the units its other rows list are that department's. Its first column
    holds the labels of the rows, which name no unit."""
    header = table.header
    if len(header) != 2 or field_of(header[0], exact=True) != "department":
        return units
    head = [u for u in units if u.name == header[1].strip()]
    if len(head) != 1 or head[0].kind != "department":
        return units
    labels = [(row[0].start, row[0].end) for row in table.rows if row]
    kept = [u for u in units if not any(a <= u.start and u.end <= b for a, b in labels)]
    return _parts_of(kept, head[0].name)


def _parts_of(units: list[FoundUnit], head: str) -> list[FoundUnit]:
    """The units listed under `head` with no parent of their own are its parts, when smaller
    than it or offices of no rank (one rule for breakdown tables and department forms)."""
    return [
        _with_parent(u, head)
        if u.parent is None and u.name != head
        and (_is_below(u.name, head) or u.kind in _MEMBER_KINDS)
        else u
        for u in units
    ]  # fmt: skip


def _without_row_labels(table: Table, units: list[FoundUnit]) -> list[FoundUnit]:
    """A two-column form (「職員数 | …」「部の予算 | …」「構成課 | A課、B課」): its first
    column labels the rows, so a label that reads like a unit (構成課) names none."""
    rows = [r for r in [table.header_cells, *table.rows] if r]
    if any(len(r) != 2 for r in rows) or len(rows) < 3:
        return units
    if table.header and field_of(table.header[0], exact=True) in ("division", "department"):
        return units  # 「課名 | 職員数」 over its units and a 計 row: a list of units, no form
    firsts = [r[0] for r in rows]
    if sum(field_of(c.text) is not None for c in firsts) * 2 < len(firsts):
        return units
    spans = [(c.start, c.end) for c in firsts if len(c.text) <= 6]
    return [u for u in units if not any(a <= u.start and u.end <= b for a, b in spans)]


def _continues(doc: StructuredDocument, before: Block, block: Block) -> bool:
    """Whether `block` is the next line of the paragraph `before` ends (no blank line, no
    mark or number of its own, and `before` ends mid-sentence)."""
    # 「C課(都市」 then 「整備部)、…」: a bracket left open runs on, whatever the next line
    # looks like to the reader (a short line may read as a heading)
    unclosed = before.text.count("(") > before.text.count(")")
    return (
        (block.kind == "paragraph" or (unclosed and block.kind == "heading"))
        and not block.number
        and not block.mark
        and (before.kind == "paragraph" or (unclosed and before.kind == "heading"))
        and not before.text.rstrip().endswith("。")
        and doc.folded.count("\n", before.end, block.start) <= 1
    )


def _leads(doc: StructuredDocument, block: Block, unit: FoundUnit) -> bool:
    """Whether a list item begins with the unit (「・宵見課 25人」): the list is of units,
    so under a department's heading they are its divisions."""
    return not doc.folded[block.start : unit.start].strip(" \u3000・･•-*●○◎◇◆■□▪" + TREE_STROKES)


def _add(facts: DocumentFacts, found: list[FoundUnit], doc: StructuredDocument) -> None:
    """Add units not known yet; give a known unit the parent it lacked. A name that is a
    misprint or a short form of a unit the genre parser found is that unit, not a new one."""
    known = [o.name for o in facts.organizations]
    keys = {nfkc_key(name) for name in known}
    misprints = {nfkc_key(o.printed) for o in facts.organizations if o.printed}
    misprints |= {nfkc_key(p.division_printed) for p in facts.projects if p.division_printed}
    places = {nfkc_key(p) for p in (facts.municipality, facts.prefecture) if p}
    by_key = {nfkc_key(o.name): o for o in facts.organizations}
    for unit in found:
        key = nfkc_key(unit.name)
        if key in places:
            continue
        if key in by_key:
            existing = by_key[key]
            if existing.parent is None and unit.parent and nfkc_key(unit.parent) != key:
                existing.parent = unit.parent
            continue
        if key in misprints or any(name.endswith(key) or key.endswith(name) for name in keys):
            continue
        if resolve_unit_name(unit.name, known) != unit.name:
            continue
        organization = Organization(
            unit.name, unit.kind, unit.parent, evidence={"": doc.span(unit.start, unit.end)}
        )
        facts.organizations.append(organization)
        by_key[key] = organization


_TITLE_LINES = 3  # a title may run over a few short heading lines at the top


def _title(doc: StructuredDocument) -> list[Block]:
    """The document's title: its first heading and the unnumbered headings right after it
    (「令和6年度 部局運営方針」 then 「架空県 林務部」), a title broken over lines."""
    blocks: list[Block] = []
    first = next(doc.of_kind("heading"), None)
    top = doc.blocks[0] if doc.blocks else None
    if top is not None and top.kind == "paragraph" and _page_title(doc, top, first):
        blocks.append(top)  # 「令和7年度 架空部 部局運営目標      架空県」: a PDF page's title line
    if first is None:
        return blocks
    for block in doc.blocks[first.index : first.index + _TITLE_LINES]:
        if block.kind != "heading" or block.number:
            break
        blocks.append(block)
    return blocks


def _page_title(doc: StructuredDocument, top: Block, first: Block | None) -> bool:
    """The document's first line, a paragraph only because its body's name is printed far to
    the right of it (a PDF page's title line), before any heading or under a numbered first
    heading: one short line, no sentence."""
    text = doc.folded[top.start : top.end].strip()
    return (
        (first is None or (first.index > top.index and bool(first.number)))
        and "\n" not in text
        and "。" not in text
        and len(text.split()) <= _TITLE_WORDS
    )


_TITLE_WORDS = 4


def subject_department(doc: StructuredDocument, places: Sequence[str] = ()) -> str | None:
    """The one department (局, 部, 本部) the title names (「令和元年度 環境局 部局運営方針」,
    「福祉部ってどんなところ?」): the unit the document is about, else None."""
    named: list[str] = []
    for title in _title(doc):
        text = doc.folded[title.start : title.end]
        if _credit_line(text):
            continue  # 「令和6年6月 架空村改革推進本部」: who issued it, not what it is about
        if _ADDRESSEE.search(text):
            continue  # 「（ＣＣ：架空推進本部　幹事各位）」: whom a letter is sent to
        if any(u.parent is not None for u in _units_in(doc.folded, title.start, title.end,
                                                       "heading", places)):  # fmt: skip
            return None  # 「総務部 財政課」: the page's author, a division, not a department's page
        for _s, _e, mention in find_organization_mentions(text):
            chain = split_unit_chain(mention)
            name = chain[0]
            for place in places:
                if name.startswith(place) and len(name) > len(place):
                    name = name[len(place) :]
            if unit_kind(name) == "department" and len(chain) == 1 and name not in named:
                named.append(name)
    if not named:
        spaced = _spaced_header_department(doc)
        return _header_department(doc, places) or (spaced[0] if spaced else None)
    return named[0] if len(named) == 1 else None


# a letter's addressee line: 「…委員各位」, 「各部長　様」, 「…殿」 (in brackets for a copy)
_ADDRESSEE = re.compile(r"(?:各位|様|殿)\s*[)）]?\s*$")


def _credit_line(text: str) -> bool:
    """「令和6年6月　架空村改革推進本部」 under a title: a date, then the issuer and nothing
    else (「令和6年4月1日現在の福祉部の組織」 is a title)."""
    text = text.strip()
    dates = [m for m in year_mentions(text) if m.kind == "date"]
    if not dates or dates[0].start != 0:
        return False
    rest = text[dates[0].end :].strip()
    mentions = find_organization_mentions(rest)
    return len(mentions) == 1 and mentions[0][1] == len(rest)


def _spaced_header_department(doc: StructuredDocument) -> tuple[str, Span] | None:
    """「都 市 整 備 部      (財政課とりまとめ)」 among the lines heading the document (before
    its first numbered section): a department printed letter-spaced at a line's head, as a
    cover or a department's page of a budget book prints the one it is about."""
    named: dict[str, Span] = {}
    for block in doc.blocks[:_HEADER_BLOCKS]:
        if block.number:
            break
        if block.kind not in ("heading", "paragraph"):
            continue
        head = re.split(r"[ \u3000]{2,}", block.text.strip(), maxsplit=1)[0]
        name = _spaced_out_unit(head)
        if name is not None and unit_kind(name) == "department":
            at = doc.folded.find(head, block.start)
            named.setdefault(name, doc.span(at, at + len(head)))
    if len(named) != 1:
        return None
    return next(iter(named.items()))


_HEADER_BLOCKS = 8  # a form's header fields sit right under its title


def _header_department(doc: StructuredDocument, places: Sequence[str]) -> str | None:
    """「部名：健康福祉部」 among the fields heading a form (before its first numbered
    section): the one department the form is about, as a title naming it would say."""
    named: list[str] = []
    for block in doc.blocks[:_HEADER_BLOCKS]:
        if block.kind == "heading" and block.number:
            break
        if block.kind != "field" or not block.label or not block.value:
            continue
        if field_of(block.label, exact=True) != "department":
            continue
        name = _without_places(block.value.strip(), places)
        if unit_kind(name) == "department" and len(split_unit_chain(name)) == 1:
            named.append(name)
    return named[0] if len(set(named)) == 1 else None


def _ward_parent(facts: DocumentFacts) -> None:
    """A ward's own page: the divisions it names with no parent are its office's (区役所),
    the office the ward is run by; the office is a unit of the ward though no line names it
    as one."""
    office = ward_office(facts.municipality)
    if office is None:
        return
    orphans = [o for o in facts.organizations
               if o.parent is None and _rank(o.name) == _DIVISION_RANK]  # fmt: skip
    if not orphans:
        return
    if not any(nfkc_key(o.name) == nfkc_key(office) for o in facts.organizations):
        facts.organizations.append(Organization(office, "facility_unit", None))
    for organization in orphans:
        organization.parent = office


def _subject_parent(doc: StructuredDocument, facts: DocumentFacts, places: Sequence[str]) -> None:
    """Divisions (課, 室) the title's department page names with no parent are that
    department's: a department's own page lists its divisions without repeating it."""
    department = subject_department(doc, places)
    if department is None:
        return
    key = nfkc_key(department)
    if not any(nfkc_key(o.name) == key for o in facts.organizations):
        spaced = _spaced_header_department(doc)
        if spaced is None or spaced[0] != department:
            return
        # the letter-spaced header is the department's only mention: the unit itself
        facts.organizations.append(
            Organization(department, "department", None, evidence={"": spaced[1]})
        )
    for organization in facts.organizations:
        if organization.parent is not None or nfkc_key(organization.name) == key:
            continue
        rank = _rank(organization.name)
        if (
            rank == _DIVISION_RANK
            # a 局's page: its 部 (a rank under the 局) are the 局's
            or (rank is not None and _rank(department) == _BUREAU_RANK and rank == _BUREAU_RANK + 1)
            or (rank is None and organization.kind in ("division", "section", "facility_unit"))
            or organization.kind == "facility_unit"  # 「東架空事務所」: its 出先機関
        ):
            organization.parent = department  # a 係 is a division's: its 課 is not known
