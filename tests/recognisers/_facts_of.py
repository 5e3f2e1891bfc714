"""Run the policy, initiative and evaluation recognisers on a small text (test helper)."""

from __future__ import annotations

from loaders.facts import DocumentFacts, Genre
from loaders.field_vocabulary import all_labels
from loaders.recognisers import evaluations, initiatives, policies
from loaders.structure import read_structure


def facts_of(text: str, *, year: int | None = 2024, genre: Genre = "generic") -> DocumentFacts:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, genre, fiscal_year=year)
    doc = read_structure(text, labels=all_labels())
    for recognise in (policies.recognise, initiatives.recognise, evaluations.recognise):
        recognise(doc, facts)
    return facts


def policy_rows(facts: DocumentFacts) -> set[tuple[str, str | None]]:
    return {(c.normalized, c.label) for c in facts.policy_codes}


def initiative_rows(facts: DocumentFacts) -> set[tuple[str, tuple[str, ...]]]:
    return {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}


def evaluation_rows(facts: DocumentFacts) -> set[tuple[str, int, str]]:
    return {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}


def unit_parents(text: str) -> dict[str, str | None]:
    """Each organisation the whole reader finds in `text`, with its parent."""
    from loaders.parse import parse_document

    facts = parse_document(
        text, file="units.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    return {o.name: o.parent for o in facts.organizations}


def parsed_as_read(text: str, file: str = "x.txt") -> DocumentFacts:
    """The whole reader's facts of `text` saved as `file` and read back as a fetched page,
    sheet or text is (its format by the name's suffix)."""
    import tempfile
    from pathlib import Path

    from loaders.formats import read_source
    from loaders.parse import parse_document

    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / file
        page.write_text(text, encoding="utf-8")
        read = read_source(page).text
    return parse_document(
        read, file=file, municipality_code="999989", municipality="架空台市", prefecture="架空県"
    )


def observed_rows(text: str, file: str = "x.txt") -> set[tuple[str, int | None, str | None, float]]:
    """(indicator, fiscal year, kind, value) of every observation read from `text`."""
    return {
        (o.indicator, o.fiscal_year, o.kind, o.value)
        for o in parsed_as_read(text, file).observations
    }
