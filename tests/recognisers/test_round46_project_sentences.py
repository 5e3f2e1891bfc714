"""A 広報's script read aloud (Uni-Voice text): 「X事業は1億4,200万円です。…。担当は建設課
です。」 — the unit a later sentence of the same paragraph names is the project's division, up to
the next project. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_TEXT = (
    "令和8年度の当初予算をお知らせします。\n\n"
    "架空除雪事業は１億４，２００万円です。除雪車２台を更新します。担当は架空建設課です。"
    "架空町道事業は９，４８０万円で、３路線の拡幅を行います。\n"
)


def test_the_unit_a_later_sentence_names_is_the_projects_division() -> None:
    projects = {(p.name, p.budget, p.division) for p in parsed_as_read(_TEXT).projects}
    assert ("架空除雪事業", 142000000, "架空建設課") in projects


def test_a_unit_named_for_one_project_is_not_the_next_ones() -> None:
    projects = {(p.name, p.division) for p in parsed_as_read(_TEXT).projects}
    assert ("架空町道事業", None) in projects
