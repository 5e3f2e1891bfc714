"""A review sheet's check items are questions marked ○ or △ (「事業の目的は市民のニーズを的確に
反映しているか　○」): no entry and no entry's grade. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    " 事業所管部局による点検・改善\n"
    " 項目                                                                              評価\n"
    " 市費投入の必要性  事業の目的は市民のニーズを的確に反映しているか                  ○\n"
    "                   地方公共団体が実施すべき事業であり、民間等に委ねることができないか○\n"
    " 事業の効率性      単位当たりコスト等の水準は妥当か                                ○\n"
    " 事業の有効性      成果実績は成果目標に見合ったものとなっているか                  △\n"
    " 改善の方向性      相談件数の増加に対応するため、相談員の配置を見直す。\n"
)


def test_a_check_items_question_is_no_entry() -> None:
    facts = parsed_as_read(_SHEET)
    names = {i.name for i in facts.initiatives} | {e.initiative for e in facts.evaluations}
    assert not any(name.endswith(("か", "か○", "か△")) for name in names)
