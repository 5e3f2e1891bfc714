"""Tables of columns aligned with spaces, as the reader builds them from a document's lines:
columns drawn by the alignment of all the table's lines, rules as separators."""

from __future__ import annotations

import unicodedata

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.blocks import Table


def _tables(text: str) -> list[Table]:
    doc = read_structure(text, labels=all_labels())
    return [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]


def _line(*cells: tuple[int, str]) -> str:
    """A line printing each text from its column (a wide character takes two)."""
    line = ""
    for column, text in cells:
        width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        line += " " * max(column - width, 2 if line else 0) + text
    return line + "\n"


def _rows(table: Table) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows]


def test_rules_between_header_body_and_total_separate_rows_of_one_table() -> None:
    """Dashes under the header and above the total: one table, the total row its last."""
    text = (
        "  ------------------------------------------\n"
        "   区　分          令和5年度     令和6年度\n"
        "  ------------------------------------------\n"
        "   架空振興部           12            13\n"
        "   架空管理部            8             9\n"
        "  ------------------------------------------\n"
        "   合　計               20            22\n"
        "  ------------------------------------------\n"
    )
    [table] = _tables(text)
    assert table.header == ["区 分", "令和5年度", "令和6年度"]
    assert _rows(table)[-1] == ["合 計", "20", "22"]
    assert len(table.rows) == 3


def test_a_row_of_formula_markers_under_the_header_is_no_row() -> None:
    """「(a) (b) (b)-(a)」 names columns for a formula: neither a label nor data."""
    text = (
        "   区分          令和5年度   令和6年度    増減\n"
        "                    (a)         (b)      (b)-(a)\n"
        "   架空振興部         12          13         1\n"
        "   架空管理部          8           9         1\n"
    )
    [table] = _tables(text)
    assert table.header == ["区分", "令和5年度", "令和6年度", "増減"]
    assert _rows(table)[0] == ["架空振興部", "12", "13", "1"]


def test_a_row_of_qualifiers_under_the_header_joins_its_labels() -> None:
    text = (
        _line((2, "項目"), (24, "基準値"), (44, "目標値"))
        + _line((22, "(令和2年4月1日)"), (42, "(令和8年4月1日)"))
        + _line((2, "架空広場の利用者数"), (24, "100人"), (44, "150人"))
        + _line((2, "架空教室の参加者数"), (24, "40人"), (44, "60人"))
    )
    [table] = _tables(text)
    assert table.header == ["項目", "基準値(令和2年4月1日)", "目標値(令和8年4月1日)"]


def test_a_row_missing_a_middle_cell_leaves_that_column_blank() -> None:
    text = (
        _line((2, "名称"), (20, "予算額"), (32, "担当課"))
        + _line((2, "架空広場事業"), (20, "1,200"), (32, "架空振興課"))
        + _line((2, "架空教室事業"), (32, "架空管理課"))
        + _line((2, "架空水辺事業"), (20, "800"), (32, "架空管理課"))
    )
    [table] = _tables(text)
    assert _rows(table)[1] == ["架空教室事業", "", "架空管理課"]


def test_a_header_of_labels_set_apart_by_single_spaces_heads_the_aligned_rows() -> None:
    """A full-width space between the labels, where the rows below keep runs of spaces."""
    text = (
        "　指標　　　　　　　令和5年度実績　令和6年度目標\n"
        "　架空広場の利用者数　　　　　　52　　　　　　　60\n"
        "　架空教室の参加者数　　　　　　31　　　　　　　40\n"
    )
    [table] = _tables(text)
    assert table.header == ["指標", "令和5年度実績", "令和6年度目標"]
    assert _rows(table)[0] == ["架空広場の利用者数", "52", "60"]


def test_a_word_after_a_single_space_in_the_one_line_reaching_there_stays_in_its_cell() -> None:
    text = (
        "   区分      時点          値\n"
        "   基準値    令和2年度末   100㎡\n"
        "   目標値    令和12年度末  90㎡(基準値比 約10%減)\n"
    )
    [table] = _tables(text)
    assert _rows(table)[1] == ["目標値", "令和12年度末", "90㎡(基準値比 約10%減)"]


