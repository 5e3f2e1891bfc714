"""The plain-ASGI route for queries answers exactly as the full app would, and hands on the rest."""

from __future__ import annotations

import httpx

SELECT = "SELECT ?o WHERE { ?s <http://example.org/p> ?o }"
JSON = "application/sparql-results+json"


def post_form(url: str, data: dict[str, str], headers: dict[str, str] | None = None
              ) -> httpx.Response:
    return httpx.post(f"{url}/sparql", data=data, headers=headers or {}, timeout=30)


def test_query_answer_is_the_same_with_and_without_cors(readonly_url: str) -> None:
    plain = post_form(readonly_url, {"query": SELECT}, {"Accept": JSON})
    cors = post_form(readonly_url, {"query": SELECT},
                     {"Accept": JSON, "Origin": "https://yasgui.example"})
    assert plain.status_code == cors.status_code == 200
    assert plain.content == cors.content
    for header in ("content-type", "content-length"):
        assert plain.headers[header] == cors.headers[header]
    assert plain.headers["vary"] == "Accept"
    assert "access-control-allow-origin" not in plain.headers


def test_query_body_over_the_limit_is_413(readonly_url: str) -> None:
    padding = "#" + "x" * (2 * 1024 * 1024) + "\n"
    response = post_form(readonly_url, {"query": padding + SELECT})
    assert response.status_code == 413
    assert "larger than this service accepts" in response.text


def test_update_read_by_the_route_reaches_the_update_handler(readonly_url: str) -> None:
    update = "INSERT DATA { <http://e/s> <http://e/p> <http://e/o> }"
    response = post_form(readonly_url, {"update": update})
    assert response.status_code in (401, 403)  # refused for want of a token, not unparsed


def test_protocol_error_keeps_its_allow_header(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/sparql", params={"update": "CLEAR ALL"}, timeout=30)
    assert response.status_code == 400
    assert response.headers["allow"] == "GET, POST"
