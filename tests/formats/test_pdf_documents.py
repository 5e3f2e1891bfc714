"""PDF documents reach the same facts as their text versions (issue 14).

Each seed document of corpus/ and some real documents of tests/data/real-dev are printed as
PDFs at test time (tests/formats/pdf_documents.py: wrapped paragraphs, ruled tables, one or
two columns); ingesting a PDF must give exactly the contract-query rows its text gives.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from contract_rows import contract_rows, write_manifest
from pdf_documents import write_pdf

from loaders.resources import corpus_dir

ROOT = Path(__file__).resolve().parents[2]
REAL_DEV = ROOT / "tests" / "data" / "real-dev"


def _manifest_row(folder: Path, name: str) -> tuple[str, str, str, str]:
    with (folder / "manifest.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["file"] == name:
                return (name, row["municipality_code"], row["municipality"],
                        row.get("prefecture") or "")  # fmt: skip
    raise LookupError(name)


def _has_table(text: str) -> bool:
    return "\t" in text


SEEDS = sorted(p.name for p in corpus_dir().glob("*.txt"))
REAL = ["d-03-suita.txt", "p-07-nagano-shi.txt", "b-08-toyoake.txt"]
CASES = [("corpus", name, 1) for name in SEEDS] + [("real-dev", name, 1) for name in REAL]
CASES += [("corpus", "kashiwa-chiikizukuri-2017.txt", 2), ("real-dev", "d-03-suita.txt", 2)]
# An empty line that falls on a page break leaves no trace in a PDF: two tables of one kind
# then arrive as one, the second header as a body row (loaders.structure.tables drops it).
PARAMS = CASES


def _pair(tmp: Path, source: Path, name: str, columns: int) -> tuple[Path, Path]:
    text = (source / name).read_text(encoding="utf-8")
    as_text, as_pdf = tmp / "text", tmp / "pdf"
    for folder in (as_text, as_pdf):
        folder.mkdir()
    shutil.copy(source / name, as_text / name)
    pdf_name = Path(name).with_suffix(".pdf").name
    write_pdf(text, as_pdf / pdf_name, columns=columns, wide=_has_table(text))
    row = _manifest_row(source, name)
    write_manifest(as_text, [row])
    write_manifest(as_pdf, [(pdf_name, *row[1:])])
    return as_text, as_pdf


@pytest.mark.parametrize(("where", "name", "columns"), PARAMS)
def test_a_pdf_gives_the_rows_of_its_text(
    where: str, name: str, columns: int, tmp_path: Path
) -> None:
    source = corpus_dir() if where == "corpus" else REAL_DEV
    as_text, as_pdf = _pair(tmp_path, source, name, columns)
    pdf_name = Path(name).with_suffix(".pdf").name
    assert contract_rows(as_pdf, same_as={pdf_name: name}) == contract_rows(as_text, same_as={})


def test_the_cases_include_a_table_and_two_columns() -> None:
    texts = [(corpus_dir() if w == "corpus" else REAL_DEV) / n for w, n, _ in CASES]
    assert any(_has_table(p.read_text(encoding="utf-8")) for p in texts)
    assert any(columns == 2 for _, _, columns in CASES)
