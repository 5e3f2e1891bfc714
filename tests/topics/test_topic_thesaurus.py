"""The topic thesaurus (ontology/topics.ttl) is a usable SKOS scheme of municipal themes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from loaders.resources import ontology_dir
from loaders.topics import TOPIC_NAMESPACE, Thesaurus, ThesaurusError

SCHEME = URIRef(TOPIC_NAMESPACE)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(ontology_dir() / "topics.ttl", format="turtle")


def concepts(graph: Graph) -> list[URIRef]:
    return [c for c in graph.subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef)]


def test_oxigraph_reads_the_same_triples_as_rdflib(graph: Graph) -> None:
    path = str(ontology_dir() / "topics.ttl")
    quads = list(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(graph)


def test_thesaurus_has_at_least_forty_concepts(graph: Graph) -> None:
    assert len(concepts(graph)) >= 40


def test_every_concept_has_a_japanese_and_an_english_preflabel(graph: Graph) -> None:
    for concept in concepts(graph):
        languages = sorted(lit.language for lit in graph.objects(concept, SKOS.prefLabel))
        assert languages == ["en", "ja"], concept


def test_every_concept_has_a_definition(graph: Graph) -> None:
    missing = [c for c in concepts(graph) if (c, SKOS.definition, None) not in graph]
    assert missing == []


def test_every_concept_is_in_the_scheme_under_the_topic_namespace(graph: Graph) -> None:
    for concept in concepts(graph):
        assert (concept, SKOS.inScheme, SCHEME) in graph
        assert str(concept).startswith(TOPIC_NAMESPACE)


def test_broader_and_narrower_are_declared_both_ways(graph: Graph) -> None:
    for child, parent in graph.subject_objects(SKOS.broader):
        assert (parent, SKOS.narrower, child) in graph, (child, parent)
    for parent, child in graph.subject_objects(SKOS.narrower):
        assert (child, SKOS.broader, parent) in graph, (parent, child)


def test_no_label_names_two_concepts(graph: Graph) -> None:
    owner: dict[str, URIRef] = {}
    for concept in concepts(graph):
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, prop):
                key = str(label)
                assert owner.setdefault(key, concept) == concept, key


def test_community_concept_lists_the_variants_cities_print(graph: Graph) -> None:
    community = URIRef(TOPIC_NAMESPACE + "community")
    alt = {str(label) for label in graph.objects(community, SKOS.altLabel)}
    assert {"コミ協", "コミュニティ", "コミュニティー", "地縁"} <= alt


def test_neighbourhood_associations_are_narrower_than_community(thesaurus: Thesaurus) -> None:
    below = thesaurus.narrower_closure(TOPIC_NAMESPACE + "community")
    assert TOPIC_NAMESPACE + "neighbourhood-associations" in below


def test_fire_brigades_and_evacuation_are_under_disaster_prevention(
    thesaurus: Thesaurus,
) -> None:
    below = thesaurus.narrower_closure(TOPIC_NAMESPACE + "disaster-prevention")
    assert {TOPIC_NAMESPACE + "fire-service", TOPIC_NAMESPACE + "evacuation"} <= below


def test_hometown_teams_are_sports_not_community(thesaurus: Thesaurus) -> None:
    hometown = TOPIC_NAMESPACE + "hometown-teams"
    assert hometown in thesaurus.narrower_closure(TOPIC_NAMESPACE + "sports")
    assert hometown not in thesaurus.narrower_closure(TOPIC_NAMESPACE + "community")


def test_concepts_are_found_by_any_label_spelling(thesaurus: Thesaurus) -> None:
    assert thesaurus.concepts_named("ｺﾐｭﾆﾃｨｰ") == [TOPIC_NAMESPACE + "community"]
    assert thesaurus.concepts_named("Gender equality") == [TOPIC_NAMESPACE + "gender-equality"]


def test_missing_thesaurus_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ThesaurusError, match=r"topics\.ttl: topic thesaurus not found"):
        Thesaurus.load(tmp_path / "topics.ttl")


def test_broken_thesaurus_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(ThesaurusError, match=r"broken\.ttl: not valid Turtle"):
        Thesaurus.load(path)


def test_concept_without_english_label_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "one.ttl"
    path.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://w3id.org/machikg/topic/x> a skos:Concept ; skos:prefLabel "防災"@ja .\n',
        encoding="utf-8",
    )
    with pytest.raises(ThesaurusError, match="needs a ja and an en prefLabel"):
        Thesaurus.load(path)
