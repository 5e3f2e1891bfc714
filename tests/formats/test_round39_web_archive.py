"""A single-file web page (Word's 「単一ファイル Web ページ」, .mht) is a MIME message whose HTML
part is quoted-printable Shift_JIS: the page is read as any saved page is; an archive with no
HTML part is refused with a clear error. Fictional examples."""

from __future__ import annotations

import quopri
from pathlib import Path

import pytest

from loaders.formats import read_source
from loaders.text.errors import DocumentError

_HTML = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'
    "</head><body><h1>令和８年度当初予算案の概要</h1>"
    "<table><tr><td>会計区分</td><td>令和８年度</td></tr>"
    "<tr><td>一般会計</td><td>①682,415,000</td></tr></table></body></html>"
)


def _archive(html_part: bytes, content_type: str = 'text/html; charset="shift_jis"') -> bytes:
    return (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_X"\r\n'
        b"\r\n" + "このドキュメントは単一ファイル Web ページです。".encode("cp932") + b"\r\n\r\n"
        b"------=_NextPart_X\r\nContent-Location: file:///C:/x/page.htm\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n"
        + f"Content-Type: {content_type}\r\n\r\n".encode()
        + html_part
        + b"\r\n------=_NextPart_X--\r\n"
    )


def test_the_html_part_of_a_web_archive_is_read_as_its_page(tmp_path: Path) -> None:
    page = tmp_path / "gaiyo.mht"
    page.write_bytes(_archive(quopri.encodestring(_HTML.encode("cp932"))))
    text = read_source(page).text
    assert "令和８年度当初予算案の概要" in text and "①682,415,000" in text
    assert "一般会計" in text and "MIME-Version" not in text


def test_an_archive_without_an_html_part_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "empty.mht"
    page.write_bytes(_archive(b"plain words", content_type="text/plain"))
    with pytest.raises(DocumentError, match="no HTML part"):
        read_source(page)
