"""Indicators a 広報's text edition lists as entries with labelled values under each, the
years of the labels given once in a legend; and values printed as amounts in 億 and 万
(fictional examples)."""

from __future__ import annotations

from loaders.parse import parse_document

_LIST = (
    "第5次架空町総合計画 まちづくり指標の進み具合\n"
    "(表を文章に置き換えています。「策定時」は令和２年度、「現状」は令和５年度、"
    "「目標」は令和８年度の値です)\n"
    "◆基本目標１　架空子育て世代に選ばれるまち\n"
    "・架空合計特殊出生率\n"
    "　策定時　１．４２　現状　１．３８　目標　１．５０\n"
    "◆基本目標３　架空稼げるまち\n"
    "・架空米の販売額\n"
    "　策定時　２億８，４００万円　現状　３億１，２００万円　目標　３億５，０００万円\n"
)


def _facts():  # type: ignore[no-untyped-def]
    return parse_document(
        _LIST, file="x.txt", municipality_code="999989", municipality="青葉台町",
        prefecture="架空県",
    )  # fmt: skip


def test_each_label_takes_the_year_the_legend_gives_it() -> None:
    rows = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in _facts().observations}
    assert {
        ("架空合計特殊出生率", 2020, "baseline", 1.42),
        ("架空合計特殊出生率", 2023, "baseline", 1.38),
        ("架空合計特殊出生率", 2026, "target", 1.5),
    } <= rows


def test_an_amount_in_oku_and_man_is_read_in_yen() -> None:
    rows = {(o.indicator, o.fiscal_year, o.value) for o in _facts().observations}
    assert ("架空米の販売額", 2020, 284_000_000) in rows
    assert ("架空米の販売額", 2026, 350_000_000) in rows


def test_an_entry_naming_an_indicator_is_no_initiative() -> None:
    assert not any("出生率" in i.name for i in _facts().initiatives)
