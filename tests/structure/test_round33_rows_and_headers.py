"""Round 33: rows, headers and marked lines as sheets and Word text print them (fictional
examples)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure


def test_a_row_opening_with_an_empty_cell_takes_no_cells_from_the_row_above() -> None:
    doc = read_structure(
        "区分\t組織名\t令和7年\t令和6年\t増減\t定数\t備考\n"
        "架空部局\t架空総務局\t385\t373\t12\t400\t局長を含む\n"
        "\t架空人事部\t142\t140\t2\n",
        labels=all_labels(),
    )
    table = next(b.table for b in doc.blocks if b.kind == "table" and b.table)
    assert [c.text for c in table.rows[1]][:3] == ["", "架空人事部", "142"]


def test_a_sheets_lower_header_row_saved_short_still_labels_the_columns_under_each_span() -> None:
    doc = read_structure(
        "No.\t事務事業名\t決算額\t\t当初予算額\t成果指標\t\t令和6年度\t\t総合評価\n"
        "\t\t令和5年度\t令和6年度\t令和7年度\t指標名\t単位\t目標値\t実績値\n"
        "1\t架空ケア事業\t18,432\t24,118\t31,500\t架空利用者数\t人\t180\t166\tB\n",
        labels=all_labels(),
    )
    table = next(b.table for b in doc.blocks if b.kind == "table" and b.table)
    assert table.header == [
        "No.", "事務事業名", "決算額 令和5年度", "決算額 令和6年度", "当初予算額 令和7年度",
        "成果指標 指標名", "成果指標 単位", "令和6年度 目標値", "令和6年度 実績値", "総合評価",
    ]  # fmt: skip


def test_a_marked_level_line_whose_name_ends_like_a_sentence_is_a_heading() -> None:
    doc = read_structure(
        "３　基本目標ごとの検証\n\n■基本目標１　架空の雇用を創出する\n【数値目標】\n"
        "　架空の従業者数です。\n\n■基本目標２　架空の流れをつくる\n",
        labels=all_labels(),
    )
    levels = [(b.prefix, b.number, b.text) for b in doc.blocks if b.kind == "heading" and b.prefix]
    assert levels == [
        ("基本目標", "1", "架空の雇用を創出する"),
        ("基本目標", "2", "架空の流れをつくる"),
    ]


def test_qualifiers_in_brackets_run_together_under_the_labels_join_each_label() -> None:
    doc = read_structure(
        "施策    成果指標                    単位          基準値      目標値      目標値\n"
        "                                            （令和６年度）（令和８年度）（令和10年度）\n"
        "──────────────────────────────────────────\n"
        "1-1     架空健診受診率              ％              41.2        45.0        50.0\n"
        "1-2     架空高齢者の割合            ％              82.6        83.0        83.5\n",
        labels=all_labels(),
    )
    table = next(b.table for b in doc.blocks if b.kind == "table" and b.table)
    assert table.header[3:] == ["基準値(令和6年度)", "目標値(令和8年度)", "目標値(令和10年度)"]


def test_a_unit_in_charge_past_a_wide_gap_after_a_heading_is_a_field_under_it() -> None:
    doc = read_structure(
        "事業レビュー 評価結果（事業別）\n\n"
        "■No.７　架空愛護会活動支援事業　　　　所管課：架空緑地課\n\n"
        "事業の概要    架空の公園の清掃を行う。\n",
        labels=all_labels(),
    )
    heading = next(b for b in doc.blocks if b.kind == "heading" and b.number)
    field = doc.blocks[heading.index + 1]
    assert (heading.number, heading.text) == ("No.7", "架空愛護会活動支援事業")
    assert (field.kind, field.label, field.value) == ("field", "所管課", "架空緑地課")


def test_a_full_width_space_between_cells_of_a_padded_table_parts_two_columns() -> None:
    doc = read_structure(
        (
            "────────────────────────────────────────────\n"
            "重点　区分　事業名　　　　　　　　　　　　　　　　"
            "　　　　Ｒ８　　　　　Ｒ９　　　　Ｒ１０　担当課\n"
            "────────────────────────────────────────────\n"
            "　○　　継　架空応援給付事業　　　　　　　　　　　　"
            "　　４８０　　　　４８０　　　　４８０　架空福祉課\n"
            "　○　　新　架空病児保育事業　　　　　　　　　　　　"
            "　　１８０　　　　１８０　　　　１８０　架空福祉課\n"
            "────────────────────────────────────────────\n"
            "　　　　　　施策計　　　　　　　　　　　　　　"
            "　　　　　６６０　　　　６６０　　　　６６０\n"
        ),
        labels=all_labels(),
    )
    table = next(b.table for b in doc.blocks if b.kind == "table" and b.table)
    assert table.header[-2:] == ["R10", "担当課"]
    assert [c.text for c in table.rows[0]][-2:] == ["480", "架空福祉課"]
