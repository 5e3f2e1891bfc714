"""Reading a submitted RDF file: its format, its triples, and where each subject was written.

Parser errors are turned into a message in Japanese and English that points at the real
fault: a statement missing its `;` or `.` makes the parser complain on the NEXT line, so when
the previous line ends without a separator the error names that line instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

FORMATS_BY_SUFFIX: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
FORMATS_BY_MEDIA_TYPE: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_LINE_FORMATS = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N_TRIPLES,
                 ox.RdfFormat.N_QUADS)
_TRANSLATIONS: tuple[tuple[str, str], ...] = (
    (r"A dot is expected at the end of statements", "文の終わりに「.」が必要です"),
    (r"The prefix (\S+) has not been declared", r"接頭辞 \1 が宣言されていません"),
    (r"Unexpected end of file", "ファイルが途中で終わっています (閉じていない引用符や括弧)"),
    (r"Invalid UTF-8 character encoding", "UTF-8 として読めない文字があります (文字コード)"),
    (r"No scheme found in an absolute IRI", "IRI にスキーム (https: など) がありません"),
    (r"No LoadDocumentCallback has been set to load remote contexts",
     "外部の JSON-LD コンテキストは読み込みません (コンテキストをファイル内に書いてください)"),
)


@dataclass(frozen=True)
class InputError(ValueError):
    """A submission that cannot be read, explained in both languages."""

    message_en: str
    message_ja: str
    line: int | None = None
    column: int | None = None

    def message(self, lang: str) -> str:
        text = self.message_ja if lang == "ja" else self.message_en
        if self.line is None or (lang == "en" and "Parser error" in text):
            return text  # the parser's own words already say where
        where = (f"{self.line}行目" + (f" {self.column}列" if self.column else "")
                 if lang == "ja" else
                 f"line {self.line}" + (f", column {self.column}" if self.column else ""))
        return f"{where}: {text}"

    def __str__(self) -> str:
        """Both languages: English (as the parser said it) and Japanese."""
        return f"{self.message('en')} / {self.message('ja')}"


@dataclass
class ParsedRdf:
    """The triples of a submission (graph names dropped) and its own prefixes."""

    triples: list[ox.Triple]
    prefixes: dict[str, str] = field(default_factory=dict)
    base: str | None = None


def parse_rdf(data: bytes, fmt: ox.RdfFormat, *, base_iri: str | None = None) -> ParsedRdf:
    """All triples of `data`, or an `InputError` naming the line at fault. JSON-LD remote
    contexts are refused (pyoxigraph loads none without a callback, and none is given)."""
    try:
        parser = ox.parse(data, format=fmt, base_iri=base_iri)
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in parser]
    except SyntaxError as error:
        raise _syntax_error(data, fmt, error) from None
    except ValueError as error:
        raise InputError(f"cannot read: {error}", f"読み込めません: {error}") from None
    if not triples:
        raise InputError(f"empty: no RDF triples in this {fmt.name} file",
                         f"空です: この {fmt.name} ファイルには RDF の文がありません")
    prefixes = dict(getattr(parser, "prefixes", {}) or {})
    base = getattr(parser, "base_iri", None)
    return ParsedRdf(triples, prefixes, base)


BULK_FORMATS = (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES)  # triples only, no graph names
_DECLARATION = re.compile(rb"^[ \t]*(?:@prefix|@base|prefix|base)[ \t][^\n]*", re.I | re.M)
_SUBJECT = re.compile(rb"^[ \t]*(<[^>\s]*>|[^\s<;,.\"]*:[^\s;,\"]*)", re.M)


BULK_CHUNK_BYTES = 32 << 20


def bulk_load(
    store: ox.Store,
    data: bytes,
    fmt: ox.RdfFormat,
    *,
    base_iri: str | None = None,
    chunk_bytes: int = BULK_CHUNK_BYTES,
) -> int:
    """Load a Turtle or N-Triples submission into `store`'s default graph with pyoxigraph's
    bulk loader; the number of triples it added. Errors are `parse_rdf`'s `InputError`s.

    N-Triples larger than `chunk_bytes` go in by chunks of whole lines: the bulk loader's
    buffers grow with its input (loading the 868 MB national graph at once peaked ~1.3 GB
    above the loaded store). Each line is one triple, so the chunks hold the same triples;
    not with blank nodes, which each load would rename apart."""
    if fmt not in BULK_FORMATS:
        raise ValueError(f"{fmt.name} may name graphs: read it with parse_rdf")
    before = len(store)
    chunked = (fmt == ox.RdfFormat.N_TRIPLES and len(data) > chunk_bytes
               and b"_:" not in data)
    try:
        for chunk in _line_chunks(data, chunk_bytes) if chunked else (data,):
            store.bulk_load(chunk, format=fmt, base_iri=base_iri)
    except SyntaxError as error:
        # a chunk's positions are its own: the whole file's parser says where, in the file
        found = _first_syntax_error(data, fmt, base_iri) if chunked else None
        raise _syntax_error(data, fmt, found or error) from None
    except ValueError as error:
        raise InputError(f"cannot read: {error}", f"読み込めません: {error}") from None
    added = len(store) - before
    if not added and next(iter(ox.parse(data, format=fmt, base_iri=base_iri)), None) is None:
        raise InputError(f"empty: no RDF triples in this {fmt.name} file",
                         f"空です: この {fmt.name} ファイルには RDF の文がありません")
    return added


def _line_chunks(data: bytes, size: int) -> Iterator[bytes]:
    """`data` in pieces of about `size` bytes, each ending at the end of a line."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + size)
        end = len(data) if end < 0 else end + 1
        yield data[start:end]
        start = end


