"""Staff counts in the layouts of round 17: a list of units with their counts after a lead-in
(a sentence however its lines wrap, or a field stating the whole), a breakdown run on one
line, a breakdown cell of a staff table, a unit printed with the committee over it, and a
ward's whole staff (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.genres.units import ward_office
from loaders.recognisers import staff
from loaders.recognisers.staff_lists import unit_counts
from loaders.structure import read_structure


def _staff(text: str, *, body: str = "青葉台市") -> set[tuple[str, int, int]]:
    facts = DocumentFacts("x.txt", "999989", body, None, text, "generic", fiscal_year=2024)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


def test_a_list_after_a_wrapped_lead_in_sentence_counts_its_units_and_total() -> None:
    text = (
        "■ 町の体制\n\n"
        "今年度から架空推進室を新設しました。町の職員数（4月1日現在）\n"
        "は次のとおりです。\n"
        "- 架空総務課　　12人\n"
        "- 架空推進室　　 3人（架空総務課内）\n"
        "- 架空建設課　　10人\n"
        "合計　25人（前年度は24人）\n"
    )
    assert _staff(text) == {
        ("架空総務課", 2024, 12), ("架空推進室", 2024, 3), ("架空建設課", 2024, 10),
        ("青葉台市", 2024, 25), ("青葉台市", 2023, 24),
    }  # fmt: skip


def test_a_list_after_a_field_stating_the_whole_dates_and_counts_it() -> None:
    text = (
        "組織の体制（令和5年4月1日現在）：職員 40人\n"
        "- 架空企画課 15人\n"
        "- 架空福祉センター 25人\n"
        "  - 架空支援課 11人\n"
    )
    assert _staff(text, body="架空市青葉区") == {
        ("架空企画課", 2023, 15), ("架空福祉センター", 2023, 25), ("架空支援課", 2023, 11),
        ("青葉区役所", 2023, 40),
    }  # fmt: skip


def test_a_list_under_no_staff_lead_in_counts_nothing() -> None:
    text = "参加者の内訳は次のとおりです。\n- 架空企画課 15人\n- 架空支援課 11人\n"
    assert _staff(text) == set()


def test_a_breakdown_run_on_one_line_counts_each_bracketed_unit() -> None:
    text = (
        "1. 職員数　架空部　52人（令和6年4月1日現在）\n"
        "2. 内訳：架空一課（20人）、架空二課（32人、分室に配置）\n"
    )
    assert ("架空一課", 2024, 20) in _staff(text)
    assert ("架空二課", 2024, 32) in _staff(text)


def test_a_staff_tables_breakdown_cell_counts_each_part() -> None:
    text = (
        "課別職員数\n\n"
        "| 課 | 職員数 | 係の内訳 |\n|---|---|---|\n"
        "| 架空総務課 | 9 | 架空庶務係 5人 架空防災係 4人 |\n"
        "| 教育委員会 架空学務課 | 4 | |\n"
    )
    assert _staff(text) == {
        ("架空総務課", 2024, 9), ("架空庶務係", 2024, 5), ("架空防災係", 2024, 4),
        ("架空学務課", 2024, 4),
    }  # fmt: skip


def test_unit_counts_reads_only_a_cell_of_units_and_counts() -> None:
    assert unit_counts("架空庶務係 5人 架空防災係 4人") == [
        ("架空庶務係", 5, 0, 8), ("架空防災係", 4, 9, 17)]
    assert unit_counts("参加者 5人") == []
    assert unit_counts("架空庶務係 5人 ほか") == []


def test_a_wards_office_is_its_name_and_office() -> None:
    assert ward_office("架空市青葉区") == "青葉区役所"
    assert ward_office("架空市") is None
    assert ward_office("架空町") is None


def test_a_sentence_of_years_and_counts_after_the_staff_label_counts_the_body() -> None:
    text = (
        "<p>問　職員の体制は。</p>\n"
        "<p>答　4月1日現在の職員数は、令和4年度が80人、令和5年度が82人である。</p>\n"
    )
    assert _staff(text) == {("青葉台市", 2022, 80), ("青葉台市", 2023, 82)}


def test_a_sentence_of_years_and_counts_names_its_unit_before_the_label() -> None:
    text = "<p>架空保健課の職員数は令和5年度12人、令和6年度14人です。</p>\n"
    assert _staff(text) == {("架空保健課", 2023, 12), ("架空保健課", 2024, 14)}


def test_a_lead_in_naming_its_unit_counts_no_whole_body() -> None:
    text = (
        "■部の体制（令和6年4月1日現在）\n"
        "　架空市民部　職員数 30人\n"
        "　　・架空窓口課　18人\n"
        "　　・架空年金課　12人\n"
    )
    found = _staff(text)
    assert ("架空窓口課", 2024, 18) in found
    assert not any(name == "青葉台市" for name, _, _ in found)


def test_a_kpi_named_as_the_staff_label_counts_the_body_at_baseline_and_actuals() -> None:
    text = (
        "| 取組名 | 指標名 | 基準値 | 基準年度 | 年度 | 目標値 | 実績値 |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 定員管理 | 職員数 | 120 | 令和3年度 | 令和4年度 | 118 | 119 |\n"
        "| 定員管理 | 職員数 | 120 | 令和3年度 | 令和5年度 | 116 | 117 |\n"
        "| 定員管理 | 職員数 | 120 | 令和3年度 | 令和6年度 | 114 |  |\n"
        "| 窓口改善 | 待ち時間 | 30 | 令和3年度 | 令和4年度 | 25 | 26 |\n"
    )
    assert _staff(text) == {("青葉台市", 2021, 120), ("青葉台市", 2022, 119),
                            ("青葉台市", 2023, 117)}  # fmt: skip
