"""Organizations: (to be written)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.structure import StructuredDocument


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    return None
