"""Grades of two years printed together: in a report mailed as text, 「評価：Ｒ６ Ａ → Ｒ７ Ｓ」
under each coded 取組 (「－」 for a year before it began); in a 広報 article's auto-built
table (its first column headed 「列1」, each row's 施策 printed as 「施策1-(1)名称」),
「Ｂ（Ｃ）」 with the year before's grade in brackets. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_MAIL = (
    "■評価の区分\n　Ｓ：計画を大きく上回って進んでいる\n　Ａ：計画どおり進んでいる\n\n"
    "■基本方針Ⅰ　架空の財政基盤\n\n　◇推進項目Ⅰ－１　架空の歳入確保\n\n"
    "　　Ⅰ－１－①　架空収納率の向上\n　　　所管：架空部　架空納税課\n"
    "　　　評価：Ｒ６ Ａ → Ｒ７ Ｓ\n\n"
    "　　Ⅰ－１－②　架空窓口の導入\n　　　所管：架空部　架空市民課\n"
    "　　　評価：Ｒ６ － → Ｒ７ Ａ\n"
)

_ARTICLE = (
    "<html><body><h1>数字で見る架空戦略</h1>"
    "<p>Ａ：目標を達成<br>Ｂ：おおむね順調<br>Ｃ：達成が難しい<br>"
    "評価欄の（　）内は、前年度（令和5年度）の評価です。</p>"
    "<h2>■基本目標1　架空のしごとをつくる</h2><table>"
    "<tr><td>列1</td><td>重要業績評価指標（KPI）</td><td>基準値</td><td>令和6年度</td>"
    "<td>目標値（令和7年度）</td><td>評価</td></tr>"
    "<tr><td>施策1-(1)架空産業の振興</td><td>架空従業者数（人）</td><td>41,280（令和元年度）</td>"
    "<td>42,310</td><td>43,000</td><td>Ｂ（Ｃ）</td></tr>"
    "<tr><td>施策1-(2)架空農業の発展</td><td>架空就農者数（人）</td><td>6（令和元年度）</td>"
    "<td>5</td><td>10</td><td>Ａ（Ｂ）</td></tr></table>"
    "<p>◆施策1-(1)　架空産業の振興<br>主な取組：架空セミナーの開催</p>"
    "<p>◆施策1-(2)　架空農業の発展<br>主な取組：架空研修の実施</p>"
    "</body></html>"
)


def test_an_arrow_between_two_years_grades_gives_each_year_its_grade() -> None:
    facts = parsed_as_read(_MAIL, "x.txt")
    rows = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空収納率の向上", 2024, "A"), ("架空収納率の向上", 2025, "S"),
            ("架空窓口の導入", 2025, "A")} <= rows  # fmt: skip
    assert not {r for r in rows if r[0] == "架空窓口の導入" and r[1] == 2024}


def test_a_grade_in_brackets_after_a_grade_is_the_year_befores() -> None:
    facts = parsed_as_read(_ARTICLE, "x.html")
    rows = {(e.initiative, e.grade) for e in facts.evaluations}
    assert {("架空産業の振興", "B"), ("架空産業の振興", "C"), ("架空農業の発展", "A"),
            ("架空農業の発展", "B")} <= rows  # fmt: skip
    graded = [e for e in facts.evaluations if e.initiative == "架空産業の振興"]
    years = {(e.grade, e.fiscal_year) for e in graded}
    (current,) = {y for g, y in years if g == "B"}
    assert ("C", current - 1) in years


_ANTIWORD = (
    "令和7年度 架空村施策評価報告書（令和6年度の取組）\n\n"
    "|評価      |評価の基準                  |\n"
    "|Ａ        |順調                        |\n"
    "|Ｂ        |おおむね順調                |\n\n"
    "３　評価結果の一覧\n\n"
    "|基本目標                  |施策                    |担当課        |評価      |前年度    |\n"
    "|Ⅰ　架空の自然の村        |Ⅰ－１　架空農林業の振興|架空振興課    |Ｂ        |Ａ        |\n"
    "|                          |Ⅰ－２　架空環境の保全  |架空生活課    |Ａ        |Ｂ        |\n"
)


def test_a_column_headed_by_the_year_before_cue_alone_holds_its_grades() -> None:
    facts = parsed_as_read(_ANTIWORD, "x.txt")
    graded = {(e.initiative, e.grade, e.fiscal_year) for e in facts.evaluations}
    years = {y for n, g, y in graded if n == "架空農林業の振興" and g == "B"}
    assert years
    assert ("架空農林業の振興", "A", min(years) - 1) in graded
