"""Project entries printed as a term with its amount, or a line closing with a slash and unit."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.structure import read_structure


def _projects(text: str) -> set[tuple[str, int | None, int | None, str | None]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_a_term_whose_description_is_its_amount_and_a_unit_field_under_it() -> None:
    text = (
        "■主な事業（令和6年度予算）\n"
        "架空水路改修事業：12,600千円\n"
        "担当：架空水路課\n"
        "架空文庫運営事業：3,000千円\n"
        "担当：架空文化室\n"
    )
    assert _projects(text) == {
        ("架空水路改修事業", 2024, 12_600_000, "架空水路課"),
        ("架空文庫運営事業", 2024, 3_000_000, "架空文化室"),
    }


def test_a_slash_and_a_unit_after_the_amount_give_the_division_and_a_code_bracket_no_name() -> None:
    text = (
        "■令和6年度の主な事業（（ ）内は施策の番号）\n"
        "・架空水路改修事業（Ⅱ-3-(1)） 12,600千円／架空水路課\n"
        "・架空文庫運営事業（2-1） 3,000千円／架空文化室\n"
    )
    assert _projects(text) == {
        ("架空水路改修事業", 2024, 12_600_000, "架空水路課"),
        ("架空文庫運営事業", 2024, 3_000_000, "架空文化室"),
    }


def test_a_project_number_column_before_the_name_column_is_not_the_name() -> None:
    text = (
        "計画事業一覧（単位：千円）\n"
        "事業No.\t事業名\t担当課\tR6\tR7\n"
        "5101\t架空水路改修事業\t架空水路課\t1,200\t-\n"
    )
    assert _projects(text) == {("架空水路改修事業", 2024, 1_200_000, "架空水路課")}


def test_a_labelled_unit_after_the_amount_on_the_projects_line_is_its_division() -> None:
    text = (
        "■令和6年度の主な事業\n"
        "・架空水路改修事業 1,200万円 所管：架空水路課\n"
        "・架空文庫運営事業 300万円 担当：架空建設部 架空文化室\n"
    )
    assert _projects(text) == {
        ("架空水路改修事業", 2024, 12_000_000, "架空水路課"),
        ("架空文庫運営事業", 2024, 3_000_000, "架空文化室"),
    }


def test_a_section_whose_budget_field_gives_an_accounts_amount_is_no_project() -> None:
    """Regression: 「Ⅱ　○○部の体制と予算」 over 「・予算」 「一般会計 123億円」 was read as a
    project of the section's title with the account's amount."""
    text = (
        "Ⅱ　架空部の体制と予算\n"
        "・職員数　架空部　40人\n"
        "・予算（令和6年度当初）\n"
        "　　一般会計　　　　　12億3,400万円\n"
        "　　架空事業特別会計　　2億1,000万円\n"
    )
    assert _projects(text) == set()
