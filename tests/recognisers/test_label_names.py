"""A printed label with its value, or a bare year, is no project's name (fictional
examples, in layouts of no development set)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.recognisers.label_names import is_labelled_field, is_year_only, names_no_record
from loaders.structure import read_structure


def _project_names(text: str) -> set[str]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {p.name for p in facts.projects}


def test_spaced_out_labels_of_a_review_sheet_give_no_label_value_project() -> None:
    # labels printed with spaces between their characters (「担　　当　　課：」): the tail of
    # the label and its value (「課：架空文化室」) was read as a project's name
    text = (
        "架空町 事務事業振り返りシート\n\n"
        "事　　業　　名：架空文庫運営事業\n"
        "担　　当　　課：架空文化室\n"
        "目　　　　　的：読書の機会を増やす。\n\n"
        "事　　業　　名：架空広場整備事業\n"
        "担　　当　　課：架空緑地課\n"
    )
    assert not any(":" in name or "：" in name for name in _project_names(text))


def test_a_label_and_value_of_another_field_is_no_project_name() -> None:
    assert is_labelled_field("担当係：架空係", "project")
    assert is_labelled_field("課:架空文化室", "project")
    assert not is_labelled_field("事業名：架空文庫運営事業", "project")  # the kind's own label
    assert not is_labelled_field("架空文庫運営事業", "project")


def test_a_printed_year_alone_is_no_project_name() -> None:
    assert is_year_only("令和8年度")
    assert is_year_only(" R8 ")
    assert not is_year_only("令和8年度 架空広場整備事業")
    assert names_no_record("令和8年度", "project")
    assert not names_no_record("架空広場整備事業", "project")
