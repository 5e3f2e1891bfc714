"""Round 18: the department a memo or a release speaks for owns its budget and its staff
total, a council committee a paper goes to owns nothing, consecutive lines of a unit and its
count are a staff list whatever heads them, and of a code column and a name column under one
field's labels the name column names the row (fictional examples, in layouts of no
development set)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets, organizations, staff
from loaders.recognisers.opening_unit import opening_department
from loaders.structure import read_structure


def _facts(text: str, body: str = "青葉台市") -> tuple[DocumentFacts, object]:
    facts = DocumentFacts("x.txt", "999989", body, None, text, "generic", fiscal_year=2024)
    doc = read_structure(text, labels=all_labels())
    staff.recognise(doc, facts)
    budgets.recognise(doc, facts)
    return facts, doc


_MEMO = (
    "架企第７号\n"
    "令和６年５月１０日\n"
    "\n"
    "　青葉台市長　様\n"
    "\n"
    "　　　　　　　　　　　　　　　　　　青葉台市架空企画部長\n"
    "\n"
    "　　令和６年度　架空企画部の運営目標について\n"
    "\n"
    "記\n"
    "\n"
    "１．部の人員\n"
    "\n"
    "　　架空政策課　　　１１人\n"
    "　　架空広報課　　　　７人\n"
    "\n"
    "２．部の予算\n"
    "\n"
    "　一般会計　　　　　　　　５億２，０００万円\n"
)


def test_a_memo_below_its_letter_head_is_the_senders_department() -> None:
    facts, _ = _facts(_MEMO)
    assert {(b.owner, b.account, b.amount) for b in facts.budgets} == {
        ("架空企画部", "一般会計", 520_000_000)
    }


def test_a_unit_named_in_the_opening_without_speaking_as_it_owns_nothing() -> None:
    text = (
        "令和６年度　当初予算の概要\n"
        "\n"
        "架空財務局\n"
        "\n"
        "１　一般会計\n"
        "　市全体の予算です。\n"
    )
    doc = read_structure(text, labels=all_labels())
    assert opening_department(doc, ("青葉台市",)) is None


def test_unit_count_lines_under_a_heading_naming_no_staff_are_a_staff_list() -> None:
    facts, _ = _facts(_MEMO)
    assert {(s.organization, s.count) for s in facts.staff} == {
        ("架空政策課", 11), ("架空広報課", 7),
    }  # fmt: skip


def test_a_slashed_line_of_units_and_a_bracketed_total_count_each_unit() -> None:
    text = (
        "◇ 支所のしくみ\n"
        "　架空窓口係 ( 6名) ／ 架空税務係 ( 4名)\n"
        "　架空保健係 ( 5名) ※架空窓口係の内数\n"
        "　──────\n"
        "　区役所計 ( 15名)\n"
    )
    facts, _ = _facts(text, body="青葉台市架空区")
    assert {(s.organization, s.count) for s in facts.staff} == {
        ("架空窓口係", 6), ("架空税務係", 4), ("架空保健係", 5), ("架空区役所", 15),
    }  # fmt: skip


def test_one_unit_with_a_count_is_no_staff_list() -> None:
    facts, _ = _facts("◇ 講座のご案内\n　架空推進課　30人\n　申込は電話で。\n")
    assert facts.staff == []


def test_a_note_counting_a_unit_within_another_places_it_there() -> None:
    text = (
        "◇ 支所のしくみ\n"
        "　架空窓口課 ( 6名)\n"
        "　　架空分室 ( 2名) ※架空窓口課の内数\n"
        "　架空税務課 ( 4名)\n"
    )
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    organizations.recognise(read_structure(text, labels=all_labels()), facts)
    assert ("架空分室", "架空窓口課") in {(o.name, o.parent) for o in facts.organizations}


def test_a_council_committee_a_paper_goes_to_owns_no_budget_and_is_no_unit() -> None:
    text = (
        "令和６年２月定例会\n"
        "架空文教常任委員会 説明資料\n"
        "\n"
        "１ 会計別予算額\n"
        "　一般会計　　　　　４億円\n"
    )
    facts, _ = _facts(text)
    assert {b.owner for b in facts.budgets} == {"青葉台市"}
    organizations.recognise(read_structure(text, labels=all_labels()), facts)
    assert not any(o.name.endswith("委員会") for o in facts.organizations)


def test_a_deck_calling_its_unit_by_the_suffix_is_that_units() -> None:
    text = (
        "[表紙]\n"
        "令和６年度　架空環境局　運営方針\n"
        "\n"
        "[本文]\n"
        "局の予算\n"
        "一般会計　　　　　　　　２億円\n"
    )
    doc = read_structure(text, labels=all_labels())
    assert opening_department(doc, ("青葉台市",)) == "架空環境局"


def test_of_a_code_and_a_name_column_labelled_alike_the_name_column_names_the_account() -> None:
    text = (
        "会計番号\t会計名\t令和6年度予算額\n"
        "A1\t一般会計\t500000\n"
        "B2\t架空事業特別会計\t30000\n"
        "（単位：円）\n"
    )
    facts, _ = _facts(text)
    assert {(b.account, b.amount) for b in facts.budgets} == {
        ("一般会計", 500_000), ("架空事業特別会計", 30_000),
    }  # fmt: skip


def test_a_legend_over_leader_lines_dates_their_bracketed_amounts() -> None:
    text = (
        "◆ 会計の予算額（かっこ内は前年度）\n"
        "\n"
        "　一般会計・・・・・・・・・４億円（３億9,000万円）\n"
        "　架空事業特別会計・・・・・２千万円（１千万円）\n"
    )
    facts, _ = _facts(text)
    assert {(b.fiscal_year, b.account, b.amount) for b in facts.budgets} == {
        (2024, "一般会計", 400_000_000), (2023, "一般会計", 390_000_000),
        (2024, "架空事業特別会計", 20_000_000), (2023, "架空事業特別会計", 10_000_000),
    }  # fmt: skip


def test_bracketed_amounts_with_no_legend_are_no_years_budget() -> None:
    text = "　一般会計・・・・・・・・・４億円（３億9,000万円）\n"
    facts, _ = _facts(text)
    assert {(b.fiscal_year, b.amount) for b in facts.budgets} == {(2024, 400_000_000)}


def test_paired_bare_counts_under_a_staff_heading_and_a_legend_count_both_years() -> None:
    text = (
        "◎ 課ごとの職員数（令和5年4月1日現在）\n"
        "　かっこ内は令和6年4月1日の予定\n"
        "- 架空総務課　　８（９）\n"
        "- 架空教育委員会　５（５）\n"
        "  - 架空学校課　３（３）\n"
        "  - 架空図書室　２（２）\n"
        "総　計　　１３（１４）\n"
    )
    facts, _ = _facts(text)
    assert {(s.organization, s.fiscal_year, s.count) for s in facts.staff} == {
        ("架空総務課", 2023, 8), ("架空総務課", 2024, 9),
        ("架空学校課", 2023, 3), ("架空学校課", 2024, 3),
        ("架空図書室", 2023, 2), ("架空図書室", 2024, 2),
        ("青葉台市", 2023, 13), ("青葉台市", 2024, 14),
    }  # fmt: skip


def test_a_printouts_label_row_of_accounts_under_its_banner_heads_the_table() -> None:
    text = (
        "帳票番号:Q-7  会計別総括表  出力日:2024/03/01  頁: 1\n"
        "団体名:青葉台市  年度:2024  区分:当初  単位:円\n"
        "会計番号  会計名            本年度予算額    前年度予算額\n"
        "A1        一般会計           500,000,000     480,000,000\n"
        "B2        架空事業特別会計     30,000,000      31,000,000\n"
    )
    facts, _ = _facts(text)
    assert {(b.fiscal_year, b.account, b.amount) for b in facts.budgets} == {
        (2024, "一般会計", 500_000_000), (2023, "一般会計", 480_000_000),
        (2024, "架空事業特別会計", 30_000_000), (2023, "架空事業特別会計", 31_000_000),
    }  # fmt: skip
