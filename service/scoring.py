"""Compare the contract queries' answers with a gold file (precision / recall / F1 per table).

The comparison rules are the gold file's own "about": names after NFKC with white space
removed (aliases also count), policy codes as sequences of numbers (roman numerals read as
numbers, brackets ignored; a longer code under a gold code counts), numbers numerically, and
a null gold cell accepts anything.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.text.policy_codes import roman_to_int

Row = Mapping[str, Any]
RunQuery = Callable[[str, Mapping[str, str]], list[dict[str, Any]]]

NUMBER_COLUMNS = {"fiscal_year", "budget", "amount", "staff", "value"}
PLAIN_COLUMNS = {"municipality_code", "file", "kind", "grade"}
CODE_COLUMNS = {"policy_code"}


@dataclass(frozen=True)
class TableScore:
    table: str
    gold: int
    predicted: int
    true_positive_gold: int  # gold rows found
    true_positive_predicted: int  # predicted rows that match a gold row
    missed: tuple[tuple[Any, ...], ...] = ()  # gold rows not found
    unmatched: tuple[tuple[Any, ...], ...] = ()  # predicted rows matching no gold row

    @property
    def precision(self) -> float:
        return self.true_positive_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positive_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class TopicScore:
    topic: str
    missing: list[list[Any]]  # must_include items not found
    wrongly_included: list[list[Any]]  # must_exclude items found

    @property
    def passed(self) -> bool:
        return not self.missing and not self.wrongly_included


def name_key(value: Any) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value)))


def code_key(value: Any) -> tuple[int, ...] | None:
    parts: list[int] = []
    for token in re.findall(r"[0-9]+|[IVXLⅠ-Ⅻⅰ-ⅻ]+", unicodedata.normalize("NFKC", str(value))):
        number = int(token) if token.isdigit() else roman_to_int(token)
        if number is None:
            return None
        parts.append(number)
    return tuple(parts) or None


def cell_matches(column: str, gold: Any, predicted: Any) -> bool:
    if gold is None:
        return True
    if isinstance(gold, dict):
        return any(cell_matches(column, g, predicted) for g in [gold["name"], *gold["alias"]])
    if predicted is None or predicted == "":
        return False
    if column in NUMBER_COLUMNS:
        try:
            return float(gold) == float(predicted)
        except (TypeError, ValueError):
            return False
    if column in CODE_COLUMNS:
        g, p = code_key(gold), code_key(predicted)
        return g is not None and p is not None and p[: len(g)] == g
    if column == "grade":  # 「Ａ」 as printed and 「A」 as stored: one grade after NFKC
        nfkc = unicodedata.normalize
        return nfkc("NFKC", str(gold)) == nfkc("NFKC", str(predicted))
    if column in PLAIN_COLUMNS:
        return str(gold) == str(predicted)
    return name_key(gold) == name_key(predicted)


def row_matches(columns: list[str], gold: list[Any], predicted: Row) -> bool:
    return all(cell_matches(c, g, predicted.get(c)) for c, g in zip(columns, gold, strict=True))


def score_table(
    table: str, columns: list[str], gold: list[list[Any]], rows: list[Row]
) -> TableScore:
    missed = tuple(tuple(g) for g in gold if not any(row_matches(columns, g, r) for r in rows))
    unmatched = tuple(
        tuple(r.get(c) for c in columns)
        for r in rows
        if not any(row_matches(columns, g, r) for g in gold)
    )
    return TableScore(
        table,
        len(gold),
        len(rows),
        len(gold) - len(missed),
        len(rows) - len(unmatched),
        missed,
        unmatched,
    )


def score_topic(topic: str, expected: Mapping[str, list[list[Any]]], rows: list[Row]) -> TopicScore:
    columns = ["municipality_code", "item"]

    def present(item: list[Any]) -> bool:
        return any(row_matches(columns, item, r) for r in rows)

    return TopicScore(
        topic,
        missing=[i for i in expected.get("must_include", []) if not present(i)],
        wrongly_included=[i for i in expected.get("must_exclude", []) if present(i)],
    )


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def score_all(
    gold: Mapping[str, Any], run_query: RunQuery, queries: Path
) -> tuple[list[TableScore], list[TopicScore]]:
    tables = [
        score_table(name, spec["columns"], spec["rows"], run_query(str(queries / f"{name}.rq"), {}))
        for name, spec in gold["tables"].items()
    ]
    topic_query = queries / "topic.rq"
    topics = [
        score_topic(
            topic,
            expected,
            run_query(str(topic_query), {"topic": topic}) if topic_query.exists() else [],
        )
        for topic, expected in gold.get("topics", {}).items()
    ]
    return tables, topics


def format_misses(tables: list[TableScore]) -> str:
    """Each table's gold rows not found (-) and returned rows matching no gold row (+)."""
    lines: list[str] = []
    for t in tables:
        if not t.missed and not t.unmatched:
            continue
        lines.append(f"== {t.table}")
        lines.extend(f"- {json.dumps(list(row), ensure_ascii=False)}" for row in t.missed)
        lines.extend(  # a returned value may be a Decimal (mk:value is xsd:decimal)
            f"+ {json.dumps(list(row), ensure_ascii=False, default=str)}" for row in t.unmatched
        )
    return "\n".join(lines)


def format_report(tables: list[TableScore], topics: list[TopicScore]) -> str:
    lines = [
        f"{'table':<14}{'gold':>6}{'found':>7}{'rows':>6}{'precision':>11}{'recall':>8}{'F1':>7}"
    ]
    for t in tables:
        lines.append(
            f"{t.table:<14}{t.gold:>6}{t.true_positive_gold:>7}{t.predicted:>6}"
            f"{t.precision:>11.3f}{t.recall:>8.3f}{t.f1:>7.3f}"
        )
    for s in topics:
        verdict = "ok" if s.passed else "FAIL"
        lines.append(f"topic {s.topic}: {verdict}")
        lines.extend(f"  missing: {json.dumps(m, ensure_ascii=False)}" for m in s.missing)
        lines.extend(
            f"  wrongly included: {json.dumps(m, ensure_ascii=False)}" for m in s.wrongly_included
        )
    return "\n".join(lines)
