"""Evaluations: the grade (A/B/C, ◎○△, 「○(予定どおり)」) an initiative received for a year.

A grade counts only where the page ties it to an initiative: a grade column of the rows that
name initiatives (`initiatives.graded_rows`), an evaluation attribute after an initiative
(「交流拠点の整備（評価：A）」), an evaluation label (【評価】, 「進捗評価」) followed by a grade,
which grades the initiative the page stated last before it, or a sentence 「X」の評価はA. The
year is the one the evaluation's label prints (「平成27年度達成状況」), else the document's;
in a table by year (a header of years, a 年度 column) each grade takes its column's or row's.
A section closing on 「評価 ◎ 順調」 grades the entry its heading names; lines 「X   B」 under
a heading about evaluations grade X for the year that heading names. A record of fields
(【事業名】… 【前年度評価】B) grades its own project; a sub-item 「令和5年度評価：B」 grades the
item it is nested under; 「前年度評価」 is of the year before the document's. A list right
under a coded heading (「1-1 …」 over 「・達成度：A」) grades that heading's entry; a table of
grades by year keyed by code alone (番号 | R4評価 | R5評価) grades the entries those codes name
where the document states them; 「施策評価 A」 closing a 施策 sheet grades the sheet's 施策.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from contextvars import ContextVar
from functools import cache, partial
from itertools import pairwise

from rdflib import URIRef

from loaders.facts import DocumentFacts, Evaluation, Initiative, Project, Span
from loaders.field_vocabulary import (
    NAME_LABEL_ENDS,
    all_labels,
    cues_of,
    field_of,
    fields_graph,
    keys_rows,
    label_key,
    labels_of,
    marked_words,
)
from loaders.genres.columns import Region, column_regions, unfold
from loaders.genres.units import without_unit_bracket
from loaders.recognisers.caption_header import caption_headers
from loaders.recognisers.checked_grades import checked_grades
from loaders.recognisers.form_levels import row_grade, row_value
from loaders.recognisers.grade_lanes import grade_lanes
from loaders.recognisers.grade_years import (
    caption_year,
    dated_heading,
    grade_first,
    heading_grades,
    heading_year,
    leader_grade,
    leading_grade,
    scale_grade,
)
from loaders.recognisers.initiatives import (
    attributes,
    cited_in_brackets,
    form_entries,
    graded_rows,
)
from loaders.recognisers.item_leaves import item_leaves, leaf_grades
from loaders.recognisers.kind_row_grades import kind_row_grades
from loaders.recognisers.leader_grades import leader_runs, legend_years
from loaders.recognisers.long_tables import graded_long_rows, long_table, year_alone
from loaders.recognisers.outline import (
    all_rows,
    code_of,
    grade_of,
    is_label_like,
    is_year_label,
    label_field,
    line_of,
    says_what_was_done,
    trailing_grade,
)
from loaders.recognisers.pair_tables import label_pairs
from loaders.recognisers.policies import is_policy_prefix
from loaders.recognisers.run_together_grades import run_together_rows
from loaders.recognisers.speech_entries import quoted_grades
from loaders.recognisers.year_line_grades import year_line_grades
from loaders.structure import Block, Cell, StructuredDocument, Table, read_structure
from loaders.structure.attributes import bracket_groups, split_attributes
from loaders.structure.numbering import leading_numbering
from loaders.text.fiscal_year import YearMention, parse_fiscal_year, year_mentions
from loaders.text.normalize import TRAILING_BRACKET_NOTE, fold_width, nfkc_key
from loaders.text.policy_codes import find_leading_code
from loaders.text.project_names import looks_like_project

# 「A（前年度評価：B）」: a grade of another year, printed beside the grade in brackets.
_BESIDE = re.compile(r"[(（](?P<label>[^:：()（）]{1,12})[:：]\s*(?P<grade>[^()（）]{1,8})[)）]")
# 「（令和5年度評価　B）」: a dated label and its grade past a space, no colon
_BESIDE_SPACED = re.compile(
    r"[(（](?P<label>[^:：()（）\s]{1,12})\s+(?P<grade>[^()（）\s]{1,2})[)）]"
)
_STATED = re.compile(
    r"「(?P<name>[^「」]{2,60})」の(?P<label>[^「」、。はが]{1,10})(?:は|が)\s*(?P<grade>\S)"
)


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    first = len(facts.evaluations)
    token = _YEAR_BEFORE.set([])
    try:
        with caption_headers(doc):  # a sheet's title row over its labels (`caption_header`)
            dated = _recognise(doc, facts)
        _redate(doc, facts, first, dated)
        for before, grade in _YEAR_BEFORE.get():  # 「B（C）」: the bracket is the year before's
            before.fiscal_year = grade.fiscal_year - 1
    finally:
        _YEAR_BEFORE.reset(token)


# the grades printed in brackets after a grade, each with the grade it is the year before of
_YEAR_BEFORE: ContextVar[list[tuple[Evaluation, Evaluation]]] = ContextVar("_YEAR_BEFORE")


def _redate(doc: StructuredDocument, facts: DocumentFacts, first: int, dated: set[int]) -> None:
    """Grades read without a year of their own take the year the report's title says its
    grades are of."""
    evaluated = _evaluated_year(doc)
    if evaluated is None or facts.fiscal_year is None or evaluated == facts.fiscal_year:
        return
    taken = {(nfkc_key(e.initiative), e.fiscal_year) for e in facts.evaluations}
    for evaluation in facts.evaluations[first:]:
        if id(evaluation) in dated:
            continue  # a grade under its own year's column or row (R4評価 | R5評価)
        if evaluation.fiscal_year == facts.fiscal_year and (
            nfkc_key(evaluation.initiative), evaluated
        ) not in taken:
            evaluation.fiscal_year = evaluated  # graded without a year of its own


_OPENING_LINES = 6  # a report's title block: its title, subtitle, date and body


def _evaluated_year(doc: StructuredDocument) -> int | None:
    """The year a report's title block says its grades are of: 「～令和4年度の取組に対する
    施策評価～」 under 「2023年度 行政評価報告書」, 「令和3年度末時点の進捗をお知らせします」; a
    line naming one year and an evaluation. A title block printed after a table of contents
    is repeated as the running header of each page: a line printed twice or more is read so."""
    lines = [line.strip() for line in doc.folded.splitlines() if line.strip()]
    labels = [label for label in labels_of("evaluation") if len(label) >= 2]
    for k, line in enumerate(lines[:_OPENING_LINES]):
        if (year := _year_of_work(line, labels)) is not None:
            return year
        if k and line.startswith(("(", "（")) and (
            year := _year_of_work(lines[k - 1] + line, labels)
        ) is not None:
            return year  # 「点検及び評価報告書」 over 「（令和6年度対象）」: one title, two lines
    repeated = Counter(line for line in lines if "年度" in line)
    for line, count in repeated.items():
        if count >= 2 and (year := _year_of_work(line, labels)) is not None:
            return year
    return None


def _year_of_work(line: str, labels: list[str]) -> int | None:
    """The one year a title line says the work graded is of, when the line names an
    evaluation; the years of a period (「任期：令和2年度～令和5年度」) are no such year."""
    mentions = _outside_periods(line, [m for m in year_mentions(line) if m.kind != "date"])
    # 「令和4年度の取組…」, 「(令和5年度実施事業)」: the year of the work graded, not the
    # report's, even beside the report's own (「令和6年度 施策評価シート(令和5年度の取組)」)
    graded = {m.year for m in mentions if _of_work(line, m.end)}
    if len(graded) != 1 or (len(mentions) > 1 and not _bracketed_after_label(line, labels)):
        return None
    if any(label in label_key(line) for label in labels):
        return graded.pop()
    return None


# 「令和4年度の取組」, 「令和5年度実施事業」, 「令和3年度末時点の進捗」 (progress as it stood at
# the end of that year: the grades are of that year's work)
# 「（令和6年度実施）」, 「令和6年度実施　令和5年度事業対象」: 実施 with no 事業/分 after it
# names the year the evaluation was carried out, not the year of the work graded;
# 「（令和5年度事業）」 closing its bracket names the work's
_OF_WORK = re.compile(r"の|実施(?![)）\s]|$)|末時点|末現在|事業対象|対象|事業(?=[)）])")


def _of_work(line: str, end: int) -> bool:
    """The year mention ending at `end` names the year of the work graded."""
    return _OF_WORK.match(line, end) is not None


_RANGE_MARKS = frozenset("～~〜-－ー")


def _outside_periods(line: str, mentions: list[YearMention]) -> list[YearMention]:
    """The mentions that are no end of a period (「令和5年度～令和8年度」: two years joined by
    a range mark)."""
    ends: set[int] = set()
    for index, (left, right) in enumerate(pairwise(mentions)):
        if line[left.end : right.start].strip() in _RANGE_MARKS:
            ends.update((index, index + 1))
    return [m for index, m in enumerate(mentions) if index not in ends]

# a bracket, closed or running to the end of the line
_BRACKET = re.compile(r"[(（][^()（）]*$|[(（][^()（）]*[)）]")


def _bracketed_after_label(line: str, labels: list[str]) -> bool:
    """「… 評価シート(令和5年度の取組)」: the year of the work graded is printed in brackets
    after the evaluation's label, apart from the year of the report."""
    found = _BRACKET.search(line)
    return found is not None and any(label in label_key(line[: found.start()]) for label in labels)


def _recognise(doc: StructuredDocument, facts: DocumentFacts) -> set[int]:
    """Read every grade; return the ids of those dated by their own column or row."""
    regions = _column_grades(doc, facts)
    by_year = [b for b in doc.of_kind("table") if len(_dated_columns(b, facts)) >= 2]
    # 「施策 | 評価(R6) | 評価(R5) | 主な取組」: the policies' grades, none of the initiatives'
    graded_policies = _graded_policy_columns(doc, facts)
    policies_graded = [b for b in by_year if b.index in graded_policies]
    # 「施策名 | 評価 | 主な取組」: the policy's grade (`_word_grades`), none of the initiatives'
    left_policies = {
        b.index: column
        for b in doc.of_kind("table")
        if b.table and (column := _policy_left_of_grade(b.table)) is not None
    }
    policies_graded += [b for b in doc.of_kind("table") if b.index in left_policies]
    row_dated: set[int] = set()
    for row in graded_rows(doc, facts):
        at = row.evidence[""].start if "" in row.evidence else -1
        if any(b.start <= at < b.end for b in policies_graded):
            continue
        if row.grade and row.fiscal_year:
            if any(b.start <= at < b.end for b in by_year):
                continue  # R4評価 | R5評価 | R6評価: each column's grade is read as its year's
            year = row.fiscal_year
            if row.dated:  # 「R5:○／R6:◎」, a 年度 cell: the row's own year
                before = len(facts.evaluations)
                add_evaluation(facts, row.name, year, row.grade, row.evidence)
                row_dated.update(id(e) for e in facts.evaluations[before:])
                continue
            if year == facts.fiscal_year:
                year = _section_year(doc, row.evidence) or year
            if (coded := _coded_entry_before(doc, facts, at, row.name)) is not None:
                add_evaluation(facts, coded, year, row.grade, row.evidence, policy=True)
                continue
            name = _entry_before(doc, at, row.name) or row.name
            add_evaluation(facts, name, year, row.grade, row.evidence)
    kpi_marks = _word_grades(doc, facts, graded_policies, left_policies)
    before = len(facts.evaluations)
    _item_leaf_grades(doc, facts)
    _run_together_grades(doc, facts)
    _form_grades(doc, facts)
    _year_header_grades(doc, facts)
    _year_row_grades(doc, facts)
    # (「施策名 | 評価(R6) | 前年度(R5) | 主な事業」 too: the 施策 left of its grades is graded)
    _dated_grade_columns(doc, facts, {**left_policies, **graded_policies})
    _year_grade_columns(doc, facts)
    _marked_entries(doc, facts)
    _header_line_grades(doc, facts)
    _pair_table_grades(doc, facts)
    _form_row_grades(doc, facts)
    _leader_grades(doc, facts)
    _title_grades(doc, facts)
    _year_field_grades(doc, facts)
    _checked_grades(doc, facts)
    _section_grade_tables(doc, facts)
    _closing_dated_grades(doc, facts)
    for found in year_line_grades(doc, facts.fiscal_year):  # 「令和6年度」 over a lone 「A」
        add_evaluation(facts, found.entry.text.strip(), found.year, found.grade,
                       {"": doc.block_span(found.line)}, policy=True)  # fmt: skip
    for found in kind_row_grades(doc):  # 「区分」 計画 / 実績 / 進捗 rows under each entry
        add_evaluation(facts, found.name.text, found.year, found.grade,
                       {"": doc.span(found.cell.start, found.cell.end),
                        "initiative": doc.cell_span(found.name)})  # fmt: skip
    dated = {id(e) for e in facts.evaluations[before:]} | row_dated
    _grade_groups(doc, facts)
    _lane_grades(doc, facts)
    for block in doc.blocks:
        if block.kind == "item":
            _attribute(doc, facts, block)
            _nested_grade(doc, facts, block)
            _badge_first(doc, facts, block)
        elif block.kind == "field" and not any(r.start <= block.start < r.end for r in regions):
            _field(doc, facts, block)  # a field among two columns was read column by column
        elif block.kind == "heading" and block.number is None:
            _labelled(doc, facts, block)
        if block.kind in ("heading", "paragraph"):
            _graded_section(doc, facts, block)
        if block.kind in ("paragraph", "item", "field") or block.number is not None:
            _graded_line(doc, facts, block)  # a numbered heading is an entry too (目標1 …)
        if block.kind in ("paragraph", "field", "heading", "item") or block.number is not None:
            _termed_grade(doc, facts, block)
        if block.kind == "paragraph":
            _spoken_grades(doc, facts, block)
        if block.kind != "table":
            _stated(doc, facts, block)
            before = len(facts.evaluations)
            _yearly_grades(doc, facts, block)
            dated.update(id(e) for e in facts.evaluations[before:])
    before = len(facts.evaluations)
    _leader_run_grades(doc, facts)  # last: a coded policy's line adds to its other grades
    dated.update(id(e) for e in facts.evaluations[before:])
    for block, table, name_column, column in kpi_marks:
        # 「施策 | KPI | … | 進捗」: a KPI's mark grades its 施策 only where nothing else does
        _column_word_grades(doc, facts, block, table, name_column, column, policy=True,
                            ungraded_only=True)  # fmt: skip
    return dated


# 「→」「、」「／」: the marks between a bracket's dated grades
_GRADE_PARTS = re.compile(r"\s*(?:→|⇒|->|[、,，/／;；])\s*")
_PART_GRADE = re.compile(r"^(?P<label>[^:：]{2,16})[:：]\s*(?P<grade>\S{1,3})$")


