"""The column-role model: a column whose label the vocabulary lacks is read by its cells."""

from __future__ import annotations

import json

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import column_roles, recognise_all
from loaders.recognisers.column_roles import Column, features, hidden_header, label_columns, model
from loaders.recognisers.column_roles_training import (
    HELD_OUT,
    GoldIndex,
    _role,
    fit,
)
from loaders.structure import read_structure

# A reform plan's progress table whose grade column is headed 「到達」, a word the field
# vocabulary does not hold (a fictional town).
GRADED = (
    "令和5年度 架空町行政改革 取組状況\n\n"
    "No.\t取組名\t担当課\t到達\n"
    "1\t架空窓口の統合\t総務課\tA\n"
    "2\t架空手続の電子化\t企画課\tB\n"
    "3\t架空施設の集約\t財政課\tC\n"
    "4\t架空料金の見直し\t税務課\tB\n"
)


def _headers(text: str) -> list[list[str]]:
    doc = read_structure(text, labels=all_labels())
    label_columns(doc)
    return [block.table.header for block in doc.of_kind("table") if block.table]


def test_a_column_of_grades_under_an_unknown_label_is_labelled_an_evaluation() -> None:
    assert _headers(GRADED) == [["No.", "取組名", "担当課", column_roles.field_label("evaluation")]]


def test_the_grades_of_an_unknown_label_become_evaluations() -> None:
    facts = DocumentFacts("x.txt", "999989", "架空町", None, GRADED, "generic", fiscal_year=2023)
    recognise_all(read_structure(GRADED, labels=all_labels()), facts)
    assert {(e.initiative, e.grade) for e in facts.evaluations} == {
        ("架空窓口の統合", "A"),
        ("架空手続の電子化", "B"),
        ("架空施設の集約", "C"),
        ("架空料金の見直し", "B"),
    }


def test_a_column_whose_label_names_a_field_keeps_its_label() -> None:
    assert _headers(GRADED.replace("到達", "評価"))[0][3] == "評価"


def test_a_column_whose_label_prints_a_year_keeps_its_label() -> None:
    """「R5」 over grades dates them: the evaluation recogniser reads the year from it."""
    assert _headers(GRADED.replace("到達", "R5"))[0][3] == "R5"


def test_grades_beside_facility_names_keep_their_label() -> None:
    """A building's condition grade (A–D) is no evaluation of work."""
    text = (
        "施設名\t建築年\t劣化\n架空公民館\t1985\tB\n架空体育館\t1979\tC\n"
        "架空図書館\t1992\tA\n架空児童館\t2001\tB\n"
    )
    assert _headers(text)[0][2] == "劣化"


def test_a_table_whose_header_row_names_no_field_is_left_as_printed() -> None:
    """A header row of nothing but unknown words may be a note or a first data row."""
    text = "甲\t乙\n架空窓口の統合\tA\n架空手続の電子化\tB\n架空施設の集約\tC\n"
    assert _headers(text) == [["甲", "乙"]]


def test_a_hidden_header_leaves_only_the_cells_and_the_place() -> None:
    column = Column("評価", ("A", "B"), 3, 4, "担当課")
    hidden = hidden_header(features(column))
    assert "header=None" in hidden and "header-exact=None" in hidden
    assert not any(s.startswith("header-ends=") for s in hidden)
    assert "grade=all" in hidden


def test_the_model_reads_a_column_of_grades_by_its_cells_alone() -> None:
    column = Column("到達", ("A", "B", "B", "C", "A"), 3, 5, "担当課")
    role, probability = model().predict(hidden_header(features(column)))
    assert role == "evaluation" and probability >= column_roles.SURE


def test_the_model_was_fitted_on_no_held_out_set() -> None:
    data = json.loads(column_roles.WEIGHTS.read_text(encoding="utf-8"))
    assert data["trained_on"] and not set(data["trained_on"]) & set(HELD_OUT)
    assert set(data["roles"]) >= {"evaluation", "project", "indicator", "facility", "other"}


def test_a_column_is_given_the_role_its_cells_hold_in_the_gold() -> None:
    gold = GoldIndex(
        {"tables": {
            "projects": {"columns": ["municipality_code", "project", "fiscal_year", "budget",
                                     "division"],
                         "rows": [["999989", "架空橋補修事業", 2025, 12_000_000, "土木課"],
                                  ["999989", "架空公園整備事業", 2025, 3_400_000, "公園課"]]},
            "evaluations": {"columns": ["municipality_code", "initiative", "fiscal_year", "grade"],
                            "rows": [["999989", "架空橋補修事業", 2024, "B"]]},
        }}
    )  # fmt: skip
    names = Column("事業", ("架空橋補修事業", "架空公園整備事業"), 0, 3, None)
    amounts = Column("R7", ("12,000", "3,400"), 1, 3, "事業")
    units = Column("担当", ("土木課", "公園課"), 2, 3, "R7")
    other = Column("備考", ("継続", "新規"), 2, 3, "R7")
    assert [_role("999989", c, gold) for c in (names, amounts, units, other)] == [
        "project", "budget", "division", "other",
    ]  # fmt: skip


def test_fitting_the_same_columns_gives_the_same_weights() -> None:
    data = [(["grade=all", "place=last"], "evaluation"), (["project=all"], "project")] * 3
    assert fit(data, ["evaluation", "project"]) == fit(data, ["evaluation", "project"])
