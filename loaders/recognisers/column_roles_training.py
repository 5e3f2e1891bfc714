"""Fit the column-role model (`column_roles`) on the development sets and measure it.

    python -m loaders.recognisers.column_roles_training            # leave-one-set-out report
    python -m loaders.recognisers.column_roles_training --write    # refit column_roles.json

Each table column of each development document gets the role its cells hold in the set's
gold: a column whose cells are mostly the gold's project names is a project column, one of
the gold's grades an evaluation column, one of its amounts a budget column, and so on; other
columns are "other". The model is a softmax regression over `column_roles.features`, fitted
with AdaGrad from a fixed seed, so the same sets give the same weights. The report fits once
per set with that set left out and reads it: the measure of a city the model never saw.
Held-out sets (the project's own held-out pages and the blind estimate sets) are never fitted.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from loaders.field_vocabulary import all_labels, field_of
from loaders.formats import read_source
from loaders.recognisers.column_roles import (
    WEIGHTS,
    Column,
    columns_of,
    features,
    hidden_header,
)
from loaders.resources import project_root
from loaders.structure import read_structure
from loaders.text.policy_codes import parse_policy_code
from loaders.text.quantities import parse_quantity

# Sets the model must never see: the clean estimates (composed-fresh-13, -42, -43), the
# project's held-out set, and sets that were estimates when the weights were last fitted
# (-19, -22 … -41; refitting with them is a change to measure, not a refresh).
HELD_OUT = ("heldout", "composed-fresh-13", "composed-fresh-19", "composed-fresh-22",
            "composed-fresh-23", "composed-fresh-24", "composed-fresh-25", "composed-fresh-26",
            "composed-fresh-27", "composed-fresh-28", "composed-fresh-29", "composed-fresh-30",
            "composed-fresh-31", "composed-fresh-32", "composed-fresh-33",
            "composed-fresh-34", "composed-fresh-35",
            "composed-fresh-36", "composed-fresh-37",
            "composed-fresh-38", "composed-fresh-39",
            "composed-fresh-40", "composed-fresh-41",
            "composed-fresh-42", "composed-fresh-43",
            "composed-fresh-44", "composed-fresh-45",
            "composed-fresh-46", "composed-fresh-47",
            "composed-fresh-48", "composed-fresh-49",
            "composed-fresh-50", "composed-fresh-51",
            "composed-fresh-52", "composed-fresh-53",
            "composed-fresh-54", "composed-fresh-55",
            "composed-fresh-56", "composed-fresh-57",
            "composed-fresh-58", "composed-fresh-59",
            "composed-fresh-60", "composed-fresh-61",
            "composed-fresh-62", "composed-fresh-63",
            "composed-fresh-64", "composed-fresh-65",
            "composed-fresh-66", "composed-fresh-67",
            "composed-fresh-68", "composed-fresh-69",
            "composed-fresh-70", "composed-fresh-71",
            "composed-fresh-72", "composed-fresh-73",
            "composed-fresh-74", "composed-fresh-75",
            "composed-fresh-76", "composed-fresh-77",
            "composed-fresh-78", "composed-fresh-79",
            "composed-fresh-80", "composed-fresh-81",
            "composed-fresh-82", "composed-fresh-83",
            "composed-fresh-84", "composed-fresh-85",
            "composed-fresh-86", "composed-fresh-87",
            "composed-fresh-88", "composed-fresh-89",
            "composed-fresh-90", "composed-fresh-91")  # fmt: skip
EPOCHS = 8
# Scales a printed figure may carry in a table of amounts (円, 千円, 万円, 百万円, 億円).
_SCALES = (1, 1_000, 10_000, 1_000_000, 100_000_000)
_NAME_ROLES = ("project", "indicator", "facility", "policy", "initiative", "account", "division")
_MIN_NAME = 4  # a cell shorter than this matches a gold name only in full
# When a column's cells fit several roles, the narrower one wins (a grade is also a short
# name; a staff count is also a figure).
_PRIORITY = ("code", "evaluation", "staff", "budget", "value", "project", "indicator",
             "facility", "initiative", "policy", "account", "division")  # fmt: skip


@dataclass(frozen=True)
class Example:
    corpus: str
    column: Column
    role: str


def _key(text: object) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text or "")))


def _names(cell: object) -> list[str]:
    if isinstance(cell, dict):
        return [cell["name"], *cell.get("alias", [])]
    if isinstance(cell, list):
        return [str(c) for c in cell]
    return [cell] if isinstance(cell, str) else []


def _code(text: str) -> str | None:
    parsed = parse_policy_code(text)
    return parsed.normalized if parsed else None


class GoldIndex:
    """The gold's names, figures, codes and grades per municipality, by role."""

    def __init__(self, gold: dict) -> None:
        self.values: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
        tables = gold["tables"]
        named = {"projects": [(1, "project"), (4, "division")], "budgets": [(3, "account")],
                 "organizations": [(1, "division")], "staff": [(1, "division")],
                 "policies": [(2, "policy")], "initiatives": [(1, "initiative")],
                 "facilities": [(1, "facility")], "indicators": [(1, "indicator")]}  # fmt: skip
        figures = {"projects": (3, "budget"), "budgets": (4, "budget"), "staff": (3, "staff"),
                   "indicators": (4, "value")}  # fmt: skip
        for table, spec in tables.items():
            for row in spec["rows"]:
                code = row[0]
                for column, role in named.get(table, []):
                    for name in _names(row[column]):
                        self.values[code][role].add(_key(name))
                if table in figures:
                    column, role = figures[table]
                    if isinstance(row[column], (int, float)):
                        self.values[code][role].add(float(row[column]))
                if table == "policies" and row[1] is not None:
                    normalized = _code(str(row[1]))
                    if normalized:
                        self.values[code]["code"].add(normalized)
                if table == "evaluations" and row[3]:
                    self.values[code]["evaluation"].add(_key(row[3]))

    def roles_of(self, municipality: str, cell: str) -> set[str]:
        """The roles a cell's text fits in this municipality's gold."""
        known = self.values[municipality]
        text = _key(cell)
        found: set[str] = set()
        if not text:
            return found
        for role in _NAME_ROLES:
            names = known[role]
            if text in names or (
                len(text) >= _MIN_NAME
                and any(
                    len(n) >= _MIN_NAME and n in text and len(n) >= 0.6 * len(text) for n in names
                )
            ):
                found.add(role)
        if len(text) <= 4 and text in known["evaluation"]:
            found.add("evaluation")
        if any(ch.isdigit() or ch in "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ" for ch in text) and _code(text) in known["code"]:
            found.add("code")
        quantity = parse_quantity(text)
        if quantity is not None and quantity.value:
            value = float(quantity.value)
            if any(value * scale in known["budget"] for scale in _SCALES):
                found.add("budget")
            if value in known["staff"] and value == int(value):
                found.add("staff")
            if value in known["value"]:
                found.add("value")
        return found


