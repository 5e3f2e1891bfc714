"""Indicators written as running text: 「満足度が46.6パーセント⇒48.7パーセント(平成24年⇒平成26年)」.

A value sequence joined by ⇒/→ paired with an equally long year sequence is what makes a
number an indicator; a lone percentage (「占める割合3.9パーセント」) is a share, not a
series, and is deliberately not read. 「(同)」 repeats the previous years.
"""

from __future__ import annotations

import re

from loaders.facts import Observation, ObservationKind
from loaders.genres.layout import Page
from loaders.text.fiscal_year import parse_fiscal_year

_ARROW = r"\s*[⇒→➡]\s*"
_NUMBER = r"[0-9]+(?:[.,][0-9]+)*"
# Any short unit word: パーセント, 人, 件, トン, 世帯, ㎡ … (the series shape, not the unit,
# is what makes a number an indicator).
_UNIT = r"(?:パーセント|ポイント|[%％㎡㎥㎞]|[^\W\d_]{1,4})?"
_VALUE = rf"{_NUMBER}{_UNIT}"
_SERIES = re.compile(
    rf"(?P<name>[^、。,\n(]{{2,60}}?)(?:が|は)\s*"
    rf"(?P<values>{_VALUE}(?:{_ARROW}{_VALUE})+)\s*"
    r"\((?P<years>[^()]{1,40})\)"
)
_ONE_VALUE = re.compile(rf"(?P<number>{_NUMBER})(?P<unit>{_UNIT})")
_SAME = re.compile(r"^\s*同(?:上|左)?\s*$")
_NAME_LEAD = re.compile(r"^[\s・]*(?:また|さらに|なお)?[、,]?\s*")


def _number(printed: str) -> float | int:
    printed = printed.replace(",", "")
    return float(printed) if "." in printed else int(printed)


def _years(printed: str, previous: list[int], context: int | None) -> list[int] | None:
    if _SAME.match(printed):
        return previous or None
    years = [parse_fiscal_year(part, context=context) for part in re.split(_ARROW, printed)]
    if any(year is None for year in years):
        return None
    return [year for year in years if year is not None]


def find_prose_indicators(
    page: Page,
    start: int,
    end: int,
    *,
    document_year: int | None,
    subject: str | None = None,
) -> list[Observation]:
    """Observations of every value⇒value (year⇒year) series in folded text [start, end)."""
    observations: list[Observation] = []
    previous: list[int] = []
    for found in _SERIES.finditer(page.folded, start, end):
        years = _years(found.group("years"), previous, document_year)
        if years is None:
            continue
        previous = years
        values = list(_ONE_VALUE.finditer(page.folded, found.start("values"), found.end("values")))
        if len(values) != len(years):
            continue
        lead = _NAME_LEAD.match(found.group("name"))
        name_start = found.start("name") + (lead.end() if lead else 0)
        name = page.folded[name_start : found.end("name")].strip()
        if not name:
            continue
        for value, year in zip(values, years, strict=True):
            kind: ObservationKind = (
                "target" if document_year is not None and year > document_year else "actual"
            )
            observations.append(
                Observation(
                    indicator=name,
                    fiscal_year=year,
                    kind=kind,
                    value=_number(value.group("number")),
                    unit=value.group("unit") or None,
                    subject=subject,
                    evidence={
                        "": page.span(found.start(), found.end()),
                        "indicator": page.trimmed_span(name_start, found.end("name")),
                        "value": page.span(value.start(), value.end()),
                        "fiscal_year": page.span(found.start("years"), found.end("years")),
                    },
                )
            )
    return observations
