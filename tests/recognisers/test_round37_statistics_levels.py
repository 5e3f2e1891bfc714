"""A statistics API's export keys the plan's top level by a zero-padded code beside its name
(「cat01_code | 基本目標」 over 「01 | 架空の目標」): each code one level, 01 the goal 1. A column
of two-digit numbers with no leading zero is no such key. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_EXPORT = (
    '"VALUE"\n'
    '"tab_code","表章項目","cat01_code","基本目標","cat02_code","指標","time_code","時間軸（年度次）","unit","value"\n'
    '"100","基準値","01","架空で働く","0101","架空の従業者数","2021100000","2021年度","人","48620"\n'
    '"120","目標値","01","架空で働く","0101","架空の従業者数","2027100000","2027年度","人","50500"\n'
    '"100","基準値","02","架空に住む","0201","架空の転入者数","2021100000","2021年度","人","3120"\n'
    '"120","目標値","02","架空に住む","0201","架空の転入者数","2027100000","2027年度","人","3500"\n'
)


def _policies(text: str) -> set[tuple[str, str | None]]:
    return {(p.normalized, p.label) for p in parsed_as_read(text, "kpi.csv").policy_codes}


def test_each_padded_key_is_the_level_it_names() -> None:
    assert {("1", "架空で働く"), ("2", "架空に住む")} <= _policies(_EXPORT)


def test_numbers_without_a_leading_zero_key_no_level() -> None:
    text = "番号,基本目標,担当\n10,架空の目標,架空課\n11,架空の第二目標,架空課\n"
    assert ("10", "架空の目標") not in _policies(text)
