"""`machikg submissions list/show/delete`: the submissions the service kept (issue 12)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from service.cli import EXIT_OK, CommandError, settings_from_args, subcommand_parser
from service.submissions import Archive, default_directory

EXAMPLE = """\
  machikg submissions list
      every submission, newest first: id, status (stored/rejected/failed), who, file
  machikg submissions show 20250101T120000Z-1a2b3c4d --lang en
      its record and validation report
  machikg submissions delete 20250101T120000Z-1a2b3c4d
      forget it (a stored graph stays: remove it with DELETE /submissions/{id} or /store)"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subcommand_parser(
        subparsers, "submissions", help="list, show or delete kept submissions",
        description="Submissions sent to POST /submissions, kept with their input and report"
        " in $MACHIKG_SUBMISSIONS (default: submissions/ beside the store).", example=EXAMPLE)
    parser.add_argument("action", choices=("list", "show", "delete"))
    parser.add_argument("id", nargs="?", help="the submission's id (show, delete)")
    parser.add_argument("--submissions", type=Path, metavar="DIR",
                        help="where submissions are kept (default: beside the store)")
    parser.add_argument("--lang", choices=("ja", "en"), default="ja")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    directory = args.submissions or default_directory(settings_from_args(args))
    if directory is None:
        raise CommandError(None, "an in-memory store keeps no submissions; give --submissions")
    archive = Archive(directory)
    if args.action == "list":
        for record in archive.list():
            print(f"{record.id}\t{record.status}\t{record.submitted_by}\t{record.file_name}\t"
                  f"{record.violations}\t{record.graph or ''}")
        return EXIT_OK
    if not args.id:
        raise CommandError(None, f"`submissions {args.action}` needs the submission's id")
    try:
        if args.action == "delete":
            record = archive.delete(args.id)
            print(f"deleted {record.id}" + (f" (its graph <{record.graph}> is still stored)"
                                            if record.graph else ""))
            return EXIT_OK
        record = archive.get(args.id)
    except KeyError:
        raise CommandError(None, f"no submission {args.id!r} in {directory}") from None
    report = archive.report(args.id)
    if report is not None:
        for problem in report.get("problems", []):
            problem["message"] = problem.get(f"message_{args.lang}", problem.get("message"))
    print(json.dumps(record.as_dict() | {"report": report}, ensure_ascii=False, indent=2))
    return EXIT_OK
