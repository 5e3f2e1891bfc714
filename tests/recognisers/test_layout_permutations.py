"""The same facts in any layout give the same rows (issue: reading any city's documents).

Each fact kind — a project with budget and division, staff by unit, a budget by account, a
policy code with its initiatives, a grade, an indicator with baseline/actual/target years — is
rendered by `layouts.render` as bullets with attribute parentheses, labelled fields, a TSV
table, a pipe table, an HTML table, prose, space-aligned tables padded with ideographic
spaces, a CSV export with a title row, box-drawn tables, and records of labelled values
(「label：value」 lines, HTML definition lists), a Markdown page (a sentence between each
heading and its pipe table, a bold total row, ▲ for a decrease), box tables whose long
cells wrap onto a second line with no rule between rows, a page of two columns
interleaved line by line (running text beside the facts), and an HTML page whose tables merge
cells (rowspan units, a two-row header of years), under a title that names no genre, in
half- and full-width forms, 令和/平成/西暦 and 円/千円/万円/億円. The contract queries must
return exactly the rows `layouts.expected_rows` gives, for every combination.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from layouts import LAYOUTS, Facts, Layout, Style, expected_rows, render

from loaders.resources import queries_dir
from service.ingest import ingest
from service.settings import DEFAULT_BASE, from_env
from service.store import EmbeddedStore

CODE = "999989"  # fictional, with a valid check digit
STYLES = {
    "half-reiwa-千円": Style(full_width=False, era="reiwa", unit="千円"),
    "full-heisei-万円": Style(full_width=True, era="heisei", unit="万円"),
    "half-western-億円": Style(full_width=False, era="western", unit="億円"),
    "full-reiwa-円": Style(full_width=True, era="reiwa", unit="円"),
}
TABLES = ("projects", "staff", "budgets", "policies", "initiatives", "evaluations", "indicators")


@cache
def rows_for(layout: Layout, style_name: str, tmp: Path) -> dict[str, set[tuple[Any, ...]]]:
    style = STYLES[style_name]
    folder = tmp / f"{layout}-{style_name}"
    folder.mkdir(parents=True)
    suffix = {"html": "html", "dl": "html", "csv": "csv", "excel-csv": "csv",
              "markdown": "md", "html-spanned": "html"}.get(layout, "txt")  # fmt: skip
    (folder / f"doc.{suffix}").write_text(render(layout, Facts(), style), encoding="utf-8",
                                          newline="")  # fmt: skip
    (folder / "manifest.csv").write_text(
        f"file,municipality_code,municipality,prefecture\ndoc.{suffix},{CODE},青葉台市,架空県\n",
        encoding="utf-8",
    )
    settings = from_env({"MACHIKG_STORE": ":memory:"}).with_(
        base=DEFAULT_BASE, quarantine_dir=folder / "quarantine"
    )
    store = EmbeddedStore(None)
    summary = ingest([folder], store, settings, progress=False)
    assert summary.loaded == 1, summary
    found: dict[str, set[tuple[Any, ...]]] = {}
    for table in TABLES:
        query = (queries_dir() / f"{table}.rq").read_text(encoding="utf-8")
        result = store.select(query)
        found[table] = {tuple(_plain(row[column]) for column in result.variables) for row in result}
    store.close()
    return found


def _plain(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("layouts")


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("style_name", list(STYLES))
@pytest.mark.parametrize("layout", LAYOUTS)
def test_same_rows_in_every_layout(layout: Layout, style_name: str, table: str, tmp: Path) -> None:
    expected = expected_rows(Facts(), STYLES[style_name], CODE, layout)[table]
    assert rows_for(layout, style_name, tmp)[table] == expected
