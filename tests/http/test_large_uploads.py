"""Uploads up to the configured limit complete (issue 11, finding 3: a Graph Store PUT of a
few MB waited forever: EAGAIN on the non-blocking channel to the store host was taken for a
dead host)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx


def _ntriples(size: int) -> bytes:
    lines = []
    total = 0
    i = 0
    while total < size:
        line = f'<http://example.org/s{i}> <http://example.org/p> "value number {i} padded" .\n'
        lines.append(line)
        total += len(line)
        i += 1
    return "".join(lines).encode()


def test_ten_megabyte_graph_store_put_completes(
    serve_store: Any, admin_headers: dict[str, str], tmp_path: Path
) -> None:
    body = _ntriples(10 * 1024 * 1024)
    with serve_store(tmp_path / "store", max_upload_bytes=50 * 1024 * 1024) as url:
        response = httpx.put(
            f"{url}/store?graph=http://example.org/big",
            content=body,
            headers={"Content-Type": "application/n-triples", **admin_headers},
            timeout=120,
        )  # fmt: skip
        assert response.status_code in (200, 201, 204), response.text
        count = httpx.post(
            f"{url}/sparql",
            data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
            headers={"Accept": "text/csv"},
            timeout=60,
        )
        assert count.text.split()[-1] == str(body.count(b"\n"))


def test_half_megabyte_query_is_answered(service_url: str) -> None:
    filler = " ".join(f"<http://example.org/x{i}>" for i in range(20_000))
    query = f"SELECT * WHERE {{ VALUES ?x {{ {filler} }} }} LIMIT 1"
    assert len(query) > 400_000
    response = httpx.post(f"{service_url}/sparql", data={"query": query}, timeout=60)
    assert response.status_code == 200, response.text