def _first_syntax_error(
    data: bytes, fmt: ox.RdfFormat, base_iri: str | None
) -> SyntaxError | None:
    """The parser's error on the whole of `data`, with positions in it."""
    try:
        for _ in ox.parse(data, format=fmt, base_iri=base_iri):
            pass
    except SyntaxError as error:
        return error
    return None


def declarations(
    data: bytes, fmt: ox.RdfFormat, *, base_iri: str | None = None
) -> tuple[dict[str, str], str | None]:
    """The prefixes and base a Turtle file declares, read by the parser from its declaration
    lines alone (the file itself was bulk loaded, which keeps no prefixes)."""
    if fmt != ox.RdfFormat.TURTLE:
        return {}, base_iri
    lines = b"\n".join(m.group(0) for m in _DECLARATION.finditer(data))
    parser = None
    try:
        parser = ox.parse(lines, format=fmt, base_iri=base_iri)
        for _ in parser:
            pass
    except (SyntaxError, ValueError):  # a declaration spread over lines: keep what was read
        pass
    return (dict(getattr(parser, "prefixes", None) or {}),
            getattr(parser, "base_iri", None) or base_iri)


def statement_positions(
    data: bytes,
    fmt: ox.RdfFormat,
    nodes: Iterable[object],
    *,
    prefixes: dict[str, str],
    base: str | None,
) -> dict[str, tuple[int, int]]:
    """(line, column) of the first statement written with each IRI of `nodes` as its subject,
    as `StatementIndex` finds them, in one pass that only decodes the lines it reports."""
    wanted: dict[bytes, str] = {}
    for node in nodes:
        if isinstance(node, ox.NamedNode):
            for form in written_forms(node.value, prefixes, base):
                wanted[form.encode("utf-8")] = node.value
    found: dict[str, tuple[int, int]] = {}
    if not wanted or fmt not in _LINE_FORMATS:
        return found
    line, counted = 1, 0
    for match in _SUBJECT.finditer(data):
        iri = wanted.get(match.group(1))
        if iri is None or iri in found:
            continue
        start = match.start(1)
        line += data.count(b"\n", counted, start)
        counted = start
        line_start = data.rfind(b"\n", 0, start) + 1
        found[iri] = (line, len(data[line_start:start].decode("utf-8", errors="replace")) + 1)
        if len(found) == len(set(wanted.values())):
            break
    return found


