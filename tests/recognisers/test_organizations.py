"""Organisations: a unit counts where it stands as a unit, and its parent comes from the
layout (a chain, a breadcrumb, a record's fields, the heading it sits under), never a guess."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.genres.units import split_unit_chain
from loaders.parse import parse_document


def _facts(text: str) -> DocumentFacts:
    return parse_document(
        text, file="units.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip


def _parents(text: str) -> dict[str, str | None]:
    return {o.name: o.parent for o in _facts(text).organizations}


def test_units_of_a_heading_written_apart_form_a_chain() -> None:
    parents = _parents("若葉総合事務所 県土整備局 道路管理課の工程表\n\n組織目標\n")
    assert parents == {
        "若葉総合事務所": None,
        "県土整備局": "若葉総合事務所",
        "道路管理課": "県土整備局",
    }


def test_breadcrumb_gives_the_division_its_department() -> None:
    parents = _parents("現在地 トップ > 組織でさがす > 地域振興部 > 地域振興課 > 経営目標\n")
    assert parents == {"地域振興部": None, "地域振興課": "地域振興部"}


def test_units_written_together_give_each_its_parent() -> None:
    parents = _parents("[問い合わせ] 財務部財務課 Email:zaimu@example.jp\n")
    assert parents == {"財務部": None, "財務課": "財務部"}


def test_cells_of_a_row_naming_department_then_division_form_a_chain() -> None:
    parents = _parents("電子申請の導入 総務部 文書課 完了 1\n")
    assert parents["文書課"] == "総務部"


def test_units_of_one_rank_side_by_side_are_not_a_chain() -> None:
    parents = _parents("担当課 資産活用課 施設課 財務課\n")
    assert parents == {"資産活用課": None, "施設課": None, "財務課": None}


def test_run_together_labelled_fields_give_department_and_division() -> None:
    parents = _parents("事務事業名広報推進事業部局名企画部課(室)名政策調整課基本目標01市政の推進\n")
    assert parents == {"企画部": None, "政策調整課": "企画部"}


def test_division_field_under_a_heading_naming_a_department_is_its_division() -> None:
    parents = _parents("環境部 令和5年度当初予算の概要\n担 当:環境総務課\n担当者:山田\n")
    assert parents == {"環境部": None, "環境総務課": "環境部"}


def test_units_named_in_a_note_are_not_units_of_the_document() -> None:
    text = "職員数の状況\n\n(注1) 一般行政部門には、選挙管理委員会事務局、監査委員事務局を含む。\n"
    assert _parents(text) == {}


def test_unit_inside_a_longer_noun_is_no_unit() -> None:
    text = "区分\t事業名\t備考\n1\t庁用管理事業\t職員互助組合負担金を精査し、その一部を減額\n"
    assert "職員互助組合" not in _parents(text)


def test_unit_inside_the_name_of_a_thing_is_no_unit() -> None:
    text = "コード\t成果指標\t目標\n101\t青葉推進協議会の設置\t設置\n"
    assert "青葉推進協議会" not in _parents(text)


def test_unit_standing_in_a_sentence_is_a_unit() -> None:
    text = "要支援児童対策地域協議会を運営し、関係機関との連携を図ります。\n"
    assert "要支援児童対策地域協議会" in _parents(text)


def test_department_printed_with_spaced_out_characters_is_one_unit() -> None:
    text = "区 分\n\n職員数\n\n総 務 部\n\n120\n\n企画部\n\n30\n\n小 計\n\n150\n"
    assert _parents(text) == {"総務部": None, "企画部": None}


def test_counter_word_after_a_number_does_not_start_a_unit() -> None:
    assert _parents("令和5年度部長マニフェスト 取組\n") == {}


def test_unit_the_tokenizer_splits_inside_its_modifier_is_found() -> None:
    assert "市民部" in _parents("各部の運営方針\n\n市民部\n● 窓口サービスを向上します。\n")


def test_units_of_a_department_page_are_the_departments_named_in_its_title() -> None:
    text = (
        "令和6年度 星見局の運営方針\n\n組織構成\n"
        "課名\t職員\t合計\n天文企画課\t3\t3\n観測課\t4\t4\n"
    )
    parents = _parents(text)
    assert parents["天文企画課"] == "星見局"
    assert parents["観測課"] == "星見局"


def test_a_holders_name_glued_to_the_unit_of_a_post_is_dropped() -> None:
    text = "令和6年度 星見局の運営方針\n\n星見局長\n\n川上一郎星見局長\n\nご挨拶します。\n"
    parents = _parents(text)
    assert set(parents) == {"星見局"}


def test_a_unit_field_in_a_form_row_lists_its_units() -> None:
    text = (
        "取組項目(中項目)\t1 雲の観測\t担当課\t●天文企画課 第二観測センター\n"
        "実施項目\t雨量の計測\t\t\n"
    )
    assert {"天文企画課", "第二観測センター"} <= set(_parents(text))


def test_a_sentence_saying_what_a_unit_consists_of_gives_its_members_their_parent() -> None:
    parents = _parents(
        "令和6年度 事業概要\n\n組織\n"
        "　潮風部は、港湾課、漁業課の2課と、出先機関の潮風センターで構成しています。"
        "港湾課には管理係と整備係を置いています。\n"
    )
    assert parents["港湾課"] == "潮風部"
    assert parents["漁業課"] == "潮風部"
    assert parents["潮風センター"] == "潮風部"
    assert parents["管理係"] == "港湾課"
    assert parents["整備係"] == "港湾課"


def test_units_in_brackets_after_a_unit_are_that_units() -> None:
    parents = _parents("組織\n\n　灯台部は、航路課（標識係・観測係）で構成しています。\n")
    assert parents["標識係"] == "航路課"
    assert parents["観測係"] == "航路課"


def test_a_section_cell_after_a_division_cell_of_one_row_is_that_divisions() -> None:
    parents = _parents(
        "組織と職員数\n\n課名\t係名\t職員\n港湾課\t管理係、整備係\t12\n漁業課\t振興係\t8\n"
    )
    assert parents["管理係"] == "港湾課"
    assert parents["振興係"] == "漁業課"


def test_a_contact_value_written_apart_is_one_chain() -> None:
    parents = _parents("灯台の保存について\n\n問い合わせ：灯台部 航路課 標識係\n")
    assert parents == {"灯台部": None, "航路課": "灯台部", "標識係": "航路課"}


def test_a_department_field_then_a_division_field_are_one_record() -> None:
    parents = _parents("【事業名】潮風ふれあい事業\n【所管部】潮風部\n【担当課】交流課\n")
    assert parents["交流課"] == "潮風部"


def test_a_committee_keeps_the_name_of_its_city() -> None:
    names = set(_parents("計画の推進\n\n　結果は青葉台市潮風計画推進委員会に報告します。\n"))
    assert "青葉台市潮風計画推進委員会" in names


def test_a_title_naming_a_department_and_its_division_names_no_subject_department() -> None:
    parents = _parents("潮風の報告\n\n2025年6月 灯台部 航路課\n\n所管課　漁業課\n")
    assert parents.get("漁業課") is None


def test_a_section_on_a_department_page_is_not_filed_under_the_department() -> None:
    parents = _parents("令和5年度 灯台部の運営方針\n\n担当：標識係\n")
    assert parents.get("標識係") != "灯台部"


def test_sections_in_brackets_after_a_head_count_are_the_divisions() -> None:
    parents = _parents("市民協働課    17人(協働推進係、地域活動支援係)\n")
    assert parents["協働推進係"] == "市民協働課"
    assert parents["地域活動支援係"] == "市民協働課"


def test_a_board_and_its_division_written_together_are_a_chain() -> None:
    parents = _parents("詳しくは(教育委員会生涯学習課)へ。\n")
    assert parents.get("生涯学習課") == "教育委員会"


def test_a_board_secretariat_is_one_unit_of_a_chain() -> None:
    assert split_unit_chain("選挙管理委員会事務局") == ["選挙管理委員会事務局"]


def test_units_listed_with_dots_share_the_parent_of_the_first() -> None:
    parents = _parents("担当課\n教育委員会事務局 生涯学習課・文化振興課\n")
    assert parents.get("生涯学習課") == "教育委員会事務局"
    assert parents.get("文化振興課") == "教育委員会事務局"


def test_units_in_brackets_after_a_unit_on_a_line_of_its_own_are_its_units() -> None:
    parents = _parents("推進体制\n 灯台管理課(点検係、記録係)\n 航路課\n")
    assert parents["点検係"] == "灯台管理課"
    assert parents["記録係"] == "灯台管理課"


def test_divisions_in_brackets_after_a_department_field_are_its_divisions() -> None:
    parents = _parents("施策1-1 港の整備\n担当部:みなと部(灯台課、航路課)\n")
    assert parents["灯台課"] == "みなと部"
    assert parents["航路課"] == "みなと部"


def test_a_title_broken_over_heading_lines_names_the_page_department() -> None:
    text = "令和6年度 部局運営方針\n架空県 みなと部\n\n1 体制\n灯台課\n航路課\n"
    parents = _parents(text)
    assert parents["灯台課"] == "みなと部"
    assert parents["航路課"] == "みなと部"


def test_units_written_before_a_contact_label_form_a_chain() -> None:
    parents = _parents("お問い合わせ\n灯台管理課 点検係 電話:0000-00-0000\n")
    assert parents["点検係"] == "灯台管理課"


def test_a_list_of_units_under_a_departments_heading_are_its_divisions() -> None:
    parents = _parents(
        "■部の体制\n　天文部　職員数 40人\n　　・星見課　　 25人\n　　・観測課　　 15人\n"
    )
    assert parents == {"天文部": None, "星見課": "天文部", "観測課": "天文部"}


def test_a_section_field_of_a_sheet_is_the_division_fields_unit() -> None:
    parents = _parents(
        "事業名　　　　　　星見台案内事業\n担当課　　　　　　天文振興課\n担当係　　　　　　観望係\n"
    )
    assert parents == {"天文振興課": None, "観望係": "天文振興課"}


def test_the_wrapped_lines_of_a_note_name_no_units() -> None:
    text = "（注）行政委員会は、星見委員会、\n観望委員会及び雲量委員会の事務局の合計。\n"
    assert _parents(text) == {}


def test_the_units_a_departments_form_lists_are_its_own() -> None:
    text = "部局名\t天文部\n構成課室\t星見課、観測課\n地方機関\t北天観測事務所\n"
    assert _parents(text) == {
        "天文部": None,
        "星見課": "天文部",
        "観測課": "天文部",
        "北天観測事務所": "天文部",
    }


def test_unit_labels_over_their_values_make_one_record() -> None:
    parents = _parents("施策名\n夜空の保全\n主管部\n天文部\n主管課\n星見課\n")
    assert parents == {"天文部": None, "星見課": "天文部"}


def test_the_row_labels_of_a_two_column_form_name_no_unit() -> None:
    text = (
        "| 部長 | 星見部長 月野 光 |\n|---|---|\n"
        "| 構成課 | 天文課、観測課 |\n| 職員数 | 計 40人 |\n| 部の予算 | 一般会計 3億円 |\n"
    )
    assert "構成課" not in _parents(text)


def test_the_units_of_a_table_captioned_as_a_units_breakdown_are_its_parts() -> None:
    """「架空福祉部の内訳」 over a table of its divisions and offices."""
    text = (
        "2 架空福祉部の内訳\n"
        "所属\t令和6年度 職員数\t令和7年度 職員数\n"
        "架空福祉政策課\t12\t13\n"
        "中央架空相談所\t40\t41\n"
    )
    parents = _parents(text)
    assert parents["架空福祉政策課"] == "架空福祉部"
    assert parents["中央架空相談所"] == "架空福祉部"


def test_the_office_building_before_a_unit_in_a_contact_line_is_no_part_of_its_name() -> None:
    """「問い合わせ 役場架空総務課」: the town office is where the unit sits, not its name."""
    names = set(_parents("架空の便り\n\n問い合わせ　役場架空総務課　☎000-00-0000\n"))
    assert "架空総務課" in names
    assert "役場架空総務課" not in names


def test_a_han_after_a_division_in_a_contact_line_is_its_section() -> None:
    """「架空人事課 架空定員班」: a 班 is a section, like a 係, of the unit before it."""
    parents = _parents("架空の便り\n\nお問い合わせ\n架空総務部 架空人事課 架空定員班\n電話 000\n")
    assert parents["架空定員班"] == "架空人事課"


def test_a_member_unit_described_before_its_name_is_named_without_the_description() -> None:
    """「橋を点検する架空点検班を置き」: the words describing the unit are no part of it."""
    parents = _parents("架空道路課には、橋を点検する架空点検班を置いています。\n")
    assert parents.get("架空点検班") == "架空道路課"
    assert not any("点検する" in name for name in parents)


def test_a_member_unit_whose_name_holds_kana_is_kept_whole() -> None:
    parents = _parents("架空福祉部は、いきいき長寿課で構成しています。\n")
    assert parents.get("いきいき長寿課") == "架空福祉部"


def test_a_blank_unit_cell_under_a_unit_holds_that_unit_still() -> None:
    """A 部 column left blank on the rows under its first (a spanning cell flattened): the
    divisions on those rows are that 部's."""
    text = (
        "| 部 | 課 | 電話 |\n|---|---|---|\n| 架空環境部 | 架空清掃課 | 1111 |\n"
        "| | 架空公園課 | 2222 |\n| 架空建設部 | 架空道路課 | 3333 |\n| | 架空河川課 | 4444 |\n"
    )
    parents = _parents(text)
    assert parents["架空公園課"] == "架空環境部"
    assert parents["架空河川課"] == "架空建設部"


