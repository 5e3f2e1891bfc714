"""Indicators written as sentences: 「参加者数は令和4年度の1,237人から令和5年度は1,357人と
なり、令和8年度に1,5NN人を目指します。」

The sentence's subject (before は/が) names the indicator; each value is paired with the year
printed before it in the same sentence, and the word written right after it says its kind
(`mkf:sentenceCue` in ontology/fields.ttl: から → baseline, となり → actual, を目指 → target).
A starting point is a baseline only in a sentence that also sets a target; a sentence that
only reports a change (「…の1,237人から…1,357人へと増加しています」) gives two actuals.
A sentence counts only when it gives at least two dated values, one of them with a cue —
a lone number in prose is a fact about something, not an indicator series. Amounts of
money are budgets, not indicators, and are left to the budget and project recognisers.

A series written with arrows, 「満足度が46.6パーセント⇒48.7パーセント(平成24年⇒平成26年)」, pairs
each value with the year in the same place of the bracketed year series after it (「(同)」:
the years of the series before); a year after the document's own is a target, else an
actual. A lone share (「占める割合3.9パーセント」) is no series and is not read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import Protocol

from rdflib import URIRef

from loaders.facts import Observation, ObservationKind, Span
from loaders.field_vocabulary import field_of, fields_graph, labels_of, sentence_cues
from loaders.structure import StructuredDocument
from loaders.text.fiscal_year import YearMention, year_mentions
from loaders.text.quantities import Quantity, as_printed, find_quantities, parse_quantity

_SENTENCE = re.compile(r"[^。\n]+")
_SUBJECT = re.compile(  # after a bullet: 「・」, 「•」, or a Markdown list's 「- 」
    r"^[\s・•]*(?:[-+*][ \t]+)?(?:また|さらに|なお|まず)?[、,]?\s*"
    r"(?P<name>[^、,。「」・•\s][^、,。「」]{1,39}?)(?:は|が)"
)
_CUE_WINDOW = 8


def _after(text: str, end: int) -> str:
    """The words right after a value, where its cue is printed; spaces (the blanked marks of
    「**720人** とすることを目標」 in Markdown) are skipped first."""
    rest = text[end:]
    return rest.lstrip()[:_CUE_WINDOW]
# 「令和5年度末の」 before the subject's name: a year, and the words joining it to the name
_SUBJECT_GLUE = re.compile(r"末?(?:現在|時点)?の(?P<rest>.+)$")
_KINDS: dict[str, ObservationKind] = {
    "baseline": "baseline", "actual": "actual", "target": "target", "estimate": "estimate",
}  # fmt: skip


def sentence_observations(
    doc: StructuredDocument, context: int | None = None
) -> Iterator[Observation]:
    for text, positions in _wrapped_runs(doc):
        where = _Joined(doc, positions)
        before: list[Observation] = []  # what the sentence before stated
        pending: list[Observation] = []  # a lone fact of the sentence before, not yet read
        for sentence in _SENTENCE.finditer(text):
            at, said = sentence.start(), sentence.group()
            # a target for what the sentence before stated alone: both are the indicator's
            found = list(_goal_after_fact(where, at, said, pending[0])) if pending else []
            found = found or list(_read(where, at, said))
            if not found:
                found += _single_target(where, at, said)
                stated = list(_kind_labelled(where, at, said, context))
                found += stated or _dated_state(where, at, said)
                found += _bracketed_goal(where, at, said)
            if not found:
                found += _year_goal(where, at, said, before)
            facts: list[Observation] = []
            if not found:
                found += _year_after_subject(where, at, said, context, facts)
            if not found:
                found += _value_dated_in_bracket(where, at, said, context)
            yield from found
            before = found
            pending = facts


# 「令和6年度は、」: a sentence about a year, its subject left to the sentence before
_YEAR_TOPIC = re.compile(r"\s*(?P<year>[^、。,はが]{2,12}?)(?:は|には|までに|に)[、,]?")
# 「○○計画では、」: a sentence's setting (the plan or body that says it), no indicator's name
_SETTING = re.compile(r"\s*(?:(?:なお|また|さらに)[、,]\s*)?[^、。,はがを「」]{2,20}?では[、,]?")


def _year_goal(
    doc: _Spans, offset: int, text: str, before: list[Observation]
) -> Iterator[Observation]:
    """「令和5年度の○○数は84人で、目標の90人を下回りました。令和7年度は120人を目標にして
    います。」: a sentence whose topic is a year alone and that sets one value with a
    target's cue carries on the indicator of the sentence before it: that year's target.
    Money is a budget's."""
    names = {o.indicator for o in before}
    # 「基本計画では令和10年度に…を目標」: the plan setting it, then the year
    setting = _SETTING.match(text)
    topic = _YEAR_TOPIC.match(text, setting.end() if setting else 0)
    if len(names) != 1 or topic is None:
        return
    mentions = year_mentions(topic.group("year"))
    if len(mentions) != 1 or mentions[0].kind == "date" or mentions[0].start != 0:
        return
    if topic.group("year")[mentions[0].end :].strip("度末 "):
        return  # 「令和6年度の○○は」: a subject of its own
    found = _one_target_value(text)
    if found is None:
        return
    start, end, quantity = found
    name = before[0].evidence.get("indicator")
    value, unit = as_printed(quantity)
    yield Observation(
        indicator=before[0].indicator,
        fiscal_year=mentions[0].year,
        kind="target",
        value=value,
        unit=unit,
        evidence={
            "": doc.span(offset, offset + len(text)),
            **({"indicator": name} if name is not None else {}),
            "value": doc.span(offset + start, offset + end),
        },
    )


