"""A plan's system saved as a sheet: a column of codes, the column beside it naming each
coded level, and under each coded row the level's entries as bulleted rows with no code
(「1-1 | 名称」 then 「 | ・取組」). Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "■施策体系,,,\n"
    "番号,基本目標・施策・主な取組,主担当局,関係局\n"
    "1,架空の若者が夢をはぐくむまち,,\n"
    "1-1,架空の切れ目ない支援,架空こども局,架空福祉局\n"
    ",・架空相談支援の充実,,\n"
    ",・架空ケア事業の利用促進,,\n"
    "1-2,架空保育ニーズへの対応,架空こども局,\n"
    ",・架空保育士の確保,,\n"
    "2,架空の暮らしを支えるまち,,\n"
    "2-1,架空共生社会の実現,架空福祉局,\n"
    ",・架空支援体制の整備,,\n"
)


def _entries() -> set[tuple[str, tuple[str, ...]]]:
    return {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_SHEET, "t.csv").initiatives}


def test_bulleted_uncoded_rows_are_entries_of_the_coded_row_above() -> None:
    assert {
        ("架空相談支援の充実", ("1-1",)),
        ("架空ケア事業の利用促進", ("1-1",)),
        ("架空保育士の確保", ("1-2",)),
        ("架空支援体制の整備", ("2-1",)),
    } <= _entries()


def test_the_coded_rows_are_levels_not_entries_of_the_broader_level() -> None:
    names = {name for name, _ in _entries()}
    assert "架空の切れ目ない支援" not in names
    assert "架空共生社会の実現" not in names