def test_a_mayors_office_is_a_unit_over_its_divisions() -> None:
    parents = _parents("トップ > 組織 > 市長公室 > 架空広報課\n")
    assert parents == {"市長公室": None, "架空広報課": "市長公室"}


def test_a_larger_unit_in_brackets_after_a_unit_is_its_parent() -> None:
    parents = _parents("・架空公園課（架空建設部）が担当します。\n")
    assert parents == {"架空公園課": "架空建設部", "架空建設部": None}


def test_units_listed_before_a_bracketed_unit_with_izuremo_are_each_its_own() -> None:
    """「A課・B課（いずれも架空\\n環境部）」: the name broken at the line's end is read whole."""
    text = "事業の担当は、架空清掃課・架空資源課（いずれも架空\n環境部）と架空道路課です。\n"
    parents = _parents(text)
    assert parents["架空清掃課"] == "架空環境部"
    assert parents["架空資源課"] == "架空環境部"
    assert "環境部" not in parents


def test_a_smaller_unit_in_brackets_after_a_unit_names_no_parent_of_it() -> None:
    parents = _parents("・架空建設部（架空公園課）\n")
    assert parents.get("架空建設部") is None


def test_an_office_listed_on_a_departments_own_page_is_that_departments() -> None:
    """A department's page (its title names it) listing a 事務所: one of its 出先機関."""
    text = "令和6年度 架空農林部の運営方針\n\n1 組織\n・架空農政課\n・架空川原農林事務所\n"
    parents = _parents(text)
    assert parents["架空川原農林事務所"] == "架空農林部"


