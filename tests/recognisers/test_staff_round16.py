"""Staff counts in the layouts of round 16: captions naming placement or establishment, a
planned year's column, a survey's question over its table, a pivot table's blank items and
subtotals, and a personnel system's report with subtotal lines (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str, *, year: int | None = 2024) -> set[tuple[str, int, int]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


def test_a_caption_of_establishment_with_two_brackets_captions_a_staff_table() -> None:
    text = (
        "局別職員定員の状況   (各年度4月1日)   (単位:人)\n\n"
        "| 局名 | 令和5年度 | 令和6年度 |\n|---|---|---|\n"
        "| 架空環境局 | 120 | 118 |\n| 架空港湾局 | 64 | 66 |\n"
    )
    assert _staff(text) == {
        ("架空環境局", 2023, 120), ("架空環境局", 2024, 118),
        ("架空港湾局", 2023, 64), ("架空港湾局", 2024, 66),
    }  # fmt: skip


def test_a_planned_years_column_counts_that_years_staff() -> None:
    text = (
        "課別職員配置(各年度4月1日)\n\n"
        "| 区分 | 令和5年度 | 令和6年度(予定) |\n|---|---|---|\n"
        "| 架空振興課 | 9 | 10 |\n"
    )
    assert _staff(text) == {("架空振興課", 2023, 9), ("架空振興課", 2024, 10)}


def test_a_survey_question_over_a_table_captions_and_dates_it() -> None:
    text = (
        "問3 令和6年4月1日現在の係別の職員数を記入してください。\n\n"
        "| 係名 | 職員数 |\n|---|---|\n| 架空庶務係 | 4 |\n| 架空管理係 | 3 |\n"
    )
    assert _staff(text, year=2023) == {("架空庶務係", 2024, 4), ("架空管理係", 2024, 3)}


def test_a_pivot_tables_blank_item_is_no_unit_and_its_subtotal_is_the_outer_units() -> None:
    text = (
        "部局別職員数\n\n"
        "| 部局名 | 課名 | 令和5年度 | 令和6年度 |\n|---|---|---|---|\n"
        "| 架空土木部 | (空白) | 3 | 3 |\n"
        "|  | 架空道路課 | 20 | 21 |\n"
        "|  | 架空港湾課 | 11 | 10 |\n"
        "| 架空土木部 集計 |  | 34 | 34 |\n"
    )
    assert _staff(text) == {
        ("架空道路課", 2023, 20), ("架空道路課", 2024, 21),
        ("架空港湾課", 2023, 11), ("架空港湾課", 2024, 10),
        ("架空土木部", 2023, 34), ("架空土木部", 2024, 34),
    }  # fmt: skip


_REPORT = """\
ﾁｮｳﾋｮｳID: ZZ-01        架空市 人事システム        ﾍﾟｰｼﾞ: 1
ｼｭﾂﾘｮｸﾋﾞ: 2024/04/01   係別職員配置表(令和6年4月1日現在)
-----------------------------------------------------------------------
ｺｰﾄﾞ    上位    所属名称          区分   一般   技術    合計  前年度   増減
-----------------------------------------------------------------------
500000  000000  架空水道部        部        1      0       1       1      0
500100  500000  架空給水課        課        2      0       2       2      0
500101  500100  架空配水係        係        4      3       7       6     +1
500102  500100  架空料金係        係        5      0       5       5      0
                ** 架空給水課 課計 **       11      3      14      13     +1
                *** 架空水道部 部計 ***     12      3      15      14     +1
-----------------------------------------------------------------------
                ****** 総合計 ******        12      3      15      14     +1
"""


def test_a_personnel_report_reads_subtotal_lines_as_their_units_whole() -> None:
    found = _staff(_REPORT)
    assert ("架空水道部", 2024, 15) in found and ("架空水道部", 2023, 14) in found
    assert ("架空給水課", 2024, 14) in found and ("架空給水課", 2023, 13) in found
    assert ("架空配水係", 2024, 7) in found and ("架空配水係", 2023, 6) in found
    assert ("架空水道部", 2024, 1) not in found  # the 部's own row: its head's office only


def test_a_tab_indented_organisation_chart_counts_every_unit_in_it() -> None:
    text = (
        "架空水道局の体制(令和6年4月1日現在)\n\n"
        "架空水道局 40人\n"
        "\t架空給水部 25人\n"
        "\t\t架空配水課 15人\n"
        "\t\t架空料金課 10人\n"
        "\t架空浄水部 14人\n"
    )
    assert _staff(text) == {
        ("架空水道局", 2024, 40), ("架空給水部", 2024, 25), ("架空配水課", 2024, 15),
        ("架空料金課", 2024, 10), ("架空浄水部", 2024, 14),
    }  # fmt: skip


def test_a_survey_question_over_year_columns_counts_the_whole_body() -> None:
    text = (
        "問1 各年4月1日現在の職員数を記入してください。\n\n"
        "| 令和4年 | 令和5年 |\n|---|---|\n| 41人 | 40人 |\n"
    )
    assert _staff(text) == {("青葉台市", 2022, 41), ("青葉台市", 2023, 40)}
