"""Sheets saved by spreadsheet tools, read as the tables they are (fictional examples):

- Excel's table without a header row names its columns 「列1 列2 …」 over the sheet's labels;
- Excel's 小計 inserts 「○○ データの個数」 / 「総計」 rows among the records;
- pandas' `to_html` prints a frame's index names in a header row of their own.
"""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    doc = read_structure(text, labels=all_labels())
    return [(b.table.header, [[c.text for c in r] for r in b.table.rows])
            for b in doc.blocks if b.table is not None]  # fmt: skip


_PLACEHOLDERS = (
    "架空市実施計画　計画事業一覧\n\n"
    "列1\t列2\t列3\t列4\t列5\n"
    "施策番号\t事業名\t担当課\t令和8年度\t令和9年度\n"
    "1-1-1\t架空応援事業\t架空支援課\t48,600\t48,600\n"
    "1-2-1\t架空改修事業\t架空総務課\t162,000\t158,000\n"
)


def test_placeholder_column_names_give_way_to_the_sheets_labels() -> None:
    ((header, rows),) = _tables(_PLACEHOLDERS)
    assert header == ["施策番号", "事業名", "担当課", "令和8年度", "令和9年度"]
    assert len(rows) == 2


def test_a_row_of_numbered_names_that_are_no_placeholders_stays() -> None:
    text = _PLACEHOLDERS.replace("列1\t列2\t列3\t列4\t列5", "列1\t列3\t列2\t列4\t列5")
    assert _tables(text)[0][0][0] == "列1"


_SUBTOTALS = (
    "基本方針\t推進項目\t取組名\t所管課\t令和7年度評価\n"
    "1　架空の財政\t1-(1)　歳入の確保\t架空税の収納率向上\t架空収納課\tＡ\n"
    "1　架空の財政\t1-(1)　歳入の確保\t架空寄附の推進\t架空政策課\tＢ\n"
    "\t1-(1)　歳入の確保 データの個数\t\t\t2\n"
    "1　架空の財政\t1-(2)　歳出の見直し\t架空事業の見直し\t架空財政課\tＡ\n"
    "\t1-(2)　歳出の見直し データの個数\t\t\t1\n"
    "\t全体のデータの個数\t\t\t3\n"
)


def test_the_rows_excels_subtotal_inserts_are_no_rows() -> None:
    ((_, rows),) = _tables(_SUBTOTALS)
    assert [row[2] for row in rows] == ["架空税の収納率向上", "架空寄附の推進", "架空事業の見直し"]


def test_entries_of_a_subtotalled_sheet_are_filed_under_the_finer_code() -> None:
    entries = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_SUBTOTALS).initiatives}
    assert entries == {("架空税の収納率向上", ("1-(1)",)), ("架空寄附の推進", ("1-(1)",)),
                       ("架空事業の見直し", ("1-(2)",))}  # fmt: skip


_PANDAS = (
    "<html><body><h2>計画事業一覧</h2><table border='1' class='dataframe'><thead>"
    "<tr><th></th><th></th><th colspan='2' halign='left'>計画事業費（千円）</th>"
    "<th>担当課</th></tr>"
    "<tr><th></th><th></th><th>令和8年度</th><th>令和9年度</th><th></th></tr>"
    "<tr><th>施策</th><th>事業名</th><th></th><th></th><th></th></tr></thead><tbody>"
    "<tr><th>1-1 架空の振興</th><th>架空育成事業</th><td>13500.0</td><td>12000.0</td>"
    "<td>架空振興課</td></tr>"
    "<tr><th></th><th>架空導入事業</th><td>8000.0</td><td>NaN</td><td>架空振興課</td></tr>"
    "</tbody></table></body></html>"
)


def test_pandas_index_names_label_their_columns() -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division)
                for p in parsed_as_read(_PANDAS, "x.html").projects}  # fmt: skip
    assert {("架空育成事業", 2026, 13500000, "架空振興課"),
            ("架空育成事業", 2027, 12000000, "架空振興課"),
            ("架空導入事業", 2026, 8000000, "架空振興課")} <= projects  # fmt: skip
