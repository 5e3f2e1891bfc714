"""The indicator recogniser: an indicator table's values, whatever its column labels print."""

from __future__ import annotations

import pytest

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.structure import read_structure


def _observations(text: str) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic")
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_baseline_and_target_take_the_year_printed_in_their_cell() -> None:
    text = (
        "指標名 | 現状 | 目標 |\n---|---|---|\n"
        "架空広場の利用者数 | 2.5万人(2021年度) | 3万人(2027年度) |\n"
    )
    assert _observations(text) == {
        ("架空広場の利用者数", 2021, "baseline", 2.5),
        ("架空広場の利用者数", 2027, "target", 3),
    }


def test_value_is_the_number_as_printed_without_unit_or_scale() -> None:
    text = "指標名 | 現状 |\n---|---|\n架空線の乗客数 | 12,345千人(2020年度) |\n"
    assert _observations(text) == {("架空線の乗客数", 2020, "baseline", 12345)}


def test_target_without_a_year_is_kept_without_one() -> None:
    text = "指標名 | 目標 |\n---|---|\n架空講座の受講者数 | 40人 |\n"
    assert _observations(text) == {("架空講座の受講者数", None, "target", 40)}


def test_column_labels_give_kind_and_year() -> None:
    text = (
        "成果指標\t平成12年\t平成13年実績\t平成15年末見込\t5ヵ年目標\n"
        "架空館の入館者数\t100人\t110人\t130人\t150人\n"
    )
    assert _observations(text) == {
        ("架空館の入館者数", 2000, "baseline", 100),
        ("架空館の入館者数", 2001, "actual", 110),
        ("架空館の入館者数", 2003, "estimate", 130),
        ("架空館の入館者数", None, "target", 150),
    }


def test_a_column_dated_to_a_day_is_no_value_of_its_year() -> None:
    text = "成果指標\t平成13年実績\t平成15年9月30日現在\n架空館の入館者数\t110人\t60人\n"
    assert _observations(text) == {("架空館の入館者数", 2001, "actual", 110)}


def test_cells_without_a_number_are_no_values() -> None:
    text = "成果指標\t平成13年実績\t5ヵ年目標\n架空協議会の設置\tなし\t設置\n"
    assert _observations(text) == set()


def test_a_row_measuring_several_parts_gives_no_values() -> None:
    text = (
        "指標名 | 現状 | 目標 |\n---|---|---|\n"
        "架空施設の修繕率 | 東棟20.0% 西棟70.0%(2021年度) | 100%(2027年度) |\n"
    )
    assert _observations(text) == set()


def test_attributes_of_a_list_item() -> None:
    text = (
        "■指標\n"
        "・架空市民講座の参加者数（基準値：1,200人（令和4年度）／目標値：2,000人（令和8年度））\n"
    )
    assert _observations(text) == {
        ("架空市民講座の参加者数", 2022, "baseline", 1200),
        ("架空市民講座の参加者数", 2026, "target", 2000),
    }


def test_labelled_fields_after_the_indicator_field() -> None:
    text = "【指標名】架空市民講座の参加者数\n【実績値】1,350人（令和5年度）\n"
    assert _observations(text) == {("架空市民講座の参加者数", 2023, "actual", 1350)}


def _observations_in(text: str, year: int) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_an_arrow_series_pairs_each_value_with_its_year() -> None:
    text = "架空広場の利用者数が120人→150人(令和4年度→令和5年度)と増えています。\n"
    assert _observations_in(text, 2024) == {
        ("架空広場の利用者数", 2022, "actual", 120),
        ("架空広場の利用者数", 2023, "actual", 150),
    }


def test_an_arrow_series_marked_same_takes_the_years_before_it() -> None:
    text = "架空満足度が40.5パーセント⇒42.0パーセント(平成24年⇒平成26年)、架空関心度が60パーセント⇒58パーセント(同)と推移した。\n"  # noqa: E501
    assert ("架空関心度", 2014, "actual", 58) in _observations_in(text, 2017)


def test_an_arrow_series_year_after_the_documents_is_a_target() -> None:
    text = "架空講座の参加者数が30人→45人(令和5年度→令和7年度)を目指します。\n"
    assert ("架空講座の参加者数", 2025, "target", 45) in _observations_in(text, 2024)


def test_a_sheet_reads_its_indicator_row_against_the_dated_label_row_above_it() -> None:
    text = (
        "実施項目\t架空手続の電子化\t\t\t\t\n"
        "概要\t工程\t現状 (令和2年度)\t令和3年度 計画\t令和3年度 実績\t最終目標/ 令和5年度\n"
        "指標\t架空手続の件数\t10(見込み)\t20\t18\t40\n"
    )
    assert _observations_in(text, 2021) == {
        ("架空手続の件数", 2020, "estimate", 10),
        ("架空手続の件数", 2021, "target", 20),
        ("架空手続の件数", 2021, "actual", 18),
        ("架空手続の件数", 2023, "target", 40),
    }


def test_a_sheets_current_state_is_the_first_actual_of_its_series() -> None:
    text = (
        "項目\t架空の見直し\t\t\t\n"
        "概要\t工程\t現状 (令和2年度)\t令和3年度 計画\t令和3年度 実績\n"
        "成果指標\t架空の割合\t42.5\t60\t55.5\n"
    )
    assert ("架空の割合", 2020, "actual", 42.5) in _observations_in(text, 2021)


def test_a_sheet_column_for_a_year_onward_has_no_value_of_its_own() -> None:
    text = (
        "項目\t架空の見直し\t\t\t\n"
        "概要\t工程\t令和3年度 計画\t令和3年度 実績\t最終目標/ 令和6年度以降\n"
        "指標\t架空の件数\t5\t6\t9\n"
    )
    assert {o[1] for o in _observations_in(text, 2021)} == {2021}


def _observations_in(text: str, year: int) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic")
    facts.fiscal_year = year
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_values_labelled_with_their_kind_after_the_name_in_an_indicator_field() -> None:
    text = "目標指標：架空公園の来園者数　現状値 1,200人（令和2年度）→ 目標値 1,500人（令和8年）\n"
    assert _observations(text) == {
        ("架空公園の来園者数", 2020, "baseline", 1200),
        ("架空公園の来園者数", 2026, "target", 1500),
    }


def test_a_kind_label_run_into_its_value_is_read_as_well() -> None:
    text = "指標　　　架空講座の受講率（％）　目標80.0％（2026年度）／実績75.5％（2024年度）\n"
    assert _observations(text) == {
        ("架空講座の受講率", 2026, "target", 80.0),
        ("架空講座の受講率", 2024, "actual", 75.5),
    }


def test_a_note_gives_the_year_of_values_of_one_kind_that_print_none() -> None:
    text = (
        "現状値は、原則として令和2年度の実績です。\n\n"
        "目標指標：架空体操の参加者数　現状値 40人 → 目標値 60人\n\n"
        "※目標値は、特に記載のないものは令和8年度の値です。\n"
    )
    assert _observations(text) == {
        ("架空体操の参加者数", 2020, "baseline", 40),
        ("架空体操の参加者数", 2026, "target", 60),
    }


def test_a_sheets_yearless_actual_and_target_are_the_documents_year() -> None:
    text = "【成果指標】架空講座の開催回数（回）\n【目標値】120\n【実績値】114\n"
    assert _observations_in(text, 2023) == {
        ("架空講座の開催回数", 2023, "target", 120),
        ("架空講座の開催回数", 2023, "actual", 114),
    }


def test_a_kind_column_gives_each_row_of_dated_values_its_kind() -> None:
    text = (
        "指標名\t区分\t令和4年度\t令和5年度\n"
        "架空見守り協力店数\t目標\t50\t60\n"
        "実績\t48\t－\n"
    )
    assert _observations(text) == {
        ("架空見守り協力店数", 2022, "target", 50),
        ("架空見守り協力店数", 2023, "target", 60),
        ("架空見守り協力店数", 2022, "actual", 48),
    }


def test_a_row_with_its_name_left_blank_is_the_named_rows_other_kind() -> None:
    """A 目標値 row and a 実績値 row under one name printed once: the blank name is the one
    above; a column headed with its own kind (基準値(令和2年度)) keeps it on either row."""
    text = (
        "指標名|区分|基準値(令和2年度)|令和4年度|目標値(令和7年度)\n"
        "架空文庫の貸出冊数|目標値|-|500|600\n"
        "                  |実績値|420|480|-\n"
    )
    assert _observations(text) == {
        ("架空文庫の貸出冊数", 2022, "target", 500),
        ("架空文庫の貸出冊数", 2025, "target", 600),
        ("架空文庫の貸出冊数", 2020, "baseline", 420),
        ("架空文庫の貸出冊数", 2022, "actual", 480),
    }


def test_a_space_aligned_table_split_by_single_full_width_spaces() -> None:
    text = (
        "指標名　　　　　　　　単位　現状値（令和３年度）　目標値（令和９年度）\n"
        "架空検診の受診率　　　％　　　　２１．５　　　　　　３０．０\n"
        "架空体操に通う町民の割合　％　　　　１２．０　　　　　　２０．０\n"
    )
    assert _observations(text) == {
        ("架空検診の受診率", 2021, "baseline", 21.5),
        ("架空検診の受診率", 2027, "target", 30.0),
        ("架空体操に通う町民の割合", 2021, "baseline", 12.0),
        ("架空体操に通う町民の割合", 2027, "target", 20.0),
    }


def test_a_sentence_about_an_indicator_of_a_table_takes_the_tables_name() -> None:
    text = (
        "・町民の架空検診の受診率は、平成29年度の18.2%から令和2年度には16.9%へと低下しました。\n\n"
        "指標名 | 現状値(令和3年度) |\n---|---|\n架空検診の受診率 | 21.5 |\n"
    )
    assert ("架空検診の受診率", 2017, "actual", 18.2) in _observations(text)


def test_year_columns_beside_a_target_indicator_column_are_targets() -> None:
    text = "目標指標\t令和4年度\t令和5年度\n架空広場の利用者数\t80人\t120人\n"
    assert _observations(text) == {
        ("架空広場の利用者数", 2022, "target", 80),
        ("架空広場の利用者数", 2023, "target", 120),
    }


def test_lines_under_a_line_of_value_labels_are_rows_of_values() -> None:
    text = (
        "■成果指標\u3000\u3000R5実績\u3000\u3000R6見込\u3000\u3000R7目標\n"
        "架空講座の受講者数\u3000120人\u3000130人\u3000150人\n"
    )
    assert _observations(text) == {
        ("架空講座の受講者数", 2023, "actual", 120),
        ("架空講座の受講者数", 2024, "estimate", 130),
        ("架空講座の受講者数", 2025, "target", 150),
    }


def test_a_table_of_years_under_an_indicator_field_dates_each_kinds_value() -> None:
    text = "成果指標：①架空講座の受講率(%)\n\n年度\t目標\t実績\n令和3年度(2021)\t50.0\t44.6\n"
    assert _observations(text) == {
        ("架空講座の受講率", 2021, "target", 50.0),
        ("架空講座の受講率", 2021, "actual", 44.6),
    }


def test_a_value_printed_after_its_year_takes_that_year() -> None:
    text = "成果指標：架空バスの待ち時間\n基準値：平成30年度 9.1分\n"
    assert ("架空バスの待ち時間", 2018, "baseline", 9.1) in _observations(text)


def test_a_note_reading_left_to_right_dates_a_fields_values_in_order() -> None:
    text = (
        "成果指標：架空教室の待機者数\n目標：20 10 0\n実績：31 18 -\n\n"
        "※各指標の列は左から令和元年度、令和2年度、令和3年度\n"
    )
    assert _observations_in(text, 2020) == {
        ("架空教室の待機者数", 2019, "target", 20),
        ("架空教室の待機者数", 2020, "target", 10),
        ("架空教室の待機者数", 2021, "target", 0),
        ("架空教室の待機者数", 2019, "actual", 31),
        ("架空教室の待機者数", 2020, "actual", 18),
    }


def test_rows_of_one_kind_under_a_line_of_years_date_each_value_by_column() -> None:
    text = (
        "目標指標：架空講座の開催回数(回/年)\n\n令和元年度 令和2年度\n\n"
        "計画\t10\t12\n実績\t11\t-\n"
    )
    assert _observations(text) == {
        ("架空講座の開催回数", 2019, "target", 10),
        ("架空講座の開催回数", 2020, "target", 12),
        ("架空講座の開催回数", 2019, "actual", 11),
    }


def test_a_results_table_row_takes_the_indicator_of_the_plan_row_with_its_key() -> None:
    text = (
        "No.\t取組項目\t目標指標\t令和4年度\n1-1\t架空講座の拡充\t架空講座の受講者数\t80人\n\n"
        "No.\t取組項目\t令和4年度実績\t評価\n1-1\t架空講座の拡充\t64人\tC\n"
    )
    assert ("架空講座の受講者数", 2022, "actual", 64) in _observations(text)


