"""Headers of two rows and headers broken over lines. Fictional examples.

- A sheet's banded header (「評価」 merged over 「令和6年度 | 前回（令和5年度）」,
  「事業費（千円）」 over 「令和6年度決算 | 令和7年度予算」): every spanned column keeps the
  upper label, each with its own year.
- 「成果指標（令和6年度）」 over 「指標名 | 目標値 | 実績値」: each kind dated by the upper bracket.
- html2text's pipe table whose header cells keep their line breaks (each piece's line closing
  in two spaces) and whose rows drop a name merged over two rows.
"""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "No.\t事業名\t担当課\t事業費（千円）\t\t成果指標（令和６年度）\t\t\t評価\t\t方向性\n"
    "\t\t\t令和６年度決算\t令和７年度予算\t指標名\t目標値\t実績値\t令和６年度\t前回（令和５年度）\t\n"
    "1\t架空相談事業\t架空支援課\t18,420\t19,600\t相談件数\t4,200\t4,486\tＡ\tＢ\t継続\n"
    "2\t架空保育事業\t架空保育課\t42,860\t44,100\t利用児童数\t1,800\t1,642\tＢ\tＢ\t継続\n"
)


def _header(text: str) -> list[str]:
    doc = read_structure(text, labels=all_labels())
    return next(b.table for b in doc.blocks if b.table is not None).header


def test_each_spanned_column_keeps_the_upper_label_with_its_own_year() -> None:
    header = _header(_SHEET)
    assert header[4] == "事業費(千円) 令和7年度予算"
    assert header[9] == "評価 前回(令和5年度)"


def test_a_kind_under_a_dated_field_label_takes_its_year() -> None:
    assert _header(_SHEET)[6] == "目標値(令和6年度)"


def test_each_years_grade_and_the_targets_are_read() -> None:
    facts = parsed_as_read(_SHEET, "x.tsv")
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert ("架空相談事業", 2023, "B") in grades
    values = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert ("相談件数", 2024, "target", 4200) in values


_MARKDOWN = (
    "施策 | KPI（単位） | 基準値  \n"
    "（年度） | 令和4年度 | 目標値  \n"
    "（令和7年度）  \n"
    "---|---|---|---|---  \n"
    "1-(1) 架空産業の振興 | 架空出荷額（億円） | 4,812（R1） | 5,020 | 5,300  \n"
    "架空立地件数（件） | 0（R2） | 4 | 12  \n"
    "1-(2) 架空創業の支援 | 架空創業件数（件） | 38（R2） | 44 | 55  \n"
)


def test_a_header_broken_at_its_cells_line_breaks_is_one_row() -> None:
    assert _header(_MARKDOWN) == [
        "施策", "KPI(単位)", "基準値(年度)", "令和4年度", "目標値(令和7年度)"
    ]


def test_a_row_short_of_its_merged_first_cell_keeps_its_columns() -> None:
    doc = read_structure(_MARKDOWN, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert [c.text for c in table.rows[1]] == ["", "架空立地件数(件)", "0(R2)", "4", "12"]
