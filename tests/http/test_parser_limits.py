"""Issue 11, finding 4: parser inputs are bounded — XML entity expansion and single literals —
with a clear 400 before the parser builds anything."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from service.http.parser_limits import MAX_LITERAL_CHARS, ParserLimitError, check_xml_entities
from service.http.store_host import HostError, StoreHost

RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://example.org/"'


def rdf_xml(entities: str, text: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n{entities}]>\n<rdf:RDF {RDF}>'
        f'<rdf:Description rdf:about="http://example.org/s"><e:p>{text}</e:p>'
        "</rdf:Description></rdf:RDF>"
    ).encode()


LAUGHS = '<!ENTITY lol0 "lol">\n' + "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">\n' for i in range(1, 10)
)
BILLION_LAUGHS = rdf_xml(LAUGHS, "&lol9;")


def test_billion_laughs_rdf_xml_upload_is_refused_with_400(
    service_url: str, admin_headers: dict[str, str]
) -> None:
    response = httpx.put(
        f"{service_url}/store",
        params={"graph": "http://example.org/laughs"},
        content=BILLION_LAUGHS,
        headers={**admin_headers, "Content-Type": "application/rdf+xml"},
        timeout=60,
    )
    assert response.status_code == 400
    assert "entities would expand" in response.text


def test_entity_abbreviating_a_namespace_is_accepted() -> None:
    check_xml_entities(rdf_xml('<!ENTITY ex "http://example.org/">\n', "&ex;a &ex;b"))


@pytest.mark.parametrize(
    "declaration",
    [
        '<!ENTITY ext SYSTEM "file:///etc/passwd">\n',
        '<!ENTITY % param "x">\n',
        '<!ENTITY a "&b;">\n<!ENTITY b "&a;">\n',
    ],
    ids=["external", "parameter", "cyclic"],
)
def test_external_parameter_and_cyclic_entities_are_refused(declaration: str) -> None:
    with pytest.raises(ParserLimitError):
        check_xml_entities(rdf_xml(declaration, "&a;&ext;"))


def test_literal_longer_than_the_limit_is_refused_with_400() -> None:
    host = StoreHost(None)
    literal = "x" * (MAX_LITERAL_CHARS + 1)
    data = f'<http://example.org/s> <http://example.org/p> "{literal}" .\n'.encode()

    async def put() -> HostError:
        arguments = {
            "graph": "http://example.org/g",
            "media_type": "application/n-triples",
            "data": data,
        }
        with pytest.raises(HostError) as caught:
            await host.request("graph_put", arguments, timeout_s=60)
        return caught.value

    try:
        error = asyncio.run(put())
    finally:
        host.close()
    assert error.status == 400 and "longer than this service accepts" in error.message
