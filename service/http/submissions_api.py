"""Validation and submissions over HTTP (issue 12).

- `POST /validate` — anyone: the body (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML or
  a CSV template) checked against the shapes, the report in the language of
  `Accept-Language` (or `?lang=`), as JSON or (`Accept: text/turtle`, `?format=ttl`) the
  SHACL report in RDF. Too large → 413 before the body is read; unknown type → 415;
  unreadable → 400 naming the line.
- `POST /submissions` — a steward's or the admin's token: validated the same way; without
  Violations stored as its own named graph with its provenance, in one write → 201 with the
  graph IRI; otherwise 422 with the report. Input and report are kept under an id either way
  (`GET /submissions`, `GET /submissions/{id}`, `DELETE /submissions/{id}` for the admin).
- Graph Store writes (`PUT`/`POST /store`) go through `check_store_write`: a non-conforming
  graph is refused 422 with its report unless the admin adds `?force=true`.

Validation runs in worker threads (at most VALIDATIONS at once, so a burst of uploads cannot
take all memory); what the store already knows is asked of the store host.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response

from loaders.resources import shapes_dir
from service import submissions
from service.http.app import read_body
from service.http.auth import require_admin, require_steward
from service.http.resource_pages import select_rows
from service.http.sparql_protocol import ProtocolError
from service.http.store_host import StoreHost
from service.settings import Settings
from service.shacl.check import validate_triples
from service.shacl.rdf_input import InputError
from service.shacl.report import Lang, Report
from service.shacl.submission_input import (
    Submission,
    SubmissionFormat,
    UnsupportedFormat,
    extension,
    format_for,
    media_type,
    read_submission,
)

VALIDATIONS = 2
FORM = Path(__file__).parent / "templates" / "validate.html"
TURTLE = "text/turtle"
WRITE_TIMEOUT_S = 24 * 3600.0


class InputRefused(Exception):
    """A body that cannot be read: answered 400 with the line, in both languages."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


class NotConforming(Exception):
    """A write refused because its data has Violations: answered 422 with the report."""

    def __init__(self, report: Report, extra: dict[str, Any] | None = None) -> None:
        super().__init__("the data does not conform to the shapes")
        self.report = report
        self.extra = extra or {}


def report_language(request: Request) -> Lang:
    """`?lang=` first, then the first of ja/en in Accept-Language by q; Japanese otherwise."""
    asked = request.query_params.get("lang")
    if asked in ("ja", "en"):
        return asked  # type: ignore[return-value]
    best: tuple[float, Lang] | None = None
    for item in request.headers.get("accept-language", "").split(","):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in ("ja", "en"):
            continue
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0 and (best is None or q > best[0]):
            best = (q, primary)  # type: ignore[assignment]
    return best[1] if best else "ja"


def wants_turtle(request: Request) -> bool:
    if request.query_params.get("format") in ("ttl", "turtle"):
        return True
    accept = request.headers.get("accept", "")
    return TURTLE in accept and "application/json" not in accept


def report_response(request: Request, report: Report, status: int = 200,
                    extra: dict[str, Any] | None = None) -> Response:
    """The report as JSON (with `extra` fields), or as the SHACL report in Turtle."""
    headers = {"Vary": "Accept, Accept-Language", "Content-Language": report_language(request)}
    if wants_turtle(request):
        body = report.to_rdf().serialize(format="turtle")
        return Response(body, status_code=status, media_type=f"{TURTLE}; charset=utf-8",
                        headers=headers)
    lang = report_language(request)
    return JSONResponse({**(extra or {}), **report.to_json(lang)}, status_code=status,
                        headers=headers)


def input_error_response(request: Request, error: InputError) -> Response:
    lang = report_language(request)
    return JSONResponse(
        {"error": error.message(lang), "message_ja": error.message("ja"),
         "message_en": error.message("en"), "line": error.line, "column": error.column},
        status_code=400,
        headers={"Content-Language": lang},
    )


class HostLookups:
    """`Store.select` for `check.context_types`, answered by the store host (called from a
    worker thread)."""

    def __init__(self, host: StoreHost, timeout_s: float) -> None:
        self.host = host
        self.timeout_s = timeout_s

    def select(self, sparql: str) -> list[dict[str, str | None]]:
        rows = anyio.from_thread.run(select_rows, self.host, sparql, self.timeout_s)
        return [{"s": row.get("s", {}).get("value"), "t": row.get("t", {}).get("value")}
                for row in rows]


