"""Budgets by account (一般会計, ○○特別会計 …) of the unit a document is about, or of the city.

An account is a name the field vocabulary reads as an account (it ends in 会計); its amount
is the value under a budget label (予算額, 当初予算 …): a table column (the year in the
column label: 平成29年度予算), an attribute (「一般会計（予算額：…）」), a labelled field,
a sentence (「一般会計当初予算は248億8,850万円」), or labels stacked above their amounts as
PDF extraction leaves a boxed summary. The owner is the unit named just before the account
(「○○部の一般会計予算は…」), else the unit the document's title names or the one department
a memo or a release speaks for (opening_unit.py; never a council committee the paper goes
to), else the city. A
total row (総額) is no account; an account given two different amounts for one year (当初
and 最終) is left out, as neither is the year's budget on its own.

A table of units under a caption naming one account (部局別予算額(一般会計)) gives each
unit's budget in it; a sentence comparing the budget with a year's (「令和5年度当初予算の
…と比べて」) gives that year's too; an amount per head (1人当たり) is no budget. Of columns
labelled alike (会計コード | 会計名称), the one whose cells are accounts names the row; a
legend over a list (「（　）内は前年度」, bracket_legend.py) dates its bracketed amounts.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from loaders.facts import Budget, DocumentFacts, Span
from loaders.field_vocabulary import (
    NAME_LABEL_ENDS,
    caption_cues,
    cues_of,
    field_of,
    label_key,
    labels_of,
    sentence_cues,
)
from loaders.genres.generic import find_organization_mentions
from loaders.genres.units import council_committee, executive_committee, unit_kind, ward_office
from loaders.recognisers.account_columns import account_budgets
from loaders.recognisers.bracket_legend import legend_year
from loaders.recognisers.bracketed_accounts import bracketed_budgets
from loaders.recognisers.bracketed_lists import bracketed_amounts
from loaders.recognisers.inner_header import with_inner_header
from loaders.recognisers.opening_unit import compiles_budget, opening_department
from loaders.recognisers.page_labels import dated_budget_labels
from loaders.recognisers.spoken_series import spoken_series
from loaders.recognisers.table_headers import year_subheader
from loaders.recognisers.unit_totals import unit_total
from loaders.recognisers.wrapped_lines import wrapped_sentence
from loaders.recognisers.year_rows import (
    cue_dated,
    cue_year,
    note_header,
    shared_title,
    year_cells,
)
from loaders.structure import StructuredDocument
from loaders.structure.attributes import attribute_groups, leader_field, split_attributes
from loaders.structure.blocks import Block, Cell, Table
from loaders.structure.tables import part_of_above
from loaders.text.amounts import BARE_FIGURE, find_amounts, parse_yen, unit_scale, year_amounts
from loaders.text.fiscal_year import document_year, parse_fiscal_year, year_mentions
from loaders.text.names import office_name
from loaders.text.normalize import nfkc_key

_QUALIFIER = re.compile(r"[(（]\s*(?:単位\s*[:：]?\s*)?(?P<unit>[^()（）\s]+)\s*[)）]")
_UNIT_NOTE = re.compile(r"単位\s*[:：]?\s*(?P<unit>[百千万億]*円)")
_ACCOUNT_END = "会計"
_ACCOUNT_NOTE = re.compile(r"\s*[(（][^()（）0-9]{1,20}[)）]")
_NAME_CHARS = re.compile(r"[一-龥々〆ァ-ヴヵヶー]+$")  # 「架空ヶ丘…」: ヶ is in place names
_KATAKANA = re.compile(r"[ァ-ヴー]")
_NAME_BEFORE = re.compile(r"\w[\w・ー]*$")  # a name, not the bullet before it
_OPEN_BRACKETS = "(（"
_PARTICLE = re.compile(r"\s*(?:は|が|で|:|：)?\s*[、,]?\s*")
_IN = "で"  # 「部の予算は、一般会計で21億円」: the sentence before must name the budget
_JOINED = "・"  # 「特別・企業会計」: one amount for several accounts together
_STACK_WINDOW = 10  # stacked amounts follow their labels within a few lines
_UNIT_NOTE_WINDOW = 3  # 「(単位:千円)」 is printed just above its table
_MAX_CAPTION = 60  # a table's caption is a short line, never a paragraph
_UNIT_FIELDS = ("department", "division")  # a column of unit names (部局 | 課名)
# 「会計 | 部 | 令和8年度」: a level's word alone over the column of its units (as a label of
# its own it would open fields such as 「部　名：…」, so it is known here only)
_UNIT_WORDS = frozenset({"局", "部", "課", "室"})


def _labels_units(label: str) -> bool:
    """Whether a column's label says its cells name units (部局名, 課名, or 部 alone; 「局等名」
    widened by 等 to the offices beside them)."""
    key = label_key(label)
    return any(
        field_of(x, exact=True) in _UNIT_FIELDS or x in _UNIT_WORDS
        for x in {key, key.replace("等", "")}
        if x
    )
_DEPARTMENTS = ("department", "committee")
_HEADER_LINES = 3  # a title, the body that issues it, a line of credits
_BREADCRUMB = re.compile(r"^(?:[^>＞›»\n]*\S\s*[>＞›»]\s*){2,}\S")  # 「ホーム > 市政 > 部の目標」


@dataclass(frozen=True)
class _Found:
    account: str
    year: int | None
    amount: int
    evidence: dict[str, Span]
    owner: str | None = None
    subtotal: bool = False  # a subtotal row: its amount may equal one part's, no repeat


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    year = facts.fiscal_year or document_year(doc.text)
    owner = document_owner(facts, doc)
    found = [
        *_from_account_columns(doc),
        *_from_bracketed_lists(doc),
        *_from_tables(doc, year),
        *_from_attributes(doc),
        *_from_field_runs(doc, year),
        *_from_captioned_fields(doc),
        *_from_leaders(doc, year),
        *_from_term_lines(doc, year),
        *_from_noted_lines(doc, year),
        *_from_unit_total_lines(doc, year),
        *_from_sentences(doc, year, facts.municipality),
        *_from_bracketed_accounts(doc, year),
        *_from_spoken_series(doc),
        *_from_stacked(doc),
        *_from_wholes(doc, facts.municipality),
        *_from_unit_lists(doc),
        *_from_budget_values(doc),
        *_from_captioned_totals(doc),
        *_from_account_labels(doc, year),
        *_from_captioned_amount_lines(doc, year),
        *_from_budget_heads(doc),
    ]
    found = [_citys_own(item, facts.municipality) for item in found]
    # 「うち架空部」: a part of the row above, its own budget under its own name
    found = [replace(item, owner=part_of_above(item.owner) or item.owner) if item.owner else item
             for item in found]  # fmt: skip
    # 「当部の予算額は…」: the page's own unit, named by its word for itself
    found = [replace(item, owner=None) if _self_reference(item.owner) else item for item in found]
    amounts: dict[tuple[str | None, int | None, str], set[int]] = defaultdict(set)
    for item in found:
        account = nfkc_key(_account_name(item.account))
        amounts[(item.owner, item.year or year, account)].add(item.amount)
    known = {(b.fiscal_year, nfkc_key(b.account), b.amount) for b in facts.budgets}
    keys = {(nfkc_key(b.owner), b.fiscal_year, nfkc_key(b.account)) for b in facts.budgets}
    # the units printed with each amount read here: a 課 and the 部 over it may print one
    # amount (the 部's only account is the 課's), both named in their rows
    named: dict[tuple[int | None, str, int], set[str | None]] = defaultdict(set)
    for item in found:
        fiscal_year = item.year or year
        account = nfkc_key(_account_name(item.account))
        if len(amounts[(item.owner, fiscal_year, account)]) > 1:
            continue  # 当初 and 最終 of one year: no single budget
        name = _ward_own(item.owner or owner, facts.municipality)
        key = (nfkc_key(name), fiscal_year, account)
        seen = (fiscal_year, account, item.amount)
        # a unit's amount read before (花壇課 | 花壇事業特別会計 1,234): the city's own
        # row of that account may print the same amount, the unit holding all of it
        units_only = None not in named[seen]
        if key in keys or (seen in known and not (item.subtotal or (units_only and named[seen]))):
            continue  # a genre parser read it already (perhaps under another owner)
        known.add(seen)
        named[seen].add(item.owner)
        keys.add(key)
        account_name = _account_name(item.account)
        budget = Budget(name, "organization", fiscal_year, account_name, item.amount)
        budget.evidence = item.evidence
        facts.budgets.append(budget)


_SELF = re.compile(r"^当(?:部|局|課|室|庁|センター|事務所)$")  # 「当部」「当局」: this unit


def _self_reference(owner: str | None) -> bool:
    """「当部」「当課」: the word a unit's page uses for itself, no unit's name."""
    return owner is not None and bool(_SELF.match(owner))


def _ward_own(name: str, municipality: str) -> str:
    """A ward's own budget (「区配分予算」, 「区の一般会計」) is its office's (架空区役所): a
    ward is no body with accounts of its own, the amounts are allocated to its office."""
    return (ward_office(municipality) or name) if name == municipality else name


# 「市一般会計」: the body's own word for itself before an account
_BODY_WORDS = ("市", "町", "村", "県", "都", "道", "府", "区")


def _citys_own(item: _Found, municipality: str) -> _Found:
    """「(参考)市一般会計予算総額」 on a department's page: an account the city's word (or its
    name) opens is the city's whole account, not the department's."""
    account = _account_name(item.account)
    for word in (municipality, *_BODY_WORDS):
        rest = account[len(word) :] if word and account.startswith(word) else ""
        if rest and field_of(rest, exact=True) == "account" and _is_account(rest):
            return replace(item, account=rest, owner=municipality)
    return item


_SITTING = re.compile(r"第\s*[0-9一二三四五六七八九十]+\s*回")  # 「第2回」: a meeting's sitting


def document_owner(facts: DocumentFacts, doc: StructuredDocument | None = None) -> str:
    """The unit the title names (「環境農林水産部 平成27年度当初予算案の概要」), else the one
    department the lines heading the document name (「令和6年度 運営方針」 / 「架空県 農政部」),
    else the city."""
    # (a sheet's title row: its first cell, not the unit credited at the row's far end)
    title = (facts.title or "").split("\t")[0]
    for _, _, name in find_organization_mentions(title):
        if council_committee(name) or _SITTING.search(name):
            # 「○○特別委員会会議録」: the council's committee the paper goes to; 「第2回○○
            # 委員会 会議要旨」: the sitting the paper records, not the unit that wrote it
            continue
        if unit_kind(name) in ("department", "division", "committee"):
            # 「架空県環境局 事業概要」: the body's name before its unit is no part of it
            return name.removeprefix(facts.municipality) or name
    named: set[str] = set()
    for block in _header(doc, facts.municipality):
        mentions = find_organization_mentions(block.text)
        # 「○○委員会 / 財政局」 over a paper: the committee it goes to, the unit that wrote it
        names = [name for _, _, name in mentions if not _presented_to(name)]
        if any(unit_kind(name) not in _DEPARTMENTS for name in names):
            continue  # 「財政部 財政課」: the division that wrote it, an author's credit
        named.update(name.removeprefix(facts.municipality) for name in names)
    departments = {name for name in named if unit_kind(name) in _DEPARTMENTS}
    places = (facts.prefecture or "", facts.municipality)
    owner = (
        (departments.pop() if len(departments) == 1 else None)
        or _header_field_unit(doc)
        or _spaced_header_unit(doc)
        or opening_department(doc, places)
    )
    if owner is None or compiles_budget(owner, doc):
        return facts.municipality
    return owner


def _presented_to(name: str) -> bool:
    """A committee heading a paper that is none of the body's executive committees."""
    return unit_kind(name) == "committee" and not executive_committee(name)


_SPACED_OUT = re.compile(r"\S(?:[ \u3000]\S){2,}")  # 「都 市 整 備 部」
_WIDE_GAP = re.compile(r"[ \u3000]{2,}")


def _spaced_header_unit(doc: StructuredDocument | None) -> str | None:
    """「都 市 整 備 部　　　（財政課とりまとめ）」 under the title: a department printed with
    its letters spaced out to fill the line's head (as a cover or a form prints it), before
    the first numbered section, is the one department the document is about."""
    names: set[str] = set()
    for block in (doc.blocks if doc is not None else [])[:_HEADER_FIELDS]:
        if block.number:
            break
        head = _WIDE_GAP.split(block.text.strip(), maxsplit=1)[0]
        if not _SPACED_OUT.fullmatch(head):
            continue
        name = re.sub(r"[ \u3000]", "", head)
        mentions = [m[2] for m in find_organization_mentions(name)]
        if mentions == [name] and unit_kind(name) in _DEPARTMENTS:
            names.add(name)
    return names.pop() if len(names) == 1 else None


_HEADER_FIELDS = 8  # 「部名：…」「部長：…」「構成：…」 under the title, before the body


def _header_field_unit(doc: StructuredDocument | None) -> str | None:
    """「部 名：健康福祉部」 among the fields printed under the title, before the first
    numbered section: the one department the document is about."""
    names: set[str] = set()
    for block in (doc.blocks if doc is not None else [])[:_HEADER_FIELDS]:
        if block.number:
            break
        pairs = [(block.label or "", block.value or "")] if block.kind == "field" else []
        if block.table is not None:  # 「局名 | 架空局 | 局長名 | …」: a form's head row
            rows = [block.table.header, *([c.text for c in r] for r in block.table.rows)]
            pairs = [(row[k], row[k + 1]) for row in rows for k in range(0, len(row) - 1, 2)]
        for label, value in pairs:
            if field_of(label, exact=True) != "department" or field_of(value, exact=True):
                continue  # 「部局 | 部局」: a header's labels, no label and its value
            name = label_key(value)
            if unit_kind(name) in _DEPARTMENTS:
                names.add(name)
    return names.pop() if len(names) == 1 else None


