"""An answering official's title run into the project they answer about (council Q&A)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.recognisers.speaker_posts import split_speaker
from loaders.structure import read_structure


def _projects(text: str) -> set[tuple[str, int | None, str | None]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.budget, p.division) for p in facts.projects}


def test_a_unit_heads_title_before_a_project_name_is_its_division_not_its_name() -> None:
    text = (
        "委員会の質疑\n\n"
        "Q架空市場の再整備の予定は。\n\n"
        "A架空振興課長架空市場整備事業として1,500万円を計上した。秋に着工する。\n\n"
        "A架空文化室長架空文庫運営事業に300万円を計上している。\n"
    )
    assert _projects(text) == {
        ("架空市場整備事業", 15_000_000, "架空振興課"),
        ("架空文庫運営事業", 3_000_000, "架空文化室"),
    }


def test_a_name_holding_a_head_title_but_no_unit_before_it_is_kept_whole() -> None:
    assert split_speaker("課長級研修事業") is None
    assert split_speaker("架空市長杯大会事業") is None
    assert split_speaker("答架空課長架空広場整備事業") == ("架空課", 1, 5)


def test_a_unit_heads_title_run_into_a_place_is_no_part_of_the_places_name() -> None:
    from loaders.parse import parse_document

    text = "委員会の質疑\n\nA架空振興課長架空町民会館の改修は来年度に行う。\n"
    facts = parse_document(
        text, file="qa.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    names = {f.name for f in facts.facilities}
    assert "架空町民会館" in names
    assert not any("課長" in name for name in names)


def test_a_project_stated_with_its_amount_in_an_answer_takes_the_answering_unit() -> None:
    text = (
        "委員会の質疑\n\n"
        "Q架空文庫の拡充の内容は。\n\n"
        "A架空文化室長来年4月から開館時間を延ばす。架空文庫運営事業の予算額は450万円である。\n\n"
        "A架空振興課長架空市場整備事業は1,500万円で、秋に着工する。\n"
    )
    assert _projects(text) == {
        ("架空文庫運営事業", 4_500_000, "架空文化室"),
        ("架空市場整備事業", 15_000_000, "架空振興課"),
    }


def test_a_unit_in_brackets_after_the_stated_amount_is_the_projects_division() -> None:
    text = "A　はい。架空文庫運営事業の予算は450万円です（架空文化室）。\n"
    assert _projects(text) == {("架空文庫運営事業", 4_500_000, "架空文化室")}
