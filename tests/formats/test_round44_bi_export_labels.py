"""A BI tool's CSV export of a strategy's KPIs: its value columns say how the tool summed
them (「R5実績 の合計」), its grade columns end with their year (「施策評価R6」), and a cell
lists the 施策's entries apart by slashes (「A／B」). Each label names its field, each grade
column grades the 施策 of its row for its year, and each listed entry is one.
Fictional example."""

from __future__ import annotations

from pathlib import Path

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import field_of
from loaders.formats import read_source
from tests.recognisers._facts_of import parsed_as_read

_CSV = (
    "基本目標,施策番号,施策名,主な取組,KPI,単位,担当課,基準年度,基準値 の合計,R5実績 の合計,"
    "R6実績 の合計,目標値（R7） の合計,施策評価R6,施策評価R5\n"
    "1 架空のしごと,1-(1),架空産業の強化,架空産品の高付加価値化／架空企業の立地促進,"
    "架空出荷額,億円,架空振興課,R1,1284,1326,1352,1400,B,C\n"
    "1 架空のしごと,1-(2),架空担い手の確保,架空就農者への支援／架空林業の担い手育成,"
    "架空就農者数,人,架空農林課,R1,4,6,5,8,A,B\n"
    "2 架空のひとの流れ,2-(1),架空移住の促進,架空相談窓口の運営／架空空き家バンクの活用,"
    "架空移住者数,人,架空企画課,R1,86,124,141,150,A,A\n"
)


def test_a_label_closing_on_its_year_names_its_field() -> None:
    assert field_of("施策評価R6") == "evaluation"
    assert field_of("評価令和5年度", exact=True) == "evaluation"


def _facts(tmp_path: Path) -> DocumentFacts:
    path = tmp_path / "kpi.csv"
    path.write_text(_CSV, encoding="utf-8")
    return parsed_as_read(read_source(path).text, "x.txt")


def test_summed_columns_give_each_years_values(tmp_path: Path) -> None:
    values = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in _facts(tmp_path).observations}
    assert ("架空出荷額", 2023, "actual", 1326) in values
    assert ("架空出荷額", 2024, "actual", 1352) in values


def test_each_dated_grade_column_grades_the_rows_policy(tmp_path: Path) -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in _facts(tmp_path).evaluations}
    assert {("架空産業の強化", 2024, "B"), ("架空産業の強化", 2023, "C")} <= grades


def test_a_cell_of_slashed_entries_lists_each(tmp_path: Path) -> None:
    pairs = {(i.name, tuple(i.policy_codes)) for i in _facts(tmp_path).initiatives}
    assert {("架空産品の高付加価値化", ("1-(1)",)), ("架空企業の立地促進", ("1-(1)",))} <= pairs


def test_a_slash_inside_brackets_parts_no_entries() -> None:
    from loaders.recognisers.initiatives import listed_in_cell
    from loaders.structure import read_structure
    from loaders.structure.blocks import Cell

    text = "架空公民連携（PPP／PFI）の推進"
    doc = read_structure(text + "\n", labels=())
    cells = listed_in_cell(doc, Cell(text, 0, len(text)))
    assert [c.text for c in cells] == [text]
