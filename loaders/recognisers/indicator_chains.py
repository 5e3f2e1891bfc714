"""An indicator's values chained after its name on one line.

「見学者数：40人（R3実績）→ 55人（R5実績）／目標 70人（R9）」, 「乗船者数：令和2年度 3,010人
→ 令和5年度実績 4,220人 → 令和9年度目標 5,730人」, 「・来訪者数　　年40人（R3実績）→ 目標
年70人（R9）」: a name, a colon (or a wide gap), then steps each giving a value with its year
and (printed before or after it, or in brackets) its kind, joined by arrows, slashes or commas.
A manifesto's or a progress sheet's indicator line is printed so. The line is read only when
every part of it after the name is such a step (years, kind words, values, joiners and nothing
else) and one step at least prints its kind, so a sentence or a row of dated figures of
anything is never taken for one; amounts of money are budgets. The steps run forward in time. A
step printed without a kind is where an arrowed chain starts (its baseline) when it comes
first; else an actual up to the document's year, a target after.
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
    for block in doc.blocks:
        if block.kind not in ("field", "item", "paragraph"):
            continue
        read = list(_read(doc, block, context))
        if read:
            found += read
            blocks.append(block)
    return found, blocks


def _read(doc: StructuredDocument, block: Block, context: int | None) -> Iterator[Observation]:
    line = doc.folded[block.start : block.end]
    if ":" not in line and "：" not in line and "  " not in line:
        return  # cheap gate: no name is printed before a colon or a wide gap
    found = _named(line, block)
    if found is None:
        return
    (name_start, name_end), rest_start = found
    rest = line[rest_start:].rstrip()
    steps = _steps(rest, context) if _NUMBER.search(rest) else None
    if not steps or len(steps) < 2 or any(s.year is None for s in steps):
        return
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
