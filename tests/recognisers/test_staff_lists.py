"""Staff counts in a list of units: 「架空課：12人」 fields, 「架空課 12」 items under a caption."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str, *, year: int | None = 2024) -> set[object]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.employment_type, s.count) for s in facts.staff}


def test_fields_naming_units_with_a_count_each_count_that_unit() -> None:
    text = "局の組織（2023年4月1日現在）\n架空管理課：17名\n架空整備課：9名\n"
    assert _staff(text, year=2024) == {
        ("架空管理課", 2023, "合計", 17),
        ("架空整備課", 2023, "合計", 9),
    }


def test_a_run_of_offices_after_a_run_of_units_counts_too() -> None:
    text = (
        "【本庁】\n架空管理課：17名\n架空整備課：9名\n\n"
        "【出先機関】\n架空試験場：21名\n架空研究所：6名\n"
    )
    assert _staff(text) == {
        ("架空管理課", 2024, "合計", 17),
        ("架空整備課", 2024, "合計", 9),
        ("架空試験場", 2024, "合計", 21),
        ("架空研究所", 2024, "合計", 6),
    }


def test_a_run_of_offices_alone_counts_nothing() -> None:
    """「架空第一保育所：120人」 fields alone may be capacities, not staff."""
    assert _staff("架空第一保育所：120人\n架空第二保育所：90人\n") == set()


def test_bare_numbers_of_units_under_a_staff_caption_count_those_units() -> None:
    text = (
        "■課別職員数（令和6年4月1日現在）\n"
        "  ・架空管理課　17\n"
        "  ・架空整備課　9\n"
        "  ・架空研究所（架空整備課所管）　4 ※架空整備課の内数\n"
    )
    assert _staff(text, year=2024) == {
        ("架空管理課", 2024, "合計", 17),
        ("架空整備課", 2024, "合計", 9),
        ("架空研究所", 2024, "合計", 4),
    }


def test_bare_numbers_under_a_caption_of_no_staff_count_nothing() -> None:
    text = "■課別の研修回数\n  ・架空管理課　17\n  ・架空整備課　9\n"
    assert _staff(text) == set()


def test_bare_numbers_under_an_undated_staff_caption_with_no_people_count_nothing() -> None:
    """「職員研修の実施回数」 names the staff word, but its numbers count no people."""
    text = "■職員研修の実施回数\n  ・架空管理課　17\n  ・架空整備課　9\n"
    assert _staff(text) == set()


def test_a_chart_goes_on_past_a_note_under_an_entry_and_a_group_heading() -> None:
    text = (
        "各組織名の後ろの（　）内の数字は、その組織に所属する職員の数です。\n"
        "組織図\n"
        "• 架空政策局（96人）\n"
        "  • 架空企画課（19人）\n"
        "• 架空区役所（146人）\n"
        "区役所の課ごとの職員数は、区のページに掲載しています。\n"
        "行政委員会\n"
        "• 架空教育委員会事務局（305人）\n"
        "  • 架空教育総務課（72人）\n"
        "※上記は主な組織のみ掲載しています。\n"
    )
    counts = _staff(text)
    assert ("架空教育委員会事務局", 2024, "合計", 305) in counts
    assert ("架空教育総務課", 2024, "合計", 72) in counts


def test_a_series_of_days_under_the_staff_label_counts_the_whole_body() -> None:
    text = (
        "職員数の推移\n"
        "全会計の職員数（各年4月1日現在）の推移です。\n"
        "基準日\t職員数\t対前年増減\n"
        "令和5年4月1日\t14,618人\t△37人\n"
        "令和6年4月1日\t14,590人\t△28人\n"
    )
    counts = _staff(text)
    assert {("青葉台市", 2023, "合計", 14_618), ("青葉台市", 2024, "合計", 14_590)} <= counts


def test_a_chart_after_its_dated_legend_and_a_contact_line_counts_each_unit() -> None:
    text = (
        "令和7年4月1日現在の組織です。（　）内の数字は正規職員数です。\n"
        "市役所代表電話：0123-45-1111\n"
        "職員総数　475人\n"
        "市長部局\n"
        "• 架空公室（23人）\n"
        "  • 架空広報室（9人）電話：0123-45-2114\n"
        "    • 架空秘書係\n"
        "  • 架空政策課（14人）電話：0123-45-2125\n"
    )
    counts = _staff(text, year=None)
    assert {
        ("架空公室", 2025, "合計", 23),
        ("架空広報室", 2025, "合計", 9),
        ("架空政策課", 2025, "合計", 14),
    } <= counts


def test_each_rows_total_column_counts_its_unit_under_a_staff_caption() -> None:
    text = (
        "令和7年4月1日現在　局・部別　職種別職員数\n"
        "局等\t部・室等\t事務\t技術\t計\t前年度計（R6.4.1）\n"
        "架空総務局\t\t137\t20\t170\t172\n"
        "架空総務局\t架空総務部\t24\t3\t30\t31\n"
        "架空総務局\t架空人事部\t27\t6\t38\t37\n"
    )
    counts = _staff(text, year=None)
    assert {
        ("架空総務局", 2025, "合計", 170),
        ("架空総務局", 2024, "合計", 172),
        ("架空総務部", 2025, "合計", 30),
    } <= counts
    assert not any(n in (137, 24) for *_, n in counts)  # 職種: parts of the total
