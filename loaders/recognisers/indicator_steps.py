"""Series printed as steps or notes on a line: a name over steps from a starting year to a
target, a line of labelled values, pairs under a heading naming the indicators, a bracketed
reference note under an indicator's fields, and a list of dated pairs.

They are kept together because each reads one indicator's values along a line of prose
rather than from a table or a form's fields.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from loaders.facts import Observation, ObservationKind
from loaders.field_vocabulary import field_of, label_key, labels_of, sentence_cues
from loaders.recognisers.indicator_values import (
    _KINDS,
    _LEADING_NUMBER,
    _MARKS,
    _PAIR_MARKS,
    _SERIES_NAME_MAX,
    _WORD_CHAR,
    _bare_name,
    _Column,
    _column,
    _column_cues,
    _field_words,
    _is_clause,
    _kind_of,
    _observation,
    _spans_years,
    _year_alone,
    _year_carried,
    kind_labels,
)
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block, Cell
from loaders.text.fiscal_year import year_mentions
from loaders.text.names import has_predicate
from loaders.text.normalize import fold_width

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
    貸出冊数(冊)」 「目標 … 実績 …」 then 「(参考:令和2年度実績 ○,○○○冊)」, a value of
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
    if aside is not None and not any(aside.group("label").endswith(w) for w in kind_labels()):
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
        label = next((w for w in kind_labels() if rest.startswith(w)), None)
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
        kind = _kind_of(next(w for w in kind_labels() if aside.group("label").endswith(w)))
        steps.append((replace(extra[0][0], kind=kind or "target"), extra[0][1]))
    return steps


# 「…33.0%（基本計画の目標：令和9年度 40.0%）」: a last step in brackets after its kind
_ASIDE_STEP = re.compile(r"[(（](?P<label>[^()（）:：]{1,16})[:：]\s*(?P<step>[^()（）]+)[)）]\s*$")
