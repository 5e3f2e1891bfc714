"""A crawler's WARC archive (`wget --warc-file`): read as the pages and files it captured —
each response's body de-chunked and decoded by its charset, a page's main text and a CSV's
rows — and not the crawler's requests, metadata or robots.txt. An archive that captured
nothing is an error naming the file. Fictional example."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.formats import read_source
from loaders.text.errors import DocumentError


def _record(kind: str, uri: str, block: bytes) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: application/http;msgtype={kind}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode("ascii")
    return head + block + b"\r\n\r\n"


def _chunked(body: bytes) -> bytes:
    half = len(body) // 2
    parts = [body[:half], body[half:]]
    return b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in parts) + b"0\r\n\r\n"


_PAGE = "<html><body><main><h1>架空市 実施計画</h1><p>計画事業の一覧です。</p></main></body></html>"
_CSV = '施策番号,事業名,担当課,令和8年度\r\n1-1,架空支援事業,架空課,"18,400"\r\n'


def _archive() -> bytes:
    page = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=Shift_JIS\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n" + _chunked(_PAGE.encode("cp932"))
    )
    csv = b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\n\r\n" + _CSV.encode("cp932")
    robots = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nUser-agent: *\r\n"
    return (
        b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 9\r\n\r\nsoftware:\r\n\r\n"
        + _record("request", "https://example.jp/p.html", b"GET /p.html HTTP/1.1\r\n\r\n")
        + _record("response", "https://example.jp/p.html", page)
        + _record("response", "https://example.jp/robots.txt", robots)
        + _record("response", "https://example.jp/list.csv", csv)
    )


def test_the_captured_page_and_file_are_the_text(tmp_path: Path) -> None:
    archive = tmp_path / "x.warc"
    archive.write_bytes(_archive())
    text = read_source(archive).text
    assert "架空市 実施計画" in text and "計画事業の一覧です。" in text
    assert "1-1\t架空支援事業\t架空課\t18,400" in text


def test_the_crawlers_own_records_are_not(tmp_path: Path) -> None:
    archive = tmp_path / "x.warc"
    archive.write_bytes(_archive())
    text = read_source(archive).text
    assert "GET /p.html" not in text and "User-agent" not in text


def test_an_archive_that_captured_nothing_is_an_error(tmp_path: Path) -> None:
    archive = tmp_path / "empty.warc"
    archive.write_bytes(b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 2\r\n\r\nx\n\r\n\r\n")
    with pytest.raises(DocumentError, match=r"empty\.warc"):
        read_source(archive)
