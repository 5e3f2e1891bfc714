"""shapes/cross-record.ttl: records that are fine alone but disagree together are Warnings,
not Violations: documents themselves print such inconsistencies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from example import (
    CODE_4_1_2,
    DEPARTMENT,
    DEPARTMENT_TOTAL,
    DOCUMENT,
    FY,
    MK,
    ORG,
    PROJECT,
    SCHEME,
    SKOS,
    also,
    edits,
    set_,
)
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from shacl import valid_example, validate

HEAD_POSTS = URIRef("https://w3id.org/machikg/id/122173/org/部長・次長級職")
HEAD_POSTS_TOTAL = URIRef("https://w3id.org/machikg/id/122173/staff/2017/部長・次長級職/合計")
OTHER_CODE = URIRef(f"{SCHEME}/4-1-2-again")
KAWASAKI = URIRef("https://w3id.org/machikg/id/141305")
KAWASAKI_DIVISION = URIRef("https://w3id.org/machikg/id/141305/org/協働推進課")


def head_posts_row(count: int) -> Callable[[Graph], None]:
    """A staff row for the department's head posts (部長・次長級職), counted as one of its units."""
    return edits(
        set_(HEAD_POSTS, RDF.type, MK.OrganizationalUnit),
        set_(HEAD_POSTS, RDFS.label, Literal("部長・次長級職", lang="ja")),
        set_(HEAD_POSTS, MK.municipality, URIRef("https://w3id.org/machikg/id/122173")),
        set_(HEAD_POSTS, ORG.unitOf, DEPARTMENT),
        set_(HEAD_POSTS, MK.sourceDocument, DOCUMENT),
        set_(HEAD_POSTS_TOTAL, RDF.type, MK.StaffCount),
        set_(HEAD_POSTS_TOTAL, RDFS.label, "部長・次長級職 2017年度 合計"),
        set_(HEAD_POSTS_TOTAL, MK.organization, HEAD_POSTS),
        set_(HEAD_POSTS_TOTAL, MK.fiscalYear, FY["2017"]),
        set_(HEAD_POSTS_TOTAL, MK.employmentType, "合計"),
        set_(HEAD_POSTS_TOTAL, MK.staff, count),
        set_(HEAD_POSTS_TOTAL, MK.sourceDocument, DOCUMENT),
    )


def second_code_with_notation(notation: str, label: Literal) -> Callable[[Graph], None]:
    return edits(
        set_(OTHER_CODE, RDF.type, MK.PolicyCode),
        set_(OTHER_CODE, RDFS.label, "4-1-2 again"),
        set_(OTHER_CODE, SKOS.notation, notation),
        set_(OTHER_CODE, MK.normalizedNotation, "4-1-2"),
        set_(OTHER_CODE, SKOS.prefLabel, label),
        set_(OTHER_CODE, SKOS.inScheme, SCHEME),
        set_(OTHER_CODE, MK.sourceDocument, DOCUMENT),
    )


def unit_of_another_municipality() -> Callable[[Graph], None]:
    return edits(
        set_(KAWASAKI, RDF.type, MK.Municipality),
        set_(KAWASAKI, RDFS.label, Literal("川崎市", lang="ja")),
        set_(KAWASAKI, MK.lgCode, "141305"),
        set_(KAWASAKI, MK.sourceDocument, DOCUMENT),
        set_(KAWASAKI_DIVISION, RDF.type, MK.Division),
        set_(KAWASAKI_DIVISION, RDFS.label, Literal("協働推進課", lang="ja")),
        set_(KAWASAKI_DIVISION, MK.municipality, KAWASAKI),
        set_(KAWASAKI_DIVISION, ORG.unitOf, KAWASAKI),
        set_(KAWASAKI_DIVISION, MK.sourceDocument, DOCUMENT),
        set_(PROJECT, MK.responsibleOrganization, KAWASAKI_DIVISION),
    )


WARNINGS = [
    pytest.param(
        set_(DEPARTMENT_TOTAL, MK.staff, 44),
        "differs from the sum of its units' totals, 45",
        id="department-total-below-its-units",
    ),
    pytest.param(
        head_posts_row(2),
        "The department's staff total 45 for fiscal year 2017",
        id="head-posts-row-not-in-the-department-total",
    ),
    pytest.param(
        second_code_with_notation("4-1-2", Literal("地域コミュニティの活性化", lang="ja")),
        "Policy code 4-1-2 has two different names",
        id="two-codes-same-notation-different-names",
    ),
    pytest.param(
        also(CODE_4_1_2, SKOS.prefLabel, Literal("地域コミュニティの活性化", lang="ja")),
        "Policy code 4-1-2 has two different names",
        id="one-code-two-japanese-names",
    ),
    pytest.param(
        unit_of_another_municipality(),
        "is not, through org:unitOf, a unit of the project's municipality",
        id="project-run-by-a-unit-of-another-municipality",
    ),
]


@pytest.mark.parametrize(("edit", "message"), WARNINGS)
def test_inconsistent_records_are_a_warning_with_the_check_message(
    edit: Callable[[Graph], None], message: str
) -> None:
    graph = valid_example()
    edit(graph)
    conforms, results = validate(graph)
    assert not conforms
    assert [r.severity for r in results if r.says(message)] == ["Warning"], [
        r.messages for r in results
    ]
    assert [r for r in results if r.severity == "Violation"] == []


CONSISTENT = [
    pytest.param(
        edits(head_posts_row(2), set_(DEPARTMENT_TOTAL, MK.staff, 47)),
        id="head-posts-row-counted-in-the-department-total",
    ),
    pytest.param(
        also(
            CODE_4_1_2, SKOS.prefLabel, Literal("Support for diverse civic activities", lang="en")
        ),
        id="one-code-one-name-per-language",
    ),
    pytest.param(
        second_code_with_notation("4-1-2", Literal("多様な市民活動の支援", lang="ja")),
        id="two-codes-same-notation-same-name",
    ),
    pytest.param(
        second_code_with_notation("4-1-3", Literal("地域コミュニティの活性化", lang="ja")),
        id="different-codes-different-names",
    ),
]


@pytest.mark.parametrize("edit", CONSISTENT)
def test_consistent_records_raise_no_warning(edit: Callable[[Graph], None]) -> None:
    graph = valid_example()
    edit(graph)
    assert validate(graph) == (True, [])