def test_a_table_by_year_whose_rows_print_a_kind_and_the_indicator_in_brackets() -> None:
    text = (
        "区分 | 令和2年度 | 令和3年度 |\n---|---|---|\n"
        "計画(架空講座の受講者数) | 40人 | 45人 |\n"
        "実績(架空講座の受講者数) | 38人 | - |\n"
        "進捗評価 | B | - |\n"
    )
    assert _observations(text) == {
        ("架空講座の受講者数", 2020, "target", 40),
        ("架空講座の受講者数", 2021, "target", 45),
        ("架空講座の受講者数", 2020, "actual", 38),
    }


def test_a_line_after_an_indicator_table_is_a_row_the_layout_left_out() -> None:
    text = (
        "指標名　　　　　　　基準値　　　　　　　目標値（令和８年度）\n"
        "架空文庫の貸出冊数　　５００冊（令和４年度）　　６００冊\n"
        "架空講座の満足度　８０．０％（令和４年度）　　　９０．０％\n"
    )
    assert _observations(text) >= {
        ("架空講座の満足度", 2022, "baseline", 80.0),
        ("架空講座の満足度", 2026, "target", 90.0),
    }


def test_a_target_cell_naming_its_indicator_and_the_result_beside_it() -> None:
    text = (
        "取組 | 目標 | 結果 | 評価 |\n---|---|---|---|\n"
        "架空文庫の充実 | 貸出冊数500冊 | 480冊(見込みを含む) | B |\n"
        "架空橋の整備 | 工事の着手 | 10月に着手 | A |\n"
    )
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2021)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations} == {
        ("貸出冊数", 2021, "target", 500),
        ("貸出冊数", 2021, "actual", 480),
    }


def test_a_column_of_years_dates_each_rows_values_and_a_blank_name_is_the_one_above() -> None:
    text = (
        "指標名\t年度\t目標\t実績\n"
        "架空講座の受講者数\t令和4年度\t40\t38\n"
        "\t令和5年度\t45\t47\n"
    )
    assert _observations(text) == {
        ("架空講座の受講者数", 2022, "target", 40),
        ("架空講座の受講者数", 2022, "actual", 38),
        ("架空講座の受講者数", 2023, "target", 45),
        ("架空講座の受講者数", 2023, "actual", 47),
    }


def test_a_two_column_table_of_labels_and_values_is_read_as_fields() -> None:
    text = (
        "成果指標\t架空講座の受講者数\n"
        "基準値\t30人(令和2年度)\n"
        "目標値\t40人(令和7年度)\n"
    )
    assert _observations(text) == {
        ("架空講座の受講者数", 2020, "baseline", 30),
        ("架空講座の受講者数", 2025, "target", 40),
    }


def test_a_year_spanning_target_and_actual_columns_dates_both() -> None:
    text = (
        "| 指標名 | 令和5年度 | | 令和6年度 | |\n|---|---|---|---|---|\n"
        "| | 目標 | 実績 | 目標 | 実績 |\n"
        "| 架空講座の受講者数 | 40 | 38 | 45 | 47 |\n"
    )
    assert _observations(text) == {
        ("架空講座の受講者数", 2023, "target", 40),
        ("架空講座の受講者数", 2023, "actual", 38),
        ("架空講座の受講者数", 2024, "target", 45),
        ("架空講座の受講者数", 2024, "actual", 47),
    }


def test_a_table_headed_by_its_years_under_an_indicator_field_gives_a_kind_a_row() -> None:
    text = "【指標】架空講座の受講者数\n区分\t令和4年度\t令和5年度\n目標\t40\t45\n実績\t38\t47\n"
    assert _observations(text) == {
        ("架空講座の受講者数", 2022, "target", 40),
        ("架空講座の受講者数", 2022, "actual", 38),
        ("架空講座の受講者数", 2023, "target", 45),
        ("架空講座の受講者数", 2023, "actual", 47),
    }


def test_a_kind_column_lets_an_unlabelled_first_column_name_the_indicator() -> None:
    text = "項目\t区分\t令和4年度\n架空講座の受講者数\t目標\t40\n\t実績\t38\n"
    assert _observations(text) == {
        ("架空講座の受講者数", 2022, "target", 40),
        ("架空講座の受講者数", 2022, "actual", 38),
    }


def test_amounts_by_kind_are_no_indicator() -> None:
    text = "項目\t区分\t令和4年度\n架空事業\t計画\t1,000千円\n\t実績\t900千円\n"
    assert _observations(text) == set()


def test_the_year_printed_under_a_value_is_its_year_and_its_evidence() -> None:
    """A row over two lines, each value's year under it: the year's evidence is where the
    year stands in the document."""
    text = (
        "  指標名                     現状値        目標値\n"
        "\n"
        "  架空広場の利用者数         1,200人       1,500人\n"
        "                             (令和3年度)   (令和8年度)\n"
        "  架空教室の参加者数           40人          60人\n"
        "                             (令和2年度)   (令和8年度)\n"
    )
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic")
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(o.indicator, o.fiscal_year, o.value) for o in facts.observations} >= {
        ("架空広場の利用者数", 2021, 1200),
        ("架空広場の利用者数", 2026, 1500),
    }
    for o in facts.observations:
        if "fiscal_year" in o.evidence:
            assert o.evidence["fiscal_year"].text.startswith("令和")


def test_lines_of_dated_labels_and_values_under_an_indicator_field() -> None:
    """A form: 「成果指標　○○数」 then each value after the label of its year and kind."""
    text = (
        "成果指標　　　　　架空教室の参加者数（人）\n"
        "　　　　　　　　　令和4年度実績　　　　　20\n"
        "　　　　　　　　　令和5年度目標　　　　　25\n"
        "　　　　　　　　　最終目標（令和7年度）　30\n"
    )
    assert _observations(text) == {
        ("架空教室の参加者数", 2022, "actual", 20),
        ("架空教室の参加者数", 2023, "target", 25),
        ("架空教室の参加者数", 2025, "target", 30),
    }


def test_a_first_column_headed_by_no_label_before_dated_kinds_names_the_indicators() -> None:
    text = "項目\t基準値(令和2年度)\t目標値(令和8年度)\n架空広場の利用者数\t100人\t150人\n"
    assert _observations(text) == {
        ("架空広場の利用者数", 2020, "baseline", 100),
        ("架空広場の利用者数", 2026, "target", 150),
    }


def test_a_table_flattened_into_words_under_a_year_spanning_its_kinds() -> None:
    """PDF text: a header line with an indicator column and one year, the kinds that year
    spans on the next line, numbered rows whose indicator stands right before the values;
    a name wrapped onto the next line is read up to its unclosed bracket."""
    text = (
        "No. 取組項目 所管課 指標 令和5年度 評価\n"
        "目標 実績\n"
        "1 架空広場の整備 架空振興課 広場利用者数（人 1,200 1,350 A\n"
        "数）\n"
        "2 架空教室の開催 架空管理課 参加者数（人） 40 38 B\n"
    )
    assert _observations(text) == {
        ("広場利用者数", 2023, "target", 1200),
        ("広場利用者数", 2023, "actual", 1350),
        ("参加者数", 2023, "target", 40),
        ("参加者数", 2023, "actual", 38),
    }


def test_a_headerless_table_a_row_per_kind_measures_the_indicator_named_above_it() -> None:
    text = (
        "数値目標\n"
        "架空広場の延床面積(広場全体のうち屋根のある部分)\n"
        "基準値\t令和2年度末\t1,200㎡\n"
        "目標値\t令和12年度末\t1,000㎡\n"
    )
    assert _observations(text) == {
        ("架空広場の延床面積", 2020, "baseline", 1200),
        ("架空広場の延床面積", 2030, "target", 1000),
    }


def test_a_line_of_years_over_a_line_of_bracketed_kinds_dates_the_values_below() -> None:
    text = (
        "参加者数の推移\n"
        "令和3年度 令和4年度 令和5年度\n"
        "（実績） （実績） （目標）\n"
        "架空教室の参加者数 40 45 50\n"
    )
    assert _observations(text) == {
        ("架空教室の参加者数", 2021, "actual", 40),
        ("架空教室の参加者数", 2022, "actual", 45),
        ("架空教室の参加者数", 2023, "target", 50),
    }


def test_a_kind_over_a_year_column_and_a_value_column_dates_its_values() -> None:
    """「基準値」 merged over 「年度 | 値」, 「最終目標（令和8年度）」 over 「値」: each row's
    baseline takes the year printed in the baseline's own year column."""
    text = (
        "指標名\t基準値\t\t最終目標(令和8年度)\n"
        "\t年度\t値\t値\n"
        "架空公園の利用者数\t令和4年度\t120人\t150人\n"
    )
    assert _observations(text) == {
        ("架空公園の利用者数", 2022, "baseline", 120),
        ("架空公園の利用者数", 2026, "target", 150),
    }


def test_kinds_over_bracketed_years_then_rows_with_names_wrapped_in_their_cell() -> None:
    """A PDF's table, cells run together: 「指標名 基準値 実績値 目標値」 over 「(2019) (2022)
    (2024)」, then one row a line, a long name's rest wrapped onto the next line."""
    text = (
        "【成果指標】\n指標名 基準値 実績値 目標値\n(2019) (2022) (2024)\n"
        "架空組織の組 78.5% 86.0% 90.0%\n織率\n架空講座の人数 34人 61人 70人\n【評価】 A\n"
    )
    assert _observations(text) == {
        ("架空組織の組織率", 2019, "baseline", 78.5),
        ("架空組織の組織率", 2022, "actual", 86.0),
        ("架空組織の組織率", 2024, "target", 90.0),
        ("架空講座の人数", 2019, "baseline", 34),
        ("架空講座の人数", 2022, "actual", 61),
        ("架空講座の人数", 2024, "target", 70),
    }


def test_a_wrapped_name_rest_may_close_the_bracket_the_name_opened() -> None:
    text = (
        "指標名 基準値 目標値\n(2019) (2024)\n架空就農者数(5年 4人 20人\n間累計)\n"
        "架空地面積 126ha 110ha\n"
    )
    assert _observations(text) == {
        ("架空就農者数(5年間累計)", 2019, "baseline", 4),
        ("架空就農者数(5年間累計)", 2024, "target", 20),
        ("架空地面積", 2019, "baseline", 126),
        ("架空地面積", 2024, "target", 110),
    }


def test_a_sheets_indicator_row_run_together_reads_each_kinds_year_value_pairs() -> None:
    """「成果指標 NAME 目標 R4 30件 実績 R3 22件 R4 27件」 on one line, the name's rest and the
    dangling value on the next, before that line's own kind (最終目標)."""
    text = (
        "３ 指標\n成果指標 架空の支援を受けた 目標 R4 30件 実績 R3 22件 R4\n"
        "創業件数 27件 最終目標 R7 35件\n４ 評価\n"
    )
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2022)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations} == {
        ("架空の支援を受けた創業件数", 2022, "target", 30),
        ("架空の支援を受けた創業件数", 2021, "actual", 22),
        ("架空の支援を受けた創業件数", 2022, "actual", 27),
        ("架空の支援を受けた創業件数", 2025, "target", 35),
    }


def test_a_header_line_wrapped_in_its_cells_joins_each_label_with_its_rest_below() -> None:
    """「指標 基準値 平成30年度」 over 「(平成28年度) 目標値」: 基準値(平成28年度) and
    平成30年度目標値."""
    text = "指標 基準値 平成30年度\n(平成28年度) 目標値\n架空面談実施率 71.2% 100%\n"
    assert _observations(text) == {
        ("架空面談実施率", 2016, "baseline", 71.2),
        ("架空面談実施率", 2018, "target", 100),
    }


def test_amounts_against_a_baseline_and_a_target_are_an_indicators_in_yen_when_mixed() -> None:
    """項目 | 基準値(年度) | 目標値(年度): a budget prints no 目標値, so 円 here is an indicator's;
    a row printing 「1億5,000万円」 beside 「3,650万円」 has no one unit: each value in yen."""
    text = (
        "項目\t基準値(令和2年度)\t目標値(令和7年度)\n"
        "架空寄附額\t3,650万円\t1億5,000万円\n架空登録者数\t182人\t400人\n"
    )
    assert _observations(text) == {
        ("架空寄附額", 2020, "baseline", 36500000),
        ("架空寄附額", 2025, "target", 150000000),
        ("架空登録者数", 2020, "baseline", 182),
        ("架空登録者数", 2025, "target", 400),
    }


