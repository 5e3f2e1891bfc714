"""Budget tables as a PDF's text layer leaves them: labels and figures apart by single
spaces, labels printed letter by letter (「会 計 名」), units under the labels, a name run
into its first figure (fictional examples)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels, field_of
from loaders.parse import parse_document
from loaders.structure import read_structure
from loaders.text.document_text import extract_main_text

_ACCOUNTS = (
    "令和7年度当初予算の概要\n"
    "1 予算の規模\n"
    "(単位:千円、%)\n"
    "会 計 名 令和7年度 令和6年度 増 減 額 増減率\n"
    "一般会計 598,734,000 581,209,000 17,525,000 3.0\n"
    "架空保険事業特別会計 112,406,500 115,872,300 △3,465,800 △3.0\n"
    "後期高齢者医療事業特別会計21,884,900 20,117,600 1,767,300 8.8\n"
    "母子父子寡婦福祉資金貸付事 402,300 415,800 △13,500 △3.2\n"
    "業特別会計\n"
    "合 計 996,338,900 976,376,400 19,962,500 2.0\n"
)

_UNITS = (
    "令和7年度当初予算の概要\n"
    "2 局別予算額(一般会計)\n"
    "局 名 R7当初 R6当初 対前年度\n"
    "(千円) (千円) 増減\n"
    "架空総務局 21,405,300 20,887,100 518,200\n"
    "架空財政局 88,912,400 87,004,500 1,907,900\n"
    "架空市民局 14,286,700 13,950,200 336,500\n"
)


def _table(text: str) -> list[list[str]]:
    doc = read_structure(text, labels=all_labels())
    tables = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    assert len(tables) == 1
    return [tables[0].header, *[[c.text for c in row] for row in tables[0].rows]]


def _budgets(text: str) -> set[tuple[str, int, str, int]]:
    facts = parse_document(
        text, file="x.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_a_letter_spaced_label_is_one_label_of_a_single_spaced_header() -> None:
    rows = _table(_ACCOUNTS)
    assert rows[0] == ["会計名", "令和7年度", "令和6年度", "増減額", "増減率"]


def test_a_name_run_into_its_first_figure_and_a_wrapped_name_are_one_cell() -> None:
    rows = _table(_ACCOUNTS)
    assert ["後期高齢者医療事業特別会計", "21,884,900", "20,117,600", "1,767,300", "8.8"] in rows
    assert rows[4][0] == "母子父子寡婦福祉資金貸付事業特別会計"


def test_account_rows_under_a_letter_spaced_header_are_the_body_s_budgets() -> None:
    found = _budgets(_ACCOUNTS)
    assert ("青葉台市", 2025, "一般会計", 598_734_000_000) in found
    assert ("青葉台市", 2024, "架空保険事業特別会計", 115_872_300_000) in found
    assert ("青葉台市", 2025, "母子父子寡婦福祉資金貸付事業特別会計", 402_300_000) in found


def test_units_printed_under_the_labels_qualify_them() -> None:
    rows = _table(_UNITS)
    assert rows[0] == ["局名", "R7当初(千円)", "R6当初(千円)", "対前年度増減"]
    assert rows[1] == ["架空総務局", "21,405,300", "20,887,100", "518,200"]


def test_unit_rows_under_a_header_with_units_below_it_are_their_budgets() -> None:
    found = _budgets(_UNITS)
    assert ("架空総務局", 2025, "一般会計", 21_405_300_000) in found
    assert ("架空市民局", 2024, "一般会計", 13_950_200_000) in found


def test_an_article_s_own_header_keeps_its_title() -> None:
    html = (
        "<html><body><header class='site-header'><nav><a href='/'>ホーム</a></nav></header>"
        "<main><article><header class='article__header'>"
        "<h1>令和7年度 架空福祉部 運営方針</h1><p>2025年5月9日更新</p></header>"
        "<p>部長 架空 太郎</p></article></main></body></html>"
    )
    lines = extract_main_text(html).splitlines()
    assert "令和7年度 架空福祉部 運営方針" in lines
    assert "ホーム" not in lines


def test_accounts_set_in_under_their_group_stay_an_outline() -> None:
    # 「特別会計」 over 「 介護保険事業」: the members of a group of accounts, set in under it,
    # are read line by line (their names are the group's members), no table's rows
    text = (
        "1 予算規模\n"
        "会計区分 2024年度 2023年度 増減額 増減率\n"
        "(単位:百万円)\n"
        "一般会計 61,842 60,115 1,727 2.9%\n"
        "特別会計 34,966 35,420 ▲454 ▲1.3%\n"
        " 架空保険事業 14,208 14,650 ▲442 ▲3.0%\n"
        " 架空介護事業 17,385 17,012 373 2.2%\n"
    )
    doc = read_structure(text, labels=all_labels())
    assert not [b for b in doc.blocks if b.kind == "table"]


def test_units_set_in_under_their_division_stay_rows_of_the_table() -> None:
    text = (
        "(単位:人、各年度4月1日現在)\n"
        "所属名 令和6年度 令和7年度 備考\n"
        "架空政策課 28 30 推進室を含む\n"
        "　架空推進室 (9) (11) 課内室\n"
        "架空循環課 24 24\n"
    )
    rows = _table(text)
    assert rows[0] == ["所属名", "令和6年度", "令和7年度", "備考"]
    assert len(rows) == 4


def test_a_staff_table_under_a_caption_and_a_note_of_the_day_counted() -> None:
    # 「職員数の推移」, then 「各年度4月1日現在（単位：人）」, then the table: the note of the
    # day is no caption of its own
    text = (
        "青葉台市 職員数の推移\n"
        "各年度4月1日現在(単位:人)\n"
        "\n"
        "課 等 名 令和5年度 令和6年度 令和7年度 備 考\n"
        "架空総務課 16 16 17\n"
        "架空企画課 9 11 11 R6推進室設置\n"
    )
    facts = parse_document(
        text, file="x.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    counts = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert counts == {
        ("架空総務課", 2023, 16), ("架空総務課", 2024, 16), ("架空総務課", 2025, 17),
        ("架空企画課", 2023, 9), ("架空企画課", 2024, 11), ("架空企画課", 2025, 11),
    }  # fmt: skip


def test_two_unit_labels_sharing_their_last_word_name_a_column_of_units() -> None:
    # 「局・区名」: 局名 and 区名 printed once with their shared 名
    assert field_of("局・区名", exact=True) == "department"
    assert field_of("施策・事業名", exact=True) is None  # two fields: no one of them


def test_a_unit_s_word_for_itself_is_the_unit_the_page_is_about() -> None:
    text = (
        "令和7年度 架空整備部 運営方針\n"
        "3 部の予算\n"
        "令和7年度当初予算における当部の予算額は、一般会計で482億1,530万円です。\n"
    )
    assert ("架空整備部", 2025, "一般会計", 48_215_300_000) in _budgets(text)


def test_a_gap_in_a_header_placed_as_a_column_leaves_each_row_s_cells_in_order() -> None:
    text = (
        "(2) 成果指標\n"
        "\n"
        "　指標名　　　　　　　　　　　　　　　　　　現状値　　　　目標値（Ｒ１１）\n"
        "　架空相談件数　　１２４件　　２００件\n"
        "　架空転入超過数　　△８５人　　０人\n"
    )
    rows = _table(text)
    assert rows[0] == ["指標名", "現状値", "目標値(R11)"]
    assert rows[1] == ["架空相談件数", "124件", "200件"]


def test_a_sheet_s_blank_row_between_groups_does_not_split_its_table() -> None:
    # 「,,,,」 rows between the groups of a KPI sheet saved as CSV: one table, one header
    text = (
        "目標番号\t施策番号\tKPI\t単位\t基準値(年度)\tR6実績\t目標値(R7)\n"
        "1\t1-(1)\t架空創業件数\t件\t142(R2)\t203\t200\n"
        "1\t1-(2)\t架空入込客数\t万人\t2,412(R1)\t2,530\t2,700\n"
        "\n"
        "2\t2-(1)\t架空転入超過数\t人\t▲312(R2)\t143\t300\n"
        "2\t2-(1)\t架空相談件数\t件\t318(R2)\t612\t600\n"
    )
    rows = _table(text)
    assert rows[0][:3] == ["目標番号", "施策番号", "KPI"]
    names = [row[2] for row in rows[1:]]
    assert names == ["架空創業件数", "架空入込客数", "架空転入超過数", "架空相談件数"]


def test_a_column_numbering_goals_is_no_target() -> None:
    assert field_of("目標番号") is None
    assert field_of("施策番号") == "policy"
