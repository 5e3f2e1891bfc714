"""A project line with the unit in charge on a labelled line of its own further down."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.recognisers.division_lines import division_line
from loaders.structure import read_structure


def _projects(text: str) -> set[tuple[str, int | None, str | None]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.budget, p.division) for p in facts.projects}


def test_a_labelled_unit_line_under_a_listed_project_is_its_division() -> None:
    text = (
        "■今年度の主な事業\n"
        "○架空広場整備事業　1,200万円\n"
        "　広場の遊具を更新し、ベンチを増やします。\n"
        "　工事は秋に行います。\n"
        "　＞所管：架空緑地課（内線311）\n"
        "○架空文庫運営事業　300万円\n"
        "　［担当：架空文化室］\n"
    )
    assert _projects(text) == {
        ("架空広場整備事業", 12_000_000, "架空緑地課"),
        ("架空文庫運営事業", 3_000_000, "架空文化室"),
    }


def test_the_next_project_of_the_list_ends_the_search_for_its_unit() -> None:
    text = (
        "■今年度の主な事業\n"
        "○架空広場整備事業　1,200万円\n"
        "○架空文庫運営事業　300万円\n"
        "　［担当：架空文化室］\n"
    )
    assert _projects(text) == {
        ("架空広場整備事業", 12_000_000, None),
        ("架空文庫運営事業", 3_000_000, "架空文化室"),
    }


def test_a_line_with_more_than_a_labelled_unit_is_no_division_line() -> None:
    assert division_line("（問合せ）架空課　電話 000-0000") is None
    assert division_line("担当：架空課が説明します") is None
    assert division_line("→担当：架空部 架空課") == (4, "架空部 架空課")


def test_a_bracketed_unit_on_the_line_under_a_listed_project_is_its_division() -> None:
    text = (
        "◆ことしの主な事業\n"
        "　☆架空公園遊具更新事業　……………　1,500万円\n"
        "　　古くなった遊具を取り替えます。\n"
        "　　［架空緑地課］\n"
        "　☆架空上水道管更新事業　……………　2,000万円\n"
        "　　（架空水道課）　※架空水道事業会計\n"
    )
    assert _projects(text) == {
        ("架空公園遊具更新事業", 15_000_000, "架空緑地課"),
        ("架空上水道管更新事業", 20_000_000, "架空水道課"),
    }


def test_a_bracket_holding_anything_but_unit_names_is_no_division_line() -> None:
    from loaders.recognisers.division_lines import bracketed_unit_line

    assert bracketed_unit_line("（架空緑地課）") == (1, "架空緑地課")
    assert bracketed_unit_line("（架空緑地課）で受け付けます") is None
    assert bracketed_unit_line("（前年度 1,200万円）") is None


def test_bracketed_unit_set_out_left_heads_the_next_group_not_the_project_above() -> None:
    text = (
        "３．主要事業　（単位：千円）\n"
        "(架空総務課)\n"
        "  ○ 架空無線更新事業          148,500\n"
        "       屋外子局を更新\n"
        "(架空福祉課)\n"
        "  ○ 架空見守り導入事業          4,950\n"
        "       センサーを設置\n"
    )
    divisions = {name: division for name, _, division in _projects(text)}
    assert divisions.get("架空無線更新事業") != "架空福祉課"