def test_records_of_two_lines_apart_by_blank_lines_are_rows_with_their_qualifiers() -> None:
    """A wrapped name continued below, each value's year printed under it, a blank line
    between records: one row a record, each piece joined to the cell above it."""
    text = (
        _line((2, "指標名"), (30, "現状値"), (44, "目標値"))
        + _line((30, "(年度)"), (44, "(年度)"))
        + "\n"
        + _line((2, "架空広場を利用する"), (30, "1,200人"), (44, "1,500人"))
        + _line((2, "市民の数(累計)"), (30, "(令和3年度)"), (44, "(令和8年度)"))
        + "\n"
        + _line((2, "架空教室の参加者数"), (30, "40人"), (44, "60人"))
        + _line((30, "(令和2年度)"), (44, "(令和8年度)"))
    )
    [table] = _tables(text)
    assert table.header == ["指標名", "現状値(年度)", "目標値(年度)"]
    assert _rows(table) == [
        ["架空広場を利用する市民の数(累計)", "1,200人(令和3年度)", "1,500人(令和8年度)"],
        ["架空教室の参加者数", "40人(令和2年度)", "60人(令和8年度)"],
    ]


def test_labelled_lines_of_two_cells_between_rules_are_no_table() -> None:
    """A form (label, then its value after spaces) ruled off is not a table."""
    text = (
        "======================================\n"
        "事業名        架空広場整備事業\n"
        "担当課        架空振興課\n"
        "--------------------------------------\n"
        "事業の目的    広場を整える。\n"
    )
    assert _tables(text) == []


def test_a_label_spanning_the_columns_a_rule_inside_a_drawn_header_splits() -> None:
    text = (
        "┌──────┬──────┬─────────────┐\n"
        "│指標名      │基準値      │   令和5年度                │\n"
        "│            │（令和3年度）├──────┬──────┤\n"
        "│            │            │目標        │実績        │\n"
        "├──────┼──────┼──────┼──────┤\n"
        "│架空率      │10          │12          │11          │\n"
        "└──────┴──────┴──────┴──────┘\n"
    )
    [table] = _tables(text)
    assert table.header == ["指標名", "基準値(令和3年度)", "令和5年度 目標", "令和5年度 実績"]
    assert _rows(table) == [["架空率", "10", "12", "11"]]


def test_a_label_letter_spaced_by_a_run_of_spaces_is_one_cell() -> None:
    """「区  分」: single letters the rows below cover are one word spread out."""
    text = (
        _line((2, "区  分"), (18, "令和5年度"), (30, "令和6年度"))
        + _line((2, "架空振興部"), (22, "12"), (34, "13"))
        + _line((2, "架空管理部"), (22, "8"), (34, "9"))
    )
    [table] = _tables(text)
    assert table.header == ["区  分", "令和5年度", "令和6年度"]


def test_a_year_over_the_kinds_it_spans_in_an_aligned_header_heads_each_of_them() -> None:
    text = (
        _line((2, "指標名"), (18, "令和5年度"), (38, "令和6年度"))
        + _line((16, "目標"), (25, "実績"), (35, "目標"), (44, "実績"))
        + _line((2, "架空率"), (18, "10"), (27, "9"), (37, "12"), (46, "11"))
    )
    [table] = _tables(text)
    assert table.header == [
        "指標名", "令和5年度 目標", "令和5年度 実績", "令和6年度 目標", "令和6年度 実績",
    ]  # fmt: skip


def test_rules_around_a_misaligned_space_table_are_no_rows() -> None:
    """A name too long for its column breaks the alignment; the table, read cell by cell
    between runs of spaces, still takes no rule as its header."""
    text = (
        "  --------------------------------------------\n"
        "   名称                基準値   R5実績   R7目標\n"
        "  --------------------------------------------\n"
        "   架空の体験教室参加者数(人)    28     30     40\n"
        "   架空広場の来場者数(人)    112    120    150\n"
        "  --------------------------------------------\n"
    )
    [table] = _tables(text)
    assert table.header == ["名称", "基準値", "R5実績", "R7目標"]
    assert _rows(table)[0] == ["架空の体験教室参加者数(人)", "28", "30", "40"]


def test_cells_wrapped_onto_the_lines_under_their_row_join_its_cells() -> None:
    """A name and a note too long for their columns run on under the row (the rest of the
    name under the name, of the note under the note): one row, the figures untouched."""
    text = (
        _line((0, "コード"), (8, "事業名"), (36, "担当課"), (50, "R7年度"), (60, "R8年度"),
              (70, "概要"))
        + _line((0, "1-1-1"), (8, "架空防災組織育成支援事"), (36, "架空管理課"), (51, "3,200"),
                (61, "3,200"), (70, "資機材購入補助(上限"))
        + _line((8, "業"), (70, "20万円)、講座"))
        + _line((70, "の開催"))
        + _line((0, "1-1-2"), (8, "架空堤防強化事業"), (36, "架空河川課"), (50, "54,000"),
                (60, "88,000"), (70, "負担金を含む"))
    )  # fmt: skip
    [table] = _tables(text)
    assert _rows(table) == [
        ["1-1-1", "架空防災組織育成支援事業", "架空管理課", "3,200", "3,200",
         "資機材購入補助(上限20万円)、講座の開催"],
        ["1-1-2", "架空堤防強化事業", "架空河川課", "54,000", "88,000", "負担金を含む"],
    ]  # fmt: skip