# 「の実績」 closing a subject (「令和5年度の○○率の実績は68.4%」): the kind of its value
_SUBJECT_KIND = re.compile(r"の(?P<label>[^の]{1,6})$")
_NOTE_MARKS = "※＊*>＞"
_BEFORE_VALUE = re.compile(r"[\s(（:：のはが]*$")


def _kind_labelled(
    doc: _Spans, offset: int, text: str, context: int | None
) -> Iterator[Observation]:
    """「○○数は、目標の120件に対し、令和5年度末の実績は134件」, 「令和6年度の○○率の実績は
    68.4%」: each value right after its kind's label (目標, 実績), dated by the last year
    before it in the sentence, else the document's. A value without a label beside a
    labelled target, in a sentence dated by a year (「…は148万人(目標150万人)」), is the
    actual. Money is a budget's."""
    subject = _SUBJECT.match(text)
    quoted = _QUOTED_INDICATOR.search(text)
    if quoted is not None:  # 「「○○数」という指標で、…」: the quoted name is the indicator's
        group = "name" if quoted.group("name") is not None else "name2"
        name, name_start, subject_end = quoted.group(group), quoted.start(group), quoted.end()
    elif subject is None:
        return
    else:
        name, name_start = subject.group("name").strip(), subject.start("name")
        subject_end = subject.end()
    marks = len(name) - len(name.lstrip(_NOTE_MARKS + " "))  # 「※」, a quote's 「>」
    name, name_start = name[marks:], name_start + marks
    head = year_mentions(name)
    dated = _SUBJECT_GLUE.match(name, head[0].end) if head and head[0].start == 0 else None
    if dated is not None:
        name_start += name.index(dated.group("rest"))
        name = dated.group("rest")
    subject_kind: ObservationKind | None = None
    subject_year: int | None = None
    inner = [m for m in year_mentions(name) if m.kind != "date"]
    if len(inner) == 1 and inner[0].start > 0 and name[inner[0].start - 1] == "の":
        # 「○○率の2024年度実績は40.1%」: the name, then the year and kind of its value
        kind = _label_kind(name[inner[0].end :].strip())
        if kind is None:
            return
        subject_kind, subject_year, name = kind, inner[0].year, name[: inner[0].start - 1]
    closing = _SUBJECT_KIND.search(name)
    if closing is not None and (kind := _label_kind(closing.group("label"))):
        subject_kind, name = kind, name[: closing.start()]
    if len(name) < 2 or year_mentions(name) or any(True for _ in find_quantities(name)):
        return
    years = sorted(
        [*(m for m in year_mentions(text) if m.kind != "date"), *_this_year(text, context)],
        key=lambda m: m.start,
    )
    rows: list[tuple[int | None, ObservationKind | None, int, int, float | int, str | None]] = []
    for start, end, quantity in find_quantities(text):
        if start < subject_end:
            continue
        if quantity.unit and quantity.unit.endswith("円"):
            return
        before = text[subject_end:start]
        label = before[: _BEFORE_VALUE.search(before).start()]  # type: ignore[union-attr]
        kind = next(
            (k for k in _KINDS if any(label.endswith(w) for w in labels_of(k) if len(w) >= 2)),
            None,
        )
        if kind is None and not rows and subject_kind and not label.strip(" 、,"):
            kind = subject_kind
        if kind is None and rows and _cue_field(_after(text, end), sentence_cues()) == "target":
            kind = "target"  # 「…の実績が70.5%で、今年度は75.0%を目指します」
        prior = [m for m in years if m.end <= start and m.start >= subject_end]
        own = subject_year if not rows and kind == subject_kind else None
        bracketed = _bracket_year_kind(text, end, context)  # 「30人（令和5年度実績）」
        if bracketed is not None and kind in (None, bracketed[1]):
            own, kind = bracketed
        year = own or (prior[-1].year if prior else None)
        if year is None:
            earlier = [m for m in years if m.end <= start]
            year = earlier[-1].year if earlier else context
        value, unit = as_printed(quantity)
        rows.append((year, _KINDS[kind] if kind else None, start, end, value, unit))
    labelled = [r for r in rows if r[1] is not None]
    actual = any(r[1] == "actual" for r in labelled)
    # 「…は640人で、目標の600人を上回った」: a target the value before it is measured
    # against dates that value as the year the page reports on, printed or not
    measured = context is not None and any(
        r[1] == "target"
        and _cue_field(_after(text, r[3]), sentence_cues()) == "againstTarget"
        for r in rows
    )
    beside_target = (bool(years) or measured) and any(r[1] is None for r in rows)
    if not labelled or not (actual or (beside_target and all(r[1] == "target" for r in labelled))):
        return
    for year, kind, start, end, value, unit in rows:
        if year is None or (kind is None and (actual or not (years or measured))):
            continue  # no label: the actual only beside a labelled target
        yield _in_sentence(
            doc, offset, text, (name, name_start, name_start + len(name)),
            (value, unit, start, end), year, kind or "actual",
        )  # fmt: skip


# 「「○○数（累計）」という指標で」, 「もう一つの指標「○○率」は」: an indicator named in quotes
_QUOTED_INDICATOR = re.compile(
    r"「(?P<name>[^「」]{2,40})」という指標|指標「(?P<name2>[^「」]{2,40})」(?=は|が|で)"
)
# 「今年度の目標は60橋」: the year the document is about, named as this year
_THIS_YEAR = re.compile(r"(?:今|本|当)年度")


