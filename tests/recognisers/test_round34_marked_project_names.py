"""A legend's symbol glued before a project's name (「★X事業」, ★ = 重点事業) is no part of
the name. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_TABLE = (
    "事業名の前の★は重点事業です。\n"
    "事業名\t担当課\t予算額（千円）\n"
    "★架空医療費助成事業\t架空福祉課\t62,300\n"
    "架空道路改良事業\t架空建設課\t18,000\n"
)


def test_a_legend_symbol_before_the_name_is_dropped() -> None:
    names = {p.name for p in parsed_as_read(_TABLE, "jigyo.txt").projects}
    assert "架空医療費助成事業" in names
    assert not any(name.startswith("★") for name in names)
