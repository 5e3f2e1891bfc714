"""The staff recogniser: how many staff a unit or the municipality has, in any layout."""

from __future__ import annotations

from loaders.facts import DocumentFacts, Organization
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str, *, year: int | None = 2024, units: tuple[str, ...] = ()) -> set[object]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    facts.organizations = [Organization(name, "division") for name in units]
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.employment_type, s.count) for s in facts.staff}


def test_a_table_column_of_staff_counts_its_units() -> None:
    text = "所属名\t職員数\n架空振興課\t12\n架空管理課\t8人\n"
    assert _staff(text) == {("架空振興課", 2024, "合計", 12), ("架空管理課", 2024, "合計", 8)}


def test_a_staff_attribute_after_a_unit_name() -> None:
    assert _staff("■体制\n・架空振興課（職員数：12人）\n") == {("架空振興課", 2024, "合計", 12)}


def test_a_staff_attribute_inside_a_sentence() -> None:
    text = "架空振興課（職員数12人）では、交流事業を実施します。\n"
    assert _staff(text) == {("架空振興課", 2024, "合計", 12)}


def test_a_staff_field_after_a_unit_field() -> None:
    assert _staff("【所属名】架空振興課\n【職員数】12人\n") == {("架空振興課", 2024, "合計", 12)}


def test_a_table_printed_one_cell_per_line_with_years_as_columns() -> None:
    text = (
        "区分\n職 員 数\n令和3年度\n令和4年度\n増 減\n"
        "架空総務部\n100\n102 2\n体制強化\n"
        "教  育\n50\n49\n△1\n"
        "小 計\n150\n151\n1\n"
        "合 計\n150\n151\n1\n"
    )
    assert _staff(text) == {
        ("架空総務部", 2021, "合計", 100),
        ("架空総務部", 2022, "合計", 102),
        ("青葉台市", 2021, "合計", 150),
        ("青葉台市", 2022, "合計", 151),
    }


def test_a_row_run_together_counts_its_innermost_unit() -> None:
    text = "部局名部局長名所属名所属長名職員数\n架空総合事務所所長 山田一郎架空道路課鈴木二郎22\n"
    assert _staff(text, year=2014, units=("架空道路課",)) == {("架空道路課", 2014, "合計", 22)}


def test_no_count_without_a_fiscal_year() -> None:
    assert _staff("所属名\t職員数\n架空振興課\t12\n", year=None) == set()


def test_a_table_by_employment_type_counts_each_unit_in_its_total_column() -> None:
    text = "課名\t常勤\t再任用\t臨時\t合計\n架空振興課\t10\t2\t3\t15\n架空管理課\t7\t\t1\t8\n"
    assert _staff(text) == {("架空振興課", 2024, "合計", 15), ("架空管理課", 2024, "合計", 8)}


def test_a_post_row_of_an_employment_table_is_no_unit() -> None:
    text = "課名\t正規\t任期付\t計\n部長\t1\t\t1\n架空振興課\t10\t2\t12\n"
    assert _staff(text) == {("架空振興課", 2024, "合計", 12)}


def test_a_spaced_employment_table_with_a_wrapped_header_and_wrapped_row() -> None:
    text = (
        "職・課名 常勤\n\n再任用\n(短時間)\n\n臨時 その他 合計\n"
        "架空振興課 10 2 3 15\n架空センター 40 9\n\n30\n\n79\n"
    )
    assert _staff(text) == {("架空振興課", 2024, "合計", 15), ("架空センター", 2024, "合計", 79)}


def _staff_titled(text: str, title: str) -> set[object]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", title=title,
                          fiscal_year=2024)  # fmt: skip
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.employment_type, s.count) for s in facts.staff}


def test_a_summary_line_naming_only_a_suffix_counts_the_documents_unit() -> None:
    text = "・局職員合計88名、うち正規職員70名\n"
    assert _staff_titled(text, "架空文化局の運営方針") == {("架空文化局", 2024, "合計", 88)}


def test_a_summary_line_naming_a_unit_counts_that_unit() -> None:
    text = "架空振興部職員合計41人\n"
    assert _staff_titled(text, "架空文化局の運営方針") == {("架空振興部", 2024, "合計", 41)}


def test_units_counted_in_a_sentence_about_staff() -> None:
    text = "組織と職員数\n　職員数は、架空振興課 12名、架空管理課 18名で、部全体では 35名です。\n"
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic",
                          title="令和6年度 架空部の取組", fiscal_year=2024)  # fmt: skip
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(s.organization, s.count) for s in facts.staff} == {
        ("架空振興課", 12), ("架空管理課", 18), ("架空部", 35)
    }


def test_the_total_of_the_units_staff_by_employment_type_in_a_sentence() -> None:
    text = "組織・職員体制\n　部の職員数は、常勤45人、再任用3人の計48人です。\n"
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic",
                          title="令和5年度 架空部 運営方針", fiscal_year=2023)  # fmt: skip
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(s.organization, s.count) for s in facts.staff} == {("架空部", 48)}


def test_counts_in_a_sentence_not_about_staff_are_no_staff() -> None:
    assert _staff("■講座\n　架空振興課 12名が参加しました。\n") == set()


def test_the_total_row_of_a_departments_table_counts_the_department() -> None:
    text = "課名\t正規職員\t再任用\t計\n架空振興課\t10\t2\t12\n合計\t10\t2\t12\n"
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic",
                          title="令和5年度 架空部 部の使命と目標", fiscal_year=2023)  # fmt: skip
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(s.organization, s.count) for s in facts.staff} == {("架空振興課", 12), ("架空部", 12)}


def test_a_caption_naming_staff_makes_a_tables_year_columns_counts() -> None:
    text = (
        "部局別職員数（各年4月1日現在）\n"
        "部局名\t令和5年 (2023年)\t令和6年 (2024年)\n架空総務部\t40\t42\n合計\t40\t42\n"
    )
    assert _staff(text) == {
        ("架空総務部", 2023, "合計", 40),
        ("架空総務部", 2024, "合計", 42),
        ("青葉台市", 2023, "合計", 40),
        ("青葉台市", 2024, "合計", 42),
    }


def test_lines_of_a_unit_and_its_count_under_a_staff_heading() -> None:
    text = (
        "◇部の組織と職員数\n　架空生活部（部長1人）\n"
        "　　架空協働課　　17人（協働係、支援係）\n　　架空センター　38人\n"
    )
    assert _staff(text) == {("架空協働課", 2024, "合計", 17), ("架空センター", 2024, "合計", 38)}


