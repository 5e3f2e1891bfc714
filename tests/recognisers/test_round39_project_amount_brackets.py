"""Project amounts printed bare, with what dates or owns them elsewhere: a table cell
「2,184,600 (2,052,300)」 under a legend 「( )内は令和7年度当初予算額です」; a line
「架空事業 5,800（架空課）」 under 「構成事業（令和7年度決算見込額、単位：千円）」; and a word
ending in a unit's suffix before 「別」 (「一般会計局別予算」) names no unit. Fictional
examples."""

from __future__ import annotations

from loaders.text.names import find_organizations
from tests.recognisers._facts_of import parsed_as_read

_TABLE = (
    "<html><body><main><h1>令和8年度当初予算案の概要</h1>"
    "<p>金額は令和8年度当初予算額、( )内は令和7年度当初予算額です。</p>"
    "<p>（単位：千円）</p><h3>重点① 架空のまち</h3>"
    "<table><tr><th></th><th>事業名</th><th>予算額</th><th>所管</th></tr>"
    "<tr><td></td><td>架空給付事業</td><td>2,184,600 (2,052,300)</td>"
    "<td>架空局 架空家庭課</td></tr>"
    "<tr><td>新</td><td>架空無償化事業</td><td>1,846,200 (-)</td><td>架空局 架空保育課</td></tr>"
    "</table></main></body></html>"
)


def _projects(text: str, file: str = "x.txt") -> set[tuple[str, int | None, int | None]]:
    facts = parsed_as_read(text, file)
    return {(p.name, p.fiscal_year, p.budget) for p in facts.projects}


def test_a_bare_bracketed_amount_is_the_legend_s_year() -> None:
    projects = _projects(_TABLE, "p.html")
    assert ("架空給付事業", 2026, 2_184_600_000) in projects
    assert ("架空給付事業", 2025, 2_052_300_000) in projects


def test_a_dash_in_the_bracket_is_no_amount() -> None:
    projects = _projects(_TABLE, "p.html")
    assert ("架空無償化事業", 2026, 1_846_200_000) in projects
    assert not any(name == "架空無償化事業" and year == 2025 for name, year, _ in projects)


def test_a_bare_figure_and_its_unit_in_brackets_under_a_unit_note() -> None:
    text = (
        "構成事業（令和7年度決算見込額、単位：千円）\n"
        "・架空給付金事業 5,800（架空福祉課）\n"
        "・架空保健事業 3,940（架空福祉課）\n"
    )
    facts = parsed_as_read(text)
    rows = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空給付金事業", 2025, 5_800_000, "架空福祉課") in rows


def test_a_suffix_before_betsu_opens_a_word_no_unit() -> None:
    assert find_organizations("令和８年度　一般会計局別予算") == []


def test_a_bare_figure_before_a_labelled_bracket_under_a_unit_note() -> None:
    text = (
        "主な事業（単位：千円）\n"
        "・架空給付金事業 5,800（担当：架空福祉課）\n"
        "・架空保健事業 3,940（担当：架空福祉課）\n"
    )
    rows = {(p.name, p.budget, p.division) for p in parsed_as_read(text).projects}
    assert ("架空保健事業", 3_940_000, "架空福祉課") in rows
