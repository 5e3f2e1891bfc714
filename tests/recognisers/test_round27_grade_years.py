"""Round 27: grades printed in a circle (Ⓑ), and the year a section heading naming two
years gives its table's grades (fictional examples)."""

from __future__ import annotations

from _facts_of import evaluation_rows, facts_of

from loaders.recognisers.outline import grade_of


def test_a_circled_letter_is_the_letter_grade() -> None:
    assert grade_of("Ⓑ") == "B"
    assert grade_of(" Ⓐ ") == "A"
    assert grade_of("ⓑ") is None  # a small circled letter is no grade a city prints


def test_a_heading_naming_the_report_year_and_the_year_of_work_dates_its_grades() -> None:
    text = (
        "# 架空市 報道発表\n"
        "\n"
        "## 令和9年度採用 職員を募集します\n"
        "\n"
        "申込みは電子申請のみです。\n"
        "\n"
        "## 架空公園がオープンしました\n"
        "\n"
        "芝生広場と遊具を整えました。\n"
        "開園時間は午前9時から午後5時までです。\n"
        "\n"
        "## 令和7年度行政評価（令和6年度の取組）の結果を公表します\n"
        "\n"
        "| 施策番号 | 施策名 | 評価 |\n"
        "|---|---|---|\n"
        "| 施策1-1 | 架空の森づくり | A |\n"
        "| 施策1-2 | 架空川の清流保全 | C |\n"
    )
    rows = evaluation_rows(facts_of(text, year=2027))
    assert ("架空の森づくり", 2024, "A") in rows
    assert ("架空川の清流保全", 2024, "C") in rows
