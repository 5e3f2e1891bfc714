"""Round 20: what a project table's row holds beyond its name (fictional examples, in
layouts of no development set)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.recognisers.passage_topics import topic_unit_before
from loaders.recognisers.stacked_cells import amount_then_unit
from loaders.structure import read_structure
from loaders.text.project_names import looks_like_project, strip_status_mark


def _projects(text: str) -> set[tuple[str, int | None, int | None, str | None]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_a_cell_printing_an_amount_then_a_unit_gives_budget_and_division() -> None:
    # a pipe table whose second column, headed by a word naming no field, prints each
    # project's amount and then its division in brackets
    text = (
        "架空村の主な事業\n\n"
        "| 事業名 | 内訳 |\n"
        "|---|---|\n"
        "| 架空渓谷遊歩道整備事業 | 4,200千円 ［架空観光課］ |\n"
        "| 架空星空観察会開催事業 | 860千円 ［架空教育課］ |\n"
    )
    assert _projects(text) == {
        ("架空渓谷遊歩道整備事業", 2024, 4_200_000, "架空観光課"),
        ("架空星空観察会開催事業", 2024, 860_000, "架空教育課"),
    }


def test_amount_then_unit_needs_a_gap_and_a_unit_name() -> None:
    assert amount_then_unit("7,350 架空振興課") == ((0, 5), (6, 11))
    assert amount_then_unit("7,350千円（架空振興課）") is not None
    assert amount_then_unit("7,350千円") is None  # an amount alone
    assert amount_then_unit("7,350 架空の森") is None  # no unit's name after it
    assert amount_then_unit("7,350課") is None  # run together: no stacked cell


def test_a_status_mark_glued_after_a_name_is_no_part_of_it() -> None:
    assert strip_status_mark("架空渓谷遊歩道整備事業拡充") == "架空渓谷遊歩道整備事業"
    assert strip_status_mark("架空渓谷遊歩道整備事業　新規") == "架空渓谷遊歩道整備事業"
    assert looks_like_project("架空渓谷遊歩道整備事業新規")
    # a name ending in the mark's word but no project without it stays as printed
    assert strip_status_mark("架空の森の充実") == "架空の森の充実"


def test_a_group_row_with_no_amount_and_no_division_is_no_project() -> None:
    # a tab-separated budget table broken into groups by rows naming a goal
    text = (
        "令和6年度 架空町の主な事業（単位：千円）\n\n"
        "事業名\t予算額\t担当課\n"
        "基本目標1　架空の森を守る\t\t\n"
        "架空林道補修事業\t3,100\t架空産業課\n"
        "基本目標2　架空の川に親しむ\t\t\n"
        "架空親水公園管理事業\t1,250\t架空建設課\n"
    )
    names = {name for name, *_ in _projects(text)}
    assert names == {"架空林道補修事業", "架空親水公園管理事業"}


def test_a_unit_a_passage_names_as_its_topic_is_in_charge_of_the_projects_that_follow() -> None:
    # a budget explanation read out unit by unit: the unit is named in a sentence of its
    # own, or mid-sentence after a clause, and the amounts that follow are its projects'
    text = (
        "◎架空環境部長　架空環境部所管分について御説明申し上げます。\n"
        "　続きまして、架空清掃課でございます。\n"
        "　架空海岸清掃事業に１，２００万円を計上しております。\n"
        "　また、昨年の台風を踏まえ、架空河川課において「架空堤防点検事業」に８００万円を"
        "計上いたしました。\n"
    )
    rows = _projects(text)
    assert ("架空海岸清掃事業", 2024, 12_000_000, "架空清掃課") in rows
    assert ("架空堤防点検事業", 2024, 8_000_000, "架空河川課") in rows


def test_a_new_speaker_opens_a_passage_of_its_own() -> None:
    text = (
        "◎架空環境部長　架空清掃課では、準備を進めます。\n"
        "◎架空市長　架空海岸清掃事業に１，２００万円を計上しました。\n"
    )
    assert topic_unit_before(text, text.index("架空海岸")) is None
    assert topic_unit_before(text, text.index("準備")) == ("架空清掃課", text.index("架空清掃課"))
