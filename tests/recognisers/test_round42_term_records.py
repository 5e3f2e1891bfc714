"""An evaluation page printing each project as a definition list's term over its
descriptions (担当, 事業費, 総合評価), under the 施策 heading they belong to: each 総合評価
grades the project of its own term, not the 施策. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><h1>令和6年度 事務事業評価結果</h1>"
    "<p>総合評価の区分：Ａ＝拡充、Ｂ＝継続、Ｃ＝改善、Ｄ＝縮小</p>"
    "<h2>施策5-1　架空の健康づくり</h2><dl>"
    "<dt>架空検診推進事業</dt><dd>担当所属：架空健康課</dd>"
    "<dd>決算見込額：R6 98,210千円</dd><dd>総合評価：<strong>Ｂ</strong></dd>"
    "<dt>架空診療所運営事業</dt><dd>担当所属：架空医療課</dd>"
    "<dd>決算見込額：R6 142,630千円</dd>"
    "<dd>総合評価：<strong>Ｃ</strong>（利用者数の減少を踏まえ、開設時間帯の見直しを検討）</dd>"
    "</dl></body></html>"
)


def test_each_grade_goes_to_the_project_of_its_term() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    rows = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空検診推進事業", 2024, "B"), ("架空診療所運営事業", 2024, "C")} <= rows


def test_the_heading_policy_is_not_graded_by_its_projects() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    assert "架空の健康づくり" not in {e.initiative for e in facts.evaluations}


_SECTION = (
    "<html><body><h1>架空戦略 KPIの進捗</h1>"
    "<h2>基本目標1　架空のしごとをつくる</h2>"
    "<h3>主な事業（令和6年度予算）</h3><dl>"
    "<dt>架空ブランド化推進事業</dt><dd>12,600千円</dd><dd>担当：架空振興課</dd>"
    "<dt>架空創業支援事業</dt><dd>18,000千円</dd><dd>担当：架空観光課</dd>"
    "</dl><p>令和6年度の評価：<strong>B</strong>　創業件数は順調に伸びています。</p>"
    "</body></html>"
)


def test_one_grade_after_several_terms_grades_none_of_them() -> None:
    facts = parsed_as_read(_SECTION, "x.html")
    graded = {e.initiative for e in facts.evaluations}
    assert not {"架空ブランド化推進事業", "架空創業支援事業"} & graded
