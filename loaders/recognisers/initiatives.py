"""Initiatives (施策, 取組, 重点課題, 改革項目 …), each under the policy code it is filed under:
an entry listed under a policy takes that policy's code; a policy that is itself a measure
(a 施策 of its goal, a coded row graded in an evaluation) takes its own code, which lies
under its goal's and so names both.

Precision comes from structure, never from the words of a name: an initiative is
* an entry of a list under a heading the vocabulary marks as initiatives (「部局の方向性」,
  「重点課題」), or the one line under such a heading (「(1)政策内容」);
* an entry under a policy (「■施策2-3 …」 then 「・交流拠点の整備」; 「該当する施策」 inside
  policy 1);
* a line that names its policy and its own number (「重点改革項目1 No.R1-1 名称(所管部署:…)」),
  or a name cited with such a number (「No.82 名称 …」) in a document that numbers them so;
* a row of a table (or of a header line and the rows under it) whose name column is
  labelled as initiatives, or whose other columns are evaluations (the rows are what was
  evaluated);
* a quoted name in a sentence about a policy (施策2-3「…」では、「A」と「B」に取り組みます);
* an entry of a list that an entry heading groups (「重点目標1 …」 over 「(1) …」), of a
  labelled policy page's own numbered list, or the row under a row of policy levels;
* a numbered entry field (【課題1】…) filed under the code its own record cites;
* a row of a table under one of several sibling pillars (「第1 …」 over a table of 取組項目),
  filed under the pillar, or one whose column of known policy codes (「体系」) files it;
* the finer levels under a measure (「施策1-1」 over 「1-1-1 …」), and principles with their
  own lettered actions (「1 基本方針」 over 「① …」 over 「ア …します。」) in a plan with no codes.
* a level listed along its policy's line (「1 名称　1-1 名称」), filed under that policy;
* an entry of a table whose entries are one more level of the policy system (see
  `policies.entry_levels`), or labelled and numbered below a heading (「取組1-1」 under
  「目標1」), under its own code;
* a graded level of a policy tree (「Ⅲ-1 …」 then 「評価：A」, or a list entry 「・達成度：A」),
  the policy a sheet names first by code and name rows (「施策番号」「施策名」, before any
  project), labelled items under a goal the section names in a sentence (「基本目標4「…」の
  うち」 then 「・施策4-1 …」), and the finest level a policy
  sheet's heading rows print (「基本政策 3 …」 then 「施策 3-2 …」), under its own code.
* every level below the top of a policy system the page prints as a table of levels, a
  tree under a system or placement heading, or a placement field's chain, under its
  parent's code — unless the page files entries of its own under those levels (then they
  are the entries' policies); entries numbered one level below the printed system (「取組番号」
  rows) likewise, and entries numbered afresh nested in a labelled level of a list.
* a row numbered under a bare number label beside a policy column (「項目番号 | 推進項目」),
  below a policy the document prints, under that policy's code; and the level a form laid
  out as a table names by code and name rows (「施策番号 | 4-2」「施策名 | …」), under its own.
A stretch of two columns side by side is read again column by column.
A bracket citing a policy after an entry (「名称(総合計画 施策3-2-1「…」)」) files it there.
`graded_rows` gives the rows' grades to the evaluations recogniser.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.facts import DocumentFacts, Initiative, PolicyCode, Span
from loaders.field_vocabulary import (
    NAME_LABEL_ENDS,
    field_of,
    keys_rows,
    label_key,
    numbered_column_field,
    numbered_siblings,
    numbers_rows,
)
from loaders.genres.columns import across_columns, unfolded
from loaders.genres.units import unit_kind, without_unit_bracket
from loaders.recognisers.caption_header import caption_headers
from loaders.recognisers.checked_grades import checked_grades
from loaders.recognisers.counted_headings import labelled_codes
from loaders.recognisers.counted_levels import (
    code_of_chain,
    level_columns,
    numbers_only,
    row_codes,
)
from loaders.recognisers.form_rows import subject_pair
from loaders.recognisers.grade_years import (
    caption_year,
    grade_first,
    heading_year,
    leader_grade,
    packed_grades,
)
from loaders.recognisers.group_rows import group_code, group_rows
from loaders.recognisers.item_leaves import item_leaves
from loaders.recognisers.kind_rows import kind_rows
from loaders.recognisers.leader_grades import leader_runs
from loaders.recognisers.level_chains import chain_code
from loaders.recognisers.outline import (
    CITING_BRACKET,
    aligned_row,
    all_rows,
    before_fields,
    before_grade,
    before_joined_field,
    bracket_code,
    clean_name,
    code_above,
    code_of,
    column_code,
    entry_table_groups,
    entry_table_section,
    extends,
    field_code,
    grade_of,
    heading_code,
    heads_entry_table,
    heads_form,
    is_label_like,
    is_label_phrase,
    is_policy_heading,
    is_year_label,
    label_field,
    line_of,
    links_a_chain,
    listed_after,
    names_entries,
    numbered_apart,
    numbered_codes_column,
    numbered_under,
    own_list,
    policy_code,
    progress_columns,
    rejoin_wrapped,
    says_what_was_done,
    sheet_code,
    under_code,
)
from loaders.recognisers.policies import cited_column as is_cited_column
from loaders.recognisers.policies import (
    cited_policy,
    coded_entries,
    coded_name_rows,
    drawn_tree,
    entry_group,
    entry_levels,
    entry_number_rows,
    finer_level_rows,
    finest_lead,
    form_code_names,
    inline_levels,
    is_goal_prefix,
    is_policy_prefix,
    level_pairs,
    level_parts,
    line_level_pairs,
    line_system_rows,
    measures_after,
    names_policy_level,
    nested_coded_entries,
    numbered_code_rows,
    places_in_system,
    policy_name,
    prefixed_column,
    printed_above,
    row_chain,
    sibling_levels,
    system_rows,
    system_table,
    system_trees,
    tree_level_columns,
)
from loaders.recognisers.run_together_grades import parent_printed, run_together_rows
from loaders.recognisers.speech_entries import Cited, placed_quotes
from loaders.recognisers.tagged_levels import (
    cited_level,
    run_on_entry,
    section_level,
    tagged_level,
)
from loaders.structure import Block, Cell, StructuredDocument, Table
from loaders.structure.numbering import leading_numbering
from loaders.text.fiscal_year import parse_fiscal_year, year_mentions
from loaders.text.normalize import TRAILING_BRACKET_NOTE, fold_width, nfkc_key
from loaders.text.policy_codes import (
    CodeParse,
    find_leading_code,
    parse_dotted_code,
    parse_policy_code,
)
from loaders.text.project_names import project_ending

NAME_MAX = 60
# 「全14項目」「計12件」: how many entries a summary counts, not an entry's name
# a letter of a word: kana or kanji or Latin (「・」 and 「ー」 alone join figures, 「1・2・3」)
_WORD = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u3400-\u9fffA-Za-z]")
_COUNT = re.compile(r"^\s*(?:全|計|合計)?\s*[0-9]+\s*(?:項目|件|本|項)\s*$")
# (「…を的確に反映しているか」: a check item's question, no entry's name)
_SENTENCE = re.compile(
    r"[。．]|(?:ます|です|ました|でした)$|(?:いる|ある|ない|妥当|適切)か[○◎△×]?$"
)
_POLITE_ENDINGS = ("ます", "です")
_NUMBER_SIGN = re.compile(r"^\s*(?:No\.?|№)\s*(?P<n>[A-Z]?[0-9]+(?:-[0-9]+)*)[\s:：]*", re.I)
_CITED = re.compile(r"(?:^|[\s(（])(?:No\.?|№)\s*(?P<n>[0-9]{1,4})[ \u3000]+(?P<name>\S{2,40})")
_ATTRIBUTE_PART = re.compile(r"^\s*(?P<label>[^:：()（）]{1,12})[:：]\s*(?P<value>.+?)\s*$")
_TRAILING_GROUP = re.compile(r"[(（](?P<body>[^()（）]*)[)）]\s*$")
_QUOTE_RUN = re.compile(
    r"(?P<run>「[^「」]{2,50}」(?:\s*[、と,]\s*「[^「」]{2,50}」)*)\s*"
    r"(?P<tail>については|に取り組|などの|の評価は)"
)
_QUOTE = re.compile(r"「(?P<name>[^「」]{2,50})」")
_NUMBER_ONLY = re.compile(r"^[0-9]{1,3}[.．]?$")
_NUMBER_LABEL = re.compile(r"^(?:No|NO|№)[.．]?$")
HEADER_WITH_UNKNOWN = 5  # labels a header line needs before one unknown column is allowed
MAX_NAME_TAIL = 15  # the piece of a name wrapped onto the next line is short
_BRACKET_PIECE = re.compile(r"[^()（）]*[)）]|[(（][^()（）]*[)）]")


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """The initiatives of `doc`. A stretch printed as two columns side by side is read again
    column by column (`loaders.genres.columns`, the policies' evidence read over the unfolded
    text meanwhile): what only that reading finds is added, its evidence quoted from the
    original, and a name the line-by-line reading ran across both columns goes."""
    columns = unfolded(doc)
    given = list(facts.initiatives)
    with caption_headers(doc), labelled_codes(doc):  # 「1 施策Ⅰ-1 名称」: read as 施策Ⅰ-1
        _recognise(doc, facts)
    if columns is None:
        return
    part = copy.copy(facts)
    part.initiatives = list(given)
    kept = [policy.evidence for policy in facts.policy_codes]
    for policy in facts.policy_codes:
        policy.evidence = columns.into(policy.evidence)
    try:
        _recognise(columns.doc, part)
    finally:
        for policy, evidence in zip(facts.policy_codes, kept, strict=False):
            policy.evidence = evidence
    facts.initiatives[:] = [
        i for i in facts.initiatives if any(i is g for g in given) or not across_columns(i.name)
    ]
    known = {nfkc_key(i.name): i for i in facts.initiatives}
    for initiative in part.initiatives:
        if any(initiative is g for g in given):
            continue
        same = known.get(nfkc_key(initiative.name))
        if same is None:
            initiative.evidence = columns.back(initiative.evidence)
            facts.initiatives.append(initiative)
            known[nfkc_key(initiative.name)] = initiative
        elif not same.policy_codes:
            same.policy_codes.extend(initiative.policy_codes)


def _recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    for known in facts.initiatives:  # a genre parser's reading of 「名称 主管課 宵見課」
        known.name = before_fields(known.name).strip() or known.name
    facts.initiatives[:] = [
        i for i in facts.initiatives if _WORD.search(i.name) and not _misread_part(facts, i)
    ]
    for row in run_together_rows(doc, facts.fiscal_year):  # 「Ⅲ-1名称B」 under a run-on header
        if (parent := parent_printed(row.code)) is not None:
            add_initiative(facts, row.name, [parent], {"": doc.span(row.start, row.end)})
    for block in doc.blocks:
        if block.kind in ("heading", "item"):
            _own_numbered(doc, facts, block)
            _citing_entry(doc, facts, block)
            _counted_entry(doc, facts, block)
        elif block.kind == "field" and block.label:
            _citing_term(doc, facts, block)
    _run_on_entries(doc, facts)
    # 「施策1-1」 under 「基本目標1」, an entry unless the page files entries under it elsewhere
    levels: list[tuple[Block, CodeParse, Initiative]] = []
    for heading in doc.of_kind("heading"):
        field = label_field(heading.text)
        if field == "evaluation" and _graded_entries_label(heading.text) and any(
            b.kind == "item" and b.parent == heading.index for b in doc.under(heading)
        ):  # 「主な取組の進捗」 over its items: the entries, each with its grade
            field = "initiative"
        if field == "initiative" and run_on_entry(heading.text) is None:
            _labelled_list(doc, facts, heading)
        elif field == "policy" and heading.number is None:
            _policy_members(doc, facts, heading)
        elif field == "policy":
            _uncoded_principles(doc, facts, heading)
        if heading.number and is_policy_prefix(heading.prefix):
            _items_under_policy(doc, facts, heading)
            _projects_after_policy(doc, facts, heading)
            if (code := _policy_under_policy(doc, heading)) is not None:
                added = add_initiative(facts, heading.text, [code.printed], _span(doc, heading))
                if added is not None:
                    levels.append((heading, code, added))
            _measures_of_policy_page(doc, facts, heading)
            _terms_under_policy(doc, facts, heading)
        for block, own in coded_entries(doc, heading):
            if _holds_entries(block.text):
                continue  # 「改革項目Ⅰ-1 …（取組1～3）」: a level holding entries of its own
            name, values = attributes(block.text)
            division = values.get("division")
            units = [division] if division and unit_kind(division) else []
            add_initiative(facts, name, [own.printed], _span(doc, block), responsible=units)
        placed = None if is_policy_prefix(heading.prefix) else section_level(doc, heading)
        if placed is not None and _is_title(heading.text):  # 「目標1」 over 「[計画]施策3-1 …」
            add_initiative(facts, heading.text, [placed.code.printed], _span(doc, heading),
                           number=heading.number)  # fmt: skip
            for part in _circled_parts(doc, heading):  # its 「① …」 under the citation
                add_initiative(facts, part.text, [placed.code.printed], _span(doc, part))
        if heading.number and _is_entry_prefix(heading.prefix):
            _entry_heading(doc, facts, heading)
        elif heading.number and is_policy_prefix(heading.prefix) and heads_form(doc, heading):
            add_initiative(facts, heading.text, [], _span(doc, heading), number=heading.number,
                           kind="priority_issue")  # fmt: skip
    for block, _, broader in nested_coded_entries(doc):  # 「・取組1-(1)-①」 in 「・推進項目1-(1)」
        add_initiative(facts, block.text, [broader.printed], _span(doc, block))
    _fields(doc, facts)
    _policy_field_chain(doc, facts)
    _items_after_policy_field(doc, facts)
    _numbered_after_label_line(doc, facts)
    _placed_levels(doc, facts)
    _labelled_items_under_policy(doc, facts)
    _nested_list_levels(doc, facts)
    _items_under_named_policy(doc, facts)
    _listed_under_level(doc, facts)
    for heading in doc.of_kind("heading"):
        plain = not heading.prefix or is_goal_prefix(heading.prefix)  # 「目標１ 名称」 too
        if heading.number and plain and _is_policy(facts, heading):
            _numbered_under_policy(doc, facts, heading)
            _bullets_under_policy(doc, facts, heading)
    for checked in checked_grades(doc):  # a form's ticked grade: its project was evaluated
        add_initiative(facts, checked.name, [checked.code] if checked.code else [],
                       {"": doc.block_span(checked.subject)}, projects=True)  # fmt: skip
    for block in doc.of_kind("table"):
        if block.table is not None:
            _finer_level_entries(doc, facts, block)
            _tree_entries(doc, facts, block.table)
            _bulleted_rows_under_codes(doc, facts, block.table)
            if (kinds := kind_rows(block.table)) is not None:  # 取組 rows under their 施策
                for name, code, cell in kinds.entries:
                    span = doc.cell_span(cell)
                    add_initiative(facts, name, [code.printed], {"": span, "name": span})
            _paired_levels(doc, facts, block.table)
            _labelled_entry_rows(doc, facts, block.table)
            _rows_under_chains(doc, facts, block.table)
            _system_members(doc, facts, block.table)
            _listed_entry_cells(doc, facts, block.table)
            _graded_policies(doc, facts, block.table)
            _graded_level_cells(doc, facts, block.table)
            named = {c.printed: c for c, *_ in form_code_names(block.table)}
            # the one policy the form is about; of a chain (改革の柱 1, 推進項目 1-1), the finest
            finest = max(named.values(), key=lambda c: len(c.parts), default=None)
            chain = finest is not None and all(
                c is finest or extends(finest, c) for c in named.values()
            )
            codes = [finest.printed] if finest is not None and chain else []
            for row in form_entries(doc, block.table):
                add_initiative(facts, row.name, codes, row.evidence, number=row.number,
                               kind="action")  # fmt: skip
    for row in graded_rows(doc, facts):
        add_initiative(facts, row.name, row.codes, row.evidence)
    _leader_entries(doc, facts)
    _chain_entries(doc, facts)
    _prose(doc, facts)
    _speech(doc, facts)
    _cited(doc, facts)
    _inline_members(doc, facts)
    _drawn_members(doc, facts)
    _graded_levels(doc, facts)
    _finest_line_level(doc, facts)
    _sheet_subjects(doc, facts)
    _levels_of_measures(doc, facts)
    _levels_under_parents(facts)
    _inline_labelled_items(doc, facts)
    known = {policy.normalized for policy in facts.policy_codes}
    for leaf in item_leaves(doc, known):  # 「Ⅰ-1 名称」 with 「担当／予算／評価」 under 「Ⅰ …」
        add_initiative(facts, leaf.name, [leaf.code.printed], _span(doc, leaf.block),
                       responsible=[leaf.unit] if leaf.unit else [])  # fmt: skip
    _system_table_levels(doc, facts)  # last: they ask what the page files under the system
    _system_tree_levels(doc, facts)
    _numbered_code_levels(doc, facts)
    _entry_number_rows(doc, facts)
    _form_table_levels(doc, facts)
    _levels_under_named_goal(doc, facts)
    _codes_cited_elsewhere(doc, facts)
    _levels_with_no_entries(doc, facts, levels)
    _drop_policy_doubles(facts)
    _drop_chain_links(doc, facts)
    _drop_listed_joins(facts)


def _drop_listed_joins(facts: DocumentFacts) -> None:
    """A cell listing entries (「A、B」) read whole too, beside its entries A and B read one
    by one (`_listed_entry_cells`): the whole is no entry."""
    names = {nfkc_key(i.name) for i in facts.initiatives}
    facts.initiatives[:] = [
        i for i in facts.initiatives
        if not ((parts := [nfkc_key(p) for p in _LISTED.split(i.name)])
                and len(parts) >= 2 and all(p in names for p in parts))
    ]  # fmt: skip


def _labelled_entry_rows(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「（取組）X」 in the name column of `coded_name_rows` under a 「1-1 | 子育て支援」 row: an
    entry the row labels as the initiative field's, of the level coded above it."""
    current: CodeParse | None = None
    for code, cell, _ in coded_name_rows(table):
        if code is not None:
            current = code
            continue
        label = _ENTRY_LABEL.match(cell.text.strip())
        if current is None or label is None or field_of(label.group(1)) != "initiative":
            continue
        name = cell.text.strip()[label.end() :].strip()
        span = doc.cell_span(cell)
        add_initiative(facts, name, [current.printed], {"": span, "name": span})


# 「（取組）」「〔取組〕」「【取組】」: a field's word in brackets opening a cell
_ENTRY_LABEL = re.compile(r"^[(（〔【\[]([^()（）〔〕【】\[\]]{1,6})[)）〕】\]]\s*")


