"""Grades printed as words a review uses (妥当・概ね妥当・要改善, 達成・ほぼ達成・未達成,
実施済・一部実施・未実施, 計画どおり・遅れ): each is an evaluation's grade, dated by the year
the entries' own column names (「令和７年度の取組 | 評価」); and an entry's name is read
without the unit in charge bracketed after it (「…の振興〔担当：X課〕」). Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_REVIEW = (
    "令和８年度　架空区運営方針\n"
    "\n"
    "６　令和７年度の振り返り\n"
    "    令和７年度の取組              評価      主な成果と課題\n"
    "    架空の見守り活動の支援        達成      協力事業者が増加した。\n"
    "    架空防災訓練の充実            ほぼ達成  参加者は目標の9割を超えた。\n"
    "    架空の魅力発信                未達成    来場者が減少した。\n"
)


def test_word_grades_are_dated_by_the_entries_column() -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in parsed_as_read(_REVIEW).evaluations}
    assert ("架空防災訓練の充実", 2025, "ほぼ達成") in grades
    assert ("架空の魅力発信", 2025, "未達成") in grades


def test_a_review_s_verdict_words_are_grades() -> None:
    text = (
        "令和７年度　事務事業評価（令和６年度実施事業）\n"
        "事業名\t令和6年度決算額（千円）\t評価\n"
        "架空相談事業\t12,400\t妥当\n"
        "架空検診事業\t96,842\t概ね妥当\n"
        "架空祝金支給事業\t3,200\t要改善\n"
    )
    grades = {(e.initiative, e.grade) for e in parsed_as_read(text).evaluations}
    assert {("架空相談事業", "妥当"), ("架空祝金支給事業", "要改善")} <= grades


def test_an_entry_s_name_leaves_out_its_unit_in_charge() -> None:
    text = (
        "第２期架空市総合戦略　効果検証（令和６年度実績）\n"
        "\n"
        "基本目標１　架空の仕事をつくる\n"
        "施策（１）　架空産業の振興〔担当：架空観光課〕\n"
        "【主な取組】\n"
        "　・架空セミナーの開催\n"
        "【施策の評価】　Ａ\n"
    )
    names = {e.initiative for e in parsed_as_read(text).evaluations}
    assert "架空産業の振興" in names