def test_a_line_opening_with_the_staff_label_counts_the_unit_it_names() -> None:
    assert _staff("　架空振興課職員数　12人（うち技術職員 5人）\n") == {
        ("架空振興課", 2024, "合計", 12)
    }


def test_a_note_after_a_units_name_in_a_staff_table_is_no_part_of_it() -> None:
    text = "課名\t職員数(人)\n架空振興課(令和6年4月新設)\t12\n"
    assert _staff(text) == {("架空振興課", 2024, "合計", 12)}


def test_a_staff_label_among_a_lines_labelled_values_counts_the_documents_department() -> None:
    text = "運営方針\n青葉台市 架空振興部\n\n体制(令和6年4月1日現在) 本庁3課 職員数 85人\n"
    assert _staff(text) == {("架空振興部", 2024, "合計", 85)}


def test_a_sentence_stating_the_staff_counts_the_unit_it_is_about() -> None:
    text = "架空振興部は、架空振興課と架空管理課で構成し、職員数は42人です。\n"
    assert _staff(text) == {("架空振興部", 2024, "合計", 42)}


def test_a_sentence_stating_the_staff_with_no_subject_counts_the_documents_owner() -> None:
    text = "改革の取組\n\n職員数は1,200人(令和5年4月1日現在)です。\n"
    assert _staff(text) == {("青葉台市", 2023, "合計", 1200)}


def test_a_staff_count_a_sentence_aims_at_or_dates_to_another_year_is_no_count() -> None:
    text = (
        "令和9年度には、職員数は1,100人とすることを目標とします。"
        "平成20年度、職員数は1,500人でした。\n"
    )
    assert _staff(text) == set()


def test_a_sentence_stating_a_named_units_staff_on_a_day_counts_that_unit() -> None:
    text = "架空振興部の職員数は、令和6年4月1日現在で120人です。\n"
    assert _staff(text) == {("架空振興部", 2024, "合計", 120)}


def test_a_unit_note_between_a_staff_caption_and_its_year_columns_is_no_caption() -> None:
    """「部局別職員数」 then 「(単位:人)」 then a table of years: the caption still counts."""
    text = (
        "部局別職員数\n(単位:人)\n"
        "区分\t令和5年度\t令和6年度\n架空振興部\t12\t13\n"
    )
    assert _staff(text) == {("架空振興部", 2023, "合計", 12), ("架空振興部", 2024, "合計", 13)}


def test_a_sentence_between_a_staff_heading_and_its_table_keeps_the_caption() -> None:
    """「■所属別の職員数」, then a sentence on how the table counts, then the table."""
    text = (
        "■所属別の職員数\n"
        "いずれも4月1日現在の正規職員の人数です。\n"
        "所属\t令和4年\t令和5年\n架空振興部\t21\t23\n合計\t21\t23\n"
    )
    assert _staff(text) == {
        ("架空振興部", 2022, "合計", 21),
        ("架空振興部", 2023, "合計", 23),
        ("青葉台市", 2022, "合計", 21),
        ("青葉台市", 2023, "合計", 23),
    }


def test_a_markdown_staff_table_with_bold_totals_under_a_sentence() -> None:
    text = (
        "## 部局別の職員数\n\n"
        "各年4月1日現在の人数です。\n\n"
        "| 部局 | 令和4年 | 令和5年 | 増減 |\n|:--|--:|--:|--:|\n"
        "| 架空環境部 | 30 | 28 | ▲2 |\n| **合計** | **30** | **28** | **▲2** |\n"
    )
    assert _staff(text) == {
        ("架空環境部", 2022, "合計", 30),
        ("架空環境部", 2023, "合計", 28),
        ("青葉台市", 2022, "合計", 30),
        ("青葉台市", 2023, "合計", 28),
    }


def test_a_sentence_caption_about_no_staff_makes_no_staff_table() -> None:
    text = (
        "■部局別の予算額\n"
        "いずれも当初予算の額です。\n"
        "部局\t令和4年\t令和5年\n架空振興部\t210\t230\n"
    )
    assert _staff(text) == set()


def test_a_table_a_row_per_year_counts_the_whole_of_what_the_document_is_about() -> None:
    text = "職員数の推移\n年度\t職員数\n令和4年度\t120\n令和5年度\t118\n"
    assert _staff(text) == {("青葉台市", 2022, "合計", 120), ("青葉台市", 2023, "合計", 118)}


def test_a_bullet_before_a_unit_is_no_part_of_its_name() -> None:
    text = "■体制\n部の職員\n  ・架空振興課     12人\n  ・架空管理課      8人\n"
    found = _staff(text)
    assert ("架空振興課", 2024, "合計", 12) in found
    assert not any(name.startswith("・") for name, *_ in found)


def test_a_unit_then_the_staff_label_apart_by_a_space_counts_that_unit() -> None:
    assert _staff("■部の体制\n架空振興部　職員数 42人\n") == {("架空振興部", 2024, "合計", 42)}


def test_a_header_of_labels_then_unit_lines_with_their_duties_and_the_suffix_total() -> None:
    """「課 名 職員数 主な所掌事務」 (a PDF's table, cells run together), each unit's line going on
    with its duties, then 「部 計」: the department the document is about."""
    text = (
        "架空福祉部 部局経営方針\n\n課 名 職員数 主な所掌事務\n"
        "架空総務課 18人 地域福祉、民生委員\n架空支援課 14人 手帳交付\n部 計 32人\n"
        "(上記のほか、臨時職員5人)\n"
    )
    facts = DocumentFacts(
        "x.txt", "999989", "青葉台市", "架空福祉部 部局経営方針", text, "generic", fiscal_year=2024
    )
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(s.organization, s.count) for s in facts.staff} == {
        ("架空総務課", 18), ("架空支援課", 14), ("架空福祉部", 32),
    }  # fmt: skip


def test_a_staff_caption_over_a_line_of_year_and_count_pairs_counts_each_year() -> None:
    """「(参考)職員数の推移」 then 「令和4年 170人  令和5年 168人」: the body's staff by year."""
    text = "(参考)職員数の推移(各年4月1日現在)\n令和4年 170人  令和5年 168人\n"
    assert _staff(text, year=2023) == {
        ("青葉台市", 2022, "合計", 170), ("青葉台市", 2023, "合計", 168),
    }  # fmt: skip


