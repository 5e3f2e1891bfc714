"""Statistical tables with their years down the rows (a yearbook's series): staff counts and
budgets by the column's unit or account, the era printed on the first row only, a title
joined into every label, and notes printed on the row over the labels (fictional
examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets, staff
from loaders.recognisers.year_rows import note_header, row_years, shared_title
from loaders.structure import Cell, Table, read_structure


def _facts(text: str) -> DocumentFacts:
    return DocumentFacts("x.md", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)


def _staff(text: str) -> set[tuple[str, int, int]]:
    facts = _facts(text)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


def _budgets(text: str) -> set[tuple[str, int | None, str, int]]:
    facts = _facts(text)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def _table(header: list[str], *rows: list[str]) -> Table:
    return Table(header, [[Cell(text, 0, 0) for text in row] for row in rows])


def test_a_staff_series_with_years_down_the_rows_counts_each_column_unit() -> None:
    text = (
        "## 部局別職員数\n\n"
        "| 年 次 | 総 数 | 架空総務局 | 架空港湾局 |\n|---|---|---|---|\n"
        "| 平成30年 | 310 | 40 | 61 |\n| 31 | 305 | 41 | 60 |\n"
    )
    assert _staff(text) == {
        ("青葉台市", 2018, 310), ("架空総務局", 2018, 40), ("架空港湾局", 2018, 61),
        ("青葉台市", 2019, 305), ("架空総務局", 2019, 41), ("架空港湾局", 2019, 60),
    }  # fmt: skip


def test_a_budget_series_with_years_down_the_rows_dates_each_account() -> None:
    text = (
        "## 会計別当初予算額\n\n(単位:百万円)\n\n"
        "| 年 度 | 総 額 | 一般会計 | 特別会計 |\n|---|---|---|---|\n"
        "| 令和元年度 | 1,500 | 1,000 | 500 |\n| 2 | 1,530 | 1,010 | 520 |\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2019, "一般会計", 1_000_000_000),
        ("青葉台市", 2019, "特別会計", 500_000_000),
        ("青葉台市", 2020, "一般会計", 1_010_000_000),
        ("青葉台市", 2020, "特別会計", 520_000_000),
    }


def test_notes_on_the_row_over_the_labels_date_a_staff_table() -> None:
    text = (
        "## 局別の職員数\n\n"
        "| (令和5年4月1日現在) |  | (単位:人) |\n|---|---|---|\n"
        "| 局名 | 職員数 |  |\n| 架空環境局 | 120 |  |\n| 架空港湾局 | 64 |  |\n"
    )
    assert _staff(text) == {("架空環境局", 2023, 120), ("架空港湾局", 2023, 64)}


def test_notes_on_the_row_over_the_labels_give_the_amounts_unit() -> None:
    text = (
        "## 特別会計別当初予算額\n\n"
        "|  |  | (単位:千円) |\n|---|---|---|\n"
        "| 会計名 | 令和5年度 | 令和6年度 |\n| 架空霊園事業会計 | 1,200 | 1,300 |\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2023, "架空霊園事業会計", 1_200_000),
        ("青葉台市", 2024, "架空霊園事業会計", 1_300_000),
    }


def test_a_header_of_labels_is_no_note_row() -> None:
    table = _table(["局名", "職員数"], ["架空環境局", "120"], ["架空港湾局", "64"])
    assert note_header(table) == (table, [])


def test_a_title_joined_into_every_label_is_taken_off() -> None:
    header = ["3-1 職員数の推移 年次", "3-1 職員数の推移 総数", "3-1 職員数の推移 架空局",
              "各年4月1日現在 架空部"]  # fmt: skip
    assert shared_title(header) == ("3-1 職員数の推移", ["年次", "総数", "架空局", "架空部"])


def test_labels_sharing_no_title_are_kept() -> None:
    header = ["所属 名", "職員 数", "備考 欄"]
    assert shared_title(header) == ("", header)


def test_row_years_carry_the_era_of_the_first_row_down() -> None:
    table = _table(["年次", "総数"], ["令和 2年", "1"], ["3", "2"], ["4", "3"])
    assert row_years(table) == [2020, 2021, 2022]


def test_rows_naming_no_rising_years_are_no_series() -> None:
    assert row_years(_table(["区分", "総数"], ["架空局", "1"], ["架空部", "2"])) is None
    assert row_years(_table(["年次", "総数"], ["令和3年", "1"], ["2", "2"])) is None
