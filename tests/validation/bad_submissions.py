"""A corpus of bad submissions covering every shape, made by editing the valid example.

For each node shape with a class target, two submissions break all its property shapes on one
focus node: "emptied" (every value of its paths removed) and "junk" (a value of every wrong
kind added to each path). Each SHACL-SPARQL shape gets a SPARQL Update that breaks the rule it
states. Nothing is copied from the example: the edits find their nodes by query.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from loaders.resources import shapes_dir
from service.shacl.engine import shapes_graph, working_store

VALID_EXAMPLE = Path(__file__).parents[1] / "model" / "data" / "valid-example.ttl"
PREFIXES = """
PREFIX mk: <https://w3id.org/machikg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
XSD = "http://www.w3.org/2001/XMLSchema#"
JUNK_IRI = ox.NamedNode("urn:machikg:test:junk")
# wrong values, in groups: pySHACL cannot evaluate some shapes on some of them at all
JUNK: dict[str, tuple[ox.NamedNode | ox.Literal, ...]] = {
    "wrong-terms": (JUNK_IRI, ox.Literal(""), ox.Literal("誤り", language="en")),
    "negative-number": (ox.Literal("-5", datatype=ox.NamedNode(XSD + "integer")),),
    "ill-typed": (
        ox.Literal("abc", datatype=ox.NamedNode(XSD + "integer")),
        ox.Literal("2024-13-01", datatype=ox.NamedNode(XSD + "date")),
    ),
}

# one SPARQL Update per SHACL-SPARQL rule: each breaks exactly that rule somewhere
SPARQL_RULE_BREAKERS: dict[str, str] = {
    "lg-code-check-digit": """
        DELETE { ?m mk:lgCode ?code } INSERT { ?m mk:lgCode ?wrong } WHERE {
            { SELECT ?m ?code WHERE { ?m a mk:Municipality ; mk:lgCode ?code } LIMIT 1 }
            BIND(CONCAT(SUBSTR(?code, 1, 5),
                 STR((xsd:integer(SUBSTR(?code, 6, 1)) + 1) - 10 * FLOOR(
                     (xsd:integer(SUBSTR(?code, 6, 1)) + 1) / 10))) AS ?wrong) }""",
    "unit-chain-cycle": """
        DELETE { ?dept org:unitOf ?parent } INSERT { ?dept org:unitOf ?child } WHERE {
            { SELECT ?dept ?parent ?child WHERE {
                ?dept a mk:Department ; org:unitOf ?parent . ?child org:unitOf ?dept }
              LIMIT 1 } }""",
    "broader-notation": """
        DELETE { ?code mk:normalizedNotation ?n } INSERT { ?code mk:normalizedNotation "99-1" }
        WHERE { { SELECT ?code ?n WHERE { ?code skos:broader ?b ; mk:normalizedNotation ?n }
                  LIMIT 1 } }""",
    "broader-scheme": """
        DELETE { ?b skos:inScheme ?s } INSERT { ?b skos:inScheme <urn:machikg:test:scheme> }
        WHERE { { SELECT ?b ?s WHERE { ?code a mk:PolicyCode ; skos:broader ?b .
                  ?b skos:inScheme ?s } LIMIT 1 } }""",
    "fiscal-year-dates": """
        DELETE { ?fy mk:startDate ?d } INSERT { ?fy mk:startDate "1999-04-01"^^xsd:date }
        WHERE { { SELECT ?fy ?d WHERE { ?fy a mk:FiscalYear ; mk:startDate ?d } LIMIT 1 } }""",
    "evidence-quote-length": """
        DELETE { ?e mk:endOffset ?end } INSERT { ?e mk:endOffset ?longer } WHERE {
            { SELECT ?e ?end WHERE { ?e a mk:Evidence ; mk:endOffset ?end } LIMIT 1 }
            BIND(?end + 1 AS ?longer) }""",
    "plan-period": """
        INSERT { ?early a mk:FiscalYear ; mk:year 1900 } WHERE {
            { SELECT ?plan WHERE { ?plan mk:firstFiscalYear ?f ; mk:lastFiscalYear ?l } LIMIT 1 }
            BIND(<urn:machikg:test:fy1900> AS ?early) } ;
        DELETE { ?plan mk:lastFiscalYear ?last } INSERT { ?plan mk:lastFiscalYear ?early } WHERE {
            { SELECT ?plan ?last WHERE { ?plan mk:firstFiscalYear ?f ; mk:lastFiscalYear ?last }
              LIMIT 1 } BIND(<urn:machikg:test:fy1900> AS ?early) }""",
    "department-staff-sum": """
        DELETE { ?row mk:staff ?n } INSERT { ?row mk:staff ?more } WHERE {
            { SELECT ?row ?n WHERE { ?dept a mk:Department . ?row mk:organization ?dept ;
                mk:employmentType "合計" ; mk:staff ?n } LIMIT 1 } BIND(?n + 1 AS ?more) }""",
    "policy-code-two-names": """
        INSERT { ?other a mk:PolicyCode ; skos:inScheme ?s ; skos:notation ?notation ;
                 skos:prefLabel "別の名前"@ja } WHERE {
            { SELECT ?s ?notation WHERE { ?c a mk:PolicyCode ; skos:inScheme ?s ;
                skos:notation ?notation ; skos:prefLabel ?l } LIMIT 1 }
            BIND(<urn:machikg:test:other-code> AS ?other) }""",
    "project-unit-elsewhere": """
        DELETE { ?p mk:municipality ?m } INSERT { ?p mk:municipality <urn:machikg:test:city> }
        WHERE { { SELECT ?p ?m WHERE { ?p a mk:Project ; mk:municipality ?m ;
                  mk:responsibleOrganization ?u } LIMIT 1 } }""",
}


