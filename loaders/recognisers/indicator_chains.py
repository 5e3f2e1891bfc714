"""An indicator's values chained after its name on one line.

「見学者数：40人（R3実績）→ 55人（R5実績）／目標 70人（R9）」, 「乗船者数：令和2年度 3,0X0人
→ 令和5年度実績 4,220人 → 令和9年度目標 5,730人」, 「・来訪者数　　年40人（R3実績）→ 目標
年70人（R9）」: a name, a colon (or a wide gap), then steps each giving a value with its year
and (printed before or after it, or in brackets) its kind, joined by arrows, slashes or commas.
A manifesto's or a progress sheet's indicator line is printed so. The line is read only when
every part of it after the name is such a step (years, kind words, values, joiners and nothing
else) and one step at least prints its kind, so a sentence or a row of dated figures of
anything is never taken for one; amounts of money are budgets. The steps run forward in time. A
step printed without a kind is where an arrowed chain starts (its baseline) when it comes
first; else a target after an estimate or a target, an actual up to the document's year, a
target after it. A single space may end the name (「指標：○○件数 40件（令和6年度見込）→ …」)
when all that follows it is steps. Steps printed without any kind take theirs, one for one,
from a legend above drawn with the same joiners (「凡例：基準値 → 実績
（令和X年度） ／ 目標（令和Y年度）」), and any year they lack; `packed_cells` reads such
a legend in a table's header (「現状値→目標値」).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loaders.facts import Observation, ObservationKind
from loaders.field_vocabulary import field_of, labels_of
from loaders.structure import Block, StructuredDocument
from loaders.text.fiscal_year import year_mentions

_KINDS: tuple[ObservationKind, ...] = ("baseline", "target", "actual", "estimate")
# the name, then a colon or a wide gap (「・転入者数　　412人（R5実績）→ …」)
_NAME = re.compile(
    r"^[\s・•]*(?P<name>[^\s:：。、,()（）]{2,40}(?:\([^()]{1,12}\))?)(?:\s*[:：]\s*|\s{2,})"
)
# a name a single space ends: no value opens it, no sentence mark is in it
_SPACED_NAME = re.compile(r"[^\d\s:：。、,()（）△▲][^\s:：。、,]{1,39}")
_NUMBER = re.compile(r"[△▲-]?\d[\d,]*(?:\.\d+)?")


@cache
def _tokens() -> re.Pattern[str]:
    """Joiners, brackets, kind words (`mkf:` labels of the kinds), years, values with units."""
    kinds = sorted((w for k in _KINDS for w in labels_of(k)), key=len, reverse=True)
    return re.compile(
        r"(?P<join>→|⇒|->|[/／、,])|(?P<open>\()|(?P<close>\))|(?P<space>\s+|年間?(?=\d))"
        r"|(?P<year>(?:令和|平成|R|H)\s?\d{1,2}(?:年度?)?末?|20\d\d(?:年度?)?末?)"
        rf"|(?P<kind>{'|'.join(map(re.escape, kinds))})"
        r"|(?P<value>[△▲-]?\d[\d,]*(?:\.\d+)?)(?P<unit>[^\s\d()/／、,→⇒]{0,4}?)"
        r"(?=[\s()/／、,→⇒]|$)"
    )


@dataclass
class _Step:
    value: str
    start: int
    end: int
    kind: ObservationKind | None = None
    unit: str = ""
    year: int | None = None
    year_span: tuple[int, int] | None = None


def _kind(word: str) -> ObservationKind | None:
    return next((k for k in _KINDS if word in labels_of(k)), None)


def _steps(text: str, context: int | None) -> list[_Step] | None:
    """The steps of `text` (all of it after the colon), or None when anything else is in it."""
    steps: list[_Step] = []
    kind: ObservationKind | None = None
    year: tuple[int, int, int] | None = None  # (year, start, end) printed before the value
    after_value = False  # a bracket right after a value dates and kinds that value
    in_aside = False
    at = 0
    for token in _tokens().finditer(text):
        if token.start() != at:
            return None  # a word no step prints
        at = token.end()
        group = "value" if token.group("value") else token.lastgroup
        if group == "space":
            continue
        if group == "open":  # 「9人（R6実績）」, not 「6人（目標 令和8年度 0人）」
            close = text.find(")", token.end())
            inner = text[token.end() : close if close >= 0 else len(text)]
            valued = any(t.group("value") for t in _tokens().finditer(inner))
            in_aside = after_value and not valued
            continue
        if group == "close":
            in_aside, after_value = False, False
            continue
        if group == "join":
            after_value = False
            continue
        if group == "year":
            mentions = year_mentions(token.group(), context=context)
            if len(mentions) != 1:
                return None
            found = (mentions[0].year, token.start(), token.end())
            if in_aside and steps and steps[-1].year is None:
                steps[-1].year, steps[-1].year_span = found[0], found[1:]
            elif in_aside:
                return None
            else:
                year = found
            continue
        if group == "kind":
            word = _kind(token.group())
            if in_aside and steps and steps[-1].kind is None:
                steps[-1].kind = word
            elif in_aside:
                return None
            else:
                kind = word
            continue
        if in_aside:
            return None  # a value in a value's bracket
        step = _Step(token.group("value"), token.start("value"), token.end("value"), kind,
                     token.group("unit") or "")  # fmt: skip
        if year is not None:
            step.year, step.year_span = year[0], year[1:]
        steps.append(step)
        kind, year, after_value = None, None, True
    if at != len(text) or kind is not None or year is not None:
        return None
    return steps


_LEGEND_JOIN = re.compile(r"\s*(?:→|⇒|->|[/／])\s*")


def step_legend(text: str) -> list[tuple[ObservationKind, int | None]] | None:
    """「現状値→目標値」, 「基準値 → 実績（令和X年度） ／ 目標（令和Y年度）」: the
    kind (and year) of each step a chain prints without them, read once from a header or a
    legend drawn with the chain's own joiners; None when a part names no single kind or
    prints a figure."""
    parts = [p for p in _LEGEND_JOIN.split(text.strip()) if p]
    if len(parts) < 2:
        return None
    legend: list[tuple[ObservationKind, int | None]] = []
    for part in parts:
        mentions = year_mentions(part)
        bare = part
        for mention in reversed(mentions):
            bare = bare[: mention.start] + bare[mention.end :]
        if len(mentions) > 1 or re.search(r"\d", bare) or len(bare) > 16:
            return None
        words = [(len(w), k) for k in _KINDS for w in labels_of(k) if w in bare]
        kinds = {k for n, k in words if n == max(words)[0]} if words else set()
        if len(kinds) != 1:
            return None
        legend.append((kinds.pop(), mentions[0].year if mentions else None))
    return legend


def legend_steps(
    steps: list[tuple], legend: list[tuple[ObservationKind, int | None]]
) -> list[tuple] | None:
    """The steps (value, start, end, kind, year, …) given the kinds and years their legend
    names, one for one; None when they do not fit it (a count or a printed kind differs)."""
    if len(steps) != len(legend):
        return None
    out = []
    for step, (kind, year) in zip(steps, legend, strict=True):
        if step[3] is not None and step[3] != kind:
            return None
        if step[4] is None and year is None:
            return None
        out.append((*step[:3], kind, step[4] if step[4] is not None else year, *step[5:]))
    return out


def chain_steps(
    text: str, context: int | None
) -> list[tuple[str, int, int, ObservationKind | None, int | None, tuple[int, int] | None]]:
    """The steps `text` is made of (value, start, end, kind, year, year span), or None when
    anything else is in it: for a table cell that packs an indicator's values."""
    steps = _steps(text, context)
    if steps is None:
        return []
    return [(s.value, s.start, s.end, s.kind, s.year, s.year_span) for s in steps]


