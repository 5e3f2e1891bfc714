"""Round 27: budget tables a gate kept whole — unit columns, report titles, groups of account"
"s."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets
from loaders.structure import read_structure


def _budgets(text: str) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2025)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_a_column_labelled_units_and_others_is_a_column_of_units() -> None:
    text = (
        "２ 局別の予算額（一般会計）\n"
        "                                        （単位：千円）\n"
        "局 等                  令和7年度     令和6年度\n"
        "緑化局                  1,200,000     1,100,000\n"
        "花壇局                    300,000       290,000\n"
        "公債費・予備費等          900,000       880,000\n"
    )
    assert _budgets(text) == {
        ("緑化局", 2025, "一般会計", 1_200_000_000), ("緑化局", 2024, "一般会計", 1_100_000_000),
        ("花壇局", 2025, "一般会計", 300_000_000), ("花壇局", 2024, "一般会計", 290_000_000),
    }


def test_a_column_labelled_by_the_kind_of_unit_alone_holds_units_when_its_cells_are() -> None:
    text = (
        "局別の予算（一般会計）\n"
        "各局に配分した予算額です。（単位：百万円）\n"
        "| 局 | 令和7年度予算額 |\n"
        "|---|---|\n"
        "| 緑化局 | 1,234 |\n"
        "| 花壇局 | 567 |\n"
    )
    assert _budgets(text) == {
        ("緑化局", 2025, "一般会計", 1_234_000_000), ("花壇局", 2025, "一般会計", 567_000_000),
    }


_REPORT = (
    " ＰＲＯＧＲＡＭ－ＩＤ：ＡＢＣ０４１Ｒ                              青葉台市財務会計シス"
    "テム                    ＰＡＧＥ：　　　１\n"
    " 作成日：Ｒ０７．０２．１２　　ＲＵＮ　ＴＩＭＥ：１７：４２：０８              令和７年"
    "度　歳出予算　部局別集計表（一般会計）\n"
    " 単位：千円                                                                             "
    "                   予算区分：当初\n"
    "========================================================================================"
    "==============================\n"
    " ﾌﾞｷｮｸ 部局名              ｶｺｰﾄﾞ  課名                    本年度予算額    前年度予算額  "
    "    比較増減   増減率\n"
    "----------------------------------------------------------------------------------------"
    "------------------------------\n"
    " 01    緑化部              011    公園課                     1,200,000       1,100,000  "
    "     100,000      9.1\n"
    " 01    緑化部              012    花壇課                       300,000         200,000  "
    "     100,000     50.0\n"
    "       ＊＊　緑化部　計　＊＊                                1,500,000       1,300,000  "
    "     200,000     15.4\n"
    "----------------------------------------------------------------------------------------"
    "------------------------------\n"
    " 02    温泉部              021    泉源課                       400,000         380,000  "
    "      20,000      5.3\n"
    " 02    温泉部              022    浴場課                       500,000         520,000  "
    "     -20,000     -3.8\n"
    "       ＊＊　温泉部　計　＊＊                                  900,000         900,000  "
    "           0      0.0\n"
    "----------------------------------------------------------------------------------------"
    "------------------------------\n"
)


def test_a_report_title_inside_its_table_names_the_account_of_its_units() -> None:
    assert ("公園課", 2025, "一般会計", 1_200_000_000) in _budgets(_REPORT)


def test_a_system_name_ending_in_a_loanword_after_kaikei_names_no_account() -> None:
    assert {account for *_, account, _ in _budgets(_REPORT)} == {"一般会計"}


def test_the_narrowest_unit_of_a_row_owns_it() -> None:
    owners = {owner for owner, *_ in _budgets(_REPORT)}
    assert {"公園課", "花壇課"} <= owners


def test_a_subtotal_line_printed_in_words_is_its_units() -> None:
    found = _budgets(_REPORT)
    assert ("緑化部", 2025, "一般会計", 1_500_000_000) in found
    assert ("温泉部", 2024, "一般会計", 900_000_000) in found


def test_a_group_cell_beside_its_member_reads_as_the_member() -> None:
    text = (
        "会計別当初予算額（単位：百万円）\n"
        "| 会計 | | 令和7年度 | 令和6年度 |\n"
        "|---|---|---|---|\n"
        "| 一般会計 | | 5,000 | 4,900 |\n"
        "| 特別会計 | 花壇事業特別会計 | 300 | 310 |\n"
        "| | 温泉事業特別会計 | 40 | 42 |\n"
    )
    found = _budgets(text)
    assert ("青葉台市", 2025, "花壇事業特別会計", 300_000_000) in found
    assert ("青葉台市", 2024, "温泉事業特別会計", 42_000_000) in found
    assert not any(account == "特別会計" for _, _, account, _ in found)


def test_a_table_cut_by_a_group_line_goes_on_under_its_labels() -> None:
    text = (
        "１ 当初予算の規模\n"
        "                                        （単位：千円）\n"
        "会 計 区 分              令和7年度       令和6年度\n"
        "一般会計                 5,000,000       4,900,000\n"
        "\n"
        "特別会計\n"
        "  花壇事業特別会計         300,000         310,000\n"
        "  温泉事業特別会計          40,000          42,000\n"
    )
    found = _budgets(text)
    assert ("青葉台市", 2025, "花壇事業特別会計", 300_000_000) in found
    assert ("青葉台市", 2024, "温泉事業特別会計", 42_000_000) in found


def test_a_groups_subtotal_with_its_total_word_in_the_next_cell_is_no_account() -> None:
    text = (
        "１ 当初予算の規模\n"
        "                                        （単位：千円）\n"
        "会 計 区 分              令和7年度       令和6年度\n"
        "一般会計                 5,000,000       4,900,000\n"
        "花壇事業特別会計           300,000         310,000\n"
        "  特別会計 計              300,000         310,000\n"
    )
    assert not any(account == "特別会計" for _, _, account, _ in _budgets(text))


def test_an_accounts_name_wrapped_onto_the_row_of_its_figures_is_read_whole() -> None:
    text = (
        "１ 当初予算の規模\n"
        "                                                  （単位：千円）\n"
        "会 計 区 分                   令和7年度       令和6年度\n"
        "\n"
        "一般会計                      5,000,000       4,900,000\n"
        "  花壇事業特別会計              300,000         310,000\n"
        "  青葉台緑地保全基金運用\n"
        "    事業特別会計                 41,000          42,000\n"
        "  温泉事業特別会計               50,000          52,000\n"
    )
    found = _budgets(text)
    assert ("青葉台市", 2025, "青葉台緑地保全基金運用事業特別会計", 41_000_000) in found
    assert not any(account == "事業特別会計" for _, _, account, _ in found)


def test_columns_named_by_accounts_under_a_budget_caption_are_each_units_budget() -> None:
    text = (
        "青葉台市 令和7年度当初予算 課別・会計別集計表\n"
        "（単位：千円、職員数は人）\n"
        "| 課名 | 職員数 | 一般会計 | 花壇事業特別会計 | 課計 |\n"
        "|---|---|---|---|---|\n"
        "| 公園課 | 12 | 98,420 | - | 98,420 |\n"
        "| 花壇課 | 8 | 30,000 | 61,000 | 91,000 |\n"
    )
    found = _budgets(text)
    assert ("公園課", 2025, "一般会計", 98_420_000) in found
    assert ("花壇課", 2025, "花壇事業特別会計", 61_000_000) in found


def test_the_citys_account_may_print_the_amount_one_unit_holds_all_of() -> None:
    text = (
        "青葉台市 令和7年度当初予算 課別・会計別集計表\n"
        "（単位：千円）\n"
        "| 課名 | 一般会計 | 花壇事業特別会計 |\n"
        "|---|---|---|\n"
        "| 公園課 | 98,420 | - |\n"
        "| 花壇課 | 30,000 | 61,000 |\n"
        "\n"
        "会計別当初予算額（単位：千円）\n"
        "| 会計 | 令和7年度 | 令和6年度 |\n"
        "|---|---|---|\n"
        "| 一般会計 | 128,420 | 120,000 |\n"
        "| 花壇事業特別会計 | 61,000 | 60,000 |\n"
    )
    found = _budgets(text)
    assert ("花壇課", 2025, "花壇事業特別会計", 61_000_000) in found
    assert ("青葉台市", 2025, "花壇事業特別会計", 61_000_000) in found


def test_units_under_budget_labelled_columns_need_only_a_caption_naming_the_account() -> None:
    text = (
        "単位：円\n"
        "\n"
        "【局別内訳（一般会計）】\n"
        "| 所属コード | 所属名称 | 令和7年度当初予算額 | 令和6年度当初予算額 |\n"
        "|---|---|---|---|\n"
        "| 0200 | 緑化局 | 8123400000 | 7954200000 |\n"
        "| 0300 | 花壇局 | 3412900000 | 3390100000 |\n"
    )
    assert ("緑化局", 2025, "一般会計", 8_123_400_000) in _budgets(text)


def test_the_word_kaikei_alone_is_no_account() -> None:
    text = "会計の合計は 12億3,400万円\n"
    assert not any(account == "会計" for _, _, account, _ in _budgets(text))


def test_a_table_of_projects_with_their_units_gives_no_units_budget() -> None:
    text = (
        " 帳票ID：ABC012R      主要事業一覧（事業別）      頁：3\n"
        " 団体名：青葉台町      会計：01 一般会計      単位：円\n"
        " 事業CD    事業名                     所属名        予算額\n"
        " 0102-03   花壇整備事業               公園課        38,500,000\n"
        " 0301-12   緑地保全事業               花壇課        26,000,000\n"
    )
    assert not any(owner in {"公園課", "花壇課"} for owner, *_ in _budgets(text))


def test_an_account_labelling_a_bare_figure_under_a_budget_caption_is_its_budget() -> None:
    text = (
        "令和7年度 緑化局 運営方針\n"
        "\n"
        "第２ 局の予算\n"
        "  令和７年度当初予算額（単位：百万円）\n"
        "    一般会計               68,420  （令和６年度 71,035）\n"
        "    花壇事業特別会計        4,118  （令和６年度  3,902）\n"
    )
    found = _budgets(text)
    assert {(year, account, amount) for _, year, account, amount in found} == {
        (2025, "一般会計", 68_420_000_000), (2024, "一般会計", 71_035_000_000),
        (2025, "花壇事業特別会計", 4_118_000_000), (2024, "花壇事業特別会計", 3_902_000_000),
    }


def test_the_inner_of_two_units_printed_in_one_column_owns_the_row() -> None:
    text = (
        "帳票ID:ABC045R  一般会計 所属別予算集計表                  作成日:2025/02/14 09:12:5"
        "1  頁:   2\n"
        "団体名:青葉台町      年度:2025(令和07)  会計:01 一般会計  単位:円\n"
        "------------------------------------------------------------------------------------"
        "------------\n"
        "所属CD   所属名                                     本年度予算額      構成比(%)\n"
        "------------------------------------------------------------------------------------"
        "------------\n"
        "010100   公園課                              1,102,440,000        50.0\n"
        "020100   花壇課                                 98,120,000         4.5\n"
        "090100   教育委員会 緑化教育課               1,010,100,000        45.5\n"
        "------------------------------------------------------------------------------------"
        "------------\n"
    )
    found = _budgets(text)
    assert ("緑化教育課", 2025, "一般会計", 1_010_100_000) in found
    assert not any(owner == "教育委員会" for owner, *_ in found)
