"""Issue 12 over HTTP: POST /validate for anyone, POST /submissions for stewards, Graph Store
writes validated the same way, and nothing half-added."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.http.conftest import ADMIN_TOKEN, ServeStore

ROOT = Path(__file__).parents[2]
VALID = (ROOT / "tests/model/data/valid-example.ttl").read_bytes()
BAD = (ROOT / "tests/validation/data/project-budget-as-text.ttl").read_bytes()
STEWARD = {"Authorization": "Bearer steward-secret"}
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
TURTLE = {"Content-Type": "text/turtle"}
LIMIT = 256 * 1024


@pytest.fixture(scope="module")
def url(serve_store: ServeStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("submissions")
    with serve_store(root / "store", steward_tokens=(("sato", "steward-secret"),),
                     max_submission_bytes=LIMIT, max_upload_bytes=4 * LIMIT,
                     submissions_dir=root / "kept") as base_url:
        yield base_url


def named_graphs(url: str) -> set[str]:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = httpx.post(f"{url}/sparql", data={"query": query},
                      headers={"Accept": "application/sparql-results+json"}).json()
    return {row["g"]["value"] for row in rows["results"]["bindings"]}


def test_validate_needs_no_token_and_answers_the_report(url: str) -> None:
    response = httpx.post(f"{url}/validate", content=BAD, headers=TURTLE)
    assert response.status_code == 200
    assert response.json()["conforms"] is False


def test_validate_reports_in_the_language_of_accept_language(url: str) -> None:
    response = httpx.post(f"{url}/validate", content=BAD,
                          headers={**TURTLE, "Accept-Language": "en-GB,en;q=0.9,ja;q=0.5"})
    messages = [p["message"] for p in response.json()["problems"]]
    assert messages and not any(any("ぁ" <= c <= "ヿ" for c in m) for m in messages)


def test_validate_gives_the_shacl_report_as_turtle_when_asked(url: str) -> None:
    response = httpx.post(f"{url}/validate", content=BAD,
                          headers={**TURTLE, "Accept": "text/turtle"})
    assert response.headers["content-type"].startswith("text/turtle")
    assert "sh:ValidationReport" in response.text


def test_validate_refuses_a_body_over_the_limit_from_its_declared_length(url: str) -> None:
    host, port = urlsplit(url).hostname, urlsplit(url).port
    with socket.create_connection((host, port)) as sock:  # only the headers are sent
        sock.sendall(f"POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\n"
                     f"Content-Length: {LIMIT + 1}\r\n\r\n".encode())
        answer = sock.recv(4096).decode()
    assert answer.startswith("HTTP/1.1 413")


def test_validate_refuses_an_unknown_media_type_with_415(url: str) -> None:
    response = httpx.post(f"{url}/validate", content=b"x", headers={"Content-Type": "image/png"})
    assert response.status_code == 415


def test_malformed_turtle_is_400_naming_the_line_in_both_languages(url: str) -> None:
    text = b"@prefix ex: <http://example.org/> .\nex:a ex:p ex:b\nex:c ex:p ex:d .\n"
    response = httpx.post(f"{url}/validate", content=text, headers=TURTLE)
    assert response.status_code == 400
    body = response.json()
    assert body["line"] == 2
    assert "行目" in body["message_ja"] and "line 2" in body["message_en"]


def test_jsonld_with_a_remote_context_is_refused_without_fetching_it(url: str) -> None:
    data = json.dumps({"@context": "http://127.0.0.1:9/never-fetched.jsonld",
                       "@id": "http://example.org/s", "name": "x"}).encode()
    response = httpx.post(f"{url}/validate", content=data,
                          headers={"Content-Type": "application/ld+json",
                                   "Accept-Language": "en"})
    assert response.status_code == 400
    assert "remote @context" in response.json()["error"]


@pytest.mark.parametrize("syntax", ["N_TRIPLES", "RDF_XML", "JSON_LD", "TRIG", "N_QUADS"])
def test_validate_accepts_every_rdf_syntax(url: str, syntax: str) -> None:
    import pyoxigraph as ox

    fmt = getattr(ox.RdfFormat, syntax)
    graph = ox.NamedNode("http://example.org/g") if fmt.supports_datasets else ox.DefaultGraph()
    quads = [ox.Quad(q.subject, q.predicate, q.object, graph)
             for q in ox.parse(BAD, format=ox.RdfFormat.TURTLE)]
    data = ox.serialize(quads if fmt.supports_datasets else [q.triple for q in quads],
                        format=fmt)
    response = httpx.post(f"{url}/validate", content=data,
                          headers={"Content-Type": fmt.media_type})
    assert response.status_code == 200
    assert response.json()["conforms"] is False


def test_a_submission_needs_a_steward_token(url: str) -> None:
    assert httpx.post(f"{url}/submissions", content=VALID, headers=TURTLE).status_code == 401
    wrong = {"Authorization": "Bearer nope", **TURTLE}
    assert httpx.post(f"{url}/submissions", content=VALID, headers=wrong).status_code == 403


def test_a_conforming_submission_is_stored_as_its_own_graph_with_provenance(url: str) -> None:
    response = httpx.post(f"{url}/submissions", params={"filename": "city.ttl"}, content=VALID,
                          headers={**TURTLE, **STEWARD})
    assert response.status_code == 201
    graph = response.json()["graph"]
    assert graph in named_graphs(url)
    query = (f"PREFIX dct: <http://purl.org/dc/terms/> SELECT ?who ?file WHERE {{ GRAPH <{graph}>"
             f" {{ <{graph}> dct:creator ?who ; dct:identifier ?file }} }}")
    rows = httpx.post(f"{url}/sparql", data={"query": query},
                      headers={"Accept": "application/sparql-results+json"}).json()
    row = rows["results"]["bindings"][0]
    assert (row["who"]["value"], row["file"]["value"]) == ("sato", "city.ttl")


def test_a_non_conforming_submission_is_422_with_its_report_and_kept(url: str) -> None:
    before = named_graphs(url)
    response = httpx.post(f"{url}/submissions", content=BAD, headers={**TURTLE, **STEWARD})
    assert response.status_code == 422
    body = response.json()
    assert body["violations"] > 0
    assert named_graphs(url) == before
    kept = httpx.get(f"{url}/submissions/{body['id']}", headers=STEWARD).json()
    assert (kept["status"], kept["report"]["violations"]) == ("rejected", body["violations"])


def test_submissions_are_listed_for_stewards(url: str) -> None:
    response = httpx.post(f"{url}/submissions", content=BAD, headers={**TURTLE, **STEWARD})
    listed = httpx.get(f"{url}/submissions", headers=STEWARD).json()["submissions"]
    assert response.json()["id"] in [item["id"] for item in listed]


def test_the_input_of_a_submission_is_kept_as_sent(url: str) -> None:
    submission_id = httpx.post(f"{url}/submissions", content=BAD,
                               headers={**TURTLE, **STEWARD}).json()["id"]
    kept = httpx.get(f"{url}/submissions/{submission_id}", params={"part": "input"},
                     headers=STEWARD)
    assert kept.content == BAD


def test_a_non_conforming_graph_store_put_is_refused_with_the_report(url: str) -> None:
    graph = "http://example.org/gsp-bad"
    response = httpx.put(f"{url}/store", params={"graph": graph}, content=BAD,
                         headers={**TURTLE, **ADMIN})
    assert response.status_code == 422
    assert response.json()["violations"] > 0
    assert graph not in named_graphs(url)


def test_the_admin_can_force_a_non_conforming_graph_store_put(url: str) -> None:
    graph = "http://example.org/gsp-forced"
    response = httpx.put(f"{url}/store", params={"graph": graph, "force": "true"}, content=BAD,
                         headers={**TURTLE, **ADMIN})
    assert response.status_code == 201
    assert graph in named_graphs(url)


def test_a_submission_cut_off_mid_upload_leaves_the_store_unchanged(url: str) -> None:
    before = named_graphs(url)
    listed_before = len(httpx.get(f"{url}/submissions", headers=STEWARD).json()["submissions"])
    host, port = urlsplit(url).hostname, urlsplit(url).port
    with socket.create_connection((host, port)) as sock:
        sock.sendall(f"POST /submissions HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\n"
                     f"Authorization: Bearer steward-secret\r\n"
                     f"Content-Length: {len(VALID)}\r\n\r\n".encode() + VALID[: len(VALID) // 2])
    httpx.get(f"{url}/healthz")  # the server has seen the connection close
    assert named_graphs(url) == before
    listed = httpx.get(f"{url}/submissions", headers=STEWARD).json()["submissions"]
    assert len(listed) == listed_before


def test_a_store_host_killed_mid_write_leaves_the_submission_whole_or_absent(
    tmp_path: Path,
) -> None:
    import asyncio
    import os
    import signal

    from service.http.app import create_app
    from service.http.store_host import StoreHost
    from tests.http.conftest import make_settings

    size = 30_000
    data = "".join(f'<http://example.org/big/s{i}> <http://example.org/p> "v{i}" .\n'
                   for i in range(size)).encode()
    settings = make_settings(tmp_path / "store", steward_tokens=(("sato", "steward-secret"),),
                             max_submission_bytes=len(data) + 1,
                             submissions_dir=tmp_path / "kept")
    host = StoreHost(settings.store_path)
    try:
        app = create_app(settings, host)

        async def scenario() -> tuple[int, int, int, str]:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
                sent = asyncio.ensure_future(client.post(
                    "/submissions", content=data,
                    headers={"Content-Type": "application/n-triples", **STEWARD}))
                kept = tmp_path / "kept"
                while not any(kept.glob("*/report.json")):  # validated: the write is next
                    await asyncio.sleep(0.001)
                os.kill(host.pid or 0, signal.SIGKILL)
                response = await sent
                count = ("SELECT (COUNT(*) AS ?n) WHERE { %s ?s <http://example.org/p> ?o }")
                answers = []
                for pattern in ("GRAPH ?g {", ""):
                    query = count % pattern + ("}" if pattern else "")
                    reply = await client.post("/sparql", data={"query": query},
                                              headers={"Accept": "text/csv"})
                    answers.append(int(reply.text.split()[-1]))
                listed = await client.get("/submissions", headers=STEWARD)
                status = listed.json()["submissions"][0]["status"]
                return response.status_code, answers[0], answers[1], status

        outcome = asyncio.run(scenario())  # (status, in its graph, in the merge, record)
        assert outcome in ((503, 0, 0, "failed"), (201, size, size, "stored"))
    finally:
        host.close()


def test_validate_reads_a_csv_template(url: str) -> None:
    sample = (ROOT / "shapes/templates/indicators.sample.csv").read_bytes()
    response = httpx.post(f"{url}/validate", content=sample, headers={"Content-Type": "text/csv"})
    assert (response.status_code, response.json()["conforms"]) == (200, True)


def test_the_form_is_served_with_its_script_from_static(url: str) -> None:
    response = httpx.get(f"{url}/validate")
    assert response.status_code == 200
    assert '<script src="/static/validate.js"' in response.text
    assert "<script>" not in response.text and "style=" not in response.text


def test_the_cli_lists_shows_and_deletes_kept_submissions(
    url: str, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    from service.cli import main

    submission_id = httpx.post(f"{url}/submissions", content=BAD,
                               headers={**TURTLE, **STEWARD}).json()["id"]
    kept = next(Path(p) for p in tmp_path_factory.getbasetemp().glob("submissions*/kept"))
    assert main(["submissions", "list", "--submissions", str(kept)]) == 0
    assert submission_id in capsys.readouterr().out
    assert main(["submissions", "show", submission_id, "--submissions", str(kept)]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "rejected"
    assert main(["submissions", "delete", submission_id, "--submissions", str(kept)]) == 0
    assert httpx.get(f"{url}/submissions/{submission_id}", headers=STEWARD).status_code == 404
