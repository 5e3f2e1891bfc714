"""Policies: the codes of a plan's policy system (施策体系) printed with their names.

A code is a policy when the page says so: a label word of the policy field before it
(「施策2-3」, 【施策】2-3, a run 「基本目標06…政策01…施策01…」, 施策27「…」, levels printed
together 「基本目標2 … / 施策2-3 …」 or cell by cell along a row), a list under a heading the
vocabulary marks as policies (「該当する施策」), a numbered heading whose list holds codes
extending its own (1 above 1-1, 1-2), a tree of such codes under a policy-system heading
(「施策の体系」 then 「1」「1-1」「1-1-1」) or under a labelled one (「施策1-1」 over
「1-1-1」), an entry heading over its own numbered list
(「重点目標1 …」 over 「(1)…」), a table column so labelled, the numbered pillars a budget
groups its projects under, sibling headings each over a table of initiatives (「第1 …」), a
table of labelled cells one level per column (「基本目標1 … | 施策4 …」, 4 under 1 → 1-4),
or two levels of one label side by side in two columns of a PDF page; levels listed along
one line (「1 名称　1-1 名称　1-2 名称」, 「分野：1 名称　2 名称」), a table whose entries are
one more level (codes and names under one header over entries numbered 「(1)」「(2)」 → 1-1,
1-2; or one code per row counting 1, 2 … beside a column naming the broader level), entries
labelled as initiatives numbered below a heading (「目標1 …」 over 「取組1-1 …」), and any of
these in a stretch of two columns side by side, read column by column; a table of the
system's levels (a column naming each row's level 「柱」「推進項目」, or a code | name table
titled 「施策体系」), and a table of entries numbered one level below the levels the page
printed before (「取組番号」 1-(1)-① under 1-(1)); entries numbered afresh under a labelled
policy heading (「施策Ⅱ-1」 over 「取組(1)」 → Ⅱ-1-1); a placement field chaining its levels
(「計画体系：基本目標Ⅲ … ／ 施策Ⅲ-2 …」). A name loses an attribute bracket labelled with
field words (「（主管：生涯学習課）」) and a contents page's leader and page number; a
project's name (「…事業」) names no policy; a sheet's numbered sections are no levels, nor is
a section on the page's place in the plan (「4 総合計画における位置付け」), and a tree numbered
in another style than the section holding it (「2 …」 over 「Ⅰ」「Ⅰ-1」) starts afresh. A form's
code row and name row (「施策番号　3-1-2」 then 「施策名　…」) are one policy, in lines or laid
out as a table; a policy column's codes may stand under a bare number label (「柱番号」,
「番号」, 「No.」 when some codes have several steps), and a field joined to its label after a
name (「【主担当】…」「進捗：◎」) is no part of it. Which
words mean "policy" is read from ontology/fields.ttl, never spelled here.
"""

from __future__ import annotations

import copy
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from loaders.facts import DocumentFacts, PolicyCode, Span
from loaders.field_vocabulary import (
    all_labels,
    field_of,
    label_key,
    labels_of,
    numbers_rows,
    preferred_label,
)
from loaders.genres.columns import across_columns, unfolded
from loaders.genres.units import without_unit_bracket
from loaders.recognisers.caption_header import caption_headers
from loaders.recognisers.counted_headings import labelled_codes
from loaders.recognisers.counted_levels import counted_levels, filled_cells, level_columns
from loaders.recognisers.form_levels import group_level_rows, labelled_code_rows, row_levels
from loaders.recognisers.form_rows import code_name_field
from loaders.recognisers.group_rows import group_rows
from loaders.recognisers.kind_rows import kind_rows
from loaders.recognisers.leader_grades import without_leader_grades
from loaders.recognisers.level_chains import coded_pieces, level_chain
from loaders.recognisers.level_rows import mixed_level_rows
from loaders.recognisers.levelled_rows import outline
from loaders.recognisers.numbered_entries import has_entries, numbered_rows
from loaders.recognisers.outline import (
    LABEL_MAX,
    all_rows,
    before_fields,
    before_grade,
    clean_name,
    code_above,
    code_of,
    column_code,
    entry_table_groups,
    entry_table_section,
    extends,
    grade_of,
    heads_form,
    is_label_like,
    is_label_phrase,
    is_policy_heading,
    label_field,
    line_of,
    listed_after,
    names_policy_level,
    numbered_apart,
    numbered_codes_column,
    numbered_under,
    own_list,
    policy_code,
    progress_columns,
    under_code,
)
from loaders.recognisers.run_together_grades import run_together_rows
from loaders.recognisers.tagged_levels import cited_level, placed_level
from loaders.structure import Block, Cell, StructuredDocument, Table
from loaders.structure.attributes import (
    split_attributes,
    without_page_date,
    without_page_leader,
)
from loaders.structure.numbering import (
    LONE_LEVEL,
    is_circled,
    leading_numbering,
    plain_number,
)
from loaders.text.normalize import fold_width, nfkc_key
from loaders.text.place_value_codes import place_value_legend, split_code
from loaders.text.policy_codes import (
    CodeParse,
    InlineCode,
    LeadingCode,
    compose_codes,
    find_leading_code,
    inline_codes,
    parse_policy_code,
    run_on_codes,
)
from loaders.text.project_names import project_ending

# the fields whose headings group a budget's projects (「一般会計の主な歳出事業」, 〔一般会計〕)
_BUDGET_FIELDS = {"project", "account", "budget"}
_AMOUNT = re.compile(r"[0-9][0-9,]*\s*(?:千|万|億)?円")
_DIGIT = re.compile(r"[0-9０-９]")


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """The policies of `doc`. A stretch printed as two columns side by side is read again
    column by column (`loaders.genres.columns`): what only that reading finds is added, its
    evidence quoted from the original, and it names a code whose name the line-by-line
    reading ran across both columns."""
    columns = unfolded(doc)
    given = list(facts.policy_codes)
    with caption_headers(doc), labelled_codes(doc):  # 「1 施策Ⅰ-1 名称」: read as 施策Ⅰ-1
        _recognise(doc, facts)
    if columns is not None:
        part = copy.copy(facts)
        part.policy_codes = list(given)
        _recognise(columns.doc, part)
        for policy in part.policy_codes[len(given) :]:
            known = next((c for c in facts.policy_codes if c.normalized == policy.normalized),
                         None)  # fmt: skip
            if known is None:
                policy.evidence = columns.back(policy.evidence)
                facts.policy_codes.append(policy)
            elif known.label and policy.label and across_columns(known.label):
                known.label = policy.label  # the line read across both columns gives way
                known.evidence = columns.back(policy.evidence)
    _split_by_legend(doc, facts)