def _header(doc: StructuredDocument | None, municipality: str = "") -> Iterator[Block]:
    """The few headings a document opens with (its title lines), before any body text; the
    first may be a line with the city set apart at its end (「令和6年度 部の目標   青葉町」, a
    page header), which the reader takes for a paragraph. A page copied from the web may
    open with its breadcrumb (「ホーム > 市政情報 > …」), which is no title line."""
    blocks = doc.blocks if doc is not None else []
    crumbs = next((k for k, b in enumerate(blocks) if not _BREADCRUMB.search(b.text)), 0)
    for block in blocks[crumbs : crumbs + _HEADER_LINES]:
        title_line = (
            block.index == 0
            and block.kind == "paragraph"
            and bool(municipality)
            and re.search(rf"\S[ \u3000]{{2,}}{re.escape(municipality)}$", block.text.rstrip())
            is not None
        )
        if (block.kind != "heading" and not title_line) or block.number:
            return
        yield block


def _account_name(text: str) -> str:
    """「特別会計(7会計)」 → 特別会計: the bracket is a note on the account, no part of it;
    「うち公債管理特別会計」 (a row of the accounts a class holds, 「of which」) → the account;
    「部局別一般会計」 (a caption's 「by unit」 before the account it splits) → the account."""
    name = _QUALIFIER.sub("", label_key(text)).strip()
    name = _SUB_ROW.sub("", name)
    unsplit = _BY_PREFIX.sub("", name)
    return unsplit if unsplit.endswith(_ACCOUNT_END) else name


_SUB_ROW = re.compile(r"^うち\s*(?=\S+会計$)")
_BY_PREFIX = re.compile(r"^[一-龥]{1,4}(?<!特)別(?=\S+会計$)")  # 「部局別」「課別」, not 「特別」


# 「企業会計」 is the class of a body's enterprise accounts (each its own ○○事業会計), printed
# as their sum (「企業会計（水道事業）」 with a note on what it holds): no account of its own;
# 「全会計」 is the sum of every account (「全会計の総額は…」), no account either.
_ACCOUNT_CLASSES = ("企業会計", "全会計")
# 「企業会計」 alone in a table's cell beside 一般会計 and 特別会計 (a yearbook's or a summary's
# three classes, no note naming the one account it holds): the class's sum, budgeted as one
_CELL_CLASSES = ("企業会計",)


def _is_account(text: str) -> bool:
    key = _account_name(text)
    return (
        key.endswith(_ACCOUNT_END)
        and key != _ACCOUNT_END  # 「会計の合計は…」: the word, no account's name
        and field_of(key) == "account"
        and key not in _ACCOUNT_CLASSES
    )


def _is_account_cell(text: str) -> bool:
    """An account, or a class of accounts printed bare in a table's cell (「企業会計」)."""
    return _is_account(text) or label_key(text) in _CELL_CLASSES


def _from_bracketed_lists(doc: StructuredDocument) -> Iterator[_Found]:
    """「一般会計 ○○,○○○(○○,○○○)」 under 「単位:千円(かっこ内は令和5年度当初予算額)」."""
    for item in bracketed_amounts(doc, _is_account, document_year(doc.text)):
        yield _Found(_account_name(item.name), item.year, item.amount, {
            "": doc.block_span(item.line), "amount": doc.span(item.start, item.end),
        })  # fmt: skip


# -- tables ---------------------------------------------------------------------------
def _from_account_columns(doc: StructuredDocument) -> Iterator[_Found]:
    """「部局名 | 課名 | 予算額(千円) 一般会計 | 予算額(千円) 特別会計」: each unit's budget in
    the account of its column, for the column's year or the caption's."""
    for block in doc.of_kind("table"):
        if block.table is None:
            continue
        caption_year: int | None = None
        captioned = _budget_caption(doc, block)
        unit = _unit_note(doc, block) if captioned else None
        for item in account_budgets(block.table, captioned=captioned, unit=unit):
            if item.year is None and caption_year is None:
                caption_year = _caption_year(doc, block)
            yield _Found(item.account, item.year or caption_year, item.amount, {
                "": doc.span(item.owner_cell.start, item.amount_cell.end),
                "amount": doc.cell_span(item.amount_cell),
            }, item.owner, item.subtotal)  # fmt: skip


def _from_tables(doc: StructuredDocument, year: int | None = None) -> Iterator[_Found]:
    spaced = list(_from_spaced(doc))
    read = {at for at, _ in spaced}
    for block in doc.of_kind("table"):
        if _expense_caption(doc, block):
            continue  # 「職員給与費」 over the accounts: one expense's share of each, no budget
        if block.table is not None and block.start not in read:
            # 「(単位:百万円)」 alone on the row over the labels: a note, no header
            table, notes = note_header(block.table)
            # 「所属名 | 会計 | 本年度予算額」 under a report's title lines, inside its table
            table = with_inner_header(doc, block, year) or table
            # 「本年度予算額 | 前年度予算額」: each column its own year, whatever the layout
            table = replace(table, header=dated_budget_labels(table.header, year))
            # 「特別会計」 alone on a line between the rows: the table goes on under it
            head = _continued(doc, block)
            if head is not None and head.table is not None:
                table = replace(table, header=head.table.header, header_cells=[],
                                rows=[table.header_cells, *table.rows])  # fmt: skip
            # 「会計名 | 本年度 | 前年度」: a column labelled by a year cue alone is that year's
            table = replace(table, header=cue_dated(table.header, year))
            # 「会計区分 | 7年度 | 6年度」: the era left out, the document's own
            table = replace(table, header=[_era_supplied(h, year) for h in table.header])
            caption = head is not None and _budget_caption(doc, head)
            if (listed := list(_account_lines(doc, table, year))):
                yield from listed  # 「一般会計 | ○億○,○○○万円 | (前年度 ○億○,○○○万円)」
                continue
            yield from _table_rows(doc, block, table, caption=caption, unit=_notes_unit(notes))
    yield from (found for _, found in spaced)
    yield from _from_year_rows(doc)


_LIST_MARKS = "・•●○◆◇■□- \u3000"
_PREVIOUS = re.compile(r"^[(（]\s*(?P<cue>[^\s0-9()（）]{2,4})\s*(?P<amount>[^()（）]+)[)）]$")


def _account_lines(doc: StructuredDocument, table: Table, year: int | None) -> Iterator[_Found]:
    """A list of accounts set out in columns with no header (「■会計別の予算額」 over
    「一般会計　○億○,○○○万円　（前年度 ○億○,○○○万円）」): each line an account, its amount
    this year with its unit printed, and in brackets the year a cue (前年度) names."""
    rows = [table.header_cells, *table.rows] if table.header_cells else []
    rows = [r for r in rows if r and not _rest_or_total(r[0].text)]  # 「合 計」: no account
    if year is None or len(rows) < 2 or any(len(r) < 2 for r in rows):
        return
    if not all(_is_account(r[0].text) and _amount(r[1].text, None) for r in rows):
        return
    if not any(len(r) > 2 and _PREVIOUS.match(r[2].text.strip()) for r in rows):
        return  # the bracket of the year before is what shows the lines are this year's
    for row in rows:
        name = _account_name(row[0].text.lstrip(_LIST_MARKS))  # 「・一般会計」: a list's mark
        yield _Found(name, year, _amount(row[1].text, None) or 0, {
            "": doc.span(row[0].start, row[-1].end),
            "account": doc.cell_span(row[0]),
            "amount": doc.cell_span(row[1]),
        })  # fmt: skip
        for cell in row[2:3]:
            found = _PREVIOUS.match(cell.text.strip())
            offset = cue_year(found.group("cue")) if found else None
            amount = _amount(found.group("amount"), None) if found else None
            if offset is not None and amount:
                yield _Found(name, year + offset, amount, {
                    "": doc.span(row[0].start, row[-1].end),
                    "account": doc.cell_span(row[0]),
                    "amount": doc.cell_span(cell),
                })  # fmt: skip


def _continued(doc: StructuredDocument, block: Block) -> Block | None:
    """「特別会計」 printed alone on a line between a table's rows (a group of accounts) cuts
    it in two for the structure reader, the rows after the line getting no labels: a table
    whose first row names an account beside figures, just after such a line under a labelled
    table of its width, is that table's rest. The labelled table it goes on from, or None."""
    table = block.table
    if table is None or not table.header_cells or not _is_account_cell(table.header[0]):
        return None
    if not any(_is_figure(cell) for cell in table.header[1:]):
        return None
    at = block.index - 1
    while at >= 0 and doc.blocks[at].kind == "heading":
        text = label_key(doc.folded[doc.blocks[at].start : doc.blocks[at].end])
        if text not in _MEMBER_SUFFIX or block.index - at > 2:
            return None
        at -= 1
    if at < 0 or at == block.index - 1 or doc.blocks[at].kind != "table":
        return None
    head = _continued(doc, doc.blocks[at]) or doc.blocks[at]
    if head.table is None or len(head.table.header) != len(table.header):
        return None
    return head


def _notes_unit(notes: list[str]) -> str | None:
    """The amounts' unit a note over a table's labels states (「(単位:百万円)」)."""
    for note in notes:
        match = _UNIT_NOTE.search(note)
        if match and unit_scale(match.group("unit")) is not None:
            return match.group("unit")
    return None


def _from_year_rows(doc: StructuredDocument) -> Iterator[_Found]:
    """A yearbook's budget series, 「年度 | 総額 | 一般会計 | 特別会計」 over a row a year:
    each amount is its column's account's budget in its row's year (the total is none)."""
    for block in doc.of_kind("table"):
        if block.table is None:
            continue
        table, notes = note_header(block.table)
        title, labels = shared_title(table.header)
        budget = [label_key(x) for x in labels_of("budget")]
        grouped = _account_group_caption(doc, block)
        if not (any(x in label_key(title) for x in budget) if title
                else _budget_caption(doc, block)
                or (grouped and _titled_budget(doc, block))):  # fmt: skip
            continue  # (「企業会計」 over the table, 「1 会計別予算額」 the section it is in)
        unit = (_notes_unit(notes) or _label_unit(title) or _unit_note(doc, block)
                or _document_unit(doc, block))  # fmt: skip
        for item in year_cells(table, labels):
            if not (
                (field_of(item.label, exact=True) == "account" and _is_account_cell(item.label))
                or (grouped and _grouped_account(item.label))
            ):
                continue
            amount = _amount(item.cell.text, unit)
            if amount is not None:
                yield _Found(item.label, item.year, amount, {
                    "": doc.span(item.year_cell.start, item.cell.end),
                    "amount": doc.cell_span(item.cell),
                })  # fmt: skip


def _account_group_caption(doc: StructuredDocument, block: Block) -> bool:
    """「特別会計（その2）」「企業会計」 just over a table of a row a year: its columns are
    accounts of that class, printed without the class's word (「架空事業」 for
    架空事業特別会計, as a note under the table may say)."""
    above = _caption_above(doc, block)
    return above is not None and above[0].kind == "heading" and field_of(above[1]) == "account"


def _grouped_account(label: str) -> bool:
    """A column under an account class's caption that names one account: no total (計,
    合計), nor a year or a word of the header (区分)."""
    key = label_key(label)
    if not key or year_mentions(key) or field_of(key) in ("total", "subtotal", "whole"):
        return False
    return not key.endswith(_TOTAL_WORDS) and bool(_NAME_CHARS.match(key))


_TOTAL_WORDS = ("計", "合計", "総額")
_SPACED_NUMBER = re.compile(r"^[▲△\-]?[0-9][0-9,]*(?:\.[0-9]+)?$")
_SPACED_RATE = re.compile(r"^[▲△\-]?[0-9]+(?:\.[0-9]+)?[%％]$")


def _from_spaced(doc: StructuredDocument) -> Iterator[tuple[int, _Found]]:
    """A table PDF extraction left with single spaces between its cells: a header line
    「会計区分 令和6年度 令和5年度 増減額」 (the account label, then one label a column) and
    rows 「国民健康保険事業特別会 計 8,123,000 8,331,000 △208,000」, the account's words
    (a name broken by a stray space) before one number a column. It holds budgets when the
    lines above it or a heading over it name a budget. A table the structure reader made of
    its lines is read so too, when its header line reads as one and every row under it does
    (padding may have set its cells apart in the wrong places); paired with the start of
    the block read."""
    for block in doc.blocks:
        line_end = doc.folded.find("\n", block.start, block.end)
        first = block if line_end < 0 else replace(block, end=line_end)
        words = _spaced_words(doc, first)
        if len(words) < 2 or field_of(words[0].text, exact=True) != "account":
            continue
        if len(words) == 2 and field_of(words[1].text) != "budget":
            continue  # 「会計区分 予算額(千円)」: two columns, the second a budget's label
        if block.kind == "table" and not _reads_spaced(doc, first, block, len(words)):
            continue
        header = words
        rows: list[list[Cell]] = []
        unit: str | None = None
        for other in _lines_after(doc, first):
            note = _LINE_UNIT_NOTE.fullmatch(other.text.strip())
            if note and unit is None:
                unit = note.group("unit")  # 「(単位:百万円)」 under the header line or the rows
                if rows:
                    break
                continue
            row = _spaced_row(doc, other, len(header)) or _group_line(doc, other, len(header))
            if row is None and rows and (tail := _wrapped_account_tail(doc, other, rows[-1])):
                rows[-1] = tail  # 「○○改善資金特別 ○○,○○○ …」 then 「会計」 alone
                continue
            if row is None:
                break
            rows.append(row)
        if not rows:
            continue
        table = Table([c.text for c in header], _broken_down(doc, rows), header)
        if _budget_caption(doc, block) or any(
            _budget_caption(doc, heading) for heading in doc.headings_above(block)
        ):
            read = _table_rows(doc, block, table, caption=True, unit=unit)
            yield from ((block.start, f) for f in read)


# 「特別会計」 over its accounts indented under it: each is 「…特別会計」, the accounts of
# 「企業会計」 are each 「…会計」 (水道事業会計).
_MEMBER_SUFFIX = {"特別会計": "特別会計", "企業会計": "会計", "公営企業会計": "会計"}
_GROUP_MARKS = "【】[]［］〔〕<>＜＞■□◆◇● "  # a group row's brackets and marks
_LINE_UNIT_NOTE = re.compile(r"[(（]?\s*単位\s*[:：]?\s*(?P<unit>[百千万億]*円)\s*[)）]?")


