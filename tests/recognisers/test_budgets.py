"""The budget recogniser: budgets by account of the unit a document is about, or its city."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets
from loaders.structure import read_structure


def _budgets(text: str, *, title: str | None = None, year: int | None = 2024) -> set[object]:
    facts = DocumentFacts(
        "x.txt", "999989", "青葉台市", None, text, "generic", title=title, fiscal_year=year
    )
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_an_account_table_gives_each_account_for_each_year_column() -> None:
    text = (
        "会計名 | 令和6年度予算 | 令和5年度予算 |\n---|---|---|\n"
        "一般会計 | 1,000,000円 | 900,000円 |\n"
        "架空事業特別会計 | 500,000円 | 400,000円 |\n"
        "総額 | 1,500,000円 | 1,300,000円 |\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 1_000_000),
        ("青葉台市", 2023, "一般会計", 900_000),
        ("青葉台市", 2024, "架空事業特別会計", 500_000),
        ("青葉台市", 2023, "架空事業特別会計", 400_000),
    }


def test_a_table_amount_is_read_in_the_unit_its_header_states() -> None:
    text = "会計\t予算額(千円)\n一般会計\t345,000\n"
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 345_000_000)}


def test_the_unit_the_title_names_owns_the_budget() -> None:
    text = "会計\t予算額(千円)\n一般会計\t345,000\n"
    owned = _budgets(text, title="令和6年度 架空振興部のあらまし")
    assert owned == {("架空振興部", 2024, "一般会計", 345_000_000)}


def test_a_sentence_stating_an_account_budget() -> None:
    text = "令和6年度の予算が可決されました。\n一般会計当初予算は12億3,400万円となりました。\n"
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 1_234_000_000)}


def test_a_sentence_naming_the_owner_before_the_account() -> None:
    text = "架空振興部の一般会計予算は34,500万円です。\n"
    assert _budgets(text) == {("架空振興部", 2024, "一般会計", 345_000_000)}


def test_one_amount_for_accounts_joined_together_is_no_account_budget() -> None:
    assert _budgets("特別・企業会計は、6億8,000万円です。\n") == set()


def test_an_account_attribute_in_a_list_item() -> None:
    assert _budgets("・一般会計（予算額：345,000千円）\n") == {
        ("青葉台市", 2024, "一般会計", 345_000_000)
    }


def test_an_account_field_then_a_budget_field() -> None:
    assert _budgets("【会計】一般会計\n【予算額】345,000千円\n") == {
        ("青葉台市", 2024, "一般会計", 345_000_000)
    }


def test_labels_stacked_above_their_amounts_with_the_account_spelled_down() -> None:
    text = (
        "一 令和6年度当初予算額\n般 令和5年度当初予算額\n会 令和5年度最終予算額\n計\n"
        "12億3,400万円\n11億円\n10億5,000万円\n"
    )
    # 令和5年度 has two amounts (当初 and 最終): neither alone is that year's budget
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 1_234_000_000)}


def test_a_bulleted_account_line_under_a_budget_heading() -> None:
    text = "令和6年度当初予算\n\n・一般会計 1,200千円\n・架空事業特別会計 300千円\n"
    assert _budgets(text, title="架空振興部の運営方針") == {
        ("架空振興部", 2024, "一般会計", 1_200_000),
        ("架空振興部", 2024, "架空事業特別会計", 300_000),
    }


def test_an_account_printed_as_the_label_of_its_amount() -> None:
    text = "■当初予算\n\n一般会計　5,000千円\n"
    assert _budgets(text, title="架空振興部の運営方針") == {
        ("架空振興部", 2024, "一般会計", 5_000_000)
    }


def test_the_whole_of_an_account_is_the_municipalitys_budget() -> None:
    text = "・一般会計 1,000千円(一般会計全体(90,000千円)に対する割合1.1パーセント)\n"
    assert _budgets(text, title="架空振興部の運営方針") == {
        ("架空振興部", 2024, "一般会計", 1_000_000),
        ("青葉台市", 2024, "一般会計", 90_000_000),
    }


def test_year_columns_hold_budgets_when_the_caption_names_a_budget() -> None:
    text = (
        "令和6年度当初予算(架空部所管分)　(単位:千円)\n"
        "| 会計 | 令和6年度 | 令和5年度 | 増減 |\n| 一般会計 | 8,000 | 7,000 | 1,000 |\n"
    )
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 8_000_000),
                              ("青葉台市", 2023, "一般会計", 7_000_000)}  # fmt: skip


def test_year_columns_without_a_budget_caption_are_no_budgets() -> None:
    text = "■会計別の決算状況\n会計\t令和6年度\t令和5年度\n一般会計\t8,000円\t7,000円\n"
    assert _budgets(text) == set()


def test_an_account_with_a_note_in_brackets_is_still_an_account_named_without_it() -> None:
    text = "会計別の予算規模\n会計\t令和5年度\n特別会計(5会計)\t486億2,300万円\n"
    assert _budgets(text) == {("青葉台市", 2023, "特別会計", 48_623_000_000)}


def test_the_citys_total_of_an_account_in_a_sentence_is_the_citys() -> None:
    text = "※市の一般会計当初予算総額は612億4,000万円です。\n"
    assert _budgets(text, title="令和6年度 架空部の取組") == {
        ("青葉台市", 2024, "一般会計", 61_240_000_000)
    }


def test_an_account_amount_in_a_sentence_that_names_the_budget() -> None:
    text = "令和5年度当初予算のうち、架空部の所管は一般会計3,126,840千円です。\n"
    assert _budgets(text, title="令和5年度 架空部 運営方針", year=2023) == {
        ("架空部", 2023, "一般会計", 3_126_840_000)
    }


def test_a_table_left_with_single_spaces_by_pdf_extraction() -> None:
    text = (
        "令和6年度当初予算の概要\n（単位：千円）\n会計区分 令和6年度 令和5年度 増減額\n"
        "一般会計 1,000 900 100\n架空事業特別会 計 500 400 100\n合 計 1,500 1,300 200\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 1_000_000),
        ("青葉台市", 2023, "一般会計", 900_000),
        ("青葉台市", 2024, "架空事業特別会計", 500_000),
        ("青葉台市", 2023, "架空事業特別会計", 400_000),
    }


def test_a_previous_year_amount_in_brackets_after_an_accounts_amount() -> None:
    assert _budgets("一般会計　3,000千円（前年度 2,800千円）\n") == {
        ("青葉台市", 2024, "一般会計", 3_000_000),
        ("青葉台市", 2023, "一般会計", 2_800_000),
    }


def test_a_table_of_units_under_a_caption_naming_one_account_is_each_units_budget() -> None:
    text = (
        "部局別予算額(一般会計)\n(単位:千円)\n"
        "部局\t令和6年度\t令和5年度\t増減\n"
        "架空振興部\t1,200\t1,000\t200\n"
        "合計\t1,200\t1,000\t200\n"
    )
    assert _budgets(text) == {
        ("架空振興部", 2024, "一般会計", 1_200_000),
        ("架空振興部", 2023, "一般会計", 1_000_000),
    }


def test_the_one_department_the_opening_lines_name_owns_the_budget() -> None:
    text = "令和6年度 運営方針\n青葉台市 架空振興部\n\n部の予算\n一般会計:3,000千円\n"
    assert _budgets(text) == {("架空振興部", 2024, "一般会計", 3_000_000)}


def test_a_department_credited_with_its_division_is_the_author_not_the_owner() -> None:
    text = "当初予算の概要\n架空財務部 架空財務課\n\n予算の規模\n一般会計:3,000千円\n"
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 3_000_000)}


def test_an_amount_per_head_is_no_budget() -> None:
    text = "一般会計の予算額を市民1人当たりに換算すると、約40万円です。\n"
    assert _budgets(text) == set()


def test_the_budget_a_sentence_compares_with_is_its_years_budget() -> None:
    text = "一般会計の予算額は12億円で、令和5年度当初予算の11億円と比べて1億円の増です。\n"
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 1_200_000_000),
        ("青葉台市", 2023, "一般会計", 1_100_000_000),
    }


def test_an_account_with_its_amount_after_de_in_a_sentence_naming_the_budget() -> None:
    text = "当初予算における部の予算は、一般会計で5億円です。特別会計で3億円を借り入れます。\n"
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 500_000_000)}


def test_an_account_alone_on_its_line_labels_the_amount_opening_the_next() -> None:
    """A definition list (<dt>account</dt><dd>amount</dd>) arrives as two lines."""
    text = "会計ごとの予算額\n架空事業特別会計\n12億3,400万円（前年度 11億円）\n"
    assert _budgets(text) == {
        ("青葉台市", 2024, "架空事業特別会計", 1234000000),
        ("青葉台市", 2023, "架空事業特別会計", 1100000000),
    }


def test_a_caption_about_an_account_labels_no_amount() -> None:
    text = "一般会計の歳入\n12億3,400万円のうち町税は3億円\n"
    assert not any(b[2] == "一般会計の歳入" for b in _budgets(text))


def test_a_note_on_the_share_of_an_account_is_no_part_of_its_name() -> None:
    """「一般会計（架空部所管分） 98億4,216万円」: the department's share, the account 一般会計."""
    text = "会計 予算額 前年度比\n一般会計（架空部所管分） 98億4,216万円 1.8％増\n"
    assert _budgets(text, title="架空部 部局経営方針") == {("架空部", 2024, "一般会計", 9842160000)}


