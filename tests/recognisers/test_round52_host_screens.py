"""Round 52: screens of a host system's budget inquiry (an IBM i 5250 emulator) copied into a
text file. Before, the program ids, prompts and function keys ran into the lists as rows of
one table; a two-line header read as a row; a two-line subfile record as two rows; an
account's name without 会計 was no account; a name cut by its field stayed cut. Fictional
names and figures."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document
from loaders.structure import read_structure
from loaders.structure.blocks import Table

_HEAD = (
    " YSN210                    予算照会システム                      26/02/06\n"
    " ABC-ZAI05             {title}                  14:22:07\n"
    "\n"
    " 予算年度 . . . :  2026  (令和 8年度)     予算区分 . :  1   当初\n"
    " 査定段階 . . . :  4   市長査定後                    単位 . . . :   千円\n"
    "\n"
)
_FOOT = (
    "\n"
    "                                                                          終り\n"
    " F3=終了   F7=前頁   F8=次頁   F12=取消\n"
    "\n"
)
_ACCOUNTS = _HEAD.format(title="会計別予算額照会") + (
    " 会計                                令和8年度      令和7年度    増減率\n"
    " ｺｰﾄﾞ 会計名                            予算額         予算額       (%)\n"
    " 01  一般会計                      82,460,000     80,318,000       2.6\n"
    " 11  架空保険事業                  12,384,200     12,960,800      4.4-\n"
    " 12  架空介護事業                   8,406,500      8,118,900       3.5\n"
    " 13  架空医療事業                   1,872,600      1,254,100      49.3\n"
    "     特別会計　計                  22,663,300     22,333,800       1.5\n"
) + _FOOT
_SUBFILE = _HEAD.format(title="主要事業一覧照会") + (
    " 選択  事業ｺｰﾄﾞ  事業名                                          区分\n"
    "       所管局           所管課                     要求額      査定額    前年度額\n"
    "  _    10020031  架空手続オンライン化事業                            拡充\n"
    "       架空総務局       架空推進課               486,300     412,600     298,400\n"
    "  _    10010012  架空人材育成事業                                    継続\n"
    "       架空総務局       架空人事課                86,420      84,150      79,830\n"
    "  _    32020010  架空駅前地区再開発事業（施設建                      新規\n"
    "       架空教育委員会事務局 架空施設課         5,846,200   5,412,800           0\n"
) + _FOOT + _HEAD.format(title="事業詳細照会") + (
    " 事業コード . . :  32020010        区分 . . . :  1   新規\n"
    " 事業名称 . . . :  架空駅前地区再開発事業（施設\n"
    "                   建築物整備）\n"
) + _FOOT


def _facts(text: str) -> DocumentFacts:
    return parse_document(text, file="x.txt", municipality_code="999989",
                          municipality="青葉台市", prefecture="架空県")  # fmt: skip


def _tables(text: str) -> list[Table]:
    return [b.table for b in read_structure(text).blocks if b.table is not None]


def test_screen_furniture_is_no_row_of_the_list() -> None:
    table = _tables(_ACCOUNTS)[0]
    texts = {*table.header, *(c.text for row in table.rows for c in row)}
    assert not texts & {"YSN210", "26/02/06", "F3=終了", "終り", "予算年度"}


def test_a_prompt_line_is_a_labelled_field() -> None:
    doc = read_structure(_ACCOUNTS)
    fields = {b.label: doc.folded[b.value_start : b.end].strip() for b in doc.of_kind("field")}
    assert fields.get("単位") == "千円"


def test_a_year_over_the_figure_it_names_is_one_header_label() -> None:
    table = _tables(_ACCOUNTS)[0]
    assert "令和8年度予算額" in table.header
    assert table.rows[0][1].text == "一般会計"


def test_a_list_labelled_by_account_names_gives_accounts_without_their_word() -> None:
    budgets = {(b.account, b.fiscal_year, b.amount) for b in _facts(_ACCOUNTS).budgets}
    assert ("架空保険事業", 2026, 12_384_200_000) in budgets
    assert ("架空保険事業", 2025, 12_960_800_000) in budgets


def test_a_subtotal_of_the_special_accounts_is_no_account() -> None:
    assert not any("特別会計" in b.account for b in _facts(_ACCOUNTS).budgets)


def test_a_two_line_record_is_one_row_under_both_header_lines() -> None:
    table = next(t for t in _tables(_SUBFILE) if "所管課" in t.header)
    assert [c.text for c in table.rows[0]][2:] == [
        "架空手続オンライン化事業", "拡充", "架空総務局", "架空推進課",
        "486,300", "412,600", "298,400",
    ]  # fmt: skip


def test_a_field_filled_to_its_edge_is_split_from_the_next() -> None:
    table = next(t for t in _tables(_SUBFILE) if "所管課" in t.header)
    assert [c.text for c in table.rows[2]][4:6] == ["架空教育委員会事務局", "架空施設課"]


def test_the_assessed_amount_is_the_budget_and_the_previous_years_amount_its_row() -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in _facts(_SUBFILE).projects}
    assert ("架空人材育成事業", 2026, 84_150_000, "架空人事課") in projects
    assert ("架空人材育成事業", 2025, 79_830_000, "架空人事課") in projects
    assert not any(budget == 86_420_000 for _, _, budget, _ in projects)  # the request


def test_a_name_cut_by_its_field_is_made_whole_from_the_detail_screen() -> None:
    names = {p.name for p in _facts(_SUBFILE).projects}
    assert "架空駅前地区再開発事業(施設建築物整備)" in names
    assert not any(name.endswith("施設建") for name in names)
