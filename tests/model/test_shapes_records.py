"""shapes/machikg-shapes.ttl: the valid example conforms; each one-triple edit that breaks a
rule of docs/model.md is a Violation carrying that rule's message.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from example import (
    ACTUAL_2012,
    BASIC_PLAN,
    BUDGET_EVIDENCE,
    CHIIKI,
    CODE_4,
    CODE_4_1,
    CODE_4_1_2,
    COMPREHENSIVE_PLAN,
    DEPARTMENT,
    DEPARTMENT_BUDGET,
    DOCUMENT,
    EVALUATION,
    FACILITY,
    FY,
    IC,
    INDICATOR,
    ISSUE,
    KASHIWA,
    KYODO,
    KYODO_TOTAL,
    MK,
    ORG,
    POST,
    PROJECT,
    PROJECT_BUDGET,
    PROJECT_EVIDENCE,
    PROV,
    QB,
    SCHEME,
    SDMX_DIMENSION,
    SKOS,
    TOPIC_ASSIGNMENT,
    also,
    edits,
    remove,
    set_,
)
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS
from shacl import Result, valid_example, validate

OTHER_SCHEME = URIRef(f"{BASIC_PLAN}/other-codes")


def test_valid_example_conforms_without_violation_or_warning() -> None:
    conforms, results = validate(valid_example())
    assert conforms, [r.messages for r in results]
    assert results == []


def case(id: str, edit: Callable[[Graph], None], message: str) -> object:
    return pytest.param(edit, message, id=id)


CASES = [
    # municipality
    case("municipality-without-name", remove(KASHIWA, RDFS.label), "exactly once, in Japanese"),
    case(
        "municipality-name-in-english",
        set_(KASHIWA, RDFS.label, Literal("Kashiwa", lang="en")),
        "exactly once, in Japanese",
    ),
    case("lg-code-missing", remove(KASHIWA, MK.lgCode), "must be one string of 6 digits"),
    case(
        "lg-code-five-digits", set_(KASHIWA, MK.lgCode, "12217"), "must be one string of 6 digits"
    ),
    case(
        "lg-code-typed-integer",
        set_(KASHIWA, MK.lgCode, Literal(122173)),
        "must be one string of 6 digits",
    ),
    case("lg-code-wrong-check-digit", set_(KASHIWA, MK.lgCode, "122174"), "check digit"),
    case(
        "standard-area-not-e-stat",
        set_(KASHIWA, MK.standardArea, URIRef("http://data.e-stat.go.jp/lod/sac/12217")),
        "mk:standardArea must be one IRI",
    ),
    case(
        "standard-area-a-literal",
        set_(KASHIWA, MK.standardArea, "C12217"),
        "mk:standardArea must be one IRI",
    ),
    case("prefecture-empty", set_(KASHIWA, MK.prefecture, ""), "mk:prefecture is one non-empty"),
    case(
        "fact-without-source-document",
        remove(KASHIWA, MK.sourceDocument),
        "needs its source document",
    ),
    # organisational units and posts
    case("unit-without-municipality", remove(KYODO, MK.municipality), "mk:municipality must point"),
    case("unit-with-two-parents", also(KYODO, ORG.unitOf, CHIIKI), "org:unitOf is at most one"),
    case(
        "unit-parent-is-a-name",
        set_(KYODO, ORG.unitOf, "地域づくり推進部"),
        "org:unitOf is at most one",
    ),
    case(
        "unit-chain-forms-a-cycle",
        set_(DEPARTMENT, ORG.unitOf, KYODO),
        "does not lead to its municipality",
    ),
    case(
        "unit-printed-name-empty", also(KYODO, MK.printedName, ""), "mk:printedName is a non-empty"
    ),
    case("post-in-no-unit", remove(POST, ORG.postIn), "A post is in exactly one unit"),
    case("post-two-holders", also(POST, MK.holderName, "柏太郎"), "mk:holderName is one"),
    # staff counts
    case(
        "staff-negative",
        set_(KYODO_TOTAL, MK.staff, -1),
        "mk:staff must be exactly one xsd:integer ≥ 0",
    ),
    case(
        "staff-fractional",
        set_(KYODO_TOTAL, MK.staff, Literal("20.5", datatype=XSD.decimal)),
        "mk:staff must be exactly one xsd:integer",
    ),
    case(
        "staff-without-fiscal-year", remove(KYODO_TOTAL, MK.fiscalYear), "Exactly one fiscal year"
    ),
    case(
        "staff-fiscal-year-a-number",
        set_(KYODO_TOTAL, MK.fiscalYear, 2017),
        "Exactly one fiscal year",
    ),
    case(
        "staff-without-employment-type",
        remove(KYODO_TOTAL, MK.employmentType),
        "mk:employmentType must be one",
    ),
    case(
        "staff-of-no-organisation",
        remove(KYODO_TOTAL, MK.organization),
        "exactly one mk:organization",
    ),
    case(
        "staff-without-label", remove(KYODO_TOTAL, RDFS.label), "The label (rdfs:label) must be one"
    ),
    # budgets
    case(
        "budget-negative",
        set_(DEPARTMENT_BUDGET, MK.amount, -1),
        "mk:amount must be exactly one xsd:integer number of yen ≥ 0",
    ),
    case(
        "budget-in-thousands-as-decimal",
        set_(DEPARTMENT_BUDGET, MK.amount, Literal("1273190.0", datatype=XSD.decimal)),
        "mk:amount must be exactly one xsd:integer",
    ),
    case(
        "budget-account-not-an-account",
        set_(DEPARTMENT_BUDGET, MK.account, MK.Target),
        "mk:account points to at most one mk:Account",
    ),
    case(
        "budget-two-accounts",
        also(DEPARTMENT_BUDGET, MK.account, MK.SpecialAccount),
        "mk:account points to at most one mk:Account",
    ),
    case(
        "budget-currency-not-yen", set_(DEPARTMENT_BUDGET, IC["通貨コード"], "USD"), 'must be "JPY"'
    ),
    case(
        "budget-of-nothing",
        remove(DEPARTMENT_BUDGET, MK.budgetOf),
        "mk:budgetOf must point to exactly one",
    ),
    case(
        "budget-of-a-facility",
        set_(DEPARTMENT_BUDGET, MK.budgetOf, FACILITY),
        "mk:budgetOf must point to exactly one",
    ),
    case(
        "budget-two-fiscal-years",
        also(DEPARTMENT_BUDGET, MK.fiscalYear, FY["2014"]),
        "when known, is one mk:FiscalYear",
    ),
    case(
        "project-budget-not-linked-back", remove(PROJECT, MK.budget), "Budgets are linked both ways"
    ),
    # plans and policy codes
    case(
        "plan-without-municipality",
        remove(COMPREHENSIVE_PLAN, MK.municipality),
        "mk:municipality must point",
    ),
    case(
        "plan-ends-before-it-starts",
        edits(
            set_(COMPREHENSIVE_PLAN, MK.firstFiscalYear, FY["2020"]),
            set_(COMPREHENSIVE_PLAN, MK.lastFiscalYear, FY["2011"]),
        ),
        "before its first fiscal year",
    ),
    case(
        "plan-two-parents",
        also(BASIC_PLAN, DCTERMS.isPartOf, FY["2011"]),
        "The parent plan (dct:isPartOf) is at most one",
    ),
    case(
        "plan-scheme-not-a-scheme",
        set_(BASIC_PLAN, MK.policyScheme, CODE_4),
        "mk:policyScheme is at most one skos:ConceptScheme",
    ),
    case(
        "code-without-notation",
        remove(CODE_4_1_2, SKOS.notation),
        "skos:notation must be one policy code as printed",
    ),
    case(
        "code-notation-not-a-code",
        set_(CODE_4_1_2, SKOS.notation, "第4章"),
        "skos:notation must be one policy code as printed",
    ),
    case(
        "code-notation-with-space",
        set_(CODE_4_1_2, SKOS.notation, "4 -1-2"),
        "skos:notation must be one policy code as printed",
    ),
    case(
        "normalized-notation-with-roman-numeral",
        set_(CODE_4_1_2, MK.normalizedNotation, "VII-1-2"),
        "mk:normalizedNotation must be one string of numbers joined by dashes",
    ),
    case(
        "normalized-notation-with-brackets",
        set_(CODE_4_1_2, MK.normalizedNotation, "4-1-(2)"),
        "mk:normalizedNotation must be one string of numbers joined by dashes",
    ),
    case(
        "code-name-without-language",
        set_(CODE_4_1_2, SKOS.prefLabel, "多様な市民活動の支援"),
        "skos:prefLabel is a language-tagged",
    ),
    case(
        "code-without-scheme",
        remove(CODE_4_1_2, SKOS.inScheme),
        "A policy code is in exactly one scheme",
    ),
    case(
        "code-two-broader-codes",
        also(CODE_4_1_2, SKOS.broader, CODE_4),
        "skos:broader is at most one mk:PolicyCode",
    ),
    case(
        "code-broader-not-leading-part",
        set_(CODE_4_1, MK.normalizedNotation, "5-1"),
        "is not a leading part of this code's",
    ),
    case(
        "code-broader-in-another-scheme",
        edits(
            set_(CODE_4, SKOS.inScheme, OTHER_SCHEME),
            also(OTHER_SCHEME, RDF.type, SKOS.ConceptScheme),
        ),
        "is not in the same scheme",
    ),
    # initiatives and projects
    case(
        "initiative-name-twice",
        also(ISSUE, RDFS.label, Literal("公益活動の支援", lang="ja")),
        "exactly once, in Japanese",
    ),
    case(
        "initiative-code-not-a-code",
        set_(ISSUE, MK.policyCode, SCHEME),
        "mk:policyCode must point to an mk:PolicyCode",
    ),
    case(
        "initiative-responsible-not-a-unit",
        set_(ISSUE, MK.responsibleOrganization, FACILITY),
        "mk:responsibleOrganization must point",
    ),
    case(
        "initiative-two-lead-units",
        also(ISSUE, MK.leadOrganization, KYODO, DEPARTMENT),
        "mk:leadOrganization is at most one",
    ),
    case(
        "initiative-number-empty", set_(ISSUE, MK.number, ""), "mk:number is one non-empty string"
    ),
    case(
        "initiative-part-of-a-plan",
        also(ISSUE, DCTERMS.isPartOf, BASIC_PLAN),
        "The parent initiative (dct:isPartOf) is at most one mk:Initiative",
    ),
    case("project-without-name", remove(PROJECT, RDFS.label), "exactly once, in Japanese"),
    case(
        "project-two-fiscal-years",
        also(PROJECT, MK.fiscalYear, FY["2014"]),
        "when known, is one mk:FiscalYear",
    ),
    case(
        "project-addresses-a-unit",
        set_(PROJECT, MK.addresses, KYODO),
        "mk:addresses must point to an mk:Initiative",
    ),
    case(
        "project-budget-a-number",
        also(PROJECT, MK.budget, 6720000),
        "mk:budget must point to an mk:Budget",
    ),
    case("project-goal-a-number", set_(PROJECT, MK.goal, 3), "mk:goal is a string"),
    case(
        "project-facility-not-a-facility",
        also(PROJECT, MK.facility, KYODO),
        "mk:facility must point to an mk:Facility",
    ),
    # facilities
    case(
        "facility-opening-date-as-printed-text",
        set_(FACILITY, MK.openingDate, "2016年5月"),
        "mk:openingDate is one xsd:date",
    ),
    case(
        "facility-two-kinds",
        also(FACILITY, MK.facilityKind, "センター"),
        "mk:facilityKind is one non-empty",
    ),
    case("facility-nickname-empty", set_(FACILITY, MK.nickname, ""), "mk:nickname is a non-empty"),
    case(
        "facility-operator-a-name",
        set_(FACILITY, MK.operator, "株式会社柏"),
        "mk:operator is at most one",
    ),
    # indicators, observations, evaluations
    case(
        "indicator-without-municipality",
        remove(INDICATOR, MK.municipality),
        "mk:municipality must point",
    ),
    case(
        "observation-kind-unknown",
        set_(ACTUAL_2012, MK.observationKind, MK.GeneralAccount),
        "mk:observationKind must be exactly one of",
    ),
    case(
        "observation-kind-a-string",
        set_(ACTUAL_2012, MK.observationKind, "actual"),
        "mk:observationKind must be exactly one of",
    ),
    case(
        "observation-value-a-string",
        set_(ACTUAL_2012, MK.value, "46.6"),
        "mk:value must be exactly one xsd:decimal",
    ),
    case("observation-without-data-set", remove(ACTUAL_2012, QB.dataSet), "the same as qb:dataSet"),
    case(
        "observation-ref-period-differs",
        set_(ACTUAL_2012, SDMX_DIMENSION.refPeriod, FY["2014"]),
        "the same as mk:fiscalYear",
    ),
    case(
        "evaluation-without-initiative",
        remove(EVALUATION, MK.evaluates),
        "mk:evaluates must point to exactly one mk:Initiative",
    ),
    case(
        "evaluation-grade-a-sentence",
        set_(EVALUATION, MK.grade, "概ね 順調"),
        "mk:grade must be one grade as printed",
    ),
    case(
        "evaluation-without-grade",
        remove(EVALUATION, MK.grade),
        "mk:grade must be one grade as printed",
    ),
    case(
        "evaluation-two-comments",
        also(EVALUATION, RDFS.comment, "追記"),
        "The comment (rdfs:comment) is one string",
    ),
    # fiscal years
    case(
        "fiscal-year-before-meiji",
        set_(FY["2017"], MK.year, 1867),
        "mk:year must be exactly one xsd:integer from 1868 to 2100",
    ),
    case(
        "fiscal-year-after-2100",
        set_(FY["2017"], MK.year, 2101),
        "mk:year must be exactly one xsd:integer from 1868 to 2100",
    ),
    case(
        "fiscal-year-a-string",
        set_(FY["2017"], MK.year, "2017"),
        "mk:year must be exactly one xsd:integer",
    ),
    case(
        "fiscal-year-starts-in-january",
        set_(FY["2017"], MK.startDate, Literal("2017-01-01", datatype=XSD.date)),
        "does not match its year",
    ),
    case(
        "fiscal-year-ends-in-its-own-year",
        set_(FY["2017"], MK.endDate, Literal("2017-03-31", datatype=XSD.date)),
        "does not match its year",
    ),
    case(
        "fiscal-year-start-date-a-string",
        set_(FY["2017"], MK.startDate, "2017-04-01"),
        "mk:startDate must be exactly one xsd:date",
    ),
    case(
        "fiscal-year-two-japanese-labels",
        also(FY["2017"], RDFS.label, Literal("平成29年度", lang="ja")),
        "one per language",
    ),
    case(
        "fiscal-year-era-label-in-english",
        set_(FY["2017"], MK.eraLabel, Literal("Heisei 29", lang="en")),
        "mk:eraLabel is one Japanese",
    ),
    # provenance
    case(
        "document-without-file-name",
        remove(DOCUMENT, DCTERMS.identifier),
        "The document's file name (dct:identifier)",
    ),
    case(
        "document-genre-in-words",
        set_(DOCUMENT, MK.genre, "Department Policy"),
        "mk:genre must be one name",
    ),
    case(
        "document-without-named-graph",
        remove(DOCUMENT, MK.namedGraph),
        "mk:namedGraph must be exactly one IRI",
    ),
    case(
        "document-of-no-municipality",
        remove(DOCUMENT, MK.municipality),
        "mk:municipality must point",
    ),
    case(
        "evidence-negative-start",
        edits(set_(BUDGET_EVIDENCE, MK.startOffset, -1), set_(BUDGET_EVIDENCE, MK.endOffset, 9)),
        "mk:startOffset must be exactly one xsd:integer ≥ 0",
    ),
    case(
        "evidence-start-after-end",
        edits(
            set_(BUDGET_EVIDENCE, MK.startOffset, 3899), set_(BUDGET_EVIDENCE, MK.endOffset, 3889)
        ),
        "not after mk:endOffset",
    ),
    case(
        "evidence-offset-a-string",
        set_(BUDGET_EVIDENCE, MK.endOffset, "3899"),
        "mk:endOffset must be exactly one xsd:integer",
    ),
    case(
        "evidence-without-quote",
        remove(BUDGET_EVIDENCE, PROV.value),
        "The quoted text (prov:value) must be exactly one",
    ),
    case(
        "evidence-quote-shorter-than-span",
        set_(BUDGET_EVIDENCE, PROV.value, "6,720,000"),
        "is not mk:endOffset − mk:startOffset",
    ),
    case(
        "evidence-without-document",
        remove(BUDGET_EVIDENCE, PROV.hadPrimarySource),
        "prov:hadPrimarySource must point to exactly one",
    ),
    case(
        "evidence-without-property",
        remove(BUDGET_EVIDENCE, MK.property),
        "mk:property must be exactly one property IRI",
    ),
    case(
        "evidence-not-linked-back",
        remove(PROJECT, PROV.wasDerivedFrom),
        "Evidence is linked both ways",
    ),
    case(
        "evidence-about-another-resource",
        set_(PROJECT_EVIDENCE, MK.about, ISSUE),
        "Evidence is linked both ways",
    ),
    case(
        "fact-derived-from-a-document",
        also(PROJECT, PROV.wasDerivedFrom, DOCUMENT),
        "prov:wasDerivedFrom must point to an mk:Evidence",
    ),
    case(
        "topic-score-above-one",
        set_(TOPIC_ASSIGNMENT, MK.score, Literal("1.5", datatype=XSD.decimal)),
        "mk:score must be exactly one xsd:decimal from 0 to 1",
    ),
    case(
        "topic-matched-in-unknown-place",
        set_(TOPIC_ASSIGNMENT, MK.matchedIn, "title"),
        "mk:matchedIn must be one of",
    ),
    case(
        "topic-without-matched-term",
        remove(TOPIC_ASSIGNMENT, MK.matchedTerm),
        "At least one non-empty mk:matchedTerm",
    ),
    case(
        "topic-not-a-subject-of-the-resource",
        remove(PROJECT, DCTERMS.subject),
        "must be exactly the topics (mk:topic) of its mk:topicAssignment",
    ),
]


@pytest.mark.parametrize(("edit", "message"), CASES)
def test_bad_variant_is_a_violation_with_the_rule_message(
    edit: Callable[[Graph], None], message: str
) -> None:
    graph = valid_example()
    edit(graph)
    conforms, results = validate(graph)
    assert not conforms
    matching = [r for r in results if r.says(message)]
    assert matching, [r.messages for r in results]
    assert all(r.severity == "Violation" for r in matching)
    assert all(has_japanese(r) for r in matching)


def has_japanese(result: Result) -> bool:
    """A message in kana or kanji: the data stewards who fix documents read Japanese."""
    return any(any("\u3040" <= c <= "\u9fff" for c in m) for m in result.messages)


@pytest.mark.parametrize("code", ["122173", "141305", "151009", "272213", "131016", "011002"])
def test_lg_code_with_a_valid_check_digit_conforms(code: str) -> None:
    graph = valid_example()
    set_(KASHIWA, MK.lgCode, code)(graph)
    assert validate(graph) == (True, [])


@pytest.mark.parametrize("code", ["122174", "141300", "151000", "272210"])
def test_lg_code_with_a_wrong_check_digit_is_a_violation(code: str) -> None:
    graph = valid_example()
    set_(KASHIWA, MK.lgCode, code)(graph)
    _conforms, results = validate(graph)
    assert [(r.severity, r.path) for r in results if r.says("check digit")] == [
        ("Violation", MK.lgCode)
    ]


@pytest.mark.parametrize(
    "printed",
    ["4-1-1-2", "VII-1-(2)", "Ⅶ-1-(2)", "Ⅶ－１－（２）", "(5)", "5-2", "①", "No.26", "№26", "3.2"],
)
def test_policy_code_printed_forms_conform(printed: str) -> None:
    graph = valid_example()
    set_(CODE_4_1_2, SKOS.notation, printed)(graph)
    assert validate(graph) == (True, [])


@pytest.mark.parametrize(
    "opened",
    [
        Literal("2016-05-01", datatype=XSD.date),
        Literal("2016", datatype=XSD.gYear),
        Literal("2016-05"),
    ],
    ids=["date", "year", "iso-string"],
)
def test_facility_opening_date_may_be_as_precise_as_printed(opened: Literal) -> None:
    graph = valid_example()
    set_(FACILITY, MK.openingDate, opened)(graph)
    assert validate(graph) == (True, [])


def test_a_project_with_no_known_fiscal_year_conforms() -> None:
    graph = valid_example()
    remove(PROJECT, MK.fiscalYear)(graph)
    assert validate(graph) == (True, [])


def test_a_budget_whose_document_names_no_account_conforms() -> None:
    graph = valid_example()
    remove(DEPARTMENT_BUDGET, MK.account)(graph)
    assert validate(graph) == (True, [])


def test_a_named_special_account_is_an_account() -> None:
    graph = valid_example()
    account = URIRef("https://w3id.org/machikg/id/122173/account/国民健康保険事業特別会計")
    graph.add((account, RDF.type, MK.Account))
    graph.add((account, SKOS.broader, MK.SpecialAccount))
    set_(PROJECT_BUDGET, MK.account, account)(graph)
    assert validate(graph) == (True, [])