def _split_by_legend(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「百の位が基本目標の番号を、下２桁が…施策の番号を表します」: each code printed as one
    number gets the levels its digits stand for (xyz → x-yz); the legend's worked example
    (「（例：施策xyzは、…）」) is no policy of the plan."""
    legend = place_value_legend(doc.folded)
    if legend is None:
        return
    kept = []
    for code in facts.policy_codes:
        at = code.evidence.get("")
        if at is not None and legend.start <= at.start < legend.end:
            continue
        split = split_code(code.normalized, legend.sizes) if "-" not in code.normalized else None
        if split is not None:  # (its notation too: the legend says the number is that code)
            code.normalized = code.printed = split
        kept.append(code)
    facts.policy_codes[:] = kept


def _recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    for known in facts.policy_codes:  # a genre parser's reading of 「名称 主管課 宵見課」
        if known.label:
            known.label = policy_name(known.label) or known.label
    facts.policy_codes[:] = [  # a project filed under the code names no policy (「3-1-1 X事業」)
        c for c in facts.policy_codes if not c.label or project_ending(c.label) != "事業"
    ]
    _run_together_rows(doc, facts)
    for block in doc.blocks:
        if block.kind == "item" and (cited := _bracket_citation(block.text)) is not None:
            # 「・X（施策○-○-○ 架空の向上）」: an entry citing the level it serves
            code, name, _ = cited
            start = doc.folded.find(name, block.start, block.end)
            add_policy(facts, code, name, _evidence(doc, block, start if start >= 0 else None))
        if block.kind in ("heading", "item", "paragraph", "field") and (
            tagged := placed_level(block)
        ):  # 「[総合計画]施策3-1 名称」: the level a section serves, behind a tag
            add_policy(facts, tagged.code, tagged.name, _evidence(doc, block))
        elif block.kind in ("heading", "item", "paragraph") and (
            cited := cited_level(block.text, whole=True)
        ):  # 「〔総合計画 施策2-1 名称〕」: the plan's level an entry cites, by code and name
            add_policy(facts, cited.code, cited.name, _evidence(doc, block))
        if block.kind in ("heading", "item"):
            _prefixed(doc, facts, block)
            _code_row_name_row(doc, facts, block)
            if not is_policy_prefix(block.prefix):  # 「政策目標(3) 名称 － 施策目標(1) 名称」
                for code, name in level_chain(block.text):
                    add_policy(facts, code, name, _evidence(doc, block))
        elif block.kind == "field":
            _field(doc, facts, block)
        elif block.kind == "table" and block.table is not None:
            for row in all_rows(block.table):  # 「基本目標 | 2 | 名称」 in a form's row
                for code, name, cell in row_levels(row):
                    add_policy(facts, code, name, {"": doc.span(row[0].start, row[-1].end),
                                                   "label": doc.cell_span(cell)})  # fmt: skip
            for code, name, cell in group_level_rows(block.table):  # 「基本方針1 | 名称」 rows
                span = doc.cell_span(cell)
                add_policy(facts, code, name, {"": doc.span(cell.start, cell.end), "label": span})
            for code, name, cell in labelled_code_rows(block.table):  # 「基本目標1 | 名称」
                span = doc.cell_span(cell)
                add_policy(facts, code, name, {"": doc.span(cell.start, cell.end), "label": span})
            counted = level_columns(block.table)  # 「1 | 2 | 名称」: a number column per level
            for level in counted_levels(block.table, counted):
                span = doc.cell_span(level.cell)
                add_policy(facts, level.code, level.name, {"": span, "label": span})
            # 「柱1 名称」 spanning the rows it groups
            for group in group_rows(block.table, code_above(doc, block)):
                if len(group.code.parts) == 1 and _under_policy_heading(doc, block):
                    continue  # 「方針2」 under 「改革の柱Ⅱ」: a level numbered within it
                span = doc.cell_span(group.cell)
                add_policy(facts, group.code, group.name, {"": span, "label": span})
            # its names wrapped down the columns, on this page or continued from the last
            _level_column_tree(doc, facts, _tree_continued(doc, block) or block.table)
            _coded_name_column(doc, facts, block.table)
            _outline_table(doc, facts, block.table)
            _levelled_rows(doc, facts, block.table)
            if not counted:  # a level's number is no code beside a name there
                _table(doc, facts, block.table)
            _system_table(doc, facts, block)
            _padded_code_rows(doc, facts, block.table)
            _entry_number_levels(doc, facts, block)
            _finer_rows(doc, facts, block)
            _table_levels(doc, facts, block.table)
            _form_rows(doc, facts, block.table)
            _form_code_then_name(doc, facts, block.table)
            _numbered_entries(doc, facts, block)
    for heading in doc.of_kind("heading"):
        if heading.number is None and label_field(heading.text) == "policy":
            _labelled_list(doc, facts, heading)
    _goal_headings(doc, facts)
    _project_groups(doc, facts)
    _entry_steps(doc, facts)
    _entry_table_sections(doc, facts)
    _entry_table_groups(doc, facts)
    _entry_groups(doc, facts)
    _coded_entry_groups(doc, facts)
    _nested_coded_entries(doc, facts)
    _listed_levels(doc, facts)
    _code_trees(doc, facts)
    _coded_headings_over_entries(doc, facts)
    _coded_siblings(doc, facts)
    _parents_of_codes(doc, facts)
    _budget_pillars(doc, facts)
    for block in doc.blocks:
        if block.kind != "table":
            _inline(doc, facts, block)
    _line_levels(doc, facts)
    _line_system(doc, facts)
    _inline_lists(doc, facts)
    _drawn_tree(doc, facts)
    _finer_levels_listed(doc, facts)
    for block in doc.of_kind("table"):
        if block.table is not None:
            _numbered_code_pairs(doc, facts, block.table)


@dataclass
class _ColumnLevel:
    """A level read down a column of a tree table: its code, its name so far, its cell."""

    code: CodeParse
    name: str
    cell: Cell


def tree_level_columns(table: Table) -> list[int]:
    """The columns a tree table labels with a level's word (基本目標 | 政策 | 施策)."""
    return [i for i, label in enumerate(table.header) if field_of(label, exact=True) == "policy"]


def _level_column_tree(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「基本目標 | 政策 | 施策」 over a tree printed a column per level (pdftotext -layout):
    each level's cell opens with its code (「1-1 名称」, a code whose name fills the unlabelled
    column after it) or its label word and number (「基本目標1」), and its name goes on down
    the column in the cells under it, wrapped, until a blank or the next level."""
    levels = tree_level_columns(table)
    if len(levels) < 2:
        return
    opened: dict[int, list[tuple[int, _ColumnLevel]]] = {}  # column → (row, level) in order
    for column in levels:
        named_after = column + 1 < len(table.header) and not table.header[column + 1].strip()
        open_level: _ColumnLevel | None = None  # the level whose name may go on below
        found = opened.setdefault(column, [])
        for at, row in enumerate(table.rows):
            text = row[column].text.strip() if column < len(row) else ""
            beside = row[column + 1].text.strip() if named_after and column + 1 < len(row) else ""
            lead = find_leading_code(text) if text else None
            labelled = LONE_LEVEL.match(text) if text and lead is None else None
            code = (
                lead.code if lead is not None and not lead.prefix
                else code_of(labelled.group("number"))
                if labelled is not None and names_policy_level(labelled.group("prefix"))
                else None
            )  # fmt: skip
            if code is not None and lead is not None and not (lead.label or beside):
                open_level = None  # a bare code (施策コード | 施策名): no level of this tree
            elif code is not None:
                name = (lead.label or beside) if lead is not None else ""
                open_level = _ColumnLevel(code, name, row[column])
                found.append((at, open_level))
            elif text and open_level is not None and _repeats_code(text, open_level.code):
                continue  # 「1」 on each row under 「1 名称」: the group's number carried down
            elif text and open_level is not None:
                open_level.name += text  # the level's name wrapped down its column
            elif not text and beside and open_level is not None and named_after and not any(
                c.text.strip() for k, c in enumerate(row) if k != column + 1
            ):
                open_level.name += beside  # the name's rest, alone on its row
            elif not text and _wrap_row(row):
                continue  # another column's name wrapped onto a row of its own
            else:
                open_level = None
    for parent_column, column in itertools.pairwise(levels):
        for at, level in opened[column]:
            above = [lv for k, lv in opened[parent_column] if k <= at]
            if above and (code := _counted_within(level.code, above[-1].code)) is not None:
                level.code = code  # 「1 …」 beside 「(1) …」: the 推進項目 counts within it
    for column in levels:
        for _, level in opened[column]:
            if level.name:
                span = doc.cell_span(level.cell)
                add_policy(facts, level.code, level.name, {"": span, "label": span})


def _repeats_code(text: str, code: CodeParse) -> bool:
    """「1」 under 「1　名称」: the cell prints the level's code again, and nothing else."""
    again = code_of(text.strip())
    return again is not None and again.normalized == code.normalized


_OUTLINE_MIN = 4  # levels in an outline table


def coded_name_rows(table: Table) -> list[tuple[CodeParse | None, Cell, list[Cell]]]:
    """「基本目標 | 施策 | 名称（基本目標・施策・取組・事業） | …」: a column per level holding
    bare codes (「1」, then 「1-1」 a row below) and one column after them naming each row.
    (the row's own code or None, its name cell, the row) for each row naming something —
    a row whose code stands alone in a level column is that level; one with no code is an
    entry of the level above it (its 取組 or 事業)."""
    levels = tree_level_columns(table)
    if len(levels) < 2 or levels != list(range(levels[0], levels[0] + len(levels))):
        return []
    name_column = levels[-1] + 1
    if name_column >= len(table.header):
        return []
    for k in levels:  # every level column prints bare codes, nothing more (「1」「1-1」)
        cells = [r[k].text.strip() for r in table.rows if k < len(r) and r[k].text.strip()]
        if not cells or any(code_of(text) is None for text in cells):
            return []
    found: list[tuple[CodeParse | None, Cell, list[Cell]]] = []
    for row in table.rows:
        if name_column >= len(row) or not (name := row[name_column].text.strip()):
            continue
        if _SECTION_LABEL.match(name) or name[:1].isdigit():
            continue
        filled = [k for k in levels if k < len(row) and row[k].text.strip()]
        codes = [code_of(row[k].text.strip()) for k in filled]
        if len(filled) > 1 or any(c is None for c in codes):
            continue
        found.append((codes[0] if codes else None, row[name_column], row))
    return found


def _coded_name_column(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """The levels of `coded_name_rows`, each named by its row's name."""
    for code, cell, row in coded_name_rows(table):
        if code is not None:
            span = doc.cell_span(cell)
            add_policy(facts, code, cell.text.strip(),
                       {"": doc.span(row[0].start, cell.end), "label": span})  # fmt: skip


def _outline_table(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「基本方針1 | 名称」 over 「　| (1) | 名称」: a plan's system saved as a sheet, each level's
    number one column further in than its parent's and its name in the cell after it (the
    first row, the top level, read as the table's header). Each row a level, its code the
    parent's and its own (1-(1))."""
    rows = [table.header_cells, *table.rows] if table.header_cells else list(table.rows)
    levels: list[tuple[int, CodeParse, str, Cell]] = []
    for row in rows:
        filled = [k for k, c in enumerate(row) if c.text.strip()]
        if len(filled) != 2 or filled[1] != filled[0] + 1:
            return
        number, name = row[filled[0]].text.strip(), row[filled[1]].text.strip()
        lead = find_leading_code(number)
        lone = LONE_LEVEL.match(number) if lead is None else None
        if lead is not None and not lead.label and not lead.prefix:
            code = lead.code
        elif lone is not None and names_policy_level(lone.group("prefix")):
            code = code_of(lone.group("number"))
        else:
            return
        if code is None or find_leading_code(name) is not None or is_label_like(name):
            return
        levels.append((filled[0], code, name, row[filled[1]]))
    if len(levels) < _OUTLINE_MIN or len({k for k, *_ in levels}) < 2:
        return
    stack: list[tuple[int, CodeParse]] = []
    for column, code, name, cell in levels:
        while stack and stack[-1][0] >= column:
            stack.pop()
        full = _counted_within(code, stack[-1][1]) if stack else code
        if full is None:
            return
        stack.append((column, full))
        span = doc.cell_span(cell)
        add_policy(facts, full, name, {"": span, "label": span})


def _levelled_rows(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """A task list's rows holding its projects (`levelled_rows`): the plan's levels, each
    coded by the numbering column (「WBS 2.1」 → 2-1)."""
    read = outline(table)
    if read is None:
        return
    for at in read.levels_above(read.project_rows()):
        code, cell = read.rows[at].code, read.rows[at].row[read.name]
        if code is not None and cell.text.strip():
            span = doc.cell_span(cell)
            add_policy(facts, code, cell.text.strip(), {"": span, "label": span})


def _counted_within(code: CodeParse, parent: CodeParse) -> CodeParse | None:
    """A level's code numbered within the level beside it (「(1)」 beside 「1」, 「2」 beside
    「3」): its code under that level (1-(1), 3-2); None when it extends it already or is
    finer."""
    if extends(code, parent) or len(code.parts) > len(parent.parts):
        return None
    return code_of(f"{parent.printed}-{code.printed}")


def _tree_continued(doc: StructuredDocument, block: Block) -> Table | None:
    """A tree table continued over a page break with no header of its own (its first row
    read as the header: 「基本目標3 | 3-1 名称 | 3-1-1 名称」): the table again, its first row a
    row, under the level labels of the table before it, column for column from the left."""
    table = block.table
    if table is None or not table.header_cells or any(
        field_of(label, exact=True) == "policy" for label in table.header
    ):
        return None
    first = table.header[0].strip()
    if not (find_leading_code(first) or LONE_LEVEL.match(first)):
        return None
    before = next((b for b in reversed(doc.blocks[: block.index]) if b.table is not None), None)
    if before is None or before.table is None:
        return None
    labels = [h for h in before.table.header if field_of(h, exact=True) == "policy"]
    if len(labels) < 2 or before.table.header[: len(labels)] != labels:
        return None
    header = [*labels, *([""] * (len(table.header) - len(labels)))][: len(table.header)]
    return Table(header, [table.header_cells, *table.rows])


def _wrap_row(row: list[Cell]) -> bool:
    """A row holding one cell, no code: the rest of a name wrapped in its column."""
    filled = [c.text.strip() for c in row if c.text.strip()]
    return len(filled) == 1 and find_leading_code(filled[0]) is None


def _goal_headings(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「目標１　名称」 over a list of entries, 「目標２ …」 over the next: headings
    of one goal word numbered 1, 2, 3 in turn, each over its own list, are the levels of an
    operating policy. A goal heading alone, or one over prose or figures, states a target."""
    runs: dict[str, list[Block]] = {}
    for heading in doc.of_kind("heading"):
        if heading.number and is_goal_prefix(heading.prefix):
            runs.setdefault(heading.prefix, []).append(heading)
    for headings in runs.values():
        numbers = [plain_number(h.number or "") for h in headings]
        if len(headings) < 2 or numbers != [str(n) for n in range(1, len(headings) + 1)]:
            continue
        if all(_names_goal_over_list(doc, h) or _goal_over_own_codes(doc, facts, h)
               for h in headings):  # fmt: skip
            for heading in headings:
                if (code := code_of(heading.number)) is not None:
                    add_policy(facts, code, heading.text.strip(), _evidence(doc, heading))


def is_goal_prefix(prefix: str | None) -> bool:
    """「目標」 before a heading's number: a goal, which `_goal_headings` may find a level."""
    return bool(prefix) and field_of(prefix or "", exact=True) == "target"


def _names_goal_over_list(doc: StructuredDocument, heading: Block) -> bool:
    name = heading.text.strip()
    if not name or _DIGIT.search(name) or is_label_like(name) or is_label_phrase(name):
        return False
    first = next((b for b in doc.under(heading) if b.parent == heading.index), None)
    return first is not None and first.kind == "item"


def _goal_over_own_codes(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> bool:
    """「目標１　名称」 over 「施策１－（１） …」 「施策１－（２） …」: a goal whose policies
    under it are numbered within its number — the level above them."""
    code = code_of(heading.number)
    name = heading.text.strip()
    if code is None or not name or _DIGIT.search(name) or is_label_like(name):
        return False
    known = {c.normalized for c in facts.policy_codes}
    # (the entries numbered ① … under its policies are no level of the codes)
    below = [c for b in doc.under(heading) if b.kind == "heading" and b.number
             and (c := code_of(b.number)) is not None and not is_circled(b.number)]  # fmt: skip
    return bool(below) and all(
        c.normalized in known and c.normalized.startswith(code.normalized + "-") for c in below
    )


def _run_together_rows(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「施策番号施策名評価」 over 「Ⅲ-1名称B」 (`run_together_grades`): each row's code and
    name. A reading that ran the name on into the row's next cells (an earlier reader's, or
    the genre parser's) gives way to the name the row's columns bound."""
    for row in run_together_rows(doc, facts.fiscal_year):
        if row.code_field != "policy":
            continue
        span = doc.span(row.start, row.end)
        known = next((c for c in facts.policy_codes if c.normalized == row.code.normalized), None)
        if known is None:
            add_policy(facts, row.code, row.name, {"": span, "label": span})
        elif known.label and known.label != row.name and known.label.startswith(row.name):
            known.label = row.name


def _code_row_name_row(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """The policy a code row and a name row print together (`code_name_field`)."""
    name = code_name_field(doc, block)
    code = code_of(block.number)
    if name is None or code is None or not name.value:
        return
    start = name.value_start if name.value_start is not None else name.start
    evidence = {"": doc.span(block.start, name.end), "label": doc.span(start, name.end)}
    add_policy(facts, code, name.value.strip(), evidence)


def _table_levels(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """Levels of the policy system printed in a table's cells: several in one cell
    (「基本目標2 … / 施策2-3 …」), or one per cell run along a row (`row_chain`)."""
    for row in all_rows(table):
        for cell in row:
            for code, name, at in level_parts(cell.text):
                label = doc.span(cell.start + at, cell.end)
                add_policy(facts, code, name, {"": doc.cell_span(cell), "label": label})
        for code, name, cell in row_chain(row):
            add_policy(facts, code, name, {"": doc.span(row[0].start, row[-1].end),
                                           "label": doc.cell_span(cell)})  # fmt: skip


def _numbered_entries(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「柱1 …」 (or sibling pillars 「1 …」「2 …」) over a table 「番号 | 改革項目 | …」 whose
    rows are numbered 1-1, 1-2 …: each entry's own number is one step below the policy the
    table sits under, so it is a code of the plan, the entry's name its label."""
    table = block.table
    if table is None:
        return
    fields = [field_of(h) for h in table.header]
    above = code_above(doc, block)
    if above is None and (levels := entry_table_section(doc, block)):
        above = levels[-1][1]  # 「㈠ …」 over 「⑴ …」 over the table
    if above is None and block.parent is not None:  # 「1 …」, one of the pillars over tables
        above = dict((h.index, c) for h, c in entry_table_groups(doc)).get(block.parent)
    progress = progress_columns(table)
    names = next((i for i, f in enumerate(fields) if f == "initiative" and i not in progress), None)
    if names is None or above is None:
        return
    if (preferred_label("initiative") or "\0") in label_key(table.header[names]):
        return  # 「番号 | 取組項目」「小項目（取組）」: rows the header calls 取組, entries
    for column in range(len(table.header)):
        rows = [r for r in table.rows if column < len(r) and r[column].text]
        codes = [code_of(r[column].text) for r in rows]
        if column == names or not rows or any(
            c is None or not extends(c, above) or len(c.parts) != len(above.parts) + 1
            for c in codes
        ):
            continue
        if len({c.normalized for c in codes if c}) != len(rows):
            return  # one code over several rows: the policy they are filed under, cited
        for row, code in zip(rows, codes, strict=True):
            if code is not None and names < len(row) and row[names].text:
                add_policy(facts, code, row[names].text,
                           {"": doc.span(row[0].start, row[-1].end),
                            "label": doc.cell_span(row[names])})  # fmt: skip
        return


def add_policy(
    facts: DocumentFacts, code: CodeParse, label: str, evidence: dict[str, Span]
) -> PolicyCode | None:
    """Add a policy code unless the document already states that code (the genre parser's
    reading, or an earlier mention) — one code, one name — or the name is a project's.
    A name running on into the next codes and their names (「名称1-2 名称」, lines joined)
    adds each of those levels."""
    if _CODE_IN_NAME.search(label):
        pieces = run_on_codes(f"{code.printed} {label}")
        if len(pieces) > 1 and pieces[0].code.normalized == code.normalized:
            first = add_policy(facts, code, pieces[0].name, evidence)
            for piece in pieces[1:]:
                add_policy(facts, piece.code, piece.name, evidence)
            return first
    if pieces := sibling_levels(code, label):
        first = add_policy(facts, code, pieces[0].name, evidence)
        for piece in pieces[1:]:
            add_policy(facts, piece.code, piece.name, evidence)
        return first
    label = _without_name_label(policy_name(label))
    restated = find_leading_code(label)
    if restated is not None and restated.prefix and restated.label and (
        restated.code.normalized == code.normalized
    ):  # 「第2章 基本目標2 名称」 read as 2: the level's word and number again, no name
        label = restated.label
    if not label or label.endswith("。"):
        return None  # (「Ⅰ-1（…）の取組をまとめるエピック。」: a sentence about the level)
    if (stated := next((c for c in facts.policy_codes if c.normalized == code.normalized),
                       None)) is not None:  # fmt: skip
        if _cut_at_box(facts, stated, label):
            # 「架空の子育ての切れ」 in a diagram's box (「目ない支援」 the box's next
            # line), the whole name on its own page later: the same name, the whole name's
            # line its evidence
            stated.label, stated.evidence = label, evidence
        return None
    if project_ending(label) == "事業":
        return None  # 「3-1-1 X事業」: a project filed under the code, which it does not name
    if facts.genre != "generic" and (
        _filed_under(facts, code)
        or any(nfkc_key(i.name) == nfkc_key(label) for i in facts.initiatives)
    ):
        return None  # the genre parser read this line already (as an initiative, or the
        # unnamed grouping of its entries): one line, one fact
    printed = re.sub(r"\s+", "", code.printed)
    policy = PolicyCode(printed, code.normalized, label, evidence=evidence)
    facts.policy_codes.append(policy)
    return policy


_CODE_IN_NAME = re.compile(r"[^\s0-9][0-9]{1,2}-[0-9]")


def _cut_at_box(facts: DocumentFacts, stated: PolicyCode, label: str) -> bool:
    """Whether a code's name as first read is `label` cut where a box wrapped it: the line
    after the first reading's is the rest of `label` (no code, no other line's text)."""
    span = stated.evidence.get("label") or stated.evidence.get("")
    if not stated.label or span is None or not label.startswith(stated.label):
        return False
    rest = label[len(stated.label) :]
    after = facts.text[span.end :].lstrip("\n").split("\n", 1)[0].strip()
    return bool(rest) and nfkc_key(after) == nfkc_key(rest)


def policy_name(label: str) -> str:
    """A policy's name without the fields printed after it (「… 主管課 宵見課」), a table of
    contents' leader and page number (「… ……… 10」), or the
    attribute bracket closing it (「生涯学習の充実（主管：生涯学習課）」: a bracket whose parts
    are labelled with field words is no part of the name). A tab ends the name: the cells of
    a table row read as one line (a tree grid's row: 「名称 | 担当課 | 指標 | …」)."""
    first = label.split("\t", 1)[0]
    label = first if first.strip() else label
    label = without_page_date(without_page_leader(without_leader_grades(label)))
    label = _WIDE_GAP_PAGE.sub("", label)  # 「名称            1」: a contents page's number
    label = before_grade(before_fields(label).strip())
    bare, found = split_attributes(label)
    label = bare.strip() if found and bare.strip() else label
    label = measures_after(label)[0]  # 「名称：取組a、取組b」: its measures after a colon
    return without_unit_bracket(label)  # 「名称 〔架空課〕」: the unit in charge after it


# 「名称：取組a、取組b」: a level's name, a colon, the measures it lists (no sentence)
_MEASURES_AFTER = re.compile(r"^(?P<name>[^：:。]{2,40})[：:](?P<list>[^：:。]+、[^：:。]+)$")


def measures_after(text: str) -> tuple[str, list[str]]:
    """(name, measures) of 「名称：a、b」, else (text, [])."""
    match = _MEASURES_AFTER.match(text.strip())
    if match is None:
        return text, []
    parts = [p.strip() for p in match.group("list").split("、")]
    if len(parts) < 2 or not all(parts):
        return text, []
    return match.group("name").strip(), parts


# a page number set far right of a name, with no leader dots before it
_WIDE_GAP_PAGE = re.compile(r"[ \u3000]{4,}[0-9]{1,3}\s*$")


def _filed_under(facts: DocumentFacts, code: CodeParse) -> bool:
    for initiative in facts.initiatives:
        for printed in initiative.policy_codes:
            parsed = parse_policy_code(printed)
            if parsed is not None and parsed.normalized == code.normalized:
                return True
    return False


def _evidence(doc: StructuredDocument, block: Block, start: int | None = None) -> dict[str, Span]:
    found = {"": doc.block_span(block)}
    if start is not None:
        found["label"] = doc.span(start, block.end)
    return found


def is_policy_prefix(prefix: str | None) -> bool:
    """A label word before a level's number naming it a policy (施策, 柱, or a word that is
    only ever such a prefix: 方針)."""
    return names_policy_level(prefix)


def finest_lead(value: str) -> tuple[LeadingCode, int] | None:
    """The code a value leads with and where its text starts; of a chain of levels printed
    with their label words (「基本目標4　施策4-1　名称」), the last, each extending the one
    before (the broader levels print no name of their own there)."""
    lead = find_leading_code(value)
    if lead is None:
        return None
    at = 0
    while (finer := find_leading_code(lead.label)) is not None and is_policy_prefix(finer.prefix):
        broader, parsed = code_of(lead.code.printed) or lead.code, code_of(finer.code.printed)
        if parsed is None or not extends(parsed, broader):
            break
        at += lead.label_start
        lead = finer
    return lead, at


def _prefixed(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「施策3-2-1 名称」, 「■施策2-3 名称」: a policy label word, a code, the name."""
    if not is_policy_prefix(block.prefix):
        return
    code = policy_code(doc, block) if block.kind == "heading" else code_of(block.number)
    if code is None or _starts_numbered(block.text) or is_label_like(block.text):
        return
    if _step_of_unread_level(doc, block, code):
        return  # 「具体的な施策 (2)」 with no goal read above it: a step of a level unknown
    if block.kind == "heading" and heads_form(doc, block):
        return  # the group a sheet's entries belong to, an initiative itself
    columns = sibling_columns(doc, block)
    if columns:
        for level, name, span in columns:
            add_policy(facts, level, name, {"": doc.block_span(block), "label": span})
        return
    pieces = _LEVEL_SEPARATOR.split(block.text)
    if len(pieces) > 1 and (siblings := coded_pieces(block.text, first_named=True)):
        add_policy(facts, code, pieces[0].strip(), _evidence(doc, block))
        for level, name in siblings:  # 「基本目標 1 名称 ／ 2 名称 ／ 3 名称」
            add_policy(facts, level, name, _evidence(doc, block))
        return
    levels = level_parts(block.text, first_named=True)
    if len(pieces) > 1 and levels:
        add_policy(facts, code, pieces[0].strip(), _evidence(doc, block))
        start = doc.folded.find(block.text, block.start, block.end)
        broader = code_of(block.number)
        for level, name, at in levels:
            label_at = start + at if start >= 0 else None
            if broader is not None:  # 「基本目標2 > 施策5 …」: 5 under 2 is 2-5
                level = under_code(broader, level)
                broader = level
            add_policy(facts, level, name, _evidence(doc, block, label_at))
        return
    add_policy(facts, code, block.text + _box_wrapped_tail(doc, block), _evidence(doc, block))


_BOX_RUN = 3  # sibling levels wrapped at one width: a box diagram's, not a chance
_BOX_TAIL = 12  # characters of a name's wrapped tail


def _box_wrapped_tail(doc: StructuredDocument, block: Block) -> str:
    """「政策1 ○○と家族が笑顔で」 over 「暮らす○○」: a box diagram wraps each level's name at
    its box's width. The short unnumbered line under the level is the name's tail when the
    level's siblings break off at the very same width, each over a tail of its own."""
    def tail_of(level: Block) -> str | None:
        after = doc.blocks[level.index + 1] if level.index + 1 < len(doc.blocks) else None
        if after is None or after.kind not in ("heading", "paragraph") or after.number:
            return None
        text = after.text.strip()
        return text if 0 < len(text) <= _BOX_TAIL and not text.endswith("。") else None

    def sibling(at: int) -> bool:
        other = doc.blocks[at] if 0 <= at < len(doc.blocks) else None
        return (
            other is not None
            and other.kind == "heading"
            and other.prefix == block.prefix
            and bool(other.number)
            and bool(other.text)
        )

    first = block.index  # the run of levels a name and a tail apart, one after another
    while sibling(first - 2):
        first -= 2
    last = block.index
    while sibling(last + 2):
        last += 2
    siblings = [doc.blocks[k] for k in range(first, last + 1, 2)]
    widths = {len(b.text) for b in siblings}
    if len(siblings) < _BOX_RUN or len(widths) != 1:
        return ""
    if any(tail_of(b) is None for b in siblings):
        return ""
    return tail_of(block) or ""


def _step_of_unread_level(doc: StructuredDocument, block: Block, code: CodeParse) -> bool:
    """「(2)」 of a level whose broader level the page numbers plainly elsewhere (「基本目標３」)
    but printed none above this one: a step of a level unknown, no code of its own."""
    if len(code.parts) != 1 or not plain_number(block.number or "").startswith("("):
        return False
    return any(
        h.prefix != block.prefix and is_policy_prefix(h.prefix) and (h.number or "").isdigit()
        for h in doc.of_kind("heading")
    )


_LEVEL_SEPARATOR = re.compile(r"\s*[>＞/／]\s*")
_COLUMN_GAP = re.compile(r"[ \u3000]{2,}")
MAX_WRAPPED_TAIL = 15  # the end of a name a narrow column wrapped onto the next line


def sibling_levels(code: CodeParse, label: str) -> list[InlineCode]:
    """「Ⅰ-1 名称 Ⅰ-2 名称」: a cell listing sibling levels in turn, its lines joined — each
    level's code and name, the first the given code's; empty when the label is one name."""
    listed = inline_codes(f"{code.printed} {label}")
    if listed is None or listed[0] or len(listed[1]) < 2:
        return []
    pieces = listed[1]
    if pieces[0].code.normalized == code.normalized and all(
        p.code.parents == code.parents and p.code.parts[-1] == code.parts[-1] + k
        for k, p in enumerate(pieces)
    ):
        return pieces
    return []


def sibling_columns(doc: StructuredDocument, block: Block) -> list[tuple[CodeParse, str, Span]]:
    """「基本目標1 名称    基本目標2 名称」: a line of two columns side by side, each a level
    of the same label word with its own number (siblings, not a chain): each level's code,
    name and name span. A short line below that starts where the last column starts and
    holds nothing else (「    祉のまち」) is the end of that column's name, wrapped."""
    own = code_of(block.number)
    if own is None or not block.prefix:
        return []
    line_start = doc.folded.rfind("\n", 0, block.start) + 1
    line = doc.folded[line_start : block.end]
    position = line.find(block.text)
    if position < 0:
        return []
    columns: list[tuple[CodeParse, str, int, int]] = []  # code, name, column start, name start
    for piece in re.split(f"({_COLUMN_GAP.pattern})", block.text):
        at = position
        position += len(piece)
        if not piece.strip() or _COLUMN_GAP.fullmatch(piece):
            continue
        if not columns:
            columns.append((own, piece, at, at))
            continue
        lead = find_leading_code(piece)
        sibling = code_of(lead.code.printed) if lead is not None and lead.label else None
        if lead is None or lead.prefix != block.prefix or sibling is None:
            return []  # a name that goes on past a gap, or a column of another kind
        if len(sibling.parts) != len(own.parts) or extends(sibling, own):
            return []
        columns.append((sibling, lead.label, at, at + lead.label_start))
    if len(columns) < 2:
        return []
    found = [(code, name.strip(), doc.span(line_start + at, line_start + at + len(name)))
             for code, name, _, at in columns]  # fmt: skip
    code, name, column, at = columns[-1]
    tail = _wrapped_tail(doc, block, column)
    if tail is not None:
        found[-1] = (code, name.strip() + tail.text, doc.span(line_start + at, tail.end))
    return found


def _wrapped_tail(doc: StructuredDocument, block: Block, column: int) -> Span | None:
    """The line after `block` when it holds only a short piece of text starting at `column`
    (the end of a name wrapped within its column), else None."""
    line_end = doc.folded.find("\n", block.end)
    if line_end < 0:
        return None
    next_end = doc.folded.find("\n", line_end + 1)
    following = doc.folded[line_end + 1 : next_end if next_end >= 0 else len(doc.folded)]
    text = following.strip()
    indent = len(following) - len(following.lstrip())
    if not text or abs(indent - column) > 1 or len(text) > MAX_WRAPPED_TAIL:
        return None
    if re.search(r"[。、,]|\s", text) or find_leading_code(text) is not None:
        return None
    start = line_end + 1 + indent
    return doc.span(start, start + len(text))


def _spaced_levels(text: str) -> list[str]:
    """「基本目標1 名称 施策1-1 名称」: the pieces of a chain of levels set apart by a space
    before each level's word and code (none when no second level opens after a space)."""
    cuts = [m.end() for m in re.finditer(r"[ \u3000]+", text)
            if (lead := find_leading_code(text[m.end() :])) is not None
            and lead.prefix and is_policy_prefix(lead.prefix)]  # fmt: skip
    if not cuts:
        return []
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds)]


def level_parts(text: str, *, first_named: bool = False) -> list[tuple[CodeParse, str, int]]:
    """「基本目標2 名称 / 施策2-3 名称」, 「名称 > 施策の方向3-2 名称」: levels of a policy
    system printed in one line, each a policy label word, a code and a name (code, name, the
    name's offset). With `first_named`, the first piece is a bare name (the line's own code
    is printed before it). Empty unless every other piece is such a level."""
    found: list[tuple[CodeParse, str, int]] = []
    position = 0
    pieces = _LEVEL_SEPARATOR.split(text)
    if len(pieces) < 2:
        pieces = _spaced_levels(text)  # 「基本目標1 名称 施策1-1 名称」: no mark between them
    if len(pieces) < 2:
        return []
    for k, piece in enumerate(pieces):
        at = text.find(piece, position)
        position = at + len(piece)
        if k == 0 and first_named:
            continue
        lead = find_leading_code(piece)
        if (
            lead is None
            or not names_policy_level(lead.prefix, exact=False)
            or not lead.label
            or is_label_like(lead.label)
        ):
            return []
        code = code_of(lead.code.printed) or lead.code
        found.append((code, lead.label.strip(), at + lead.label_start))
    return found


def _starts_numbered(text: str) -> bool:
    """「No.R1-1 近隣市との広域連携」: an entry's own number, so the line is an initiative."""
    return bool(re.match(r"^\s*(?:No\.?|№)\s*[A-Z]?[0-9]", text, re.I))


def places_in_system(block: Block) -> bool:
    """A field labelled as policies (【施策】2-3 名称), or one placing the page in the plan
    whose value prints a policy label word before a code (「総合計画の位置付け：基本施策
    2-(1) 名称」): the value names a level of the plan's system."""
    field = label_field(block.label)
    if field == "policy":
        return True
    lead = find_leading_code(block.value or "")
    if lead is None or not is_policy_prefix(lead.prefix):
        return False
    finest = finest_lead(block.value or "")
    if field != "placement" and (finest is None or finest[1] == 0):
        return False  # (「【総合計画】基本目標4　施策4-1　名称」: a chain of the plan's levels
        # places the entry whatever the label)
    return "、" not in lead.label or _clause_joined(lead.label)  # no list of units after it


def _field(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """【施策】2-3 名称 / 施策：2-3 名称; 位置付け：基本施策2-(1) 名称; 【基本目標1】名称."""
    if not block.value:
        return
    if (labelled := _labelled_name(block)) is not None:
        add_policy(facts, labelled[0], labelled[1], _evidence(doc, block, block.value_start))
        return
    if not places_in_system(block):
        return
    if levels := level_parts(block.value):
        _field_chain(doc, facts, block, levels)
        return  # 「政策目標2 … ／ 施策目標1 …」: a chain of levels, read along the line
    if pieces := coded_pieces(block.value):  # 「政策：Ⅱ 名称 ／ Ⅱ-3 名称」
        for code, name in pieces:
            add_policy(facts, code, name, _evidence(doc, block, block.value_start))
        return
    lead = find_leading_code(block.value)
    if lead is not None and not lead.label and not lead.prefix:
        _code_then_name(doc, facts, block, lead.code)
        return
    finest = finest_lead(block.value)
    if finest is None:
        return
    lead, at = finest
    if not lead.label or is_label_like(lead.label):
        return
    if lead.prefix and not is_policy_prefix(lead.prefix):
        return  # 「施策：重点取組2 …」 names an entry, 「…との関係：施策5-1-1 …」 a policy
    start = (block.value_start or block.start) + at + lead.label_start
    add_policy(facts, lead.code, lead.label, _evidence(doc, block, start))


def _labelled_name(block: Block) -> tuple[CodeParse, str] | None:
    """「【基本目標1】名称」, 「施策3：名称」: a field whose label is a policy label word with
    its code and whose value is a name (short, no sentence, no figure): that level."""
    label, value = (block.label or "").strip(), (block.value or "").strip()
    if not re.search(r"[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ)）]$", label):
        return None
    level = _labelled_level(f"{label} {value}")
    if level is None or level[1] != value or len(value) > LABEL_MAX:
        return None
    if re.search(r"[。:：]", value) or find_leading_code(value) is not None:
        return None
    return level[0], level[1]


def _field_chain(
    doc: StructuredDocument,
    facts: DocumentFacts,
    block: Block,
    levels: list[tuple[CodeParse, str, int]],
) -> None:
    """「計画体系：基本目標Ⅲ 名称 ／ 施策Ⅲ-2 名称」: a chain whose every code extends the one
    before it names each level by its own code (a chain numbering afresh, 「政策目標2 ／
    施策目標1」, is composed by the running-text reading instead)."""
    if not all(extends(b[0], a[0]) for a, b in itertools.pairwise(levels)):
        return
    if any(is_label_like(name) or _AMOUNT.search(name) for _, name, _ in levels):
        return
    value_start = block.value_start if block.value_start is not None else block.start
    for code, name, at in levels:
        start = value_start + at
        label = doc.span(start, start + len(name))
        add_policy(facts, code, name, {"": doc.block_span(block), "label": label})


def _code_then_name(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, code: CodeParse
) -> None:
    """「施策コード：2-3」 over 「施策名：名称」: a record printing a policy's code and its
    name as two fields (a form, an HTML definition list) names one policy."""
    following = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if (
        following is None
        or following.kind != "field"
        or label_field(following.label) != "policy"
        or not following.value
        or find_leading_code(following.value) is not None
        or is_label_like(following.value)
    ):
        return
    start = following.value_start if following.value_start is not None else following.start
    add_policy(facts, code, following.value.strip(), _evidence(doc, following, start))


def _labelled_list(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """The numbered entries under a heading labelled as policies (「該当する施策」,
    「…計画の施策との関連」) — not, on a sheet about one policy, entries numbered apart from
    its code (「施策の方向」 then 「(1)…」): those are the policy's measures."""
    context = code_above(doc, heading)
    level: CodeParse | None = None  # the labelled level the list is in (「・施策1-2 …」)
    depth = 0
    for block in listed_after(doc, heading):
        code = code_of(block.number)
        if level is not None and block.kind == "item" and block.level > depth and (
            code is not None and len(code.parts) == 1 and not extends(code, level)
        ):
            continue  # 「・① …」 nested in 「・施策1-2 …」: an entry of that level, numbered afresh
        if code is not None and is_policy_prefix(block.prefix):
            level, depth = code, block.level
        if code is None or block.prefix or is_label_like(block.text):
            continue
        if context is not None and numbered_apart(code, context):
            continue
        if _starts_numbered(block.text) or _AMOUNT.search(block.text):
            continue
        if block.mark in _NOTE_MARKS:
            continue  # a numbered note (「※1 …」), no level of the system
        add_policy(facts, code, block.text, _evidence(doc, block))
        for sub, composed in _bracketed_levels(doc, block, code):
            add_policy(facts, composed, sub.text, _evidence(doc, sub))


def _bracketed_levels(
    doc: StructuredDocument, block: Block, code: CodeParse
) -> list[tuple[Block, CodeParse]]:
    """「1. 名称」 over 「(1) 名称」「(2) 名称」 in a labelled list of the system: the level below,
    numbered afresh in brackets under each entry, its code composed (1-(1)), as a reform
    outline prints its 推進項目. Only unlabelled headings counting from (1), none a phrase."""
    if block.kind != "heading" or len(code.parts) != 1:
        return []
    subs = [b for b in doc.blocks[block.index + 1 :] if b.parent == block.index]
    subs = [b for b in subs if b.kind == "heading" and b.number and not b.prefix]
    numbers = [b.number.strip() for b in subs if b.number]
    if not subs or numbers != [f"({k})" for k in range(1, len(subs) + 1)]:
        return []
    if any(is_label_like(b.text) or _AMOUNT.search(b.text) or "。" in b.text for b in subs):
        return []
    return [(b, compose_codes(code.printed, b.number or "")) for b in subs]


_NOTE_MARKS = ("※", "＊", "*", "注")


def _project_groups(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「1-1 架空の振興」 over a table of projects: a plan's policy, the projects filed
    under it (a code of several steps, so a numbered section is not taken for one)."""
    for heading in doc.of_kind("heading"):
        code = code_of(heading.number)
        if code is None or len(code.parts) < 2 or heading.prefix or is_label_like(heading.text):
            continue
        if _AMOUNT.search(heading.text):
            continue
        if any(
            b.kind == "table"
            and b.parent == heading.index
            and b.table is not None
            and "project" in (field_of(h) for h in b.table.header)
            for b in doc.under(heading)
        ):
            add_policy(facts, code, heading.text, _evidence(doc, heading))


def _entry_table_sections(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「㈠ 架空の運営」 over 「⑴ 架空の効率化」 over a table of initiatives: the numbered
    sections are the plan's policy levels, their codes composed along the nesting (1, 1-1)."""
    for block in doc.of_kind("table"):
        for heading, code in entry_table_section(doc, block):
            if not is_label_like(heading.text) and not _AMOUNT.search(heading.text):
                add_policy(facts, code, heading.text, _evidence(doc, heading))


def _entry_table_groups(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「第1 架空の運営」, 「第2 …」, each over a table of initiatives: the pillars their rows
    are filed under (see `entry_table_groups`); an entry the genre parser read from such a
    heading gives way to the policy."""
    for heading, code in entry_table_groups(doc):
        if _AMOUNT.search(heading.text):
            continue
        key = nfkc_key(heading.text)
        facts.initiatives[:] = [
            i for i in facts.initiatives if i.policy_codes or nfkc_key(i.name) != key
        ]
        add_policy(facts, code, heading.text, _evidence(doc, heading))


def entry_group(doc: StructuredDocument, heading: Block) -> list[Block]:
    """The entries of a numbered heading labelled as an entry (「重点目標1 …」) that holds a
    list of its own, numbered apart from it (「(1) …」「(2) …」): the heading then groups
    those entries as the policy they serve. Empty when it holds no such list."""
    code = code_of(heading.number)
    if (
        heading.kind != "heading"
        or code is None
        or not heading.prefix
        or field_of(heading.prefix, exact=True) != "initiative"
        or is_label_like(heading.text)
        or _AMOUNT.search(heading.text)
    ):
        return []
    entries = list(numbered_under(doc, heading))
    numbers = [code_of(b.number) for b in entries]
    if len(entries) < 2 or [n.parts if n else () for n in numbers] != [
        (k,) for k in range(1, len(entries) + 1)
    ]:
        return []  # a list of its own counts 1, 2, 3 …; codes of other policies do not
    if any(b.prefix or is_label_like(b.text) or len(b.text) > 60 or "。" in b.text
           for b in entries):  # fmt: skip
        return []
    return entries


def _entry_groups(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「重点目標1 名称」 over 「(1) …」「(2) …」: the labelled heading is the policy its
    listed entries serve, though its label word names entries (the list says otherwise);
    an entry the genre parser read from that heading gives way to the policy."""
    for heading in doc.of_kind("heading"):
        if not entry_group(doc, heading):
            continue
        code = code_of(heading.number)
        if code is None or any(c.normalized == code.normalized for c in facts.policy_codes):
            continue
        key = nfkc_key(heading.text)
        facts.initiatives[:] = [
            i for i in facts.initiatives if i.policy_codes or nfkc_key(i.name) != key
        ]
        add_policy(facts, code, heading.text, _evidence(doc, heading))


def coded_entries(doc: StructuredDocument, heading: Block) -> list[tuple[Block, CodeParse]]:
    """「目標1 名称」 over 「取組1-1 名称」「取組1-2 名称」: entries labelled as initiatives
    whose codes number them one level below the heading (1-1, 1-2 … under 1) — the heading
    is the policy they are filed under, each entry a level below it. Empty unless every
    numbered entry under the heading is so labelled and they count 1, 2 … (their code and
    the entry, in order)."""
    code = code_of(heading.number)
    if (
        heading.kind != "heading"
        or code is None
        or is_label_like(heading.text)
        or _AMOUNT.search(heading.text)
        or (heading.prefix and field_of(heading.prefix, exact=True) == "initiative")
    ):
        return []
    found: list[tuple[Block, CodeParse]] = []
    for block in numbered_under(doc, heading):
        own = code_of(block.number)
        if (
            own is None
            or not block.prefix
            or field_of(block.prefix, exact=True) != "initiative"
            or not extends(own, code)
            or len(own.parts) != len(code.parts) + 1
            or is_label_like(block.text)
        ):
            return []
        found.append((block, own))
    if not found or [own.parts[-1] for _, own in found] != list(range(1, len(found) + 1)):
        return []
    return found


def nested_coded_entries(doc: StructuredDocument) -> list[tuple[Block, CodeParse, CodeParse]]:
    """「・推進項目1-(1) …」 with 「・取組1-(1)-① …」 nested in it (an indented list, as a
    page prints its plan's tree): a list entry labelled as an initiative whose code is one
    step below the code of the policy entry it is nested in is a level of the system too.
    Each (entry, its code, the broader code); checked cheaply: most items carry no label."""
    found: list[tuple[Block, CodeParse, CodeParse]] = []
    items = [b for b in doc.of_kind("item") if b.prefix and b.number]
    if not items:
        return found
    for block in items:
        own = code_of(block.number)
        if own is None or not own.parents or field_of(block.prefix or "", exact=True) != (
            "initiative"
        ):
            continue
        outer = _enclosing_item(doc, block)
        broader = code_of(outer.number) if outer is not None else None
        if outer is None or broader is None or not is_policy_prefix(outer.prefix):
            continue
        if extends(own, broader) and len(own.parts) == len(broader.parts) + 1 and not (
            is_label_like(block.text)
        ):
            found.append((block, own, broader))
    return found


def _enclosing_item(doc: StructuredDocument, block: Block) -> Block | None:
    """The list entry `block` is nested in: the nearest entry above it one level out, in
    the same run of entries."""
    for above in reversed(doc.blocks[: block.index]):
        if above.kind != "item":
            return None
        if above.level < block.level:
            return above if above.level == block.level - 1 else None
    return None


def _nested_coded_entries(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """The levels of `nested_coded_entries`, each a policy."""
    for block, own, _ in nested_coded_entries(doc):
        add_policy(facts, own, clean_name(block.text), _evidence(doc, block))


def _coded_entry_groups(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """The levels `coded_entries` reads: the heading a policy, each entry the policy one
    level below it (its name without the attributes printed after it); an entry read
    from the heading gives way to the policy."""
    for heading in doc.of_kind("heading"):
        entries = coded_entries(doc, heading)
        code = code_of(heading.number)
        if not entries or code is None:
            continue
        key = nfkc_key(heading.text)
        facts.initiatives[:] = [
            i for i in facts.initiatives if i.policy_codes or nfkc_key(i.name) != key
        ]
        add_policy(facts, code, heading.text, _evidence(doc, heading))
        for block, own in entries:
            if _listed_action(block):
                continue  # 「取組1-1-① …」: an action counted within its level, no level
            add_policy(facts, own, clean_name(block.text), _evidence(doc, block))


def _without_name_label(label: str) -> str:
    """「施策番号 6-4 施策名 名称」 (a form's two fields on one line, blanks taken out): the
    name without the label of its own field printed before it."""
    head, _, rest = label.partition(" ")
    if rest.strip() and field_of(head.rstrip(":："), exact=True) == "policy":
        return rest.strip()
    return label


def _listed_action(block: Block) -> bool:
    """「取組1-1-① …」: an entry labelled as an action whose code ends in a list number (a
    circled or bracketed step counting within the level above), not a level of the plan
    (「取組1-1 …」, numbered as the plan's own levels are, stays one)."""
    if not block.prefix or field_of(block.prefix, exact=True) != "initiative":
        return False
    last = (block.number or "").split("-")[-1].strip()
    return bool(re.fullmatch(r"[\u2460-\u2473]|[(（][0-9]{1,2}[)）]", last))


def _listed_levels(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「基本方針1 …」 over its own list 「(1) …」「(2) …」: a top level of the plan whose
    entries count afresh in a style of their own; each entry is the level below it, its
    code derived from the two (1-1, 1-2), as a table of such entries gives it."""
    for heading in doc.of_kind("heading"):
        code = code_of(heading.number)
        if code is None or len(code.parts) != 1 or not is_policy_prefix(heading.prefix):
            continue
        entries = [b for b in numbered_under(doc, heading) if not b.prefix]
        if len(entries) < 2 or not own_list(entries, heading) or any(
            is_label_like(b.text) or field_of(b.text) is not None or _AMOUNT.search(b.text)
            or len(b.text) > 60 or "。" in b.text
            for b in entries
        ):  # fmt: skip
            continue
        for number, block in enumerate(entries, start=1):
            add_policy(facts, compose_codes(code.printed, str(number)), clean_name(block.text),
                       _evidence(doc, block))  # fmt: skip


def system_trees(doc: StructuredDocument) -> list[list[tuple[Block, CodeParse]]]:
    """The trees of codes (`_tree_of`) printed under a heading labelled as the policy
    system or as the page's place in the plan (「施策体系」, 「総合計画における位置づけ」),
    root first: the page says the tree is its plan's system."""
    trees = []
    for heading in doc.of_kind("heading"):
        if heading.prefix or label_field(heading.text) not in ("policy", "placement"):
            continue  # a section's title (「3 県総合計画における位置づけ」), not a level
        for root in numbered_under(doc, heading):
            if root.kind == "heading" and (not root.prefix or is_policy_heading(root)):
                tree = _tree_of(doc, root)
                if any(len(code.parts) > 1 for _, code in tree):
                    trees.append(tree)
    return trees


def _code_trees(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A plan's policy system printed as a tree of codes (「1 …」 over 「1-1 …」 over
    「1-1-1 …」): when one of its codes is a known policy or the tree sits under a heading
    labelled as policies (「施策の体系」), every code of the tree is a policy. A tree needs
    codes of several steps, each extending the code of the heading it sits under, so a
    plain numbered outline is never taken for one."""
    for root in doc.of_kind("heading"):
        code = code_of(root.number)
        if code is None or (root.prefix and not is_policy_heading(root)):
            continue
        outer = code_of(doc.blocks[root.parent].number) if root.parent is not None else None
        if outer is not None and (extends(code, outer) or (not root.prefix and _same_style(
            code, outer
        ))):  # fmt: skip
            continue  # not the root of its tree; under a section numbered in another
            # style (「2 基本方針と推進項目」 over 「Ⅰ …」「Ⅰ-1 …」) a tree starts afresh
        tree = _tree_of(doc, root)
        if not any(len(code.parts) > 1 for _, code in tree):
            continue
        known = {c.normalized for c in facts.policy_codes}
        labelled = any(  # a header row read as a heading (a tree grid's): its first cell
            label_field(h.text.split("\t")[0]) == "policy" for h in doc.headings_above(root)
        )
        if not labelled and not any(code.normalized in known for _, code in tree) and (
            not _heads_labelled_entries(doc, tree) and not _leaves_graded(doc, tree)
            and not _leaves_head_entry_tables(doc, tree)
        ):
            continue
        for block, code in tree:
            name = policy_name(block.text)
            if name and not is_label_like(name) and not _AMOUNT.search(name):
                add_policy(facts, code, name, _evidence(doc, block))


def _entry_table(block: Block) -> bool:
    """A table of entries: a column labelled as initiatives or projects (取組名, 事業名)."""
    return block.kind == "table" and block.table is not None and bool(
        {"initiative", "project"} & {field_of(h, exact=True) for h in block.table.header}
    )


def _coded_headings_over_entries(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「1-1 名称」 headings with no level word, each over a table of its entries (a column
    labelled 取組名 or 事業名): the plan's levels those entries are filed under, when two or
    more such headings stand in the document (one numbered section over a table is no
    system)."""
    found = []
    for heading in doc.of_kind("heading"):
        code = code_of(heading.number)
        if code is None or len(code.parts) < 2 or heading.prefix:
            continue
        if any(_entry_table(b) for b in doc.under(heading)):
            found.append((heading, code))
    if len(found) < 2 or any(_NUMBERED_ENTRY.match(policy_name(h.text)) for h, _ in found):
        return  # (「4-1 重点取組1：…」: entries numbered in their own kind, no plan's levels)
    for heading, code in found:
        name = policy_name(heading.text)
        if name and not is_label_like(name) and not _AMOUNT.search(name):
            add_policy(facts, code, name, _evidence(doc, heading))


def _coded_siblings(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """Headings side by side under one parent, coded with no level word (a data file's
    records, 「2-1 名称」 beside 「1-1 名称」): when half of them or more are known policies,
    the others are too; numbered 1, 2, 3 … in order, each over known policies' codes and
    the known codes under none other (「1 名称」 … 「4 名称」 while 1-1 … 4-1 are policies),
    they are the levels above."""
    groups: dict[int | None, list[tuple[Block, CodeParse]]] = {}
    for heading in doc.of_kind("heading"):
        if heading.prefix or (code := code_of(heading.number)) is None:
            continue
        groups.setdefault(heading.parent, []).append((heading, code))
    coded = [g for g in groups.values()
             if len(g) >= 2 and len({len(code.parts) for _, code in g}) == 1]  # fmt: skip
    known = {c.normalized for c in facts.policy_codes}
    for group in coded:  # the finer levels first: the levels above are numbered by them
        if len(group[0][1].parts) > 1 and 2 * sum(c.normalized in known for _, c in group) >= (
            len(group)
        ):
            _add_headings(doc, facts, group)
    tops = {int(parsed.parts[0]) for c in facts.policy_codes
            if (parsed := code_of(c.printed)) is not None and len(parsed.parts) > 1}  # fmt: skip
    for group in coded:
        numbers = [code.parts[0] for _, code in group]
        if len(group[0][1].parts) == 1 and numbers == list(range(1, len(group) + 1)) and (
            tops == set(numbers)
        ) and all(
            nfkc_key(h.number or "").isdigit() and field_of(policy_name(h.text)) is None
            for h, _ in group
        ):  # (a document's sections 1 … 7 over goals 1 … 3, 「(1)」 or 「1 数値目標」: no levels)
            _add_headings(doc, facts, group)


def _add_headings(
    doc: StructuredDocument, facts: DocumentFacts, group: list[tuple[Block, CodeParse]]
) -> None:
    for heading, code in group:
        name = policy_name(heading.text)
        if name and not is_label_like(name) and not _AMOUNT.search(name):
            add_policy(facts, code, name, _evidence(doc, heading))


# 「重点取組1：」「取組2 」: a heading naming its own kind and number before its name
_NUMBERED_ENTRY = re.compile(r"^[^\d\s:：]{1,8}[0-9０-９]+\s*[:：\s]")


def _same_style(code: CodeParse, outer: CodeParse) -> bool:
    """Whether two codes are numbered alike (both arabic, both roman…): a section's number
    and a plan's code in another style (「2」 over 「Ⅰ」) belong to two numberings."""
    return _style(code.printed) == _style(outer.printed)


def _style(printed: str) -> str:
    """The style of a code's first number: arabic, roman, bracketed, circled…"""
    raw = printed.strip()[:1]
    if raw in _ROMAN:
        return "roman"
    if "\u2460" <= raw <= "\u24ff":
        return "circled"
    first = nfkc_key(raw)
    return "arabic" if first.isascii() and first.isdigit() else first


_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹIVXivx"


def _heads_labelled_entries(doc: StructuredDocument, tree: list[tuple[Block, CodeParse]]) -> bool:
    """Whether every finest level of a tree of codes heads entries labelled as initiatives
    (「Ⅰ-1 …」 over 「取組1 …」「取組2 …」): the page files its measures under the tree, so
    the tree is its plan's system."""
    inner = {block.parent for block, _ in tree}
    leaves = [block for block, _ in tree if block.index not in inner]
    return bool(leaves) and len(tree) > len(leaves) and all(
        any(b.kind == "heading" and b.parent == leaf.index and b.number and b.prefix
            and field_of(b.prefix, exact=True) == "initiative" for b in doc.under(leaf))
        for leaf in leaves
    )  # fmt: skip


def _leaves_graded(doc: StructuredDocument, tree: list[tuple[Block, CodeParse]]) -> bool:
    """Whether every finest level of a tree of codes heads a grade of its own (「Ⅰ …」 over
    「Ⅰ-1 …」 then 「進捗：◎」): a progress or evaluation page grades its plan's levels,
    so the tree is its plan's system (a plain numbered outline grades nothing)."""
    inner = {block.parent for block, _ in tree}
    leaves = [block for block, _ in tree if block.index not in inner]
    return bool(leaves) and len(tree) > len(leaves) and all(
        any(b.kind == "field" and b.parent == leaf.index
            and label_field(b.label) == "evaluation" and grade_of(b.value) is not None
            for b in doc.under(leaf))
        for leaf in leaves
    )  # fmt: skip


def _leaves_head_entry_tables(
    doc: StructuredDocument, tree: list[tuple[Block, CodeParse]]
) -> bool:
    """Whether every finest level of a tree of codes heads a table of entries (「Ⅰ …」 over
    「Ⅰ-1 …」 over 「取組 | 所管 | 評価」): the page files its measures under the tree, so the
    tree is its plan's system."""
    inner = {block.parent for block, _ in tree}
    leaves = [block for block, _ in tree if block.index not in inner]
    return bool(leaves) and len(tree) > len(leaves) and all(
        any(b.parent == leaf.index and _entry_table(b) for b in doc.under(leaf))
        for leaf in leaves
    )  # fmt: skip


def _tree_of(doc: StructuredDocument, root: Block) -> list[tuple[Block, CodeParse]]:
    """`root` and the numbered headings (and unmarked numbered list entries) under it whose
    codes extend the code of the heading each sits under by one step; empty when any
    unlabelled numbered heading under it breaks that rule."""
    code = code_of(root.number)
    if code is None:
        return []
    tree: list[tuple[Block, CodeParse]] = [(root, code)]
    codes = {root.index: code}
    for block in doc.under(root):
        if block.kind not in ("heading", "item") or not block.number:
            continue
        own = code_of(block.number)
        outer = codes.get(block.parent) if block.parent is not None else None
        if block.kind == "item":  # a leaf the page printed as a list entry (「1-1 …」 under
            if (  # 「約束1 …」, a definition list's term): one of the tree's when it is one step
                not block.prefix and block.mark is None and own is not None
                and outer is not None and extends(own, outer)
                and len(own.parts) == len(outer.parts) + 1
            ):  # fmt: skip
                tree.append((block, own))
            continue
        if block.prefix:  # a labelled heading (「施策1-2 …」) is read by its label; the
            if is_policy_heading(block) and own is not None and outer is not None and (
                extends(own, outer) and len(own.parts) == len(outer.parts) + 1
            ):  # levels under it (「1-2-1 …」) are the tree's
                codes[block.index] = own
            continue
        if own is None or outer is None or not extends(own, outer):
            return []
        if len(own.parts) != len(outer.parts) + 1:
            return []
        codes[block.index] = own
        tree.append((block, own))
    return tree


_CHAPTER_NUMBER = re.compile(r"^第\s*(?P<n>[0-9]{1,2})\s*[編部章]$")


def _under_policy_heading(doc: StructuredDocument, block: Block) -> bool:
    """Whether a heading above `block` prints a policy level with its number."""
    return any(
        h.number and is_policy_prefix(h.prefix) for h in doc.headings_above(block)
    )


def _heading_code(heading: Block) -> CodeParse | None:
    """A heading's number as a code; a chapter's (第1章) is its number."""
    chapter = _CHAPTER_NUMBER.match(heading.number or "")
    return code_of(chapter.group("n") if chapter else heading.number)


def _parents_of_codes(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A numbered heading above policies whose codes extend its number (1 above 1-1, 第1章
    above 1-1) is the broader policy."""
    known = {c.normalized for c in facts.policy_codes}
    for heading in doc.of_kind("heading"):
        code = _heading_code(heading)
        if code is None or heading.prefix or is_label_like(heading.text):
            continue
        if label_field(heading.text) == "placement":
            continue  # 「4 総合計画における位置付け」: a section on the page's place in the plan
        below = [c for b in doc.under(heading) if b.number
                 and (c := code_of(b.number)) is not None and c.normalized in known
                 and len(c.parts) > len(code.parts)]  # fmt: skip
        if below and all(c.normalized.startswith(code.normalized + "-") for c in below):
            # 「第2章 施策の展開」 over 施策1-1 … 3-1 is a chapter holding them, not their goal
            add_policy(facts, code, heading.text, _evidence(doc, heading))


def _budget_pillars(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """The numbered headings a budget's list of projects is grouped under (「一般会計の主な
    歳出事業」 → 「1 誰ひとり…」, 「2 …」): the policy pillars of the budget."""
    for heading in doc.of_kind("heading"):
        if heading.number is not None or label_field(heading.text) not in _BUDGET_FIELDS:
            continue
        pillars = [
            b
            for b in numbered_under(doc, heading)
            if b.kind == "heading" and not b.prefix and code_of(b.number) is not None
        ]
        for pillar in pillars:
            contents = list(doc.under(pillar))
            if (
                is_label_like(pillar.text)
                or _AMOUNT.search(pillar.text)
                or not any(b.kind in ("item", "heading") for b in contents)
            ):
                continue
            code = code_of(pillar.number)
            if code is not None:
                add_policy(facts, code, pillar.text, _evidence(doc, pillar))


_CLOSING_BRACKET = re.compile(r"[(（](?P<inner>[^()（）]{4,40})[)）]\s*$")


def _bracket_citation(text: str) -> tuple[CodeParse, str, int] | None:
    """The policy a closing bracket cites by its level's word, code and name (「（施策○-○-○
    架空の向上）」); a bare code or number in brackets cites none."""
    found = _CLOSING_BRACKET.search(text)
    if found is None or not found.start():
        return None
    lead = find_leading_code(found.group("inner"))
    if lead is None or not lead.prefix or not is_policy_prefix(lead.prefix):
        return None
    return cited_policy(found.group("inner"))


def cited_policy(text: str) -> tuple[CodeParse, str, int] | None:
    """A cell citing a policy by its code and name (「6-1-2 電子窓口の実現」, 「1 架空の柱」
    in a column labelled as policies): the code, the name and the name's offset in the cell."""
    lead = find_leading_code(text)
    if lead is None or not lead.label or is_label_like(lead.label):
        return None
    if lead.prefix and not is_policy_prefix(lead.prefix):
        return None
    code = code_of(lead.code.printed)
    if code is None or _AMOUNT.search(lead.label):
        return None
    return code, lead.label, lead.label_start


def cited_column(table: Table, column: int) -> bool:
    """Every filled cell of the column cites a policy by code and name."""
    cells = [r[column].text for r in table.rows if column < len(r) and r[column].text]
    cells = [c for c in cells if c.strip() not in _NONE_MARKS]  # 「-」: the row cites none
    return bool(cells) and all(cited_policy(c) is not None for c in cells)


_NONE_MARKS = frozenset({"-", "－", "―", "ー", "—", "‐", "…"})


def prefixed_column(table: Table, column: int) -> bool:
    """Every filled cell of the column opens with a policy level's word and code (「施策3-2
    名称」), whatever its label."""
    cells = [r[column].text for r in table.rows if column < len(r) and r[column].text]
    return len(cells) >= 2 and all(
        (lead := find_leading_code(c)) is not None and is_policy_prefix(lead.prefix)
        and not level_parts(c)[1:]  # (「基本目標2 … / 施策2-3 …」: a chain in one cell)
        for c in cells
    )


def _cited_policies(
    doc: StructuredDocument, facts: DocumentFacts, table: Table, *, bare: bool = False
) -> None:
    """A policy column whose cells cite code and name (the rows' entries are filed under
    them): each cell names a policy of the plan; with `bare`, only codes printed with no
    level word before them."""
    fields = [field_of(h) for h in table.header]
    for column, field in enumerate(fields):
        if not cited_column(table, column):
            continue
        if field != "policy" and (bare or not prefixed_column(table, column)):
            continue  # (「総合振興計画 | 施策3-2 名称」: each cell says it cites a policy)
        if bare and any(
            (lead := find_leading_code(row[column].text)) is not None and lead.prefix
            for row in table.rows
            if column < len(row) and not table.is_group_row(row)
        ):
            continue  # (a group row 「基本目標1 名称」 across the table is read by `group_rows`)
        for row in table.rows:
            if column >= len(row) or (cited := cited_policy(row[column].text)) is None:
                continue
            if bare and table.is_group_row(row):
                continue
            code, name, offset = cited
            label = doc.span(row[column].start + offset, row[column].end)
            add_policy(facts, code, name, {"": doc.span(row[0].start, row[-1].end), "label": label})


def _table(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """A table with a policy-code column and a policy-name column. Beside a column of
    initiatives or projects, whose rows only cite codes, the code and name columns (施策コード
    | 施策名) still print the policy they are filed in, as does a cell citing code and name."""
    fields = [field_of(h) for h in table.header]
    if any(f in ("initiative", "project") for f in fields):
        _cited_policies(doc, facts, table)
        levels = entry_levels(table)
        if levels is not None:
            for code, name, cell in [*levels.broader, *levels.entries]:
                add_policy(facts, code, name, {"": doc.cell_span(cell),
                                               "label": doc.cell_span(cell)})  # fmt: skip
            return
        _code_name_pairs(doc, facts, table)
        return
    for level in system_rows(table):
        span = doc.cell_span(level.outer_cell)
        add_policy(facts, level.outer, level.outer_name, {"": span, "label": span})
    for level in labelled_system_rows(table):  # no code column: the levels are in the cells
        span = doc.cell_span(level.name_cell)
        add_policy(facts, level.code, level.name, {"": span, "label": span})
    _code_name_pairs(doc, facts, table)
    # a KPI table's rows are filed under the policies they cite; so are a table's graded
    # rows that print code and name (「1-(1) 名称 | B | A」), when the code is bare (a level
    # counting within its goal, 「施策4 名称」, is composed along the chain elsewhere)
    _cited_policies(doc, facts, table, bare="indicator" not in fields)


_SECTION_LABEL = re.compile(r"^[0-9０-９]{1,2}$")


def caption_of(doc: StructuredDocument, block: Block) -> str | None:
    """The title printed right above a table: a heading, a line, or the value of a section
    title read as a field (「【4】施策体系」 → label 4, value 施策体系)."""
    if block.index == 0:
        return None
    above = doc.blocks[block.index - 1]
    if above.kind == "field":
        return above.value if _SECTION_LABEL.match((above.label or "").strip()) else None
    if above.kind in ("heading", "paragraph"):
        return above.text
    return None


def system_table(doc: StructuredDocument, block: Block) -> list[tuple[CodeParse, str, Cell]]:
    """A policy system printed as a table of its levels, one per row — a column of codes
    (1, 1-(1), 1-(1)-① …) and the column of names right after it — when the page says the
    rows are levels: a column naming each row's level with a policy label word (「柱」
    「推進項目」 under 「区分」), or a title labelled as the system (「施策体系」) over codes of
    which some extend others. Each row's (code, name, name cell); empty for anything else."""
    table = block.table
    if table is None or len(table.rows) < 2:
        return []
    if (kinds := kind_rows(table)) is not None:  # 「コード | 区分 | 名称」, 取組 rows between
        return kinds.levels
    if mixed := mixed_level_rows(table):  # the levels among rows of their projects
        return mixed
    width = min(len(r) for r in table.rows)
    kinds_at = [c for c in range(width) if table.rows[0][c].text and all(
        not r[c].text or field_of(r[c].text, exact=True) == "policy"
        for r in table.rows)]  # fmt: skip  (a merged cell is left blank below its first row)
    titled = label_field(caption_of(doc, block)) == "policy"
    if not kinds_at and not titled:
        return []  # checked first: most tables are neither
    for column in range(width - 1):
        codes = [code_of(r[column].text) for r in table.rows]
        if any(c is None for c in codes):
            continue
        parsed = [c for c in codes if c is not None]
        if len({c.normalized for c in parsed}) != len(parsed):
            return []
        names = [r[column + 1] for r in table.rows]
        if any(not n.text or find_leading_code(n.text) is not None or is_label_like(n.text)
               or _AMOUNT.search(n.text) for n in names):  # fmt: skip
            return []
        kinds = [c for c in kinds_at if c not in (column, column + 1)]
        known = {c.normalized for c in parsed}
        nested = any(c.parents and c.parents[-1] in known for c in parsed)
        if kinds or (nested and titled):
            return [(c, n.text.strip(), n) for c, n in zip(parsed, names, strict=True)]
        return []
    return []


_PADDED = re.compile(r"^(?:[0-9]{2})+$")


def padded_code(printed: str, known: set[str]) -> CodeParse | None:
    """「0102」 in a column of zero-padded codes whose shorter ones head the longer ones
    (「01」 over 「0101」 「0102」, as planning systems key their levels): the code 1-2."""
    text = printed.strip()
    if not _PADDED.match(text) or (len(text) > 2 and text[:-2] not in known):
        return None
    parts = tuple(int(text[k : k + 2]) for k in range(0, len(text), 2))
    if 0 in parts:
        return None
    normalized = "-".join(map(str, parts))
    parents = ["-".join(map(str, parts[:k])) for k in range(1, len(parts))]
    # the notation is the dashed one: 「0102」 is a system's key for the level, its cell the
    # evidence of what was printed
    return CodeParse(normalized, normalized, parts, parents)


def _padded_code_rows(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """A table of a policy system keyed by zero-padded codes (「コード | 施策名称」 over 「01 |
    名称」 「0101 | 名称」): each row a level, its code read two digits a step."""
    names = table.column(lambda label: field_of(label, exact=True) == "policy")
    if not names:
        return
    codes = [r[names - 1].text.strip() if names - 1 < len(r) else "" for r in table.rows]
    known = set(codes)
    if not codes or not all(_PADDED.match(c) for c in codes):
        return
    if {len(c) for c in codes} == {2}:
        if not any(c.startswith("0") for c in codes):
            return  # 「10」「11」 alone: numbers, no sign of a padded key
    elif len({len(c) for c in codes}) < 2:
        return  # (one level of 「01」「02」 keys the top level: 「cat01_code | 基本目標」)
    for row, printed in zip(table.rows, codes, strict=True):
        code = padded_code(printed, known)
        if code is None or names >= len(row) or not row[names].text.strip():
            continue
        span = doc.cell_span(row[names])
        add_policy(facts, code, row[names].text.strip(), {"": span, "label": span})


@dataclass(frozen=True)
class EntryNumberRow:
    code: CodeParse  # the entry's number: its level's code and a step counting it there
    name: Cell
    cells: list[Cell]
    group: str  # the group row above it (「(2)歳出の見直し」), or the heading over the table


def entry_number_rows(doc: StructuredDocument, block: Block) -> list[EntryNumberRow]:
    """「取組番号 | 取組項目」 over 「Ⅰ-(1)-① | X」: a column labelled as the entries' numbers,
    each a code whose last step counts the entry within its level, beside the column naming
    the entries, group rows naming the levels between them (「(2)歳出の見直し」; the first
    group the heading right over the table)."""
    table = block.table
    if table is None:
        return []
    header = table.header
    numbers = next((k for k, h in enumerate(header[:-1]) if _entry_number_label(h)), None)
    if numbers is None or field_of(header[numbers + 1]) != "initiative":
        return []
    above = doc.blocks[block.index - 1] if block.index > 0 else None
    if above is not None and above.kind == "paragraph" and block.parent is not None:
        # 「(1) 名称」, then a page's running title 「…一覧（続き）」 over the table again
        between = doc.blocks[block.parent + 1 : block.index]
        if all(b.kind == "paragraph" for b in between):
            above = doc.blocks[block.parent]
    group = ""
    if above is not None and above.kind == "heading":  # 「(1) 名称」: its number, then its name
        group = f"{above.number} {above.text}" if above.number else above.text
    found: list[EntryNumberRow] = []
    for row in table.rows:
        if table.is_group_row(row) or (row and row[0].text and len(row) <= numbers + 1):
            group = row[0].text
            continue
        code = code_of(row[numbers].text) if numbers + 1 < len(row) else None
        if code is not None and row[numbers + 1].text.strip():
            found.append(EntryNumberRow(code, row[numbers + 1], row, group))
    return found


def _entry_number_label(label: str) -> bool:
    """「取組番号」「取組No.」: the label of a column numbering entries."""
    return numbers_rows(label) and field_of(label_key(label).rstrip(".")) == "initiative"


def _entry_number_levels(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """The levels named by the group rows of `entry_number_rows`: 「(2)歳出の見直し」 over
    rows numbered Ⅰ-(2)-… is the level Ⅰ-(2)."""
    for row in entry_number_rows(doc, block):
        group = fold_width(row.group)
        lead = leading_numbering(group)
        if lead is None or not lead.parts or len(row.code.parts) < 2:
            continue
        parent = code_of(row.code.printed.rsplit("-", 1)[0])
        name = group[lead.end :].strip()
        if parent is None or lead.parts[-1] != parent.parts[-1] or not name:
            continue
        span = doc.block_span(block)
        add_policy(facts, parent, name, {"": span, "label": span})


def _system_table(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """The levels of a policy-system table (`system_table`), each a policy."""
    for code, name, cell in system_table(doc, block):
        span = doc.cell_span(cell)
        add_policy(facts, code, name, {"": span, "label": span})


def printed_above(facts: DocumentFacts, block: Block) -> dict[str, PolicyCode]:
    """The policy codes the page printed before `block` (by their normalized code)."""
    return {
        c.normalized: c
        for c in facts.policy_codes
        if (span := c.evidence.get("")) is None or span.start < block.start
    }


def finer_level_rows(
    table: Table, known: dict[str, PolicyCode]
) -> list[tuple[CodeParse, str, Cell, str]]:
    """A table of entries numbered one level below the policy system the page printed
    before (「取組番号 | 取組項目」 rows 1-(1)-①, 1-(1)-② under the known 1-(1)): a column
    labelled as policies or entries whose every code lies right under a known code, the
    entries named in the column after it, some code new (a table listing known levels again
    under the same names may add the rest). Each row's (code, name, name cell, the broader
    code as printed); empty for anything else (codes citing known levels, 事業 numbered
    under them)."""
    if not known or len(table.rows) < 2:
        return []
    for column, label in enumerate(table.header[:-1]):
        if field_of(label) not in ("policy", "initiative"):
            continue
        rows = [r for r in table.rows if column + 1 < len(r)]
        codes = [code_of(r[column].text) for r in rows]
        if len(rows) < 2 or any(c is None for c in codes):
            continue
        if field_of(table.header[column + 1]) not in (None, "policy", "initiative"):
            return []  # 「施策 | 指標」: each policy's indicator named beside its code
        found: list[tuple[CodeParse, str, Cell, str]] = []
        for row, code in zip(rows, codes, strict=True):
            name = row[column + 1].text.strip()
            if code is None or not code.parents or not name:
                return []
            parent = known.get(code.parents[-1])
            same = known.get(code.normalized)
            renamed = same is not None and nfkc_key(same.label or "") != nfkc_key(name)
            if parent is None or renamed:
                return []
            if is_label_like(name) or _AMOUNT.search(name) or project_ending(name) == "事業":
                return []
            found.append((code, name, row[column + 1], parent.printed))
        if len({c.normalized for c, _, _, _ in found}) != len(found):
            return []
        return found if any(c.normalized not in known for c, _, _, _ in found) else []
    return []


def _finer_rows(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """The rows of `finer_level_rows`: each a level of the policy system."""
    if block.table is None:
        return
    for code, name, cell, _ in finer_level_rows(block.table, printed_above(facts, block)):
        span = doc.cell_span(cell)
        add_policy(facts, code, name, {"": span, "label": span})


def entry_steps(doc: StructuredDocument, heading: Block) -> list[tuple[Block, CodeParse]]:
    """「施策Ⅱ-1 …」 over 「取組(1) …」「取組(2) …」: entries headed by one entry label word
    and numbered afresh 1, 2 … right under a coded policy heading are the level below it —
    each entry's code is the policy's and its own number (Ⅱ-1-1). Empty for anything else
    (entries numbered on across policies, a heading with no code, entries of several labels)."""
    if not is_policy_heading(heading):
        return []
    broader = policy_code(doc, heading)
    entries = [b for b in numbered_under(doc, heading) if b.kind == "heading"]
    if broader is None or not entries or len({b.prefix for b in entries}) != 1:
        return []
    prefix = entries[0].prefix
    if not prefix or field_of(prefix, exact=True) != "initiative":
        return []
    numbers = [code_of(b.number) for b in entries]
    if any(n is None or len(n.parts) != 1 for n in numbers):
        return []
    if not _counts_from_one([n.parts[0] for n in numbers if n is not None]):
        return []
    found: list[tuple[Block, CodeParse]] = []
    for block, number in zip(entries, numbers, strict=True):
        if number is None or is_label_like(block.text) or _AMOUNT.search(block.text):
            return []
        code = compose_codes(broader.printed, number.printed)  # printed as the page does:
        found.append((block, replace(code, printed=f"{broader.printed}-{number.printed}")))
    return found  # 「Ⅱ-1」 and 「(1)」 → Ⅱ-1-(1)


def _entry_steps(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """The entries of `entry_steps`, each a level of the policy system."""
    for heading in doc.of_kind("heading"):
        for block, code in entry_steps(doc, heading):
            at = doc.folded.rfind(block.text, block.start, block.end)
            add_policy(facts, code, block.text, _evidence(doc, block, at if at >= 0 else None))


def _code_name_pairs(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """Each row's code and name, from a policy column of codes and the policy column naming
    them (a row leaving both blank is a further entry of the policy above)."""
    fields = [field_of(h) for h in table.header]
    policy_columns = [i for i, f in enumerate(fields) if f == "policy"]
    code_column = next((i for i in policy_columns if _all_codes(table, i)), None)
    name_column = _name_column(table, policy_columns, code_column)
    if code_column is None or name_column is None:
        return
    if _padded_digits(table, code_column):
        # 「施策コード | 表示番号 | 施策名」 with 「0101 | 1-1 | 名称」: the system's key beside
        # the code the plan prints
        code_column = next((i for i in range(len(table.header)) if i != code_column
                            and _all_codes(table, i) and _separated(table, i)), code_column)
    for codes, names in level_pairs(table, policy_columns) or [(code_column, name_column)]:
        _read_pair(doc, facts, table, codes, names)


def _padded_digits(table: Table, column: int) -> bool:
    """Every cell a run of digits opening with 0 (「0101」): a system's key, no printed code."""
    cells = filled_cells(table, column)
    return bool(cells) and all(c.isdigit() and c.startswith("0") and len(c) >= 3 for c in cells)


def _separated(table: Table, column: int) -> bool:
    """Every cell a code whose levels a separator sets apart (1-1, Ⅱ-3)."""
    cells = filled_cells(table, column)
    return bool(cells) and all(re.search(r"[-－‐・.]", c) for c in cells)


def level_pairs(table: Table, columns: list[int]) -> list[tuple[int, int]]:
    """「基本目標コード | 基本目標 | 施策コード | 施策」: one code column and the name column
    right after it per level, a row per entry of the finest level (each row repeating its
    broader levels, or leaving them blank under their first row). Empty unless there are two
    such pairs and every finer code extends the code beside it in the broader pair, so a
    table citing unrelated codes stays out."""
    pairs = [
        (i, i + 1) for i in columns
        if i + 1 in columns and _all_codes(table, i) and not _all_codes(table, i + 1)
    ]  # fmt: skip
    if len(pairs) < 2:
        return []
    for (outer, _), (inner, _) in itertools.pairwise(pairs):
        above: CodeParse | None = None  # a merged cell left blank below its first row
        for row in table.rows:
            if max(outer, inner) >= len(row) or not row[inner].text:
                continue
            broader = code_of(row[outer].text) if row[outer].text.strip() else above
            finer = code_of(row[inner].text)
            if broader is None or finer is None or not extends(finer, broader):
                return []
            above = broader
    return pairs


def _read_pair(
    doc: StructuredDocument, facts: DocumentFacts, table: Table, code_column: int, name_column: int
) -> None:
    for row in table.rows:
        if max(code_column, name_column) >= len(row):
            continue
        code = column_code(table, code_column, row[code_column].text)
        name = row[name_column].text
        if code is not None and name:
            cell = row[name_column]
            add_policy(facts, code, name, {"": doc.span(row[0].start, row[-1].end),
                                           "label": doc.cell_span(cell)})  # fmt: skip


def _numbered_code_pairs(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「柱番号 | 改革の柱」, 「番号 | 基本目標/施策」: a policy column whose codes stand in the
    column before it under a bare number label (`numbered_code_rows`). Read last, so a code
    the page also prints in its system (a tree, a list) keeps that reading; this adds only
    the codes nothing else printed."""
    for code, name, row, cell in numbered_code_rows(table):
        add_policy(facts, code, name, {"": doc.span(row[0].start, row[-1].end),
                                       "label": doc.cell_span(cell)})  # fmt: skip


def numbered_code_rows(
    table: Table, *, entries: bool = False
) -> list[tuple[CodeParse, str, list[Cell], Cell]]:
    """The rows of a policy column whose codes stand in the column before it under a bare
    number label (`outline.numbered_codes_column`): code, name, row, name cell. None when
    the table has a code column labelled as policies (`_code_name_pairs` reads it). With
    `entries`, a column that numbers entries under its levels (`numbered_entries`) gives
    those entries instead of its levels."""
    fields = [field_of(h) for h in table.header]
    if "policy" not in fields or any(f == "policy" and _all_codes(table, i)
                                     for i, f in enumerate(fields)):  # fmt: skip
        return []
    for column, field in enumerate(fields):
        if field != "policy" or cited_column(table, column):
            continue
        code_column = numbered_codes_column(table, column)
        if code_column is None:
            continue
        numbered = numbered_rows(table, code_column, column)
        if has_entries(numbered):  # 「Ⅰ-1 …」 then 「(1) …」: the entries are no levels
            return [(r.code, r.name, r.row, r.cell) for r in numbered if r.entry == entries]
        found = []
        for row in table.rows:
            if column >= len(row) or not row[code_column].text.strip():
                continue
            code = code_of(row[code_column].text)
            if code is not None and row[column].text:
                found.append((code, row[column].text, row, row[column]))
        return found
    return []


def _name_column(table: Table, columns: list[int], code_column: int | None) -> int | None:
    """The column naming the codes: the policy column after the code column (施策番号 |
    施策名), not one whose cells cite a broader level by code and name (「1 名称」)."""
    names = [i for i in columns if i != code_column and not cited_column(table, i)]
    after = [i for i in names if code_column is not None and i > code_column]
    if code_column is not None and len(after) > 1:
        # 「施策コード | 基本目標 | 施策名」: the name column is the one labelled by the code's
        # own level word (the labels' common start), not a broader level's between them
        code_label = table.header[code_column]
        shared = {i: _common_start(code_label, table.header[i]) for i in after}
        best = max(shared.values())
        if best >= 2:
            return next(i for i in after if shared[i] == best)
    return (after or names or [None])[0]


def _common_start(a: str, b: str) -> int:
    """How many letters two labels share at their start (施策コード, 施策名 → 2)."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@dataclass(frozen=True)
class EntryLevels:
    """A table of entries filed in a policy system, read as its levels: the broader
    policies (code, name, name cell), and the entries as the finest level (code, name
    without its list number, name cell) in table order."""

    broader: list[tuple[CodeParse, str, Cell]]
    entries: list[tuple[CodeParse, str, Cell]]


_LIST_NUMBER = re.compile(
    r"^\s*(?:[(（](?P<p>[0-9]{1,2})[)）]|(?P<c>[\u2474-\u2487\u2460-\u2473]))\s*"
)


def _list_number(text: str) -> tuple[int, str] | None:
    """「(2) 名称」, 「⑵ 名称」, 「② 名称」: an entry's number in its list, and its name."""
    found = _LIST_NUMBER.match(text)
    if found is None or not text[found.end() :].strip():
        return None
    if found.group("p"):
        return int(found.group("p")), text[found.end() :].strip()
    char = ord(found.group("c"))
    n = char - 0x2474 + 1 if char >= 0x2474 else char - 0x2460 + 1
    return n, text[found.end() :].strip()


def _counts_from_one(numbers: list[int]) -> bool:
    return sorted(numbers) == list(range(1, len(numbers) + 1))


def entry_levels(table: Table) -> EntryLevels | None:
    """A table whose entry column (labelled as initiatives) sits beside the levels of a
    policy system, read as one more level of it:
    * a code column repeated down the rows of one policy, its name in the column beside
      it (a header cell spanning both, 「基本方針」 over 「1 | 名称」), the entries numbered
      afresh under each (「(1) …」「(2) …」): each entry is the code's level below (1-1, 1-2);
    * a column of codes, one per row, counting 1, 2 … under each broader code (「公約番号」
      1-1 … 1-5, 2-1 …), beside a column naming the broader level without a code (「分野」
      子育て): each code is the entry's own, its broader code is named by that column.
    None when the table is no such thing (codes cited by several rows of different names,
    codes skipping numbers, names that differ within one code)."""
    fields = [field_of(h) for h in table.header]
    entry = next((i for i, f in enumerate(fields) if f == "initiative"), None)
    codes_at = [i for i, f in enumerate(fields) if f == "policy" and _all_codes(table, i)]
    if entry is None or len(codes_at) != 1:
        return None
    code_column = codes_at[0]
    rows: list[list[Cell]] = []
    parsed: list[CodeParse] = []
    for row in table.rows:
        if max(code_column, entry) >= len(row) or not row[entry].text.strip():
            continue
        code = code_of(row[code_column].text)
        if code is None and not row[code_column].text.strip() and rows:
            row = [*row[:code_column], *rows[-1][code_column : code_column + 2],
                   *row[code_column + 2 :]]  # a merged cell left blank below its first row
            code = parsed[-1]
        if code is None:
            return None
        rows.append(row)
        parsed.append(code)
    if len(rows) < 2:
        return None
    if len({c.normalized for c in parsed}) == len(parsed):
        return _own_codes(table, fields, rows, parsed, code_column, entry)
    return _numbered_within(table, rows, parsed, code_column, entry)


def _numbered_within(
    table: Table, rows: list[list[Cell]], codes: list[CodeParse], code_column: int, entry: int
) -> EntryLevels | None:
    """Codes repeated down their rows, named in the unlabelled column after them, entries
    numbered afresh under each code."""
    name_column = code_column + 1
    if name_column == entry or name_column >= len(table.header):
        return None
    if table.header[name_column] not in ("", table.header[code_column]):
        return None  # a header cell of its own: not the code's name under the same header
    names: dict[str, tuple[CodeParse, str, Cell]] = {}
    numbers: dict[str, list[int]] = {}
    entries: list[tuple[CodeParse, str, Cell]] = []
    for row, code in zip(rows, codes, strict=True):
        name = row[name_column].text.strip() if name_column < len(row) else ""
        known = names.setdefault(code.normalized, (code, name, row[name_column]))
        numbered = _list_number(row[entry].text)
        if not name or known[1] != name or numbered is None or is_label_like(name):
            return None
        numbers.setdefault(code.normalized, []).append(numbered[0])
        own = compose_codes(code.printed, str(numbered[0]))
        entries.append((own, numbered[1], row[entry]))
    if not all(_counts_from_one(n) for n in numbers.values()):
        return None
    return EntryLevels(list(names.values()), entries)


def _own_codes(
    table: Table,
    fields: list[str | None],
    rows: list[list[Cell]],
    codes: list[CodeParse],
    code_column: int,
    entry: int,
) -> EntryLevels | None:
    """One code per row, counting from 1 under each broader code, the broader level named
    by a policy column that prints no codes."""
    if any(len(c.parts) < 2 for c in codes):
        return None
    under: dict[str, list[int]] = {}
    for code in codes:
        under.setdefault(code.parents[-1], []).append(code.parts[-1])
    if len(under) < 2 or not all(_counts_from_one(n) for n in under.values()):
        return None
    for column, field in enumerate(fields):
        if field != "policy" or column == code_column:
            continue
        names: dict[str, tuple[CodeParse, str, Cell]] = {}
        for row, code in zip(rows, codes, strict=True):
            cell = row[column] if column < len(row) else None
            name = cell.text.strip() if cell is not None else ""
            parent = parse_policy_code(code.parents[-1])
            if cell is None or not name or parent is None or find_leading_code(name) is not None:
                break
            if names.setdefault(parent.normalized, (parent, name, cell))[1] != name:
                break
        else:
            if len({n for _, n, _ in names.values()}) == len(names):
                entries = [(c, r[entry].text.strip(), r[entry])
                           for r, c in zip(rows, codes, strict=True)]  # fmt: skip
                return EntryLevels(list(names.values()), entries)
    return None


@dataclass(frozen=True)
class SystemRow:
    """One row of a policy-system table: the broader level it sits under and its own code."""

    outer: CodeParse
    outer_name: str
    outer_cell: Cell
    code: CodeParse
    name: str
    name_cell: Cell


def system_rows(table: Table) -> list[SystemRow]:
    """A policy system printed as a table: a column citing the broader level by code and name
    (「1 名称」, left empty below its first row where the cell was merged), then a code
    column and a name column of the level below (「1-2 | 名称」). Empty unless every row's
    code extends the broader code it sits beside; a row with none of those cells filled
    is a further entry of the policy above (or a total), passed over."""
    fields = [field_of(h) for h in table.header]
    columns = [i for i, f in enumerate(fields) if f == "policy"]
    code_column = next((i for i in columns if _all_codes(table, i)), None)
    name_column = _name_column(table, columns, code_column)
    outer_column = next(
        (i for i in columns if code_column is not None and i < code_column
         and _wrapped_cited_column(table, i)), None)  # fmt: skip
    if code_column is None or name_column is None or outer_column is None:
        return labelled_system_rows(table)
    found: list[SystemRow] = []
    outer: tuple[CodeParse, str, Cell] | None = None
    names: dict[str, str] = {}
    cited_above = False
    for row in table.rows:
        if max(code_column, name_column, outer_column) >= len(row):
            return []
        if not (row[outer_column].text or row[code_column].text or row[name_column].text):
            continue  # a further entry of the policy above (its cells left blank), or a total
        if row[outer_column].text:
            cited = cited_policy(row[outer_column].text)
            if cited is None and outer is not None and cited_above:
                names[outer[0].normalized] += row[outer_column].text.strip()  # wrapped name
            elif cited is None:
                return []
            else:
                outer = (cited[0], cited[1], row[outer_column])
                names[cited[0].normalized] = cited[1].strip()
            cited_above = cited is not None
        else:
            cited_above = False
        if not (row[code_column].text or row[name_column].text):
            continue  # only the wrapped rest of the broader level's name
        code = code_of(row[code_column].text)
        name = row[name_column].text.strip()
        if outer is None or code is None or not name or not extends(code, outer[0]):
            return []
        found.append(SystemRow(*outer, code, name, row[name_column]))
    return [replace(level, outer_name=names[level.outer.normalized]) for level in found]


def _wrapped_cited_column(table: Table, column: int) -> bool:
    """Every filled cell of the column cites a policy by code and name, or carries on the
    name of the one right above it (「1 子どもの | 」 then 「笑顔のまち | 」: a name a
    space-aligned table wraps onto the next line)."""
    cells = [r[column].text if column < len(r) else "" for r in table.rows]
    cited = [bool(c) and cited_policy(c) is not None for c in cells]
    return any(cited) and all(
        not c or cited[k] or (k > 0 and cited[k - 1]) for k, c in enumerate(cells)
    )


def _labelled_level(text: str) -> tuple[CodeParse, str, str] | None:
    """「施策4 名称」: a cell printing a policy label word, a code and a name (code, name,
    the label word)."""
    lead = find_leading_code(text)
    if lead is None or not is_policy_prefix(lead.prefix) or not lead.label:
        return None
    code = code_of(lead.code.printed)
    if code is None or is_label_like(lead.label) or _AMOUNT.search(lead.label):
        return None
    return code, lead.label.strip(), lead.prefix


def _cited_level(text: str, broader: CodeParse) -> tuple[CodeParse, str, str] | None:
    """「1-2 名称」 beside 「基本目標1 …」: a cell citing a code below the broader level's
    and its name, with no label word (code, name, "")."""
    cited = cited_policy(text)
    if cited is None or not extends(cited[0], broader):
        return None
    return cited[0], cited[1].strip(), ""


def _cited_goal(text: str) -> tuple[CodeParse, str, str] | None:
    """「1 名称」 in the broader level's column: its code and name, with no label word."""
    cited = cited_policy(text)
    if cited is None or _AMOUNT.search(cited[1]):
        return None
    return cited[0], cited[1].strip(), ""


def labelled_system_rows(table: Table) -> list[SystemRow]:
    """A policy system printed as a table of labelled cells, one level per column (「基本目標1
    名称 | 施策1 名称」, a broader cell left empty below its first row where it was merged).
    A level numbered across the broader ones (施策4 under 基本目標2) takes the code composed
    along the row (2-4), as levels that number afresh do; one that already extends the
    broader code keeps it, and so may print no label word (「1-2 名称」), as the broader
    level may (「1 名称」). Three or more levels (基本目標 | 政策 | 施策) chain column by
    column, each under the nearest filled cell to its left or above it. Empty unless every
    row prints its finest level so."""
    fields = [field_of(h) for h in table.header]
    columns = [i for i, f in enumerate(fields) if f == "policy"]
    if len(columns) < 2 or len(table.rows) < 2:
        return []
    found = _level_columns(table, columns)
    if not found and len(columns) > 2:  # a third policy column of another kind (a code …)
        found = _level_columns(table, columns[:2])
    return found


def _level_columns(table: Table, columns: list[int]) -> list[SystemRow]:
    """The rows of `labelled_system_rows` read over the given policy columns."""
    found: list[SystemRow] = []
    current: dict[int, tuple[CodeParse, str, Cell, str]] = {}  # level → its cell carried down
    outers: dict[int, list[tuple[CodeParse, str, Cell, str]]] = {}  # a run-on cell's levels
    for row in table.rows:
        if columns[-1] >= len(row) or not row[columns[-1]].text:
            return []
        for level, column in enumerate(columns):
            text = row[column].text
            if not text:
                if level not in current:
                    return []
                continue  # a merged cell left blank below its first row
            if level == 0:
                top = _labelled_level(text) or _cited_goal(text)
                if top is None:
                    return []
                current = {0: (top[0], top[1], row[column], top[2])}
                outers = {}
                continue
            # 「1-1 名称1-2 名称」: the lines of a merged cell joined, one level per code
            pieces = [f"{piece.code.printed} {piece.name}" for piece in run_on_codes(text)]
            current = {k: v for k, v in current.items() if k < level}
            placed: list[tuple[CodeParse, str, Cell, str]] = []
            for piece in pieces or [text]:
                outer = _outer_of(piece, current.get(level - 1), outers.get(level - 1, []))
                inner = _labelled_level(piece)
                if inner is None and outer is not None:
                    inner = _cited_level(piece, outer[0])
                if outer is None or inner is None or (inner[2] and inner[2] == outer[3]):
                    return []
                code = inner[0]
                if not extends(code, outer[0]):
                    code = compose_codes(outer[0].printed, code.printed)
                placed.append((code, inner[1], row[column], inner[2]))
                found.append(SystemRow(outer[0], outer[1], outer[2], code, inner[1], row[column]))
            current[level] = placed[-1]
            outers = {k: v for k, v in outers.items() if k < level}
            outers[level] = placed if len(placed) > 1 else []
    return found


def _outer_of(
    text: str,
    nearest: tuple[CodeParse, str, Cell, str] | None,
    siblings: list[tuple[CodeParse, str, Cell, str]],
) -> tuple[CodeParse, str, Cell, str] | None:
    """The broader level a piece of a run-on cell sits under: of the several levels the
    broader cell printed (「1-1 …1-2 …」), the one its code extends; else the nearest."""
    cited = cited_policy(text)
    if cited is not None:
        for level in siblings:
            if extends(cited[0], level[0]):
                return level
    return nearest


_CELL_CODE = re.compile(r"^[(（]?(?P<code>[0-9]{1,3})[)）]?\s*")


_CODE_STEP = "-－‐ー"


def row_chain(row: list[Cell]) -> list[tuple[CodeParse, str, Cell]]:
    """A row that prints labelled levels cell by cell (「政策目標 | (5) | 名称 | 施策目標 |
    (2)名称」): each level's code (built from the chain: 5, 5-2), name and name cell. Empty
    unless the row holds at least two levels."""
    chain: list[tuple[CodeParse, str, Cell]] = []
    numbers: list[str] = []
    k = 0
    while k < len(row) - 1:
        if field_of(row[k].text, exact=True) != "policy":
            k += 1
            continue
        lead = _CELL_CODE.match(row[k + 1].text)
        if lead is None:
            return []
        rest = row[k + 1].text[lead.end() :].strip()
        if rest and rest[0] in _CODE_STEP:
            return []  # 「施策番号 | 4-2」: a whole code of its own, no step of a chain
        if rest:
            cell, k = row[k + 1], k + 2
        elif k + 2 < len(row) and row[k + 2].text and field_of(row[k + 2].text) is None:
            cell, rest, k = row[k + 2], row[k + 2].text, k + 3
        else:
            return []
        numbers.append(lead.group("code"))
        parsed = parse_policy_code("-".join(numbers))
        if parsed is None or is_label_like(rest):
            return []
        chain.append((parsed, rest, cell))
    return chain if len(chain) >= 2 else []


def _all_codes(table: Table, column: int) -> bool:
    """Every filled cell of the column is a code (group rows spanning the table, read as
    levels of their own by `group_rows`, set aside)."""
    cells = [r[column].text for r in table.rows
             if column < len(r) and r[column].text and not table.is_group_row(r)]  # fmt: skip
    return bool(cells) and all(column_code(table, column, c) is not None for c in cells)


@cache
def _spaced_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Policy labels, and every known label, as printed with spaces between their characters
    (「政  策」, 「施  策」): PDF forms lay a label out letter by letter."""

    def spaced(labels: list[str]) -> str:
        return "|".join(r"[ \u3000]*".join(re.escape(ch) for ch in label) for label in labels)

    policy = [label for label in labels_of("policy") if len(label) >= 2]
    every = [label for label in all_labels() if len(label) >= 2]
    return re.compile(f"(?:{spaced(policy)})"), re.compile(f"(?:{spaced(every)})")


# 「政策目標2 名称 / 施策目標1 …」: the mark printed between two levels ends neither name
_TRAILING_SEPARATOR = re.compile(r"[\s>＞/／|｜→]+$")
_RUN_CODE = re.compile(r"[ \u3000]*(?P<code>[0-9]{1,3}(?:-[0-9]{1,3})*)(?![0-9])")
_QUOTED = re.compile(r"[ \u3000]*「(?P<name>[^「」]{2,40})」")


def _inline(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """Policies inside running text: a chain of labelled levels printed together (「基本目標06
    まちづくりの進め方政策01…施策01…」, the code built from the chain), or a label, a code
    and a quoted name (「施策27「都市基盤整備」では」)."""
    text = line_of(doc, block)
    policy, every = _spaced_labels()
    chain: list[tuple[str, str, int, int]] = []  # code, name, name start, name end
    pos = 0
    last_word = ""
    for label in policy.finditer(text):
        if label.start() < pos:
            continue
        code = _RUN_CODE.match(text, label.end())
        if code is None:
            chain = []
            continue
        quoted = _QUOTED.match(text, code.end())
        if quoted is not None:
            parsed = code_of(code.group("code"))
            if parsed is not None:
                start, end = block.start + quoted.start("name"), block.start + quoted.end("name")
                add_policy(facts, parsed, quoted.group("name"),
                           {"": doc.span(block.start + label.start(), end),
                            "label": doc.span(start, end)})  # fmt: skip
            chain, pos = [], quoted.end()
            continue
        following = every.search(text, code.end())
        end = following.start() if following else len(text)
        name = text[code.end() : end].strip()
        name = _TRAILING_SEPARATOR.sub("", name) or name  # a mark alone stays: names nothing
        word = re.sub(r"\s", "", label.group())
        if chain and (chain[-1][3] != label.start() or word == last_word):
            chain = []  # not run together, or the same level again (two columns side by side)
        last_word = word
        chain.append((code.group("code"), name, code.end(), end))
        pos = end
        if len(chain) >= 2:
            _add_chain(doc, facts, block, chain)


@dataclass(frozen=True)
class LineSystemRow:
    """A row of a policy system printed as PDF text lines under a header line of labels."""

    outer: CodeParse
    outer_name: str
    code: CodeParse
    name: str
    cells: list[str]  # the cells after the name (unit, grade …)
    span: Span


_LINE_ROW = re.compile(
    r"^\s*(?:(?P<outer>[0-9]{1,2})\s+)?(?:(?P<piece>[^\s0-9][^\s]*)\s+)?"
    r"(?P<code>[0-9]{1,2}-[0-9]{1,2})\s+(?P<name>\S+)(?P<cells>(?:\s+\S+)*)\s*$"
)


def line_system_rows(doc: StructuredDocument) -> list[LineSystemRow]:
    """「基本目標 施策 施策名 主管課 評価」 then 「1 架空の 1-1 名称 宵見課 A」, 「まち 1-2 …」:
    a policy-system table PDF text printed line by line, the broader level's name wrapped
    onto the start of the rows below it. Each row's code extends the broader code."""
    found: list[LineSystemRow] = []
    blocks = [b for b in doc.blocks if b.kind != "table"]
    for k, header in enumerate(blocks):
        words = line_of(doc, header).split()
        if sum(field_of(w, exact=True) == "policy" for w in words) < 2 or not all(
            field_of(w) is not None for w in words
        ):
            continue
        rows = blocks[k + 1 :]
        names = _outer_names(doc, rows)
        outer: CodeParse | None = None
        for block in rows:
            match = _LINE_ROW.match(line_of(doc, block))
            if match is None:
                break
            if match.group("outer"):
                outer = code_of(match.group("outer"))
            inner = code_of(match.group("code"))
            if outer is None or inner is None or not extends(inner, outer):
                break
            found.append(LineSystemRow(outer, names.get(outer.normalized, ""), inner,
                                       match.group("name"), match.group("cells").split(),
                                       doc.block_span(block)))  # fmt: skip
    return [r for r in found if r.outer_name]


def _outer_names(doc: StructuredDocument, blocks: list[Block]) -> dict[str, str]:
    names: dict[str, str] = {}
    current: str | None = None
    for block in blocks:
        match = _LINE_ROW.match(line_of(doc, block))
        if match is None:
            break
        if match.group("outer"):
            code = code_of(match.group("outer"))
            current = code.normalized if code else None
            if current is not None:
                names[current] = match.group("piece") or ""
        elif current is not None and match.group("piece"):
            names[current] += match.group("piece")
    return names


def _line_system(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """The levels of a policy system printed as PDF text rows (see `line_system_rows`); a
    reading that took a whole row for the broader level's name gives way."""
    for row in line_system_rows(doc):
        for code, name in ((row.outer, row.outer_name), (row.code, row.name)):
            known = next((c for c in facts.policy_codes if c.normalized == code.normalized), None)
            if known is not None and known.label and row.code.printed in known.label.split():
                known.label = name  # 「自然と共生す 1-1 …」: the row, not the name
            add_policy(facts, code, name, {"": row.span})


@dataclass(frozen=True)
class InlineLevel:
    """A level of a policy system listed along one line, and the code it sits under."""

    code: CodeParse
    name: str
    span: Span
    parent: CodeParse | None


def _consecutive(codes: list[CodeParse]) -> bool:
    """Codes of one level under one parent, counting up one by one (1-1, 1-2, 1-3)."""
    return all(
        a.parents == b.parents and len(a.parts) == len(b.parts) and b.parts[-1] == a.parts[-1] + 1
        for a, b in itertools.pairwise(codes)
    )


def _selected_siblings(codes: list[CodeParse]) -> bool:
    """Codes of one level under one parent, counting up with gaps (4-1-1, 4-1-3, 4-1-4): the
    levels a page selects from its plan's system. Only codes under a parent: plain numbers
    that skip are no such run."""
    return bool(codes) and bool(codes[0].parents) and all(
        a.parents == b.parents and len(a.parts) == len(b.parts) and b.parts[-1] > a.parts[-1]
        for a, b in itertools.pairwise(codes)
    )


def _sheet_sections(doc: StructuredDocument, codes: list[CodeParse]) -> bool:
    """「7 関係課の取組状況　8 市民満足度」 on a sheet numbering its sections 1 … 10: plain
    numbers whose neighbour in the run (6 before, 9 after) numbers a section a field word
    names (「6 今後の方向性」) are the sheet's sections, not levels of the plan."""
    if not codes or any(len(c.parts) != 1 for c in codes):
        return False
    neighbours = {str(codes[0].parts[0] - 1), str(codes[-1].parts[0] + 1)}
    return any(
        b.kind in ("heading", "item") and not b.prefix and plain_number(b.number) in neighbours
        and is_label_like(_COLUMN_GAP.split(b.text)[0])
        for b in doc.blocks if b.number
    )  # fmt: skip


def inline_levels(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> list[InlineLevel]:
    """Levels of a policy system listed along one line: a numbered line over its own
    levels below (「1 子育て・教育　1-1 子育て支援　1-2 学校教育」), or siblings in a line
    (「1 子育て　2 経済」, 「分野：1 子育て　2 経済」). Only where the page says they are
    policies: a heading or field labelled so, a policy label before the number, or a code
    of the line the document already knows as a policy. Empty otherwise."""
    if block.kind not in ("heading", "item", "paragraph", "field"):
        return []
    text = (block.value if block.kind == "field" else block.text) or ""
    split = inline_codes(text)
    if split is None:
        return []
    lead, pieces = split
    start = (block.value_start or block.start) if block.kind == "field" else (
        doc.folded.find(text, block.start, block.end))  # fmt: skip
    if start < 0 or (block.prefix and not is_policy_prefix(block.prefix)):
        return []
    own = code_of(block.number) if block.kind != "field" else None
    codes = [p.code for p in pieces]
    if own is None:
        if lead or len(pieces) < 2 or not _consecutive(codes):
            return []
        parent = None
    elif not lead or is_label_like(lead) or _AMOUNT.search(lead):
        return []
    elif all(extends(c, own) for c in codes) and _consecutive(codes) and codes[0].parts[-1] == 1:
        parent = own
    elif _consecutive([own, *codes]):
        parent = None
    elif _selected_siblings([own, *codes]) and _COLUMN_GAP.search(text[: pieces[0].start]):
        parent = None  # 「4-1-1 名称   4-1-3 名称」: set apart by wide gaps, as columns are
    else:
        return []
    known = {c.normalized for c in facts.policy_codes}
    labelled = (
        (block.kind == "field" and label_field(block.label) == "policy")
        or is_policy_prefix(block.prefix)
        or any(label_field(h.text) == "policy" for h in doc.headings_above(block))
        or any(c.normalized in known for c in codes)
        or (parent is None and own is not None and own.normalized in known)
    )
    if not labelled or (parent is None and _sheet_sections(doc, [c for c in (own, *codes) if c])):
        return []
    found: list[InlineLevel] = []
    if own is not None:
        found.append(InlineLevel(own, lead, doc.span(start, start + len(lead)), None))
    for piece in pieces:
        span = doc.span(start + piece.start, start + piece.end)
        found.append(InlineLevel(piece.code, piece.name, span, parent))
    return found


def _inline_lists(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """The levels of a policy system listed along lines (see `inline_levels`); a reading
    that took the whole line for the first level's name gives way."""
    for block in doc.blocks:
        levels = inline_levels(doc, facts, block)
        for level in levels:
            known = next((c for c in facts.policy_codes if c.normalized == level.code.normalized),
                         None)  # fmt: skip
            rest = nfkc_key(doc.folded[level.span.start : block.end])
            if known is not None and nfkc_key(known.label or "") in (nfkc_key(block.text), rest):
                known.label = level.name
                known.evidence = {**known.evidence, "label": level.span}
            add_policy(facts, level.code, level.name, {"": doc.block_span(block),
                                                       "label": level.span})  # fmt: skip


def _trailing_level(text: str) -> tuple[CodeParse, str, int, int] | None:
    """「総合計画 政策 3 名称」: a policy label, a code and a name closing the line, behind
    whatever row label a form prints first (code, name, name start, name end)."""
    policy, every = _spaced_labels()
    found = None
    for label in policy.finditer(text):
        code = _RUN_CODE.match(text, label.end())
        if code is None:
            continue
        name = text[code.end() :].strip()
        if (
            not name
            or every.search(text, code.end())
            or len(name) > 40
            or re.search(r"[。,]", name)
            or ("、" in name and not _clause_joined(name))
            or is_label_like(name)
        ):
            continue
        parsed = code_of(code.group("code"))
        if parsed is not None:
            start = text.find(name, code.end())
            found = (parsed, name, start, start + len(name))
    return found


def _clause_joined(name: str) -> bool:
    """「海を守り、森を育てるまち」: one comma after a verb's or adjective's kana ending joins
    two clauses of one name — unlike a list of names (「宵見課、月見課」)."""
    head, comma, tail = name.partition("、")
    return bool(comma) and "、" not in tail and re.search(r"[\u3041-\u309f]$", head) is not None


def _line_levels(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """Levels of a policy system printed on consecutive lines, each after its label
    (「政策 3 名称」 then 「施策 3-2 名称」), as a sheet's row of 「総合計画上の位置付け」
    wraps: both are policies when the second code extends the first."""
    for pair in line_level_pairs(doc):
        for block, (code, name, start, end) in pair:
            span = doc.span(block.start + start, block.start + end)
            add_policy(facts, code, name, {"": doc.block_span(block), "label": span})


LineLevel = tuple[Block, tuple[CodeParse, str, int, int]]


def line_level_pairs(doc: StructuredDocument) -> list[tuple[LineLevel, LineLevel]]:
    """The pairs of consecutive lines `_line_levels` reads: each line's block and its level
    (code, name, name start, name end in the line), the broader level first."""
    found: list[tuple[LineLevel, LineLevel]] = []
    blocks = [b for b in doc.blocks if b.kind in ("heading", "item", "paragraph", "field")]
    for first, second in itertools.pairwise(blocks):
        upper = _trailing_level(line_of(doc, first))
        lower = _trailing_level(line_of(doc, second))
        if upper is not None and lower is not None and extends(lower[0], upper[0]):
            found.append(((first, upper), (second, lower)))
    return found


def _add_chain(
    doc: StructuredDocument,
    facts: DocumentFacts,
    block: Block,
    chain: list[tuple[str, str, int, int]],
) -> None:
    printed: list[str] = []
    numbers: list[str] = []
    for code, name, start, end in chain:
        own = [str(int(p)) for p in code.split("-")]
        if numbers and own[: len(numbers)] == numbers and len(own) > len(numbers):
            printed = [code]  # 「基本目標 2 … 施策 2-4 …」: the code already names its goal
            numbers = own
        else:
            printed.append(code)
            numbers = numbers + own
        parsed = parse_policy_code("-".join(numbers))
        if parsed is not None and name and not re.search(r"\w", name):
            continue  # 「基本目標2 > 施策5 …」: the level names nothing here, only its code
        if parsed is None or not name or len(name) > 60 or is_label_like(name):
            return
        parsed = CodeParse("-".join(printed), parsed.normalized, parsed.parts, parsed.parents)
        if any(nfkc_key(c.label or "") == nfkc_key(name) and c.normalized == parsed.normalized
               for c in facts.policy_codes):  # fmt: skip
            continue
        add_policy(facts, parsed, name,
                   {"": doc.span(block.start + start, block.start + end),
                    "label": doc.span(block.start + start, block.start + end)})  # fmt: skip


@dataclass(frozen=True)
class TreeLevel:
    """A level of a policy system drawn as a tree, and the level it hangs from."""

    code: CodeParse
    name: str
    span: Span
    line: Span
    parent: CodeParse | None


_BOX = re.compile(r"[\u2500-\u257f]")
_TREE_PIECE = re.compile(r"(?:(?![\u2500-\u257f]|[ \u3000]{2,}).)+")
TREE_NAME_MAX = 30


def drawn_tree(doc: StructuredDocument) -> list[TreeLevel]:
    """A policy system drawn with box characters (「Ⅰ 名称 ─ Ⅰ-1 名称 ── Ⅰ-1-1 名称」, then
    「│   Ⅰ-1-2 名称」, 「└ Ⅰ-2 名称 ─ …」): every code printed with its name between the
    strokes of lines that draw strokes. A level is kept when the level its code hangs from
    is drawn too, and a top level when a level hangs from it, so a drawn org chart (no
    codes), a stray numbered line or a contents line (「1-1 目的 ──── 3」: a piece with no
    code and name) never reads as one. Gated on a box character."""
    if not _BOX.search(doc.folded):
        return []
    drawn: list[tuple[CodeParse, str, Span, Span]] = []
    seen: set[int] = set()
    ends: set[int] = set()  # where the lines of the drawing end
    above: tuple[int, list[tuple[CodeParse, str, Span, Span]]] | None = None  # a coded line
    for block in doc.blocks:
        if block.kind == "table":
            continue
        start = doc.folded.rfind("\n", 0, block.start) + 1
        while start < block.end:
            end = doc.folded.find("\n", start)
            end = len(doc.folded) if end < 0 else end
            line = doc.folded[start:end]
            if start in seen:
                start = end + 1
                continue
            seen.add(start)
            levels = _drawn_levels(doc, line, start)
            whole = bool(levels) and len(levels) == len(
                [p for p in _TREE_PIECE.finditer(line) if p.group().strip()]
            )
            stroked = bool(_BOX.search(line))
            if stroked and whole:  # the tree's top line may be printed without strokes
                if above is not None and above[0] == start - 1:
                    drawn.extend(above[1])
                drawn.extend(levels)
                ends.add(end)
            elif whole and (start - 1) in ends:  # 「      Ⅰ-2-2 名称」: it goes on unstroked
                drawn.extend(levels)
                ends.add(end)
            above = (end, levels) if whole and not stroked else None
            start = end + 1
    codes = {code.normalized for code, *_ in drawn}
    found: list[TreeLevel] = []
    for code, name, span, line in drawn:
        parent = code.parents[-1] if code.parents else None
        if parent is not None and parent in codes:
            up = next(c for c, *_ in drawn if c.normalized == parent)
            found.append(TreeLevel(code, name, span, line, up))
        elif parent is None and any(c.parents and c.parents[0] == code.normalized
                                    for c, *_ in drawn):  # fmt: skip
            found.append(TreeLevel(code, name, span, line, None))
    return found


def _drawn_levels(
    doc: StructuredDocument, line: str, start: int
) -> list[tuple[CodeParse, str, Span, Span]]:
    """The coded pieces between a drawn line's strokes and wide gaps (code, name, name span,
    line span); none when a piece holds no code or no short name."""
    found: list[tuple[CodeParse, str, Span, Span]] = []
    for piece in _TREE_PIECE.finditer(line):
        text = piece.group()
        if not text.strip():
            continue
        lead = find_leading_code(text.strip())
        if lead is None or (lead.prefix and field_of(lead.prefix, exact=True) != "policy"):
            continue
        name = lead.label.strip()
        code = code_of(lead.code.printed)
        if code is None or not name or len(name) > TREE_NAME_MAX or re.search(r"[。．]", name):
            continue
        at = start + piece.start() + (len(text) - len(text.lstrip())) + lead.label_start
        found.append((code, name, doc.span(at, at + len(name)), doc.span(start, start + len(line))))
    return found


def _drawn_tree(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """The levels of a policy system drawn as a tree (see `drawn_tree`); a reading that ran
    one level's name across the strokes to the next gives way."""
    for level in drawn_tree(doc):
        known = next((c for c in facts.policy_codes if c.normalized == level.code.normalized),
                     None)  # fmt: skip
        if known is not None and _BOX.search(known.label or ""):
            known.label = level.name
            known.evidence = {**known.evidence, "label": level.span}
        add_policy(facts, level.code, level.name, {"": level.line, "label": level.span})


def _form_rows(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """A form laid out as a table whose row label is a policy word and whose value is a code
    and a name (「政策 | 5 森とともに暮らすまち」, 「施策 | 5-2 …」): that level of the plan.
    The label may stand after blank cells (a typed row of a sheet: 「 | 施策 | 1-(1) …」)."""
    for printed in all_rows(table):
        row = list(itertools.dropwhile(lambda c: not c.text.strip(), printed))
        if len(row) < 2 or field_of(row[0].text, exact=True) != "policy":
            continue
        value = row[1]
        lead = find_leading_code(value.text)
        if lead is None or lead.prefix or not lead.label or is_label_like(lead.label):
            continue
        code = code_of(lead.code.printed)
        if code is None or _AMOUNT.search(lead.label) or "。" in lead.label:
            continue
        label = doc.span(value.start + lead.label_start, value.end)
        add_policy(facts, code, lead.label, {"": doc.cell_span(value), "label": label})


def _form_code_then_name(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「施策番号 | 4-2」 then 「施策名 | 星の街づくり」 in a form laid out as a table (one
    label-value pair per row, or two side by side): the code and the name of one level."""
    for code, name, _, name_cell in form_code_names(table):
        add_policy(facts, code, name, {"": doc.cell_span(name_cell),
                                       "label": doc.cell_span(name_cell)})  # fmt: skip


def form_code_names(table: Table) -> list[tuple[CodeParse, str, Cell, Cell]]:
    """The (code, name, code cell, name cell) of each policy a form laid out as a table
    prints as two labelled pairs: a policy label over a bare code, then the next pair a
    policy label over a name with no code before it (「施策番号 | 4-2」, 「施策名 | …」)."""
    found: list[tuple[CodeParse, str, Cell, Cell]] = []
    pending: tuple[CodeParse, Cell] | None = None
    for row in all_rows(table):
        if len(row) < 2 or len(row) % 2:
            pending = None
            continue
        for label, value in zip(row[::2], row[1::2], strict=True):
            if field_of(label.text, exact=True) != "policy":
                pending = None
                continue
            text = value.text.strip()
            code = code_of(text) if _BARE_CODE.match(text) else None
            cited = cited_policy(text) if code is None and pending is None else None
            if cited is not None and (cited[0].printed[:1] in "(（" or level_parts(text)[1:]):
                cited = None  # 「施策目標 | (2)名称」: a level counted within a level elsewhere;
                # 「基本目標2 … / 施策2-3 …」: a chain, read as one (`_field_chain`)
            if cited is not None:  # 「推進項目 | 1-1 歳入の確保」: the code and the name in one
                found.append((cited[0], cited[1], value, value))
            elif code is not None:
                pending = (code, value)
            elif pending is not None and text and find_leading_code(text) is None and (
                not is_label_like(text) and not _AMOUNT.search(text) and "。" not in text
            ):
                found.append((pending[0], text, pending[1], value))
                pending = None
            else:
                pending = None
    return found


_BARE_CODE = re.compile(r"^[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX]+(?:\s*[-－‐ー]\s*[(（]?[0-9０-９]+[)）]?)+$")


def _finer_levels_listed(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「5-2-1 名称」「5-2-2 名称」 listed on a page that prints policy 5-2: numbered entries
    whose codes extend a known policy's by one step are the levels below it. Two entries at
    least, counting from 1, none a sentence or an amount."""
    known = {c.normalized for c in facts.policy_codes}
    found: dict[str, list[tuple[Block, CodeParse]]] = {}
    for block in doc.blocks:
        if block.kind not in ("item", "heading") or block.prefix:
            continue
        code = code_of(block.number)
        if code is None or len(code.parts) < 2 or code.normalized in known:
            continue
        if code.parents[-1] in known:
            found.setdefault(code.parents[-1], []).append((block, code))
    for entries in found.values():
        numbers = [code.parts[-1] for _, code in entries]
        if len(entries) < 2 or numbers != list(range(1, len(entries) + 1)):
            continue
        if any(_AMOUNT.search(b.text) or "。" in b.text or is_label_like(b.text)
               for b, _ in entries):  # fmt: skip
            continue
        for block, code in entries:
            add_policy(facts, code, clean_name(block.text), _evidence(doc, block))
