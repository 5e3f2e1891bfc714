"""Round 31: a staff list captioned 「…職員数調」 with a column of unit codes before the names,
units' counts in brackets in a cell listing them, and a note under an evaluation table that
dates one column's grades (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str, *, year: int = 2025) -> set[tuple[str, int, int]]:
    facts = DocumentFacts("x.txt", "999989", "架空台町", None, text, "generic", fiscal_year=year)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


_CODED = (
    "架空台町　所属別職員数調\n"
    "（各年度４月１日現在・単位：人）\n"
    "所属コード\t所属名\t令和６年度\t令和７年度\n"
    "010000\t総務部\t48\t50\n"
    "010100\t総務課\t24\t25\n"
    "010200\t人事課\t15\t16\n"
)


def test_a_caption_closed_by_a_list_word_captions_a_staff_table() -> None:
    assert ("人事課", 2024, 15) in _staff(_CODED)


def test_the_units_are_named_by_the_names_beside_their_codes() -> None:
    found = _staff(_CODED)
    assert ("総務課", 2025, 25) in found
    assert not any(name.isdigit() for name, _, _ in found)


def test_counts_in_brackets_after_the_units_a_cell_lists() -> None:
    text = (
        "部・課別の職員数（令和7年4月1日現在、単位：人）\n"
        "部\t課・室（職員数）\t部計\n"
        "架空企画部\t架空企画課（22）、架空政策課（18）、架空推進室（9）\t49\n"
    )
    found = _staff(text)
    assert {("架空企画課", 2025, 22), ("架空推進室", 2025, 9)} <= found


def test_a_sentence_under_a_graded_table_dating_its_previous_grades_dates_no_others() -> None:
    text = (
        "令和７年度　架空台町行政評価結果一覧（令和６年度実施分）\n"
        "\n"
        "【評価の区分】\n"
        "事務事業評価：Ａ＝成果が十分　Ｂ＝成果あり　Ｃ＝不十分\n"
        "施策の「前年度評価」は、令和５年度の取組に対する評価です。\n"
        "\n"
        "区分\t番号\t名称\t主管課\t評価\t前年度評価\n"
        "事務事業\t1-1-1-01\t架空防災組織育成事業\t架空危機管理課\tＢ\t\n"
        "事務事業\t1-1-1-02\t架空備蓄品整備事業\t架空危機管理課\tＡ\t\n"
    )
    facts = parse_document(
        text, file="x.tsv", municipality_code="999989", municipality="架空台町",
        prefecture="架空県",
    )  # fmt: skip
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert ("架空防災組織育成事業", 2024, "B") in grades


def test_a_group_named_on_its_middle_row_counts_its_subtotal() -> None:
    text = (
        "部課別職員数の推移（各年度４月１日現在）\n"
        "部\t課\t令和6年度\t令和7年度\n"
        "\t架空政策課\t15\t12\n"
        "架空企画部\t架空財政課\t11\t10\n"
        "\t架空広聴課\t5\t7\n"
        "\t小計\t31\t29\n"
        "\t架空総務課\t20\t16\n"
        "架空総務部\t架空人事課\t12\t11\n"
        "\t小計\t32\t27\n"
        "架空委員会等\t架空監査事務局\t4\t4\n"
    )
    found = _staff(text)
    assert {("架空企画部", 2024, 31), ("架空総務部", 2025, 27)} <= found
    assert ("架空政策課", 2025, 12) in found


_UNIT_CARD = (
    "令和７年度 架空台町 課の組織目標\n"
    "❶　架空総務課　　　　　　　　　　課長　架空　太郎\n"
    "　職員数　１４人（架空総務係　５人／架空財政係　５人／架空防災係　４人）\n"
    "　【課の使命】\n"
    "　　町政の総合調整を担う。\n"
    "❷　架空企画課　　　　　　　　　　課長　架空　花子\n"
    "　職員数　８人（架空企画係　４人／架空振興係　４人）\n"
)


def test_a_count_under_a_heading_naming_the_unit_and_its_head_counts_that_unit() -> None:
    found = _staff(_UNIT_CARD)
    assert {("架空総務課", 2025, 14), ("架空企画課", 2025, 8)} <= found


def test_the_parts_bracketed_after_a_labelled_count_are_counted_each() -> None:
    found = _staff(_UNIT_CARD)
    assert {("架空財政係", 2025, 5), ("架空振興係", 2025, 4)} <= found


def test_dingbat_digits_number_headings() -> None:
    doc = read_structure(_UNIT_CARD, labels=all_labels())
    numbered = [(b.number, b.kind) for b in doc.blocks if b.number in ("❶", "❷")]
    assert numbered == [("❶", "heading"), ("❷", "heading")]


def test_coded_policy_rows_graded_in_digits_among_letter_graded_projects() -> None:
    text = (
        "令和７年度　架空台町行政評価結果一覧（令和６年度実施分）\n"
        "\n"
        "区分\t番号\t名称\t主管課\t評価\t前年度評価\n"
        "施策\t1-1-1\t架空防災対策の推進\t架空危機管理課\t4\t3\n"
        "事務事業\t1-1-1-01\t架空防災組織育成事業\t架空危機管理課\tＢ\t\n"
        "事務事業\t1-1-1-02\t架空備蓄品整備事業\t架空危機管理課\tＡ\t\n"
        "施策\t1-2-1\t架空道路網の整備\t架空道路課\t3\t2\n"
        "事務事業\t1-2-1-01\t架空市道改良事業\t架空道路課\tＣ\t\n"
    )
    facts = parse_document(
        text, file="x.tsv", municipality_code="999989", municipality="架空台町",
        prefecture="架空県",
    )  # fmt: skip
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空防災対策の推進", 2024, "4"), ("架空道路網の整備", 2024, "3")} <= grades
    assert {("架空防災対策の推進", 2023, "3"), ("架空道路網の整備", 2023, "2")} <= grades
    assert ("架空市道改良事業", 2024, "C") in grades


def test_a_units_code_says_which_unit_it_is_of() -> None:
    facts = parse_document(
        _CODED.replace("010200\t人事課", "010201\t人事係\t3\t3\n010200\t人事課"),
        file="x.tsv", municipality_code="999989", municipality="架空台町", prefecture="架空県",
    )  # fmt: skip
    parents = {(o.name, o.parent) for o in facts.organizations}
    assert {("総務課", "総務部"), ("人事課", "総務部"), ("人事係", "人事課")} <= parents


def test_a_run_of_dotted_lines_each_ending_in_a_labelled_grade_grades_its_entries() -> None:
    text = (
        "令和７年度 架空台町 課の組織目標\n"
        "【令和６年度重点目標の振り返り】\n"
        "　・架空備蓄品の計画的な更新…………………………自己評価　４\n"
        "　・架空勤務の縮減……………………………………自己評価　２\n"
    )
    facts = parse_document(
        text, file="x.txt", municipality_code="999989", municipality="架空台町",
        prefecture="架空県",
    )  # fmt: skip
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空備蓄品の計画的な更新", 2024, "4"), ("架空勤務の縮減", 2024, "2")} <= grades
