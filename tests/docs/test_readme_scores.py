"""The README's score tables are what the contract queries score, on the three corpora side
by side (bundled seeds, real pages of other cities, held-out documents), with the per-genre
parsers (the default) and with the layout-agnostic recognisers alone."""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from service.cli import settings_from_args
from service.commands.score import corpus_store, query_runner
from service.scoring import TableScore, score_all

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CORPORA = {
    "seeds": (ROOT / "tests/data/gold-seeds.json", ROOT / "corpus"),
    "real pages": (ROOT / "tests/data/real-dev/gold.json", ROOT / "tests/data/real-dev"),
    "held-out": (ROOT / "tests/data/heldout/gold.json", ROOT / "tests/data/heldout"),
    "composed": (ROOT / "tests/data/composed/gold.json", ROOT / "tests/data/composed"),
    "composed 2": (
        ROOT / "tests/data/composed-blind/gold.json",
        ROOT / "tests/data/composed-blind",
    ),
    "composed 3": (
        ROOT / "tests/data/composed-estimate/gold.json",
        ROOT / "tests/data/composed-estimate",
    ),
    "composed 4": (
        ROOT / "tests/data/composed-fresh/gold.json",
        ROOT / "tests/data/composed-fresh",
    ),
    "composed 5": (
        ROOT / "tests/data/composed-fresh-2/gold.json",
        ROOT / "tests/data/composed-fresh-2",
    ),
    "composed 6": (
        ROOT / "tests/data/composed-fresh-3/gold.json",
        ROOT / "tests/data/composed-fresh-3",
    ),
    "composed 7": (
        ROOT / "tests/data/composed-fresh-4/gold.json",
        ROOT / "tests/data/composed-fresh-4",
    ),
    "composed 8": (
        ROOT / "tests/data/composed-fresh-5/gold.json",
        ROOT / "tests/data/composed-fresh-5",
    ),
    "composed 9": (
        ROOT / "tests/data/composed-fresh-6/gold.json",
        ROOT / "tests/data/composed-fresh-6",
    ),
    "composed 10": (
        ROOT / "tests/data/composed-fresh-7/gold.json",
        ROOT / "tests/data/composed-fresh-7",
    ),
    "composed 11": (
        ROOT / "tests/data/composed-fresh-8/gold.json",
        ROOT / "tests/data/composed-fresh-8",
    ),
    "composed 12": (
        ROOT / "tests/data/composed-fresh-9/gold.json",
        ROOT / "tests/data/composed-fresh-9",
    ),
    "composed 13": (
        ROOT / "tests/data/composed-fresh-10/gold.json",
        ROOT / "tests/data/composed-fresh-10",
    ),
    "composed 14": (
        ROOT / "tests/data/composed-fresh-11/gold.json",
        ROOT / "tests/data/composed-fresh-11",
    ),
    "composed 15": (
        ROOT / "tests/data/composed-fresh-12/gold.json",
        ROOT / "tests/data/composed-fresh-12",
    ),
    "composed 16": (
        ROOT / "tests/data/composed-fresh-14/gold.json",
        ROOT / "tests/data/composed-fresh-14",
    ),
    "composed 17": (
        ROOT / "tests/data/composed-fresh-15/gold.json",
        ROOT / "tests/data/composed-fresh-15",
    ),
    "composed 18": (
        ROOT / "tests/data/composed-fresh-16/gold.json",
        ROOT / "tests/data/composed-fresh-16",
    ),
    "composed 19": (
        ROOT / "tests/data/composed-fresh-17/gold.json",
        ROOT / "tests/data/composed-fresh-17",
    ),
    "composed 20": (
        ROOT / "tests/data/composed-fresh-18/gold.json",
        ROOT / "tests/data/composed-fresh-18",
    ),
    "composed 21": (
        ROOT / "tests/data/composed-fresh-19/gold.json",
        ROOT / "tests/data/composed-fresh-19",
    ),
    "composed 22": (
        ROOT / "tests/data/composed-fresh-20/gold.json",
        ROOT / "tests/data/composed-fresh-20",
    ),
    "composed 23": (
        ROOT / "tests/data/composed-fresh-21/gold.json",
        ROOT / "tests/data/composed-fresh-21",
    ),
    "composed 24": (
        ROOT / "tests/data/composed-fresh-22/gold.json",
        ROOT / "tests/data/composed-fresh-22",
    ),
    "composed 25": (
        ROOT / "tests/data/composed-fresh-23/gold.json",
        ROOT / "tests/data/composed-fresh-23",
    ),
    "composed 26": (
        ROOT / "tests/data/composed-fresh-24/gold.json",
        ROOT / "tests/data/composed-fresh-24",
    ),
    "composed 27": (
        ROOT / "tests/data/composed-fresh-25/gold.json",
        ROOT / "tests/data/composed-fresh-25",
    ),
    "composed 28": (
        ROOT / "tests/data/composed-fresh-26/gold.json",
        ROOT / "tests/data/composed-fresh-26",
    ),
    "composed 29": (
        ROOT / "tests/data/composed-fresh-27/gold.json",
        ROOT / "tests/data/composed-fresh-27",
    ),
    "composed 30": (
        ROOT / "tests/data/composed-fresh-28/gold.json",
        ROOT / "tests/data/composed-fresh-28",
    ),
    "composed 31": (
        ROOT / "tests/data/composed-fresh-29/gold.json",
        ROOT / "tests/data/composed-fresh-29",
    ),
    "composed 32": (
        ROOT / "tests/data/composed-fresh-30/gold.json",
        ROOT / "tests/data/composed-fresh-30",
    ),
    "composed 33": (
        ROOT / "tests/data/composed-fresh-31/gold.json",
        ROOT / "tests/data/composed-fresh-31",
    ),
    "composed 34": (
        ROOT / "tests/data/composed-fresh-32/gold.json",
        ROOT / "tests/data/composed-fresh-32",
    ),
    "composed 35": (
        ROOT / "tests/data/composed-fresh-33/gold.json",
        ROOT / "tests/data/composed-fresh-33",
    ),
    "composed 36": (
        ROOT / "tests/data/composed-fresh-34/gold.json",
        ROOT / "tests/data/composed-fresh-34",
    ),
    "composed 37": (
        ROOT / "tests/data/composed-fresh-35/gold.json",
        ROOT / "tests/data/composed-fresh-35",
    ),
    "composed 38": (
        ROOT / "tests/data/composed-fresh-36/gold.json",
        ROOT / "tests/data/composed-fresh-36",
    ),
    "composed 39": (
        ROOT / "tests/data/composed-fresh-37/gold.json",
        ROOT / "tests/data/composed-fresh-37",
    ),
    "composed 40": (
        ROOT / "tests/data/composed-fresh-38/gold.json",
        ROOT / "tests/data/composed-fresh-38",
    ),
    "composed 41": (
        ROOT / "tests/data/composed-fresh-39/gold.json",
        ROOT / "tests/data/composed-fresh-39",
    ),
    "composed 42": (
        ROOT / "tests/data/composed-fresh-40/gold.json",
        ROOT / "tests/data/composed-fresh-40",
    ),
    "composed 43": (
        ROOT / "tests/data/composed-fresh-41/gold.json",
        ROOT / "tests/data/composed-fresh-41",
    ),
    "composed 44": (
        ROOT / "tests/data/composed-fresh-42/gold.json",
        ROOT / "tests/data/composed-fresh-42",
    ),
    "composed 45": (
        ROOT / "tests/data/composed-fresh-43/gold.json",
        ROOT / "tests/data/composed-fresh-43",
    ),
    "composed 46": (
        ROOT / "tests/data/composed-fresh-44/gold.json",
        ROOT / "tests/data/composed-fresh-44",
    ),
    "composed 47": (
        ROOT / "tests/data/composed-fresh-45/gold.json",
        ROOT / "tests/data/composed-fresh-45",
    ),
    "composed 48": (
        ROOT / "tests/data/composed-fresh-46/gold.json",
        ROOT / "tests/data/composed-fresh-46",
    ),
    "composed 49": (
        ROOT / "tests/data/composed-fresh-47/gold.json",
        ROOT / "tests/data/composed-fresh-47",
    ),
    "composed 50": (
        ROOT / "tests/data/composed-fresh-48/gold.json",
        ROOT / "tests/data/composed-fresh-48",
    ),
    "composed 51": (
        ROOT / "tests/data/composed-fresh-49/gold.json",
        ROOT / "tests/data/composed-fresh-49",
    ),
    "composed 52": (
        ROOT / "tests/data/composed-fresh-50/gold.json",
        ROOT / "tests/data/composed-fresh-50",
    ),
    "composed 53": (
        ROOT / "tests/data/composed-fresh-51/gold.json",
        ROOT / "tests/data/composed-fresh-51",
    ),
    "composed 54": (
        ROOT / "tests/data/composed-fresh-52/gold.json",
        ROOT / "tests/data/composed-fresh-52",
    ),
    "composed 55": (
        ROOT / "tests/data/composed-fresh-53/gold.json",
        ROOT / "tests/data/composed-fresh-53",
    ),
    "composed 56": (
        ROOT / "tests/data/composed-fresh-54/gold.json",
        ROOT / "tests/data/composed-fresh-54",
    ),
    "composed 57": (
        ROOT / "tests/data/composed-fresh-55/gold.json",
        ROOT / "tests/data/composed-fresh-55",
    ),
    "composed 58": (
        ROOT / "tests/data/composed-fresh-56/gold.json",
        ROOT / "tests/data/composed-fresh-56",
    ),
    "composed 59": (
        ROOT / "tests/data/composed-fresh-57/gold.json",
        ROOT / "tests/data/composed-fresh-57",
    ),
    "composed 60": (
        ROOT / "tests/data/composed-fresh-58/gold.json",
        ROOT / "tests/data/composed-fresh-58",
    ),
    "composed 61": (
        ROOT / "tests/data/composed-fresh-59/gold.json",
        ROOT / "tests/data/composed-fresh-59",
    ),
    "composed 62": (
        ROOT / "tests/data/composed-fresh-60/gold.json",
        ROOT / "tests/data/composed-fresh-60",
    ),
    "composed 63": (
        ROOT / "tests/data/composed-fresh-61/gold.json",
        ROOT / "tests/data/composed-fresh-61",
    ),
    "composed 64": (
        ROOT / "tests/data/composed-fresh-62/gold.json",
        ROOT / "tests/data/composed-fresh-62",
    ),
    "composed 65": (
        ROOT / "tests/data/composed-fresh-63/gold.json",
        ROOT / "tests/data/composed-fresh-63",
    ),
    "composed 66": (
        ROOT / "tests/data/composed-fresh-64/gold.json",
        ROOT / "tests/data/composed-fresh-64",
    ),
    "composed 67": (
        ROOT / "tests/data/composed-fresh-65/gold.json",
        ROOT / "tests/data/composed-fresh-65",
    ),
    "composed 68": (
        ROOT / "tests/data/composed-fresh-66/gold.json",
        ROOT / "tests/data/composed-fresh-66",
    ),
    "composed 69": (
        ROOT / "tests/data/composed-fresh-67/gold.json",
        ROOT / "tests/data/composed-fresh-67",
    ),
    "composed 70": (
        ROOT / "tests/data/composed-fresh-68/gold.json",
        ROOT / "tests/data/composed-fresh-68",
    ),
    "composed 71": (
        ROOT / "tests/data/composed-fresh-69/gold.json",
        ROOT / "tests/data/composed-fresh-69",
    ),
    "composed 72": (
        ROOT / "tests/data/composed-fresh-70/gold.json",
        ROOT / "tests/data/composed-fresh-70",
    ),
    "composed 73": (
        ROOT / "tests/data/composed-fresh-71/gold.json",
        ROOT / "tests/data/composed-fresh-71",
    ),
    "composed 74": (
        ROOT / "tests/data/composed-fresh-72/gold.json",
        ROOT / "tests/data/composed-fresh-72",
    ),
    "composed 75": (
        ROOT / "tests/data/composed-fresh-73/gold.json",
        ROOT / "tests/data/composed-fresh-73",
    ),
    "composed 76": (
        ROOT / "tests/data/composed-fresh-74/gold.json",
        ROOT / "tests/data/composed-fresh-74",
    ),
    "composed 77": (
        ROOT / "tests/data/composed-fresh-75/gold.json",
        ROOT / "tests/data/composed-fresh-75",
    ),
    "composed 78": (
        ROOT / "tests/data/composed-fresh-76/gold.json",
        ROOT / "tests/data/composed-fresh-76",
    ),
    "composed 79": (
        ROOT / "tests/data/composed-fresh-77/gold.json",
        ROOT / "tests/data/composed-fresh-77",
    ),
    "composed 80": (
        ROOT / "tests/data/composed-fresh-78/gold.json",
        ROOT / "tests/data/composed-fresh-78",
    ),
    "composed 81": (
        ROOT / "tests/data/composed-fresh-79/gold.json",
        ROOT / "tests/data/composed-fresh-79",
    ),
    "composed 82": (
        ROOT / "tests/data/composed-fresh-80/gold.json",
        ROOT / "tests/data/composed-fresh-80",
    ),
    "composed 83": (
        ROOT / "tests/data/composed-fresh-81/gold.json",
        ROOT / "tests/data/composed-fresh-81",
    ),
    "composed 84": (
        ROOT / "tests/data/composed-fresh-82/gold.json",
        ROOT / "tests/data/composed-fresh-82",
    ),
    "composed 85": (
        ROOT / "tests/data/composed-fresh-83/gold.json",
        ROOT / "tests/data/composed-fresh-83",
    ),
    "composed 86": (
        ROOT / "tests/data/composed-fresh-84/gold.json",
        ROOT / "tests/data/composed-fresh-84",
    ),
    "composed 87": (
        ROOT / "tests/data/composed-fresh-85/gold.json",
        ROOT / "tests/data/composed-fresh-85",
    ),
    "composed 88": (
        ROOT / "tests/data/composed-fresh-86/gold.json",
        ROOT / "tests/data/composed-fresh-86",
    ),
    "composed 89": (
        ROOT / "tests/data/composed-fresh-87/gold.json",
        ROOT / "tests/data/composed-fresh-87",
    ),
    "composed 90": (
        ROOT / "tests/data/composed-fresh-88/gold.json",
        ROOT / "tests/data/composed-fresh-88",
    ),
    "composed 91": (
        ROOT / "tests/data/composed-fresh-89/gold.json",
        ROOT / "tests/data/composed-fresh-89",
    ),
    "composed 92": (
        ROOT / "tests/data/composed-fresh-90/gold.json",
        ROOT / "tests/data/composed-fresh-90",
    ),
    "composed 93": (
        ROOT / "tests/data/composed-fresh-91/gold.json",
        ROOT / "tests/data/composed-fresh-91",
    ),
    "estimate": (
        ROOT / "tests/data/composed-fresh-13/gold.json",
        ROOT / "tests/data/composed-fresh-13",
    ),
}
# mode → (README heading, the corpora its table shows)
MODES = {
    "default": ("### With the per-genre parsers", ("seeds", "real pages", "held-out")),
    "alone": ("### The recognisers alone", ("seeds", "real pages", "held-out")),
    "unseen": (
        "### Composed documents of fictional cities",
        (
            "composed",
            "composed 2",
            "composed 3",
            "composed 4",
            "composed 5",
            "composed 6",
            "composed 7",
            "composed 8",
            "composed 9",
            "composed 10",
            "composed 11",
            "composed 12",
            "composed 13",
            "composed 14",
            "composed 15",
            "composed 16",
            "composed 17",
            "composed 18",
            "composed 19",
            "composed 20",
            "composed 21",
            "composed 22",
            "composed 23",
            "composed 24",
            "composed 25",
            "composed 26",
            "composed 27",
            "composed 28",
            "composed 29",
            "composed 30",
            "composed 31",
            "composed 32",
            "composed 33",
            "composed 34",
            "composed 35",
            "composed 36",
            "composed 37",
            "composed 38",
            "composed 39",
            "composed 40",
            "composed 41",
            "composed 42",
            "composed 43",
            "composed 44",
            "composed 45",
            "composed 46",
            "composed 47",
            "composed 48",
            "composed 49",
            "composed 50",
            "composed 51",
            "composed 52",
            "composed 53",
            "composed 54",
            "composed 55",
            "composed 56",
            "composed 57",
            "composed 58",
            "composed 59",
            "composed 60",
            "composed 61",
            "composed 62",
            "composed 63",
            "composed 64",
            "composed 65",
            "composed 66",
            "composed 67",
            "composed 68",
            "composed 69",
            "composed 70",
            "composed 71",
            "composed 72",
            "composed 73",
            "composed 74",
            "composed 75",
            "composed 76",
            "composed 77",
            "composed 78",
            "composed 79",
            "composed 80",
            "composed 81",
            "composed 82",
            "composed 83",
            "composed 84",
            "composed 85",
            "composed 86",
            "composed 87",
            "composed 88",
            "composed 89",
            "composed 90",
            "composed 91",
            "composed 92",
            "composed 93",
            "estimate",
        ),
    ),
}


