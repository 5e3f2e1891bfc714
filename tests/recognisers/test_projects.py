"""The projects recogniser: a project's budget, fiscal year and division in any layout, and
nothing taken for a project without structural evidence."""

from __future__ import annotations

from loaders.facts import DocumentFacts, Project
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.structure import read_structure

Row = tuple[str, int | None, int | None, str | None]


def _facts(text: str, *, year: int | None = 2024, known: tuple[str, ...] = ()) -> DocumentFacts:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    facts.projects = [Project(name, year) for name in known]
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return facts


def _projects(text: str, **kwargs: object) -> set[Row]:
    facts = _facts(text, **kwargs)  # type: ignore[arg-type]
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_attribute_parenthesis_gives_budget_and_division() -> None:
    text = "■主な事業\n・架空交流事業(予算額:12,500千円/担当課:架空振興課)\n"
    assert _projects(text) == {("架空交流事業", 2024, 12_500_000, "架空振興課")}


def test_numbered_lines_under_a_project_heading_take_the_documents_division() -> None:
    text = (
        "所属名 架空道路課 所属長名 山田一郎\n\n"
        "目標を実現するための主要事業\n"
        "番号主要事業・主要制度\n"
        "1架空橋補修交付金(補修) (予算額(事業費)938000千円)\n"
        "2架空道路維持修繕費 (予算額(事業費)2472981千円)\n"
    )
    assert _projects(text) == {
        ("架空橋補修交付金(補修)", 2024, 938_000_000, "架空道路課"),
        ("架空道路維持修繕費", 2024, 2_472_981_000, "架空道路課"),
    }


def test_item_with_a_project_name_and_an_amount() -> None:
    text = "主な歳出\n○架空地域包括支援センター運営事業 38,103千円\n説明の文です。\n"
    assert _projects(text) == {("架空地域包括支援センター運営事業", 2024, 38_103_000, None)}


def test_the_first_amount_is_the_budget_and_a_bracketed_one_a_note() -> None:
    text = "主な取組\n(1)架空施設空調設備整備費 8,608万9,000円(4,213万3,000円)\n"
    assert _projects(text) == {("架空施設空調設備整備費", 2024, 86_089_000, None)}


def test_an_amount_without_a_project_name_ending_is_no_project() -> None:
    text = "予算の概要\n○一般会計 248億8,200万円\n○架空市の人口 12,000人\n"
    assert _projects(text) == set()


def test_an_expenditure_category_is_no_project() -> None:
    assert _projects("歳出\n○農林水産業費 12億3,000万円\n") == set()


def test_labelled_fields_make_a_record() -> None:
    text = "【事業名】架空交流事業\n【予算額】1億2,500万円\n【担当課】架空振興課\n"
    assert _projects(text) == {("架空交流事業", 2024, 125_000_000, "架空振興課")}


def test_fields_after_a_blank_line_belong_to_another_record() -> None:
    text = (
        "【事業名】架空交流事業\n【担当課】架空振興課\n\n【会計】一般会計\n【予算額】345,000千円\n"
    )
    assert _projects(text) == {("架空交流事業", 2024, None, "架空振興課")}


def test_a_table_with_a_project_column() -> None:
    text = "事業名\t予算額(千円)\t担当課\n架空交流事業\t12,500\t架空振興課\n"
    assert _projects(text) == {("架空交流事業", 2024, 12_500_000, "架空振興課")}


def test_a_single_space_table_with_a_second_header_line() -> None:
    text = (
        "(単位 千円)\n"
        "No. 所属名称 事業名 要求額 査定額 査定状況\n"
        "一般財源 特定財源 要求総額 一般財源 特定財源 査定総額\n"
        "1 架空事務局 01 架空費 架空職員人件費 (事務局分) 90 0 90 89 0 89 精査し減額\n"
        "2 架空振興課 02 架空費 架空広報事業 10 1 11 10 1 11 要求どおり\n"
    )
    assert _projects(text) == {
        ("架空職員人件費 (事務局分)", 2024, 89_000, "架空事務局"),
        ("架空広報事業", 2024, 11_000, "架空振興課"),
    }


def test_labels_run_together_and_the_year_printed_before_them() -> None:
    text = (
        "令和3年度評価シート\n"
        "架空市評価シート〈令和2年度実施事業〉事務事業名架空交流管理事業部局名架空部"
        "課(室)名架空振興課基本目標01まちづくり\n"
    )
    facts = _facts(text, year=2021)
    assert {(p.name, p.fiscal_year, p.division) for p in facts.projects} == {
        ("架空交流管理事業", 2020, "架空振興課")
    }
    assert ("架空振興課", "架空部") in {(o.name, o.parent) for o in facts.organizations}


def test_a_name_wrapped_under_a_vertical_label_and_its_amount_below() -> None:
    text = (
        "Ⅰ.架空の柱\n事\n業\n名\n(1) 架空エネルギー社会の構築\n推進事業費\n事 業 費\n"
        "14億5,574万8千円 説明の文が続く\n14億8,170万2千円 前年度の額\n"
        "①架空基金事業\n(重点事業)\n説明。\n"
    )
    assert _projects(text, year=2015) == {
        ("架空エネルギー社会の構築推進事業費", 2015, 1_455_748_000, None),
        ("架空基金事業", 2015, None, None),
    }


def test_projects_named_as_examples_of_a_budget_line() -> None:
    text = "▽架空費\n架空給付費、架空児童手当、架空整備事業費など、前年度より1億円増の5億円を計上\n"
    assert _projects(text) == {
        ("架空給付費", 2024, None, None),
        ("架空整備事業費", 2024, None, None),
    }


def test_a_project_in_a_sentence_with_its_amount_and_the_sentences_unit() -> None:
    text = "架空振興課(職員数12人)では、架空交流事業(12,500千円)を実施します。\n"
    assert _projects(text) == {("架空交流事業", 2024, 12_500_000, "架空振興課")}


def test_the_year_that_opens_the_list_is_the_projects_year() -> None:
    text = (
        "一般会計の歳出\n■令和6年度予算で実施する主な取組です\n"
        "(1)架空施設整備費 5,500万円\n説明。令和7年度から拡大します。\n"
        "(2)架空検査事業費 538万2,000円\n"
    )
    assert {(n, y) for n, y, _, _ in _projects(text, year=2023)} == {
        ("架空施設整備費", 2024),
        ("架空検査事業費", 2024),
    }


def test_a_project_the_genre_parser_found_is_not_added_again() -> None:
    text = "■主な事業\n・架空交流事業(予算額:12,500千円)\n"
    facts = _facts(text, known=("架空交流事業",))
    assert [p.name for p in facts.projects] == ["架空交流事業"]


def test_the_division_becomes_an_organisation_of_the_document() -> None:
    facts = _facts("・架空交流事業(予算額:12,500千円/担当課:架空振興課)\n")
    assert ("架空振興課", "division") in {(o.name, o.kind) for o in facts.organizations}


def test_a_sentence_mentioning_a_project_without_structure_is_no_project() -> None:
    text = "今年度は架空交流事業を拡充し、市民の参加を促します。\n"
    assert _projects(text) == set()


def test_a_name_with_labels_and_values_on_lines_of_their_own_under_it() -> None:
    text = (
        "令和6年度 主な事業\n\n架空交流事業\n\n交流の場を設けます。\n\n"
        "・目標\n　参加者の増加\n・関連する課題\n　架空の交流\n"
        "・予算\n　12,500千円\n・担当課\n　架空振興課\n\n"
        "架空広場\n\n・予算\n　3,000千円\n・担当課\n　架空管理課\n"
    )
    assert _projects(text) == {
        ("架空交流事業", 2024, 12_500_000, "架空振興課"),
        ("架空広場", 2024, 3_000_000, "架空管理課"),
    }


def test_a_name_with_label_value_list_lines_under_it() -> None:
    text = "架空交流事業\n\n●目標：参加者100人\n●予算額：１２，５００千円\n●担当課：架空振興課\n"
    assert _projects(text) == {("架空交流事業", 2024, 12_500_000, "架空振興課")}


def test_a_name_with_a_two_column_table_of_labels_under_it() -> None:
    text = "架空交流事業\n事業概要\t交流の場を設けます。\n予算\t2,000千円\n担当課\t架空振興課\n"
    assert _projects(text) == {("架空交流事業", 2024, 2_000_000, "架空振興課")}


def test_a_value_numbered_over_several_lines_is_no_project_name() -> None:
    text = "架空交流事業\n・目標\n①参加者の増加\n②交流の定着\n・予算\n　1,000千円\n"
    assert _projects(text) == {("架空交流事業", 2024, 1_000_000, None)}


def test_a_line_whose_record_has_no_amount_or_unit_is_no_project() -> None:
    text = "架空の取組\n・予算\n　未定\n・目標\n　検討中\n"
    assert _projects(text) == set()


def test_a_column_whose_qualifier_lists_the_project_field_holds_names_and_amounts() -> None:
    text = (
        "\t内容(事業名、予算等)\t所管室・課\n"
        "ア\t架空診断事業(24,600千円)\t架空指導課\n"
        "イ\t架空推進事業 8,450千円\t架空増進課\n"
        "ウ\t架空助成事業(予算額:185,000千円)\t架空指導課\n"
    )
    assert _projects(text) == {
        ("架空診断事業", 2024, 24_600_000, "架空指導課"),
        ("架空推進事業", 2024, 8_450_000, "架空増進課"),
        ("架空助成事業", 2024, 185_000_000, "架空指導課"),
    }


def test_a_budget_column_label_states_the_year_of_its_amounts() -> None:
    text = (
        "指標名\t基準値(令和4年度)\t目標値(令和9年度)\n架空利用率(%)\t50\t60\n"
        "主な事業\n事業名\t担当課\t令和6年度予算額(千円)\n架空交流事業\t架空振興課\t1,200\n"
    )
    assert _projects(text, year=2023) == {("架空交流事業", 2024, 1_200_000, "架空振興課")}


def test_a_status_mark_after_the_name_is_no_part_of_it() -> None:
    text = "■主な事業\n・架空交流事業(新) 1億2,300万円\n・架空広場整備事業【拡充】 4,200万円\n"
    assert _projects(text) == {
        ("架空交流事業", 2024, 123_000_000, None),
        ("架空広場整備事業", 2024, 42_000_000, None),
    }


def test_a_project_field_holds_its_budget_and_division_after_spaces() -> None:
    text = "重点取組\n　事業名：架空交流事業　予算：42,000千円　担当：架空振興課\n"
    assert _projects(text) == {("架空交流事業", 2024, 42_000_000, "架空振興課")}


def test_a_line_comparing_several_years_does_not_date_the_projects_under_it() -> None:
    text = (
        "重点取組1 架空の推進\n"
        "　架空排出量は平成25年度の100から令和2年度には80まで減少しました\n"
        "　事業名：架空交流事業　予算：42,000千円　担当：架空振興課\n"
    )
    assert _projects(text, year=2023) == {("架空交流事業", 2023, 42_000_000, "架空振興課")}


def test_a_unit_in_brackets_after_the_amount_is_the_division() -> None:
    text = "■主な事業\n・架空交流事業　12,500千円（架空振興課）\n"
    assert _projects(text) == {("架空交流事業", 2024, 12_500_000, "架空振興課")}


