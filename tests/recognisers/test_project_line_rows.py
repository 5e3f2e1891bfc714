"""A project printed as one line of a table without rules: its name, its amount and the
unit in charge, apart by spaces (「X事業 186,420 みどり課」 under 「(単位:千円)」), as a budget
summary's PDF text leaves it; and the lines around such a line that say more about it
(fictional examples)."""

from __future__ import annotations

from loaders.parse import parse_document
from loaders.text.document_text import extract_main_text
from loaders.text.names import word_across
from loaders.text.project_names import strip_leading_status_mark

Row = tuple[str, int | None, int | None, str | None]


def _read(text: str) -> tuple[set[Row], dict[str, str | None]]:
    facts = parse_document(
        text, file="x.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    rows = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    return rows, {o.name: o.parent for o in facts.organizations}


def _projects(text: str) -> set[Row]:
    return _read(text)[0]


_HEAD = "令和7年度当初予算の概要\n3 主要事業\n(単位:千円)\n"


def test_a_bare_figure_then_a_unit_under_a_unit_note_is_a_project_row() -> None:
    text = _HEAD + (
        "架空手続オンライン化事業 186,420 架空デジタル課\n"
        "市民が申請できる手続を拡大します。\n"
        "架空自治会活動支援事業 98,760 架空地域活動課\n"
        "町内会の担い手確保を支援します。\n"
    )
    assert _projects(text) == {
        ("架空手続オンライン化事業", 2025, 186_420_000, "架空デジタル課"),
        ("架空自治会活動支援事業", 2025, 98_760_000, "架空地域活動課"),
    }


def test_a_figure_run_into_the_unit_name_is_read_apart() -> None:
    text = _HEAD + "架空区民会館改築事業 2,318,500架空区政課\n老朽化した会館を改築します。\n"
    assert _projects(text) == {("架空区民会館改築事業", 2025, 2_318_500_000, "架空区政課")}


def test_a_figure_without_a_unit_name_after_it_is_the_amount_alone() -> None:
    text = _HEAD + "架空手続オンライン化事業 186,420\n架空自治会活動支援事業 98,760\n"
    assert _projects(text) == {
        ("架空手続オンライン化事業", 2025, 186_420_000, None),
        ("架空自治会活動支援事業", 2025, 98_760_000, None),
    }


def test_an_amount_with_its_yen_unit_then_a_bare_unit_name() -> None:
    text = "令和7年度\n主要事業\n・架空手続オンライン化事業 186,420千円 架空デジタル課\n"
    assert _projects(text) == {("架空手続オンライン化事業", 2025, 186_420_000, "架空デジタル課")}


def test_a_unit_name_between_the_name_and_the_amount_is_no_part_of_the_name() -> None:
    text = "令和7年度\n主要事業\n・架空手続オンライン化事業 架空デジタル課 186,420千円\n"
    assert _projects(text) == {("架空手続オンライン化事業", 2025, 186_420_000, "架空デジタル課")}


def test_a_figure_that_ends_a_name_is_no_amount() -> None:
    text = _HEAD + "架空第2期整備事業2\n"
    assert all(budget is None for _, _, budget, _ in _projects(text))


def test_a_status_mark_in_angle_brackets_is_no_part_of_the_name() -> None:
    assert strip_leading_status_mark("〈拡〉架空体育館空調設置事業") == "架空体育館空調設置事業"
    assert strip_leading_status_mark("《新》架空体育館空調設置事業") == "架空体育館空調設置事業"
    text = _HEAD + "〈新〉架空端末更新事業 1,376,800 架空学校教育課\n"
    assert _projects(text) == {("架空端末更新事業", 2025, 1_376_800_000, "架空学校教育課")}


def test_sudachi_reads_a_word_across_a_line_break_inside_it() -> None:
    assert word_across("架空福祉会館空調設", "備更新事業")  # 設備
    assert not word_across("架空福祉局", "重層的支援体制整備事業")


def test_a_name_broken_inside_a_word_joins_the_line_above() -> None:
    text = _HEAD + (
        "架空福祉会館空調設\n"
        "備更新事業 356,000 架空福祉総務課\n"
        "築30年を経過した空調設備を更新します。\n"
    )
    assert _projects(text) == {
        ("架空福祉会館空調設備更新事業", 2025, 356_000_000, "架空福祉総務課")
    }


def test_a_sentence_above_a_project_line_is_no_part_of_its_name() -> None:
    text = _HEAD + (
        "架空自治会活動支援事業 98,760 架空地域活動課\n"
        "町内会の担い手確保を支援します。\n"
        "架空端末更新事業 1,376,800 架空学校教育課\n"
    )
    assert ("架空端末更新事業", 2025, 1_376_800_000, "架空学校教育課") in _projects(text)


def test_the_previous_year_in_a_bracket_line_below_is_that_year_s_row() -> None:
    text = _HEAD + (
        "〈拡〉架空庁舎耐震改修事業 1,204,800 架空庁舎管理課\n"
        "耐震補強と外壁改修を行います(令和6年度からの継続)。\n"
        "(前年度当初 612,300)\n"
        "架空自治会活動支援事業 98,760 架空地域活動課\n"
    )
    assert _projects(text) == {
        ("架空庁舎耐震改修事業", 2025, 1_204_800_000, "架空庁舎管理課"),
        ("架空庁舎耐震改修事業", 2024, 612_300_000, "架空庁舎管理課"),
        ("架空自治会活動支援事業", 2025, 98_760_000, "架空地域活動課"),
    }


def test_a_department_heading_over_project_lines_is_their_divisions_parent() -> None:
    text = _HEAD + (
        "【架空総務局】\n"
        "架空手続オンライン化事業 186,420 架空デジタル課\n"
        "市民が申請できる手続を拡大します。\n"
        "【架空市民局】\n"
        "架空区民会館改築事業 2,318,500 架空区政課\n"
    )
    rows, parents = _read(text)
    assert ("架空区民会館改築事業", 2025, 2_318_500_000, "架空区政課") in rows
    assert parents["架空デジタル課"] == "架空総務局"
    assert parents["架空区政課"] == "架空市民局"


_BUDGET_BOOK = "令和7年度 架空市一般会計予算\n(単位:千円)\n目 本年度 前年度 比較 節 説明\n"


def test_a_budget_book_s_explanation_column_gives_the_project_and_its_unit_below() -> None:
    text = _BUDGET_BOOK + (
        "3 架空保育所費 902,450 611,200 291,250\n"
        "2 給料 241,900 ○架空保育所運営事業 418,900\n"
        "14 工事請負費 338,000  (架空保育課)\n"
        "10 需用費 26,000 ○架空市道補修事業 148,300\n"
        "14 工事請負費 331,500  (架空道路課)\n"
    )
    rows = _projects(text)
    assert ("架空保育所運営事業", 2025, 418_900_000, "架空保育課") in rows
    assert ("架空市道補修事業", 2025, 148_300_000, "架空道路課") in rows
    assert not any("費" in name.split("事業")[0][:3] for name, *_ in rows)


def test_a_marked_unit_ending_a_budget_book_line_heads_the_projects_below() -> None:
    text = _BUDGET_BOOK + (
        "12 架空市民活動費 285,604 279,915 5,689    ○架空協働課\n"
        "    7 報償費 3,120    1 架空コミュニティ活性化事業 96,200\n"
        "    12 委託料 121,584    2 架空活動センター運営事業 58,404\n"
        "    18 負担金補助及び交付金 160,900    ○架空区政課\n"
        "                          1 架空区づくり推進事業 131,000\n"
    )
    assert _projects(text) == {
        ("架空コミュニティ活性化事業", 2025, 96_200_000, "架空協働課"),
        ("架空活動センター運営事業", 2025, 58_404_000, "架空協働課"),
        ("架空区づくり推進事業", 2025, 131_000_000, "架空区政課"),
    }


def test_an_amount_in_a_bracket_of_its_own_under_a_marked_name() -> None:
    text = (
        "令和7年度 主要事業\n"
        "（　）内は令和７年度予算額、〔　〕内は所管\n"
        " ● 新 架空保育料無償化事業\n"
        "     （2,318,500千円）〔架空こども局 架空保育課〕\n"
        "   第２子以降の保育料を無償化します。\n"
        " ● 拡 架空児童クラブ整備事業\n"
        "     （486,200千円）〔架空こども局 架空育成課〕\n"
        " ● 架空駅前広場再整備事業\n"
        "     （1,250,000千円）〔架空都市局 架空交通課〕\n"
    )
    rows, parents = _read(text)
    assert rows == {
        ("架空保育料無償化事業", 2025, 2_318_500_000, "架空保育課"),
        ("架空児童クラブ整備事業", 2025, 486_200_000, "架空育成課"),
        ("架空駅前広場再整備事業", 2025, 1_250_000_000, "架空交通課"),
    }
    assert parents["架空育成課"] == "架空こども局"


def _beside(left: str, right: str, column: int = 52) -> str:
    """`left`, then `right` from display column `column` (full-width text and spaces)."""
    return left + "\u3000" * ((column - 2 * len(left)) // 2) + right + "\n"


def test_names_and_amounts_apart_by_a_wide_gap_are_no_two_columns_of_text() -> None:
    # 「X事業        1,860万円」 over its description and 「(担当:X課)」, the amounts and the
    # contacts printed from one column: a list of projects, no page of two columns (the
    # amount's 万円 is no word of a column of text)
    text = "令和7年度の主な事業を紹介します\n子育て・教育\n" + "".join(
        _beside(left, right)
        for left, right in [
            ("◇架空応援給付金事業", "１，８６０万円"),
            ("　出産時に、町独自の応援金を上乗せします。", "（担当：架空健康課）"),
            ("◇架空給食費無償化事業", "４，２３０万円"),
            ("　町立小中学校の給食費を無償化します。", "（担当：架空教育課）"),
            ("◇架空体育館空調設置事業", "１億２，５００万円"),
            ("　避難所にもなる体育館に空調を設置します。", "（担当：架空教育課）"),
            ("◇架空住宅耐震化促進事業", "９６０万円"),
            ("　耐震診断・耐震改修の補助を拡充します。", "（担当：架空建設課）"),
        ]
    )
    assert _projects(text) == {
        ("架空応援給付金事業", 2025, 18_600_000, "架空健康課"),
        ("架空給食費無償化事業", 2025, 42_300_000, "架空教育課"),
        ("架空体育館空調設置事業", 2025, 125_000_000, "架空教育課"),
        ("架空住宅耐震化促進事業", 2025, 9_600_000, "架空建設課"),
    }


def test_a_framed_note_beside_the_list_is_read_after_it() -> None:
    # a 広報 page's box 「村の貯金と借金」 set to the right of the project list, interleaved
    # line by line by the PDF's text: the list reads on as if the box were not there
    text = (
        "令和7年度\n"
        "主な事業\n"
        "◎架空交流館管理運営事業 1,920万円    ┌──────────────┐\n"
        "架空交流館を指定管理者により運営し、利用者の増加を図ります。(架空振興課)  │ 村の人口 │\n"
        "◎架空移住者住宅整備事業 3,300万円    │ 9,126人(3月1日現在) │\n"
        "空き家を改修し、移住希望者向けの村営住宅を整備します。(架空企画課)  │ 前年より52人減 │\n"
        "◎架空スクールバス購入事業 1,150万円    └──────────────┘\n"
        "老朽化したスクールバス1台を更新します。(架空教育課)\n"
    )
    assert _projects(text) == {
        ("架空交流館管理運営事業", 2025, 19_200_000, "架空振興課"),
        ("架空移住者住宅整備事業", 2025, 33_000_000, "架空企画課"),
        ("架空スクールバス購入事業", 2025, 11_500_000, "架空教育課"),
    }


def test_a_label_listing_projects_with_bracketed_amounts_gives_each_its_amount() -> None:
    text = (
        "令和6年度 施策評価\n"
        "主な事務事業：架空スタジアム芝張替事業（決算額 186,340千円）、"
        "架空スポーツ大会開催事業（4,820千円）\n"
    )
    assert _projects(text) == {
        ("架空スタジアム芝張替事業", 2024, 186_340_000, None),
        ("架空スポーツ大会開催事業", 2024, 4_820_000, None),
    }


def test_a_unit_chain_run_together_gives_the_division_and_its_department() -> None:
    text = (
        "６．関連予算（令和７年度当初予算案）\n"
        "・架空センター開設準備事業　　３，８２０千円（架空福祉部架空保育課）\n"
    )
    rows, parents = _read(text)
    assert rows == {("架空センター開設準備事業", 2025, 3_820_000, "架空保育課")}
    assert parents["架空保育課"] == "架空福祉部"


def test_an_alias_bracket_in_a_project_s_name_is_no_label() -> None:
    text = _HEAD + "架空町民体育館(愛称:架空ドーム)空調設置事業 125,000 架空教育課\n"
    assert _projects(text) == {
        ("架空町民体育館(愛称:架空ドーム)空調設置事業", 2025, 125_000_000, "架空教育課")
    }


def test_a_name_broken_inside_an_alias_bracket_joins_the_line_above() -> None:
    text = _HEAD + (
        "架空の駅(愛称:架空の\n"
        "里マルシェ)リニューアル事業 237,000 架空振興課\n"
        "開業20周年に合わせ、物産館を改修します。\n"
    )
    assert _projects(text) == {
        ("架空の駅(愛称:架空の里マルシェ)リニューアル事業", 2025, 237_000_000, "架空振興課")
    }


def test_a_line_of_expenditure_heads_and_their_amounts_names_no_project() -> None:
    # 「民生費 6億2,400万円 総務費 5億8,100万円 土木費 4億9,800万円」: the text before the last
    # amount holds amounts of its own, no project's name
    text = (
        "令和7年度\n歳出の内訳(目的別・一般会計)\n"
        "民生費 6億2,400万円 総務費 5億8,100万円 土木費 4億9,800万円\n"
    )
    assert _projects(text) == set()


def test_a_status_badge_element_before_a_name_is_no_part_of_it() -> None:
    page = (
        "<html><body><h1>令和7年度当初予算の概要</h1><ul>"
        '<li><span class="badge">新規</span>架空通園推進事業<span>4億1,260万円</span>'
        "<span>（架空局 架空保育課）</span></li>"
        '<li><span class="tag">拡充</span>架空児童クラブ運営事業<span>3億2,480万円</span>'
        "<span>（架空局 架空育成課）</span></li></ul></body></html>"
    )
    assert _projects(extract_main_text(page)) == {
        ("架空通園推進事業", 2025, 412_600_000, "架空保育課"),
        ("架空児童クラブ運営事業", 2025, 324_800_000, "架空育成課"),
    }


def test_a_project_label_run_into_an_entry_is_no_part_of_the_name() -> None:
    text = (
        "令和7年度 都市整備部運営方針\n"
        "(1) 公共交通網の形成\n"
        "・指標：架空バスの利用者数 現状値（令和6年度）386千人 → 目標値（令和7年度）420千人\n"
        "・主な事業：架空バス運行事業　128,400千円（架空交通課）\n"
    )
    assert ("架空バス運行事業", 2025, 128_400_000, "架空交通課") in _projects(text)


def test_a_project_fields_value_gives_its_amount_before_the_unit_in_charge() -> None:
    text = (
        "令和7年度 架空局運営方針\n"
        "ア　架空資源の一括回収\n"
        "　　【事業】架空一括回収事業　４２６，５００千円（担当：架空対策課）\n"
    )
    assert ("架空一括回収事業", 2025, 426_500_000, "架空対策課") in _projects(text)


def test_labels_printed_letter_by_letter_on_one_line_each_take_their_value() -> None:
    text = (
        "令和7年度 架空区運営方針\n"
        "取組① 架空防災力の向上\n"
        "事 業 名 架空リーダー養成事業 予 算 額 4,860千円 担 当 架空総務課\n"
    )
    assert ("架空リーダー養成事業", 2025, 4_860_000, "架空総務課") in _projects(text)


def test_a_project_named_after_a_units_budget_owns_no_amount() -> None:
    text = (
        "令和7年度当初予算の概要\n"
        "２　一般会計 課別予算額\t\t\t（単位：千円）\n"
        "課名\t令和７年度\t令和６年度\t主な事業\n"
        "架空総務課\t1,385,200\t1,401,100\t架空無線更新事業\n"
        "架空企画課\t412,600\t436,600\t架空交通確保事業\n"
    )
    assert not any(budget == 1_385_200_000 for _, _, budget, _ in _projects(text))


def test_a_figure_set_beside_a_name_by_the_pages_style_is_a_cell_of_its_own() -> None:
    page = (
        "<html><body><h2>一般会計の局別配分</h2><ul>"
        '<li><span class="bar-label">架空総務局</span><span class="bar-value">12,345,678</span>'
        "</li>"
        '<li><span class="era">令和</span><span>7</span>年度</li></ul></body></html>'
    )
    lines = extract_main_text(page).splitlines()
    assert "• 架空総務局 12,345,678" in lines
    assert "• 令和7年度" in lines  # a year's number stays with its era
