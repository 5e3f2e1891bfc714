"""Reading a SPARQL 1.1/1.2 Protocol request: which operation, which text, which dataset.

Every way a request can be malformed is answered here with the status the Protocol asks
for, before the store sees anything: wrong method (405), missing or wrong media type (415),
a body that is not UTF-8 or parameters given twice (400).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from service.http.form_encoding import decode_form
from service.http.result_formats import FORMAT_PARAMETERS, format_candidates
from service.http.sparql_tokens import (
    decode_codepoints,
    first_keyword,
    has_dataset_clause,
    line_and_column,
    max_nesting,
)

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
_VARIABLE = re.compile(r"[A-Za-z_\u00c0-\uffff][\w\u00b7\u00c0-\uffff]*")
SUPPORTED_VERSIONS = frozenset({"1.0", "1.1", "1.2"})
REFUSED_KEYWORDS = {
    "SERVICE": "federated queries (SERVICE) are not allowed: this service makes no outbound"
    " requests; fetch the remote data yourself and join it locally",
    "LOAD": "LOAD is not allowed: this service makes no outbound requests; upload the data"
    " with the Graph Store Protocol (PUT or POST to /store?graph=…)",
}
# pyoxigraph's parser recurses per nesting level and overflows its stack (killing the
# process) from about 3,000 levels; real queries nest a few dozen at most.
MAX_NESTING = 128


class ProtocolError(Exception):
    """A request the Protocol says to refuse, with the HTTP status to refuse it with."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass(frozen=True)
class Operation:
    kind: str  # "query", "update" or "description" (GET without a query)
    text: str = ""
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    format: str | None = None
    # RDF4J's convention: `$name=<N-Triples term>` pre-binds ?name (the page's parameters)
    bindings: dict[str, str] = field(default_factory=dict)

    @property
    def has_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


def media_type_and_params(header: str | None) -> tuple[str, dict[str, str]]:
    """`text/x; charset=UTF-8` → ("text/x", {"charset": "UTF-8"})."""
    if not header:
        return "", {}
    media_type, *params = header.split(";")
    parsed: dict[str, str] = {}
    for param in params:
        name, _, value = param.partition("=")
        parsed[name.strip().lower()] = value.strip().strip('"')
    return media_type.strip().lower(), parsed


