"""An evaluation sheet kept in a workbook and dumped as one Markdown table through pandas
(MarkItDown): 「NaN」 for empty cells, 「Unnamed: n」 for unlabelled columns, and the sheet's
small tables (事業費 by year, the indicator's 目標値 / 実績値 by year) inside the one table.
Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "## 01-01-01\n"
    "| 令和７年度　事務事業評価シート | Unnamed: 1 | Unnamed: 2 | Unnamed: 3 | Unnamed: 4 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 事業名 | 架空の相談支援事業 | NaN | NaN | NaN |\n"
    "| 担当部 | 架空部 | 担当課 | 架空支援課 | NaN |\n"
    "| 事業費（単位：千円） | NaN | NaN | NaN | NaN |\n"
    "| 区分 | 令和５年度決算 | 令和６年度決算 | 令和７年度予算 | NaN |\n"
    "| 事業費 | 42380 | 44915 | 46200 | NaN |\n"
    "| うち一般財源 | 30210 | 31822 | 32400 | NaN |\n"
    "| 成果指標 | 架空の相談件数 | NaN | 単位 | 件 |\n"
    "| 年度 | 目標値 | 実績値 | 達成度 | NaN |\n"
    "| 令和５年度 | 2800 | 2641 | 0.9432142857142857 | NaN |\n"
    "| 令和６年度 | 2900 | 3012 | 1.0386206896551724 | NaN |\n"
    "| 総合評価 | A | NaN | 今後の方向性 | 拡充 |\n"
)


def _tables() -> list[list[str]]:
    doc = read_structure(_SHEET, labels=all_labels())
    return [b.table.header for b in doc.blocks if b.table is not None]


def test_nan_and_unnamed_cells_read_blank() -> None:
    doc = read_structure(_SHEET, labels=all_labels())
    cells = [c.text for b in doc.blocks if b.table for r in b.table.rows for c in r]
    assert "NaN" not in cells
    assert not any(label.startswith("Unnamed") for header in _tables() for label in header)


def test_a_label_row_of_years_inside_the_sheet_opens_a_table_of_its_own() -> None:
    assert ["区分", "令和5年度決算", "令和6年度決算", "令和7年度予算"] in _tables()
    assert ["年度", "目標値", "実績値", "達成度"] in _tables()


def test_the_projects_budget_is_read_for_each_year() -> None:
    facts = parsed_as_read(_SHEET, "sheets.md")
    budgets = {(p.fiscal_year, p.budget) for p in facts.projects if p.name == "架空の相談支援事業"}
    assert {(2023, 42_380_000), (2024, 44_915_000), (2025, 46_200_000)} <= budgets


def test_the_indicator_the_row_above_names_has_its_targets_and_actuals() -> None:
    facts = parsed_as_read(_SHEET, "sheets.md")
    values = {(o.fiscal_year, o.kind, o.value) for o in facts.observations
              if o.indicator == "架空の相談件数"}  # fmt: skip
    assert {(2023, "target", 2800), (2023, "actual", 2641), (2024, "actual", 3012)} <= values


_CODED = (
    "表1　基本目標Ⅰの成果指標\n"
    "施策／成果指標\t単位\t現状値（令和6年度）\t目標値（令和12年度）\n"
    "Ⅰ-1 架空の待機児童数\t人\t3\t0\n"
    "Ⅰ-2 架空の教室の利用率\t%\t50.0\t75.0\n"
)


def test_a_policy_code_before_an_indicators_name_is_no_part_of_it() -> None:
    """「施策／成果指標」 over 「Ⅰ-1 架空の待機児童数」: the code places the row."""
    facts = parsed_as_read(_CODED, "plan.txt")
    names = {o.indicator for o in facts.observations}
    assert {"架空の待機児童数", "架空の教室の利用率"} <= names


_DOCLING = (
    "## 3 局別予算額（一般会計）\n"
    "\n"
    "（単位：千円）\n"
    "\n"
    "| 局名        | 当初予算額       | 当初予算額       | 増減額       |\n"
    "|-----------|-------------|-------------|-----------|\n"
    "| 局名        | 令和８年度       | 令和７年度       | 増減額       |\n"
    "| 架空総務局       | 18,245,310  | 17,908,420  | 336,890   |\n"
    "| 架空財政局       | 6,812,440   | 6,590,130   | 222,310   |\n"
)


def test_a_merged_label_repeated_over_its_columns_heads_the_years_under_it() -> None:
    """A converter (Docling) repeats a merged header cell in each column it spans and prints
    the lower header row as the table's first row: still one two-row header."""
    doc = read_structure(_DOCLING, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header == ["局名", "当初予算額 令和8年度", "当初予算額 令和7年度", "増減額"]
    assert table.rows[0][0].text == "架空総務局"


_PLAIN_WORDS = (
    "施策の成果を測る指標（「いまの値」は令和6年度の実績、「めざそう値」は令和12年度の目標）\n"
    "施策\t指標\tいまの値（R6）\tめざそう値（R12）\n"
    "1-1\t架空の入所待ち児童数\t2人\t0人\n"
)


def test_plain_words_for_the_baseline_and_the_target_label_them() -> None:
    """「いまの値 | めざそう値」: a plan written for every reader names its kinds in plain words."""
    facts = parsed_as_read(_PLAIN_WORDS, "plan.txt")
    values = {(o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert {(2024, "baseline", 2), (2030, "target", 0)} <= values