def test_a_captioned_table_of_year_columns_alone_counts_the_whole_municipality() -> None:
    """「職員数の推移」 over years and one row of counts: no column names a unit."""
    text = (
        "■ 職員数の推移(各年度4月1日現在)\n"
        "2022年度 | 2023年度 | 2024年度 |\n---|---|---|\n612人 | 605人 | 601人 |\n"
    )
    assert _staff(text) == {
        ("青葉台市", 2022, "合計", 612), ("青葉台市", 2023, "合計", 605),
        ("青葉台市", 2024, "合計", 601),
    }  # fmt: skip


def test_a_bracketed_total_under_a_staff_table_counts_the_department_the_title_names() -> None:
    """「(部長を含む部計 43人)」 under the table of the department's divisions."""
    text = (
        "令和6年度 部の目標と取組                 青葉台市\n"
        "架空産業部\n\n"
        "第2 部の体制\n"
        "  課名              係名                  職員数\n"
        "  架空振興課        農政係・林務係         11人\n"
        "  架空観光課        商工係・観光係          7人\n"
        "  (部長を含む部計 19人)\n"
    )
    assert ("架空産業部", 2024, "合計", 19) in _staff(text)


def test_nested_unit_columns_count_the_inner_unit_and_a_subtotal_its_group() -> None:
    text = (
        "課別職員数\n"
        "部\t課\t令和5年度\t令和6年度\n"
        "架空振興部\t架空交流課\t10\t11\n"
        "架空振興部\t架空観光課\t5\t6\n"
        "架空振興部\t部計\t15\t17\n"
    )
    assert _staff(text) == {
        ("架空交流課", 2023, "合計", 10), ("架空交流課", 2024, "合計", 11),
        ("架空観光課", 2023, "合計", 5), ("架空観光課", 2024, "合計", 6),
        ("架空振興部", 2023, "合計", 15), ("架空振興部", 2024, "合計", 17),
    }  # fmt: skip


def test_a_column_listing_each_units_parts_leaves_the_count_to_the_unit() -> None:
    text = "課名\t係名\t職員数\n架空交流課\t交流係・国際係\t11人\n架空観光課\t観光係\t7人\n"
    assert _staff(text) == {("架空交流課", 2024, "合計", 11), ("架空観光課", 2024, "合計", 7)}


def test_a_department_printed_once_over_its_divisions_counts_each_row_its_own_unit() -> None:
    """「架空総務部 | | 30」 then 「 | 架空人事課 | 12」: the department on its own row, its
    divisions under it with the department column blank."""
    text = (
        "部名\t課名\t職員数\n架空総務部\t\t30\n\t架空人事課\t12\n\t架空財政課\t18\n"
        "架空建設部\t\t20\n\t架空道路課\t20\n"
    )
    assert _staff(text) == {
        ("架空総務部", 2024, "合計", 30), ("架空人事課", 2024, "合計", 12),
        ("架空財政課", 2024, "合計", 18), ("架空建設部", 2024, "合計", 20),
        ("架空道路課", 2024, "合計", 20),
    }  # fmt: skip


def test_a_table_under_the_same_year_labels_as_a_staff_table_continues_it() -> None:
    """A second table of units under another heading, its header the staff table's again."""
    text = (
        "## 課別職員数\n\n| 所属 | 令和5年度 | 令和6年度 |\n|---|---|---|\n"
        "| 架空人事課 | 12 | 13 |\n\n"
        "## 出先機関\n\n| 所属 | 令和5年度 | 令和6年度 |\n|---|---|---|\n| 架空センター | 7 | 8 |\n"
    )
    assert _staff(text) == {
        ("架空人事課", 2023, "合計", 12), ("架空人事課", 2024, "合計", 13),
        ("架空センター", 2023, "合計", 7), ("架空センター", 2024, "合計", 8),
    }  # fmt: skip


def test_a_table_of_units_under_year_labels_with_no_staff_caption_counts_nothing() -> None:
    text = (
        "## 出先機関\n\n| 所属 | 令和5年度 | 令和6年度 |\n|---|---|---|\n"
        "| 架空センター | 7 | 8 |\n"
    )
    assert _staff(text) == set()


def test_a_total_row_naming_a_unit_counts_that_unit() -> None:
    text = (
        "| 所属 | 職員数 |\n|---|---|\n| 架空道路課 | 20 |\n| 架空公園課 | 9 |\n"
        "| 架空建設部計 | 29 |\n"
    )
    assert _staff(text) == {
        ("架空道路課", 2024, "合計", 20), ("架空公園課", 2024, "合計", 9),
        ("架空建設部", 2024, "合計", 29),
    }  # fmt: skip


def test_a_total_row_naming_a_bare_suffix_counts_the_documents_unit() -> None:
    text = "課名 職員数\n架空道路課 20人\n架空公園課 9人\n部の合計 29人\n"
    assert ("架空建設部", 2024, "合計", 29) in _staff_titled(text, "架空建設部の運営方針")


def test_a_total_label_spanning_the_name_columns_names_its_row() -> None:
    """「架空建設部 計」 in the first column of a row whose unit column is blank (a merged
    cell): the total of that unit."""
    text = (
        "区分\t所属\t職員数\n本庁\t架空道路課\t20\n出先\t架空土木事務所\t30\n"
        "架空建設部 計\t\t50\n"
    )
    assert ("架空建設部", 2024, "合計", 50) in _staff(text)


def test_a_count_in_brackets_counts_a_unit_within_another() -> None:
    """「(6人)」: the staff of a unit counted inside its division's (内数), its own still."""
    text = (
        "所属名      主な業務      職員数\n架空保健課  健診          20人\n"
        "架空相談室  相談          (6人)\n"
    )
    assert _staff(text) == {("架空保健課", 2024, "合計", 20), ("架空相談室", 2024, "合計", 6)}


def test_a_count_dated_to_a_day_before_the_staff_label_counts_the_documents_unit() -> None:
    text = "体制\n\n令和5年4月1日時点の職員数は 412人 で、計画の範囲内です。\n"
    assert _staff(text) == {("青葉台市", 2023, "合計", 412)}


def test_the_previous_years_count_in_brackets_after_a_stated_count() -> None:
    text = "総職員数は、300名（昨年度 295名）となっています。\n"
    assert _staff(text) == {("青葉台市", 2024, "合計", 300), ("青葉台市", 2023, "合計", 295)}


