"""A start value printed after an indicator's name, in the same cell or field.

A table or a line gives an indicator's name with where it stands (「○○団体数 120団体（R6）」
in the 指標（現状） cell beside a target cell, 「○○者数（人）： 40（R5） → 目標 55」):
the reader of the target takes the whole text for the name. The value with its year is no
part of the name: it is that year's value, the start the target is set from (a baseline),
read as `indicator_chains` reads one step. The other values read with that name keep theirs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.facts import Observation
from loaders.recognisers.indicator_chains import chain_steps
from loaders.structure import StructuredDocument
from loaders.text.normalize import fold_width

# the name, then a colon or a space, then one dated value (and perhaps the arrow after it)
_NAME_VALUE = re.compile(
    r"^(?P<name>\S.*?\S)\s*(?:[:：]\s*|\s+)(?P<step>[△▲-]?\d[^:：]*?)\s*(?:→|⇒)?\s*$"
)


def shed_values(doc: StructuredDocument, found: list[Observation]) -> list[Observation]:
    """`found` with each name that ends in one dated value cut before it, and that value
    added as the baseline of its year (once per name)."""
    out: list[Observation] = []
    added: set[tuple[str, int]] = set()
    for observation in found:
        split = _split(observation.indicator)
        if split is None:
            out.append(observation)
            continue
        name, value, year, at = split
        out.append(replace(observation, indicator=name))
        if (name, year) in added:
            continue
        added.add((name, year))
        evidence = {}
        span = observation.evidence.get("indicator")
        if span is not None and doc.text[span.start : span.end] == observation.indicator:
            evidence = {
                "": span,
                "indicator": doc.span(span.start, span.start + len(name)),
                "value": doc.span(span.start + at[0], span.start + at[1]),
            }
        number = value.replace(",", "").replace("△", "-").replace("▲", "-")
        out.append(Observation(
            indicator=name,
            fiscal_year=year,
            kind="baseline",
            value=float(number) if "." in number else int(number),
            unit=observation.unit,
            subject=observation.subject,
            evidence=evidence,
        ))  # fmt: skip
    return out


def _split(text: str) -> tuple[str, str, int, tuple[int, int]] | None:
    """(name, value, year, value's offsets) of a name followed by one dated value."""
    printed, text = text, fold_width(text, keep_length=True)  # 「（R6）」 read as 「(R6)」
    match = _NAME_VALUE.match(text)
    if match is None:
        return None
    steps = chain_steps(match.group("step"), None)
    if len(steps) != 1:
        return None
    value, start, end, kind, year = steps[0][:5]
    if kind not in (None, "baseline") or year is None:
        return None
    name = printed[match.start("name") : match.end("name")].strip()
    if len(name) < 2 or re.search(r"\d$", name):
        return None
    at = match.start("step")
    return name, value, year, (at + start, at + end)
