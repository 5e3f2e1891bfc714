"""Round 21: indicator names that print a labelled unit in a bracket after them (fictional
examples, in layouts of no development set)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.structure import read_structure
from loaders.text.quantities import without_unit_bracket


def test_a_unit_labelled_in_a_names_bracket_is_no_part_of_the_name() -> None:
    name, unit = without_unit_bracket("架空川の渡し船利用者数（単位：人）")
    assert (name, unit) == ("架空川の渡し船利用者数", "人")
    assert without_unit_bracket("架空林の間伐面積(単位:ha)") == ("架空林の間伐面積", "ha")
    # a qualifier stays, and so does a bracket whose label names another field
    assert without_unit_bracket("架空講座の修了者数(累計)") == ("架空講座の修了者数(累計)", None)
    assert without_unit_bracket("架空講座の修了者数(担当:架空課)")[1] is None


def test_an_indicator_row_sheds_the_labelled_unit_after_its_name() -> None:
    # a pipe table whose indicator cells close with 「（単位：人）」
    text = (
        "成果指標\n\n"
        "| 指標 | 基準値(R2) | 目標値(R8) |\n"
        "|---|---|---|\n"
        "| 架空川の渡し船利用者数（単位：人） | 1,200 | 1,500 |\n"
    )
    facts = DocumentFacts("x.txt", "999988", "架空川市", None, text, "generic", fiscal_year=2024)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    assert {o.indicator for o in facts.observations} == {"架空川の渡し船利用者数"}
    assert {o.unit for o in facts.observations} == {"人"}