def _wrapped_account_tail(
    doc: StructuredDocument, block: Block, row: list[Cell]
) -> list[Cell] | None:
    """「…特別」 with its figures, then 「会計」 alone on the next line: an account's name
    wrapped in its cell, which PDF text prints after the row. The row, its name whole."""
    words = _spaced_words(doc, block)
    if len(words) != 1 or _is_figure(words[0].text) or row[0].text.endswith(_ACCOUNT_END):
        return None
    joined = row[0].text + words[0].text
    if not joined.endswith(_ACCOUNT_END) or len(words[0].text) > len(_ACCOUNT_END) + 2:
        return None
    return [Cell(joined, row[0].start, row[0].end), *row[1:]]


def _group_line(doc: StructuredDocument, block: Block, width: int) -> list[Cell] | None:
    """「特別会計」 alone on a line of a spaced table, its accounts indented under it: a
    group row printing no amounts of its own, its cells empty."""
    words = _spaced_words(doc, block)
    if len(words) != 1 or label_key(words[0].text) not in _MEMBER_SUFFIX:
        return None
    end = words[0].end
    return [words[0], *(Cell("", end, end) for _ in range(width - 1))]


def _broken_down(doc: StructuredDocument, rows: list[list[Cell]]) -> list[list[Cell]]:
    """「特別会計 34,966」 with 「 国民健康保険事業 13,906」 indented under it: a group of
    accounts broken down into its accounts, printed by their short names. Each indented row
    under it is read as its account (name and the group's suffix), the group's line, a
    subtotal, is dropped."""
    kept: list[list[Cell]] = []
    group: tuple[int, str] | None = None
    grouped: set[int] = set()
    for row in rows:
        name = row[0]
        line_start = doc.folded.rfind("\n", 0, name.start) + 1
        indented = name.start > line_start
        suffix = _MEMBER_SUFFIX.get(label_key(name.text))
        if not indented:
            group = (len(kept), suffix) if suffix else None
        elif group is not None and not label_key(name.text).endswith(_ACCOUNT_END):
            grouped.add(group[0])
            row = [Cell(label_key(name.text) + group[1], name.start, name.end), *row[1:]]
        kept.append(row)
    return [row for k, row in enumerate(kept) if k not in grouped]


def _reads_spaced(doc: StructuredDocument, first: Block, block: Block, width: int) -> bool:
    """Every line of the table `block` after its header line `first` is a spaced row."""
    for line in _lines_after(doc, first):
        if line.start >= block.end:
            return True
        if _spaced_row(doc, line, width) is None:
            return False
    return True


def _lines_after(doc: StructuredDocument, block: Block) -> Iterator[Block]:
    """The lines after `block`, each as a block of its own: the rows of a spaced table
    may come out of the structure reader as fields, paragraphs and a table of their own
    (full-width padding reads as a column gap in some rows and not in others)."""
    at = doc.folded.find("\n", block.end)
    while at >= 0:
        end = doc.folded.find("\n", at + 1)
        end = len(doc.folded) if end < 0 else end
        yield Block("paragraph", at + 1, end, doc.folded[at + 1 : end], index=-1)
        at = end if end < len(doc.folded) else -1


def _spaced_words(doc: StructuredDocument, block: Block) -> list[Cell]:
    return [
        Cell(m.group(), m.start(), m.end())
        for m in re.finditer(r"\S+", doc.folded[: block.end])
        if m.start() >= block.start
    ]


def _is_figure(word: str) -> bool:
    """A number cell (「8,123,000」, 「▲1.3%」) or an amount with its unit (「9億8,765万円」)."""
    if _SPACED_NUMBER.match(word) or _SPACED_RATE.match(word):
        return True
    amounts = find_amounts(word)
    return len(amounts) == 1 and amounts[0][:2] == (0, len(word))


def _spaced_row(doc: StructuredDocument, block: Block, width: int) -> list[Cell] | None:
    """The cells of a row of a spaced table `width` columns wide: the words before its
    numbers joined into the first cell; None when the line is no such row."""
    words = _spaced_words(doc, block)
    numbers = len(words)
    while numbers > 0 and _is_figure(words[numbers - 1].text):
        numbers -= 1
    if numbers == 0 or len(words) - numbers != width - 1:
        return None
    lead = words[:numbers]
    name = Cell("".join(w.text for w in lead), lead[0].start, lead[-1].end)
    return [name, *words[numbers:]]


def _table_rows(
    doc: StructuredDocument,
    block: Block,
    table: Table,
    *,
    caption: bool = False,
    unit: str | None = None,
) -> Iterator[_Found]:
    table = year_subheader(table, other_labels=True)  # 「予算額」 over 「R7 | R6 | 増減」
    if _projects_named(table):
        return  # 「会計名 | 所属名 | 事業名 | 予算額」: each amount a project's, no account's
    columns = [i for i, label in enumerate(table.header) if _budget_label(label)]
    account_column = _account_column(table)
    if account_column is None and (
        found := list(_unit_rows(doc, block, table, columns, _title_cells(block, table)))
    ):
        yield from found
        return
    if account_column is None:
        account_column = 0
    if not columns and (caption or _budget_caption(doc, block)):
        columns = _year_columns(table.header, account_column)
    if not columns:
        return
    note = unit or _unit_note(doc, block) or _document_unit(doc, block)
    unit_column = table.column(_labels_units)
    caption_year: int | None = None
    if any(_year(table.header[c]) is None for c in columns if c < len(table.header)):
        caption_year = _caption_year(doc, block)
    last: str | None = None  # the account of the last account row
    classed = _class_column_members(table, account_column)
    listed = _names_accounts(table, account_column)
    classes = _names_heads_accounts(table, account_column)
    listed = listed or classes
    for row, name, in_class in _group_members(table.rows, account_column,
                                              lambda cell: _set_in(doc, cell)):  # fmt: skip
        in_class = in_class or id(row) in classed
        account = row[account_column]
        if (member := _group_member(table, row, account_column)) is not None:
            account, name = member, member.text
        if last is not None and (part := _unit_part(name)) is not None:
            # 「うち○○部」 under 「一般会計」: the part of the account that unit spends
            for cell, year, amount in _column_amounts(table, row, account_column, columns, note):
                yield _Found(last, year or caption_year, amount, {
                    "": doc.span(account.start, cell.end),
                    "amount": doc.cell_span(cell),
                }, part)  # fmt: skip
            continue
        if not (in_class or _is_account_cell(name) or (listed and _listed_account(name))):
            continue
        if classes and label_key(name) in _CLASS_ROWS:
            continue  # the class's subtotal over its accounts listed under it
        if _subtotal_word(row, account_column):
            continue
        last = name
        owner = _row_owner(row, unit_column)
        for cell, year, amount in _column_amounts(table, row, account_column, columns, note):
            yield _Found(name, year or caption_year, amount, {
                "": doc.span(account.start, cell.end),
                "account": doc.cell_span(account),
                "amount": doc.cell_span(cell),
            }, owner)  # fmt: skip


def _listed_account(name: str) -> bool:
    """A name in a column of accounts' names that is an account's: words, no total row
    (「特別会計　計」, 「***総計***」)."""
    bare = name.strip("*＊-－=＝ 　")
    if _account_name(bare) in _ACCOUNT_CLASSES:
        return False  # 「企業会計（架空水道事業）」: the class with a note, summed, no account
    if bare.startswith("うち") or re.search(r"[0-9０-９]", bare):
        return False  # 「うち架空共通経費」: a part of the row above; a figure: no name
    return bool(re.search(r"\w", bare)) and not _rest_or_total(bare)


def _names_accounts(table: Table, column: int) -> bool:
    """「会計名」 over 「一般会計」, 「架空保険事業」 …: a column labelled as the accounts'
    names names each row's account, 会計 left off the special accounts' names as a finance
    system lists them."""
    label = label_key(table.header[column]) if column < len(table.header) else ""
    if field_of(label, exact=True) != "account":
        return False
    cells = [row[column].text.strip() for row in table.rows if column < len(row)]
    # 「会計」 alone over the column: its names when one of them is an account's in full
    # (一般会計 over 架空保険事業 …), as a summary of the accounts prints them
    if not label.endswith(NAME_LABEL_ENDS) and not (
        label == _ACCOUNT_END and any(_is_account(cell) for cell in cells)
    ):
        return False
    return _listed_names(cells)


def _names_heads_accounts(table: Table, column: int) -> bool:
    """「区分」 over 「一般会計」, 「特別会計」, 「国民健康保険事業」 …: a column of budget heads
    holding an account in full and a class of accounts, its other rows the class's accounts
    by their short names."""
    label = label_key(table.header[column]) if column < len(table.header) else ""
    if label not in caption_cues("budgetHead"):
        return False
    cells = [row[column].text.strip() for row in table.rows if column < len(row)]
    keys = {label_key(cell) for cell in cells}
    if not any(_is_account(cell) for cell in cells) or not keys & set(_CLASS_ROWS):
        return False
    # (the classes alone beside 一般会計, no accounts under them: each class its own row)
    members = [c for c in cells if c and not _is_account_cell(c) and not _rest_or_total(c)]
    return bool(members) and _listed_names(cells)


# 「特別会計」 alone in a row over its accounts by their short names: the class's subtotal
_CLASS_ROWS = ("特別会計", "企業会計", "公営企業会計")


def _listed_names(cells: list[str]) -> bool:
    # (a figure in it: the rows are set off from their labels, no names under this one)
    return bool(cells) and not any(_is_figure(cell) for cell in cells if cell)


def _set_in(doc: StructuredDocument, cell: Cell) -> int:
    """How far a cell's text is set in from the cell's edge (the pipe, tab or line start
    before it): a full-width space two places."""
    line_start = doc.text.rfind("\n", 0, cell.start) + 1
    before = doc.text[line_start : cell.start]
    edge = max(before.rfind("|"), before.rfind("\t"), before.rfind("｜"))
    gap = before[edge + 1 :]
    return sum(2 if ch == "\u3000" else 1 for ch in gap) if not gap.strip() else 0


_OF_WHICH = re.compile(r"^うち\s*(?P<unit>\S+)$")


def _unit_part(text: str) -> str | None:
    """「うち○○部」: a unit whose share of the account above the row prints."""
    match = _OF_WHICH.match(label_key(text))
    if match is None or unit_kind(match.group("unit")) not in ("department", "division"):
        return None
    return match.group("unit")


def _projects_named(table: Table) -> bool:
    """Whether a column labelled as the project's name (事業名) names one in most rows, left
    of the amounts (「課名 | 令和7年度 | 主な事業」 names a unit's example after its amounts)."""
    column = table.column(lambda label: field_of(label, exact=True) == "project")
    if column is None or not table.rows:
        return False
    before = table.header[:column]
    dated = [k for k, label in enumerate(before) if year_mentions(label) or _budget_label(label)]
    if any(_figures(table, k) for k in dated):
        return False
    named = sum(column < len(row) and bool(row[column].text.strip()) for row in table.rows)
    return 2 * named > len(table.rows)


def _figures(table: Table, column: int) -> bool:
    """Whether most filled cells of a column are figures (amounts, counts)."""
    cells = [r[column].text.strip() for r in table.rows if column < len(r)]
    filled = [c for c in cells if c]
    return bool(filled) and 2 * sum(bool(_SPACED_NUMBER.match(c)) for c in filled) > len(filled)


def _account_column(table: Table) -> int | None:
    """The column that names each row's account: of the columns labelled as accounts (会計区分
    | 会計コード | 会計名称 — a class, a code and the name, as a finance system exports them),
    the one whose cells are accounts; the first such label when none is."""
    labelled = [i for i, label in enumerate(table.header) if field_of(label) == "account"]
    # 「会計区分 | 会計名」: the class printed once over its members, then each one's name
    named = [i for i in labelled[1:] if label_key(table.header[i]).endswith(NAME_LABEL_ENDS)]
    if named and not label_key(table.header[labelled[0]]).endswith(NAME_LABEL_ENDS):
        return named[0]
    return _naming_column(table, labelled, _is_account_cell)



def _naming_column(
    table: Table, labelled: list[int], names: Callable[[str], bool]
) -> int | None:
    """Of the columns a field's label heads, the one whose cells most often are such names;
    the first when no other holds more."""
    if len(labelled) < 2:
        return labelled[0] if labelled else None
    held = {i: sum(i < len(row) and names(row[i].text) for row in table.rows) for i in labelled}
    best = max(labelled, key=lambda i: held[i])
    return best if held[best] > held[labelled[0]] else labelled[0]


def _budget_label(label: str) -> bool:
    """「予算額」, 「令和6年度予算」, or a budget label with its year after it (「歳出予算額
    令和6年度」, as a header printed on two rows joins them), which reads as a year's label."""
    if field_of(label) == "budget":
        return True
    mentions = year_mentions(label)
    if len(mentions) != 1:
        return False
    rest = (label[: mentions[0].start] + label[mentions[0].end :]).strip()
    return bool(rest) and field_of(rest) == "budget"


_TOTALS = ("total", "subtotal", "whole")


def _group_members(
    rows: Sequence[list[Cell]], column: int, indent: Callable[[Cell], int] | None = None
) -> Iterator[tuple[list[Cell], str, bool]]:
    """Each row with its account's name, and whether the row is a member of a class of
    accounts: 「特別会計」 as a row of its own with no amounts (a group row, an HTML colspan)
    over rows printing its accounts by their short names (「国民健康保険事業」), up to a row
    naming an account in full or a total; or 「特別会計（○会計）」 with its sum over its accounts
    set in further (`indent`: how far a cell is set in), up to a row set in no further.
    Each member keeps its name as printed; a class summed over members is no account."""
    suffix: str | None = None
    head = ""  # 「花壇基金貸付」 alone, its name's tail on the next row
    summed: int | None = None  # how far the class row with its sum is set in
    for at, row in enumerate(rows):
        if column >= len(row):
            continue
        text = row[column].text
        key = label_key(text)
        lone = not any(c.text.strip() for k, c in enumerate(row) if k != column)
        if head and not lone and key.endswith(_ACCOUNT_END):
            text = key = head + key
        head = key if lone and _cut_name(key) else ""
        if summed is not None and indent is not None:
            if key and indent(row[column]) > summed and field_of(key) not in _TOTALS:
                yield row, key, True
                continue
            summed = None
        group = _MEMBER_SUFFIX.get(key.strip(_GROUP_MARKS))  # 「【特別会計】」 too
        if group and lone:
            suffix = group
            continue
        if suffix and key and _ACCOUNT_END not in key and field_of(key) not in _TOTALS:
            yield row, key, True
            continue
        suffix = None
        bare = _account_name(text)
        after = rows[at + 1] if at + 1 < len(rows) else None
        if indent is not None and bare in _MEMBER_SUFFIX and _members_follow(row, after, column,
                                                                            indent):
            summed = indent(row[column])  # 「特別会計（○会計）| ○○○,○○○」 over its accounts
            continue
        yield row, text, False


