"""CSV templates (shapes/templates/): converted with the text toolkit to the documents' IRIs,
checked like RDF, and cells that cannot be read named by row and column in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.minting import Minter
from loaders.templates import TemplateError, convert
from loaders.vocabulary import MK
from service.cli import main
from service.settings import DEFAULT_BASE

TEMPLATES = Path(__file__).parents[2] / "shapes" / "templates"
PROJECTS = (TEMPLATES / "projects.sample.csv").read_text(encoding="utf-8")
INDICATORS = (TEMPLATES / "indicators.sample.csv").read_text(encoding="utf-8")


def _row(text: str, number: int) -> list[str]:
    import csv
    import io

    return list(csv.reader(io.StringIO(text)))[number - 1]


@pytest.mark.parametrize("sample", sorted(TEMPLATES.glob("*.sample.csv")), ids=lambda p: p.name)
def test_every_sample_conforms(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(sample), "--store", ":memory:"]) == 0


@pytest.mark.parametrize("template", sorted(TEMPLATES.glob("*.csv")), ids=lambda p: p.name)
def test_every_template_has_a_sample_with_its_header(template: Path) -> None:
    if template.name.endswith(".sample.csv"):
        return
    sample = template.with_name(template.stem + ".sample.csv")
    assert sample.read_text(encoding="utf-8").splitlines()[0] == template.read_text(
        encoding="utf-8").splitlines()[0]


def test_a_project_row_gets_the_iri_documents_give_it() -> None:
    code, _city, name, year, *_ = _row(PROJECTS, 2)
    graph = convert(PROJECTS, file="p.csv", base=DEFAULT_BASE).graph
    from loaders.text.fiscal_year import parse_fiscal_year

    iri = Minter(DEFAULT_BASE, code).project(parse_fiscal_year(year), name)
    assert (iri, None, MK.Project) in {(s, None, o) for s, _p, o in graph if s == iri}


def test_amounts_with_units_become_integer_yen() -> None:
    graph = convert(PROJECTS, file="p.csv", base=DEFAULT_BASE).graph
    from loaders.text.amounts import parse_yen

    expected = {parse_yen(_row(PROJECTS, n)[4], unit="円") for n in (2, 3)}
    assert {int(a) for a in graph.objects(None, MK.amount)} == expected


def test_unreadable_cells_are_named_by_row_and_column_in_both_languages() -> None:
    broken = PROJECTS.replace(_row(PROJECTS, 3)[3], "いつか", 1)
    with pytest.raises(TemplateError) as caught:
        convert(broken, file="p.csv", base=DEFAULT_BASE)
    [error] = caught.value.errors
    assert (error.row, error.header) == (3, "年度")
    assert "3行目「年度」列 (D3)" in caught.value.message("ja")
    assert "row 3, column 年度 (D3)" in caught.value.message("en")


def test_a_csv_that_is_no_template_is_refused(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["validate", str(path), "--store", ":memory:"]) != 0
    assert "not a machikg template" in capsys.readouterr().err


def test_a_negative_budget_row_is_a_violation_on_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    amount = _row(PROJECTS, 2)[4]
    path = tmp_path / "bad.csv"
    path.write_text(PROJECTS.replace(amount, "▲" + amount, 1), encoding="utf-8")
    assert main(["validate", str(path), "--store", ":memory:", "--format", "json"]) == 1
    [problem] = json.loads(capsys.readouterr().out)["problems"]
    assert (problem["severity"], problem["line"], problem["path"]) == ("Violation", 2, "mk:amount")


def test_indicator_kinds_are_read_from_the_japanese_words() -> None:
    graph = convert(INDICATORS, file="i.csv", base=DEFAULT_BASE).graph
    kinds = {str(k).rsplit("#", 1)[-1] for k in graph.objects(None, MK.observationKind)}
    assert kinds == {"Actual", "Target"}