def test_a_cell_saying_the_rows_unit_belongs_to_another_gives_its_parent() -> None:
    text = (
        "| 所属 | 備考 |\n|---|---|\n| 架空福祉課 | 部の庶務 |\n"
        "| 架空相談センター | 架空福祉課に属する相談窓口 |\n"
    )
    assert _parents(text)["架空相談センター"] == "架空福祉課"


def test_a_unit_indented_under_a_row_of_a_space_aligned_table_is_that_rows() -> None:
    text = (
        "部課名              令和5年度   令和6年度\n"
        "架空総務部               30          31\n"
        "  架空人事課             12          13\n"
        "架空建設部               20          21\n"
        "  架空道路課             20          21\n"
    )
    parents = _parents(text)
    assert parents["架空人事課"] == "架空総務部"
    assert parents["架空道路課"] == "架空建設部"
    assert parents["架空建設部"] is None


def test_a_unit_indented_by_a_full_width_space_in_a_tab_table_is_the_rows_above() -> None:
    text = "部課名\t令和5年度\t令和6年度\n架空総務部\t30\t31\n\u3000架空人事課\t12\t13\n"
    assert _parents(text)["架空人事課"] == "架空総務部"


def test_a_unit_set_up_inside_another_is_that_units() -> None:
    parents = _parents("・来年度から架空企画課に架空広報係を設置します。\n")
    assert parents["架空広報係"] == "架空企画課"


def test_a_larger_unit_set_up_beside_a_smaller_one_takes_no_parent() -> None:
    parents = _parents("・架空総務課に架空危機管理局を新設します。\n")
    assert parents.get("架空危機管理局") is None


def test_a_unit_set_up_inside_a_chain_is_the_chains_last_units() -> None:
    parents = _parents("・架空福祉部架空政策課に架空推進係を新設しました。\n")
    assert parents["架空推進係"] == "架空政策課"


def test_a_post_set_up_inside_a_unit_is_no_unit() -> None:
    parents = _parents("・架空政策課に架空事業調整の専任担当を設置しました。\n")
    assert not any("専任担当" in name for name in parents)


def test_a_centre_in_a_column_of_units_is_a_unit_of_the_row_before_it() -> None:
    """「架空環境部 | 架空清掃センター」 in a column of divisions: a unit, the 部's."""
    text = (
        "部名\t所属\t人数\n架空総務部\t架空人事課\t10\n架空総務部\t架空財政課\t8\n"
        "架空環境部\t架空保全課\t6\n架空環境部\t架空清掃センター\t30\n"
    )
    assert _parents(text)["架空清掃センター"] == "架空環境部"



