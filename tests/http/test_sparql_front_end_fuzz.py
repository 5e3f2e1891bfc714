"""Fuzzing the SPARQL front end (issue 11): whatever method, URL parameters, Content-Type and
body a client sends, `parse_request` answers an Operation or a ProtocolError with a 4xx
status — never another exception, which would be a 500."""

from __future__ import annotations

from urllib.parse import urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.http.sparql_protocol import Operation, ProtocolError, parse_request

NAMES = st.sampled_from([
    "query", "update", "default-graph-uri", "named-graph-uri", "using-graph-uri",
    "using-named-graph-uri", "format", "output", "results", "version", "$s", "$1", "$", "",
])  # fmt: skip
SPARQL = st.sampled_from([
    "ASK {}", "SELECT * { ?s ?p ?o }", "INSERT DATA { <http://e/s> <http://e/p> 1 }",
    "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "LOAD <http://127.0.0.1:9/>",
    "SELECT * WHERE " + "{" * 200 + "}" * 200, "PREFIX e: <http://e/> SELECT * { e:a\\# ?p ?o }",
    "\\u0053ERVICE", "json", "text/csv", "1.1", "<http://e/x>", '"text"@ja',
])  # fmt: skip
VALUES = SPARQL | st.text(max_size=60)
PARAMS = st.lists(st.tuples(NAMES | st.text(max_size=10), VALUES), max_size=6)
CONTENT_TYPES = st.none() | st.sampled_from([
    "application/x-www-form-urlencoded", "application/sparql-query",
    "application/sparql-update", "application/sparql-query; charset=UTF-16",
    "application/sparql-update; version=2.0", "text/plain", "", ";", "a/b; c",
]) | st.text(max_size=40)  # fmt: skip
BODIES = (
    st.binary(max_size=200)
    | VALUES.map(lambda text: text.encode())
    | PARAMS.map(lambda params: urlencode(params).encode())
)
METHODS = st.sampled_from(["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "get"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(METHODS, PARAMS, CONTENT_TYPES, BODIES)
def test_any_request_is_an_operation_or_a_4xx_protocol_error(
    method: str, params: list[tuple[str, str]], content_type: str | None, body: bytes
) -> None:
    try:
        operation = parse_request(method, params, content_type, body)
    except ProtocolError as error:
        assert 400 <= error.status < 500
        assert error.message
        return
    assert isinstance(operation, Operation)
    assert operation.kind in ("query", "update", "description")