def test_a_unit_with_its_count_in_brackets_in_a_sentence_about_staff() -> None:
    text = "組織と職員数\n\n架空道路課には、橋を点検する架空点検班（5人）を置いています。\n"
    assert ("架空点検班", 2024, "合計", 5) in _staff(text)


def test_a_label_opening_a_sentence_with_a_comma_is_no_subject() -> None:
    assert _staff("職員数は、120人です。\n") == {("青葉台市", 2024, "合計", 120)}


def test_a_count_of_no_named_unit_under_a_breadcrumb_counts_the_titled_department() -> None:
    """A saved web page opens with its breadcrumb and an accessibility bar; the title under
    them (「令和5年度 模擬部の運営方針」) names the unit a bare 「職員数 42人」 counts."""
    text = (
        "ホーム > 市政情報 > 組織と運営 > 部の方針一覧 > 令和5年度 模擬部の運営方針\n"
        "文字サイズ 小 中 大\n令和5年度 模擬部の運営方針\n"
        "\n体制\n職員数 42人（うち再任用3人）\n"
    )
    assert _staff(text) == {("模擬部", 2024, "合計", 42)}


def test_a_unit_after_a_topic_word_in_a_staff_sentence_is_named_alone() -> None:
    """「内訳は架空課10人、模擬課8人」: the word before 「は」 is the sentence's topic, no part
    of the first unit's name."""
    text = "組織\n職員は合わせて18人で、内訳は架空課10人、模擬課8人です。\n"
    assert _staff(text) >= {("架空課", 2024, "合計", 10), ("模擬課", 2024, "合計", 8)}
    assert not any(str(row[0]).startswith("内訳") for row in _staff(text))  # type: ignore[index]


def test_a_staff_row_of_a_table_by_year_counts_each_reported_year() -> None:
    """「区分 | 2021年度 | 2022年度 | 2025年度目標」 over 「職員数 | 500 | 495 | 480」: the row
    the staff label names counts the body's staff in each year reported; a target column
    is an aim, no count."""
    text = (
        "区分\t2021年度\t2022年度実績\t2025年度目標\n"
        "職員数\t500\t495\t480\n歳出総額\t90\t91\t92\n"
    )
    assert _staff(text) == {("青葉台市", 2021, "合計", 500), ("青葉台市", 2022, "合計", 495)}


def test_a_staff_row_of_a_pipe_table_by_year() -> None:
    text = "| 項目 | 令和2年度 | 令和3年度 |\n|---|---|---|\n| 職員数(人) | 210 | 207 |\n"
    assert _staff(text) == {("青葉台市", 2020, "合計", 210), ("青葉台市", 2021, "合計", 207)}


def test_a_staff_line_of_counts_each_after_its_date() -> None:
    """「職員数 令和6年4月1日 312人、令和5年4月1日 315人」: a line of the staff label and
    counts each after the day it was taken counts the body's staff in those years."""
    text = "・職員数：令和6年4月1日 312人、令和5年4月1日 315人（前年比3人減）\n"
    assert _staff(text) == {("青葉台市", 2024, "合計", 312), ("青葉台市", 2023, "合計", 315)}


def test_a_staff_line_with_words_between_its_counts_is_no_dated_list() -> None:
    text = "職員数 令和6年4月1日 312人で、目標は令和9年4月1日 300人\n"
    assert ("青葉台市", 2027, "合計", 300) not in _staff(text)


def test_a_year_column_count_the_text_dates_to_a_day_takes_that_days_year() -> None:
    """「令和6年度実績」 of a count taken each April 1 may be the count of the April 1 after the
    year; a note dating the same count (「令和7年4月1日の職員数は205人」) says which."""
    text = (
        "指標\t単位\t令和5年度実績\t令和6年度実績\n職員数(各年度4月1日)\t人\t210\t205\n\n"
        "※令和7年4月1日の職員数は205人\n"
    )
    assert _staff(text) == {("青葉台市", 2023, "合計", 210), ("青葉台市", 2025, "合計", 205)}


def test_a_row_printed_as_a_part_of_the_row_above_counts_the_part_by_its_name() -> None:
    """「(うち)架空浄化センター   12」: the mark says it is a part of the count above (内数);
    the part's own count keeps the part's name, without the mark."""
    text = "所属名              職員数\n資源循環課          31\n(うち)架空浄化センター  12\n"
    assert ("架空浄化センター", 2024, "合計", 12) in _staff(text)


def test_a_subtotal_row_naming_a_unit_counts_that_unit() -> None:
    """「市長部局 小計 | 200」: a subtotal labelled with the group it sums counts that group;
    a bare 「小計」 names no unit."""
    text = "部門\t職員数\n架空総務部\t120\n架空建設部\t80\n市長部局 小計\t200\n小計\t200\n"
    found = _staff(text)
    assert ("市長部局", 2024, "合計", 200) in found
    assert not any(row[0] == "小計" for row in found)


def test_a_mark_before_each_unit_of_a_staff_list_is_no_part_of_its_name() -> None:
    """「◆架空振興課　　12人」 one unit a line under 「課別職員数」: the ◆ only marks the line."""
    text = "課別職員数\n◆架空振興課　　　　12人\n◆道路維持課　　　　9人\n"
    found = _staff(text)
    assert ("架空振興課", 2024, "合計", 12) in found
    assert ("道路維持課", 2024, "合計", 9) in found


def test_a_row_of_the_bodys_staff_named_by_its_kind_of_body_counts_each_year() -> None:
    """「村職員数(人) | 48 | 47」 in an indicator table by year: the village's own staff."""
    text = (
        "| 指標 | R4実績 | R5実績 | R7目標 |\n|---|---|---|---|\n"
        "| 村職員数(人) | 48 | 47 | 45 |\n"
    )
    found = _staff(text)
    assert ("青葉台市", 2022, "合計", 48) in found
    assert ("青葉台市", 2023, "合計", 47) in found
    assert not any(row[3] == 45 for row in found)


def test_a_unit_counted_by_its_short_name_keeps_the_full_name_the_document_gives() -> None:
    """「青葉台市架空浄化センター」 named in the text, then counted as 「架空浄化センター 19人」."""
    text = "所属名\t職員数\n資源循環課\t31\n架空浄化センター\t19\n"
    assert ("青葉台市架空浄化センター", 2024, "合計", 19) in _staff(
        text, units=("青葉台市架空浄化センター",)
    )