def test_a_first_line_setting_the_city_apart_still_opens_the_title_lines() -> None:
    """「令和6年度 部の目標 … 青葉台市」 read as a paragraph, then the department alone."""
    text = (
        "令和6年度 部の目標と取組            青葉台市\n架空産業部\n\n"
        "部の予算\n一般会計:3,000千円\n"
    )
    assert _budgets(text) == {("架空産業部", 2024, "一般会計", 3_000_000)}


def test_an_account_the_citys_word_opens_is_the_citys_whole_account() -> None:
    """「(参考)市一般会計予算総額」 on a department's page: the city's, not the department's."""
    text = (
        "令和6年度 架空振興部 運営方針\n\n予算\n"
        "一般会計:1,234,000千円\n(参考)市一般会計予算総額:45,670,000千円\n"
    )
    assert ("青葉台市", 2024, "一般会計", 45_670_000_000) in _budgets(text)


def test_a_unit_column_beside_the_account_column_owns_each_rows_budget() -> None:
    text = (
        "■部局別当初予算額（単位：千円）\n"
        "部局名\t会計区分\t令和6年度\t令和5年度\n"
        "架空振興部\t一般会計\t1,200\t1,100\n"
        "架空整備部\t一般会計\t3,400\t3,300\n"
        "架空整備部\t架空港湾事業特別会計\t500\t450\n"
    )
    assert _budgets(text) == {
        ("架空振興部", 2024, "一般会計", 1_200_000), ("架空振興部", 2023, "一般会計", 1_100_000),
        ("架空整備部", 2024, "一般会計", 3_400_000), ("架空整備部", 2023, "一般会計", 3_300_000),
        ("架空整備部", 2024, "架空港湾事業特別会計", 500_000),
        ("架空整備部", 2023, "架空港湾事業特別会計", 450_000),
    }  # fmt: skip


