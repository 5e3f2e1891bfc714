"""Layouts the structure reader turns into plain tables and fields: a published sheet's
frame, caption rows over a sheet's table, years printed down the rows, a table whose text
came out column by column, a table read out row by row, and a <dl> card whose values are
marked up."""

from __future__ import annotations

from loaders.structure import read_structure
from loaders.structure.blocks import Cell, Table
from loaders.structure.column_runs import column_table
from loaders.structure.tables import caption_row, is_as_of_note
from loaders.structure.turned import years_down
from loaders.text.document_text import extract_main_text
from loaders.text.normalize import lines_with_offsets


def _tables(text: str) -> list[Table]:
    return [b.table for b in read_structure(text).blocks if b.table is not None]


def test_a_published_sheet_loses_its_column_letters_and_row_numbers() -> None:
    """A sheet saved as a web page with its grid prints column letters over the sheet and a
    row number before each row; the frame is no part of the sheet, and the sheet's blank
    row sets its two tables apart."""
    html = (
        "<table><tr><td></td><td>A</td><td>B</td><td>C</td></tr>"
        "<tr><td>1</td><td>担当課</td><td>係数</td><td>備考</td></tr>"
        "<tr><td>2</td><td>架空課</td><td>3</td><td></td></tr>"
        "<tr><td>3</td><td></td><td></td><td></td></tr>"
        "<tr><td>4</td><td>指標名</td><td>目標値</td><td>実績値</td></tr>"
        "<tr><td>5</td><td>架空率</td><td>50</td><td>40</td></tr></table>"
    )
    text = extract_main_text(html)
    assert "A\tB" not in text
    tables = _tables(text)
    headers = [t.header for t in tables]
    assert headers == [["担当課", "係数", "備考"], ["指標名", "目標値", "実績値"]]
    assert [c.text for c in tables[1].rows[0]] == ["架空率", "50", "40"]


def test_a_table_without_column_letters_keeps_its_first_column() -> None:
    html = "<table><tr><td>1</td><td>B</td></tr><tr><td>2</td><td>C</td></tr></table>"
    assert extract_main_text(html).splitlines() == ["1\tB", "2\tC"]


def test_a_struck_value_and_a_note_mark_are_no_part_of_the_cell() -> None:
    """A revised target printed as <del>old</del> <ins>new</ins> with a note mark holds the
    new value alone."""
    html = (
        "<table><tr><th>指標名</th><th>目標値</th></tr>"
        "<tr><td>架空件数</td><td><s>8</s> <ins>12</ins><sup>*2</sup></td></tr></table>"
    )
    assert extract_main_text(html).splitlines()[-1] == "架空件数\t12"


def test_an_as_of_date_is_a_caption_note() -> None:
    assert is_as_of_note("令和6年4月1日現在")
    assert is_as_of_note("(各年4月1日現在)(単位:人)")
    assert is_as_of_note("令和6年度末時点")
    assert not is_as_of_note("現在値")
    assert not is_as_of_note("令和6年度")


def test_a_row_of_notes_alone_over_a_narrow_table_is_a_caption() -> None:
    """「| | (単位:件)」 or 「(令和5年3月31日現在) | | (単位:件)」 over a table of two columns
    is the table's caption, not its header."""
    for first in ("\t\t(単位:件)", "(令和5年3月31日現在)\t\t(単位:件)"):
        lines = lines_with_offsets(f"{first}\n施設名\t件数\n架空館\t12\n")
        assert caption_row(lines)
    text = "架空館の概要\t\t\t令和5年3月31日現在\n区分\t面積\t室数\n本館\t120\t4\n"
    lines = lines_with_offsets(text)
    assert caption_row(lines)


def test_a_title_row_with_an_as_of_date_leaves_the_header_under_it() -> None:
    text = "表3 架空施設\t\t令和5年3月31日現在\n施設名\t所在地\t定員\n架空館\t本町\t40\n"
    tables = _tables(text)
    assert [t.header for t in tables] == [["施設名", "所在地", "定員"]]


def _table(header: list[str], rows: list[list[str]]) -> Table:
    def cells(texts: list[str]) -> list[Cell]:
        return [Cell(t, k, k + len(t)) for k, t in enumerate(texts)]

    return Table(header=header, rows=[cells(r) for r in rows], header_cells=cells(header))


