"""Projects named in running text as what an amount is allotted to (「X事業に N円」)."""

from __future__ import annotations

from loaders.recognisers.allocation_sentences import allocations, unit_in_charge


def _names(text: str) -> list[tuple[str, int]]:
    return [(text[a.name_start : a.name_end], a.yen) for a in allocations(text)]


def test_the_name_opens_after_the_verb_of_the_clause_describing_it() -> None:
    text = "古い街灯を取り替える架空駅前照明更新事業に2,400万円を充てます。"
    assert _names(text) == [("架空駅前照明更新事業", 24_000_000)]


def test_a_name_keeps_a_no_phrase_that_is_part_of_it() -> None:
    text = "次に、架空川の堤防補強事業に3億円。"
    assert _names(text) == [("架空川の堤防補強事業", 300_000_000)]


def test_a_quoted_name_is_read_inside_its_quotes() -> None:
    text = "農家の負担を減らす「架空獣害柵設置事業」に 95万円を計上。"
    assert _names(text) == [("架空獣害柵設置事業", 950_000)]


def test_an_amount_per_case_after_ni_is_no_allocation() -> None:
    assert _names("上限は架空補助事業に1件あたり50万円です。") == []


def test_what_is_no_project_name_is_no_allocation() -> None:
    assert _names("町の人口に1万人を加えた。") == []


def test_the_unit_in_charge_is_a_labelled_bracket_after_the_amount() -> None:
    text = "架空事業に100万円。詳しい内容は(3月号参照)。[所管]は(所管:架空交流課)"
    span = unit_in_charge(text, 10, len(text))
    assert span is not None and text[span[0] : span[1]] == "架空交流課"


def test_the_unit_in_charge_may_be_a_sentence_naming_it() -> None:
    text = "架空事業に100万円。担当は架空観光課です。"
    span = unit_in_charge(text, 10, len(text))
    assert span is not None and text[span[0] : span[1]] == "架空観光課"


def test_money_put_into_a_fund_is_no_allocation_to_a_project() -> None:
    assert _names("架空まちづくり基金に3,000万円を積み立てます。") == []
