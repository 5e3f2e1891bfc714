"""Manifest paths stay inside the corpus folder (issue 11, finding 6: a row
`../../../../etc/passwd` or `/etc/passwd` was read, stored and served over SPARQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.manifest import ManifestError, read_manifest

HEADER = "file,municipality_code,municipality,prefecture\n"


def _manifest(folder: Path, file: str) -> Path:
    (folder / "manifest.csv").write_text(HEADER + f"{file},122173,柏市,千葉県\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("file", ["../../../../etc/passwd", "/etc/passwd", "sub/../../x.txt",
                                  "..\\\\x.txt", "C:\\\\x.txt"])  # fmt: skip
def test_path_leaving_the_corpus_folder_is_refused(tmp_path: Path, file: str) -> None:
    with pytest.raises(ManifestError) as raised:
        read_manifest(_manifest(tmp_path, file), require_files=False)
    assert "line 2" in str(raised.value)


def test_symbolic_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("秘密", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "doc.txt").symlink_to(outside)
    with pytest.raises(ManifestError, match="outside"):
        read_manifest(_manifest(corpus, "doc.txt"))


def test_file_in_a_subfolder_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "doc.txt").write_text("令和6年度", encoding="utf-8")
    entries = read_manifest(_manifest(tmp_path, "sub/doc.txt"))
    assert entries[0].path == tmp_path / "sub" / "doc.txt"