def test_a_space_table_of_amounts_with_their_units_gives_each_account_and_year() -> None:
    text = (
        "会計別予算額\n"
        "会計区分　　　　2025年度　　2024年度\n"
        "一般会計　　　　１２億３，０００万円　１１億円\n"
        "架空霊園特別会計　　　　９，８７０万円　　８，０００万円\n"
        "合計　　　　１３億２，８７０万円　１１億８，０００万円\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2025, "一般会計", 1_230_000_000),
        ("青葉台市", 2024, "一般会計", 1_100_000_000),
        ("青葉台市", 2025, "架空霊園特別会計", 98_700_000),
        ("青葉台市", 2024, "架空霊園特別会計", 80_000_000),
    }


def test_accounts_indented_under_their_group_take_the_groups_suffix() -> None:
    text = (
        "会計別の当初予算（単位：千円）\n"
        "会計 2025年度 2024年度\n"
        "一般会計 1,000 900\n"
        "特別会計 300 280\n"
        "  架空霊園事業 100 90\n"
        "  架空駐車場事業 200 190\n"
        "企業会計 50 40\n"
        "  架空温泉事業 50 40\n"
    )
    found = _budgets(text)
    assert ("青葉台市", 2025, "架空霊園事業特別会計", 100_000) in found
    assert ("青葉台市", 2024, "架空駐車場事業特別会計", 190_000) in found
    assert ("青葉台市", 2025, "架空温泉事業会計", 50_000) in found
    assert not any(account in ("特別会計", "企業会計") for _, _, account, _ in found)


