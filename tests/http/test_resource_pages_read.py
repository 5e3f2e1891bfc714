"""Resource pages researchers read (issue 13): plain Japanese labels, amounts in yen, linked
resources by label, each fact's quoted source inline, an indicator's observations; the JSON
twin carries the same, and the page runs no inline script (CSP)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest

from service.http.resource_pages import format_number, format_yen
from service.settings import DEFAULT_BASE
from service.store import EmbeddedStore
from tests.http.conftest import ServeStore

MK = "https://w3id.org/machikg/ontology#"
PROV = "http://www.w3.org/ns/prov#"


@pytest.fixture(scope="module")
def client(serve_store: ServeStore, corpus_store: EmbeddedStore) -> Iterator[httpx.Client]:
    with (
        serve_store(None, admin_token=None, initial_nquads=corpus_store.export("nquads")) as u,
        httpx.Client(base_url=u, timeout=30) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def project(corpus_store: EmbeddedStore) -> dict[str, str]:
    """A project with a budget, its amount, and one of its quoted passages."""
    rows = corpus_store.select(f"""
        SELECT ?project ?amount (SAMPLE(?quote) AS ?q) WHERE {{
          ?project a <{MK}Project> ; <{MK}budget>/<{MK}amount> ?amount ;
                   <{PROV}wasDerivedFrom>/<{PROV}value> ?quote }}
        GROUP BY ?project ?amount ORDER BY ?project LIMIT 1""")
    return {k: str(v) for k, v in rows[0].items()}


def _path(iri: str) -> str:
    return quote(iri[len(DEFAULT_BASE):], safe="/")


def test_amounts_have_separators_and_yen() -> None:
    assert format_yen("148143000") == "148,143,000円"
    assert format_number("1234.50") == "1,234.5"
    assert format_number("not a number") == "not a number"


def test_project_page_names_properties_in_japanese_and_english(
    client: httpx.Client, project: dict[str, str]
) -> None:
    page = client.get(_path(project["project"]), headers={"Accept": "text/html"}).text
    assert re.search(r">予算</a> <span class=\"en\">budget</span>", page)
    shown = re.sub(r'\s(?:title|href)="[^"]*"', "", page)  # what a reader sees
    assert f"{MK}budget" not in shown


def test_project_page_shows_its_budget_as_an_amount_in_yen(
    client: httpx.Client, project: dict[str, str]
) -> None:
    page = client.get(_path(project["project"]), headers={"Accept": "text/html"}).text
    assert format_yen(project["amount"]) in page


def test_project_page_quotes_its_sources_inline_with_the_document(
    client: httpx.Client, project: dict[str, str]
) -> None:
    page = client.get(_path(project["project"]), headers={"Accept": "text/html"}).text
    quotes = re.findall(r"<blockquote>(.*?)</blockquote>", page, re.S)
    assert any(project["q"].strip() == html.unescape(q).strip() for q in quotes)
    assert re.search(r'<figcaption><a href="/id/\d{6}/document/', page)


def test_linked_resources_are_shown_by_their_label(
    client: httpx.Client, project: dict[str, str], corpus_store: EmbeddedStore
) -> None:
    (row,) = corpus_store.select(
        f"SELECT ?m ?name WHERE {{ <{project['project']}> <{MK}municipality> ?m ."
        " ?m <http://www.w3.org/2000/01/rdf-schema#label> ?name }")
    page = client.get(_path(project["project"]), headers={"Accept": "text/html"}).text
    link = f'<a href="{_path(str(row["m"]))}" title="{row["m"]}">{row["name"]}</a>'
    assert link in page


def test_json_twin_has_the_evidence_and_property_labels(
    client: httpx.Client, project: dict[str, str]
) -> None:
    twin = client.get(_path(project["project"]) + ".json").json()
    assert project["q"] in [e["quote"] for e in twin["evidence"]]
    assert twin["propertyLabels"][f"{MK}budget"] == {"ja": "予算", "en": "budget"}


def test_indicator_page_carries_its_observations_as_data_not_script(
    client: httpx.Client, corpus_store: EmbeddedStore
) -> None:
    (row,) = corpus_store.select(f"""
        SELECT ?indicator (COUNT(DISTINCT ?o) AS ?n) WHERE {{ ?o <{MK}indicator> ?indicator }}
        GROUP BY ?indicator ORDER BY DESC(?n) ?indicator LIMIT 1""")
    page = client.get(_path(str(row["indicator"])), headers={"Accept": "text/html"}).text
    assert '<script id="observation-data" type="application/json">' in page
    assert 'id="indicator-chart"' in page
    scripts = re.findall(r"<script([^>]*)>", page)
    assert all("src=" in s or 'type="application/json"' in s for s in scripts)
    twin = client.get(_path(str(row["indicator"])) + ".json").json()
    assert len(twin["observations"]) == int(row["n"])


def test_evidence_from_a_data_file_names_its_path() -> None:
    from service.http.resource_pages import _evidence, _evidence_html

    row = {"quote": {"value": "1,200千円"}, "path": {"value": "$.事業[2].予算額"},
           "start": {"value": "10"}, "end": {"value": "17"}}
    evidence = _evidence(row)
    assert evidence["dataPath"] == "$.事業[2].予算額"
    assert "データ位置 $.事業[2].予算額" in _evidence_html(evidence, DEFAULT_BASE)
