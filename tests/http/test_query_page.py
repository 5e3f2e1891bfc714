"""The query page lists the contract queries with their titles and descriptions."""

from __future__ import annotations

from pathlib import Path

import httpx

from service.http.query_page import read_example, read_examples

QUERIES = Path(__file__).parents[2] / "queries"


def test_example_reads_title_description_and_params(tmp_path: Path) -> None:
    path = tmp_path / "x.rq"
    path.write_text("# title: T\n# description: D\n# param: name — part of a name\nSELECT * {}\n",
                    encoding="utf-8")
    example = read_example(path)
    assert (example.title, example.description, example.params) == ("T", "D",
                                                                    ["name — part of a name"])


def test_page_lists_every_query_title(readonly_url: str) -> None:
    page = httpx.get(f"{readonly_url}/").text
    for example in read_examples(QUERIES):
        assert example.title.replace("&", "&amp;") in page


def test_static_script_is_served_locally(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/static/query.js")
    assert response.status_code == 200
    assert "fetch(endpoint" in response.text