def test_wrapped_pieces_printed_a_place_off_their_column_still_fall_into_it() -> None:
    """The lines of the table's rows draw the columns; a wrapped piece printed two places
    left of its column (touching the figures' column) goes to the nearest column."""
    text = (
        _line((0, "コード"), (8, "事業名"), (36, "担当課"), (48, "R7年度"), (58, "概要"))
        + _line((0, "2-1-1"), (8, "架空家庭センター運営"), (36, "架空家庭課"), (50, "24,300"),
                (58, "母子保健と児童"))
        + _line((8, "事業"), (56, "福祉の相談"))
        + _line((0, "2-1-2"), (8, "架空保育士確保事業"), (36, "架空保育課"), (50, "11,200"),
                (58, "家賃補助"))
    )  # fmt: skip
    [table] = _tables(text)
    assert _rows(table)[0] == [
        "2-1-1", "架空家庭センター運営事業", "架空家庭課", "24,300", "母子保健と児童福祉の相談"
    ]  # fmt: skip


def test_a_row_of_words_apart_by_single_spaces_under_a_header_is_no_wrapped_cell() -> None:
    """「名前 512g 505g」 under an aligned header: values set apart by one space each, not
    the rest of a cell, so the lines are no table of the header's columns."""
    text = (
        "  ■成果指標          R5実績  R6見込  R7目標\n"
        "    架空ごみ排出量 512g 505g 480g\n"
        "    架空リサイクル率    21.4%   22.0%   24.0%\n"
    )
    tables = _tables(text)
    assert not any(["架空ごみ排出量", "", "512g", "505g 480g"] in _rows(t) for t in tables)


def test_a_roman_numeral_takes_two_places_as_a_japanese_text_prints_it() -> None:
    """「Ⅲ-1」 opens each row: printed full-width, it keeps the grades under their years."""
    text = (
        " 施策コード   施策名              R3   R4\n"
        " Ⅲ-1        架空の森の保全      B    A\n"
        " Ⅲ-2        架空の川の整備      C    B\n"
    )
    [table] = _tables(text)
    assert table.header == ["施策コード", "施策名", "R3", "R4"]
    assert _rows(table) == [
        ["Ⅲ-1", "架空の森の保全", "B", "A"],
        ["Ⅲ-2", "架空の川の整備", "C", "B"],
    ]


def test_a_note_indented_under_a_table_is_no_wrapped_cell() -> None:
    """「※金額は見込み」 right under the last row, indented deeper: a note, not a row."""
    text = (
        "事業名                  担当課        R7年度    R8年度    R9年度\n"
        "架空橋梁補修事業         架空道路課     1,000     2,000     3,000\n"
        "架空広場整備事業         架空公園課     4,000     5,000     6,000\n"
        "    ※金額は見込みです\n"
    )
    [table] = _tables(text)
    assert all("※" not in cell for row in _rows(table) for cell in row)


def test_a_label_printed_beside_its_right_aligned_figures_heads_them() -> None:
    """「R4」 printed a place right of the figures it labels: one column, no blank label."""
    text = (
        "所属        R4    R5\n"
        "架空課   12    13\n"
        "架空係    9    10\n"
    )
    [table] = _tables(text)
    assert table.header == ["所属", "R4", "R5"]
    assert _rows(table) == [["架空課", "12", "13"], ["架空係", "9", "10"]]


def test_columns_padded_counting_a_full_width_space_as_one_place_line_up() -> None:
    """A tool padding with full-width spaces as if each took one place, after half-width
    figures: the columns line up by characters, not by printed width."""
    f = "\u3000"
    text = (
        f"所属名{f * 5}定員{f * 4}現員{f * 4}欠員\n"
        f"架空総務課{f * 3}12{f * 4}11{f * 4}1\n"
        f"架空課{f * 5}8{f * 5}8{f * 5}0\n"
        f"架空まちづくり課{f}120{f * 3}118{f * 3}2\n"
    )
    [table] = _tables(text)
    assert table.header == ["所属名", "定員", "現員", "欠員"]
    assert _rows(table) == [
        ["架空総務課", "12", "11", "1"],
        ["架空課", "8", "8", "0"],
        ["架空まちづくり課", "120", "118", "2"],
    ]