def _members_follow(
    row: list[Cell], after: list[Cell] | None, column: int, indent: Callable[[Cell], int]
) -> bool:
    """The row after a class row is set in further, and names no account in full."""
    if after is None or column >= len(after) or not after[column].text.strip():
        return False
    key = label_key(after[column].text)
    return indent(after[column]) > indent(row[column]) and _ACCOUNT_END not in key


_CUT_NAME = 6  # letters of a name long enough to fill its column and wrap


def _cut_name(key: str) -> bool:
    """A long name alone on its row, no account yet (「…資金貸付」): an account's name its
    column's width cut, the rest (「事業特別会計」) on the row with the figures."""
    return (len(key) >= _CUT_NAME and _ACCOUNT_END not in key and key not in _MEMBER_SUFFIX
            and not _is_figure(key) and _NAME_CHARS.match(key) is not None)  # fmt: skip


def _subtotal_word(row: Sequence[Cell], column: int) -> bool:
    """「特別会計 | 計 | …」: a group's subtotal printed as its name and 計 in the next cell
    (which pushes its figures a column along), no account's budget."""
    after = column + 1
    return after < len(row) and field_of(row[after].text, exact=True) in _TOTALS


def _class_column_members(table: Table, column: int) -> set[int]:
    """「会計区分 | 会計名」 with 「特別会計 | 国民健康保険事業」 over 「 | 介護保険事業」: the rows
    (their ids) whose account a class column left of the names column files under a class
    of accounts (特別会計, 企業会計), printed once over its members."""
    classes = [i for i in range(column) if field_of(table.header[i]) == "account"]
    if not classes:
        return set()
    members: set[int] = set()
    current = ""
    for row in table.rows:
        cell = label_key(row[classes[-1]].text) if classes[-1] < len(row) else ""
        current = cell or current
        named = column < len(row) and row[column].text.strip()
        if named and current in _MEMBER_SUFFIX:
            members.add(id(row))
    return members


def _group_member(table: Table, row: Sequence[Cell], column: int) -> Cell | None:
    """「会計 (two columns) | 令和7年度」 over 「特別会計 | 国民健康保険事業特別会計 | …」:
    the account label spans the group's column and the members' (an HTML colspan, the
    group a rowspan), so a row whose account cell is a group (特別会計) is its member's,
    named in the next, unlabelled column (the group's cell blank under its first row)."""
    key = label_key(row[column].text)
    if key and key not in _MEMBER_SUFFIX:
        return None
    after = column + 1
    if after >= len(row) or after >= len(table.header) or label_key(table.header[after]):
        return None
    return row[after] if _is_account_cell(row[after].text) else None


def _row_owner(row: Sequence[Cell], unit_column: int | None) -> str | None:
    """「部局 | 会計 | 予算額」: the unit a row's account budget belongs to, named in the
    row's unit column; None (the document's owner) without one."""
    if unit_column is None or unit_column >= len(row):
        return None
    name = label_key(row[unit_column].text)
    return name if unit_kind(name) is not None else None


_ITEM_FIELDS = ("project", "policy", "initiative")  # a row's own item, beside its unit


def _unit_rows(
    doc: StructuredDocument,
    block: Block,
    table: Table,
    columns: list[int],
    titles: Sequence[str] = (),
) -> Iterator[_Found]:
    """「部局 | 令和6年度 | 令和5年度」 under a caption naming a budget of one account
    (「部局別予算額(一般会計)」, or a report's title line inside the table over its label
    row): each row a unit's budget in that account, for the year of its column. Of several
    unit columns (部局名 | 課名) the narrowest that names a unit owns the row, so a 課's
    line is the 課's and its 部's subtotal line (課名 「計」) the 部's. A row that names no
    unit (合計) is none."""
    units = [i for i, label in enumerate(table.header)
             if _labels_units(label)] or _named_units(table)  # fmt: skip
    if not units:
        return
    items = [k for k, label in enumerate(table.header)
             if field_of(label, exact=True) in _ITEM_FIELDS]  # fmt: skip
    # the columns' own budget labels (当初予算額) make a caption naming the account enough
    budgets = bool(columns) or _budget_caption(doc, block)
    account = _caption_account(doc, block) if budgets else None
    if account is None and not budgets and _titled_budget(doc, block):
        account = _caption_account(doc, block)  # 「一般会計の局別内訳」 in 「予算の概要」
    if account is None:
        account = next(filter(None, map(_one_account, titles)), None)
    if account is None:
        return
    columns = columns or _year_columns(table.header, units[0])
    if items and (not columns or min(items) < max(columns)):
        return  # 「事業名 | 所属名 | 予算額」: the amounts are the projects', not the units'
    # (「課名 | 令和7年度 | 令和6年度 | 主な事業」: a project named after the amounts, an
    # example of what the unit's budget funds)
    note = _unit_note(doc, block) or _document_unit(doc, block)
    for row in table.rows:
        owning = [i for i in units if i < len(row) and _column_unit(row[i].text) is not None]
        first = row[units[0]].text if units[0] < len(row) else ""
        if not owning and _OWN_TOTAL.match(first):
            # 「部　計」 under the 部's 課: the whole of the unit the document is about
            cell = row[units[0]]
            for amount_cell, year, amount in _column_amounts(table, row, units[0], columns, note):
                yield _Found(account, year, amount, {
                    "": doc.span(cell.start, amount_cell.end),
                    "amount": doc.cell_span(amount_cell),
                })  # fmt: skip
            continue
        if not owning:
            continue
        unit = row[owning[-1]]
        for cell, year, amount in _column_amounts(table, row, owning[-1], columns, note):
            yield _Found(account, year, amount, {
                "": doc.span(unit.start, cell.end),
                "amount": doc.cell_span(cell),
            }, _column_unit(unit.text))  # fmt: skip


def _column_unit(text: str) -> str | None:
    """`_row_unit`, or an office a column of units lists (「北部清掃工場」 under 「課・事業所」,
    whose name reads as a facility's): the office that works there."""
    unit = _row_unit(text)
    if unit is None and office_name(text.strip()):
        return text.strip()
    return unit


_NOTE_AFTER_UNIT = re.compile(r"\s*[(（][^()（）]*[)）]$")
# 「部　計」「区役所計」: the total of the unit the document is about, by its kind alone
_OWN_TOTAL = re.compile(r"^\s*(?:[部局]|区役所|支所|総合支所)\s*計\s*$")


def _row_unit(text: str) -> str | None:
    """The unit a row of a units' budget table names: its cell, a note in brackets after
    it aside (「総務課（局共通経費）」), or the unit a total row sums (「環境局 計」)."""
    name = text.strip()
    if unit_kind(name) is not None:
        return name
    bare = _NOTE_AFTER_UNIT.sub("", name)
    if bare != name and unit_kind(bare) is not None:
        return bare
    summed = unit_total(name)
    return summed or None


def _rest_or_total(text: str) -> bool:
    """「その他(議会・公債費等)」, 「一般会計 計」: a row of what no unit holds, or the sum."""
    key = label_key(text)
    return (
        key.startswith("その他")
        or bool(_TOTAL_WORD.search(text.strip()))
        or field_of(key, exact=True) in _TOTALS
    )


# 「合　計」, 「一般会計 計」: a total's word alone or after a space (一般会計 itself ends in 計),
# or right after an account's class (「特別会計計」, its letters spread then joined)
_TOTAL_WORD = re.compile(r"(?:^|\s|会計)(?:合\s*計|総\s*計|小\s*計|計)$")


def _named_units(table: Table) -> list[int]:
    """「局 | 令和7年度予算額」: a column labelled by the kind of unit alone (局, 部), which
    no field word names, is a column of units when every row but a total names one."""
    for index in range(len(table.header)):
        cells = [row[index].text for row in table.rows if index < len(row) and row[index].text]
        cells = [t for t in cells if not _rest_or_total(t)]  # 「その他(…)」, 「一般会計 計」
        named = sum(_row_unit(label_key(text)) is not None for text in cells)
        if len(cells) >= 2 and named >= len(cells) - 1 and named >= 2:
            return [index]
    return []


def _title_cells(block: Block, table: Table) -> list[str]:
    """The title lines a report prints inside its table over the label row (the rows
    inner_header.py took off): the place such a report names its account."""
    original = block.table
    if original is None or original.rows is table.rows or not table.rows:
        return []
    first = min((c.start for row in table.rows for c in row if c.text), default=block.end)
    cells = [*original.header_cells, *(c for row in original.rows for c in row)]
    return [c.text for c in cells if c.end <= first and len(c.text) <= _MAX_CAPTION]


def _column_amounts(
    table: Table, row: Sequence[Cell], key_column: int, columns: list[int], note: str | None
) -> Iterator[tuple[Cell, int | None, int]]:
    """Each amount of a row in the year columns, with its cell and the year of its label."""
    for index in columns:
        if index >= len(row) or index == key_column:
            continue
        label = table.header[index]
        amount = _amount(row[index].text.strip("()（） "), _label_unit(label) or note)
        if amount is not None:
            yield row[index], _column_year(table.header, index), amount


