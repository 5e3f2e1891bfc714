"""Round 32: a group row naming a unit over rows whose unit column names smaller units
(fictional example)."""

from __future__ import annotations

from loaders.parse import parse_document


def _parents(text: str) -> dict[str, str | None]:
    facts = parse_document(text, file="x.tsv", municipality_code="999985",
                           municipality="若葉ヶ原市", prefecture="架空県")  # fmt: skip
    return {o.name: o.parent for o in facts.organizations}


def test_a_group_row_naming_a_unit_holds_the_smaller_units_of_the_rows_under_it() -> None:
    text = (
        "3　主な事業\n"
        "No.\t事業名\t所管課\t予算額 （千円）\n"
        "架空未来局\t\t\t\n"
        "1\t架空医療費助成事業\t架空家庭課\t2,845,300\n"
        "2\t架空交流館整備事業\t架空施設課\t684,200\n"
        "架空福祉局\t\t\t\n"
        "3\t架空支援センター運営事業\t架空ケア推進課\t1,126,900\n"
    )
    parents = _parents(text)
    assert parents["架空家庭課"] == "架空未来局"
    assert parents["架空施設課"] == "架空未来局"
    assert parents["架空ケア推進課"] == "架空福祉局"