def _closing_dated_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「1-(1) 名称 （令和5年度評価：Ａ → 令和6年度評価：Ａ）」: a coded entry whose closing
    bracket gives its grade of each year, each part a year's evaluation label and a grade."""
    for block in doc.blocks:
        if block.kind not in ("heading", "item", "paragraph") or block.number is None:
            continue
        text = block.text.rstrip()
        groups = bracket_groups(text)
        if not groups or groups[-1][1] != len(text):
            continue
        start, end = groups[-1]
        name = text[:start].strip()
        parts = [p for p in _GRADE_PARTS.split(text[start + 1 : end - 1].strip()) if p]
        found = []
        for part in parts:
            match = _PART_GRADE.match(part.strip())
            label = match.group("label") if match else ""
            grade = grade_of(match.group("grade")) if match else None
            year = parse_fiscal_year(label, context=facts.fiscal_year) if match else None
            if grade is None or year is None or field_of(label) != "evaluation":
                found = []
                break
            found.append((year, grade))
        for year, grade in found if name else []:
            add_evaluation(facts, name, year, grade, {"": doc.block_span(block)}, policy=True)


def _item_leaf_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「Ⅰ-1 名称」 over 「評価：令和5年度 B／令和6年度 A」, or 「1-1 (A) 名称 [B]」 under a legend
    of the brackets' years (`item_leaves`): each year's grade of the item."""
    known = {policy.normalized for policy in facts.policy_codes}
    for leaf in item_leaves(doc, known):
        for year, grade in leaf_grades(doc, leaf, facts.fiscal_year):
            add_evaluation(facts, leaf.name, year, grade, {"": doc.block_span(leaf.block)})


def _run_together_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「推進項目…R5評価R6評価」 over 「1-1名称…○◎」 (`run_together_grades`): each row's
    grades, for the years their labels name, of the entry the row names."""
    for row in run_together_rows(doc, facts.fiscal_year):
        span = doc.span(row.start, row.end)
        for year, grade in row.grades:
            if year is not None:
                add_evaluation(facts, row.name, year, grade, {"": span}, policy=True)


_NAMED = re.compile(r"[^\d\s.\-－ー‐()（）]{2}")  # a name, not a code alone (4-2, (1))
_NAME_FIELDS = ("policy", "initiative", "project")


def _pair_table_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A sheet set out as a table of labels and values (施策名 | X … 施策評価 | B, one or two
    pairs to a row): the grade is the entry's named by the last name pair above it, of the
    level the grade's label names (施策評価 → the 施策名 pair, not the 政策 one)."""
    for block in doc.of_kind("table"):
        if block.table is None:
            continue
        pairs = label_pairs(block.table, lambda text: field_of(text) is not None)
        if pairs is None:
            continue
        names: list[tuple[str, str]] = []  # (label, value) of each name pair read so far
        for label, value in pairs:
            field = field_of(label.text)
            if field_of(label.text, exact=True) in _NAME_FIELDS and _NAMED.search(value.text):
                names.append((label_key(label.text), value.text.strip()))
                continue
            grade = grade_of(value.text) if field == "evaluation" else None
            if grade is None or not names or _is_criterion(label.text):
                continue
            word = label_key(_level_word(label.text))
            named = [v for k, v in names if word and k.startswith(word)] or [names[-1][1]]
            year = _year(facts, label.text)
            if year is None:
                continue
            name, evidence = _CODE_BEFORE.sub("", named[-1]), doc.block_span(block)
            before = len(facts.evaluations)
            add_evaluation(facts, name, year, grade, {"": evidence}, policy=True)
            if len(facts.evaluations) == before:  # named by its sheet's own name field
                _add_once(facts, name, year, grade, {"": evidence})


_CODE_BEFORE = re.compile(r"^[\dⅠ-Ⅹ][\d\-－.()（）]*\s+")  # 「2 海とともに暮らすまち」


def _entry_before(doc: StructuredDocument, at: int, name: str) -> str | None:
    """事業名 | 評価 | 課題: a row's entry is printed first, what is said of it after; a name
    read from a column right of the table's project column is no entry, that column's is."""
    block = next((b for b in doc.of_kind("table") if b.start <= at < b.end), None)
    table = block.table if block is not None else None
    if table is None:
        return None
    fields = [field_of(label) for label in table.header]
    projects = [i for i, f in enumerate(fields) if f == "project"]
    key = nfkc_key(name)
    for row in table.rows:
        named = [i for i, c in enumerate(row) if nfkc_key(c.text) == key]
        if named and projects and projects[0] < named[0] < len(row):
            printed = row[projects[0]].text.strip()
            return printed or None
    return None


def _coded_entry_before(
    doc: StructuredDocument, facts: DocumentFacts, at: int, name: str
) -> str | None:
    """The coded entry of the row whose initiative column printed `name`, when a policy
    column left of it names a different coded entry in every row (`_coded_entry_column`):
    the row grades that entry, the initiative column says what was done for it."""
    block = next((b for b in doc.of_kind("table") if b.start <= at < b.end), None)
    table = block.table if block is not None else None
    if table is None:
        return None
    fields = [field_of(label) for label in table.header]
    key = nfkc_key(name)
    for row in table.rows:
        named = [i for i, c in enumerate(row) if nfkc_key(c.text) == key]
        if named and (k := _coded_entry_column(table, fields, named[0])) is not None:
            return _entry_named(facts, row[k].text) or row[k].text.strip()
    return None


def _column_grades(doc: StructuredDocument, facts: DocumentFacts) -> list[Region]:
    """The stretches printed as two columns side by side (`loaders.genres.columns`), each
    read column by column: an evaluation field (評価：A) there grades the entry the nearest
    line above it in its own column names. The stretches are returned: lines across both
    columns interleave two entries' fields, read only here."""
    regions = column_regions(doc.text)
    for region in regions:
        text, origin = unfold(doc.text, region)
        part = read_structure(text, labels=all_labels())
        for block in part.of_kind("field"):
            if field_of(block.label or "") != "evaluation":
                continue
            grade = grade_of(block.value)
            year = _year(facts, block.label)
            entry = _entry_above(part, facts, block)
            at = [origin[i] for i in range(block.start, min(block.end, len(origin)))]
            if grade and year is not None and entry is not None and at:
                add_evaluation(facts, entry, year, grade, {"": doc.span(min(at), max(at) + 1)})
    return regions


