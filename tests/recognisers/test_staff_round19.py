"""Staff counts of round 19: a chain of a year's count after another joined by arrows (under a
caption naming the staff label, or on the label's own line with the aims left out), a sentence
of dated counts wrapped over the lines of minutes, and the body, not the committee whose sitting
the minutes record, as the one counted (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.recognisers.budgets import document_owner
from loaders.structure import read_structure


def _facts(text: str, *, title: str | None = None) -> DocumentFacts:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    facts.title = title
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return facts


def _staff(text: str, *, title: str | None = None) -> set[tuple[str, int, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in _facts(text, title=title).staff}


def test_an_arrow_chain_under_a_staff_caption_counts_the_body_each_year() -> None:
    text = (
        "## 職員数の推移（各年4月1日現在）\n\n"
        "平成30年 520人 ⇒ 令和元年 515人 ⇒ 令和2年 509人\n\n"
        "## 問い合わせ\n\n架空課\n"
    )
    assert _staff(text) == {("青葉台市", 2018, 520), ("青葉台市", 2019, 515),
                            ("青葉台市", 2020, 509)}  # fmt: skip


def test_an_arrow_chain_on_the_staff_labels_line_leaves_out_its_target() -> None:
    text = (
        "<ul><li>指標：職員数（4月1日）　基準値 300人（令和2年度） → 実績 290人（令和4年度）"
        " ／ 目標 280人（令和6年度）</li></ul>\n"
    )
    assert _staff(text) == {("青葉台市", 2020, 300), ("青葉台市", 2022, 290)}


def test_an_arrow_chain_of_another_count_under_no_staff_caption_is_no_staff() -> None:
    text = "来館者数の推移\n平成30年 520人 → 令和元年 515人\n"
    assert _staff(text) == set()


def test_a_dated_count_sentence_wrapped_over_the_lines_of_minutes_counts_each_day() -> None:
    text = (
        "委員長　次に、事務局から報告をお願いします。\n"
        "事務局（人事課長）　資料2により、職員数について報告します。職員数は、令和3年\n"
        "　4月1日現在で512人、令和4年4月1日現在の505人から令和5年4月1日現在で\n"
        "　498人となりました。\n"
    )
    assert _staff(text) == {("青葉台市", 2021, 512), ("青葉台市", 2022, 505),
                            ("青葉台市", 2023, 498)}  # fmt: skip


def test_minutes_of_a_committees_sitting_are_not_owned_by_the_committee() -> None:
    title = "令和6年度第3回青葉台市架空改革推進委員会 会議録"
    text = title + "\n\n職員数は、令和5年4月1日現在で700人、令和6年4月1日現在で690人です。\n"
    facts = _facts(text, title=title)
    assert document_owner(facts) == "青葉台市"
    assert {(s.organization, s.count) for s in facts.staff} == {
        ("青葉台市", 700), ("青葉台市", 690)
    }


def test_a_count_line_naming_no_unit_counts_the_unit_heading_it() -> None:
    text = (
        "# 令和6年度 架空部の運営方針\n\n"
        "## 架空企画課\n\n職員数 12名\n\n主な仕事 計画づくり\n\n"
        "## 架空推進室（推進係・調整係）\n\n職員数 5名\n\n"
    )
    assert _staff(text) == {("架空企画課", 2024, 12), ("架空推進室", 2024, 5)}


def test_a_count_line_under_a_heading_naming_no_unit_keeps_its_owner() -> None:
    text = "# 架空部の体制\n\n職員数 40名\n"
    assert _staff(text) == {("架空部", 2024, 40)}


def test_a_units_counts_told_in_a_speech_skip_the_change_and_the_aim() -> None:
    text = (
        "<p>答　架空推進課の職員数は、令和4年度は20人でしたが、令和5年度は体制を強化するため"
        "3人増員し、23人となります。</p>\n"
        "<p>また、架空局の職員を令和4年度の40人から令和5年度は45人に増員し、令和8年度に50人と"
        "する目標です。</p>\n"
    )
    assert _staff(text) == {
        ("架空推進課", 2022, 20), ("架空推進課", 2023, 23),
        ("架空局", 2022, 40), ("架空局", 2023, 45),
    }  # fmt: skip


def test_a_general_remark_on_staff_counts_nothing() -> None:
    text = "<p>職員は、令和4年度から研修を受け、令和5年度には全員が10人単位の班で活動します。</p>\n"
    assert _staff(text) == set()
