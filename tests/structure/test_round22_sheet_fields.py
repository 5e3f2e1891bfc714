"""Round 22: a project sheet's form lines read as fields, not as headings or table rows
(fictional sheets, in layouts of no development set)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure


def _fields(text: str) -> dict[str, str]:
    doc = read_structure(text, labels=all_labels())
    return {(b.label or "").replace(" ", ""): b.value or "" for b in doc.blocks
            if b.kind == "field"}  # fmt: skip


def test_numbered_rows_of_padded_name_fields_are_fields() -> None:
    text = (
        "１　事業名　　　　架空橋点検事業\n"
        "２　所管　　　　　架空部　架空橋梁課\n"
        "３　事業の目的\n"
    )
    fields = _fields(text)
    assert fields["事業名"] == "架空橋点検事業"
    assert fields["所管"] == "架空部 架空橋梁課"


def test_a_lone_numbered_label_line_stays_a_heading() -> None:
    doc = read_structure("１　事業名　　　　架空橋点検事業\n本文です。\n", labels=all_labels())
    assert doc.blocks[0].kind == "heading"


def test_labels_padded_to_their_colons_are_fields_not_a_table() -> None:
    text = (
        "事業番号    ：K-0001              事業名    ：架空灯台保存事業\n"
        "所属        ：架空局 架空部 架空灯台課   担当班：保存班\n"
    )
    fields = _fields(text)
    assert fields["事業名"] == "架空灯台保存事業"
    assert fields["所属"].startswith("架空局")


def test_a_label_spread_letter_by_letter_before_its_colon_is_a_field() -> None:
    text = "━━━━━━━━━━\n事　　業　　名：架空渡船運航事業\n担　　当　　課：架空港湾課\n"
    fields = _fields(text)
    assert fields["事業名"] == "架空渡船運航事業"
    assert fields["担当課"] == "架空港湾課"


def test_code_headed_columns_take_the_labels_of_their_legend() -> None:
    text = (
        "#\tc01\t事業名\n#\tc02\t担当課\n#\tc03\t予算額（千円）\n\n"
        "c01\tc02\tc03\n架空灯台保存事業\t架空灯台課\t1,200\n"
    )
    doc = read_structure(text, labels=all_labels())
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert tables[-1].header == ["事業名", "担当課", "予算額(千円)"]
