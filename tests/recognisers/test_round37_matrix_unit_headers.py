"""A plan's matrix of 施策 against the units in charge, saved from Excel: a header of 部 each
over the blank cells it spans, the 課 in the row under it. Each 課 is of the 部 it stands
under; each 部 a unit. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "架空市総合計画　施策体系と所管課の関連一覧,,,,,,\n"
    "◎：主担当課　○：関係課,,,,,,\n"
    "施策番号,施策名,架空総務部,,架空企画部,架空福祉部,\n"
    ",,架空総務課,架空危機管理課,架空企画課,架空介護課,架空保健課\n"
    "1-1,架空の子育て支援,,,○,◎,○\n"
    "1-2,架空の防災,◎,○,,,\n"
)


def _units() -> dict[str, str | None]:
    return {o.name: o.parent for o in parsed_as_read(_SHEET, "m.csv").organizations}


def test_each_lower_unit_is_of_the_upper_unit_over_it() -> None:
    units = _units()
    assert units.get("架空危機管理課") == "架空総務部"
    assert units.get("架空保健課") == "架空福祉部"


def test_each_upper_unit_is_a_unit_of_its_own() -> None:
    assert "架空企画部" in _units()