@cache
def scores(mode: str, corpus: str) -> dict[str, TableScore]:
    gold_path, folder = CORPORA[corpus]
    previous = os.environ.get("MACHIKG_GENRE_PARSERS")
    os.environ["MACHIKG_GENRE_PARSERS"] = "off" if mode == "alone" else "on"
    # "unseen" reads as users do: with the per-genre parsers
    try:
        settings = settings_from_args(argparse.Namespace(store=":memory:", base=None))
        store = corpus_store(folder, settings.base)
        tables, _ = score_all(
            json.loads(gold_path.read_text(encoding="utf-8")), query_runner(store), ROOT / "queries"
        )
    finally:
        if previous is None:
            os.environ.pop("MACHIKG_GENRE_PARSERS", None)
        else:
            os.environ["MACHIKG_GENRE_PARSERS"] = previous
    return {t.table: t for t in tables}


def documented_rows(mode: str) -> dict[str, list[str]]:
    """The rows of the README table under the heading of `mode`."""
    heading, corpora = MODES[mode]
    start = README.index(heading)
    section = README[start : README.find("\n#", start + 1)]
    ratio = r"([\d.]+|—)"
    row = r"^\| (\w+)" + rf" \| {ratio}" * (2 * len(corpora)) + r" \|$"
    return {r[0]: list(r[1:]) for r in re.findall(row, section, re.MULTILINE)}


def measured_row(mode: str, table: str) -> list[str]:
    cells = []
    for corpus in MODES[mode][1]:
        score = scores(mode, corpus).get(table)
        if score is None or not score.gold:
            cells += ["—", "—"]
        else:
            cells += [f"{score.precision:.3f}", f"{score.recall:.3f}"]
    return cells


def cases() -> Iterator[tuple[str, str]]:
    for mode in MODES:
        for table in ("documents", "projects", "organizations", "staff", "budgets", "policies",
                      "initiatives", "facilities", "indicators", "evaluations"):  # fmt: skip
            yield mode, table


# the first case of a mode ingests and scores every corpus of it (65 sets for "unseen"), the
# rest read the cache: more than the suite's per-test limit, once
@pytest.mark.timeout(1800)
@pytest.mark.parametrize(("mode", "table"), list(cases()))
def test_readme_score_row_is_what_the_contract_queries_score(mode: str, table: str) -> None:
    measured = measured_row(mode, table)
    documented = documented_rows(mode).get(table)
    assert documented == measured, f"README row should read: | {table} | {' | '.join(measured)} |"