def test_a_unit_note_under_the_header_line_states_the_amounts_unit() -> None:
    text = (
        "会計別の予算額\n"
        "会計名 2025年度 2024年度 増減率\n"
        "(単位:百万円)\n"
        "一般会計 1,200 1,100 9.1%\n"
        "架空霊園特別会計 30 33 ▲9.1%\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2025, "一般会計", 1_200_000_000),
        ("青葉台市", 2024, "一般会計", 1_100_000_000),
        ("青葉台市", 2025, "架空霊園特別会計", 30_000_000),
        ("青葉台市", 2024, "架空霊園特別会計", 33_000_000),
    }


def test_a_breadcrumb_opening_a_web_page_is_no_title_line() -> None:
    text = (
        "トップ > 市政 > 部の紹介 > 架空整備部の方針\n"
        "架空整備部の方針\n"
        "部の予算\n"
        "当初予算は、一般会計が3億2,000万円です。\n"
    )
    assert _budgets(text) == {("架空整備部", 2024, "一般会計", 320_000_000)}


def test_an_account_joined_to_its_amount_by_a_dotted_leader() -> None:
    text = (
        "■会計ごとの予算\n"
        "・一般会計・・・・・・・・1,234,000千円\n"
        "・架空事業特別会計※‥‥‥‥56,000千円\n"
        "※架空事業特別会計は令和6年度に新設しました。\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 1_234_000_000),
        ("青葉台市", 2024, "架空事業特別会計", 56_000_000),
    }


def test_a_table_caption_naming_one_year_dates_an_undated_budget_column() -> None:
    text = (
        "参考 令和8年度当初予算の規模\n"
        "会計 | 予算額 |\n---|---|\n"
        "一般会計 | 9億8,000万円 |\n"
    )
    assert _budgets(text) == {("青葉台市", 2026, "一般会計", 980_000_000)}


def test_a_department_field_under_the_title_owns_the_budget() -> None:
    text = (
        "令和6年度 運営方針\n"
        "【部局名】架空環境部\n"
        "【部局長】山田 花子\n"
        "1 予算\n"
        "一般会計 3,421千円\n"
    )
    assert _budgets(text) == {("架空環境部", 2024, "一般会計", 3_421_000)}


def test_the_whole_bodys_amount_in_a_bracket_after_a_units_share_is_the_bodys() -> None:
    text = (
        "令和6年度 架空環境部 予算\n"
        "【一般会計】4,321千円(市全体 250億円の0.02%)\n"
    )
    assert ("青葉台市", 2024, "一般会計", 25_000_000_000) in _budgets(text)


def test_year_columns_labelled_with_the_budget_stage_hold_budgets() -> None:
    text = (
        "■会計別の予算（単位：千円）\n"
        "会計\t令和6年度当初\t令和5年度当初\n"
        "一般会計\t2,100,000\t2,000,000\n"
        "架空霊園事業特別会計\t30,000\t28,000\n"
        "合計\t2,130,000\t2,028,000\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 2_100_000_000),
        ("青葉台市", 2023, "一般会計", 2_000_000_000),
        ("青葉台市", 2024, "架空霊園事業特別会計", 30_000_000),
        ("青葉台市", 2023, "架空霊園事業特別会計", 28_000_000),
    }


