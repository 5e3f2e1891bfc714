"""Project tables whose labels are printed apart from their rows or joined to a unit: a
line-printer report's page header, database column names, a name cell with its
description."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels, field_of
from loaders.recognisers import projects
from loaders.structure import read_structure


def _projects(text: str, year: int = 2026) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


_REPORT = (
    "帳票番号:ABC-01      架空市 予算編成システム      作成日:2026/02/10\n"
    "                 令和8年度 当初予算 事業一覧            頁: 1\n"
    "                                                   (単位:円)\n"
    "====================================================================\n"
    "番号  事業名                  担当課       予算額      前年度予算額\n"
    "====================================================================\n"
    "<第1章 架空費>\n"
    "0001  架空広場整備事業        架空公園課    5,400,000     4,800,000\n"
    "0002  架空交流推進事業        架空交流課      730,000       910,000\n"
    "      ## 章計 ##                            6,130,000     5,710,000\n"
)


def test_report_rows_take_their_labels_from_the_page_header_above() -> None:
    assert _projects(_REPORT) == {
        ("架空広場整備事業", 2026, 5_400_000, "架空公園課"),
        ("架空広場整備事業", 2025, 4_800_000, "架空公園課"),
        ("架空交流推進事業", 2026, 730_000, "架空交流課"),
        ("架空交流推進事業", 2025, 910_000, "架空交流課"),
    }


def test_unit_joined_to_a_column_name_by_an_underscore_is_the_amounts_unit() -> None:
    text = "ID\t事業名\t担当課\tR8_予算額_千円\n11\t架空橋補修事業\t架空道路課\t1250\n"
    assert field_of("R8_予算額_千円") == "budget"
    assert _projects(text) == {("架空橋補修事業", 2026, 1_250_000, "架空道路課")}


def test_unit_printed_after_a_columns_bracketed_year_is_the_amounts_unit() -> None:
    text = (
        "事業名\t担当課\t予算額(令和8年度)千円\t決算額(令和6年度)千円\n"
        "架空緑化推進事業\t架空環境課\t320\t298\n"
    )
    assert _projects(text) == {
        ("架空緑化推進事業", 2026, 320_000, "架空環境課"),
        ("架空緑化推進事業", 2024, 298_000, "架空環境課"),
    }


def test_name_cell_followed_by_its_description_gives_the_name() -> None:
    text = (
        "事業名・概要\t予算額(千円)\t担当\n"
        "架空見守り事業 ひとり暮らしの高齢者を訪問し、安否を確認します。\t1,200\t架空福祉課\n"
    )
    assert _projects(text) == {("架空見守り事業", 2026, 1_200_000, "架空福祉課")}


def test_unit_code_column_before_the_unit_name_column_is_no_division() -> None:
    text = (
        "事業名\t所属コード\t所属名\t予算額(千円)\n"
        "架空防災訓練事業\t120300\t架空危機管理課\t640\n"
    )
    assert _projects(text) == {("架空防災訓練事業", 2026, 640_000, "架空危機管理課")}


def test_labels_right_above_rows_without_a_rule_are_no_page_header() -> None:
    """Regression: a plain table whose names wrap onto the next line was re-labelled from
    its own label line and read with the wrapped names cut."""
    from loaders.recognisers.page_labels import _label_words

    text = (
        "事業名            担当課     予算額    前年度予算額\n"
        "架空河川改修事業  架空河川課  1,200      1,100\n"
    )
    doc = read_structure(text, labels=all_labels())
    assert _label_words(doc, text.index("架空河川改修")) is None
    ruled = text.replace("\n", "\n" + "-" * 40 + "\n", 1)
    assert _label_words(read_structure(ruled, labels=all_labels()), ruled.index("架空河川改修"))


def test_contact_line_with_a_phone_under_a_project_heading_names_its_division() -> None:
    text = (
        "■主な事業\n\n"
        "◆架空広場整備事業　　１億２，０００万円\n"
        "　広場を整備します。\n"
        "　問　架空公園課　☎１２－３４５６\n\n"
        "◆架空交流推進事業　　３，０００万円\n"
        "　交流を進めます。\n"
        "　問　架空交流課　☎１２－３４５７\n"
    )
    assert _projects(text) == {
        ("架空広場整備事業", 2026, 120_000_000, "架空公園課"),
        ("架空交流推進事業", 2026, 30_000_000, "架空交流課"),
    }


def test_leader_dots_between_a_name_and_a_bare_figure_under_a_unit_note() -> None:
    text = (
        "２　主な事業（一般会計）　　　　　　（単位：千円）\n"
        "　架空広場整備事業･･････････１４８，９００　〔架空公園課〕\n"
        "　　　広場の整備\n"
        "　架空交流推進事業･･････････２４，７６０　〔架空交流課〕\n"
        "　　　交流の推進\n"
    )
    assert _projects(text) == {
        ("架空広場整備事業", 2026, 148_900_000, "架空公園課"),
        ("架空交流推進事業", 2026, 24_760_000, "架空交流課"),
    }


def test_sheet_table_naming_its_project_under_a_row_of_other_labels() -> None:
    text = (
        "評価シート(1/2)\n\n"
        "整理番号\tK-01\t評価年度\t令和8年度\n"
        "事業名\t架空見守り事業\n"
        "担当課\t架空福祉課\t担当係\t架空係\n\n"
        "事業費の推移(単位:千円)\n\n"
        "\t令和7年度 予算額\t令和8年度 予算額\n"
        "事業費\t1,200\t1,350\n"
    )
    assert _projects(text) == {
        ("架空見守り事業", 2025, 1_200_000, "架空福祉課"),
        ("架空見守り事業", 2026, 1_350_000, "架空福祉課"),
    }


def test_bulleted_lines_opening_with_bracketed_labels_are_a_projects_fields() -> None:
    text = (
        "こどもの 見守り\n"
        "• 【事業名】架空見守り事業\n"
        "• 【お金】4億8,200万円\n"
        "• 【担当（たんとう）】架空福祉課\n\n"
        "まちの 交流\n"
        "• 【事業名】架空交流事業\n"
        "• 【お金】2,000万円\n"
        "• 【担当（たんとう）】架空交流課\n"
    )
    assert _projects(text) == {
        ("架空見守り事業", 2026, 482_000_000, "架空福祉課"),
        ("架空交流事業", 2026, 20_000_000, "架空交流課"),
    }


def test_unit_a_sentence_is_about_is_the_division_of_the_projects_it_budgets() -> None:
    text = (
        "◎架空部長（山田君）　架空部所管分について御説明申し上げます。\n"
        "　架空振興課では、架空祭開催事業に４，１８０万円、架空広場整備事業に１億円を"
        "計上しております。\n"
    )
    assert _projects(text) == {
        ("架空祭開催事業", 2026, 41_800_000, "架空振興課"),
        ("架空広場整備事業", 2026, 100_000_000, "架空振興課"),
    }
