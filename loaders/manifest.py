"""The corpus manifest: which municipality each document belongs to.

A document rarely says which city wrote it in a machine-readable way, so every document is
listed in a `manifest.csv` beside it (columns file, municipality_code, municipality and
optionally prefecture, url and retrieved: where and when a fetched file was downloaded).
Mistakes here would file facts under the wrong city, so the manifest is checked strictly and
every error names the file and line.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from dataclasses import dataclass
from pathlib import Path

from loaders.lg_code import check_digit, is_valid_lg_code

MANIFEST_NAME = "manifest.csv"
_NOT_IN_URL = re.compile(r'[\s<>"{}|\\^`]')
REQUIRED_COLUMNS = ("file", "municipality_code", "municipality")
OPTIONAL_COLUMNS = ("prefecture", "url", "retrieved")


@dataclass(frozen=True)
class ManifestEntry:
    """One document and the municipality it belongs to."""

    file: str  # the name as listed, used in IRIs and reports
    municipality_code: str
    municipality: str
    prefecture: str | None
    path: Path  # where the document is on disk
    url: str | None = None  # where it was published (the `url` column), kept as dcterms:source
    retrieved: str | None = None  # when `machikg fetch` downloaded it (ISO 8601 date-time)


class ManifestError(ValueError):
    """The manifest cannot be used; says which file, which line and why."""

    def __init__(self, file: str, problem: str, *, line: int | None = None) -> None:
        self.file = file
        self.problem = problem
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.file}: line {self.line}" if self.line is not None else self.file
        return f"{where}: {self.problem}"


def manifest_path(path: Path) -> Path:
    """The manifest file for `path`: the csv itself, or `manifest.csv` in a directory."""
    return path / MANIFEST_NAME if path.is_dir() else path


def read_manifest(path: Path, *, require_files: bool = True) -> list[ManifestEntry]:
    """Read and check a manifest (a directory holding manifest.csv, or the csv itself).

    With `require_files`, every listed document must exist beside the manifest.
    """
    csv_path = manifest_path(Path(path))
    name = str(csv_path)
    try:
        raw = csv_path.read_bytes()
    except FileNotFoundError:
        raise ManifestError(str(csv_path), "no such manifest file") from None
    except OSError as error:
        raise ManifestError(str(csv_path), f"cannot read: {error.strerror or error}") from None
    text = _decode(raw, name)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip() for c in reader.fieldnames or []]
    if not columns:
        raise ManifestError(
            name, "empty manifest: expected a header row with " + ", ".join(REQUIRED_COLUMNS)
        )
    reader.fieldnames = columns
    for column in REQUIRED_COLUMNS:
        if column not in columns:
            raise ManifestError(
                name, f"missing column '{column}' (has: {', '.join(c for c in columns if c)})"
            )
    entries: list[ManifestEntry] = []
    seen: dict[str, int] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue  # a blank line
            entry = _entry(row, csv_path.parent, name, line, require_files)
            if entry.file in seen:
                raise ManifestError(
                    name,
                    f"file {entry.file!r} is listed twice (first on line {seen[entry.file]})",
                    line=line,
                )
            seen[entry.file] = line
            entries.append(entry)
    except csv.Error as error:
        raise ManifestError(name, f"malformed CSV: {error}", line=reader.line_num) from None
    return entries


def _check_inside(file: str, path: Path, folder: Path, name: str, line: int) -> None:
    """A listed document must be a file inside the corpus folder: no absolute path, no `..`,
    no symbolic link that leads out (a manifest must not make machikg read /etc/passwd)."""
    pure = Path(file)
    absolute = file.startswith(("/", "\\")) or ":" in pure.parts[0]
    if pure.is_absolute() or absolute:
        raise ManifestError(name, f"listed file {file!r}: absolute paths are not allowed;"
                            " name it relative to the manifest's folder", line=line)  # fmt: skip
    if ".." in pure.parts or ".." in file.replace("\\", "/").split("/"):
        raise ManifestError(name, f"listed file {file!r}: '..' is not allowed; the documents "
                            "must lie inside the manifest's folder", line=line)  # fmt: skip
    try:
        inside = path.resolve().is_relative_to(folder.resolve())
    except OSError:
        inside = False
    if not inside:
        raise ManifestError(name, f"listed file {file!r} leads outside the manifest's folder "
                            "(a symbolic link?)", line=line)  # fmt: skip


def _decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) first; Japanese spreadsheets often save CP932."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ManifestError(name, "not UTF-8 or Shift_JIS (CP932) text")


def _entry(
    row: dict[str, str | None], folder: Path, name: str, line: int, require_files: bool
) -> ManifestEntry:
    if None in row:
        raise ManifestError(name, "more cells than header columns", line=line)
    values = {k: (v or "").strip() for k, v in row.items()}
    for column in REQUIRED_COLUMNS:
        if not values.get(column):
            raise ManifestError(name, f"empty '{column}'", line=line)
    code = values["municipality_code"]
    if not is_valid_lg_code(code):
        if len(code) == 6 and code.isascii() and code.isdigit():
            problem = (
                f"municipality_code {code!r} has a wrong check digit "
                f"(expected {check_digit(code[:5])})"
            )
        else:
            problem = f"municipality_code {code!r} is not a 6-digit local government code"
        raise ManifestError(name, problem, line=line)
    file = values["file"]
    path = folder / file
    _check_inside(file, path, folder, name, line)
    if require_files and not path.is_file():
        raise ManifestError(name, f"listed file {file!r} not found in {folder}", line=line)
    return ManifestEntry(
        file=file,
        municipality_code=code,
        municipality=values["municipality"],
        prefecture=values.get("prefecture") or None,
        path=path,
        url=_url(values.get("url") or None, name, line),
        retrieved=_retrieved(values.get("retrieved") or None, name, line),
    )


def _url(url: str | None, name: str, line: int) -> str | None:
    """An http(s) URL or nothing: the graph states it as the document's dcterms:source."""
    if url is None:
        return None
    if not url.lower().startswith(("http://", "https://")) or _NOT_IN_URL.search(url):
        raise ManifestError(name, f"url {url!r} is not an http(s) URL", line=line)
    return url


def _retrieved(value: str | None, name: str, line: int) -> str | None:
    if value is None:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ManifestError(
            name, f"retrieved {value!r} is not an ISO 8601 date-time", line=line
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.isoformat()
