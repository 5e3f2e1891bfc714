"""The README says what the code does: its score table and its commands are checked here."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from service.cli import build_parser
from service.scoring import score_table

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
GOLD = json.loads((ROOT / "tests" / "data" / "gold-seeds.json").read_text(encoding="utf-8"))


def readme_score_rows() -> dict[str, list[str]]:
    number, ratio = r"(\d+)", r"([\d.]+)"
    row = rf"^\| (\w+) \| {number} \| {number} \| {number} \| {ratio} \| {ratio} \| {ratio} \|$"
    rows = re.findall(row, README, re.MULTILINE)
    return {r[0]: list(r[1:]) for r in rows}


def test_readme_score_table_is_what_the_contract_queries_score(contract_query: Any) -> None:
    documented = readme_score_rows()
    assert set(documented) == set(GOLD["tables"])
    for table, spec in GOLD["tables"].items():
        s = score_table(table, spec["columns"], spec["rows"], contract_query(table))
        measured = [str(s.gold), str(s.true_positive_gold), str(s.predicted),
                    f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"]  # fmt: skip
        assert documented[table] == measured, table


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
