"""A Linked Data Fragments client queries machikg through /fragments alone (issue 13).

Comunica (`@comunica/query-sparql` from npm, installed by this module into a temporary
folder once per session) is given the fragments URL with the `qpf@` source type, so it must
read the Hydra controls and cannot fall back to reading one page as a file, nor to /sparql;
its rows for contract queries must be those /sparql answers.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from loaders.resources import queries_dir
from service.store import EmbeddedStore
from tests.http.conftest import ServeStore

# Comunica 5 needs Node.js ≥ 22 (undici 8); 4.x runs on the Node.js 18/20 of Debian.
PACKAGE = "@comunica/query-sparql@4"
# Contract queries Comunica evaluates (its 4.x engine fails on organizations.rq whatever the
# source, "Cannot read properties of undefined"), with joins, OPTIONAL and paged patterns.
QUERIES = ("documents", "projects")


@pytest.fixture(scope="session")
def comunica(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `comunica-sparql` script, installed with npm into a folder of this session."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not on PATH: cannot install @comunica/query-sparql")
    folder = tmp_path_factory.mktemp("comunica")
    installed = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", PACKAGE],
        cwd=folder, capture_output=True, text=True, timeout=900, check=False,
    )
    assert installed.returncode == 0, installed.stderr
    script = folder / "node_modules" / ".bin" / "comunica-sparql"
    assert script.exists()
    return script


@pytest.fixture(scope="module")
def corpus_url(serve_store: ServeStore, corpus_store: EmbeddedStore) -> Iterator[str]:
    with serve_store(None, admin_token=None, initial_nquads=corpus_store.export("nquads")) as u:
        yield u


def rows(sparql_json: str | bytes) -> list[str]:
    """The solutions as sorted canonical JSON strings (order-insensitive multiset)."""
    bindings = json.loads(sparql_json)["results"]["bindings"]
    return sorted(json.dumps(b, sort_keys=True, ensure_ascii=False) for b in bindings)


@pytest.mark.parametrize("name", QUERIES)
def test_comunica_over_fragments_answers_the_rows_of_sparql(
    comunica: Path, corpus_url: str, name: str
) -> None:
    query = queries_dir() / f"{name}.rq"
    expected = httpx.post(f"{corpus_url}/sparql", data={"query": query.read_text("utf-8")},
                          headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert expected.status_code == 200, expected.text
    assert rows(expected.content), f"{name}.rq has no rows on the corpus: nothing to compare"
    answered = subprocess.run(
        [str(comunica), f"qpf@{corpus_url}/fragments", "-f", str(query),
         "-t", "application/sparql-results+json"],
        capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"},
    )
    assert answered.returncode == 0, answered.stderr[-2000:]
    assert rows(answered.stdout) == rows(expected.content)
