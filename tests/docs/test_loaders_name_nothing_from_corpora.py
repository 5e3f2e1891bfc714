"""Nothing in loaders/ (code, comments or the field vocabulary) names a city, a person, a unit,
a project or a number from any corpus the project holds: the reader must work from structure
and vocabulary, so that an unseen city is read the same way. Examples in docstrings use
fictional names."""

from __future__ import annotations

import csv
import json
import re
from functools import cache
from pathlib import Path

from loaders.text.fiscal_year import ERA_STARTS
from loaders.text.names import tokens

ROOT = Path(__file__).parents[2]
CORPORA = [
    (ROOT / "corpus", ROOT / "tests/data/gold-seeds.json"),
    (ROOT / "tests/data/real-dev", ROOT / "tests/data/real-dev/gold.json"),
    (ROOT / "tests/data/heldout", ROOT / "tests/data/heldout/gold.json"),
    (ROOT / "tests/data/composed", ROOT / "tests/data/composed/gold.json"),
    (ROOT / "tests/data/composed-blind", ROOT / "tests/data/composed-blind/gold.json"),
    *(
        (ROOT / "tests/data" / name, ROOT / "tests/data" / name / "gold.json")
        for name in (
            "composed-estimate",
            "composed-fresh",
            "composed-fresh-2",
            "composed-fresh-3",
            "composed-fresh-4",
            "composed-fresh-5",
            "composed-fresh-6",
            "composed-fresh-7",
            "composed-fresh-8",
            "composed-fresh-9",
            "composed-fresh-10",
            "composed-fresh-11",
            "composed-fresh-12",
            "composed-fresh-13",
            "composed-fresh-14",
            "composed-fresh-15",
            "composed-fresh-16",
            "composed-fresh-17",
            "composed-fresh-18",
            "composed-fresh-19",
            "composed-fresh-20",
            "composed-fresh-21",
            "composed-fresh-22",
            "composed-fresh-23",
            "composed-fresh-24",
            "composed-fresh-25",
            "composed-fresh-26",
            "composed-fresh-27",
            "composed-fresh-28",
            "composed-fresh-29",
            "composed-fresh-30",
            "composed-fresh-31",
            "composed-fresh-32",
            "composed-fresh-33",
            "composed-fresh-34",
            "composed-fresh-35",
            "composed-fresh-36",
            "composed-fresh-37",
            "composed-fresh-38",
            "composed-fresh-39",
            "composed-fresh-40",
            "composed-fresh-41",
            "composed-fresh-42",
            "composed-fresh-43",
            "composed-fresh-44",
            "composed-fresh-45",
            "composed-fresh-46",
            "composed-fresh-47",
            "composed-fresh-48",
            "composed-fresh-49",
            "composed-fresh-50",
            "composed-fresh-51",
            "composed-fresh-52",
            "composed-fresh-53",
            "composed-fresh-54",
            "composed-fresh-55",
            "composed-fresh-56",
            "composed-fresh-57",
            "composed-fresh-58",
            "composed-fresh-59",
            "composed-fresh-60",
            "composed-fresh-61",
            "composed-fresh-62",
            "composed-fresh-63",
            "composed-fresh-64",
            "composed-fresh-65",
            "composed-fresh-66",
            "composed-fresh-67",
            "composed-fresh-68",
            "composed-fresh-69",
            "composed-fresh-70",
            "composed-fresh-71",
            "composed-fresh-72",
            "composed-fresh-73",
            "composed-fresh-74",
            "composed-fresh-75",
            "composed-fresh-76",
            "composed-fresh-77",
            "composed-fresh-78",
            "composed-fresh-79",
            "composed-fresh-80",
            "composed-fresh-81",
            "composed-fresh-82",
            "composed-fresh-83",
            "composed-fresh-84",
            "composed-fresh-85",
            "composed-fresh-86",
            "composed-fresh-87",
            "composed-fresh-88",
            "composed-fresh-89",
            "composed-fresh-90",
            "composed-fresh-91",
        )
    ),
]
NAMED_TABLES = ("projects", "organizations", "facilities", "initiatives", "policies", "indicators")
# Vocabulary every city uses, which the gold tables also contain: not a corpus's own name.
# 地域包括支援センター and 子育て世代包括支援センター are the statutory names of kinds of centre
# every municipality runs (a gold set names one so), which the facility reader lists among
# kinds, not places (in loaders since long before composed 39 named one).
GENERIC = {"一般会計", "特別会計", "企業会計", "地域包括支援センター", "子育て世代包括支援センター"}
SCANNED = [
    *sorted((ROOT / "loaders").rglob("*.py")),
    *sorted((ROOT / "loaders").rglob("*.json")),  # the column-role model's weights
    ROOT / "ontology" / "fields.ttl",
]


def _names_in(cell: object) -> list[str]:
    if isinstance(cell, dict):
        return [cell["name"], *cell.get("alias", [])]
    return [cell] if isinstance(cell, str) else []