def _entry_above(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> str | None:
    """The initiative (or project) the nearest line above `block` names, up to the grade
    before it (which closes the entry above it)."""
    for above in reversed(doc.blocks[: block.index]):
        if above.kind == "field" and field_of(above.label or "") == "evaluation":
            return None
        if above.kind == "table":
            continue
        found = _initiative(facts, above.text.strip())
        if found is not None:
            return found.name
    return None


_GRADE_MARK = "https://w3id.org/machikg/fields#gradeMark"


@cache
def grade_words() -> frozenset[str]:
    """The words printed as a grade (達成, 概ね達成, 未達成 …; `mkf:gradeMark` in
    ontology/fields.ttl): data, so another town's words are added there, not here."""
    graph = fields_graph()
    return frozenset(
        fold_width(str(word)).strip() for _, word in graph.subject_objects(URIRef(_GRADE_MARK))
    )


def _word_grades(
    doc: StructuredDocument,
    facts: DocumentFacts,
    graded_policies: dict[int, int],
    left_policies: dict[int, int],
) -> list[tuple[Block, Table, int, int]]:
    """A table's evaluation column printing a grade word (取組項目 | … | 評価: 概ね達成) or a
    grade alone (事務事業名 | … | 事業評価: A): the row's initiative (or, on an evaluation
    sheet, project) gets that grade; a table of `left_policies` grades its policy column (the
    table's block index → that column). A policy's column beside a KPI's marks is returned
    instead, to be read last."""
    deferred: list[tuple[Block, Table, int, int]] = []
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        fields = [field_of(label) for label in table.header]
        grades = [i for i, f in enumerate(fields) if f == "evaluation"]
        names = [i for i, f in enumerate(fields) if f == "initiative"] or [
            i for i, f in enumerate(fields) if f == "project"
        ]
        # 「取組番号 | 取組名」: the number's column names no entry
        names = [i for i in names if not keys_rows(table.header[i])] or names
        projects = [i for i, f in enumerate(fields) if f == "project"]
        projects = [i for i in projects if not keys_rows(table.header[i])] or projects
        if names and projects and projects[0] < names[0]:
            names = projects  # 事業名 | 評価 | 課題: the entry first
        policy = not names
        names = names or _policy_name_columns(facts, table.rows, fields)
        if not grades or block.index in graded_policies:
            continue  # 「施策 | 評価(R6) | 評価(R5) | 主な取組」: read by `_dated_grade_columns`
        grade_column = _graded_column(table.rows, grades)
        if not policy and (left := left_policies.get(block.index)) is not None:
            names, policy = [left], True
        if long_table(table) is not None:  # 施策 | 指標名 | 年度 | 区分 | 値 | 到達度
            dated = [k for k in grades if year_mentions(table.header[k])]
            for column in dated if len(dated) > 1 else [grade_column]:
                # (「施策評価（令和5年度） | 施策評価（令和6年度）」: each its own year's)
                for entry, year, cell in graded_long_rows(table, column, facts.fiscal_year):
                    if grade := grade_of(cell.text):
                        add_evaluation(facts, entry.text.strip(), year, grade,
                                       {"": doc.cell_span(cell)}, policy=True)  # fmt: skip
            continue
        if not policy and (coded := _coded_entry_column(table, fields, names[0])) is not None:
            names, policy = [coded], True  # 約束 1-1 … | 進捗 | 取組: each row its own entry
        if (level := _level_name_column(table, fields, grade_column)) is not None:
            # 政策名 | 施策名 | … | 施策評価: the 施策 graded, not its 政策 (nor the 取組
            # listed beside it: 施策名 | 主な取組 | … | 施策評価R6)
            names, policy = [level], True
        if not names:  # 区分 | 対象 | 評価: no column is labelled as the entry's
            names = _entry_columns(facts, table.rows, grade_column)
        if not names:
            continue
        name_column = names[0]
        if policy and len(names) > 1 and len(grades) == 1 and "indicator" in fields:
            name_column = max(names)  # 基本目標 | 施策 | … | 進捗: a KPI's mark is its 施策's
        if policy and len(grades) == 1 and "indicator" in fields:
            deferred.append((block, table, name_column, grade_column))
            continue
        if len(grades) > 1:
            grade_column = _named_rows_grade_column(table, grades, grade_column, name_column)
        for column in _year_grade_columns_of(table, grades, grade_column, facts.fiscal_year):
            _column_word_grades(doc, facts, block, table, name_column, column, policy=policy)
        for column in grades:
            if column != grade_column and _dated_back(table.header[column]):
                # 「評価 | 前年度評価」: the year before's grades beside this year's
                _column_word_grades(doc, facts, block, table, name_column, column, policy=policy)
        before = grade_column + 1
        if before < len(table.header) and label_key(table.header[before]) in _previous_cues() and (
            _grades_only(table, before)
        ):  # 「評価 | 前年度」: the cue alone heads the year before's grades
            _column_word_grades(doc, facts, block, table, name_column, before, policy=policy,
                                year_before=True)  # fmt: skip
    return deferred


def _policy_left_of_grade(table: Table) -> int | None:
    """「施策番号 | 施策名 | 評価 | 主な取組」: the policy column left of the grade column when
    the initiatives (or the main projects, 「主な事業」) are listed right of it — the 施策 is
    graded, its initiatives say what was done for it."""
    fields = [field_of(label) for label in table.header]
    grades = [i for i, f in enumerate(fields) if f == "evaluation"]
    initiatives = [i for i, f in enumerate(fields) if f in ("initiative", "project")]
    if not grades or not initiatives:
        return None
    grade = _graded_column(table.rows, grades)
    if min(initiatives) < grade or any(f == "project" for f in fields[:grade]):
        return None  # (事務事業名 | 施策名 | … | 総合評価: the project's row, its grade)
    left = [i for i, f in enumerate(fields)
            if f == "policy" and i < grade and not keys_rows(table.header[i])]  # fmt: skip
    return left[-1] if left else None


def _named_rows_grade_column(
    table: Table, grades: list[int], chosen: int, name_column: int
) -> int:
    """「施策名 | … | 達成状況 | 施策評価」 with each 施策's indicators on rows of their own under
    it: of the evaluation columns, the one that grades the rows naming an entry (施策評価: 4)
    rather than the indicator rows (達成状況: 達成); the one chosen when they grade alike."""

    named = [row for row in table.rows if _named(row, name_column)]
    counts = {
        column: sum(
            1 for row in named
            if column < len(row) and _is_grade(row[column].text, _digit_scale(named, column))
        )
        for column in grades
    }  # fmt: skip
    best = max(grades, key=counts.__getitem__)
    return best if counts[best] > counts[chosen] else chosen


def _named(row: list[Cell], column: int) -> bool:
    return column < len(row) and bool(row[column].text.strip())


def _is_grade(text: str, scale: bool) -> bool:
    """A grade word, a letter or mark alone (事業評価 | Ａ), or a digit of a 1–5 scale."""
    word = fold_width(text).strip()
    if not word:
        return False
    return word in grade_words() or grade_of(word) == word or scale


def _year_grade_columns_of(
    table: Table, grades: list[int], chosen: int, context: int | None
) -> list[int]:
    """「評価(R5) | 評価(R6)」: every grade column when each names a year of its own (each
    column the grades of its year), else the one chosen column."""
    years = {i: y for i in grades if (y := parse_fiscal_year(table.header[i], context=context))}
    if len(years) >= 2 and len(set(years.values())) == len(years):
        return list(years)  # (beside them 「評価の理由」, a column of words: no year's grades)
    return [chosen]


def _grades_only(table: Table, column: int) -> bool:
    """Every filled cell of the column is a grade (a dash for none)."""
    cells = [r[column].text for r in table.rows if column < len(r)]
    filled = [c for c in cells if fold_width(c).strip(" -－―")]
    return bool(filled) and all(_cell_grade(c) for c in filled)


def _dated_back(label: str) -> bool:
    """A label dating its column to the year before (「前年度評価」)."""
    return label_key(label).startswith(_previous_cues())


def _column_word_grades(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, table: Table,
    name_column: int, grade_column: int, *, policy: bool, ungraded_only: bool = False,
    year_before: bool = False,
) -> None:
    """The grades of one column of `_word_grades`, each for its row's entry (with
    `ungraded_only`, only for an entry the page grades for no such year so far)."""
    graded = {(nfkc_key(e.initiative), e.fiscal_year) for e in facts.evaluations}
    graded = graded if ungraded_only else set()
    year = parse_fiscal_year(table.header[grade_column], context=facts.fiscal_year)
    if year is None and (year_before or _dated_back(table.header[grade_column])) and (
        facts.fiscal_year
    ):
        year = facts.fiscal_year - 1
    if year is None and name_column < len(table.header) and year_mentions(
        table.header[name_column]
    ):  # 「令和７年度の取組 | 評価」: the entries' own column dates what is graded
        year = parse_fiscal_year(table.header[name_column], context=facts.fiscal_year)
    scale = _digit_scale(table.rows, grade_column)
    # 「施策 | 1-1-1 | 名称 | 4」 among 「事務事業 | … | B」: a coded policy's row graded on its
    # own scale of digits, the 事業 rows in letters
    levels = [r for r in table.rows if name_column < len(r)
              and _policy_label(facts, r[name_column].text.strip())]  # fmt: skip
    level_scale = bool(levels) and _digit_scale(levels, grade_column)
    for row in table.rows:
        if max(name_column, grade_column) >= len(row):
            continue
        word = fold_width(row[grade_column].text).strip()
        previous = None
        if (pair := _GRADE_PAIR.fullmatch(word)) is not None:
            word, previous = pair.group("grade"), pair.group("before")  # 「B（C）」
        name = row[name_column].text.strip()
        level = level_scale and _policy_label(facts, name) is not None and not policy
        name = (_entry_named(facts, name) or _after_code(name) or name) if policy else name
        if not (_is_grade(word, scale) or (level and _is_grade(word, True))) or not name:
            continue
        if level:
            evidence = {"": doc.cell_span(row[grade_column])}
            dated = year or _section_year(doc, evidence) or facts.fiscal_year
            if dated is not None:
                add_evaluation(facts, name, dated, word, evidence, policy=True)
            continue
        evidence = {"": doc.cell_span(row[grade_column])}
        dated = (year or _latest_actual_year(table, row, facts.fiscal_year)
                 or _section_year(doc, evidence)
                 or caption_year(doc, block, facts.fiscal_year) or facts.fiscal_year)
        if dated is not None and (nfkc_key(name), dated) not in graded:
            before = len(facts.evaluations)
            add_evaluation(facts, name, dated, word, evidence, policy=policy)
            if previous is not None and len(facts.evaluations) == before + 1:
                current = facts.evaluations[-1]
                add_evaluation(facts, name, dated - 1, previous, evidence, policy=policy)
                if len(facts.evaluations) == before + 2:
                    _YEAR_BEFORE.get().append((facts.evaluations[-1], current))


# 「B（C）」: this year's grade, the year before's in brackets after it (as a legend says)
_GRADE_PAIR = re.compile(
    r"(?P<grade>[SABCDE]|[◎○△×])\s*[(（]\s*(?P<before>[SABCDE]|[◎○△×])\s*[)）]"
)


def _latest_actual_year(table: Table, row: list[Cell], context: int | None) -> int | None:
    """「令和4年度 実績 | 令和5年度 実績 | 令和6年度 実績 | 進捗」: a grade whose label names no
    year grades the progress the row's figures show, so the latest year whose actual is
    printed (a year still blank, 「-」, is not yet graded)."""
    years = [
        year
        for index, label in enumerate(table.header)
        if index < len(row)
        and field_of(label) == "actual"
        and (year := parse_fiscal_year(label, context=context)) is not None
        and re.search(r"[0-9]", row[index].text)
    ]
    return max(years) if len(years) >= 2 else None


# 「■　Ｓ評価（計画を上回る成果があった）　３件」: a group of entries that share one grade
_GRADE_GROUP = re.compile(r"^(?P<grade>[A-Z◎○△×])\s*評価(?:[(（][^()（）]*[)）])?\s*(?:[0-9]+件)?$")


def _grade_groups(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A report grouping its entries by grade: each numbered entry under a heading naming
    one grade (「Ｓ評価（…）　３件」) has that grade, of the year the report is on."""
    if facts.fiscal_year is None:
        return
    for heading in doc.of_kind("heading"):
        found = _GRADE_GROUP.match(fold_width(heading.text).strip())
        if found is None:
            continue
        for block in doc.under(heading):
            if block.kind in ("item", "heading") and block.number and not block.prefix:
                span = doc.block_span(block)
                evidence = {"": span, "initiative": span, "grade": doc.block_span(heading)}
                add_evaluation(facts, block.text.strip(), facts.fiscal_year,
                               found.group("grade"), evidence)  # fmt: skip


def _lane_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A board of entries in lanes by grade (`grade_lanes`): each entry has its lane's grade
    of the year the page reports on, and the year before's its card prints."""
    if facts.fiscal_year is None:
        return
    for lane in grade_lanes(doc):
        for entry in lane.entries:
            span = doc.block_span(entry.block)
            evidence = {"": span, "initiative": span, "grade": doc.block_span(lane.head)}
            add_evaluation(facts, entry.block.text.strip(), facts.fiscal_year, lane.grade,
                           evidence)  # fmt: skip
            if entry.previous is not None:
                grade, printed = entry.previous
                add_evaluation(facts, entry.block.text.strip(), facts.fiscal_year - 1, grade,
                               {"": span, "grade": doc.block_span(printed)})  # fmt: skip


def _checked_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「総合評価 ☐A ☑B ☐C」 on a form: the ticked box is the sheet's grade (`checked_grades`),
    of the year the sheet's title says its work is of (re-dated by `recognise`)."""
    if facts.fiscal_year is None:
        return
    for checked in checked_grades(doc):
        add_evaluation(facts, checked.name, facts.fiscal_year, checked.grade,
                       {"": doc.block_span(checked.graded)})  # fmt: skip


def _title_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「取組1-1-① 名称　評価 A (B)」: an entry's title line with its grade beside it, the
    previous year's in brackets (a report of this year's work graded against last year's)."""
    year = _evaluated_year(doc) or facts.fiscal_year  # (「令和6年度の取組に対する評価」)
    if year is None:
        return
    for block in doc.blocks:
        if block.kind not in ("heading", "item") or (found := heading_grades(block.text)) is None:
            continue
        evidence = {"": doc.block_span(block)}
        name = _FIGURE_AFTER.sub("", found.name)  # 「X事業 ○,○○○ 事業の評価 B」: its amount
        # (a coded heading's grade, 「施策1-(1) 名称 評価 A」, grades that policy)
        policy = block.number is not None and code_of(block.number) is not None
        add_evaluation(facts, name, year, found.grade, evidence, policy=policy)
        if found.previous is not None:
            add_evaluation(facts, name, year - 1, found.previous, evidence, policy=policy)


_FIGURE_AFTER = re.compile(r"[ \u3000]+[△▲-]?[0-9][0-9,]*(?:\.[0-9]+)?$")


def _year_field_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「評価」 over 「R5：A」 「R6：B」 (a form's group of grades by year) inside an entry's
    section: each year's grade of the entry the section heads (a coded policy's, as a
    policy)."""
    for heading in doc.of_kind("heading"):
        if heading.number is not None or label_field(heading.text) != "evaluation":
            continue
        entry = doc.blocks[heading.parent] if heading.parent is not None else None
        if entry is None or entry.kind != "heading":
            continue
        fields = [b for b in doc.under(heading) if b.parent == heading.index]
        dated = [(year, b) for b in fields if b.kind == "field" and b.label and b.value
                 and (year := year_alone(b.label, facts.fiscal_year)) is not None
                 and grade_of(b.value) is not None]  # fmt: skip
        if not dated or len(dated) != len(fields):
            continue
        policy = entry.number is not None and code_of(entry.number) is not None
        for year, field in dated:
            add_evaluation(facts, entry.text.strip(), year, grade_of(field.value or "") or "",
                           {"": doc.block_span(field)}, policy=policy)  # fmt: skip


def _section_grade_tables(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「評価 | 評価の理由・課題」 over one row 「Ｂ | …」 inside a 施策's section of a sheet: the
    grade of the entry or coded policy the nearest numbered heading above names."""
    if facts.fiscal_year is None:
        return
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or len(table.rows) != 1 or not table.header:
            continue
        if field_of(table.header[0], exact=True) != "evaluation" or not table.rows[0]:
            continue
        grade = grade_of(table.rows[0][0].text.strip())
        if grade is None or len(table.rows[0][0].text.strip()) > 2:
            continue
        for heading in doc.headings_above(block):
            if heading.number is None or is_label_like(heading.text):
                continue
            evidence = {"": doc.cell_span(table.rows[0][0])}
            year = _section_year(doc, evidence) or facts.fiscal_year
            add_evaluation(facts, heading.text.strip(), year, grade, evidence, policy=True)
            break


def _policy_name_columns(
    facts: DocumentFacts, rows: list[list[Cell]], fields: list[str | None]
) -> list[int]:
    """The policy columns that print the names of the document's coded policies (施策名
    beside 施策番号 in a 施策評価 table, or 「1-(1) 名称」 after their codes): a 施策 graded as
    a whole is named by its label. The column naming most rows first."""
    labels = {nfkc_key(code.label) for code in facts.policy_codes if code.label}
    if not labels:
        return []
    named = {
        k: [row[k].text for row in rows if k < len(row) and (
            nfkc_key(row[k].text) in labels or nfkc_key(_after_code(row[k].text)) in labels
        )]
        for k, f in enumerate(fields) if f in ("policy", None)  # (or an unlabelled 「列1」)
    }  # fmt: skip
    # the column naming most rows, each a different level (a 政策 spanning its 施策' rows
    # names as many rows, but few levels)
    return sorted((k for k, n in named.items() if len(n) >= 2),
                  key=lambda k: (-len(set(named[k])), -len(named[k])))  # fmt: skip


def _after_code(text: str) -> str:
    """「1-(1) 名称」 → 「名称」: a policy printed with its code before its name."""
    lead = find_leading_code(text)
    return lead.label if lead is not None and lead.label else ""


def _coded_entry_column(table: Table, fields: list[str | None], names: int) -> int | None:
    """A policy column left of the initiative column `names` that names a different coded
    entry in every row (番号 1-1 | 約束 X | 進捗 ◎ | 取組 Y, or 推進項目 「Ⅰ-1 X」 | 取組内容
    Y | 評価): each row is that entry, the initiative column says what was done for it. A
    policy repeated over its rows (分野 | 公約項目 | 評価) groups them: the initiative is
    graded then."""
    rows = [row for row in table.rows if any(c.text.strip() for c in row)]
    if len(rows) < 2 or not says_what_was_done(table.header[names]):
        return None
    for k in range(names):
        if fields[k] != "policy" or _codes_in(rows, k):
            continue
        cells = [row[k].text.strip() if k < len(row) else "" for row in rows]
        codes = [
            _CODE_BEFORE.match(cell) is not None
            or (k > 0 and k - 1 < len(row) and code_of(row[k - 1].text.strip()) is not None)
            for cell, row in zip(cells, rows, strict=True)
        ]
        if all(cells) and len(set(cells)) == len(cells) and all(codes):
            return k
    return None


def _level_name_column(table: Table, fields: list[str | None], graded: int) -> int | None:
    """The one policy column naming the level an evaluation header names (施策評価 → 施策名,
    not 政策名 nor 施策コード): the column of the entries that column grades."""
    header = label_key(table.header[graded])
    word = _level_word(header)
    if not word or word == header or field_of(word, exact=True) != "policy":
        return None
    found = [
        k
        for k, label in enumerate(table.header)
        if k != graded and fields[k] == "policy" and label_key(label).startswith(word)
        and not _codes_in(table.rows, k)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _codes_in(rows: list[list[Cell]], column: int) -> bool:
    """A column whose cells are mostly codes (施策コード | 4-01): no words, so no names."""
    cells = [row[column].text.strip() for row in rows if column < len(row)]
    cells = [c for c in cells if c]
    return bool(cells) and sum(_WORDLESS.fullmatch(c) is not None for c in cells) * 2 > len(cells)


# a cell without a kana or kanji word: a code, a number (「4-01」, 「Ⅱ-3」, 「A-12」)
_WORDLESS = re.compile(r"[^\u3040-\u30ff\u4e00-\u9fff]+")


def _graded_column(rows: list[list[Cell]], columns: list[int]) -> int:
    """Of a table's evaluation columns (評価の対象 | 評価), the first whose cells print grades,
    else the first."""
    for column in columns:
        words = [fold_width(r[column].text).strip() for r in rows if column < len(r)]
        if any(w in grade_words() or (w and grade_of(w) == w) for w in words):
            return column
    return columns[0]


def _entry_named(facts: DocumentFacts, text: str) -> str | None:
    """The entry a cell names: an initiative or project the document states, or a coded
    policy printed by its label, with or without its code before it (「2-3-1 介護の推進」)."""
    if _initiative(facts, text) is not None or _policy_label(facts, text) is not None:
        return text.strip()
    code, _, rest = text.strip().partition(" ")
    parsed = code_of(code) if rest else None
    if parsed is None:
        return None
    key = nfkc_key(without_unit_bracket(rest))  # 「1-(1) 名称 〔架空課〕」: the name
    return next(
        (
            c.label
            for c in facts.policy_codes
            if c.label and c.normalized == parsed.normalized and nfkc_key(c.label) == key
        ),
        None,
    )


def _entry_columns(
    facts: DocumentFacts, rows: list[list[Cell]], graded: int
) -> list[int]:
    """The one column of a graded table whose cells name, in most rows and two at least,
    entries the document states elsewhere: the column graded, when no header says so."""
    width = max((len(row) for row in rows), default=0)
    counts = {
        k: sum(1 for row in rows if k < len(row) and _entry_named(facts, row[k].text))
        for k in range(width)
        if k != graded
    }
    found = [k for k, n in counts.items() if n >= 2 and n * 2 > len(rows)]
    return found[:1] if len(found) == 1 else []


_SCALE_GRADE = re.compile(r"^[1-9]$")


def _digit_scale(rows: list[list[Cell]], column: int) -> bool:
    """An evaluation column printing one digit in every row (達成度 | 4, 3, 5 …): a graded
    scale (５段階), not a count; each digit is a grade."""
    words = [fold_width(row[column].text).strip() for row in rows if column < len(row)]
    words = [w for w in words if w]
    return len(words) >= 2 and all(_SCALE_GRADE.match(w) for w in words)


def _section_year(doc: StructuredDocument, evidence: dict[str, Span]) -> int | None:
    """The one year the heading over a graded table names (「令和5年度の取組に対する自己評価」
    in a page about the next year's plan): the year its grades are of. A heading naming two
    (「令和7年度行政評価（令和6年度の取組）」) gives the one of the work graded, as a title does."""
    start = next(iter(evidence.values())).start if evidence else None
    table = next(
        (
            b
            for b in doc.blocks
            if b.kind == "table" and start is not None and b.start <= start < b.end
        ),
        None,
    )
    heading = dated_heading(doc, table, fiscal_only=False) if table is not None else None
    if heading is not None:
        years = {m.year for m in year_mentions(heading.text) if m.kind != "date"}
        if len(years) > 1:
            labels = [label for label in labels_of("evaluation") if len(label) >= 2]
            return _year_of_work(heading.text, labels)
        if years:
            return years.pop()
    return _caption_year(doc, table) if table is not None else None


def _caption_year(doc: StructuredDocument, table: Block) -> int | None:
    """The one year of the caption line printed just above a table, when that caption names
    an evaluation (「〔3〕R4施策評価」 in a spreadsheet whose titles are rows, not headings)."""
    caption = doc.folded[: table.start].rstrip().rsplit("\n", 1)[-1]
    caption = caption.replace("\t", " ").strip()
    labels = [label for label in labels_of("evaluation") if len(label) >= 2]
    if not caption or not any(label in label_key(caption) for label in labels):
        return None
    if any(cue in label_key(caption) for cue in _previous_cues()):
        return None  # 「…「前年度評価」は、令和5年度の…です。」: a note dating one column
    years = {m.year for m in year_mentions(caption) if m.kind != "date"}
    return years.pop() if len(years) == 1 else None


def add_evaluation(
    facts: DocumentFacts,
    name: str,
    year: int,
    grade: str,
    evidence: dict[str, Span],
    *,
    stage: bool = False,
    policy: bool = False,
) -> None:
    """Add a grade for an initiative the document names, once per initiative and year; a
    grade of one stage of a review (`stage`: 二次評価 after 一次評価) is one more, unless
    the same. With `policy`, a coded policy's label is graded too (a 施策評価 table)."""
    name = without_unit_bracket(name)  # 「…の振興 〔架空課〕」: the unit in charge after it
    initiative = _initiative(facts, name)
    if initiative is None and (bare := TRAILING_BRACKET_NOTE.sub("", name)) != name:
        initiative = _initiative(facts, bare)  # 「海辺の清掃事業（砂浜の整地を含む）」: its remark
    if initiative is None and (cited := cited_in_brackets(name)[0]) != name:
        initiative = _initiative(facts, cited)  # 「名称（施策1-(1)）」: the level it serves
    numbered = leading_numbering(name)
    if initiative is None and numbered is not None and not numbered.prefix:
        initiative = _initiative(facts, name[numbered.end :].strip())  # 「①　名称」: its number
    graded = initiative.name if initiative is not None else None
    if graded is None and policy:
        graded = _policy_label(facts, name)  # a 施策評価 table grades its 施策
    if graded is None:
        return
    _add_once(facts, graded, year, grade, evidence, stage=stage)


def _policy_label(facts: DocumentFacts, name: str) -> str | None:
    """The label of a coded policy of that name (a 施策評価 grades its 施策), else None."""
    key = nfkc_key(name)
    return next(
        (c.label for c in facts.policy_codes if c.label and nfkc_key(c.label) == key), None
    )


def _initiative(facts: DocumentFacts, name: str) -> Initiative | Project | None:
    """The initiative of that name, else the project (an evaluation sheet grades its 事業)."""
    key = nfkc_key(name)
    found = next((i for i in facts.initiatives if nfkc_key(i.name) == key), None)
    return found or next((p for p in facts.projects if nfkc_key(p.name) == key), None)


def _year(facts: DocumentFacts, label: str | None) -> int | None:
    """The year a label dates its grade with (「令和5年度評価」), else the document's; 「前年度
    評価」 (`mkf:previousYear` cue words) in a document of one year grades the year before."""
    found = parse_fiscal_year(label or "", context=facts.fiscal_year) if label else None
    dated_back = bool(label) and label_key(label or "").startswith(_previous_cues())
    if found is None and dated_back and facts.fiscal_year is not None:
        return facts.fiscal_year - 1
    return found or facts.fiscal_year


def _last_before(facts: DocumentFacts, position: int) -> Initiative | None:
    """The initiative the page stated last before `position`."""
    before = [
        (i.evidence[""].start, n, i)
        for n, i in enumerate(facts.initiatives)
        if "" in i.evidence and i.evidence[""].start < position
    ]
    return max(before, key=lambda t: (t[0], t[1]))[2] if before else None


def _grade_for_last(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, label: str, grade: str
) -> str | None:
    """Grade the entry a record's grade field belongs to; the name graded as a level (a
    coded heading's, a goal's), which a bracketed earlier grade grades too, else None."""
    year = _year(facts, label)
    stage = _is_stage(label)
    project = sheet_project(doc)
    if project is not None:
        project = _sheet_before(doc, block.start) or project
    project = _record_project(doc, block) or project
    if project is not None and year is not None:
        _add_once(facts, project, year, grade, {"": doc.block_span(block)}, stage=stage)
        return None
    named = _record_entry(doc, block)
    if named is not None and year is not None:  # 「施策名：X」 … 「評価：B」: the record's X
        add_evaluation(facts, named[0], year, grade, {"": doc.block_span(block)},
                       stage=stage, policy=named[1])  # fmt: skip
        return None
    initiative = _last_before(facts, block.start)
    goal = _goal_of_levels(doc, facts, block, initiative)
    if goal is not None and year is not None:  # 「基本目標2 …」, its 施策, then 「評価：A」
        add_evaluation(facts, goal, year, grade, {"": doc.block_span(block)}, policy=True)
        return None
    heading = _coded_heading(doc, facts, block)
    if heading is not None and year is not None and (
        initiative is None or initiative.evidence[""].start < heading.start
        or _own_grade_section(doc, block, heading)
    ):
        add_evaluation(facts, heading.text.strip(), year, grade, {"": doc.block_span(block)},
                       stage=stage, policy=True)  # fmt: skip
        return heading.text.strip()
    if initiative is not None and year is not None:
        if year == facts.fiscal_year and parse_fiscal_year(label, context=year) is None:
            earlier = heading_year(doc, block)  # 「令和5年度の取組の振り返り」 above
            year = earlier if earlier is not None and earlier < year else year
        add_evaluation(facts, initiative.name, year, grade, {"": doc.block_span(block)},
                       stage=stage)  # fmt: skip
    return None


def _own_grade_section(doc: StructuredDocument, block: Block, heading: Block) -> bool:
    """「評価」 a section of its own right under the coded heading (a record's `hyoka:
    {rank: B}` beside its list of 取組): the grade is the heading's, not its last entry's."""
    if block.parent is None:
        return False
    section = doc.blocks[block.parent]
    return (
        section.kind == "heading"
        and section.parent == heading.index
        and field_of(section.text.strip(), exact=True) == "evaluation"
    )


def _badge_first(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「・評価A 名称（施策3-1）」: a list entry opening with its grade grades the entry it
    names, for the year its review section names when earlier than the document's."""
    graded = grade_first(block.text) or _mark_first(doc, block)
    if graded is None or facts.fiscal_year is None:
        return
    name, _ = cited_in_brackets(graded[1])
    groups = bracket_groups(name)
    if groups and groups[-1][1] == len(name.rstrip()) and groups[-1][0] > 0:
        name = name[: groups[-1][0]].rstrip()  # 「（施策1-(1)）」: a citation nesting brackets
    earlier = heading_year(doc, block)
    year = earlier if earlier is not None and earlier < facts.fiscal_year else facts.fiscal_year
    add_evaluation(facts, name, year, graded[0], {"": doc.block_span(block)})


_MARK_FIRST = re.compile(r"^(?P<grade>[◎○〇△×])[ \u3000]?(?P<rest>[^\s◎○〇△×].+)$")
_LEGEND_REACH = 3  # blocks above a list of marked entries its legend may stand in (no heading)


def _mark_first(doc: StructuredDocument, block: Block) -> tuple[str, str, int] | None:
    """「○架空の取組（施策1-(1)）」 under a legend of the marks (「◎ 目標を上回った
    ○ 概ね目標どおり △ …」): the mark set right before the entry's name is its grade."""
    found = _MARK_FIRST.match(block.text.strip())
    if found is None:
        return None
    heading = next(doc.headings_above(block), None)  # the legend within the section
    first = heading.index if heading is not None else max(0, block.index - _LEGEND_REACH)
    legend = any(
        len(_MARK_MEANING.findall(other.text)) >= 2 for other in doc.blocks[first : block.index]
    )
    # (under a heading of the year's review, 「令和7年度の振り返り」, the marks are grades)
    review = heading is not None and label_field(heading.text) == "evaluation"
    if not legend and not review:
        return None
    grade = found.group("grade")
    return ("○" if grade == "〇" else grade), found.group("rest"), found.start("rest")


_MARK_MEANING = re.compile(r"[◎○〇△×][ \u3000]*[:：]?[ \u3000]*[^\s◎○〇△×:：]{2,}")


def _form_row_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A form read as rows of cells (`form_levels`): 「総合評価 | B」 grades the project the
    nearest 「事業名 | X事業」 row above names, once per project and year."""
    project: str | None = None
    graded = {(nfkc_key(e.initiative), e.fiscal_year) for e in facts.evaluations}
    for block in doc.blocks:
        if block.kind == "field" and field_of(block.label or "", exact=True) == "project":
            if block.value and _NAMED.search(block.value):  # a card's 「事業名 | X事業」 pair
                project = block.value.strip()
            continue
        if block.table is None:
            continue
        for row in all_rows(block.table):
            named = row_value(row, "project")
            if named is not None and _NAMED.search(named[0]):
                project = named[0]
                continue
            found = row_grade(row)
            if found is None or project is None or _is_criterion(found[0]):
                continue
            year = _year(facts, found[0])
            if year is None or (nfkc_key(project), year) in graded:
                continue
            add_evaluation(facts, project, year, found[1],
                           {"": doc.span(row[0].start, row[-1].end)})  # fmt: skip
            graded.add((nfkc_key(project), year))
            project = None  # one grade per sheet


def _spoken_grades(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「「A」はＡ、「B」はＢです」 in an answer about evaluations (the answer or the question
    before it names one): each quoted entry's grade, of the year before the document's when
    they speak of 昨年度/前年度 (`mkf:previousYear` cue words)."""
    if facts.fiscal_year is None:
        return
    span = doc.block_span(block)
    text = fold_width(facts.text[span.start : span.end], keep_length=True)
    graded = quoted_grades(text)
    if not graded:
        return
    before = doc.blocks[block.index - 1].text if block.index > 0 else ""
    context = label_key(before + text)
    labels = [label for label in labels_of("evaluation") if len(label) >= 2]
    if not any(label in context for label in labels) and "評価" not in context:
        return
    dated_back = any(cue in context for cue in _previous_cues())
    year = facts.fiscal_year - 1 if dated_back else facts.fiscal_year
    for name, grade in graded:
        add_evaluation(facts, name, year, grade, {"": span})


def _leader_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """「【基本目標1】名称 …… ○」: the grade printed after a leader, of the entry the line
    names, for the one year the report's own section states (「重点取組の評価（令和5年
    度）」 or the sentence under it), else the document's."""
    for block in doc.of_kind("field"):
        graded = leader_grade(block.value or "")
        if graded is None or field_of(block.label or "") != "policy":
            continue
        year = _section_line_year(doc, block) or facts.fiscal_year
        if year is not None:
            add_evaluation(facts, graded[0], year, graded[1], {"": doc.block_span(block)})


def _leader_run_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A run of 「名称〔担当課〕…… Ａ → Ｓ」 lines (`leader_grades`): each grade of the entry
    the line names, for the years a legend above the run names, else counted back from the
    year the section (or the report) says was evaluated. A coded policy's line (「施策Ⅱ-3-(1)
    名称 …… Ｂ（Ｂ）」) adds years only to a policy the page grades elsewhere."""
    for run in leader_runs(doc):
        legend = legend_years(doc, run)
        base = (
            _section_line_year(doc, run[0].block) or _evaluated_year(doc) or facts.fiscal_year
        )
        graded = {nfkc_key(e.initiative) for e in facts.evaluations}
        for entry in run:
            coded = entry.block.number is not None and is_policy_prefix(entry.block.prefix)
            if coded and nfkc_key(entry.name) not in graded:
                continue  # a policy the page grades nowhere else: the graph would mint it
                # as an initiative of its own (a 施策 is a policy, not an entry)
            span = {"": doc.block_span(entry.block)}
            for at, (offset, grade) in enumerate(entry.grades):
                year = legend[at] if legend else (base + offset if base else None)
                if year is not None:
                    add_evaluation(facts, entry.name, year, grade, span, policy=True)


def _run_title_year(doc: StructuredDocument, block: Block, marked: set[int]) -> int | None:
    """The one fiscal year of the title line right above a run of marked lines (「令和7年度の
    取組の振り返り」, a legend line between them at most), else None."""
    for before in reversed(doc.blocks[: block.index]):
        if before.index in marked or _LEGEND.search(before.text):
            continue
        if before.kind == "table" or "。" in before.text:
            return None
        years = {m.year for m in year_mentions(before.text) if m.kind == "fiscal"}
        return years.pop() if len(years) == 1 else None
    return None


_SECTION_LOOK_BACK = 8  # the section's title and the sentence or two under it


def _section_line_year(doc: StructuredDocument, block: Block) -> int | None:
    """The one fiscal year of the nearest line above `block` (back to its section's numbered
    title) that names one; None when that line names several."""
    for before in reversed(doc.blocks[max(0, block.index - _SECTION_LOOK_BACK) : block.index]):
        if before.kind == "table":
            return None
        years = {m.year for m in year_mentions(before.text) if m.kind == "fiscal"}
        if years:
            return years.pop() if len(years) == 1 else None
        if before.number is not None and before.kind in ("heading", "item"):
            return None
    return None


def _goal_of_levels(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, last: Initiative | None
) -> str | None:
    """The name of the goal a grade closes the section of, when what the section lists
    under it are its own levels (「基本目標2 …」 then 「2-(1) …」「2-(2) …」, KPIs, projects,
    then 「令和6年度の評価：A」): the nearest block above printed with a policy label word and a
    stated code, when the last entry before the grade is no entry but a level below it."""
    known = {c.normalized: c for c in facts.policy_codes}
    nearest = next(doc.headings_above(block), None)
    if nearest is not None and nearest.number is not None and not is_policy_prefix(nearest.prefix):
        return None  # 「1-② 名称」 over 【進捗】: the grade is that entry's
    for before in reversed(doc.blocks[: block.index]):
        if before.kind == "field" and field_of(before.label or "") == "evaluation":
            return None  # the grade before closes the section above
        if before.number is None or not is_policy_prefix(before.prefix):
            continue
        code = code_of(before.number)
        goal = known.get(code.normalized) if code is not None else None
        if goal is None or not goal.label or nfkc_key(goal.label) != nfkc_key(before.text):
            return None
        if last is None or "" not in last.evidence or last.evidence[""].start < before.start:
            return goal.label
        level = next((c for c in facts.policy_codes if c.label
                      and nfkc_key(c.label) == nfkc_key(last.name)), None)  # fmt: skip
        below = level is not None and level.normalized.startswith(goal.normalized + "-")
        return goal.label if below else None
    return None


def _coded_heading(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> Block | None:
    """The numbered heading a record of fields sits under (「1-① 保育料の無償化」 over
    【進捗】達成), when its number is a code the document states with that heading's words:
    the record grades the entry its heading names, stated as a policy, not as an initiative."""
    heading = next(doc.headings_above(block), None)
    if heading is not None and heading.number is None and heading.parent is not None and (
        field_of(heading.text.strip(), exact=True) == "evaluation"
    ):  # 「評価」 a section of the record: the record's heading above it
        heading = doc.blocks[heading.parent]
    if heading is None or heading.number is None:
        return None
    code = code_of(heading.number)
    key = nfkc_key(heading.text)
    if code is None or not key:
        return None
    stated = any(c.label and nfkc_key(c.label) == key for c in facts.policy_codes)
    return heading if stated else None


def sheet_project(doc: StructuredDocument) -> str | None:
    """The project a 事務事業評価シート is about: the value of its first known field, when
    that field names a project (「事業名 地域交流事業」 as a field or a form's first row).
    Its grade is the project's, whatever plan headings the sheet files it under. The
    fields printed on one line after its number (「事業番号 04-1 所管部 A部 所管課 B課」) are
    the sheet's header, read past as the number is."""
    numbered: int | None = None  # the end of the line the sheet's number is printed on
    for block in doc.blocks:
        if block.kind == "field" and numbered is not None and block.start < numbered and (
            field_of(block.label or "", exact=True) != "project"
        ):
            continue  # (「事業番号 01-03 事業名 X事業」: the name on that line is the sheet's)
        if block.kind == "field":
            label, value = block.label, block.value
        elif block.kind == "table" and block.table is not None:
            cells = block.table.header_cells
            if len(cells) != 2:
                return None
            label, value = cells[0].text, cells[1].text
        else:
            continue
        field = field_of(label or "", exact=True)
        if field == "project" and value and value.strip():
            return value.strip()
        if field == "recordNumber":
            end = doc.folded.find("\n", block.start)
            numbered = end if end >= 0 else len(doc.folded)
            continue  # 【シート番号】 over 【事業名】: the number the sheet is filed under
        if field is not None:
            return None  # the sheet opens with another field: it is about no one project
    return None


def _record_project(doc: StructuredDocument, block: Block) -> str | None:
    """The project of the record holding an evaluation field: a run of fields one after the
    other (【事業名】X 【所管課】… 【評価】B) whose 事業名 field names it, or under the
    heading naming it (numbered, or no field's label). Records repeated under one heading
    each grade their own project."""
    if block.kind != "field":
        return None
    term: str | None = None
    fields_after = 0
    for above in reversed(doc.blocks[: block.index]):
        if above.kind == "heading" and looks_like_project(above.text) and (
            above.number or field_of(above.text, exact=True) is None
        ):  # 「■ No.1 X事業」 over its fields, or a data file's record headed by its name
            return term or above.text.strip()
        if above.kind != "field":
            return term
        field = field_of(above.label or "", exact=True)
        if field == "evaluation" and (grade_of(above.value) or leading_grade(above.value)):
            if _another_years_grade(above.label or "", block.label or ""):
                continue  # 「評価：A」 then 「前年度評価：B」: the same record's earlier grade
            return term  # the grade closing the record before this one (not 「達成度 95%」)
        if term is None and field == "project" and above.value and above.value.strip():
            return above.value.strip()
        label = (above.label or "").strip()
        if field is None and looks_like_project(label):
            if term is not None or not fields_after:
                return None  # several projects' terms, one grade after them, or a bare list
                # of projects and amounts before a section's grade: not one record's
            term = label  # a definition list's term run onto its first line: 「X事業：担当…」
        elif term is None:
            fields_after += 1  # 担当, 事業の概要 …: the record's own fields under its term
    return term


def _record_entry(doc: StructuredDocument, block: Block) -> tuple[str, bool] | None:
    """(name, whether a policy) of the record holding an evaluation field: a run of fields
    one after the other (施策コード：… 施策名：X … 評価：B) whose name field (a policy's or an
    initiative's label ending in 名) names it. A grade closing a record before it ends the
    search."""
    if block.kind != "field":
        return None
    for above in reversed(doc.blocks[: block.index]):
        if above.kind != "field" or doc.text[above.end : block.start].count("\n\n"):
            return None
        label = label_key(above.label or "")
        field = field_of(label, exact=True)
        if field == "evaluation" and grade_of(above.value or ""):
            if _another_years_grade(above.label or "", block.label or ""):
                continue
            return None
        value = (above.value or "").strip()
        if field in ("policy", "initiative") and label.endswith(NAME_LABEL_ENDS) and value:
            return value, field == "policy"
    return None


def _another_years_grade(one: str, other: str) -> bool:
    """「評価」 and 「前年度評価」: one grade's label, once dated a year back."""
    return label_key(one) != label_key(other) and label_key(
        _without_previous_cue(one)
    ) == label_key(_without_previous_cue(other))


def _sheet_before(doc: StructuredDocument, position: int) -> str | None:
    """The project of the sheet holding `position`, in a document of several sheets each
    opening with its 事業名: the last project field before it."""
    names = [
        b.value.strip()
        for b in doc.of_kind("field")
        if b.start < position and b.value and field_of(b.label or "", exact=True) == "project"
    ]
    return names[-1] if names else None


# The endings of a sentence reporting what happened (past, or going on): an entry graded is
# named by a noun phrase or a promise (「…の推進」, 「…を整備します」), never so.
# (「…改善が必要である」: a grade's meaning in a legend, no entry either)
_RESULT_ENDINGS = ("た", "ている", "ていない", "でいる", "とどまる", "とどまっている", "である")


def _add_once(
    facts: DocumentFacts,
    name: str,
    year: int,
    grade: str,
    evidence: dict[str, Span],
    *,
    stage: bool = False,
) -> None:
    name = without_unit_bracket(name)  # 「…の振興 〔架空課〕」: the unit in charge, no part of it
    key = nfkc_key(name)
    if key.endswith(_RESULT_ENDINGS) or "。" in key or field_of(name, exact=True) is not None:
        return  # 「…が目標を上回った」, a sentence, a label (課題, 今後の方向性): no entry graded
    if any(
        nfkc_key(e.initiative) == key and e.fiscal_year == year and (not stage or e.grade == grade)
        for e in facts.evaluations
    ):
        return
    facts.evaluations.append(Evaluation(name, year, grade, evidence=evidence))


def _stage_labels() -> tuple[str, ...]:
    """The labels of one stage of a review (一次評価, 二次評価 …; `mkf:stageMark` in
    ontology/fields.ttl)."""
    return marked_words("stageMark")


def _is_stage(label: str) -> bool:
    """「二次評価(行政評価委員会)」: a label naming one stage of a review."""
    return label_key(re.sub(r"[(（][^()（）]*[)）]$", "", label.strip())) in _stage_labels()


def _attribute(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「・交流拠点の整備（評価：A）」."""
    name, values = attributes(block.text)
    grade = grade_of(values.get("evaluation"))
    year = facts.fiscal_year
    if grade and year is not None:
        add_evaluation(facts, name, year, grade, {"": doc.block_span(block)})


_ITEM_GRADE = re.compile(r"^(?P<label>[^:：\s]{1,16})\s*[:：]\s*(?P<value>\S.*)$")
# 「地域自治の推進(2-1-1)」: the code of the policy an entry is, in brackets after its name
_CODE_AFTER = re.compile(r"\s*[(（](?P<code>[^()（）]{1,16})[)）]\s*$")


# 「担当：X課　／　令和7年度の評価：B」: labelled parts of one item, apart by a slash
_SLASHED = re.compile(r"\s*[／]\s*|\s+/\s+")


def _nested_grade(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """An item 「令和5年度評価：B（おおむね順調）」 nested under an item naming an entry (a
    sub-list of the entry): the grade of that entry, for the year its label names. The entry
    is an initiative or project the document states, or a coded policy (its code may follow
    its name in brackets). An item of labelled parts apart by slashes (「担当：… ／ 評価：B」)
    is read part by part; 「B（令和6年度：C）」 also grades the year its bracket names."""
    parts = _SLASHED.split(block.text.strip())
    if len(parts) > 1 and not all(_ITEM_GRADE.match(p) for p in parts):
        return
    for part in parts:
        found = _ITEM_GRADE.match(part)
        if found is None or field_of(found.group("label")) != "evaluation":
            continue
        grade = grade_of(found.group("value"))
        if grade is None:
            continue
        _nested_part_grade(doc, facts, block, found.group("label"), grade)
        dated = _BESIDE.search(found.group("value"))  # 「B（令和6年度：C）」
        if dated and (earlier := grade_of(dated.group("grade"))) and parse_fiscal_year(
            dated.group("label"), context=facts.fiscal_year
        ):
            _nested_part_grade(doc, facts, block, dated.group("label"), earlier)


def _nested_part_grade(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, label: str, grade: str
) -> None:
    if block.level < 1:
        _listed_under_coded_heading(doc, facts, block, label, grade)
        return
    above = reversed(doc.blocks[: block.index])
    parent = next((b for b in above if b.kind != "item" or b.level < block.level), None)
    if parent is None or parent.kind != "item":
        return
    name = parent.text.strip()
    coded = _CODE_AFTER.search(name)
    if coded is not None and code_of(coded.group("code")) is not None:
        name = name[: coded.start()]
    year = _year(facts, label)
    if year is not None:
        add_evaluation(facts, name, year, grade, {"": doc.block_span(block)}, policy=True)


def _listed_under_coded_heading(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, label: str, grade: str
) -> None:
    """「1-1 砂浜の清掃」 (a coded heading, an HTML <dt>) over a list 「・達成度：A」
    「・所管：…」: the grade in the list right under the heading is its entry's. Only a coded
    entry the document states with the heading's words (`_coded_heading`)."""
    heading = _coded_heading(doc, facts, block)
    if heading is None:
        return
    if any(b.kind != "item" for b in doc.blocks[heading.index + 1 : block.index]):
        return  # text between: the list is no longer the heading's own
    year = _year(facts, label)
    if year is not None:
        add_evaluation(facts, heading.text.strip(), year, grade, {"": doc.block_span(block)},
                       policy=True)  # fmt: skip


def _field(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """【評価】A after 【取組】X; each evaluation field packed onto the line is read."""
    for label, value in _packed_fields(block.label or "", block.value or ""):
        _graded_field(doc, facts, block, label, value)


# 「 前年度評価：A」 run onto a field's value after a space: a field of its own
_RUN_ON_LABEL = re.compile(r"\s+(?P<label>[^\s:：]{2,20})[:：]\s*")


def _packed_fields(label: str, value: str) -> list[tuple[str, str]]:
    """「評価：B（概ね順調）　前年度評価：A」, 「主担当：X課　前年度の自己評価：B」: a second field
    printed on the line of a field's value, when its label is an evaluation's (no criterion
    weighed) and the value before it is plain (no pairs of its own: 有効性:B 総合評価:B)."""
    for found in _RUN_ON_LABEL.finditer(value):
        head = value[: found.start()]
        if ":" in head or "：" in head:
            break
        run_on = found.group("label")
        if field_of(run_on) == "evaluation" and not _is_criterion(run_on):
            return [(label, head.strip()), (run_on, value[found.end() :].strip())]
    return [(label, value)]


# 「R7：A」: a year, a colon, its grade (a bracket of an earlier year's may follow)
_DATED_GRADE = re.compile(
    r"^(?P<year>[^:：\s]{1,8})(?:[:：]\s*|\s+)(?P<grade>[^\s()（）]{1,2})(?=$|[\s(（])"
)  # (「令和6年度 B（令和5年度 B）」: the year and its grade set apart by a space)


def _graded_field(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, label: str, value: str
) -> None:
    """The grade of one evaluation field (`label`, `value`) printed in `block`."""
    if field_of(label) != "evaluation":
        return
    # 「【評価】 A 【評価の理由】…」: the next field run onto the line is no part of the grade
    head = re.split(r"\s*【", value, maxsplit=1)[0].strip()
    grade = _year_end_grade(head) or grade_of(value) or grade_of(head)
    grade = grade or (head if head in grade_words() else None)
    grade = grade or scale_grade(head)  # 「達成度 4/5」: the score on its scale
    if not grade and not _is_criterion(label):
        grade = leading_grade(head)  # 「評価：B 順調に伸びた。」: the grade, then its comment
    if not grade and (overall := _overall_pair(head)) is not None:
        grade = overall.group("grade")  # 【評価】有効性:B 効率性:C 総合評価:B: the overall one
    printed = label
    if not grade and (dated := _DATED_GRADE.match(head)) is not None and (
        _year_alone(dated.group("year"), facts.fiscal_year) is not None
    ) and (
        # (set apart by a space, the year's grade before an earlier one's bracket only: a
        # run of years' grades 「令和６年度 Ａ　令和７年度 Ａ」 is read as a series)
        head[dated.end("year")] in ":：" or head[dated.end("grade") :].lstrip()[:1] in "(（"
    ):  # 「【評価】R7：A（R6：B）」: the year's grade, the year before's in brackets
        grade = grade_of(dated.group("grade"))
        label = f"{dated.group('year')}{label}"  # 「R7評価」: the label, dated
        value = head[dated.end("grade") :]
    if grade:
        # (the label as printed names the level: 「施策評価」, dated or not)
        level = _policy_label_of(doc, block, label) or _policy_label_of(doc, block, printed)
        policy = _sheet_policy(doc, facts, block.start) if level is not None else None
        year = _year(facts, label)
        entry: str | None = None
        if policy is not None and year is not None:  # 「施策の総合評価：B」 grades the sheet's 施策
            add_evaluation(facts, policy, year, grade, {"": doc.block_span(block)}, policy=True)
            entry = policy  # (and its bracketed earlier grade: 「B（令和5年度 B）」)
        elif level is not None:  # the entry printed with its level's word and code
            entry = _level_entry(doc, facts, block, level)
            if entry is not None and year is not None:
                _add_once(facts, entry, year, grade, {"": doc.block_span(block)})
        else:
            entry = _grade_for_last(doc, facts, block, label, grade)
        _previous_grade(doc, facts, block, label, value, entry)


@cache
def _review_point_pattern() -> re.Pattern[str]:
    """「中間 … 年度末 …」: the points of a review held twice a year (`mkf:interimMark`,
    `mkf:yearEndMark` in ontology/fields.ttl)."""
    ends = "|".join(map(re.escape, marked_words("yearEndMark")))
    interims = "|".join(map(re.escape, marked_words("interimMark")))
    return re.compile(rf"^(?:{interims})\s*(?P<interim>\S.*?)\s+(?:{ends})\s*(?P<end>\S.*)$")


def _year_end_grade(value: str) -> str | None:
    """「中間　○（概ね計画どおり）　年度末　◎（計画以上）」: graded at two points of the year,
    the year-end's grade is the year's."""
    found = _review_point_pattern().match(value)
    if found is None or grade_of(found.group("interim")) is None:
        return None
    return grade_of(found.group("end"))


def _policy_label_of(doc: StructuredDocument, block: Block, label: str) -> str | None:
    """The evaluation label naming the policy level a field grades: its own (「施策評価：C」),
    or the section title it closes (「5 施策の総合評価」 over 「評価 B」)."""
    if _names_policy(label):
        return label
    above = doc.blocks[block.index - 1] if block.index > 0 else None
    if above is None or above.kind not in ("heading", "item") or not label:
        return None
    if field_of(_without_previous_cue(label), exact=True) != "evaluation":
        return None
    title = above.text.strip()
    if field_of(title) == "evaluation" and _names_policy(title):
        return title
    return None


def _without_previous_cue(label: str) -> str:
    """「前年度評価」 → 「評価」: the label without the cue that dates it a year back."""
    key = label_key(label)
    for cue in _previous_cues():
        if key.startswith(cue) and len(key) > len(cue):
            return key[len(cue) :]
    return label


def _level_word(label: str) -> str:
    """「施策評価」, 「施策の総合評価」 → 施策: the level an evaluation label names."""
    return re.split(r"の|評価", label, maxsplit=1)[0]


def _level_entry(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, label: str
) -> str | None:
    """The entry a level's evaluation grades: the nearest heading above printed with that
    level's word (「施策1-1 海辺の環境保全」 over its 取組 and 「施策評価：C」), or the one
    code that level's word prints in the sheet's header (「基本目標 3 … 施策 3-4 灯台の保存」)."""
    word = nfkc_key(_level_word(label))
    for heading in doc.headings_above(block):
        if heading.prefix is None or nfkc_key(heading.prefix) != word:
            continue
        text = nfkc_key(heading.text)
        named = [i.name for i in facts.initiatives if i.name and text.startswith(nfkc_key(i.name))]
        if named:
            return max(named, key=len)
        name = _CODE_AFTER.sub("", heading.text.strip())
        bare, attributes = split_attributes(name)  # 「…の振興〔担当：X課〕」: no part of it
        return (bare.strip() if attributes and bare.strip() else name) or None
    return _header_entry(doc, _level_word(label)) or _coded_heading_above(doc, facts, block, word)


def _coded_heading_above(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, word: str
) -> str | None:
    """「（１）架空の振興〔担当：X課〕」 over its 取組, KPI and 「＜施策の評価＞ B」: the nearest
    heading above that opens with the name of a coded policy of the page, its level printed
    with no word of its own (「基本目標１」 above names another level than the 施策 graded)."""
    labels = sorted((c.label for c in facts.policy_codes if c.label), key=len, reverse=True)
    for heading in doc.headings_above(block):
        if heading.prefix is not None and nfkc_key(heading.prefix) != word:
            continue
        text = nfkc_key(heading.text)
        for name in labels:
            if text.startswith(nfkc_key(name)):
                return name
    return None


_LEADER = re.compile(r"[…‥.．·]{3,}")


def _header_entry(doc: StructuredDocument, word: str) -> str | None:
    """「施策 3-4 灯台の保存」 printed in a sheet's header line (not in its contents, whose
    lines run to a page number by dots): the entry of the one code so printed."""
    printed = re.compile(re.escape(word) + r"\s*(?P<code>[^\s]{1,12})\s+(?P<name>[^\s(（]{2,40})")
    found: dict[str, str] = {}
    for block in doc.blocks:
        if block.kind == "table" or word not in block.text or _LEADER.search(block.text):
            continue
        for match in printed.finditer(block.text):
            code = code_of(match.group("code"))
            if code is not None:
                found.setdefault(code.normalized, match.group("name"))
    return next(iter(found.values())) if len(found) == 1 else None


def _names_policy(label: str) -> bool:
    """「施策の総合評価」, 「政策評価」: an evaluation label naming the policy level it grades."""
    head = re.split(r"の|評価", label, maxsplit=1)[0]
    return bool(head) and field_of(head, exact=True) == "policy"


def _sheet_policy(
    doc: StructuredDocument, facts: DocumentFacts, before: int | None = None
) -> str | None:
    """The policy a sheet is about: the coded policy its 施策名 field names. In a document
    of several sheets (`before`: where the grade is printed), the sheet holding the grade is
    the one whose 施策名 field comes last before it."""
    found: list[str] = []
    for block in doc.blocks:
        if before is not None and block.start >= before:
            break
        if block.kind != "field" or field_of(block.label or "", exact=True) != "policy":
            continue
        value = nfkc_key(block.value or "")
        for code in facts.policy_codes:
            if code.label and nfkc_key(code.label) in value:
                found.append(code.label)
                break
        if found and before is None:
            return found[0]
    return found[-1] if found else None


def _previous_grade(
    doc: StructuredDocument,
    facts: DocumentFacts,
    block: Block,
    label: str,
    value: str,
    entry: str | None = None,
) -> None:
    """「評価 A（前年度評価：B）」「B（令和5年度評価 A）」: the grade in brackets is an earlier
    year's of the same entry (`entry`, else the initiative stated last)."""
    add = partial(_add_once, facts) if entry is not None else partial(
        add_evaluation, facts
    )  # an entry of the caller's is graded as the caller graded it
    if entry is None:
        initiative = _last_before(facts, block.start)
        entry = initiative.name if initiative is not None else None
    year = _year(facts, label)
    if entry is None or year is None:
        return
    previous = _previous_cues()
    for found in [*_BESIDE.finditer(value), *_BESIDE_SPACED.finditer(value)]:
        beside = found.group("label").strip()
        grade = grade_of(found.group("grade").strip())
        if not grade or (field_of(beside) != "evaluation" and _year_alone(beside, year) is None):
            continue  # (「A（R6：B）」: a year alone in the brackets dates its grade too)
        dated = parse_fiscal_year(beside, context=year)
        if beside.startswith(previous):
            add(entry, year - 1, grade, {"": doc.block_span(block)})
        elif dated is not None and dated < year:
            add(entry, dated, grade, {"": doc.block_span(block)})


def _labelled(doc: StructuredDocument, facts: DocumentFacts, heading: Block) -> None:
    """「進捗評価」 on one line, 「○(予定どおり)」 on the next."""
    if label_field(heading.text) != "evaluation":
        return
    following = doc.blocks[heading.index + 1] if heading.index + 1 < len(doc.blocks) else None
    if following is None or following.kind == "table":
        return
    grade = grade_of(line_of(doc, following))
    if grade:
        _grade_for_last(doc, facts, following, heading.text, grade)


def _stated(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「交流拠点の整備」の評価はAでした."""
    line = line_of(doc, block)
    for found in _STATED.finditer(line):
        if field_of(found.group("label")) != "evaluation":
            continue
        grade = grade_of(found.group("grade"))
        year = _year(facts, found.group("label"))
        if grade and year is not None:
            start = block.start + found.start()
            add_evaluation(facts, found.group("name"), year, grade,
                           {"": doc.span(start, block.start + found.end())})  # fmt: skip


def _form_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A form's yearly review (「年度評価 | … | 令和2年度 | | 令和3年度」, then rows with a grade
    beside each year's comment) grades the entry the form named last. A review without a
    single year per column (中間評価, 令和4年度以降) grades no year."""
    entry: str | None = None
    for block in doc.of_kind("table"):
        if block.table is None:
            continue
        entries = {e.row: e.name for e in form_entries(doc, block.table)}
        years: dict[int, int] = {}
        width = 0
        for index, row in enumerate(all_rows(block.table)):
            entry = entries.get(index, entry)
            first = row[0].text if row else ""
            if first and years and len(row) < width and field_of(first, exact=True) is None:
                row = [Cell("", row[0].start, row[0].start)] * (width - len(row)) + row
                first = ""  # the review's label cell spans this row (an HTML rowspan)
            if first:
                years = _review_years(row) if field_of(first) == "evaluation" else {}
                width = len(row)
                if entry is not None and years:  # 「進捗評価 | 令和6年度 | A | 令和7年度 | S」
                    _same_row_grades(doc, facts, entry, row, years)
                continue
            if entry is None or not years:
                continue
            columns = sorted(years)
            for position, column in enumerate(columns):
                stop = columns[position + 1] if position + 1 < len(columns) else len(row)
                cells = row[column:stop]
                grade = next((g for c in cells if (g := grade_of(c.text))), None) or next(
                    (g for c in cells if (g := trailing_grade(c.text))), None
                )
                if grade:
                    add_evaluation(facts, entry, years[column], grade,
                                   {"": doc.span(row[0].start, row[-1].end)})  # fmt: skip


def _same_row_grades(
    doc: StructuredDocument, facts: DocumentFacts, entry: str, row: list[Cell],
    years: dict[int, int],
) -> None:
    """A review row that prints each year and its grade side by side: the cell right after a
    year holds that year's grade."""
    for column, year in years.items():
        if column + 1 < len(row) and (grade := grade_of(row[column + 1].text)):
            add_evaluation(facts, entry, year, grade,
                           {"": doc.span(row[0].start, row[-1].end)})  # fmt: skip


def _review_years(row: list[Cell]) -> dict[int, int]:
    """Column → fiscal year, for the columns of a review row headed by one year each."""
    years: dict[int, int] = {}
    for column, cell in enumerate(row):
        if is_year_label(cell.text) and (year := parse_fiscal_year(cell.text)):
            years[column] = year
    return years


def _schedule_words() -> tuple[str, ...]:
    """Words of a caption over a plan's schedule (スケジュール, 工程表 …; `mkf:scheduleMark` in
    ontology/fields.ttl)."""
    return marked_words("scheduleMark")


def _scheduled(doc: StructuredDocument, block: Block) -> bool:
    """The table is a schedule (「年次スケジュール（○：実施）」 over it): its marks plan each
    year's work, no grades."""
    heading = next(doc.headings_above(block), None)
    caption = doc.folded[: block.start].rstrip().rsplit("\n", 1)[-1]
    texts = [label_key(t) for t in (heading.text if heading else "", caption) if t]
    return any(word in text for text in texts for word in _schedule_words())


def _year_header_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A line of years (「平成30年度 令和元年度 令和2年度」) over a table, or a table headed by
    its years ( | 令和3年度 | 令和4年度), whose 評価 row puts one grade under each year, left to
    right: grades of the initiative stated last."""
    for block in doc.of_kind("table"):
        if block.table is None or _scheduled(doc, block):
            continue
        years = _header_years(block.table.header) or _years_above(doc, block)
        if len(years) < 2:
            continue
        initiative = _last_before(facts, block.start)
        if initiative is None:
            continue
        for row in all_rows(block.table):
            if not row or field_of(row[0].text, exact=True) != "evaluation":
                continue
            for year, cell in zip(years, row[1:], strict=False):
                if grade := grade_of(cell.text):
                    add_evaluation(facts, initiative.name, year, grade,
                                   {"": doc.span(row[0].start, row[-1].end)})  # fmt: skip


def _year_row_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """年度 | 評価 with a row per year (令和2年度 | A): the grades, each of its row's year, of
    the initiative stated last before the table."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        year_column = table.column(lambda label: field_of(label, exact=True) == "fiscalYear")
        # (a grade column dated in its label, 「施策評価（令和6年度）」, is that year's whatever
        # the row's year column says: a long table's rows repeat it beside each year's value)
        grade_column = table.column(
            lambda label: field_of(label) == "evaluation" and not year_mentions(label)
        )
        initiative = _last_before(facts, block.start)
        # 「1-1 名称」 over the table (a coded entry the page files as a policy): that entry
        coded = next((h for h in doc.headings_above(block) if h.number), None)
        policy = coded is not None and _policy_label(facts, coded.text) is not None and (
            initiative is None or initiative.evidence[""].start < coded.start
        )
        name = coded.text if policy and coded is not None else (
            initiative.name if initiative is not None else None
        )
        if year_column is None or grade_column is None or name is None:
            continue
        for row in table.rows:
            if max(year_column, grade_column) >= len(row):
                continue
            year = parse_fiscal_year(row[year_column].text, context=facts.fiscal_year)
            grade = grade_of(row[grade_column].text)
            if year and grade and is_year_label(row[year_column].text):
                add_evaluation(facts, name, year, grade,
                               {"": doc.span(row[0].start, row[-1].end)},
                               policy=policy)  # fmt: skip


def _dated_columns(block: Block, facts: DocumentFacts) -> dict[int, int]:
    """Column → year, for a table's evaluation columns headed with a year each (R5評価)."""
    if block.table is None:
        return {}
    table = block.table
    dated = {
        index: year
        for index, label in enumerate(table.header)
        if field_of(label) == "evaluation"
        and (year := parse_fiscal_year(label, context=facts.fiscal_year))
    }
    for index, year in list(dated.items()):
        # 「評価（R6） | 前年度（R5）」: the column beside a grade's, labelled the year before
        # alone, grades that year
        after = index + 1
        if after < len(table.header) and after not in dated and _dated_back(table.header[after]):
            cells = [r[after].text for r in table.rows if after < len(r) and r[after].text.strip()]
            if cells and all(grade_of(c) for c in cells):
                label = table.header[after]
                dated[after] = parse_fiscal_year(label, context=facts.fiscal_year) or year - 1
    return dated


def _dated_grade_columns(
    doc: StructuredDocument, facts: DocumentFacts, graded_policies: dict[int, int]
) -> None:
    """取組 | 令和2年度 評価 | 令和3年度 評価 (or 番号 | 取組項目 | R4評価 | R5評価): each dated
    evaluation column grades, for its year, the initiative (or project) its row names, one
    the document states, in whichever of the row's other cells prints it."""
    previous_end = 0
    for block in doc.of_kind("table"):
        table = block.table
        columns = _dated_columns(block, facts)
        after, previous_end = previous_end, block.end
        if table is None or not columns:
            continue
        fields = [field_of(label) for label in table.header]
        if (level := _level_name_column(table, fields, next(iter(columns)))) is not None:
            # 施策名 | … | 施策評価R6 | 施策評価R5: the 施策's, read by `_word_grades`; a column
            # labelled the year before alone (「前年度」) beside them is read here
            for row in table.rows:
                label = _after_code(row[level].text) if level < len(row) else ""
                for index, year in columns.items():
                    if fields[index] == "evaluation" or index >= len(row) or not label:
                        continue
                    if grade := grade_of(row[index].text):
                        add_evaluation(facts, label, year, grade,
                                       {"": doc.span(row[0].start, row[-1].end)},
                                       policy=True)  # fmt: skip
            continue
        entry = table.column(lambda label: field_of(label, exact=True) in _ENTRY_FIELDS)
        if entry is None and _grades_by_code(doc, facts, table, columns):
            continue
        if entry is None and _grades_entry_above(doc, facts, block, columns, after):
            continue
        if (left := graded_policies.get(block.index)) is not None:
            for row in table.rows:  # 「施策 | 評価(R6) | 評価(R5) | 主な取組」: the 施策 graded
                cell = row[left].text.strip() if left < len(row) else ""
                # 「1-(1) 名称」, or the name alone beside its code's own column
                label = _after_code(cell) or (cell if find_leading_code(cell) is None else "")
                for index, year in columns.items():
                    if label and index < len(row) and (grade := grade_of(row[index].text)):
                        add_evaluation(facts, label, year, grade,
                                       {"": doc.span(row[0].start, row[-1].end)},
                                       policy=True)  # fmt: skip
            continue
        finest = _finest_entry_column(table)
        for row in table.rows:
            named = (c.text for i, c in enumerate(row) if i not in columns and c.text.strip())
            name = next((text for text in named if _initiative(facts, text)), None)
            if finest is not None:  # 施策名 | 事務事業名 | R5評価: the 事業 is graded, not its 施策
                cell = row[finest].text if finest < len(row) else ""
                name = cell if _initiative(facts, cell) else None
            printed = row[entry].text.strip() if entry is not None and entry < len(row) else ""
            coded = any(_plan_code(c.text) for i, c in enumerate(row) if i not in columns)
            if name is None and coded and _names_entry(printed):
                # 取組番号 | 取組項目 | … | R4評価: the row's coded entry, named under its header
                name = printed
            if name is None:
                continue
            for index, year in columns.items():
                grade = grade_of(row[index].text) if index < len(row) else None
                if grade and name != printed:
                    add_evaluation(facts, name, year, grade,
                                   {"": doc.span(row[0].start, row[-1].end)})  # fmt: skip
                elif grade:
                    _add_once(facts, name, year, grade, {"": doc.span(row[0].start, row[-1].end)})


def _graded_policy_columns(doc: StructuredDocument, facts: DocumentFacts) -> dict[int, int]:
    """Table block index → its column of coded policies graded by the dated columns after it
    (`_coded_policies_left_of`), read once for the readers that must leave those tables' other
    columns alone."""
    found = {}
    for block in doc.of_kind("table"):
        if block.table is None:
            continue
        column = _coded_policies_left_of(facts, block.table, _dated_columns(block, facts))
        if column is not None:
            found[block.index] = column
    return found


def _coded_policies_left_of(
    facts: DocumentFacts, table: Table, columns: dict[int, int]
) -> int | None:
    """The column right before a table's dated grade columns when each of its cells prints a
    policy of the page with its code (「2-(2) 名称」): those grades are the policies' (the
    initiatives listed after the grades say what was done for them)."""
    if not columns:
        return None
    column = min(columns) - 1
    while column > 0 and field_of(table.header[column], exact=True) == "division":
        column -= 1  # 「施策 | 担当課 | 評価」: the unit in charge stands between
    cells = [r[column].text.strip() for r in table.rows if 0 <= column < len(r)]
    filled = [c for c in cells if c]
    if column < 0 or len(filled) < 2 or len(set(filled)) < len(filled):
        return None  # (a broader level printed again on each of its rows groups them)
    if all((label := _after_code(c)) and _policy_label(facts, label) for c in filled):
        return column
    return None


def _finest_entry_column(table: Table) -> int | None:
    """The project column of a table that also prints a coarser entry's column (施策名 |
    事務事業名 | R5評価): a row naming a 施策 and a 事業 is the 事業's row, the 施策 groups
    it."""
    fields = [field_of(label, exact=True) for label in table.header]
    projects = [k for k, f in enumerate(fields) if f == "project"]
    coarser = [k for k, f in enumerate(fields) if f in ("policy", "initiative")]
    return projects[0] if len(projects) == 1 and coarser else None


def _grades_by_code(
    doc: StructuredDocument, facts: DocumentFacts, table: Table, columns: dict[int, int]
) -> bool:
    """番号 | R4評価 | R5評価 | 取組内容: rows keyed by a plan's code alone, the entries named
    where the document states its codes (a 体系 list or a table above): each dated column
    grades, for its year, the entry its row's code names. True when two or more rows'
    codes name stated entries and the table was so read."""
    labels = {c.normalized: c.label for c in facts.policy_codes if c.label}
    keyed: list[tuple[list[Cell], str]] = []
    for row in table.rows:
        codes = [
            code for i, c in enumerate(row)
            if i not in columns and _plan_code(c.text) and (code := code_of(c.text.strip()))
        ]  # fmt: skip
        if len(codes) == 1 and (label := labels.get(codes[0].normalized)) is not None:
            keyed.append((row, label))
    if len(keyed) < 2:
        return False
    for row, label in keyed:
        for index, year in columns.items():
            grade = grade_of(row[index].text) if index < len(row) else None
            if grade:
                add_evaluation(facts, label, year, grade,
                               {"": doc.span(row[0].start, row[-1].end)}, policy=True)  # fmt: skip
    return True


def _grades_entry_above(
    doc: StructuredDocument, facts: DocumentFacts, block: Block, columns: dict[int, int],
    after: int,
) -> bool:
    """指標 | R5実績 | R6目標 | R5評価 | R6評価 under an entry's own heading or field: rows of
    indicators, not entries, so each dated column's grade is that of the entry stated last
    between the previous table and this one (one grade per year: rows printing different
    grades for one year grade nothing). True when the table was so read."""
    table = block.table
    if table is None or any(_initiative(facts, c.text) for row in table.rows for c in row):
        return False
    initiative = _last_before(facts, block.start)
    if initiative is None or initiative.evidence[""].start < after:
        return False
    for index, year in columns.items():
        grades = {g for row in table.rows if index < len(row) and (g := grade_of(row[index].text))}
        if len(grades) == 1:
            add_evaluation(facts, initiative.name, year, grades.pop(),
                           {"": doc.block_span(block)})  # fmt: skip
    return True


# 「2-③ 港の清掃　◎」: an entry's line closed by a mark set apart by spaces
_MARKED = re.compile(r"^(?P<name>\S.*?\S)[ \u3000]+(?P<grade>\S)$")
# a legend line 「◎：実現済み」 (or 「・Ａ：達成」): a mark, a colon, what it means
# — each mark of a legend printed along one line counts (「A：順調　B：概ね順調　C：遅れ」,
# 「評価の区分　A：…」 after its label), not only the line's first
_LEGEND = re.compile(
    r"(?m)(?:^|(?<=[ \t\u3000(（、,，]))[•・\-*]*(?P<grade>[SABCDE◎○〇△×])[ \t\u3000]*[:：]"
    r"[ \t\u3000]*[^\s:：]"
)


def _legend_year(doc: StructuredDocument, context: int | None) -> int | None:
    """「取組の後ろの記号は令和7年度の振り返り（◎：上回った、○：…）です。」: the one fiscal
    year the line of a legend of two marks or more names, the year its marks grade."""
    for line in doc.folded.splitlines():
        if len(_LEGEND.findall(line)) < 2:
            continue
        years = {m.year for m in year_mentions(line, context=context) if m.kind == "fiscal"}
        if len(years) == 1:
            return years.pop()
    return None


def _marked_entries(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A list of entries each closed by its mark (「2-③ 港の清掃　◎」), in a document
    whose legend says what the marks mean (「◎：実現済み」, or a table row 「A | 達成」): each
    entry the document states is graded for the year its heading names, else the document's.
    Without the legend a mark after a name is no grade."""
    marked = []
    for block in doc.blocks:
        if block.kind not in ("item", "heading", "paragraph"):
            continue
        found = _MARKED.match(block.text.strip())
        if found is None or grade_of(found.group("grade")) != found.group("grade"):
            continue
        if _stated_entry(facts, _marked_name(found.group("name"))) or _in_graded_run(doc, block):
            marked.append((block, found))
    if not marked:
        return
    legend = {grade_of(m.group("grade")) for m in _LEGEND.finditer(doc.folded)}
    legend_year = _legend_year(doc, facts.fiscal_year)
    for block in doc.of_kind("table"):
        rows = all_rows(block.table) if block.table is not None else []
        legend.update(g for row in rows if len(row) >= 2 and (g := grade_of(row[0].text))
                      and g == fold_width(row[0].text).strip())  # fmt: skip
    evaluated = _evaluated_year(doc) or legend_year or facts.fiscal_year
    runs = {block.index for block, _ in marked}
    for block, found in marked:
        grade = found.group("grade")
        above = list(itertools.islice(doc.headings_above(block), _RUN_REACH))
        heading = next((h for h in above if _names_evaluation(h.text)), None) or next(
            iter(above), None
        )  # the section on evaluations, not a marked line the reader made a heading of
        said = year_mentions(heading.text) if heading else []
        years = {m.year for m in said if m.kind != "date"}
        # (the run's title a line of its own above it, no heading over it: 「令和7年度の取組
        # の振り返り」 a sibling of the marked lines)
        year = years.pop() if len(years) == 1 else (_run_title_year(doc, block, runs) or evaluated)
        if not years and heading is not None and facts.fiscal_year is not None and (
            label_key(heading.text).startswith(_previous_cues())
        ):  # 「前年度の取組の評価」: the year before the document's
            year = facts.fiscal_year - 1
        if grade in legend and year is not None:
            name = _marked_name(found.group("name"))
            if _stated_entry(facts, name):
                add_evaluation(facts, name, year, grade, {"": doc.block_span(block)}, policy=True)
            else:  # one of a run of marked lines under a heading about evaluations
                _add_once(facts, name, year, grade, {"": doc.block_span(block)})
            if block.kind == "heading":
                _previous_line_grade(doc, facts, block, name, year)


def _previous_cues() -> tuple[str, ...]:
    """The words that date a thing to the year before the document's (前年度, 昨年度)."""
    return cues_of("previousYear")


# 「前年度（令和3年度の取組）の評価：A」: a label, a colon, a grade alone
_COLON_GRADE = re.compile(r"^(?P<label>[^:：]{2,30})[:：][ \u3000]*(?P<grade>\S{1,2})$")


def _previous_line_grade(
    doc: StructuredDocument, facts: DocumentFacts, heading: Block, name: str, year: int
) -> None:
    """「前年度（令和3年度の取組）の評価：A」 right under a graded title line: the grade of the
    title's entry for the year the label names, else (「前年度評価」) the year before."""
    previous = _previous_cues()
    for block in doc.blocks[heading.index + 1 : heading.index + 1 + _PREVIOUS_LOOK]:
        if block.parent != heading.index or block.kind == "table":
            continue
        found = _COLON_GRADE.match(block.text.strip())
        grade = grade_of(found.group("grade")) if found else None
        if found is None or grade != found.group("grade"):
            continue
        label = found.group("label")
        if field_of(label) != "evaluation" or not label_key(label).startswith(previous):
            continue
        years = {m.year for m in year_mentions(label) if m.kind == "fiscal"}
        earlier = years.pop() if len(years) == 1 else year - 1
        if earlier < year:
            add_evaluation(facts, name, earlier, grade, {"": doc.block_span(block)}, policy=True)
            return


_PREVIOUS_LOOK = 4  # the lines of a title's own fields (主管, 前年度評価 …)


_LEADER_END = re.compile(r"[\s…‥・.．]+$")
_LABEL_END = re.compile(r"^(?P<name>.*?\S)[\s:：]+(?P<label>[^\s:：]{1,8})$")


def _marked_name(text: str) -> str:
    """The entry a marked line names, without the leader before its mark (「X ……　B」) or
    an evaluation label printed between them (「X　　自己評価 A」, 「X：達成度 B」)."""
    name = _LEADER_END.sub("", text)
    found = _LABEL_END.match(name)
    if found is not None and field_of(found.group("label")) == "evaluation":
        name = _LEADER_END.sub("", found.group("name"))
    return name


def _stated_entry(facts: DocumentFacts, name: str) -> bool:
    """Whether the document states an initiative, project or coded policy of that name: a
    graded title line (「施策4-1 森の保全 B」) grades the policy it names."""
    return _initiative(facts, name) is not None or _policy_label(facts, name) is not None


_RUN_MIN = 2  # a lone marked line may be a name that ends in a letter; a run is a list


def _in_graded_run(doc: StructuredDocument, block: Block) -> bool:
    """Whether `block` is one of two or more lines, each a name closed by a mark set apart
    by spaces, under a heading (its own or the one above) that names an evaluation
    (「令和5年度の約束の達成状況」 over 「森の小道の再生　　○」): the page lists
    graded entries it states nowhere else."""
    for heading in itertools.islice(doc.headings_above(block), _RUN_REACH):
        if _names_evaluation(heading.text):
            marked = [b for b in doc.under(heading) if b.kind in ("item", "heading", "paragraph")
                      and (found := _MARKED.match(b.text.strip())) is not None
                      and grade_of(found.group("grade")) == found.group("grade")]  # fmt: skip
            return len(marked) >= _RUN_MIN
    return False


_RUN_REACH = 2  # the section's heading, or the one above when the reader nested a line


def _names_evaluation(text: str) -> bool:
    """A heading whose words end in an evaluation label (「…の達成状況」, 「施策評価結果」);
    a marked line the reader made a heading of (「名称　自己評価 A」) is none."""
    if (found := _MARKED.match(text.strip())) is not None and grade_of(
        found.group("grade")
    ) == found.group("grade"):
        return False
    words = [w for w in re.split(r"[\s(（)）の]+", text) if w]
    return any(field_of(w) == "evaluation" for w in words[-2:])


def _header_line_grades(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """A table PDF text set out with single spaces: a line of labels, the entry's first and
    an evaluation label after it (「施策 評価 理由」), then a line per row (「3-2 ○○の
    推進 B 理由…」): the words before the row's first grade alone name the entry, graded for
    the year the heading above names (else the document's). Only entries the document
    states are graded; the rows end at the first line that is no such row."""
    for block in doc.blocks:
        if block.kind == "table" or not _grade_header_line(block.text):
            continue
        for following in doc.blocks[block.index + 1 :]:
            named = _graded_words(facts, following.text)
            if following.kind == "table" or named is None:
                break
            name, grade = named
            year = _section_year(doc, {"": doc.block_span(block)})
            if year is None:
                heading = next(doc.headings_above(block), None)
                years = {m.year for m in year_mentions(heading.text) if m.kind != "date"} \
                    if heading else set()  # fmt: skip
                year = years.pop() if len(years) == 1 else facts.fiscal_year
            if year is not None:
                add_evaluation(facts, name, year, grade, {"": doc.block_span(following)},
                               policy=True)  # fmt: skip


_ENTRY_LABELS = ("initiative", "project", "policy")
_HEADER_LINE_MAX = 60


def _grade_header_line(text: str) -> bool:
    """「施策 評価 理由」, 「取組名 評価 備考」: labels only, an entry's first, then an
    evaluation label alone."""
    if len(text) > _HEADER_LINE_MAX:
        return False  # a sentence, no line of labels (and no need to split it)
    words = text.split()
    return (
        2 <= len(words) <= 8
        and field_of(words[0], exact=True) in _ENTRY_LABELS
        and all(field_of(w) is not None for w in words)
        and any(field_of(w, exact=True) == "evaluation" for w in words[1:])
    )


def _graded_words(facts: DocumentFacts, text: str) -> tuple[str, str] | None:
    """「海辺の清掃の推進 B 理由…」: the entry named before the first grade alone, when the
    document states that entry; else None."""
    words = text.split()
    at = next((k for k, w in enumerate(words) if k and grade_of(w) == w), None)
    if at is None:
        return None
    name = " ".join(words[:at])
    if _entry_named(facts, name) is None and _entry_named(facts, "".join(words[:at])) is None:
        return None
    return name, words[at]


def _plan_code(text: str) -> bool:
    """「1-(1)-①」, 「Ⅱ-3」: a code of a plan's levels, not a row's number or a figure."""
    code = code_of(text.strip())
    return code is not None and len(code.parts) >= 2


# the headers of a column naming a table's entries (取組項目, 事業名, 施策名)
_ENTRY_FIELDS = ("initiative", "project", "policy")


def _names_entry(text: str) -> bool:
    """A cell naming an entry: words, not a figure, a code or a grade alone."""
    folded = fold_width(text).strip()
    return (
        len(folded) >= 3
        and not re.fullmatch(r"[\d,.\s%％()（）\-－]+", folded)
        and code_of(folded) is None
        and grade_of(folded) != folded
    )


def _header_years(header: list[str]) -> list[int]:
    """The years of a table whose columns after the first are headed by a year each."""
    years = [parse_fiscal_year(label) for label in header[1:] if is_year_label(label)]
    if len(years) != len(header) - 1 or any(year is None for year in years):
        return []
    return [year for year in years if year is not None]


def _years_above(doc: StructuredDocument, block: Block) -> list[int]:
    """The years of a line of years alone printed just above a table."""
    above = doc.blocks[block.index - 1] if block.index > 0 else None
    if above is None or above.kind == "table":
        return []
    mentions = year_mentions(above.text)
    if not mentions or mentions[0].start > 0:
        return []
    return [m.year for m in mentions]


def _yearly_grades(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「評価 平成30年度 ○ 令和元年度 △」: an evaluation label, then each year with its grade,
    for the entry of the coded heading it sits under, else the initiative stated last."""
    mentions = year_mentions(block.text)
    if len(mentions) < 2 or not _evaluation_label(block.text[: mentions[0].start]):
        return
    coded = next((h for h in doc.headings_above(block) if h.number), None)
    name = coded.text.strip() if coded is not None else None
    last = _last_before(facts, block.start)
    if last is not None and (coded is None or last.evidence[""].start >= coded.start):
        name = last.name  # an entry stated under the heading, nearer the grades
    elif name is None or (_initiative(facts, name) is None and _policy_label(facts, name) is None):
        return  # (「施策1-1 名称」 over 「施策の評価 令和5年度 B → 令和6年度 A」: its 施策's)
    for index, mention in enumerate(mentions):
        stop = mentions[index + 1].start if index + 1 < len(mentions) else len(block.text)
        if grade := grade_of(block.text[mention.end : stop].strip(" →⇒>")):
            add_evaluation(facts, name, mention.year, grade, {"": doc.block_span(block)},
                           policy=True)  # fmt: skip


def _evaluation_label(text: str) -> bool:
    """「評価」, or a short label ending in it (「施策の評価」)."""
    key = label_key(text)
    return field_of(text, exact=True) == "evaluation" or (
        0 < len(key) <= _SHORT_LABEL and key.endswith("評価") and field_of(text) == "evaluation"
    )


_SHORT_LABEL = 10


def _year_alone(label: str, context: int | None) -> int | None:
    """「2022年度」, 「R3」: a label that is one fiscal year and nothing else — or the year of
    the work its column grades (「令和4年度の取組」: the year, の, an initiative's label)."""
    mentions = [m for m in year_mentions(label, context=context) if m.kind != "date"]
    if len(mentions) != 1:
        return None
    rest = (label[: mentions[0].start] + label[mentions[0].end :]).strip(" 年度")
    if rest.startswith("の") and field_of(rest[1:].strip(), exact=True) == "initiative":
        return mentions[0].year
    return mentions[0].year if not rest else None


def _year_grade_columns(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """No. | 取組項目 | 2022年度 | 2023年度 | 2024年度 (or 施策名 | R3 | R4 | R5), every cell under
    the years a grade or blank: each row's entry, one the document names, graded for each
    year. Columns of years holding figures or words are a plan's values, no grades."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or _scheduled(doc, block):
            continue
        years = {
            index: year
            for index, label in enumerate(table.header)
            if (year := _year_alone(_LEADING_TAG.sub("", label), facts.fiscal_year)) is not None
        }  # (「（参考）令和5年度」: the year, tagged as given for reference)
        if len(years) < 2:
            continue
        cells = [row[i].text for row in table.rows for i in years if i < len(row)]
        printed = [text for text in cells if fold_width(text).strip(" -")]  # 「―」: not graded
        if not printed or any(_cell_grade(text) is None for text in printed):
            continue
        subject = _last_before(facts, block.start) if len(table.rows) == 1 else None
        for row in table.rows:
            named = [c.text for i, c in enumerate(row) if i not in years]
            name = next((text for text in named if _initiative(facts, text)), None)
            # 「1-(1) 名称 | B | A」: a coded policy of the page, graded as a whole
            coded = next((e for text in named if (e := _entry_named(facts, text))), None)
            if name is None and subject is not None and coded is None:
                name = subject.name  # one row of grades by year: the entry stated last
            if name is None and coded is None:
                continue
            for index, year in years.items():
                grade = _cell_grade(row[index].text) if index < len(row) else None
                if grade:
                    add_evaluation(facts, name or coded or "", year, grade,
                                   {"": doc.span(row[0].start, row[-1].end)},
                                   policy=name is None)  # fmt: skip


_LEADING_TAG = re.compile(r"^\s*[(（][^()（）]{1,6}[)）]\s*")


def _cell_grade(text: str) -> str | None:
    """A cell that is a grade and nothing else: a letter or mark (Ａ, ◎), or a grade word
    (順調, おおむね順調, 遅れ) as printed."""
    word = fold_width(text).strip()
    if word in grade_words():
        return word
    grade = grade_of(text)
    return grade if grade is not None and grade == text.strip() else None


_LABEL_GRADE = re.compile(r"^(?P<label>\S{1,8})\s+(?P<grade>\S+)(?:\s|$)")


def _graded_section(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「(4) 評価 ◎ 順調」 as a section's last line: an evaluation label and its grade on one
    line grade the entry the section is about, the nearest heading above that names an
    initiative the document states (「1 ○○の推進(総合計画 施策3-1)」)."""
    found = _graded_label(block)
    if found is None:
        return
    grade = grade_of(found.group("grade"))
    year = _year(facts, found.group("label"))
    if grade is None or grade != found.group("grade") or year is None:
        return
    following = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if following is not None and following.kind in ("heading", "paragraph"):
        after = _graded_label(following)
        if after is not None and grade_of(after.group("grade")) == after.group("grade"):
            return  # 「(1) 成果の達成状況 B」 then 「(2) 総合評価 B」: the last line concludes
    # on an evaluation sheet of one project (事務事業名 first), the overall grade is the
    # project's, whatever plan heading (位置付け 施策3-2) the sheet files it under; a
    # criterion weighed before it (有効性 ○) is no grade of its own
    of_policy = _names_policy(found.group("label"))
    if of_policy and (policy := _sheet_policy(doc, facts, block.start)) is not None:
        # 「■施策評価 A」 closing a 施策 sheet (■施策名 … its 構成事業 and their grades):
        # the grade of the sheet's 施策, not of the project graded last before it
        add_evaluation(facts, policy, year, grade, {"": doc.block_span(block)}, policy=True)
        return
    project = None if of_policy else sheet_project(doc)  # a 施策's grade is no project's
    if project is not None:
        if not _is_criterion(found.group("label")):
            project = _sheet_before(doc, block.start) or project
            _add_once(facts, project, year, grade, {"": doc.block_span(block)})
        return
    for heading in doc.headings_above(block):
        text = nfkc_key(heading.text)
        named = [i for i in facts.initiatives if i.name and text.startswith(nfkc_key(i.name))]
        if named:
            initiative = max(named, key=lambda i: len(i.name))
            add_evaluation(facts, initiative.name, year, grade, {"": doc.block_span(block)})
            return


def _criterion_labels() -> tuple[str, ...]:
    """The criteria a review weighs (妥当性, 有効性 …; `mkf:criterionMark` in fields.ttl)."""
    return marked_words("criterionMark")


def _is_criterion(label: str) -> bool:
    """「有効性」, 「市の関与の妥当性」: a label naming one criterion of a review."""
    key = label_key(label)
    return any(key.endswith(criterion) for criterion in _criterion_labels())


def _graded_label(block: Block) -> re.Match[str] | None:
    """「評価 ◎」, 「施策の総合評価 B」: an evaluation label (alone, or after what it grades
    and の), then a grade."""
    found = _LABEL_GRADE.match(block.text.strip())
    if found is not None:
        found = _overall_pair(block.text.strip()) or found
    if found is None:
        return None
    label = found.group("label")
    if field_of(label, exact=True) == "evaluation":
        return found
    if "の" in label and field_of(label.rsplit("の", 1)[-1], exact=True) == "evaluation":
        return found
    head = _level_word(label)
    if _names_policy(label) and field_of(label[len(head) :], exact=True) == "evaluation":
        return found  # 「施策評価 A」: the policy level's word, then an evaluation label
    return None


_PAIR = re.compile(r"(?P<label>[^\s:：]{1,8})\s*[:：]?\s*(?P<grade>\S)(?=\s|$)")


def _overall_pair(line: str) -> re.Match[str] | None:
    """「評価 妥当性 A 有効性 B 効率性 B 総合評価 B」: a line of several criteria and their
    grades (two or more pairs) and the overall grade among them: the last pair whose label
    is an evaluation label naming no criterion."""
    pairs = [
        p
        for p in _PAIR.finditer(line)
        if grade_of(p.group("grade")) == p.group("grade")
        and field_of(p.group("label"), exact=True) == "evaluation"
    ]
    if len({p.group("label") for p in pairs}) == 1:
        return None  # 「評価A 計画どおり 評価B …」: one label over each grade, a legend
    overall = [p for p in pairs if not _is_criterion(p.group("label"))]
    return overall[-1] if len(pairs) >= 2 and overall else None


# 「○○の推進      B」, 「○○の推進：C（…のため）」: the entry, then its grade set apart by
# spaces or a colon, perhaps with the reason in brackets after it
_NAME_GRADE = re.compile(
    r"^(?P<name>\S.*?)(?:\s{2,}|\s*[:：]\s*)(?P<grade>\S)(?:\s*[(（][^()（）]*[)）])?$"
)


# 「…の改定 …… A」: the entry, a leader of dots, its grade (a list printed like a contents page)
_LEADER_GRADE = re.compile(
    r"^(?P<name>\S.*?\S)\s*[…‥・.．·]{2,}\s*(?P<grade>\S)(?:\s*[(（][^()（）]*[)）])?$"
)


def _graded_line(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「○○の推進      B」 or a bullet 「・○○の推進：B」 under a heading about evaluations
    (「前年度(令和6年度)…の自己評価」): an entry the document states, then its grade set apart
    by spaces or a colon, graded for the year the heading names (else the document's)."""
    led = _LEADER_GRADE.match(block.text.strip())
    found = led or _NAME_GRADE.match(block.text.strip())
    if found is None or grade_of(found.group("grade")) != found.group("grade"):
        return
    heading = next(doc.headings_above(block), None)
    if heading is None:
        return
    labels = [label for label in labels_of("evaluation") if len(label) >= 2]
    if not any(label in label_key(heading.text) for label in labels):
        return
    unknown = _initiative(facts, found.group("name")) is None and led is None
    if unknown and not _among_known(doc, facts, block):
        return  # an entry led to its grade by dots (「目標1 …の改定 …… A」) is one on its own
    years = {m.year for m in year_mentions(heading.text) if m.kind != "date"}
    year = years.pop() if len(years) == 1 else facts.fiscal_year
    if year is None:
        return
    name, grade, evidence = found.group("name").strip(), found.group("grade"), doc.block_span(block)
    if _initiative(facts, name) is not None:
        add_evaluation(facts, name, year, grade, {"": evidence})
    else:
        _add_once(facts, name, year, grade, {"": evidence})


def _among_known(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> bool:
    """The line is one of a list of 「name      grade」 lines under one heading, most of whose
    names are entries the document states (two at least): the list grades entries, so this
    line's name, printed otherwise than where it was stated, is one too."""
    siblings = [
        found.group("name")
        for other in doc.blocks
        if other.parent == block.parent and other.kind == block.kind
        and (found := _NAME_GRADE.match(other.text.strip())) is not None
        and grade_of(found.group("grade")) == found.group("grade")
    ]  # fmt: skip
    known = sum(1 for name in siblings if _initiative(facts, name) is not None)
    return known >= 2 and known * 2 > len(siblings)


# the term closed by a colon, or set apart by spaces (「・交流拠点の整備　評価：A（…）」)
_TERMED = re.compile(
    r"^(?P<name>[^:：]{2,60})(?:[:：]|\s+)\s*(?P<label>[^:：\s()（）]{1,8})[:：]\s*(?P<grade>\S+)"
)
# 「B（令和5年度：C）」 after the label: the grade, then in brackets the one of the year named
_DATED_AFTER = re.compile(
    r"[(（](?P<label>[^:：()（）]{2,16})[:：]\s*(?P<then>[^\s()（）]{1,3})[)）]$"
)


def _termed_grade(doc: StructuredDocument, facts: DocumentFacts, block: Block) -> None:
    """「交流拠点の整備：評価：A　…」 (a definition list's term, then 評価：A opening its
    description): the grade of the entry the term names, one the document states, for the
    year the heading above names (「令和5年度の取組の評価」), else the document's."""
    # a heading's or item's line without its number: 「2-1 公園を増やします:進捗度:A」, an
    # entry's <dt> and its first <dd> 「進捗度：A」 read as one line
    coded = block.kind in ("heading", "item") and block.number is not None
    own = block.kind in ("heading", "item") or coded  # an item's text is without its bullet
    line = block.text if own else doc.folded[block.start : block.end]
    found = _TERMED.match(line.strip())
    if found is None or field_of(found.group("label"), exact=True) != "evaluation":
        return
    # 「A（…）」: the grade, then its reason in brackets however long
    grade = grade_of(TRAILING_BRACKET_NOTE.sub("", found.group("grade")))
    name = found.group("name").strip()
    if grade is None or not found.group("grade").startswith(grade):
        return
    if _initiative(facts, name) is None and not coded:
        return  # an entry printed under its own code is one though stated nowhere else
    heading = next(doc.headings_above(block), None)
    years = {m.year for m in year_mentions(heading.text) if m.kind != "date"} if heading else set()
    year = years.pop() if len(years) == 1 else facts.fiscal_year
    graded = [(year, grade)]
    if (dated := _DATED_AFTER.search(found.group("grade"))) is not None:
        then, earlier = grade_of(dated.group("then")), parse_fiscal_year(dated.group("label"))
        if then and earlier is not None and earlier != year:
            graded.append((earlier, then))  # 「評価：B（令和5年度：C）」: the year before's too
    for when, mark in graded:
        if when is not None and _initiative(facts, name) is not None:
            add_evaluation(facts, name, when, mark, {"": doc.block_span(block)})
        elif when is not None:
            _add_once(facts, name, when, mark, {"": doc.block_span(block)})
