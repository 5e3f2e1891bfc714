"""Workbooks and CSV files give the rows their TSV export gives (issue 14)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from contract_rows import contract_rows, ingest_folder, write_manifest
from openpyxl import load_workbook
from workbooks import write_workbook

from loaders.formats import read_source
from loaders.resources import corpus_dir

SHEET = "niigata-gyoseikaikaku-26.txt"
SECOND = "kawasaki-gyozaiseikaikaku-chiikishakai.txt"
CITY = ("151009", "新潟市", "新潟県")


def _text(name: str) -> str:
    return (corpus_dir() / name).read_text(encoding="utf-8")


def _folder(tmp: Path, name: str, content: str | None = None) -> Path:
    folder = tmp / name.replace(".", "-")
    folder.mkdir()
    if content is not None:
        (folder / name).write_text(content, encoding="utf-8")
    write_manifest(folder, [(name, *CITY)])
    return folder


def test_the_rebuilt_workbook_has_merged_cells(tmp_path: Path) -> None:
    book = load_workbook(write_workbook({"改革": _text(SHEET)}, tmp_path / "x.xlsx"))
    assert len(book.active.merged_cells.ranges) >= 10


def test_a_reform_sheet_as_xlsx_gives_the_rows_of_its_tsv(tmp_path: Path) -> None:
    as_text = _folder(tmp_path, "sheet.txt", _text(SHEET))
    as_book = _folder(tmp_path, "sheet.xlsx")
    write_workbook({"改革": _text(SHEET)}, as_book / "sheet.xlsx")
    expected = contract_rows(as_text, same_as={})
    assert contract_rows(as_book, same_as={"sheet.xlsx": "sheet.txt"}) == expected
    assert expected["initiatives"]  # the sheet does state facts


def test_a_workbook_with_two_sheets_yields_both(tmp_path: Path) -> None:
    both = _folder(tmp_path, "both.txt", _text(SHEET) + "\n" + _text(SECOND))
    book = _folder(tmp_path, "both.xlsx")
    write_workbook({"一枚目": _text(SHEET), "二枚目": _text(SECOND)}, book / "both.xlsx")
    found = contract_rows(book, same_as={"both.xlsx": "both.txt"})
    assert found == contract_rows(both, same_as={})
    alone = contract_rows(_folder(tmp_path, "one.txt", _text(SHEET)), same_as={"one": "both"})
    assert found["initiatives"] > alone["initiatives"]


def test_evidence_names_the_sheet_and_cell_range(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "sheet.xlsx")
    write_workbook({"改革": _text(SHEET)}, folder / "sheet.xlsx")
    summary, store = ingest_folder(folder)
    try:
        assert summary.loaded == 1
        rows = list(store.select(
            "PREFIX mk: <https://w3id.org/machikg/ontology#> SELECT ?sheet ?range"
            " WHERE { ?e mk:sheetName ?sheet ; mk:cellRange ?range }"))  # fmt: skip
    finally:
        store.close()
    assert rows and {str(r["sheet"]) for r in rows} == {"改革"}
    assert any(":" in str(r["range"]) for r in rows)  # a merged cell is named as its range


def test_a_csv_export_gives_the_rows_of_its_tsv(tmp_path: Path) -> None:
    rows = [line.split("\t") for line in _text(SHEET).split("\n")]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    as_csv = _folder(tmp_path, "sheet.csv", out.getvalue())
    as_text = _folder(tmp_path, "sheet.txt", _text(SHEET))
    assert contract_rows(as_csv, same_as={"sheet.csv": "sheet.txt"}) == contract_rows(
        as_text, same_as={}
    )


def test_a_two_line_header_with_era_years_is_read_as_one(tmp_path: Path) -> None:
    book = tmp_path / "ind.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    sheet.append(["指標名", "令和5年度", None, "令和6年度", None])
    sheet.append([None, "目標", "実績", "目標", "実績"])
    sheet.append(["講座の参加者数", 100, 90, 110, None])
    for cells in ("A1:A2", "B1:C1", "D1:E1"):
        sheet.merge_cells(cells)
    wb.save(book)
    lines = read_source(book).text.splitlines()
    assert lines[0].split("\t") == ["指標名", "令和5年度 目標", "令和5年度 実績", "令和6年度 目標",
                                    "令和6年度 実績"]  # fmt: skip
    assert lines[1].split("\t") == ["講座の参加者数", "100", "90", "110"]
