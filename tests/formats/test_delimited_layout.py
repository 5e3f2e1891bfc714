"""CSV/TSV exports whose tables a person reads differently from one grid (metadata lines,
machine headers, pivot captions, sideways cards), read back into tables of one header row.
All names and figures are invented."""

from __future__ import annotations

from pathlib import Path

from loaders.field_vocabulary import all_labels
from loaders.formats.spreadsheet import read_delimited
from loaders.structure.reader import read_structure


def _tables(path: Path, text: str) -> list[tuple[list[str], list[list[str]]]]:
    path.write_text(text, encoding="utf-8")
    doc = read_structure(read_delimited(path).text, labels=all_labels())
    return [
        (b.table.header, [[c.text for c in row] for row in b.table.rows])
        for b in doc.blocks
        if b.kind == "table" and b.table is not None
    ]


def test_metadata_lines_over_a_wide_export_are_no_part_of_its_table(tmp_path: Path) -> None:
    text = (
        "★出力日,2001/02/03\n"
        "担当,架空係\n"
        "事業番号,事業名,部名,担当課,予算額,決算額,評価,更新日\n"
        "X-1,架空推進事業,模擬部,模擬課,100,90,A,20010203\n"
        "X-2,試作支援事業,模擬部,仮置課,200,210,B,20010203\n"
    )
    tables = _tables(tmp_path / "x.csv", text)
    assert tables[-1][0] == ["事業番号", "事業名", "部名", "担当課", "予算額", "決算額", "評価",
                             "更新日"]  # fmt: skip
    assert tables[-1][1][0][1] == "架空推進事業"


def test_a_row_of_system_field_ids_over_the_printed_labels_is_dropped(tmp_path: Path) -> None:
    text = (
        "NAME_X,DIV_X,AMT_Y0,GRADE\n"
        "事業名,担当課,予算額,評価\n"
        "架空推進事業,模擬課,100,A\n"
    )
    tables = _tables(tmp_path / "x.csv", text)
    header = ["事業名", "担当課", "予算額", "評価"]
    assert tables == [(header, [["架空推進事業", "模擬課", "100", "A"]])]


def test_a_pivot_caption_labels_the_value_columns_of_the_row_field_header(tmp_path: Path) -> None:
    text = (
        "個数 / 決算額（千円）\t\t区分\n"
        "局名\t課名\t一般会計\t特別会計\n"
        "架空局\t模擬課\t1,000\t20\n"
    )
    header, rows = _tables(tmp_path / "x.tsv", text)[0]
    assert header == ["局名", "課名", "決算額(千円) 一般会計", "決算額(千円) 特別会計"]
    assert rows == [["架空局", "模擬課", "1,000", "20"]]


def test_a_pivot_of_two_column_fields_reads_year_and_kind_over_each_column(
    tmp_path: Path,
) -> None:
    # the generic value field 「値」 names nothing; a blank year continues the one at its left
    text = (
        "合計 / 値\t\t年度\t区分\n"
        "\t\t2001年度\t\t2005年度\n"
        "指標名\t単位\t実績値\t見込値\t目標値\n"
        "架空率\t%\t10\t11\t20\n"
    )
    header, rows = _tables(tmp_path / "x.tsv", text)[0]
    assert header == ["指標名", "単位", "2001年度 実績値", "2001年度 見込値", "2005年度 目標値"]
    assert rows == [["架空率", "%", "10", "11", "20"]]


def test_a_card_sheet_printed_sideways_is_read_one_record_per_column(tmp_path: Path) -> None:
    text = (
        "事業番号\tX-1\tX-2\n"
        "事業名\t架空推進事業\t試作支援事業\n"
        "所管課\t模擬課\t仮置課\n"
        "飾り行\t●\t\n"
        "活動指標\t架空件数\t試作回数\n"
    )
    header, rows = _tables(tmp_path / "x.tsv", text)[0]
    assert header == ["事業番号", "事業名", "所管課", "飾り行", "活動指標"]
    assert rows == [
        ["X-1", "架空推進事業", "模擬課", "●", "架空件数"],
        ["X-2", "試作支援事業", "仮置課", "", "試作回数"],
    ]


def test_a_list_of_repeated_kinds_down_the_first_column_is_not_sideways(tmp_path: Path) -> None:
    text = "区分\tコード\t名称\n施策\t1\t架空\n施策\t2\t模擬\n事業名\t3\t試作\n"
    header, _ = _tables(tmp_path / "x.tsv", text)[0]
    assert header == ["区分", "コード", "名称"]


def test_a_one_cell_row_inside_a_table_does_not_end_it(tmp_path: Path) -> None:
    text = "地区\t施設\t件数\n架空地区\t\t\n\t模擬館\t3\n\t試作館\t4\n"
    tables = _tables(tmp_path / "x.tsv", text)
    assert len(tables) == 1
    assert tables[0][0] == ["地区", "施設", "件数"]


def test_a_sparse_upper_header_is_not_taken_for_metadata(tmp_path: Path) -> None:
    # regression: an upper header spanning blank cells is part of the table's header
    text = (
        "指標名,2001年度,,2002年度,\n"
        ",目標,実績,目標,実績\n"
        "架空率,1,2,3,4\n"
    )
    tables = _tables(tmp_path / "x.csv", text)
    assert len(tables) == 1


def test_a_forms_label_value_rows_over_a_wider_row_stay_one_block(tmp_path: Path) -> None:
    # regression: a sheet form (取組名 | value | 担当課 | value, then a wide schedule row) was
    # split as metadata and transposed as a sideways card
    text = (
        "取組名\t架空の取組\t担当課\t模擬課\n"
        "取組の内容\t長い説明の文\n"
        "指標\t架空件数\t1\t2\t3\t4\t5\t6\n"
    )
    path = tmp_path / "x.tsv"
    path.write_text(text, encoding="utf-8")
    assert "\n\n" not in read_delimited(path).text
    header, _ = _tables(path, text)[0]
    assert header[:2] == ["取組名", "架空の取組"]
