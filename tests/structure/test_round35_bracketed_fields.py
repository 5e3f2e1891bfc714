"""A sheet's indicator named in a bracketed label's field with its unit noted after it
(「［成果指標］　架空団体数（単位：団体）」), however long the name: a field, whose rows of
target and actual by year follow. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "事務事業評価シート（令和７年度評価）\n\n"
    "■指標\n"
    "　［成果指標］　架空補助金を交付した団体数（単位：団体）\n"
    "　　　　　　　　令和５年度　　令和６年度\n"
    "　　目標値　　          30            30\n"
    "　　実績値　　          24            27\n"
)


def test_a_long_name_with_its_unit_note_is_the_fields_value() -> None:
    fields = [b for b in read_structure(_SHEET, labels=all_labels()).blocks if b.kind == "field"]
    assert [(f.label, f.value) for f in fields] == [
        ("成果指標", "架空補助金を交付した団体数(単位:団体)")
    ]


def test_its_targets_and_actuals_by_year_are_read() -> None:
    read = parsed_as_read(_SHEET)
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in read.observations}
    assert ("架空補助金を交付した団体数", 2024, "actual", 27) in observed
    assert ("架空補助金を交付した団体数", 2023, "target", 30) in observed
