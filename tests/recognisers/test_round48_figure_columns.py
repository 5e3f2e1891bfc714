"""A record's subtable a row per year (a kintone export): 「実績」 reports the work in words
(「研修を2回実施」) and 「指標実績値」 gives the figure. Of two columns of one kind and year, the
one of bare figures holds the indicator's values. Fictional example."""

from __future__ import annotations

from loaders.parse import parse_document

_RECORDS = (
    "行財政改革推進計画 進捗管理\n"
    "取組名\t指標名\t単位\t目標値（令和8年度）\t年度\t計画\t実績\t指標実績値\t評価\n"
    "架空テレワークの導入\t架空実施職員数\t人\t300\t令和6年度\t端末の増設\t研修を2回実施\t137\tA\n"
    "架空テレワークの導入\t架空実施職員数\t人\t300\t令和7年度\t試行\t3課で試行\t218\tA\n"
)


def test_the_column_of_bare_figures_gives_the_actual_values() -> None:
    facts = parse_document(_RECORDS, file="kintone.csv", municipality_code="999989",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    actual = {(o.fiscal_year, o.value) for o in facts.observations
              if o.indicator == "架空実施職員数" and o.kind == "actual"}  # fmt: skip
    assert actual == {(2024, 137), (2025, 218)}
