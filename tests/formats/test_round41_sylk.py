"""Excel's SYLK save (.slk): a sheet as cell records (`C;Y<row>;X<column>;K<value>`, the row
carried over when left out, 「ESC :」 breaking a cell's line) read as the rows it saves; a
file of no cell records is an error that names it. Fictional example."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.formats import read_source
from loaders.text.errors import DocumentError

_SHEET = (
    "ID;PWXL;N;E\n"
    "P;PGeneral\n"
    "F;W1 1 5\n"
    'C;Y1;X1;K"架空市行財政改革　取組状況一覧"\n'
    'C;Y2;X1;K"No."\n'
    'C;X2;K"取組項目"\n'
    'C;X3;K"基準値\x1b :（Ｒ５）"\n'
    'C;X4;K"評価;;Ｒ７"\n'
    "C;Y3;X1;K1\n"
    'C;X2;K"架空収納率の向上"\n'
    "C;X3;K98.62\n"
    'C;X4;K"Ａ"\n'
    "E\n"
)


def _read(tmp_path: Path, text: str) -> str:
    sheet = tmp_path / "x.slk"
    sheet.write_bytes(text.encode("cp932"))
    return read_source(sheet).text


def test_cell_records_read_as_the_rows_they_save(tmp_path: Path) -> None:
    text = _read(tmp_path, _SHEET)
    assert "No.\t取組項目\t基準値（Ｒ５）\t評価;Ｒ７" in text
    assert "1\t架空収納率の向上\t98.62\tＡ" in text


def test_a_sheet_of_no_cell_records_is_an_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"x\.slk"):
        _read(tmp_path, "ID;PWXL;N;E\nE\n")
