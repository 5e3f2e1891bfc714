"""The cross-city topic queries in queries/ answer their questions on the corpus."""

from __future__ import annotations

from typing import Any

from loaders.resources import queries_dir

TOPIC_QUERIES = [
    "topic", "topic_explained", "projects_by_topic", "budget_by_topic", "initiatives_sharing_topic",
    "indicators_by_topic", "search",
]  # fmt: skip


def test_each_query_starts_with_title_description_and_documents_its_parameter() -> None:
    for name in TOPIC_QUERIES:
        lines = (queries_dir() / f"{name}.rq").read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# title: "), name
        assert lines[1].startswith("# description: "), name
        assert lines[2].startswith("# param: "), name


def test_projects_by_topic_gives_budget_and_division(run_query: Any) -> None:
    rows = run_query("projects_by_topic", topic="地域コミュニティ")
    (row,) = [r for r in rows if r["project"] == "地域コミュニティの活性化"]
    assert row["municipality_code"] == "122173"
    assert row["budget"] == "13411000"
    assert row["division"] == "地域支援課"
    assert row["fiscal_year"] == "2017"


def test_projects_by_topic_includes_narrower_themes(run_query: Any) -> None:
    projects = {r["project"] for r in run_query("projects_by_topic", topic="防災")}
    assert "消防団運営費・防災対策事業" in projects


def test_projects_by_topic_without_a_topic_lists_each_tag_once(run_query: Any) -> None:
    rows = run_query("projects_by_topic")
    keys = [(r["theme"], r["municipality_code"], r["project"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert ("ホームタウン", "122173", "ホームタウン推進事業") in keys


def test_budget_by_topic_sums_project_budgets_per_city_and_year(run_query: Any) -> None:
    rows = run_query("budget_by_topic", topic="男女共同参画")
    assert [
        (r["municipality_code"], r["fiscal_year"], r["budget"], r["projects"]) for r in rows
    ] == [("122173", "2017", "6426000", "1")]


def test_budget_by_topic_rolls_narrower_themes_up(run_query: Any) -> None:
    rows = {
        (r["theme"], r["municipality_code"]): int(r["budget"]) for r in run_query("budget_by_topic")
    }
    narrower = rows[("指定管理者制度", "122173")]
    assert rows[("公共施設管理", "122173")] >= narrower


def test_initiatives_sharing_a_topic_pair_different_cities_and_codes(run_query: Any) -> None:
    rows = run_query("initiatives_sharing_topic", topic="地域コミュニティ")
    pairs = {(r["municipality_a"], r["initiative_a"], r["municipality_b"]) for r in rows}
    assert ("141305", "地域コミュニティ施策の推進", "151009") in pairs
    assert all(r["municipality_a"] != r["municipality_b"] for r in rows)
    (kawasaki,) = {
        r["policy_code_a"] for r in rows if r["initiative_a"] == "地域コミュニティ施策の推進"
    }
    assert kawasaki.startswith("VII-1-(2)")


def test_indicators_by_topic_lists_observations(run_query: Any) -> None:
    rows = run_query("indicators_by_topic", topic="地域コミュニティ")
    assert {r["indicator"] for r in rows} == {"まちづくりセンター数"}
    assert ("2015", "target", "42") in {(r["fiscal_year"], r["kind"], r["value"]) for r in rows}


def test_topic_query_without_a_topic_returns_nothing(run_query: Any) -> None:
    assert run_query("topic") == []