def test_a_note_stating_what_each_unit_takes_in_gives_their_parents() -> None:
    """「(注)A部にはB課・C課を、D部にはE課を含みます」 under a table: two clauses, one cue."""
    text = (
        "| 部名 | 職員数 |\n|---|---|\n| 架空総務部 | 30 |\n| 架空建設部 | 20 |\n\n"
        "(注)架空総務部には架空人事課・架空財政課を、架空建設部には架空道路課を含みます。\n"
    )
    parents = _parents(text)
    assert parents["架空人事課"] == "架空総務部"
    assert parents["架空財政課"] == "架空総務部"
    assert parents["架空道路課"] == "架空建設部"


def test_units_listed_with_dots_are_each_a_member() -> None:
    parents = _parents("架空環境部は、架空保全課・架空清掃課で構成しています。\n")
    assert parents["架空保全課"] == "架空環境部"
    assert parents["架空清掃課"] == "架空環境部"
    assert "架空保全課・架空清掃課" not in parents


def test_a_unit_suffix_broken_off_by_a_space_in_a_unit_field_is_rejoined() -> None:
    """PDF text breaks 「模擬推進課」 into 「模擬推進 課」: in a unit field's value the suffix
    alone after a name ends that name."""
    parents = _parents("【担当課】 模擬推進 課   係名 架空係\n")
    assert parents == {"模擬推進課": None, "架空係": "模擬推進課"}


def test_a_section_field_after_a_division_field_on_one_form_line_is_its_part() -> None:
    """「【所管課】 架空推進課   係名 模擬係」: the form's 係名 field follows its 所管課 field,
    so the 係 is that 課's."""
    text = "【事業名】 架空広場事業\n【所管課】 架空推進課   係名 模擬係    会計 一般会計\n"
    parents = _parents(text)
    assert parents.get("模擬係") == "架空推進課"


def test_offices_in_a_departments_breakdown_under_a_unit_note_are_its_parts() -> None:
    """「架空部の内訳」, then 「(単位:人)」, then a table of its offices: the note between the
    caption and the table says nothing about the units; the 事務所 (ranked above a 部 in a
    written chain) are the 部's parts because the caption says the table breaks it down."""
    text = (
        "架空部の内訳\n(単位:人)\n\n"
        "| 所属 | 人数 |\n|---|---|\n| 東模擬事務所 | 31 |\n| 西模擬事務所 | 27 |\n"
    )
    parents = _parents(text)
    assert parents.get("東模擬事務所") == "架空部"
    assert parents.get("西模擬事務所") == "架空部"


def test_a_cell_saying_the_rows_office_is_inside_a_division_gives_its_parent() -> None:
    """「模擬相談室 | 架空推進課内。相談の受付」: the row's 室 sits inside the 課 its cell names
    with 内 (`mkf:within`); a 室 may sit inside a 課 of the same rank."""
    text = (
        "課名|職員数|所掌\n架空推進課|12|企画、調整\n模擬相談室|4|架空推進課内。相談の受付\n"
    )
    assert _parents(text).get("模擬相談室") == "架空推進課"


def test_units_listed_after_a_department_and_naikara_no_are_its_parts() -> None:
    """「架空部内の模擬課、試験課及び検証課の職員」: the units listed after 「○○部内の」 are
    that department's; the list ends at the last unit (its 「の職員」)."""
    text = "■体制について\n本表の数値には、架空部内の模擬課、試験課及び検証課の職員を含みます。\n"
    parents = _parents(text)
    assert {k: parents.get(k) for k in ("模擬課", "試験課", "検証課")} == {
        "模擬課": "架空部", "試験課": "架空部", "検証課": "架空部"
    }


def test_a_row_printed_as_a_part_of_the_row_above_names_a_unit_inside_it() -> None:
    """「うち 架空浄化センター」 under 「資源循環課」 (内数): the centre is the division's unit."""
    text = (
        "| 所属 | 職員数 |\n|---|---|\n| 資源循環課 | 31人 |\n| うち 架空浄化センター | 12人 |\n"
        "| 道路維持課 | 9人 |\n"
    )
    parents = _parents(text)
    assert parents["架空浄化センター"] == "資源循環課"
    assert "うち架空浄化センター" not in parents


def test_a_unit_item_nested_under_a_larger_unit_item_is_that_units() -> None:
    """A hierarchy printed as a nested list (saved HTML 「• 部」 over 「  • 課」)."""
    text = (
        "組織の一覧\n• 架空環境部\n  • 資源循環課\n  • 廃棄物対策課\n• 架空建設部\n"
        "  • 道路維持課\n"
    )
    parents = _parents(text)
    assert parents["資源循環課"] == "架空環境部"
    assert parents["廃棄物対策課"] == "架空環境部"
    assert parents["道路維持課"] == "架空建設部"


def test_a_group_of_departments_is_a_unit_only_where_it_holds_units() -> None:
    """「市長部局」 spanning its departments' rows holds them; named alone in a sentence it only
    says whose staff a figure covers."""
    text = "部門\t部\t職員数\n市長部局\t架空総務部\t120\n市長部局\t架空建設部\t80\n"
    parents = _parents(text)
    assert parents["架空総務部"] == "市長部局"
    assert "市長部局" in parents
    assert "市長部局" not in _parents("市長部局等の職員数は1,200人です。\n")


def test_a_larger_unit_in_brackets_after_a_fields_unit_is_its_parent() -> None:
    """「担当課：道路維持課（架空建設部）」: the bracket in a field's value names the parent."""
    assert _parents("【担当課】道路維持課（架空建設部）\n")["道路維持課"] == "架空建設部"


def test_a_bracket_saying_which_unit_has_jurisdiction_gives_the_office_its_parent() -> None:
    """「架空浄化センター（資源循環課所管）」: the centre is under the division's jurisdiction."""
    text = "・出先機関：架空浄化センター（資源循環課所管）、架空斎場\n"
    assert _parents(text)["架空浄化センター"] == "資源循環課"