def decode_utf8(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProtocolError(
            400,
            f"the {what} is not UTF-8 (at byte {error.start});"
            " SPARQL requests must be sent in UTF-8",
        ) from None


def parse_form(body: bytes) -> list[tuple[str, str]]:
    try:
        pairs = decode_form(body, errors="strict")
        if pairs is not None:
            return pairs
        text = decode_utf8(body, "form body")
        return parse_qsl(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError:
        raise ProtocolError(400, "a percent-encoded form value is not UTF-8") from None


def url_parameters(query_string: bytes) -> list[tuple[str, str]]:
    """The URL's parameters, percent-decoded as UTF-8: a value that is not UTF-8 is refused
    (400) as in a form body, never read with replacement characters."""
    return parse_form(query_string)


def _single(params: list[tuple[str, str]], name: str) -> str | None:
    """The parameter's value; given twice it must say the same thing (clients repeat some)."""
    values = [v for k, v in params if k == name]
    if len(set(values)) > 1:
        raise ProtocolError(
            400,
            f"the parameter {name!r} is given {len(values)} times with different values;"
            " give it once",
        )
    return values[0] if values else None


def _format_parameter(params: list[tuple[str, str]]) -> str | None:
    """The result format asked for by `format`, `output` or `results` (clients name it in any
    of them, SPARQLWrapper in all three, each time as a short name and as a media type list:
    `format=tsv&format=text/tab-separated-values`). Values that agree are one request."""
    values = [v for k, v in params if k in FORMAT_PARAMETERS and v.strip()]
    if len(set(values)) <= 1:
        return values[0] if values else None
    candidates = [format_candidates(value) for value in values]
    common = set(candidates[0]).intersection(*candidates[1:])
    for media_type in candidates[0]:
        if media_type in common:
            return media_type
    raise ProtocolError(
        400,
        f"the format parameters disagree ({', '.join(repr(v) for v in values)});"
        " name one result format",
    )


def _check_version(version: str | None) -> None:
    if version is not None and version not in SUPPORTED_VERSIONS:
        raise ProtocolError(
            400,
            f"unsupported SPARQL version {version!r}; this service speaks"
            f" {', '.join(sorted(SUPPORTED_VERSIONS))}",
        )


def parse_request(
    method: str, url_params: list[tuple[str, str]], content_type: str | None, body: bytes
) -> Operation:
    """The operation a request to the SPARQL endpoint asks for (raises ProtocolError)."""
    if method in ("GET", "HEAD"):
        if body:
            raise ProtocolError(400, "a GET request must not have a body; use POST to send one")
        params = url_params
        if _single(params, "update") is not None:
            raise ProtocolError(
                400, "SPARQL Update must be sent with POST, not GET", {"Allow": "GET, POST"}
            )
        text = _single(params, "query")
        _check_version(_single(params, "version"))
        kind = "description" if text is None else "query"
    elif method == "POST":
        media_type, media_params = media_type_and_params(content_type)
        if media_type == FORM:
            body_params = parse_form(body)
            for name in ("query", "update"):
                if _single(url_params, name) is not None:
                    raise ProtocolError(
                        400,
                        f"with a URL-encoded POST the {name!r} parameter belongs in the"
                        " request body, not in the URL",
                    )
            params = body_params + url_params
            query, update = _single(body_params, "query"), _single(body_params, "update")
            if query is not None and update is not None:
                raise ProtocolError(400, "give either 'query' or 'update', not both")
            if query is None and update is None:
                raise ProtocolError(400, "the form body has neither a 'query' nor an 'update'")
            kind, text = ("query", query) if query is not None else ("update", update)
            _check_version(_single(params, "version"))
        elif media_type in (QUERY_TYPE, UPDATE_TYPE):
            charset = media_params.get("charset", "utf-8").lower()
            if charset not in ("utf-8", "utf8"):
                raise ProtocolError(
                    415,
                    f"charset={media_params['charset']} is not supported; SPARQL"
                    " requests must be UTF-8",
                )
            _check_version(media_params.get("version"))
            params = url_params
            _check_version(_single(params, "version"))
            kind = "query" if media_type == QUERY_TYPE else "update"
            text = decode_utf8(body, f"{media_type} body")
            for name in ("query", "update"):
                if _single(params, name) is not None:
                    raise ProtocolError(
                        400,
                        f"a direct POST carries the operation in its body; the URL must"
                        f" not also have a {name!r} parameter",
                    )
        else:
            given = f"Content-Type {media_type!r}" if media_type else "no Content-Type"
            raise ProtocolError(
                415,
                f"{given}: POST a query as {QUERY_TYPE} or {FORM} (query=…), an update as"
                f" {UPDATE_TYPE} or {FORM} (update=…)",
            )
    else:
        raise ProtocolError(
            405,
            f"{method} is not a SPARQL Protocol method; use GET or POST",
            {"Allow": "GET, HEAD, POST, OPTIONS"},
        )

    format_name = _format_parameter(params)
    if kind == "update":
        if any(k in ("default-graph-uri", "named-graph-uri") for k, _ in params):
            raise ProtocolError(
                400,
                "an update takes using-graph-uri / using-named-graph-uri, not"
                " default-graph-uri / named-graph-uri",
            )
        default = [v for k, v in params if k == "using-graph-uri"]
        named = [v for k, v in params if k == "using-named-graph-uri"]
        assert text is not None
        if (default or named) and has_dataset_clause(text):
            raise ProtocolError(
                400,
                "the update has its own USING or WITH clause and the request also gives"
                " using-graph-uri / using-named-graph-uri; give the dataset one way only",
            )
    else:
        if any(k in ("using-graph-uri", "using-named-graph-uri") for k, _ in params):
            raise ProtocolError(
                400,
                "a query takes default-graph-uri / named-graph-uri, not using-graph-uri"
                " / using-named-graph-uri",
            )
        default = [v for k, v in params if k == "default-graph-uri"]
        named = [v for k, v in params if k == "named-graph-uri"]
    bindings: dict[str, str] = {}
    for name, value in params:
        if name.startswith("$"):
            variable = name[1:]
            if not _VARIABLE.fullmatch(variable) or variable in bindings:
                raise ProtocolError(
                    400, f"{name!r}: a binding is $NAME=<N-Triples term>, once per variable"
                )
            bindings[variable] = value
    if bindings and kind != "query":
        raise ProtocolError(400, "$NAME bindings apply to queries only")
    if text is not None:
        check_nesting(text)
        refuse_outbound(text)
    return Operation(kind, text or "", default, named, format_name, bindings)


def check_nesting(text: str) -> None:
    """Refuse, before the engine parses it, a query nested deeper than MAX_NESTING."""
    depth = max_nesting(text)
    if depth > MAX_NESTING:
        raise ProtocolError(
            400,
            f"the query nests brackets {depth} levels deep; at most {MAX_NESTING} are accepted",
        )


def refuse_outbound(text: str) -> None:
    """Refuse SERVICE and LOAD with a clear message. The guarantee that no request leaves
    is the store host's network sandbox (`network_sandbox`); this is the friendly answer."""
    text = decode_codepoints(text)
    found = first_keyword(text, set(REFUSED_KEYWORDS))
    if found is not None:
        keyword, offset = found
        line, column = line_and_column(text, offset)
        raise ProtocolError(400, f"{REFUSED_KEYWORDS[keyword]} (line {line}, column {column})")