def test_a_table_with_a_column_per_year_gives_the_project_once_a_year() -> None:
    text = (
        "（単位：千円）\n"
        "事業名\t担当課\t2020年度\t2021年度\t2022年度\n"
        "架空交流事業\t架空振興課\t1,200\t―\t1,500\n"
    )
    assert _projects(text) == {
        ("架空交流事業", 2020, 1_200_000, "架空振興課"),
        ("架空交流事業", 2022, 1_500_000, "架空振興課"),
    }


def test_the_unit_closing_the_description_under_a_project_is_its_division() -> None:
    text = (
        "■今年度の主な事業\n○架空交流事業（１，２００万円）\n"
        "　姉妹都市との交流会を開催します。（架空企画課交流係）\n"
    )
    assert _projects(text) == {("架空交流事業", 2024, 12_000_000, "交流係")}


def test_a_bracket_of_units_after_a_name_under_a_project_label_gives_the_division() -> None:
    text = "【主な事業】\n 架空交流事業(架空部 架空振興課)\n 星見台整備事業(架空振興課)\n"
    assert _projects(text) == {
        ("架空交流事業", 2024, None, "架空振興課"),
        ("星見台整備事業", 2024, None, "架空振興課"),
    }


def test_a_bracket_of_units_after_the_amount_gives_the_division_and_department() -> None:
    facts = _facts("・架空交流事業 2億円(架空部 架空振興課)\n")
    assert [(p.name, p.budget, p.division) for p in facts.projects] == [
        ("架空交流事業", 200_000_000, "架空振興課")
    ]
    assert {o.name: o.parent for o in facts.organizations}["架空振興課"] == "架空部"


def test_a_sentence_of_another_section_gives_a_list_no_year() -> None:
    text = (
        "1 予算規模\n"
        "規模は令和5年度を上回りました。\n"
        "2 主な事業\n"
        "・架空交流事業 2億円\n"
    )
    assert _projects(text) == {("架空交流事業", 2024, 200_000_000, None)}


def test_a_project_in_a_sentence_starts_after_the_phrase_before_it() -> None:
    text = "道を整えます。主な事業は星見通り整備事業(予算額 2億円)です。\n"
    assert _projects(text) == {("星見通り整備事業", 2024, 200_000_000, None)}


def test_an_unlabelled_unit_in_an_attribute_bracket_is_the_division() -> None:
    text = "あわせて星見公園改修事業(予算額 4,500万円、架空緑地課)を進めます。\n"
    assert _projects(text) == {("星見公園改修事業", 2024, 45_000_000, "架空緑地課")}


def test_a_project_field_listing_names_with_their_units_gives_each_project() -> None:
    text = "施策1-1 星の学び\n主な事業:星見講座事業(生涯学習課)、天文台整備事業(架空部 天文課)\n"
    assert _projects(text) == {
        ("星見講座事業", 2024, None, "生涯学習課"),
        ("天文台整備事業", 2024, None, "天文課"),
    }


def test_a_section_title_over_a_budget_field_is_no_project() -> None:
    text = "事業名:星見講座事業\n\n事業内容\n講座を開きます。\n予算額:令和5年度 1,200千円\n"
    assert "事業内容" not in {name for name, *_ in _projects(text)}


def test_a_sheets_cost_table_gives_one_project_row_per_year() -> None:
    text = (
        "事業名　　　　　　星見台案内事業\n"
        "担当課　　　　　　天文振興課\n"
        "事業費　　　　　（単位：千円）\n"
        "　　　　　　　　　平成３０年度決算　　令和元年度決算　　令和２年度予算\n"
        "総事業費　　　　　　　１，２００　　　　１，３００　　　　１，４００\n"
        "うち一般財源　　　　　　　　　０　　　　　　　１００　　　　　　　２００\n"
    )
    assert _projects(text) == {
        ("星見台案内事業", 2018, 1_200_000, "天文振興課"),
        ("星見台案内事業", 2019, 1_300_000, "天文振興課"),
        ("星見台案内事業", 2020, 1_400_000, "天文振興課"),
    }


def test_a_sheets_own_budget_field_wins_over_its_cost_history() -> None:
    text = (
        "事業名　　　　　　星見台案内事業\n"
        "担当課　　　　　　天文振興課\n\n"
        "事業内容\n"
        "予算額：令和5年度 1,250千円\n"
        "（単位：千円）\n"
        "区分｜令和4年度(決算)｜令和5年度(決算)\n"
        "事業費｜1,100｜1,200\n"
    )
    assert _projects(text) == {("星見台案内事業", 2023, 1_250_000, "天文振興課")}


def test_a_division_field_with_its_section_in_brackets_names_the_division() -> None:
    text = "事業名：星見台案内事業\n担当課：天文振興課（観望係）\n予算額：1,250千円\n"
    assert _projects(text) == {("星見台案内事業", 2024, 1_250_000, "天文振興課")}


def test_a_description_closing_with_a_labelled_unit_names_the_division() -> None:
    text = (
        "主な事業\n\n"
        "星見台改修事業　1,200万円\n"
        "星見台の屋根を直します。（担当：天文振興課）\n"
    )
    assert _projects(text) == {("星見台改修事業", 2024, 12_000_000, "天文振興課")}


_GROUPED_BY_UNIT = (
    "3. 主要事業                    (単位:千円)\n\n"
    "【星見課】\n"
    "  ○ 天文台改修事業               48,500\n"
    "       観測室の屋根を更新\n"
    "     星空観察会事業                  1,200\n\n"
    "【港湾課】\n"
    "  ● 灯台清掃事業                     3,640\n"
)


def test_a_figure_in_the_column_beside_a_name_is_its_amount_in_the_stated_unit() -> None:
    assert {(n, b) for n, _, b, _ in _projects(_GROUPED_BY_UNIT)} == {
        ("天文台改修事業", 48_500_000),
        ("星空観察会事業", 1_200_000),
        ("灯台清掃事業", 3_640_000),
    }


def test_a_bracketed_unit_over_projects_is_their_division() -> None:
    assert {(n, d) for n, _, _, d in _projects(_GROUPED_BY_UNIT)} == {
        ("天文台改修事業", "星見課"),
        ("星空観察会事業", "星見課"),
        ("灯台清掃事業", "港湾課"),
    }


def test_a_bare_figure_beside_a_name_with_no_unit_stated_is_no_amount() -> None:
    assert _projects("主要事業\n○ 天文台改修事業               48,500\n") <= {
        ("天文台改修事業", 2024, None, None)
    }


def test_a_line_of_year_labels_over_a_budget_field_gives_one_amount_per_year() -> None:
    text = (
        "事務事業名 灯台清掃事業\n"
        "担当課 港湾課\n"
        "2 事業費の推移 (単位:千円)\n"
        "区分 令和3年度決算 令和4年度決算 令和5年度予算\n"
        "事業費 1,200 1,350 1,400\n"
        "うち一般財源 600 700 700\n"
    )
    assert {(n, y, b) for n, y, b, _ in _projects(text)} == {
        ("灯台清掃事業", 2021, 1_200_000),
        ("灯台清掃事業", 2022, 1_350_000),
        ("灯台清掃事業", 2023, 1_400_000),
    }


def test_two_columns_printed_across_each_line_are_read_column_by_column() -> None:
    text = (
        "■令和6年度の主な事業\n"
        "◆天文台改修事業　　　　　　◆灯台清掃事業\n"
        "1億2,000万円(新規)　　　　　350万円\n"
        "観測室の屋根を更新します。　　灯台を清掃します。\n"
        "問合せ　星見課　　　　　　　問合せ　港湾課\n"
    )
    assert _projects(text) == {
        ("天文台改修事業", 2024, 120_000_000, "星見課"),
        ("灯台清掃事業", 2024, 3_500_000, "港湾課"),
    }


def test_budget_columns_each_naming_a_year_give_the_project_once_per_year() -> None:
    text = (
        "主要事業 (単位:千円)\n"
        "| 事業名 | 担当課 | 令和6年度 予算額 | 令和5年度 予算額 |\n|---|---|---|---|\n"
        "| 灯台清掃事業 | 港湾課 | 3,640 | 3,500 |\n"
        "| 天文台改修事業 | 星見課 | 48,500 | - |\n"
    )
    assert _projects(text) == {
        ("灯台清掃事業", 2024, 3_640_000, "港湾課"),
        ("灯台清掃事業", 2023, 3_500_000, "港湾課"),
        ("天文台改修事業", 2024, 48_500_000, "星見課"),
    }


def test_a_facility_plans_yearly_measure_cells_are_projects_of_the_facility() -> None:
    text = (
        "| 施設名 | 所管課 | 令和6年度 対策内容・概算事業費(千円)"
        " | 令和7年度 対策内容・概算事業費(千円) |\n"
        "|---|---|---|---|\n"
        "| 星見台天文台 | 星見課 | 屋根改修 24,200 | - |\n"
        "| 港の灯台 | 港湾課 | - | 照明更新(LED化) 9,900 |\n"
    )
    assert _projects(text) == {
        ("星見台天文台屋根改修", 2024, 24_200_000, "星見課"),
        ("港の灯台照明更新", 2025, 9_900_000, "港湾課"),
    }


def test_year_columns_naming_their_stage_give_one_row_a_year() -> None:
    """「R4決算 | R5決算 | R6予算」: a settled amount is that year's cost as a budget is."""
    text = (
        "構成事業                                (単位:千円)\n"
        "事業名                  R4決算    R5決算    R6予算   担当\n"
        "架空交流推進事業         1,100     1,200     1,300   架空振興課\n"
        "架空広場管理事業         2,100     2,200     2,300   架空振興課\n"
    )
    assert ("架空交流推進事業", 2022, 1_100_000, "架空振興課") in _projects(text)
    assert ("架空交流推進事業", 2024, 1_300_000, "架空振興課") in _projects(text)
    assert len(_projects(text)) == 6


def test_a_name_wrapped_onto_the_row_of_its_figures_is_one_name() -> None:
    """A name too long for its column: its head alone on a row, the rest with the figures."""
    text = (
        "   事業名                  R4決算    R5決算    R6予算   担当\n"
        "   架空交流推進事業         1,100     1,200     1,300   架空振興課\n"
        "   架空市ものづくり交流センター\n"
        "   運営事業                 2,100     2,200     2,300   架空振興課\n"
    )
    names = {name for name, *_ in _projects(text)}
    assert names == {"架空交流推進事業", "架空市ものづくり交流センター運営事業"}


def test_a_plan_row_of_continuing_work_is_a_project_without_an_amount() -> None:
    """「継続」 in every year's column: the project is listed, with no budget."""
    text = (
        "事業名                  担当課        R7年度    R8年度    R9年度\n"
        "架空橋梁補修事業         架空道路課     1,000     2,000     3,000\n"
        "架空資源回収事業         架空環境課      継続      継続      継続\n"
    )
    assert ("架空資源回収事業", 2024, None, "架空環境課") in _projects(text)


def test_the_division_a_record_names_is_its_ka_not_the_bureau_before_it() -> None:
    """「所管部局」 then 「所管課」 both label a unit in charge: the 課 is the division."""
    text = (
        "事務事業名:架空交流推進事業\n"
        "所管部局:架空教育委員会事務局\n"
        "所管課:架空学習課\n"
        "担当係:架空指導係\n"
        "予算額:1,200千円\n"
    )
    assert _projects(text) == {("架空交流推進事業", 2024, 1_200_000, "架空学習課")}