def test_a_spaced_table_with_short_era_stage_columns_holds_budgets() -> None:
    text = (
        "会計別予算額　　　　（単位：千円）\n"
        "  会計名                 R6当初        R5当初\n"
        "  一般会計            2,100,000     2,000,000\n"
        "  架空霊園事業特別会計   30,000        28,000\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 2_100_000_000),
        ("青葉台市", 2023, "一般会計", 2_000_000_000),
        ("青葉台市", 2024, "架空霊園事業特別会計", 30_000_000),
        ("青葉台市", 2023, "架空霊園事業特別会計", 28_000_000),
    }


def test_a_previous_year_amount_in_a_bracket_after_an_account_line() -> None:
    text = "◆会計別の予算\n架空霊園事業特別会計　　2,800万円（前年度　2,650万円）\n"
    assert _budgets(text) == {
        ("青葉台市", 2024, "架空霊園事業特別会計", 28_000_000),
        ("青葉台市", 2023, "架空霊園事業特別会計", 26_500_000),
    }


def test_a_sentence_naming_the_previous_year_before_its_bracketed_amount() -> None:
    text = "一般会計の予算は12億円で、前年度（11億5,000万円）と比べて4.3%の増です。\n"
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 1_200_000_000),
        ("青葉台市", 2023, "一般会計", 1_150_000_000),
    }


def test_a_bracketed_rate_against_the_previous_year_is_no_budget() -> None:
    text = "一般会計の予算は12億円で、前年度（比4.3%増）を上回りました。\n"
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 1_200_000_000)}


def test_accounts_under_a_group_row_without_amounts_keep_their_printed_names() -> None:
    text = (
        "会計別の予算額（単位：千円）\n"
        "会計\t2025年度\t2024年度\n"
        "一般会計\t1,000\t900\n"
        "特別会計\t\t\n"
        "架空霊園事業\t100\t90\n"
        "架空駐車場事業\t200\t190\n"
        "特別会計 計\t300\t280\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2025, "一般会計", 1_000_000),
        ("青葉台市", 2024, "一般会計", 900_000),
        ("青葉台市", 2025, "架空霊園事業", 100_000),
        ("青葉台市", 2024, "架空霊園事業", 90_000),
        ("青葉台市", 2025, "架空駐車場事業", 200_000),
        ("青葉台市", 2024, "架空駐車場事業", 190_000),
    }


def test_the_class_of_enterprise_accounts_is_no_account() -> None:
    text = (
        "■会計別予算\n"
        "・一般会計 120億円\n"
        "・架空霊園事業特別会計 3億円\n"
        "・企業会計（架空温泉事業） 5億円\n"
    )
    found = _budgets(text)
    assert ("青葉台市", 2024, "一般会計", 12_000_000_000) in found
    assert not any(account == "企業会計" for _, _, account, _ in found)


def test_a_list_of_units_under_a_caption_naming_one_account_is_each_units_budget() -> None:
    text = (
        "2025年度 予算のあらまし\n\n"
        "部局ごとの一般会計予算（2025年度）\n"
        "- 架空政策部：1億2,000万円\n"
        "- 架空福祉部：3億円\n"
        "- そのほか：5,000万円\n"
    )
    assert _budgets(text, year=2025) == {
        ("架空政策部", 2025, "一般会計", 120_000_000),
        ("架空福祉部", 2025, "一般会計", 300_000_000),
    }


def test_a_spaced_group_line_without_amounts_and_a_unit_note_under_the_rows() -> None:
    text = (
        "会計別の予算額\n"
        "会計名 2025年度 2024年度 増減率\n"
        "一般会計 1,200 1,100 9.1%\n"
        "特別会計\n"
        "  架空霊園事業 30 33 ▲9.1%\n"
        "(単位:百万円)\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2025, "一般会計", 1_200_000_000),
        ("青葉台市", 2024, "一般会計", 1_100_000_000),
        ("青葉台市", 2025, "架空霊園事業特別会計", 30_000_000),
        ("青葉台市", 2024, "架空霊園事業特別会計", 33_000_000),
    }


def test_a_unit_note_right_under_an_account_table_states_its_amounts_unit() -> None:
    text = (
        "予算\n"
        "| 会計 | 2025年度 | 2024年度 |\n|---|---|---|\n"
        "| 一般会計 | 3,450 | 3,210 |\n"
        "\n（単位：百万円）\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2025, "一般会計", 3_450_000_000),
        ("青葉台市", 2024, "一般会計", 3_210_000_000),
    }


