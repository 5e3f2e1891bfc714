"""Every page carries the headers that stop it being turned against its reader, and IRIs of
other schemes never become links (issue 11, finding 5: stored XSS through IRIs)."""

from __future__ import annotations

import httpx
import pytest

from service.http.resource_pages import iri_html, local_href

BASE = "https://w3id.org/machikg"


@pytest.mark.parametrize("path", ["/", "/sparql", "/catalog", "/search?q=a", "/healthz",
                                  "/static/query.js", "/openapi.json"])  # fmt: skip
def test_every_response_has_a_strict_content_security_policy(
    service_url: str, path: str
) -> None:
    response = httpx.get(f"{service_url}{path}", timeout=30)
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "iri",
    ["javascript:alert(document.domain)", "JavaScript:alert(1)",
     "data:text/html,<script>x</script>", "vbscript:msgbox", "urn:x:y", " javascript:alert(1)"],
)  # fmt: skip
def test_iri_of_another_scheme_is_text_not_a_link(iri: str) -> None:
    assert local_href(iri, BASE) is None
    assert "<a " not in iri_html(iri, BASE)


@pytest.mark.parametrize("iri", ["http://example.org/x", "https://example.org/x", "mailto:a@b.jp"])
def test_http_and_mailto_iris_are_links(iri: str) -> None:
    assert iri_html(iri, BASE).startswith('<a href="')


def test_instance_iri_links_to_its_page_on_this_service() -> None:
    assert local_href(f"{BASE}/id/122173/project/x", BASE) == "/id/122173/project/x"
