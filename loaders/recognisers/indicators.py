"""Indicators: any table with an indicator column (指標名, 成果指標 …) and value columns.

A value column is one the field vocabulary names (現状 → baseline, 目標 → target, 実績 →
actual, 見込 → estimate), or one headed by a year alone (平成12年: the value the plan
started from, a baseline). The fiscal year comes from the cell ("277ha(2021年度)") or else
from the column header ("平成13年実績"); a target printed without any year is a target of
the plan's period, kept without a year. A column headed with a day ("9月30日現在") is a
snapshot within a year, not a value of that year, and is left out.

A sheet prints its value columns as a row inside the table (現状 (令和元年度) | 令和2年度 計画 |
令和2年度 実績 | 最終目標/ 令和5年度) and its indicators as rows labelled with the indicator
field (指標 | name | values …) below it. In such a series of plans and actuals by year, the
current state dated with its year is that year's actual (an estimate when its cell says
見込み); a column for a year onward (令和6年度以降) has no single year and is left out.

A table with a kind column (指標名 | 区分 | 令和4年度 …, 区分 目標 / 実績) gives each row of dated
values its row's kind; a row short of cells that starts with a kind lost its name to the row
above (an HTML rowspan). An indicator field may carry its values after the name, each after
its kind's label (「指標：○○率 現状値 40.0%(令和2年度) → 目標値 55.0%」); a note such as
「目標値は、特に記載のないものは令和8年度の値です」 dates the values of that kind printing none.

Other sheets print the same facts otherwise: a table by year whose rows are a kind with the
indicator in brackets (計画(○○率) | …), a column of years beside 目標 | 実績, a two-column
table of labels and values, a 取組 | 目標 | 結果 table whose target cell names the indicator
before its number, and a line the layout left out just under an indicator table.

A line may print a series as steps 「○○面積 令和5年度 38ha → 令和6年度目標 42ha／実績 43ha」
(a dated step without a kind is where it starts); a field 「実績：○○者数 1,263人」 gives the
document's year's value. Columns of years alone take their kind from around them: a plan's
years from the document's on are targets, years between a baseline's and a target's actuals.

Structure the reader may leave undone is finished here: a header on two rows whose spanned
cells came out blank is joined (実績値 over R5 | R6), a space table whose rows were split
astray is read by the words of its lines, a name column labelled 指標(単位) sheds each name's
unit, and a stretch printed as two columns side by side is read column by column. Any name
ending in its unit in brackets (「○○率(%)」) sheds it: the unit is the values', not the name's.

Years printed once for a whole table or sheet date its values: a legend or caption naming
each kind's year (`loaders.recognisers.kind_legends`), a header line of years over fields of
values (種別 指標 R1 R2 R3, then 目標 11 12 13); years to come beside a result under a
caption naming targets (○○計画の数値目標) are targets; 「(前年度 9.9%)」 after a value
is the same indicator's value of the year before.

The readers live beside this module, one module per family of layouts: `indicator_tables`
(a name column beside value columns), `indicator_sheets` (other table layouts),
`indicator_rows` (tables rebuilt from the words of their lines), `indicator_named_tables`
(one indicator named above its grid of values), `indicator_fields` (labelled fields),
`indicator_steps` (steps and notes along a line), `indicator_headers` (two-row headers joined
before any reader) and `indicator_values` (what they share). This module runs them all and
merges what they find; a name that prints no word or closes on a particle is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from loaders.facts import DocumentFacts, Observation
from loaders.field_vocabulary import all_labels, field_of, label_key, labels_of
from loaders.genres.columns import column_regions, unfold
from loaders.recognisers.indicator_chains import chain_observations
from loaders.recognisers.indicator_fields import (
    _from_arrow_pairs,
    _from_attributes,
    _from_field_runs,
    _from_goal_fields,
    _from_kind_lines,
    _from_label_tables,
    _from_named_kind_fields,
    _from_named_series,
    _from_spaced_label_lines,
    _from_values_beside_goals,
)
from loaders.recognisers.indicator_groups import indicator_runs, named_values, transposed_records
from loaders.recognisers.indicator_headers import _with_joined_headers
from loaders.recognisers.indicator_kind_nouns import kind_noun_observations
from loaders.recognisers.indicator_name_lines import name_line_observations
from loaders.recognisers.indicator_name_values import shed_values
from loaders.recognisers.indicator_named_tables import named_table_observations
from loaders.recognisers.indicator_rows import (
    _from_flat_rows,
    _from_kind_column_lines,
    _from_kind_named_rows,
    _from_kind_runs,
    _from_labelled_lines,
    _from_stacked_rows,
    _word_rows,
)
from loaders.recognisers.indicator_sentences import (
    arrow_observations,
    dated_pair_observations,
    lone_value_observations,
    sentence_observations,
)
from loaders.recognisers.indicator_sheets import (
    _from_kind_row_tables,
    _from_measure_tables,
    _from_year_tables,
    _read_goal_results,
    _read_kind_rows,
    _read_sheet,
)
from loaders.recognisers.indicator_steps import (
    _from_dated_pair_lists,
    _from_labelled_value_lines,
    _from_pairs_under_heading,
    _from_reference_notes,
    _from_steps,
)
from loaders.recognisers.indicator_tables import (
    _from_keyed_tables,
    _read_table,
    _target_year_above,
    _wrapped_last,
)
from loaders.recognisers.indicator_values import _WORD_CHAR
from loaders.recognisers.indicator_year_pairs import year_pair_observations
from loaders.recognisers.long_tables import long_observations
from loaders.recognisers.packed_cells import packed_observations
from loaders.recognisers.pair_tables import label_pairs
from loaders.recognisers.tabbed_rows import tabbed_tables
from loaders.structure import StructuredDocument, read_structure
from loaders.structure.blocks import Block, Table
from loaders.structure.turned import years_down
from loaders.text.names import ends_in_particle
from loaders.text.normalize import nfkc_key
from loaders.text.policy_codes import find_leading_code
from loaders.text.quantities import without_unit_bracket


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """Add the indicator values of `doc`; a stretch printed as two columns side by side is
    also read column by column (`loaders.genres.columns`), its evidence mapped back."""
    known = {(nfkc_key(o.indicator), o.fiscal_year) for o in facts.observations}
    found = _read_all(_with_joined_headers(doc), facts)
    read = {(nfkc_key(_unit_shed(o).indicator), o.fiscal_year) for o in found}
    for region in column_regions(doc.text):
        text, origin = unfold(doc.text, region)
        part = _with_joined_headers(read_structure(text, labels=all_labels()))
        found += [
            _mapped_back(o, doc, origin)
            for o in _read_all(part, facts)
            # a value the page's own reading dated already (the structure may have split
            # the columns itself): that reading's kind stands
            if (nfkc_key(_unit_shed(o).indicator), o.fiscal_year) not in read
        ]
    for text, origin in _labelled_cells(doc):
        part = read_structure(text, labels=all_labels())
        found += [
            _mapped_back(o, doc, origin)
            for o in _read_all(part, facts)
            if (nfkc_key(_unit_shed(o).indicator), o.fiscal_year) not in read
        ]
    seen: set[tuple[str, int | None, str]] = set()
    # 「○○団体数 120団体（R6）」 read as a name: the name, and its start value
    for observation in map(_unit_shed, shed_values(doc, found)):
        if not _is_name(observation.indicator):
            continue
        key = (nfkc_key(observation.indicator), observation.fiscal_year)
        if key in known and observation.fiscal_year is not None:
            continue  # a genre parser read this value already (perhaps as another kind)
        if (*key, observation.kind) in seen:
            continue  # read twice (a sheet repeated for each period): one value
        seen.add((*key, observation.kind))  # a year's target and its actual are two values
        facts.observations.append(observation)
    _drop_undated_twins(facts)
    _entries_naming_indicators(facts)


def _labelled_cells(doc: StructuredDocument) -> Iterator[tuple[str, list[int]]]:
    """A table's note cell holding an indicator's field (「成果指標：X　現状値 1.42（R6）→
    目標値 1.50（R10）」 in a task list's メモ): the cell read as a field of its own, with the
    offset in `doc` of each of its characters."""
    for block in doc.of_kind("table"):
        if block.table is None:
            continue
        for row in block.table.rows:
            for cell in row:
                label = _CELL_LABEL.match(cell.text)
                if label is not None and field_of(label.group(1)) == "indicator":
                    yield cell.text, list(range(cell.start, cell.start + len(cell.text)))


_CELL_LABEL = re.compile(r"^\s*([^\s:：]{2,12})\s*[:：]\s*\S")


def _drop_undated_twins(facts: DocumentFacts) -> None:
    """「目標値 60」 read without its year by one reader and with it (the plan's last year,
    said elsewhere on the page) by another: the dated value is the one, not a second."""
    dated = {
        (nfkc_key(o.indicator), o.kind, o.value)
        for o in facts.observations
        if o.fiscal_year is not None
    }
    facts.observations[:] = [
        o
        for o in facts.observations
        if o.fiscal_year is not None or (nfkc_key(o.indicator), o.kind, o.value) not in dated
    ]


def _entries_naming_indicators(facts: DocumentFacts) -> None:
    """「・合計特殊出生率」 over 「策定時 1.42 現状 1.38 目標 1.50」: an entry read as an
    initiative (listed under a goal) whose text is the name of the indicator whose values
    are printed under it names that indicator, not an undertaking."""
    named = {
        (nfkc_key(o.indicator), span.start)
        for o in facts.observations
        if (span := o.evidence.get("indicator")) is not None
    }
    if not named:
        return
    facts.initiatives[:] = [
        i
        for i in facts.initiatives
        if not any(
            key == nfkc_key(i.name) and span.start <= at < span.end
            for key, at in named
            if (span := i.evidence.get("")) is not None
        )
    ]


def _is_name(text: str) -> bool:
    """A name prints a word (a lone 「-」 or 「:」 left of a value is a blank cell's mark or
    a label's colon) and does not close on a particle (「○○の導入で、」 begins a clause)."""
    return bool(_WORD_CHAR.search(text)) and not ends_in_particle(text)


def _unit_shed(observation: Observation) -> Observation:
    """「リサイクル率(%)」: the unit a name prints in brackets after it is its values' unit,
    no part of the name (a qualifier such as 「(累計)」 stays). 「Ⅰ-1 待機児童数」 in a column
    labelled 「施策／成果指標」: the policy's code before the name is the row's place, no part
    of the name either."""
    lead = find_leading_code(observation.indicator)
    if (
        lead is not None
        and not lead.prefix
        and len(lead.code.parts) > 1
        and lead.label_start > lead.code_end  # set apart by a space
        and len(lead.label) >= 2
    ):
        observation = replace(observation, indicator=observation.indicator[lead.label_start :])
    name, unit = without_unit_bracket(observation.indicator)
    if unit is None:
        return observation
    if observation.unit and nfkc_key(observation.unit) != nfkc_key(unit):
        return observation  # 「勤務時間(年)」 in 時間: the bracket is the period, not the unit
    if name.startswith("うち") and len(name) > len("うち") + 1:
        name = name[len("うち") :].lstrip()  # 「うち○○比率(%)」: a part of the row above
    return replace(observation, indicator=name, unit=observation.unit or unit)


def _mapped_back(
    observation: Observation, doc: StructuredDocument, origin: list[int]
) -> Observation:
    """An observation read from a stretch's columns printed one after the other, each span
    of its evidence over the offsets its characters came from in `doc`."""
    mapped = {}
    for key, span in observation.evidence.items():
        at = [origin[i] for i in range(span.start, min(span.end, len(origin)))]
        if at and (found := doc.span(min(at), max(at) + 1)).text:
            mapped[key] = found
    return replace(observation, evidence=mapped)


def _two_pairs_a_row(table: Table) -> bool:
    """A table of labels and values (`label_pairs`) printing two fields in a row somewhere."""
    pairs = label_pairs(table, lambda text: field_of(text) is not None)
    rows = [table.header_cells, *table.rows]
    return pairs is not None and any(len([c for c in row if c.text]) == 4 for row in rows)


def _read_all(doc: StructuredDocument, facts: DocumentFacts) -> list[Observation]:
    """Every indicator value `doc` prints, in each layout the readers know."""
    year = facts.fiscal_year
    tables: list[Table] = []
    by_words: list[Observation] = []
    for block in doc.of_kind("table"):
        read = _word_rows(doc, block, year) if block.table else None
        if read:
            by_words += read  # cells the reader split astray: the words of each line
        elif block.table and _two_pairs_a_row(block.table):
            continue  # 「指標名 | X | 単位 | 件」 over 「基準値 | 0 | 基準年度 | 2023」: fields,
            # read as fields (`indicator_fields`), no columns
        elif block.table:
            # 「成果指標1 | 単位 | 目標値 | 実績値 | 成果指標2 | …」: each indicator's run alone
            tables.extend(indicator_runs(block.table) or [block.table])
            # 「成果指標 | A | B」 over 「目標値 | 1 | 2」: records down the columns
            tables.extend(t for t in [transposed_records(block.table)] if t is not None)
            # 「年度 | ○○件数 | ○○率」 over 「令和2年度 | 7 | 33.5」: years down, turned
            tables.extend(t for t in [years_down(block.table)] if t is not None)
            # 「指標の実績(令和6年度)」 over 「○○率 61.9%」: names and values in one column
            tables.extend(t for t in [named_values(block.table)] if t is not None)
    tables.extend(tabbed_tables(doc))  # a tree grid's rows read as headings and items
    found = [
        *by_words,
        *(
            o
            for table in tables
            for o in _target_year_above(
                doc, table, _wrapped_last(doc, table, _read_table(doc, table, year)), year
            )
        ),
        *(o for table in tables for o in _read_sheet(doc, table)),
        *(o for table in tables for o in _read_kind_rows(doc, table, year)),
        *(o for table in tables for o in _read_goal_results(doc, table, year)),
        *(o for table in tables for o in long_observations(doc, table, year)),
        *_from_keyed_tables(doc, year),
        *_from_attributes(doc, year),
        *_from_field_runs(doc, year),
        *_from_spaced_label_lines(doc, year),
        *_from_kind_lines(doc, year),
        *_from_flat_rows(doc, year),
        *_from_kind_row_tables(doc, year),
        *_from_label_tables(doc, year),
        *_from_labelled_lines(doc, year),
        *_from_year_tables(doc, year),
        *_from_kind_runs(doc, year),
        *_from_labelled_value_lines(doc, year),
        *_from_pairs_under_heading(doc, year),
        *_from_reference_notes(doc, year),
        *_from_goal_fields(doc, year),
        *_from_arrow_pairs(doc, year),
        *_from_steps(doc, year),
        *_from_named_kind_fields(doc, year),
        *_from_named_series(doc, year),
        *_from_values_beside_goals(doc, year),
        *_from_measure_tables(doc, year),
        *_from_dated_pair_lists(doc, year),
        *_from_stacked_rows(doc, year),
        *_from_kind_named_rows(doc, year),
        *_from_kind_column_lines(doc, year),
        *packed_observations(doc, year),
        *named_table_observations(doc, year),
        *kind_noun_observations(doc, year),
        *year_pair_observations(doc, year),  # 「R4:○○.○ R5:○○.○」 in a kind's cell
    ]
    # 「○○数　現状値 ○○（令和X年度）→ 目標値 ○○（令和Y年度）」: a bare name, values read by
    # no other reader (a value another read stands)
    values_read = {o.evidence[""].start for o in found if "" in o.evidence}
    found += [
        o for o in name_line_observations(doc, year)
        if o.evidence.get("") is None or o.evidence[""].start not in values_read
    ]  # fmt: skip
    chained, lines = chain_observations(doc, year)  # 「○○数：28人（R5実績）→ 9人（R6実績）」
    if chained:  # the chain's reading of its line stands for any other of that line
        found = [o for o in found if not _within(o, lines)] + chained
    named = [o.indicator for o in [*facts.observations, *found]]
    stated = [*facts.observations, *found]
    found += [
        _restated(_as_named(o, named), stated)
        for o in [
            *sentence_observations(doc, year),
            *arrow_observations(doc, year),
            *dated_pair_observations(doc, year),
        ]
    ]
    found += [
        o
        for o in lone_value_observations(doc, year)
        if _is_named(o.indicator, named) or _under_indicator_heading(doc, o)
    ]
    return found


def _within(observation: Observation, blocks: list[Block]) -> bool:
    """Whether the observation was read from one of `blocks`."""
    at = observation.evidence.get("value") or observation.evidence.get("")
    return at is not None and any(b.start <= at.start < b.end for b in blocks)


def _is_named(name: str, names: list[str]) -> bool:
    """The page names this indicator elsewhere (a table's row, a field)."""
    key = nfkc_key(name)
    return any(nfkc_key(other) == key for other in names)


def _under_indicator_heading(doc: StructuredDocument, observation: Observation) -> bool:
    """The value's sentence sits in a section whose heading is about indicators (「成果指標」,
    「財政指標の推移」)."""
    span = observation.evidence.get("value")
    block = next((b for b in doc.blocks if span and b.start <= span.start < b.end), None)
    heading = next(doc.headings_above(block), None) if block is not None else None
    if heading is None:
        return False
    text = label_key(heading.text)
    return any(label in text for label in labels_of("indicator") if len(label) >= 2)


def _restated(observation: Observation, stated: list[Observation]) -> Observation:
    """「令和4年度の来場者数は○,○○○人で、目標の○,○○○人を下回った」 under a sheet whose
    indicators 「○○館の来場者数」 and 「△△館の来場者数」 the page read already: the
    sentence's subject ends the name of the one indicator with the same year, kind and
    value; it restates that indicator's value."""
    key = nfkc_key(observation.indicator)
    same = {
        o.indicator
        for o in stated
        if o.fiscal_year == observation.fiscal_year
        and o.kind == observation.kind
        and o.value == observation.value
        and nfkc_key(o.indicator).endswith(key)
    }
    return replace(observation, indicator=same.pop()) if len(same) == 1 else observation


def _as_named(observation: Observation, names: list[str]) -> Observation:
    """A sentence's subject that ends with an indicator the document names elsewhere
    (「国保加入者の特定健診受診率」 and 特定健診受診率 in the table) is that indicator; so is
    one that is the tail of a single indicator's name (会員数 of ○○センター会員数)."""
    key = nfkc_key(observation.indicator)
    for name in sorted(set(names), key=len, reverse=True):
        other = nfkc_key(name)
        if len(other) >= 4 and key != other and key.endswith(other):
            return replace(observation, indicator=name)
    # 「会員数は598人で、目標の650人を…」 under 【成果指標】○○センター会員数: the sentence
    # shortens the one indicator the document names that ends with its subject
    longer = {n for n in names if len(nfkc_key(n)) > len(key) and nfkc_key(n).endswith(key)}
    if len(key) >= 3 and len(longer) == 1:
        return replace(observation, indicator=longer.pop())
    return observation
