"""Headers printed on two lines by a PDF's text layer, the upper line's labels set right
over the columns they qualify: 「R6決算額　R7予算額　事業」 over 「事業名　担当課　（千円）
（千円）　評価」 reads as one label per column, and so does 「基準値　R5　R6　最終目標」 over
「指標名　単位　（R3）　実績　目標　達成度　（R9）」, each lower label starting a column; a name
whose bracket closes on the line under it (「…の全国比（」 over 「小学校）」) keeps its rest.
Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_PROJECTS = (
    "                                                      Ｒ６決算額   Ｒ７予算額  事業\n"
    "   事業名                          担当課               （千円）     （千円）  評価\n"
    "   架空学力推進事業                架空教育課             18,426       19,800   Ｂ\n"
    "   架空学級推進事業                架空教育課            148,620      152,400   Ｂ\n"
)

_INDICATORS = (
    "                                        基準値    Ｒ５    Ｒ６    Ｒ６          最終目標\n"
    "   指標名                         単位 （Ｒ３）    実績    目標    実績   達成度 （Ｒ９）\n"
    "   架空調査の平均正答率の全国比（  ％     96.2    98.4   100.0    99.1   99.1％    102.0\n"
    "   小学校）\n"
)


def _table(text: str) -> list[list[str]]:
    doc = read_structure(text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    return [table.header, *([c.text for c in row] for row in table.rows)]


def test_the_upper_labels_join_the_lower_ones_beneath_them() -> None:
    header = _table(_PROJECTS)[0]
    assert header == ["事業名", "担当課", "R6決算額(千円)", "R7予算額(千円)", "事業 評価"]


def test_each_lower_label_starts_a_column() -> None:
    header = _table(_INDICATORS)[0]
    assert header[:3] == ["指標名", "単位", "基準値(R3)"]
    assert header[-2:] == ["達成度", "最終目標(R9)"]


def test_a_bracket_closed_on_the_next_line_is_the_names_rest() -> None:
    facts = parsed_as_read("２　成果指標\n" + _INDICATORS)
    values = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert ("架空調査の平均正答率の全国比(小学校)", 2021, "baseline", 96.2) in values
    assert ("架空調査の平均正答率の全国比(小学校)", 2027, "target", 102.0) in values
