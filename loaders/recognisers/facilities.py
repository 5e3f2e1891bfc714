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
        if is_generic_name(name) or _is_own_office(name, facts.municipality):
            continue
        if not _names_prefectural_place(name, facts.prefecture, facts.municipality):
            name = strip_place_prefix(name, facts.prefecture) or name
        facts.facilities.append(
            Facility(
                name,
                facility_kind(name),
                list(mention.aliases),
                evidence={"": doc.span(start, mention.end)},
            )
        )


_OWN_OFFICE_WORDS = ("役所", "役場", "庁", "庁舎")


def _is_own_office(name: str, municipality: str) -> bool:
    """The body's own seat (「架空野市役所」 in a footer's address) is where the document
    comes from, not a place it speaks of."""
    key, city = nfkc_key(name), nfkc_key(municipality)
    return bool(city) and any(key == city + word or key == city + "本" + word
                              for word in _OWN_OFFICE_WORDS)  # fmt: skip


def _names_prefectural_place(name: str, prefecture: str | None, municipality: str) -> bool:
    """A prefecture's own place keeps the prefecture in its name: 「架空県技術センター」 in a
    prefecture's document, and 「架空県立…」 anywhere (cut, 「立…」 would name nothing)."""
    if not prefecture or not name.startswith(prefecture):
        return False
    rest = name[len(prefecture) :]
    return rest.startswith("立") or nfkc_key(municipality) == nfkc_key(prefecture)


def _municipality_start(text: str, start: int, name: str, municipality: str) -> int:
    """Where a name that is the tail of the municipality's name plus more really starts
    (「…野市保健センター」 after 「架空」 → the start of 「架空野市保健センター」)."""
    city = nfkc_key(municipality)
    for cut in range(1, len(city)):
        before = nfkc_key(text[max(start - cut, 0) : start])
        if before == city[:cut] and nfkc_key(name).startswith(city[cut:]):
            return start - cut
    return start