def test_a_sentence_saying_units_belong_to_a_department_gives_them_their_parent() -> None:
    """「A課及びB課は架空建設部に属しています」: the subject's units are the department's."""
    text = "計画の推進体制\n道路維持課及び河川管理課は架空建設部に属しています。\n"
    parents = _parents(text)
    assert parents["道路維持課"] == "架空建設部"
    assert parents["河川管理課"] == "架空建設部"


def test_a_department_field_heading_a_form_makes_it_the_forms_department() -> None:
    """「部局名 | 架空建設部」 among a form's header lines: the form's divisions are its own."""
    text = (
        "令和6年度 運営目標\n部局名：架空建設部\n構成課：道路維持課、河川管理課\n\n"
        "1 目標\n道路維持課が舗装を補修します。\n"
    )
    parents = _parents(text)
    assert parents["道路維持課"] == "架空建設部"
    assert parents["河川管理課"] == "架空建設部"


def test_units_joined_in_one_row_of_a_staff_table_are_one_unit() -> None:
    """「選挙管理委員会事務局・監査委員事務局 | 8」: the row counts both together, one unit as
    printed; outside a staff table the same cell would list two units."""
    text = "所属\t職員数\n架空総務部\t40\n選挙管理委員会事務局・監査委員事務局\t8\n"
    parents = _parents(text)
    assert "選挙管理委員会事務局・監査委員事務局" in parents
    assert "監査委員事務局" not in parents


def test_a_larger_unit_in_brackets_after_units_on_a_heading_line_is_their_parent() -> None:
    """「関係課　道路維持課、河川管理課（いずれも架空建設部）」 read as a heading line."""
    text = "施策評価シート\n関係課　道路維持課、河川管理課（いずれも架空建設部）\n1 施策の目的\n"
    parents = _parents(text)
    assert parents["道路維持課"] == "架空建設部"
    assert parents["河川管理課"] == "架空建設部"


def test_a_unit_line_indented_under_a_larger_units_line_is_that_units() -> None:
    """An org chart printed by indentation: 「　架空建設局」 then 「　　道路維持課　…」."""
    text = (
        "組織\n\u3000架空建設局（局長1人）\n\u3000\u3000道路維持課\u3000\u3000道路の補修\n"
        "\u3000\u3000河川管理課\u3000\u3000河川の改修\n"
    )
    parents = _parents(text)
    assert parents["道路維持課"] == "架空建設局"
    assert parents["河川管理課"] == "架空建設局"


def test_a_unit_drawn_under_a_larger_unit_in_a_box_character_tree_is_that_units() -> None:
    """An org chart drawn with heavy strokes (「┣ 架空建設部」 then 「┃　┗ 道路維持課」): the
    strokes are indent; a unit hanging from a post (市長) has no parent unit."""
    text = (
        "組織図\n市長\n┣ 架空建設部\n┃\u3000┣ 道路維持課\n┃\u3000┗ 河川管理課\n"
        "┗ 架空環境部\n\u3000\u3000┗ 清掃事業課\n"
    )
    parents = _parents(text)
    assert parents["道路維持課"] == "架空建設部"
    assert parents["河川管理課"] == "架空建設部"
    assert parents["清掃事業課"] == "架空環境部"
    assert parents["架空環境部"] is None


def test_unit_lines_at_one_indent_are_not_each_others() -> None:
    """Lines of units at the same indent are siblings, none the parent of the next."""
    parents = _parents("組織\n\u3000架空建設部\u3000\u300030人\n\u3000架空環境部\u3000\u302025人\n")
    assert parents["架空環境部"] is None



def test_a_unit_wrapped_over_two_lines_of_a_box_cell_is_one_unit() -> None:
    """「まちづくり推」 over 「進課」 in one box cell, joined by the table reader: the unit is
    the joined name, not what the cell's span of the page holds between its pieces."""
    from loaders.recognisers.organizations import find_units
    from loaders.structure import Block, Cell, StructuredDocument, Table

    text = "│1│空き家の活用│まちづくり推│\n│ │            │進課        │\n"
    start, end = text.index("まち"), text.index("進課") + 2
    row = [Cell("1", 1, 2), Cell("空き家の活用", 3, 9), Cell("まちづくり推進課", start, end)]
    table = Table(["No", "取組", "担当課"], [row])
    doc = StructuredDocument(text, text, [Block("table", 0, len(text) - 1, "", table=table)])
    assert [u.name for u in find_units(doc)] == ["まちづくり推進課"]


def test_a_units_parent_in_brackets_inside_a_table_cell() -> None:
    """「関係課 | 道路維持課（架空建設部）、緑化推進課（架空環境部）」 in a table's cell."""
    text = (
        "項目\t内容\n関係課\t道路維持課（架空建設部）、緑化推進課（架空環境部）\n"
        "施策\t架空の推進\n"
    )
    parents = _parents(text)
    assert parents["道路維持課"] == "架空建設部"
    assert parents["緑化推進課"] == "架空環境部"


def test_a_page_title_line_with_the_body_far_right_names_the_documents_department() -> None:
    """「令和8年度 架空産業部 運営目標        青葉台市」 as a PDF page's first line, then
    numbered sections: its units listed with no parent are the department's."""
    text = (
        "令和8年度 架空産業部 運営目標                              青葉台市\n"
        "1 部の概要\n  本庁 商工振興課／観光交流課\n  出先 架空産業センター\n"
        "2 重点事業\n"
    )
    parents = _parents(text)
    assert parents["商工振興課"] == "架空産業部"
    assert parents["観光交流課"] == "架空産業部"


def test_a_first_line_that_is_a_sentence_names_no_department() -> None:
    text = "架空産業部と商工振興課が連携して取り組みます。\n1 概要\n  観光交流課\n"
    assert _parents(text).get("観光交流課") is None


