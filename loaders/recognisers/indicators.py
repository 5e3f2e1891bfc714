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
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cache
from typing import cast

from rdflib import URIRef

from loaders.facts import DocumentFacts, Observation, ObservationKind, Span
from loaders.field_vocabulary import (
    all_labels,
    field_of,
    fields_graph,
    label_key,
    labels_of,
    sentence_cues,
)
from loaders.genres.columns import column_regions, unfold
from loaders.recognisers.indicator_chains import chain_observations
from loaders.recognisers.indicator_groups import (
    indicator_runs,
    named_values,
    transposed_records,
)
from loaders.recognisers.indicator_sentences import (
    arrow_observations,
    dated_pair_observations,
    lone_value_observations,
    sentence_observations,
)
from loaders.recognisers.kind_legends import caption_kind_years, kind_years
from loaders.recognisers.long_tables import long_observations
from loaders.recognisers.packed_cells import packed_observations
from loaders.recognisers.pair_tables import label_pairs
from loaders.recognisers.tabbed_rows import tabbed_tables
from loaders.structure import StructuredDocument, read_structure
from loaders.structure.attributes import attribute_groups
from loaders.structure.blocks import Block, Cell, Table
from loaders.structure.turned import years_down
from loaders.text.fiscal_year import YearMention, year_mentions
from loaders.text.names import has_predicate
from loaders.text.normalize import fold_width, nfkc_key
from loaders.text.numerals import parse_numeral
from loaders.text.quantities import (
    find_quantities,
    is_unit_bracket,
    parse_quantity,
    without_unit_bracket,
)

_KINDS: dict[str, ObservationKind] = {
    "baseline": "baseline",
    "target": "target",
    "actual": "actual",
    "estimate": "estimate",
}
# The value as printed: a number at the start of the cell, its unit and notes after it; a
# change may print its sign (△24 a decrease, +10 an increase, ±0 none).
_LEADING_NUMBER = re.compile(
    r"^(?:(?P<sign>[-−▲△]\s*)|[+±]\s*)?(?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)"
)
_UNIT = re.compile(r"^[^\s(（0-9]{1,8}")
_YEAR_ONLY_REST = re.compile(r"^[\s度末]*$")
_LEADING_YEAR = re.compile(r"^(?P<year>\D{2}[0-9元]{1,4}年度?)[\s:：]+(?=[0-9])")
# 「①○○率(%)」: the number before a name and the unit after it are not the name
_NAME_NUMBER = re.compile(r"^[①-⑳❶-❿]\s*")
_NAME_UNIT = re.compile(
    r"\s*[(（](?:[^()（）0-9]{1,3}|[^()（）0-9/／]{1,3}[/／][^()（）0-9/／]{1,3})[)）]$"
)


# 「6次産業化…」「3か年…」: a number that opens a word (an ordinal, a span), not a value
# 「3次元…」, 「5か年…」; 「1人1日当たりの…」, 「10万人あたり…」: a number that opens a name
_NUMBER_IN_WORD = re.compile(
    r"^[0-9]+(?:次|か年|カ年|ヵ年"
    r"|万?(?:人|日|世帯|戸|件|台|校)(?:[0-9]+(?:人|日|世帯|か月|年))?(?:当たり|当り|あたり))"
)


def _is_number(text: str) -> bool:
    """A cell that opens with a value (a number row, no name); a name may open with a
    number that is part of a word (「3次元地図の整備区域数」)."""
    return bool(_LEADING_NUMBER.match(text)) and not _NUMBER_IN_WORD.match(text)


@dataclass(frozen=True)
class _Column:
    index: int
    kind: ObservationKind
    year: int | None


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
    seen: set[tuple[str, int | None, str]] = set()
    for observation in map(_unit_shed, found):
        key = (nfkc_key(observation.indicator), observation.fiscal_year)
        if key in known and observation.fiscal_year is not None:
            continue  # a genre parser read this value already (perhaps as another kind)
        if (*key, observation.kind) in seen:
            continue  # read twice (a sheet repeated for each period): one value
        seen.add((*key, observation.kind))  # a year's target and its actual are two values
        facts.observations.append(observation)


def _unit_shed(observation: Observation) -> Observation:
    """「リサイクル率(%)」: the unit a name prints in brackets after it is its values' unit,
    no part of the name (a qualifier such as 「(累計)」 stays)."""
    name, unit = without_unit_bracket(observation.indicator)
    if unit is None:
        return observation
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


def _read_all(doc: StructuredDocument, facts: DocumentFacts) -> list[Observation]:
    """Every indicator value `doc` prints, in each layout the readers know."""
    year = facts.fiscal_year
    tables: list[Table] = []
    by_words: list[Observation] = []
    for block in doc.of_kind("table"):
        read = _word_rows(doc, block, year) if block.table else None
        if read:
            by_words += read  # cells the reader split astray: the words of each line
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
    ]
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


# 「年間利用者数」, 「貸出冊数」, 「稼働率」: a caption's term naming what a table measures
_MEASURE = re.compile(r"^[^\s0-9単]{1,12}(?:数|率|量)$")
_CAPTION_PARTS = re.compile(r"[()（）、,:：\s]+")


def _measured(caption: str) -> str | None:
    """The one term of a caption naming a count or a rate (「施設別の利用状況（年間利用者数、
    単位：人）」 → 年間利用者数); none in a caption about money."""
    if "円" in caption:
        return None
    terms = [t for t in _CAPTION_PARTS.split(caption) if _MEASURE.match(t)]
    return terms[0] if len(terms) == 1 else None


