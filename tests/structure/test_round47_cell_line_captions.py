"""A table written a cell a line (macOS textutil's text of a page) under its caption: 「主な
事業」 over the labels 「事業名 / 令和8年度予算額（千円） / 前年度予算額（千円） / 担当課」 is the
table's caption, no label of a column, and 「新規」 in the year before's column stands for no
amount as a dash does. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_TEXT = (
    "（２）架空の交通の構築\n"
    "主な事業\n"
    "事業名\n"
    "令和８年度予算額（千円）\n"
    "前年度予算額（千円）\n"
    "担当課\n"
    "架空交通再編事業\n"
    "412,600\n"
    "387,900\n"
    "架空政策課\n"
    "架空交通運行支援事業\n"
    "86,400\n"
    "新規\n"
    "架空政策課\n"
    "\n"
    "（３）架空の住環境\n"
)


def test_a_caption_over_a_cell_a_line_table_is_no_label_of_it() -> None:
    doc = read_structure(_TEXT, labels=all_labels())
    (table,) = [b.table for b in doc.blocks if b.table is not None]
    assert table.header[0] == "事業名" and len(table.header) == 4


def test_new_in_the_year_befores_column_keeps_the_row() -> None:
    doc = read_structure(_TEXT, labels=all_labels())
    (table,) = [b.table for b in doc.blocks if b.table is not None]
    assert [[c.text for c in r] for r in table.rows] == [
        ["架空交通再編事業", "412,600", "387,900", "架空政策課"],
        ["架空交通運行支援事業", "86,400", "新規", "架空政策課"],
    ]


def test_a_captioned_pdf_table_with_wrapped_names_is_no_cell_a_line_table() -> None:
    text = (
        "成果指標\n"
        "指標名\n"
        "基準値\n"
        "（令和５年度）\n"
        "目標値\n"
        "（令和７年度）\n"
        "修繕が完了した架空橋\n"
        "の割合\n"
        "38.5%\n"
        "52.0%\n"
        "架空危険箇所の対策完\n"
        "了率\n"
        "61%\n"
        "80%\n"
        "重点目標２　架空被害の軽減\n"
    )
    doc = read_structure(text, labels=all_labels())
    for block in doc.blocks:
        if block.table is not None:
            assert "の割合" not in [row[0].text for row in block.table.rows]