def test_a_total_row_closes_a_two_column_table_of_labelled_columns() -> None:
    """「所属　人数」 over its rows, then 「合計　17」: the total is the table's last row."""
    text = (
        "所属          職員数\n架空企画課       8人\n架空管理課       9人\n合計            17人\n"
    )
    (table,) = _tables(text)
    assert _rows(table)[-1] == ["合計", "17人"]


def test_a_labelled_value_under_a_two_column_table_is_no_row_of_it() -> None:
    text = (
        "所属          職員数\n架空企画課       8\n架空管理課       9\n\n備考   架空総務課が集計\n"
    )
    (table,) = _tables(text)
    assert [r[0] for r in _rows(table)] == ["架空企画課", "架空管理課"]


def test_a_unit_table_whose_header_and_rows_are_apart_by_single_spaces_is_a_table() -> None:
    """A PDF's text layer printed 「課名 令和5年度 令和6年度 摘要」 and its rows with single
    spaces: a name (of several words too), a figure per year (an 内数 in brackets), a note."""
    text = (
        "課名 令和5年度 令和6年度 摘要\n"
        "架空港湾課 14 15 灯台係を含む\n"
        "　灯台係 (4) (5) 架空港湾課内\n"
        "架空漁業課 9 8\n"
        "(港 計) 23 23\n"
    )
    (table,) = _tables(text)
    assert table.header == ["課名", "令和5年度", "令和6年度", "摘要"]
    assert _rows(table) == [
        ["架空港湾課", "14", "15", "灯台係を含む"],
        ["灯台係", "(4)", "(5)", "架空港湾課内"],
        ["架空漁業課", "9", "8", ""],
        ["(港 計)", "23", "23", ""],
    ]


def test_a_single_spaced_unit_table_keeps_a_unit_note_under_it_out_of_its_last_row() -> None:
    text = "所属 R5 R6\n架空港湾課 14 15\n架空漁業課 9 8\n(単位:人)\n"
    (table,) = _tables(text)
    assert _rows(table)[-1] == ["架空漁業課", "9", "8"]


def test_a_single_spaced_header_of_no_unit_column_leaves_its_lines_alone() -> None:
    """Only a table listing units is read so: other single-spaced lines stay lines (their
    recognisers read them as lines), and a sentence with figures is no row."""
    text = "区分 令和5年度 令和6年度\n架空の件数 12 15\n架空の回数 3 4\n"
    assert _tables(text) == []
    text = "課名 令和5年度 令和6年度\n架空港湾課は 14 人から 15 人に増えた。\n"
    assert _tables(text) == []


def test_rows_of_a_name_and_a_figure_alone_stay_in_their_space_table() -> None:
    """「架空灯台課  4」 rows (their note column blank), three and more in a row between wide
    rows: the table goes on under them, one table."""
    text = (
        "課名        職員数  主な係\n"
        "架空港湾課      14  桟橋係・灯台係\n"
        "架空漁業課       9  漁港係・市場係\n"
        "架空灯台課       4\n"
        "架空市場課       3\n"
        "架空船舶課       2\n"
        "架空図書課       6  (架空教育委員会事務局)\n"
        "架空体育課       5  (架空教育委員会事務局)\n"
    )
    (table,) = _tables(text)
    assert [r[0] for r in _rows(table)] == [
        "架空港湾課", "架空漁業課", "架空灯台課", "架空市場課", "架空船舶課", "架空図書課",
        "架空体育課"]  # fmt: skip


def test_a_unit_captioned_table_one_blank_line_under_another_is_a_table_of_its_own() -> None:
    text = (
        _line((0, "(1) 施設別の利用者数"), (50, "(単位:人)"))
        + _line((2, "施設名"), (24, "令和5年度"), (38, "令和6年度"), (52, "増減"))
        + _line((2, "月見ホール"), (26, "1,200"), (40, "1,350"), (54, "150"))
        + _line((2, "星見図書館"), (26, "8,400"), (40, "8,100"), (53, "△300"))
        + _line((2, "合 計"), (26, "9,600"), (40, "9,450"), (53, "△150"))
        + "\n"
        + _line((0, "(2) 施設別の職員数"), (50, "(単位:人)"))
        + _line((2, "施設名"), (20, "R6"), (28, "R7"), (36, "備考"))
        + _line((2, "月見ホール"), (20, "4"), (28, "5"), (36, "増員"))
        + _line((2, "星見図書館"), (20, "6"), (28, "6"))
    )
    tables = _tables(text)
    assert [t.header for t in tables] == [
        ["施設名", "令和5年度", "令和6年度", "増減"],
        ["施設名", "R6", "R7", "備考"],
    ]
    assert _rows(tables[1])[0] == ["月見ホール", "4", "5", "増員"]


