"""A graded table whose rows are grouped by rows of one cell spanning it (「政策Ⅰ　…」 over
the 施策 rows of that 政策): the group rows are levels of their own and the rows under them
keep their codes, names and grades (fictional examples)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _facts_of import evaluation_rows, facts_of, policy_rows

from loaders.text.document_text import extract_main_text

_GRADED = (
    "■評価結果一覧\n"
    "施策コード\t施策名\t主管課\t令和6年度 総合評価\t(参考) 令和5年度評価\n"
    "政策Ⅰ 架空のひとが育つまち\t\t\t\t\n"
    "Ⅰ-1-(1)\t架空保育の充実\t架空保育課\tA\tB\n"
    "Ⅰ-1-(2)\t架空学校教育の充実\t架空教育課\tB\tB\n"
    "政策Ⅱ 架空の支え合うまち\t\t\t\t\n"
    "Ⅱ-1-(1)\t架空健康づくりの推進\t架空健康課\tS\tA\n"
)


def test_rows_under_group_rows_keep_their_policy_codes() -> None:
    rows = policy_rows(facts_of(_GRADED))
    assert ("1-1-1", "架空保育の充実") in rows
    assert ("2-1-1", "架空健康づくりの推進") in rows
    assert ("1", "架空のひとが育つまち") in rows


def test_rows_under_group_rows_keep_their_grades() -> None:
    assert evaluation_rows(facts_of(_GRADED)) == {
        ("架空保育の充実", 2024, "A"),
        ("架空学校教育の充実", 2024, "B"),
        ("架空健康づくりの推進", 2024, "S"),
        ("架空保育の充実", 2023, "B"),
        ("架空学校教育の充実", 2023, "B"),
        ("架空健康づくりの推進", 2023, "A"),
    }


def test_a_numbered_column_with_group_rows_still_codes_its_names() -> None:
    text = (
        "施策ごとの評価\n"
        "番号\t施策\t担当課\t自己評価\n"
        "基本目標1 架空の自然と暮らす村\t\t\t\n"
        "1-1\t架空森林の保全\t架空建設課\t4\n"
        "1-2\t架空エネルギーの活用\t架空企画課\t3\n"
    )
    facts = facts_of(text)
    assert {("1-1", "架空森林の保全"), ("1-2", "架空エネルギーの活用")} <= policy_rows(facts)
    assert evaluation_rows(facts) == {
        ("架空森林の保全", 2024, "4"),
        ("架空エネルギーの活用", 2024, "3"),
    }


def test_an_html_group_row_spanning_a_headed_table_stays_a_row_of_it() -> None:
    html = (
        "<html><body><table><tr><th>施策コード</th><th>施策名</th><th>評価</th></tr>"
        '<tr><td colspan="3">政策Ⅰ 架空のまち</td></tr>'
        "<tr><td>Ⅰ-1</td><td>架空保育の充実</td><td>A</td></tr></table></body></html>"
    )
    lines = extract_main_text(html).splitlines()
    assert "政策Ⅰ 架空のまち\t\t" in lines
    assert "Ⅰ-1\t架空保育の充実\tA" in lines


def test_a_form_value_spanning_the_rest_of_its_row_is_one_value() -> None:
    html = (
        '<html><body><table><tr><th>事業名</th><td colspan="3">架空遊歩道整備事業</td></tr>'
        "<tr><th>所管課</th><td>架空観光課</td><th>予算額</th><td>4,200千円</td></tr>"
        "</table></body></html>"
    )
    lines = extract_main_text(html).splitlines()
    assert "事業名\t架空遊歩道整備事業" in lines


def test_an_outline_in_a_headed_table_s_first_column_is_read_as_lines() -> None:
    # 「Ⅰ」 then 「Ⅰ-1」 then 「・取組」, each a row of one cell: the levels of a plan laid out
    # down the first column, no group rows of the table
    html = (
        "<html><body><table><tr><th>施策体系</th><th>担当課</th><th>目標値</th></tr>"
        '<tr><td colspan="3">Ⅰ 架空のまち</td></tr>'
        '<tr><td colspan="3">Ⅰ-1 架空の子育て</td></tr>'
        "<tr><td>Ⅰ-1-(1) 架空保育の充実</td><td>架空保育課</td><td>0人</td></tr>"
        '<tr><td colspan="3">・架空保育士の確保</td></tr>'
        '<tr><td colspan="3">・架空こども園の支援</td></tr>'
        "</table></body></html>"
    )
    lines = extract_main_text(html).splitlines()
    assert "Ⅰ 架空のまち" in lines
    assert "・架空保育士の確保" in lines
