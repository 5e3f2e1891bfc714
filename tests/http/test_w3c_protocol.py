"""The W3C SPARQL 1.2 Protocol test suite, run request by request against the live service.

Each manifest entry becomes one test (id = its name). Data is set up as the manifest says,
through the Graph Store Protocol; `/sparql/` in the manifest's paths is the service's
`/sparql` (query and update), and every request carries the admin bearer token.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import rdflib
from rdflib import RDF, RDFS, Namespace
from rdflib.collection import Collection

MANIFEST = Path(__file__).parents[1] / "data" / "w3c-sparql-protocol" / "manifest.ttl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

BOOLEAN_TYPES = {"application/sparql-results+xml", "application/sparql-results+json"}
TABULAR_TYPES = BOOLEAN_TYPES | {"text/csv", "text/tab-separated-values"}
RDF_TYPES = {"text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json",
             "application/trig", "application/n-quads"}


@dataclass
class Expected:
    statuses: set[str] = field(default_factory=set)  # "2", "3", "4" …: the first digit
    format: str | None = None
    boolean: bool | None = None
    content_types: set[str] = field(default_factory=set)


@dataclass
class ProtocolRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    expected: Expected


@dataclass
class ProtocolTest:
    name: str
    graph_data: list[tuple[Path, str]]
    requests: list[ProtocolRequest]


def _expected(graph: rdflib.Graph, response: rdflib.term.Node) -> Expected:
    expected = Expected()
    for status in graph.objects(response, MF.expectedStatus):
        expected.statuses.add(str(status).rsplit("StatusCode", 1)[1][0])
    for status in graph.objects(response, HT.statusCodeValue):
        expected.statuses.add(str(status)[0])
    if (fmt := graph.value(response, MF.expectedFormat)) is not None:
        expected.format = str(fmt)
    if (boolean := graph.value(response, MF.expectedBoolean)) is not None:
        expected.boolean = bool(boolean.toPython())
    if (body := graph.value(response, HT.body)) is not None:
        expected.boolean = bool(graph.value(body, CNT.chars).toPython())
    if (headers := graph.value(response, HT.headers)) is not None:
        for header in Collection(graph, headers):
            if str(graph.value(header, HT.fieldName)).lower() in ("content-type", "accept"):
                values = str(graph.value(header, HT.fieldValue)).split(",")
                expected.content_types |= {v.strip().lower() for v in values}
    return expected


def load_tests() -> list[ProtocolTest]:
    graph = rdflib.Graph()
    graph.parse(MANIFEST)
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    tests = []
    for entry in Collection(graph, graph.value(manifest, MF.entries)):
        data = [
            (Path(str(graph.value(d, UT.graph)).removeprefix("file://")),
             str(graph.value(d, RDFS.label)))
            for d in graph.objects(entry, UT.graphData)
        ]
        requests = []
        action = graph.value(entry, MF.action)
        for request in Collection(graph, graph.value(action, HT.requests)):
            headers = {}
            if (header_list := graph.value(request, HT.headers)) is not None:
                for header in Collection(graph, header_list):
                    headers[str(graph.value(header, HT.fieldName))] = str(
                        graph.value(header, HT.fieldValue)
                    )
            body = None
            if (body_node := graph.value(request, HT.body)) is not None:
                encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
                body = str(graph.value(body_node, CNT.chars)).encode(encoding)
            path = str(graph.value(request, HT.absolutePath))
            path = "/sparql" + path.removeprefix("/sparql").removeprefix("/")
            requests.append(ProtocolRequest(
                str(graph.value(request, HT.methodName)), path, headers, body,
                _expected(graph, graph.value(request, HT.resp)),
            ))
        tests.append(ProtocolTest(str(entry).rsplit("#", 1)[1], data, requests))
    return tests


TESTS = load_tests()


def parse_boolean(media_type: str, body: bytes) -> bool:
    if media_type == "application/sparql-results+json":
        return bool(json.loads(body)["boolean"])
    root = ET.fromstring(body)
    element = root.find("{http://www.w3.org/2005/sparql-results#}boolean")
    assert element is not None, body
    return element.text == "true"


def check_format(expected_format: str, media_type: str, body: bytes) -> None:
    if expected_format == "boolean":
        assert media_type in BOOLEAN_TYPES
        parse_boolean(media_type, body)
    elif expected_format == "tabular":
        assert media_type in TABULAR_TYPES
    elif expected_format == "RDF":
        assert media_type in RDF_TYPES
        rdflib.Graph().parse(data=body, format=media_type)


def set_up(client: httpx.Client, test: ProtocolTest, auth: dict[str, str]) -> None:
    client.post("/sparql", content=b"DROP ALL", headers={
        "Content-Type": "application/sparql-update", **auth}).raise_for_status()
    for data_file, graph_iri in test.graph_data:
        response = client.put("/store", params={"graph": graph_iri}, content=data_file.read_bytes(),
                              headers={"Content-Type": "application/n-triples", **auth})
        assert response.status_code in (201, 204), response.text


def test_manifest_has_48_tests() -> None:
    assert len(TESTS) == 48


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_protocol(service_url: str, admin_headers: dict[str, str], test: ProtocolTest) -> None:
    with httpx.Client(base_url=service_url, timeout=30) as client:
        set_up(client, test, admin_headers)
        for number, request in enumerate(test.requests, 1):
            response = client.request(
                request.method, request.path, content=request.body,
                headers={**request.headers, **admin_headers},
            )
            where = f"request {number}: {request.method} {request.path} → {response.status_code}"
            assert str(response.status_code)[0] in request.expected.statuses, (
                f"{where}: {response.text}")
            media_type = response.headers.get("content-type", "").split(";")[0].strip()
            if request.expected.content_types:
                assert media_type in request.expected.content_types, where
            if request.expected.format:
                check_format(request.expected.format, media_type, response.content)
            if request.expected.boolean is not None:
                assert parse_boolean(media_type, response.content) is request.expected.boolean, (
                    f"{where}: {response.text}")