def _role(municipality: str, column: Column, gold: GoldIndex) -> str:
    filled = [c for c in column.cells if _key(c)]
    if not filled:
        return "other"
    counts: Counter[str] = Counter()
    for cell in filled:
        counts.update(gold.roles_of(municipality, cell))
    enough = [role for role, n in counts.items() if n >= max(1, len(filled) / 2)]
    if not enough:
        return "other"
    return min(enough, key=lambda role: (-counts[role], _PRIORITY.index(role)))


def development_sets(root: Path) -> Iterator[tuple[str, Path, Path]]:
    """(name, gold, corpus folder) of every set with a gold file that is not held out."""
    yield "seeds", root / "tests/data/gold-seeds.json", root / "corpus"
    for folder in sorted((root / "tests/data").iterdir()):
        gold = folder / "gold.json"
        if folder.name not in HELD_OUT and gold.is_file() and (folder / "manifest.csv").is_file():
            yield folder.name, gold, folder


def examples(sets: Iterable[tuple[str, Path, Path]]) -> list[Example]:
    found: list[Example] = []
    for name, gold_path, folder in sets:
        gold = GoldIndex(json.loads(gold_path.read_text(encoding="utf-8")))
        with (folder / "manifest.csv").open(encoding="utf-8") as handle:
            entries = list(csv.DictReader(handle))
        for entry in entries:
            source = read_source(folder / entry["file"])
            doc = read_structure(source.text, labels=all_labels())
            for block in doc.of_kind("table"):
                if block.table is None:
                    continue
                for column in columns_of(block.table):
                    role = _role(entry["municipality_code"], column, gold)
                    found.append(Example(name, column, role))
    return found


