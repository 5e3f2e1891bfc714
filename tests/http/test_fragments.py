"""Triple Pattern Fragments at /fragments (issue 13): a pattern's triples with their count,
pages linked by Hydra controls, the search form clients build other fragments from, literals
in TPF syntax, and an empty fragment (count 0) for a pattern nothing matches."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pyoxigraph as ox
import pytest

from service.http.fragments import PAGE_SIZE
from tests.http.conftest import ServeStore

EX = "http://example.org/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
HYDRA = "http://www.w3.org/ns/hydra/core#"
VOID = "http://rdfs.org/ns/void#"
FOAF = "http://xmlns.com/foaf/0.1/"
RANKED = 2 * PAGE_SIZE + 7  # three pages, the last one partly filled


def seed() -> bytes:
    """Made-up triples in two named graphs; one triple is in both (counted once)."""
    lines = [f"<{EX}item/{i}> <{EX}rank> \"{i}\"^^<http://www.w3.org/2001/XMLSchema#integer>"
             f" <{EX}graph/a> ." for i in range(RANKED)]
    lines += [
        f'<{EX}plan> <{EX}title> "まちの計画"@ja <{EX}graph/a> .',
        f'<{EX}plan> <{EX}title> "Town plan"@en <{EX}graph/a> .',
        f'<{EX}city> <{EX}name> "市"@ja <{EX}graph/a> .',
        f'<{EX}city> <{EX}name> "市"@ja <{EX}graph/b> .',
    ]
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture(scope="module")
def url(serve_store: ServeStore) -> Iterator[str]:
    with serve_store(None, admin_token=None, initial_nquads=seed()) as served:
        yield served


class Fragment:
    """A TriG answer split as a TPF client splits it: data (default graph) and metadata."""

    def __init__(self, response: httpx.Response) -> None:
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("application/trig")
        self.iri = str(response.url)
        quads = list(ox.parse(response.content, format=ox.RdfFormat.TRIG))
        self.data = {ox.Triple(q.subject, q.predicate, q.object) for q in quads
                     if q.graph_name == ox.DefaultGraph()}
        self.metadata_graph = ox.NamedNode(f"{self.iri}#metadata")
        self.meta = [ox.Triple(q.subject, q.predicate, q.object) for q in quads
                     if q.graph_name == self.metadata_graph]
        assert len(self.data) + len(self.meta) == len(quads)

    def objects(self, subject: ox.NamedNode | ox.BlankNode, predicate: str) -> list[ox.Term]:
        return [t.object for t in self.meta
                if t.subject == subject and t.predicate == ox.NamedNode(predicate)]

    def value(self, predicate: str) -> str | None:
        found = self.objects(ox.NamedNode(self.iri), predicate)
        assert len(found) <= 1, found
        return found[0].value if found else None


def get(url: str, **params: str) -> Fragment:
    return Fragment(httpx.get(f"{url}/fragments", params=params, timeout=30,
                              headers={"Accept": "application/trig"}))


def test_a_pattern_answers_its_triples_and_their_count(url: str) -> None:
    fragment = get(url, predicate=f"{EX}title")
    plan, title = ox.NamedNode(f"{EX}plan"), ox.NamedNode(f"{EX}title")
    assert fragment.data == {
        ox.Triple(plan, title, ox.Literal("まちの計画", language="ja")),
        ox.Triple(plan, title, ox.Literal("Town plan", language="en")),
    }
    assert fragment.value(f"{VOID}triples") == "2"
    assert fragment.value(f"{HYDRA}totalItems") == "2"


def test_the_count_is_of_the_default_graph_where_each_triple_is_once(url: str) -> None:
    fragment = get(url, subject=f"{EX}city")
    assert len(fragment.data) == 1
    assert fragment.value(f"{HYDRA}totalItems") == "1"


def test_pages_follow_next_links_and_together_hold_the_fragment_once(url: str) -> None:
    first = get(url, predicate=f"{EX}rank")
    assert first.value(f"{HYDRA}itemsPerPage") == str(PAGE_SIZE)
    assert first.value(f"{HYDRA}totalItems") == str(RANKED)
    assert first.value(f"{HYDRA}previous") is None
    pages, seen = [first], list(first.data)
    while (following := pages[-1].value(f"{HYDRA}next")) is not None:
        page = Fragment(httpx.get(following, timeout=30, headers={"Accept": "application/trig"}))
        assert page.value(f"{HYDRA}previous") is not None
        assert page.value(f"{HYDRA}first") == first.value(f"{HYDRA}first")
        pages.append(page)
        seen += page.data
    assert [len(p.data) for p in pages] == [PAGE_SIZE, PAGE_SIZE, RANKED - 2 * PAGE_SIZE]
    assert len(set(seen)) == len(seen) == RANKED


def test_hydra_controls_describe_the_fragment_and_its_search_form(url: str) -> None:
    fragment = get(url, predicate=f"{EX}title")
    here = ox.NamedNode(fragment.iri)
    assert fragment.objects(fragment.metadata_graph, f"{FOAF}primaryTopic") == [here]
    assert ox.NamedNode(f"{HYDRA}PartialCollectionView") in fragment.objects(here, f"{RDF}type")
    [dataset] = [t.subject for t in fragment.meta
                 if t.predicate == ox.NamedNode(f"{HYDRA}search")]
    assert fragment.objects(dataset, f"{VOID}subset") == [here]
    [form] = fragment.objects(dataset, f"{HYDRA}search")
    [template] = fragment.objects(form, f"{HYDRA}template")
    assert template.value == f"{url}/fragments{{?subject,predicate,object}}"
    mappings = {
        fragment.objects(m, f"{HYDRA}variable")[0].value:
            fragment.objects(m, f"{HYDRA}property")[0].value
        for m in fragment.objects(form, f"{HYDRA}mapping")
    }
    assert mappings == {name: f"{RDF}{name}" for name in ("subject", "predicate", "object")}


def test_an_object_literal_matches_with_its_language_tag(url: str) -> None:
    tagged = get(url, object='"まちの計画"@ja')
    assert {t.subject.value for t in tagged.data} == {f"{EX}plan"}
    assert tagged.value(f"{HYDRA}totalItems") == "1"
    assert get(url, object='"まちの計画"').data == set()  # a plain string is another literal


def test_an_unknown_predicate_gives_an_empty_fragment_counted_zero(url: str) -> None:
    fragment = get(url, predicate=f"{EX}no-such-property")
    assert fragment.data == set()
    assert fragment.value(f"{HYDRA}totalItems") == "0"
    assert fragment.value(f"{VOID}triples") == "0"
    assert fragment.value(f"{HYDRA}next") is None
    assert fragment.value(f"{HYDRA}first") is not None


def test_a_literal_in_subject_position_matches_nothing(url: str) -> None:
    fragment = get(url, subject='"まちの計画"@ja')
    assert fragment.data == set()
    assert fragment.value(f"{HYDRA}totalItems") == "0"


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/n-quads", ox.RdfFormat.N_QUADS),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
    ],
)
def test_other_formats_by_content_negotiation(
    url: str, accept: str, rdf_format: ox.RdfFormat
) -> None:
    response = httpx.get(f"{url}/fragments", params={"predicate": f"{EX}title"},
                         headers={"Accept": accept}, timeout=30)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == accept
    parsed = list(ox.parse(response.content, format=rdf_format))
    triples = {(q.subject.value, q.predicate.value, q.object.value) for q in parsed}
    assert (f"{EX}plan", f"{EX}title", "まちの計画") in triples
    assert (str(response.url), f"{HYDRA}totalItems", "2") in triples


def test_head_answers_like_get_without_a_body(url: str) -> None:
    response = httpx.head(f"{url}/fragments", params={"predicate": f"{EX}title"}, timeout=30)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/trig")
    assert response.content == b""


@pytest.mark.parametrize("bad", ['"unterminated', '"x"@not a tag', '"x"junk', "not an iri"])
def test_a_malformed_term_is_a_client_error(url: str, bad: str) -> None:
    response = httpx.get(f"{url}/fragments", params={"object": bad}, timeout=30)
    assert response.status_code == 400
    assert "object=" in response.text