def _this_year(text: str, context: int | None) -> list[YearMention]:
    """「今年度」「本年度」 in a sentence, as mentions of the document's own year."""
    if context is None:
        return []
    return [YearMention(m.start(), m.end(), context, "fiscal") for m in _THIS_YEAR.finditer(text)]


def _label_kind(label: str) -> ObservationKind | None:
    return next((_KINDS[k] for k in _KINDS if label in labels_of(k)), None)


class _Spans(Protocol):
    def span(self, start: int, end: int) -> Span: ...


def _in_sentence(
    doc: _Spans,
    offset: int,
    text: str,
    name: tuple[str, int, int],
    value: tuple[float | int, str | None, int, int],
    year: int,
    kind: ObservationKind,
) -> Observation:
    """One value a sentence states; `name` and `value` carry their offsets in `text`, the
    sentence's own offset in the document is `offset`, so every fact keeps its evidence."""
    label, name_start, name_end = name
    number, unit, start, end = value
    return Observation(
        indicator=label,
        fiscal_year=year,
        kind=kind,
        value=number,
        unit=unit,
        evidence={
            "": doc.span(offset, offset + len(text)),
            "indicator": doc.span(offset + name_start, offset + name_end),
            "value": doc.span(offset + start, offset + end),
        },
    )


class _Joined:
    """Evidence for a sentence read across lines: offsets in the joined text, mapped back
    to the document's."""

    def __init__(self, doc: StructuredDocument, positions: list[int]) -> None:
        self.doc = doc
        self.positions = positions

    def span(self, start: int, end: int) -> Span:
        if not self.positions:
            return self.doc.span(0, 0)
        last = len(self.positions) - 1
        a = self.positions[max(0, min(start, last))]
        b = self.positions[max(0, min(end - 1, last))] + 1 if end > start else a
        return self.doc.span(a, b)


_WRAP_WIDTH = 20  # a line this long, not closed by 。, that the next line carries on
_WRAP_SLACK = 6  # display columns a wrapped line may fall short of the line after it


