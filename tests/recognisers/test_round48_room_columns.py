"""A facility reservation system's fee table (「施設名称 | 室場名称 | 料金」): the rooms of a
facility (「託児室」「調理実習室」) are neither units of the body nor facilities of their own,
though their names end as a 室 does. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import field_of
from loaders.parse import parse_document

_FEES = (
    "施設コード\t施設名称\t所管部署名\t室場コード\t室場名称\t定員\t現行料金\n"
    "0101\t架空市民文化会館\t市民部　架空文化課\t01\t大ホール\t870\t36500\n"
    "0101\t架空市民文化会館\t市民部　架空文化課\t02\t託児室\t20\t1150\n"
    "0102\t架空市民センター\t市民部　架空協働課\t01\t調理実習室\t30\t2250\n"
)


def test_a_reservation_systems_room_label_names_rooms() -> None:
    assert field_of("室場名称", exact=True) == "room"


def test_the_rooms_are_no_units_of_the_body() -> None:
    facts = parse_document(_FEES, file="fees.tsv", municipality_code="999989",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    names = {o.name for o in facts.organizations}
    assert "託児室" not in names and "調理実習室" not in names
    assert "架空文化課" in names