class Validator:
    """Reads and validates bodies for every route of this module."""

    def __init__(self, settings: Settings, host: StoreHost) -> None:
        self.settings = settings
        self.host = host
        self.limiter = anyio.CapacityLimiter(VALIDATIONS)

    async def validate(self, data: bytes, fmt: SubmissionFormat, *,
                       base_iri: str | None = None) -> tuple[Submission, Report]:
        lookups = HostLookups(self.host, self.settings.query_timeout_s)

        def run() -> tuple[Submission, Report]:
            submission = read_submission(data, fmt, base=self.settings.base, base_iri=base_iri)
            report = validate_triples(submission.parsed, store=lookups,  # type: ignore[arg-type]
                                      base=self.settings.base, position=submission.position)
            return submission, report

        try:
            return await anyio.to_thread.run_sync(run, limiter=self.limiter)
        except InputError as error:
            raise InputRefused(error) from None


def body_format(request: Request) -> SubmissionFormat:
    try:
        return format_for(request.headers.get("content-type"), file_name(request))
    except UnsupportedFormat as error:
        raise ProtocolError(415, str(error)) from None


def file_name(request: Request) -> str:
    """The uploaded file's name: `?filename=` or Content-Disposition's filename."""
    name = request.query_params.get("filename")
    if not name:
        disposition = request.headers.get("content-disposition", "")
        for part in disposition.split(";"):
            key, _, value = part.strip().partition("=")
            if key.lower() == "filename":
                name = value.strip().strip('"')
    return (name or "").replace("/", "_").replace("\\", "_")[:200] or "upload"


def is_forced(request: Request) -> bool:
    return request.query_params.get("force", "").lower() in ("true", "1", "yes")


async def check_store_write(request: Request, validator: Validator, data: bytes,
                            media_type: str, graph: str | None, base_iri: str) -> None:
    """Graph Store writes validate like submissions: Violations → NotConforming (422), unless
    `?force=true` (the route has already checked the admin token). An empty body or one that
    does not parse is left to the store host, which answers it as before."""
    if is_forced(request) or not data.strip():
        return
    try:
        fmt = format_for(media_type)
    except UnsupportedFormat:
        return
    try:
        _submission, report = await validator.validate(data, fmt, base_iri=base_iri)
    except InputRefused as refused:
        if "empty" in refused.error.message_en:
            return
        raise
    if not report.conforms:
        raise NotConforming(report, {"graph": graph, "hint": "fix the data, or (admin) add"
                                     " ?force=true to store it anyway"})


