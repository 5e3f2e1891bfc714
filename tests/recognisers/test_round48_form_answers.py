"""An online form's answers exported as a sheet (one row per answer): its columns are headed by
the question's number (「Q2. 所属課」「問3　事業名」), its grades printed with their meaning
(「B：概ね順調」), its project names all ending in 事業 (a column of names, not of a form's
labels). Each row's project gets its division and its grade. And an entry's section citing a
plan's policy by code and name (「総合計画 施策2-1-3　名称」, a wiki's tag box) files the entry
under that policy. Fictional examples."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import field_of
from loaders.parse import parse_document
from loaders.recognisers.outline import grade_of

_ANSWERS = (
    "回答ID\t担当者メモ\tQ1. 所属部\tQ2. 所属課\tQ3. 事業名\tQ4. 令和7年度 決算額（千円）"
    "\tQ5. 自己評価（A：順調／B：概ね順調／C：やや遅れ）\tQ6. 評価の理由\n"
    "101\t\t架空福祉部\t架空支援課\t架空見守り事業\t4,736\tB：概ね順調\t協定を結んだ。\n"
    "102\t確認済\t架空福祉部\t架空健康課\t架空健診事業\t9,752\tC：やや遅れ\t予約が埋まった。\n"
    "103\t\t架空子ども部\t架空保育課\t病児保育事業\t3,218\tA：順調\t2か所目を開設した。\n"
)


def _facts(text: str) -> DocumentFacts:
    return parse_document(text, file="answers.txt", municipality_code="999989",
                          municipality="架空市", prefecture="架空県")  # fmt: skip


def test_a_question_number_opening_a_label_is_no_part_of_it() -> None:
    assert field_of("Q2. 所属課") == "division"
    assert field_of("問3　事業名") == "project"
    assert field_of("Q11. 自己評価（A：順調／B：概ね順調）") == "evaluation"
    assert field_of("問題点") is None


def test_the_units_asked_as_the_answerers_shozoku_are_its_department_and_division() -> None:
    assert field_of("所属部", exact=True) == "department"
    assert field_of("所属課", exact=True) == "division"


def test_a_grade_printed_with_its_meaning_is_the_grade() -> None:
    assert grade_of("B：概ね順調") == "B"
    assert grade_of("A:順調") == "A"
    assert grade_of("A：2件") is None  # a figure after the colon: no meaning of a grade


def test_each_answers_project_has_the_division_it_names() -> None:
    projects = {(p.name, p.division) for p in _facts(_ANSWERS).projects}
    assert ("架空見守り事業", "架空支援課") in projects
    assert ("病児保育事業", "架空保育課") in projects


def test_each_answers_project_is_graded_even_when_its_name_is_short() -> None:
    grades = {(e.initiative, e.grade) for e in _facts(_ANSWERS).evaluations}
    assert {("架空見守り事業", "B"), ("架空健診事業", "C"), ("病児保育事業", "A")} <= grades


def test_an_entrys_line_citing_a_policy_by_code_and_name_files_it_there() -> None:
    text = (
        "令和8年度 架空区運営方針\n"
        "重点取組\n"
        "各重点取組の見出しの下に、関連する架空市総合計画の施策を示す。\n"
        "重点取組1　架空地区のにぎわいづくり\n"
        "総合計画 施策2-1-3　架空交流の推進\n"
        "区民まつりや散策の催しで、区内外の交流を生み出します。\n"
        "主な事業\n"
        "事業名\t担当課\t令和8年度予算額（千円）\n"
        "架空まつり支援事業\t架空振興課\t6,300\n"
        "成果指標\n"
        "指標\t現状値（令和6年度）\t目標値（令和8年度）\n"
        "架空まつり来場者数（人）\t36,300\t44,200\n"
        "重点取組2　架空区民の健康づくり\n"
        "総合計画 施策2-2-1　架空健康の推進\n"
        "通いの場と健康づくりの取組を、地域ぐるみで進めます。\n"
        "成果指標\n"
        "指標\t現状値（令和6年度）\t目標値（令和8年度）\n"
        "架空サロン参加者数（人）\t2,420\t2,750\n"
    )
    entries = {i.name: i.policy_codes for i in _facts(text).initiatives}
    assert entries.get("架空地区のにぎわいづくり") == ["2-1-3"]
    assert entries.get("架空区民の健康づくり") == ["2-2-1"]


def test_a_citation_line_after_an_entrys_text_heads_the_next_entry_not_this_one() -> None:
    text = (
        "４　令和７年度の重点取組\n"
        "総合計画　施策１－１－１　架空子育ての支援\n"
        "重点取組１　架空ケアの利用促進\n"
        "出産後の不安を抱える母親が、必要な時に利用できるようにします。\n"
        "総合計画　施策１－１－２　架空保育の充実\n"
        "重点取組２　架空保育人材の確保\n"
        "就職支援と処遇改善により、保育人材を確保します。\n"
    )
    entries = {i.name: i.policy_codes for i in _facts(text).initiatives}
    assert entries.get("架空ケアの利用促進") != ["1-1-2"]


def test_a_note_that_amounts_are_in_thousands_of_yen_states_their_unit() -> None:
    text = (
        "令和7年度当初予算 主要事業一覧\n"
        "note：金額は千円単位（千円未満四捨五入）\n"
        "\n"
        "事業名\t担当課\t予算額\n"
        "架空保育料無償化事業\t架空保育課\t2734500\n"
        "架空家庭センター運営事業\t架空家庭課\t475100\n"
    )
    budgets = {(p.name, p.budget) for p in _facts(text).projects}
    assert ("架空保育料無償化事業", 2734500000) in budgets