def test_a_merged_outer_unit_exported_as_blank_cells_groups_the_rows_under_it() -> None:
    text = (
        "部局\t課・室\t令和5年度\t令和6年度\n"
        "架空総務部\t架空庶務課\t9\t10\n\t架空契約課\t4\t4\n\t架空総務部 計\t13\t14\n"
        "架空土木部\t架空道路課\t20\t21\n\t架空土木部 計\t20\t21\n"
    )
    rows = _staff("部局別職員数\n" + text)
    assert ("架空庶務課", 2023, "合計", 9) in rows and ("架空契約課", 2024, "合計", 4) in rows
    assert ("架空総務部", 2023, "合計", 13) in rows and ("架空土木部", 2024, "合計", 21) in rows
    assert not any(r[0] == "架空総務部" and r[3] == 9 for r in rows)


def test_a_merged_outer_unit_left_blank_in_a_pipe_table() -> None:
    text = (
        "部局別職員数\n\n| 部 | 課 | 職員数 |\n|---|---|---|\n| 架空環境部 | 架空清掃課 | 30 |\n"
        "|  | 架空公園課 | 12 |\n| 架空福祉部 | 架空介護課 | 18 |\n|  | 架空保育課 | 25 |\n"
    )
    assert _staff(text) == {
        ("架空清掃課", 2024, "合計", 30), ("架空公園課", 2024, "合計", 12),
        ("架空介護課", 2024, "合計", 18), ("架空保育課", 2024, "合計", 25),
    }


def test_a_legend_says_the_brackets_of_a_bulleted_org_list_hold_staff_counts() -> None:
    text = (
        "（　）内は令和5年4月1日現在の職員数です。\n・架空総務部（20人）\n・架空庶務課（12人）\n"
        "・架空契約課（8人）\n\n2 施策の方向\n・架空事業（3件）\n"
    )
    assert _staff(text) == {
        ("架空総務部", 2023, "合計", 20), ("架空庶務課", 2023, "合計", 12),
        ("架空契約課", 2023, "合計", 8),
    }


def test_a_legend_over_a_drawn_org_tree_skips_its_posts_and_strokes() -> None:
    text = (
        "組織（( )内は職員数）\n村長\n┗ 副村長\n　　┣ 架空総務課(9人)\n　　┃\n"
        "　　┗ 架空産業課(7人)  架空建設係(3人)\n"
    )
    assert _staff(text, year=2026) == {
        ("架空総務課", 2026, "合計", 9), ("架空産業課", 2026, "合計", 7),
        ("架空建設係", 2026, "合計", 3),
    }


def test_brackets_without_a_legend_are_no_staff_counts() -> None:
    assert _staff("組織\n・架空総務課（12人）\n・架空産業課（7人）\n") == set()


def test_a_unit_whose_name_holds_a_label_word_is_counted_in_prose_about_staff() -> None:
    text = "職員数\nこのほか、架空議会事務局(3人)、会計課(4人)を置きます。\n"
    assert ("会計課", 2024, "合計", 4) in _staff(text)


def test_a_unit_glued_before_the_staff_label_in_a_sentence_is_the_counted_unit() -> None:
    text = "令和6年4月1日現在の架空管理局職員数は1,204人となった。\n"
    assert _staff(text) == {("架空管理局", 2024, "合計", 1204)}


def test_a_word_glued_before_the_staff_label_that_is_no_unit_names_nothing() -> None:
    assert not any(r[0] == "正規" for r in _staff("本市の正規職員数は300人です。\n"))


def test_the_whole_body_stated_before_the_staff_label_is_the_body() -> None:
    assert _staff("※このほか出先機関を置く。市全体の職員数は512人。\n") == {
        ("青葉台市", 2024, "合計", 512)
    }


def test_one_department_merged_over_all_its_rows_groups_them() -> None:
    text = (
        "部局別職員数\n\n| 部局 | 所属 | 令和7年度 |\n|---|---|---|\n"
        "| 架空市民部 | 架空戸籍課 | 11 |\n"
        "|  | 架空保険課 | 6 |\n|  | 架空市民部 計 | 17 |\n"
    )
    assert _staff(text) == {
        ("架空戸籍課", 2025, "合計", 11), ("架空保険課", 2025, "合計", 6),
        ("架空市民部", 2025, "合計", 17),
    }


def test_the_total_row_of_a_units_breakdown_counts_that_unit() -> None:
    """「架空福祉部の内訳」 over a table of its divisions: its 計 row is the 部, not the city."""
    text = (
        "架空福祉部の内訳（令和5年4月1日）\n"
        "課名      職員数\n架空支援課    12\n架空保健課     9\n計            21\n"
    )
    assert _staff(text) == {
        ("架空支援課", 2024, "合計", 12),
        ("架空保健課", 2024, "合計", 9),
        ("架空福祉部", 2024, "合計", 21),
    }


def test_a_unit_placed_by_a_particle_is_named_without_the_words_before_it() -> None:
    """「架空環境部に架空脱炭素課（職員数6人）を置く」: the count is the 課's, and its name
    does not swallow 「架空環境部に」."""
    text = "・令和5年度、架空環境部に架空脱炭素課（職員数6人）を置きました。\n"
    assert _staff(text) == {("架空脱炭素課", 2024, "合計", 6)}


def test_an_office_in_the_unit_column_of_a_staff_table_counts_as_a_unit() -> None:
    """「架空海洋研究所」 under 所属名: an office whose name reads as a facility's, counted as
    the unit it is, in single-spaced text as in a tab-separated table."""
    spaced = "所属名 令和5年度 令和6年度\n架空港湾課 14 15\n架空海洋研究所 21 22\n"
    tabbed = "所属名\t令和5年度\t令和6年度\n架空港湾課\t14\t15\n架空海洋研究所\t21\t22\n"
    expected = {("架空港湾課", 2023, "合計", 14), ("架空港湾課", 2024, "合計", 15),
                ("架空海洋研究所", 2023, "合計", 21), ("架空海洋研究所", 2024, "合計", 22)}
    assert _staff("職員数\n" + spaced) == expected
    assert _staff("職員数\n" + tabbed) == expected


def test_an_office_outside_a_unit_column_is_no_staffed_unit() -> None:
    text = "区分\t職員数\n架空港湾課\t14\n架空海洋研究所\t21\n"
    assert ("架空海洋研究所", 2024, "合計", 21) not in _staff(text)


