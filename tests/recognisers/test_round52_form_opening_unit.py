"""Round 52: a department head's manifesto printed by a reporting system as one form, its
opening row of fields naming the department (「部局名 | 架空福祉部」) and its budget section
calling it by its suffix (「部の予算」). Before, only a heading or a line could name the
department a document speaks for (a JasperReports page's accounts were read as the whole
city's). Fictional names."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.recognisers.opening_unit import opening_department
from loaders.structure import read_structure

_FORM = (
    "架空台市 目標管理システム 部長マニフェスト\t\t\t出力日:2026/04/06\n"
    "年度\t令和8年度\t部局名\t架空福祉部\t部長名\t架空 太郎\n"
    "■ 部の体制\t\t\t(単位:人)\n"
    "\n"
    "部の予算（当初予算）\n"
    "\n"
    "一般会計の予算額は186億円です。\n"
)


def _department(text: str) -> str | None:
    return opening_department(read_structure(text, labels=all_labels()), ("架空台市",))


def test_a_forms_opening_row_names_the_department_the_document_speaks_for() -> None:
    assert _department(_FORM) == "架空福祉部"


def test_a_form_naming_a_department_it_does_not_speak_as_names_none() -> None:
    text = _FORM.replace("■ 部の体制", "■ 体制").replace("部の予算", "予算の状況")
    assert _department(text) is None


def test_a_unit_under_another_label_is_no_department_of_the_form() -> None:
    assert _department(_FORM.replace("部局名", "提出先")) is None
