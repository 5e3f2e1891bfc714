"""Tables as other tools export them: LibreOffice's text save of a Word plan (each cell a
line of its own, no mark between rows); Power Query's 「PDF から」 export (「Id | Name | Kind |
Column1 …」, its header repeated a column off on the next page); a sheet saved by xlsx2csv
whose table opens under a title row (「主な関連事業 | … | （単位：千円）」) or a bare date; a
budget overview's line printing the amount, the year before's in brackets, then the units
in charge. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SOFFICE = (
    "施策１－１　架空子育て支援の充実\n"
    "【計画事業】（単位：千円）\n"
    "事業名\n担当課\n令和８年度\n令和９年度\n令和１０年度\n区分\n"
    "架空交流館整備事業\n架空未来課\n248,000\n36,000\n－\n継続\n"
    "架空医療費助成事業\n架空未来課\n42,600\n43,100\n43,500\n継続\n"
    "【成果指標】\n"
)


def test_a_plans_cells_a_line_each_read_as_rows_under_their_labels() -> None:
    facts = parsed_as_read(_SOFFICE, "x.txt")
    rows = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空交流館整備事業", 2027, 36_000_000, "架空未来課") in rows
    assert ("架空医療費助成事業", 2028, 43_500_000, "架空未来課") in rows


_POWER_QUERY = (
    "Id,Name,Kind,Column1,Column2,Column3,Column4,Column5,Column6\n"
    'Table001,Table001 (Page 2),Table,番号,取組項目,所管課,"評価\nR6","評価\nR7",\n'
    "Table001,Table001 (Page 2),Table,1-(1)-①,架空納税の推進,架空政策課,B,A,\n"
    "Table001,Table001 (Page 2),Table,1-(1)-②,架空収納率の向上,架空税務課,A,A,\n"
    'Table001,Table001 (Page 2),Table,番号,取組項目,所管課,,"評価\nR6","評価\nR7"\n'
    "Table001,Table001 (Page 2),Table,2-(1)-①,架空窓口の導入,架空市民課,,B,A\n"
    "Table001,Table001 (Page 2),Table,2-(1)-②,架空待ち時間の短縮,架空市民課,,C,B\n"
)


def test_a_pdf_connectors_tables_read_without_its_own_columns() -> None:
    facts = parsed_as_read(_POWER_QUERY, "x.csv")
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert ("架空納税の推進", 2024, "B") in grades
    assert ("架空納税の推進", 2025, "A") in grades


def test_a_header_repeated_a_column_off_opens_a_table_of_its_own() -> None:
    facts = parsed_as_read(_POWER_QUERY, "x.csv")
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert ("架空待ち時間の短縮", 2024, "C") in grades
    assert ("架空待ち時間の短縮", 2025, "B") in grades


_SHEETS = (
    "-------- 1 - 関連事業\n"
    "主な関連事業,,,,,（単位：千円）\n"
    "事業名,施策番号,担当課,令和７年度決算見込額,令和８年度当初予算額,備考\n"
    "架空開発支援事業,1-(1),架空振興課,8420,9600,\n"
    "架空立地促進事業,1-(1),架空推進室,12300,48600,\n"
)


def test_a_title_row_over_a_full_row_of_labels_is_a_caption() -> None:
    facts = parsed_as_read(_SHEETS, "x.csv")
    rows = {(p.name, p.fiscal_year, p.budget) for p in facts.projects}
    assert ("架空開発支援事業", 2026, 9_600_000) in rows
    assert ("架空立地促進事業", 2025, 12_300_000) in rows


def test_the_units_after_an_amount_and_its_bracketed_year_before_are_in_charge() -> None:
    text = (
        "令和８年度当初予算（案）の概要\n\n主な事業\n"
        "◆架空医療費助成事業　8,412,300千円（前年度　8,120,500千円）　架空福祉局　架空助成課\n"
        "◆架空児童クラブ整備事業　1,126,800千円（前年度　874,200千円）　架空未来局　架空児童課\n"
    )
    facts = parsed_as_read(text, "x.txt")
    rows = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空医療費助成事業", 2026, 8_412_300_000, "架空助成課") in rows
    assert ("架空医療費助成事業", 2025, 8_120_500_000, "架空助成課") in rows


def test_a_grade_right_of_a_policys_name_grades_it_not_the_initiatives_after() -> None:
    text = (
        "施策の評価（令和７年度）\n"
        "施策番号\t施策名\t評価\t主な取組\t担当課\n"
        "1-(1)\t架空産業の競争力強化\tA\t・架空新商品開発の支援\t架空振興課\n"
        "1-(2)\t架空雇用の確保\tC\t・架空地元就職の促進\t架空振興課\n"
    )
    facts = parsed_as_read(text, "x.txt")
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert ("架空産業の競争力強化", 2025, "A") in grades
    assert not [g for g in grades if "新商品開発" in g[0]]