def _with_hidden_headers(data: list[tuple[list[str], str]]) -> list[tuple[list[str], str]]:
    return [*data, *((hidden_header(s), role) for s, role in data)]


def fit(data: list[tuple[list[str], str]], roles: list[str]) -> dict[str, list[float]]:
    """Softmax regression by AdaGrad: a few passes over a few thousand columns."""
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(roles))
    squares: dict[str, list[float]] = defaultdict(lambda: [1e-8] * len(roles))
    index = {role: k for k, role in enumerate(roles)}
    order = list(range(len(data)))
    shuffle = random.Random(0)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for i in order:
            signs, role = data[i]
            signs = [*signs, "bias"]
            scores = [sum(weights[s][k] for s in signs) for k in range(len(roles))]
            top = max(scores)
            exp = [math.exp(v - top) for v in scores]
            total = sum(exp)
            for sign in signs:
                w, g = weights[sign], squares[sign]
                for k in range(len(roles)):
                    grad = exp[k] / total - (1.0 if k == index[role] else 0.0) + 1e-4 * w[k]
                    g[k] += grad * grad
                    w[k] -= 0.3 * grad / math.sqrt(g[k])
    return dict(weights)


def _predict(weights: dict[str, list[float]], roles: list[str], signs: list[str]) -> str:
    scores = [0.0] * len(roles)
    for sign in [*signs, "bias"]:
        for k, w in enumerate(weights.get(sign, ())):
            scores[k] += w
    return roles[max(range(len(roles)), key=scores.__getitem__)]


_HEADER_ROLE = {"project": "project", "division": "division", "department": "division",
                "budget": "budget", "indicator": "indicator", "evaluation": "evaluation",
                "facility": "facility", "initiative": "initiative", "policy": "policy",
                "staff": "staff", "target": "value", "actual": "value", "baseline": "value",
                "estimate": "value", "account": "account"}  # fmt: skip


def leave_one_set_out(found: list[Example]) -> dict:
    """Fit without each set in turn and read it; beside it, the header label alone."""
    roles = sorted({e.role for e in found})
    signs = [features(e.column) for e in found]
    per_set: dict[str, float] = {}
    right: Counter[str] = Counter()
    by_header: Counter[str] = Counter()
    hidden_right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for name in sorted({e.corpus for e in found}):
        train = [(s, e.role) for s, e in zip(signs, found, strict=True) if e.corpus != name]
        weights = fit(_with_hidden_headers(train), roles)
        hits = 0
        tested = [(s, e) for s, e in zip(signs, found, strict=True) if e.corpus == name]
        for s, e in tested:
            hit = _predict(weights, roles, s) == e.role
            hits += hit
            hidden_right[e.role] += _predict(weights, roles, hidden_header(s)) == e.role
            right[e.role] += hit
            total[e.role] += 1
            header = field_of(e.column.header) if _key(e.column.header) else None
            by_header[e.role] += _HEADER_ROLE.get(header or "", "other") == e.role
        per_set[name] = round(hits / len(tested), 3)
    return {
        "accuracy": round(sum(right.values()) / sum(total.values()), 3),
        "header_label_alone": round(sum(by_header.values()) / sum(total.values()), 3),
        "header_hidden": round(sum(hidden_right.values()) / sum(total.values()), 3),
        "columns": sum(total.values()),
        "per_role": {
            role: {
                "columns": total[role],
                "model": round(right[role] / total[role], 3),
                "header_label_alone": round(by_header[role] / total[role], 3),
                "header_hidden": round(hidden_right[role] / total[role], 3),
            }
            for role in roles
        },
        "per_set": per_set,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="refit and write column_roles.json")
    args = parser.parse_args(argv)
    sets = list(development_sets(project_root()))
    found = examples(sets)
    report = leave_one_set_out(found)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if args.write:
        roles = sorted({e.role for e in found})
        weights = fit(_with_hidden_headers([(features(e.column), e.role) for e in found]), roles)
        kept = {
            sign: [round(w, 4) for w in row]
            for sign, row in sorted(weights.items())
            if max(abs(w) for w in row) >= 1e-3
        }
        WEIGHTS.write_text(
            json.dumps(
                {"roles": roles, "trained_on": [name for name, _, _ in sets],
                 "leave_one_set_out": report, "weights": kept},
                ensure_ascii=False, indent=1,
            ) + "\n",
            encoding="utf-8",
        )  # fmt: skip


if __name__ == "__main__":
    main()
