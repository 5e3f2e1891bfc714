"""A PDF that cannot be read says why, and the rest of the corpus still loads (issue 14)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from contract_rows import ingest_folder, write_manifest
from pdf_documents import write_encrypted_pdf, write_pdf, write_scanned_pdf

from loaders.formats import read_source
from loaders.resources import corpus_dir
from loaders.text.errors import DocumentError

SEED = "kawasaki-kihonshisaku-VII-1-2.txt"
CITY = ("141305", "川崎市", "神奈川県")


def test_a_page_without_a_text_layer_is_named(tmp_path: Path) -> None:
    pdf = write_scanned_pdf(tmp_path / "scan.pdf", text_pages=2)
    with pytest.raises(DocumentError, match=r"scan\.pdf: page 3 has no text layer"):
        read_source(pdf)


def test_an_encrypted_pdf_is_refused_clearly(tmp_path: Path) -> None:
    pdf = write_encrypted_pdf("本文", tmp_path / "locked.pdf")
    with pytest.raises(DocumentError, match=r"locked\.pdf: encrypted PDF"):
        read_source(pdf)


def test_a_corrupt_pdf_is_refused_clearly(tmp_path: Path) -> None:
    good = write_pdf("本文の一行", tmp_path / "good.pdf").read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good[: len(good) // 3])
    with pytest.raises(DocumentError, match=r"broken\.pdf: not a readable PDF"):
        read_source(broken)


def test_the_rest_of_the_corpus_loads_beside_bad_pdfs(tmp_path: Path) -> None:
    shutil.copy(corpus_dir() / SEED, tmp_path / SEED)
    write_scanned_pdf(tmp_path / "scan.pdf")
    write_encrypted_pdf("本文", tmp_path / "locked.pdf")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<\n")
    write_manifest(tmp_path, [(name, *CITY) for name in (SEED, "scan.pdf", "locked.pdf",
                                                         "broken.pdf")])  # fmt: skip
    summary, store = ingest_folder(tmp_path)
    store.close()
    status = {o.file: o.status for o in summary.outcomes if o.file.endswith((".pdf", ".txt"))}
    assert status == {SEED: "loaded", "scan.pdf": "failed", "locked.pdf": "failed",
                      "broken.pdf": "failed"}  # fmt: skip
    messages = " ".join(o.message or "" for o in summary.outcomes)
    assert "page 2 has no text layer" in messages and "encrypted PDF" in messages


def test_pdf_evidence_names_the_page(tmp_path: Path) -> None:
    text = (corpus_dir() / SEED).read_text(encoding="utf-8")
    write_pdf(text, tmp_path / "doc.pdf")
    write_manifest(tmp_path, [("doc.pdf", *CITY)])
    summary, store = ingest_folder(tmp_path)
    try:
        assert summary.loaded == 1
        pages = {int(row["page"]) for row in store.select(
            "PREFIX mk: <https://w3id.org/machikg/ontology#> "
            "SELECT ?page WHERE { ?e a mk:Evidence ; mk:pageNumber ?page }")}  # fmt: skip
    finally:
        store.close()
    assert pages and min(pages) == 1 and max(pages) >= 2
