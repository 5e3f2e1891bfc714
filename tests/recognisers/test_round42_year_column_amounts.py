"""A department's operating policy whose project tables head their amounts by the year alone
(「事業名 | 令和8年度 | 前年度 | 担当課」) under a caption stating the unit
(「主な事業（単位：千円）」): each year's amount is the project's budget for that year, though
the genre parser read the project first without one. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><h1>令和8年度　架空局運営方針</h1>"
    "<h2>２　局の体制</h2><table><tr><th>課</th><th>令和８年度</th><th>令和７年度</th></tr>"
    "<tr><td>架空振興課</td><td>18</td><td>17</td></tr></table>"
    "<h2>４　令和８年度の重点取組</h2><h3>（１）架空の産業支援</h3>"
    "<p>【総合計画】施策3-1-1　架空の経営基盤の強化</p>"
    "<p>主な事業（単位：千円）</p>"
    "<table><tr><th>事業名</th><th>令和８年度</th><th>{before}</th><th>担当課</th></tr>"
    "<tr><td>架空推進補助事業</td><td>240,000</td><td>180,000</td><td>架空振興課</td></tr>"
    "<tr><td>架空承継支援事業</td><td>34,800</td><td>新規</td><td>架空振興課</td></tr>"
    "</table></body></html>"
)


def _rows(before: str) -> set[tuple[str, int | None, int | None, str | None]]:
    facts = parsed_as_read(_PAGE.format(before=before), "x.html")
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_each_year_column_is_that_years_budget() -> None:
    rows = _rows("令和７年度")
    assert {("架空推進補助事業", 2026, 240_000_000, "架空振興課"),
            ("架空推進補助事業", 2025, 180_000_000, "架空振興課"),
            ("架空承継支援事業", 2026, 34_800_000, "架空振興課")} <= rows  # fmt: skip


def test_a_column_headed_the_year_before_is_the_year_before_the_years_column() -> None:
    rows = _rows("前年度")
    assert {("架空推進補助事業", 2026, 240_000_000, "架空振興課"),
            ("架空推進補助事業", 2025, 180_000_000, "架空振興課")} <= rows  # fmt: skip


def test_no_unpriced_row_is_left_beside_the_priced_ones() -> None:
    rows = _rows("前年度")
    assert not {r for r in rows if r[0] == "架空推進補助事業" and r[2] is None}
