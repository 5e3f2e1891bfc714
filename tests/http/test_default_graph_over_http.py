"""Over HTTP too, the default graph is the set-merge of the named graphs (issue 10): Graph
Store writes keep it, so a triple two graphs hold is counted once."""

from __future__ import annotations

import httpx

TRIPLE = b'<http://example.org/city> <http://example.org/budget> "10"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'  # noqa: E501
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/city> <http://example.org/budget> ?v }"


def _count(url: str) -> int:
    response = httpx.post(f"{url}/sparql", data={"query": COUNT},
                          headers={"Accept": "text/csv"}, timeout=30)  # fmt: skip
    return int(response.text.split()[-1])


def _put(url: str, graph: str, headers: dict[str, str]) -> None:
    headers = {"Content-Type": "application/n-triples", **headers}
    response = httpx.put(
        f"{url}/store", params={"graph": graph}, content=TRIPLE, headers=headers, timeout=30
    )
    assert response.status_code in (201, 204)


def test_graph_store_writes_keep_the_default_graph_a_set(
    service_url: str, admin_headers: dict[str, str]
) -> None:
    _put(service_url, "http://example.org/merge-a", admin_headers)
    _put(service_url, "http://example.org/merge-b", admin_headers)
    assert _count(service_url) == 1
    httpx.delete(f"{service_url}/store", params={"graph": "http://example.org/merge-a"},
                 headers=admin_headers, timeout=30)  # fmt: skip
    assert _count(service_url) == 1
    httpx.delete(f"{service_url}/store", params={"graph": "http://example.org/merge-b"},
                 headers=admin_headers, timeout=30)  # fmt: skip
    assert _count(service_url) == 0