def test_a_target_field_naming_its_indicator_with_a_dated_baseline_then_an_actual_field() -> None:
    """「目標：X率 20.0%(平成30年度末 14.2%)」 then 「実績：21.3%(令和2年3月末)」 (a <dl> per
    initiative): the baseline its bracket dates, target and actual of the actual's year."""
    text = (
        "取組1 架空の推進\n目標：架空カード交付率 20.0%(平成30年度末 14.2%)\n"
        "実績：21.3%(令和2年3月末)\n"
    )
    assert _observations(text) == {
        ("架空カード交付率", 2018, "baseline", 14.2),
        ("架空カード交付率", 2019, "target", 20.0),
        ("架空カード交付率", 2019, "actual", 21.3),
    }


def test_a_kind_label_in_an_indicator_field_may_print_its_year_in_brackets() -> None:
    text = "成果指標：架空農園の体験者数 現状値(令和5年度)310人 → 目標値(令和7年度)400人\n"
    assert _observations(text) == {
        ("架空農園の体験者数", 2023, "baseline", 310),
        ("架空農園の体験者数", 2025, "target", 400),
    }


def test_a_name_opening_with_a_number_inside_a_word_is_a_name() -> None:
    text = (
        "指標名 | 基準値 | 目標値 |\n---|---|---|\n"
        "3次元地図の整備区域数 | 4(2023年度) | 9(2027年度) |\n"
    )
    assert _observations(text) == {
        ("3次元地図の整備区域数", 2023, "baseline", 4),
        ("3次元地図の整備区域数", 2027, "target", 9),
    }


def test_a_plans_year_columns_from_the_documents_year_on_are_targets() -> None:
    text = (
        "取組項目 | 指標名 | 2025年度 | 2026年度 |\n---|---|---|---|\n"
        "架空窓口の改善 | 架空窓口の待ち時間(分) | 12 | 10 |\n"
    )
    assert _observations_in(text, 2025) == {
        ("架空窓口の待ち時間", 2025, "target", 12),
        ("架空窓口の待ち時間", 2026, "target", 10),
    }


def test_years_between_a_baseline_year_and_a_target_year_are_actuals() -> None:
    text = (
        "区分 | 令和4年度(基準) | 令和5年度 | 令和6年度 | 令和8年度(目標) |\n---|---|---|---|---|\n"
        "架空教室の受講者数(人) | 120 | 131 | 140 | 180 |\n"
    )
    assert _observations_in(text, 2024) == {
        ("架空教室の受講者数", 2022, "baseline", 120),
        ("架空教室の受講者数", 2023, "actual", 131),
        ("架空教室の受講者数", 2024, "actual", 140),
        ("架空教室の受講者数", 2026, "target", 180),
    }


def test_a_row_whose_long_name_pushed_its_unit_and_value_into_the_name_cell() -> None:
    text = (
        "指標名                        単位    令和4年度実績  令和5年度実績  令和6年度目標\n"
        "活動 架空講座の開催回数         回          3             4              5\n"
        "成果 架空講座を受講した市民のうち満足した人の割合 % 80.5      85.0         90.0\n"
    )
    assert {o for o in _observations(text) if o[0].endswith("割合")} == {
        ("架空講座を受講した市民のうち満足した人の割合", 2022, "actual", 80.5),
        ("架空講座を受講した市民のうち満足した人の割合", 2023, "actual", 85.0),
        ("架空講座を受講した市民のうち満足した人の割合", 2024, "target", 90.0),
    }


def test_a_word_before_the_name_that_with_shihyo_labels_an_indicator_is_its_type() -> None:
    text = "指標名 | 令和4年度実績 |\n---|---|\n活動 架空講座の開催回数 | 3 |\n"
    assert _observations(text) == {("架空講座の開催回数", 2022, "actual", 3)}


def test_steps_after_a_name_each_a_value_after_its_year_and_kind() -> None:
    text = "(3) 指標\n  架空果樹の栽培面積  令和5年度 12.5ha → 令和6年度目標 14.0ha/実績 13.2ha\n"
    assert _observations(text) == {
        ("架空果樹の栽培面積", 2023, "baseline", 12.5),
        ("架空果樹の栽培面積", 2024, "target", 14.0),
        ("架空果樹の栽培面積", 2024, "actual", 13.2),
    }


def test_steps_of_dated_figures_printing_no_kind_are_no_indicator() -> None:
    text = "架空川の水位  令和5年度 1.2m → 令和6年度 1.4m\n"
    assert _observations(text) == set()


def test_a_kind_field_holding_a_name_and_one_figure_is_that_years_value() -> None:
    text = "② 架空観光の推進\n  ㋐ 実績：架空自転車の利用者 1,250人(前年度比 110%)\n"
    assert _observations_in(text, 2024) == {("架空自転車の利用者", 2024, "actual", 1250)}


def test_a_kind_field_holding_a_sentence_gives_no_value() -> None:
    text = "  ㋐ 実績：工事が遅れ、令和7年度へ繰越し(繰越額 16,200千円)\n"
    assert _observations_in(text, 2024) == set()


def test_a_header_line_carrying_the_other_columns_bullet_after_its_labels() -> None:
    text = (
        "【成果指標】\n"
        "指標名 基準値 実績値 目標値 ・架空の森の間伐(12ha)\n"
        "(2019) (2022) (2024)\n"
        "架空林の面積 30ha 34ha 40ha\n"
    )
    assert _observations(text) == {
        ("架空林の面積", 2019, "baseline", 30),
        ("架空林の面積", 2022, "actual", 34),
        ("架空林の面積", 2024, "target", 40),
    }


def test_steps_of_money_are_no_indicator() -> None:
    text = "架空事業費  令和5年度 1,200千円 → 令和6年度目標 1,500千円\n"
    assert _observations(text) == set()


def test_labelled_values_set_apart_by_slashes_on_a_forms_lines() -> None:
    text = (
        "【成果指標】星見広場の利用者数（人）\n"
        "　　2022年度実績 410　／　2023年度目標 500　／　2023年度実績 455\n"
    )
    assert _observations(text) == {
        ("星見広場の利用者数", 2022, "actual", 410),
        ("星見広場の利用者数", 2023, "target", 500),
        ("星見広場の利用者数", 2023, "actual", 455),
    }


def test_past_years_before_a_target_column_without_a_baseline_are_actuals() -> None:
    text = (
        "区分 | 令和4年度 | 令和5年度 | 令和8年度(目標) |\n---|---|---|---|\n"
        "架空公園の来園者数 | 3,100人 | 3,250人 | 4,000人 |\n"
    )
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2023)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations} == {
        ("架空公園の来園者数", 2022, "actual", 3100),
        ("架空公園の来園者数", 2023, "actual", 3250),
        ("架空公園の来園者数", 2026, "target", 4000),
    }