def test_a_room_labelled_as_held_within_a_division_in_brackets_is_that_divisions() -> None:
    """「架空振興課（課内室：観光推進室）」: the label says the 室 sits inside the 課, though
    both are of one rank; without it a 室 in brackets after a 課 is no part of it."""
    assert _parents("組織\n・架空振興課（課内室：観光推進室）\n")["観光推進室"] == "架空振興課"
    assert _parents("組織\n・架空振興課（観光推進室）\n").get("観光推進室") is None


def test_an_office_named_after_a_district_is_one_unit_not_a_chain() -> None:
    """「架空北部土木事務所」 in a list of units: 「北部」 ends like a 部, but an office never
    sits under a 部, so the name is one unit."""
    parents = _parents("■出先機関\n・架空北部土木事務所（職員数 40人）\n・架空南部農林事務所\n")
    assert "架空北部" not in parents and "土木事務所" not in parents
    assert "架空北部土木事務所" in parents


def test_a_branch_office_belongs_to_the_unit_it_is_a_branch_of() -> None:
    """「Xセンターは架空課の出先機関です」: the office (a unit of no rank) sits in that 課."""
    parents = _parents("■組織\n架空山手センターは架空振興課の出先機関です。\n担当：架空振興課\n")
    assert parents.get("架空山手センター") == "架空振興課"


def test_each_clause_of_a_belonging_sentence_places_its_own_units() -> None:
    """「A課・B課は甲部、C課は乙部に属する」: the first clause shares the cue of the last."""
    text = "所管課の所属\n架空企画課・架空広報課は架空政策部、架空税務課は架空財政部に属する。\n"
    parents = _parents(text)
    assert parents.get("架空企画課") == "架空政策部"
    assert parents.get("架空広報課") == "架空政策部"
    assert parents.get("架空税務課") == "架空財政部"
    assert parents.get("架空政策部", "absent") is None  # the parent is a unit of its own


def test_a_belonging_sentence_wrapped_onto_the_next_line_places_the_first_lines_units() -> None:
    text = (
        "・所管課の所属（令和6年4月1日現在）：架空企画課は架空政策部、\n"
        "  架空税務課は架空財政部に属します。\n"
    )
    parents = _parents(text)
    assert parents.get("架空企画課") == "架空政策部"
    assert parents.get("架空税務課") == "架空財政部"


def test_a_clause_of_no_units_before_a_belonging_cue_places_nothing() -> None:
    parents = _parents("■体制\n本事業は市民の声を聞き、架空企画課は架空政策部に属する。\n")
    assert parents.get("架空企画課") == "架空政策部"
    assert "本事業" not in parents


def test_a_table_of_divisions_and_their_departments_gives_each_its_parent() -> None:
    """「課名 | 部局名」 with the division first: each row's department holds its division."""
    text = "■課の所属\n課名          部局名\n架空税務課    架空財政部\n架空広報課    架空政策部\n"
    parents = _parents(text)
    assert parents.get("架空税務課") == "架空財政部"
    assert parents.get("架空広報課") == "架空政策部"


def test_a_parent_in_brackets_broken_over_two_lines_is_read_whole() -> None:
    """「架空道路課（架空都市」 at a line end, 「整備部）、…」 on the next: one bracket."""
    text = (
        "所管課一覧\n架空公園課（架空緑化部）、架空道路課（架空都市\n"
        "整備部）、架空河川課（架空土木部）\n"
    )
    parents = _parents(text)
    assert parents.get("架空道路課") == "架空都市整備部"
    assert parents.get("架空公園課") == "架空緑化部"


def test_a_unit_label_beside_a_unit_label_in_a_header_is_no_unit() -> None:
    """「主管部 | 主管課 | 関係課」: labels of columns, none the value of the one before it."""
    text = ("施策\t主管部\t主管課\t関係課\n1-1 架空の港\t架空港湾部\t架空港湾課\t架空漁業課\n"
            "1-2 架空の灯\t架空港湾部\t架空灯台課\t架空港湾課\n")  # fmt: skip
    names = {o.name for o in _facts(text).organizations}
    assert not names & {"主管部", "主管課", "関係課"}
    assert {"架空港湾課", "架空灯台課"} <= names


def test_an_office_in_a_column_of_units_is_a_unit() -> None:
    """「架空海洋研究所」 in a 所属名 column among 課: an office, a unit of the document."""
    text = "所属名\t令和6年度\n架空港湾課\t14\n架空漁業課\t9\n架空海洋研究所\t21\n"
    assert "架空海洋研究所" in {o.name for o in _facts(text).organizations}


def test_a_line_grouping_units_of_a_kind_is_no_unit() -> None:
    text = "所属名\t職員数\n架空港湾課\t14\n架空議会事務局・各種委員会事務局\t7\n"
    assert "架空議会事務局・各種委員会事務局" not in {o.name for o in _facts(text).organizations}


def test_a_larger_unit_in_brackets_in_a_later_cell_is_the_row_units_parent() -> None:
    """「架空図書課 | 6 | (架空教育委員会事務局)」: the note cell says whose part the row's unit is,
    tab-separated as in a piped table."""
    tabbed = "課名\t職員数\t備考\n架空港湾課\t14\t\n架空図書課\t6\t(架空教育委員会事務局)\n"
    piped = ("| 課名 | 職員数 | 備考 |\n|---|---|---|\n| 架空港湾課 | 14 | |\n"
             "| 架空図書課 | 6 | (架空教育委員会事務局) 分室を含む |\n")  # fmt: skip
    for text in (tabbed, piped):
        parents = _parents(text)
        assert parents["架空図書課"] == "架空教育委員会事務局"
        assert parents["架空港湾課"] is None


def test_a_unit_inside_a_unit_of_its_rank_in_brackets_is_its_part() -> None:
    """「架空灯台室(架空港湾課内)」: a 室 set inside a 課, though of its rank; in a table's cell
    as in a list item."""
    tabbed = "課・室\t職員数\n架空港湾課\t14\n架空灯台室(架空港湾課内)\t4\n"
    listed = "■体制\n・架空港湾課\n・架空灯台室(架空港湾課内)\n"
    for text in (tabbed, listed):
        assert _parents(text)["架空灯台室"] == "架空港湾課"


