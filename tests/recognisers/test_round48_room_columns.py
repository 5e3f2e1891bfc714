"""A facility reservation system's fee table (「施設名称 | 室場名称 | 料金」): the rooms of a
facility (「託児室」「調理実習室」) are neither units of the body nor facilities of their own,
though their names end as a 室 does. And a page's card of a place with what it offers set
right after its name (「…図書館図書の貸出・学習室」): the place is the name alone. Fictional
examples."""

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


def test_a_listed_places_offer_set_right_after_its_name_is_no_part_of_it() -> None:
    text = (
        "令和8年度 架空区 区運営方針\n"
        "7　区内の主な公共施設\n"
        "• 架空台図書館図書の貸出・学習室\n"
        "• 架空台地区センター地域活動・貸室\n"
        "• 架空市民会館・架空体育館\n"
    )
    facts = parse_document(text, file="ward.html", municipality_code="999989",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    names = {f.name for f in facts.facilities}
    assert {"架空台図書館", "架空台地区センター"} <= names
    assert not any("貸出" in n or "貸室" in n for n in names)
