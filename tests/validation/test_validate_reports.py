"""`machikg validate` on a steward's file: each problem once, the line of the record, every
message in the chosen language, and parser errors that point at the real fault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.cli import main

EXAMPLE = Path(__file__).parent / "data" / "project-budget-as-text.ttl"


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["validate", str(EXAMPLE), "--format", "json", *args]) == 1
    return json.loads(capsys.readouterr().out)


def test_the_budget_written_as_text_is_reported_once(capsys: pytest.CaptureFixture[str]) -> None:
    problems = _json(capsys)["problems"]
    assert [p["value"] for p in problems].count('"12,345,000円"') == 1


def test_the_missing_division_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    problems = _json(capsys, "--lang", "en")["problems"]
    assert any("responsible division" in p["message"] for p in problems)


def test_an_undeclared_fiscal_year_of_machikg_is_no_problem(
    capsys: pytest.CaptureFixture[str],
) -> None:
    problems = _json(capsys)["problems"]
    assert not [p for p in problems if "fiscalYear" in (p["path"] or "")]


def test_each_problem_names_the_line_of_its_record(capsys: pytest.CaptureFixture[str]) -> None:
    subject_line = next(
        n for n, line in enumerate(EXAMPLE.read_text().splitlines(), 1) if "a mk:Project" in line
    )
    problems = _json(capsys)["problems"]
    assert {(p["line"], p["column"]) for p in problems} == {(subject_line, 1)}


@pytest.mark.parametrize(("lang", "other_script"), [("en", "[ぁ-んァ-ン]"), ("ja", None)])
def test_every_message_is_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], lang: str, other_script: str | None
) -> None:
    import re

    problems = _json(capsys, "--lang", lang)["problems"]
    for problem in problems:
        assert problem["message"] == problem[f"message_{lang}"]
        if other_script:
            assert not re.search(other_script, problem["message"])


def test_the_shacl_report_in_rdf_is_standard(capsys: pytest.CaptureFixture[str]) -> None:
    import rdflib

    assert main(["validate", str(EXAMPLE), "--format", "ttl"]) == 1
    graph = rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")
    sh = rdflib.SH
    [report] = graph.subjects(rdflib.RDF.type, sh.ValidationReport)
    assert graph.value(report, sh.conforms) == rdflib.Literal(False)
    assert len(list(graph.objects(report, sh.result))) >= 3


def test_a_missing_semicolon_is_reported_on_its_own_line_in_both_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = EXAMPLE.read_text().splitlines()
    label_line = next(n for n, line in enumerate(lines, 1) if "rdfs:label" in line)
    lines[label_line - 1] = lines[label_line - 1].rstrip(" ;")
    bad = tmp_path / "bad.ttl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    error = capsys.readouterr().err
    assert f"line {label_line}," in error and f"{label_line}行目" in error
    assert "';'" in error and "「;」" in error
