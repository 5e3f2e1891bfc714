"""A LibreOffice sheet (.fods flat XML, .ods zip) reads as the rows its TSV export gives:
repeated and spanned cells in their columns, the sheet's empty tail dropped (fictional
figures)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from loaders.formats import read_source
from loaders.text.errors import DocumentError

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _cell(text: str, extra: str = "") -> str:
    return f"<table:table-cell {extra}><text:p>{text}</text:p></table:table-cell>"


_ROWS = (
    "<table:table-row>" + _cell("架空村 会計別当初予算額") + "</table:table-row>"
    "<table:table-row>"
    + _cell("会計名")
    + _cell("令和7年度当初")
    + _cell("令和6年度当初")
    + "</table:table-row>"
    "<table:table-row>"
    + _cell("一般会計")
    + _cell("2,418,600", 'office:value-type="float"')
    + _cell("2,356,100")
    + "</table:table-row>"
    "<table:table-row>" + _cell("架空特別会計") + "<table:table-cell table:number-columns-"
    'repeated="2"><text:p>0</text:p></table:table-cell></table:table-row>'
    '<table:table-row table:number-rows-repeated="1048570"><table:table-cell/></table:table-row>'
)
_BODY = (
    '<office:body><office:spreadsheet><table:table table:name="予算">'
    + _ROWS
    + "</table:table></office:spreadsheet></office:body>"
)
_FLAT = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS} '
    'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
    + _BODY
    + "</office:document>"
)
_EXPECTED = [
    "架空村 会計別当初予算額",
    "会計名\t令和7年度当初\t令和6年度当初",
    "一般会計\t2,418,600\t2,356,100",
    "架空特別会計\t0\t0",
]


def test_a_flat_opendocument_sheet_reads_as_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "sheet.fods"
    path.write_text(_FLAT, encoding="utf-8")
    assert read_source(path).text.splitlines() == _EXPECTED


def test_an_ods_workbook_reads_as_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "sheet.ods"
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("content.xml", content + _BODY + "</office:document-content>")
    source = read_source(path)
    assert source.text.splitlines() == _EXPECTED
    at = source.text.index("2,418,600")
    location = source.map.locate(at, at + len("2,418,600"))
    assert location is not None and (location.sheet, location.cell_range) == ("予算", "B3")


def test_a_broken_ods_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "broken.ods"
    path.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(DocumentError, match=r"broken\.ods.*not a readable \.ods"):
        read_source(path)