def _from_measure_tables(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """施設名 | R3 | R4 | R5 under a caption naming one measure (「…（年間利用者数、単位：
    人）」): a row per facility, a column per year; each row is that facility's measure
    (「みなと会館の年間利用者数」), each past year's value its actual, a later one its target.
    A table by year of money is a budget's."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or len(table.header) < 3:
            continue
        if field_of(table.header[0], exact=True) != "facility":
            continue
        years = [_year_alone(label, context) for label in table.header[1:]]
        if any(year is None for year in years):
            continue
        heading = next(doc.headings_above(block), None)
        measure = _measured(heading.text) if heading is not None else None
        if measure is None or any("円" in c.text for row in table.rows for c in row):
            continue
        for row in table.rows:
            if len(row) != len(table.header) or not row[0].text.strip():
                continue
            name = Cell(f"{row[0].text.strip()}の{measure}", row[0].start, row[0].end)
            for cell, year in zip(row[1:], years, strict=True):
                assert year is not None
                kind: ObservationKind = (
                    "target" if context is not None and year > context else "actual"
                )
                observation = _observation(doc, name, cell, _Column(0, kind, year), context)
                if observation is not None:
                    yield observation


def _target_year_above(
    doc: StructuredDocument, table: Table, observations: list[Observation], context: int | None
) -> list[Observation]:
    """A table's targets printed without a year, under a caption that names the one year
    they are set for (「成果指標（目標年度：令和9年度）」, 「■指標（令和9年度目標）」): that
    year."""
    if not any(o.kind == "target" and o.fiscal_year is None for o in observations):
        return observations
    block = next((b for b in doc.blocks if b.table is table), None)
    above = doc.blocks[block.index - 1] if block is not None and block.index > 0 else None
    if above is None or above.kind == "table":
        return observations
    caption = doc.folded[above.start : above.end]
    years = {m.year for m in year_mentions(caption, context=context) if m.kind != "date"}
    if len(years) != 1 or not any(cue in caption for cue in _caption_cues("target")):
        return observations
    year = years.pop()
    return [
        replace(o, fiscal_year=year) if o.kind == "target" and o.fiscal_year is None else o
        for o in observations
    ]


def _field_words(prop: str) -> Iterator[tuple[str, str]]:
    """(concept name, word) for each word `mkf:<prop>` gives a concept of fields.ttl."""
    cue = URIRef("https://w3id.org/machikg/fields#" + prop)
    for concept, word in fields_graph().subject_objects(cue):
        yield str(concept).rsplit("#", 1)[-1], str(word)


@cache
def _caption_cues(kind: str) -> tuple[str, ...]:
    """Words of a caption over an indicator table naming the year of its values of `kind`
    (`mkf:captionCue` in ontology/fields.ttl): data, not code."""
    return tuple(word for concept, word in _field_words("captionCue") if concept == kind)


def _wrapped_last(
    doc: StructuredDocument, table: Table, observations: list[Observation]
) -> list[Observation]:
    """The values of a table whose last row's name ran on under it, onto lines the reader
    left out of the table (「架空鳥獣によ 1,370 …」 then 「る農作物被害」 「額(千円)」): that row's
    name read whole."""
    if not table.rows or not table.rows[-1] or not observations:
        return observations  # a last row with no cells has no name to run on
    row = table.rows[-1]
    block = next((b for b in doc.blocks if b.table is table), None)
    names = [o.evidence["indicator"] for o in observations if "indicator" in o.evidence]
    last = [n for n in names if row[0].start <= n.start < row[-1].end]
    if block is None or not last or not _filled(doc, last[0].end):
        return observations
    rest = ""
    for following in doc.blocks[block.index + 1 : block.index + 1 + _WRAPPED_LINES]:
        text = doc.folded[following.start : following.end].strip()
        if following.kind == "table" or not _wrapped_rest(text, rest or None):
            break
        rest += text
    if not rest:
        return observations
    start, end = row[0].start, row[-1].end
    return [
        replace(o, indicator=o.indicator + rest)
        if "indicator" in o.evidence and start <= o.evidence["indicator"].start < end
        else o
        for o in observations
    ]


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


_LOWER_LABEL_MAX = 8  # 年度, 値, R5, 令和5年度: a label under a spanning one is a short word


def _with_joined_headers(doc: StructuredDocument) -> StructuredDocument:
    """The document with each table whose header the reader left on two rows joined into
    one label per column (`_joined_header`); the blocks stay where they were."""
    blocks = []
    for block in doc.blocks:
        table = block.table
        joined = (_joined_header(table) or _years_with_kinds(table)) if table is not None else None
        blocks.append(replace(block, table=joined) if joined is not None else block)
    return StructuredDocument(doc.text, doc.folded, blocks)


def _joined_header(table: Table) -> Table | None:
    """「指標名 | 単位 | 基準値 | | 実績値 | 」 over 「 | | 年度 | 値 | R5 | R6」 (an HTML colspan
    the reader left blank beside its label, a rowspan blank below it): one label per column,
    the upper carried over the columns it spans and joined with the lower (実績値 R5). None
    when the first row is no row of labels: words and years, never a figure."""
    if len(table.rows) < 2 or not table.header:
        return None
    header, lower = table.header, table.rows[0]
    if len(lower) != len(header) or not header[0]:
        return None
    spans = [k for k in range(1, len(header)) if not header[k] and header[k - 1]]
    printed = [c.text for c in lower if c.text]
    if not spans or len(printed) < 2 or any(not lower[k].text for k in spans):
        return None
    uppers = list(itertools.accumulate(header, lambda above, top: top or above))
    if any(
        (len(cell.text) > _LOWER_LABEL_MAX and not _dated_under_dated(above, cell.text))
        or (_LEADING_NUMBER.match(cell.text) and not _is_bare_year(cell.text))
        for above, cell in zip(uppers, lower, strict=True)
        if cell.text
    ):
        return None
    if not any(_is_bare_year(text) or field_of(text, exact=True) for text in printed):
        return None  # a row of words none of which labels anything: data
    labels: list[str] = []
    upper = ""
    for top, bottom in zip(header, lower, strict=True):
        upper = top or upper
        if _dated_under_dated(upper, bottom.text):
            labels.append(bottom.text)  # 令和7年度 over 前年度実績(令和6年度): its own year
            continue
        labels.append(" ".join(t for t in (upper, bottom.text) if t))
    return Table(header=labels, rows=table.rows[1:], header_cells=table.header_cells)


def _dated_under_dated(upper: str, lower: str) -> bool:
    """「前年度実績(令和6年度)」 under a span 「令和7年度」: a kind with its own year under a
    year; the lower label names its column by itself."""
    return bool(year_mentions(upper) and year_mentions(lower) and field_of(lower) in _KINDS)


def _years_with_kinds(table: Table) -> Table | None:
    """A header on two rows, one of kinds (指標 | 現状値 | 目標値) and one of their years
    ( | R5 | R9, under or over it, blank in the name column): one label per column, each
    kind with its year (現状値(R5)). None unless every labelled column pairs a kind and a
    year alone."""
    if len(table.rows) < 2 or not table.header:
        return None
    upper, lower = table.header, [c.text for c in table.rows[0]]
    if len(lower) != len(upper):
        return None
    for kinds, years in ((upper, lower), (lower, upper)):
        if years[0].strip() or field_of(kinds[0], exact=True) != "indicator":
            continue
        pairs = [(k, y) for k, y in zip(kinds[1:], years[1:], strict=True) if k or y]
        if len(pairs) < 2 or not all(
            field_of(k) in _KINDS and _year_alone(y.strip("()（） "), None) for k, y in pairs
        ):
            continue
        labels = [kinds[0]] + [
            f"{k}({y.strip('()（） ')})" if k else "" for k, y in zip(kinds[1:], years[1:],
                                                                     strict=True)
        ]
        return Table(header=labels, rows=table.rows[1:], header_cells=table.header_cells)
    return None


def _restated(observation: Observation, stated: list[Observation]) -> Observation:
    """「令和4年度の来場者数は8,100人で、目標の9,250人を下回った」 under a sheet whose
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


def _read_table(doc: StructuredDocument, table: Table, context: int | None) -> list[Observation]:
    name_column = table.column(lambda label: field_of(label) == "indicator")
    if name_column is None:
        name_column = table.column(_levels_down_to_indicator)
    if name_column is None:
        name_column = _names_beside_kinds(table)
    if name_column is None:
        name_column = _names_before_dated_kinds(table, context)
    if name_column is None:
        return []
    columns = _value_columns(table, context, _named_kind(table.header[name_column]))
    columns = _section_dated(doc, table, columns, context)
    columns = _legend_dated(doc, columns, table)
    columns = _plan_years(doc, table, columns, context)
    # 指標(単位): the header says each name's bracket is its unit, no part of the name
    units = _unit_qualified(table.header[name_column])
    ended = units or _names_end_in_units(table, name_column)  # 「○○率（％）」 row by row
    # a column headed with its own kind (基準値(令和元年度)) keeps it on every row
    labelled = [field_of(label) in _KINDS for label in table.header]
    # 指標名 | 年度 | 目標 | 実績: a column of years dates each row's undated values
    year_column = table.column(lambda label: field_of(label, exact=True) == "fiscalYear")
    # 基準値 over 年度 | 値: the year column of one kind dates that kind's values
    kind_years = {
        _KINDS[kind]: index
        for index, label in enumerate(table.header)
        if (kind := _kind_year_label(label)) is not None
    }
    found: list[Observation] = []
    previous: list[Cell] = []
    for number, printed in enumerate(table.rows):
        row = _spanned(_refilled(printed, len(table.header), name_column), previous,
                       len(table.header))  # fmt: skip
        previous = row
        if name_column >= len(row):
            continue
        after = table.rows[number + 1] if number + 1 < len(table.rows) else None
        name = _untyped(_name_run_on(row, after, name_column, units=ended))
        if units:
            name = _without_unit(name)
        if not name.text or _is_number(name.text) or _compound(row, columns):
            continue
        kind = _row_kind(row, name_column, columns)
        row_year = _cell_year(row, year_column, context)
        for column in columns:
            if column.index < len(row) and column.index != name_column:
                if kind is not None and column.year is not None and not labelled[column.index]:
                    column = _Column(column.index, kind, column.year)
                own_year = _cell_year(row, kind_years.get(column.kind), context)
                if column.year is None and (own_year or row_year) is not None:
                    column = _Column(column.index, column.kind, own_year or row_year)
                observation = _observation(doc, name, row[column.index], column, context)
                if observation is not None:
                    found.append(_in_yen(observation, row, row[column.index]))
                    found += _bracketed_kind(doc, name, row[column.index], observation, context)
    return found


def _levels_down_to_indicator(label: str) -> bool:
    """「基本目標／具体的施策／KPI」: one column for the rows of every level of a plan, the
    levels' labels run together, the last naming the indicators the value rows print."""
    parts = [p.strip() for p in re.split(r"[/／]", label)]
    return len(parts) >= 2 and all(parts) and field_of(parts[-1], exact=True) == "indicator"


_RUN_ON_MAX = 4  # characters of a name's rest wrapped onto a row of its own


def _name_run_on(row: list[Cell], after: list[Cell] | None, column: int, *, units: bool) -> Cell:
    """A name whose rest wrapped onto the next row, that row printing nothing else (a boxed
    table's row over two lines: 「○○年間時間外勤務 | 192 | 176」 over 「時間（時間） | | 」): the
    name and its rest. The rest is known as such where the header puts each name's unit in
    brackets and only the rest ends with one, or where it is a few characters only."""
    cell = row[column]
    if after is None or column >= len(after) or any(
        c.text.strip() for k, c in enumerate(after) if k != column
    ) or not any(c.text.strip() for k, c in enumerate(row) if k != column):
        return cell
    rest = after[column].text.strip()
    if not rest or _is_number(rest):
        return cell
    wrapped = (
        units and not _UNIT_AFTER.search(cell.text) and bool(_UNIT_AFTER.search(rest))
    ) or len(rest) <= _RUN_ON_MAX
    return Cell(cell.text.rstrip() + rest, cell.start, cell.end) if wrapped else cell


_UNIT_AFTER = re.compile(r"[(（][^()（）]{1,8}[)）]\s*$")


def _names_end_in_units(table: Table, column: int) -> bool:
    """A name column whose cells (a wrapped name's rest among them) mostly end in their unit
    (「○○率（％）」, 「○○量（TEU）」): as under a header 指標(単位), a name without one
    whose next row prints only a rest ending in one wrapped onto that row."""
    names = [t for row in table.rows if column < len(row) and (t := row[column].text.strip())]
    ended = sum(1 for name in names if _UNIT_AFTER.search(name))
    return len(names) >= 3 and ended * 2 > len(names)


_BRACKETED_KIND = re.compile(
    r"[(（](?P<label>[^()（）0-9:：]{1,6}?)[\s:：]*"
    r"(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）]{0,4}?)[)）]\s*$"
)


def _bracketed_kind(
    doc: StructuredDocument, name: Cell, cell: Cell, read: Observation, context: int | None
) -> list[Observation]:
    """「42回（目標48回）」 in a column of actuals: the bracket sets the value of another kind
    beside it, of the same year (a target beside its actual)."""
    found = _BRACKETED_KIND.search(cell.text)
    kind = _kind_of(found.group("label").strip()) if found else None
    if found is None or kind is None or kind == read.kind or "円" in cell.text:
        return []
    value = Cell(found.group("value"), cell.start + found.start("value"),
                 cell.start + found.end("value"))  # fmt: skip
    return list(_observed(doc, name, value, _Column(0, kind, read.fiscal_year), context))


_SHORT_WORD = 3  # a unit (校, %, 団体) set apart from the name by a single space
_QUALIFIER = re.compile(r"[(（](?P<inner>[^()（）]+)[)）]\s*$")
_UNIT_BRACKET = re.compile(r"\s*[(（][^()（）0-9]{1,6}[)）]$")


def _unit_qualified(label: str) -> bool:
    """「指標(単位)」, 「指標名（単位）」: a name column whose label says each of its cells ends
    with the value's unit in brackets."""
    found = _QUALIFIER.search(label)
    return found is not None and field_of(found.group("inner"), exact=True) == "unit"


def _without_unit(name: Cell) -> Cell:
    """「○○の利用者数（万人）」 → 「○○の利用者数」: the bracketed unit after a name."""
    found = _UNIT_BRACKET.search(name.text)
    if found is None or found.start() == 0:
        return name
    return Cell(name.text[: found.start()], name.start, name.start + found.start())


def _refilled(row: list[Cell], width: int, name_column: int) -> list[Cell]:
    """A row short of the header's width whose name ran too long for its column, so that
    the unit and first values after it are set apart by single spaces only (「○○の割合 %
    62.5 | 74.1 | 85.0」): the name cell's last words are the cells missing after it."""
    missing = width - len(row)
    if missing <= 0 or name_column != 0 or not row:
        return row
    words = [
        Cell(m.group(), row[0].start + m.start(), row[0].start + m.end())
        for m in re.finditer(r"\S+", row[0].text)
    ]
    moved = words[len(words) - missing :]
    if len(words) <= missing or not all(
        _LEADING_NUMBER.match(w.text) or len(w.text) <= _SHORT_WORD for w in moved
    ):
        return row
    first = words[len(words) - missing - 1]
    name = Cell(row[0].text[: first.end - row[0].start], row[0].start, first.end)
    return [name, *moved, *row[1:]]


def _untyped(name: Cell) -> Cell:
    """「活動 ○○の開催回数」, 「成果 ○○の割合」: the word before the name, with 指標 after it,
    labels an indicator (活動指標, 成果指標): the row's type of indicator, no part of its name."""
    head, space, rest = name.text.partition(" ")
    if not space or not rest.strip() or len(head) > _SHORT_WORD:
        return name
    if field_of(f"{head}指標", exact=True) != "indicator":
        return name
    start = name.start + len(head) + len(space)
    return Cell(rest.strip(), start, start + len(rest.strip()))


_MIXED_YEN = re.compile(r"[0-9]億[0-9,]+万")


def _in_yen(observation: Observation, row: list[Cell], cell: Cell) -> Observation:
    """A row of amounts some printed 「1億4,391万円」 and some 「3,217万円」: no one printed
    unit holds them all, so each is its amount in yen."""
    if not any(_MIXED_YEN.search(c.text) for c in row) or "円" not in cell.text:
        return observation
    quantity = parse_quantity(cell.text.strip())
    if quantity is None or quantity.unit != "円":
        return observation
    return replace(observation, value=quantity.value, unit="円")


_BRACKETED = re.compile(r"^(?P<a>[^()（）]+)[(（](?P<b>[^()（）]+)[)）]$")


def _read_kind_rows(
    doc: StructuredDocument, table: Table, context: int | None
) -> Iterator[Observation]:
    """A table headed by its years (「 | 令和3年度 | 令和4年度」) over rows 計画(○○率) | … and
    実績(○○率) | …: each row prints a kind and, in brackets, the indicator it measures (or the
    name with its kind in brackets)."""
    years: dict[int, int] = {}
    for index, label in enumerate(table.header[1:], start=1):
        mentions = year_mentions(label, context=context)
        if len(mentions) != 1 or mentions[0].kind == "date":
            return
        if not _YEAR_ONLY_REST.match(label[: mentions[0].start] + label[mentions[0].end :]):
            return
        years[index] = mentions[0].year
    for row in table.rows:
        labelled = _kind_and_name(row[0]) if row else None
        if labelled is None:
            continue
        kind, name = labelled
        for index, year in years.items():
            column = _Column(index, kind, year)
            if index < len(row):
                observation = _observation(doc, name, row[index], column, context)
                if observation is not None:
                    yield observation


# 「○○件数60件」: a name without digits, then one number and its unit word
_NAMED_VALUE = re.compile(
    r"^(?P<name>[^0-9]*[^0-9\s])\s*(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?\S{0,4})$"
)


def _read_goal_results(
    doc: StructuredDocument, table: Table, context: int | None
) -> Iterator[Observation]:
    """取組 | 目標 | 結果 | 評価, one year's results: a target cell that names the indicator
    before its value (「○○件数60件」) and the result cell beside it, starting with the value
    reached, are the indicator's target and actual of that year (the column's, else the
    document's). A target without a number (「工事の着手」) measures nothing."""
    if table.column(lambda label: field_of(label) == "indicator") is not None:
        return
    columns = [_column(label, index, context) for index, label in enumerate(table.header)]
    target = next((c for c in columns if c is not None and c.kind == "target"), None)
    actual = next((c for c in columns if c is not None and c.kind == "actual"), None)
    if target is None or actual is None:
        return
    target = replace(target, year=target.year or context)
    actual = replace(actual, year=actual.year or context)
    for row in table.rows:
        if max(target.index, actual.index) >= len(row):
            continue
        cell = row[target.index]
        match = _NAMED_VALUE.match(cell.text)
        if match is None or year_mentions(match.group("name")):
            continue
        name = Cell(match.group("name"), cell.start, cell.start + match.end("name"))
        value = Cell(match.group("value"), cell.start + match.start("value"), cell.end)
        for printed, column in ((value, target), (row[actual.index], actual)):
            observation = _observation(doc, name, printed, column, context)
            if observation is not None:
                yield observation


def _kind_and_name(cell: Cell) -> tuple[ObservationKind, Cell] | None:
    """「計画(○○率)」 or 「○○率(計画)」: the kind and the indicator one row label prints."""
    match = _BRACKETED.match(cell.text)
    if match is None:
        return None
    for kind_group, name_group in (("a", "b"), ("b", "a")):
        kind = _kind_of(match.group(kind_group).strip())
        name = match.group(name_group).strip()
        if kind is not None and name and _kind_of(name) is None:
            at = cell.start + match.start(name_group)
            lead = len(match.group(name_group)) - len(match.group(name_group).lstrip())
            return kind, Cell(name, at + lead, at + lead + len(name))
    return None


def _names_before_dated_kinds(table: Table, context: int | None) -> int | None:
    """項目 | 基準値(令和2年度) | 目標値(令和8年度): every column but the first headed by a
    kind and its year (or by a year alone beside them: 令和5年度(基準) | 令和6年度 |
    令和9年度(目標)), the first by no field's label: it names what they measure. Amounts of
    money are budgets, never such a table."""
    if len(table.header) < 3 or field_of(table.header[0]) is not None:
        return None
    # 「… 目標(R11) | 増減」: a last column derived from the values before it is none of them
    labels = table.header[: len(table.header) - derived_tail(table.header)]
    columns = [
        _column(label, k, context)
        or ((dated := _year_with_kind(label, context)) and _Column(k, dated[1], dated[0]))
        or (_Column(k, "baseline", None) if _is_bare_year(label) else None)
        for k, label in enumerate(labels[1:], 1)
    ]  # a year alone among them is dated by its label, its kind by the columns around it
    if len(columns) < 2:
        return None
    bare = [k for k, label in enumerate(labels[1:], 1) if _is_bare_year(label)]
    if any(c is None or (c.year is None and c.index not in bare) for c in columns):
        return None
    if len(bare) == len(columns):
        return None  # no kind printed at all: a table by year, of anything
    # a budget prints no 基準値 or 目標値: amounts against those are an indicator's
    goal = any(
        c is not None and c.index not in bare and c.kind in ("baseline", "target") for c in columns
    )
    if not goal and any("円" in c.text for row in table.rows for c in row):
        return None
    return 0


def _names_beside_kinds(table: Table) -> int | None:
    """項目 | 区分 | 令和4年度 …, its 区分 cells 目標 / 実績: a table of values by kind, whose
    first column (headed by no field's label) names what they measure. Amounts of money are
    budgets, never such a table."""
    if not table.header or field_of(table.header[0]) is not None or not table.rows:
        return None
    cells = [*table.header, *(c.text for row in table.rows for c in row)]
    if any(field_of(label) == "budget" for label in table.header) or any("円" in c for c in cells):
        return None
    kinds = [[k for c in row if (k := _kind_of(c.text)) is not None] for row in table.rows]
    full = [row for row in table.rows if len(row) == len(table.header)]
    if any(len(found) != 1 for found in kinds) or len({k[0] for k in kinds}) < 2:
        return None
    if not full or any(_kind_of(row[0].text) is not None for row in full):
        return None  # the kinds head the rows: no column names anything
    return 0


def _cell_year(row: list[Cell], column: int | None, context: int | None) -> int | None:
    """The year a row's year cell prints alone (令和4年度), else None."""
    if column is None or column >= len(row):
        return None
    return _year_alone(row[column].text, context)


def _year_alone(text: str, context: int | None) -> int | None:
    mentions = year_mentions(text, context=context)
    if len(mentions) != 1 or mentions[0].kind == "date":
        return None
    rest = text[: mentions[0].start] + text[mentions[0].end :]
    return mentions[0].year if _YEAR_ONLY_REST.match(rest) else None


def _spanned(row: list[Cell], previous: list[Cell], width: int) -> list[Cell]:
    """A row that starts with a kind label (実績) or a year and is short of the header's
    width lost its first cells to the row above, printed once for both (an HTML rowspan):
    it takes them. So does a row whose cells before it are blank (the name printed once)."""
    missing = width - len(row)
    if 0 < missing < len(previous) and row and _continues(row[0].text):
        return [*previous[:missing], *row]
    first = next((i for i, c in enumerate(row) if c.text), None)
    if (
        first
        and first < len(previous)
        and _continues(row[first].text)
        and all(c.text for c in previous[:first])
    ):
        return [*previous[:first], *row[first:]]
    return row


def _continues(text: str) -> bool:
    """A cell that opens the rest of a row whose first cells were printed above it."""
    return _kind_of(text) is not None or _year_alone(text, None) is not None


def _row_kind(row: list[Cell], name_column: int, columns: list[_Column]) -> ObservationKind | None:
    """The kind a row's own label cell gives its values (指標名 | 区分 | 令和4年度 …: 目標 / 実績
    in the 区分 column): the row's kind, whatever the dated columns are taken for."""
    values = {c.index for c in columns}
    for index, cell in enumerate(row):
        if index != name_column and index not in values:
            kind = _kind_of(cell.text)
            if kind is not None:
                return kind
    return None


def _kind_of(text: str) -> ObservationKind | None:
    field = field_of(text, exact=True) if text else None
    return _KINDS.get(field) if field else None


def _column(label: str, index: int, context: int | None) -> _Column | None:
    """The kind and year a value's label gives it (「実績値」, 「目標値(令和8年度)」)."""
    field = field_of(label)
    if field not in _KINDS:
        return _year_then_kind(label, index, context)
    mentions = year_mentions(label, context=context)
    if _spans_years(label, mentions):
        return _Column(index, _KINDS[field], None)  # 「基準値(H29～R3平均)」: of no one year
    return _Column(index, _KINDS[field], mentions[0].year if mentions else None)


# 「R3.4.1（実績）」, 「令和11年度（目標）」: a year (or the day a fiscal year starts), its kind
# in brackets after it
_KIND_BRACKET = re.compile(r"^(?P<head>[^()（）]+?)\s*[(（](?P<inner>[^()（）]{1,10})[)）]$")


def _year_then_kind(label: str, index: int, context: int | None) -> _Column | None:
    """A column labelled by its year alone, its kind in brackets after the year."""
    found = _KIND_BRACKET.match(label.strip())
    if found is None:
        return None
    kind = field_of(found.group("inner").strip(), exact=True)
    head = found.group("head").strip()
    mentions = year_mentions(head, context=context)
    if kind not in _KINDS or len(mentions) != 1 or mentions[0].start != 0:
        return None
    if head[mentions[0].end :].strip(" 度末時点現在"):
        return None
    return _Column(index, _KINDS[kind], mentions[0].year)


_RANGE_MARKS = frozenset("～~〜-－")


def _spans_years(label: str, mentions: list[YearMention]) -> bool:
    """「H29～R3平均」: two years joined by a range mark, a figure over the years between."""
    return any(
        label[a.end : b.start].strip() in _RANGE_MARKS
        for a, b in itertools.pairwise(mentions)
        if a.kind != "date" and b.kind != "date"
    )


def _from_attributes(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """「○○者数（基準値：1,237人（令和4年度）／目標値：2,000人（令和8年度））」 as a list item."""
    for block in doc.of_kind("item"):
        text = doc.folded[block.start : block.end]
        groups = attribute_groups(text, block.start)
        if not groups:
            continue
        before = doc.folded[block.start : groups[0].start]
        name = _NAME.search(before)
        if name is not None and not _names_measure(name.group()):
            # 「○○数は、令和2年度の30件から…増えました（目標50件）」: a sentence's
            # subject is the name; a figure or a clause before the bracket is none
            name = _ATTRIBUTED_SUBJECT.match(before)
        if name is None:
            continue
        name_cell = Cell(
            name.group("name"), block.start + name.start("name"), block.start + name.end("name")
        )
        for attribute in (a for g in groups for a in g.attributes):
            column = _column(attribute.label, 0, context)
            if column is not None:
                value = Cell(attribute.value, attribute.start, attribute.end)
                observation = _observation(doc, name_cell, value, column, context)
                if observation is not None:
                    yield observation


_NAME = re.compile(r"(?P<name>\w\S*)$")  # the name an attribute group follows, not its bullet
_ATTRIBUTED_SUBJECT = re.compile(
    r"^[\s■□●○◆◇・*•◦▪\-]*(?P<name>[^\s、。,はが0-9]{2,30})(?:は|が)[、,]"
)


def _names_measure(text: str) -> bool:
    """A name, not a figure (「8.5%」) nor a clause (「…から30件に増えました」)."""
    return not re.match(r"[0-9]", text) and not re.search(r"[、。,]", text) and not year_mentions(
        text
    )


def _from_field_runs(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """【指標名】○○者数 then 【基準値】…, 【実績値】…, 【目標値】… as fields of their own, or
    「指標：○○率 現状値 40.0%(令和2年度) → 目標値 55.0%」 with the values after the name.

    A sheet evaluating one year prints its indicator's actual without a year (【目標値】250
    【実績値】237): that run's yearless values are the document's year."""
    defaults: dict[str, int] | None = None  # read at the first indicator field only
    years = _series_years(doc)
    run: list[Observation] = []
    name: Cell | None = None
    above: Block | None = None  # the line before the run: a header of years, perhaps
    for block in [*doc.blocks, None]:
        if block is not None and block.kind == "item" and block.label is None:
            block = _run_in_field(doc, block)  # 「- 指標：○○数 基準値 …」 as a list item
        if block is None or block.kind != "field" or block.label is None or block.value is None:
            yield from _dated_run(run, context)
            run, name, above = [], _heading_over_kinds(doc, block), block
            continue
        start = block.value_start or block.start
        value = Cell(block.value, start, start + len(block.value))
        if field_of(block.label) == "indicator":
            yield from _dated_run(run, context)
            run = []
            defaults = kind_years(doc) if defaults is None else defaults
            name, inline = _inline_values(doc, value, context, defaults)
            name = _bare_name(name)
            yield from inline
            continue
        column = _column(block.label, 0, context)
        series = _series(value, years)
        if not series and name is not None and column is not None and " " in value.text:
            series = _series(value, _header_years(doc, above, context))
        if name is not None and column is not None and series:
            for cell, year in series:
                dated = _Column(0, column.kind, year)
                observation = _observation(doc, name, cell, dated, context)
                if observation is not None:
                    yield observation
        elif name is not None and column is not None and not _undated_series(value):
            observation = _observation(doc, name, value, column, context, keep_yearless=True)
            if observation is not None:
                run.append(observation)


def _run_in_field(doc: StructuredDocument, block: Block) -> Block:
    """A list item opening with an indicator's label and a colon (「- 指標：○○数 基準値 …」)
    as the field it prints; any other item as it is. Only the indicator label: other
    run-in labels of items are read by the readers of their own fields."""
    text = doc.folded[block.start : block.end]
    match = _RUN_IN_INDICATOR.match(text)
    if match is None or field_of(match.group("label"), exact=True) != "indicator":
        return block
    value = text[match.end() :].rstrip()
    if not value:
        return block
    return replace(
        block, kind="field", label=match.group("label"), value=value,
        value_start=block.start + match.end(),
    )  # fmt: skip


_RUN_IN_INDICATOR = re.compile(r"^[\s\-*・•]*(?P<label>[^:：\s]{1,8})[:：]\s*")


# 「指標 ○○率（％）基準値（R5）78.4 R6目標 80.0」: a form's label, a space, then its value
_SPACED_LABEL = re.compile(r"^(?P<label>\S{2,6})[ \t　]+(?=\S)")


def _from_spaced_label_lines(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """A form's indicator field whose label the PDF's text set off by a space, not a colon
    (「指標 ○○率（％）基準値（R5）78.4 R6目標 80.0 R6実績 79.1」): read as the field
    「指標：…」 is, when two kind-labelled values at least follow the name."""
    for block in doc.of_kind("paragraph"):
        found = _SPACED_LABEL.match(block.text)
        if found is None or field_of(found.group("label"), exact=True) != "indicator":
            continue
        rest = block.text[found.end() :]
        if len(_kind_labels_in(rest, context)) < 2:
            continue
        start = block.start + found.end()
        tail = _wrapped_tail(doc, block)
        gap = tail.start - (start + len(rest)) if tail is not None else 0
        text = rest + tail.text if tail is not None else rest
        joined = cast(StructuredDocument, _Joined(doc, start + len(rest), gap)) if gap else doc
        yield from _inline_values(joined, Cell(text, start, start + len(text)), context, {})[1]


_WRAP_MAX = 8  # characters of a line's tail the PDF's text wrapped onto a line of its own


def _wrapped_tail(doc: StructuredDocument, block: Block) -> Cell | None:
    """The few characters a PDF line wrapped onto the next line (「… R9」 over 「目標 400件」,
    「… 180,」 over 「000」): the next block, short, with no sentence nor colon of its own."""
    after = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if after is None or after.kind == "table":
        return None
    line = doc.text[after.start : after.end].strip()
    if not line or len(line) > _WRAP_MAX or re.search(r"[:：。、]", line):
        return None
    at = doc.text.index(line, after.start)
    return Cell(line, at, at + len(line))


class _Joined:
    """A document seen through a line joined to its wrapped tail: a position past `cut` in
    the joined line is `gap` characters further on in the text (past the line break)."""

    def __init__(self, doc: StructuredDocument, cut: int, gap: int) -> None:
        self._doc, self._cut, self._gap = doc, cut, gap

    def span(self, start: int, end: int) -> Span:
        return self._doc.span(
            start + self._gap if start >= self._cut else start,
            end + self._gap if end > self._cut else end,
        )

    def cell_span(self, cell: Cell) -> Span:
        return self.span(cell.start, cell.end)

    def __getattr__(self, name: str) -> object:
        return getattr(self._doc, name)


def _heading_over_kinds(doc: StructuredDocument, block: Block | None) -> Cell | None:
    """「○○施設の延床面積（××を除く）」 as a heading of its own over the fields 「基準値
    7,613㎡（令和元年度末）」, 「目標値 …」: an unnumbered short heading, no label nor
    sentence nor year, whose next block is a field of a kind names the indicator of the run."""
    following = doc.blocks[block.index + 1] if block and block.index + 1 < len(doc.blocks) else None
    if (
        block is None
        or following is None
        or block.kind != "heading"
        or block.number is not None
        or following.kind != "field"
        or field_of(following.label or "", exact=True) not in _KINDS
    ):
        return None
    text = block.text.strip()
    if (
        not text
        or field_of(text, exact=True) is not None
        or len(text) > _SERIES_NAME_MAX
        or re.search(r"[。、:：]|\s{3,}", text)
        or year_mentions(text)
    ):
        return None
    start = doc.folded.find(text, block.start, block.end)
    return _bare_name(Cell(text, start, start + len(text))) if start >= 0 else None


def _from_kind_lines(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """An indicator field (成果指標　○○者数) then lines of values each after its label
    (「平成30年度実績　5　　令和元年度実績　6」, 「最終目標(令和3年度)　6」): a form's
    stack of dated values, each label giving its value's kind and year."""
    name: Cell | None = None
    for block in doc.blocks:
        if block.kind == "field" and block.label and field_of(block.label) == "indicator":
            value = block.value or ""
            start = block.value_start or block.start
            name = _bare_name(Cell(value, start, start + len(value))) if value else None
            continue
        if block.kind == "field" and block.label and field_of(block.label, exact=True) == "unit":
            continue  # 指標名 X / 単位 人 / 基準値(R1) 12: the unit line is the indicator's
        pairs = _kind_value_pairs(doc, block, context) if block.kind in (
            "heading", "paragraph") else []  # fmt: skip
        if not pairs:
            name = _heading_name(doc, block)
            continue
        if name is None:
            continue
        for column, cell in pairs:
            observation = _observation(doc, name, cell, column, context)
            if observation is not None:
                yield observation


def _heading_name(doc: StructuredDocument, block: Block) -> Cell | None:
    """「【延床面積の縮減目標】」 over lines 「基準値(平成27年度) 27,135㎡」: an unnumbered
    heading (or a short line, perhaps bulleted 「・○○の稼働率(%)」: a name, no sentence, no
    year) that is no label of its own, followed by a line of dated kinds and values, names
    the indicator those lines measure."""
    following = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if (
        block.kind not in ("heading", "paragraph", "item")
        or block.number is not None
        or field_of(block.text, exact=True) is not None
        or len(block.text) > _SERIES_NAME_MAX
        or re.search(r"[。、:：]|\s{3,}", block.text)  # a sentence; two cells side by side
        or year_mentions(block.text)
        or following is None
        or following.kind not in ("heading", "paragraph")
        or not _kind_value_pairs(doc, following, None)
    ):
        return None
    start = doc.folded.find(block.text, block.start, block.end)
    if start < 0:
        return None
    return Cell(block.text, start, start + len(block.text))


_FLAT_VALUE = re.compile(r"^[-−▲△]?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?$")
_CONTINUATION_MAX = 12  # a wrapped cell's rest on the next line: a few characters


def _from_flat_rows(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A table PDF extraction flattened into words: a header line of labels with an
    indicator column and one year (「No. 取組項目 … 指標 令和5年度 効果額 評価」), under it
    the kinds that year spans (「目標 実績 (千円)」), then numbered rows whose indicator is
    the word right before as many values as there are kinds. A wrapped name's rest, printed
    on the next line, is left out: the name is read up to its unclosed bracket."""
    year: int | None = None
    columns: list[_Column] = []
    for block in doc.blocks:
        if block.kind == "table":
            year, columns = None, []
            continue
        text = doc.folded[block.start : block.end]
        words = [
            Cell(m.group(), block.start + m.start(), block.start + m.end())
            for m in _WORD.finditer(text)
        ]
        labels = [field_of(w.text, exact=True) for w in words]
        years = [y for w in words if (y := _year_alone(w.text, context)) is not None]
        if "indicator" in labels and len(years) == 1:
            year, columns = years[0], []
            continue
        if year is not None and not columns:
            kinds = [_KINDS[f] for f in labels if f in _KINDS]
            if len(kinds) >= 2 and all(
                f in _KINDS or _BRACKETED_ONLY.match(w.text)
                for f, w in zip(labels, words, strict=True)
            ):
                columns = [_Column(0, kind, year) for kind in kinds]
                continue
            year = None
            continue
        if not columns:
            continue
        if block.number is None or not block.number.isdigit():
            if len(text.strip()) > _CONTINUATION_MAX or "。" in text:
                year, columns = None, []
            continue
        yield from _flat_row(doc, words[1:], columns, context)


@cache
def _column_cues() -> dict[str, ObservationKind]:
    """Words closing an indicator table's column label (「R3決算」 → actual;
    `mkf:indicatorColumnCue` in ontology/fields.ttl): data, not code."""
    return {
        word: _KINDS[concept]
        for concept, word in _field_words("indicatorColumnCue")
        if concept in _KINDS
    }


def _cue_column(label: str, index: int, context: int | None) -> _Column | None:
    """A column of an indicator table labelled by a year and a cue of its kind (「R3決算」)."""
    mentions = year_mentions(label, context=context)
    if len(mentions) != 1 or mentions[0].start != 0:
        return None
    rest = label[mentions[0].end :].strip()
    kind = _column_cues().get(rest)
    return _Column(index, kind, mentions[0].year) if kind is not None else None


_CAPTION_MAX = 60
_NOTE_MIN = 8  # a bracket longer than a unit (累計・人) explains the name: no part of it


def _from_kind_row_tables(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """A table without a header, a row per kind (「基準値 | 令和2年度末 | 1,237㎡」, 「目標値 |
    令和12年度末 | 1,000㎡」), under the line naming the indicator it measures. Amounts of
    money are budgets, never such a table."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or block.index == 0:
            continue
        rows = [table.header_cells, *table.rows]
        if len(rows) < 2 or any(not row or _kind_of(row[0].text) is None for row in rows):
            continue
        if any("円" in c.text for row in rows for c in row):
            continue  # amounts of money by kind are budgets
        caption = doc.blocks[block.index - 1]
        text = caption.text.strip()
        if caption.kind not in ("heading", "paragraph") or not text or "。" in text:
            continue
        if len(text) > _CAPTION_MAX:
            continue
        raw = doc.folded[caption.start : caption.end]
        start = caption.start + raw.index(text[0])
        note = re.search(r"\(([^()]*)\)$", text)
        if note is not None and note.start() > 0 and len(note.group(1)) > _NOTE_MIN:
            text = text[: note.start()]
        name = Cell(text, start, start + len(text))
        for row in rows:
            kind = _kind_of(row[0].text)
            years = [y for c in row[1:] if (y := _year_alone(c.text, context)) is not None]
            values = [c for c in row[1:] if _LEADING_NUMBER.match(c.text) and not
                      year_mentions(c.text, context=context)]  # fmt: skip
            if kind is None or len(years) != 1 or len(values) != 1:
                continue
            observation = _observation(doc, name, values[0], _Column(0, kind, years[0]), context)
            if observation is not None:
                yield observation


_BRACKETED_ONLY = re.compile(r"^[(（][^()（）]*[)）]$")


def _flat_row(
    doc: StructuredDocument, words: list[Cell], columns: list[_Column], context: int | None
) -> Iterator[Observation]:
    width = len(columns)
    at = next(
        (i for i in range(1, len(words) - width + 1)
         if all(_FLAT_VALUE.match(w.text) for w in words[i : i + width])),
        None,
    )  # fmt: skip
    if at is None or _FLAT_VALUE.match(words[at - 1].text):
        return
    name = words[at - 1]
    opened = name.text.rfind("(")
    if opened > 0 and ")" not in name.text[opened:]:
        name = Cell(name.text[:opened], name.start, name.start + opened)
    name = _bare_name(name) or name
    for column, value in zip(columns, words[at : at + width], strict=True):
        observation = _observation(doc, name, value, column, context)
        if observation is not None:
            yield observation


# a value and its unit, perhaps a note in brackets after it (「31,750人(基準値から約25%増)」)
_PAIR_VALUE = re.compile(
    r"^(?P<value>[-−▲△]?[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）]{0,4})(?:\s*[(（][^()（）]*[)）])?$"
)


def _kind_value_pairs(
    doc: StructuredDocument, block: Block, context: int | None
) -> list[tuple[_Column, Cell]]:
    """A line made only of values each after the label of its dated kind, else nothing:
    「平成30年度実績 5 令和元年度実績 6」, 「2022年度実績 21 / 2023年度目標 24」,
    「R4実績 21分 → R5実績 15分」, 「令和5年度実績 42回(令和5年度目標 48回)」."""
    text = doc.folded[block.start : block.end]
    if (lead := _KIND_LEAD.match(text)) is not None:
        # 「実績値 令和2年度 51.5 令和3年度 53.0」: the kind once, then years and values
        column = _column(lead.group("label"), 0, context)
        if column is not None and column.year is None:
            series = _dated_series(doc, block, lead.end(), column, context)
            if series:
                return series
    found = _kind_labels_in(text, context)
    if not found or text[: found[0][0]].strip(_PAIR_MARKS):
        return []
    pairs = []
    for (begin, match), after in zip(found, [*found[1:], None], strict=True):
        end = after[0] if after else len(text)
        printed = text[match.end() : end].strip(_PAIR_MARKS)
        column = _column(text[begin : match.end("label")], 0, context)
        value = _PAIR_VALUE.match(printed) or _PAIR_VALUE.match(text[match.end() : end].strip())
        if column is None or column.year is None or value is None:
            return []
        at = block.start + text.index(value.group("value"), match.end())
        pairs.append((column, Cell(value.group("value"), at, at + len(value.group("value")))))
    return pairs


_PAIR_MARKS = " \t/／|｜、,→⇒()（）"  # the marks between a line's labelled values
_KIND_LEAD = re.compile(r"^\s*(?P<label>[^\s0-9:：]{1,6})[\s:：]+")
_SERIES_VALUE = re.compile(r"\s*(?P<value>[-−▲△]?[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）、,]{0,4})")


def _dated_series(
    doc: StructuredDocument, block: Block, at: int, column: _Column, context: int | None
) -> list[tuple[_Column, Cell]]:
    """The years and values after a kind's label printed once for them all (「令和2年度 51.5
    令和3年度 53.0」, two pairs or more and nothing else), each value with its year."""
    text = doc.folded[block.start : block.end]
    pairs: list[tuple[_Column, Cell]] = []
    end = at
    for mention in year_mentions(text[at:], context=context):
        start = at + mention.start
        if mention.kind == "date" or text[end:start].strip(_PAIR_MARKS):
            return []
        value = _SERIES_VALUE.match(text, at + mention.end)
        if value is None:
            return []
        begin = block.start + value.start("value")
        printed = Cell(value.group("value"), begin, begin + len(value.group("value")))
        pairs.append((replace(column, year=mention.year), printed))
        end = value.end()
    if len(pairs) < 2 or text[end:].strip(_PAIR_MARKS):
        return []
    return pairs


def _from_label_tables(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A table of labels and their values (指標名 | ○○数, 目標値(令和5年度) | 40人,
    実績値 | 38人), one or two pairs to a row: the fields of a sheet set out as a table,
    read as the fields are."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        pairs = label_pairs(  # two fields to a row: 「基準値(R2) | 120 | 目標値(R7) | 150」
            table, lambda text: field_of(text) is not None or _column(text, 0, context) is not None
        )
        if pairs is None:
            continue
        name: Cell | None = None
        run: list[Observation] = []
        # 「基準値は令和5年度実績、目標値は令和7年度の値です」: a legend dating yearless values
        legend = kind_years(doc)
        for label, value in pairs:
            if field_of(label.text) == "indicator":
                yield from _dated_run(run, context)
                name, run = _bare_name(value), []
                continue
            if not label.text.strip() and name is not None and not run:
                run = _continued_values(doc, name, value, context)  # its values' own row
                continue
            column = _column(label.text, 0, context)
            if name is None or column is None:
                continue
            if column.year is None and column.kind in legend:
                column = _Column(column.index, column.kind, legend[column.kind])
            observation = _observation(doc, name, value, column, context, keep_yearless=True)
            if observation is not None:
                run.append(observation)
        yield from _dated_run(run, context)


def _continued_values(
    doc: StructuredDocument, name: Cell, value: Cell, context: int | None
) -> list[Observation]:
    """成果指標 | ○○量 over a row with no label | 目標 7,310 ／ 実績 7,345（R6）: the name's
    values, each after its kind's label, continued in the cell below (a boxed sheet's field
    over two lines)."""
    return _inline_values(doc, value, context, {}, name=name)[1]


def _dated_run(run: list[Observation], context: int | None) -> Iterator[Observation]:
    """A run's values; yearless ones take the document's year when an actual is among them."""
    yearless_actual = any(o.fiscal_year is None and o.kind == "actual" for o in run)
    for observation in run:
        if observation.fiscal_year is None and yearless_actual and context is not None:
            yield replace(observation, fiscal_year=context)
        elif observation.fiscal_year is not None or observation.kind == "target":
            yield observation


@cache
def _kind_label_pattern() -> re.Pattern[str]:
    labels = sorted((label for kind in _KINDS for label in labels_of(kind)), key=len, reverse=True)
    words = "|".join(re.escape(label) for label in labels)
    # 「現状値(令和6年度)7地区」: the label may carry its year in brackets before the value
    return re.compile(
        rf"(?P<label>(?:{words})(?:\s*[(（][^()（）]{{1,15}}[)）])?)"
        r"[\s:：]*(?=[-−▲△0-9―ー─])"
    )


_LABEL_BOUNDARY = " \t→⇒/／、,:：()（）"
_YEAR_GLUE = re.compile(r"(?<=[年度])(?:末|時点|現在)?の$")


def _kind_labels_in(text: str, context: int | None) -> list[tuple[int, re.Match[str]]]:
    """Each kind's label before a value in `text`, with where the label starts: at the
    kind's word, or at the year printed just before it (「令和5年度実績 42」, 「R7目標 60」).
    A label starts a word (after a space, an arrow, a slash, a colon or a bracket): 事業計画
    holds no label of a plan's value."""
    found: list[tuple[int, re.Match[str]]] = []
    for match in _kind_label_pattern().finditer(text):
        begin = match.start()
        word = re.search(rf"[^{re.escape(_LABEL_BOUNDARY)}0-9年度末の]+$", text[:begin])
        if word is not None:
            field = field_of(word.group() + match.group("label"))
            if field in _KINDS and field == field_of(match.group("label")):
                begin = word.start()  # 「最終目標」: a longer label of the same kind
        before = text[:begin].rstrip(" ")
        glue = _YEAR_GLUE.search(before)  # 「令和5年度末の実績」: the year, then の
        if glue is not None and glue.start() < len(before):
            before = before[: glue.start()]
        mentions = [m for m in year_mentions(before, context=context) if m.kind != "date"]
        if mentions and mentions[-1].end == len(before) and (
            mentions[-1].start == 0 or before[mentions[-1].start - 1] in _LABEL_BOUNDARY
        ):
            begin = mentions[-1].start
        if begin == 0 or text[begin - 1] in _LABEL_BOUNDARY:
            found.append((begin, match))
    return found


def _inline_values(
    doc: StructuredDocument,
    cell: Cell,
    context: int | None,
    defaults: dict[str, int],
    *,
    name: Cell | None = None,
) -> tuple[Cell, list[Observation]]:
    """The indicator's name and the values labelled with their kind after it in one field
    (「○○率：基準値 40.0%(令和2年度)／令和5年度実績 45.1%」); with `name`, the cell holds
    the values only, the name printed elsewhere."""
    found = _kind_labels_in(cell.text, context)
    if not found:
        return cell, []
    if name is None:
        name_text = cell.text[: found[0][0]].rstrip(_SEPARATORS + ":：")
        name = Cell(name_text.strip(), cell.start, cell.start + len(name_text))
    elif cell.text[: found[0][0]].strip():
        return cell, []  # words before the first label: not values alone
    if not name.text:
        return cell, []
    observations: list[Observation] = []
    own_year: list[bool] = []  # each value's year printed with it, not in its label
    before: _Column | None = None
    for (begin, match), after in zip(found, [*found[1:], None], strict=True):
        end = after[0] if after else len(cell.text)
        printed = cell.text[match.end() : end].rstrip(_SEPARATORS)
        value = Cell(printed, cell.start + match.end(), cell.start + match.end() + len(printed))
        column = _column(cell.text[begin : match.end("label")], 0, context)
        if column is None:
            continue
        column = _year_carried([before, column])[1] or column
        before = column
        labelled_year = column.year is not None
        if column.year is None:
            column = _Column(0, column.kind, defaults.get(column.kind))
        for part in _listed_values(value):  # 「目標 40件(R8)・55件(R10)」: one per year
            observation = _observation(doc, name, part, column, context)
            if observation is not None:
                observations.append(observation)
                own_year.append(not labelled_year and observation.fiscal_year is not None)
    return name, _paired_targets(observations, own_year)


_LISTED_VALUE = re.compile(r"[0-9][0-9,.]*[^0-9()（）・]{0,4}[(（][^()（）]+[)）]")


def _listed_values(value: Cell) -> list[Cell]:
    """「40件(令和8年度)・55件(令和10年度)」 after one kind's label: values of that kind
    for several years, each with its own year in brackets, listed with 「・」; any other
    value as it is."""
    parts = value.text.split("・")
    if len(parts) < 2 or not all(_LISTED_VALUE.fullmatch(p.strip()) for p in parts):
        return [value]
    cells, at = [], value.start
    for part in parts:
        cells.append(Cell(part.strip(), at, at + len(part.strip())))
        at += len(part) + 1
    return cells


def _paired_targets(observations: list[Observation], own_year: list[bool]) -> list[Observation]:
    """「目標 71.0 実績 70.4（R5）」: a target printed without a year, set against the actual
    right after it whose value carries its year in brackets, is the target of that year.
    An actual dated by its label (「目標 500 ／ 令和6年度末実績 520」) dates only itself."""
    if not observations:
        return []
    return [
        replace(o, fiscal_year=after.fiscal_year)
        if o.kind == "target" and o.fiscal_year is None and after is not None
        and after.kind == "actual" and dated
        else o
        for o, after, dated in zip(
            observations, [*observations[1:], None], [*own_year[1:], False], strict=True
        )
    ]  # fmt: skip


_SEPARATORS = " \t→⇒/／、,"
# 「■令和5年度」, 「【2024年度】」, 「令和7年度（目標のみ）」: a line that is a year alone,
# set off by marks, perhaps with a short note in brackets after it
_SECTION_MARKS = re.compile(r"^[\s■□◆◇●○▼▽【】\[\]<>＜＞〈〉《》]*$")
_SECTION_NOTE = re.compile(r"[(（][^()（）]{1,12}[)）]\s*$")


def _section_dated(
    doc: StructuredDocument, table: Table, columns: list[_Column], context: int | None
) -> list[_Column]:
    """目標値 | 実績値 printed without years under a line that is a year alone (「■令和5年度」,
    a file printing each year's block of rows under its own year): that year is the year of
    every undated column. Read only when such a column is there."""
    if not any(c.year is None for c in columns):
        return columns
    caption = _caption_above(doc, table)
    if caption is None:
        return columns
    line = _SECTION_NOTE.sub("", caption.strip())
    mentions = [m for m in year_mentions(line, context=context) if m.kind != "date"]
    if len(mentions) != 1 or not _SECTION_MARKS.match(
        line[: mentions[0].start] + line[mentions[0].end :].replace("度", "", 1)
    ):
        return columns
    year = mentions[0].year
    return [replace(c, year=year) if c.year is None else c for c in columns]


def _legend_dated(
    doc: StructuredDocument, columns: list[_Column], table: Table
) -> list[_Column]:
    """A table's columns of a kind printed without a year (成果指標 | 基準値 | 目標値), dated
    by the legend the document prints once for them (「成果指標の基準値は令和2年度実績、目標
    値は令和7年度です」). Read only when such a column is there."""
    if not any(c.year is None for c in columns):
        return columns
    years = {**kind_years(doc), **caption_kind_years(doc, table)}
    return [
        _Column(c.index, c.kind, years[c.kind])
        if c.year is None and c.kind in years and field_of(table.header[c.index]) in _KINDS
        else c
        for c in columns
    ]


def _compound(row: list[Cell], columns: list[_Column]) -> bool:
    """「橋梁23.0% トンネル75.0%」: a row measuring several things at once, one value per
    labelled part; no value of the row is the indicator's own."""
    for column in columns:
        if column.index < len(row):
            text = row[column.index].text
            if not _LEADING_NUMBER.match(text) and len(find_quantities(text)) >= 2:
                return True
    return False


def _named_kind(label: str) -> ObservationKind:
    """The kind the indicator column's own label gives the year-only columns beside it:
    「目標指標 | 令和4年度 | 令和5年度」 prints each year's target; a bare 指標名 the baseline."""
    for kind in ("target", "actual", "estimate"):
        if any(word in label for word in labels_of(kind)):
            return _KINDS[kind]
    return "baseline"


def _kind_year_label(label: str) -> str | None:
    """「基準値 年度」 (a kind over the year and the value of a header on two rows): the kind
    whose values that column dates, else None."""
    upper, _, lower = label.rpartition(" ")
    if not upper or field_of(lower, exact=True) != "fiscalYear":
        # 「現状値の年度」, 「目標年度」: a kind's label joined to 年度, a column of its own
        joined = _KIND_YEAR.fullmatch(label_key(label))
        if joined is None:
            return None
        kind = joined.group("kind")  # 「KPI基準年度」: the kind after the indicator's label
        fields = (field_of(kind[k:], exact=True) for k in range(len(kind) - 1))
        return next((f for f in fields if f in _KINDS), None)
    field = field_of(upper)
    return field if field in _KINDS else None


_KIND_YEAR = re.compile(r"(?P<kind>[^\s0-9]{2,5}?)の?(?:年度|年次)")


def _merged_field(label: str) -> str | None:
    """The field a label names; for a kind over a word naming none (「目標(令和8年度) 値」, the
    lower row of a header on two rows), the kind's."""
    field = field_of(label)
    upper, _, lower = label.rpartition(" ")
    if field is None and upper and field_of(lower) is None:
        return field_of(upper)
    return field


# 「活動指標の目標値(…)」: the label up to its last 「の」, naming whose value the column holds
_OF_TAIL = re.compile(r"^.*の(?=[^の]+$)")


def _value_columns(
    table: Table, context: int | None, year_kind: ObservationKind = "baseline"
) -> list[_Column]:
    columns: list[_Column] = []
    indicator_table = any(field_of(label) == "indicator" for label in table.header)
    for index, label in enumerate(table.header):
        mentions = year_mentions(label, context=context)
        if _kind_year_label(label) is not None:
            continue  # the years of a kind's values, no values
        field = _merged_field(label)
        if field == "budget" and indicator_table:
            continue  # 「事業費 令和7年度」 beside a project's indicator: its cost, no value
        if field not in _KINDS and field_of(_OF_TAIL.sub("", label)) in _KINDS:
            field = field_of(_OF_TAIL.sub("", label))  # 「活動指標の目標値(令和9年度)」
        if field not in _KINDS and (bracketed := _year_then_kind(label, index, context)):
            columns.append(bracketed)  # 「R3.4.1（実績）」: the day's fiscal year, its kind
            continue
        if any(m.kind == "date" for m in mentions) and not _kind_as_of_day(label):
            # "平成15年9月30日現在": a day within the year, not the year's value; a kind's
            # value as of a day (基準値(令和2年4月1日)) is that day's year's
            continue
        year = mentions[0].year if mentions else None
        if (dated := _year_with_kind(label, context)) is not None:
            columns.append(_Column(index, dated[1], dated[0]))
        elif field in _KINDS:
            columns.append(_Column(index, _KINDS[field], year))
        elif indicator_table and (cued := _cue_column(label, index, context)) is not None:
            columns.append(cued)  # 「R4決算」 over an indicator table's column
        elif len(mentions) == 1 and _YEAR_ONLY_REST.match(
            label[: mentions[0].start] + label[mentions[0].end :]
        ):
            columns.append(_Column(index, year_kind, year))
    return _planned(columns, table.header, context)


def _planned(columns: list[_Column], header: list[str], context: int | None) -> list[_Column]:
    """The kind of the columns headed by a year alone, from the columns around them.

    A plan's years, none before the document's year (指標 | 2025年度 | 2026年度 | 2027年度 in
    a plan of 2025): each year's value is what the plan aims at. Years between a baseline's
    and a target's (令和5年度(基準) | 令和6年度 | 令和7年度 | 令和9年度(目標)), up to the
    document's year: the progress made, each year's actual; so too two or more past years
    before a target's, without a baseline (区分 | 令和5年度 | 令和6年度 | 令和9年度(目標))."""
    bare = [c for c in columns if c.kind == "baseline" and _is_bare_year(header[c.index])]
    if (
        context is not None
        and len(bare) >= 2
        and len(bare) == len(columns)
        and all(c.year is not None and c.year >= context for c in bare)
    ):
        return [replace(c, kind="target") for c in columns]
    labelled = [c for c in columns if c not in bare and c.year is not None]
    start = min((c.year for c in labelled if c.kind == "baseline" and c.year), default=None)
    end = max((c.year for c in labelled if c.kind == "target" and c.year), default=None)
    # 区分 | 令和5年度 | 令和6年度 | 令和9年度(目標): years up to the document's, no baseline
    # among them, then the target: each year's actual on the way to it
    if (
        start is None
        and end is not None
        and context is not None
        and len(bare) >= 2
        and all(c.year is not None and c.year <= min(context, end - 1) for c in bare)
    ):
        return [replace(c, kind="actual") if c in bare else c for c in columns]
    if start is None or end is None or not bare:
        return columns
    last = min(end, context) if context is not None else end
    # 「令和6年度（見込）」 beside them: the years up to an estimated or actual year are past
    past = max((c.year for c in labelled if c.kind in ("actual", "estimate") and c.year),
               default=None)  # fmt: skip
    if past is not None and past > last:
        last = min(end, past)
    return [
        replace(c, kind="actual") if c in bare and c.year and start < c.year <= last else c
        for c in columns
    ]


def _plan_years(
    doc: StructuredDocument, table: Table, columns: list[_Column], context: int | None
) -> list[_Column]:
    """区分 | 令和6年度(実績) | 令和7年度 | 令和8年度 under a caption naming targets (「定員
    適正化計画の数値目標」): the years alone after the document's year and after every
    labelled column's are what the plan aims at, each year's target (a year still to come
    holds no baseline)."""
    bare = [c for c in columns if c.kind == "baseline" and _is_bare_year(table.header[c.index])]
    if context is None or not bare or any(c.year is None or c.year <= context for c in bare):
        return columns
    first = min(c.year for c in bare if c.year is not None)
    if any(c.year is None or c.year >= first for c in columns if c not in bare):
        return columns
    caption = _caption_above(doc, table)
    if caption is None or not any(cue in caption for cue in _caption_cues("target")):
        return columns
    return [replace(c, kind="target") if c in bare else c for c in columns]


def _caption_above(doc: StructuredDocument, table: Table) -> str | None:
    """The line printed just above a table (its caption), if it is no table itself; a unit
    note between them (「（単位：人）」) is read past."""
    block = next((b for b in doc.blocks if b.table is table), None)
    at = block.index - 1 if block is not None else -1
    if at > 0 and _UNIT_NOTE.match(doc.folded[doc.blocks[at].start : doc.blocks[at].end]):
        at -= 1
    above = doc.blocks[at] if at >= 0 else None
    if above is None or above.kind == "table":
        return None
    return doc.folded[above.start : above.end]


_UNIT_NOTE = re.compile(r"^\s*[(（]?単位\s*[:：][^()（）]{1,10}[)）]?\s*$")


def _is_bare_year(label: str) -> bool:
    mentions = year_mentions(label)
    return len(mentions) == 1 and bool(
        _YEAR_ONLY_REST.match(label[: mentions[0].start] + label[mentions[0].end :])
    )


_YEAR_WITH_KIND = re.compile(r"^(?P<year>[^()]+)\((?P<kind>[^()]{1,6})\)$")


def _year_with_kind(label: str, context: int | None) -> tuple[int, ObservationKind] | None:
    """「令和5年度(基準)」, 「令和9年度(目標)」: a year whose bracket names the kind of its
    values, by the kind's label or the stem of one (基準 of 基準値)."""
    match = _YEAR_WITH_KIND.match(label_key(label))
    if match is None:
        return None
    year = _year_alone(match.group("year"), context)
    printed = match.group("kind")
    kind = _kind_of(printed)
    if kind is None and len(printed) >= 2:
        kind = next(
            (_KINDS[k] for k in _KINDS if any(w.startswith(printed) for w in labels_of(k))),
            None,
        )
    return (year, kind) if year is not None and kind is not None else None


def _kind_as_of_day(label: str) -> bool:
    """「基準値(令和2年4月1日)」: a kind's label with the day it holds as a qualifier."""
    match = re.match(r"^(?P<kind>[^()]+)\((?P<day>[^()]+)\)$", label_key(label))
    return match is not None and field_of(match.group("kind"), exact=True) in _KINDS


def _observation(
    doc: StructuredDocument,
    name: Cell,
    cell: Cell,
    column: _Column,
    context: int | None,
    *,
    keep_yearless: bool = False,
) -> Observation | None:
    lead = _LEADING_YEAR.match(cell.text)
    if lead is not None:
        # 「平成30年度 9.1分」: the year first, then the value of that year
        mentions = year_mentions(lead.group("year"), context=context)
        if len(mentions) == 1 and mentions[0].end == len(lead.group("year")):
            column = _Column(column.index, column.kind, mentions[0].year)
            cell = Cell(cell.text[lead.end() :], cell.start + lead.end(), cell.end)
    text = cell.text
    match = _LEADING_NUMBER.match(text)
    if match is None:
        return None  # なし, ─, 橋梁23.0%…: no single value printed
    mentions = year_mentions(text, context=context)
    if any(m.start == 0 for m in mentions):
        return None  # the cell is a year (目標年度), not a value
    after = [m for m in mentions if m.start >= match.end()]
    year = after[0].year if after else column.year
    if year is None and column.kind != "target" and not keep_yearless:
        return None
    number = parse_numeral(match.group("number"))
    if number is None:
        return None
    value = _plain(number, match.group("number"))
    if match.group("sign"):
        value = -value
    unit = _UNIT.match(text[match.end() :])
    evidence = {
        "": doc.cell_span(cell),
        "indicator": doc.cell_span(name),
        "value": doc.span(cell.start + match.start("number"), cell.start + match.end()),
    }
    if after and (found := _located(doc, cell, after[0].start, after[0].end)) is not None:
        evidence["fiscal_year"] = found
    return Observation(
        indicator=name.text,
        fiscal_year=year,
        kind=column.kind,
        value=value,
        unit=unit.group() if unit else None,
        evidence=evidence,
    )


def _plain(number: Fraction, printed: str) -> float | int:
    return float(number) if "." in printed or number.denominator != 1 else int(number)


# -- a sheet: value columns labelled by a row inside the table ----------------------------
_LABEL_PARTS = re.compile(r"[/／\s()（）]+")


def _read_sheet(doc: StructuredDocument, table: Table) -> Iterator[Observation]:
    """Rows labelled with the indicator field, read against the row of dated value labels
    printed above them in the same table."""
    rows = [table.header_cells, *table.rows] if table.header_cells else list(table.rows)
    columns: dict[int, tuple[int, ObservationKind]] = {}
    for row in rows:
        found = _sheet_columns([c.text for c in row])
        if len(found) >= 2:
            columns = found
            continue
        if not columns or len(row) < 3 or field_of(row[0].text) != "indicator":
            continue
        name = row[1]
        if not name.text or _is_number(name.text):
            continue
        for index, (year, kind) in columns.items():
            if index >= len(row) or index < 2 or not row[index].text:
                continue
            quantity = parse_quantity(row[index].text)
            if quantity is None or isinstance(quantity.value, str):
                continue
            value = row[index]
            yield Observation(
                indicator=name.text,
                fiscal_year=year,
                kind="estimate" if quantity.estimate else kind,
                value=quantity.value,
                unit=quantity.unit,
                evidence={
                    "": doc.span(row[0].start, row[-1].end),
                    "indicator": doc.cell_span(name),
                    "value": doc.cell_span(value),
                },
            )


def _sheet_columns(labels: list[str]) -> dict[int, tuple[int, ObservationKind]]:
    """Column index → (year, kind) of a row of dated value labels; the current state
    (baseline) of a series that also prints actuals is the first actual."""
    onward = labels_of("onward")
    found: dict[int, tuple[int, ObservationKind]] = {}
    baselines: list[int] = []
    for index, label in enumerate(labels):
        mentions = year_mentions(label)
        if len(mentions) != 1 or mentions[0].kind == "date":
            continue
        rest = label[: mentions[0].start] + " " + label[mentions[0].end :]
        words = [w for w in _LABEL_PARTS.split(rest) if w]
        if any(label_key(w) in onward for w in words):
            continue
        fields = [field_of(w) for w in words]
        kind = next((f for f in fields if f in _KINDS), None)
        if kind is None:
            continue
        if kind == "baseline":
            baselines.append(index)
        found[index] = (mentions[0].year, _KINDS[kind])
    if any(kind == "actual" for _, kind in found.values()):
        for index in baselines:
            found[index] = (found[index][0], "actual")
    return found


# -- lines under a line of value labels -----------------------------------------------------
_WORD = re.compile(r"\S+")
_PAIR_SEPARATOR = re.compile(r"^[/／|｜、,]$")  # a mark alone between a line's labelled values
_MARKS = "■□●○◆◇・*•◦▪"  # bullets; • ◦ ▪ as a web page's nested lists print them


def _header_columns(
    labels: list[str], context: int | None, *, dated: bool = True
) -> list[_Column]:
    """「成果指標 R5実績 R6見込 R7目標」: an indicator label, then one dated kind per column.
    Not `dated` (a table's header, whose columns are sure), a kind need not print a year."""
    if len(labels) < (3 if dated else 2) or field_of(labels[0].strip(_MARKS)) != "indicator":
        return []
    labels = labels[: len(labels) - derived_tail(labels)]  # 「… R4実績 達成率」
    if _unit_after_name(labels):
        labels = [labels[0], *labels[2:]]  # 「指標名 単位 R4実績 …」: each row's unit, no value
    columns = [
        _column(label, index, context) or _cue_column(label, index, context)
        for index, label in enumerate(labels[1:])
    ]
    if any(c is None or (dated and c.year is None) for c in columns):
        return []
    return [c for c in columns if c is not None]


@cache
def _derived_labels() -> frozenset[str]:
    """The labels of columns derived from an indicator's values (達成率, 対前年度比;
    `mkf:derivedColumn` in ontology/fields.ttl)."""
    return frozenset(label_key(word) for _, word in _field_words("derivedColumn"))


def derived_tail(labels: list[str]) -> int:
    """How many of a header's last labels head columns derived from the values before them
    (「… R4目標 R4実績 達成率」, 「… R5 前年比(%)」): no values of the indicator."""
    count = 0
    for label in reversed(labels[1:]):
        key = re.sub(r"\(.*\)$", "", label_key(label))
        if not any(key.endswith(word) for word in _derived_labels()):
            break
        count += 1
    return count


def _unit_after_name(labels: list[str]) -> bool:
    """「指標名 単位 …」: a header whose second label is the unit column's."""
    return len(labels) > 2 and field_of(labels[1], exact=True) == "unit"


def _from_labelled_lines(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """Plain lines 「○○率 33.1% 34.0% 36.0%」 under a line (or a table's header) of value labels:
    a table the layout did not keep together; each line is a name and one value per label."""
    columns: list[_Column] = []
    years: list[int] = []
    undated: list[_Column] = []
    labels: list[Cell] = []  # the words of the undated header's value labels
    upper: list[str] = []  # a line of labels that may go on in the line under it
    unit = False  # the header has a unit column after the name
    tail = 0  # the header's last columns derived from the values (達成率): no values
    for index, block in enumerate(doc.blocks):
        if block.kind == "table" and block.table is not None:
            columns = _header_columns(block.table.header, context, dated=False)
            unit = _unit_after_name(block.table.header)
            tail = derived_tail(block.table.header) if columns else 0
            continue
        text = doc.folded[block.start : block.end]
        words = [
            Cell(m.group(), block.start + m.start(), block.start + m.end())
            for m in _WORD.finditer(text)
        ]
        found = _header_columns([w.text for w in words], context)
        unit = _unit_after_name([w.text for w in words]) if found else unit
        if not found and upper and len(words) == len(upper) - 1:
            # 「指標 基準値 平成30年度」 over 「(平成28年度) 目標値」: a header wrapped in its
            # cells, each label's rest under it
            joined = [upper[0], *(u + w.text for u, w in zip(upper[1:], words, strict=True))]
            found = _header_columns(joined, context)
        heads = bool(words) and field_of(words[0].text.strip(_MARKS)) == "indicator"
        upper = [w.text for w in words] if heads else []
        if found:
            columns = found
            tail = derived_tail([w.text for w in words])
            upper = []
            continue
        # 「指標名 基準値 実績値 目標値」 over 「(2019) (2022) (2024)」: the year of each kind
        # printed in brackets under it
        bracketed = [_bracketed_year(w.text, context) for w in words]
        if undated and len(bracketed) == len(undated) and all(
            y is not None and _BRACKETED_ONLY.match(w.text)
            for y, w in zip(bracketed, words, strict=True)
        ):
            columns = [_Column(c.index, c.kind, y) for c, y in zip(undated, bracketed, strict=True)]
            undated = []
            continue
        aligned = _aligned_years(doc, words, undated, labels, context)
        if aligned:
            # 「指標名 基準値 R5目標」 over 「(R2)」 printed under 基準値 alone: its year
            columns, undated = aligned, []
            continue
        own = _own_column(words)
        undated = _header_columns([w.text for w in own], context, dated=False)
        if not undated and _generic_corner(own):
            # 「区分 基準値 実績 目標値」: a corner naming no field over the names, then kinds
            undated = _header_columns(["指標", *(w.text for w in own[1:])], context, dated=False)
            undated = undated if len(undated) >= 2 and all(c.year is None for c in undated) else []
        if undated:
            columns = []
            unit = _unit_after_name([w.text for w in words])
            tail = derived_tail([w.text for w in own])
            labels = own[2:] if unit else own[1:]
            continue
        # 「令和3年度 令和4年度 令和5年度」 over 「(実績) (実績) (見込)」: a year and a kind
        # per column, the kinds printed in brackets under the years
        kinds = [_kind_of(w.text.strip("()（）")) for w in words]
        if years and len(kinds) == len(years) and all(
            k is not None and _BRACKETED_ONLY.match(w.text)
            for k, w in zip(kinds, words, strict=True)
        ):
            columns = [_Column(i, k, y) for i, (k, y) in enumerate(zip(kinds, years, strict=True))
                       if k is not None]  # fmt: skip
            years, unit, tail = [], False, 0
            continue
        years = [y for w in words if (y := _year_alone(w.text, context)) is not None]
        if len(years) < 2 or len(years) != len(words):
            years = []
        else:
            columns = []
            continue
        # 「1 ○○者数 人 98 120」: a row numbered in the table's first column, no heading
        numbered = bool(block.number and block.number.isdigit() and len(words) > 1
                        and words[0].text.rstrip(".．") == block.number)  # fmt: skip
        if numbered and columns:
            words = words[1:]
        row_kinds = ("paragraph", "heading") if block.number is None or numbered else ("paragraph",)
        if not columns or block.kind not in row_kinds or len(words) <= len(columns):
            if not _wrapped_rest(text):
                columns = []
            continue
        if tail and (len(words) <= len(columns) + tail or not all(
            _LEADING_NUMBER.match(w.text) or _kind_of_blank(w.text) for w in words[-tail:]
        )):
            columns = []
            continue
        words = words[: len(words) - tail]
        values = words[-len(columns) :]
        name_words = words[: -len(columns)]
        if unit and len(name_words) > 1 and len(name_words[-1].text) <= _SHORT_WORD:
            name_words = name_words[:-1]  # the row's unit, under the header's 単位
        # 「―」 under a year not measured yet holds a place: no value, the row goes on
        if not all(_LEADING_NUMBER.match(v.text) or _kind_of_blank(v.text) for v in values) or any(
            _LEADING_NUMBER.match(w.text) for w in name_words
        ) or all(_kind_of_blank(v.text) for v in values):
            columns = []
            continue
        name = Cell(
            doc.folded[name_words[0].start : name_words[-1].end],
            name_words[0].start,
            name_words[-1].end,
        )
        reach = _WRAPPED_LINES if _filled(doc, name.end) else 1
        for following in doc.blocks[index + 1 : index + 1 + reach]:
            rest = doc.folded[following.start : following.end].strip()
            if not _wrapped_rest(rest, name.text):
                break
            # 「自主防災組織の組 78.5% …」 then 「織率」: the name's rest, wrapped in its cell
            name = Cell(name.text + rest, name.start, name.end)
        for column, value in zip(columns, values, strict=True):
            observation = _observation(doc, name, value, column, context)
            if observation is not None:
                yield observation


_WRAPPED_LINES = 3  # lines a name cell may wrap onto under its row


def _filled(doc: StructuredDocument, end: int) -> bool:
    """A name that filled its cell: one space only between it and the value after it
    (「架空鳥獣によ 1,370」), where the header sets its labels apart by wider gaps; its rest
    may run on under the row."""
    return doc.folded[end : end + 1] == " " and bool(
        _LEADING_NUMBER.match(doc.folded[end + 1 : end + 24])
    )


def _generic_corner(words: list[Cell]) -> bool:
    """「区分」, 「項目」 opening a header line: a short word naming no field, over the names."""
    return len(words) >= 3 and len(words[0].text) <= 3 and field_of(words[0].text) is None and (
        _WORD_CHAR.match(words[0].text) is not None
    )


def _aligned_years(
    doc: StructuredDocument,
    words: list[Cell],
    undated: list[_Column],
    labels: list[Cell],
    context: int | None,
) -> list[_Column]:
    """A line of bracketed years alone under a header whose labels print no year of their
    own (「基準値」 over 「(R2)」; 「R5目標」 beside it dated already): each year dates the label
    printed above it, found by display column. The columns, else [] when a word is no
    bracketed year or stands under no undated label."""
    if not undated or not words or len(labels) != len(undated) or len(words) >= len(undated):
        return []
    lone = [k for k, c in enumerate(undated) if c.year is None]
    year = _bracketed_year(words[0].text, context) if len(words) == 1 else None
    if len(lone) == 1 and year is not None and _BRACKETED_ONLY.match(words[0].text):
        # 「指標名 基準値 R3見込 R4目標」 over 「(R1)」 set flush left by the PDF's text: one
        # label alone has no year, so the one bracketed year is its, wherever printed
        return [_Column(c.index, c.kind, year if k == lone[0] else c.year)
                for k, c in enumerate(undated)]  # fmt: skip
    years = {}
    for word in words:
        year = _bracketed_year(word.text, context)
        if year is None or not _BRACKETED_ONLY.match(word.text):
            return []
        at = _display_column(doc, word.start)
        above = [
            k for k, label in enumerate(labels)
            if _display_column(doc, label.start) - 1 <= at < _display_column(doc, label.end)
        ]  # fmt: skip
        if len(above) != 1 or undated[above[0]].year is not None:
            return []
        years[above[0]] = year
    return [
        _Column(c.index, c.kind, years.get(k, c.year)) for k, c in enumerate(undated)
    ]


def _display_column(doc: StructuredDocument, position: int) -> int:
    """The display column of `position` in its line (a full-width character is two wide)."""
    line_start = doc.folded.rfind("\n", 0, position) + 1
    return sum(2 if unicodedata.east_asian_width(ch) in "FW" else 1
               for ch in doc.text[line_start:position])  # fmt: skip


def _own_column(words: list[Cell]) -> list[Cell]:
    """A line of a page printed in two columns carries the other column's text after its
    own (「指標名 基準値 実績値 目標値 ・有害鳥獣の捕獲…」): the words from a bullet on."""
    at = next((k for k, w in enumerate(words) if k and w.text.startswith(("・", "•"))), None)
    return words[:at] if at is not None else words


def _bracketed_year(text: str, context: int | None) -> int | None:
    """「(2019)」「(令和元年度)」 under a kind's label: the year of that kind's values."""
    inner = text.strip("()（）")
    if re.fullmatch(r"(?:19|20)[0-9]{2}", inner):
        return int(inner)
    return _year_alone(inner, context)


def _wrapped_rest(text: str, name: str | None = None) -> bool:
    """A few characters alone on a line, no number, no mark, no sentence: the rest of the
    name cell of the row above, wrapped; it may close a bracket the name opened
    (「新規就農者数(5年」 then 「間累計)」)."""
    opened = name is None or name.count("(") > name.count(")")
    if opened and re.fullmatch(r"[^()]*\)", text):
        text = text[:-1]
    bare, unit = without_unit_bracket(text)
    if is_unit_bracket(text) or (unit is not None and _wrapped_rest(bare)):
        return True  # 「(人)」, 「額(千円)」: the name's last word and its unit, wrapped
    return (
        0 < len(text) <= _CONTINUATION_MAX
        and not re.search(r"[0-9\s。、:：【】()（）・]", text)
        and field_of(text, exact=True) is None
    )


def _bare_name(cell: Cell | None) -> Cell | None:
    """An indicator field's name without its circled number or its unit in brackets."""
    if cell is None:
        return None
    head = _NAME_NUMBER.match(cell.text)
    start = head.end() if head else 0
    tail = _NAME_UNIT.search(cell.text)
    inner = tail.group().strip().strip("()（）") if tail is not None else ""
    if len(inner) >= 2 and without_unit_bracket(cell.text)[1] is None:
        tail = None  # 「運行便数（年間）」, 「養成者数（累計）」: a qualifier, part of the name
    end = tail.start() if tail and tail.start() > start else len(cell.text)
    if start == 0 and end == len(cell.text):
        return cell
    return Cell(cell.text[start:end], cell.start + start, cell.start + end)


def _from_year_tables(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """【成果指標】○○率 then a table 年度 | 目標 | 実績 with a row per year: the indicator's
    values, each dated by its row and of its column's kind; or a table headed by its years
    with a row per kind (区分 | 令和4年度 | 令和5年度, then 目標 | 40 | 45)."""
    name: Cell | None = None
    years: list[int] = []
    for block in doc.blocks:
        if block.kind == "field" and block.label and block.value is not None:
            if field_of(block.label) == "indicator":
                start = block.value_start or block.start
                name = _bare_name(Cell(block.value, start, start + len(block.value)))
                years = []
            continue
        if block.kind != "table" or block.table is None or name is None:
            line = _years_only(doc.folded[block.start : block.end], context)
            if line:
                years = line
            elif block.kind == "heading":
                name = None
            continue
        table, current = block.table, name
        name = None
        headed = [_year_alone(label, context) for label in table.header[1:]]
        if not years and headed and all(year is not None for year in headed):
            years = [year for year in headed if year is not None]  # 区分 | 令和4年度 | …
        if years:
            yield from _year_columns_table(doc, current, table, years, context)
            continue
        kinds = [_kind_of(label) for label in table.header[1:]]
        if not kinds or any(k is None for k in kinds):
            continue
        for row in table.rows:
            mentions = year_mentions(row[0].text, context=context) if row else []
            if not mentions or mentions[0].start != 0:
                continue
            for index, kind in enumerate(kinds, start=1):
                if index < len(row) and kind is not None:
                    column = _Column(index, kind, mentions[0].year)
                    observation = _observation(doc, current, row[index], column, context)
                    if observation is not None:
                        yield observation


def _series_years(doc: StructuredDocument) -> list[int]:
    """「※各指標の列は左から令和元年度、令和2年度、令和3年度」: the years, in order, of the
    values a sheet prints side by side without their own labels."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        text = doc.folded[block.start : block.end]
        for label in labels_of("leftToRight"):
            at = text.find(label)
            if at >= 0:
                mentions = year_mentions(text[at + len(label) :])
                if len(mentions) >= 2:
                    return [m.year for m in mentions]
    return []


def _header_years(doc: StructuredDocument, line: Block | None, context: int | None) -> list[int]:
    """「種別 指標 R1 R2 R3」: a table's header printed as a line of its own over fields
    (目標 11 12 13 / 実績 10 12 -): the years it closes on, in order, one per value. The
    reader may have taken the line for a heading (「（年度） 令和4年度 令和5年度」)."""
    if line is None or line.kind not in ("paragraph", "heading"):
        return []
    text = doc.folded[line.start : line.end].strip()
    mentions = year_mentions(text, context=context)
    closing: list[YearMention] = []
    end = len(text)
    for mention in reversed(mentions):
        if mention.kind == "date" or text[mention.end : end].strip():
            break
        closing.insert(0, mention)
        end = mention.start
    return [m.year for m in closing] if len(closing) >= 2 else []


def _series(cell: Cell, years: list[int]) -> list[tuple[Cell, int]]:
    """A field holding one value per year of the note (「24 26 28」), each with its year."""
    words = [
        Cell(m.group(), cell.start + m.start(), cell.start + m.end())
        for m in _WORD.finditer(cell.text)
    ]
    if len(years) < 2 or len(words) != len(years):
        return []
    if not all(_LEADING_NUMBER.match(w.text) or _kind_of_blank(w.text) for w in words):
        return []
    return list(zip(words, years, strict=True))


def _undated_series(cell: Cell) -> bool:
    """「目標 11 12 13」 with no years to date them: a series, no one value of any year."""
    words = _WORD.findall(cell.text)
    return len(words) >= 2 and all(
        _LEADING_NUMBER.fullmatch(w) or _kind_of_blank(w) for w in words
    )


def _kind_of_blank(text: str) -> bool:
    """「-」 or 「―」: a year with no value printed yet."""
    return text in ("-", "―", "ー", "─", "−")


def _years_only(text: str, context: int | None) -> list[int]:
    """「平成30年度 令和元年度 令和2年度」: a line of years alone, the columns of what follows."""
    mentions = year_mentions(text, context=context)
    rest = text
    for mention in reversed(mentions):
        rest = rest[: mention.start] + rest[mention.end :]
    if len(mentions) < 2 or rest.strip():
        return []
    return [m.year for m in mentions]


def _year_columns_table(
    doc: StructuredDocument, name: Cell, table: Table, years: list[int], context: int | None
) -> Iterator[Observation]:
    """Rows 計画 | 23,170 | 23,170 and 実績 | 21,470 | 19,630 under a line of years: each row
    one kind, each value of the year above its column."""
    for row in [table.header_cells, *table.rows]:
        kind = _kind_of(row[0].text) if row else None
        if kind is None or len(row) - 1 != len(years):
            continue
        for index, year in enumerate(years, start=1):
            observation = _observation(doc, name, row[index], _Column(index, kind, year), context)
            if observation is not None:
                yield observation


_MEASURED = re.compile(r"[0-9,]*\.[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+")


def _from_keyed_tables(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A table of one year's results (No. | 取組項目 | 令和4年度実績) printed after the plan's
    table of indicators: a row whose key (its number, its item) names one row of the plan
    measures that row's indicator."""
    keys: dict[str, Cell | None] = {}
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        name_column = table.column(lambda label: field_of(label) == "indicator")
        if name_column is not None:
            # a policy's code (施策の方向 5-1-1) groups rows: it keys no one row
            grouping = {k for k, label in enumerate(table.header) if field_of(label) == "policy"}
            for row in table.rows:
                if name_column >= len(row) or not re.search(r"\w", row[name_column].text):
                    continue  # 「―」: the row measures nothing
                for index, cell in enumerate(row):
                    if _MEASURED.fullmatch(cell.text):
                        continue  # 「76.4」「7,081」: a measured figure keys no row
                    if index != name_column and index not in grouping and cell.text:
                        keys[cell.text] = None if cell.text in keys else row[name_column]
            continue
        columns = [c for c in _value_columns(table, context) if field_of(table.header[c.index])]
        if not keys or not columns:
            continue
        valued = {c.index for c in columns}
        for row in table.rows:
            name = next((keys[c.text] for k, c in enumerate(row)
                         if k not in valued and keys.get(c.text) is not None), None)  # fmt: skip
            if name is None or _LEADING_NUMBER.match(name.text):
                continue
            for column in columns:
                if column.index < len(row) and column.year is not None:
                    observation = _observation(doc, name, row[column.index], column, context)
                    if observation is not None:
                        yield observation


def _located(doc: StructuredDocument, cell: Cell, start: int, end: int) -> Span | None:
    """Where `cell.text[start:end]` stands in the document. A cell joined from the lines of
    a row printed over two (a value and, below it, its year) holds text that is not one
    stretch of the document: the piece is looked for within the cell's reach."""
    piece = cell.text[start:end]
    if doc.folded[cell.start + start : cell.start + end] == piece:
        return doc.span(cell.start + start, cell.start + end)
    at = doc.folded.find(piece, cell.start, cell.end)
    return doc.span(at, at + len(piece)) if at >= 0 and piece.strip() else None


_KIND_WORD_MAX = 5  # 最終目標, 実績値: a kind's label is a short word


def _run_kind(text: str) -> ObservationKind | None:
    """The kind a short label in a run names (目標, 実績, 最終目標), else None."""
    kind = _kind_of(text)
    if kind is None and len(text) <= _KIND_WORD_MAX and not re.search(r"[0-9]", text):
        field = field_of(text)
        kind = _KINDS.get(field) if field else None
    return kind


def _from_kind_runs(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A sheet's indicator row printed as one run of words (a PDF's cells run together):
    「成果指標 X件数 目標 R4 30件 実績 R3 22件 R4 27件」, each kind's label followed by year
    and value pairs. A name too long for its cell goes on at the start of the next line,
    before that line's own values (「…の創 … 」 then 「業件数 最終目標 R7 35件」)."""
    lines = _physical_lines(doc)
    for i, (start, end) in enumerate(lines):
        words = _words(doc, start, end)
        if len(words) < 4 or field_of(words[0].text, exact=True) != "indicator":
            continue
        first = next((k for k in range(2, len(words)) if _run_kind(words[k].text)), None)
        if first is None:
            continue
        name_words = words[1:first]
        if any(_LEADING_NUMBER.match(w.text) or _run_kind(w.text) for w in name_words):
            continue
        name = Cell(
            doc.folded[name_words[0].start : name_words[-1].end],
            name_words[0].start,
            name_words[-1].end,
        )
        run = words[first:]
        following = _words(doc, *lines[i + 1]) if i + 1 < len(lines) else []
        if (
            following
            and field_of(following[0].text, exact=True) is None
            and not _LEADING_NUMBER.match(following[0].text)
            and not _run_kind(following[0].text)
            and len(following[0].text) <= _CONTINUATION_MAX
            and (len(following) == 1 or any(_run_kind(w.text) for w in following[1:]))
        ):
            name = Cell(name.text + following[0].text, name.start, name.end)
            run += following[1:]
        yield from _run_values(doc, name, run, context)


# 「目標(令和9年度)30か所」, 「令和5年度実績 70件」: a kind's label (with its year), a value
_LABELLED_VALUE = re.compile(
    r"(?P<label>[^\s/／()→⇒]+(?:\([^()]*\))?)\s*"
    r"(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?[^\s/／()0-9.,]{0,4})(?=[\s/／()]|$)"
)
_BETWEEN_VALUES = re.compile(r"^[\s/／()→⇒、]*$")
_LINE_NAME_MAX = 30


def _month_alone(label: str, context: int | None) -> int | None:
    """「令和5年4月」, 「2023年4月1日現在」: a day or month alone, the fiscal year it falls in."""
    mentions = year_mentions(label, context=context)
    if len(mentions) != 1 or mentions[0].kind != "date":
        return None
    rest = label[: mentions[0].start] + label[mentions[0].end :]
    return mentions[0].year if not rest.strip(" 現在時点の") else None


def _line_column(label: str, context: int | None, *, arrow: bool) -> _Column | None:
    """A value's label on a line of labelled values: a kind (with its year); in a series
    drawn with arrows (「就任時(令和元年度)3園 → 令和3年度 5園」) a year alone too, its
    value the year's result, or the aim of a year still to come."""
    column = _column(label, 0, context)
    if column is not None or not arrow:
        return column
    year = _year_alone(label, context) or _month_alone(label, context)
    if year is None or context is None:
        return None
    return _Column(0, "actual" if year <= context else "target", year)


def _without_aside(rest: str, context: int | None, *, arrow: bool) -> str:
    """「6,153㎡ → 5,771㎡（▲6.2％）」: a bracket closing the line that labels no value
    of a kind (a rate of change, a note) is an aside, no value of the series."""
    aside = _NOTE_AFTER.search(rest)
    if aside is None or aside.start() == 0:
        return rest
    inner = list(_LABELLED_VALUE.finditer(aside.group()))
    if any(_line_column(m.group("label"), context, arrow=arrow) for m in inner):
        return rest  # 「70件（目標 90件）」: a value of another kind beside it
    return rest[: aside.start()]


def _starting_point(columns: list[_Column | None]) -> _Column | None:
    """「令和4年度末 6,153㎡ → 令和14年度末 5,771㎡」: the first value of a series drawn
    toward a target, dated by its year alone, is where the target starts from (a baseline);
    the years between are the results on the way."""
    first, last = columns[0], columns[-1]
    if first is None or last is None or len(columns) < 2 or last.kind != "target":
        return first
    return replace(first, kind="baseline") if first.kind == "actual" else first


def _from_labelled_value_lines(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """A line 「公園の数 目標(令和9年度)30か所/実績(令和5年度)26か所」 or 「相談
    件数 令和5年度実績 70件(目標 90件)」: an indicator's name, then only values each
    after a kind's label (its year in the label or in brackets after it), apart by spaces,
    slashes or brackets. Every label must name a kind, so a sentence is never read. In
    prose, a sentence 「待機者数：令和4年5月 18人 → 令和5年5月 9人（目標 令和7年5月 0人）」
    (the name set off by a colon) is read so too."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item", "heading"):
            continue
        for text, head, rest_at in _named_lines(block.text):
            label, colon, named = head.partition(":")
            if colon and named and field_of(label, exact=True) == "indicator":
                # 「指標:○○数 令和2年度実績 77人」: the field's label is no part of the name
                text, head, rest_at = text[len(label) + 1 :], named, rest_at - len(label) - 1
            rest = text[rest_at:]
            if not rest or ("(" not in text and "/" not in text and " " not in rest.strip()):
                continue
            if len(head) > _LINE_NAME_MAX or re.search(r"[0-9]", head) or _is_clause(head):
                continue
            if head.count("(") != head.count(")"):
                continue  # 「○○事業(所管」: a name cut off (its rest wrapped, or a column apart)
            yield from _labelled_values(doc, block, text, head, rest_at, context)


# 「開催回数 8回、延べ参加者数 230人」: names and values in turn, apart by commas
_LISTED_PAIR = re.compile(
    r"(?P<name>[^\s、,，0-9:：()（）]{2,20})\s*(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?[^\s、,，0-9]{0,4}?)"
    r"(?=[、,，]|\s*(?:でした|です|となっています|となりました)?\s*$)"
)
# 「令和6年度実績：」, 「令和4年度決算は、」: the kind's word after the year, then a colon or は
_DATED_LABEL = re.compile(r"(?P<kind>[^\s:：は、0-9]{1,6}?)\s*(?:[:：]|は[、,]?)\s*")
_PAIR_LIST_GAP = re.compile(r"^[、,，\s]*$")
_LIST_END = re.compile(r"\s*(?:でした|です|となっています|となりました)?\s*$")


def _from_dated_pair_lists(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """「令和3年度実績：開催回数 8回、延べ参加者数 230人」, 「※令和2年度決算は将来負担比率
    45.1％、実質公債費比率 8.2％でした」: a year and a kind's word (実績, 決算), then two or
    more names each with its value, and nothing else to the sentence's end: each name's
    value of that year and kind. A year without a kind's word (人口は…) is no such label."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item", "heading", "field"):
            continue
        line = doc.folded[block.start : block.end]
        if ("、" not in line and "," not in line) or not re.search(r"[0-9]", line):
            continue
        at = 0
        for sentence in line.split("。"):
            yield from _dated_pair_list(doc, block.start + at, sentence, context)
            at += len(sentence) + 1


def _dated_pair_list(
    doc: StructuredDocument, offset: int, sentence: str, context: int | None
) -> Iterator[Observation]:
    for mention in year_mentions(sentence, context=context):
        if mention.kind == "date":
            continue
        label = _DATED_LABEL.match(sentence[mention.end :])
        if label is None:
            continue
        word = label.group("kind").lstrip("度末")
        kind = _kind_of(word) or _column_cues().get(word)
        if kind is None:
            continue
        start = mention.end + label.end()
        pairs = list(_LISTED_PAIR.finditer(sentence, start))
        if len(pairs) < 2 or pairs[0].start() != start:
            return
        gaps = [sentence[a.end() : b.start()] for a, b in itertools.pairwise(pairs)]
        if not all(_PAIR_LIST_GAP.match(g) for g in gaps):
            return
        if not _LIST_END.fullmatch(sentence[pairs[-1].end() :]):
            return
        column = _Column(0, kind, mention.year)
        for pair in pairs:
            if "円" in pair.group("value") or _is_clause(pair.group("name")):
                return
        for pair in pairs:
            name = Cell(pair.group("name"), offset + pair.start("name"), offset + pair.end("name"))
            value = Cell(pair.group("value"), offset + pair.start("value"),
                         offset + pair.end("value"))  # fmt: skip
            observation = _observation(doc, name, value, column, context)
            if observation is not None:
                yield observation
        return


_STACKED_VALUE = re.compile(r"^[-−▲△]?[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9]{0,3}$")


def _from_stacked_rows(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A header line 「指標名 基準値(R3) 目標(R7)」 (the indicator column's label, then kinds
    with their years), each row under it printed as its name on one line and its values on
    the next (a name too long for its cell in a PDF's text), or both on one line: each
    name's value under each kind. The rows end at a blank line or a line of neither form."""
    heads = tuple(label for label in labels_of("indicator") if len(label) >= 2)
    for block in doc.blocks:
        if block.kind not in ("field", "paragraph", "heading"):
            continue
        if not doc.folded.startswith(heads, block.start):
            continue  # a header line opens with the indicator column's label
        end = doc.folded.find("\n", block.start)
        end = len(doc.folded) if end < 0 else end
        labels = doc.folded[block.start : end].split()
        if len(labels) < 3 or field_of(labels[0], exact=True) != "indicator":
            continue
        columns = [_column(label, k, context) for k, label in enumerate(labels[1:])]
        if any(c is None or c.year is None for c in columns):
            continue
        yield from _stacked(doc, end + 1, [c for c in columns if c is not None], context)


def _stacked(
    doc: StructuredDocument, at: int, columns: list[_Column], context: int | None
) -> Iterator[Observation]:
    name: Cell | None = None
    while at < len(doc.folded):
        end = doc.folded.find("\n", at)
        end = len(doc.folded) if end < 0 else end
        words = _words(doc, at, end)
        at = end + 1
        if not words:
            return
        values = [w for w in words if _STACKED_VALUE.match(w.text)]
        if len(values) == len(words) == len(columns) and name is not None:
            row, name = values, name
        elif len(values) == len(columns) < len(words) and words[-len(columns) :] == values:
            head = words[: len(words) - len(columns)]
            row = values
            name = Cell(" ".join(w.text for w in head), head[0].start, head[-1].end)
        elif not values and len(words) <= 2:
            line = Cell(doc.folded[words[0].start : words[-1].end], words[0].start, words[-1].end)
            # a name wrapped onto a second line joins its first line (「週1回以上運動する」
            # over 「市民の割合」)
            name = Cell(name.text + line.text, name.start, line.end) if name else line
            continue
        else:
            return
        if _is_number(name.text) or _is_clause(name.text):
            return
        for cell, column in zip(row, columns, strict=True):
            observation = _observation(doc, name, cell, column, context)
            if observation is not None:
                yield observation
        name = None


def _is_clause(name: str) -> bool:
    """「整備では、架空通りの無電柱化」: words with a comma or a setting's 「では」 are a
    clause of a sentence, never an indicator's name."""
    return any(mark in name for mark in "、，,") or "では" in name


def _named_lines(text: str) -> Iterator[tuple[str, str, int]]:
    """(line, name, where its values start): a line of one name and its values, the name
    set off by a space; in prose, each sentence whose name is set off by a colon."""
    text = text.strip()
    if "。" not in text.removesuffix("。"):
        text = text.removesuffix("。")  # 「新商品数 R5実績 7件。」: one line closed by a stop
        head, space, _ = text.partition(" ")
        if space:
            yield text, head, len(head) + 1
        return
    for sentence in text.split("。"):
        named = _COLON_NAME.match(sentence.strip())
        if named is not None:
            yield sentence.strip(), named.group("name"), named.end()


_COLON_NAME = re.compile(r"(?P<name>[^\s:：、,()（）]{2,30})[:：]\s*")


def _labelled_values(
    doc: StructuredDocument, block: Block, text: str, head: str, rest_at: int,
    context: int | None,
) -> Iterator[Observation]:
    rest = text[rest_at:]
    arrow = any(mark in rest for mark in "→⇒")
    full, rest = rest, _without_aside(rest, context, arrow=arrow)
    earlier = _EARLIER.fullmatch(full[len(rest) :].strip()) if len(rest) < len(full) else None
    found = list(_series_label_pattern().finditer(rest))
    gaps = [rest[a.end() : b.start()] for a, b in itertools.pairwise(found)]
    ends = rest[: found[0].start()] + rest[found[-1].end() :] if found else ""
    if not found or not _BETWEEN_VALUES.match(ends):
        return
    if not all(_BETWEEN_VALUES.match(g) for g in gaps):
        return
    columns = [_line_column(m.group("label"), context, arrow=arrow) for m in found]
    if any(c is None for c in columns):
        return
    labelled = [_column(m.group("label"), 0, context) is not None for m in found]
    if any(c is not None and c.kind == "target" and k for c, k in zip(columns, labelled,
                                                                      strict=True)):
        # 「… → 令和6年4月 5人（目標 令和8年4月 0人）」: beside a labelled target, a year
        # alone is a result on the way, however late
        columns = [
            replace(c, kind="actual") if c is not None and not k and c.kind == "target" else c
            for c, k in zip(columns, labelled, strict=True)
        ]
    if arrow and not labelled[0]:
        columns[0] = _starting_point(columns)
    columns = _year_carried(columns)
    offset = doc.folded.find(text, block.start)
    if offset < 0:
        return
    base = offset + rest_at
    name = Cell(head, offset, offset + len(head))
    for match, column in zip(found, columns, strict=True):
        assert column is not None
        at = base + match.start("value")
        value = Cell(match.group("value"), at, at + len(match.group("value")))
        label = match.group("label")
        spanned = _spans_years(label, year_mentions(label, context=context))
        observation = _observation(doc, name, value, column, context, keep_yearless=spanned)
        if observation is not None:
            yield observation
    last = columns[-1]
    if earlier is None and len(rest) < len(full) and last is not None and not arrow:
        # 「R5実績 70件（前年度 64件）」: the year before's, named by a word, not its year
        noted = _NOTED_VALUE.fullmatch(full[len(rest) :].strip())
        previous = noted and sentence_cues().get(fold_width(noted.group("word")))
        if noted and previous == "previousYear" and last.kind == "actual" and last.year:
            at = base + len(rest) + full[len(rest) :].index(noted.group("value"))
            value = Cell(noted.group("value"), at, at + len(noted.group("value")))
            observation = _observation(doc, name, value, replace(last, year=last.year - 1),
                                       context)  # fmt: skip
            if observation is not None:
                yield observation
    if earlier is not None and last is not None and last.kind == "actual" and not arrow:
        # 「R5実績 7件（R4 4件）」: the year before's result printed beside this year's
        year = _year_alone(earlier.group("year"), context)
        if year is not None and last.year is not None and year < last.year:
            at = base + len(rest) + (full[len(rest) :].index(earlier.group("value")))
            value = Cell(earlier.group("value"), at, at + len(earlier.group("value")))
            observation = _observation(doc, name, value, replace(last, year=year), context)
            if observation is not None:
                yield observation


def _year_carried(columns: list[_Column | None]) -> list[_Column | None]:
    """「令和2年度目標 12か所/実績 11か所」: a result printed without a year right after a
    dated value is of that value's year (an undated target stays the plan's, yearless)."""
    carried = list(columns)
    for at, (before, column) in enumerate(itertools.pairwise(columns), start=1):
        if (
            before is not None
            and column is not None
            and before.year is not None
            and column.year is None
            and column.kind in ("actual", "estimate")
        ):
            carried[at] = replace(column, year=before.year)
    return carried


# 「（R4 4件）」: an earlier year alone and its value, in brackets after this year's
_EARLIER = re.compile(
    r"[(（](?P<year>[^\s()（）0-9]{1,3}[0-9元]{1,4}年?度?)\s*"
    r"(?P<value>[0-9][0-9,.]*[^\s()（）0-9]{0,3})[)）]"
)


@cache
def _series_label_pattern() -> re.Pattern[str]:
    """「目標(令和9年度)30か所」, 「令和5年度実績 70件」, 「目標 令和8年4月 0人」: a value after
    its label; a kind's word may stand apart before the year it is of."""
    kinds = sorted(
        (re.escape(w) for k in _KINDS for w in labels_of(k) if len(w) >= 2), key=len, reverse=True
    )
    return re.compile(
        rf"(?P<label>(?:(?:{'|'.join(kinds)})\s+(?=[^\s0-9]))?"
        r"[^\s/／()→⇒、]+(?:\([^()]*\))?)\s*(?<![0-9.,])"
        r"(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?[^\s/／()0-9.,、]{0,4})(?=[\s/／()、]|$)"
    )


# 「市債残高 412  基金残高 95」: names and values in turn, apart by spaces
_NAME_VALUE = re.compile(
    r"(?P<name>[^\s0-9][^\s]*?)\s+(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?(?:[%％]|[^\s0-9()（）]{1,3})?)"
    r"(?=\s|$)"
)
# 「88.6%(県内平均 89.9%)」: a reference printed in brackets after a line's value, no value of it
_NOTE_AFTER = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _heading_column(text: str, context: int | None, *, named: bool = False) -> _Column | None:
    """A heading about indicators naming one year and the kind of its values:
    「財政の指標(令和2年度決算)」, 「主な指標(2023年度実績)」; `named`, the lines under it name
    a standard indicator, so the heading need not say 指標 (「町の財政(令和4年度決算)」)."""
    key = label_key(text)
    if not named and not any(label in key for label in labels_of("indicator")):
        return None
    mentions = [m for m in year_mentions(text, context=context) if m.kind != "date"]
    if len(mentions) != 1:
        return None
    rest = re.split(r"[\s()（）]", text[mentions[0].end :].lstrip("度"), maxsplit=1)[0]
    kind = _kind_of(rest) or _column_cues().get(rest)
    return _Column(0, kind, mentions[0].year) if kind is not None else None


@cache
def _standard_indicators() -> tuple[str, ...]:
    """Indicators every body prints under the same name (経常収支比率, 実質公債費比率 …;
    `mkf:standardIndicator` in ontology/fields.ttl)."""
    return tuple(label_key(word) for _, word in _field_words("standardIndicator"))


def _names_standard_indicator(doc: StructuredDocument, block: Block) -> bool:
    """The line right under `block` opens with a standard indicator's name."""
    following = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if following is None or following.kind == "table":
        return False
    key = label_key(following.text)
    return any(key.startswith(name) for name in _standard_indicators())


def _from_pairs_under_heading(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """Lines of names and values in turn (「市債残高 412  基金残高 95」, two pairs
    or more) right under a heading about indicators that names their year and kind
    (「財政の指標(令和2年度決算)」): each pair an indicator's value. A list of one pair a
    line (「・経常収支比率 91.2%」, two lines or more) is read the same; a reference in
    brackets after a value (「(県平均 90.1%)」) is none of the indicator's."""
    for block in doc.blocks:
        if block.kind not in ("heading", "item") or "(" not in block.text:
            continue  # a title line, perhaps bulleted (●主な指標(…))
        column = _heading_column(block.text, context)
        if column is None and not _names_standard_indicator(doc, block):
            continue
        column = column or _heading_column(block.text, context, named=True)
        if column is None:
            continue
        lines: list[tuple[int, list[re.Match[str]]]] = []
        for line in doc.blocks[block.index + 1 :]:
            if line.kind not in ("paragraph", "item", "heading") or line.number is not None:
                break
            text = line.text.strip()
            at = doc.folded.find(text, line.start)
            body = _NOTE_AFTER.sub("", text)
            pairs = list(_NAME_VALUE.finditer(body))
            if not pairs or at < 0 or _NAME_VALUE.sub("", body).strip(_PAIR_MARKS):
                break  # (「将来負担比率 45.1% ／ 実質公債費比率 8.2%」: marks between pairs)
            lines.append((at, pairs))
        if len(lines) < 2 and not any(len(pairs) >= 2 for _, pairs in lines):
            continue
        for at, pairs in lines:
            if len(pairs) < 2 and len(lines) < 2:
                continue
            for pair in pairs:
                if year_mentions(pair.group("name")):
                    continue  # 「令和5年度 120」: a year and its value, no indicator's name
                name = Cell(pair.group("name"), at + pair.start("name"), at + pair.end("name"))
                value = Cell(pair.group("value"), at + pair.start("value"),
                             at + pair.end("value"))  # fmt: skip
                observation = _observation(doc, name, value, column, context)
                if observation is not None:
                    yield observation
            if len(pairs) == 1:
                yield from _previous_year_note(doc, at, pairs[0], column, context)


# 「(前年度 9.9%)」: a value in brackets after a line's, after a word and perhaps a colon
_NOTED_VALUE = re.compile(
    r"[(（](?P<word>[^\s()（）:：0-9]{1,6}?)\s*[:：]?\s*"
    r"(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?[^\s()（）0-9]{0,3})[)）]\s*$"
)


def _previous_year_note(
    doc: StructuredDocument, at: int, pair: re.Match[str], column: _Column, context: int | None
) -> Iterator[Observation]:
    """「○○比率 9.7%(前年度 9.9%)」: the bracket's value, after a word putting it one
    year before (`mkf:previousYear`: 前年度, 昨年度), is the same indicator's value of the
    year before the line's, of the same kind. Any other reference (県平均) is none."""
    if column.year is None:
        return
    end = doc.folded.find("\n", at)
    line = doc.folded[at : end if end >= 0 else len(doc.folded)]
    noted = _NOTED_VALUE.search(line)
    if noted is None or noted.start() < pair.end():
        return
    if sentence_cues().get(fold_width(noted.group("word"))) != "previousYear":
        return
    name = Cell(pair.group("name"), at + pair.start("name"), at + pair.end("name"))
    value = Cell(noted.group("value"), at + noted.start("value"), at + noted.end("value"))
    earlier = _Column(column.index, column.kind, column.year - 1)
    observation = _observation(doc, name, value, earlier, context)
    if observation is not None:
        yield observation


_NOTE_LINE = re.compile(r"^\((?P<word>[^():：]{1,6})[:：]\s*(?P<rest>[^()]+)\)$")
_NOTE_REACH = 4  # blocks between an indicator's field and a note under its values


def _from_reference_notes(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """A bracketed note under an indicator's fields giving one more dated value: 「成果指標
    貸出冊数(冊)」 「目標 … 実績 …」 then 「(参考:令和2年度実績 8,100冊)」, a value of
    the indicator the nearest field above names, for the year and kind its label prints."""
    for block in doc.blocks:
        if block.kind not in ("heading", "paragraph") or not block.text.startswith("("):
            continue
        note = _NOTE_LINE.match(block.text.strip())
        if note is None:
            continue
        rest = note.group("rest").strip()
        found = _LABELLED_VALUE.fullmatch(rest)
        column = _column(found.group("label"), 0, context) if found else None
        if found is None or column is None or column.year is None:
            continue
        above = doc.blocks[max(0, block.index - _NOTE_REACH) : block.index]
        named = [
            b for b in above
            if b.kind == "field" and field_of(b.label or "") == "indicator" and b.value
        ]  # fmt: skip
        if not named:
            continue
        field = named[-1]
        assert field.value is not None
        at = doc.folded.find(field.value, field.start)
        offset = doc.folded.find(rest, block.start)
        if at < 0 or offset < 0:
            continue
        name = _bare_name(Cell(field.value, at, at + len(field.value)))
        start = offset + found.start("value")
        value = Cell(found.group("value"), start, start + len(found.group("value")))
        if name is not None and (observation := _observation(doc, name, value, column, context)):
            yield observation


def _physical_lines(doc: StructuredDocument) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line as printed: the reader may split one line into
    several fields (「活動指標 X 目標 R4 60人」), a run reads it whole."""
    lines: list[tuple[int, int]] = []
    start = 0
    for line in doc.folded.split("\n"):
        if line.strip():
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def _words(doc: StructuredDocument, start: int, end: int) -> list[Cell]:
    return [
        Cell(m.group(), start + m.start(), start + m.end())
        for m in _WORD.finditer(doc.folded[start:end])
    ]


def _run_values(
    doc: StructuredDocument, name: Cell, run: list[Cell], context: int | None
) -> Iterator[Observation]:
    """The kind label, then year and value pairs, until a word of another kind."""
    kind: ObservationKind | None = None
    year: int | None = None
    for word in run:
        if (found := _run_kind(word.text)) is not None:
            kind, year = found, None
        elif (dated := _year_alone(word.text, context)) is not None:
            year = dated
        elif kind is not None and year is not None and _LEADING_NUMBER.match(word.text):
            observation = _observation(doc, name, word, _Column(0, kind, year), context)
            if observation is not None:
                yield observation
            year = None
        else:
            return


_NAMED_GOAL = re.compile(
    r"^(?P<name>[^\s0-9].*?)\s+(?P<value>[-−▲]?[0-9][0-9,]*(?:\.[0-9]+)?\S*?)\s*"
    r"\((?P<note>[^()]+)\)$"
)
_DATED_VALUE = re.compile(
    r"^(?P<value>[-−▲]?[0-9][0-9,]*(?:\.[0-9]+)?\S*?)\s*\((?P<note>[^()]+)\)$"
)


def _from_goal_fields(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """「目標：X率 20.0%(平成30年度末 14.2%)」 then 「実績：21.3%(令和元年度)」: the indicator
    named in the target field, its baseline dated in the bracket, and the actual of the field
    after it, dated in its own bracket; the target is of the actual's year."""
    for block, after in itertools.pairwise(doc.blocks):
        if block.kind != "field" or _kind_of(block.label or "") != "target":
            continue
        goal = _NAMED_GOAL.match((block.value or "").strip())
        if goal is None or _kind_of(goal.group("name")) is not None:
            continue
        actual = None
        if after.kind == "field" and _kind_of(after.label or "") == "actual":
            actual = _DATED_VALUE.match((after.value or "").strip())
        actual_year = _note_year(actual.group("note"), context) if actual else None
        if actual is None or actual_year is None:
            continue
        located = _named_value_cells(doc, block, goal)
        if located is None:
            continue
        name, target = located
        yield from _observed(doc, name, target, _Column(0, "target", actual_year), context)
        base = _note_value(goal.group("note"), context)
        if base is not None:
            text, year = base
            start = name.start + goal.start("note") + goal.group("note").rindex(text)
            cell = Cell(text, start, start + len(text))
            yield from _observed(doc, name, cell, _Column(0, "baseline", year), context)
        value_at = doc.folded.find(actual.group(0), after.start, after.end)
        if value_at >= 0:
            cell = Cell(actual.group("value"), value_at, value_at + len(actual.group("value")))
            yield from _observed(doc, name, cell, _Column(0, "actual", actual_year), context)


def _named_value_cells(
    doc: StructuredDocument, block: Block, found: re.Match[str]
) -> tuple[Cell, Cell] | None:
    """The name and value groups of a field's value as cells of the document, so the facts
    read from them keep their evidence (None: the value is not found in the block)."""
    at = doc.folded.find(found.group(0), block.start, block.end)
    if at < 0:
        return None
    name = Cell(found.group("name"), at, at + len(found.group("name")))
    return name, Cell(found.group("value"), at + found.start("value"), at + found.end("value"))


def _observed(
    doc: StructuredDocument, name: Cell, cell: Cell, column: _Column, context: int | None
) -> Iterator[Observation]:
    observation = _observation(doc, name, cell, column, context)
    if observation is not None:
        yield observation


def _note_year(note: str, context: int | None) -> int | None:
    """The one year a bracket gives (令和元年度, 令和2年3月末: that fiscal year)."""
    mentions = year_mentions(note, context=context)
    return mentions[0].year if len(mentions) == 1 else None


def _note_value(note: str, context: int | None) -> tuple[str, int] | None:
    """「平成30年度末 14.2%」, 「平成29年度実績 912g」: the value a bracket dates, and its year."""
    year = _note_year(note, context)
    parts = note.split()
    if year is None or len(parts) != 2 or not _LEADING_NUMBER.match(parts[1]):
        return None
    return parts[1], year


_STEP = re.compile(r"[^→⇒/／]+")
_STEP_UNIT = re.compile(r"^[^\s0-9]{0,4}$")


def _from_steps(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """「○○面積  令和5年度 38.5ha → 令和6年度目標 42.0ha／実績 42.7ha」: a name, then steps set
    apart by arrows or slashes, each a value after its year and kind (either may be left
    to the step before: 実績 of the same year). A step with a year and no kind is where the
    series starts (a baseline). At least one step prints its kind: a line of dated figures
    alone is no indicator. The name may stand alone on its line with the steps on the lines
    under it (「・○○額」 over 「令和5年度実績 2,617万円 → 令和6年度見込 …」 over 「→ 令和7年度目標
    …」). Amounts of money are a budget's, unless every step prints its kind (実績, 目標)."""
    for block in doc.blocks:
        if block.kind == "field" and field_of(block.label or "", exact=True) == "indicator":
            yield from _steps_under(doc, block, context, _field_name(doc, block))
            continue  # 「指標：○○率」 over 「令和6年度目標 50% ／ 実績 45%」
        if block.kind not in ("paragraph", "item", "heading"):
            continue
        text = doc.folded[block.start : block.end]
        if "。" in text:
            continue
        first = next((m for m in year_mentions(text, context=context) if m.kind != "date"), None)
        if first is None:
            yield from _steps_under(doc, block, context)
            continue
        if block.kind == "heading":
            continue  # a heading is a name over its steps, never a line of them
        if not re.search(r"[→⇒/／]", text) and not _labelled_step(text[first.start :]):
            continue
        if not text[: first.start].endswith((" ", "\u3000")):
            continue
        name = _step_name(doc, block.start, text[: first.start])
        if name is None:
            continue
        steps = _steps(doc, block.start + first.start, text[first.start :], context)
        if steps is None or (len(steps) < 2 and not _labelled_step(text[first.start :])):
            continue
        yield from _step_values(doc, name, steps, context)


def _step_name(doc: StructuredDocument, start: int, text: str) -> Cell | None:
    """The name before a line's steps: no figure in it, no field's label."""
    name_text = text.strip().lstrip(_MARKS).strip()
    if not _WORD_CHAR.search(name_text) or re.search(r"[0-9]", name_text):
        return None  # 「→」 leading a step carried on from the line above: no name
    if field_of(name_text) is not None:
        return None
    at = doc.folded.index(name_text, start)
    return Cell(name_text, at, at + len(name_text))


def _labelled_step(text: str) -> bool:
    """「令和5年度決算 9.8%」: one step that prints its kind after its year, no money."""
    return "円" not in text and bool(_ONE_STEP.match(text))


_WORD_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fffA-Za-z]")
_ONE_STEP = re.compile(r"^\S{2,12}?(?P<kind>[^\s0-9]{2,4})\s*[-−▲△+±]?[0-9][0-9,.]*\S{0,4}$")
_STEPS_REACH = 3  # lines of steps under a name alone on its line


def _field_name(doc: StructuredDocument, block: Block) -> Cell | None:
    """The value of a field labelled as an indicator (指標：○○率), as the name it prints."""
    value = (block.value or "").strip()
    at = doc.folded.find(value, block.value_start or block.start, block.end) if value else -1
    return Cell(value, at, at + len(value)) if at >= 0 else None


def _steps_under(
    doc: StructuredDocument, block: Block, context: int | None, named: Cell | None = None
) -> Iterator[Observation]:
    """A name alone on its line (a bullet, or the value of a field labelled 指標), the lines
    under it each opening with a year (or an arrow, then a year): the name's steps."""
    name = named or _step_name(doc, block.start, doc.folded[block.start : block.end])
    if name is None or len(name.text) > _SERIES_NAME_MAX:
        return
    if has_predicate(name.text) and not _MEASURE_END.search(name.text):
        return  # 「…と答えた市民の割合」: a measure's name, though it quotes a clause
    steps: list[tuple[_Column, Cell]] = []
    lines = ("paragraph", "item", "heading") if named else ("paragraph", "item")
    for below in doc.blocks[block.index + 1 : block.index + 1 + _STEPS_REACH]:
        if below.kind not in lines or (below.mark or "→") not in "→⇒":
            break
        line = doc.folded[below.start : below.end]
        body = line.lstrip(" \u3000→⇒")
        mention = next(iter(year_mentions(body, context=context)), None)
        if mention is None or mention.start != 0 or mention.kind == "date":
            break
        found = _steps(doc, below.start + len(line) - len(body), body, context)
        if found is None:
            return
        steps += found
    if steps:
        yield from _step_values(doc, name, steps, context)


_MEASURE_END = re.compile(r"(?:割合|率|数|量|度)$")


def _step_values(
    doc: StructuredDocument, name: Cell, steps: list[tuple[_Column, Cell]], context: int | None
) -> Iterator[Observation]:
    """The values of a series of steps: none when no step prints its kind, or when they are
    amounts of money some step prints without its kind (a budget's by year)."""
    if all(c.kind == "baseline" for c, _ in steps):
        return
    if any("円" in cell.text for _, cell in steps) and any(c.kind == "baseline" for c, _ in steps):
        return  # amounts of money by year are a budget's
    # a year alone starts the series (its baseline); after that, a result on the way
    steps = [
        (replace(c, kind="actual") if n and c.kind == "baseline" else c, cell)
        for n, (c, cell) in enumerate(steps)
    ]
    for column, cell in steps:
        observation = _observation(doc, name, cell, column, context)
        if observation is not None:
            yield observation


def _steps(
    doc: StructuredDocument, offset: int, text: str, context: int | None
) -> list[tuple[_Column, Cell]] | None:
    """Each step's dated kind and value, else None when a step is not one."""
    steps: list[tuple[_Column, Cell]] = []
    year: int | None = None
    aside = _ASIDE_STEP.search(text)
    if aside is not None and not any(aside.group("label").endswith(w) for w in _kind_labels()):
        aside = None
    for piece in _STEP.finditer(text[: aside.start()] if aside is not None else text):
        step = piece.group().strip()
        if not step:
            return None
        start = offset + piece.start() + piece.group().index(step)
        mentions = year_mentions(step, context=context)
        rest, skip = step, 0
        if mentions and mentions[0].start == 0 and mentions[0].kind != "date":
            year, skip = mentions[0].year, mentions[0].end
        rest = step[skip:].lstrip()
        label = next((w for w in _kind_labels() if rest.startswith(w)), None)
        kind: ObservationKind | None = _kind_of(label) if label else None
        if label is None:  # 「令和5年度決算 9.8%」: a cue of its kind (決算 → actual)
            label = next((w for w in _column_cues() if rest.startswith(w)), None)
            kind = _column_cues()[label] if label else None
        if kind is None and skip == 0:
            return None  # neither a year nor a kind: no step of a series
        value = rest[len(label) :].lstrip() if label else rest
        number = _LEADING_NUMBER.match(value)
        if year is None or number is None or not _STEP_UNIT.match(value[number.end() :]):
            return None
        at = start + len(step) - len(value)
        steps.append((_Column(0, kind or "baseline", year), Cell(value, at, at + len(value))))
    if aside is not None and steps:
        extra = _steps(doc, offset + aside.start("step"), aside.group("step"), context)
        if extra is None or len(extra) != 1:
            return None
        kind = _kind_of(next(w for w in _kind_labels() if aside.group("label").endswith(w)))
        steps.append((replace(extra[0][0], kind=kind or "target"), extra[0][1]))
    return steps


# 「…33.0%（基本計画の目標：令和9年度 40.0%）」: a last step in brackets after its kind
_ASIDE_STEP = re.compile(r"[(（](?P<label>[^()（）:：]{1,16})[:：]\s*(?P<step>[^()（）]+)[)）]\s*$")


@cache
def _kind_labels() -> tuple[str, ...]:
    return tuple(sorted((w for k in _KINDS for w in labels_of(k)), key=len, reverse=True))


_NAMED_FIGURE = re.compile(
    r"^(?P<name>[^\s0-9、。,()（）]{2,30})\s+(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）円]{0,3})"
    r"(?:\s*[(（][^()（）]*[)）])?$"
)


def _from_named_kind_fields(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """「㋐ 実績：○○利用者 1,263人(前年度比 110%)」: a field labelled with a kind whose value is
    a name and one figure (a note in brackets after it): that figure, the kind's value of the
    year the document reports on. A sentence, several figures or money are no such value."""
    if context is None:
        return
    for block in doc.of_kind("field"):
        label = re.sub(r"^[^\w]+", "", (block.label or "").strip())
        kind = _kind_of(label)
        found = _NAMED_FIGURE.match((block.value or "").strip())
        if kind is None or found is None or has_predicate(found.group("name")):
            continue
        located = _named_value_cells(doc, block, found)
        if located is None:
            continue
        name, value = located
        yield from _observed(doc, name, value, _Column(0, kind, context), context)


_SERIES_NAME_MAX = 40


def _from_named_series(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """「○○率(%)：基準値 40.0(令和2年度)／令和5年度実績 45.1／令和8年度目標 50」 as a line
    of its own (a definition list's term and description, a bullet): a name, a colon, then
    values each after its kind's label. Two kinds at least, or one under a heading about
    indicators: a single labelled figure in a line is no series. Money is a budget's."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item", "field"):
            continue
        if block.kind == "field" and field_of(block.label or "") is not None:
            continue  # a known field's value is read as that field
        text = doc.folded[block.start : block.end]
        colon = re.search(r"[:：]", text)
        if colon is None or "円" in text[colon.end() :]:
            continue
        head = text[: colon.start()].strip().lstrip(_MARKS).strip()
        if not head or len(head) > _SERIES_NAME_MAX or re.search(r"[。、]", head):
            continue
        found = _kind_labels_in(text, context)
        if not found or found[0][0] < colon.end() or text[colon.end() : found[0][0]].strip():
            continue  # the values start right after the colon
        name, observations = _inline_values(doc, Cell(text, block.start, block.end), context, {})
        kinds = {o.kind for o in observations}
        headed = any(field_of(h.text, exact=True) == "indicator" for h in doc.headings_above(block))
        if len(kinds) < 2 and not (headed and observations):
            continue
        bare = _bare_name(_unmarked(name)) or name
        yield from (replace(o, indicator=bare.text, evidence={
            **o.evidence, "indicator": doc.cell_span(bare)}) for o in observations)  # fmt: skip


def _unmarked(name: Cell) -> Cell:
    """The name without the bullet before it."""
    text = name.text.lstrip(_MARKS + " ")
    start = name.start + len(name.text) - len(text)
    return Cell(text, start, name.end)


_BESIDE_GOAL = re.compile(
    r"^(?P<name>[^\s0-9、。:：()（）]{2,30})[\s:：]+"
    r"(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）]{0,4}?)\s*"
    r"[(（](?P<label>[^()（）0-9:：]{1,6}?)[\s:：]*"
    r"(?P<goal>[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）]{0,4}?)[)）]$"
)


def _from_values_beside_goals(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """「○○件数 12件（目標15件）」 as a line of its own: a name, the value reached, and in brackets
    the target it is set beside: the actual and the target of the year the page reports on.
    Money is a budget's."""
    if context is None:
        return
    for block in doc.blocks:
        if block.kind not in ("heading", "paragraph", "item", "field"):
            continue
        if block.kind == "field" and field_of(block.label or "") is not None:
            continue  # a known field's value is read as that field
        text = doc.folded[block.start : block.end]
        lead = len(text) - len(text.lstrip(_MARKS + " \u3000"))
        found = _BESIDE_GOAL.match(text[lead:].rstrip())
        if found is None or "円" in found.group(0) or _kind_of(found.group("label")) != "target":
            continue
        if field_of(found.group("name"), exact=True) is not None:
            continue  # 「実績 12件（目標15件）」: a label, no name
        at = block.start + lead
        name = Cell(found.group("name"), at, at + found.end("name"))
        for group, kind in (("value", "actual"), ("goal", "target")):
            cell = Cell(found.group(group), at + found.start(group), at + found.end(group))
            yield from _observed(doc, name, cell, _Column(0, kind, context), context)


def _word_rows(doc: StructuredDocument, block: Block, context: int | None) -> list[Observation]:
    """A space-aligned table whose rows the reader split into other cells than its header
    (full-width padding, a single space between labels): 「指標名 単位 基準値(H30) R4実績 R6見込み
    R7目標」 over 「○○率 % 18.4 20.1 20.6 21.0 24.0」. Each line read as words: the name, its
    unit when the header has a unit column after the name, then one value per kind label."""
    table = block.table
    if table is None or all(len(row) == len(table.header) for row in table.rows):
        return []
    lines = [
        (start, line)
        for start, line in _lines_of(doc.folded, block.start, block.end)
        if line.strip()
    ]
    if len(lines) < 2:
        return []
    head = [w.group() for w in _WORD.finditer(lines[0][1])]
    if len(head) < 3 or field_of(head[0].strip(_MARKS)) != "indicator":
        return []
    unit = field_of(head[1], exact=True) == "unit"
    labels = head[2:] if unit else head[1:]
    columns = [_column(label, index, context) for index, label in enumerate(labels)]
    if len(columns) < 2 or any(c is None for c in columns):
        return []
    found: list[Observation] = []
    for start, line in lines[1:]:
        words = [Cell(m.group(), start + m.start(), start + m.end()) for m in _WORD.finditer(line)]
        rest = len(words) - len(columns) - (1 if unit else 0)
        values = words[len(words) - len(columns) :]
        if rest < 1 or not all(_FLAT_VALUE.match(w.text) for w in values):
            return []
        if unit and (_LEADING_NUMBER.match(words[rest].text) or len(words[rest].text) > 4):
            return []
        name = _untyped(Cell(doc.folded[words[0].start : words[rest - 1].end], words[0].start,
                             words[rest - 1].end))  # fmt: skip
        if _LEADING_NUMBER.match(name.text):
            return []
        for column, value in zip(columns, values, strict=True):
            if column is not None:
                found += _observed(doc, name, value, column, context)
    return found


def _lines_of(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Each line of text[start:end] with its offset."""
    at = start
    for line in text[start:end].split("\n"):
        yield at, line
        at += len(line) + 1


def _from_kind_named_rows(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A table headed by its years alone, the corner left blank (「　　 R2 R3 … R6」), whose
    rows each print a name and one value per year, one name at least led by a kind's word
    (「計画○○数 50 48 …」 over 「○○数 51 − …」): a plan against its results. A row led
    by a kind's word is of that kind; any other row's values are actuals up to the document's
    year (the later years are left blank until they come). Amounts of money are no such row."""
    words = _kind_labels()
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or len(table.header) < 2:
            continue
        corner = not table.header[0].strip()
        header = table.header[1:] if corner else table.header
        years = [_year_alone(label, context) for label in header]
        if any(year is None for year in years):
            continue
        rows = [row for row in table.rows if len(row) == len(years) + 1]
        kinds = [_kind_led(row[0].text, words) for row in rows]
        caption = doc.folded[: block.start].rstrip().rsplit("\n", 1)[-1]
        money = "円" in caption or any(field_of(row[0].text) == "budget" for row in rows)
        if not rows or not any(kinds) or money or any("円" in c.text for r in rows for c in r):
            continue  # 「計画事業費」 under 「（単位：千円）」: amounts of money are a budget's
        for row, kind in zip(rows, kinds, strict=True):
            if not row[0].text.strip() or _is_number(row[0].text):
                continue
            for index, (cell, year) in enumerate(zip(row[1:], years, strict=True), start=1):
                if year is None or (kind is None and context is not None and year > context):
                    continue
                column = _Column(index, kind or "actual", year)
                observation = _observation(doc, row[0], cell, column, context)
                if observation is not None:
                    yield observation


def _kind_led(name: str, words: tuple[str, ...]) -> ObservationKind | None:
    """「計画○○数」: a kind's word leading a name of more words (not 「計画(○○率)」, a kind
    and the name it is of in brackets, nor a kind's label alone)."""
    for word in words:
        rest = name[len(word) :]
        if name.startswith(word) and rest and _WORD_CHAR.match(rest) and rest[0] not in "(（":
            return _kind_of(word)
    return None


def _from_kind_column_lines(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A table PDF text set out with single spaces: a header line 「指標名(単位) 区分 令和元年度
    令和2年度 令和3年度」 (an indicator label, perhaps the label of a kind column, then years),
    then lines 「○○数(人) 目標 5 5 5」 and 「実績 7 6」: a name (after a label such as
    活動指標1), a kind's word, and values under the years from the left; a line that starts
    with its kind goes on with the name above. The rows end at the first other line."""
    for block in doc.blocks:
        if block.kind == "table":
            continue
        years = _kind_column_header(doc.folded[block.start : block.end], context)
        if not years:
            continue
        name: Cell | None = None
        for following in doc.blocks[block.index + 1 :]:
            row = _kind_column_row(doc, following, len(years))
            if following.kind == "table" or row is None:
                break
            named, kind, values = row
            name = named or name
            if name is None:
                break
            for index, (value, year) in enumerate(zip(values, years, strict=False), start=1):
                observation = _observation(doc, name, value, _Column(index, kind, year), context)
                if observation is not None:
                    yield observation


_KIND_HEADER_MAX = 80


def _kind_column_header(line: str, context: int | None) -> list[int]:
    """The years of a header line 「指標名 [区分] 年 年 …」, else []."""
    if len(line) > _KIND_HEADER_MAX:
        return []  # a sentence, no header (and no need to split it)
    words = line.split()
    if len(words) < 3 or field_of(words[0].strip(_MARKS), exact=True) != "indicator":
        return []
    rest = words[2:] if _year_alone(words[1], context) is None else words[1:]
    years = [_year_alone(w, context) for w in rest]
    if len(years) < 2 or any(y is None for y in years):
        return []
    return [y for y in years if y is not None]


def _kind_column_row(
    doc: StructuredDocument, block: Block, width: int
) -> tuple[Cell | None, ObservationKind, list[Cell]] | None:
    """「活動指標1 ○○数(か所) 目標 3 4 5」 → (○○数(か所), target, values); 「実績 3 4」 →
    (None, actual, values); None for a line of another shape."""
    line = doc.folded[block.start : block.end]
    words = [Cell(m.group(), block.start + m.start(), block.start + m.end())
             for m in _WORD.finditer(line)]  # fmt: skip
    at = next((k for k, w in enumerate(words) if _kind_of(w.text) is not None), None)
    if at is None:  # 「○○数(人)目標」: the kind run onto the name's closing bracket
        for k, word in enumerate(words):
            glued = re.fullmatch(r"(?P<name>.+[)）])(?P<kind>[^()（）0-9]{2,4})", word.text)
            if glued is not None and _kind_of(glued.group("kind")) is not None:
                cut = word.start + glued.end("name")
                words[k : k + 1] = [Cell(glued.group("name"), word.start, cut),
                                    Cell(glued.group("kind"), cut, word.end)]  # fmt: skip
                at = k + 1
                break
    if at is None:
        return None
    kind = _kind_of(words[at].text)
    values = words[at + 1 :]
    if kind is None or not values or len(values) > width:
        return None
    if not all(_LEADING_NUMBER.fullmatch(v.text) or _kind_of_blank(v.text) for v in values):
        return None
    named = words[:at]
    head = fold_width(named[0].text) if named else ""
    if len(named) > 1 and head[-1].isdigit() and field_of(head.rstrip("0123456789")) == "indicator":
        named = named[1:]  # 「活動指標1」, 「重点指標2」: the row's label, no part of its name
    if not named:
        return None, kind, values
    if any(_LEADING_NUMBER.fullmatch(w.text) for w in named):
        return None  # a figure among the name's words: no row of this shape
    start, end = named[0].start, named[-1].end
    return Cell(doc.folded[start:end], start, end), kind, values