def test_a_unit_of_the_rank_of_one_in_brackets_after_it_is_not_its_part() -> None:
    text = "・架空灯台室(架空港湾課)と連携します。\n"
    assert _parents(text).get("架空灯台室") is None


def test_a_sentence_placing_a_unit_inside_another_gives_its_parent() -> None:
    """「架空灯台室は架空港湾課内に置く」 under a table whose 所管部 column says 架空港湾部: what
    the sentence states wins; in a note under a table as in a paragraph of prose."""
    table = ("事業名\t所管部\t所管課\n架空灯台事業\t架空港湾部\t架空灯台室\n"
             "架空桟橋事業\t架空港湾部\t架空港湾課\n")  # fmt: skip
    noted = table + "※架空灯台室は架空港湾課内に置く。\n"
    prose = "■体制\n・架空港湾課\n・架空灯台室\n\n架空灯台室は、架空港湾課内に置かれる組織です。\n"
    for text in (noted, prose):
        assert _parents(text)["架空灯台室"] == "架空港湾課"


def test_a_sentence_placing_a_larger_unit_inside_a_smaller_one_gives_no_parent() -> None:
    text = "架空港湾部は架空灯台係内に置く。\n"
    assert _parents(text).get("架空港湾部") is None


def test_a_sentence_putting_an_office_under_a_units_charge_gives_its_parent() -> None:
    """「架空浜辺支所は架空港湾課の所管とし」: the office's parent, in a note under a table of
    units as in a paragraph under a piped table."""
    table = "課名\t職員数\n架空港湾課\t14\n架空浜辺支所\t5\n"
    noted = table + "※架空浜辺支所は架空港湾課の所管とし、窓口業務を行う。\n"
    listed = ("| 課名 | 職員数 |\n|---|---|\n| 架空港湾課 | 14 |\n| 架空浜辺支所 | 5 |\n\n"
              "架空浜辺支所は、架空港湾課の所管です。\n")  # fmt: skip
    for text in (noted, listed):
        assert _parents(text)["架空浜辺支所"] == "架空港湾課"


def test_a_unit_suffix_in_brackets_in_a_column_of_units_completes_the_unit() -> None:
    text = "部局\t職員数\n架空港湾部\t40\n架空漁業部\t30\n架空庁(事務局)\t12\n"
    assert "架空庁事務局" in {o.name for o in _facts(text).organizations}


def test_a_section_name_broken_at_a_form_lines_end_is_one_unit_of_its_division() -> None:
    """「係名 灯台」 over 「管理係 記入者 …」: the 係 架空灯台管理係 of the 課 beside it, in a run
    of fields as in fields a line each."""
    run = "部局名 架空港湾部 課名 架空港湾課 係名 灯台\n管理係 記入者 主査\n"
    lines = "部局名：架空港湾部\n課名：架空港湾課\n係名：灯台管理係\n"
    for text in (run, lines):
        assert _parents(text).get("灯台管理係") == "架空港湾課"


def test_a_bureau_under_a_merged_group_of_departments_is_its_part() -> None:
    """「架空知事部局」 merged over 「架空一部」…「架空会計局」: a 局 in the group is its part too;
    a 局 outside the group's rows is not."""
    text = ("部局\t部局\t職員数\n架空知事部局\t架空港湾部\t30\n\t架空会計局\t6\n\t小計\t36\n"
            "架空企業局\t\t9\n")  # fmt: skip
    parents = _parents(text)
    assert parents["架空会計局"] == "架空知事部局"
    assert parents["架空港湾部"] == "架空知事部局"
    assert parents["架空企業局"] is None


def test_a_letter_spaced_department_heading_the_document_is_its_divisions_parent() -> None:
    # a department's page of a budget book: the 部 printed letter-spaced under the title,
    # its 課 listed in a pipe table below with no 部 beside them
    text = (
        "青葉台市 令和7年度予算 部局別の概要\n"
        "港 湾 振 興 部\n\n"
        "1 課別の予算\n"
        "| 課名 | 予算額(千円) |\n|---|---|\n"
        "| 灯台管理課 | 1,200 |\n| 浜辺整備課 | 800 |\n"
    )
    parents = _parents(text)
    assert parents["港湾振興部"] is None
    assert parents["灯台管理課"] == "港湾振興部"
    assert parents["浜辺整備課"] == "港湾振興部"


def test_letter_spaced_words_that_name_no_department_give_no_parent() -> None:
    text = (
        "青葉台市 令和7年度予算の概要\n"
        "概 要 版\n\n"
        "1 課別の予算\n"
        "| 課名 | 予算額(千円) |\n|---|---|\n"
        "| 灯台管理課 | 1,200 |\n"
    )
    assert _parents(text).get("灯台管理課") is None


def test_a_grouping_item_between_a_department_and_its_units_passes_the_parent_on() -> None:
    text = (
        "組織図\n"
        "- 港湾振興部\n"
        "  - 本庁\n"
        "    - 灯台管理課\n"
        "  - 出先機関\n"
        "    - 北浜港湾事務所\n"
    )
    parents = _parents(text)
    assert parents["灯台管理課"] == "港湾振興部"
    assert parents["北浜港湾事務所"] == "港湾振興部"


def test_an_office_listed_under_a_department_item_is_the_departments() -> None:
    parents = _parents("所管する組織\n・港湾振興部\n　・北浜港湾事務所\n")
    assert parents["北浜港湾事務所"] == "港湾振興部"


def test_a_parent_printed_in_markdown_bold_still_holds_the_units_before_it() -> None:
    text = "灯台管理課・浜辺整備課は**港湾振興部**、森林課は**農林部**に属します。\n"
    parents = _parents(text)
    assert parents["灯台管理課"] == "港湾振興部"
    assert parents["浜辺整備課"] == "港湾振興部"
    assert parents["森林課"] == "農林部"