def test_a_two_column_spaced_table_of_accounts_and_one_budget_column() -> None:
    text = (
        "■ 予算の状況\n"
        "会計区分      2025年度当初予算額（千円）\n"
        "一般会計                  820,400\n"
        "架空霊園事業特別会計         12,300\n"
    )
    assert _budgets(text, year=2025) == {
        ("青葉台市", 2025, "一般会計", 820_400_000),
        ("青葉台市", 2025, "架空霊園事業特別会計", 12_300_000),
    }


def test_a_budget_label_whose_value_is_an_account_and_its_amount() -> None:
    title = "2025年度 架空環境部の運営方針"
    field = f"{title}\n部の予算：一般会計 24億円（2025年度当初予算）\n"
    row = f"{title}\n項目\t内容\n部の予算\t架空霊園事業特別会計 3,000万円\n"
    assert _budgets(field, title=title) == {("架空環境部", 2025, "一般会計", 2_400_000_000)}
    assert _budgets(row, title=title, year=2025) == {
        ("架空環境部", 2025, "架空霊園事業特別会計", 30_000_000)
    }


def test_an_account_name_wrapped_below_its_row_is_joined_to_it() -> None:
    text = (
        "当初予算の概要\n会計区分 2025年度 2024年度 増減\n"
        "一般会計 3,000 2,800 200\n架空林業改善資金特別 90 95 △5\n会計\n"
        "合計 3,090 2,895 195\n（単位：千円）\n"
    )
    assert _budgets(text, year=2025) == {
        ("青葉台市", 2025, "一般会計", 3_000_000),
        ("青葉台市", 2024, "一般会計", 2_800_000),
        ("青葉台市", 2025, "架空林業改善資金特別会計", 90_000),
        ("青葉台市", 2024, "架空林業改善資金特別会計", 95_000),
    }


def test_an_account_field_whose_value_opens_with_a_dated_budget_label() -> None:
    text = (
        "部の予算\n一般会計（架空部所管分）：令和7年度当初予算額 52,300千円"
        "（令和6年度 50,100千円）\n"
    )
    assert _budgets(text, year=2025) == {
        ("青葉台市", 2025, "一般会計", 52_300_000),
        ("青葉台市", 2024, "一般会計", 50_100_000),
    }


def test_an_account_field_opening_with_another_word_gives_no_budget() -> None:
    text = "部の予算\n一般会計：うち国庫支出金 12,300千円\n"
    assert _budgets(text, year=2025) == set()


def test_a_sentence_after_a_remark_label_is_read_as_a_sentence() -> None:
    text = "第5章 実施計画\n備考：令和6年度の一般会計当初予算額は18億2,300万円である。\n"
    assert _budgets(text, year=None) == {("青葉台市", 2024, "一般会計", 1_823_000_000)}


def test_a_letter_spaced_department_under_the_title_owns_the_budget() -> None:
    text = (
        "青葉台市 当初予算 部局別の概要\n"
        "架 空 環 境 部　　　　　　　　　（架空財政課作成）\n"
        "1 会計別予算額\n"
        "一般会計 3,421千円\n"
    )
    assert _budgets(text) == {("架空環境部", 2024, "一般会計", 3_421_000)}


def test_a_letter_spaced_department_alone_on_a_cover_line_owns_the_account_table() -> None:
    text = (
        "令和6年度 予算の概要\n\n架　空　環　境　部\n\n"
        "1 会計別予算\n会計\t令和6年度\t令和5年度\n一般会計\t3,421千円\t3,000千円\n"
    )
    assert _budgets(text) == {
        ("架空環境部", 2024, "一般会計", 3_421_000),
        ("架空環境部", 2023, "一般会計", 3_000_000),
    }


def test_a_letter_spaced_word_that_is_no_unit_leaves_the_budget_to_the_city() -> None:
    text = "予 算 の 概 要\n1 会計別予算額\n一般会計 3,421千円\n"
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 3_421_000)}


