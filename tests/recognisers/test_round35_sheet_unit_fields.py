"""An evaluation sheet's unit field padded from its value, the unit chain followed by its
head's name in brackets (「担当部署　　A部　B課　（課長　X）」): a field, whose 課 is the
division in charge of the sheet's project. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "事務事業評価シート（令和７年度評価）\n\n"
    "事業名　　　　　架空子ども教室事業\n"
    "担当部署　　　　架空教育部　架空学習課　（課長　架空　太郎）\n"
    "事業の目的　　　放課後に学習の場を提供する。\n\n"
    "■事業費の推移　　　　　　　　　　　　　　　　　　　　　　（単位：円）\n"
    "　区　分　　　　　　令和５年度決算　　令和６年度決算　　令和７年度予算現額\n"
    "　事業費　　　　　       4,210,500         4,386,200           4,500,000\n"
)


def test_a_padded_unit_line_is_a_field() -> None:
    fields = [b for b in read_structure(_SHEET, labels=all_labels()).blocks if b.kind == "field"]
    labelled = [(f.label, f.value) for f in fields]
    assert ("担当部署", "架空教育部 架空学習課 (課長 架空 太郎)") in labelled


def test_the_chains_division_leads_the_sheets_project() -> None:
    divisions = {(p.fiscal_year, p.division) for p in parsed_as_read(_SHEET).projects}
    assert (2025, "架空学習課") in divisions