def install(app: FastAPI, settings: Settings, host: StoreHost) -> Validator:
    """Add the routes; returns the validator the Graph Store route shares."""
    validator = Validator(settings, host)
    directory = submissions.default_directory(settings)
    if directory is None:  # an in-memory store: submissions live as long as the service
        directory = Path(tempfile.mkdtemp(prefix="machikg-submissions-"))
    archive = submissions.Archive(directory)
    app.state.validator = validator
    app.state.submissions = archive

    @app.exception_handler(InputRefused)
    async def refused(request: Request, error: InputRefused) -> Response:
        return input_error_response(request, error.error)

    @app.exception_handler(NotConforming)
    async def not_conforming(request: Request, error: NotConforming) -> Response:
        return report_response(request, error.report, 422, error.extra)

    @app.get("/validate", response_class=HTMLResponse)
    async def form() -> HTMLResponse:
        """The upload form (scripts and styles from /static: the strict CSP holds)."""
        return HTMLResponse(FORM.read_text(encoding="utf-8"))

    @app.get("/validate/templates/{name}", response_model=None)
    async def template_file(name: str) -> Response:
        """The CSV templates and their samples, as in shapes/templates/."""
        folder = shapes_dir() / "templates"
        path = folder / name
        if path.suffix != ".csv" or path.parent != folder or not path.is_file():
            raise ProtocolError(404, f"no template {name!r}")
        return FileResponse(path, media_type="text/csv; charset=utf-8", filename=name)

    @app.post("/validate", response_model=None)
    async def validate(request: Request) -> Response:
        """Validate an upload; nothing is stored."""
        fmt = body_format(request)
        data = await read_body(request, settings.max_submission_bytes)
        _submission, report = await validator.validate(data, fmt)
        return report_response(request, report)

    @app.post("/submissions", response_model=None)
    async def submit(request: Request) -> Response:
        """Validate, then store as its own graph (201) or keep with its report (422)."""
        who = require_steward(request, settings.admin_token, settings.steward_tokens)
        fmt = body_format(request)
        data = await read_body(request, settings.max_submission_bytes)
        submission_id = submissions.new_id()
        record = submissions.Record(
            id=submission_id, status="pending", submitted_by=who,
            submitted_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            file_name=file_name(request),
            media_type=media_type(fmt),
            checksum=submissions.checksum(data), size=len(data), graph=None)
        try:
            submission, report = await validator.validate(data, fmt)
        except InputRefused as refused:
            record.status, record.error = "rejected", str(refused.error)
            archive.save(record, data, extension(fmt))
            raise
        record.triples, record.violations = report.triples, report.violations
        record.warnings = report.warnings
        report_ttl = report.to_rdf().serialize(format="turtle")
        if not report.conforms:
            record.status = "rejected"
            archive.save(record, data, extension(fmt), report.to_json("ja"), report_ttl)
            return report_response(request, report, 422,
                                   {"id": submission_id, "status": record.status})
        record.graph = submissions.graph_iri(settings.base, submission_id)
        archive.save(record, data, extension(fmt), report.to_json("ja"), report_ttl)
        payload = submissions.submission_ntriples(submission.parsed.triples, record)
        try:
            answer = await host.request(
                "graph_put",
                {"graph": record.graph, "media_type": "application/n-triples", "data": payload,
                 "base_iri": record.graph},
                timeout_s=WRITE_TIMEOUT_S,
            )
            await answer.body()
        except Exception as error:
            # the write is one transaction: the graph is there whole or not at all
            if not await _graph_exists(host, record.graph, settings.query_timeout_s):
                record.status, record.error, record.graph = "failed", str(error), None
                archive.save(record)
                raise
        record.status = "stored"
        archive.save(record)
        return report_response(request, report, 201,
                               {"id": submission_id, "status": "stored", "graph": record.graph})

    @app.get("/submissions", response_model=None)
    async def list_submissions(request: Request) -> Response:
        require_steward(request, settings.admin_token, settings.steward_tokens)
        return JSONResponse({"submissions": [r.as_dict() for r in archive.list()]})

    @app.get("/submissions/{submission_id}", response_model=None)
    async def show_submission(request: Request, submission_id: str) -> Response:
        """The record with its report; `?part=input` the file as sent, `?format=ttl` the
        SHACL report."""
        require_steward(request, settings.admin_token, settings.steward_tokens)
        try:
            record = archive.get(submission_id)
        except KeyError:
            raise ProtocolError(404, f"no submission {submission_id!r}") from None
        if request.query_params.get("part") == "input":
            path = archive.input_path(submission_id)
            if path is None:
                raise ProtocolError(404, "the input of this submission was not kept")
            return FileResponse(path, media_type="application/octet-stream",
                                filename=f"{submission_id}-{record.file_name}")
        if wants_turtle(request):
            text = archive.report_turtle(submission_id)
            if text is None:
                raise ProtocolError(404, "this submission has no validation report")
            return Response(text, media_type=f"{TURTLE}; charset=utf-8")
        return JSONResponse(record.as_dict() | {"report": archive.report(submission_id)})

    @app.delete("/submissions/{submission_id}", response_model=None)
    async def delete_submission(request: Request, submission_id: str) -> Response:
        """The admin removes a submission: its record and, if stored, its graph."""
        require_admin(request, settings.admin_token)
        try:
            record = archive.get(submission_id)
        except KeyError:
            raise ProtocolError(404, f"no submission {submission_id!r}") from None
        if record.graph is not None:
            answer = await host.request("graph_delete", {"graph": record.graph},
                                        timeout_s=WRITE_TIMEOUT_S)
            try:
                await answer.body()
            except Exception as error:
                if getattr(error, "status", None) != 404:
                    raise
        archive.delete(submission_id)
        return Response(status_code=204)

    return validator



async def _graph_exists(host: StoreHost, graph: str, timeout_s: float) -> bool:
    """Whether a write whose answer was lost (its host killed) committed after all."""
    try:
        rows = await select_rows(host, f"SELECT ?g WHERE {{ GRAPH ?g {{}} FILTER(?g = <{graph}>) }}"
                                 , timeout_s)
    except Exception:
        return False
    return bool(rows)
