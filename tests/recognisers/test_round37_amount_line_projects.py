"""A budget booklet's page exported to HTML: each project's name on a line, its amount alone
on the next (「2億1,860万円」), a description, then 「担当：局 課」. The amount is the project's
budget; the amount line names no project. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h2>主な事業</h2><p>令和8年度の主な事業を紹介します。</p>"
    '<p class="name">架空ケア事業</p><p class="amount">2億1,860万円</p>'
    "<p>出産後の母子に対するケアを拡充します。</p><p>担当：架空局 架空家庭課</p>"
    '<p class="name">架空保育士確保事業</p><p class="amount">14億3,200万円</p>'
    "<p>保育士の処遇改善を継続します。</p><p>担当：架空局 架空保育課</p>"
    "</main></body></html>"
)


def _projects() -> set[tuple[str, int | None, str | None]]:
    return {(p.name, p.budget, p.division) for p in parsed_as_read(_PAGE, "b.html").projects}


def test_the_amount_under_a_name_is_its_budget() -> None:
    assert ("架空ケア事業", 218_600_000, "架空家庭課") in _projects()
    assert ("架空保育士確保事業", 1_432_000_000, "架空保育課") in _projects()


def test_the_amount_line_names_no_project() -> None:
    assert not any("万円" in name for name, _, _ in _projects())