def test_a_parent_set_apart_by_a_space_in_a_belonging_sentence() -> None:
    parents = _parents("※灯台管理課は　港湾振興部に属します。\n")
    assert parents["灯台管理課"] == "港湾振興部"


def test_a_caption_of_a_departments_divisions_over_a_table_gives_them_that_department() -> None:
    text = (
        "■港湾振興部の課別職員数\n"
        "課名\t職員数\n灯台管理課\t12\n浜辺整備課\t9\n計\t21\n"
    )
    parents = _parents(text)
    assert parents["灯台管理課"] == "港湾振興部"
    assert parents["浜辺整備課"] == "港湾振興部"


def test_a_caption_naming_two_departments_gives_their_divisions_neither() -> None:
    text = (
        "港湾振興部・農林部の組織\n"
        "| 課名 | 職員数 |\n|---|---|\n| 灯台管理課 | 12 |\n| 森林課 | 9 |\n"
    )
    parents = _parents(text)
    assert parents.get("灯台管理課") is None
    assert parents.get("森林課") is None


def test_an_office_in_a_column_of_sections_is_the_rows_divisions() -> None:
    text = (
        "課名\t係・出先機関\t職員数\n"
        "灯台管理課\t灯台係\t5\n"
        "灯台管理課\t北浜連絡所\t3\n"
        "浜辺整備課\t浜辺係\t4\n"
    )
    parents = _parents(text)
    assert parents["灯台係"] == "灯台管理課"
    assert parents["北浜連絡所"] == "灯台管理課"


def test_a_two_column_table_of_divisions_and_counts_with_a_total_row_lists_units() -> None:
    text = "課名\t職員数\n灯台管理課\t12\n浜辺整備課\t9\n計\t21\n"
    assert _parents(text) == {"灯台管理課": None, "浜辺整備課": None}


def test_a_header_naming_kinds_of_unit_is_no_unit() -> None:
    text = "| 部・局 | 課・室 | 職員数 |\n|---|---|---|\n| 港湾振興部 | 灯台管理課 | 12 |\n"
    parents = _parents(text)
    assert "課・室" not in parents
    assert "部・局" not in parents
    assert parents["灯台管理課"] == "港湾振興部"


def test_belonging_clauses_each_closed_by_the_cues_particle() -> None:
    text = "※灯台管理課及び浜辺整備課は港湾振興部に、森林課は農林部に所属しています。\n"
    parents = _parents(text)
    assert parents["灯台管理課"] == "港湾振興部"
    assert parents["浜辺整備課"] == "港湾振興部"
    assert parents["森林課"] == "農林部"


def test_a_field_labelled_by_a_department_lists_its_divisions() -> None:
    text = "港湾振興部：灯台管理課、浜辺整備課\n【農林部】森林課・林道課\n"
    parents = _parents(text)
    assert parents["灯台管理課"] == "港湾振興部"
    assert parents["浜辺整備課"] == "港湾振興部"
    assert parents["森林課"] == "農林部"
    assert parents["林道課"] == "農林部"


def test_a_division_written_as_the_departments_with_no_is_its() -> None:
    parents = _parents("令和7年度から、港湾振興部の灯台管理課に担当を置きます。\n")
    assert parents["灯台管理課"] == "港湾振興部"


def test_a_larger_unit_after_no_is_not_the_smaller_ones_part() -> None:
    parents = _parents("灯台管理課の港湾振興部への移管を検討します。\n")
    assert parents.get("港湾振興部") is None


def test_the_same_department_named_by_dobu_is_the_last_department_before_it() -> None:
    text = (
        "■組織改正\n"
        "港湾振興部に灯台管理課を新設しました。これに伴い、同部の浜辺整備課は廃止します。\n"
    )
    assert _parents(text)["浜辺整備課"] == "港湾振興部"


def test_a_unit_name_broken_at_the_line_end_is_read_whole_in_a_belonging_sentence() -> None:
    text = (
        "■推進体制\n計画の進行は架空企画課が管理し、各課と連携して事業を進めます。架空公園課、架空下\n"
        "水道課は架空都市部に属します。\n"
    )
    parents = _parents(text)
    assert parents["架空下水道課"] == "架空都市部"
    assert "水道課" not in parents


def test_a_note_wrapped_inside_the_parent_name_places_its_units() -> None:
    text = (
        "■推進体制\n"
        "※所属：架空道路課・架空河川課は架空土木\n"
        "  部、架空学校課は架空教育部に属する。\n"
    )
    parents = _parents(text)
    assert parents["架空道路課"] == "架空土木部"
    assert parents["架空河川課"] == "架空土木部"


def test_a_department_and_its_division_parted_by_a_slash_form_a_chain() -> None:
    """「所管：架空環境局／架空清掃課」: the slash parts a unit from the unit within it."""
    parents = _parents("ごみ減量啓発事業\n所管：架空環境局／架空清掃課\n")
    assert parents.get("架空清掃課") == "架空環境局"


def test_two_divisions_parted_by_a_slash_are_no_chain() -> None:
    """「架空清掃課／架空公園課」: two units of one rank working together, side by side."""
    parents = _parents("ごみ減量啓発事業\n所管：架空清掃課／架空公園課\n")
    assert parents.get("架空公園課") is None and parents.get("架空清掃課") is None



def test_a_table_under_a_heading_naming_one_department_lists_its_divisions() -> None:
    # one table per 部, each under a heading that names the 部 alone
    text = (
        "# 課別の人数\n\n"
        "## 架空総務部\n\n課名\t2024年\n架空人事課\t9\n架空財務課\t12\n\n"
        "## 架空建設部\n\n課名\t2024年\n架空道路課\t14\n"
    )
    parents = _parents(text)
    assert parents["架空人事課"] == "架空総務部"
    assert parents["架空財務課"] == "架空総務部"
    assert parents["架空道路課"] == "架空建設部"
