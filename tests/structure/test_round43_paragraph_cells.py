"""A Word document saved as text by docx2txt: every paragraph, each table cell included,
ends with a blank line, an empty cell two. The cells of a table follow one another header
first; the rows show where the header ends by the columns that hold figures. Fictional
examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure


def _saved(*paragraphs: str) -> str:
    return "".join(p + "\n\n" for p in paragraphs)


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    doc = read_structure(text, labels=all_labels())
    return [
        (b.table.header, [[c.text for c in row] for row in b.table.rows])
        for b in doc.of_kind("table")
        if b.table is not None
    ]


_STAFF = _saved(
    "【部の体制】（令和８年４月１日現在）",
    "部", "課", "主な係", "令和８年度", "令和７年度",
    "部長", "", "", "1", "1",
    "架空第一部", "架空総務課", "庶務係・経理係", "24", "23",
    "", "架空技術課", "検査係", "15", "15",
    "部計", "", "", "40", "39",
    "※人数は各年４月１日現在の職員数です。",
)


def test_a_docx2txt_table_reads_as_its_rows_empty_cells_kept() -> None:
    [(header, rows)] = _tables(_STAFF)
    assert header == ["部", "課", "主な係", "令和8年度", "令和7年度"]
    assert rows[0] == ["部長", "", "", "1", "1"]
    assert rows[2] == ["", "架空技術課", "検査係", "15", "15"]
    assert len(rows) == 4


def test_a_caption_over_the_header_is_not_one_of_its_labels() -> None:
    text = _saved(
        "【主な事業】",
        "事業名", "令和８年度予算額（千円）", "令和７年度予算額（千円）", "担当課",
        "架空橋りょう修繕事業", "3,128,400", "2,964,800", "架空保全課",
        "架空舗装補修事業", "1,284,000", "1,196,500", "架空保全課",
        "【成果指標】",
    )
    [(header, rows)] = _tables(text)
    assert header[0] == "事業名"
    assert rows[1] == ["架空舗装補修事業", "1,284,000", "1,196,500", "架空保全課"]


def test_a_table_of_one_row_of_figures_reads_under_its_caption() -> None:
    text = _saved(
        "【成果指標】",
        "指標", "現状値（Ｒ６）", "見込（Ｒ７）", "目標値（Ｒ８）",
        "架空修繕着手率（％）", "62.4", "71.0", "80.0",
        "",
        "次の取組",
    )
    [(header, rows)] = _tables(text)
    assert header == ["指標", "現状値(R6)", "見込(R7)", "目標値(R8)"]
    assert rows == [["架空修繕着手率(%)", "62.4", "71.0", "80.0"]]


def test_a_column_of_grades_reads_as_the_rows_values() -> None:
    text = _saved(
        "令和７年度の取組", "評価", "主な成果と課題",
        "架空修繕の推進", "◎", "目標を上回りました。",
        "架空空間の整備", "△", "用地交渉に時間を要しました。",
    )
    [(_, rows)] = _tables(text)
    assert [row[:2] for row in rows] == [["架空修繕の推進", "◎"], ["架空空間の整備", "△"]]


def test_paragraphs_of_prose_apart_by_blank_lines_make_no_table() -> None:
    text = _saved(
        "架空局の使命",
        "市民の暮らしを支える道路を整備します。",
        "重点取組",
        "架空道路の計画的な保全",
        "令和８年度は予防保全を進めます。",
    )
    assert _tables(text) == []