def test_a_listed_name_with_its_amount_and_unit_on_the_line_under_it() -> None:
    """「●X事業」 then 「840万円(架空企画課)」 under it."""
    text = (
        "■今年度の主な事業\n●架空集落応援員設置事業\n  840万円(架空企画課)\n"
        "  応援員を増やします。\n"
    )
    assert _projects(text) == {("架空集落応援員設置事業", 2024, 8_400_000, "架空企画課")}


def test_two_columns_side_by_side_give_each_project_the_unit_after_its_amount() -> None:
    text = (
        "●架空祝い金支給事業          ●架空ケア推進事業\n"
        "  680万円(架空福祉課)          1,250万円(架空健康課)\n"
        "  子に10万円を支給します。      相談窓口を設けます。\n"
    )
    assert _projects(text) == {
        ("架空祝い金支給事業", 2024, 6_800_000, "架空福祉課"),
        ("架空ケア推進事業", 2024, 12_500_000, "架空健康課"),
    }


def test_a_unit_bracket_cut_at_the_line_end_gives_its_whole_units_only() -> None:
    """「(架空教育委員会 架空学校教」 / 「育係)」: the cut name is not read, the one before is."""
    text = (
        "●架空給食無償化事業          ●架空設置推進事業\n"
        "  2,410万円(架空教育委員会 架空学校教    190万円(架空総務課)\n"
        "育係)\n"
    )
    rows = _projects(text)
    assert ("架空給食無償化事業", 2024, 24_100_000, "架空教育委員会") in rows


def test_a_list_entry_labelled_as_projects_lists_each_project() -> None:
    text = (
        "### 主な取組\n\n- 主な事業:架空学力向上事業、架空相談支援事業\n"
        "- 主な事業:架空学校連携推進事業\n"
    )
    assert {name for name, *_ in _projects(text)} == {
        "架空学力向上事業", "架空相談支援事業", "架空学校連携推進事業"
    }  # fmt: skip


def test_a_legend_of_status_marks_is_no_list_of_projects() -> None:
    text = "凡例\n ○新規事業  ●拡充事業  無印は継続事業\n"
    assert _projects(text) == set()


def test_a_labelled_budget_in_a_bracket_of_the_record_under_a_name() -> None:
    """「① 名前」 with 「㋐ 計画：…(予算額 3,600千円)」 under it: the name's amount."""
    text = (
        "(2) 取組と実績\n"
        "  ① 架空苗木植栽への補助\n"
        "    ㋐ 計画:苗木購入費の1/2補助(予算額 3,600千円)\n"
        "    ㋑ 実績:12経営体を補助\n"
        "  ② 架空加工品開発の支援\n"
        "    ㋐ 計画:試作を支援\n"
    )
    assert _projects(text) == {("架空苗木植栽への補助", 2024, 3_600_000, None)}


def test_a_unit_note_naming_the_budget_column_gives_its_yen_unit() -> None:
    text = (
        "単位：面積＝㎡、概算事業費＝千円\n"
        "事業名\t面積\t概算事業費\n"
        "架空会館改修事業\t1,200\t3,500\n"
    )
    assert _projects(text) == {("架空会館改修事業", 2024, 3_500_000, None)}


def test_a_building_year_column_is_no_fiscal_year_of_the_project() -> None:
    text = (
        "施設名\t建築年度\t事業名\t実施予定年度\t事業費(千円)\n"
        "架空会館\t1979\t架空会館改修事業\tR8\t3,500\n"
    )
    assert _projects(text) == {("架空会館改修事業", 2026, 3_500_000, None)}


def test_rows_of_one_project_in_two_years_are_two_project_years() -> None:
    text = (
        "事業名\t年度\t事業費(千円)\n"
        "架空園舎改築事業\tR7\t1,000\n"
        "架空園舎改築事業\tR8\t20,000\n"
    )
    assert _projects(text) == {
        ("架空園舎改築事業", 2025, 1_000_000, None),
        ("架空園舎改築事業", 2026, 20_000_000, None),
    }


def test_a_bracketed_note_in_the_name_column_is_no_project() -> None:
    text = "事業名\t事業費(千円)\n架空会館改修事業\t3,500\n（統合により廃止）\t－\n"
    assert _projects(text) == {("架空会館改修事業", 2024, 3_500_000, None)}


def test_a_status_word_before_the_name_is_no_part_of_it() -> None:
    text = "■主な事業\n◇新規　架空交流推進事業　　　1億2,000万円\n"
    assert _projects(text) == {("架空交流推進事業", 2024, 120_000_000, None)}


def test_a_wrapped_description_closing_with_the_unit_names_the_division() -> None:
    text = (
        "■主な事業\n\n【交流】\n"
        "◇拡充　架空交流推進事業　　　1億2,000万円\n"
        "　市外の大学と連携し、学生が地域の行事に参加できる仕組\n"
        "みを整えます。（架空交流課）\n"
        "◇継続　架空広場整備事業　　　　　　3,000万円\n"
        "　広場の照明を更新します。（架空公園課）\n"
    )
    assert _projects(text) == {
        ("架空交流推進事業", 2024, 120_000_000, "架空交流課"),
        ("架空広場整備事業", 2024, 30_000_000, "架空公園課"),
    }


def test_a_term_whose_description_closes_with_a_budget_bracket_is_a_project() -> None:
    text = (
        "■重点政策1　架空のまちづくり\n"
        "架空広場のにぎわい創出：広場でのイベントを月2回開催しました。（予算額：1,500万円／所管：架空公園課）\n"
        "進捗：○\n"
        "架空交流の推進：姉妹都市との交流を再開しました。（予算額：300万円／所管：架空交流課）\n"
    )
    assert _projects(text) == {
        ("架空広場のにぎわい創出", 2024, 15_000_000, "架空公園課"),
        ("架空交流の推進", 2024, 3_000_000, "架空交流課"),
    }


def test_a_bracket_naming_the_units_head_after_the_division_is_no_part_of_it() -> None:
    text = (
        "【事業名】架空交流推進事業\n【所管課】架空交流課　（課長　青葉　一郎）\n"
        "【事業費】1,200千円\n"
    )
    assert _projects(text) == {("架空交流推進事業", 2024, 1_200_000, "架空交流課")}


def test_projects_printed_in_two_columns_are_read_column_by_column() -> None:
    text = (
        "■主な事業\n\n"
        "架空交流推進事業                           架空広場整備補助金\n"
        "　市外の大学と連携し、学生が地域の         　広場の照明を更新する団体に費用\n"
        "行事に参加できる仕組みを整えます。         の一部を補助します。\n"
        "　予算額　１，２００万円                     予算額　３００万円\n"
        "　（架空交流課）                             （架空公園課）\n"
    )
    assert _projects(text) == {
        ("架空交流推進事業", 2024, 12_000_000, "架空交流課"),
        ("架空広場整備補助金", 2024, 3_000_000, "架空公園課"),
    }


def test_a_section_label_with_its_year_is_no_project() -> None:
    text = (
        "令和6年度の主な事業\n　市外の大学と連携し、学生が地域の\n行事に参加します。\n"
        "予算額：1,200千円\n"
    )
    assert _projects(text) == set()


def test_a_name_over_a_wrapped_description_and_its_budget_closing_with_the_unit() -> None:
    text = (
        "（１）交流\n\n"
        "架空交流推進事業\n"
        "　市外の大学と連携し、学生が地域の\n"
        "行事に参加できる仕組みを整えます。\n"
        "　予算額　１，２００万円\n"
        "　（架空交流課）\n"
    )
    assert _projects(text) == {("架空交流推進事業", 2024, 12_000_000, "架空交流課")}


def test_a_zero_in_a_years_column_gives_no_row_for_that_year() -> None:
    pipe = (
        "単位：千円\n"
        "| 事業名 | 担当課 | 2025年度 | 2026年度 | 2027年度 |\n|---|---|---|---|---|\n"
        "| 灯台塗装事業 | 港湾課 | 0 | 8,400 | 0 |\n"
    )
    spaced = (
        "（単位：千円）\n"
        "事業名　　　　　担当課　　R7　　　R8\n"
        "天文台改修事業　星見課　　12,000　 0\n"
    )
    assert _projects(pipe) == {("灯台塗装事業", 2026, 8_400_000, "港湾課")}
    assert ("天文台改修事業", 2026, 0, "星見課") not in _projects(spaced)


def test_a_unit_column_gives_the_unit_of_its_rows_year_amounts() -> None:
    text = (
        "事業名\t所管課\t令和7年度\t令和8年度\t単位\n"
        "灯台塗装事業\t港湾課\t12\t-\t百万円\n"
        "天文台改修事業\t星見課\t350\t420\t千円\n"
    )
    assert _projects(text) == {
        ("灯台塗装事業", 2025, 12_000_000, "港湾課"),
        ("天文台改修事業", 2025, 350_000, "星見課"),
        ("天文台改修事業", 2026, 420_000, "星見課"),
    }


def test_a_project_in_two_tables_of_different_years_gives_a_row_for_each_year() -> None:
    text = (
        "令和5年度の実績（単位：千円）\n"
        "| 事業名 | 担当課 | 令和5年度決算額 |\n|---|---|---|\n"
        "| 灯台塗装事業 | 港湾課 | 7,100 |\n\n"
        "令和6年度の予算（単位：千円）\n"
        "事業名\t担当課\t令和6年度予算額\n"
        "灯台塗装事業\t港湾課\t8,400\n"
    )
    headed = (
        "■令和5年度決算（単位：千円）\n事業名\t決算額\n灯台塗装事業\t1,000\n\n"
        "■令和6年度予算（単位：千円）\n事業名\t予算額\n灯台塗装事業\t1,200\n"
    )
    assert _projects(text) == {
        ("灯台塗装事業", 2023, 7_100_000, "港湾課"),
        ("灯台塗装事業", 2024, 8_400_000, "港湾課"),
    }
    assert _projects(headed) == {
        ("灯台塗装事業", 2023, 1_000_000, None),
        ("灯台塗装事業", 2024, 1_200_000, None),
    }


def test_a_line_of_year_labels_over_a_budget_row_with_no_label_column() -> None:
    colon = (
        "事業名：灯台塗装事業\n"
        "担当課：港湾課\n"
        "事業費の推移（単位：千円）\n"
        "　　　　　2022年度決算　2023年度決算　2024年度予算\n"
        "　総事業費　　　1,200　　　　1,350　　　　1,400\n"
    )
    assert {(n, y, b) for n, y, b, _ in _projects(colon)} == {
        ("灯台塗装事業", 2022, 1_200_000),
        ("灯台塗装事業", 2023, 1_350_000),
        ("灯台塗装事業", 2024, 1_400_000),
    }


def test_a_division_field_naming_department_and_division_gives_the_division() -> None:
    text = "事業名：灯台塗装事業\n所管部・課：港湾部　灯台課\n予算額：8,400千円\n"
    assert _projects(text) == {("灯台塗装事業", 2024, 8_400_000, "灯台課")}