@dataclass(frozen=True)
class BadSubmission:
    name: str
    ntriples: bytes
    focus: str | None = None  # the node it breaks, when it breaks one node's shape


@cache
def valid_store_ntriples() -> bytes:
    quads = ox.parse(path=VALID_EXAMPLE, format=ox.RdfFormat.TURTLE)
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def _fresh() -> ox.Store:
    store = ox.Store()
    store.load(valid_store_ntriples(), format=ox.RdfFormat.N_TRIPLES)
    return store


def _dump(store: ox.Store) -> bytes:
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def _simple_paths(shapes: rdflib.Graph, node_shape: rdflib.term.Node) -> Iterator[
    tuple[str, bool]
]:
    """(predicate IRI, inverse?) of each property shape with a one-step path."""
    for prop in shapes.objects(node_shape, SH.property):
        path = shapes.value(prop, SH.path)
        if isinstance(path, rdflib.URIRef):
            yield str(path), False
        elif path is not None and shapes.value(path, SH.inversePath) is not None:
            yield str(shapes.value(path, SH.inversePath)), True
        elif path is not None and shapes.value(path, RDF.first) is not None:
            yield str(next(iter(Collection(shapes, path)))), False


def _focus_of(shapes: rdflib.Graph, node_shape: rdflib.term.Node) -> ox.NamedNode | None:
    """The first focus node of a class or subjects-of target in the valid example."""
    store = working_store()
    store.load(valid_store_ntriples(), format=ox.RdfFormat.N_TRIPLES)
    cls = shapes.value(node_shape, SH.targetClass)
    if cls is not None:
        query = f"SELECT ?x WHERE {{ ?x a/<{RDFS.subClassOf}>* <{cls}> }} ORDER BY ?x"
    else:
        predicate = shapes.value(node_shape, SH.targetSubjectsOf)
        query = f"SELECT ?x WHERE {{ ?x <{predicate}> ?o }} ORDER BY ?x"
    for row in store.query(query):  # type: ignore[union-attr]
        focus = row["x"]
        if isinstance(focus, ox.NamedNode) and focus.value.startswith("https://w3id.org/machikg/id/"):
            return focus
    return None


def bad_submissions() -> list[BadSubmission]:
    """Every bad submission of the corpus, in a stable order."""
    shapes = shapes_graph(shapes_dir())
    cases: list[BadSubmission] = []
    targeted = set(shapes.subjects(SH.targetClass, None)) | set(
        shapes.subjects(SH.targetSubjectsOf, None)
    )
    for node_shape in sorted(targeted, key=str):
        name = str(node_shape).rsplit("#", 1)[-1]
        focus = _focus_of(shapes, node_shape)
        if focus is None:
            continue
        paths = list(_simple_paths(shapes, node_shape))
        emptied, removed = _fresh(), 0
        target_predicates = {str(p) for p in shapes.objects(node_shape, SH.targetSubjectsOf)}
        for predicate, inverse in paths:
            if predicate in target_predicates:  # removing it would remove the focus node
                continue
            p = ox.NamedNode(predicate)
            pattern = (None, p, focus) if inverse else (focus, p, None)
            for quad in list(emptied.quads_for_pattern(*pattern)):
                emptied.remove(quad)
                removed += 1
        if removed:
            cases.append(BadSubmission(f"{name}-emptied", _dump(emptied), focus.value))
        for kind, values in JUNK.items():
            junk = _fresh()
            for predicate, inverse in paths:
                p = ox.NamedNode(predicate)
                if inverse:
                    junk.add(ox.Quad(JUNK_IRI, p, focus))
                    continue
                for value in values:
                    junk.add(ox.Quad(focus, p, value))
            cases.append(BadSubmission(f"{name}-{kind}", _dump(junk), focus.value))
    for name, update in SPARQL_RULE_BREAKERS.items():
        store = _fresh()
        store.update(PREFIXES + update)
        cases.append(BadSubmission(name, _dump(store)))
    return cases