@cache
def corpus_names() -> frozenset[str]:
    names: set[str] = set()
    for folder, gold_path in CORPORA:
        if not gold_path.is_file():
            continue
        with (folder / "manifest.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                names.add(row["municipality"])
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for table in NAMED_TABLES:
            spec = gold["tables"].get(table)
            if not spec:
                continue
            columns = spec["columns"]
            for row in spec["rows"]:
                for column, cell in zip(columns, row, strict=False):
                    if column in ("municipality_code", "kind", "fiscal_year", "value", "grade"):
                        continue
                    names.update(_names_in(cell))
    return frozenset(n for n in names if _distinctive(n))


def _distinctive(name: str) -> bool:
    """A name of one place or thing: it holds a proper noun (a place or person), or is long
    enough to be one city's own wording. Short generic unit names (総務部, 市民課) that every
    city prints are vocabulary, not a corpus's name."""
    if len(name) < 3 or name in GENERIC or name.isascii():
        return False
    if len(name) >= 10:
        return True
    return any(t.pos[1] == "固有名詞" for t in tokens(name))


@cache
def municipality_stems() -> frozenset[str]:
    """City names without 市町村県 (柏, 川崎 …): a place name in any compound."""
    stems: set[str] = set()
    for folder, _ in CORPORA:
        with (folder / "manifest.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                stem = re.sub(r"[都道府県市区町村]$", "", row["municipality"])
                if len(stem) >= 2:
                    stems.add(stem)
    return frozenset(stems)


# Words of local government that SudachiPy's dictionary also lists as names: 町村 is the
# class of towns and villages (類似団体の町村), and 正化 the tail of 適正化 (定員適正化計画)
# that SudachiPy splits off as a given name; neither is a person in these documents.
# words SudachiPy tags as names in a corpus that are common words (民生委員, 民生費), and
# 北中 of 「北中学校」 (北 + 中学校), which a set of compass letters in a pattern spells too
NOT_PEOPLE = frozenset({"町村", "正化", "民生", "北中"})


@cache
def corpus_person_names() -> frozenset[str]:
    """Person names SudachiPy finds in the corpus texts (heads of units, contacts)."""
    found: set[str] = set()
    for folder, _ in CORPORA:
        for path in folder.glob("*"):
            if path.suffix not in (".txt", ".html"):
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                text = path.read_bytes().decode("cp932", errors="replace")
            for token in tokens(text[:20_000]):
                surface = token.surface
                if token.pos[:3] == ("名詞", "固有名詞", "人名") and re.fullmatch(
                    r"[\u4e00-\u9fff々]{2,}", surface
                ):
                    found.add(surface)
    # SudachiPy tags parts of label words as names (所属長名 → 所属 + 長名): a word inside a
    # label of the field vocabulary is that vocabulary, not a person of a corpus.
    vocabulary = "".join(
        re.findall(r'"([^"]+)"@ja', (ROOT / "ontology" / "fields.ttl").read_text(encoding="utf-8"))
    )
    # Era names (昭和 …) are tagged as names too: they are the calendar, not a person.
    return frozenset(
        name
        for name in found
        if name not in vocabulary and name not in ERA_STARTS and name not in NOT_PEOPLE
    )


def _hits(text: str, names: frozenset[str]) -> list[str]:
    return sorted(name for name in names if name in text)


def test_no_corpus_name_in_the_loaders() -> None:
    offending = {
        str(path.relative_to(ROOT)): hits
        for path in SCANNED
        if (hits := _hits(path.read_text(encoding="utf-8"), corpus_names()))
    }
    assert offending == {}


def test_no_city_of_the_corpora_is_named_in_the_loaders() -> None:
    offending = {
        str(path.relative_to(ROOT)): hits
        for path in SCANNED
        if (hits := _hits(path.read_text(encoding="utf-8"), municipality_stems()))
    }
    assert offending == {}


def test_no_person_named_in_the_corpora_appears_in_the_loaders() -> None:
    offending = {
        str(path.relative_to(ROOT)): hits
        for path in SCANNED
        if (hits := _hits(path.read_text(encoding="utf-8"), corpus_person_names()))
    }
    assert offending == {}


@cache
def corpus_amounts() -> frozenset[str]:
    """Amounts and counts of the gold tables as a page prints them (1,234,000 / 1,234 千円)."""
    printed: set[str] = set()
    for _, gold_path in CORPORA:
        if not gold_path.is_file():
            continue
        for spec in json.loads(gold_path.read_text(encoding="utf-8"))["tables"].values():
            for row in spec["rows"]:
                for cell in row:
                    if not isinstance(cell, int) or 1868 <= cell <= 2100 or cell < 1200:
                        continue
                    printed.add(f"{cell:,}")
                    if cell >= 10_000:
                        printed.add(str(cell))
                    if cell % 1000 == 0 and cell // 1000 >= 1000:
                        printed.add(f"{cell // 1000:,}")
    return frozenset(printed)


def test_no_amount_of_the_corpora_appears_in_the_loaders() -> None:
    # A number glued to a letter (0x10000, a hex code point) is no printed amount.
    offending = {}
    for path in SCANNED:
        text = path.read_text(encoding="utf-8")
        hits = [
            a
            for a in corpus_amounts()
            # the substring test first: compiling thousands of patterns per file is slow
            if a in text and re.search(rf"(?<![\dA-Za-z,]){re.escape(a)}(?![\d,])", text)
        ]
        if hits:
            offending[str(path.relative_to(ROOT))] = sorted(hits)
    assert offending == {}