def test_a_note_that_the_unit_is_thousand_yen_sets_the_unit_of_the_figures_after_it() -> None:
    text = "※金額の単位は千円です。\n\n事業名\t担当課\t予算額\n灯台塗装事業\t灯台課\t8,400\n"
    assert _projects(text) == {("灯台塗装事業", 2024, 8_400_000, "灯台課")}


def test_a_term_whose_description_is_labelled_values_is_a_project() -> None:
    text = (
        "主な事業\n"
        "灯台塗装事業：予算額：8,400千円　担当：灯台課\n"
        "天文台観測機器更新整備費補助事業：予算額：12,000千円　担当：星見課\n"
    )
    assert _projects(text) == {
        ("灯台塗装事業", 2024, 8_400_000, "灯台課"),
        ("天文台観測機器更新整備費補助事業", 2024, 12_000_000, "星見課"),
    }


def test_a_term_with_labelled_values_but_no_amount_is_no_project() -> None:
    assert _projects("お問い合わせ\n灯台課：電話：0000-00-0000　担当：灯台係\n") == set()


def test_a_bracket_of_amount_year_and_unit_after_a_name_in_prose() -> None:
    text = (
        "灯台の老朽化には、灯台塗装事業（2026年度、概算事業費8,400千円、港湾課）で対応します。\n"
        "また、天文台改修事業(1,200万円、星見課)も実施しています。\n"
    )
    assert _projects(text) == {
        ("灯台塗装事業", 2026, 8_400_000, "港湾課"),
        ("天文台改修事業", 2024, 12_000_000, "星見課"),
    }


def test_a_bracket_with_words_besides_amount_year_and_unit_gives_no_amount() -> None:
    text = "灯台塗装事業（総額1,200万円、うち国庫補助あり）を進めます。\n"
    assert all(b is None for _, _, b, _ in _projects(text))


def test_a_conjunction_after_a_bracket_is_no_part_of_the_next_name() -> None:
    text = "灯台塗装事業（1,200万円）と天文台改修事業（800万円）を進めます。\n"
    assert {n for n, _, _, _ in _projects(text)} == {"灯台塗装事業", "天文台改修事業"}


def test_a_line_of_labels_and_values_beside_a_project_field_gives_its_division() -> None:
    before = (
        "整理番号 07-003 所管部 港湾部 所管課 灯台課 担当係 塗装係\n"
        "事務事業名 灯台塗装事業\n"
        "予算額 8,765千円\n"
    )
    after = "事業名：灯台塗装事業\n担当部局 港湾部　担当課 灯台課　担当係 塗装係\n"
    assert {(n, d) for n, _, _, d in _projects(before)} == {("灯台塗装事業", "灯台課")}
    assert {(n, d) for n, _, _, d in _projects(after)} == {("灯台塗装事業", "灯台課")}


def test_a_table_of_labels_and_values_is_one_projects_record() -> None:
    pipe = (
        "| 事業名 | 灯台塗装事業 |\n|---|---|\n"
        "| 所管部 | 港湾部 | 所管課・係 | 灯台課 塗装係 |\n"
        "| 総合計画の体系 | 施策3-2 港のにぎわい |\n"
        "| 事業開始年度 | 平成20年度 |\n\n"
        "事業費の推移（単位：千円）\n"
        "区分\t令和5年度決算\t令和6年度予算\n"
        "事業費\t1,111\t1,222\n"
    )
    assert _projects(pipe) == {
        ("灯台塗装事業", 2023, 1_111_000, "灯台課"),
        ("灯台塗装事業", 2024, 1_222_000, "灯台課"),
    }


def test_a_record_table_with_its_budget_in_a_row_gives_that_amount() -> None:
    tsv = "事業名\t灯台塗装事業\n担当課\t灯台課\n予算額(千円)\t2,345\n"
    assert _projects(tsv) == {("灯台塗装事業", 2024, 2_345_000, "灯台課")}


def test_a_sheets_budget_field_and_its_next_years_budget_column_give_two_rows() -> None:
    text = (
        "事業名：灯台塗装事業\n担当課：灯台課\n\n"
        "予算額：令和6年度 3,210千円\n\n"
        "事業費の推移（単位：千円）\n"
        "| 区分 | 令和5年度(決算) | 令和6年度(予算) | 令和7年度(予算) |\n|---|---|---|---|\n"
        "| 事業費 | 3,001 | 3,210 | 3,456 |\n"
    )
    assert _projects(text) == {
        ("灯台塗装事業", 2024, 3_210_000, "灯台課"),
        ("灯台塗装事業", 2025, 3_456_000, "灯台課"),
    }


def test_a_record_tables_cost_table_is_not_read_for_the_sheet_before_it() -> None:
    text = (
        "| 事業名 | 灯台塗装事業 |\n|---|---|\n| 所管課 | 灯台課 |\n\n"
        "| 事業名 | 天文台改修事業 |\n|---|---|\n| 所管課 | 星見課 |\n\n"
        "事業費の推移（単位：千円）\n"
        "区分\t令和5年度決算\t令和6年度予算\n"
        "事業費\t1,111\t1,222\n"
    )
    assert ("灯台塗装事業", 2024, None, "灯台課") in _projects(text)
    assert ("天文台改修事業", 2024, 1_222_000, "星見課") in _projects(text)


def test_a_field_printed_beside_the_project_name_is_no_part_of_it() -> None:
    text = (
        "事業名：みなと灯台清掃事業      管理番号 A-12\n"
        "担当課：港湾管理課\n"
        "予算額：3,400千円\n"
    )
    assert _projects(text) == {("みなと灯台清掃事業", 2024, 3_400_000, "港湾管理課")}


def test_a_division_field_with_other_fields_beside_it_gives_the_unit() -> None:
    text = (
        "【事業名】 星空観察会事業\n"
        "【担当課】 天文振興課 担当係 観望係   会計 一般会計\n"
        "【予算額】 820千円\n"
    )
    assert _projects(text) == {("星空観察会事業", 2024, 820_000, "天文振興課")}


def test_a_division_broken_before_its_suffix_is_read_whole() -> None:
    text = "事業名：灯台塗装事業\n所管課：港湾 課    係名 灯台係\n予算額：1,200千円\n"
    assert _projects(text) == {("灯台塗装事業", 2024, 1_200_000, "港湾課")}


def test_a_project_and_budget_label_pair_heads_rows_of_names_and_amounts() -> None:
    text = (
        "担当課：星見課\n"
        "事業名：令和7年度予算額（千円）\n"
        "星空観察会事業        1,200\n"
        "天文台改修事業        34,500\n"
    )
    assert _projects(text) == {
        ("星空観察会事業", 2025, 1_200_000, "星見課"),
        ("天文台改修事業", 2025, 34_500_000, "星見課"),
    }


def test_a_division_label_after_a_heading_names_the_rows_division() -> None:
    text = (
        "＜港の活性化＞　所管課：港湾振興課\n"
        "主要事業：決算額\n"
        "灯台公園整備事業      5,600,000円\n"
    )
    assert _projects(text, year=2023) == {("灯台公園整備事業", 2023, 5_600_000, "港湾振興課")}


def test_a_division_label_inside_another_fields_value_names_the_rows_division() -> None:
    text = "港の活性化：主管課：港湾振興課\n主要事業：決算額\n灯台公園整備事業      5,600,000円\n"
    assert _projects(text, year=2023) == {("灯台公園整備事業", 2023, 5_600_000, "港湾振興課")}


def test_a_single_space_table_with_year_columns_gives_a_row_per_year_with_an_amount() -> None:
    text = (
        "（単位：千円）\n"
        "事業名 担当課 2026年度 2027年度 2028年度\n"
        "灯台改修事業 港湾課 1,200 ― 0\n"
        "桟橋補修事業 港湾課 ― 800 950\n"
    )
    assert _projects(text) == {
        ("灯台改修事業", 2026, 1_200_000, "港湾課"),
        ("桟橋補修事業", 2027, 800_000, "港湾課"),
        ("桟橋補修事業", 2028, 950_000, "港湾課"),
    }


def test_a_unit_broken_before_its_suffix_in_a_single_space_row_is_one_cell() -> None:
    text = "事業名 担当課 予算額\n灯台改修事業 港湾 課 1,200千円\n桟橋補修事業 港湾課 800千円\n"
    assert _projects(text) == {
        ("灯台改修事業", 2024, 1_200_000, "港湾課"),
        ("桟橋補修事業", 2024, 800_000, "港湾課"),
    }


def test_a_term_entrys_division_printed_after_its_budget_on_the_same_line_is_read() -> None:
    text = "主な取組\n星空観察会事業：予算額：2,400千円　所管：天文振興課\n"
    assert _projects(text) == {("星空観察会事業", 2024, 2_400_000, "天文振興課")}


def test_records_printed_as_one_flat_list_are_one_project_each() -> None:
    text = (
        "重点事業\n"
        "- 星空観察会事業\n"
        "- 予算額：1,200千円\n"
        "- 担当：天文振興課\n"
        "- 観察会を年4回開きます。\n"
        "- 天文台改修事業\n"
        "- 予算額：34,500千円\n"
        "- 担当：天文施設課\n"
    )
    assert _projects(text) == {
        ("星空観察会事業", 2024, 1_200_000, "天文振興課"),
        ("天文台改修事業", 2024, 34_500_000, "天文施設課"),
    }


def test_a_quoted_name_before_an_amount_bracket_in_a_sentence_is_a_project() -> None:
    text = (
        "天文部では「星空観察会事業」（令和6年度予算額 1,200万円、所管：天文部 星見課）"
        "を進めます。\n"
    )
    assert _projects(text) == {("星空観察会事業", 2024, 12_000_000, "星見課")}


def test_a_labelled_unit_beside_an_amount_in_a_bracket_is_the_division() -> None:
    text = "今年度は天文台改修事業（850万円、担当：星見課）に着手します。\n"
    assert _projects(text) == {("天文台改修事業", 2024, 8_500_000, "星見課")}


def test_a_project_named_as_what_an_amount_is_budgeted_for_is_a_project() -> None:
    text = "■今年度の予算\n星見課は、天文台改修事業として2億1,000万円を計上しました。\n"
    assert _projects(text) == {("天文台改修事業", 2024, 210_000_000, "星見課")}


def test_a_series_of_years_under_a_name_gives_a_row_per_year() -> None:
    text = (
        "(単位:千円)\n"
        "○架空公園再整備事業(架空緑化課)\n"
        "令和6年度 4,500 令和7年度 12,000 令和8年度 ―\n"
    )
    assert _projects(text) == {
        ("架空公園再整備事業", 2024, 4_500_000, "架空緑化課"),
        ("架空公園再整備事業", 2025, 12_000_000, "架空緑化課"),
    }


def test_a_series_nested_under_a_listed_name_gives_a_row_per_year() -> None:
    text = (
        "金額の単位:万円\n\n"
        "* 架空図書館運営事業(架空生涯学習課)\n"
        "  * R6: 300 / R7: 0 / R8: 320\n"
    )
    assert _projects(text) == {
        ("架空図書館運営事業", 2024, 3_000_000, "架空生涯学習課"),
        ("架空図書館運営事業", 2026, 3_200_000, "架空生涯学習課"),
    }