def test_a_header_label_spanning_the_years_on_the_line_under_it() -> None:
    text = (
        _line((2, "会計名"), (30, "予算額(千円)"))
        + _line((24, "令和6年度"), (38, "令和7年度"))
        + _line((2, "一般会計"), (26, "1,200"), (40, "1,350"))
        + _line((2, "港湾事業特別会計"), (28, "300"), (42, "280"))
    )
    tables = _tables(text)
    assert len(tables) == 1
    assert tables[0].header == ["会計名", "令和6年度 予算額(千円)", "令和7年度 予算額(千円)"]
    assert _rows(tables[0])[1] == ["港湾事業特別会計", "300", "280"]


def test_a_label_and_value_line_over_a_table_stays_out_of_its_header() -> None:
    text = (
        _line((0, "部長"), (8, "灯台守一郎"))
        + _line((0, "担当"), (8, "浜辺整備係"))
        + _line((2, "区分"), (20, "令和6年度"), (34, "令和7年度"))
        + _line((2, "月見ホール"), (22, "1,200"), (36, "1,350"))
        + _line((2, "星見図書館"), (22, "8,400"), (36, "8,100"))
    )
    tables = _tables(text)
    assert tables[-1].header == ["区分", "令和6年度", "令和7年度"]


def test_a_long_label_whose_figures_fell_to_the_next_line_is_one_row() -> None:
    """A label too long for its column fills its line, its figures printed alone on the
    line under it (nothing under the label's columns): one row, label and figures."""
    text = (
        _line((0, "区分"), (6, "項目"), (40, "R6当初"), (50, "R7当初"))
        + _line((0, "A"), (6, "架空の広域連携による共同処理に係る負担金"))
        + _line((41, "4,210"), (51, "4,380"))
        + _line((0, "B"), (6, "架空公園の維持管理費"), (41, "1,020"), (51, "1,150"))
    )  # fmt: skip
    [table] = _tables(text)
    assert _rows(table) == [
        ["A", "架空の広域連携による共同処理に係る負担金", "4,210", "4,380"],
        ["B", "架空公園の維持管理費", "1,020", "1,150"],
    ]


def test_a_group_row_over_labelled_rows_keeps_its_own_row() -> None:
    """A group label alone on its line over rows that print their own labels: no wrap."""
    text = (
        _line((0, "区分"), (20, "R6"), (30, "R7"))
        + _line((0, "架空総務部"))
        + _line((2, "架空人事課"), (20, "12"), (30, "13"))
        + _line((2, "架空財政課"), (20, "8"), (30, "9"))
    )  # fmt: skip
    rows = [r for t in _tables(text) for r in _rows(t)]
    assert ["架空人事課", "12", "13"] in rows
    assert not any(r[0] == "架空総務部" and len(r) > 1 for r in rows)



def test_a_row_whose_figures_are_set_apart_by_single_spaces_stays_in_the_table() -> None:
    """A row printed with one full-width space between its figures (the label too long to
    leave room) still has as many cells as the header: a row of the table, not a line."""
    text = (
        "　区分　　　　　　　　Ｒ３　　Ｒ４　　Ｒ５\n"
        "　架空振興部　　　　　１２　　１３　　１４\n"
        "　架空連絡協議会事務室　５　６　７\n"
        "　合計　　　　　　　　１７　　１９　　２１\n"
    )
    tables = _tables(text)
    assert len(tables) == 1
    assert tables[0].header == ["区分", "R3", "R4", "R5"]
    assert _rows(tables[0])[1:] == [
        ["架空連絡協議会事務室", "5", "6", "7"],
        ["合計", "17", "19", "21"],
    ]


def test_a_header_over_one_row_of_single_spaced_figures_is_a_table() -> None:
    """Years over their figures, the figures set apart by one space each: a table of two
    lines whose second has as many words as the first has cells."""
    text = "職員数の推移\n\n　　Ｒ１　　Ｒ３　　Ｒ５\n　　２４０　２３８　２３１\n"
    tables = _tables(text)
    assert len(tables) == 1
    assert _rows(tables[0]) == [["240", "238", "231"]]