def chain_observations(
    doc: StructuredDocument, context: int | None
) -> tuple[list[Observation], list[Block]]:
    """Every chained indicator line's values, and the blocks they were read from."""
    found: list[Observation] = []
    blocks: list[Block] = []
    legend: list[tuple[ObservationKind, int | None]] | None = None
    kind_years: dict[ObservationKind, int] = {}
    for block in doc.blocks:
        if block.kind not in ("field", "item", "paragraph"):
            continue
        line = doc.folded[block.start : block.end]
        kind_years = _stated_years(line) or kind_years
        if "→" in line or "⇒" in line or "/" in line:
            # 「凡例：基準値 → 実績（令和X年度） ／ 目標値」: the
            # kinds of the chains below it
            text = block.value if block.kind == "field" and block.value else line
            legend = step_legend(re.split(r"[:：]", text)[-1]) or legend
        read = list(_read(doc, block, context, legend, kind_years))
        if read:
            found += read
            blocks.append(block)
    return found, blocks


def _read(
    doc: StructuredDocument,
    block: Block,
    context: int | None,
    legend: list[tuple[ObservationKind, int | None]] | None = None,
    kind_years: dict[ObservationKind, int] | None = None,
) -> Iterator[Observation]:
    line = doc.folded[block.start : block.end]
    if not any(mark in line for mark in (":", "：", "  ", "→", "⇒")):
        return  # cheap gate: no name is printed before a colon, a wide gap or arrowed steps
    found = _named(line, block)
    steps = None
    if found is not None:
        rest = line[found[1] :].rstrip()
        steps = _steps(rest, context) if _NUMBER.search(rest) else None
    if not steps:
        # 「指標：○○件数 40件（令和6年度見込）→ 55件（令和7年度目標）」: one space
        # ends the name when all that follows it is steps
        found, steps = _spaced(line, block, context)
    if steps and legend and all(s.kind is None for s in steps):
        steps = _with_legend(steps, legend)
    for step in steps or []:
        if step.year is None and step.kind is not None and kind_years and step.kind in kind_years:
            # 「現状値 8 → 目標値 10」 under 「現状値は令和6年度、目標値は令和10年度の値です」
            step.year, step.year_span = kind_years[step.kind], (step.start, step.end)
    if found is None or not steps or len(steps) < 2 or any(s.year is None for s in steps):
        return
    (name_start, name_end), rest_start = found
    rest = line[rest_start:].rstrip()
    if all(s.kind is None for s in steps) or any(s.unit.endswith("円") for s in steps):
        return  # dated figures of no kind are of anything; money is a budget's
    years = [s.year or 0 for s in steps]
    if years != sorted(years):
        return  # 「令和5年 98.7（令和4年 98.9）」: a value and the year before's, no chain
    arrowed = any(arrow in rest for arrow in ("→", "⇒", "->"))
    base = block.start + rest_start
    name = line[name_start:name_end]
    for n, step in enumerate(steps):
        kind = step.kind
        if kind is None and n == 0 and arrowed:
            kind = "baseline"
        elif kind is None and n and steps[n - 1].kind in ("estimate", "target"):
            kind = "target"  # a figure later than an estimate is none yet measured
        elif kind is None:
            kind = "target" if context is not None and (step.year or 0) > context else "actual"
        number = step.value.replace(",", "").replace("△", "-").replace("▲", "-")
        assert step.year_span is not None
        yield Observation(
            indicator=name,
            fiscal_year=step.year,
            kind=kind,
            value=float(number) if "." in number else int(number),
            evidence={
                "": doc.span(block.start, block.end),
                "indicator": doc.span(block.start + name_start, block.start + name_end),
                "value": doc.span(base + step.start, base + step.end),
                "fiscal_year": doc.span(base + step.year_span[0], base + step.year_span[1]),
            },
        )