def test_a_labelled_budget_holding_a_series_gives_a_row_per_year() -> None:
    text = (
        "主な事業(単位:千円)\n"
        "架空交流拠点整備事業:担当:架空企画課 / 計画額:R7 8,000 R8 9,500\n"
    )
    assert _projects(text) == {
        ("架空交流拠点整備事業", 2025, 8_000_000, "架空企画課"),
        ("架空交流拠点整備事業", 2026, 9_500_000, "架空企画課"),
    }


def test_a_bracket_citing_the_policy_served_is_no_part_of_the_name() -> None:
    text = "事業名:架空交流事業(施策3-2)\n予算額:1,200千円\n担当課:架空振興課\n"
    assert _projects(text) == {("架空交流事業", 2024, 1_200_000, "架空振興課")}


def test_an_angle_bracket_after_the_amount_names_the_division() -> None:
    text = "主な事業\n◇架空バス運行事業 1,200千円〈架空交通課〉\n"
    assert _projects(text) == {("架空バス運行事業", 2024, 1_200_000, "架空交通課")}


def test_a_marked_line_with_an_amount_in_a_project_section_needs_no_project_ending() -> None:
    text = (
        "今年度の主な事業\n・架空防災倉庫の更新 620万円(架空総務課)\n"
        "・架空体育館の照明LED化 1,480万円\n"
    )
    assert _projects(text) == {
        ("架空防災倉庫の更新", 2024, 6_200_000, "架空総務課"),
        ("架空体育館の照明LED化", 2024, 14_800_000, None),
    }


def test_a_table_of_undertakings_with_budget_columns_gives_projects() -> None:
    text = (
        "| No. | 取組名 | 担当課 | 令和6年度決算見込額(千円) | 令和7年度当初予算額(千円) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 架空河川の護岸改修 | 架空土木課 | 5,000 | 7,500 |\n"
        "| 2 | 架空広場の芝生化 | 架空公園課 | ― | 2,200 |\n"
    )
    assert _projects(text) == {
        ("架空河川の護岸改修", 2024, 5_000_000, "架空土木課"),
        ("架空河川の護岸改修", 2025, 7_500_000, "架空土木課"),
        ("架空広場の芝生化", 2025, 2_200_000, "架空公園課"),
    }


def test_a_table_of_undertakings_without_budgets_gives_no_projects() -> None:
    text = (
        "| 取組名 | 担当課 | 進捗 |\n"
        "|---|---|---|\n"
        "| 架空河川の護岸改修 | 架空土木課 | 順調 |\n"
    )
    assert _projects(text) == set()


def test_a_bracket_after_the_budget_giving_another_years_amount_is_that_years_row() -> None:
    text = "事業名:架空交流事業\n予算額:1,500千円(令和5年度 1,200千円)\n担当課:架空振興課\n"
    assert _projects(text) == {
        ("架空交流事業", 2024, 1_500_000, "架空振興課"),
        ("架空交流事業", 2023, 1_200_000, "架空振興課"),
    }


def test_a_previous_year_bracket_after_the_budget_is_the_year_befores_row() -> None:
    text = "主な事業\n・架空清掃事業 900万円(前年度 850万円)〈架空環境課〉\n"
    assert _projects(text) == {
        ("架空清掃事業", 2024, 9_000_000, "架空環境課"),
        ("架空清掃事業", 2023, 8_500_000, "架空環境課"),
    }


def test_a_dash_in_the_budget_column_gives_no_row() -> None:
    text = (
        "事業名\t予算額(千円)\t担当課\n架空窓口改善事業\t―\t架空市民課\n"
        "架空防犯灯事業\t3,000\t架空安全課\n"
    )
    assert _projects(text) == {("架空防犯灯事業", 2024, 3_000_000, "架空安全課")}


def test_a_project_table_in_the_right_column_of_a_two_column_page() -> None:
    text = (
        "1 目的                                (単位:千円)\n"
        "架空川の水辺を生かし、市民の憩い    事業名          令和6年度 令和7年度\n"
        "の場をつくる。                      架空川遊歩道    12,000    8,000\n"
        "2 指標                              整備事業(架空\n"
        "指標名   現状値  目標値             公園課)\n"
        "来訪者数 1,200   2,000              架空水辺清掃    ―        450\n"
        "                                    事業(架空環境課)\n"
        "3 評価                              4 今後の方向性\n"
    )
    assert _projects(text) == {
        ("架空川遊歩道整備事業", 2024, 12_000_000, "架空公園課"),
        ("架空川遊歩道整備事業", 2025, 8_000_000, "架空公園課"),
        ("架空水辺清掃事業", 2025, 450_000, "架空環境課"),
    }


def test_a_record_under_a_line_does_not_run_into_the_next_numbered_section() -> None:
    text = (
        "1 体制\n"
        "  架空整備課\n"
        "  部の職員数 88人\n"
        "2 予算\n"
        "  一般会計 1,234,567千円\n"
    )
    assert _projects(text) == set()


def test_accounts_totals_and_shares_in_a_project_section_are_no_projects() -> None:
    text = (
        "今年度の主な事業\n・一般会計 58億円\n・架空事業特別会計 12億円\n・合計 70億円\n"
        "・うち新規事業分 3億円\n・人件費 2億円\n・町民1人当たり 53万円\n"
    )
    assert _projects(text) == set()


def test_a_unit_bracket_closing_a_name_before_its_leader_and_amount_is_the_division() -> None:
    text = "主な事業\n・架空橋補修事業(架空道路課)……1,234万円\n"
    assert _projects(text) == {("架空橋補修事業", 2024, 12_340_000, "架空道路課")}


def test_a_unit_bracket_closing_a_name_over_its_record_is_the_division() -> None:
    text = "主な事業\n架空橋補修事業〔架空道路課〕\n　事業費:R7 1,000千円 R8 1,500千円\n"
    assert _projects(text) == {
        ("架空橋補修事業", 2025, 1_000_000, "架空道路課"),
        ("架空橋補修事業", 2026, 1_500_000, "架空道路課"),
    }


def test_fields_set_apart_by_slashes_on_one_line_make_a_record() -> None:
    text = "事業名:架空橋補修事業/担当:架空道路課/事業費:令和7年度 900千円、令和8年度 1,100千円\n"
    assert _projects(text) == {
        ("架空橋補修事業", 2025, 900_000, "架空道路課"),
        ("架空橋補修事業", 2026, 1_100_000, "架空道路課"),
    }


def test_amounts_by_year_on_the_names_line_give_a_row_per_year() -> None:
    text = "(単位:千円)\n・架空橋補修事業 R7: 1,000 / R8: 1,200 (架空道路課)\n"
    assert _projects(text) == {
        ("架空橋補修事業", 2025, 1_000_000, "架空道路課"),
        ("架空橋補修事業", 2026, 1_200_000, "架空道路課"),
    }


def test_year_labels_read_as_fields_under_a_name_key_its_amounts() -> None:
    text = (
        "主な事業\n○架空橋補修事業\n　令和7年度:1,000千円、令和8年度:1,200千円\n"
        "　担当:架空道路課\n"
    )
    assert _projects(text) == {
        ("架空橋補修事業", 2025, 1_000_000, "架空道路課"),
        ("架空橋補修事業", 2026, 1_200_000, "架空道路課"),
    }


def test_an_amount_between_the_name_and_its_attribute_bracket_is_the_budget() -> None:
    text = (
        "■今年度の主な取組\n"
        "（１）架空橋りょう点検事業　2,450万円（担当課：架空土木課）\n"
        "（２）架空図書館システム更新事業 1億300万円 (担当：架空生涯学習課)\n"
    )
    assert _projects(text) == {
        ("架空橋りょう点検事業", 2024, 24_500_000, "架空土木課"),
        ("架空図書館システム更新事業", 2024, 103_000_000, "架空生涯学習課"),
    }


def test_an_amount_inside_the_name_without_a_space_stays_in_the_name() -> None:
    text = "・架空300万円奨励金事業（担当課：架空振興課）\n"
    assert {(p[0], p[2]) for p in _projects(text)} <= {("架空300万円奨励金事業", None)}


def test_a_unit_label_run_into_a_unit_fields_value_splits_department_and_division() -> None:
    text = "事業名：架空花壇整備事業\n担当部局：架空緑化部担当課架空みどり課\n予算額：1,200千円\n"
    assert _projects(text) == {("架空花壇整備事業", 2024, 1_200_000, "架空みどり課")}


def test_a_cost_row_with_a_dash_for_a_year_gives_the_other_years() -> None:
    text = (
        "事務事業名 架空読書推進事業\n"
        "所管課 架空図書課\n"
        "【事業費】（単位：千円）\n"
        "区分 令和4年度決算 令和5年度決算 令和6年度予算\n"
        "事業費 ― 1,300 1,450\n"
    )
    assert _projects(text) == {
        ("架空読書推進事業", 2023, 1_300_000, "架空図書課"),
        ("架空読書推進事業", 2024, 1_450_000, "架空図書課"),
    }


def test_a_dated_budget_label_before_the_amount_dates_the_project() -> None:
    text = (
        "２　主な事務事業\n"
        "○架空図書館移動車運行事業（架空図書課）　令和4年度決算額：2,340千円\n"
        "1. 架空読み聞かせ推進事業 (架空図書課) 令和4年度予算額 980千円\n"
    )
    assert _projects(text) == {
        ("架空図書館移動車運行事業", 2022, 2_340_000, "架空図書課"),
        ("架空読み聞かせ推進事業", 2022, 980_000, "架空図書課"),
    }


def test_a_budget_field_naming_a_project_gives_that_project_not_the_line_above() -> None:
    text = (
        "(2) 公園をもっと身近に\n"
        "担当：架空公園課\n"
        "予算：架空遊具更新事業（令和6年度） 1,200千円\n"
        "進捗：順調\n"
    )
    assert _projects(text) == {("架空遊具更新事業", 2024, 1_200_000, "架空公園課")}


def test_a_budget_field_naming_no_project_leaves_the_line_above_as_the_name() -> None:
    text = "■架空遊具更新事業\n担当：架空公園課\n予算：一般会計 1,200千円\n"
    assert {p[0] for p in _projects(text)} == {"架空遊具更新事業"}


def test_a_project_reviewed_last_year_takes_the_year_of_its_budget_record() -> None:
    text = (
        "１ 令和5年度の振り返り\n"
        "事業名\t評価\t課題\n"
        "架空水路改修事業\tB\t工期の遅れ\n"
        "\n"
        "２ 令和6年度の主な事業\n"
        "事業名：架空水路改修事業\n"
        "予算額：5,000千円\n"
        "担当課：架空土木課\n"
    )
    assert _projects(text) == {("架空水路改修事業", 2024, 5_000_000, "架空土木課")}


def test_a_budget_field_under_a_project_line_keeps_the_line_as_the_name() -> None:
    text = "◇架空水門改修事業\n担当：架空河川課\n予算：架空水門改修事業費 3,000千円\n"
    assert _projects(text) == {("架空水門改修事業", 2024, 3_000_000, "架空河川課")}


def test_a_remark_on_what_a_project_covers_is_no_part_of_its_name() -> None:
    text = (
        "■主な事業\n・架空広場整備事業（旧駐輪場の撤去を含む） 4,200万円\n"
        "・（仮称）架空交流館建設事業 1億2,300万円\n"
    )
    assert _projects(text) == {
        ("架空広場整備事業", 2024, 42_000_000, None),
        ("(仮称)架空交流館建設事業", 2024, 123_000_000, None),
    }