def _levels_with_no_entries(
    doc: StructuredDocument,
    facts: DocumentFacts,
    levels: list[tuple[Block, CodeParse, Initiative]],
) -> None:
    """The levels under a level (`_policy_under_policy`) are the measures their goal is
    carried out by, unless the level is a bare node of a tree and the page files entries
    under it elsewhere: a tree of 「施策3-1-1」 lines (an image map's boxes, nothing under
    each but the levels below) whose 主な取組 a table further down lists under the same codes
    is the policy those entries serve, no entry of its own. (A level with text of its own in
    its section stays an entry, as plans list them.)"""
    own_levels = {id(initiative) for _, _, initiative in levels}
    filed = [
        (parsed.normalized, initiative.evidence[""].start)
        for initiative in facts.initiatives
        if id(initiative) not in own_levels and "" in initiative.evidence
        for printed in initiative.policy_codes
        if (parsed := parse_policy_code(printed)) is not None
    ]
    dropped: set[int] = set()
    for heading, code, initiative in levels:
        own, end = code.normalized, _section_end(doc, heading)
        under = [at for c, at in filed if c == own or c.startswith(own + "-")]
        bare = all(b.kind == "heading" for b in doc.blocks[heading.index + 1 :]
                   if b.start < end)  # fmt: skip
        if under and bare and not any(heading.start <= at < end for at in under):
            dropped.add(id(initiative))
    facts.initiatives[:] = [i for i in facts.initiatives if id(i) not in dropped]


def _section_end(doc: StructuredDocument, heading: Block) -> int:
    """Where the section `heading` opens ends: at the next heading of its level or above."""
    for block in doc.blocks[heading.index + 1 :]:
        if block.kind == "heading" and block.level <= heading.level:
            return block.start
    return len(doc.text)


