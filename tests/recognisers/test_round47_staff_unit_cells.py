"""A staff table whose 課 cell, merged over its 係's rows, prints the 課's own count under its
name (「架空推進課<br>20（19）」) while the staff column counts each 係: the 課 counts that
figure, the bracketed one in the legend's year. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><h2>区役所の組織と職員数</h2>"
    "<p>令和8年4月1日現在の職員数です。かっこ内は令和7年4月1日現在の職員数です。</p>"
    "<table><caption>架空区役所の組織と職員数</caption>"
    "<tr><th>課・センター</th><th>係・出張所</th><th>職員数（人）</th></tr>"
    "<tr><th rowspan='2'>架空推進課<br>20（19）</th><td>総務係</td><td>7</td></tr>"
    "<tr><td>地域振興係</td><td>13</td></tr>"
    "<tr><th rowspan='2'>架空区民課<br>44（45）</th><td>記録係</td><td>18</td></tr>"
    "<tr><td>証明係</td><td>26</td></tr>"
    "<tr><th>合計</th><td></td><td>64（64）</td></tr>"
    "</table></body></html>"
)


def _staff() -> set[tuple[str, int | None, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(_PAGE, "x.html").staff}


def test_a_count_under_a_units_name_in_its_cell_is_that_units() -> None:
    assert {("架空推進課", 2026, 20), ("架空区民課", 2026, 44)} <= _staff()


def test_the_bracketed_count_in_the_units_cell_is_the_legends_year() -> None:
    assert {("架空推進課", 2025, 19), ("架空区民課", 2025, 45)} <= _staff()


def test_the_parts_keep_their_own_counts() -> None:
    assert {("総務係", 2026, 7), ("記録係", 2026, 18)} <= _staff()
