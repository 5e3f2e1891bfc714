"""Round 28: facility and unit readings a flattened table brings out — a count in brackets
after a place named bare too, a note saying which division a centre belongs to, a column of
sections labelled 「主な係」 (invented documents)."""

from __future__ import annotations

from loaders.parse import parse_document


def _facts(text: str):
    return parse_document(text, file="plan.txt", municipality_code="999985",
                          municipality="若葉ヶ原市", prefecture="架空県")  # fmt: skip


def test_a_count_of_buildings_after_a_place_named_bare_elsewhere_is_no_other_place() -> None:
    text = (
        "施設名\t所管課\t延床面積\n"
        "市営住宅架空団地（12棟）\t建設課\t2,150㎡\n"
        "架空会館\t総務課\t1,200㎡\n\n"
        "主な施設\n・市営住宅架空団地\n・架空会館\n"
    )
    names = [f.name for f in _facts(text).facilities]
    assert "市営住宅架空団地（12棟）" not in names and "市営住宅架空団地(12棟)" not in names


def test_a_note_that_a_centre_belongs_to_a_division_gives_its_parent() -> None:
    text = (
        "架空部の運営方針\n\n"
        "所属\t職員数\n星見課\t12人\n架空支援センター\t8人\n\n"
        "※架空支援センターは星見課に属する。\n"
    )
    parents = {o.name: o.parent for o in _facts(text).organizations}
    assert parents.get("架空支援センター") == "星見課"


def test_the_label_of_a_column_of_sections_is_no_unit() -> None:
    text = "所属\t主な係\t職員数\n星見課\t天文係・月見係\t12人\n潮騒課\t砂浜係\t9人\n"
    names = {o.name for o in _facts(text).organizations}
    assert "主な係" not in names and "星見課" in names