def test_a_subtotal_under_a_merged_group_cell_counts_the_group() -> None:
    """「架空本部 | 架空一部 | 30」 then 「 | 小計 | 50」: the subtotal of the group whose merged
    cell the first row printed, tab-separated or piped."""
    tabbed = ("部局\t部局\t職員数\n架空本部\t架空一部\t30\n\t架空二部\t20\n\t小計\t50\n"
              "架空局\t\t9\n")  # fmt: skip
    piped = ("| 部局 | 部局 | 職員数 |\n|---|---|---|\n| 架空本部 | 架空一部 | 30 |\n"
             "| | 架空二部 | 20 |\n| | 小計 | 50 |\n| 架空局 | | 9 |\n")  # fmt: skip
    for text in (tabbed, piped):
        assert ("架空本部", 2024, "合計", 50) in _staff(text)
        assert ("架空一部", 2024, "合計", 30) in _staff(text)


def test_a_date_in_the_caption_of_a_staff_table_gives_its_year() -> None:
    """「(令和6年4月1日現在)」 in the caption: the fiscal year that day opens, not the
    document's year, whether the caption is a heading or a numbered 【n】 line."""
    table = "所属名\t職員数\n架空港湾課\t14\n架空漁業課\t9\n"
    for caption in ("課別職員数(令和6年4月1日現在)\n", "【2】課別職員数(令和6年4月1日現在)\n"):
        assert _staff(caption + table, year=2023) == {
            ("架空港湾課", 2024, "合計", 14), ("架空漁業課", 2024, "合計", 9)}


def test_a_line_grouping_units_of_a_kind_counts_no_unit() -> None:
    """「架空議会事務局・各種委員会事務局」: several units of a kind on one line, no one unit."""
    text = "所属名\t職員数\n架空港湾課\t14\n架空議会事務局・各種委員会事務局\t7\n"
    assert _staff(text) == {("架空港湾課", 2024, "合計", 14)}


def test_a_unit_suffix_in_brackets_after_a_name_completes_the_unit() -> None:
    """「架空庁(事務局)」 in a unit column: the unit 架空庁事務局, tab-separated or piped; a note in
    brackets after a unit (「架空港湾課(新設)」) stays a note."""
    tabbed = "部局\t職員数\n架空港湾部\t40\n架空庁(事務局)\t12\n架空港湾課(新設)\t5\n"
    piped = ("| 部局 | 職員数 |\n|---|---|\n| 架空港湾部 | 40 |\n| 架空庁(事務局) | 12 |\n"
             "| 架空港湾課(新設) | 5 |\n")  # fmt: skip
    for text in (tabbed, piped):
        found = _staff(text)
        assert ("架空庁事務局", 2024, "合計", 12) in found
        assert ("架空港湾課", 2024, "合計", 5) in found


def test_a_count_copied_over_a_units_part_rows_is_the_units_own() -> None:
    # an HTML table's rowspan count cell, copied into every row it spans by the converter
    text = (
        "課名\t係名\t令和5年度職員数\t令和6年度職員数\n"
        "架空灯台課\t灯台管理係\t11\t12\n"
        "架空灯台課\t灯台整備係\t11\t12\n"
        "架空浜辺課\t浜辺係\t4\t4\n"
    )
    assert _staff(text) == {
        ("架空灯台課", 2023, "合計", 11),
        ("架空灯台課", 2024, "合計", 12),
        ("浜辺係", 2023, "合計", 4),
        ("浜辺係", 2024, "合計", 4),
    }


def test_a_count_printed_once_over_blank_part_rows_is_the_units_own() -> None:
    # a spreadsheet's merged cells exported as text: the unit and its count on the first row
    text = (
        "| 課名 | 係名 | 職員数 |\n"
        "|---|---|---|\n"
        "| 架空灯台課 | 灯台管理係 | 11 |\n"
        "|  | 灯台整備係 |  |\n"
        "| 架空浜辺課 | 浜辺係 | 4 |\n"
        "| 合計 |  | 15 |\n"
    )
    assert _staff(text) == {
        ("架空灯台課", 2024, "合計", 11),
        ("浜辺係", 2024, "合計", 4),
        ("青葉台市", 2024, "合計", 15),
    }


def test_equal_part_counts_that_sum_to_the_total_stay_the_parts() -> None:
    text = (
        "課名\t係名\t職員数\n"
        "架空灯台課\t灯台管理係\t6\n"
        "架空灯台課\t灯台整備係\t6\n"
        "架空浜辺課\t浜辺係\t4\n"
        "合計\t\t16\n"
    )
    assert ("灯台管理係", 2024, "合計", 6) in _staff(text)
    assert ("灯台整備係", 2024, "合計", 6) in _staff(text)


def test_a_numbered_staff_caption_with_a_unit_note_makes_year_columns_counts() -> None:
    # the caption is too long for a heading (its unit note sits far right): a numbered item
    text = (
        "(2) 係別職員数" + " " * 40 + "(単位:人)\n"
        "| 係名 | 令和6年度 | 令和7年度 |\n|---|---|---|\n"
        "| 架空灯台係 | 4 | 5 |\n| 架空浜辺係 | 3 | 3 |\n"
    )
    assert _staff(text) == {
        ("架空灯台係", 2024, "合計", 4),
        ("架空灯台係", 2025, "合計", 5),
        ("架空浜辺係", 2024, "合計", 3),
        ("架空浜辺係", 2025, "合計", 3),
    }


def test_the_column_of_unit_names_names_the_rows_when_no_header_says_which() -> None:
    # 「区分 | 区分」: a group column printed once, the units in the second column
    text = (
        "| 区分 | 区分 | 職員数 | 主な理由 |\n|---|---|---|---|\n"
        "| 本庁部門 | 架空灯台部 | 120 | 体制強化 |\n"
        "|  | 架空浜辺部 | 80 |  |\n"
        "| 学校部門 |  | 900 | 児童数の減 |\n"
    )
    assert _staff(text) == {("架空灯台部", 2024, "合計", 120), ("架空浜辺部", 2024, "合計", 80)}


def test_a_total_row_with_a_note_right_of_its_counts_is_still_the_total() -> None:
    text = (
        "区分\t区分\t職員数\t増減理由\n"
        "本庁部門\t架空灯台部\t120\t体制強化\n"
        "\t架空浜辺部\t80\t\n"
        "合計\t\t200\t事務の集約化\n"
    )
    assert ("青葉台市", 2024, "合計", 200) in _staff(text)


