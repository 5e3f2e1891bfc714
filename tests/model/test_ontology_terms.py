"""The ontology defines every mk: term the rest of machikg uses, in Japanese and English.

docs/model.md, shapes/*.ttl and queries/*.rq may only use mk: terms that ontology/machikg.ttl
declares; a term used but not declared is a typo or a contract change made in one place only.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS
from shacl import ONTOLOGY_FILE, ROOT, SHAPES_DIR, ontology_graph, shapes_graph

MK = Namespace("https://w3id.org/machikg/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")
VANN = Namespace("http://purl.org/vocab/vann/")
ORG = Namespace("http://www.w3.org/ns/org#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
QB = Namespace("http://purl.org/linked-data/cube#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
IC = Namespace("http://imi.go.jp/ns/core/rdf#")
ONTOLOGY_IRI = URIRef("https://w3id.org/machikg/ontology")
QUERIES_DIR = ROOT / "queries"
MODEL_DOC = ROOT / "docs" / "model.md"

TERM_KINDS = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.NamedIndividual,
    SKOS.ConceptScheme,
)


def declared_terms() -> set[URIRef]:
    """mk: IRIs the ontology declares as a class, property, individual or concept scheme."""
    graph = ontology_graph()
    return {
        term
        for kind in TERM_KINDS
        for term in graph.subjects(RDF.type, kind)
        if isinstance(term, URIRef) and term.startswith(MK)
    }


def mk_iris(graph: Graph) -> set[URIRef]:
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and term.startswith(MK)
    }


# --- SPARQL text: the mk: terms a query uses -------------------------------------------------

_SPARQL_TOKEN = re.compile(
    r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r"|(?P<prefix_decl>PREFIX\s+(?P<decl_name>[A-Za-z][\w.-]*)?:\s*<(?P<decl_iri>[^>]*)>)"
    r"|(?P<iri><[^<>\"{}|^`\\\s]*>)"
    r"|(?P<comment>#[^\n]*)"
    r"|(?P<variable>[?$]\w+)"
    r"|(?P<pname>(?P<pname_prefix>[A-Za-z][\w-]*(?:\.[\w-]+)*)?:(?P<local>[\w-]+(?:\.[\w-]+)*)?)",
    re.IGNORECASE,
)


def sparql_terms(text: str, prefixes: dict[str, str] | None = None) -> set[URIRef]:
    """Every IRI a SPARQL text names, written in full or as a prefixed name.

    Strings and comments are skipped; PREFIX declarations in the text add to `prefixes`
    (which the shapes' sh:declare provides for sh:select queries).
    """
    known = dict(prefixes or {})
    found: set[URIRef] = set()
    for match in _SPARQL_TOKEN.finditer(text):
        if match["prefix_decl"]:
            known[match["decl_name"] or ""] = match["decl_iri"]
        elif match["iri"]:
            found.add(URIRef(match["iri"][1:-1]))
        elif match["pname"]:
            namespace = known.get(match["pname_prefix"] or "")
            if namespace is not None:
                found.add(URIRef(namespace + (match["local"] or "")))
    return found


def declared_prefixes(shapes: Graph) -> dict[str, str]:
    return {
        str(shapes.value(declaration, SH.prefix)): str(shapes.value(declaration, SH.namespace))
        for declaration in shapes.objects(None, SH.declare)
    }


# --- the ontology itself ---------------------------------------------------------------------


def test_ontology_parses_with_rdflib() -> None:
    assert len(Graph().parse(ONTOLOGY_FILE)) > 0


def test_ontology_parses_with_pyoxigraph_to_the_same_number_of_triples() -> None:
    quads = list(pyoxigraph.parse(path=str(ONTOLOGY_FILE), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(ontology_graph())


def test_header_has_bilingual_title_version_license_and_prefix() -> None:
    graph = ontology_graph()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    titles = {t.language for t in graph.objects(ONTOLOGY_IRI, DCTERMS.title)}
    assert titles == {"ja", "en"}
    assert graph.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert graph.value(ONTOLOGY_IRI, DCTERMS.license) is not None
    assert graph.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix) == Literal("mk")


@pytest.mark.parametrize("term", sorted(declared_terms()), ids=lambda t: t.removeprefix(MK))
def test_term_has_label_and_comment_in_japanese_and_english(term: URIRef) -> None:
    graph = ontology_graph()
    for predicate in (RDFS.label, RDFS.comment):
        languages = [o.language for o in graph.objects(term, predicate) if isinstance(o, Literal)]
        assert sorted(languages) == ["en", "ja"], f"{term} {predicate}"


def test_every_mk_iri_in_the_ontology_is_declared() -> None:
    undeclared = mk_iris(ontology_graph()) - declared_terms()
    assert not undeclared


def test_every_mk_term_in_the_model_contract_is_declared() -> None:
    names = set(re.findall(r"\bmk:(\w+)", MODEL_DOC.read_text(encoding="utf-8")))
    assert names, "docs/model.md names no mk: term"
    assert {MK[name] for name in names} - declared_terms() == set()


ALIGNMENT = {  # docs/model.md, column "aligned with"
    MK.Municipality: {ORG.Organization, IC["組織型"], SCHEMA.GovernmentOrganization},
    MK.OrganizationalUnit: {ORG.OrganizationalUnit, IC["組織型"]},
    MK.Post: {ORG.Post},
    MK.StaffCount: {QB.Observation},
    MK.Budget: {IC["金額型"], SCHEMA.MonetaryAmount},
    MK.Plan: {PROV.Plan},
    MK.PolicyCode: {SKOS.Concept},
    MK.Initiative: {IC["活動型"]},
    MK.Project: {SCHEMA.Project, IC["活動型"]},
    MK.Facility: {IC["施設型"], SCHEMA.CivicStructure, ORG.Site},
    MK.Indicator: {QB.DataSet},
    MK.IndicatorObservation: {QB.Observation},
    MK.Evaluation: {PROV.Entity},
    MK.FiscalYear: {TIME.ProperInterval, IC["期間型"]},
    MK.SourceDocument: {PROV.Entity, FOAF.Document},
    MK.Evidence: {PROV.Entity},
    MK.TopicAssignment: {PROV.Entity},
}


@pytest.mark.parametrize(
    ("cls", "superclasses"),
    [pytest.param(cls, supers, id=cls.removeprefix(MK)) for cls, supers in ALIGNMENT.items()],
)
def test_class_is_aligned_with_the_standard_vocabularies(
    cls: URIRef, superclasses: set[URIRef]
) -> None:
    assert superclasses <= set(ontology_graph().objects(cls, RDFS.subClassOf))


KINDS = {
    MK.OrganizationalUnit: {
        MK.Department,
        MK.Division,
        MK.Section,
        MK.FacilityUnit,
        MK.Committee,
        MK.ExternalBody,
    },
    MK.Plan: {
        MK.ComprehensivePlan,
        MK.BasicPlan,
        MK.ReformPlan,
        MK.DepartmentPolicy,
        MK.SectorPlan,
    },
    MK.Initiative: {MK.Measure, MK.Action, MK.Issue, MK.PriorityIssue, MK.ReformItem},
}


@pytest.mark.parametrize("parent", KINDS, ids=lambda t: t.removeprefix(MK))
def test_kinds_are_subclasses(parent: URIRef) -> None:
    assert set(ontology_graph().subjects(RDFS.subClassOf, parent)) == KINDS[parent]


@pytest.mark.parametrize(
    ("kind", "notation"),
    [
        (MK.Baseline, "baseline"),
        (MK.Target, "target"),
        (MK.Actual, "actual"),
        (MK.Estimate, "estimate"),
    ],
    ids=["baseline", "target", "actual", "estimate"],
)
def test_observation_kind_has_its_plain_notation(kind: URIRef, notation: str) -> None:
    graph = ontology_graph()
    assert (kind, RDF.type, MK.ObservationKind) in graph
    assert graph.value(kind, SKOS.notation) == Literal(notation)


def test_general_and_special_accounts_are_accounts_in_the_account_scheme() -> None:
    graph = ontology_graph()
    for account in (MK.GeneralAccount, MK.SpecialAccount):
        assert (account, RDF.type, MK.Account) in graph
        assert (account, SKOS.inScheme, MK.AccountScheme) in graph


# --- shapes ----------------------------------------------------------------------------------


def test_every_mk_iri_in_the_shapes_is_declared_in_the_ontology() -> None:
    assert mk_iris(shapes_graph()) - declared_terms() == set()


def test_every_mk_iri_in_the_shapes_sparql_is_declared_in_the_ontology() -> None:
    shapes = shapes_graph()
    prefixes = declared_prefixes(shapes)
    used = set()
    for query in shapes.objects(None, SH.select):
        used |= {t for t in sparql_terms(str(query), prefixes) if t.startswith(MK)}
    assert used, "no mk: term found in any sh:select: the extractor is broken"
    assert used - declared_terms() == set()


def test_every_class_the_shapes_use_exists() -> None:
    shapes, ontology = shapes_graph(), ontology_graph()
    classes = set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"]))
    mentioned = {term for triple in ontology for term in triple}
    for cls in classes:
        if cls.startswith(MK):
            assert (cls, RDF.type, OWL.Class) in ontology, cls
        else:
            assert cls in mentioned, f"{cls} is not aligned with or used by the ontology"


def shape_nodes() -> list[URIRef]:
    shapes = shapes_graph()
    nodes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(
        shapes.subjects(RDF.type, SH.PropertyShape)
    )
    nodes |= set(shapes.objects(None, SH.property))
    nodes |= set(shapes.objects(None, SH.sparql))
    return sorted(nodes, key=str)


def test_every_shape_property_shape_and_sparql_constraint_has_messages_in_ja_and_en() -> None:
    shapes = shapes_graph()
    missing = [
        node
        for node in shape_nodes()
        if {m.language for m in shapes.objects(node, SH.message)} != {"ja", "en"}
    ]
    assert len(shape_nodes()) > 50
    assert not missing


@pytest.mark.parametrize("path", sorted(SHAPES_DIR.glob("*.ttl")), ids=lambda p: p.name)
def test_shapes_file_parses_with_pyoxigraph(path: Path) -> None:
    assert list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))


# --- queries ---------------------------------------------------------------------------------

SAMPLE_QUERY = """
PREFIX m: <https://w3id.org/machikg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
# a comment naming m:InComment
SELECT ?x WHERE {
  ?x a m:Project ; m:budget/<https://w3id.org/machikg/ontology#amount> ?y ;
     rdfs:label "m:InString" .
  FILTER(?y > 0)
}
"""


def test_sparql_terms_reads_prefixed_and_full_iris_but_not_strings_or_comments() -> None:
    assert {t for t in sparql_terms(SAMPLE_QUERY) if t.startswith(MK)} == {
        MK.Project,
        MK.budget,
        MK.amount,
    }


def test_every_mk_term_in_the_queries_is_declared_in_the_ontology() -> None:
    undeclared = {
        f"{path.name}: {term}"
        for path in sorted(QUERIES_DIR.glob("*.rq"))
        for term in sparql_terms(path.read_text(encoding="utf-8"))
        if term.startswith(MK) and term not in declared_terms()
    }
    assert not undeclared
