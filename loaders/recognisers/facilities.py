"""Facilities (施設): places a document names — センター, 会館, 公民館, 児童館, 美術館 … —
found by the text toolkit's facility finder (SudachiPy noun runs with a facility ending,
nicknames 「愛称」, lists the text calls facilities) anywhere in the document.

A name that begins with the municipality's own name keeps it whole (the tokenizer may cut
「架空野市保健センター」 after its first characters), and a type word with only a generic
word before its ending (市役所, 市民センター, 地区公民館) names a kind of place, not one."""

from __future__ import annotations

from loaders.facts import DocumentFacts, Facility
from loaders.genres.generic import facility_kind, find_facility_mentions, is_generic_name
from loaders.genres.units import strip_place_prefix
from loaders.structure import StructuredDocument
from loaders.text.normalize import nfkc_key


def recognise(doc: StructuredDocument, facts: DocumentFacts) -> None:
    for mention in find_facility_mentions(doc.folded):
        start = _municipality_start(doc.folded, mention.start, mention.name, facts.municipality)
        name = doc.folded[start : mention.end] if start != mention.start else mention.name
        if is_generic_name(name):
            continue
        name = strip_place_prefix(name, facts.prefecture) or name
        facts.facilities.append(
            Facility(
                name,
                facility_kind(name),
                list(mention.aliases),
                evidence={"": doc.span(start, mention.end)},
            )
        )


def _municipality_start(text: str, start: int, name: str, municipality: str) -> int:
    """Where a name that is the tail of the municipality's name plus more really starts
    (「…野市保健センター」 after 「架空」 → the start of 「架空野市保健センター」)."""
    city = nfkc_key(municipality)
    for cut in range(1, len(city)):
        before = nfkc_key(text[max(start - cut, 0) : start])
        if before == city[:cut] and nfkc_key(name).startswith(city[cut:]):
            return start - cut
    return start
