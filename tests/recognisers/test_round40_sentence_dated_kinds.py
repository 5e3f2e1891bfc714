"""A sentence dating each kind of value (「成果指標の現状値は令和6年度、目標値は令和10年度の
値です。」) over chained indicator lines that print the kinds without years (「架空出生数（人）
現状値 8 → 目標値 10」): each value takes the year its kind is dated; a 中間値 is the target of
the plan's midpoint year. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "成果指標の現状値は令和6年度、目標値は令和10年度の値です。\n"
    "■施策1－1　架空の子育て支援\n"
    "【成果指標】\n"
    "架空出生数（人）　　現状値 8　→　目標値 10\n"
    "■施策1－2　架空の健康づくり\n"
    "【成果指標】\n"
    "架空受診率（％）　　現状値 48.6　→　目標値 60.0\n"
)


def test_each_kind_takes_the_year_the_sentence_gives_it() -> None:
    values = {(o.fiscal_year, o.kind, o.value) for o in parsed_as_read(_PAGE).observations}
    assert {(2024, "baseline", 8), (2028, "target", 10)} <= values
    assert (2028, "target", 60.0) in values


def test_one_dated_kind_alone_is_no_legend() -> None:
    text = "目標値は令和10年度の値です。\n架空件数（件）　　現状値 8　→　目標値 10\n"
    observations = parsed_as_read(text).observations
    assert not any(o.kind == "baseline" and o.fiscal_year is not None for o in observations)


def test_a_midpoint_value_is_a_target_of_the_midpoint_year() -> None:
    text = (
        "基準値は原則として令和5年度の実績値です。中間値は令和10年度、目標値は計画最終年度"
        "（令和14年度）の値です。\n"
        "施策：1-1-1\n成果指標：架空事業の利用率\n単位：％\n基準値：21.6\n中間値：30.0\n"
        "目標値：40.0\n"
        "施策：1-1-2\n成果指標：架空施設の数\n単位：か所\n基準値：6\n中間値：14\n目標値：20\n"
    )
    values = {(o.indicator, o.fiscal_year, o.kind, o.value)
              for o in parsed_as_read(text).observations}  # fmt: skip
    assert ("架空事業の利用率", 2028, "target", 30.0) in values
    assert ("架空施設の数", 2032, "target", 20) in values
