"""Facilities listed as such: a list under 「区内の主な公共施設」 keeps each name whole with its
愛称; a column of facilities names the body's own places even in generic words (「市民プール」)
or a bare kind with a nickname (「こども館（愛称：…）」); the rooms beside them (「部屋等」) are
parts, no places; a centre among the units of a staff table is a unit, its note in brackets
after it or not; and the city's office in a ward page's footer is where the page comes from.
Fictional example."""

from __future__ import annotations

from loaders.parse import parse_document


def _facilities(text: str, municipality: str = "架空台市") -> dict[str, list[str]]:
    facts = parse_document(text, file="x.md", municipality_code="999989",
                           municipality=municipality, prefecture="架空県")  # fmt: skip
    return {f.name: f.aliases for f in facts.facilities}


_WARD_PAGE = (
    "1.  [ホーム](https://example.jp/)\n"
    "2.  [架空区](https://example.jp/ku/)\n"
    "3.  [区の運営方針](https://example.jp/ku/hoshin/)\n"
    "4.  [架空区運営方針](https://example.jp/ku/hoshin/r8.html)\n\n"
    "架空区運営方針\n"
    "=======\n\n"
    "1 区役所の体制\n"
    "-----------\n\n"
    "| 課・センター | 職員数 |\n"
    "| --- | --- |\n"
    "| 架空推進課 | 27 |\n"
    "| 架空区民課 | 42 |\n"
    "| 架空保健福祉センター（センター長を含む） | 94 |\n\n"
    "5 区内の主な公共施設\n"
    "-----------\n\n"
    "*   [架空区民センター（愛称：かくうプラザ）](https://example.jp/a.html)  \n"
    "    架空区浜1丁目　多目的ホール\n"
    "*   [架空市立架空図書館](https://example.jp/b.html)  \n"
    "    架空区浜2丁目　蔵書約1万冊\n"
    "*   [架空スポーツセンター](https://example.jp/c.html)  \n"
    "    架空区浜5丁目　体育館\n\n"
    "このページに関するお問い合わせ\n"
    "---------------\n\n"
    "架空市役所　〒000-0000 架空市港町1丁目1番1号\n"
)


def test_a_listed_place_keeps_its_whole_name_and_its_nickname() -> None:
    found = _facilities(_WARD_PAGE, "架空市架空区")
    assert found["架空区民センター"] == ["かくうプラザ"]
    assert "架空市立架空図書館" in found and "架空スポーツセンター" in found


def test_a_centre_among_a_staff_tables_units_is_no_place_with_its_note() -> None:
    found = _facilities(_WARD_PAGE, "架空市架空区")
    assert not any(name.endswith("保健福祉センター") for name in found)


def test_the_citys_office_in_a_ward_pages_footer_is_no_place() -> None:
    assert "架空市役所" not in _facilities(_WARD_PAGE, "架空市架空区")


_FEE_LIST = (
    "| 施設名 | 部屋等 | 定員 | 午前 | 所管 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 架空台市総合体育館 | メインアリーナ（全面） | - | 12,000円 | 架空課 |\n"
    "| 市民プール | 一般（2時間） | - | 400円 | 架空課 |\n"
    "| こども館 （愛称：かくうキッズ） | 多目的ホール | 80人 | 1,000円 | 架空課 |\n"
    "| 架空台市民会館 | 展示ホール | 120人 | 3,000円 | 架空課 |\n"
)


def test_a_generic_name_in_a_column_of_facilities_is_the_bodys_place() -> None:
    assert "市民プール" in _facilities(_FEE_LIST)


def test_a_bare_kind_with_a_nickname_in_the_column_is_one_place() -> None:
    assert _facilities(_FEE_LIST).get("こども館") == ["かくうキッズ"]


def test_the_rooms_beside_the_places_are_no_places() -> None:
    found = _facilities(_FEE_LIST)
    assert "架空台市総合体育館" in found
    assert not {"メインアリーナ", "展示ホール", "多目的ホール"} & set(found)


def test_a_place_classed_private_in_the_list_is_no_facility() -> None:
    text = (
        "| No. | 区分 | 施設名 | 開放時間 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 公共 | 架空台市福祉会館 | 9:00～17:00 |\n"
        "| 2 | 公共 | 架空台市中央図書館 | 9:30～18:00 |\n"
        "| 3 | 民間 | スーパー架空中央店 | 9:00～21:00 |\n"
        "| 4 | 民間 | 架空信用金庫本店 | 9:00～15:00 |\n"
    )
    found = _facilities(text)
    assert "架空台市福祉会館" in found and "スーパー架空中央店" not in found
    assert "架空信用金庫本店" not in found
