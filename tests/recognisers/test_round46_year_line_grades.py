"""A page that shows each year's grade as a scale with the current choice marked
(`aria-current`) leaves 「令和6年度」 over a lone 「A」 under each coded entry: that year's grade
of the entry. A scale with no choice marked grades nothing. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read


def _entry(code: str, name: str, marked: tuple[int | None, int | None]) -> str:
    def scale(current: int | None) -> str:
        items = "".join(
            f'<li aria-current="true">{g}</li>' if i == current else f"<li>{g}</li>"
            for i, g in enumerate("ＳＡＢＣ")
        )
        return f"<ol>{items}</ol>"

    return (
        f"<h4><span>{code}</span>{name}</h4><dl><dt>所管</dt><dd>架空課</dd></dl>"
        f"<div><p>令和6年度</p>{scale(marked[0])}</div>"
        f"<div><p>令和7年度</p>{scale(marked[1])}</div>"
    )


def _page(*entries: str) -> str:
    return (
        "<html><body><h1>行財政改革プラン 取組状況</h1>"
        "<p>評価の区分：Ｓ 計画以上 Ａ 計画どおり Ｂ やや遅れ Ｃ 遅れ</p>"
        "<h3>推進項目1-(1)　架空の確保</h3>" + "".join(entries) + "</body></html>"
    )


def test_each_years_marked_grade_is_the_entrys_grade_of_that_year() -> None:
    page = _page(_entry("1-(1)-①", "架空収納の向上", (1, 0)),
                 _entry("1-(1)-②", "時間外架空の縮減", (3, 2)))  # fmt: skip
    grades = {(e.initiative, e.fiscal_year, e.grade)
              for e in parsed_as_read(page, "x.html").evaluations}  # fmt: skip
    assert grades == {
        ("架空収納の向上", 2024, "A"), ("架空収納の向上", 2025, "S"),
        ("時間外架空の縮減", 2024, "C"), ("時間外架空の縮減", 2025, "B"),
    }


def test_a_scale_with_no_choice_marked_grades_nothing_that_year() -> None:
    page = _page(_entry("1-(1)-①", "架空収納の向上", (None, 1)))
    grades = {(e.fiscal_year, e.grade) for e in parsed_as_read(page, "x.html").evaluations}
    assert grades == {(2025, "A")}
