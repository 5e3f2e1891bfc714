"""A progress board sets its entries in lanes by grade: a lane's head prints a grade and the
meaning the page's legend gives it (「◎ 計画を上回って進んでいる 2件」), each card under it
carries that grade for the year reported on, and its own 「前年度 ○」 the year before's.
Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_LEGEND = """<dl class="legend"><dt>◎</dt><dd>計画を上回って進んでいる</dd><dt>○</dt>
<dd>おおむね計画どおり</dd><dt>△</dt><dd>計画より遅れている</dd></dl>"""


def _card(code: str, name: str, previous: str) -> str:
    return (f'<li class="card"><p class="no">{code}</p><h3>{name}</h3>'
            f"<p>所管：架空課</p><p>前年度 <span>{previous}</span></p></li>")


def _page(legend: str = _LEGEND, lane_mark: str = "◎") -> str:
    return f"""<!DOCTYPE html><html><body><main>
<h1>架空改革プラン　令和7年度の取組状況</h1>
{legend}
<section><h2><span>{lane_mark}</span>計画を上回って進んでいる<span>2件</span></h2><ul>
{_card("Ⅰ-1-①", "架空電子申請の拡大", "○")}{_card("Ⅰ-2-①", "架空窓口の改善", "◎")}
</ul></section>
<section><h2><span>△</span>計画より遅れている<span>1件</span></h2><ul>
{_card("Ⅱ-1-①", "架空事務の見直し", "△")}
</ul></section>
<h2>プランの体系</h2>
<ul><li>基本方針Ⅰ　架空サービス<ul><li>Ⅰ-1　架空手続</li><li>Ⅰ-2　架空窓口</li></ul></li>
<li>基本方針Ⅱ　架空運営<ul><li>Ⅱ-1　架空業務</li><li>Ⅱ-2　架空定員</li></ul></li></ul>
</main></body></html>"""


def _grades(html: str) -> set[tuple[str, int, str]]:
    facts = parsed_as_read(html, "x.html")
    return {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}


def test_each_card_has_its_lanes_grade() -> None:
    grades = _grades(_page())
    assert ("架空電子申請の拡大", 2025, "◎") in grades
    assert ("架空窓口の改善", 2025, "◎") in grades
    assert ("架空事務の見直し", 2025, "△") in grades


def test_a_cards_previous_year_mark_grades_the_year_before() -> None:
    grades = _grades(_page())
    assert ("架空電子申請の拡大", 2024, "○") in grades
    assert ("架空事務の見直し", 2024, "△") in grades


def test_without_a_legend_a_marked_heading_grades_nothing() -> None:
    grades = _grades(_page(legend=""))
    assert not {g for g in grades if g[1] == 2025}
