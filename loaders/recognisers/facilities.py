"""Facilities (施設): places a document names — センター, 会館, 公民館, 児童館, 美術館 … —
found by the text toolkit's facility finder (SudachiPy noun runs with a facility ending,
nicknames 「愛称」, lists the text calls facilities) anywhere in the document."""

from __future__ import annotations

from loaders.facts import DocumentFacts, Facility
from loaders.genres.generic import facility_kind, find_facility_mentions
from loaders.genres.units import strip_place_prefix
from loaders.structure import StructuredDocument


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    for mention in find_facility_mentions(doc.folded):
        name = strip_place_prefix(mention.name, facts.prefecture) or mention.name
        facts.facilities.append(
            Facility(
                name,
                facility_kind(name),
                list(mention.aliases),
                evidence={"": doc.span(mention.start, mention.end)},
            )
        )
