"""Submissions kept under an id: the input as sent, its validation report, and what became of it.

A steward's submission is validated; without Violations it is stored as its own named graph
(`{base}/graph/submission/{id}`) holding its triples and its provenance — who sent it, when,
the file name and the checksum of the bytes — written in ONE Graph Store replacement, so the
store has all of it or none of it. Whatever the verdict, the input and the report are kept
here (one directory per id) so that `GET /submissions/{id}` and `machikg submissions show` can
say why a file was refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import secrets
import shutil
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import pyoxigraph as ox

from service.settings import Settings

Status = Literal["stored", "rejected", "failed", "pending"]
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
MK = "https://w3id.org/machikg/ontology#"
_ID = re.compile(r"^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}$")


@dataclass
class Record:
    """What is known about one submission (`meta.json` in its directory)."""

    id: str
    status: Status
    submitted_by: str
    submitted_at: str
    file_name: str
    media_type: str
    checksum: str
    size: int
    graph: str | None
    triples: int = 0
    violations: int = 0
    warnings: int = 0
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def new_id(now: dt.datetime | None = None) -> str:
    """Sortable by time, unguessable in its tail."""
    moment = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{moment}-{secrets.token_hex(4)}"


def checksum(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def graph_iri(base: str, submission_id: str) -> str:
    return f"{base.rstrip('/')}/graph/submission/{submission_id}"


def provenance_triples(record: Record) -> list[ox.Triple]:
    """The submission graph's statements about itself."""
    assert record.graph is not None
    graph = ox.NamedNode(record.graph)

    def lit(value: str, datatype: str | None = None) -> ox.Literal:
        return ox.Literal(value, datatype=ox.NamedNode(datatype) if datatype else None)

    return [
        ox.Triple(graph, ox.NamedNode(f"{PROV}wasAttributedTo"), lit(record.submitted_by)),
        ox.Triple(graph, ox.NamedNode(f"{DCT}creator"), lit(record.submitted_by)),
        ox.Triple(graph, ox.NamedNode(f"{DCT}created"),
                  lit(record.submitted_at, f"{XSD}dateTime")),
        ox.Triple(graph, ox.NamedNode(f"{DCT}identifier"), lit(record.file_name)),
        ox.Triple(graph, ox.NamedNode(f"{DCT}format"), lit(record.media_type)),
        ox.Triple(graph, ox.NamedNode(f"{MK}sourceChecksum"), lit(record.checksum)),
    ]


def submission_ntriples(triples: Iterable[ox.Triple], record: Record) -> bytes:
    """The graph to write: the submission's triples and its provenance, as N-Triples."""
    return ox.serialize([*triples, *provenance_triples(record)],
                        format=ox.RdfFormat.N_TRIPLES) or b""


def default_directory(settings: Settings) -> Path | None:
    """Where submissions are kept: the setting, or `submissions/` beside an on-disk store."""
    if settings.submissions_dir is not None:
        return settings.submissions_dir
    if settings.store_path is not None:
        return settings.store_path.parent / "submissions"
    return None


class Archive:
    """One directory per submission: `meta.json`, `input.<ext>`, `report.json`, `report.ttl`."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _dir(self, submission_id: str) -> Path:
        if not _ID.match(submission_id):
            raise KeyError(submission_id)
        return self.directory / submission_id

    def save(self, record: Record, data: bytes | None = None, extension: str = "",
             report_json: dict[str, Any] | None = None, report_ttl: str | None = None) -> None:
        """Write the record (and, the first time, its input and report); `meta.json` last and
        by rename, so a record is never read half written."""
        folder = self._dir(record.id)
        folder.mkdir(parents=True, exist_ok=True)
        if data is not None:
            (folder / f"input{extension}").write_bytes(data)
        if report_json is not None:
            (folder / "report.json").write_text(
                json.dumps(report_json, ensure_ascii=False, indent=1), encoding="utf-8")
        if report_ttl is not None:
            (folder / "report.ttl").write_text(report_ttl, encoding="utf-8")
        partial = folder / "meta.json.partial"
        partial.write_text(json.dumps(record.as_dict(), ensure_ascii=False, indent=1),
                           encoding="utf-8")
        os.replace(partial, folder / "meta.json")

    def get(self, submission_id: str) -> Record:
        try:
            meta = self._dir(submission_id) / "meta.json"
            return Record(**json.loads(meta.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            raise KeyError(submission_id) from None

    def report(self, submission_id: str) -> dict[str, Any] | None:
        path = self._dir(submission_id) / "report.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

    def report_turtle(self, submission_id: str) -> str | None:
        path = self._dir(submission_id) / "report.ttl"
        return path.read_text(encoding="utf-8") if path.exists() else None

    def input_path(self, submission_id: str) -> Path | None:
        found = sorted(self._dir(submission_id).glob("input*"))
        return found[0] if found else None

    def list(self) -> list[Record]:
        """Newest first."""
        if not self.directory.is_dir():
            return []
        records = []
        for folder in sorted(self.directory.iterdir(), reverse=True):
            if _ID.match(folder.name):
                try:
                    records.append(self.get(folder.name))
                except KeyError:
                    continue  # being written, or damaged: not listed
        return records

    def delete(self, submission_id: str) -> Record:
        record = self.get(submission_id)
        shutil.rmtree(self._dir(submission_id))
        return record