def _from_captioned_totals(doc: StructuredDocument) -> Iterator[_Found]:
    """「＜架空区役所の予算（一般会計）＞」 over 「区分 | 令和8年度 | 令和7年度」 whose rows are
    the account's parts (区役所運営費, 区づくり推進費) and a total: the total row is the
    budget of the account the caption names, of the unit it names, in each year's column."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or not table.rows:
            continue
        captioned = _captioned_unit_account(doc, block)
        if captioned is None:
            continue
        unit, account = captioned
        if _account_column(table) is not None and any(
            _is_account_cell(r[0].text) for r in table.rows if r
        ):
            continue  # rows of accounts: read as such
        if _named_units(table):
            continue  # rows of units: each unit's budget in the account
        columns = _year_columns(table.header, 0)
        totals = [r for r in table.rows if r and _rest_or_total(r[0].text)
                  and not label_key(r[0].text).startswith("その他")]  # fmt: skip
        if len(columns) < 1 or len(totals) != 1:
            continue
        note = _unit_note(doc, block) or _document_unit(doc, block)
        row = totals[0]
        for cell, year, amount in _column_amounts(table, row, 0, columns, note):
            yield _Found(account, year, amount, {
                "": doc.span(row[0].start, cell.end),
                "amount": doc.cell_span(cell),
            }, unit)  # fmt: skip


def _from_captioned_amount_lines(doc: StructuredDocument, year: int | None) -> Iterator[_Found]:
    """「■部の予算（一般会計）」 over 「○○億○,○○○万円（前年度 ○○億○,○○○万円）」: a budget's
    heading naming one account, the amount alone on the line under it (and the year
    before's in a bracket after it) the page's unit's budget in that account."""
    for block in doc.blocks[:-1]:
        if block.kind == "table":
            continue
        text = doc.folded[block.start : block.end].strip().lstrip("■□◆◇●○・【<＜")
        account = _one_account(text)
        if account is None or len(text) > _MAX_CAPTION or field_of(text) != "budget":
            continue
        line = doc.blocks[block.index + 1]
        value = doc.folded[line.start : line.end].strip()
        found = _PREVIOUS_AFTER.match(value)
        if line.kind == "table" or found is None or year is None:
            continue
        amount = _amount(found.group("amount"), None)
        if not amount:
            continue
        at = line.start + doc.folded[line.start : line.end].find(value)
        evidence = {"": doc.span(block.start, line.end),
                    "amount": doc.span(at, at + found.end("amount"))}  # fmt: skip
        yield _Found(account, year, amount, evidence)
        offset = cue_year(found.group("cue")) if found.group("cue") else None
        before = _amount(found.group("before"), None) if found.group("before") else None
        if offset is not None and before:
            yield _Found(account, year + offset, before, {
                "": doc.span(block.start, line.end),
                "amount": doc.span(at + found.start("before"), at + found.end("before")),
            })  # fmt: skip


# 「○○億○,○○○万円（前年度 ○○億○,○○○万円）」: an amount with its unit, the year before's after it
_PREVIOUS_AFTER = re.compile(
    r"^(?P<amount>[0-9０-９][0-9０-９,，億万千百]*円)\s*(?:[(（]\s*(?P<cue>[^\s0-9()（）]{2,4})"
    r"\s*(?P<before>[0-9０-９][0-9０-９,，億万千百]*円)\s*[)）])?\s*$"
)


def _from_budget_heads(doc: StructuredDocument) -> Iterator[_Found]:
    """「区の予算」 over 「区分 | 令和8年度 | 令和7年度」, its rows a unit's budget heads
    (「区づくり推進費」, each 「…費」) and one total: each head the page's unit's budget under
    that name, in each year's column, as an account is (the total no row of its own)."""
    heads = caption_cues("budgetHead")
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or not table.header or label_key(table.header[0]) not in heads:
            continue
        rows = [r for r in table.rows if r and r[0].text.strip()]
        totals = [r for r in rows if _rest_or_total(r[0].text)]
        items = [r for r in rows if not _rest_or_total(r[0].text)]
        if len(totals) != 1 or len(items) < 2 or not all(
            label_key(r[0].text).endswith(_EXPENSE_END) and not _is_account_cell(r[0].text)
            for r in items
        ):
            continue
        columns = _year_columns(table.header, 0)
        if not columns or not _budget_caption(doc, block):
            continue
        note = _unit_note(doc, block) or _note_after(doc, block) or _document_unit(doc, block)
        for row in items:
            for cell, year, amount in _column_amounts(table, row, 0, columns, note):
                yield _Found(label_key(row[0].text), year, amount, {
                    "": doc.span(row[0].start, cell.end),
                    "account": doc.cell_span(row[0]),
                    "amount": doc.cell_span(cell),
                })  # fmt: skip


_EXPENSE_END = "費"  # 「区役所運営費」: a head of expense
_NOTE_OPENING = 12  # 「（単位：千円）」 opens the note


def _note_after(doc: StructuredDocument, block: Block) -> str | None:
    """「（単位：千円）　…」 opening the line right under a table: its amounts' unit."""
    if block.index + 1 >= len(doc.blocks):
        return None
    after = doc.blocks[block.index + 1]
    match = _UNIT_NOTE.search(doc.folded[after.start : after.end].strip()[:_NOTE_OPENING])
    return match.group("unit") if match and unit_scale(match.group("unit")) is not None else None


def _captioned_unit_account(doc: StructuredDocument, block: Block) -> tuple[str, str] | None:
    """The unit and the one account the caption line right above a table names
    (「＜架空区役所の予算（一般会計）＞　（単位：千円）」), else None."""
    if block.index == 0:
        return None
    above = doc.blocks[block.index - 1]
    if above.kind == "table":
        return None
    text = doc.folded[above.start : above.end].strip()
    account = _one_account(text)
    if account is None or len(text) > _MAX_CAPTION or not _budget_caption(doc, block):
        return None
    units = [name for _, _, name in find_organization_mentions(text) if unit_kind(name)]
    # 「＜架空区役所の予算（一般会計）＞」: the unit whose budget the caption says it is
    head = label_key(text).lstrip("<＜〈《【[［").split("の", 1)[0]
    if not units and unit_kind(head):
        units = [head]
    return (units[0], account) if len(units) == 1 else None


def _caption_account(doc: StructuredDocument, block: Block) -> str | None:
    """The one account a table's caption or the headings over it name (…(一般会計))."""
    above = doc.blocks[max(0, block.index - _UNIT_NOTE_WINDOW) : block.index]
    # the nearest line first: a note's wrapped tail above the caption (「…及び架空霊園事業
    # 会計です。」) is no caption
    for before in [*reversed(above), *doc.headings_above(block)]:
        if before.kind == "table":
            continue
        # a centred title's padding, the gap before a unit note at the far right
        text = re.sub(r"\s+", " ", doc.folded[before.start : before.end].strip())
        if len(text) > _MAX_CAPTION:
            continue
        if text.endswith("。"):
            # 「…に使う予算（一般会計）です。」: a lead-in naming its account in brackets
            inner = [m.group(1) for m in _BRACKETED.finditer(text)]
            # (「（一般会計のうち○○予算）」: the account, of which the table is a part)
            accounts = {a for a in map(_one_account, inner) if a is not None and (
                a in inner or any(i.startswith(f"{a}のうち") for i in inner))}  # fmt: skip
            if len(accounts) == 1:
                return accounts.pop()
            continue
        if (account := _one_account(text)) is not None:
            return account
    return None


_BRACKETED = re.compile(r"[(（]([^()（）]{2,30})[)）]")


def _one_account(text: str) -> str | None:
    """The one account a caption names (…(一般会計)); None when it names none or several."""
    names = {
        match.group() + _ACCOUNT_END
        for at in _all(text, _ACCOUNT_END)
        if (match := _NAME_CHARS.search(text[:at])) is not None
        # 「○○市財務会計システム」: a loanword going on after 会計 names no account
        and not _KATAKANA.match(text, at + len(_ACCOUNT_END))
    }
    accounts = {name for name in names if _is_account(name)}
    return accounts.pop() if len(accounts) == 1 else None


_ITEM_MARK = re.compile(r"^\s*[^\w\s]?\s*")  # 「・」「•」「-」 opening a list item
_TRAILING_FIGURE = re.compile(r"\s(?P<n>[0-9][0-9,]*)\s*$")  # 「・架空部 800」
_SETTLED = ("決算", "歳入")  # a caption over settled amounts or revenue: no budget


def _from_unit_lists(doc: StructuredDocument) -> Iterator[_Found]:
    """「一般会計 部局別の内訳（令和N年度）」 over the list 「・総務部 ○○千円」: the list
    version of a table of units under a caption naming one account; each item that is a
    unit's name and an amount is that unit's budget in the account (the year the caption
    prints, else the document's). Items naming no unit (「その他」) are none."""
    blocks = doc.blocks
    last: tuple[str, int | None, int | None] | None = None  # the list read last
    for caption, first in itertools.pairwise(blocks):
        # (a post's lines, 「局別にみると（カッコ内は前年度）」 over 「○○局 ○,○○○億円（○,○○○億
        # 円）」, are paragraphs under a paragraph)
        lines = first.kind == "paragraph" and caption.kind in ("paragraph", "heading")
        if (first.kind not in ("item", "field") or caption.kind == first.kind) and not lines:
            continue
        text = doc.folded[caption.start : caption.end]
        if len(text) > _MAX_CAPTION or any(word in text for word in _SETTLED):
            continue
        accounts = {name for at in _all(text, _ACCOUNT_END)
                    if (match := _NAME_CHARS.search(text[:at])) is not None
                    and _is_account(name := match.group() + _ACCOUNT_END)}  # fmt: skip
        if not accounts and last is not None and _CONTINUED.search(text):
            account, year, before = last  # 「局別のつづき」: the list above, continued
            yield from _unit_lines(doc, blocks, first, account, year, None, before)
            continue
        if len(accounts) != 1:
            continue
        account = accounts.pop()
        years = year_mentions(text)
        year = years[0].year if years else None
        # 「(令和6年度、単位:千円)」: the items print bare figures in that unit
        noted = _UNIT_NOTE.search(text)
        unit = noted.group("unit") if noted and unit_scale(noted.group("unit")) else None
        # 「（カッコ内は前年度）」: a bracketed amount after each is the year before's
        before = legend_year(doc, caption, year or document_year(doc.text))
        last = (account, year, before)
        yield from _unit_lines(doc, blocks, first, account, year, unit, before)


_CONTINUED = re.compile(r"(?:つづき|続き)")  # 「局別のつづき」: a caption continuing the list above


def _unit_lines(
    doc: StructuredDocument,
    blocks: list[Block],
    first: Block,
    account: str,
    year: int | None,
    unit: str | None,
    before: int | None,
) -> Iterator[_Found]:
    """The unit and amount lines of a list from block `first` (see `_from_unit_lists`)."""
    for item in blocks[first.index :]:
        if item.kind != first.kind:
            break
        if item.kind == "field":
            yield from _unit_field(doc, item, account, year)
            continue
        line = doc.folded[item.start : item.end]
        amounts = find_amounts(line)
        figure = _TRAILING_FIGURE.search(line) if unit and not amounts else None
        if figure is not None and (yen := _amount(figure.group("n"), unit)) is not None:
            amounts = [(figure.start("n"), figure.end("n"), yen)]
        if not amounts:
            continue
        start, end, yen = amounts[0]
        # 「（カッコ内は前年度）」 over the list: a bracket right after each amount, no cue word
        previous = _previous_year_amount(line, end, legend=True) if before is not None else None
        if previous is None and (len(amounts) != 1 or line[end:].strip()):
            continue
        if previous is not None and line[previous[1] :].strip() not in (")", "）"):
            continue
        head = line[:start].rstrip(" \u3000:：")
        name = label_key(_ITEM_MARK.sub("", head))
        if unit_kind(name) not in ("department", "division", "committee") or not head.endswith(
            name
        ):
            continue
        at = item.start + len(head) - len(name)
        yield _Found(account, year, yen, {
            "": doc.span(at, item.start + end),
            "amount": doc.span(item.start + start, item.start + end),
        }, name)  # fmt: skip
        if previous is not None and before is not None:
            p_start, p_end, p_yen = previous
            yield _Found(account, before, p_yen, {
                "": doc.span(at, item.start + p_end),
                "amount": doc.span(item.start + p_start, item.start + p_end),
            }, name)  # fmt: skip


def _unit_field(
    doc: StructuredDocument, field: Block, account: str, year: int | None
) -> Iterator[_Found]:
    """「区民課：○○千円（前年度 ○○千円）」 in a list of such fields: the unit's budget in the
    caption's account, and the year before's when a previous-year bracket follows."""
    if field.label is None or field.value is None or year is None:
        return
    name = label_key(field.label)
    if unit_kind(name) not in ("department", "division"):
        return
    at = field.value_start if field.value_start is not None else field.start
    found, end = _amount_and_year_before(doc, field, field.value, at, account, year, name)
    if found and not field.value[end:].strip(" \u3000)）"):
        yield from found  # (nothing but the amount and a note of the year before)


def _amount_and_year_before(
    doc: StructuredDocument, block: Block, text: str, at: int, account: str, year: int,
    owner: str | None,
) -> tuple[list[_Found], int]:
    """The amount `text` opens with (at offset `at` of the document) as the year's budget,
    and the amount of a previous-year bracket right after it (「（前年度 ○○千円）」) as the
    year before's; with where they end in `text`. Nothing when no amount opens it."""
    amounts = find_amounts(text)
    if not amounts or amounts[0][0] != 0:
        return [], 0
    start, end, yen = amounts[0]
    found = [_Found(account, year, yen, {
        "": doc.block_span(block), "amount": doc.span(at + start, at + end),
    }, owner)]  # fmt: skip
    previous = _previous_year_amount(text, end)
    if previous is not None:
        a, end, before = previous
        found.append(_Found(account, year - 1, before, {
            "": doc.block_span(block), "amount": doc.span(at + a, at + end),
        }, owner))  # fmt: skip
    return found, end


def _caption_year(doc: StructuredDocument, block: Block) -> int | None:
    """「参考：市の予算規模（令和7年度当初）」 over 「会計 | 予算額」: the one fiscal year a
    table's caption (a short line just above it, or its heading) names dates the amounts
    of a column whose label names none. None when the caption names none or several."""
    above = doc.blocks[max(0, block.index - 1) : block.index]
    if block.parent is not None and block.parent not in {b.index for b in above}:
        above.append(doc.blocks[block.parent])
    for before in above:
        text = doc.folded[before.start : before.end]
        if before.kind == "table" or len(text) > _MAX_CAPTION:
            continue
        years = {m.year for m in year_mentions(text) if m.kind == "fiscal"}
        if len(years) == 1:
            return years.pop()
    return None


def _all(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _year_columns(header: list[str], account_column: int) -> list[int]:
    """「会計 | 令和6年度 | 令和5年度 | 増減」: the columns labelled by a year alone."""
    found = []
    for index, label in enumerate(header):
        mentions = year_mentions(label)
        # 「2025年度 (令和7年度)」: one year printed in both calendars
        if index == account_column or len({m.year for m in mentions}) != 1:
            continue
        if any(m.kind != "fiscal" for m in mentions):
            continue
        rest = label
        for m in reversed(mentions):
            rest = rest[: m.start] + rest[m.end :]
        bare = _QUALIFIER.sub("", rest).strip()
        if bare == "()" or not bare.strip("() "):
            bare = ""
        if (field_of(rest) is None and not bare) or _budget_stage(bare):
            found.append(index)
    years = {_year(header[k]) for k in found}
    if len(found) == 1 and years != {None}:
        # 「会計名 | 令和８年度 | （前年度）」: the year before the one column the header dates
        found += [k for k, label in enumerate(header)
                  if k != account_column and _names_year_before(label)]  # fmt: skip
    return found


def _names_year_before(label: str) -> bool:
    """「（前年度）」「前年度」: a label saying only that its column is the year before."""
    bare = label_key(_QUALIFIER.sub("", label).strip("()（） ")) or label_key(label).strip("()（）")
    cues = cues_of("previousYear")
    return bool(bare) and bare in cues and not year_mentions(label)


def _budget_stage(word: str) -> bool:
    """「R7当初」「令和6年度当初」: a year and a budget's stage, short for its 当初予算 — a
    budget column like the year alone (the stage word names a budget with 予算 after it)."""
    if not word or field_of(word, exact=True) is not None:
        return False
    return field_of(word + "予算", exact=True) == "budget"


def _budget_caption(doc: StructuredDocument, block: Block, *, follows: bool = True) -> bool:
    """The table's heading or the lines just above it name a budget (「会計別の予算額」,
    「令和6年度当初予算(○○部所管分)」): its year columns hold budgets. So does a caption's
    table right after such a table (「局の予算」 over the accounts, then 「一般会計の部別内訳」
    over the 部): the same budget, broken down."""
    above = doc.blocks[max(0, block.index - _UNIT_NOTE_WINDOW) : block.index]
    if block.parent is not None:
        above.append(doc.blocks[block.parent])
    # 「１　予算規模」 over a paragraph wrapped on several lines, then the table: the section's
    # heading, however far up (the unit note's heading, then the section's)
    above.extend(itertools.islice(doc.headings_above(block), 2))
    labels = [label_key(x) for x in labels_of("budget")]
    for before in above:
        if before.kind == "table":
            if (
                follows
                and before.index == block.index - 2
                and _breakdown_caption(doc, block)
                and _budget_caption(doc, before, follows=False)
            ):
                return True
            continue
        text = label_key(doc.folded[before.start : before.end])
        if len(text) <= _MAX_CAPTION and any(x in text for x in labels):
            return True
    return False


def _breakdown_caption(doc: StructuredDocument, block: Block) -> bool:
    """The line right above a table names one account (「一般会計の部別内訳」)."""
    above = _caption_above(doc, block)
    return above is not None and _one_account(above[1]) is not None


def _expense_caption(doc: StructuredDocument, block: Block) -> bool:
    """The line just over a table names one kind of expense (「参考　職員給与費（当初予算）」)."""
    above = _caption_above(doc, block)
    return above is not None and any(c in above[1] for c in caption_cues("expenseItem"))


def _caption_above(doc: StructuredDocument, block: Block) -> tuple[Block, str] | None:
    """The short line right above a table (no table itself) and its text as compared, the
    table's caption if it has one; else None."""
    if block.index < 1:
        return None
    before = doc.blocks[block.index - 1]
    text = label_key(doc.folded[before.start : before.end])
    return (before, text) if before.kind != "table" and len(text) <= _MAX_CAPTION else None


def _titled_budget(doc: StructuredDocument, block: Block) -> bool:
    """A heading the table sits under names a budget (「令和8年度当初予算案の概要」 over
    「2　一般会計の局別内訳」): a caption naming an account there names the account's budget."""
    labels = [label_key(x) for x in labels_of("budget")]
    # (and the document's title: 「[○○-press ○○○○] 令和8年度当初予算案の概要について」 over
    # numbered sections, none of them under it)
    title = next((b for b in doc.blocks[:_TITLE_REACH] if b.kind in ("heading", "paragraph")),
                 None)  # fmt: skip
    for heading in [*doc.headings_above(block), *([title] if title is not None else [])]:
        text = label_key(heading.text)
        if len(text) <= _MAX_CAPTION and any(x in text for x in labels):
            return True
    return False


_TITLE_REACH = 3  # the blocks a document's title is among (a mail's subject, a page's h1)


def _label_unit(label: str) -> str | None:
    for match in _QUALIFIER.finditer(label):
        if unit_scale(match.group("unit")) is not None:
            return match.group("unit")
    return None


def _unit_note(doc: StructuredDocument, block: Block) -> str | None:
    """A 「(単位:千円)」 line just above a table states its amounts' unit, or one right
    under it that is nothing but the note; one the table's own block opens with, over its
    labels, first. A note over an earlier table is that table's."""
    match = _UNIT_NOTE.search(doc.folded, block.start, _rows_start(block))
    if match and unit_scale(match.group("unit")) is not None:
        return match.group("unit")
    for before in reversed(doc.blocks[max(0, block.index - _UNIT_NOTE_WINDOW) : block.index]):
        if before.kind == "table":
            break
        match = _UNIT_NOTE.search(doc.folded[before.start : before.end])
        if match and unit_scale(match.group("unit")) is not None:
            return match.group("unit")
    after = doc.blocks[block.index + 1] if 0 <= block.index < len(doc.blocks) - 1 else None
    if after is not None and after.kind != "table":
        match = _LINE_UNIT_NOTE.fullmatch(doc.folded[after.start : after.end].strip())
        if match and unit_scale(match.group("unit")) is not None:
            return match.group("unit")
    # 「（単位：千円）」 set at the right under the last row, read as the end of its last cell
    tail = doc.folded[block.start : block.end].rstrip()
    match = _UNIT_NOTE.search(tail, max(0, len(tail) - _TAIL_NOTE))
    closed = match is not None and not tail[match.end() :].strip(")）")
    if match and closed and unit_scale(match.group("unit")) is not None:
        return match.group("unit")
    return None


_TAIL_NOTE = 16  # characters of a unit note closing a table's text


def _document_unit(doc: StructuredDocument, block: Block) -> str | None:
    """The unit the last 「(単位:千円)」 before a table states, when none stands over the
    table itself: a sheet or a plan states its amounts' unit once, for every table after. A
    note the table's own block opens with (over its labels) is the last before its rows."""
    found = None
    for match in _UNIT_NOTE.finditer(doc.folded, 0, _rows_start(block)):
        found = match.group("unit")
    return found if found is not None and unit_scale(found) is not None else None


def _rows_start(block: Block) -> int:
    """Where a table's first row starts (its block may open with a note and its labels)."""
    rows = block.table.rows if block.table is not None else []
    first = min((c.start for c in rows[0] if c.text), default=block.start) if rows else 0
    return max(block.start, first)


def _amount(text: str, unit: str | None) -> int | None:
    try:
        return parse_yen(text, unit=unit)
    except ValueError:
        return None


_ERA_LESS = re.compile(r"^(?P<year>[0-9]{1,2}年度?)(?![0-9])")


def _era_supplied(label: str, context: int | None) -> str:
    """「7年度」 in a header whose document is of 令和7年度: the year it means, written out
    (西暦), so that the column reads as that year's; the label unchanged otherwise."""
    found = _ERA_LESS.match(label.strip())
    if context is None or found is None or year_mentions(label):
        return label
    year = parse_fiscal_year(found.group("year"), context=context)
    if year is None:
        return label
    return f"{year}年度{label.strip()[found.end() :]}"


def _year(label: str) -> int | None:
    mentions = year_mentions(label)
    return mentions[0].year if mentions else None


def _column_year(header: list[str], index: int) -> int | None:
    """A year column's year: its label's, or for 「（前年度）」 the year before the one the
    header's other year column prints."""
    year = _year(header[index])
    if year is None and _names_year_before(header[index]):
        dated = [y for y in map(_year, header) if y is not None]
        return dated[0] - 1 if len(set(dated)) == 1 else None
    return year


# -- attributes and labelled fields -----------------------------------------------------
def _from_attributes(doc: StructuredDocument) -> Iterator[_Found]:
    """「一般会計（予算額：412,370千円）」 as a list item."""
    for block in doc.of_kind("item"):
        text = doc.folded[block.start : block.end]
        groups = attribute_groups(text, block.start)
        if not groups:
            continue
        name = _NAME_BEFORE.search(doc.folded[block.start : groups[0].start])
        if name is None or not _is_account(name.group()):
            continue
        for attribute in (a for g in groups for a in g.attributes):
            amount = _amount(attribute.value, None) if attribute.field == "budget" else None
            if amount is not None:
                yield _Found(name.group(), _year(attribute.label), amount, {
                    "": doc.block_span(block),
                    "amount": doc.span(attribute.start, attribute.end),
                })  # fmt: skip


def _from_field_runs(doc: StructuredDocument, year: int | None) -> Iterator[_Found]:
    """【会計】一般会計 then 【予算額】412,370千円; or the account as the label of its amount
    (一般会計 3,421,506千円)."""
    account: Block | None = None
    for block in doc.blocks:
        if block.kind != "field" or block.label is None or block.value is None:
            account = None
            continue
        field = field_of(block.label)
        amounts = find_amounts(block.value)
        stated = _stated_year(block.value[: amounts[0][0]]) if amounts else None
        # 「一般会計：宵見部計 3億円」: the unit whose total the amount is, before it
        whose = unit_total(block.value[: amounts[0][0]]) if amounts and stated is None else None
        if whose is not None:
            stated = 0
        if _is_account(block.label) and amounts and stated is not None:
            start = (block.value_start or block.start) + amounts[0][0]
            own = stated or None
            yield _Found(label_key(block.label), own, amounts[0][2], {
                "": doc.block_span(block),
                "amount": doc.span(start, start + amounts[0][1] - amounts[0][0]),
            }, whose or None)  # fmt: skip
            other = _bracketed_year_amount(block.value, amounts[0][1], own)
            if other is not None:
                a, b, other_year, yen = other
                start = block.value_start or block.start
                yield _Found(label_key(block.label), other_year, yen, {
                    "": doc.block_span(block), "amount": doc.span(start + a, start + b),
                }, whose or None)  # fmt: skip
                account = None
                continue
            previous = _previous_year_amount(block.value, amounts[0][1])
            if previous is not None and year is not None:
                a, b, yen = previous
                yield _Found(label_key(block.label), year - 1, yen, {
                    "": doc.block_span(block), "amount": doc.span(start + a, start + b),
                }, whose or None)  # fmt: skip
            account = None
            continue
        if field == "account" and _is_account(block.value):
            account = block
        elif field == "budget" and account is not None and account.value is not None:
            amount = _amount(block.value, _label_unit(block.label))
            if amount is not None:
                name, _ = split_attributes(account.value)
                yield _Found(name, _year(block.label), amount, {
                    "": doc.span(account.start, block.end),
                    "amount": doc.span(block.value_start or block.start, block.end),
                })  # fmt: skip
            account = None


_OPEN_YEAR = re.compile(r"[(（]\s*(?P<label>.+)$")  # 「(令和6年度」 cut from its figure


def _from_captioned_fields(doc: StructuredDocument) -> Iterator[_Found]:
    """「令和7年度当初予算額(単位:百万円)」 over 「一般会計　5,678」 and 「(令和6年度　1,234)」:
    an account labelling a bare figure under a caption naming the budget and its unit is
    the account's budget (the caption's year, else the document's); a bracketed year and
    figure right under it, the budget of that year."""
    blocks = doc.blocks
    for block in doc.of_kind("field"):
        if block.label is None or block.value is None or not _is_account(block.label):
            continue
        value = block.value.strip()
        if not BARE_FIGURE.fullmatch(value) or not _budget_caption(doc, block):
            continue
        unit = _unit_note(doc, block)
        amount = _amount(value, unit) if unit else None
        if amount is None:
            continue
        account = label_key(block.label)
        yield _Found(account, _heading_year(doc, block), amount, {
            "": doc.block_span(block), "amount": doc.block_span(block),
        })  # fmt: skip
        after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
        if after is None or after.kind != "field" or after.label is None or after.value is None:
            continue
        opened = _OPEN_YEAR.match(after.label.strip())
        figure = after.value.strip().rstrip(")）").strip()
        years = year_mentions(opened.group("label")) if opened else []
        if len(years) == 1 and BARE_FIGURE.fullmatch(figure):
            previous = _amount(figure, unit)
            if previous is not None:
                yield _Found(account, years[0].year, previous, {
                    "": doc.block_span(after), "amount": doc.block_span(after),
                })  # fmt: skip


def _heading_year(doc: StructuredDocument, block: Block) -> int | None:
    """The one fiscal year the heading over a block names (「令和7年度当初予算額」)."""
    if block.parent is None:
        return None
    heading = doc.blocks[block.parent]
    years = {m.year for m in year_mentions(doc.folded[heading.start : heading.end])
             if m.kind == "fiscal"}  # fmt: skip
    return years.pop() if len(years) == 1 else None


def _stated_year(head: str) -> int | None:
    """What stands before an account's amount in its field: nothing (0), or a budget label
    with the year it may name (「令和7年度当初予算額」 → 2025; 「当初予算額」 → 0). None
    for anything else (「うち国庫支出金」)."""
    mentions = [m for m in year_mentions(head) if m.kind == "fiscal"]
    bare = head
    for m in reversed(mentions):
        bare = bare[: m.start] + bare[m.end :]
    bare = label_key(bare.strip(" \u3000:：の"))
    if len(mentions) > 1 or (bare and field_of(bare, exact=True) != "budget"):
        return None
    return mentions[0].year if mentions else 0


def _bracketed_year_amount(
    text: str, end: int, own: int | None
) -> tuple[int, int, int, int] | None:
    """「○,○○○,○○○千円（令和6年度 ○,○○○,○○○千円）」: a bracket right after the amount giving
    another year's amount for the account, that year printed in it; (start, end, year, yen)."""
    match = _BRACKET_AFTER.match(text, end)
    if match is None or own is None:
        return None
    inner = match.group("inner")
    found = year_amounts(inner)
    if len(found) != 1 or found[0].yen is None or found[0].year == own:
        return None
    at = match.start("inner")
    return at + found[0].start, at + found[0].end, found[0].year, found[0].yen


# 「一般会計 24億円（令和元年度当初予算）」: an account, its amount, perhaps a note of its year
_ACCOUNT_AMOUNT = re.compile(r"\s*(?P<account>[^\s:：、,]{2,30}会計)\s*[:：]?\s*(?P<rest>.+)")


def _from_budget_values(doc: StructuredDocument) -> Iterator[_Found]:
    """「部の予算：一般会計 24億円（令和元年度当初予算）」 as a labelled field or a row of a
    table of labels and values: a budget label whose value is an account and its amount
    (and perhaps a bracket naming the year) gives that account's budget."""
    for block in doc.blocks:
        pairs: list[tuple[str, str, int]] = []
        if block.kind == "field" and block.label and block.value:
            at = block.value_start if block.value_start is not None else block.start
            pairs.append((block.label, block.value, at))
        elif block.kind == "table" and block.table is not None:
            rows = [block.table.header_cells, *block.table.rows]
            pairs.extend((r[0].text, r[1].text, r[1].start) for r in rows if len(r) == 2)
        for label, value, at in pairs:
            if field_of(label) != "budget" or _is_account(label):
                continue
            match = _ACCOUNT_AMOUNT.fullmatch(value)
            if match is None or not _is_account(match.group("account")):
                continue
            rest = match.group("rest")
            amounts = find_amounts(rest)
            if len(amounts) != 1 or amounts[0][0] != 0:
                continue
            tail = rest[amounts[0][1] :].strip()
            if tail and not (tail[0] in "(（" and tail[-1] in ")）"):
                continue  # 「一般会計 24億円のうち…」: more than a note of its year
            years = [m.year for m in year_mentions(tail) if m.kind == "fiscal"]
            start = at + match.start("rest") + amounts[0][0]
            yield _Found(match.group("account"), years[0] if len(years) == 1 else None,
                         amounts[0][2], {
                             "": doc.span(at, at + len(value)),
                             "amount": doc.span(start, at + match.start("rest") + amounts[0][1]),
                         })  # fmt: skip


# 「予算（一般会計）　○○○,○○○千円（前年度○○○,○○○千円）」: a budget label naming its account
_ACCOUNT_LABEL = re.compile(
    r"^\s*(?P<label>[^\s:：()（）]{1,10})\s*[(（](?P<account>[^()（）]{2,20}会計)[)）]"
    r"[\s:：]*(?P<rest>[0-9].*)$"
)


def _from_account_labels(doc: StructuredDocument, year: int | None) -> Iterator[_Found]:
    """「予算（一般会計）　○○○千円（前年度○○○千円）」 under a unit's heading (「■総務課」): the
    unit's budget in that account, and the year before's in the bracket."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "field", "item", "heading") or year is None:
            continue
        line = doc.folded[block.start : block.end]
        match = _ACCOUNT_LABEL.match(line)
        if match is None or field_of(match.group("label"), exact=True) != "budget":
            continue
        # (the unit's heading over it, or the last before it: a heading of its own the line
        # may be read as, 「予算（特別会計）…」 a line too long for the unit's section)
        before = (b for b in reversed(doc.blocks[: block.index]) if b.kind == "heading")
        owner = next((u for h in before if (u := _unit_in_heading(h.text))), None)
        if owner is not None:
            at = block.start + match.start("rest")
            rest = match.group("rest")
            yield from _amount_and_year_before(doc, block, rest, at, match.group("account"),
                                               year, owner)[0]  # fmt: skip


def _unit_in_heading(text: str) -> str | None:
    """The unit a heading names before any bracket, the last of a chain (「教育委員会　教育課
    （課長 …）」 → 教育課)."""
    words = re.split(r"[(（]", text, maxsplit=1)[0].split()
    return next((w for w in reversed(words) if unit_kind(w) is not None), None)


_NOTE_MARK = re.compile(r"\s*(?:※|\*|＊|注)[0-9]*$")  # 「下水道事業特別会計※」: see the note


_BRACKETED_AMOUNT = re.compile(r"\s*[(（]\s*(?P<amount>[0-9][^()（）\s]*円)\s*[)）]")


def _from_leaders(doc: StructuredDocument, year: int | None = None) -> Iterator[_Found]:
    """「一般会計…………X億Y万円」: an account joined to its amount by a dotted leader
    (a mark sending the reader to a note after the account is no part of its name)."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item", "heading"):
            continue
        found = leader_field(block.text)  # the text after a bullet or number
        if found is None:
            continue
        offset = doc.folded.find(block.text, block.start)
        if offset < 0:
            continue
        label, at = found
        account = _NOTE_MARK.sub("", label)
        amounts = find_amounts(block.text[at:])
        if not _is_account(account) or not amounts or amounts[0][0] != 0:
            continue
        a, b, yen = amounts[0]
        named = offset + block.text.index(label)
        yield _Found(account, None, yen, {
            "": doc.block_span(block),
            "account": doc.span(named, named + len(account)),
            "amount": doc.span(offset + at + a, offset + at + b),
        })  # fmt: skip
        # 「…4億円（3億8,765万円）」 under 「（　）内は前年度」: the legend's year's amount
        bracket = _BRACKETED_AMOUNT.match(block.text, at + b)
        other = legend_year(doc, block, year) if bracket else None
        if bracket is not None and other is not None:
            c, d = bracket.span("amount")
            earlier = _amount(bracket.group("amount"), None)
            if earlier is not None:
                yield _Found(account, other, earlier, {
                    "": doc.block_span(block),
                    "account": doc.span(named, named + len(account)),
                    "amount": doc.span(offset + c, offset + d),
                })  # fmt: skip


_SENTENCE_MARKS = re.compile(r"[、。,]")


_GAP = re.compile(r"\s{2,}|\t")  # 「一般会計　　部計　　2,345千円」: gaps aligning columns


def _from_unit_total_lines(doc: StructuredDocument, year: int | None) -> Iterator[_Found]:
    """「一般会計　　部計　　2,345千円（前年度 2,211千円）」: an account, the unit whose
    total it is (`unit_total`: 「部計」 the document's own unit, 「宵見部計」 that 部) and the
    amount, each in its column of a line."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "heading", "item"):
            continue
        text = doc.folded[block.start : block.end]
        parts = _GAP.split(text.strip(), maxsplit=2)
        if len(parts) != 3 or not _is_account(parts[0]) or label_key(parts[0]) != parts[0]:
            continue
        whose = unit_total(parts[1])
        amounts = find_amounts(parts[2])
        if whose is None or not amounts or amounts[0][0] != 0:
            continue
        at = block.start + text.index(parts[2], len(parts[0]) + len(parts[1]))
        a, b, yen = amounts[0]
        evidence = {"": doc.block_span(block), "amount": doc.span(at + a, at + b)}
        yield _Found(parts[0], None, yen, evidence, whose or None)
        previous = _previous_year_amount(parts[2], b)
        if previous is not None and year is not None:
            pa, pb, pyen = previous
            yield _Found(parts[0], year - 1, pyen, {
                "": doc.block_span(block), "amount": doc.span(at + pa, at + pb),
            }, whose or None)  # fmt: skip


def _from_term_lines(doc: StructuredDocument, year: int | None) -> Iterator[_Found]:
    """An account alone on its line and its amount opening the next (a definition list:
    「特別会計」 then 「12億4,163万円（前年度 11億円）」): the account labels that amount."""
    lines = [b for b in doc.blocks if b.kind in ("heading", "paragraph")]
    for term, value in itertools.pairwise(lines):
        if value.index != term.index + 1 or not _is_account(term.text):
            continue
        if label_key(term.text) != _account_name(term.text):
            continue  # 「一般会計の歳入」: a caption about the account, not its label
        if _SENTENCE_MARKS.search(term.text) or find_amounts(term.text):
            continue  # 「特別会計は、…、後期高齢者医療特別会計」: a wrapped sentence, no term
        text = doc.folded[value.start : value.end]
        lead = len(text) - len(text.lstrip())
        amounts = find_amounts(text[lead:])
        if not amounts or amounts[0][0] != 0:
            continue
        a, b, yen = amounts[0]
        start = value.start + lead
        evidence = {"": doc.span(term.start, value.end), "amount": doc.span(start + a, start + b)}
        yield _Found(_account_name(term.text), None, yen, evidence)
        previous = _previous_year_amount(text[lead:], b)
        if previous is not None and year is not None:
            pa, pb, pyen = previous
            yield _Found(_account_name(term.text), year - 1, pyen, {
                "": doc.span(term.start, value.end), "amount": doc.span(start + pa, start + pb),
            })  # fmt: skip


# 「3,864,209千円(前年度 3,720,151千円)」: a bracket right after an amount
_BRACKET_AFTER = re.compile(r"\s*[(（]\s*(?P<inner>[^()（）]*)[)）]")
# 「…は36億円で、前年度（35億円）と比べて」: the cue, then the earlier amount in a bracket
_CUE_THEN_BRACKET = re.compile(
    r"\s*(?:で|、|,)?\s*[、,]?\s*(?P<cue>[^\s()（）、,。]{2,3})\s*[(（]\s*(?P<inner>[^()（）]*)[)）]"
)


# 「…になりました。」: a sentence that ends right after its amount
_CUE_THEN_AMOUNT = re.compile(
    r"\s*[、,]\s*(?P<cue>[^\s()（）、,。]{2,4}?)(?:は|が)\s*(?P<inner>[0-9][0-9,.億万千百]*円)"
)
_CUE_BESIDE = re.compile(
    r"[ \u3000]+(?P<cue>[^\s()（）、,。0-9]{2,4}?)[ \u3000]*(?P<inner>[0-9][0-9,.億万千百]*円)\s*$"
)
_SENTENCE_CLOSE = re.compile(r"\s*(?:(?:に|と)なりました|です|でした)。")


def _from_noted_lines(doc: StructuredDocument, year: int | None) -> Iterator[_Found]:
    """「■一般会計　○億○,○○○万円」 over 「（前の年は○億○,○○○万円。○,○○○万円ふえたよ）」:
    an account's line, then a bracketed note opened by a previous-year cue: the first amount
    after the cue is the account's the year before."""
    if year is None:
        return
    cues = cues_of("previousYear")
    for line, note in itertools.pairwise(doc.blocks):
        text = doc.folded[line.start : line.end].strip().lstrip(_LIST_MARKS)
        head = text.split(maxsplit=1)[0] if text else ""
        if not _is_account(head) or len(find_amounts(text)) != 1:
            continue
        inner = doc.folded[note.start : note.end].strip()
        opened = _CUED_NOTE.match(inner)
        if opened is None or not opened.group("cue").startswith(cues):
            continue
        amounts = find_amounts(inner[opened.end() :].split("。")[0])
        if not amounts or amounts[0][0] != 0:
            continue
        a, b, yen = amounts[0]
        at = doc.folded.find(inner, note.start) + opened.end()
        yield _Found(_account_name(head), year - 1, yen, {
            "": doc.span(line.start, note.end), "amount": doc.span(at + a, at + b),
        })  # fmt: skip


# 「（前の年は57億…」: a bracket opened by the words of the year before, then 「は」
_CUED_NOTE = re.compile(r"^[(（]\s*(?P<cue>[^\s0-9()（）は:：]{2,6})\s*(?:は|:|：)?\s*")


def _previous_year_amount(
    text: str, end: int, *, legend: bool = False
) -> tuple[int, int, int] | None:
    """「3,864,209千円(前年度 3,720,151千円)」: the amount a bracket right after the amount
    (ending at `end`) gives for the fiscal year before, opened by a previous-year cue (or by
    none, with `legend`: a legend over the list says what the brackets hold)."""
    cues = list(cues_of("previousYear"))
    rest = text[end:]
    match = _BRACKET_AFTER.match(rest)
    if match is not None:
        cued = legend or match.group("inner").startswith(tuple(cues))
    else:
        # 「…58億円になりました。昨年度（57億円）と比べて」: the next sentence opens with it
        close = _SENTENCE_CLOSE.match(rest)
        skip = close.end() if close else 0
        match = _CUE_THEN_BRACKET.match(rest, skip)
        if match is None:  # 「…1,428万円、前の年度は1,461万円でした」: the cue, は, the amount
            match = _CUE_THEN_AMOUNT.match(rest)
        if match is None:  # 「一般会計　○○億○,○○○万円　前年度 ○○億○,○○○万円」: set beside it
            match = _CUE_BESIDE.match(rest)
        cued = match is not None and match.group("cue") in cues
    if match is None or not cued:
        return None
    amounts = find_amounts(match.group("inner"))
    if len(amounts) != 1:
        return None
    a, b, yen = amounts[0]
    at = end + match.start("inner")
    return at + a, at + b, yen


# -- sentences --------------------------------------------------------------------------
def _from_sentences(
    doc: StructuredDocument, context: int | None, municipality: str
) -> Iterator[_Found]:
    """「一般会計当初予算は248億8,850万円」, 「○○部の一般会計予算は、…」; in a speech wrapped
    at a fixed width, read on the sentence the lines carry on (`wrapped_lines`)."""
    budget_labels = [label_key(x) for x in labels_of("budget")]
    for block in doc.blocks:
        if block.kind not in ("paragraph", "heading", "item") and not _remark(block):
            continue
        text = doc.folded[block.start : block.end]
        yield from _sentences_of(doc, block, text, budget_labels, context, municipality)
        if block.kind == "paragraph":
            yield from _wrapped_sentences(doc, block, budget_labels, context, municipality)


def _sentences_of(
    doc: StructuredDocument | _JoinedText,
    block: Block | _JoinedText,
    text: str,
    budget_labels: list[str],
    context: int | None,
    municipality: str,
) -> Iterator[_Found]:
    at = text.find(_ACCOUNT_END)
    while at >= 0:
        found = _sentence_budget(doc, block, text, at, budget_labels, context, municipality)
        if found is not None:
            yield found
            yield from _compared(doc, block, text, found, budget_labels, context)
            yield from _bracketed_previous(doc, block, text, found, context)
        at = text.find(_ACCOUNT_END, at + len(_ACCOUNT_END))


@dataclass(frozen=True)
class _JoinedText:
    """A wrapped sentence's joined text standing in for the document and its block: spans
    in the joined text's own offsets (mapped back to the document's after reading)."""

    text: str
    start: int = 0

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])


