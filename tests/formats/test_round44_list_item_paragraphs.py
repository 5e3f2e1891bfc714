"""Site builders (Google Sites among them) wrap each list item's text in a paragraph,
「<li><p>…</p></li>」: the bullet and its text are one item, not a bullet alone over a
paragraph. Fictional example."""

from __future__ import annotations

from loaders.text.document_text import page_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = """<!DOCTYPE html><html><body><main>
<h1>架空村 施策評価（令和7年度）</h1>
<h2>評価の区分</h2>
<ul><li><p>Ａ：順調に進んでいる</p></li><li><p>Ｂ：おおむね順調</p></li>
<li><p>Ｃ：やや遅れている</p></li></ul>
<h2>基本目標Ⅰ　架空の村</h2>
<h3>Ⅰ-1　架空森林の保全</h3>
<ul><li><p>担当：架空課　／　令和7年度の評価：Ｂ（令和6年度：Ｃ）</p></li>
<li><p>主な取組</p></li>
<ul><li><p>架空間伐の推進（架空課 農林係）</p></li>
<li><p>架空林道の維持管理（架空課 農林係）</p></li></ul>
</ul>
<h3>Ⅰ-2　架空環境の向上</h3>
<ul><li><p>担当：架空課　／　令和7年度の評価：Ａ（令和6年度：Ａ）</p></li>
<li><p>主な取組</p></li>
<ul><li><p>架空資源化の推進（架空課 住民係）</p></li>
<li><p>架空浄化槽の設置（架空課 住民係）</p></li></ul>
</ul>
</main></body></html>"""


def test_an_items_paragraph_is_on_its_bullets_line() -> None:
    lines = page_text(_PAGE, "x.html").splitlines()
    assert "• 主な取組" in lines
    assert "•" not in lines


def test_the_items_under_their_label_are_entries() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    pairs = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空間伐の推進", ("Ⅰ-1",)) in pairs
    assert ("架空浄化槽の設置", ("Ⅰ-2",)) in pairs


def test_a_slashed_items_grade_and_its_bracketed_years_grade() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert ("架空森林の保全", 2025, "B") in grades
    assert ("架空森林の保全", 2024, "C") in grades
