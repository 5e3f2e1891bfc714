"""One recogniser per kind of fact, each run on every document whatever its genre.

A recogniser reads the document's blocks (`loaders.structure`) and the field vocabulary
(`loaders.field_vocabulary`) and adds what it finds to the document's facts; it never asks
which genre the document is. Order matters only where one kind of fact names another:
organisations first (projects name their division), policies before initiatives. Before
any of them, a table column whose label names no field gets the label of the field its cells
show, when the column-role model is sure (`column_roles`): every recogniser then reads it as
if the city had printed that label.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from loaders.facts import DocumentFacts
from loaders.recognisers import (
    budgets,
    column_roles,
    evaluations,
    facilities,
    indicators,
    initiatives,
    organizations,
    policies,
    projects,
    staff,
    unit_trees,
)
from loaders.structure import StructuredDocument

Recogniser = Callable[[StructuredDocument, DocumentFacts], None]

RECOGNISERS: list[Recogniser] = [
    organizations.recognise,
    staff.recognise,
    budgets.recognise,
    policies.recognise,
    initiatives.recognise,
    projects.recognise,
    facilities.recognise,
    indicators.recognise,
    evaluations.recognise,
]


def recognise_all(doc: StructuredDocument, facts: DocumentFacts) -> None:
    """Every recogniser on `doc`, each on its own: one that fails on a layout nobody foresaw
    costs its own kind of fact, not the document (its additions are taken back and the
    failure noted in `facts.reading_errors`)."""
    try:
        column_roles.label_columns(doc)
        unit_trees.label_unit_trees(doc)
    except Exception as error:  # the labels are a help, not a need: read without them
        facts.reading_errors.append(_failure("column_roles", error))
    for recogniser in RECOGNISERS:
        read_in_isolation(functools.partial(recogniser, doc), facts, recogniser.__module__)


def read_in_isolation(
    read: Callable[[DocumentFacts], None], facts: DocumentFacts, where: str | None = None
) -> None:
    """Run one reader of `facts` (a recogniser, a genre parser); when it fails, take back
    what it added and note the failure instead of losing the document."""
    kept = _fact_lists(facts)
    try:
        read(facts)
    except Exception as error:
        for name, items in kept.items():
            setattr(facts, name, items)
        facts.reading_errors.append(_failure(where or read.__module__, error))


def _fact_lists(facts: DocumentFacts) -> dict[str, list[Any]]:
    """A copy of each list of facts, to put back when a recogniser fails half-way."""
    return {f.name: list(value) for f in fields(facts)
            if isinstance(value := getattr(facts, f.name), list)}  # fmt: skip


def _failure(where: str, error: Exception) -> str:
    return f"{where.rsplit('.', 1)[-1]}: {type(error).__name__}: {error}"
