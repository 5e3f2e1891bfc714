"""Round 28: in a staff table whose hierarchy is printed by indentation, a unit of no rank
(a センター) holds the divisions indented under it and sits under the office above it
(invented table)."""

from __future__ import annotations

from loaders.parse import parse_document


def test_divisions_indented_under_a_centre_are_its_parts() -> None:
    text = (
        "組織\t職員数\n"
        "架空区役所\t90\n"
        "  星見課\t14\n"
        "  架空保健センター\t40\n"
        "    月見課\t20\n"
        "    砂浜課\t20\n"
    )
    facts = parse_document(text, file="staff.txt", municipality_code="999985",
                           municipality="若葉ヶ原市", prefecture="架空県")  # fmt: skip
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents["月見課"] == "架空保健センター" and parents["砂浜課"] == "架空保健センター"
    assert parents["架空保健センター"] == "架空区役所"