def test_a_sentence_naming_the_accounts_total_gives_its_budget() -> None:
    text = "令和6年度の予算について\n市の一般会計の総額は312億円で、昨年より4億円増えました。\n"
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 31_200_000_000)}


def test_the_previous_years_amount_may_open_the_next_sentence() -> None:
    text = (
        "令和6年度の予算について\n"
        "一般会計は、312億円となりました。前年度（308億円）に比べ1.3％の増です。\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 31_200_000_000),
        ("青葉台市", 2023, "一般会計", 30_800_000_000),
    }


def test_the_total_of_every_account_is_no_account() -> None:
    text = "令和6年度の予算について\n全会計の総額は512億円で、一般会計の総額は312億円です。\n"
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 31_200_000_000)}


def test_a_budget_label_spanning_year_columns_on_a_second_header_row() -> None:
    text = (
        "会計区分\t歳出予算額（万円）\t\t\n"
        "\t令和6年度\t令和5年度\t前年比\n"
        "一般会計\t12,000\t11,500\t104.3%\n"
        "架空霊園事業特別会計\t300\t320\t93.8%\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 120_000_000),
        ("青葉台市", 2023, "一般会計", 115_000_000),
        ("青葉台市", 2024, "架空霊園事業特別会計", 3_000_000),
        ("青葉台市", 2023, "架空霊園事業特別会計", 3_200_000),
    }


def test_an_of_which_row_names_the_account_it_breaks_out() -> None:
    text = (
        "会計 | 令和6年度予算額（千円） |\n---|---|\n"
        "一般会計 | 40,000 |\n"
        "うち架空駐車場事業特別会計 | 1,200 |\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 40_000_000),
        ("青葉台市", 2024, "架空駐車場事業特別会計", 1_200_000),
    }


def test_a_by_unit_caption_names_the_account_without_its_by_word() -> None:
    text = (
        "課別一般会計予算（令和6年度）\n"
        "・架空振興部 12,000千円\n"
        "・架空環境部 8,000千円\n"
    )
    assert _budgets(text) == {
        ("架空振興部", 2024, "一般会計", 12_000_000),
        ("架空環境部", 2024, "一般会計", 8_000_000),
    }


def test_a_unit_stated_once_at_the_top_holds_for_a_later_budget_table() -> None:
    text = (
        "# 架空町 予算と計画（金額の単位：千円）\n\n"
        "## 1 計画の概要\n本計画は町の主な取組を定める。\n\n"
        "## 2 予算\n本町の今年度の状況は次のとおり。\n\n"
        "会計 | 令和6年度予算額 |\n---|---|\n一般会計 | 3,000 |\n"
    )
    assert _budgets(text) == {("青葉台市", 2024, "一般会計", 3_000_000)}


def test_an_account_named_after_a_place_with_small_ke_keeps_its_whole_name() -> None:
    # 「ヶ」 stands inside many place names; the account's name runs through it
    text = "特別会計のうち、架空ヶ丘霊園事業特別会計が3億2,000万円です。\n"
    assert ("青葉台市", 2024, "架空ヶ丘霊園事業特別会計", 320_000_000) in _budgets(text)


def test_the_title_units_name_loses_the_bodys_name_before_it() -> None:
    text = "会計\t予算額(千円)\n一般会計\t345,000\n"
    owned = _budgets(text, title="令和6年度 青葉台市架空振興部の概要")
    assert owned == {("架空振興部", 2024, "一般会計", 345_000_000)}


def test_units_budgets_beside_a_project_named_after_the_amounts_are_the_units() -> None:
    text = (
        "２　一般会計 課別予算額\t\t\t（単位：千円）\n"
        "課名\t令和７年度\t令和６年度\t主な事業\n"
        "架空総務課\t1,385,200\t1,401,100\t架空無線更新事業\n"
        "架空企画課\t412,600\t436,600\t架空交通確保事業\n"
    )
    rows = _budgets(text, year=2025)
    assert {
        ("架空総務課", 2025, "一般会計", 1_385_200_000),
        ("架空総務課", 2024, "一般会計", 1_401_100_000),
        ("架空企画課", 2025, "一般会計", 412_600_000),
    } <= rows
