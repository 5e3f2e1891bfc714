"""A form printed as `pdftotext -layout` text: labels stacked down the left margin, a
letter-spaced label before its value, two tables one blank line apart."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.stacked_labels import blank_stacked_labels

FORM = (
    "  施 設 名      架空こども館                          所 管 課   架空課\n"
    "\n"
    "                              令和2年度       令和3年度       令和4年度\n"
    "    運    維持費(千円)            1,200           1,350           1,400\n"
    "    営    区分                     決算            決算         当初予算\n"
    "    費\n"
    "\n"
    "         指標名                単位   区分    令和2年度     令和3年度\n"
    "    成    架空館の利用者数      人     目標        3,000         3,200\n"
    "    果                                 実績        2,950\n"
)


def test_labels_stacked_down_the_margin_are_blanked_in_place() -> None:
    blanked = blank_stacked_labels(FORM)
    assert len(blanked) == len(FORM)
    assert "運" not in blanked and "成" not in blanked and "費" not in blanked.split("\n")[5]
    assert "維持費(千円)" in blanked


def test_a_lone_margin_character_is_kept() -> None:
    text = "  第    一章の概要\n本文です。\n"
    assert blank_stacked_labels(text) == text


def test_a_layout_form_reads_its_fields_and_two_aligned_tables() -> None:
    doc = read_structure(FORM, labels=all_labels())
    fields = [(b.label, b.value) for b in doc.blocks if b.kind == "field"]
    assert ("施設名", "架空こども館") in fields
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert [t.header for t in tables] == [
        ["", "令和2年度", "令和3年度", "令和4年度"],
        ["指標名", "単位", "区分", "令和2年度", "令和3年度"],
    ]
    assert [[c.text for c in row] for row in tables[1].rows] == [
        ["架空館の利用者数", "人", "目標", "3,000", "3,200"],
        ["", "", "実績", "2,950"],
    ]


def test_a_letter_spaced_row_label_beside_figures_stays_in_its_table() -> None:
    """Regression: 「課　名 | Ｒ７ | Ｒ６」 (a header) and 「部　計 | 5,521 | 5,368」 (a total
    row) print their first label letter-spaced like a form's label; beside years or figures
    it is a table's label, not a field."""
    text = (
        "  課　名            Ｒ７    Ｒ６    備考\n"
        "  架空一課          １６      １５    増員\n"
        "  架空二課          ２２      ２２\n"
        "  部　計            ３８      ３７\n"
    )
    doc = read_structure(text, labels=all_labels())
    assert not [b for b in doc.blocks if b.kind == "field"]
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert len(tables) == 1 and tables[0].rows[-1][0].text == "部 計"
