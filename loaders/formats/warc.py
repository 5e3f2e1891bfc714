"""A web archive in the WARC format (`wget --warc-file`, Heritrix, Webrecorder): the pages and
files it captured, each a `response` record holding the HTTP reply as it came. Read as the
captured documents one after another: each reply's body (de-chunked, decompressed, decoded by
its charset or by sniffing), a page's main text, a CSV's rows. The crawler's own records
(requests, metadata, its log, robots.txt) are not the document."""

from __future__ import annotations

import gzip
import re
import zlib

from loaders.formats.located import SourceText
from loaders.formats.spreadsheet import render_delimited
from loaders.formats.web_archive import decode_declared
from loaders.text.document_text import page_text
from loaders.text.errors import DocumentError

_VERSION = re.compile(rb"^WARC/1\.[01]\r?\n")
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_MAX_RECORDS = 10_000
_CRAWLER_FILES = ("/robots.txt",)


def is_warc(raw: bytes) -> bool:
    return bool(_VERSION.match(raw[:16]))


def read_warc(raw: bytes, file: str) -> SourceText:
    """The captured documents' text, a form feed between them."""
    parts: list[str] = []
    for headers, block in _records(raw, file):
        uri = headers.get("warc-target-uri", "")
        if headers.get("warc-type") != "response" or not uri.startswith("http"):
            continue
        if uri.split("?")[0].endswith(_CRAWLER_FILES):
            continue
        reply = _http_reply(block)
        if reply is None:
            continue
        status, fields, body = reply
        if not 200 <= status < 300 or not body.strip():
            continue
        text = _body_text(fields, body, uri, file)
        if text.strip():
            parts.append(text)
    if not parts:
        raise DocumentError(file, "WARC archive holds no captured page or file (no 2xx response)")
    return SourceText("\n\f\n".join(parts))


def _records(raw: bytes, file: str) -> list[tuple[dict[str, str], bytes]]:
    records = []
    at = 0
    while at < len(raw) and len(records) < _MAX_RECORDS:
        start = raw.find(b"WARC/1.", at)
        if start < 0:
            break
        head_end = _HEAD_END.search(raw, start)
        if head_end is None:
            raise DocumentError(file, f"WARC record at byte {start}: its header never ends")
        headers = _fields(raw[start : head_end.start()].decode("latin-1").splitlines()[1:])
        try:
            length = int(headers.get("content-length", "0"))
        except ValueError as error:
            raise DocumentError(file, f"WARC record at byte {start}: bad Content-Length") from error
        block = raw[head_end.end() : head_end.end() + length]
        records.append((headers, block))
        at = head_end.end() + length
    return records


def _fields(lines: list[str]) -> dict[str, str]:
    """「Name: value」 header lines (a WARC record's, an HTTP reply's), by lower-case name."""
    found = {}
    for line in lines:
        name, _, value = line.partition(":")
        if value:
            found[name.strip().lower()] = value.strip()
    return found


def _http_reply(block: bytes) -> tuple[int, dict[str, str], bytes] | None:
    """The reply's status, its header fields and its body as sent (chunks joined, inflated)."""
    head_end = _HEAD_END.search(block)
    if head_end is None or not block.startswith(b"HTTP/"):
        return None
    head = block[: head_end.start()].decode("latin-1")
    status_line, *lines = head.splitlines()
    try:
        status = int(status_line.split()[1])
    except (IndexError, ValueError):
        return None
    fields = _fields(lines)
    body = block[head_end.end() :]
    if "chunked" in fields.get("transfer-encoding", "").lower():
        body = _dechunked(body)
    encoding = fields.get("content-encoding", "").lower()
    try:
        if encoding in ("gzip", "x-gzip"):
            body = gzip.decompress(body)
        elif encoding == "deflate":
            body = zlib.decompress(body)
    except (OSError, zlib.error):
        return None
    return status, fields, body


def _dechunked(body: bytes) -> bytes:
    out = bytearray()
    at = 0
    while at < len(body):
        line_end = body.find(b"\n", at)
        if line_end < 0:
            break
        size_text = body[at:line_end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            break
        if size == 0:
            break
        out += body[line_end + 1 : line_end + 1 + size]
        at = line_end + 1 + size
        at += 2 if body[at : at + 2] == b"\r\n" else 1 if body[at : at + 1] == b"\n" else 0
    return bytes(out)


def _body_text(fields: dict[str, str], body: bytes, uri: str, file: str) -> str:
    """A captured body as the reader reads its kind: a CSV as rows, else a page or text."""
    kind = fields.get("content-type", "").split(";")[0].strip().lower()
    charset = re.search(r"charset=\"?([\w.-]+)", fields.get("content-type", ""), re.IGNORECASE)
    text = decode_declared(body, charset.group(1) if charset else None, file)
    name = uri.split("?")[0]
    if kind in ("text/csv", "application/csv") or name.endswith(".csv"):
        return render_delimited(text, file, ",").text
    return page_text(text, file)
