"""A spreadsheet with no row under its header is refused with a clear message, never loaded
empty (issue 12: a CSV whose header row became the title, with nothing stored, exit 0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.formats.spreadsheet import read_delimited
from loaders.text.errors import DocumentError


def test_csv_with_a_header_only_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "projects.csv"
    path.write_text("事業名,年度,予算額,担当課\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="no data rows"):
        read_delimited(path)


def test_csv_with_one_row_is_read(tmp_path: Path) -> None:
    path = tmp_path / "projects.csv"
    rows = "事業名,年度,予算額,担当課\n見本事業,令和6年度,100千円,見本課\n"
    path.write_text(rows, encoding="utf-8")
    assert "見本事業" in read_delimited(path).text