def test_a_sentence_naming_the_tail_of_one_indicator_is_that_indicator() -> None:
    text = (
        "【成果指標】星見クラブ会員数（人）\n"
        "　　2022年度実績 210　／　2023年度実績 230\n"
        "2023年度の会員数は230人で、目標の250人を上回った。\n"
    )
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2023)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    assert ("星見クラブ会員数", 2023, "target", 250) in {
        (o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations
    }


def test_a_heading_over_lines_of_dated_kinds_names_their_indicator() -> None:
    text = (
        "【公園面積の拡大目標】\n"
        "基準値（平成29年度）　12,300㎡\n"
        "目標値（令和12年度）　15,000㎡\n"
        "令和5年度末の実績　13,100㎡\n"
    )
    assert _observations(text) == {
        ("公園面積の拡大目標", 2017, "baseline", 12300),
        ("公園面積の拡大目標", 2030, "target", 15000),
        ("公園面積の拡大目標", 2023, "actual", 13100),
    }


def test_a_name_column_labelled_with_its_unit_drops_the_unit_from_each_name() -> None:
    text = (
        "指標名（単位） | 令和4年度実績 | 令和7年度目標 |\n---|---|---|\n"
        "架空図書館の貸出冊数（万冊） | 12.5 | 15 |\n"
    )
    assert _observations(text) == {
        ("架空図書館の貸出冊数", 2022, "actual", 12.5),
        ("架空図書館の貸出冊数", 2025, "target", 15),
    }


def test_a_unit_column_label_in_a_tab_table_leaves_other_names_whole() -> None:
    text = (
        "番号\t指標(単位)\tR4実績\tR7目標\n"
        "1\t架空港の入港船舶数(隻)\t210\t260\n"
        "2\t架空バスの乗車人員(人/日)\t880\t1,000\n"
    )
    assert _observations(text) == {
        ("架空港の入港船舶数", 2022, "actual", 210),
        ("架空港の入港船舶数", 2025, "target", 260),
        ("架空バスの乗車人員", 2022, "actual", 880),
        ("架空バスの乗車人員", 2025, "target", 1000),
    }


def test_a_name_column_without_a_unit_label_keeps_its_brackets() -> None:
    text = "指標名 | 令和4年度実績 |\n---|---|\n架空公園の面積(累計) | 30 |\n"
    assert _observations(text) == {("架空公園の面積(累計)", 2022, "actual", 30)}


def test_a_header_on_two_rows_with_kinds_spanning_years_is_read_as_one() -> None:
    from loaders.text.document_text import extract_main_text

    html = (
        "<table><tr><th rowspan='2'>指標</th><th colspan='2'>現状値</th>"
        "<th colspan='2'>目標値</th></tr>"
        "<tr><th>年度</th><th>値</th><th>R8</th><th>R10</th></tr>"
        "<tr><td>架空公園の来園者数</td><td>R4</td><td>3,200</td><td>3,800</td><td>4,000</td></tr>"
        "</table>"
    )
    assert _observations(extract_main_text(html)) == {
        ("架空公園の来園者数", 2022, "baseline", 3200),
        ("架空公園の来園者数", 2026, "target", 3800),
        ("架空公園の来園者数", 2028, "target", 4000),
    }


def test_a_pipe_header_on_two_rows_dates_the_baseline_from_its_year_column() -> None:
    text = (
        "| 指標 | 基準値 | | 実績 | 目標 |\n|---|---|---|---|---|\n"
        "| | 年度 | 値 | R5 | R9 |\n"
        "| 架空市民農園の区画数 | R2 | 120 | 135 | 180 |\n"
    )
    assert _observations(text) == {
        ("架空市民農園の区画数", 2020, "baseline", 120),
        ("架空市民農園の区画数", 2023, "actual", 135),
        ("架空市民農園の区画数", 2027, "target", 180),
    }


def test_a_line_names_an_indicator_before_a_colon_and_values_after_their_kinds() -> None:
    text = (
        "・架空歩道の整備率（％）：基準値 40.0（令和2年度）"
        "／令和5年度実績 45.1／令和8年度目標 50\n"
    )
    assert _observations(text) == {
        ("架空歩道の整備率", 2020, "baseline", 40),
        ("架空歩道の整備率", 2023, "actual", 45.1),
        ("架空歩道の整備率", 2026, "target", 50),
    }


def test_a_definition_list_term_names_the_series_in_its_description() -> None:
    from loaders.text.document_text import extract_main_text

    html = (
        "<h2>成果指標</h2><dl><dt>架空港の入港船舶数（隻）</dt>"
        "<dd>R5実績 210 → R7目標 260</dd></dl>"
    )
    assert _observations(extract_main_text(html)) == {
        ("架空港の入港船舶数", 2023, "actual", 210),
        ("架空港の入港船舶数", 2025, "target", 260),
    }


def test_an_indicator_field_dates_each_value_by_the_year_before_its_kind() -> None:
    text = "指標：架空サロンの参加者数：令和5年度実績 1,240人 → 令和6年度目標 1,500人\n"
    assert _observations(text) == {
        ("架空サロンの参加者数", 2023, "actual", 1240),
        ("架空サロンの参加者数", 2024, "target", 1500),
    }


def test_a_single_labelled_figure_in_a_line_is_no_series() -> None:
    assert _observations("架空まつり：目標 3回\n") == set()


def test_a_line_of_amounts_by_kind_is_a_budget_not_an_indicator() -> None:
    text = "架空事業費：令和5年度実績 300万円／令和6年度計画 400万円\n"
    assert _observations(text) == set()


def test_a_sentence_restating_one_of_two_similar_indicators_is_that_indicator() -> None:
    text = (
        "指標名 | 令和4年度実績 | 令和4年度目標 |\n---|---|---|\n"
        "架空美術館の来場者数 | 8,100 | 9,000 |\n"
        "架空博物館の来場者数 | 5,400 | 5,000 |\n"
        "\n令和4年度の来場者数は8,100人で、目標の9,000人を下回った。\n"
    )
    assert _observations(text) == {
        ("架空美術館の来場者数", 2022, "actual", 8100),
        ("架空美術館の来場者数", 2022, "target", 9000),
        ("架空博物館の来場者数", 2022, "actual", 5400),
        ("架空博物館の来場者数", 2022, "target", 5000),
    }


def _observations_of_year(text: str, year: int) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_a_value_with_its_target_in_brackets_is_that_years_actual_and_target() -> None:
    text = "■架空空き家バンクの成約件数 12件（目標15件）\n"
    assert _observations_of_year(text, 2023) == {
        ("架空空き家バンクの成約件数", 2023, "actual", 12),
        ("架空空き家バンクの成約件数", 2023, "target", 15),
    }


def test_a_labelled_value_with_its_target_in_brackets_reads_the_same() -> None:
    text = "架空空き家バンクの成約件数：12件（目標：15件）\n"
    assert _observations_of_year(text, 2023) == {
        ("架空空き家バンクの成約件数", 2023, "actual", 12),
        ("架空空き家バンクの成約件数", 2023, "target", 15),
    }


def test_an_amount_with_its_target_in_brackets_is_no_indicator() -> None:
    assert _observations_of_year("架空基金の寄附額 420万円（目標500万円）\n", 2023) == set()


def test_a_short_line_names_the_line_of_dated_kinds_under_it() -> None:
    text = (
        "架空図書館の貸出冊数\n"
        "R4実績 8.2万冊 → R5実績 8.9万冊\n"
        "R7目標 10万冊\n"
    )
    assert _observations(text) == {
        ("架空図書館の貸出冊数", 2022, "actual", 8.2),
        ("架空図書館の貸出冊数", 2023, "actual", 8.9),
        ("架空図書館の貸出冊数", 2025, "target", 10),
    }


def test_a_target_in_brackets_after_an_actual_on_a_line_of_dated_kinds() -> None:
    text = "【成果指標】架空サロンの開催回数\n令和5年度実績 42回（令和5年度目標 48回）\n"
    assert _observations(text) == {
        ("架空サロンの開催回数", 2023, "actual", 42),
        ("架空サロンの開催回数", 2023, "target", 48),
    }


def test_two_columns_side_by_side_are_read_one_after_the_other() -> None:
    left = [
        "１ 架空窓口の改善",
        " 受付の番号札を電子化し、混雑状況を",
        " 公開した。",
        " 架空窓口の平均待ち時間",
        "  R4実績 21分 → R5実績 15分",
        "  R7目標 10分",
        " 評価：Ａ",
    ]
    right = [
        "２ 架空施設の集約",
        " 老朽化した集会所を地区センターへ",
        " 統合した。",
        " 架空施設の延床面積",
        "  R4実績 9.1万㎡ → R5実績 8.8万㎡",
        "  R7目標 8.0万㎡",
        " 評価：Ｂ",
    ]
    text = "".join(f"{_padded(a, 44)}{b}\n" for a, b in zip(left, right, strict=True))
    assert _observations(text) == {
        ("架空窓口の平均待ち時間", 2022, "actual", 21),
        ("架空窓口の平均待ち時間", 2023, "actual", 15),
        ("架空窓口の平均待ち時間", 2025, "target", 10),
        ("架空施設の延床面積", 2022, "actual", 9.1),
        ("架空施設の延床面積", 2023, "actual", 8.8),
        ("架空施設の延床面積", 2025, "target", 8),
    }


def _padded(text: str, width: int) -> str:
    """`text` and spaces up to display column `width` (a full-width character takes two)."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(ch) in "FWA" else 1 for ch in text)
    return text + " " * (width - used)


def test_a_note_in_brackets_after_a_dated_value_is_no_part_of_it() -> None:
    text = (
        "【架空ホールの利用者数】\n"
        "基準値（令和元年度）　24,000人\n"
        "目標値（令和12年度）　30,000人（基準値から約25％増）\n"
        "令和5年度末の実績　26,500人\n"
    )
    assert _observations(text) == {
        ("架空ホールの利用者数", 2019, "baseline", 24000),
        ("架空ホールの利用者数", 2030, "target", 30000),
        ("架空ホールの利用者数", 2023, "actual", 26500),
    }


def test_a_space_table_the_reader_split_astray_is_read_by_the_words_of_its_lines() -> None:
    from loaders.structure.blocks import Block, Cell, Table
    from loaders.structure.reader import StructuredDocument

    lines = [
        "　指標名　　　　　　　　　単位　　基準値(R1)　R4実績　R5見込み　R8目標",
        "　架空ホールの稼働率　　　％　　　　５２．０　　６１．５　　６３．０　　７０．０",
        "　架空講座の延べ受講者数　人　　　１，２４０　　１，５１０　１，６００　２，０００",
    ]
    text = "\n".join(lines)
    folded = text.translate(
        {0x3000: " ", **{0xFF10 + k: 0x30 + k for k in range(10)}, 0xFF0C: ",", 0xFF0E: ".",
         0xFF05: "%"}
    )  # fmt: skip

    def cell(piece: str, line: int) -> Cell:
        at = folded.index(piece, sum(len(x) + 1 for x in lines[:line]))
        return Cell(piece, at, at + len(piece))

    header = ["指標名", "単位", "基準値(R1) R4実績 R5見込み R8目標"]  # labels one space apart
    rows = [
        [cell("架空ホールの稼働率", 1), cell("%", 1), cell("52.0", 1), cell("61.5", 1),
         cell("63.0", 1), cell("70.0", 1)],
        [cell("架空講座の延べ受講者数", 2), cell("人", 2), cell("1,240", 2)],
    ]  # fmt: skip
    table = Table(header=header, rows=rows, header_cells=[])
    doc = StructuredDocument(text, folded, [Block("table", 0, len(text), "", table=table)])
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic")
    indicators.recognise(doc, facts)
    assert {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations} == {
        ("架空ホールの稼働率", 2019, "baseline", 52),
        ("架空ホールの稼働率", 2022, "actual", 61.5),
        ("架空ホールの稼働率", 2023, "estimate", 63),
        ("架空ホールの稼働率", 2026, "target", 70),
        ("架空講座の延べ受講者数", 2019, "baseline", 1240),
        ("架空講座の延べ受講者数", 2022, "actual", 1510),
        ("架空講座の延べ受講者数", 2023, "estimate", 1600),
        ("架空講座の延べ受講者数", 2026, "target", 2000),
    }


def test_a_full_width_space_table_without_a_unit_column_is_read_by_its_words() -> None:
    text = (
        "成果指標　　　　　　　　令和４年度実績　令和５年度実績　令和８年度目標\n"
        "架空バスの利用者数　　　　　　８，１００　　　　８，６００　　　１０，０００\n"
        "架空駐輪場の稼働率（％）　　　　　７１．５　　　　　７４．０　　　　　８０．０\n"
    )
    assert _observations(text) == {
        ("架空バスの利用者数", 2022, "actual", 8100),
        ("架空バスの利用者数", 2023, "actual", 8600),
        ("架空バスの利用者数", 2026, "target", 10000),
        ("架空駐輪場の稼働率", 2022, "actual", 71.5),
        ("架空駐輪場の稼働率", 2023, "actual", 74),
        ("架空駐輪場の稼働率", 2026, "target", 80),
    }


def test_a_target_in_brackets_in_a_cell_of_actuals_is_that_years_target() -> None:
    text = (
        "指標名 | 令和4年度実績 | 令和5年度実績 |\n---|---|---|\n"
        "架空サロンの開催回数 | 36回 | 42回（目標48回） |\n"
    )
    assert _observations(text) == {
        ("架空サロンの開催回数", 2022, "actual", 36),
        ("架空サロンの開催回数", 2023, "actual", 42),
        ("架空サロンの開催回数", 2023, "target", 48),
    }


def test_a_note_in_brackets_in_a_cell_is_no_value_of_another_kind() -> None:
    text = "成果指標\t令和5年度実績\n架空サロンの開催回数\t42回（前年比 6回増）\n"
    assert _observations(text) == {("架空サロンの開催回数", 2023, "actual", 42)}


def test_lines_under_a_header_line_with_a_unit_column_leave_the_unit_out_of_the_name() -> None:
    text = (
        "指標名 単位 R4実績 R5実績 R8目標\n"
        "架空バスの利用者数 千人 8.1 8.6 10.0\n"
        "架空駐輪場の稼働率 % 71.5 74.0 80.0\n"
    )
    assert _observations(text) == {
        ("架空バスの利用者数", 2022, "actual", 8.1),
        ("架空バスの利用者数", 2023, "actual", 8.6),
        ("架空バスの利用者数", 2026, "target", 10),
        ("架空駐輪場の稼働率", 2022, "actual", 71.5),
        ("架空駐輪場の稼働率", 2023, "actual", 74),
        ("架空駐輪場の稼働率", 2026, "target", 80),
    }


def test_one_dated_value_in_a_sentence_under_an_indicator_heading_is_that_years_actual() -> None:
    text = "■財政指標の推移\n架空基金比率は、令和5年度決算で12.4%でした。\n"
    assert _observations(text) == {("架空基金比率", 2023, "actual", 12.4)}


def test_one_dated_value_of_an_indicator_the_table_names_is_that_years_actual() -> None:
    text = (
        "指標名 | 基準値(令和4年度) | 目標値(令和7年度) |\n---|---|---|\n"
        "架空公園の来園者数 | 3,200人 | 4,000人 |\n\n"
        "また、架空公園の来園者数は令和5年度末で3,450人となりました。\n"
    )
    assert ("架空公園の来園者数", 2023, "actual", 3450) in _observations(text)


def test_one_dated_value_in_a_sentence_elsewhere_is_no_indicator() -> None:
    text = "■まつりの開催\n架空まつりの来場者数は令和5年度に12,300人でした。\n"
    assert _observations(text) == set()


def test_settled_accounts_of_a_year_over_an_indicator_column_are_actual_values() -> None:
    text = "指標 2021年度決算 2022年度決算見込\n水道の有収率 88.1 88.6\n"
    assert _observations(text) == {
        ("水道の有収率", 2021, "actual", 88.1),
        ("水道の有収率", 2022, "estimate", 88.6),
    }


def test_settled_accounts_over_an_indicator_table_column_are_actual_values() -> None:
    text = (
        "| 指標 | R4決算 | R5決算 | R6見込 |\n|---|---|---|---|\n"
        "| 市債残高 | 412 | 398 | 405 |\n"
    )
    assert _observations(text) == {
        ("市債残高", 2022, "actual", 412),
        ("市債残高", 2023, "actual", 398),
        ("市債残高", 2024, "estimate", 405),
    }


def test_settled_accounts_over_a_budget_line_are_no_indicator_values() -> None:
    text = "区分 令和3年度決算 令和4年度決算\n事業費 41,200 43,800\n"
    assert _observations(text) == set()


def test_a_name_then_values_each_after_a_kind_label_on_one_line() -> None:
    text = (
        "■主な成果\n"
        "・図書館の開館日数 目標(2027年度)300日 / 実績(2024年度)288日\n"
        "・読書会の開催数 2024年度実績 18回 (目標 24回)\n"
    )
    assert _observations(text) == {
        ("図書館の開館日数", 2027, "target", 300),
        ("図書館の開館日数", 2024, "actual", 288),
        ("読書会の開催数", 2024, "actual", 18),
        ("読書会の開催数", None, "target", 24),
    }


def test_a_line_whose_values_follow_no_kind_label_is_no_labelled_value_line() -> None:
    text = "■お知らせ\n・図書館の開館日数 令和6年度は288日 (休館 12日)\n"
    assert _observations(text) == set()


def test_names_and_values_in_turn_under_a_heading_naming_the_year_and_kind() -> None:
    text = (
        "●まちの主な指標（2023年度実績）\n"
        "図書館の貸出冊数　120,300　　公園の利用者数　45,000\n"
        "\n"
        "●お問い合わせ\n"
    )
    assert _observations(text) == {
        ("図書館の貸出冊数", 2023, "actual", 120300),
        ("公園の利用者数", 2023, "actual", 45000),
    }


def test_names_and_values_under_a_heading_naming_no_kind_are_not_read() -> None:
    text = "●まちの主な指標（2023年度）\n図書館の貸出冊数　120,300　　公園の利用者数　45,000\n"
    assert _observations(text) == set()


def test_a_column_labelled_kijun_holds_baseline_values() -> None:
    text = (
        "| 区分 | 基準（2019年度） | 目標（2026年度） |\n|---|---|---|\n"
        "| 消防団員数 | 512 | 540 |\n"
    )
    assert _observations(text) == {
        ("消防団員数", 2019, "baseline", 512),
        ("消防団員数", 2026, "target", 540),
    }


def test_a_bracketed_reference_note_gives_the_indicator_above_one_more_value() -> None:
    text = (
        "【成果指標】相談件数（件）\n"
        "【目標】2022年度 1,200\n"
        "（参考：2020年度実績 1,020件）\n"
    )
    assert ("相談件数", 2020, "actual", 1020) in _observations(text)


def test_a_bracketed_note_with_no_indicator_field_above_is_no_value() -> None:
    text = "■窓口の状況\n窓口は平日に開いています。\n（参考：2020年度実績 1,020件）\n"
    assert _observations(text) == set()


def test_a_series_drawn_with_arrows_on_a_line_of_labelled_values() -> None:
    text = (
        "■公約の進み具合\n"
        "・公園の数 就任時(2021年度)12か所 ⇒ 2023年度 15か所 ⇒ 2026年度 20か所\n"
    )
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations} == {
        ("公園の数", 2021, "baseline", 12),
        ("公園の数", 2023, "actual", 15),
        ("公園の数", 2026, "target", 20),
    }


def test_a_unit_in_brackets_after_a_names_cell_is_no_part_of_the_name() -> None:
    """| 指標 | 基準値(R5) | 目標値(R9) | with 「架空公園の利用率(%)」: the bracket is the unit."""
    text = (
        "| 施策 | 指標 | 基準値（R5） | 目標値（R9） |\n|---|---|---|---|\n"
        "| 1-2 | 架空公園の利用率（%） | 40.5 | 50.0 |\n"
    )
    assert _observations(text) == {
        ("架空公園の利用率", 2023, "baseline", 40.5),
        ("架空公園の利用率", 2027, "target", 50.0),
    }


def test_a_unit_in_brackets_after_a_name_in_a_space_table_is_no_part_of_it() -> None:
    text = (
        "  指標                    基準値(R2)   実績(R5)   目標(R12)\n"
        "  ------------------------------------------------------\n"
        "  架空ホールの稼働率(%)     55.0         61.2       70.0\n"
        "  架空広場の面積(㎡)        1,200        1,350      1,500\n"
    )
    assert _observations(text) == {
        ("架空ホールの稼働率", 2020, "baseline", 55.0),
        ("架空ホールの稼働率", 2023, "actual", 61.2),
        ("架空ホールの稼働率", 2030, "target", 70.0),
        ("架空広場の面積", 2020, "baseline", 1200),
        ("架空広場の面積", 2023, "actual", 1350),
        ("架空広場の面積", 2030, "target", 1500),
    }


def test_a_signed_change_keeps_its_sign_and_no_change_is_zero() -> None:
    text = (
        "指標\t現状値(令和3年度)\t中間目標(令和9年度)\t目標値(令和14年度)\n"
        "架空村の人口の社会増減\t△12人\t±0人\t+5人\n"
    )
    assert _observations(text) == {
        ("架空村の人口の社会増減", 2021, "baseline", -12),
        ("架空村の人口の社会増減", 2027, "target", 0),
        ("架空村の人口の社会増減", 2032, "target", 5),
    }


def test_a_dash_under_a_year_not_measured_keeps_the_rest_of_a_plain_row() -> None:
    """Lines under a header line the layout did not keep as a table: 「―」 holds the place of a
    year with no value, the row's other values are read."""
    text = (
        "成果指標\n"
        "指標名                 単位   R3実績  R4実績  R5目標  R5実績\n"
        "架空バス年間利用者数 人 1,200 1,300 1,400 1,420\n"
        "架空タクシー登録者数 人     ―       31      50      54\n"
    )
    assert {o for o in _observations(text) if o[0] == "架空タクシー登録者数"} == {
        ("架空タクシー登録者数", 2022, "actual", 31),
        ("架空タクシー登録者数", 2023, "target", 50),
        ("架空タクシー登録者数", 2023, "actual", 54),
    }


def _observations_of_year(text: str, year: int) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_steps_on_the_lines_under_a_name_alone_are_its_series() -> None:
    """「・○○額」 alone, its steps on the lines under it (a 広報 page wrapping a series)."""
    text = (
        "数字で見る架空町\n"
        "・架空基金の寄附件数\n"
        "　　令和5年度実績　１,２００件　→　令和6年度見込　１,５００件\n"
        "　　→　令和7年度目標　２,０００件\n"
    )
    assert _observations_of_year(text, 2025) == {
        ("架空基金の寄附件数", 2023, "actual", 1200),
        ("架空基金の寄附件数", 2024, "estimate", 1500),
        ("架空基金の寄附件数", 2025, "target", 2000),
    }


def test_money_in_steps_that_each_print_their_kind_is_an_indicators() -> None:
    text = "■架空市場の売上額　令和5年度実績 3,100万円 → 令和7年度目標 4,000万円\n"
    assert _observations_of_year(text, 2025) == {
        ("架空市場の売上額", 2023, "actual", 3100),
        ("架空市場の売上額", 2025, "target", 4000),
    }


def test_one_step_labelled_settled_is_that_years_actual() -> None:
    """「・○○比率 令和5年度決算 9.8%」: a year, 決算 (the settled accounts: an actual), a value."""
    text = "・架空公債費比率　令和5年度決算　7.6％\n・架空町の人口　令和6年度末　12,000人\n"
    assert _observations_of_year(text, 2025) == {("架空公債費比率", 2023, "actual", 7.6)}


def test_a_year_printed_under_one_header_label_dates_that_column() -> None:
    """「指標名 基準値 R5目標 R5実績」 over 「(R2)」 printed under 基準値 alone: the baseline's
    year; the other columns keep the years their labels print."""
    text = (
        "2 成果指標\n"
        "指標名      基準値   R5目標  R5実績\n"
        "            (R2)\n"
        "架空来訪者数 1,000 1,200 1,250\n"
    )
    assert _observations_of_year(text, 2024) == {
        ("架空来訪者数", 2020, "baseline", 1000),
        ("架空来訪者数", 2023, "target", 1200),
        ("架空来訪者数", 2023, "actual", 1250),
    }


def test_a_name_wrapped_over_lines_under_its_row_is_read_whole_without_its_unit() -> None:
    """A name cell too narrow for its name: its rest on the lines under the row, the last
    with the unit in brackets (「架空鳥獣によ 1,420 …」 「る農作物被害」 「額(千円)」)."""
    text = (
        "指標名      R4実績  R5目標  R5実績\n"
        "架空鳥獣によ 1,420   1,000   1,186\n"
        "る農作物被害\n"
        "額(千円)\n"
        "架空宿泊者数 2,105  2,800   2,648\n"
        "(人)\n"
    )
    assert _observations_of_year(text, 2024) == {
        ("架空鳥獣による農作物被害額", 2022, "actual", 1420),
        ("架空鳥獣による農作物被害額", 2023, "target", 1000),
        ("架空鳥獣による農作物被害額", 2023, "actual", 1186),
        ("架空宿泊者数", 2022, "actual", 2105),
        ("架空宿泊者数", 2023, "target", 2800),
        ("架空宿泊者数", 2023, "actual", 2648),
    }


def test_a_caption_naming_the_target_year_dates_an_undated_target_column() -> None:
    """「成果指標（目標年度：令和9年度）」 over 指標名 | 現状値 | 目標値: the targets' year."""
    text = (
        "成果指標（目標年度：令和9年度）\n"
        "指標名\t現状値（令和5年度）\t目標値\n架空率\t40.0%\t50.0%\n"
    )
    assert _observations_of_year(text, 2024) == {
        ("架空率", 2023, "baseline", 40.0),
        ("架空率", 2027, "target", 50.0),
    }


def test_a_caption_year_after_the_word_target_in_a_pipe_table_dates_its_targets() -> None:
    text = (
        "■成果指標（令和9年度目標）\n"
        "| 指標名 | 現状値(R5) | 目標値 |\n|---|---|---|\n| 架空率 | 40.0% | 50.0% |\n"
    )
    assert ("架空率", 2027, "target", 50.0) in _observations_of_year(text, 2024)


def test_a_caption_naming_a_plans_year_leaves_the_targets_undated() -> None:
    """「第3次架空計画（令和7年度策定）」: the year the plan was made, not its targets'."""
    text = (
        "■第3次架空計画（令和7年度策定）の指標\n"
        "| 指標名 | 現状値(R5) | 目標値 |\n|---|---|---|\n| 架空率 | 40.0% | 50.0% |\n"
    )
    assert ("架空率", None, "target", 50.0) in _observations_of_year(text, 2024)


def test_a_derived_rate_column_closing_a_header_line_holds_no_value() -> None:
    """「… 令和５年度実績　前年比」: the last column compares the values before it (a
    derived column, `mkf:derivedColumn`), so the rows are read without it."""
    text = (
        "【指標】\n指標名　単位　令和４年度実績　令和５年度目標　令和５年度実績　前年比\n"
        "星見台の来訪者数　人　1,200　1,500　1,350　112.5%\n"
        "流星観察会の参加率　％　40.0　45.0　44.1　110.3%\n"
    )
    assert _observations(text) == {
        ("星見台の来訪者数", 2022, "actual", 1200),
        ("星見台の来訪者数", 2023, "target", 1500),
        ("星見台の来訪者数", 2023, "actual", 1350),
        ("流星観察会の参加率", 2022, "actual", 40.0),
        ("流星観察会の参加率", 2023, "target", 45.0),
        ("流星観察会の参加率", 2023, "actual", 44.1),
    }


def test_rows_numbered_in_their_first_column_are_read_under_a_header_line() -> None:
    """「1 星空講座の修了者数 人 30 40 42 105.0%」: a row number before the name (read as a
    numbered line by the layout) is no part of the indicator."""
    text = (
        "成果指標 単位 2022年度実績 2023年度目標 2023年度実績 達成率\n"
        "1 星空講座の修了者数 人 30 40 42 105.0%\n"
        "2 天文台の満足度 % 80.0 85.0 83.2 97.9%\n"
    )
    assert _observations(text) == {
        ("星空講座の修了者数", 2022, "actual", 30),
        ("星空講座の修了者数", 2023, "target", 40),
        ("星空講座の修了者数", 2023, "actual", 42),
        ("天文台の満足度", 2022, "actual", 80.0),
        ("天文台の満足度", 2023, "target", 85.0),
        ("天文台の満足度", 2023, "actual", 83.2),
    }


def test_a_row_whose_derived_column_prints_words_is_not_read_as_values() -> None:
    text = (
        "成果指標 単位 2022年度実績 2023年度目標 2023年度実績 達成率\n"
        "1 星空講座の修了者数 人 30 40 42 未集計\n"
    )
    assert _observations(text) == set()


def test_a_bulleted_list_of_one_value_a_line_under_a_dated_indicator_heading() -> None:
    text = (
        "財政の指標（2023年度決算）\n・経常収支比率　89.0％\n・財政力指数　0.52\n\n"
        "問い合わせ先\n"
    )
    assert _observations(text) == {
        ("経常収支比率", 2023, "actual", 89.0),
        ("財政力指数", 2023, "actual", 0.52),
    }


def test_standard_indicator_names_make_a_dated_heading_one_of_indicators() -> None:
    """「わがまちの台所事情（令和5年度決算）」 never says 指標, but the lines under it open with
    an indicator every body reports by that name (`mkf:standardIndicator`); a reference
    value in brackets after a value is none of the indicator's."""
    text = (
        "わがまちの台所事情（令和5年度決算）\n"
        "経常収支比率　　93.4%（全国平均 92.2%）\n"
        "住民1人あたりの基金残高　　121千円\n"
    )
    assert _observations(text) == {
        ("経常収支比率", 2023, "actual", 93.4),
        ("住民1人あたりの基金残高", 2023, "actual", 121),
    }


def test_amounts_under_a_dated_heading_naming_no_indicator_are_no_indicators() -> None:
    text = "わがまちの台所事情（令和5年度決算）\n一般会計　　93億円\n特別会計　　12億円\n"
    assert _observations(text) == set()


def test_a_names_rest_wrapped_onto_a_row_of_its_own_joins_the_name() -> None:
    """「星空観察会の年間延べ参加 | 320 | 500」 over 「者数（人） | | 」: the header puts each
    name's unit in brackets, and only the second row ends with one: the name's rest."""
    text = (
        "指標名（単位） | 基準値（2020年度） | 目標値（2026年度） |\n---|---|---|\n"
        "星空観察会の年間延べ参加 | 320 | 500 |\n者数（人） |  |  |\n"
        "天文台の来館者数（人） | 4,100 | 5,000 |\n"
    )
    assert _observations(text) == {
        ("星空観察会の年間延べ参加者数", 2020, "baseline", 320),
        ("星空観察会の年間延べ参加者数", 2026, "target", 500),
        ("天文台の来館者数", 2020, "baseline", 4100),
        ("天文台の来館者数", 2026, "target", 5000),
    }


def test_a_row_naming_another_indicator_without_values_is_not_a_names_rest() -> None:
    text = (
        "指標名\t基準値（2020年度）\t目標値（2026年度）\n"
        "星空観察会の参加者数\t320\t500\n新しい指標\t\t\n"
    )
    assert {o[0] for o in _observations(text)} == {"星空観察会の参加者数"}


def test_a_per_capita_name_opening_with_a_number_is_a_name_not_a_value() -> None:
    """「1世帯当たりの…」, 「10万人あたりの…」: a number opening a name per head."""
    text = (
        "指標名\t基準値（2020年度）\t目標値（2026年度）\n"
        "1世帯当たりの資源回収量（kg）\t52\t60\n"
        "10万人あたりの星空観察会の開催数\t3\t5\n"
    )
    assert _observations(text) == {
        ("1世帯当たりの資源回収量", 2020, "baseline", 52),
        ("1世帯当たりの資源回収量", 2026, "target", 60),
        ("10万人あたりの星空観察会の開催数", 2020, "baseline", 3),
        ("10万人あたりの星空観察会の開催数", 2026, "target", 5),
    }


def test_years_listed_with_values_under_an_indicator_heading_name_no_indicator() -> None:
    text = "主な指標（令和5年度実績）\n・令和5年度　120\n・令和4年度　110\n"
    assert _observations(text) == set()


def _observations_of(text: str, year: int) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_a_kinds_own_year_column_dates_that_kinds_values() -> None:
    """指標 | 現状値 | 現状値の年度 | 目標値 | 目標年度 (a spreadsheet export): each value is of
    the year printed in the column after it, not yearless."""
    text = (
        "指標\t現状値\t現状値の年度\t目標値\t目標年度\n"
        "架空海岸の清掃参加者数（人）\t1,250\tR4\t2,000\tR8\n"
    )
    assert _observations_of(text, 2024) == {
        ("架空海岸の清掃参加者数", 2022, "baseline", 1250),
        ("架空海岸の清掃参加者数", 2026, "target", 2000),
    }


def test_a_kinds_year_column_in_a_pipe_table_dates_that_kinds_values() -> None:
    text = (
        "| 指標名 | 基準値 | 基準年度 | 目標値 | 目標年度 |\n|---|---|---|---|---|\n"
        "| 架空灯台の見学者数 | 830 | 令和3年度 | 1,000 | 令和7年度 |\n"
    )
    assert _observations_of(text, 2023) == {
        ("架空灯台の見学者数", 2021, "baseline", 830),
        ("架空灯台の見学者数", 2025, "target", 1000),
    }


def test_a_qualifier_in_brackets_after_an_indicator_fields_name_stays() -> None:
    """「【成果指標】砂浜清掃の回数（年間）」: 年間 qualifies the name, it is no unit; a unit in
    brackets (「（回）」) is shed."""
    text = (
        "成果指標：架空砂浜の清掃回数（年間）\n"
        "　R4実績 12回／R5目標 15回\n\n"
        "活動指標：架空灯台の点検回数（回）\n"
        "　R4実績 4回／R5目標 6回\n"
    )
    found = _observations_of(text, 2023)
    assert ("架空砂浜の清掃回数(年間)", 2022, "actual", 12) in found
    assert ("架空灯台の点検回数", 2022, "actual", 4) in found


def test_a_series_drawn_to_a_target_starts_from_a_baseline_and_drops_a_rate_aside() -> None:
    """「架空公園の面積 令和4年度末 12.5ha → 令和12年度末 15.0ha（＋20％）」: the first value,
    dated by its year alone, is the baseline the target starts from; the bracketed rate of
    change is no value of the indicator."""
    text = "- 架空公園の面積 令和4年度末 12.5ha → 令和12年度末 15.0ha（＋20％）\n"
    assert _observations_of(text, 2024) == {
        ("架空公園の面積", 2022, "baseline", 12.5),
        ("架空公園の面積", 2030, "target", 15.0),
    }


def test_a_value_averaged_over_a_span_of_years_has_no_year() -> None:
    text = "架空港の入港数 基準値（H30～R2平均）120隻 → 目標 150隻\n"
    assert _observations_of(text, 2024) == {
        ("架空港の入港数", None, "baseline", 120),
        ("架空港の入港数", None, "target", 150),
    }


def test_pairs_apart_by_a_slash_under_a_dated_indicator_heading() -> None:
    """「■財政の指標（令和4年度決算）」 over 「将来負担比率 45.1％ ／ 実質公債費比率 8.2％」."""
    text = "■財政の指標（令和4年度決算）\n　将来負担比率 45.1％ ／ 実質公債費比率 8.2％\n"
    assert _observations_of(text, 2024) == {
        ("将来負担比率", 2022, "actual", 45.1),
        ("実質公債費比率", 2022, "actual", 8.2),
    }


def test_a_table_of_facilities_by_year_under_a_caption_naming_a_measure() -> None:
    """「■館別の入館状況（年間入館者数、単位：人）」 over 施設名 | 2021 | 2022: each row is
    that facility's measure, each past year's value its actual."""
    text = (
        "■館別の入館状況（年間入館者数、単位：人）\n\n"
        "| 施設名 | 2021年度 | 2022年度 |\n|---|---|---|\n"
        "| 架空浜資料館 | 5,120 | 6,300 |\n| 架空山天文台 | 880 | 910 |\n"
    )
    assert _observations_of(text, 2023) == {
        ("架空浜資料館の年間入館者数", 2021, "actual", 5120),
        ("架空浜資料館の年間入館者数", 2022, "actual", 6300),
        ("架空山天文台の年間入館者数", 2021, "actual", 880),
        ("架空山天文台の年間入館者数", 2022, "actual", 910),
    }


def test_a_table_of_facilities_by_year_of_money_is_no_indicator() -> None:
    text = (
        "3 施設別の維持管理費（単位：千円）\n"
        "施設名\tR3\tR4\n架空浜資料館\t5,120\t6,300\n架空山天文台\t880\t910\n"
    )
    assert _observations_of(text, 2023) == set()


def test_a_table_of_facilities_by_year_under_a_caption_naming_no_measure_is_not_read() -> None:
    text = (
        "3 施設の状況\n"
        "施設名\tR3\tR4\n架空浜資料館\t5,120\t6,300\n架空山天文台\t880\t910\n"
    )
    assert _observations_of(text, 2023) == set()


def test_a_sentence_naming_its_indicator_by_a_colon_gives_a_series_to_a_target() -> None:
    """「…を進めています。放課後児童クラブ待機数：令和4年5月 18人 → 令和5年5月 9人（目標
    令和7年5月 0人）」 in a paragraph: a month's count is of that fiscal year; the first is
    the baseline, a year alone beside a labelled target a result, however late."""
    text = (
        "クラブ室の増設を進めています。"
        "放課後児童クラブ待機数：令和4年5月 18人 → 令和5年5月 9人（目標 令和7年5月 0人）\n"
    )
    assert _observations_of(text, 2022) == {
        ("放課後児童クラブ待機数", 2022, "baseline", 18),
        ("放課後児童クラブ待機数", 2023, "actual", 9),
        ("放課後児童クラブ待機数", 2025, "target", 0),
    }


def test_a_clause_before_labelled_values_is_no_indicators_name() -> None:
    text = "整備では、架空通りの無電柱化 目標値 R9 45.0%\n"
    assert _observations_of(text, 2024) == set()


def test_a_dated_kind_then_names_with_their_values_gives_each_that_years_value() -> None:
    """「2023年度実績は、図書貸出冊数 52,100冊、レファレンス件数 830件でした。」 (a list of
    names and values after a year and a kind's word): each name's value of that year."""
    text = (
        "- 架空図書館の運営状況です。"
        "2023年度実績は、図書貸出冊数 52,100冊、レファレンス件数 830件でした。\n"
    )
    assert _observations_of(text, 2024) == {
        ("図書貸出冊数", 2023, "actual", 52100),
        ("レファレンス件数", 2023, "actual", 830),
    }


def test_a_year_without_a_kinds_word_before_names_and_values_is_no_indicator() -> None:
    text = "令和5年度末は人口 7,928人、世帯数 3,100世帯でした。\n"
    assert _observations_of(text, 2024) == set()


def test_rows_printed_as_a_name_line_over_a_values_line_under_a_header_of_kinds() -> None:
    """「指標名 基準値(R3) 目標(R7)」, then each row's name on one line and its values on the
    next (a PDF's text of a table whose names are too long for their cells)."""
    text = (
        "施策の成果指標\n"
        "指標名 基準値(R3) 目標(R7)\n"
        "架空海岸の清掃ボランティア登録者数（累計）\n"
        "  126人        250人\n"
        "架空港の入港数\n"
        "  58.3%       64.0%\n"
        "\n"
    )
    assert _observations_of(text, 2023) == {
        ("架空海岸の清掃ボランティア登録者数(累計)", 2021, "baseline", 126),
        ("架空海岸の清掃ボランティア登録者数(累計)", 2025, "target", 250),
        ("架空港の入港数", 2021, "baseline", 58.3),
        ("架空港の入港数", 2025, "target", 64.0),
    }


def test_stacked_rows_join_a_name_wrapped_over_two_lines_and_read_one_line_rows() -> None:
    text = (
        "成果指標\n"
        "指標名 基準値(H30) 実績(R5) 目標(R9)\n"
        "架空港の入港数 120隻 131隻 150隻\n"
        "週1回以上運動する\n"
        "架空町民の割合\n"
        "  44.0% 48.2% 55.0%\n"
    )
    found = _observations_of(text, 2023)
    assert ("架空港の入港数", 2023, "actual", 131) in found
    assert ("週1回以上運動する架空町民の割合", 2027, "target", 55.0) in found


def test_a_line_of_prose_under_a_header_of_kinds_ends_its_stacked_rows() -> None:
    text = (
        "指標名 基準値(R3) 目標(R7)\n"
        "架空港の入港数\n"
        "  58.3%       64.0%\n"
        "これらの指標は毎年度、庁内会議で点検し、結果を公表する。\n"
        "  12%       15%\n"
    )
    assert {name for name, *_ in _observations_of(text, 2023)} == {"架空港の入港数"}


def test_a_row_of_years_under_the_kinds_header_dates_each_kinds_values() -> None:
    """指標 | 現状値 | 目標値 over 「 | R5 | R9」 (a spreadsheet's header on two rows): each
    kind's values are of the year printed under it."""
    text = (
        "指標\t現状値\t目標値\n\tR5\tR9\n"
        "架空港の入港数\t120\t150\n架空浜の来訪者数\t3,400\t4,000\n"
    )
    assert _observations_of(text, 2024) == {
        ("架空港の入港数", 2023, "baseline", 120),
        ("架空港の入港数", 2027, "target", 150),
        ("架空浜の来訪者数", 2023, "baseline", 3400),
        ("架空浜の来訪者数", 2027, "target", 4000),
    }


def test_a_row_of_years_over_the_kinds_header_dates_each_kinds_values() -> None:
    text = (
        "|  | 令和5年度 | 令和9年度 |\n|---|---|---|\n"
        "| 指標 | 現状値 | 目標値 |\n"
        "| 架空港の入港数 | 120 | 150 |\n"
    )
    assert _observations_of(text, 2024) == {
        ("架空港の入港数", 2023, "baseline", 120),
        ("架空港の入港数", 2027, "target", 150),
    }


def test_a_line_closed_by_a_stop_with_the_year_befores_result_in_brackets() -> None:
    """「架空特産品の開発件数 R5実績 7件（R4 4件）。」: one line, closed by 。; the bracket prints
    the year before's result beside this year's: an actual too."""
    text = "架空特産品の開発件数 R5実績 7件（R4 4件）。\n"
    assert _observations_of(text, 2023) == {
        ("架空特産品の開発件数", 2023, "actual", 7),
        ("架空特産品の開発件数", 2022, "actual", 4),
    }


def test_a_value_the_page_reading_dated_keeps_its_kind_over_a_column_by_column_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A stretch the structure already split into its columns is read again column by column
    (`loaders.genres.columns`); where that second reading gives a value the first dated
    already another kind, the first reading stands and no second row is added."""
    text = "指標名\t令和3年度実績\t令和4年度実績\n架空港の入港数\t120\t131\n"
    again = "指標名\t令和3年度\t令和4年度\n架空港の入港数\t120\t131\n"
    monkeypatch.setattr(indicators, "column_regions", lambda _: ["region"])
    monkeypatch.setattr(indicators, "unfold", lambda _, __: (again, list(range(len(again)))))
    assert _observations_of(text, 2024) == {
        ("架空港の入港数", 2021, "actual", 120),
        ("架空港の入港数", 2022, "actual", 131),
    }


def test_a_name_line_over_its_steps_reads_a_bracketed_target_and_results_on_the_way() -> None:
    """「「架空の催しに満足した」と答えた町民の割合」 over 「平成30年度 38.4％ → 令和5年度 41.9％
    （基本計画の目標：令和7年度 45.0％）」: the first year alone is the baseline, a later year
    alone a result, the bracket after its kind's label the target."""
    text = (
        "「架空の催しに満足した」と答えた町民の割合\n"
        "　平成30年度 38.4％ → 令和5年度 41.9％（基本計画の目標：令和7年度 45.0％）\n"
    )
    assert _observations_of(text, 2023) == {
        ("「架空の催しに満足した」と答えた町民の割合", 2018, "baseline", 38.4),
        ("「架空の催しに満足した」と答えた町民の割合", 2023, "actual", 41.9),
        ("「架空の催しに満足した」と答えた町民の割合", 2025, "target", 45.0),
    }


def test_a_lone_bracketed_year_dates_the_one_header_label_without_a_year() -> None:
    """「成果指標 基準値 R5実績 R8目標」 over 「（2021年度）」 set flush left by the PDF's text:
    of the labels only 基準値 prints no year, so the one bracketed year is its."""
    text = (
        "３　成果指標\n"
        "成果指標 基準値 R5実績 R8目標\n"
        "（2021年度）\n"
        "架空港の来港者数（人） 1,000 1,250 1,500\n"
    )
    assert _observations_of_year(text, 2024) == {
        ("架空港の来港者数", 2021, "baseline", 1000),
        ("架空港の来港者数", 2023, "actual", 1250),
        ("架空港の来港者数", 2026, "target", 1500),
    }


def test_a_lone_bracketed_year_under_two_labels_without_a_year_dates_neither() -> None:
    text = (
        "成果指標 基準値 実績値 R8目標\n"
        "（2021年度）\n"
        "架空港の来港者数（人） 1,000 1,250 1,500\n"
    )
    assert not any(year == 2021 for _, year, _, _ in _observations_of_year(text, 2024))


def test_a_target_in_brackets_after_a_sentence_belongs_to_its_subject() -> None:
    """「- ○○数は、…に増えました（目標：1,500人）」: the sentence's subject is the name the
    bracket's target is of; a figure before the bracket (「12.5%（目標…）」) names nothing."""
    text = (
        "- 架空港の来港者数は、令和4年度の900人から令和5年度は1,200人に"
        "増えました（目標：1,500人）\n"
        "- 架空灯台の見学率　令和5年度 12.5％（目標：令和8年度 20％）\n"
    )
    found = _observations_of_year(text, 2024)
    assert ("架空港の来港者数", None, "target", 1500) in found
    assert not any(name.startswith("12.5") or "増えました" in name for name, *_ in found)


def test_a_web_pages_round_bullet_is_no_part_of_an_indicators_name() -> None:
    text = "  • 架空灯台の見学率　令和4年度 10.0％ → 令和5年度実績 12.5％\n"
    names = {name for name, *_ in _observations_of_year(text, 2024)}
    assert names == {"架空灯台の見学率"}


def test_a_column_labelled_by_a_year_or_day_with_its_kind_in_brackets() -> None:
    """「令和6年4月1日（実績）」, 「令和9年度（目標）」: the year (a day's, the fiscal year it
    falls in), then the kind in brackets, under a first column naming what is measured."""
    text = (
        "区分\t令和4年度（基準）\t令和6年4月1日（実績）\t令和9年度（目標）\n"
        "架空港の職員数（人）\t120\t118\t110\n"
    )
    assert _observations_of_year(text, 2024) == {
        ("架空港の職員数", 2022, "baseline", 120),
        ("架空港の職員数", 2024, "actual", 118),
        ("架空港の職員数", 2027, "target", 110),
    }


def test_rows_under_a_header_of_years_one_led_by_a_kind_word_are_a_plan_and_its_results() -> None:
    """A header of years with its corner blank, rows 「計画○○数」 and 「○○数」: the row led by
    計画 holds targets, the other actuals up to the document's year."""
    text = (
        "| | 2023年度 | 2024年度 | 2025年度 |\n|---|---|---|---|\n"
        "| 目標来港者数 | 1,000 | 1,100 | 1,200 |\n"
        "| 来港者数 | 980 | 1,050 | - |\n"
    )
    assert _observations_of_year(text, 2024) == {
        ("目標来港者数", 2023, "target", 1000),
        ("目標来港者数", 2024, "target", 1100),
        ("目標来港者数", 2025, "target", 1200),
        ("来港者数", 2023, "actual", 980),
        ("来港者数", 2024, "actual", 1050),
    }


def test_rows_under_a_header_of_years_without_a_kind_word_are_no_indicators() -> None:
    """課別 staff by year (「総務課 12 13」): no row names a kind, so nothing is read as one."""
    text = "| | 2023年度 | 2024年度 |\n|---|---|---|\n| 架空課 | 12 | 13 |\n| 架空係 | 4 | 5 |\n"
    assert _observations_of_year(text, 2024) == set()


def test_lines_of_a_name_a_kind_and_values_under_a_header_of_years() -> None:
    """「指標　区分　R4　R5　R6」 set out with single (full-width) spaces, rows 「name kind
    values…」 and 「実績 values…」 (the name above goes on): values under the years from the
    left; a line of another shape ends the rows."""
    text = (
        "指標　区分　R4　R5　R6\n"
        "重点指標1　架空港の来港者数（人）目標　1,000　1,100　1,200\n"
        "実績　980　1,050\n"
        "1日に1回以上灯台を見る人の割合（％）　目標　20.0　22.0\n"
        "実績　19.5\n"
        "来港者は増えたが、灯台の見学は伸び悩んだ。目標 30\n"
    )
    assert _observations_of_year(text, 2024) == {
        ("架空港の来港者数", 2022, "target", 1000),
        ("架空港の来港者数", 2023, "target", 1100),
        ("架空港の来港者数", 2024, "target", 1200),
        ("架空港の来港者数", 2022, "actual", 980),
        ("架空港の来港者数", 2023, "actual", 1050),
        ("1日に1回以上灯台を見る人の割合", 2022, "target", 20.0),
        ("1日に1回以上灯台を見る人の割合", 2023, "target", 22.0),
        ("1日に1回以上灯台を見る人の割合", 2022, "actual", 19.5),
    }


def test_a_header_of_kinds_under_a_generic_corner_dated_by_bracketed_years_below() -> None:
    """「項目 現状値 目標値」 (a corner naming no field, then kinds) over 「(2022年度) (2030年度)」:
    the rows under them are indicators, each value of its column's kind and year."""
    text = (
        "項目　現状値　目標値\n"
        "（2022年度）　（2030年度）\n"
        "架空港の来港者数（人）　1,000　1,500\n"
    )
    assert _observations_of_year(text, 2024) == {
        ("架空港の来港者数", 2022, "baseline", 1000),
        ("架空港の来港者数", 2030, "target", 1500),
    }


def test_a_generic_corner_over_words_that_are_no_kinds_reads_nothing() -> None:
    text = "区分　施設数　延床面積\n（2022年度）　（2022年度）\n架空地区　3　1,200\n"
    assert _observations_of_year(text, 2024) == set()


def test_a_plan_of_money_under_a_header_of_years_is_no_indicator() -> None:
    text = (
        "（単位：千円）\n"
        "| | 2023年度 | 2024年度 |\n|---|---|---|\n| 計画事業費 | 1,000 | 1,100 |\n"
        "| 事業費 | 980 | 1,050 |\n"
    )
    assert _observations_of_year(text, 2024) == set()


def test_a_legend_dating_two_kinds_dates_the_columns_of_a_table_printing_none() -> None:
    text = (
        "成果指標\t現状値\t目標値\n"
        "架空港の来訪者数（人）\t4,200\t5,000\n"
        "\n"
        "※現状値は令和5年度の実績、目標値は令和10年度の数値です。\n"
    )
    assert _observations(text) == {
        ("架空港の来訪者数", 2023, "baseline", 4200),
        ("架空港の来訪者数", 2028, "target", 5000),
    }


def test_a_legend_clause_after_a_comma_keeps_its_own_subject() -> None:
    text = (
        "| 指標名 | 目標値 |\n|---|---|\n| 架空道場の会員数 | 90人 |\n\n"
        "目標値は、特に記載のないものは令和9年度の値です。\n"
    )
    assert _observations(text) == {("架空道場の会員数", 2027, "target", 90)}


def test_an_indicator_label_before_the_name_of_a_line_of_values_is_no_part_of_it() -> None:
    text = "・成果指標：架空塾の修了者数　令和5年度実績 41人／令和7年度目標 60人\n"
    assert _observations(text) == {
        ("架空塾の修了者数", 2023, "actual", 41),
        ("架空塾の修了者数", 2025, "target", 60),
    }


def test_values_of_a_line_may_be_apart_by_a_comma() -> None:
    text = "架空団の団員数 令和4年度実績 120人、令和5年度実績 126人/令和9年度目標 150人\n"
    assert _observations(text) == {
        ("架空団の団員数", 2022, "actual", 120),
        ("架空団の団員数", 2023, "actual", 126),
        ("架空団の団員数", 2027, "target", 150),
    }


def test_a_result_without_a_year_after_a_dated_target_is_of_that_year() -> None:
    text = "指標：架空港の入港数　R5目標 12隻／実績 14隻\n"
    assert _observations(text) == {
        ("架空港の入港数", 2023, "target", 12),
        ("架空港の入港数", 2023, "actual", 14),
    }


def test_years_to_come_after_a_result_under_a_caption_naming_targets_are_targets() -> None:
    text = (
        "■架空計画の数値目標\n\n"
        "| 項目 | 2024年度実績 | 2026年度 | 2027年度 |\n|---|---|---|---|\n"
        "| 架空園の利用者数（人） | 300 | 320 | 340 |\n"
    )
    assert _observations_of(text, 2025) == {
        ("架空園の利用者数", 2024, "actual", 300),
        ("架空園の利用者数", 2026, "target", 320),
        ("架空園の利用者数", 2027, "target", 340),
    }


def test_years_to_come_under_a_caption_naming_no_target_keep_their_kind() -> None:
    text = (
        "■架空園の利用状況\n\n"
        "| 項目 | 2024年度実績 | 2026年度 | 2027年度 |\n|---|---|---|---|\n"
        "| 架空園の利用者数（人） | 300 | 320 | 340 |\n"
    )
    assert "target" not in {kind for _, _, kind, _ in _observations_of(text, 2025)}


def test_a_header_line_of_years_dates_the_series_of_the_fields_under_it() -> None:
    text = (
        "【成果】\n"
        "種別 指標 2021年度 2022年度 2023年度\n"
        "成果指標 架空講座の受講者数（人）\n"
        "目標 50 60 70\n"
        "実績 48 52 －\n"
    )
    assert _observations_of(text, 2022) == {
        ("架空講座の受講者数", 2021, "target", 50),
        ("架空講座の受講者数", 2022, "target", 60),
        ("架空講座の受講者数", 2023, "target", 70),
        ("架空講座の受講者数", 2021, "actual", 48),
        ("架空講座の受講者数", 2022, "actual", 52),
    }


def test_a_header_line_of_years_dates_labelled_fields_with_colons() -> None:
    text = (
        "（年度） 平成30年度 令和元年度\n"
        "成果指標：架空橋の点検率（％）\n"
        "目標値：80.0 90.0\n"
        "実績値：78.5 91.2\n"
    )
    assert _observations_of(text, 2019) == {
        ("架空橋の点検率", 2018, "target", 80.0),
        ("架空橋の点検率", 2019, "target", 90.0),
        ("架空橋の点検率", 2018, "actual", 78.5),
        ("架空橋の点検率", 2019, "actual", 91.2),
    }


def test_a_previous_years_value_in_brackets_after_a_listed_value_is_that_years() -> None:
    text = (
        "●主な財政指標（2023年度決算）\n"
        "・経常収支比率　88.0％（前年度：89.5％）\n"
        "・将来負担比率　12.4％（県平均 40.1％）\n"
    )
    assert _observations_of(text, 2024) == {
        ("経常収支比率", 2023, "actual", 88.0),
        ("経常収支比率", 2022, "actual", 89.5),
        ("将来負担比率", 2023, "actual", 12.4),
    }


def test_a_bulleted_name_over_lines_of_dated_kinds_names_their_indicator() -> None:
    text = (
        "■成果目標\n"
        "●架空浜の清掃参加者数（人）\n"
        "現状値（2023年度） 420\n"
        "目標値（2030年度） 600\n"
    )
    assert _observations_of(text, 2024) == {
        ("架空浜の清掃参加者数", 2023, "baseline", 420),
        ("架空浜の清掃参加者数", 2030, "target", 600),
    }


def test_a_kind_printed_once_before_its_years_and_values_dates_each_value() -> None:
    text = (
        "【架空園の入園者数】\n"
        "実績　2021年度 1,200、2022年度 1,350、2023年度 1,410\n"
        "目標（2027年度） 1,800\n"
    )
    assert _observations_of(text, 2024) == {
        ("架空園の入園者数", 2021, "actual", 1200),
        ("架空園の入園者数", 2022, "actual", 1350),
        ("架空園の入園者数", 2023, "actual", 1410),
        ("架空園の入園者数", 2027, "target", 1800),
    }


def test_a_kind_printed_once_before_a_sentence_is_no_series() -> None:
    text = "【架空園の入園者数】\n実績 2021年度は1,200人で前年を上回った。\n"
    assert _observations_of(text, 2024) == set()


def test_a_name_cut_off_inside_its_bracket_names_no_indicator() -> None:
    text = "架空ホール改修事業（所管　目標値（令和12年度） 70.0\n"
    assert _observations_of(text, 2024) == set()



def test_a_series_of_values_no_line_dates_is_no_value_of_the_documents_year() -> None:
    text = "成果指標：架空講座の受講者数（人）\n目標値：50 60 70\n実績値：48 －\n"
    assert _observations_of(text, 2022) == set()



def test_a_legend_of_kinds_each_with_a_colon_and_a_year_dates_the_table() -> None:
    text = (
        "指標名　　　　　　　　基準値　　目標値\n"
        "架空駅の乗降客数（人）　3,200　　 3,600\n"
        "\n"
        "（基準値：令和4年度、目標値：令和9年度）\n"
    )
    assert _observations(text) == {
        ("架空駅の乗降客数", 2022, "baseline", 3200),
        ("架空駅の乗降客数", 2027, "target", 3600),
    }


def test_a_unit_note_between_a_caption_naming_targets_and_its_table_is_read_past() -> None:
    text = (
        "表2　架空計画の目標\n"
        "（単位：人）\n"
        "区分\t2024年度実績\t2026年度\t2027年度\n"
        "架空園の利用者数\t300\t320\t340\n"
    )
    assert _observations_of(text, 2025) == {
        ("架空園の利用者数", 2024, "actual", 300),
        ("架空園の利用者数", 2026, "target", 320),
        ("架空園の利用者数", 2027, "target", 340),
    }


def test_a_caption_naming_each_kind_with_its_year_dates_the_table_under_it() -> None:
    text = (
        "■成果指標（基準値：令和4年度、目標値：令和8年度）\n"
        "| 指標 | 基準値 | 目標値 |\n|---|---|---|\n"
        "| 架空浜の来訪者数（人） | 1,500 | 2,000 |\n"
    )
    assert _observations(text) == {
        ("架空浜の来訪者数", 2022, "baseline", 1500),
        ("架空浜の来訪者数", 2026, "target", 2000),
    }


def test_a_note_under_a_table_naming_each_kind_with_its_year_dates_it() -> None:
    text = (
        "指標\t現状値\t目標値\n"
        "架空浜の来訪者数（人）\t1,500\t2,000\n"
        "※現状値（R5）　目標値（R10）\n"
    )
    assert _observations(text) == {
        ("架空浜の来訪者数", 2023, "baseline", 1500),
        ("架空浜の来訪者数", 2028, "target", 2000),
    }


def test_a_previous_years_value_beside_a_labelled_result_is_that_years() -> None:
    text = "架空館の相談件数　令和5年度実績 70件（前年度 64件）\n"
    assert _observations_of(text, 2023) == {
        ("架空館の相談件数", 2023, "actual", 70),
        ("架空館の相談件数", 2022, "actual", 64),
    }


def test_a_label_table_with_two_pairs_to_a_row_gives_each_pairs_value() -> None:
    text = (
        "成果指標\n"
        "指標名\t架空浜の清掃参加者数（人）\t\t\n"
        "目標値（R9）\t500\t基準値（R4）\t320\n"
        "実績値（R6）\t410\t\t\n"
    )
    assert _observations(text) == {
        ("架空浜の清掃参加者数", 2027, "target", 500),
        ("架空浜の清掃参加者数", 2022, "baseline", 320),
        ("架空浜の清掃参加者数", 2024, "actual", 410),
    }


def test_an_interim_target_column_is_a_target_of_its_year() -> None:
    text = (
        "区分\t令和5年度（実績）\t令和8年度（中間目標）\t令和10年度（目標）\n"
        "潮だまり観察会の参加者数\t210人\t260人\t300人\n"
    )
    assert _observations(text) == {
        ("潮だまり観察会の参加者数", 2023, "actual", 210),
        ("潮だまり観察会の参加者数", 2026, "target", 260),
        ("潮だまり観察会の参加者数", 2028, "target", 300),
    }


def test_a_difference_column_after_dated_kinds_is_no_value() -> None:
    text = (
        "| 項目 | 基準（令和4年4月1日） | 目標（令和9年4月1日） | 増減 |\n|---|---|---|---|\n"
        "| 灯台守の登録者数 | 36人 | 30人 | △6人 |\n"
    )
    assert _observations(text) == {
        ("灯台守の登録者数", 2022, "baseline", 36),
        ("灯台守の登録者数", 2027, "target", 30),
    }


def test_a_line_that_is_a_year_alone_dates_the_undated_columns_of_the_table_below() -> None:
    """Each year's block of rows under its own line 「【2022年度】」: that year for both the
    target and the actual printed without one."""
    text = (
        "【2022年度】\n"
        "指標名\t目標値\t実績値\t担当\n"
        "架空図書室の貸出冊数\t5,000\t4,820\t架空課\n"
        "\n"
        "【2023年度】（見込み含む）\n"
        "指標名\t目標値\t実績値\t担当\n"
        "架空図書室の貸出冊数\t5,200\t5,310\t架空課\n"
    )
    assert _observations(text) == {
        ("架空図書室の貸出冊数", 2022, "target", 5000),
        ("架空図書室の貸出冊数", 2022, "actual", 4820),
        ("架空図書室の貸出冊数", 2023, "target", 5200),
        ("架空図書室の貸出冊数", 2023, "actual", 5310),
    }


def test_a_caption_with_words_beside_its_year_dates_no_undated_column() -> None:
    """「架空館の利用状況 令和4年度」 is a caption, no year alone: the target keeps no year."""
    text = "架空館の利用状況について（令和4年度の取組）\n指標名\t目標値\n架空館の入館者数\t900\n"
    assert _observations(text) == {("架空館の入館者数", None, "target", 900)}


def test_a_unit_line_between_an_indicator_and_its_dated_values_keeps_the_indicator() -> None:
    """指標名 / 単位 / 現状値(2021年度) … as a form's lines: the unit belongs to the indicator,
    the dated values after it are still that indicator's."""
    text = (
        "【指標】\n"
        "指標名：架空公園の清掃ボランティア数\n"
        "単位：人\n"
        "現状値(2021年度)  140\n"
        "目標値(2026年度)  200\n"
    )
    assert _observations(text) == {
        ("架空公園の清掃ボランティア数", 2021, "baseline", 140),
        ("架空公園の清掃ボランティア数", 2026, "target", 200),
    }


def test_a_column_of_levels_run_together_ending_in_indicator_names_the_indicators() -> None:
    """「基本方針／施策／指標」 heads one column for rows of each level: the value rows there
    name indicators; the level rows, printing no values, give none."""
    text = (
        "| 番号 | 基本方針／施策／指標 | 現状値(令和2年度) | 目標値(令和8年度) |\n"
        "|---|---|---|---|\n"
        "| 4 | 緑あふれる架空のまち | | |\n"
        "| 4-2 | 公園の魅力向上 | | |\n"
        "| | 架空公園の年間利用者数 | 8,200 | 10,000 |\n"
    )
    assert _observations(text) == {
        ("架空公園の年間利用者数", 2020, "baseline", 8200),
        ("架空公園の年間利用者数", 2026, "target", 10000),
    }


def test_a_lower_header_naming_its_own_year_under_a_spanning_year_keeps_its_own() -> None:
    """「2026年度」 spanning 目標値 and 「前年度実績(2025年度)」 on the header's second row: the
    long lower label is a kind with its own year, which the spanning year does not replace."""
    text = (
        "| 指標 | 現状値 | 2026年度 | |\n|---|---|---|---|\n"
        "| | 2023年度 | 目標値 | 前年度実績(2025年度) |\n"
        "| 架空図書館の貸出冊数 | 52,000 | 60,000 | 57,400 |\n"
    )
    assert _observations(text) == {
        ("架空図書館の貸出冊数", 2023, "baseline", 52000),
        ("架空図書館の貸出冊数", 2026, "target", 60000),
        ("架空図書館の貸出冊数", 2025, "actual", 57400),
    }


def test_a_heading_over_fields_of_kinds_names_their_indicator() -> None:
    """A heading of its own (no label, no sentence) over 「現状値：120人（2021年度）」 and
    「目標値：…」 fields: the heading names the indicator whose values the fields give."""
    text = (
        "## 3 成果の目安\n\n"
        "### 架空遊歩道の清掃参加者数\n\n"
        "現状値：120人（2021年度）\n\n"
        "目標値：200人（2027年度）\n"
    )
    assert _observations(text) == {
        ("架空遊歩道の清掃参加者数", 2021, "baseline", 120),
        ("架空遊歩道の清掃参加者数", 2027, "target", 200),
    }


def test_a_name_wrapped_onto_a_row_of_its_own_ending_in_its_unit_is_joined() -> None:
    """Names that print their unit last (「○○率(%)」): a name without one, then a row with
    nothing but a rest ending in one, is one name over two rows."""
    text = (
        "| 指標 | 現状値(2022年度) | 目標値(2027年度) |\n|---|---|---|\n"
        "| 架空湾の水質基準達成率(%) | 80 | 90 |\n"
        "| 架空山の登山道のうち案内板を | 12 | 30 |\n"
        "| 設置した区間の数(区間) | | |\n"
        "| 架空川の親水施設数(箇所) | 3 | 5 |\n"
    )
    names = {name for name, *_ in _observations(text)}
    assert "架空山の登山道のうち案内板を設置した区間の数" in {
        n.replace("(区間)", "") for n in names
    }


def test_values_continued_in_the_row_under_an_indicator_field_are_its_values() -> None:
    """項目 | 内容 pairs: the indicator's name in one row, its kind-labelled values in the
    row below with no label; a yearless target set against a dated actual is of its year."""
    text = (
        "| 項目 | 内容 |\n|---|---|\n"
        "| 事業名 | 架空港の清掃事業 |\n"
        "| 指標名 | 架空港の清掃回数 |\n"
        "| | 目標値 24回、実績値 26回(2023年度) |\n"
    )
    assert _observations(text) == {
        ("架空港の清掃回数", 2023, "target", 24),
        ("架空港の清掃回数", 2023, "actual", 26),
    }


def test_a_yearless_target_set_against_an_actual_dated_in_brackets_takes_its_year() -> None:
    text = (
        "事業名：架空堤防の点検事業\n"
        "成果指標：架空堤防の点検延長 目標 12km 実績 13km（2023年度）\n"
    )
    assert _observations(text) == {
        ("架空堤防の点検延長", 2023, "target", 12),
        ("架空堤防の点検延長", 2023, "actual", 13),
    }



def test_an_indicator_label_set_off_by_a_space_reads_as_its_field() -> None:
    """PDF text of a form: 「指標 name 基準値(…)v 目標 v」 with a space, not a colon."""
    text = (
        "取組 架空灯台の公開\n"
        "指標 架空灯台の見学者数（人）基準値（2022年度）310 2026年度目標 450\n"
    )
    assert _observations(text) == {
        ("架空灯台の見学者数", 2022, "baseline", 310),
        ("架空灯台の見学者数", 2026, "target", 450),
    }


def test_the_tail_a_pdf_line_wrapped_onto_the_next_line_is_joined() -> None:
    text = (
        "指標 架空港の入港船舶数 基準値（2022年度）1,210隻 2026年度目標 1,\n"
        "500隻\n"
        "評価 B\n"
    )
    assert ("架空港の入港船舶数", 2026, "target", 1500) in _observations(text)


def test_wrapped_last_on_a_table_whose_last_row_has_no_cells_is_no_index_error() -> None:
    """Regression: `_wrapped_last` read `row[0]` of a last row with no cells (IndexError)."""
    from loaders.structure.blocks import Table

    text = "成果指標\t令和5年度実績\n架空館の入館者数\t110人\n"
    doc = read_structure(text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    short = Table(header=table.header, rows=[*table.rows, []])
    found = indicators._read_table(doc, table, None)
    assert indicators._wrapped_last(doc, short, found) == found


def test_a_field_labelled_as_indicator_over_a_line_of_kind_steps_gives_its_values() -> None:
    text = (
        "【重点1】架空広場のにぎわいづくり ○\n"
        "成果指標：午後5時以降の架空広場利用率\n"
        "令和6年度目標 40% ／ 実績 38%\n"
    )
    assert _observations(text) >= {
        ("午後5時以降の架空広場利用率", 2024, "target", 40),
        ("午後5時以降の架空広場利用率", 2024, "actual", 38),
    }
