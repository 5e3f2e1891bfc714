"""`machikg fetch`: download a list of a city's pages and files into a corpus folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from service.cli import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    CommandError,
    add_municipality_options,
    report_error,
    subcommand_parser,
)
from service.fetching import MAX_BYTES, FetchSettings, fetch, read_url_list

EXAMPLE = """\
  machikg fetch kashiwa-urls.txt --into corpus-kashiwa/ --municipality-code 122173 \\
      --municipality 柏市 --prefecture 千葉県
  machikg ingest corpus-kashiwa/

URLS.txt holds one URL a line (# starts a comment). Files go into DIR with a manifest.csv row
each (file, municipality_code, municipality, prefecture, url, retrieved); running the command
again fetches only what is not there yet. robots.txt is honoured and each host is asked one
request at a time, --delay seconds apart."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subcommand_parser(
        subparsers,
        "fetch",
        help="download a city's documents (URL list) into a corpus folder",
        description="Download the pages and files listed in URLS.txt into DIR and list them in"
        " DIR/manifest.csv, politely (robots.txt, one request at a time per host, a delay).",
        example=EXAMPLE,
    )
    parser.add_argument("urls", type=Path, metavar="URLS.txt", help="one URL a line")
    parser.add_argument("--into", type=Path, metavar="DIR", required=True,
                        help="the corpus folder to write")  # fmt: skip
    add_municipality_options(parser)
    parser.add_argument("--delay", type=float, default=1.0, metavar="SECONDS",
                        help="pause between two requests to one host (default 1)")  # fmt: skip
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="give up on a URL after this long (default 30)")  # fmt: skip
    parser.add_argument("--max-bytes", type=int, default=MAX_BYTES, metavar="N",
                        help=f"largest file to download (default {MAX_BYTES})")  # fmt: skip
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not (args.municipality_code and args.municipality):
        raise CommandError(None, "give --municipality-code and --municipality for the manifest")
    from loaders.lg_code import is_valid_lg_code

    if not is_valid_lg_code(args.municipality_code):
        raise CommandError(None, f"--municipality-code {args.municipality_code!r} is not a valid"
                           " 6-digit local government code")  # fmt: skip
    try:
        urls = read_url_list(args.urls)
    except OSError as error:
        raise CommandError(str(args.urls), error.strerror or str(error)) from None
    settings = FetchSettings(
        args.municipality_code, args.municipality, args.prefecture,
        delay=args.delay, timeout=args.timeout, max_bytes=args.max_bytes,
    )  # fmt: skip
    outcomes = fetch(urls, args.into, settings)
    for o in outcomes:
        if o.status == "failed":
            report_error(f"{o.url}: {o.message}")
        else:
            print(f"{o.status:8} {o.url} → {o.file or '-'} ({o.message})")
    counts = {s: sum(o.status == s for o in outcomes) for s in ("fetched", "skipped", "failed")}
    print(", ".join(f"{n} {s}" for s, n in counts.items()))
    return EXIT_BAD_INPUT if counts["failed"] else EXIT_OK