def test_a_cost_table_whose_header_skips_the_row_label_column_dates_each_figure() -> None:
    text = (
        "事業名：星見台案内事業\n"
        "担当課：天文振興課\n"
        "事業費（単位：千円）\n"
        "2022年度決算\t2023年度決算\t2024年度予算\n"
        "事業費\t1,200\t1,300\t1,400\n"
        "うち一般財源\t600\t650\t700\n"
    )
    assert _projects(text) == {
        ("星見台案内事業", 2022, 1_200_000, "天文振興課"),
        ("星見台案内事業", 2023, 1_300_000, "天文振興課"),
        ("星見台案内事業", 2024, 1_400_000, "天文振興課"),
    }


def test_items_nested_under_a_project_give_its_amount_by_year_and_its_unit() -> None:
    text = (
        "## 公約2 まちなか\n\n"
        "- 架空広場整備事業\n"
        "    - 2025年度：基本設計 1,200万円\n"
        "    - 2026年度：整備工事 2億5,000万円\n"
        "    - 担当：架空都市課\n"
        "- 架空交流事業\n"
        "    - 地域の団体と連携する\n"
    )
    assert _projects(text) == {
        ("架空広場整備事業", 2025, 12_000_000, "架空都市課"),
        ("架空広場整備事業", 2026, 250_000_000, "架空都市課"),
    }


def test_a_sentence_that_is_only_a_projects_entry_gives_its_amount_year_and_unit() -> None:
    text = (
        "公約1 子育て\n"
        "保育室を増やしました。架空保育室増設事業 3,100万円（2025年度、架空保育課）。"
        "架空医療費助成事業 2026年度予算 4,800万円（架空こども課）。\n"
    )
    assert _projects(text) == {
        ("架空保育室増設事業", 2025, 31_000_000, "架空保育課"),
        ("架空医療費助成事業", 2026, 48_000_000, "架空こども課"),
    }


def test_a_name_alone_on_a_row_with_its_figures_on_the_next_is_one_row() -> None:
    text = (
        "主要事業（単位：千円）\n"
        "番号  事業名                2025年度   2026年度   担当課\n"
        "1     架空交流事業          1,200      1,300      架空振興課\n"
        "2     架空文化ホール改修設計事業\n"
        "                            8,000      ―          架空文化課\n"
        "3     架空排水路整備事業    30,000     25,000     架空河川\n"
        "                                                  管理課\n"
        "※ 見込額です。\n"
    )
    assert _projects(text) == {
        ("架空交流事業", 2025, 1_200_000, "架空振興課"),
        ("架空交流事業", 2026, 1_300_000, "架空振興課"),
        ("架空文化ホール改修設計事業", 2025, 8_000_000, "架空文化課"),
        ("架空排水路整備事業", 2025, 30_000_000, "架空河川管理課"),
        ("架空排水路整備事業", 2026, 25_000_000, "架空河川管理課"),
    }


def test_a_space_table_cut_short_by_a_row_wrapped_after_its_name_reads_on() -> None:
    text = (
        "【主要事業】            （単位：千円）\n"
        "事業名                    2025年度  2026年度  担当課\n"
        "架空交流事業              1,200     1,300     架空振興課\n"
        "架空文化ホール改修設計事業\n"
        "                          8,000     ―         架空文化課\n"
        "架空排水路整備事業        30,000    25,000    架空河川管\n"
        "                                              理課\n"
        "※ 見込額です。\n"
    )
    assert _projects(text) == {
        ("架空交流事業", 2025, 1_200_000, "架空振興課"),
        ("架空交流事業", 2026, 1_300_000, "架空振興課"),
        ("架空文化ホール改修設計事業", 2025, 8_000_000, "架空文化課"),
        ("架空排水路整備事業", 2025, 30_000_000, "架空河川管理課"),
        ("架空排水路整備事業", 2026, 25_000_000, "架空河川管理課"),
    }


def test_a_caption_with_only_a_unit_note_in_brackets_is_no_project() -> None:
    text = (
        "第2章 重点事業と事業費見込（単位：千円）について\n\n"
        "市は重点事業と関連事業費（単位：千円）を毎年見直します。\n"
    )
    assert _projects(text) == set()


def test_an_incentive_grant_is_a_project_by_its_ending() -> None:
    text = (
        "■令和6年度の取組\n"
        "- 架空起業奨励金（予算額：850万円、担当：架空商工課）\n"
        "- 架空通勤奨励金（予算額：120万円、担当：架空企画課）\n"
    )
    assert _projects(text) == {
        ("架空起業奨励金", 2024, 8_500_000, "架空商工課"),
        ("架空通勤奨励金", 2024, 1_200_000, "架空企画課"),
    }


def test_a_sentence_stating_a_cost_is_no_project_entry() -> None:
    text = "施設整備の方針\n基本設計を行いました。概算事業費 12億円（2026年度〜2028年度）。\n"
    assert _projects(text) == set()


def test_a_line_without_figures_after_a_cut_space_table_is_no_row_of_it() -> None:
    text = (
        "【主要事業】            （単位：千円）\n"
        "事業名                    2025年度  2026年度  担当課\n"
        "架空交流事業              1,200     1,300     架空振興課\n"
        "架空文化ホール改修設計事業\n"
        "                          8,000     ―         架空文化課\n"
        "架空育成事業 継続 新規 架空振興課\n"
    )
    names = {name for name, _, _, _ in _projects(text)}
    assert names == {"架空交流事業", "架空文化ホール改修設計事業"}


def test_a_table_opening_with_a_row_of_figures_has_no_project_column() -> None:
    text = (
        "特別会計の内訳\n"
        "架空霊園事業 | 120,000 | 118,000 |\n"
        "架空駐車場事業 | 30,500 | 29,800 |\n"
    )
    assert _projects(text) == set()


def test_a_numbered_name_wrapped_onto_the_row_of_its_figures_is_one_row() -> None:
    text = (
        "No\t事業名\t2025年度決算額(千円)\t担当課\n"
        "1\t架空バス運行事業\t4,800\t架空交通課\n"
        "2\t架空高齢者移動支援事業\n"
        "\t（タクシー券交付を含む）\t3,100\t架空交通課\n"
    )
    assert _projects(text) == {
        ("架空バス運行事業", 2025, 4_800_000, "架空交通課"),
        ("架空高齢者移動支援事業", 2025, 3_100_000, "架空交通課"),
    }


def test_a_years_amount_line_over_a_unit_field_is_no_projects_name() -> None:
    text = (
        "## 3 重点事業\n"
        "- **架空ごみ減量推進事業**\n"
        "  - 2026年度：分別アプリ導入 1,800万円\n"
        "  - 担当：架空環境課\n"
    )
    assert _projects(text) == {("架空ごみ減量推進事業", 2026, 18_000_000, "架空環境課")}


def test_columns_labelled_by_consecutive_western_years_alone_are_year_columns() -> None:
    text = (
        "計画事業（単位：千円）\n"
        "| 事業名 | 2026 | 2027 | 担当課 |\n|---|---|---|---|\n"
        "| 架空バス再編事業 | 12,000 | 13,500 | 架空交通課 |\n"
        "| 架空道場改修事業 | 800 | ― | 架空体育課 |\n"
    )
    assert _projects(text) == {
        ("架空バス再編事業", 2026, 12_000_000, "架空交通課"),
        ("架空バス再編事業", 2027, 13_500_000, "架空交通課"),
        ("架空道場改修事業", 2026, 800_000, "架空体育課"),
    }


def test_a_lone_number_like_a_year_over_a_column_is_no_year() -> None:
    text = (
        "計画事業（単位：千円）\n"
        "| 事業名 | 2026 | 担当課 |\n|---|---|---|\n"
        "| 架空バス再編事業 | 12,000 | 架空交通課 |\n"
    )
    assert {year for _, year, _, _ in _projects(text, year=2024)} == {2024}


def test_a_sentence_giving_an_accounts_amount_and_its_change_is_no_project_entry() -> None:
    text = (
        "特別会計のあらまし\n"
        "保険料を見直しました。架空保険事業 30億円（前年度比2%減）。"
        "架空霊園事業 2億円（2025年度、架空環境課）。\n"
    )
    assert _projects(text) == {("架空霊園事業", 2025, 200_000_000, "架空環境課")}


def test_a_status_word_printed_last_on_a_project_line_is_dropped() -> None:
    text = (
        "主な事業\n(1) 架空水路改修事業　 980千円（架空土木課）　継続\n"
        "(2) 架空図書購入事業 1,500千円 拡充\n"
    )
    assert _projects(text) == {
        ("架空水路改修事業", 2024, 980_000, "架空土木課"),
        ("架空図書購入事業", 2024, 1_500_000, None),
    }


def test_a_year_before_the_budget_label_in_a_bracket_dates_the_amount() -> None:
    text = "主な事業\n◆架空桟橋補修事業（R7当初予算：2,340千円／担当：架空港湾課）\n"
    assert _projects(text) == {("架空桟橋補修事業", 2025, 2_340_000, "架空港湾課")}


def test_a_related_project_label_names_the_project_of_its_bullet_record() -> None:
    text = (
        "### 取組3 架空窓口の改善\n"
        "- 所管：架空部 架空窓口課\n"
        "- 関連事業：架空予約システム事業（令和6年度予算額 4,400千円）\n"
        "- 内容：予約を受け付けた。\n"
    )
    assert _projects(text) == {("架空予約システム事業", 2024, 4_400_000, "架空窓口課")}


def test_a_related_project_takes_the_amount_and_unit_of_neighbouring_bullets() -> None:
    text = (
        "3. 架空の推進\n  * 主な関連事業: 架空バス運行事業\n  * 予算: 1,200千円\n"
        "  * 担当課: 架空交通課\n\n  * 担当課: 架空総務課\n"
    )
    assert _projects(text) == {("架空バス運行事業", 2024, 1_200_000, "架空交通課")}


def test_a_cost_row_printed_as_a_line_of_figures_gives_each_years_amount() -> None:
    text = (
        "事務事業名 架空児童館運営事業\n部局名 架空部 課名 架空育成課\n"
        "2 事業費の推移\n区分 令和4年度決算 令和5年度決算 令和6年度予算 令和7年度見込\n"
        "事業費（千円） 1,420 2,815 3,300 －\nうち一般財源 780 913 880\n"
    )
    assert _projects(text, year=2023) == {
        ("架空児童館運営事業", 2022, 1_420_000, "架空育成課"),
        ("架空児童館運営事業", 2023, 2_815_000, "架空育成課"),
        ("架空児童館運営事業", 2024, 3_300_000, "架空育成課"),
    }


def test_years_in_the_first_row_under_a_spanning_budget_label_are_its_columns() -> None:
    text = (
        "主な事業\n事業名\t予算（千円）\t\t所管\n\tR6当初\tR5決算\t\n"
        "架空公園整備事業\t3,000\t2,500\t架空公園課\n架空水路補修事業\t1,200\t－\t架空土木課\n"
    )
    assert _projects(text) == {
        ("架空公園整備事業", 2024, 3_000_000, "架空公園課"),
        ("架空公園整備事業", 2023, 2_500_000, "架空公園課"),
        ("架空水路補修事業", 2024, 1_200_000, "架空土木課"),
    }