def _wrapped_sentences(
    doc: StructuredDocument,
    block: Block,
    budget_labels: list[str],
    context: int | None,
    municipality: str,
) -> Iterator[_Found]:
    """「…国民健康保険特別会」 / 「計X億Y万円、…」: the accounts whose sentence a line's end
    breaks (or whose sentence opens on an earlier line), read on the joined lines; what lies on
    the first line is read from that line alone."""
    text, at = wrapped_sentence(doc, block)
    own = block.end - block.start
    if len(text) <= own:
        return
    joined = _JoinedText(text)
    for found in _sentences_of(joined, joined, text, budget_labels, context, municipality):
        if all(span.end <= own for span in found.evidence.values()):
            continue  # on the first line alone: read from it already
        evidence = {k: doc.span(at(s.start), at(max(s.start, s.end - 1)) + 1)
                    for k, s in found.evidence.items()}  # fmt: skip
        yield replace(found, evidence=evidence)


def _from_bracketed_accounts(doc: StructuredDocument, context: int | None) -> Iterator[_Found]:
    """「架空区の区配分予算（一般会計）は、2億円です。」: the account in brackets after
    the budget word, the unit before 「の」 its owner."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "heading", "item"):
            continue
        text = doc.folded[block.start : block.end]
        for found in bracketed_budgets(text, context):
            at = block.start
            yield _Found(found.account, found.year, found.amount, {
                "": doc.span(at + found.start, at + found.amount_end),
                "account": doc.span(at + found.account_start, at + found.account_end),
                "amount": doc.span(at + found.amount_start, at + found.amount_end),
            }, found.owner)  # fmt: skip


def _from_spoken_series(doc: StructuredDocument) -> Iterator[_Found]:
    """「平成30年度は12億円、令和元年度は13億円、…」 after a line naming one account's budget
    (a chart's title 「特別会計の予算額の推移」, or 「…一般会計の予算額を表しています。」):
    each year's budget of that account."""
    budget = [label_key(x) for x in labels_of("budget")]
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        text = doc.folded[block.start : block.end]
        series = spoken_series(text)
        if not series:
            continue
        account = None
        for before in reversed(doc.blocks[max(0, block.index - _UNIT_NOTE_WINDOW) : block.index]):
            line = doc.folded[before.start : before.end]
            named = {name for at in _all(line, _ACCOUNT_END)
                     if (match := _NAME_CHARS.search(line[:at])) is not None
                     and _is_account(name := match.group() + _ACCOUNT_END)}  # fmt: skip
            if len(named) == 1 and any(x in label_key(line) for x in budget):
                account = named.pop()
                break
        if account is None:
            continue
        for item in series:
            yield _Found(account, item.year, item.yen, {
                "": doc.span(block.start + item.start, block.start + item.amount_end),
                "amount": doc.span(block.start + item.amount_start, block.start + item.amount_end),
            })  # fmt: skip


def _remark(block: Block) -> bool:
    """「参考：令和6年度の一般会計当初予算額は…」: a sentence after a word that heads a remark
    (a note's label, or no field the vocabulary knows) is read as any sentence."""
    return (
        block.kind == "field"
        and block.label is not None
        and _ACCOUNT_END in (block.value or "")
        and field_of(block.label) in (None, "note")
    )


_ACCOUNT_TOPIC = re.compile(r"会計\s*(?:は|では)\s*[、,]")


def _sentence_budget(
    doc: StructuredDocument,
    block: Block,
    text: str,
    at: int,
    budget_labels: list[str],
    context: int | None,
    municipality: str,
) -> _Found | None:
    end = at + len(_ACCOUNT_END)
    word = _NAME_CHARS.search(text[:end])
    if word is None:
        return None
    start = word.start()
    name = word.group()
    if "年度" in name:  # 「令和6年度一般会計」: the year is no part of the name
        cut = name.rindex("年度") + len("年度")
        name, start = name[cut:], start + cut
    if not _is_account(name) or _joined(text[:start]):
        return None
    pos = end
    # 「一般会計（X部所管分）」: a note on which share of the account, no amount of its own
    note = _ACCOUNT_NOTE.match(text, pos)
    pos = note.end() if note else pos
    if text.startswith("の", pos):
        pos += 1
    label = next((x for x in budget_labels if text.startswith(x, pos)), None)
    pos += len(label) if label else 0
    if label is not None:  # 「当初予算総額は」: the total of the account's budget
        pos += len(next((x for x in labels_of("total") if text.startswith(x, pos)), ""))
    elif text.startswith("の", end):  # 「一般会計の総額は」: the account's total
        pos += len(next((x for x in labels_of("total")
                         if len(x) > 1 and text.startswith(x, pos)), ""))  # fmt: skip
    match = _PARTICLE.match(text, pos)
    particle = match.group() if match else ""
    pos = match.end() if match else pos
    if label is not None and text[pos : pos + 1] in _OPEN_BRACKETS:
        pos += 1  # 「一般会計予算(X億Y万円)」
    amounts = find_amounts(text[pos:])
    if not amounts or amounts[0][0] != 0:
        return None
    bare = pos == end or _IN in particle  # 「一般会計2,345,670千円」, 「一般会計で21億円」
    if label is None and (bare or text[pos:].lstrip().startswith(("(", "（"))):
        # 「当初予算のうち、○○部の所管は一般会計2,345,670千円」: the sentence names the budget
        sentence = text[text.rfind("。", 0, start) + 1 : start]
        labelled = any(label_key(x) in label_key(sentence) for x in budget_labels)
        labelled = labelled or _caption_sentence(text, start, budget_labels)
        # 「特別会計は、介護保険特別会計4億円、…」: a speech lists the accounts of a class
        # it names as the topic, each with its amount
        if not bare or not (labelled or _ACCOUNT_TOPIC.search(sentence)):
            return None
    _, amount_end, amount = amounts[0]
    sentence = text[text.rfind("。", 0, start) + 1 : pos + amount_end]
    if any(cue in sentence for cue, f in sentence_cues().items() if f == "perCapita"):
        return None  # 「1人当たりに換算すると…」: an amount per head
    years = [m for m in year_mentions(text[:start], context=context) if m.kind == "fiscal"]
    owner = _owner_before(text[:start], budget_labels, municipality)
    return _Found(name, years[-1].year if years else None, amount, {
        "": doc.span(block.start + start, block.start + pos + amount_end),
        "account": doc.span(block.start + start, block.start + end),
        "amount": doc.span(block.start + pos, block.start + pos + amount_end),
    }, owner)  # fmt: skip


# a particle closing the words before a name (hiragana, then the name's kanji or katakana)
_PARTICLE_BEFORE_NAME = re.compile(r"[ぁ-ゖ]*[のはでがをにる](?=[^ぁ-ゖ])")  # る: 「における」
# 「X局の予算を一般会計で…」: the unit's budget named before the account it is in
_BUDGET_OF = re.compile(r"の(?P<label>[^\s、。,のをは]{1,8})(?:を|は)[、,]?\s*$")


def _owner_before(head: str, budget_labels: list[str], municipality: str) -> str | None:
    """The unit whose account a sentence states: 「X部の一般会計予算は」, 「令和7年度のX局の
    一般会計予算額は」 (the name after the last particle before it), 「X局の予算を
    一般会計で…」 (the unit's budget, then the account it is in); None when no unit (or the
    city's own name) comes right before."""
    budget = _BUDGET_OF.search(head)
    if budget is not None and label_key(budget.group("label")) in budget_labels:
        head = head[: budget.start() + 1]
    if not head.endswith("の"):
        return None
    before = _NAME_BEFORE.search(head[:-1])
    if before is None:
        return None
    run = before.group()
    # 「令和7年度の市民局」, 「…当初予算では危機管理局」: \w runs on through the particles
    # before the unit; the name starts after the last particle, or at the run's start
    cuts = [0, *(m.end() for m in _PARTICLE_BEFORE_NAME.finditer(run))]
    for cut in reversed(cuts):
        if _whole_city(run[cut:], municipality):
            return municipality  # 「市の一般会計」: the city's own
        if len(run) - cut < 2:
            return None  # 「当初予算における部の予算」: the kind word alone, no unit's name
        if unit_kind(run[cut:]) is not None:
            return run[cut:]
    return None


_MAX_CAPTION_SENTENCE = 30  # 「令和7年度 会計別予算額。」: a title, not a sentence of prose
_CAPTION_PARTICLES = ("は", "が", "を")


def _caption_sentence(text: str, start: int, budget_labels: list[str]) -> bool:
    """「令和7年度 会計別予算額。一般会計32億円、…特別会計4億円。」 (a chart's text equivalent,
    a caption closed by 。 over the figures it lists): a short sentence naming a budget, with
    no particle of a clause, just before the list the account opens names the budget."""
    end = text.rfind("。", 0, start)
    if end < 0:
        return False
    caption = text[text.rfind("。", 0, end) + 1 : end].strip()
    if not caption or len(caption) > _MAX_CAPTION_SENTENCE:
        return False
    if any(p in caption for p in _CAPTION_PARTICLES):
        return False
    return any(label_key(x) in label_key(caption) for x in budget_labels)


def _compared(
    doc: StructuredDocument,
    block: Block,
    text: str,
    found: _Found,
    budget_labels: list[str],
    context: int | None,
) -> Iterator[_Found]:
    """「一般会計の予算額は21億円で、令和2年度当初予算の20億円と比べて…」: the sentence sets
    the account's budget beside that of the year it prints, the same account's too."""
    end = found.evidence["amount"].end - block.start
    stop = text.find("。", end)
    rest = text[end : stop if stop >= 0 else len(text)]
    cues = [c for c, f in sentence_cues().items() if f == "compared"]
    for mention in year_mentions(rest, context=context):
        if mention.kind != "fiscal":
            continue
        label = next((x for x in budget_labels if rest.startswith(x, mention.end)), None)
        at = mention.end + len(label or "")
        if label is None or not rest.startswith("の", at):
            continue
        amounts = find_amounts(rest[at + 1 :])
        if not amounts or amounts[0][0] != 0:
            continue
        _, length, amount = amounts[0]
        if any(rest.startswith(cue, at + 1 + length) for cue in cues):
            start = block.start + end + at + 1
            yield _Found(found.account, mention.year, amount, {
                "": doc.span(block.start + end + mention.start, start + length),
                "amount": doc.span(start, start + length),
            }, found.owner)  # fmt: skip


def _bracketed_previous(
    doc: StructuredDocument, block: Block, text: str, found: _Found, context: int | None
) -> Iterator[_Found]:
    """「介護保険特別会計 3億1,357万円（前年度 2億9,731万円）」: the previous year's budget of
    the same account, printed beside the current one (the year before the found one's)."""
    year = found.year or context
    if year is None:
        return
    end = found.evidence["amount"].end - block.start
    previous = _previous_year_amount(text, end)
    # 「会計ごとの予算（かっこ内は前年度）」 over the lines: a bare bracket is the year before
    if (
        previous is None
        and isinstance(doc, StructuredDocument)
        and isinstance(block, Block)
        and legend_year(doc, block, year) == year - 1
    ):
        previous = _previous_year_amount(text, end, legend=True)
    if previous is not None:
        a, b, yen = previous
        yield _Found(found.account, year - 1, yen, {
            "": doc.span(found.evidence["account"].start, block.start + b),
            "amount": doc.span(block.start + a, block.start + b),
        }, found.owner)  # fmt: skip


def _whole_city(word: str, municipality: str) -> bool:
    """「市の一般会計」, 「市全体の一般会計」, 「X市の…」: the account of the whole city."""
    suffix = municipality[-1:]
    for whole in labels_of("whole"):
        if word.endswith(whole) and word != whole:
            word = word[: -len(whole)]
            break
    return word in (suffix, municipality) or field_of(word, exact=True) == "whole"


def _joined(before: str) -> bool:
    """「特別・企業会計」: the account is the last of several named together (a bullet 「・」
    before the account joins nothing)."""
    return before.endswith(_JOINED) and bool(_NAME_CHARS.search(before[: -len(_JOINED)]))


def _whole_found(
    doc: StructuredDocument, match: re.Match[str], amount: tuple[int, int, int], municipality: str
) -> _Found:
    """The whole body's account and its amount (the first found in the bracket)."""
    start = match.start("amount")
    return _Found(match.group("account"), None, amount[2], {
        "": doc.span(match.start(), match.end()),
        "account": doc.span(match.start("account"), match.end("account")),
        "amount": doc.span(start, start + amount[1]),
    }, municipality)  # fmt: skip


def _from_wholes(doc: StructuredDocument, municipality: str) -> Iterator[_Found]:
    """「一般会計全体(1,939,009,000千円)」: the whole of an account, the municipality's own
    budget, printed beside the share of it a unit spends."""
    wholes = "|".join(re.escape(x) for x in labels_of("whole"))
    pattern = re.compile(
        rf"(?P<account>[一-龥々ァ-ヴー]+?)(?:{wholes})\s*[(（](?P<amount>[^()（）]+)"
    )
    for block in doc.blocks:
        if block.kind not in ("paragraph", "heading", "item", "field"):
            continue
        for match in pattern.finditer(doc.folded, block.start, block.end):
            amounts = find_amounts(match.group("amount"))
            if not _is_account(match.group("account")) or not amounts or amounts[0][0] != 0:
                continue
            yield _whole_found(doc, match, amounts[0], municipality)
        for match in _WHOLE_AFTER.finditer(doc.folded, block.start, block.end):
            amounts = find_amounts(match.group("amount"))
            if (
                not _is_account(match.group("account"))
                or not _whole_city(match.group("whole"), municipality)
                or match.group("whole") == municipality[-1:]
                or not amounts
                or amounts[0][0] != 0
            ):
                continue
            yield _whole_found(doc, match, amounts[0], municipality)


# 「一般会計　128,604千円（県全体 7,124億円の18.1％）」: the unit's share of an account, then
# in a bracket the whole body's amount of it
_WHOLE_AFTER = re.compile(
    r"(?P<account>[一-龥々ァ-ヴー]+?会計)[\s:：】\]]*[0-9][0-9,.]*[百千万億]*円\s*[(（]\s*"
    r"(?P<whole>[^\s()（）0-9]{1,8}?)\s*(?P<amount>[0-9][^()（）]*)"
)


# -- labels stacked above their amounts -----------------------------------------------------
def _from_stacked(doc: StructuredDocument) -> Iterator[_Found]:
    """「平成27年度当初予算額 / 平成26年度当初予算額」 on lines of their own, then the amounts in
    the same order; the account spelled down the lines' first characters (一/般/会/計)."""
    lines = [b for b in doc.blocks if b.kind != "table"]
    i = 0
    while i < len(lines):
        labels = []
        j = i
        while j < len(lines) and (year := _stacked_label(_body(doc, lines[j]))) is not None:
            labels.append(year)
            j += 1
        if len(labels) < 2:
            i += 1
            continue
        account = _vertical_word(doc, lines, i, j)
        amounts = _stacked_amounts(doc, lines[j : j + _STACK_WINDOW])
        if account is not None and len(amounts) >= len(labels):
            for year, (amount, block) in zip(labels, amounts, strict=False):
                yield _Found(account, year, amount, {"amount": doc.block_span(block)})
        i = j


def _raw(doc: StructuredDocument, block: Block) -> str:
    return doc.folded[block.start : block.end].strip()


def _body(doc: StructuredDocument, block: Block) -> str:
    """A line without the lone character some layouts print before it (一 平成27年度…)."""
    raw = _raw(doc, block)
    head, _, rest = raw.partition(" ")
    return rest.strip() if len(head) == 1 and rest.strip() else raw


def _stacked_label(text: str) -> int | None:
    """The year of a line that is only a budget label with its year (平成27年度当初予算額)."""
    mentions = year_mentions(text)
    if len(mentions) != 1 or mentions[0].kind != "fiscal" or mentions[0].start != 0:
        return None
    return mentions[0].year if field_of(text, exact=False) == "budget" else None


def _vertical_word(doc: StructuredDocument, lines: list[Block], i: int, j: int) -> str | None:
    """The account printed one character per line, beside or just above the labels."""
    chars: list[str] = []
    k = i
    while k > 0 and len(_raw(doc, lines[k - 1])) == 1:
        k -= 1
    while k < len(lines):
        raw = _raw(doc, lines[k])
        head = raw.split(" ", 1)[0] if raw else ""
        if len(head) != 1 or (k >= j and len(raw) > 1 and not raw.startswith(head + " ")):
            break
        chars.append(head)
        k += 1
    word = "".join(chars)
    return word if _is_account(word) else None


def _stacked_amounts(doc: StructuredDocument, lines: list[Block]) -> list[tuple[int, Block]]:
    found: list[tuple[int, Block]] = []
    for block in lines:
        raw = _raw(doc, block)
        amounts = find_amounts(raw)
        if len(amounts) == 1 and amounts[0][0] == 0 and amounts[0][1] == len(raw):
            found.append((amounts[0][2], block))
        elif found:
            break
    return found
