"""The manifest: strict checks with messages that name the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.manifest import ManifestEntry, ManifestError, read_manifest
from loaders.resources import corpus_dir


def write(folder: Path, text: str, *, encoding: str = "utf-8", files: tuple[str, ...] = ()) -> Path:
    for name in files:
        (folder / name).write_text("本文\n", encoding="utf-8")
    path = folder / "manifest.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_corpus_manifest_lists_five_documents() -> None:
    entries = read_manifest(corpus_dir())
    assert len(entries) == 5
    assert entries[0] == ManifestEntry(
        "kashiwa-chiikizukuri-2017.txt",
        "122173",
        "柏市",
        "千葉県",
        corpus_dir() / "kashiwa-chiikizukuri-2017.txt",
    )


def test_a_csv_path_works_like_its_directory(tmp_path: Path) -> None:
    csv = write(
        tmp_path, "file,municipality_code,municipality\na.txt,122173,柏市\n", files=("a.txt",)
    )
    assert read_manifest(csv) == read_manifest(tmp_path)


def test_prefecture_is_optional(tmp_path: Path) -> None:
    write(tmp_path, "file,municipality_code,municipality\na.txt,122173,柏市\n", files=("a.txt",))
    assert read_manifest(tmp_path)[0].prefecture is None


def test_missing_column_is_named_with_the_columns_present(tmp_path: Path) -> None:
    write(tmp_path, "file,municipality\na.txt,柏市\n", files=("a.txt",))
    with pytest.raises(ManifestError) as caught:
        read_manifest(tmp_path)
    assert str(caught.value).endswith(
        "manifest.csv: missing column 'municipality_code' (has: file, municipality)"
    )


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    write(
        tmp_path, "\ufefffile,municipality_code,municipality\na.txt,122173,柏市\n", files=("a.txt",)
    )
    assert read_manifest(tmp_path)[0].file == "a.txt"


def test_shift_jis_manifest_from_a_spreadsheet_is_accepted(tmp_path: Path) -> None:
    write(
        tmp_path,
        "file,municipality_code,municipality\na.txt,122173,柏市\n",
        encoding="cp932",
        files=("a.txt",),
    )
    assert read_manifest(tmp_path)[0].municipality == "柏市"


def test_wrong_check_digit_names_the_line_and_expected_digit(tmp_path: Path) -> None:
    write(
        tmp_path,
        "file,municipality_code,municipality\na.txt,122173,柏市\nb.txt,122174,柏市\n",
        files=("a.txt", "b.txt"),
    )
    with pytest.raises(
        ManifestError,
        match=r"line 3: municipality_code '122174' has a wrong "
        r"check digit \(expected 3\)",
    ):
        read_manifest(tmp_path)


def test_a_code_that_is_not_six_digits_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, "file,municipality_code,municipality\na.txt,12217,柏市\n", files=("a.txt",))
    with pytest.raises(ManifestError, match="line 2: municipality_code '12217' is not a 6-digit"):
        read_manifest(tmp_path)


def test_a_listed_file_that_is_missing_is_named(tmp_path: Path) -> None:
    write(tmp_path, "file,municipality_code,municipality\nghost.txt,122173,柏市\n")
    with pytest.raises(ManifestError, match=r"line 2: listed file 'ghost\.txt' not found"):
        read_manifest(tmp_path)


def test_missing_files_are_allowed_when_not_required(tmp_path: Path) -> None:
    write(tmp_path, "file,municipality_code,municipality\nghost.txt,122173,柏市\n")
    assert read_manifest(tmp_path, require_files=False)[0].path == tmp_path / "ghost.txt"


def test_an_empty_municipality_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, "file,municipality_code,municipality\na.txt,122173,\n", files=("a.txt",))
    with pytest.raises(ManifestError, match="line 2: empty 'municipality'"):
        read_manifest(tmp_path)


def test_a_file_listed_twice_is_rejected(tmp_path: Path) -> None:
    write(
        tmp_path,
        "file,municipality_code,municipality\na.txt,122173,柏市\na.txt,122173,柏市\n",
        files=("a.txt",),
    )
    with pytest.raises(ManifestError, match=r"line 3: file 'a\.txt' is listed twice"):
        read_manifest(tmp_path)


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    write(
        tmp_path, "file,municipality_code,municipality\n\na.txt,122173,柏市\n\n", files=("a.txt",)
    )
    assert [e.file for e in read_manifest(tmp_path)] == ["a.txt"]


def test_an_empty_manifest_says_what_header_is_expected(tmp_path: Path) -> None:
    write(tmp_path, "")
    with pytest.raises(ManifestError, match="empty manifest: expected a header row"):
        read_manifest(tmp_path)


def test_a_directory_without_manifest_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no such manifest file"):
        read_manifest(tmp_path)
