"""A document's text → `DocumentFacts`: detect the genre, run its parser, add what any text
names (facilities, units, plans), and merge duplicates.

The genre comes from the text's structure, never from its file name, so a renamed file or a
document from another city is read the same way. Parsers never fail on odd layouts: a
missing section just yields fewer facts, and a text with none at all is simply generic.

    >>> from loaders.parse import parse_document
    >>> facts = parse_document("令和3年度 福祉部の運営方針", file="x.txt",
    ...     municipality_code="999999", municipality="架空市", prefecture=None)
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from loaders.facts import DocumentFacts, Genre, Initiative, Project
from loaders.field_vocabulary import all_labels
from loaders.genre_detection import detect_genre
from loaders.genres import (
    comprehensive_plan_policy,
    department_policy,
    generic,
    reform_plan_chapter,
    reform_plan_sheet,
)
from loaders.genres.deduplication import deduplicate
from loaders.genres.parent_cycles import without_parent_cycles
from loaders.recognisers import read_in_isolation, recognise_all
from loaders.structure import read_structure
from loaders.text.errors import DocumentError
from loaders.text.normalize import nfkc_key

GENRE_PARSERS: dict[Genre, Callable[[DocumentFacts], None]] = {
    "department_policy": department_policy.parse,
    "comprehensive_plan_policy": comprehensive_plan_policy.parse,
    "reform_plan_sheet": reform_plan_sheet.parse,
    "reform_plan_chapter": reform_plan_chapter.parse,
    "generic": generic.parse,
}

_MUNICIPALITY_CODE = re.compile(r"^[0-9]{6}$")


def parse_document(
    text: str,
    *,
    file: str,
    municipality_code: str,
    municipality: str,
    prefecture: str | None,
) -> DocumentFacts:
    """All facts `text` states; every Span is an offset into `text` exactly as given."""
    _check_arguments(text, file, municipality_code, municipality)
    genre = detect_genre(text)
    facts = DocumentFacts(
        file=file,
        municipality_code=municipality_code,
        municipality=municipality,
        prefecture=prefecture,
        text=text,
        genre=genre,
    )
    read_in_isolation(GENRE_PARSERS[genre] if genre_parsers_enabled() else generic.parse, facts)
    if genre != "generic":
        _add_mentions(facts)
    recognise_all(read_structure(text, labels=all_labels()), facts)
    deduplicate(facts)
    without_parent_cycles(facts.organizations)
    _link_facilities(facts)
    return facts


def genre_parsers_enabled() -> bool:
    """Whether the per-genre parsers run before the recognisers (they do unless
    MACHIKG_GENRE_PARSERS=off): switched off, `machikg score` measures what the recognisers
    alone read — the layout-agnostic reader that unseen cities depend on."""
    return os.environ.get("MACHIKG_GENRE_PARSERS", "on").lower() not in ("off", "0", "no")


def _check_arguments(text: object, file: str, code: str, municipality: str) -> None:
    if not isinstance(text, str):
        raise DocumentError(file, f"text must be str (decoded), got {type(text).__name__}")
    if not _MUNICIPALITY_CODE.match(code or ""):
        raise DocumentError(file, f"municipality code must be 6 digits, got {code!r}")
    if not municipality or not municipality.strip():
        raise DocumentError(file, "municipality name is empty")


def _add_mentions(facts: DocumentFacts) -> None:
    """Facilities and plans named anywhere in the text, beyond the genre's own facts.

    Units are added by `loaders.recognisers.organizations`, which resolves misprints of the
    units the genre parser found.
    """
    found = DocumentFacts(
        facts.file,
        facts.municipality_code,
        facts.municipality,
        facts.prefecture,
        facts.text,
        "generic",
        title=facts.title,
        fiscal_year=facts.fiscal_year,
    )
    generic.parse(found)
    facts.title = found.title
    facts.fiscal_year = found.fiscal_year
    facts.facilities.extend(found.facilities)
    facts.plans.extend(found.plans)


def _link_facilities(facts: DocumentFacts) -> None:
    """Link every project and initiative to the document's facilities its text names: a
    facility found once (「ひかりテラス」 in a list of facilities) is the same place when a
    project's name mentions it."""
    names = [(nfkc_key(f.name), f.name) for f in facts.facilities]
    things: list[Project | Initiative] = [*facts.projects, *facts.initiatives]
    for thing in things:
        parts = [thing.name, thing.description]
        if isinstance(thing, Project):
            parts.append(thing.goal)
        text = nfkc_key(" ".join(part for part in parts if part))
        for key, name in names:
            if key in text and name not in thing.facilities:
                thing.facilities.append(name)
