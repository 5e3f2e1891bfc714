"""One recogniser per kind of fact, each run on every document whatever its genre.

A recogniser reads the document's blocks (`loaders.structure`) and the field vocabulary
(`loaders.field_vocabulary`) and adds what it finds to the document's facts; it never asks
which genre the document is. Order matters only where one kind of fact names another:
organisations first (projects name their division), policies before initiatives.
"""

from __future__ import annotations

from collections.abc import Callable

from loaders.facts import DocumentFacts
from loaders.recognisers import (
    budgets,
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
    for recogniser in RECOGNISERS:
        recogniser(doc, facts)
