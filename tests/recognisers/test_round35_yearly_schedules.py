"""A reform plan's page whose table gives each 取組 a row: its code in one cell, its name in
the next, and in the last a nested table of its years (「年度 | 計画 | 実績 | 評価」). Read
as the page's cells, a paragraph each: the code names its 取組, the years grade it, and the
plan of a year is no entry of its own. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read


def _item(code: str, name: str, grades: tuple[str, str]) -> str:
    years = "".join(
        f"<tr><td>令和{y}年度</td><td>架空分野{y}の手続の拡大</td><td>{done}</td><td>{g}</td></tr>"
        for y, g, done in zip((6, 7, 8), (*grades, "－"), ("架空の実績", "架空の実績", "－"),
                              strict=True)
    )
    return (
        f"<tr><td>{code}</td><td>{name}</td><td>総務部 架空課</td><td><table>"
        f"<tr><th>年度</th><th>計画</th><th>実績</th><th>評価</th></tr>{years}</table></td></tr>"
    )


_PAGE = (
    "<html><body><main><h1>第4次架空市行財政改革推進計画 令和7年度の取組状況</h1>"
    "<h2>基本方針1　架空サービスの向上</h2><table>"
    "<tr><th>番号</th><th>取組項目</th><th>所管</th><th>年度ごとの計画・実績・評価</th></tr>"
    + _item("1-1", "架空手続のオンライン化", ("Ａ", "Ｂ"))
    + _item("1-2", "架空窓口のキャッシュレス化", ("Ｂ", "Ａ"))
    + _item("1-3", "架空書かない窓口の導入", ("Ｃ", "Ｂ"))
    + "</table></main></body></html>"
)


def test_each_coded_row_is_graded_for_each_year_of_its_schedule() -> None:
    read = parsed_as_read(_PAGE, "p.html")
    graded = {(e.initiative, e.fiscal_year, e.grade) for e in read.evaluations}
    assert {("架空手続のオンライン化", 2024, "A"), ("架空手続のオンライン化", 2025, "B")} <= graded
    assert ("架空窓口のキャッシュレス化", 2025, "A") in graded


def test_a_years_plan_is_no_entry() -> None:
    names = {i.name for i in parsed_as_read(_PAGE, "p.html").initiatives}
    assert not any(name.startswith("架空分野") for name in names)


def test_a_table_of_one_entrys_years_gives_no_graded_rows() -> None:
    from loaders.facts import DocumentFacts
    from loaders.field_vocabulary import all_labels
    from loaders.recognisers.initiatives import graded_rows
    from loaders.structure import read_structure

    text = (
        "基本方針1　架空の向上\n\n1-2\n\n架空窓口の導入\n\n年度\t計画\t実績\t評価\n"
        "令和6年度\t架空分野の拡大\t架空の実績\tＡ\n令和7年度\t架空窓口への拡大\t架空の実績\tＢ\n"
    )
    facts = DocumentFacts("x.txt", "999989", "架空台市", None, text, "generic", fiscal_year=2025)
    doc = read_structure(text, labels=all_labels())
    assert [row.name for row in graded_rows(doc, facts)] == []
