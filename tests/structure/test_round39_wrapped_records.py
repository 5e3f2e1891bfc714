"""A PDF table converted to a sheet keeps each line of a wrapped cell as a row of its own
(「1 | 4-1 子育て支 | 架空サポ」 over 「| 援の充実 | ート事業」), its two-line header as a
first row of words, and an empty spacer column in the middle: the numbered rows are the
records, the rows under them their cells' rest, the header's second line joined onto its
labels, and the spacer no border between two tables. Fictional examples."""

from __future__ import annotations

from pathlib import Path

from loaders.field_vocabulary import all_labels
from loaders.formats import read_source
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_CSV = (
    "令和7年度 事務事業評価結果一覧,,,,,,,,\n"
    "No.,施策,事業名,所管,,令和6年度,令和7年度,成果指標（単位）,評価\n"
    ",,,,,決算額（千円）,予算額（千円）,,\n"
    '1,4-1 子育て支,架空サポ,架空未来部,,"8,412","8,960",援助活動件数（件,B\n'
    ",援の充実,ート事業,架空政策課,,,,）,\n"
    '2,4-1 子育て支,架空健全育,架空未来部,,"312,846","336,200",待機児童数（人）,C\n'
    ",援の充実,成事業,架空政策課,,,,,\n"
    '3,4-2 学校教育,架空推進事業,教育部,,"42,608","43,100",架空の割合（％）,C\n'
    ",の充実,,架空教育課,,,,,\n"
)


def _table(tmp_path: Path) -> tuple[list[str], list[list[str]]]:
    page = tmp_path / "hyoka.csv"
    page.write_text(_CSV, encoding="utf-8")
    doc = read_structure(read_source(page).text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    return table.header, [[c.text for c in row] for row in table.rows]


def test_a_spacer_column_inside_one_table_splits_nothing(tmp_path: Path) -> None:
    header, _ = _table(tmp_path)
    assert header[0] == "No." and "評価" in header


def test_the_header_s_second_line_joins_its_labels(tmp_path: Path) -> None:
    header, _ = _table(tmp_path)
    assert "令和6年度 決算額(千円)" in header


def test_wrapped_lines_join_the_numbered_record(tmp_path: Path) -> None:
    _, rows = _table(tmp_path)
    assert rows[0][:4] == ["1", "4-1 子育て支援の充実", "架空サポート事業", "架空未来部架空政策課"]
    assert len(rows) == 3


def test_the_records_projects_read_with_their_budgets() -> None:
    facts = parsed_as_read(_CSV, "hyoka.csv")
    budgets = {(p.name, p.fiscal_year, p.budget) for p in facts.projects}
    assert ("架空サポート事業", 2024, 8_412_000) in budgets


def test_a_name_line_under_a_row_of_labels_and_codes_is_no_wrapped_rest() -> None:
    """(Regression: a plan's two-line records — 「1 | 政策目標 | (5) | 名称」 over the entry's
    name — had the name joined onto the label 「政策目標」.)"""
    text = (
        "1\t政策目標\t(5)\t架空の行財政\t施策目標\t(2)架空の運営\n"
        "\t架空の総合計画の策定\t\t\t\t\n"
        "2\t政策目標\t(5)\t架空の行財政\t施策目標\t(2)架空の運営\n"
        "\t架空の経営指針の策定\t\t\t\t\n"
        "3\t政策目標\t(1)\t架空の安心なまち\t施策目標\t(3)架空の防災\n"
        "\t架空の避難行動に関する取組の推進\t\t\t\t\n"
    )
    doc = read_structure(text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    cells = [c.text for row in table.rows for c in row] + list(table.header)
    assert "政策目標" in cells
    assert not any(c.startswith("政策目標架空") for c in cells)
