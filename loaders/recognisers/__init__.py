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

from collections.abc import Callable

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
    column_roles.label_columns(doc)
    for recogniser in RECOGNISERS:
        recogniser(doc, facts)
