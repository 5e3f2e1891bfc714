"""Excel's DIF save (.dif): a sheet as value pairs (a type line, a value line), each row
opened by 「-1,0 / BOT」 and the data closed by 「-1,0 / EOD」, read as the rows it saves; a
file with no rows is an error that names it. Fictional example."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.formats import read_source
from loaders.text.errors import DocumentError

_HEAD = 'TABLE\n0,1\n"EXCEL"\nVECTORS\n0,3\n""\nTUPLES\n0,3\n""\nDATA\n0,0\n""\n'


def _row(*values: str | float) -> str:
    cells = "".join(
        f"0,{v}\nV\n" if isinstance(v, (int, float)) else f'1,0\n"{v}"\n' for v in values
    )
    return f"-1,0\nBOT\n{cells}"


_SHEET = (
    _HEAD
    + _row("架空市 実施計画（単位：千円）")
    + _row("計画事業", "担当課", "令和8年度")
    + _row("架空広場整備事業", "架空公園課", 1.2345e4)
    + _row('架空"ふれあい"事業', "架空福祉課", 980)
    + "-1,0\nEOD\n"
)


def _read(tmp_path: Path, text: str) -> str:
    sheet = tmp_path / "x.dif"
    sheet.write_bytes(text.encode("cp932"))
    return read_source(sheet).text


def test_value_pairs_read_as_the_rows_they_save(tmp_path: Path) -> None:
    lines = _read(tmp_path, _SHEET).splitlines()
    assert "計画事業\t担当課\t令和8年度" in lines
    assert "架空広場整備事業\t架空公園課\t12345" in lines  # no exponent, no 「.0」
    assert '架空"ふれあい"事業\t架空福祉課\t980' in lines


def test_a_dif_file_without_rows_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"x\.dif"):
        _read(tmp_path, _HEAD + "-1,0\nEOD\n")