def _width(text: str) -> int:
    """Display columns of `text` (a full-width character takes two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "FW" else 1 for ch in text)


def _wrapped_runs(doc: StructuredDocument) -> Iterator[tuple[str, list[int]]]:
    """The prose of paragraphs, items and fields' values, a paragraph that carries on the
    line before (no 。 closed it: a page's text wrapped at its width) joined to it, with the
    document offset of each character."""
    text, positions, previous = "", [], ""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item", "field"):
            if text:
                yield text, positions
            text, positions, previous = "", [], ""
            continue
        # a field's value written as prose (a definition list's description): its sentences
        start = (block.value_start or block.start) if block.kind == "field" else block.start
        line = doc.folded[start : block.end]
        carries = (
            block.kind == "paragraph"
            and len(previous) >= _WRAP_WIDTH  # a title or a short label is no wrapped line
            and not previous.endswith("。")
            and not previous[-1].isdigit()  # a line of figures is a form's, no prose
            # a page wraps its lines at its width: a line far shorter than the one after it
            # ended where its writer ended it (a bullet, then a paragraph of its own)
            and _width(previous) + _WRAP_SLACK >= _width(line.strip())
        )
        previous = line.strip()
        if not carries:
            if text:
                yield text, positions
            text, positions = "", []
        else:
            stripped = line.lstrip()
            start += len(line) - len(stripped)
            line = stripped
            text = text.rstrip()
            positions = positions[: len(text)]
        text += line
        positions += list(range(start, start + len(line)))
    if text:
        yield text, positions


_TARGETED = re.compile(r"(?P<name>[^\s、。,「」をはが]{2,40})[をは]\s*$")
_NAMED_THEN_DATED = re.compile(
    r"(?P<name>[^\s、。,「」をはが]{2,40})[をは][、,]?\s*(?P<when>[^\s、。,「」をはが]{2,16}?)"
    r"(?:末|時点)?(?:までに|まで|に)\s*$"
)
# 「令和8年4月1日の職員数を」: the words joining a year to the name after it
_YEAR_GLUE = re.compile(r"(?:現在|時点)?(?:度末|末)?(?:までに|まで|の|に|で)*")


def _single_target(doc: _Spans, offset: int, text: str) -> Iterator[Observation]:
    """「令和9年4月1日の会員数を700人以内とすることを目標としています」: one value, set right
    after its name (を/は) and followed by a target's cue, dated by the year before the name:
    that year's target. Money is a budget's, not an indicator's."""
    found = _one_target_value(text)
    if found is None:
        return
    start, end, quantity = found
    named = _TARGETED.search(text, 0, start)
    years = [m for m in year_mentions(text[:start]) if m.end <= named.end("name")] if named else []
    if named is None or not years:
        # 「○○数を、令和9年4月1日までに500人とすることを目標」: the name, then its year
        named = _NAMED_THEN_DATED.search(text, 0, start)
        when = year_mentions(named.group("when")) if named else []
        if named is None or len(when) != 1 or when[0].start != 0:
            return
        years = when
        name_start = named.start("name")
        leading = year_mentions(text[: named.end("name")])
        name_start = max(name_start, leading[-1].end) if leading else name_start
    else:
        name_start = max(named.start("name"), years[-1].end)
    glue = _YEAR_GLUE.match(text, name_start)
    name_start = glue.end() if glue else name_start
    while name_start < named.end("name") and text[name_start] in _NOTE_MARKS:
        name_start += 1  # 「※○○率は、…」: a note's mark, no part of the name
    name = text[name_start : named.end("name")]
    if len(name) < 2 or any(ch.isdigit() for ch in name) or _SETTING.match(text, name_start):
        return  # 「基本計画では令和10年度に…」: a setting, no name
    value, unit = as_printed(quantity)
    yield _in_sentence(
        doc, offset, text, (name, name_start, named.end("name")),
        (value, unit, start, end), years[-1].year, "target",
    )  # fmt: skip
    for aside in _ASIDE.finditer(text, end):
        start_point = _dated_aside(aside.group(), quantity)
        if start_point is not None:
            year, (at, stop, figure) = start_point
            printed, printed_unit = as_printed(figure)
            yield _in_sentence(
                doc, offset, text, (name, name_start, named.end("name")),
                (printed, printed_unit, aside.start() + at, aside.start() + stop), year,
                "baseline",
            )  # fmt: skip


def _dated_aside(aside: str, target: Quantity) -> tuple[int, tuple[int, int, Quantity]] | None:
    """「（令和4年4月1日 320人）」 after a target: a year and one value of the target's unit,
    nothing else, in brackets: where the target starts from (that year's baseline)."""
    mentions = year_mentions(aside)
    values = list(find_quantities(aside))
    if len(mentions) != 1 or len(values) != 1 or values[0][2].unit != target.unit:
        return None
    start, end, figure = values[0]
    rest = aside[1 : mentions[0].start] + aside[mentions[0].end : start] + aside[end:-1]
    if rest.strip(" \u3000の:：は時点現在末") or mentions[0].end > start:
        return None
    return mentions[0].year, (start, end, figure)


# 「…は3.0%です」: one value closing the sentence, stated as it stands
_STATE = re.compile(r"\s*(?P<value>[0-9][0-9,.]*\S{0,4}?)\s*(?:です|であります|となっています)\s*$")


def _dated_state(doc: _Spans, offset: int, text: str) -> Iterator[Observation]:
    """「令和5年度末現在の○○率は3.0%です」: a subject dated to a year as it stood then, and
    the one value the sentence closes on: that year's actual. Money is a budget's."""
    subject = _SUBJECT.match(text)
    if subject is None:
        return
    head = year_mentions(subject.group("name"))
    if not head or head[0].start != 0 or head[0].kind == "date":
        return
    dated = _SUBJECT_GLUE.match(subject.group("name"), head[0].end)
    state = _STATE.match(text, subject.end())
    values = list(find_quantities(text)) if state else []
    if dated is None or state is None or len(values) != 1:
        return
    start, end, quantity = values[0]
    if quantity.unit and quantity.unit.endswith("円"):
        return
    name = dated.group("rest")
    name_start = subject.start("name") + dated.start("rest")
    if any(ch.isdigit() for ch in name) or year_mentions(name):
        return
    value, unit = as_printed(quantity)
    yield _in_sentence(
        doc, offset, text, (name, name_start, subject.end("name")),
        (value, unit, start, end), head[0].year, "actual",
    )  # fmt: skip


# 「「○○数」は令和4年度に3,169人でした」, 「○○数が、令和3年度に75件(目標90)と…」: the
# subject (perhaps quoted), then a year and the value it had then
_SUBJECT_THEN_YEAR = re.compile(
    # 「（担当：○○課）」 closing the line before without 。; 「- ○○事業：」 an item's topic
    r"^(?:\s*[(（][^()（）]*[)）])?[\s・•]*(?:[-+*][ \t]+)?(?:[^、,。:：「」()（）]{2,30}[:：]\s*)?"
    r"(?P<quote>「)?(?P<name>[^、,。:：「」\s]{2,40}?)(?(quote)」)(?:は|が)[、,]?\s*"
)
_YEAR_JOIN = re.compile(r"末?(?:に|は|には|で)?[、,]?\s*")


def _year_after_subject(
    doc: _Spans,
    offset: int,
    text: str,
    context: int | None,
    facts: list[Observation] | None = None,
) -> Iterator[Observation]:
    """「「○○数」は令和4年度に3,169人でした」: a subject, then a past year (none after the
    document's) and right after it the one value the sentence states outside brackets: that
    year's actual; a bracket labelling a target after it (「(目標150)」) is that year's
    target. A lone figure is an indicator's only when the page marks it as one: its name
    quoted as a metric's, or a target set beside it. Money is a budget's; a year still to
    come is left to the target readers."""
    subject = _SUBJECT_THEN_YEAR.match(text)
    if subject is None or any(ch.isdigit() for ch in subject.group("name")):
        return
    mentions = year_mentions(text[subject.end() :], context=context)
    if not mentions or mentions[0].start != 0 or mentions[0].kind == "date":
        return
    year = mentions[0].year
    if context is not None and year > context:
        return
    at = subject.end() + mentions[0].end
    at = _YEAR_JOIN.match(text, at).end()  # type: ignore[union-attr]
    asides = [m.span() for m in _ASIDE.finditer(text)]
    values = [v for v in find_quantities(text) if not any(a <= v[0] < b for a, b in asides)]
    if len(values) != 1 or values[0][0] != at:
        return
    start, end, quantity = values[0]
    if isinstance(quantity.value, str) or (quantity.unit and quantity.unit.endswith("円")):
        return
    goal = next(
        (g for g in _GOAL_BRACKET.finditer(text, end)
         if field_of(g.group("label"), exact=True) == "target"),
        None,
    )  # fmt: skip
    target = parse_quantity(goal.group("value")) if goal is not None else None
    if target is not None and isinstance(target.value, str):
        target = None
    name = (subject.group("name"), subject.start("name"), subject.end("name"))
    value, unit = as_printed(quantity)
    fact = _in_sentence(doc, offset, text, name, (value, unit, start, end), year, "actual")
    if target is None and subject.group("quote") is None:
        if facts is not None:
            facts.append(fact)  # a target the next sentence sets may make it a series
        return  # 「来館者数は令和4年度に8,537人となりました」: a fact, no metric's series
    yield fact
    if goal is not None and target is not None:
        number, printed = as_printed(target)
        place = (number, printed, goal.start("value"), goal.end("value"))
        yield _in_sentence(doc, offset, text, name, place, year, "target")


# 「○○率は45.5%（令和5年度実績）」: the subject, then at once a value and a bracket of a
# year and a kind's label
_VALUE_THEN_BRACKET = re.compile(r"[、,]?\s*")
_DATED_KIND = re.compile(r"[(（](?P<inner>[^()（）]{2,16})[)）]")


def _bracket_year_kind(
    text: str, end: int, context: int | None
) -> tuple[int, ObservationKind] | None:
    """「（令和6年度実績）」 right after a value: the year and the kind it labels the value with."""
    bracket = _DATED_KIND.match(text, end)
    if bracket is None:
        return None
    inner = bracket.group("inner")
    mentions = [m for m in year_mentions(inner, context=context) if m.kind != "date"]
    if len(mentions) != 1 or mentions[0].start != 0:
        return None
    kind = _label_kind(inner[mentions[0].end :].strip())
    return (mentions[0].year, kind) if kind is not None else None


# 「…を実施し、○○率は66.6%（…）となりました」: a subject after a clause of its own
_CLAUSE_SUBJECT = re.compile(
    r"(?:^|[、,])\s*(?P<name>[^、,。「」・•\s][^、,。「」]{1,39}?)(?:は|が)"
)


def _value_dated_in_bracket(
    doc: _Spans, offset: int, text: str, context: int | None
) -> Iterator[Observation]:
    """「○○率は45.5%（令和5年度実績）にとどまった」: a subject and the one value right after
    it, dated and kinded by the bracket that follows the value (a year and 実績, 目標 …):
    the value is labelled as an indicator's. Money is a budget's."""
    for subject in _CLAUSE_SUBJECT.finditer(text):
        name = subject.group("name").strip()
        if any(ch.isdigit() for ch in name) or year_mentions(name):
            continue
        at = _VALUE_THEN_BRACKET.match(text, subject.end()).end()  # type: ignore[union-attr]
        values = [v for v in find_quantities(text) if v[0] == at]
        if len(values) != 1:
            continue
        start, end, quantity = values[0]
        if isinstance(quantity.value, str) or (quantity.unit and quantity.unit.endswith("円")):
            continue
        labelled = _bracket_year_kind(text, end, context)
        if labelled is None:
            continue
        name_start = subject.start("name") + subject.group("name").index(name)
        value, unit = as_printed(quantity)
        yield _in_sentence(
            doc, offset, text, (name, name_start, name_start + len(name)),
            (value, unit, start, end), labelled[0], labelled[1],
        )  # fmt: skip
        return


# 「令和17年度までに○○面積を1,234㎡とすることを目標」: a year, the object, the value aimed at
_YEAR_OBJECT_GOAL = re.compile(
    r"(?P<year>[^、。,\s]{2,12}?)末?までに[、,]?\s*(?P<object>[^、。,を「」\s]{2,30})を"
    r"(?P<value>[0-9][0-9,.]*[^\s0-9、。()（）とをにへ]{0,4})[^。]*?(?:を目標|を目指)"
)


# a clause qualifying the name (「市が保有する」「町が管理している」): no part of it
_RELATIVE_CLAUSE = re.compile(r"^[^、。]{1,20}?(?:する|した|している|される|された)(?=[^ぁ-ん])")


def _goal_after_fact(
    doc: _Spans, offset: int, text: str, fact: Observation
) -> Iterator[Observation]:
    """「○○面積は、令和6年度末で1,234㎡です。…令和17年度までに○○面積を1,000㎡とすることを
    目標としています」: a sentence setting a target for the same thing the sentence before
    stated one dated value of makes both an indicator's: that value and the target."""
    goal = _YEAR_OBJECT_GOAL.search(text)
    if goal is None:
        return
    subject, object_ = fact.indicator, goal.group("object")
    if not (subject.endswith(object_) or object_.endswith(subject)):
        return
    mentions = [m for m in year_mentions(goal.group("year")) if m.kind != "date"]
    quantity = parse_quantity(goal.group("value"))
    if len(mentions) != 1 or quantity is None or isinstance(quantity.value, str):
        return
    if quantity.unit and quantity.unit.endswith("円"):
        return
    value, unit = as_printed(quantity)
    clause = _RELATIVE_CLAUSE.match(fact.indicator)  # 「市が保有する」 before the name
    if clause is not None and "indicator" in fact.evidence:
        span = fact.evidence["indicator"]
        cut = clause.end()
        fact = replace(fact, indicator=fact.indicator[cut:],
                       evidence={**fact.evidence,
                                 "indicator": doc.span(span.start + cut, span.end)})  # fmt: skip
    yield fact
    yield Observation(
        indicator=fact.indicator,
        fiscal_year=mentions[-1].year,
        kind="target",
        value=value,
        unit=unit,
        evidence={
            "": doc.span(offset, offset + len(text)),
            **({"indicator": fact.evidence["indicator"]} if "indicator" in fact.evidence else {}),
            "value": doc.span(offset + goal.start("value"), offset + goal.end("value")),
        },
    )


_GOAL_OBJECT = re.compile(r"^[\s・•]*(?P<name>[^\s、。,「」をはが]{2,30})を")
_GOAL_BRACKET = re.compile(
    r"[(（](?P<label>[^()（）0-9]{1,6}?)\s*(?P<value>[0-9][0-9,万億.]*[^\s0-9()（）]{0,4}?)"
    r"(?:以下|以上|程度)?[)）]"
)


def _bracketed_goal(doc: _Spans, offset: int, text: str) -> Iterator[Observation]:
    """「○○面積を令和16年度末までに…縮減します(目標20万9,355㎡以下)」: the sentence's object,
    the year it is to reach by (までに), and the value a bracket labels as the target: that
    year's target of the object. Money is a budget's."""
    named = _GOAL_OBJECT.match(text)
    if named is None:
        return
    years = year_mentions(text[named.end() :])
    by = years[0] if years and years[0].start == 0 else None
    if by is None or by.kind == "date":
        return
    rest = text[named.end() + by.end :]
    if not re.match(r"末?まで(?:に)?", rest):
        return
    for goal in _GOAL_BRACKET.finditer(text):
        if field_of(goal.group("label"), exact=True) != "target":
            continue
        quantity = parse_quantity(goal.group("value"))
        if quantity is None or isinstance(quantity.value, str):
            continue
        if quantity.unit and quantity.unit.endswith("円"):
            continue
        value, unit = as_printed(quantity)
        yield _in_sentence(
            doc, offset, text, (named.group("name"), named.start("name"), named.end("name")),
            (value, unit, goal.start("value"), goal.end("value")), by.year, "target",
        )  # fmt: skip


def _subject(text: str) -> re.Match[str] | None:
    """The sentence's subject (「…は」), else the object of a clause that sets its values
    (「、会員数を令和2年度の…から…」): the last phrase before the first year, marked を."""
    subject = _SUBJECT.match(text)
    mentions = year_mentions(text)
    if subject is not None:
        inner = year_mentions(subject.group("name"))
        if not inner or inner[0].start == 0 or not mentions:
            return subject
        # 「○○を令和5年度の85件から令和6年度は163件に」: the は after a year ends no subject
        return _OBJECT.search(text, 0, mentions[0].start) or subject
    if not mentions:
        return None
    return _OBJECT.search(text, 0, mentions[0].start)


@cache
def _survey_cues() -> tuple[str, ...]:
    return tuple(cue for cue, field in sentence_cues().items() if field == "surveyStatistic")


def _surveyed(text: str) -> bool:
    """「人口は令和2年国勢調査で9,876人」: figures of a statistical survey (`mkf:surveyStatistic`
    cue words), about the place, not a plan's indicator."""
    return any(cue in text for cue in _survey_cues())


def _read(doc: _Spans, offset: int, text: str) -> Iterator[Observation]:
    subject = _subject(text)
    if subject is None or _surveyed(text):
        return
    name = subject.group("name").strip()
    name_start = subject.start("name")
    rest_start = subject.end()
    head = year_mentions(name)
    dated = _SUBJECT_GLUE.match(name, head[0].end) if head and head[0].start == 0 else None
    own: list[YearMention] = []
    if dated is not None:
        # 「平成27年度末の延床面積は…」: the year the subject is dated to is its first value's
        own = [m for m in year_mentions(text) if m.start < rest_start][:1]
        name_start += subject.group("name").index(dated.group("rest"))
        name = dated.group("rest")
    if year_mentions(name) or any(True for _ in find_quantities(name)):
        return
    years = [*own, *(m for m in year_mentions(text) if m.start >= rest_start)]
    values = [(s, e, q) for s, e, q in find_quantities(text) if s >= rest_start]
    cues = sentence_cues()
    found: list[tuple[int, int, int, int, ObservationKind | None, float | int, str | None]] = []
    for start, value_end, quantity in values:
        if quantity.unit and quantity.unit.endswith("円"):
            return  # money: a budget sentence
        year, end = _bracketed_year(text, value_end, years)
        before = [m for m in years if m.end <= start]
        if year is None and not before:
            continue
        if year is None:
            year = before[-1]
            prior = _previous_year(text, found[-1][1] if found else year.end, start, year)
            if prior is not None:
                year = prior  # 「…となり、前年度の23.0%から」: the year before the one stated
            elif found and year.start < found[-1][1]:
                continue  # no new year since the last value: a second figure of that year
        label_end = start
        if before and not text[before[-1].end : start].strip(" の"):
            label_end = before[-1].start  # 「目標:令和8年度90.0%」: the kind's label, its year
        kind = _cue(_after(text, end), cues) or _labelled(text[:label_end])
        if kind is None and before and year is before[-1]:
            kind = _glued_kind(text[year.end : start])
        value, unit = as_printed(quantity)
        found.append((year.year, end, start, value_end, kind, value, unit))
    if found and found[-1][4] is None and _aims(text[found[-1][1] :], cues):
        found[-1] = (*found[-1][:4], "target", *found[-1][5:])
    if len(found) < 2 or not any(kind for *_, kind, _, _ in found):
        return
    aimed = any(kind == "target" for *_, kind, _, _ in found)
    for year, _, start, end, cued, value, unit in found:
        kind: ObservationKind = cued or "actual"
        if kind == "baseline" and not aimed:
            kind = "actual"  # a change over past years: where it started is a year's actual
        yield _in_sentence(
            doc, offset, text, (name, name_start, subject.end("name")),
            (value, unit, start, end), year, kind,
        )  # fmt: skip


# the particles joining a year and its kind to the value after them (「令和3年度決算で41.3%」)
_GLUE_PARTICLES = " 　、,でにはがの"


def _glued_kind(between: str) -> ObservationKind | None:
    """「令和3年度決算で41.3%」, 「令和4年度決算見込みで39.8%」, 「令和4年度実績は」: the kind
    printed right after a value's year (a kind's label, or an indicator column's cue such as
    決算, `mkf:indicatorColumnCue`), joined to the value by a particle."""
    word = between.strip(_GLUE_PARTICLES).lstrip("度末")
    if not word or len(word) > _KIND_WORD_MAX:
        return None
    for kind in ("estimate", "target", "baseline", "actual"):
        if any(word.endswith(label) for label in labels_of(kind) if len(label) >= 2):
            return _KINDS[kind]
    return _column_cues().get(word)


_KIND_WORD_MAX = 6  # 決算見込み, 実績値: a kind's word, not a clause


@cache
def _column_cues() -> dict[str, ObservationKind]:
    """Words naming the kind of a year's figures (決算 → actual; `mkf:indicatorColumnCue`)."""
    cue = URIRef("https://w3id.org/machikg/fields#indicatorColumnCue")
    return {
        str(word): _KINDS[str(concept).rsplit("#", 1)[-1]]
        for concept, word in fields_graph().subject_objects(cue)
        if str(concept).rsplit("#", 1)[-1] in _KINDS
    }


def _previous_year(text: str, after: int, start: int, last: YearMention) -> YearMention | None:
    """「前年度の」 right before a value (`mkf:previousYear`): the value is of the year before
    the one the sentence stated last."""
    between = text[after:start]
    for cue, field in sentence_cues().items():
        at = between.rfind(cue)
        if field == "previousYear" and at >= 0 and not between[at + len(cue) :].strip(" のは、,"):
            return YearMention(after + at, after + at + len(cue), last.year - 1, last.kind)
    return None


def _aims(rest: str, cues: dict[str, str]) -> bool:
    """「…77.7%(令和10年度)への向上を目標とします」: a sentence that ends aiming (a target's cue
    after its last value, no value between) aims at that value."""
    return any(f == "target" and cue in rest for cue, f in cues.items())


_LABEL_END = re.compile(r"[\s(（:：]*$")
_BRACKET = re.compile(r"\s*[(（](?P<inner>[^()（）]{1,20})[)）]")
_OBJECT = re.compile(r"(?:^|[、,]\s*)(?P<name>[^、,。「」\s]{2,30}?)を\s*$")


def _bracketed_year(
    text: str, end: int, years: list[YearMention]
) -> tuple[YearMention | None, int]:
    """「66.6%(令和2年度)から」: the year printed in brackets right after a value is its year;
    the words after the bracket say its kind. Else no year, and the value's own end."""
    bracket = _BRACKET.match(text, end)
    if bracket is None:
        return None, end
    a, b = bracket.span("inner")
    inside = [m for m in years if a <= m.start and m.end <= b]
    if len(inside) != 1 or inside[0].kind == "date":
        return None, end
    if bracket.group("inner").strip() != text[inside[0].start : inside[0].end].strip():
        return None, end
    return inside[0], bracket.end()


def _labelled(before: str) -> ObservationKind | None:
    """「令和12年度の目標(693トン)」: a value set right after its kind's label."""
    head = before[: _LABEL_END.search(before).start()]  # type: ignore[union-attr]
    if len(head) == len(before):
        return None  # the label must be set off: 「目標(」, 「目標：」
    for kind in _KINDS:
        if any(head.endswith(label) for label in labels_of(kind)):
            return _KINDS[kind]
    return None


def _cue(after: str, cues: dict[str, str]) -> ObservationKind | None:
    return _KINDS.get(_cue_field(after, cues) or "")


def _cue_field(after: str, cues: dict[str, str]) -> str | None:
    """The field of the cue the words right after a value open with (目標's 「を目指」, the
    `mkf:againstTarget` 「を下回」), else None."""
    for cue in sorted(cues, key=len, reverse=True):
        if after.lstrip().startswith(cue):
            return cues[cue]
    return None


_ARROW = r"\s*[⇒→➡]\s*"
_NUMBER = r"[0-9]+(?:[.,][0-9]+)*"
# any short unit word (パーセント, 人, 件, トン): the series' shape, not its unit, makes it one
_VALUE_UNIT = r"(?:パーセント|ポイント|[%％㎡㎥㎞]|[^\W\d_]{1,4})?"
_VALUE = rf"{_NUMBER}{_VALUE_UNIT}"
_SERIES = re.compile(
    rf"(?P<name>[^、。,\n(（]{{2,60}}?)(?:が|は)\s*"
    rf"(?P<values>{_VALUE}(?:{_ARROW}{_VALUE})+)\s*"
    r"[(（](?P<years>[^()（）]{1,40})[)）]"
)
_ONE_VALUE = re.compile(rf"(?P<number>{_NUMBER})(?P<unit>{_VALUE_UNIT})")
_NAME_LEAD = re.compile(r"^[\s・]*(?:また|さらに|なお)?[、,]?\s*")


def arrow_observations(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """The values of every 「X が a⇒b (year⇒year)」 series in the document's running text."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item", "heading"):
            continue
        previous: list[int] = []
        for found in _SERIES.finditer(doc.folded, block.start, block.end):
            years = _series_years(found.group("years"), previous)
            if years is None:
                continue
            previous = years
            values = list(
                _ONE_VALUE.finditer(doc.folded, found.start("values"), found.end("values"))
            )
            lead = _NAME_LEAD.match(found.group("name"))
            name_start = found.start("name") + (lead.end() if lead else 0)
            name = doc.folded[name_start : found.end("name")].strip()
            if len(values) != len(years) or not name:
                continue
            for value, year in zip(values, years, strict=True):
                kind: ObservationKind = (
                    "target" if context is not None and year > context else "actual"
                )
                number = value.group("number").replace(",", "")
                yield Observation(
                    indicator=name,
                    fiscal_year=year,
                    kind=kind,
                    value=float(number) if "." in number else int(number),
                    unit=value.group("unit") or None,
                    evidence={
                        "": doc.span(found.start(), found.end()),
                        "indicator": doc.span(name_start, found.end("name")),
                        "value": doc.span(value.start(), value.end()),
                        "fiscal_year": doc.span(found.start("years"), found.end("years")),
                    },
                )


def _series_years(printed: str, previous: list[int]) -> list[int] | None:
    """The years of a bracketed series 「平成24年⇒平成26年」; 「同」 repeats the last ones."""
    if field_of(printed, exact=True) == "same":
        return previous or None
    years: list[int] = []
    for part in re.split(_ARROW, printed):
        mentions = year_mentions(part)
        if len(mentions) != 1 or part.strip() != part.strip()[: mentions[0].end].strip():
            return None
        years.append(mentions[0].year)
    return years


_DATED = r"(?P<v{n}>{value})\s*[(（](?P<y{n}>[^()（）]{{1,15}})[)）]"
_DATED_PAIR = re.compile(
    r"[\s・•]*(?P<name>[^\s、。,:：]{2,40}?)[\s:：]+"
    + _DATED.format(n=1, value=_VALUE)
    + _ARROW
    + _DATED.format(n=2, value=_VALUE)
    + r"\s*$"
)


def dated_pair_observations(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """「・○○者数 38人(令和4年度) → 45人(令和8年度)」: a name, then where it stands and where
    it is to go, each value with its year in brackets. The later value is a target when its
    year is after the document's (else an actual); the earlier, then, the baseline."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        found = _DATED_PAIR.match(doc.folded, block.start, block.end)
        if found is None:
            continue
        years = [_bracket_year(found.group(f"y{n}")) for n in (1, 2)]
        if years[0] is None or years[1] is None or years[0] >= years[1]:
            continue
        aimed = context is None or years[1] > context
        kinds: list[ObservationKind] = ["baseline", "target"] if aimed else ["actual", "actual"]
        name_span = doc.span(found.start("name"), found.end("name"))
        for n, year, kind in zip((1, 2), years, kinds, strict=True):
            value = _ONE_VALUE.match(found.group(f"v{n}"))
            if value is None:
                continue
            number = value.group("number").replace(",", "")
            yield Observation(
                indicator=found.group("name"),
                fiscal_year=year,
                kind=kind,
                value=float(number) if "." in number else int(number),
                unit=value.group("unit") or None,
                evidence={
                    "": doc.span(found.start(), found.end()),
                    "indicator": name_span,
                    "value": doc.span(found.start(f"v{n}"), found.end(f"v{n}")),
                    "fiscal_year": doc.span(found.start(f"y{n}"), found.end(f"y{n}")),
                },
            )


def _bracket_year(printed: str) -> int | None:
    """The one year a bracket holds alone (令和4年度, 2022年度末), else None."""
    mentions = year_mentions(printed)
    if len(mentions) != 1 or mentions[0].kind == "date":
        return None
    rest = printed[: mentions[0].start] + printed[mentions[0].end :]
    return mentions[0].year if not rest.strip(" 度末") else None


def lone_value_observations(
    doc: StructuredDocument, context: int | None = None
) -> Iterator[Observation]:
    """「○○比率は、令和5年度決算で12.4%でした」: a sentence giving one value of its subject,
    dated by the year printed between them and stated with an actual's cue (でした, となり).
    Alone such a sentence is any fact about anything; the indicator recogniser keeps it only
    where the page makes it an indicator's (its name among the page's indicators, or its
    section about indicators). Money is a budget's."""
    cues = sentence_cues()
    for text, positions in _wrapped_runs(doc):
        where = _Joined(doc, positions)
        for sentence in _SENTENCE.finditer(text):
            said = sentence.group()
            subject = _SUBJECT.match(said)
            values = list(find_quantities(said))
            if subject is None or len(values) != 1:
                continue
            start, end, quantity = values[0]
            if start < subject.end() or (quantity.unit and quantity.unit.endswith("円")):
                continue
            name = subject.group("name").strip()
            years = [
                m for m in year_mentions(said[subject.end() : start]) if m.kind != "date"
            ]
            if len(years) != 1 or year_mentions(name) or any(ch.isdigit() for ch in name):
                continue
            if _cue(_after(said, end), cues) != "actual":
                continue
            value, unit = as_printed(quantity)
            name_start = subject.start("name") + subject.group("name").index(name)
            yield _in_sentence(
                where, sentence.start(), said, (name, name_start, name_start + len(name)),
                (value, unit, start, end), years[0].year, "actual",
            )  # fmt: skip


def _one_target_value(text: str) -> tuple[int, int, Quantity] | None:
    """The sentence's one value, if it is no amount of money (a budget's, not an indicator's)
    and a target's cue follows it."""
    asides = [m.span() for m in _ASIDE.finditer(text)]
    values = [v for v in find_quantities(text) if not any(a <= v[0] < b for a, b in asides)]
    if len(values) != 1:
        return None  # a value in brackets after the target (「(令和4年の950人から20人減)」)
    start, end, quantity = values[0]  # is an aside about it, no second value of the sentence
    if quantity.unit and quantity.unit.endswith("円"):
        return None
    if _cue(_after(text, end), sentence_cues()) != "target":
        return None
    return start, end, quantity


_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