def test_a_unit_bracket_after_a_terms_labelled_amount_names_the_division() -> None:
    text = "主な事業\n架空清掃事業：予算額：1,200千円（架空環境課）　ごみを集めます\n"
    assert _projects(text) == {("架空清掃事業", 2024, 1_200_000, "架空環境課")}


def test_a_definition_list_entry_with_a_unit_bracket_after_its_amount() -> None:
    from loaders.text.document_text import extract_main_text

    html = (
        "<!DOCTYPE html><html><body><main><h2>職員の育成</h2><dl><dt>架空研修事業</dt>"
        "<dd>予算額：令和6年度 560万円（架空人事課）<br>研修を行います。</dd></dl>"
        "</main></body></html>"
    )
    assert _projects(extract_main_text(html)) == {("架空研修事業", 2024, 5_600_000, "架空人事課")}


def test_a_header_label_wrapped_onto_its_own_line_keeps_the_single_space_table() -> None:
    text = (
        "主要事業（単位：千円）\n事業名 担当課 令和6年度決算 令和7年度予算 区分\n・継続\n"
        "架空林道補修事業 架空林務課 5,400 6,100 継続\n架空苗木配布事業 架空林務課 － 800 新規\n"
    )
    assert _projects(text, year=2025) == {
        ("架空林道補修事業", 2024, 5_400_000, "架空林務課"),
        ("架空林道補修事業", 2025, 6_100_000, "架空林務課"),
        ("架空苗木配布事業", 2025, 800_000, "架空林務課"),
    }


def test_year_columns_naming_a_target_are_no_amounts_of_a_single_space_table() -> None:
    text = (
        "主要事業\n事業名 担当課 R6目標 R7目標\n"
        "架空林道補修事業 架空林務課 12 15\n"
    )
    assert {row[2] for row in _projects(text, year=2025)} == {None}


def test_a_cell_wrapped_below_its_row_does_not_end_a_single_space_table() -> None:
    text = (
        "（単位：万円）\n事業名 担当課 2024年度 2025年度 財源\n"
        "架空庁舎補強事業 架空総務課 120 340 架空防災・減\n災事業債\n"
        "架空校舎改修事業 架空教育課 － 90 一般財源\n"
    )
    assert _projects(text) == {
        ("架空庁舎補強事業", 2024, 1_200_000, "架空総務課"),
        ("架空庁舎補強事業", 2025, 3_400_000, "架空総務課"),
        ("架空校舎改修事業", 2025, 900_000, "架空教育課"),
    }


def test_a_budget_label_with_its_unit_in_a_caption_bracket_states_the_tables_unit() -> None:
    text = (
        "重点事業（事業費：百万円）\n| 重点事業 | R6 | R7 | 担当課 |\n|---|---|---|---|\n"
        "| 架空センター整備事業 | 412.0 | 958.5 | 架空危機管理課 |\n"
        "| 架空プラザ改修事業 | 0.0 | 36.2 | 架空資源課 |\n"
    )
    assert _projects(text) == {
        ("架空センター整備事業", 2024, 412_000_000, "架空危機管理課"),
        ("架空センター整備事業", 2025, 958_500_000, "架空危機管理課"),
        ("架空プラザ改修事業", 2025, 36_200_000, "架空資源課"),
    }


def test_budget_labels_each_naming_a_year_give_the_project_each_years_amount() -> None:
    text = (
        "主な事業\n"
        "・架空庁舎改修事業（R6予算：1億1,800万円、R7予算：14億2,000万円／担当：架空管財課）\n"
    )
    assert _projects(text) == {
        ("架空庁舎改修事業", 2024, 118_000_000, "架空管財課"),
        ("架空庁舎改修事業", 2025, 1_420_000_000, "架空管財課"),
    }
    text = "主な事業\n架空庁舎改修事業（令和6年度予算額 1,800千円；令和7年度予算額 2,000千円）\n"
    assert _projects(text) == {
        ("架空庁舎改修事業", 2024, 1_800_000, None),
        ("架空庁舎改修事業", 2025, 2_000_000, None),
    }


def test_year_columns_with_a_stage_word_and_no_budget_label_give_each_years_amount() -> None:
    text = (
        "主要事業（単位：千円）\n事業名\t担当課\tR7当初\tR6当初\n"
        "架空公園整備事業\t架空公園課\t3,000\t2,500\n架空水路補修事業\t架空土木課\t1,200\t―\n"
    )
    assert _projects(text) == {
        ("架空公園整備事業", 2025, 3_000_000, "架空公園課"),
        ("架空公園整備事業", 2024, 2_500_000, "架空公園課"),
        ("架空水路補修事業", 2025, 1_200_000, "架空土木課"),
    }


def test_stage_word_year_columns_in_a_pipe_table_under_a_unit_line() -> None:
    text = (
        "## 主要事業\n\n単位：百万円\n\n| 事業名 | 令和7年度当初 | 令和6年度決算 |\n|---|---|---|\n"
        "| 架空港湾整備事業 | 12 | 9 |\n"
    )
    assert _projects(text) == {
        ("架空港湾整備事業", 2025, 12_000_000, None),
        ("架空港湾整備事業", 2024, 9_000_000, None),
    }


def test_indicator_year_columns_beside_a_project_name_give_no_amounts() -> None:
    text = "事業名\tR6実績\tR7目標\n架空健診事業\t1,200\t1,500\n"
    assert {row[2] for row in _projects(text)} == {None}


def test_a_note_marked_account_remark_after_a_name_is_no_part_of_it() -> None:
    text = "【事業名】架空霊園管理事業 ※霊園事業特別会計\n【予算額】12,000千円\n"
    assert _projects(text) == {("架空霊園管理事業", 2024, 12_000_000, None)}


def test_a_note_marked_remark_in_a_table_name_cell_is_dropped() -> None:
    text = "事業名\t予算額（千円）\t担当課\n架空検診事業 ※国保特別会計\t4,500\t架空保険課\n"
    assert _projects(text) == {("架空検診事業", 2024, 4_500_000, "架空保険課")}


def test_budget_fields_whose_labels_name_two_years_give_a_row_each() -> None:
    text = (
        "【事業名】架空巡回バス運行事業\n【所管】架空交通課\n"
        "【決算額（令和5年度）】3,120千円　【予算額（令和6年度）】3,480千円\n"
    )
    assert _projects(text, year=2023) == {
        ("架空巡回バス運行事業", 2023, 3_120_000, "架空交通課"),
        ("架空巡回バス運行事業", 2024, 3_480_000, "架空交通課"),
    }


def test_colon_budget_fields_naming_their_years_give_a_row_each_but_a_dash_none() -> None:
    text = (
        "事業名：架空防犯灯設置事業\n担当課：架空安全課\n"
        "決算額（令和4年度）：1,200千円\n予算額（令和5年度）：1,500千円\n予算額（令和6年度）：―\n"
    )
    assert _projects(text, year=2023) == {
        ("架空防犯灯設置事業", 2022, 1_200_000, "架空安全課"),
        ("架空防犯灯設置事業", 2023, 1_500_000, "架空安全課"),
    }


def test_years_nested_under_a_listed_project_give_a_row_each_with_notes() -> None:
    text = (
        "主な取組\n・関連事業：架空給食支援事業\n"
        "　・令和6年度予算　1億4,000万円（第2子以降）\n　・令和7年度予算　2億1,000万円（全員）\n"
        "・所管：架空給食課\n"
    )
    assert _projects(text) == {
        ("架空給食支援事業", 2024, 140_000_000, "架空給食課"),
        ("架空給食支援事業", 2025, 210_000_000, "架空給食課"),
    }


def test_years_nested_in_a_markdown_list_under_a_labelled_project() -> None:
    text = (
        "## 主な取組\n\n- 所管：架空公園課\n- 関連事業：架空遊具更新事業\n"
        "  - 令和6年度 3,200万円\n  - 令和7年度 4,100万円（設計含む）\n"
    )
    assert _projects(text) == {
        ("架空遊具更新事業", 2024, 32_000_000, "架空公園課"),
        ("架空遊具更新事業", 2025, 41_000_000, "架空公園課"),
    }


def test_a_description_naming_another_years_share_gives_that_years_amount() -> None:
    text = (
        "【基本目標2】\n・架空無線更新事業　2億650万円（架空総務課）\n"
        "　令和8年度までの2か年で更新します（令和8年度分は1億8,000万円を見込んでいます）。\n"
    )
    assert _projects(text, year=2025) == {
        ("架空無線更新事業", 2025, 206_500_000, "架空総務課"),
        ("架空無線更新事業", 2026, 180_000_000, "架空総務課"),
    }


def test_a_numbered_project_line_with_a_years_share_sentence_under_it() -> None:
    text = (
        "主な事業\n(1) 架空庁舎改修事業 12,000千円\n"
        "継続事業（2か年）で、令和7年度分として8,000千円を計上予定。\n"
    )
    assert ("架空庁舎改修事業", 2025, 8_000_000, None) in _projects(text)


def test_a_years_amount_that_is_not_its_share_gives_no_row() -> None:
    text = (
        "主な事業\n・架空橋補修事業　5,000万円（架空道路課）\n"
        "　令和8年度には総事業費3億円のうち1億円を予定。\n"
    )
    assert {row[1] for row in _projects(text)} == {2024}


def test_a_sheet_cost_rows_label_states_the_unit_of_its_year_cells() -> None:
    text = (
        "事業名：架空図書室運営事業\n"
        "所管課：架空文化課\n"
        "\n"
        "| 項目 | 令和3年度決算 | 令和4年度予算 |\n"
        "| --- | --- | --- |\n"
        "| 事業費（千円） | 4,250 | 4,600 |\n"
        "| うち国庫支出金（千円） | 1,000 | 1,100 |\n"
    )
    assert _projects(text) == {
        ("架空図書室運営事業", 2021, 4_250_000, "架空文化課"),
        ("架空図書室運営事業", 2022, 4_600_000, "架空文化課"),
    }


def test_a_year_column_whose_stage_word_is_a_longer_budget_label_is_a_year_column() -> None:
    text = (
        "◆事業名　架空公園清掃事業\n"
        "◆担当課　架空緑地課\n"
        "\n"
        "事業費\n"
        "| 区分 | 令和4年度決算額 | 令和5年度当初予算額 |\n"
        "| --- | --- | --- |\n"
        "| 事業費（千円） | 2,100 | 2,300 |\n"
    )
    assert _projects(text) == {
        ("架空公園清掃事業", 2022, 2_100_000, "架空緑地課"),
        ("架空公園清掃事業", 2023, 2_300_000, "架空緑地課"),
    }


def test_plain_lines_each_a_year_and_an_amount_under_a_project_give_its_amounts_by_year() -> None:
    text = (
        "整備予定\n"
        "○架空体育館改修事業（架空スポーツ課）\n"
        "　　令和9年度　3,000万円\n"
        "　　令和10年度　1億円（工事）\n"
        "○架空図書館移転事業（架空文化課）\n"
        "　　令和9年度　500万円\n"
    )
    assert _projects(text) == {
        ("架空体育館改修事業", 2027, 30_000_000, "架空スポーツ課"),
        ("架空体育館改修事業", 2028, 100_000_000, "架空スポーツ課"),
        ("架空図書館移転事業", 2027, 5_000_000, "架空文化課"),
    }