def _stated_years(text: str) -> dict[ObservationKind, int]:
    """「現状値は令和6年度、目標値は令和10年度の値です」: a sentence dating each kind of value
    the chains under it print without a year; empty unless two kinds are dated so."""
    if "は" not in text:
        return {}
    found: dict[ObservationKind, int] = {}
    for m in _kind_before_wa().finditer(text):
        mentions = year_mentions(text[m.end() : m.end() + _STATED_YEAR_REACH])
        if mentions and mentions[0].start == 0:
            kind = _kind(m.group("word"))
            if kind is not None:
                found.setdefault(kind, mentions[0].year)
    return found if len(found) >= 2 else {}


_STATED_YEAR_REACH = 12  # characters after 「…値は」 a stated year stands within


@cache
def _kind_before_wa() -> re.Pattern[str]:
    """「現状値は」, 「目標値は」: a kind's label then は, the longest label first."""
    words = sorted((w for k in _KINDS for w in labels_of(k)), key=len, reverse=True)
    return re.compile("(?P<word>" + "|".join(map(re.escape, words)) + ")は")


def _with_legend(
    steps: list[_Step], legend: list[tuple[ObservationKind, int | None]]
) -> list[_Step] | None:
    """Steps printed without kinds, given those (and any year they lack) of the legend above."""
    fitted = legend_steps([(s.value, s.start, s.end, s.kind, s.year) for s in steps], legend)
    if fitted is None:
        return None
    for step, (*_, kind, year) in zip(steps, fitted, strict=True):
        step.kind = kind
        if step.year is None:
            step.year, step.year_span = year, (step.start, step.end)
    return steps


def _spaced(
    line: str, block: Block, context: int | None
) -> tuple[tuple[tuple[int, int], int] | None, list[_Step] | None]:
    """A name ended by a single space before the line's steps (「・○○者数 40人（R3実績）→
    55人（R5実績）」, a field's value 「○○率 令和6年度見込41.0% → 令和7年度44.5%」). A
    vocabulary word opening it is the line's label, not the name (「目標 ○○率 …」)."""
    at = line.find(block.value) if block.kind == "field" and block.value else 0
    if at < 0 or not ("→" in line or "⇒" in line):
        return None, None
    for gap in re.finditer(r"\s+", line[at:]):
        rest = line[at + gap.end() :].rstrip()
        if not _NUMBER.search(rest):
            break
        steps = _steps(rest, context)
        if not steps:
            continue
        words = line[at : at + gap.start()].strip(" \t・•").split()
        if len(words) == 2 and field_of(words[0]) is not None:
            words = words[1:]  # 「目標 ○○率」: the label of the line, then the name
        if len(words) != 1 or not _SPACED_NAME.fullmatch(words[0]):
            return None, None
        start = line.find(words[0], at)
        return ((start, start + len(words[0])), at + gap.end()), steps
    return None, None


def _named(line: str, block: Block) -> tuple[tuple[int, int], int] | None:
    """Where the name is in the block's line and where its steps start: a name and a colon
    opening the line or a field's value (指標：○○数：…), else the field's own label, when
    no word of the vocabulary (○○数：…)."""
    at = 0
    if block.kind == "field" and block.value:
        at = line.find(block.value)
        if at < 0:
            return None
    named = _NAME.match(line[at:])
    if named is not None:
        return (at + named.start("name"), at + named.end("name")), at + named.end()
    label = (block.label or "").strip()
    if block.kind != "field" or not label or field_of(label) is not None:
        return None
    start = line.find(label)
    return ((start, start + len(label)), at) if 0 <= start < at else None
