"""The README says what the code does: its commands and query files are checked here (its score
tables by test_readme_scores.py)."""

from __future__ import annotations

import re
from pathlib import Path

from service.cli import build_parser

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_machikg_command_in_the_readme_exists() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    code = "\n".join(re.findall(r"```sh\n(.*?)```", README, re.DOTALL))
    used = set(re.findall(r"machikg (\w+)", code))
    assert {"ingest", "serve", "query"} <= used
    assert used <= set(subparsers.choices), used - set(subparsers.choices)


def test_every_query_file_named_in_the_readme_exists() -> None:
    for name in re.findall(r"queries/(\w+\.rq)", README):
        assert (ROOT / "queries" / name).is_file(), name