def test_years_down_the_rows_turn_to_years_across() -> None:
    table = _table(
        ["区分", "架空利用者数", "架空登録率"],
        [["現状値(令和2年度)", "310", "12.5"], ["令和4年度", "355", "14.0"],
         ["目標値(令和8年度)", "400", "20.0"]],
    )  # fmt: skip
    turned = years_down(table)
    assert turned is not None
    assert turned.header == ["", "現状値(令和2年度)", "令和4年度", "目標値(令和8年度)"]
    assert [[c.text for c in row] for row in turned.rows] == [
        ["架空利用者数", "310", "355", "400"],
        ["架空登録率", "12.5", "14.0", "20.0"],
    ]


def test_an_era_printed_on_the_first_row_only_carries_down() -> None:
    table = _table(["年次", "総数", "甲部"], [["平成 28年", "410", "50"], ["29", "412", "51"]])
    turned = years_down(table)
    assert turned is not None
    assert turned.header[1:] == ["平成 28年", "平成29年"]


def test_kinds_of_value_down_the_columns_are_not_turned() -> None:
    rows = [["令和4年度", "10", "9"], ["令和5年度", "12", "8"]]
    table = _table(["年度", "目標値", "実績値"], rows)
    assert years_down(table) is None
    rows = [["架空率", "1", "2"], ["架空数", "3", "4"]]
    across = _table(["指標", "令和4年度", "令和5年度"], rows)
    assert years_down(across) is None


COLUMNS = (
    "(3) 架空事業の一覧          (単位:千円)\n"
    "  架空の柱に沿って\n"
    "番号\n1\n2\n3\n"
    "事業名\n架空広場整備事業\n架空文庫事業\n架空号運行事業\n"
    "令和8年度\n(a)\n1,200\n340\n-\n"
    "令和7年度\n(b)\n1,000\n300\n95\n"
    "区分\n拡充\n継続\n廃止\n"
    "※ 架空の注記です。\n"
)


def test_a_table_given_column_by_column_is_read_as_rows() -> None:
    """A PDF's text layer that gives each column's label and cells one per line: the figure
    runs give the row count, the lines divide into columns of that height, and a caption
    line that does not fit stays a line of text."""
    lines = lines_with_offsets(COLUMNS)
    found = column_table(lines, 1)
    assert found is not None
    start, end, table = found
    assert (start, lines[end].text) == (2, "※ 架空の注記です。")
    assert table.header == ["番号", "事業名", "令和8年度 (a)", "令和7年度 (b)", "区分"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["1", "架空広場整備事業", "1,200", "1,000", "拡充"],
        ["2", "架空文庫事業", "340", "300", "継続"],
        ["3", "架空号運行事業", "-", "95", "廃止"],
    ]
    cell = table.rows[1][1]
    assert COLUMNS[cell.start : cell.end] == "架空文庫事業"


def test_the_reader_takes_a_column_by_column_table_as_one_table() -> None:
    tables = _tables(COLUMNS)
    assert len(tables) == 1
    assert tables[0].rows[2][2].text == "-"


def test_short_lines_without_figure_columns_are_no_table() -> None:
    text = "架空の取組\n花壇の整備\n歩道の清掃\n公園の点検\n見守りの実施\n防災訓練\n"
    assert column_table(lines_with_offsets(text), 0) is None
    assert not _tables(text)


def test_a_table_read_out_row_by_row_is_one_table() -> None:
    """An accessible text version says the column labels in one sentence and each row as
    「n行目。」 and its cells; 「空欄」 is a blank cell."""
    text = (
        "表は3列です。左から、施設の名前、定員、備考です。\n"
        "1行目。架空こども館。40人。空欄。\n"
        "2行目。架空文庫、12人、土日休館。\n"
        "以上です。\n"
    )
    tables = _tables(text)
    assert len(tables) == 1
    assert tables[0].header == ["施設の名前", "定員", "備考"]
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["架空こども館", "40人", ""],
        ["架空文庫", "12人", "土日休館"],
    ]


def test_numbered_rows_without_a_header_sentence_stay_lines() -> None:
    text = "お知らせ\n1行目。架空こども館。40人。\n2行目。架空文庫。12人。\n"
    assert not _tables(text)


def test_a_definition_list_whose_values_are_marked_up_stays_label_value_lines() -> None:
    """A facility card's <dl> whose values sit in <address> or <data value> elements: one
    labelled field a line, as a plain <dl> gives."""
    html = (
        "<h3>架空こども館</h3><dl><dt>所在地</dt><dd><address>架空町1-1</address> "
        '<a href="#">地図</a></dd><dt>定員</dt><dd><data value="40">40人</data></dd></dl>'
    )
    fields = [(b.label, b.value) for b in read_structure(extract_main_text(html)).blocks
              if b.kind == "field"]  # fmt: skip
    assert fields == [("所在地", "架空町1-1 地図"), ("定員", "40人")]
