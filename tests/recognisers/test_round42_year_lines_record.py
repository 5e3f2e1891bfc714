"""A budget overview's cards as a reader view leaves them: a project's name (a status word
glued on, 「拡充」), a line of the units in charge, then one line per year with its amount and
no label (「令和8年度　8,412千円」, 「令和7年度　－」 for a new one). Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><h1>令和8年度当初予算案の概要</h1>"
    "<p>主な事業の金額は令和8年度当初予算額（単位：千円）です。</p>"
    "<h3>重点1　架空の笑顔があふれるまちへ</h3><div>"
    "<div><p><strong>架空医療費助成事業</strong>拡充</p><p>架空未来局　架空家庭課</p>"
    "<p>令和8年度　8,412,300千円<br>令和7年度　7,986,500千円</p>"
    "<p>令和8年10月から、助成対象を拡大します。</p></div>"
    "<div><p><strong>架空センター整備事業</strong>新規</p><p>架空未来局　架空企画課</p>"
    "<p>令和8年度　1,286,000千円<br>令和7年度　－</p>"
    "<p>実施設計を行います。</p></div></div></body></html>"
)


def _rows() -> set[tuple[str, int | None, int | None, str | None]]:
    facts = parsed_as_read(_PAGE, "x.html")
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_each_year_line_is_the_projects_budget_that_year() -> None:
    assert {("架空医療費助成事業", 2026, 8_412_300_000, "架空家庭課"),
            ("架空医療費助成事業", 2025, 7_986_500_000, "架空家庭課")} <= _rows()  # fmt: skip


def test_a_year_printing_a_dash_gives_no_row() -> None:
    rows = _rows()
    assert ("架空センター整備事業", 2026, 1_286_000_000, "架空企画課") in rows
    assert not {r for r in rows if r[0] == "架空センター整備事業" and r[1] == 2025}
