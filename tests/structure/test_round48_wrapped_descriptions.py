"""A plan's list of projects set out with spaces, each row's last cell (its description)
wrapped onto a line of its own set in under that cell (「…を運営」 then 「する。」), a blank
line after each row; and further down, after a page break, a second table of the same
projects' amounts by year, opening with the same first label but other labels. Before, the
first table ended at its first wrapped description (its other rows read as paragraphs);
then its rows ran on into the second table. Fictional example."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure

_PLAN = (
    "計画事業費は各年度の見込額で、単位は千円です。\n"
    "\n"
    "第３章　計画事業一覧\n"
    "\n"
    "番号  施策    計画事業名                      区分  担当課"
    "                事業の概要\n"
    "──────────────────────────────────────────────────────────────\n"
    "  1   1-1     架空急患診療所運営事業          継続  架空健康課"
    "            休日・夜間の初期救急医療を担う診療所を運営\n"
    "                                                                          する。\n"
    "\n"
    "  2   1-1     架空検診推進事業                拡充  架空健康課"
    "            各種の検診を実施し、節目年齢の自己\n"
    "                                                                          負担を無料化する。\n"
    "\n"
    "  3   1-2     架空予防推進事業                継続  架空介護課"
    "            通いの場へ専門職を派遣する。\n"
    "\n"
    "\n"
    "\n"
    "                                 － 4 －\n"
    "\n"
    "番号  計画事業名                          令和８年度    令和９年度    令和10年度"
    "      ３か年計\n"
    "                                            （千円）      （千円）      （千円）"
    "      （千円）\n"
    "────────────────────────────────────────────────────\n"
    "  1   架空急患診療所運営事業                  41,900        42,300        42,300"
    "       126,500\n"
    "\n"
    "  2   架空検診推進事業                        84,150        86,700        86,700"
    "       257,700\n"
    "\n"
    "  3   架空予防推進事業                        30,840        31,500        31,900"
    "        94,240\n"
)


def _facts() -> DocumentFacts:
    return parse_document(_PLAN, file="plan.txt", municipality_code="999989",
                          municipality="架空市", prefecture="架空県")  # fmt: skip


def test_a_wrapped_last_cell_does_not_end_the_table() -> None:
    doc = read_structure(_PLAN, labels=all_labels())
    first = next(b.table for b in doc.blocks if b.table is not None)
    names = [row[2].text for row in first.rows if len(row) > 2]
    assert names == ["架空急患診療所運営事業", "架空検診推進事業", "架空予防推進事業"]


def test_a_table_under_another_first_label_is_a_table_of_its_own() -> None:
    doc = read_structure(_PLAN, labels=all_labels())
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert len(tables) >= 2
    assert all("令和８年度" not in " ".join(c.text for c in row) for row in tables[0].rows)


def test_each_years_amount_has_the_division_the_first_table_names() -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in _facts().projects}
    assert ("架空検診推進事業", 2026, 84150000, "架空健康課") in projects
    assert ("架空予防推進事業", 2028, 31900000, "架空介護課") in projects