def test_a_breakdown_heading_over_a_list_of_units_with_bracketed_counts() -> None:
    text = (
        "■架空港湾部の内訳（令和7年4月1日現在）\n"
        "・架空港湾部（120人）\n"
        "　・本庁\n"
        "　　・灯台管理課（30人）\n"
        "　・出先機関\n"
        "　　・北浜事務所（90人）\n"
        "※部長は灯台管理課に含む。\n"
    )
    assert _staff(text) == {
        ("架空港湾部", 2025, "合計", 120),
        ("灯台管理課", 2025, "合計", 30),
        ("北浜事務所", 2025, "合計", 90),
    }


def test_a_total_row_under_a_staff_series_caption_counts_the_body_each_year() -> None:
    text = (
        "■職種別職員数の推移\n"
        "| 職種 | 令和3年度 | 令和4年度 |\n|---|---|---|\n"
        "| 一般行政職 | 100 | 98 |\n| 技能労務職 | 20 | 19 |\n| 計 | 120 | 117 |\n"
    )
    assert _staff(text) == {("青葉台市", 2021, "合計", 120), ("青葉台市", 2022, "合計", 117)}


def test_a_staff_row_under_a_target_caption_counts_only_its_reported_column() -> None:
    text = (
        "3 定員管理計画の数値目標\n"
        "区分\t基準値（令和5年度）\t令和6年度（実績）\t令和7年度\t令和8年度\n"
        "総職員数（人）\t305\t300\t298\t296\n"
    )
    assert _staff(text) == {("青葉台市", 2023, "合計", 305), ("青葉台市", 2024, "合計", 300)}


def test_a_staff_sentence_in_a_table_cell_counts_the_body_and_the_year_before() -> None:
    text = (
        "| 項目 | 評価 | 取組の状況 |\n|---|---|---|\n"
        "| 人材育成 | ○ | 職員数は令和6年4月1日現在120人（前年同日123人）となり、"
        "研修を拡充した。 |\n"
    )
    assert _staff(text) == {("青葉台市", 2024, "合計", 120), ("青葉台市", 2023, "合計", 123)}


def test_a_dated_credit_line_under_the_title_is_not_the_unit_counted() -> None:
    text = (
        "第2次青葉台市行政改革実施計画（令和6年度～令和10年度）\n"
        "進 捗 報 告 書\n"
        "令和7年6月　青葉台市行政改革推進本部\n"
        "1 概要\n"
        "職員数は令和7年4月1日現在300人です。\n"
    )
    assert _staff(text) == {("青葉台市", 2025, "合計", 300)}


def test_year_columns_of_counts_in_people_beside_units_count_their_staff() -> None:
    text = "| 所属 | 令和5年度 | 令和6年度 |\n|---|---|---|\n| 灯台管理課 | 18人 | 19人 |\n"
    assert _staff(text) == {("灯台管理課", 2023, "合計", 18), ("灯台管理課", 2024, "合計", 19)}


def test_year_columns_of_other_counts_beside_units_count_no_staff() -> None:
    text = "課名\t令和5年度\t令和6年度\n灯台管理課\t18件\t19件\n浜辺整備課\t7件\t9件\n"
    assert _staff(text) == set()


def test_a_staff_field_dated_by_the_day_it_was_counted() -> None:
    text = "【所属名】灯台管理課\n【職員数】令和7年4月1日現在 18人\n"
    assert _staff(text) == {("灯台管理課", 2025, "合計", 18)}


def test_a_colon_staff_field_dated_by_the_day_it_was_counted() -> None:
    text = "所属名：灯台管理課\n職員数：2023年4月1日時点で20名\n"
    assert _staff(text) == {("灯台管理課", 2023, "合計", 20)}


def test_a_staff_field_with_the_day_in_brackets_after_the_count() -> None:
    text = "【所属名】灯台管理課\n【職員数】18人（令和7年4月1日現在）\n"
    assert _staff(text) == {("灯台管理課", 2025, "合計", 18)}


def test_a_pipe_table_with_its_years_on_a_second_header_row() -> None:
    text = (
        "| 課名 | 職員数 | 職員数 |\n| | 令和5年度 | 令和6年度 |\n|---|---|---|\n"
        "| 灯台管理課 | 18 | 19 |\n| 浜辺整備課 | 7 | 9 |\n"
    )
    assert _staff(text) == {
        ("灯台管理課", 2023, "合計", 18),
        ("灯台管理課", 2024, "合計", 19),
        ("浜辺整備課", 2023, "合計", 7),
        ("浜辺整備課", 2024, "合計", 9),
    }


def test_a_dash_under_a_units_first_part_is_that_parts_own_no_merged_count() -> None:
    text = (
        "| 課名 | 係名 | 職員数 |\n|---|---|---|\n"
        "| 架空灯台課 | 灯台管理係 | 11 |\n"
        "|  | 灯台整備係 | － |\n"
    )
    assert _staff(text) == {("灯台管理係", 2024, "合計", 11)}


def test_a_staff_row_by_year_keeps_a_count_repeated_in_a_later_year() -> None:
    """The same head count in two years (「305 | 301 | 305」) is a count of each year."""
    text = "区分\t2021.4.1\t2022.4.1\t2023.4.1\n職員総数\t305\t301\t305\n"
    assert _staff(text, year=2023) == {
        ("青葉台市", 2021, "合計", 305),
        ("青葉台市", 2022, "合計", 301),
        ("青葉台市", 2023, "合計", 305),
    }


def test_a_column_headed_by_a_day_keeps_its_count_stated_again_for_another_day() -> None:
    """「2021.4.1」 dates its column itself: a sentence giving 305 for 2023 moves nothing."""
    text = (
        "区分\t2021.4.1\t2022.4.1\t2023.4.1\n職員総数\t305\t301\t305\n"
        "令和5年4月1日現在の職員数は305人です。\n"
    )
    assert _staff(text, year=2023) == {
        ("青葉台市", 2021, "合計", 305),
        ("青葉台市", 2022, "合計", 301),
        ("青葉台市", 2023, "合計", 305),
    }


def test_a_staff_series_printed_one_day_a_line_counts_each_year() -> None:
    text = (
        "◆職員数の推移\n令和元年4月1日現在　512人\n令和3年4月1日現在　498人\n"
        "令和5年4月1日現在　490人\n"
    )
    assert _staff(text, year=2023) == {
        ("青葉台市", 2019, "合計", 512),
        ("青葉台市", 2021, "合計", 498),
        ("青葉台市", 2023, "合計", 490),
    }


