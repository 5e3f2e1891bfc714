"""A report laid out as a column of labels and a column of values (Word text of a 取組状況
report): a value goes on on lines set in to where it began, and the lines under an entry stay
in that entry (fictional examples)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import StructuredDocument, read_structure
from loaders.structure.numbering import leading_numbering

_REPORT = (
    "第３　評価結果の概要\n"
    "　推進項目１２項目のうち、◎が２項目でした。\n"
    "\n"
    "改革の柱１　架空の市役所への転換\n"
    "\n"
    "　１－（１）架空手続のオンライン化\n"
    "\n"
    "　　推進項目　No.1　架空申請手続の拡充\n"
    "　　　所管課　　架空推進課\n"
    "　　　取組内容　架空システムで受け付ける手続を拡大し、\n"
    "　　　　　　　　窓口に来なくてもよい市役所をめざす。\n"
    "　　　指　標　　架空申請可能手続数\n"
    "　　　　　　　　基準値（令和４年度）１１２手続\n"
    "　　　　　　　　令和６年度目標　２５０手続　／　令和６年度実績　２６８手続\n"
    "　　　評　価　　◎\n"
    "\n"
    "　　推進項目　No.2　架空決済の導入\n"
    "　　　所管課　　架空会計課\n"
    "　　　評　価　　△\n"
)


def _read(text: str) -> StructuredDocument:
    return read_structure(text, labels=all_labels())


def test_a_value_goes_on_on_the_lines_set_in_under_it() -> None:
    doc = _read(_REPORT)
    values = {b.label: b.value for b in doc.blocks if b.kind == "field"}
    assert values["取組内容"] == (
        "架空システムで受け付ける手続を拡大し、窓口に来なくてもよい市役所をめざす。"
    )


def test_a_line_opening_with_a_label_under_a_value_is_a_line_of_the_entry() -> None:
    doc = _read(_REPORT)
    line = next(b for b in doc.blocks if b.text.startswith("基準値"))
    assert line.kind == "paragraph"
    entry = next(doc.headings_above(line))
    assert entry.number == "No.1"


def test_a_line_of_figures_under_a_value_stays_a_line_of_its_own() -> None:
    doc = _read(_REPORT)
    assert any(b.text.startswith("令和6年度目標") for b in doc.blocks)
    values = {b.label: b.value for b in doc.blocks if b.kind == "field"}
    assert values["指標"] == "架空申請可能手続数"


def test_numbered_entries_of_one_list_sit_at_one_level() -> None:
    doc = _read(_REPORT)
    entries = [b for b in doc.blocks if b.kind == "heading" and (b.number or "").startswith("No.")]
    assert [b.number for b in entries] == ["No.1", "No.2"]
    assert entries[0].level == entries[1].level
    assert next(doc.headings_above(entries[1])).number == "1-(1)"


def test_a_no_sign_numbering_counts_its_place_in_the_list() -> None:
    numbering = leading_numbering("No.2 架空決済の導入")
    assert numbering is not None
    assert numbering.parts == (2,)
