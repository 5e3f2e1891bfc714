"""A sheet's header of two lines saved as two rows (「事業費」 merged over the years, the years
on the next row): the years join the header under the label spanning them, and each
project's cost is read for each year. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "計画事業一覧（単位：千円）\n\n"
    "施策番号\t事業名\t担当課\t事業費\t\t\t\t事業概要\n"
    "\t\t\t令和8年度\t令和9年度\t令和10年度\t3か年計\n"
    "1-1\t架空センター運営事業\t架空子育て課\t18400\t18400\t18900\t55700\t架空の相談\n"
    "\t架空クラブ整備事業\t架空子育て課\t64000\t38500\t\t102500\t架空の整備\n"
    "1-2\t架空端末更新事業\t架空教育課\t286500\t12000\t12000\t310500\t架空の更新\n"
)


def test_the_year_row_joins_the_header() -> None:
    doc = read_structure(_SHEET, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header[4] == "事業費 令和9年度"
    assert table.rows[0][1].text == "架空センター運営事業"


def test_each_years_cost_is_read() -> None:
    facts = parsed_as_read(_SHEET, "x.txt")
    costs = {(p.name, p.fiscal_year, p.budget) for p in facts.projects}
    assert ("架空センター運営事業", 2027, 18400000) in costs
    assert ("架空端末更新事業", 2028, 12000000) in costs


def test_a_first_row_of_a_year_and_its_counts_stays_a_row() -> None:
    sheet = (
        "年次\t総数\t架空総務部\t架空企画部\n"
        "令和4年\t612\t70\t40\n"
        "令和5年\t608\t69\t40\n"
    )
    doc = read_structure(sheet, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header == ["年次", "総数", "架空総務部", "架空企画部"]
    assert table.rows[0][0].text == "令和4年"