def test_a_column_listing_each_units_parts_names_no_row() -> None:
    # 「庶務係・人事係」: the parts of the 課 beside it, listed; the count is the 課's
    text = (
        "部名\t課名\t担当する係\t職員数\n"
        "架空管理部\t架空庶務課\t庶務係・人事係\t18\n"
        "\t架空財務課\t予算係・契約係・管財係\t21\n"
    )
    assert _staff(text) == {("架空庶務課", 2024, "合計", 18), ("架空財務課", 2024, "合計", 21)}


def test_staff_tables_one_per_department_under_one_caption() -> None:
    # the caption heads the page; each table sits under a heading naming its 部 alone
    text = (
        "# 所属別の職員数\n\n"
        "毎年4月1日の人数です。\n\n"
        "## 架空総務部\n\n"
        "課名\t2023年\t2024年\n架空人事課\t9\t10\n計\t30\t31\n\n"
        "## 架空建設部\n\n"
        "課名\t2023年\t2024年\n架空道路課\t14\t13\n"
    )
    assert _staff(text) == {
        ("架空人事課", 2023, "合計", 9), ("架空人事課", 2024, "合計", 10),
        ("架空総務部", 2023, "合計", 30), ("架空総務部", 2024, "合計", 31),
        ("架空道路課", 2023, "合計", 14), ("架空道路課", 2024, "合計", 13),
    }  # fmt: skip


def test_a_heading_naming_only_a_unit_is_no_staff_caption() -> None:
    # a table of sums under a unit's heading, no caption saying it counts staff
    text = "## 架空総務部\n\n課名\t2023年\t2024年\n架空人事課\t9\t10\n"
    assert _staff(text) == set()


def test_a_leader_line_counts_the_unit_it_leads_from() -> None:
    # 「架空企画課 ・・・・・ 職員 9人」: the dotted leader joins the unit to its count
    text = (
        "組織図\n  架空本部\n"
        "    架空企画課 ・・・・・・ 職員 9人\n    架空広報課 ・・・・・・ 職員 4人\n"
    )
    assert _staff(text) == {("架空企画課", 2024, "合計", 9), ("架空広報課", 2024, "合計", 4)}


def test_rows_of_a_kind_column_that_count_staff() -> None:
    # one table mixes measures: the first column says what each row counts
    text = (
        "| 項目 | 内訳 | 2023年度 | 2024年度 |\n|---|---|---|---|\n"
        "| 予算 | 一般会計 | 5,200 | 5,400 |\n"
        "| 職員数 | 架空振興課 | 12 | 13 |\n"
        "| 職員数 | 架空管理課 | 7 | 7 |\n"
    )
    assert _staff(text) == {
        ("架空振興課", 2023, "合計", 12), ("架空振興課", 2024, "合計", 13),
        ("架空管理課", 2023, "合計", 7), ("架空管理課", 2024, "合計", 7),
    }  # fmt: skip


def test_a_summary_table_of_units_under_the_year_labels_of_staff_tables_above() -> None:
    # 「区分」 names no units, but its rows are units, counted by the same years as above
    text = (
        "職員数の推移\n\n"
        "所属\t2023年\t2024年\n架空人事課\t9\t10\n\n"
        "まとめ\n\n"
        "区分\t2023年\t2024年\n架空管理部局\t120\t118\n架空事業局\t40\t41\n合計\t160\t159\n"
    )
    assert _staff(text) == {
        ("架空人事課", 2023, "合計", 9), ("架空人事課", 2024, "合計", 10),
        ("架空管理部局", 2023, "合計", 120), ("架空管理部局", 2024, "合計", 118),
        ("架空事業局", 2023, "合計", 40), ("架空事業局", 2024, "合計", 41),
        ("青葉台市", 2023, "合計", 160), ("青葉台市", 2024, "合計", 159),
    }  # fmt: skip


def test_a_staff_field_of_year_tagged_counts() -> None:
    # 「職員数：R2＝410人／R3＝405人」: the whole staff, year by year, after its label
    text = "■定員の状況\n職員数：R2＝410人／R3＝405人\n"
    assert _staff(text) == {("青葉台市", 2020, "合計", 410), ("青葉台市", 2021, "合計", 405)}


def test_year_tagged_staff_counts_skip_a_target_year() -> None:
    # a line of the staff label and counts tagged 実績 and 目標: the target is no count
    text = "指標名 職員数 令和4年度実績 322人 令和5年度実績 318人 令和9年度目標 300人\n"
    assert _staff(text) == {("青葉台市", 2022, "合計", 322), ("青葉台市", 2023, "合計", 318)}


def test_a_caption_naming_staff_before_its_qualifier() -> None:
    # 「所属別職員数の見通し」: what the table counts is named before 「の」
    text = "所属別職員数の見通し\n\n所属\t2025年\t2026年\n架空税務課\t11\t12\n"
    assert _staff(text) == {("架空税務課", 2025, "合計", 11), ("架空税務課", 2026, "合計", 12)}


def test_a_year_column_labelled_as_actual_counts_too() -> None:
    # 「2024年実績 | 2025年 | 2026年」 under a staff caption: the first year's figure is real
    text = "■ 課別の職員数\n\n課名\t2024年実績\t2025年\n架空税務課\t10\t11\n"
    assert _staff(text) == {("架空税務課", 2024, "合計", 10), ("架空税務課", 2025, "合計", 11)}


def test_a_bracketed_subtotal_row_with_a_note_counts_its_unit() -> None:
    # 「【総務局計】※局長等2人を含む」: the 局's total, the note and the brackets set aside
    text = (
        "青葉台市 部局別職員数の推移(各年4月1日現在)\n"
        "局\t課\t令和6年4月1日\t令和7年4月1日\n"
        "架空総務局\t架空総務課\t57\t55\n"
        "架空総務局\t架空人事課\t53\t51\n"
        "架空総務局\t【架空総務局計】※局長等2人を含む\t112\t108\n"
    )
    counts = {(org, year, count) for org, year, _, count in _staff(text, year=None)}
    assert {("架空総務局", 2024, 112), ("架空総務局", 2025, 108)} <= counts


def test_a_part_s_total_in_round_brackets_is_no_unit_s_total() -> None:
    assert staff._total_of("(架空町長部局 計)") is None
    assert staff._total_of("【架空総務局計】※局長等2人を含む") == "架空総務局"