def written_forms(iri: str, prefixes: dict[str, str], base: str | None) -> list[str]:
    """How an IRI may be written as a subject: in full, relative to the base, prefixed."""
    forms = [f"<{iri}>"]
    if base and iri.startswith(base):
        forms.append(f"<{iri[len(base):]}>")
    for prefix, namespace in prefixes.items():
        if iri.startswith(namespace):
            forms.append(f"{prefix}:{iri[len(namespace):]}")
    return forms


def _syntax_error(data: bytes, fmt: ox.RdfFormat, error: SyntaxError) -> InputError:
    text = error.msg or str(error)
    detail = re.sub(r"^Parser error (at|between) [^:]*: ", "", text)
    line, column = error.lineno, error.offset
    if fmt in _LINE_FORMATS and line and detail.startswith("A dot is expected"):
        previous = _previous_statement_line(data, line)
        if previous is not None:
            number, content = previous
            return InputError(
                f"invalid {fmt.name}: the statement is not closed: add ';' (more about the same"
                f" subject) or '.' (end of statement) at the end of this line (the parser noticed"
                f" on line {line}: {detail})",
                f"{fmt.name} の構文エラー: 文が閉じていません: この行の末尾に「;」"
                "(同じ主語の続き) か「.」(文の終わり) を補ってください",
                number,
                len(content.rstrip()) + 1,
            )
    japanese = detail
    for pattern, replacement in _TRANSLATIONS:
        if re.search(pattern, detail):
            japanese = re.sub(pattern, replacement, detail)
            break
    else:
        japanese = f"構文エラー ({detail})"
    english = f"invalid {fmt.name}: {text}"
    if "LoadDocumentCallback" in detail:
        english = ("invalid JSON_LD: remote @context documents are not loaded (this service makes"
                   " no outbound requests); put the context in the file itself")
    return InputError(english, f"{fmt.name} の構文エラー: {japanese}", line, column)


def _previous_statement_line(data: bytes, line: int) -> tuple[int, str] | None:
    """The line before `line` (skipping blanks and comments) when it ends without a
    separator: the statement there is the one left open."""
    lines = data.decode("utf-8", errors="replace").splitlines()
    for number in range(line - 1, 0, -1):
        content = re.sub(r"\s#.*$", "", lines[number - 1]).rstrip()
        if not content or content.lstrip().startswith("#"):
            continue
        if content[-1] in ";,.[({":
            return None
        return number, content
    return None


class StatementIndex:
    """Where each subject's statements start, for reports on text formats: one pass over
    the lines, then a dictionary look-up per focus node."""

    def __init__(self, data: bytes, fmt: ox.RdfFormat, parsed: ParsedRdf) -> None:
        self.prefixes = parsed.prefixes
        self.base = parsed.base
        self.first_token: dict[str, tuple[int, int]] = {}
        if fmt not in _LINE_FORMATS:
            return
        text = data.decode("utf-8", errors="replace")
        token = re.compile(r"\s*(<[^>\s]*>|[^\s<;,.\"]*:[^\s;,\"]*)")
        for number, line in enumerate(text.splitlines(), start=1):
            match = token.match(line)
            if match and match.group(1) and not line.lstrip().startswith(("@", "#")):
                self.first_token.setdefault(match.group(1), (number, match.start(1) + 1))

    def position(self, node: object) -> tuple[int, int] | None:
        """(line, column) of the first statement with `node` as its subject, if written."""
        if not isinstance(node, ox.NamedNode):
            return None
        forms = written_forms(node.value, self.prefixes, self.base)
        found = [self.first_token[f] for f in forms if f in self.first_token]
        return min(found) if found else None