def test_a_project_allotted_an_amount_in_running_text_with_its_unit_after() -> None:
    text = (
        "## 今年度の主な取組\n"
        "\n"
        "駅前の花壇を整える架空花壇整備事業に320万円を充てます。担当は架空公園課です。\n"
        "\n"
        "地域の交流を深めるため、「架空ふるさと便事業」\n"
        "に80万円を計上しました。（所管：架空交流課）\n"
    )
    assert _projects(text) == {
        ("架空花壇整備事業", 2024, 3_200_000, "架空公園課"),
        ("架空ふるさと便事業", 2024, 800_000, "架空交流課"),
    }


def test_a_name_with_one_years_amount_and_the_unit_in_charge_closing_the_line() -> None:
    text = "重点の取組\n1. 架空図書館改修事業　令和8年度　2億3,000万円（架空文化課）\n"
    assert _projects(text) == {("架空図書館改修事業", 2026, 230_000_000, "架空文化課")}


def test_a_project_label_run_into_a_line_is_no_part_of_the_name() -> None:
    text = (
        "公約の進み具合\n"
        "・主な事業：架空遊歩道整備事業 R7: 1,200万円 / R8: 3,000万円（架空公園課）\n"
    )
    assert _projects(text) == {
        ("架空遊歩道整備事業", 2025, 12_000_000, "架空公園課"),
        ("架空遊歩道整備事業", 2026, 30_000_000, "架空公園課"),
    }


def test_a_project_field_holding_a_name_and_its_amount_dated_by_the_label() -> None:
    text = (
        "目標1 子育て\n"
        "事業名（令和8年度当初）：架空子育て広場運営事業 12,300千円\n"
        "所管課：架空こども課\n"
    )
    assert _projects(text) == {("架空子育て広場運営事業", 2026, 12_300_000, "架空こども課")}


def test_a_budget_field_under_a_pledge_naming_a_project_with_dated_amounts() -> None:
    text = (
        "■ 駅前に花時計をつくる\n"
        "【進み具合】順調\n"
        "【関連予算】架空花時計設置事業　R7 900万円 ／ R8 1,500万円（架空公園課）\n"
    )
    assert _projects(text) == {
        ("架空花時計設置事業", 2025, 9_000_000, "架空公園課"),
        ("架空花時計設置事業", 2026, 15_000_000, "架空公園課"),
    }


def test_a_zero_in_a_years_table_is_no_row_for_that_year() -> None:
    text = (
        "■令和7年度\n事業名\t事業費（千円）\t担当課\n架空公園整備事業\t4000\t架空公園課\n\n"
        "■令和8年度\n事業名\t事業費（千円）\t担当課\n架空公園整備事業\t0\t架空公園課\n"
    )
    assert _projects(text) == {("架空公園整備事業", 2025, 4_000_000, "架空公園課")}


def test_a_unit_note_row_over_a_sheets_header_states_its_amounts_unit() -> None:
    text = (
        "\t\t\t（単位：万円）\n"
        "事業名\t2026年度事業費\t2027年度事業費\t所管課\n"
        "架空図書館改修事業\t1,200\t300\t架空文化課\n"
    )
    assert _projects(text) == {
        ("架空図書館改修事業", 2026, 12_000_000, "架空文化課"),
        ("架空図書館改修事業", 2027, 3_000_000, "架空文化課"),
    }


def test_a_table_whose_cells_ran_together_gives_each_projects_years() -> None:
    text = (
        "主要事業の計画（単位：百万円）\n"
        "事業名称担当令和8年度令和9年度\n"
        "架空橋補修事業架空道路課1.522.0\n"
        "架空公園整備事業架空公園課-3.5\n"
    )
    assert _projects(text) == {
        ("架空橋補修事業", 2026, 1_500_000, "架空道路課"),
        ("架空橋補修事業", 2027, 22_000_000, "架空道路課"),
        ("架空公園整備事業", 2027, 3_500_000, "架空公園課"),
    }


def test_run_together_amounts_under_a_sheets_project_field_are_that_projects() -> None:
    text = (
        "事業名：架空見守り事業\n"
        "担当課 架空福祉部 架空福祉課 係長 山川\n"
        "予算の推移（単位：円）\n"
        "項目R5決算R6予算\n"
        "事業費1,234,5672,000,000\n"
    )
    assert _projects(text) >= {
        ("架空見守り事業", 2023, 1_234_567, "架空福祉課"),
        ("架空見守り事業", 2024, 2_000_000, "架空福祉課"),
    }


def test_a_column_of_hierarchy_levels_gives_its_project_level_rows() -> None:
    text = (
        "番号\t政策・施策・事業\t予算額（千円）\t担当課\n"
        "1\t架空のまちづくり\t\t\n"
        "1-1\t架空の交通対策\t\t\n"
        "\t架空バス運行事業\t5,000\t架空交通課\n"
    )
    assert _projects(text) == {("架空バス運行事業", 2024, 5_000_000, "架空交通課")}


def test_a_year_column_labelled_by_a_budget_word_and_its_stage_holds_amounts() -> None:
    text = (
        "（単位：千円）\n"
        "事業名\t令和8年度 事業費見込\t令和9年度 事業費見込\n"
        "架空水路改修事業\t1,000\t2,000\n"
    )
    assert _projects(text) == {
        ("架空水路改修事業", 2026, 1_000_000, None),
        ("架空水路改修事業", 2027, 2_000_000, None),
    }


def test_a_division_cell_naming_department_slash_division_gives_the_division() -> None:
    text = "事業名\t予算額（千円）\t担当部・課\n架空緑化事業\t900\t架空環境部／架空緑化課\n"
    assert _projects(text) == {("架空緑化事業", 2024, 900_000, "架空緑化課")}


def test_a_field_value_wrapped_onto_an_indented_line_keeps_the_record_together() -> None:
    text = (
        "事業名：架空図書配送事業\n"
        "位置付け：基本目標２　学びのまち\n"
        "　　　　　施策２-１　読書の推進\n"
        "担当課：架空図書課\n"
        "予算額：1,500千円\n"
    )
    assert _projects(text) == {("架空図書配送事業", 2024, 1_500_000, "架空図書課")}


def test_project_block_with_a_wrapped_description_reads_its_amounts_by_year() -> None:
    # PDF text of a plan's sheet: a description wrapped between the name and the later
    # fields, the amounts line continued under its label
    text = (
        "事業名：架空広場改修事業\n"
        "内容　　老朽化した遊具を更新し、あわせて園路の段差を\n"
        "　　　　解消する。\n"
        "担当所属：架空公園課\n"
        "計画額　令和8年度 4,500千円　令和9年度 3,000千円\n"
        "（千円）令和10年度 1,000千円\n"
        "\n"
        "事業名：架空橋補修事業\n"
        "担当所属：架空道路課\n"
        "計画額　令和8年度 800千円\n"
    )
    rows = _projects(text)
    assert {r for r in rows if r[0] == "架空広場改修事業"} == {
        ("架空広場改修事業", 2026, 4_500_000, "架空公園課"),
        ("架空広場改修事業", 2027, 3_000_000, "架空公園課"),
        ("架空広場改修事業", 2028, 1_000_000, "架空公園課"),
    }
    assert not any(r[0].startswith("内容") for r in rows)


def test_unit_in_charge_above_the_project_field_past_an_unknown_label() -> None:
    # facilities' sheets: the 所管課 printed first, a line of an unknown label between it
    # and the project's own fields; each sheet's unit is its own project's
    text = (
        "〔施設〕架空集会所\n"
        "◆所管課：架空地域課\n"
        "◆改修の内容：屋根の葺替え\n"
        "◆事業名：架空集会所改修事業\n"
        "◆概算事業費：令和9年度 6,200千円\n"
        "\n"
        "〔施設〕架空倉庫\n"
        "◆所管課：架空管財課\n"
        "◆改修の内容：除却\n"
        "◆事業名：架空倉庫除却事業\n"
        "◆概算事業費：令和10年度 1,100千円\n"
    )
    assert _projects(text) == {
        ("架空集会所改修事業", 2027, 6_200_000, "架空地域課"),
        ("架空倉庫除却事業", 2028, 1_100_000, "架空管財課"),
    }


def test_term_with_labelled_descriptions_reads_each_years_budget() -> None:
    # a definition list as text: the term (the project), then one labelled description a
    # line, the budget line naming two years
    text = (
        "架空遊歩道整備事業：所管課：架空公園課\n"
        "内容：園路を舗装し、案内板を更新する。\n"
        "決算額：令和5年度 2,100千円 ／ 予算額：令和6年度 2,400千円\n"
        "評価：B\n"
        "架空案内所運営事業：所管課：架空観光課\n"
        "内容：駅前の案内所を運営する。\n"
        "決算額：令和5年度 800千円 ／ 予算額：令和6年度 900千円\n"
    )
    assert _projects(text) == {
        ("架空遊歩道整備事業", 2023, 2_100_000, "架空公園課"),
        ("架空遊歩道整備事業", 2024, 2_400_000, "架空公園課"),
        ("架空案内所運営事業", 2023, 800_000, "架空観光課"),
        ("架空案内所運営事業", 2024, 900_000, "架空観光課"),
    }


def test_project_code_column_before_the_name_column_is_no_name() -> None:
    # 「事業コード」 heads the codes a list files its projects under; the names stand in
    # the column after it
    text = (
        "事業コード\t事務事業名\t担当課\t予算額(千円)\n"
        "A-101\t架空水辺清掃事業\t架空環境課\t1,250\n"
        "A-102\t架空花壇管理事業\t架空公園課\t2,300\n"
    )
    assert _projects(text) == {
        ("架空水辺清掃事業", 2024, 1_250_000, "架空環境課"),
        ("架空花壇管理事業", 2024, 2_300_000, "架空公園課"),
    }


def test_required_amount_column_is_the_projects_budget() -> None:
    # 「所要額」: what a plan needs for a project in its year, its amount
    text = (
        "(単位:千円)\n"
        "事業名\t所要額\t内容\n"
        "架空公民館改修事業\t8,400\t屋根の改修\n"
    )
    assert _projects(text) == {("架空公民館改修事業", 2024, 8_400_000, None)}


def test_unit_in_charge_in_a_bracket_of_a_heading_above_leads_the_nested_project() -> None:
    # a numbered hierarchy: the unit a measure's heading names in its bracket is in charge
    # of the project nested under it; the next measure names its own
    text = (
        "第1 水辺の安全\n"
        "　1 河川の維持（担当課：架空河川課）\n"
        "　　(1) 架空浚渫事業　予算計上額 2,000千円\n"
        "　2 海岸の保全（担当課：架空港湾課）\n"
        "　　(1) 架空護岸補修事業　予算計上額 3,500千円\n"
    )
    assert _projects(text) == {
        ("架空浚渫事業", 2024, 2_000_000, "架空河川課"),
        ("架空護岸補修事業", 2024, 3_500_000, "架空港湾課"),
    }


def test_budget_label_between_name_and_amount_is_no_part_of_the_name() -> None:
    # 「予算計上額」: the amount budgeted for the project, printed between name and amount
    text = "■主な取組\n・架空清掃事業　予算計上額 1,420千円\n"
    assert _projects(text) == {("架空清掃事業", 2024, 1_420_000, None)}