def _codes_cited_elsewhere(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """An entry read with no code (a row of a review table) that the page prints elsewhere
    with a bracket citing its policy (「目標1 名称（施策4-2-1）」): filed under that policy."""
    for initiative in facts.initiatives:
        if initiative.policy_codes:
            continue
        for block in doc.blocks:
            if block.kind not in ("heading", "item", "paragraph"):
                continue
            at = block.text.find(initiative.name)
            if at < 0:
                continue
            name, cited = cited_in_brackets(block.text[at:])
            if cited is not None and name == initiative.name:
                initiative.policy_codes.append(cited)
                break


def _chain_entries(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「(1) 政策目標(3) 名称 － 施策目標(1) 名称」 over 「ア …」「イ …」 (`level_chains`): the
    entries right under a heading that prints its place in the plan as a chain of labelled
    levels are filed under the chain's finest level."""
    for heading in doc.of_kind("heading"):
        code = chain_code(heading)
        if code is None:
            continue
        for block in doc.blocks[heading.index + 1 :]:
            if block.parent != heading.index or block.kind not in ("heading", "item"):
                continue
            if "\t" in block.text or not _is_title(block.text):
                continue  # a row of cells (a project and its amount), not an entry
            add_initiative(facts, block.text, [code.printed], _span(doc, block))


def _leader_entries(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「◆名称〔担当課〕…… Ａ → Ｓ」 in a run of such lines (`leader_grades`): each graded
    entry printed without a policy code is an initiative (a coded one is its policy)."""
    for run in leader_runs(doc):
        for entry in run:
            if entry.block.number is not None and is_policy_prefix(entry.block.prefix):
                continue
            units = [entry.unit] if entry.unit and unit_kind(entry.unit) else []
            add_initiative(facts, entry.name, [], _span(doc, entry.block), responsible=units)


_RUN_ON_LOOK_AHEAD = 3  # the entry's placement field comes right under its title


def _run_on_entries(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「重点取組1名称」 (a title line whose label and number run into the name), then
    「関連施策：3-1 …」: an entry named by the rest of the line, filed under the policy the
    field right under it cites."""
    for block in doc.blocks:
        if block.kind not in ("heading", "paragraph") or block.number:
            continue
        entry = run_on_entry(block.text)
        if entry is None or not _is_title(entry[1]):
            continue
        codes: list[str] = []
        for after in doc.blocks[block.index + 1 : block.index + 1 + _RUN_ON_LOOK_AHEAD]:
            if run_on_entry(after.text) is not None:
                break
            if after.kind == "field" and label_field(after.label) == "policy":
                code = _field_code(after.value or "")
                codes = [code] if code else []
                break
        add_initiative(facts, entry[1], codes, _span(doc, block), number=entry[0])


def _about_a_project(doc: StructuredDocument) -> bool:
    """A sheet about a project (a field names it: 「事業名：…」): the policy levels it prints
    place the project in the plan; they are no measures of their own. A sheet that names
    its policy first (「施策番号」「施策名」, then 「構成事業」 fields) is about the policy."""
    projects = False
    for block in doc.blocks:
        if _subject_pair(doc, block) is not None:
            return False
        if block.kind != "field" or not block.value:
            continue
        if field_of(block.label or "", exact=True) == "project":
            return True
        projects = projects or label_field(block.label) == "project"
    return projects


def _subject_pair(doc: StructuredDocument, block: Block) -> tuple[CodeParse, Block] | None:
    """A policy printed as a code row then a name row (`form_rows.subject_pair`) whose
    name is a title."""
    pair = subject_pair(doc, block)
    return pair if pair is not None and _is_title(pair[1].value or "") else None


def _sheet_subjects(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A sheet about a policy (`_subject_pair`, the sheet named by its policy before any
    project): the policy is a measure of the level above it, under its own code (which
    names both), when the page prints that level too."""
    if _about_a_project(doc):
        return
    known = {c.normalized for c in facts.policy_codes}
    for block in doc.blocks:
        pair = _subject_pair(doc, block)
        if pair is None:
            continue
        code, name = pair
        if code.parents and code.parents[-1] in known and name.value:
            start = name.value_start or name.start
            span = {"": doc.block_span(name), "name": doc.span(start, name.end)}
            add_initiative(facts, name.value, [code.printed], span)


def _finest_line_level(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「基本政策 3 名称」 then 「施策 3-2 名称」 (a sheet's heading rows): the finest level of
    the chain is the measure the sheet is about, under its own code — as 「政策名:…」 then
    「施策名:…」 fields are — unless the sheet is about a project (a project field: the chain
    only places the project) or the level lists entries of its own (filed under its code,
    or listed right under it): then it is their policy."""
    if _about_a_project(doc):
        return
    pairs = line_level_pairs(doc)
    broader = {upper[1][0].normalized for upper, _ in pairs}
    filed = {c.normalized for i in facts.initiatives for p in i.policy_codes
             if (c := code_of(p)) is not None}  # fmt: skip
    for _, (block, (code, name, start, end)) in pairs:
        if code.normalized in broader or code.normalized in filed or not _is_title(name):
            continue
        if block.kind == "heading" and _lists_entries(doc, block):
            continue  # its own list or table of entries: it is their policy
        span = doc.span(block.start + start, block.start + end)
        add_initiative(facts, name, [code.printed], {"": doc.block_span(block), "name": span})


def _graded_levels(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「Ⅲ-1 名称」 under 「柱Ⅲ …」, with its own 「評価：A」 under it (or on its line, as a
    list entry 「1-1 名称:進捗:◎ …」 prints it): a level of the policy system that is graded
    is what was evaluated, a measure of the level above, under its parent's code."""
    known = {(c.normalized, nfkc_key(c.label or "")) for c in facts.policy_codes}
    # a level with entries of its own under it (its 主な取組) is a level of the system, its
    # grade the level's: no measure of the level above
    holding = {code.normalized for i in facts.initiatives for printed in i.policy_codes
               if (code := code_of(printed)) is not None}  # fmt: skip
    for heading in doc.blocks:  # a heading, or a list entry printing its grade on its line
        if heading.kind not in ("heading", "item") or (heading.kind == "item" and heading.mark):
            continue
        code = code_of(heading.number)
        if code is None or len(code.parts) < 2:
            continue
        name = before_fields(heading.text).strip()
        if heading.kind == "item" and not _joined_grade(heading.text[len(name) :]):
            continue
        if (code.normalized, nfkc_key(name)) not in known:
            continue
        if code.parents[-1] not in {c for c, _ in known} or code.normalized in holding:
            continue  # the level above is no policy the page prints
        if any(_level_section(doc, b) for b in doc.under(heading)):
            continue  # entries of its own under it: a level
        graded = _joined_grade(heading.text[len(name) :]) or any(
            _grade_field(b)
            and next((h for h in doc.headings_above(b) if h.number), None) is heading
            for b in doc.under(heading)
        )  # its own grade, not one of a level numbered below it
        if graded and (_is_title(name) or _is_pledge(name)):
            parent = next((c.printed for c in facts.policy_codes
                           if c.normalized == code.parents[-1]), None)  # fmt: skip
            add_initiative(facts, name, [parent or code.printed], _span(doc, heading))


def _level_section(doc: StructuredDocument, block: Block) -> bool:
    """A heading or field of a level's own entries (「主な取組」, 「取組：A、B」): the level
    holds entries, so is no entry itself."""
    if block.kind == "heading":
        return label_field(block.text) == "initiative"
    return block.kind == "field" and label_field(block.label or "") == "initiative"


def _grade_field(block: Block) -> bool:
    """A field grading what it sits under (「評価：A」), or a list entry printing one
    (「・達成度：A」, an HTML page's <li> of attributes)."""
    if block.kind == "field":
        return label_field(block.label) == "evaluation" and _graded(block.value)
    if block.kind != "item" or (found := _ITEM_FIELD.match(block.text)) is None:
        return False
    return label_field(found.group("label")) == "evaluation" and _graded(found.group("value"))


_ITEM_FIELD = re.compile(r"^(?P<label>[^:：\s]{1,12})\s*[:：]\s*(?P<value>\S.*)$")


GRADE_WORD_MAX = 6  # 「達成」「概ね順調」「検討中」: a grade printed as a word is short


def _graded(value: str | None) -> bool:
    """An evaluation field's value that is a grade: a letter or symbol, or one short word
    (「順調」, 「遅れ」) — no sentence, figure or date."""
    text = (value or "").strip()
    if grade_of(text):
        return True
    return 0 < len(text) <= GRADE_WORD_MAX and not re.search(r"[0-9０-９。．、,\s]", text)


def _is_pledge(name: str) -> bool:
    """「…を整備します」: a pledge, one clause ending in ます with no full stop — a name when
    the page prints it as a coded level of its policy system."""
    return name.endswith("ます") and not re.search(r"[。．、]", name) and _is_title(name[:-2])


def _joined_grade(rest: str) -> bool:
    """「:進捗度:A」 left on a heading's line (a definition list's term read together with its
    first description, which may go on with a remark after the grade): the heading carries
    its own grade."""
    found = re.match(r"\s*[:：]\s*([^\s:：]+)\s*[:：]\s*(.+)$", rest)
    if found is None or label_field(found.group(1)) != "evaluation":
        return False
    value = found.group(2)  # 「A」, or 「◎ 令和5年10月から…」: the grade, then its remark
    return bool(grade_of(value) or grade_of(value.split()[0]))


def _inline_members(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「1 子育て・教育　1-1 子育て支援　1-2 学校教育」: the levels a policy's line lists
    below it are its measures, filed under its code."""
    for block in doc.blocks:
        for level in inline_levels(doc, facts, block):
            if level.parent is not None:
                add_initiative(facts, level.name, [level.parent.printed],
                               {"": doc.block_span(block), "name": level.span})  # fmt: skip


def _drawn_members(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「Ⅰ 名称 ─ Ⅰ-1 名称 ─ Ⅰ-1-1 名称」: every level a drawn policy tree hangs from a
    level above is a measure of that level, filed under its code."""
    for level in drawn_tree(doc):
        if level.parent is not None:
            add_initiative(facts, level.name, [level.parent.printed],
                           {"": level.line, "name": level.span})  # fmt: skip


# 「主な取組：・A　・B」, 「＜主な取組＞・A　・B」: the label maybe set in brackets
_INLINE_ITEMS = re.compile(
    r"^\s*[<＜〈《【\[［]?(?P<label>[^\s・･:：<>＜＞〈〉《》【】\[\]［］]{2,12})[>＞〉》】\]］]?"
    r"[ \u3000]*[:：]?[ \u3000]*(?=[・･])"
)


def _inline_labelled_items(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「主な取組 ・A ・B」 under 「【2-(1) 名称】」: an initiative label, then its entries as
    bullets along the same line, filed under the policy the section is about (the code the
    headings above give, or a known policy code the section's own heading starts with)."""
    known = {c.normalized for c in facts.policy_codes}
    for block in doc.blocks:
        if block.kind not in ("paragraph", "field", "item") or "・" not in block.text:
            continue
        if _card_list_field(doc, facts, block, known):
            continue
        line = line_of(doc, block)
        found = _INLINE_ITEMS.match(line)
        if found is None or label_field(found.group("label")) != "initiative":
            continue
        code = code_above(doc, block) or _section_code(doc, block, known)
        if code is None:
            continue
        at = found.end()
        # a bullet opens each entry after a space; a ・ inside a name (「出産・子育て」) stays
        for piece in re.finditer(r"(?:^|(?<=\s))[・･](?P<name>.+?)(?=\s+[・･]|\s*$)", line[at:]):
            name = piece.group("name").strip()
            if not _is_title(name) or _SENTENCE.search(name):
                continue
            start = doc.folded.find(name, block.start + at + piece.start("name"), block.end)
            if start < 0:
                continue
            span = doc.span(start, start + len(name))
            add_initiative(facts, name, [code.printed], {"": doc.block_span(block), "name": span})


def _card_list_field(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, known: set[str]
) -> bool:
    """「主な取組 | ・A・B ・C」, a card's cell holding a list, read as a field: its entries
    are the bullets that open the value or follow a space (a ・ inside a name joins words);
    True when `block` is such a field, read here."""
    value = block.value or ""
    if (
        block.kind != "field"
        or block.value_start is None
        or not value.startswith("・")
        or label_field(block.label) != "initiative"
    ):
        return False
    code = code_above(doc, block) or _section_code(doc, block, known)
    if code is None:
        return True
    for item in _CELL_BULLET.finditer(value):
        name = item.group("name").strip()
        if not _is_title(name) or _SENTENCE.search(name):
            continue
        start = block.value_start + item.start("name")
        span = doc.span(start, start + len(name))
        add_initiative(facts, name, [code.printed], {"": doc.block_span(block), "name": span})
    return True


def _section_code(doc: StructuredDocument, block: Block, known: set[str]) -> CodeParse | None:
    """The known policy code the heading right above `block` starts with (「2-(1) 名称」 read
    from 【2-(1) 名称】, a bracket the reader takes whole)."""
    heading = next(iter(doc.headings_above(block)), None)
    lead = find_leading_code(heading.text) if heading is not None else None
    if lead is None or lead.prefix or not lead.label:
        return None
    code = code_of(lead.code.printed)
    return code if code is not None and code.normalized in known else None


_LAST_STEP = re.compile(r"\s*[-－‐ー―]\s*[^-－‐ー―]+$")


def _levels_under_parents(facts: DocumentFacts) -> None:
    """An entry read with no code whose name is the name of a level of the policy system
    (「5-(2) 水路の清掃」 listed again as a row of 取組項目) is that level: a measure of
    the level above, filed under its code (the parent as the page prints it)."""
    if not any(not i.policy_codes for i in facts.initiatives):
        return
    known = {c.normalized: c for c in facts.policy_codes}
    by_name: dict[str, list[PolicyCode]] = {}
    for policy in facts.policy_codes:
        if policy.label:
            by_name.setdefault(nfkc_key(policy.label), []).append(policy)
    for initiative in facts.initiatives:
        levels = by_name.get(nfkc_key(initiative.name), [])
        if initiative.policy_codes or len(levels) != 1:
            continue
        code = code_of(levels[0].printed)
        if code is None or not code.parents:
            continue
        parent = known.get(code.parents[-1])
        printed = parent.printed if parent else _LAST_STEP.sub("", levels[0].printed)
        if printed and printed != levels[0].printed:
            initiative.policy_codes.append(printed)


def _levels_under_named_goal(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「…総合計画の基本目標2「…」の実現に向け、次の施策を…」 then 「2-1 …」「2-2 …」 (a
    list, or headings further down): a goal the page names in a sentence is printed, so each
    level it lists after it one step below the goal is a measure of that goal, filed under
    its code — whatever entries the page files under the level itself."""
    spans = [(p, span) for p in facts.policy_codes if (span := p.evidence.get("")) is not None]
    if len(spans) < 2:
        return
    starts = [b.start for b in doc.blocks]

    def kind_at(at: int) -> str | None:
        k = bisect.bisect_right(starts, at) - 1
        return doc.blocks[k].kind if k >= 0 and at < doc.blocks[k].end else None

    kinds = [kind_at(span.start) for _, span in spans]
    for (goal, at), kind in zip(spans, kinds, strict=True):
        code = code_of(goal.printed)
        if kind != "paragraph" or code is None:
            continue
        for (level, span), level_kind in zip(spans, kinds, strict=True):
            own = code_of(level.printed)
            if own is None or span.start <= at.start or level_kind not in ("item", "heading"):
                continue
            if tagged_level(doc.folded[span.start : span.end]) is not None:
                continue  # 「[基本計画]施策2-4 …」: where an entry is placed, not a listed level
            if own.parents and own.parents[-1] == code.normalized and level.label and (
                _is_title(level.label)
            ):
                add_initiative(facts, level.label, [goal.printed], {"": span, "name": span})


def _levels_of_measures(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「施策1-1 …」, itself a measure of its goal, over 「1-1-1 …」「1-1-2 …」: the finer
    levels of a measure are measures too, each under its own code — unless entries are
    filed under that code (then it is their policy)."""
    filed = {c.normalized for i in facts.initiatives for p in i.policy_codes
             if (c := code_of(p)) is not None}  # fmt: skip
    for heading in doc.of_kind("heading"):
        code = code_of(heading.number)
        if code is None or not is_policy_heading(heading):
            continue
        if not any(nfkc_key(i.name) == nfkc_key(heading.text) for i in facts.initiatives):
            continue  # not a measure
        for block in numbered_under(doc, heading):
            own = code_of(block.number)
            if block.prefix or own is None or not _is_policy(facts, block):
                continue
            if extends(own, code) and len(own.parts) == len(code.parts) + 1 and (
                own.normalized not in filed
            ):
                add_initiative(facts, block.text, [own.printed], _span(doc, block))


def _misread_part(facts: DocumentFacts, initiative: Initiative) -> bool:
    """A part a genre parser took for a measure's sub-measure: a section label of the sheet
    (「(1) 成果指標」, 「(4) 今後の方向性 ■拡充 …」), or a numbered line printed before the
    measure it would belong to (「(1)策定の趣旨」 in the plan's preface)."""
    if initiative.parent is None:
        return False
    words = initiative.name.split()
    if (words and is_label_like(words[0])) or is_label_like(initiative.name):
        return True
    parent = next((i for i in facts.initiatives if i.name == initiative.parent), None)
    own = initiative.evidence.get("")
    theirs = parent.evidence.get("") if parent is not None else None
    return own is not None and theirs is not None and own.start < theirs.start


def _drop_chain_links(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A level of the chain a sheet prints down to its subject (「政策3-2 …」 over 「施策3-2-1
    …」 alone) is the policy the subject serves, not a measure: an entry read from it goes."""
    links = [
        (nfkc_key(h.text), code)
        for h in doc.of_kind("heading")
        if links_a_chain(doc, h) and (code := code_of(h.number)) is not None
    ]
    if not links:
        return
    kept = []
    for initiative in facts.initiatives:
        codes = {c.normalized for printed in initiative.policy_codes if (c := code_of(printed))}
        key = nfkc_key(initiative.name)
        if any(key == name and codes <= {code.normalized, *code.parents} for name, code in links):
            continue  # read from the link (under its own code or its goal's)
        kept.append(initiative)
    facts.initiatives[:] = kept


def _drop_policy_doubles(facts: DocumentFacts) -> None:
    """An entry filed under its own number, whose name and number are a policy's name and
    code, is that policy's heading read twice (「施策2-3 名称」) when the page prints the
    policy inside its system (the broader code is a policy too) and lists the policy's own
    entries: one line, one fact. A policy with no entries of its own is the measure of the
    broader one, and a page about one policy alone may list it as the entry it is about."""
    policies = {(c.normalized, nfkc_key(c.label or "")) for c in facts.policy_codes}
    known = {c.normalized for c in facts.policy_codes}
    levels = {name for _, name in policies}
    filed: dict[str, int] = {}
    for initiative in facts.initiatives:
        if nfkc_key(initiative.name) in levels:
            continue  # a finer level of the system filed under it is no entry of its own
        for printed in initiative.policy_codes:
            if (parsed := code_of(printed)) is not None:
                filed[parsed.normalized] = filed.get(parsed.normalized, 0) + 1
    kept = []
    dropped: set[str] = set()
    for initiative in facts.initiatives:
        own = code_of(initiative.number)
        codes = [code_of(c) for c in initiative.policy_codes]
        if (
            own is not None
            and [c.normalized if c else None for c in codes] == [own.normalized]
            and (own.normalized, nfkc_key(initiative.name)) in policies
            and "-".join(own.normalized.split("-")[:-1]) in known
            and _filed_at_or_below(filed, own.normalized) > 1
        ) or _level_filed_under_broader(facts, initiative, filed):
            dropped.add(initiative.name)
            continue
        kept.append(initiative)
    for initiative in kept:
        if initiative.parent in dropped:
            initiative.parent = None
    facts.initiatives[:] = kept


def _filed_at_or_below(filed: dict[str, int], code: str) -> int:
    """How many entries are filed under `code` or a finer level of it."""
    return sum(n for at, n in filed.items() if at == code or at.startswith(code + "-"))


def _level_filed_under_broader(
    facts: DocumentFacts, initiative: Initiative, filed: dict[str, int]
) -> bool:
    """「取組方針(1)　名称」 under 「改革の柱１」 read twice: as the policy 1-(1) and as an entry
    of 1 (its label word names entries). When entries of the page are filed under that policy
    or below it, the numbered line is the level they sit in, not one of the broader level's
    entries."""
    codes = [c.normalized for printed in initiative.policy_codes if (c := code_of(printed))]
    if len(codes) != 1 or initiative.number is None:
        return False  # a level listed with no number of its own is an entry of the broader
    key = nfkc_key(initiative.name)
    for policy in facts.policy_codes:
        if nfkc_key(policy.label or "") != key or policy.normalized.rsplit("-", 1)[0] != codes[0]:
            continue
        if _filed_at_or_below(filed, policy.normalized):
            return True
    return False


def add_initiative(
    facts: DocumentFacts,
    name: str,
    codes: list[str],
    evidence: dict[str, Span],
    *,
    number: str | None = None,
    responsible: list[str] | None = None,
    kind: str = "measure",
    projects: bool = False,
) -> Initiative | None:
    """Add an initiative unless one of that name is known (merging in a code it lacked).
    A bracket after the name citing a policy files it there; one naming the units in charge
    (「(宵見課)」) is no part of the name. A name ending in 事業 is a project's, left to the
    projects recogniser — unless the project is placed in the plan's system itself (its
    own bracket cites the policy, or `projects`: the page lists it under a coded level),
    where it is that level's measure too."""
    name, cited = cited_in_brackets(name)
    codes = [cited] if cited else codes
    projects = projects or cited is not None
    name = _without_note(name)
    name = before_grade(clean_name(without_unit_bracket(before_joined_field(name))))
    project = project_ending(name) == "事業"
    if project and not (projects and codes):
        return None
    if len(name) < 2 or len(name) > NAME_MAX or _label_like(name, project) or _COUNT.match(name):
        return None
    if not _WORD.search(name):
        return None  # 「(2022) (2024)」: years or figures, no name
    if len(codes) == 1 and (code := code_of(codes[0])) and sibling_levels(code, name):
        return None  # 「Ⅰ-1 名称 Ⅰ-2 名称」: the levels of a system, no entry
    key = nfkc_key(name)
    for known in facts.initiatives:
        if nfkc_key(known.name) == key:
            for code in codes:
                if not known.policy_codes and code not in known.policy_codes:
                    known.policy_codes.append(code)
            return None
    initiative = Initiative(
        name,
        kind,  # type: ignore[arg-type]
        policy_codes=list(codes),
        number=number,
        responsible=list(responsible or []),
        evidence=evidence,
    )
    facts.initiatives.append(initiative)
    return initiative


def _without_note(name: str) -> str:
    """「…への対応(救急隊の増隊、令和9年度予定)」: a trailing bracket holding a remark of
    several clauses (a 、 inside) is a note on the entry, no part of its name."""
    found = _TRAILING_GROUP.search(name)
    if found is None or not name[: found.start()].strip() or "、" not in found.group("body"):
        return name
    return name[: found.start()].strip()


def _citing_entry(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「1. 名称(担当:宵見課/総合計画 施策9-4)」, 「・X事業(施策2-1)」: a numbered entry or a
    bullet whose trailing bracket cites the policy it serves is an initiative filed there."""
    if block.prefix or not (block.number or _is_bullet(block)):
        return
    graded = grade_first(block.text)  # 「評価A 名称（施策3-1）」: a badge before the name
    text = graded[1] if graded is not None else block.text
    name, cited = cited_in_brackets(text)
    pledge = False
    if cited is None and block.number and (cited := _cited_next(doc, block)) is not None:
        text = name  # 「(1) 名称」 over 「〔総合計画 施策目標(1)-(1) …〕」: cited on the next line
        # a pledge (「…をつくります」) ends as a sentence does; the citation makes it an entry
        pledge = name.endswith(_POLITE_ENDINGS) and not _SENTENCE.search(name[:-2])
    if cited is None or not (pledge or _is_title(name, projects=not block.number)):
        return
    if not _lists_parts_of(doc, facts, block, cited):
        add_initiative(facts, _without_entry_label(text), [cited], _span(doc, block))
        for part in _circled_parts(doc, block):
            add_initiative(facts, part.text, [cited], _span(doc, part))


def _circled_parts(doc: StructuredDocument, entry: Block) -> list[Block]:
    """「(1) 名称」, its citation line, then 「① …」「② …」: the entry's own measures, numbered
    in circles right under the citation (up to the first line of anything else)."""
    parts: list[Block] = []
    for block in doc.blocks[entry.index + 2 :]:
        number = (block.number or "").strip()
        if block.kind == "paragraph" and parts:
            continue  # the measure's description under it
        if block.kind not in ("heading", "item") or not _CIRCLED.fullmatch(number):
            break
        if _is_title(block.text):
            parts.append(block)
    return parts


_CIRCLED = re.compile(r"[\u2460-\u2473]")


def _citing_term(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「名称(施策Ⅱ-1):所管…」: a definition list's term (or a field's label) naming an entry
    and, in its trailing bracket, the policy it serves is an initiative filed there."""
    label = block.label or ""
    name, cited = cited_in_brackets(label)
    if cited is None or not _is_title(name, projects=True):
        return
    start = doc.folded.find(label, block.start, block.end)
    span = doc.span(start, start + len(name)) if start >= 0 else doc.block_span(block)
    add_initiative(facts, label, [cited], {"": doc.block_span(block), "name": span})


def _lists_parts_of(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, cited: str
) -> bool:
    """Whether the section under `block` prints policies below the code it cites
    (「2 評価結果一覧(政策Ⅱ …)」 over 「Ⅱ-1-(1) …」): a section of that policy's system,
    not an entry serving it."""
    code = code_of(cited)
    inside = list(doc.under(block))
    if code is None or not inside:
        return False
    end = inside[-1].end
    return any(
        c.normalized.startswith(code.normalized + "-")
        and (span := c.evidence.get("")) is not None
        and block.end <= span.start < end
        for c in facts.policy_codes
    )


_ENTRY_BULLET = re.compile(r"^[・●○◆◇■□▪-]\s*")
_LATER_BULLET = re.compile(r"\s+[・●○◆◇■□▪]\s*")


def _tree_entries(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「基本目標 | 政策 | 施策 | 主な取組」 printed a column per level (`layout_trees`): each
    bullet in the entries' column is an entry of the finest level open on its row (a code
    read down the level columns, a broader one closing the finer ones); a line with no
    bullet goes on with the entry above."""
    levels = tree_level_columns(table)
    last = max(levels, default=-1)
    entries = next(
        (i for i, label in enumerate(table.header) if i > last and field_of(label) == "initiative"),
        None,
    )
    if len(levels) < 2 or entries is None:
        return
    open_codes: dict[int, CodeParse] = {}
    found: list[tuple[str, str, Cell]] = []  # (name, code, first cell)
    for row in table.rows:
        for column in levels:
            text = row[column].text if column < len(row) else ""
            lead = find_leading_code(text) if text else None
            if lead is not None and not lead.prefix:
                open_codes[column] = lead.code
                for finer in [c for c in open_codes if c > column]:
                    del open_codes[finer]
        cell = row[entries] if entries < len(row) else None
        if cell is None or not cell.text:
            continue
        bullet = _ENTRY_BULLET.match(cell.text)
        if bullet is None and found:
            name, code, first = found[-1]
            found[-1] = (name + cell.text, code, first)  # the entry above, wrapped
        elif bullet is not None and open_codes:
            code = open_codes[max(open_codes)]
            for piece in _LATER_BULLET.split(cell.text[bullet.end() :]):  # 「・A ・B」 in a cell
                found.append((piece.strip(), code.printed, cell))
    for name, code, cell in found:
        span = doc.cell_span(cell)
        add_initiative(facts, name, [code], {"": span, "name": span})


def _bulleted_rows_under_codes(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「番号 | 基本目標・施策・主な取組」 over 「1-1 | 名称」 and 「 | ・取組」 rows: each bulleted
    row with no code is an entry of the coded row above it (`_bulleted_code_entries`)."""
    for name, printed, cell in _bulleted_code_entries(table):
        span = doc.cell_span(cell)
        add_initiative(facts, name, [printed], {"": span, "name": span})


def _bulleted_code_entries(table: Table) -> list[tuple[str, str, Cell]]:
    """A column of codes, the column beside it naming each coded level, and rows with no
    code whose name is bulleted: those rows' names, each with the code of the coded row
    above it, and its cell. Empty unless two such rows or more."""
    for column in range(len(table.header) - 1):
        codes = [r[column].text for r in table.rows if column < len(r) and r[column].text.strip()]
        if len(codes) < 2 or not all(code_of(text) is not None for text in codes):
            continue
        found: list[tuple[str, str, Cell]] = []
        code: str | None = None
        for row in table.rows:
            if column + 1 >= len(row):
                continue
            own, cell = row[column].text.strip(), row[column + 1]
            if own:
                code = own
            elif code is not None and (bullet := _ENTRY_BULLET.match(cell.text)) is not None:
                found.append((cell.text[bullet.end() :].strip(), code, cell))
        if len(found) >= 2:
            return found
    return []


def _policy_over_levels(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> bool:
    """「目標1 …」 read as a policy over 「施策1-(1) …」 headings, themselves policies: a level
    of the plan, no entry."""
    return (
        block.kind == "heading"
        and _is_policy(facts, block)
        and any(b.kind == "heading" and _is_policy(facts, b) for b in doc.under(block))
    )


def _is_policy(facts: DocumentFacts, heading: Block) -> bool:
    code = heading_code(heading)
    name = nfkc_key(policy_name(heading.text))  # a tree grid's row: its first cell
    return code is not None and any(
        c.normalized == code.normalized
        and nfkc_key(c.label or "") in (nfkc_key(heading.text), name)
        for c in facts.policy_codes
    )


def _span(doc: StructuredDocument, block: Block) -> dict[str, Span]:
    return {"": doc.block_span(block), "name": doc.block_span(block)}


def attributes(text: str) -> tuple[str, dict[str, str]]:
    """「名称(所管部署:研究連携課)」 → ("名称", {"division": "研究連携課"}): the labelled parts
    of a trailing parenthesis, by the field each label names."""
    found = _TRAILING_GROUP.search(text)
    if found is None:
        return text, {}
    values: dict[str, str] = {}
    # a comma between digits groups thousands (「予算額:12,345千円」), it parts nothing
    for part in re.split(r"[／/;；、]|(?<![0-9])[,，]|[,，](?![0-9])", found.group("body")):
        labelled = _ATTRIBUTE_PART.match(part)
        if labelled is None:
            return text, {}
        field = field_of(labelled.group("label"))
        if field is None:
            return text, {}
        values.setdefault(field, labelled.group("value"))
    return text[: found.start()].strip(), values


def _own_numbered(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「重点改革項目1 No.R1-1 名称(所管部署:…)」: a policy's code, then the entry's number."""
    if not is_policy_prefix(block.prefix):
        return
    code = code_of(block.number)
    own = _NUMBER_SIGN.match(block.text)
    if code is None or own is None:
        return
    name, values = attributes(block.text[own.end() :])
    division = values.get("division")
    add_initiative(
        facts,
        name,
        [code.printed],
        _span(doc, block),
        number=own.group("n"),
        responsible=[division] if division and unit_kind(division) else [],
        kind="reform_item",
    )


def _counted_entry(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「【Ⅰ-1-②】○○の推進」: an entry numbered by a level the page names (Ⅰ-1)
    and a circled count within it, filed under that level when printed away from it (under a
    grade's group, say)."""
    if block.prefix or not block.number or not _CIRCLED_LAST.search(block.number):
        return
    parent = code_of(block.number.rsplit("-", 1)[0].rstrip("-－‐"))
    if parent is None or not any(c.normalized == parent.normalized for c in facts.policy_codes):
        return
    if any(
        (code := code_of(h.number or "")) is not None and code.normalized == parent.normalized
        for h in doc.headings_above(block)
    ):
        return  # 「柱2」 over 「2-① …」: listed under its level's heading, its own code stays
    name = block.text.strip()
    if name and not field_of(name) and "。" not in name and not _CONTINUED_NOTE.match(name):
        add_initiative(facts, name, [parent.printed], _span(doc, block), number=block.number)


# 「…②の所管は…」, 「…②及び…」: a note on the entry so numbered, no entry's name
_CONTINUED_NOTE = re.compile(r"^(?:の|は|及び|と|、|,)")


_CIRCLED_LAST = re.compile(r"[-－‐][\u2460-\u2473]$")


def _is_entry_prefix(prefix: str | None) -> bool:
    """「取組3」, and 「取組番号　Ⅰ－１－①」: the entry's label word, or its number's label."""
    if not prefix:
        return False
    return field_of(prefix, exact=True) == "initiative" or (
        numbers_rows(prefix) and field_of(prefix) == "initiative"
    )


def _entry_heading(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """「課題1 待機児童の解消」: an entry headed by an initiative label word and its number,
    filed under the policies its own section lists (「…計画の施策との関連」 then 「2-1 …」).
    A heading that groups a list of entries (「重点目標1 …」 over 「(1) …」) is a policy: its
    entries are the initiatives, filed under its code."""
    grouped = entry_group(doc, heading)
    if grouped:
        code = code_of(heading.number)
        for block in grouped:
            if code is not None and _is_title(block.text):
                add_initiative(facts, block.text, [code.printed], _span(doc, block))
        return
    if not _is_title(heading.text):
        return
    codes: list[str] = []
    for k, block in enumerate(doc.under(heading)):
        if block.kind == "field" and label_field(block.label) == "policy":
            code = _field_code(block.value or "")
            if code is not None and code not in codes:
                codes.append(code)
            continue
        if k == 0 and block.kind in ("heading", "paragraph") and not block.number:
            # the line right under the entry's title (a wiki's tag box): further down, such
            # a line heads the next entries
            codes.extend(c for c in _cited_with_name(facts, block.text) if c not in codes)
        if block.kind != "heading" or block.number or label_field(block.text) != "policy":
            continue
        for entry in listed_after(doc, block):
            code = code_of(entry.number)
            if code is not None and code.printed not in codes:
                codes.append(code.printed)
    # 「基本方針　Ⅰ …」 and 「推進項目　Ⅰ－１ …」: the chain of levels above the entry, the
    # finest its policy
    parsed = {c: code_of(c) for c in codes}
    finer = [o for o in parsed.values() if o is not None]
    codes = [c for c, p in parsed.items() if p is None or not any(extends(o, p) for o in finer)]
    if not codes:
        codes = _known_policy_above(facts, doc, heading)
    if not codes and next(doc.under(heading), None) is None:
        codes = _code_after_title(doc, heading)
    add_initiative(facts, heading.text, codes, _span(doc, heading), number=heading.number,
                   kind="issue")  # fmt: skip
    if codes and _cites_next(doc, heading):
        for part in _circled_parts(doc, heading):
            add_initiative(facts, part.text, codes, _span(doc, part))


def _cites_next(doc: StructuredDocument, heading: Block) -> bool:
    """The line right under an entry's heading is a field citing its policy."""
    following = doc.blocks[heading.index + 1] if heading.index + 1 < len(doc.blocks) else None
    return following is not None and following.kind == "field" and (
        label_field(following.label) == "policy" or cited_level(following.text) is not None
    )


def _cited_with_name(facts: DocumentFacts, text: str) -> list[str]:
    """「総合計画 施策○-○-○　架空の施策」 under an entry (a wiki's tag box, a plan's
    citation line): the policies of the document whose code and name it prints in that order."""
    cited: list[str] = []
    words = nfkc_key(text)
    for policy in facts.policy_codes:
        code, name = nfkc_key(policy.printed), nfkc_key(policy.label or "")
        if len(name) < 2 or code not in words:
            continue
        at = words.index(code) + len(code)
        if name in words[at:] and not words[at:].split(name)[0].strip("　 :："):
            cited.append(policy.printed)
    return cited


def _code_after_title(doc: StructuredDocument, heading: Block) -> list[str]:
    """「[タイトル] 重点取組① …」 then 「[本文] 総合計画: 施策の方向5-2-4」: an entry's title set
    alone (a slide's title box) with its body as the next sections, up to the next entry of
    the same label: the one policy code a field there names."""
    codes: list[str] = []
    for block in doc.blocks[heading.index + 1 :]:
        if block.kind == "heading" and block.prefix == heading.prefix and block.number:
            break
        if block.kind != "field" or not block.value:
            continue
        lead = find_leading_code(block.value)
        if lead is not None and lead.prefix and names_policy_level(lead.prefix, exact=False):
            folded = code_of(lead.code.printed) or lead.code  # 「総合計画: 施策の方向5-2-4」
            code: str | None = folded.printed
        else:
            code = _field_code(block.value) if label_field(block.label) == "policy" else None
        if code is not None and code not in codes:
            codes.append(code)
    return codes if len(codes) == 1 else []


def _known_policy_above(facts: DocumentFacts, doc: StructuredDocument, heading: Block) -> list[str]:
    """「Ⅰ-1 …」 over 「取組1 …」: an entry numbered on its own (a running number, no code)
    whose heading is a known policy of the page is filed under that policy's code."""
    if heading.parent is None:
        return []
    above = doc.blocks[heading.parent]
    # its code in the plan: 「推進項目（１）」 under 「基本方針1」 is 1-(1)
    code = policy_code(doc, above) if above.kind == "heading" else None
    own = code_of(heading.number)
    if code is None or (own is not None and extends(own, code)):
        return []
    known = next((c for c in facts.policy_codes if c.normalized == code.normalized), None)
    return [known.printed] if known is not None else []


def _listed_measures(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> bool:
    """「1-(1) 名称：取組a、取組b」 in a list of measures: the level's code and name, then its
    measures after a colon, each an initiative of that level."""
    code = code_of(block.number) if block.number else None
    label = block.text.strip()
    if code is None and (lead := find_leading_code(label)) is not None and lead.label:
        code, label = lead.code, lead.label
    if code is None:
        return False
    _, measures = measures_after(label)
    if not measures or not all(_is_title(m) for m in measures):
        return False
    for measure in measures:
        add_initiative(facts, measure, [code.printed], _span(doc, block))
    return True


def _labelled_list(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """Entries under a heading labelled as initiatives: its numbered list, or else the short
    title lines directly under it (「(1)政策内容」 then the policy's one line)."""
    if _header_words(line_of(doc, heading)) is not None:
        return  # the header of rows, read by `graded_rows`
    if _names_unit(facts, heading.text):
        return  # 「都市整備部 部局経営目標」: the title of a unit's document, not a list label
    code = code_above(doc, heading)
    codes = [code.printed] if code else _known_policy_above(facts, doc, heading)
    # 「1-(1) 名称：取組a、取組b」: a level listing its measures, each read as one
    listed = {b.index for b in numbered_under(doc, heading) if _listed_measures(doc, facts, b)}
    entries = [
        b
        for b in numbered_under(doc, heading)
        if b.index not in listed
        and not is_policy_prefix(b.prefix) and _is_title(b.text) and not entry_group(doc, b)
        and not (b.kind == "heading" and heads_entry_table(doc, b) and _is_policy(facts, b))
        and not coded_entries(doc, b) and not _policy_over_levels(doc, facts, b)
    ]  # a pillar over its own table of entries (「第1 …」), or over its own coded entries
    # (「目標1 …」 over 「取組1-1 …」), or over policies of its own, is their policy
    if not entries:  # 「重点取組」 over unnumbered entry headings, each placing itself under a
        # level of the plan in a field of its own (「施策：5-1 …」): a form's records
        entries = [b for b in doc.under(heading) if b.parent == heading.index
                   and b.kind == "heading" and b.number is None and _is_title(b.text)
                   and not nfkc_key(b.text).startswith(nfkc_key(heading.text))
                   and _section_policy(doc, b) is not None]  # fmt: skip
        # (「重点取組1灯台の…」: an entry numbered after the label, read with its number)
    if entries:
        for block in entries:
            name, cited = cited_in_brackets(block.text)
            name = _without_entry_label(name)
            own = _section_policy(doc, block) if block.kind == "heading" and not cited else None
            own = own or (_cited_next(doc, block) if not cited else None)
            add_initiative(facts, name, [cited] if cited else [own] if own else codes,
                           _span(doc, block))  # fmt: skip
            if block.kind == "heading" and (cited or own):
                _section_projects(doc, facts, block, cited or own or "")
        return
    if listed or any(True for _ in numbered_under(doc, heading)):
        return  # numbered sub-sections (「(1)政策内容」, 「(2)今年度の目標」): each read alone
    inside = list(doc.under(heading))
    bullets = [b for b in inside if b.parent == heading.index and _is_bullet(b)]
    if bullets and all(_is_title(b.text) for b in bullets):
        for block in bullets:
            add_initiative(facts, block.text, codes, _span(doc, block))
        return
    if (own := code_of(heading.number)) is not None and len(own.parts) > 1:
        return  # 「3-1-1 …の取組」: a coded level's own section; loose lines under it (an
        # indicator's name, a wrapped unit) are no entries unless listed or bulleted
    tags = {b.index for b in inside if b.parent == heading.index and _is_tag(doc, b)}
    for position, block in enumerate(inside):
        if block.parent != heading.index and block.parent not in tags:
            continue
        if block.kind not in ("heading", "paragraph") or block.index in tags or block.number:
            continue
        if run_on_entry(block.text) is not None:
            continue  # 「重点取組2名称」: an entry of its own (`_run_on_entries`)
        if not _is_title(block.text) or next(doc.under(block), None) is not None:
            continue
        following = inside[position + 1] if position + 1 < len(inside) else None
        if tags and (following is None or following.index not in tags):
            continue  # with tags, a name is the line each tag follows
        add_initiative(facts, block.text, codes, _span(doc, block))


def _cited_next(doc: StructuredDocument, entry: Block) -> str | None:
    """「(1) 名称」 then 「〔総合計画 施策目標(1)-(1) 名称〕」 on the next line: the plan's level
    the line right after an entry cites (`cited_level`) is the policy the entry serves."""
    following = doc.blocks[entry.index + 1] if entry.index + 1 < len(doc.blocks) else None
    if following is None or following.kind not in ("heading", "item", "paragraph"):
        return None
    cited = cited_level(following.text, whole=True)
    if cited is None or cited_level(following.text) is not None:
        return None  # the next entry's own line, closed by its citation: not this entry's
    return cited.code.printed


def _without_entry_label(name: str) -> str:
    """「目標Ⅰ 名称」 → 「名称」: an entry's own label word and number printed after its list
    number (「(1) 目標Ⅰ …」) are no part of its name; a policy label stays (a level's title)."""
    lead = find_leading_code(name)
    if (
        lead is None or not lead.prefix or len(lead.code.parts) != 1
        or names_policy_level(lead.prefix, exact=False) or len(lead.label.strip()) < 2
    ):  # fmt: skip
        return name
    return lead.label.strip()


def _section_policy(doc: StructuredDocument, entry: Block) -> str | None:
    """「◆目標1 …」 then 「■総合計画の位置付け：基本施策2-(1) …」: the one policy code an
    entry heading's own section places it under (a field labelled as policies), else None."""
    codes = {
        code
        for block in doc.under(entry)
        if block.parent == entry.index and block.kind == "field" and places_in_system(block)
        and (code := _field_code(block.value or ""))
    }  # fmt: skip
    return codes.pop() if len(codes) == 1 else None


def _section_projects(
    doc: StructuredDocument, facts: DocumentFacts, entry: Block, code: str
) -> None:
    """The projects an entry's own section names in fields (「【事業名】X事業」 under 「◆目標1
    …」), the entry placed under a policy: each a measure of that policy, as the entry is."""
    for block in doc.under(entry):
        if block.parent != entry.index or block.kind != "field" or not block.value:
            continue
        project = field_of(block.label or "", exact=True) == "project"
        if project and _is_title(block.value, projects=True):
            start = block.value_start or block.start
            add_initiative(facts, block.value, [code],
                           {"": doc.block_span(block), "name": doc.span(start, block.end)},
                           projects=True)  # fmt: skip


def _holds_entries(text: str) -> bool:
    """「架空の確保（取組1～3）」: a level whose bracket counts the entries it holds (an
    entry's word and a range of their numbers) — a level of the plan, no entry."""
    for found in _ENTRY_RANGE.finditer(text):
        if field_of(found.group("word"), exact=True) == "initiative":
            return True
    return False


_ENTRY_RANGE = re.compile(
    r"[(（](?P<word>[^()（）0-9０-９]{1,6})[0-9０-９]+\s*[～~〜\-－][0-9０-９]+[)）]"
)


def cited_in_brackets(text: str) -> tuple[str, str | None]:
    """「名称(総合計画 施策3-2-1「…」)」 → (「名称」, "3-2-1"): a trailing bracket that cites
    the policy the entry serves, by a policy label and its code, is no part of the name."""
    code = bracket_code(text)
    found = CITING_BRACKET.search(text)
    if code is None or found is None:
        return text, None
    body = re.sub(r"\s", "", nfkc_key(found.group("body")))
    if (
        found.group(0).lstrip().startswith("【")
        and not body.endswith(code.printed)
        and not _PLAN_FIRST.match(body)
    ):
        # 「…費　【施策 5-3 名称】」: a heading's tag, no entry's citation (but 「【総合計画
        # 施策4-1 名称】」 names the plan it cites first: a citation)
        return text, None
    # 「○名称（施策1-(1)）」: the grade mark a review prints before the entry it grades
    return _GRADE_MARK.sub("", text[: found.start()].strip()), code.printed


_GRADE_MARK = re.compile(r"^[◎○〇△×]\s*(?=\S)")
_PLAN_FIRST = re.compile(r"^\S{0,12}計画")  # 「総合計画施策4-1…」: the plan cited, first


def _is_bullet(block: Block) -> bool:
    """An unnumbered list entry (「・名称」), not a note (「※…」)."""
    return block.kind == "item" and not block.number and block.mark not in ("※", "*", "＊")


def _names_unit(facts: DocumentFacts, text: str) -> bool:
    key = nfkc_key(text)
    return any(len(o.name) >= 3 and nfkc_key(o.name) in key for o in facts.organizations)


def _label_like(name: str, project: bool) -> bool:
    """Whether `name` reads as a label; a short project's name (「甲ケア事業」) ends as labels
    do, so for a `project` only a label itself is one."""
    if project:
        return field_of(name, exact=True) is not None
    return is_label_like(name) or is_label_phrase(name)


def _is_title(text: str, *, projects: bool = False) -> bool:
    """A name, not a sentence, a label, an amount or a number. With `projects`, a short
    project's name (「甲ケア事業」) ends as labels do and is still a name."""
    text = text.strip()
    project = projects and project_ending(text) == "事業"
    return (
        2 <= len(text) <= NAME_MAX
        and not _SENTENCE.search(text)
        and not _label_like(text, project)
        and not re.search(r"[0-9]\s*(?:千|万|億)?円", text)
        and not re.search(r"[0-9],[0-9]{3}", text)  # 「X事業 R8 ○○,○○○／R9 …」: amounts
        and not text.startswith("#")
        and not text.endswith((":", "："))
        and "\t" not in text
        and not re.match(r"^[^:：()（）]{1,12}[:：]", text)  # 「掲載日:2022年4月1日」: a field
        and field_of(text.split()[0], exact=True) is None  # 「政策目標 (2) …」: labelled cells
        and not all(field_of(w, exact=True) for w in text.split())
        and bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff]", text))
    )


def _is_tag(doc: StructuredDocument, block: Block) -> bool:
    """A bracketed tag line (【No.17:パートナーシップで…】) labels the entry above it."""
    line = line_of(doc, block).strip()
    return block.number is None and (
        line.startswith(("【", "〔", "[", "<", "《", "〈")) or bool(_NUMBER_SIGN.match(block.text))
    )


def _policy_members(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """Policies listed under 「該当する施策」 inside policy 1 are its measures (1-1, 1-2 …);
    under a policy's heading (「施策2-1-1 名称」) or on a sheet about one policy (「施策名:施策
    2-3 …」), a list under a policy label (「施策の方向」 then 「① …」) numbered apart from the
    plan's codes holds its measures."""
    outers = [c for h in doc.headings_above(heading) if h.number and _is_policy(facts, h)
              and (c := code_of(h.number)) is not None]  # fmt: skip
    outer_code = max(outers, key=lambda c: len(c.parts), default=None)  # the finest
    sheet = sheet_code(doc, heading) if outer_code is None else None
    if outer_code is None and sheet is None:
        return
    for block in numbered_under(doc, heading):
        code = code_of(block.number)
        if code is None or not _is_title(block.text):
            continue
        if outer_code is not None and code.normalized.startswith(outer_code.normalized + "-"):
            add_initiative(facts, block.text, [code.printed], _span(doc, block))
        elif outer_code is not None and numbered_apart(code, outer_code) and not block.prefix:
            add_initiative(facts, block.text, [outer_code.printed], _span(doc, block))
        elif sheet is not None and numbered_apart(code, sheet):
            add_initiative(facts, block.text, [sheet.printed], _span(doc, block))


def _uncoded_principles(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """「1 基本方針」 over 「① 名称」 each with its own lettered actions (「ア …します。」), in
    a document that prints no policy system: the principles are the plan's measures, with
    no code to file them under (their numbers count a list, not a plan's levels)."""
    if facts.policy_codes or not is_label_like(heading.text):
        return
    entries = [b for b in numbered_under(doc, heading) if not b.prefix]
    if len(entries) < 2 or not all(_is_title(b.text) for b in entries):
        return
    for entry in entries:
        actions = [b for b in numbered_under(doc, entry) if not b.prefix]
        if not actions or not all(_SENTENCE.search(b.text.strip()) for b in actions):
            return
    for entry in entries:
        add_initiative(facts, entry.text, [], _span(doc, entry))


def _policy_under_policy(doc: StructuredDocument, heading: Block) -> CodeParse | None:
    """「基本目標1 …」 then 「施策1-1 名称」: a policy of the level below is the measure its
    goal is carried out by, filed under its own code (1-1 lies under 1, so it names both) —
    unless it lists entries of its own (「施策1-1 …」 then 「・…」): then the entries are the
    measures, it is their policy. A level counting within its goal (施策5 under 基本目標2)
    has the code composed along the chain (2-5). The code to file it under, else None."""
    code = policy_code(doc, heading)
    outer = code_above(doc, heading)
    if code is None or outer is None or not _is_title(heading.text):
        return None
    if _lists_entries(doc, heading) or links_a_chain(doc, heading):
        return None
    if _entries_on_sheets(doc, heading, code):
        return None
    if _finer_levels_list_entries(doc, heading, code):
        return None
    return code if code.normalized.startswith(outer.normalized + "-") else None


def _finer_levels_list_entries(doc: StructuredDocument, heading: Block, code: CodeParse) -> bool:
    """「政策1-1 …」 over 「施策1-1-1 …」 over its 「・主な取組」: the entries are the finer
    level's, and the levels above it are the policies they serve, no entries themselves."""
    for block in doc.under(heading):
        if block.kind != "heading" or block.parent != heading.index or not block.number:
            continue
        own = policy_code(doc, block)
        if own is not None and extends(own, code) and _lists_entries(doc, block):
            return True
    return False


def _entries_on_sheets(doc: StructuredDocument, heading: Block, code: CodeParse) -> bool:
    """「推進項目Ⅰ－１ …」 listed bare in the plan's system, its entries on sheets further on
    (「取組番号　Ⅰ－１－①」): the level is their policy, not an entry of the broader one."""
    if next(doc.under(heading), None) is not None:
        return False
    for other in doc.of_kind("heading"):
        if other.index <= heading.index or not _is_entry_prefix(other.prefix):
            continue
        if (own := code_of(other.number)) is not None and extends(own, code):
            return True
    return False


def _labelled_items_under_policy(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「政策4 …」 over the list 「施策4-1 …」「施策4-2 …」 (a table of contents, a list of the
    plan's system): a labelled item whose code extends its heading's is, like such a heading
    (`_policy_under_policy`), the measure the policy above is carried out by."""
    for block in doc.of_kind("item"):
        if block.parent is None or not is_policy_prefix(block.prefix):
            continue
        code = code_of(block.number)
        heading = doc.blocks[block.parent]
        outer = policy_code(doc, heading) if is_policy_heading(heading) else None
        if outer is None and code is not None:
            outer = _goal_named_above(doc, facts, heading, code)
        if code is None or outer is None or not extends(code, outer):
            continue
        own = _labelled_sublist(doc, block)
        if own is not None:  # the level lists its own 「主な取組」: those are its measures
            for entry in own:
                name, _ = attributes(entry.text)
                if _is_title(name):
                    add_initiative(facts, name, [code.printed], _span(doc, entry))
            continue
        if _labelled_entries_under(doc, block):
            continue  # 「・主な取組1 …」 nested in it: its measures (`_nested_list_levels`)
        if _is_title(clean_name(block.text)):
            add_initiative(facts, block.text, [code.printed], _span(doc, block))


def _labelled_sublist(doc: StructuredDocument, item: Block) -> list[Block] | None:
    """「・施策1-1 …」 over 「・主な取組」 over 「・(1) …」「・(2) …」: the entries a listed level
    nests under its own item labelled as initiatives, else None (the level itself is then
    the measure of the level above)."""
    following = [b for b in doc.blocks[item.index + 1 :] if b.kind == "item"]
    label: Block | None = None
    entries: list[Block] = []
    for block in following:
        if block.level <= item.level or (label is not None and block.level <= label.level):
            break
        if label is None:
            if block.number or label_field(block.text) != "initiative":
                return None
            label = block
            continue
        if block.level == min(b.level for b in [block, *entries]):
            entries.append(block)
    return entries or None


def _goal_named_above(
    doc: StructuredDocument, facts: DocumentFacts, heading: Block, code: CodeParse
) -> CodeParse | None:
    """The level above `code` when the section holding the list names it before the list
    (「4 総合計画における位置付け」, then 「基本目標4「…」のうち、次の施策を…」, then
    「・施策4-1 …」): a policy the page prints in that section, not a heading of its own."""
    if not code.parents:
        return None
    parent = next((c for c in facts.policy_codes if c.normalized == code.parents[-1]), None)
    span = parent.evidence.get("") if parent is not None else None
    end = max((b.end for b in doc.under(heading)), default=heading.end)
    if span is None or not heading.start <= span.start < end:
        return None
    return code_of(parent.printed)


def _lists_entries(doc: StructuredDocument, heading: Block, *, projects: bool = True) -> bool:
    """Whether the entries of a list (bulleted or numbered items, no level word) or a table
    of named entries (a column of projects or initiatives) sit right under it; the numbered
    sections of a sheet (「1 施策の目的」) are no such entries; a field naming an entry
    (「取組項目:名称」) is one."""
    if _numbered_leaves(doc, heading):
        return True
    for block in doc.under(heading):
        if block.parent != heading.index:
            continue
        if block.kind == "item" and not block.prefix and _is_title(attributes(block.text)[0]):
            return True
        if block.kind == "field" and field_of(block.label or "", exact=True) == "initiative":
            return True  # 「取組項目:名称」: an entry's field
        kinds = ("project", "initiative") if projects else ("initiative",)
        table = block.table
        if table is not None and any(field_of(label) in kinds for label in table.header):
            return True
        if (
            block.kind == "heading"
            and not block.number
            and is_label_like(block.text)
            and field_of(block.text) == "initiative"
            and _lists_entries(doc, block)
        ):
            return True  # 「＜主な取組＞」 over the list: the entries under their label
    return False


_MIN_LEAVES = 2


def _numbered_leaves(doc: StructuredDocument, heading: Block) -> bool:
    """「1.　○○の推進」「2.　○○の充実」 right under a level, numbered
    afresh with nothing under them (a Markdown list read as numbered lines): a list of
    entries, unlike a sheet's numbered sections (「1 施策の目的」 over its text)."""
    numbered = [b for b in doc.under(heading)
                if b.parent == heading.index and b.kind == "heading" and b.number]  # fmt: skip
    if len(numbered) < _MIN_LEAVES:
        return False
    for block in numbered:
        if not block.number.isdigit() or block.prefix or not _is_title(block.text):
            return False
        if field_of(block.text, exact=True) is not None or next(doc.under(block), None):
            return False
    return True


def _nested_list_levels(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A policy system printed as a nested list (「・基本目標Ⅰ …」 over 「・施策Ⅰ-1 …」 over
    「・取組名」): every level below the top is a measure — a labelled level nested in the
    one its code extends, under its own code; an unnumbered entry, or one numbered afresh
    (「(1) …」), nested in a labelled level, under that level's code. Only the list's depth
    places an entry, so a flat list
    gives nothing here. An unlabelled coded entry whose code the document prints as a
    policy (「・2-(1) …」) opens a level too; an entry's own fields do not close it."""
    stack: list[tuple[int, CodeParse]] = []  # the labelled levels enclosing the next item
    headed = False  # the list hangs under a labelled heading (「柱1 …」 over 「・1-① …」)
    known = {c.normalized for c in facts.policy_codes}
    for block in doc.blocks:
        if block.kind == "field" and stack and stack[-1][0] >= 0:
            continue  # an entry's own details (「取組状況：…」, a definition list in it)
        if block.kind != "item":
            heading = block.kind == "heading" and is_policy_prefix(block.prefix)
            top = code_of(block.number) if heading else None
            stack, headed = ([(-1, top)], True) if top is not None else ([], False)
            continue
        while stack and stack[-1][0] >= block.level:
            stack.pop()
        code = code_of(block.number) if is_policy_prefix(block.prefix) else None
        if code is None and stack and not block.prefix and (own := code_of(block.number)):
            below = extends(own, stack[-1][1]) and len(own.parts) == len(stack[-1][1].parts) + 1
            code = own if below else None  # 「・Ⅰ-1 名称」 nested in 「・基本目標Ⅰ …」: a level
        if code is None and not stack and not block.prefix and (own := code_of(block.number)):
            code = own if own.normalized in known and len(own.parts) > 1 else None  # 「・2-(1)
            # 名称」 over 「・取組」: an outer level the document prints as a policy
        if code is not None:
            name = before_joined_field(block.text)  # 「1-1 名称　進捗：◎」: the name only
            if (stack and extends(code, stack[-1][1]) and _is_title(name)
                    and _labelled_sublist(doc, block) is None  # not over its own 「主な取組」
                    and not _labelled_entries_under(doc, block)
                    and not _holds_entries(block.text)):
                add_initiative(facts, name, [code.printed], _span(doc, block))
            stack.append((block.level, code))
            continue
        if stack and _entry_label(block.prefix) and block.level > stack[-1][0]:
            name, _ = attributes(block.text)  # 「・主な取組1 名称」 nested in 「・施策1-1-1 …」
            if _is_title(name) and not _holds_entries(block.text):
                add_initiative(facts, name, [stack[-1][1].printed], _span(doc, block))
            continue
        if headed:
            continue  # a list under a heading: only its coded levels are measures
        if stack and not block.number and not block.prefix and _is_bullet(block):
            name, _ = attributes(block.text)
            if _is_title(name, projects=True):
                add_initiative(facts, name, [stack[-1][1].printed], _span(doc, block),
                               projects=True)  # fmt: skip
        elif stack and block.number and not block.prefix and block.level > stack[-1][0]:
            own = code_of(block.number)  # 「・(1) 名称」 nested in 「・施策2-3 …」: numbered
            if own is not None and len(own.parts) == 1:  # afresh within the level, its entry
                name, _ = attributes(block.text)
                if _is_title(name):
                    add_initiative(facts, name, [stack[-1][1].printed], _span(doc, block))


def _labelled_entries_under(doc: StructuredDocument, item: Block) -> bool:
    """Whether items labelled as entries and numbered afresh (「・主な取組1 …」, no code of
    their own extending the level's) are nested in list item `item`."""
    for block in doc.blocks[item.index + 1 :]:
        if block.kind != "item" or block.level <= item.level:
            return False
        own = code_of(block.number) if block.number else None
        if _entry_label(block.prefix) and (own is None or len(own.parts) == 1):
            return True
    return False


def _entry_label(prefix: str | None) -> bool:
    """「主な取組1」: a number's label word naming entries, as the word or ending so."""
    return bool(prefix) and field_of(prefix or "") == "initiative"


def _bullets_under_policy(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """「1-1-1 名称」 (a level of the plan's system) over 「・X事業(宵見課)」 entries, each with
    its own nested details (「・取組:A、B」): the outermost bullets are the policy's
    measures (projects too: the page places them in the system), as are the names a nested
    line labelled as initiatives lists. A finer level printed as a sibling line before the
    bullets (「Ⅰ-1」 over 「Ⅰ-1-(1) 名称」 then 「・…」, a tree flattened a level) files the
    bullets after it under its own code."""
    code = code_of(heading.number)
    children = [b for b in doc.under(heading) if b.parent == heading.index]
    items = [b for b in children if _is_bullet(b)]
    if code is None or not items:
        return
    top = min(b.level for b in items)
    current = code
    for block in children:
        finer = code_of(block.number) if not _is_bullet(block) else None
        if finer is not None and extends(finer, code):
            current = finer
            continue
        if not _is_bullet(block):
            continue
        if block.level == top:
            name, _ = attributes(block.text)
            if _is_title(name, projects=True):
                add_initiative(facts, name, [current.printed], _span(doc, block), projects=True)
            continue
        for name, span in _listed_entries(doc, block):
            add_initiative(facts, name, [current.printed],
                           {"": doc.block_span(block), "name": span})  # fmt: skip


def _items_under_named_policy(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「●架空支援の充実」 over 「・A」「・B」 set in deeper, the policy's code printed only
    elsewhere (a table of indicators: 「1-1 | 架空支援の充実 | …」): a bulleted line that is
    a coded policy's name, its own code not printed, lists that policy's entries."""
    codes: dict[str, list[str]] = {}
    for code in facts.policy_codes:
        if code.label:
            codes.setdefault(nfkc_key(code.label), []).append(code.printed)
    for item in doc.of_kind("item"):
        named = codes.get(nfkc_key(item.text))
        if item.number or named is None or len(named) != 1:
            continue
        for entry in doc.blocks[item.index + 1 :]:
            if entry.kind != "item" or entry.level <= item.level:
                break  # the next policy's line, or a line that is no item
            name, _ = attributes(entry.text)
            if _is_title(name):
                add_initiative(facts, name, named, _span(doc, entry))


def _listed_under_level(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「主な取組：A、B」 right under a level of the page's system (「施策1-(1)　名称」): the
    entries the field lists, filed under that level."""
    known = {c.normalized for c in facts.policy_codes}
    for block in doc.of_kind("field"):
        label = (block.label or "").strip()
        if not block.value or len(label) > _LIST_LABEL or field_of(label) != "initiative":
            continue
        if block.value.lstrip()[:1] in _CELL_MARKS:
            continue  # 「主な取組 | ・A ・B」: bulleted entries, read as a list (`listed_in_cell`)
        parent = doc.blocks[block.parent] if block.parent is not None else None
        code = code_of(parent.number) if parent is not None and parent.kind == "heading" else None
        if code is None or code.normalized not in known:
            continue
        for name, span in _listed_names(doc, block, block.value):
            add_initiative(facts, name, [code.printed],
                           {"": doc.block_span(block), "name": span})  # fmt: skip


_LIST_LABEL = 8  # 主な取組, 具体的な取組: a label; a longer one is a sentence's head


def _listed_entries(doc: StructuredDocument, block: Block) -> list[tuple[str, Span]]:
    """「取組:A、B」: the names a line labelled as initiatives lists (name, span)."""
    found = _ATTRIBUTE_PART.match(block.text)
    if found is None or field_of(found.group("label"), exact=True) != "initiative":
        return []
    return _listed_names(doc, block, found.group("value"))


def _listed_names(doc: StructuredDocument, block: Block, value: str) -> list[tuple[str, Span]]:
    """「A、B」: the names a value lists (name, span), none unless every piece is a name."""
    names = _LIST_SEPARATOR.split(value)
    if not all(_is_title(name.strip()) for name in names):
        return []
    spans = _listed_spans(doc, block, value, names)
    return [(name.strip(), span) for name, span in zip(names, spans, strict=True)]


_LIST_SEPARATOR = re.compile(r"[、，,]")


def _listed_spans(
    doc: StructuredDocument, block: Block, value: str, names: list[str]
) -> list[Span]:
    """The span of each of `names`, listed in that order in `value` (printed in `block`)."""
    start = doc.folded.find(value, block.start, block.end)
    spans: list[Span] = []
    position = 0
    for name in names:
        at = value.find(name, position)
        position = at + len(name)
        whole = start < 0
        spans.append(doc.block_span(block) if whole else doc.span(start + at, start + position))
    return spans


def _numbered_under_policy(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """「Ⅲ-2-(1) 架空の学び」 then 「① 公民館の活性化」: entries numbered apart from the code
    of the policy heading they sit under are its measures. A page headed by a policy that
    then prints the broader goal it serves (「Ⅲ-2 …」 then 「基本目標Ⅲ …」) is that goal's
    measure, under its own code."""
    code = code_of(heading.number)
    if code is None:
        return
    for block in numbered_under(doc, heading):
        own = code_of(block.number)
        if own is None:
            continue
        if block.prefix:
            if is_policy_prefix(block.prefix) and extends(code, own) and _is_title(heading.text):
                add_initiative(facts, heading.text, [code.printed], _span(doc, heading))
        elif numbered_apart(own, code) and _is_title(block.text):
            add_initiative(facts, block.text, [code.printed], _span(doc, block))


def _rows_under_chains(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「1 | 政策目標 | (5) | … | 施策目標 | (2)…」 then a row holding one name: the entry
    that row names is filed under the finest level the row above cites."""
    rows = all_rows(table)
    for above, row in itertools.pairwise(rows):
        chain = row_chain(above)
        filled = [  # a cell spanning both rows (the entry's number) is the row above's
            cell
            for k, cell in enumerate(row)
            if cell.text and not (k < len(above) and above[k].text == cell.text)
        ]
        if not chain or len(filled) != 1 or row_chain(row) or not _is_title(filled[0].text):
            continue
        cell = filled[0]
        add_initiative(facts, cell.text, [chain[-1][0].printed],
                       {"": doc.span(above[0].start, row[-1].end),
                        "name": doc.cell_span(cell)})  # fmt: skip


def _system_members(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """A policy-system table (「1 名称」 beside 「1-2 | 名称」): each policy of the level below
    is a measure its goal is carried out by, filed under its own code (below the goal's) —
    unless the table lists entries of its own in those levels (改革の柱 | 推進項目 | 取組項目):
    then the levels are the entries' policies."""
    if _lists_own_entries(table):
        return
    for level in system_rows(table):
        if _is_title(level.name):
            add_initiative(facts, level.name, [level.code.printed],
                           {"": doc.cell_span(level.name_cell),
                            "name": doc.cell_span(level.name_cell)})  # fmt: skip


def _numbered_after_label_line(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「**取組内容**」 (a bold line, no heading) over 「1. A」 「2. B」: the numbered lines after a
    line that is only the entries' label are the entries, filed under the level a line of
    the section before it cites (「［総合計画　施策4-2　名称］」)."""
    for at, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or label_field(block.text) != "initiative":
            continue
        if len(block.text.strip()) > _LABEL_LINE_MAX:
            continue
        run: list[Block] = []
        for after in doc.blocks[at + 1 :]:
            if after.number != str(len(run) + 1) or not _is_title(after.text):
                break
            run.append(after)
        if not run:
            continue
        cited = None
        for before in reversed(doc.blocks[:at]):
            if (level := cited_level(before.text, whole=True)) is not None:
                cited = level.code.printed
                break
            if before.kind == "heading" and before.number is not None:
                break  # (the section's own heading: no citation in it)
        for entry in run:
            add_initiative(facts, entry.text, [cited] if cited else [], _span(doc, entry))


_LABEL_LINE_MAX = 8


def _graded_entries_label(text: str) -> bool:
    """「主な取組の進捗」, 「取組の評価」: a label naming the entries, then の and their grade."""
    found = re.fullmatch(r"(?P<entries>[^の\s]{2,8})の(?P<grade>[^の\s]{2,6})", text.strip())
    return found is not None and label_field(found.group("entries")) == "initiative" and (
        label_field(found.group("grade")) == "evaluation"
    )


def _listed_entry_cells(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「施策番号 | 施策名 | 主な取組」 over 「1-1 | 農林業の振興 | 担い手の確保・育成、スマート
    農業の推進」: a cell of the entries' column listing several names apart by 「、」 holds that
    many entries, each filed under the row's code."""
    entries = [k for k, label in enumerate(table.header) if field_of(label) == "initiative"]
    codes = [k for k, label in enumerate(table.header)
             if field_of(label) == "policy" and _codes_only(table, k)]  # fmt: skip
    if len(entries) != 1 or len(codes) != 1:
        return
    for row in table.rows:
        if max(entries[0], codes[0]) >= len(row):
            continue
        cell, code = row[entries[0]], code_of(row[codes[0]].text.strip())
        parts = [part.strip() for part in _LISTED.split(cell.text)]
        if code is None or len(parts) < 2 or not all(_is_title(part) for part in parts):
            continue
        at = cell.start
        for part in parts:
            start = doc.folded.find(part, at, cell.end)
            start = start if start >= 0 else cell.start
            span = doc.span(start, start + len(part))
            add_initiative(facts, part, [code.printed], {"": span, "name": span})
            at = start + len(part)


_LISTED = re.compile(r"[、，,]")


def _lists_own_entries(table: Table) -> bool:
    """A column labelled as initiatives whose cells are mostly names (not codes, sentences or
    blanks): the table's rows are entries of their own."""
    for column, label in enumerate(table.header):
        if field_of(label) != "initiative" or _codes_only(table, column):
            continue
        cells = [r[column].text for r in table.rows if column < len(r) and r[column].text.strip()]
        if len(cells) >= 2 and sum(_is_title(c) for c in cells) * 2 > len(table.rows):
            return True
    return False


def _graded_policies(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「施策コード | 施策名 | 主管課 | R3 | R4」 with a grade in every row: a list of the
    policies evaluated, each what was evaluated — an initiative under its own code."""
    fields = [field_of(h) for h in table.header]
    columns = [i for i, f in enumerate(fields) if f == "policy"]
    code_columns = [i for i in columns if _codes_column(table, i)]
    code_column = code_columns[0] if code_columns else None
    if len(code_columns) > 1 and _finer_column(table, code_columns[0], code_columns[-1]):
        code_column = code_columns[-1]  # 「政策コード | 政策名 | 施策コード | 施策名」: the 施策
    others = [i for i in columns if i != code_column]
    after = [i for i in others if code_column is not None and i > code_column]
    name_column = (after or others or [None])[0]  # 施策番号 | 施策名, not the goal beside them
    if code_column is None or name_column is None or not table.rows:
        return
    if entry_levels(table) is not None:
        return  # the policy columns name the levels the table's entries are filed in
    projects = [i for i, f in enumerate(fields) if f == "project"]
    projects = [i for i in projects if not keys_rows(table.header[i])] or projects  # 事業ID
    if projects and projects[0] < code_column and "evaluation" in fields:
        _graded_projects(doc, facts, table, projects[0], code_column)
        return
    if "initiative" in fields and not projects:
        return  # 「施策名 | 評価 | 主な取組」: the entries are listed beside the policies graded
    found: list[tuple[str, str, dict[str, Span]]] = []
    for row in table.rows:
        if max(code_column, name_column) >= len(row):
            return
        code = column_code(table, code_column, row[code_column].text)
        graded = any(grade_of(cell.text) for cell in row[max(code_column, name_column) + 1 :])
        if code is None or not graded or not _is_title(row[name_column].text):
            return
        found.append((row[name_column].text, code.printed,
                      {"": doc.span(row[0].start, row[-1].end),
                       "name": doc.cell_span(row[name_column])}))  # fmt: skip
    for name, code, evidence in found:
        add_initiative(facts, name, [code], evidence)


def _graded_projects(
    doc: StructuredDocument, facts: DocumentFacts, table: Table, name_column: int,
    code_column: int,
) -> None:
    """「事務事業名 | … | 施策コード | 施策名 | … | 総合評価」 (an evaluation system's export, one
    row per evaluated project): the project is what was evaluated, an initiative under the
    policy its row cites; the policy columns only say where it is filed."""
    for row in table.rows:
        if max(name_column, code_column) >= len(row):
            continue
        code = code_of(row[code_column].text)
        name = row[name_column].text
        if code is None or not any(grade_of(c.text) for c in row[code_column + 1 :]):
            continue
        add_initiative(facts, name, [code.printed],
                       {"": doc.span(row[0].start, row[-1].end),
                        "name": doc.cell_span(row[name_column])}, projects=True)  # fmt: skip


def _finer_column(table: Table, broader: int, finer: int) -> bool:
    """Whether every row's code in column `finer` lies under its code in column `broader`
    (a broader cell left blank, merged over the rows under it, holds the code above)."""
    carried = None
    for row in table.rows:
        if max(broader, finer) >= len(row):
            return False
        outer = code_of(row[broader].text) if row[broader].text.strip() else carried
        inner = code_of(row[finer].text)
        if outer is None or inner is None or not extends(inner, outer):
            return False
        carried = outer
    return True


def _graded_level_cells(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """「基本事業評価 | 5-2-1 竹林の整備 | A」: a cell printing a known level of the policy
    system with its code, graded further along its row, is a measure of the level above,
    filed under that level's code (a graded level is what was evaluated)."""
    known = {c.normalized: c for c in facts.policy_codes}
    if not known:
        return  # no level of the system to find in a cell
    for row in table.rows:
        for k, cell in enumerate(row):
            lead = find_leading_code(cell.text)
            if lead is None or lead.prefix or not lead.label:
                continue
            code = code_of(lead.code.printed)
            if code is None or not code.parents or code.parents[-1] not in known:
                continue
            policy = known.get(code.normalized)
            if policy is None or nfkc_key(policy.label or "") != nfkc_key(lead.label):
                continue
            if not any(grade_of(c.text) for c in row[k + 1 :]):
                continue
            if any(field_of(label) in ("initiative", "project") and not says_what_was_done(label)
                   for j, label in enumerate(table.header) if j != k):  # fmt: skip
                # 「推進項目 1-(1) X | 取組項目 Y | 達成度 ◎」 (the entry's column before or
                # after the level's): the entry's grade, not X's
                continue
            name = doc.span(cell.start + lead.label_start, cell.end)
            parent = known[code.parents[-1]].printed
            for same in facts.initiatives:  # read before as a row filed under its own code
                if nfkc_key(same.name) == nfkc_key(lead.label) and same.policy_codes == [
                        policy.printed]:  # fmt: skip
                    same.policy_codes = [parent]
            add_initiative(facts, lead.label, [parent],
                           {"": doc.span(row[0].start, row[-1].end), "name": name})  # fmt: skip


def _measures_of_policy_page(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """「基本施策Ⅲ-1-(2) 名称」 then 「(1) …」「(2) …」: a policy's own list numbered apart
    from its code holds its measures — unless an entry is a section label (「施策の目的」),
    then the list is the sections of a sheet. A page about that one policy alone lists the
    policy too, as the entry it is about."""
    code = code_of(heading.number)
    if code is None:
        return
    entries = [b for b in numbered_under(doc, heading) if not b.prefix]
    if len(entries) < 2 or any(
        (own := code_of(b.number)) is None
        or not (numbered_apart(own, code) or own_list(entries, heading))
        or not _is_title(b.text)
        or field_of(b.text) is not None
        or (b.kind == "heading" and _lists_entries(doc, b, projects=False))  # a level over
        # its own entries (a measure's table of projects under it leaves it a measure)
        for b in entries
    ):
        return
    if len({c.normalized for c in facts.policy_codes}) == 1:
        add_initiative(facts, heading.text, [code.printed], _span(doc, heading),
                       number=heading.number)  # fmt: skip
    for block in entries:
        add_initiative(facts, block.text, [code.printed], _span(doc, block))


_TERM = re.compile(r"^(?P<term>[^:：。、]{2,30})[:：]\s*(?P<text>\S.*)$")


def _terms_under_policy(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """「重点政策1 …」 over 「名称:説明…。」 lines (a definition list's terms and descriptions,
    as fields or as bulleted items): terms that name no field the vocabulary knows, each
    described in sentences, are the policy's entries."""
    code = policy_code(doc, heading)
    terms: list[tuple[Block, str, str]] = []
    for block in doc.under(heading):
        if block.parent != heading.index:
            continue
        if block.kind == "field" and block.label and label_field(block.label) is None:
            terms.append((block, block.label, block.value or ""))
        elif (
            block.kind == "item"
            and not block.number
            and (term := _TERM.match(block.text))
            and label_field(term.group("term")) is None
        ):
            terms.append((block, term.group("term").strip(), term.group("text")))
    if code is None or len(terms) < 2:
        return
    if not all(_is_title(name) and "。" in text for _, name, text in terms):
        return
    for block, name, _ in terms:
        start = doc.folded.find(name, block.start, block.end)
        span = doc.span(start, start + len(name)) if start >= 0 else doc.block_span(block)
        add_initiative(facts, name, [code.printed], {"": doc.block_span(block), "name": span})


def _projects_after_policy(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """「施策2-4 名称：X事業、Y事業」 (a definition list's term and its description run into
    one line): the projects a policy's own line lists are its measures. Only a list made of
    project names alone counts, so a description in words is never split."""
    code = code_of(heading.number)
    found = _TERM_TAIL.match(heading.text)
    if code is None or found is None:
        return
    tail = found.group("tail")
    projects = [p.strip() for p in _LIST_SEPARATOR.split(tail)]
    if not all(project_ending(p) == "事業" and _is_title(p, projects=True) for p in projects):
        return
    for project, span in zip(projects, _listed_spans(doc, heading, tail, projects), strict=True):
        add_initiative(facts, project, [code.printed], {"": doc.block_span(heading), "name": span},
                       projects=True)  # fmt: skip


_TERM_TAIL = re.compile(r"^\s*[^:：]+[:：](?P<tail>.*\S)\s*$")


def _items_under_policy(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """「■施策2-3 名称」 then 「・交流拠点の整備（評価：A）」: bulleted entries of a policy —
    not the details nested in a numbered entry of its list."""
    code = code_of(heading.number)
    if code is None:
        return
    numbered: int | None = None  # the level of the numbered item the list is inside
    for block in doc.under(heading):
        if block.parent != heading.index or block.kind != "item":
            continue
        if block.number:
            numbered = block.level
            continue
        if numbered is not None and block.level > numbered:
            continue  # a detail of a numbered entry (「・1-① …」 over 「・…」), not the policy's
        numbered = None
        name, _ = attributes(block.text)
        if _is_title(name):
            add_initiative(facts, name, [code.printed], _span(doc, block))


def _fields(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """【取組】名称 (after 【施策】2-3 …, whose code it is filed under); a numbered entry
    (【課題1】名称) takes the code its own record cites after it, which then files no other."""
    code: str | None = None
    in_record = False  # past a numbered entry: policy fields are that entry's record
    for block in doc.blocks:
        if block.kind == "heading" and block.number is None and block.level <= 1:
            code, in_record = None, False
        if block.kind != "field" or not block.value:
            continue
        if _header_words(line_of(doc, block)) is not None:
            continue  # 「重点課題 平成27年度達成状況」: the header of rows, not a value
        label, number = _numbered_label(block.label or "")
        field = field_of(label, exact=True)
        if field == "policy" and number is not None and (graded := leader_grade(block.value)):
            # 「【基本目標1】名称 …… ○」: an entry graded under the level its label numbers
            if _is_title(graded[0]) and not _names_level(facts, number, graded[0]):
                add_initiative(facts, graded[0], [number], {"": doc.block_span(block)})
            continue
        if field == "policy" and number is None:
            code = None if in_record else _field_code(block.value)
        elif (
            (field or field_of(label)) == "initiative"
            and (listed := _listed_in_value(block.value))
            and (coded := _coded_item_before(doc, block))
        ):
            # 「• 1-(1) 名称 評価：B」 over 「主な取組：A、B」: the coded entry's measures
            for entry in listed:
                add_initiative(facts, entry, [coded], {"": doc.block_span(block)})
        elif field == "initiative" and _is_title(block.value):
            in_record = number is not None
            start = block.value_start or block.start
            if number is not None:  # a numbered entry: its record, else the page's policy
                above = _heading_code(doc, block) if code is None else None
                filed = _record_code(doc, block, label) or code or above
            else:
                found = code_above(doc, block) if code is None else None
                filed = code or (found.printed if found else None)
            add_initiative(facts, block.value, [filed] if filed else [],
                           {"": doc.block_span(block),
                            "name": doc.span(start, block.end)})  # fmt: skip


_ENTRY_PARTS = re.compile(r"\s*[、，,]\s*")


def _listed_in_value(value: str) -> list[str]:
    """「架空の支援、架空の推進」: a field's value listing two entries or more, each a title."""
    if "。" in value:
        return []  # 「…を開設し、…を促進する。」: a sentence of what is done, no list
    parts = [p for p in _ENTRY_PARTS.split(value.strip()) if p]
    if any(p.endswith(_RUNS_ON) for p in parts):
        return []  # a clause running on (「…を導入し」), no entry's name
    return parts if len(parts) >= 2 and all(_is_title(p) for p in parts) else []


# the endings of a clause that runs on into the next (「…し、」「…により、」)
_RUNS_ON = ("し", "て", "により", "について", "ため", "ので", "が")


def _coded_item_before(doc: StructuredDocument, block: Block) -> str | None:
    """The code of the entry right above a field (a coded item or heading, its other fields
    between), else None."""
    for above in reversed(doc.blocks[: block.index]):
        if above.kind == "field":
            continue
        code = code_of(above.number) if above.kind in ("item", "heading") and above.number else None
        return code.printed if code is not None and len(code.parts) > 1 else None
    return None


def _names_level(facts: DocumentFacts, number: str, name: str) -> bool:
    """Whether `name` is the name of the policy coded `number` (the level itself)."""
    return any(c.normalized == number and nfkc_key(c.label or "") == nfkc_key(name)
               for c in facts.policy_codes)  # fmt: skip


_LABEL_NUMBER = re.compile(r"^(?P<label>.*?\D)\s*(?P<n>[0-9]{1,2})$")


def _numbered_label(label: str) -> tuple[str, str | None]:
    """「経営目標1」 → (「経営目標」, "1"): a label numbered as one of a series of entries."""
    found = _LABEL_NUMBER.match(label.strip())
    if found is None or field_of(found.group("label"), exact=True) is None:
        return label, None
    return found.group("label"), found.group("n")


def _heading_code(doc: StructuredDocument, block: Block) -> str | None:
    """The finest code of the policy headings `block` sits under (not of fields before it,
    which belong to the entries they follow)."""
    codes = [
        code
        for heading in doc.headings_above(block)
        if is_policy_heading(heading) and (code := policy_code(doc, heading)) is not None
    ]
    return max(codes, key=lambda c: len(c.parts)).printed if codes else None


def _record_code(doc: StructuredDocument, block: Block, label: str) -> str | None:
    """「経営目標2：名称」 then 「総合計画の施策：5-3 …」 (or a heading 「…計画との関連」 over
    「2-1-2 …」): the code the entry's own record cites, before the next entry of the series."""
    related = False
    for other in doc.blocks[block.index + 1 :]:
        if other.kind == "field" and _numbered_label(other.label or "")[0] == label:
            return None  # the next entry's record
        if other.kind == "field" and label_field(other.label) == "policy":
            return _field_code(other.value or "")
        if other.kind == "heading" and not other.number and label_field(other.text) == "policy":
            related = True
            continue
        if related:
            code = code_of(other.number) if other.kind != "field" else code_of(other.label)
            if code is not None:
                return code.printed
    return None


def _policy_field_chain(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「政策名:政策2 …」 then 「施策名:施策2-3 名称」: a policy printed under the broader one
    it extends is the measure that policy is carried out by, filed under its own code —
    unless the sheet is about a project (「事業名」 first): the chain only places it."""
    if _about_a_project(doc):
        return
    outer: CodeParse | None = None
    for block in doc.blocks:
        if block.kind != "field" or label_field(block.label) != "policy" or not block.value:
            continue
        lead = find_leading_code(block.value)
        code = field_code(block.value)
        if lead is None or code is None:
            outer = None
            continue
        if outer is not None and extends(code, outer) and _is_title(lead.label):
            if _under_entry_heading(doc, block):
                outer = code  # 「取組番号 Ⅰ－１－①」 over the chain: it places that entry
                continue
            start = (block.value_start or block.start) + lead.label_start
            add_initiative(facts, lead.label, [code.printed],
                           {"": doc.block_span(block),
                            "name": doc.span(start, block.end)})  # fmt: skip
        outer = code


def _items_after_policy_field(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「関連する施策：施策3-1-1 …」 then 「・自主防災の支援 ◎」 「・要支援者の計画作成 △」: a
    list right after a field citing a policy holds the entries carried out under that policy,
    a mark after a name its grade (an entry not graded yet, 「（令和8年度からの取組）」, one
    of them too). Every item must read as a name: a list of sentences is no list of entries."""
    for at, block in enumerate(doc.blocks):
        if block.kind != "field" or label_field(block.label) != "policy" or not block.value:
            continue
        code = field_code(block.value)
        if code is None:
            continue
        parent = block.parent
        run = list(itertools.takewhile(
            lambda b, p=parent: b.kind == "item" and b.parent == p, doc.blocks[at + 1 :]))
        names = [TRAILING_BRACKET_NOTE.sub("", before_grade(item.text)).strip() for item in run]
        if not names or not all(name and _is_title(name) for name in names):
            continue
        for item, name in zip(run, names, strict=True):
            add_initiative(facts, name, [code.printed], _span(doc, item))


def _under_entry_heading(doc: StructuredDocument, block: Block) -> bool:
    """Whether `block` sits in the section of an entry's heading (「取組番号 Ⅰ－１－① …」)."""
    parent = block.parent
    while parent is not None:
        above = doc.blocks[parent]
        if above.kind == "heading" and _is_entry_prefix(above.prefix):
            return True
        parent = above.parent
    return False


def _filed_entries(facts: DocumentFacts) -> set[str]:
    """The codes entries are filed under that are no levels of the system themselves (an
    entry named as a policy is that level, read as a measure)."""
    levels = {nfkc_key(c.label or "") for c in facts.policy_codes}
    return {c.normalized for i in facts.initiatives if nfkc_key(i.name) not in levels
            for p in i.policy_codes
            if (c := code_of(p) or parse_dotted_code(p)) is not None}  # fmt: skip


def _system_table_levels(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A policy-system table (`policies.system_table`): each level below another level of
    the table is a measure of that level, filed under its code — unless the page files
    entries of its own under the table's levels (then the levels are their policies)."""
    tables = [levels for block in doc.of_kind("table") if (levels := system_table(doc, block))]
    if not tables:
        return
    filed = _filed_entries(facts)
    if any(code.normalized in filed for levels in tables for code, _, _ in levels):
        return
    for levels in tables:
        printed = {code.normalized: code.printed for code, _, _ in levels}
        for code, name, cell in levels:
            parent = printed.get(code.parents[-1]) if code.parents else None
            if parent is not None and _is_title(name):
                span = doc.cell_span(cell)
                add_initiative(facts, name, [parent], {"": span, "name": span})


def _paired_levels(doc: StructuredDocument, facts: DocumentFacts, table: Table) -> None:
    """A table of code | name column pairs, one pair per level (`policies.level_pairs`): each
    finer level is a measure of the broader level printed beside it, filed under its own
    code (1-1 extends 1, so it names both, as `_policy_under_policy` files them)."""
    fields = [field_of(h) for h in table.header]
    if "policy" not in fields:
        return
    pairs = level_pairs(table, [i for i, f in enumerate(fields) if f == "policy"])
    for code_column, name_column in pairs[1:]:
        for row in table.rows:
            if max(code_column, name_column) >= len(row) or not row[name_column].text:
                continue
            name, code = row[name_column].text.strip(), row[code_column].text.strip()
            if code and _is_title(name):
                span = doc.cell_span(row[name_column])
                add_initiative(facts, name, [code], {"": span, "name": span})


def _finer_level_entries(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """Entries numbered one level below the known policy system (`policies.finer_level_rows`):
    each a measure of the level it lies under, filed under that level's code."""
    if block.table is None:
        return
    for _, name, cell, parent in finer_level_rows(block.table, printed_above(facts, block)):
        if _is_title(name):
            span = doc.cell_span(cell)
            add_initiative(facts, name, [parent], {"": span, "name": span})


def _system_tree_levels(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「施策体系」 over 「3-1 …」 over 「3-1-1 …」 (`policies.system_trees`): each level the
    page prints in the tree (one per line, or several along a line: 「4-1-1 名称　4-1-3
    名称」) below a level it also prints is a measure of that level, filed under its code —
    unless the page files entries of its own under the system's levels (「主な取組」 under a
    施策 page, rows citing its code): then the levels are those entries' policies."""
    trees = system_trees(doc)
    if not trees:
        return
    known = {c.normalized: c for c in facts.policy_codes}
    filed = _filed_entries(facts)
    if any(code.normalized in filed for tree in trees for _, code in tree):
        return  # entries filed under the system's levels (「主な取組」 of a 施策): their policies
    for tree in trees:
        start, end = tree[0][0].start, max(block.end for block, _ in tree)
        for policy in list(facts.policy_codes):
            span = policy.evidence.get("")
            code = code_of(policy.printed)
            if span is None or code is None or not code.parents or not policy.label:
                continue
            parent = known.get(code.parents[-1])
            if parent is None or not start <= span.start < end:
                continue
            name = clean_name(policy.label)
            if _is_title(name):
                add_initiative(facts, name, [parent.printed], {"": span, "name": span})


def _entry_number_rows(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「取組番号 | 取組項目」 over 「Ⅰ-(1)-① | X」 (`policies.entry_number_rows`): each row an
    entry of the level its number's code lies under (Ⅰ-(1))."""
    for block in doc.of_kind("table"):
        for row in entry_number_rows(doc, block):
            if not _is_title(row.name.text.strip()) or not row.code.parents:
                continue
            parent = row.code.parents[-1]
            printed = next((c.printed for c in facts.policy_codes if c.normalized == parent),
                           parent)  # fmt: skip
            whole = doc.span(row.cells[0].start, row.cells[-1].end)
            add_initiative(facts, row.name.text.strip(), [printed],
                           {"": whole, "name": doc.cell_span(row.name)})  # fmt: skip


def _numbered_code_levels(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「項目番号 | 推進項目」 rows (`policies.numbered_code_rows`: codes under a bare number
    label beside a policy column): a row whose code lies under a policy the document
    prints (1-1 under 柱 1, in this table or another) is a measure of that policy, filed
    under its code."""
    known = {c.normalized: c for c in facts.policy_codes}
    for block in doc.of_kind("table"):
        if block.table is None or _bulleted_code_entries(block.table):
            continue  # the coded rows are levels, their entries the bulleted rows under them
        for code, name, row, cell in numbered_code_rows(block.table, entries=True):
            parent = known.get(code.parents[-1]) if code.parents else None
            name = policy_name(name)
            if parent is not None and _is_title(name):
                add_initiative(facts, name, [parent.printed],
                               {"": doc.span(row[0].start, row[-1].end),
                                "name": doc.cell_span(cell)})  # fmt: skip


def _names_its_entry(table: Table) -> bool:
    """A form with a row labelled as the entry's name (「取組名 | X」)."""
    return any(
        len(row) >= 2 and field_of(row[0].text, exact=True) == "initiative" and row[1].text.strip()
        for row in all_rows(table)
    )


def _form_table_levels(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「政策 | 4 …」「施策番号 | 4-2」「施策名 | …」 (`policies.form_code_names`): the level a
    sheet laid out as a table names by code and name, below a policy the document prints,
    is the measure that policy is carried out by, under its own code (4-2 names 4 too)."""
    known = {c.normalized for c in facts.policy_codes}
    for block in doc.of_kind("table"):
        if block.table is None or _names_its_entry(block.table):
            continue  # (a sheet of an entry 「取組名 | …」: the level is the entry's policy)
        for code, name, code_cell, name_cell in form_code_names(block.table):
            if code.parents and code.parents[-1] in known and _is_title(name):
                add_initiative(facts, name, [code.printed],
                               {"": doc.span(code_cell.start, name_cell.end),
                                "name": doc.cell_span(name_cell)})  # fmt: skip


def _placed_levels(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「計画体系：基本目標Ⅲ 名称 ／ 施策Ⅲ-2 名称」: each level of a chain printed in one
    field is a measure of the level above it, filed under that level's code (composed
    along the chain where the levels number afresh: 政策目標4 ／ 施策目標2 → 4-2 under 4)."""
    for block in doc.of_kind("field"):
        if not block.value or not places_in_system(block):
            continue
        levels = level_parts(block.value)
        if len(levels) < 2:
            continue
        codes = [levels[0][0]]  # 「政策目標4 … ／ 施策目標2 …」 numbers afresh: 4, then 4-2
        for code, _, _ in levels[1:]:
            codes.append(under_code(codes[-1], code))
        value_start = block.value_start if block.value_start is not None else block.start
        for outer, (_, name, at) in zip(codes, levels[1:], strict=False):
            if not _is_title(name):
                continue
            start = value_start + at
            add_initiative(facts, name, [outer.printed],
                           {"": doc.block_span(block),
                            "name": doc.span(start, start + len(name))})  # fmt: skip


def _field_code(value: str) -> str | None:
    """The policy code a policy field's value leads with (「2-3 …」, 「施策5-1-1 …」); of a
    chain of levels (「基本目標4　施策4-1　名称」), the finest, each extending the one before."""
    found = finest_lead(value)
    if found is None or (found[0].prefix and not is_policy_prefix(found[0].prefix)):
        return None
    lead = found[0]
    folded = code_of(lead.code.printed)
    return folded.printed if folded else lead.code.printed


@dataclass
class FormEntry:
    """An entry a form names in the cell after its label (「取組項目(中項目) | 2 名称」)."""

    name: str
    number: str | None
    row: int  # index into `all_rows` of its table
    evidence: dict[str, Span]


# 「1 名称」, 「①名称」: a number before the name, set apart by a space (a circled one, not)
_LEADING_NUMBER = re.compile(r"^(?:(?P<n>[0-9]{1,3})[ \u3000]+|[①-⑳][ \u3000]*)(?=\S)")
# 「・A ・B」, or 「• A • B」 as a page's list inside a cell is read: one entry per bullet
_CELL_MARKS = "・•"
_CELL_BULLET = re.compile(
    rf"(?:^|(?<=\s))[{_CELL_MARKS}]\s*(?P<name>[^{_CELL_MARKS}\s][^\n]*?)"
    rf"(?=\s+[{_CELL_MARKS}]|\s*$)"
)


def form_entries(doc: StructuredDocument, table: Table) -> Iterator[FormEntry]:
    """The entries of a form laid out as a table: rows that start with an entry label and
    give the name in the next cell (「具体的な取組項目(小項目) | 1 施設総量の適正化 | …」)."""
    for index, row in enumerate(all_rows(table)):
        if len(row) < 2 or not names_entries(row[0].text):
            continue
        cell = row[1]
        listed = cell.text.lstrip()[:1] in _CELL_MARKS
        items = list(_CELL_BULLET.finditer(cell.text)) if listed else []
        if len(items) > 1:  # 「・A ・B」: a list the cell holds, one entry per bullet
            for item in items:
                name = item.group("name").strip()
                if _is_title(name):
                    yield FormEntry(name, None, index, {
                        "": doc.span(row[0].start, row[-1].end),
                        "name": doc.span(cell.start + item.start("name"),
                                         cell.start + item.end("name")),
                    })  # fmt: skip
            continue
        name, number = cell.text, None
        numbered = _LEADING_NUMBER.match(name)
        if numbered is not None:
            name, number = name[numbered.end() :], numbered.group("n")
        if not _is_title(name):
            continue
        start = cell.start + (numbered.end() if numbered else 0)
        yield FormEntry(name, number, index, {"": doc.span(row[0].start, row[-1].end),
                                              "name": doc.span(start, cell.end)})  # fmt: skip


@dataclass
class GradedRow:
    """A row naming an initiative, with the grade an evaluation column gives it."""

    name: str
    codes: list[str]
    grade: str | None
    fiscal_year: int | None
    evidence: dict[str, Span]
    dated: bool = False  # the year is the row's own (a 年度 cell, 「R5:○」), not the table's


def graded_rows(doc: StructuredDocument, facts: DocumentFacts) -> Iterator[GradedRow]:
    """Rows of initiative tables: real tables, a header line of labels with rows under it,
    and a table flattened into one line of PDF text."""
    for block in doc.blocks:
        if block.kind == "table" and block.table is not None:
            yield from _table_rows(doc, facts, block, block.table)
    yield from _header_line_rows(doc, facts)
    for block in doc.blocks:
        if block.kind != "table":
            yield from _flat_rows(doc, facts, block)
    for row in line_system_rows(doc):  # a policy of the level below is its goal's measure
        grade = next((g for cell in row.cells if (g := grade_of(cell))), None)
        yield GradedRow(row.name, [row.code.printed], grade, facts.fiscal_year, {"": row.span})


def _years_down(table: Table, fields: list[str | None]) -> bool:
    """A first column labelled as the year whose every cell is a year: a row per year."""
    if not fields or fields[0] != "fiscalYear":
        return False
    cells = [row[0].text for row in table.rows if row and row[0].text.strip()]
    return bool(cells) and all(is_year_label(text) for text in cells)


def _single_code(facts: DocumentFacts) -> list[str]:
    """The document's one top policy code, when it has exactly one: a sheet about one
    施策 files every row under it."""
    tops = {c.normalized: c.printed for c in facts.policy_codes}
    return list(tops.values()) if len(tops) == 1 else []


def _evaluated_year(doc: StructuredDocument, block: Block, facts: DocumentFacts) -> int | None:
    """The one year a heading over an evaluation states (「平成29年度の取組の評価」): the
    grades under it are of that year, not of the document's."""
    for heading in doc.headings_above(block):
        years = {m.year for m in year_mentions(heading.text, context=facts.fiscal_year)
                 if m.kind == "fiscal"}  # fmt: skip
        if years:
            return years.pop() if len(years) == 1 else None
    return None


def _year_of(label: str, facts: DocumentFacts) -> int | None:
    return parse_fiscal_year(label, context=facts.fiscal_year) or facts.fiscal_year


def _table_rows(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, table: Table
) -> Iterator[GradedRow]:
    fields = [field_of(h) or numbered_column_field(table.header, k)
              for k, h in enumerate(table.header)]  # fmt: skip
    evaluation = [i for i, f in enumerate(fields) if f == "evaluation"]
    # 「進捗状況（令和7年度）」 of words (順調) beside 「評価」 of grades: the grades' column
    evaluation = [i for i in evaluation if any(
        i < len(r) and grade_of(r[i].text) for r in table.rows)] or evaluation  # fmt: skip
    progress = progress_columns(table)  # 「令和6年度の取組」 beside 「約束」: a report on each row
    names = [i for i, f in enumerate(fields) if f == "initiative" and i not in progress]
    # 取組番号 | 取組名; 「推進項目 | 取組No. | 取組項目」: beside a column of the codes the
    # rows are filed under, a column of bare numbers only counts them
    filed = any(f == "policy" and (_codes_column(table, i) or is_cited_column(table, i))
                for i, f in enumerate(fields))  # fmt: skip
    names = [i for i in names if not _codes_only(table, i, bare=filed)] or names
    if level_columns(table):  # 「施策 | 施策名 | 取組 | 主な取組」: the entries' own numbers
        names = [i for i in names if not numbers_only(table, i)] or names
    # 「取組 | 取組名」: the entries' numbers under the word whose name the next column holds
    names = [i for i in names if not (numbers_only(table, i) and _named_beside(table, i))] or names
    # 「取組番号 | 推進コード | 取組名」: of two columns labelled as entries filed under the
    # plan's codes, the numbers count them and the other names them
    known_codes = _known_codes_column(facts, table)
    if filed or known_codes is not None:
        names = [i for i in names if not numbers_only(table, i)] or names
    if not names and evaluation:
        names = [i for i, f in enumerate(fields) if f == "project"]
    if not names and evaluation and _years_down(table, fields):
        return  # 年度 | 計画 | 実績 | 評価: the years of one entry, named above the table
    if not names and evaluation:
        names = _goal_columns(table, fields)
    if not names:
        names = _uncoded_items_column(doc, block, table, fields)
    if not names:
        return
    name_column = names[0]
    if _is_form(table, name_column):
        return
    projects = fields[name_column] == "project"  # 「X保育事業」: a name ending as labels do
    siblings = numbered_siblings(table.header, name_column)
    placed = [aligned_row(doc, table, r) for r in table.rows]
    code_columns = [i for i, f in enumerate(fields) if f == "policy" and _codes_column(table, i)]
    code_column = _finest_code_column(table, code_columns)
    if code_column is None:
        code_column = known_codes
    if code_column is None:  # 「項目番号 | 主な取組」: each row's code under a number label
        code_column = numbered_codes_column(table, name_column)
    continued = any(len(p) > len(r) for p, r in zip(placed, table.rows, strict=True))
    if code_column is None and continued:
        code_column = next((i for i, f in enumerate(fields) if f == "policy"
                            and _placed_codes(placed, i)), None)  # fmt: skip
    heading_code = code_above(doc, block)
    above = [heading_code.printed] if heading_code else []  # the rows of policy 1's table
    if not above and (levels := entry_table_section(doc, block)):
        above = [levels[-1][1].printed]  # 「㈠ …」 over 「⑴ …」 over the table: 1-1
    if not above and block.parent is not None:  # 「第1 …」, one of the pillars over tables
        group = dict((h.index, c) for h, c in entry_table_groups(doc)).get(block.parent)
        above = [group.printed] if group is not None else []
    if not above and (known := known_code_above(doc, facts, block)) is not None:
        heading_code, above = known, [known.printed]  # 「Ⅰ－1 名称」, a level the page holds
    cited_columns = [i for i, f in enumerate(fields)
                     if (f == "policy" or prefixed_column(table, i)) and is_cited_column(table, i)]
    # (「総合振興計画 | 施策3-2 名称」: a column whose every cell cites a level of the plan)
    cited_column = _finest_cited_column(table, cited_columns)
    year_column = _row_year_column(table, fields, evaluation)
    levels = entry_levels(table)
    if levels is not None:  # each entry a level of the system: its own code, name unnumbered
        for code, name, cell in levels.entries:
            row = next(r for r in table.rows if cell in r)
            grade = next((g for i in evaluation if i < len(row) and (g := grade_of(row[i].text))),
                         None)  # fmt: skip
            year = _year_of(table.header[evaluation[0]], facts) if evaluation else facts.fiscal_year
            evidence = {"": doc.span(row[0].start, row[-1].end), "name": doc.cell_span(cell)}
            yield GradedRow(rejoin_wrapped(name), [code.printed], grade, year, evidence)
        return
    carried: list[str] = []  # the code of the row a continuation line goes on from
    groups = group_rows(table, heading_code)  # 「1-(1) 名称」 spanning the rows it groups
    table_above = above
    chains = row_codes(table)  # 「1 | 2 | 1 | 名称」: a number column per level, 1-2
    if not any(chains):
        chains = _known_chains(facts, table, name_column)
    if any(chains):
        code_column = cited_column = None  # each number is one step of the row's code
    for index, (row, cells) in enumerate(zip(table.rows, placed, strict=True)):
        group = group_code(groups, index)
        above = [group.printed] if group is not None else table_above
        if (counted := code_of_chain(chains[index])) is not None:
            above = [counted.printed]
        named = cells[name_column] if name_column < len(cells) else None
        if len(table.header) >= 3 and sum(1 for c in row if c.text.strip()) == 1 and (
            leading_numbering(row[0].text.strip()) is not None
        ):
            continue  # 「(2)歳出の見直し」 alone across its row: a group row naming a level
        if len(cells) > len(row):  # a continuation line, its cells back in their places
            if named is None or not _is_title(named.text, projects=projects):
                continue
            grade = next((g for i in evaluation if i < len(cells) and (c := cells[i])
                          and (g := grade_of(c.text))), None)  # fmt: skip
            year = _year_of(table.header[evaluation[0]], facts) if evaluation else facts.fiscal_year
            yield GradedRow(rejoin_wrapped(named.text), carried or above or _single_code(facts),
                            grade, year, {"": doc.span(row[0].start, row[-1].end),
                                          "name": doc.cell_span(named)})  # fmt: skip
            continue
        if name_column >= len(row) or not _is_title(row[name_column].text, projects=projects):
            continue
        codes: list[str] = []
        if code_column is not None and code_column < len(row):
            code = code_of(row[code_column].text)
            codes = [code.printed] if code else []
            if not row[code_column].text.strip():
                codes = carried  # a blank code cell: the row goes on under the code above
            carried = codes
        elif cited_column is not None and cited_column < len(row):
            cited = cited_policy(row[cited_column].text)
            codes = [cited[0].printed] if cited else []
            if not row[cited_column].text.strip():
                codes = carried  # a merged cell left blank: the level of the row above
            carried = codes
        grade = next((g for i in evaluation if i < len(row) and (g := grade_of(row[i].text))), None)
        year = _year_of(table.header[evaluation[0]], facts) if evaluation else facts.fiscal_year
        if evaluation and parse_fiscal_year(table.header[evaluation[0]]) is None:
            year = caption_year(doc, block, facts.fiscal_year) or year
            earlier = heading_year(doc, block) if year == facts.fiscal_year else None
            if year is not None and earlier is not None and earlier < year:
                year = earlier  # 「令和7年度の取組の振り返り」 over the table: that year's grades
        own = _row_grades(table, row, evaluation, year_column, facts.fiscal_year)
        entries = [cell for k in [name_column, *siblings] if k < len(row)
                   and (k == name_column or _is_title(row[k].text, projects=projects))
                   for cell in listed_in_cell(doc, row[k])]  # fmt: skip
        for cell in entries:  # 「・A ・B」: a cell of entries; 「主な取組2」 beside 「主な取組1」
            for own_year, own_grade in own:
                yield GradedRow(rejoin_wrapped(cell.text), codes or above or _single_code(facts),
                                own_grade, own_year,
                                {"": doc.span(row[0].start, row[-1].end),
                                 "name": doc.cell_span(cell)},
                                dated=True)  # fmt: skip
            if own:
                continue
            yield GradedRow(
                rejoin_wrapped(cell.text),
                codes or above or _single_code(facts),
                grade,
                year,
                {"": doc.span(row[0].start, row[-1].end), "name": doc.cell_span(cell)},
            )


def known_code_above(
    doc: StructuredDocument, facts: DocumentFacts, block: Block
) -> CodeParse | None:
    """The code of the nearest numbered heading above `block` that the page's policies hold
    (「Ⅰ－1 名称」, a level of a tree of codes read as the plan's system, no label word)."""
    known = {c.normalized for c in facts.policy_codes}
    for heading in doc.headings_above(block):
        if heading.number:  # the nearest numbered heading only (「第1 …」 under 「3 …」)
            code = code_of(heading.number)
            return code if code is not None and code.normalized in known else None
    return None


def listed_in_cell(doc: StructuredDocument, cell: Cell) -> list[Cell]:
    """「・A<br>・B」: the entries a cell lists one after another, each after its bullet (the
    page's line breaks inside the cell read as spaces); the cell itself when it lists none,
    without the number it opens with (「1 名称」: the entry's place, no part of its name)."""
    items = list(_CELL_BULLET.finditer(cell.text)) if cell.text.lstrip()[:1] in _CELL_MARKS else []
    if len(items) == 1 and (name := items[0].group("name").strip()):
        at = doc.folded.find(name, cell.start, cell.end)
        if at >= 0:  # 「• A」: one entry, its bullet no part of its name
            return [Cell(name, at, at + len(name))]
    parts = [m for m in _LINE_PART.finditer(cell.text)] if _LINE_GAP.search(cell.text) else []
    if len(items) < 2 and len(parts) >= 2 and all(_is_title(m.group()) for m in parts):
        # 「A<br>B」 in a Markdown table: the line break kept as a run of spaces
        return [Cell(m.group(), cell.start + m.start(), cell.start + m.end()) for m in parts]
    slashed = _slashed_parts(cell.text) if _SLASH.search(cell.text) else []
    if len(items) < 2 and len(slashed) >= 2 and all(_is_title(part) for _, _, part in slashed):
        # 「A／B」: a sheet's cell listing its entries apart by slashes
        return [Cell(part, cell.start + a, cell.start + b) for a, b, part in slashed]
    if len(items) < 2:
        numbered = _LEADING_NUMBER.match(cell.text)
        if numbered is None or not cell.text[numbered.end() :].strip():
            return [cell]
        return [Cell(cell.text[numbered.end() :], cell.start + numbered.end(), cell.end)]
    found = []
    for item in items:
        name = item.group("name").strip()
        at = doc.folded.find(name, cell.start, cell.end)
        if name and at >= 0:
            found.append(Cell(name, at, at + len(name)))
    return found or [cell]


# a line break inside a cell read as a run of three spaces or more (an HTML <br> in a
# Markdown table), and the pieces of text it parts
_LINE_GAP = re.compile(r"\S {3,}\S")
_LINE_PART = re.compile(r"\S+(?: {1,2}\S+)*")
# 「A／B」: entries apart by a slash, each a name of its own (a sheet's cell listing them)
_SLASH = re.compile(r"\S[／/]\S")


def _slashed_parts(text: str) -> list[tuple[int, int, str]]:
    """The parts of `text` apart by slashes outside brackets (「公民連携（PPP／PFI）の推進」
    is one name), each as (start, end, text)."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(text + "/"):
        depth += ch in "(（「【"
        depth -= ch in ")）」】"
        if ch in "／/" and depth <= 0:
            part = text[start:k]
            lead = len(part) - len(part.lstrip())
            parts.append((start + lead, start + len(part.rstrip()), part.strip()))
            start = k + 1
    return [p for p in parts if p[2]]
_NAME_SHARE = 0.8  # of a column's filled cells that are names with no figure in them


def _goal_columns(table: Table, fields: list[str | None]) -> list[int]:
    """「目標 | … | 自己評価」: beside a grade column, a column headed by a target word (目標,
    組織目標) whose cells are names, not figures, lists the goals graded (the entries)."""
    found = []
    for i, field in enumerate(fields):
        if field != "target":
            continue
        cells = [r[i].text.strip() for r in table.rows if i < len(r) and r[i].text.strip()]
        named = [c for c in cells if _WORD.search(c) and not re.search(r"[0-9]", c)]
        if cells and len(named) >= _NAME_SHARE * len(cells):
            found.append(i)
    return found


def _uncoded_items_column(
    doc: StructuredDocument, block: Block, table: Table, fields: list[str | None]
) -> list[int]:
    """「No. | 推進項目 | 担当 | R5 | R6」 under 「Ⅰ－１ 名称」: a column headed by a level word
    that prints no code, its rows counted by a running number under a coded heading, lists the
    items filed under that heading's level, not levels of their own."""
    if code_above(doc, block) is None:
        return []
    columns = range(len(table.header))
    if not any(numbers_only(table, i) for i in columns) or any(
        _codes_column(table, i) for i in columns if not numbers_only(table, i)
    ):
        return []  # no running number, or a column of the rows' own codes (施策番号 | 施策名)
    found = []
    for i, field in enumerate(fields):
        if field != "policy":
            continue
        cells = [r[i].text.strip() for r in table.rows if i < len(r) and r[i].text.strip()]
        if cells and all(leading_numbering(c) is None and _is_title(c) for c in cells):
            found.append(i)
    return found[:1]


def _codes_only(table: Table, column: int, *, bare: bool = False) -> bool:
    """Every filled cell of the column is a code and nothing else (「1-(1)-①」): the entries'
    own numbers (取組番号), not their names."""
    cells = [r[column].text.strip() for r in table.rows if column < len(r) and r[column].text]
    return bool(cells) and all(
        (bare and _BARE_NUMBER.match(c))  # 「取組No. | 1」: a row's bare number
        or ((code := find_leading_code(c)) is not None and not code.label.strip())
        for c in cells
    )


_BARE_NUMBER = re.compile(r"^(?:No\.?\s*)?[0-9]{1,3}$")


def _finest_code_column(table: Table, columns: list[int]) -> int | None:
    """Of the code columns of several policy levels (改革の柱 | 推進項目, 「Ⅰ …」 beside 「Ⅰ-1 …」),
    the finest whose codes lie under the first's on every row: the level a row is filed in."""
    if not columns:
        return None
    finer = [c for c in columns[1:] if _finer_column(table, columns[0], c)]
    return finer[-1] if finer else columns[0]


def _finest_cited_column(table: Table, columns: list[int]) -> int | None:
    """Of the columns citing several policy levels by code and name (「Ⅰ 名称」 | 「Ⅰ-1 名称」),
    the finest whose codes lie under the first's on every row."""
    if not columns:
        return None

    def cited(row: list[Cell], column: int) -> CodeParse | None:
        found = cited_policy(row[column].text) if column < len(row) else None
        return found[0] if found else None

    def finer_on_every_row(column: int) -> bool:
        # (a broader cell left blank, merged over the rows under it, cites the level above)
        pairs, carried = [], None
        for row in table.rows:
            outer = cited(row, columns[0])
            if outer is None and columns[0] < len(row) and not row[columns[0]].text.strip():
                outer = carried if cited(row, column) is not None else None
            carried = outer or carried
            pairs.append((outer, cited(row, column)))
        cited_both = [(o, i) for o, i in pairs if o is not None and i is not None]
        # rows citing neither (a note under the table, a blank row) say nothing of it
        if len(cited_both) < 2 or any((o is None) != (i is None) for o, i in pairs):
            return False
        return all(extends(i, o) for o, i in cited_both)

    finer = [c for c in columns[1:] if finer_on_every_row(c)]
    return finer[-1] if finer else columns[0]


def _row_year_column(table: Table, fields: list[str | None], evaluation: list[int]) -> int | None:
    """A column of years right before the grades (年度 | 目標値 | 実績値 | 評価, a record's
    subtable a row per year): each row's grade is of its own year. The nearest such column
    left of the grade column, so a project's 予算年度 further left does not date it."""
    if not evaluation:
        return None
    years = [
        i for i, f in enumerate(fields[: evaluation[0]])
        if f == "fiscalYear" and _years_column(table, i)
    ]  # fmt: skip
    return years[-1] if years else None


def _years_column(table: Table, column: int) -> bool:
    cells = [r[column].text for r in table.rows if column < len(r) and r[column].text.strip()]
    return len(cells) >= 2 and all(is_year_label(c) and parse_fiscal_year(c) for c in cells)


def _row_grades(
    table: Table, row: list[Cell], evaluation: list[int], year_column: int | None,
    context: int | None,
) -> list[tuple[int, str]]:
    """The grades a row dates itself: its grade under its own year cell (`_row_year_column`),
    or a grade cell packing several years' grades (「R5:○／R6:◎」)."""
    for index in evaluation:
        if index < len(row) and (packed := packed_grades(row[index].text, context)):
            return packed
    if year_column is None or year_column >= len(row):
        return []
    year = parse_fiscal_year(row[year_column].text, context=context)
    grade = next((g for i in evaluation if i < len(row) and (g := grade_of(row[i].text))), None)
    return [(year, grade)] if year and grade else []


def _is_form(table: Table, column: int) -> bool:
    """A form laid out as a table (labels down the first column, values beside them): its
    rows are fields, not entries. A name column after a column of row numbers or codes, one
    each (No. | 取組項目, 「3-1」「3-2」), lists entries, whatever words their names share
    with labels (「宵見定員の見直し」), and so does a column labelled 事業名 whose every cell
    is a name ending in 事業."""
    if column > 0 and (_all_numbers(table, column - 1) or _own_codes(table, column - 1)):
        return False
    cells = [r[column].text for r in table.rows if column < len(r) and r[column].text]
    fields = [f for c in cells if (f := label_field(c)) is not None]
    header = field_of(table.header[column]) if column < len(table.header) else None
    # 「事業名」 over 「X事業」「Y事業」: names of the field the column's label names, no labels
    named = header == "project" and fields == [header] * len(cells) and len(cells) > 2
    return bool(cells) and len(fields) * 2 >= len(cells) and not named


def _named_beside(table: Table, column: int) -> bool:
    """The next column's label is this one's with 「名」 or 「名称」 after it (取組 | 取組名)."""
    if column + 1 >= len(table.header):
        return False
    label, after = label_key(table.header[column]), label_key(table.header[column + 1])
    return bool(label) and after in {label + end for end in NAME_LABEL_ENDS}


def _known_chains(facts: DocumentFacts, table: Table, name_column: int) -> list[list[int]]:
    """「方針 | 項目 | 取組 | 取組名」 with rows 「1 | 1 | 1 | 名称」: columns of bare numbers
    before the entries, their labels no level word, whose numbers chained (blank cells
    taking the number above) are codes of the policies the document prints (1-1): each
    row filed under its chain. The entries' own number column is none of them."""
    known = {c.normalized for c in facts.policy_codes}
    columns = [k for k in range(name_column) if numbers_only(table, k)
               and field_of(table.header[k]) != "initiative"]  # fmt: skip
    if len(columns) < 2 or not known:
        return [[] for _ in table.rows]
    chains = row_codes(table, columns)
    codes = [code_of_chain(chain) for chain in chains if chain]
    if not codes or any(code is None or code.normalized not in known for code in codes):
        return [[] for _ in table.rows]
    return chains


def _known_codes_column(facts: DocumentFacts, table: Table) -> int | None:
    """A column whatever its label (「体系」) whose every cell is the code of a policy the
    document prints (「Ⅰ-1」): the policy each row is filed under. A column of plain row
    numbers is no such column."""
    known = {c.normalized for c in facts.policy_codes}
    for column in range(len(table.header)):
        cells = [r[column].text for r in table.rows if column < len(r) and r[column].text]
        if not cells or _all_numbers(table, column):
            continue
        if all((code := code_of(c)) is not None and code.normalized in known for c in cells):
            return column
    return None


def _own_codes(table: Table, column: int) -> bool:
    """Every row of `column` prints a code of its own (「3-1」「3-2」), none twice."""
    cells = [r[column].text.strip() for r in table.rows if column < len(r)]
    codes = [code.normalized for c in cells if (code := code_of(c)) is not None]
    return len(cells) > 1 and len(codes) == len(cells) == len(set(codes))


def _all_numbers(table: Table, column: int) -> bool:
    cells = [r[column].text.strip() for r in table.rows if column < len(r)]
    return bool(cells) and all(c.isdigit() for c in cells)


def _placed_codes(placed: list[list[Cell | None]], column: int) -> bool:
    """Every filled cell of `column` (rows with their cells back in place) is a code."""
    cells = [c.text for r in placed if column < len(r) and (c := r[column]) and c.text]
    return bool(cells) and all(code_of(c) is not None for c in cells)


def _codes_column(table: Table, column: int) -> bool:
    """A column of the rows' codes; a group row spanning the table (「基本目標1 名称」, its
    other cells blank) stands in it between them."""
    cells = [r[column].text for r in table.rows if column < len(r) and r[column].text
             and any(c.text.strip() for k, c in enumerate(r) if k != column)]  # fmt: skip
    return bool(cells) and all(column_code(table, column, c) is not None for c in cells)


def _header_words(text: str) -> list[str] | None:
    """A line made only of labels (「重点課題 平成27年度達成状況」), whose first is a column
    of initiatives: the header of the rows below it. A number column before it (「No.」) is
    the rows' own numbers; a header of five labels or more may hold one column the
    vocabulary does not know (an amount of its own kind)."""
    words = text.split()
    if words and _NUMBER_LABEL.match(words[0]):
        words = words[1:]
    unknown = sum(label_field(w) is None for w in words)
    if len(words) < 2 or unknown > (1 if len(words) >= HEADER_WITH_UNKNOWN else 0):
        return None
    return words if label_field(words[0]) == "initiative" else None


def _is_header_tail(text: str) -> bool:
    """「目標 実績 (千円)」: the second line of a header (labels and bracketed units only)."""
    words = text.split()
    return bool(words) and all(
        label_field(w) is not None or re.fullmatch(r"[(（][^()（）]*[)）]", w) for w in words
    )


def _row_tail(text: str) -> str | None:
    """The line a PDF wrapped a row's cells onto: "" when it only closes or qualifies the
    row's other cells (「分)」, 「(千円)」); else the end of the row's name, its first piece,
    when what follows only does so (「化 (累計・件)」, 「る観測の強化 回)」, 「理」). None
    when it is no such line: without that evidence nothing is joined."""
    words = text.split()
    if not words or _SENTENCE.search(text):
        return None
    if all(_BRACKET_PIECE.fullmatch(w) for w in words):
        return ""
    first, rest = words[0], words[1:]
    if len(first) > MAX_NAME_TAIL or re.search(r"[()（）0-9]", first) or grade_of(first):
        return None
    if field_of(first) is not None:
        return None  # 「合計」「備考」: a label under the rows, no piece of a name
    return first if all(_BRACKET_PIECE.fullmatch(w) for w in rest) else None


def _header_line_rows(doc: StructuredDocument, facts: DocumentFacts) -> Iterator[GradedRow]:
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind == "table":
            continue
        header = _header_words(line_of(doc, block))
        if header is None:
            continue
        grade_column = next(
            (i for i, w in enumerate(header) if label_field(w) == "evaluation"), None
        )
        year = _year_of(header[grade_column], facts) if grade_column is not None else None
        if grade_column is not None and not parse_fiscal_year(header[grade_column]):
            year = _evaluated_year(doc, block, facts) or year
        above = code_above(doc, block)
        codes = [above.printed] if above is not None else _single_code(facts)
        rows = blocks[index + 1 :]
        if rows and _is_header_tail(line_of(doc, rows[0])):
            rows = rows[1:]
        position = 0
        while position < len(rows):
            row_block = rows[position]
            row = _header_row(doc, row_block, len(header), grade_column is not None)
            if row is None:
                break
            name, grade, span = row
            end = row_block
            position += 1
            if position < len(rows) and _header_row(
                doc, rows[position], len(header), grade_column is not None
            ) is None and (tail := _row_tail(line_of(doc, rows[position]))) is not None:
                name, end = name + tail, rows[position]
                position += 1
            yield GradedRow(name, codes, grade, year or facts.fiscal_year,
                            {"": doc.span(row_block.start, end.end), "name": span})  # fmt: skip


def _header_row(
    doc: StructuredDocument, block: Block, columns: int, graded: bool
) -> tuple[str, str | None, Span] | None:
    """One row under a header line: (name, grade, name span), or None when the line is not
    a row (a sentence, too few cells, no grade where the header has a grade column)."""
    if block.kind == "table":
        return None
    line = line_of(doc, block)
    if _SENTENCE.search(line.strip()) and not graded:
        return None  # under a graded header, the comment after the grade may be a sentence
    words = [(m.group(), m.start()) for m in re.finditer(r"\S+", line)]
    if words and _NUMBER_ONLY.match(words[0][0]):
        words = words[1:]  # the row's own number
    if len(words) < columns:
        return None
    end = next(
        (k for k, (w, _) in enumerate(words) if k and (grade_of(w) or unit_kind(w) or w.isdigit())),
        1,
    )
    grade = next((g for w, _ in words[end:] if (g := grade_of(w))), None)
    if graded and grade is None:
        return None
    start, stop = words[0][1], words[end - 1][1] + len(words[end - 1][0])
    name = rejoin_wrapped(line[start:stop])
    if _SENTENCE.search(line[:stop].strip()) or not _is_title(name):
        return None
    return name, grade, doc.span(block.start + start, block.start + stop)


def _flat_rows(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> Iterator[GradedRow]:
    """A table PDF extraction printed on one line: a header of labels with at least one
    evaluation column (「計画事業名 妥当性 (必要性) 効率性 (手法) … 今後の 方向性」), then rows
    of a name, one grade per evaluation column and the remaining cells."""
    line = line_of(doc, block)
    words = [(m.group(), m.start()) for m in re.finditer(r"\S+", line)]
    for start in range(len(words)):
        if field_of(words[start][0], exact=True) not in ("initiative", "project"):
            continue
        columns, position = _flat_header(words, start)
        graded = [c for c in columns if field_of(c) == "evaluation"]
        if not graded or columns[1 : 1 + len(graded)] != graded:
            continue
        rest = len(columns) - 1 - len(graded)
        year = _year_of(graded[0], facts) if parse_fiscal_year(graded[0]) else facts.fiscal_year
        yield from _flat_body(doc, facts, block, words, position, len(graded), rest, year)
        return


def _flat_header(words: list[tuple[str, int]], start: int) -> tuple[list[str], int]:
    """The column labels from `start`: a known label, a label split by a wrap (「今後の 方向性」),
    and a bracketed qualifier after a label (「妥当性 (必要性)」)."""
    columns: list[str] = []
    k = start
    while k < len(words):
        word = words[k][0]
        if columns and re.fullmatch(r"[(（][^()（）]{1,10}[)）]", word):
            k += 1
            continue
        if field_of(word, exact=True) is not None:
            columns.append(word)
            k += 1
            continue
        if k + 1 < len(words) and field_of(word + words[k + 1][0], exact=True) is not None:
            columns.append(word + words[k + 1][0])
            k += 2
            continue
        break
    return columns, k


def _flat_body(
    doc: StructuredDocument,
    facts: DocumentFacts,
    block: Block,
    words: list[tuple[str, int]],
    k: int,
    graded: int,
    rest: int,
    year: int | None,
) -> Iterator[GradedRow]:
    line = line_of(doc, block)
    while k < len(words):
        first = k
        while k < len(words) and not all(grade_of(w) for w, _ in words[k : k + graded]):
            if _SENTENCE.search(words[k][0]):
                return
            k += 1
        if k >= len(words) or k == first or k + graded + rest > len(words):
            return
        start, stop = words[first][1], words[k - 1][1] + len(words[k - 1][0])
        name = rejoin_wrapped(line[start:stop])
        grade = grade_of(words[k][0])
        k += graded + rest
        if _is_title(name):
            row_end = block.start + words[k - 1][1] + len(words[k - 1][0])
            evidence = {
                "": doc.span(block.start + start, row_end),
                "name": doc.span(block.start + start, block.start + stop),
            }
            yield GradedRow(name, _single_code(facts), grade, year, evidence)


def _prose(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """Quoted names in a sentence about a policy that names its code (施策27「…」では、…
    「A」、「B」については …), filed under that code."""
    for block in doc.blocks:
        if block.kind == "table":
            continue
        line = line_of(doc, block)
        codes = [
            c for c in facts.policy_codes
            if c.evidence.get("") and block.start <= c.evidence[""].start < block.end
        ]  # fmt: skip
        if len(codes) != 1:
            continue
        code = codes[0]
        label = nfkc_key(code.label or "")
        for run in _QUOTE_RUN.finditer(line):
            for quoted in _QUOTE.finditer(run.group("run")):
                name = quoted.group("name")
                if nfkc_key(name) == label:
                    continue
                start = block.start + run.start("run") + quoted.start("name")
                add_initiative(facts, name, [code.printed],
                               {"": doc.block_span(block),
                                "name": doc.span(start, start + len(name))})  # fmt: skip


def speech_citations(
    doc: StructuredDocument, facts: DocumentFacts, block: Block
) -> tuple[str, int, list[Cited]]:
    """A paragraph's text (width-folded, its offset) and the policies it cites in speech."""
    span = doc.block_span(block)
    text = fold_width(facts.text[span.start : span.end], keep_length=True)
    cited: list[Cited] = []
    for policy in facts.policy_codes:
        whole, label = policy.evidence.get(""), policy.evidence.get("label")
        if whole is None or label is None or not policy.label:
            continue
        if not (span.start <= whole.start and label.end <= span.end):
            continue
        end = label.end - span.start
        end += text[end : end + 1] == "」"
        cited.append(Cited(policy.printed, policy.label, whole.start - span.start, end))
    return text, span.start, cited


def _speech(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """Entries quoted in speech beside the level they serve (`speech_entries`)."""
    for block in doc.of_kind("paragraph"):
        text, offset, cited = speech_citations(doc, facts, block)
        if not cited:
            continue
        for name, code, start in placed_quotes(text, cited):
            if _is_title(name):
                add_initiative(facts, name, [code], {
                    "": doc.block_span(block),
                    "name": Span(offset + start, offset + start + len(name), name),
                })  # fmt: skip


def _cited(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「(No.82 公用車の電動化の推進 評価、…を修正)」: an entry cited by its number, in a
    document that numbers its entries so (the initiatives found above carry numbers)."""
    if not any(i.number for i in facts.initiatives):
        return
    for block in doc.blocks:
        if block.kind == "table" or (_is_tag(doc, block) and block.kind == "heading"):
            continue
        line = line_of(doc, block)
        for cited in _CITED.finditer(line):
            name = cited.group("name")
            if not _is_title(name):
                continue
            start = block.start + cited.start("name")
            add_initiative(facts, name, [], {"": doc.block_span(block),
                                             "name": doc.span(start, start + len(name))},
                           number=cited.group("n"))  # fmt: skip
