"""Labelled attributes inside a line: parentheses after a name, and labels run together."""

from __future__ import annotations

from loaders.structure.attributes import (
    attribute_groups,
    label_runs,
    split_attributes,
    without_page_leader,
)


def _pairs(text: str) -> tuple[str, list[tuple[str, str, str]]]:
    name, attributes = split_attributes(text)
    return name, [(a.field, a.label, a.value) for a in attributes]


def test_attributes_after_a_name_are_split_from_it() -> None:
    assert _pairs("架空交流事業(予算額:12,500千円/所管:架空振興課)") == (
        "架空交流事業",
        [("budget", "予算額", "12,500千円"), ("division", "所管", "架空振興課")],
    )


def test_a_thousands_comma_does_not_separate_attributes() -> None:
    _, attributes = _pairs("架空交流事業(予算額 1,250,000円、担当課 架空振興課)")
    assert attributes[0][2] == "1,250,000円"


def test_a_label_with_its_own_qualifier_and_no_colon() -> None:
    assert _pairs("架空橋補修交付金(補修) (予算額(事業費)938000千円)") == (
        "架空橋補修交付金(補修)",
        [("budget", "予算額(事業費)", "938000千円")],
    )


def test_a_parenthesis_naming_no_field_stays_in_the_name() -> None:
    assert _pairs("架空交流事業(重点事業の一部)") == ("架空交流事業(重点事業の一部)", [])


def test_attribute_values_point_into_the_text() -> None:
    text = "・架空交流事業(担当課:架空振興課)"
    group = attribute_groups(text, offset=100)[0]
    value = group.attributes[0]
    assert text[value.start - 100 : value.end - 100] == "架空振興課"


def test_labels_run_together_each_take_the_text_up_to_the_next_label() -> None:
    text = "架空市評価シート事務事業名架空交流管理事業部局名架空部課(室)名架空振興課基本目標01"
    found = {a.field: a.value for a in label_runs(text)}
    assert found["project"] == "架空交流管理事業"
    assert found["department"] == "架空部"
    assert found["division"] == "架空振興課"


def test_a_single_label_word_in_a_sentence_is_no_run() -> None:
    assert label_runs("事業名を決めるため、担当課と協議しました。") == []


def test_spaced_fields_split_a_name_from_the_labelled_values_after_it() -> None:
    from loaders.structure.attributes import spaced_fields

    name, found = spaced_fields("架空交流事業　予算：42,000千円　担当：架空振興課")
    assert name == "架空交流事業"
    assert [(a.field, a.value) for a in found] == [
        ("budget", "42,000千円"), ("division", "架空振興課")
    ]


def test_spaced_fields_need_a_colon_after_each_label() -> None:
    from loaders.structure.attributes import spaced_fields

    assert spaced_fields("架空交流事業 予算 の見直し") == ("架空交流事業 予算 の見直し", [])


def test_angle_brackets_are_bracketed_groups() -> None:
    from loaders.structure.attributes import bracket_groups

    text = "架空事業〈架空課〉《新規》"
    assert [text[a:b] for a, b in bracket_groups(text)] == ["〈架空課〉", "《新規》"]


def test_a_dotted_leader_joins_a_label_to_its_value() -> None:
    from loaders.structure.attributes import leader_field

    text = "　職員数‥‥‥‥120人"
    found = leader_field(text)
    assert found is not None and found[0] == "職員数" and text[found[1] :] == "120人"


def test_a_single_middle_dot_is_no_leader() -> None:
    from loaders.structure.attributes import leader_field

    assert leader_field("国・県支出金 9億7,200万円") is None


def test_a_contents_entry_loses_its_dotted_leader_and_page_number() -> None:
    assert without_page_leader("港の整備 ……………… 12") == "港の整備"
    assert without_page_leader("港の整備 ・・・・・・ ２３") == "港の整備"


def test_an_entry_loses_the_leader_and_the_labelled_value_it_leads_to() -> None:
    assert without_page_leader("灯台の公開(主管:港湾課)・・・評価：B") == "灯台の公開(主管:港湾課)"
    assert without_page_leader("灯台の公開 ……達成度 ◎") == "灯台の公開"


def test_a_leader_to_a_word_that_is_no_label_is_kept() -> None:
    assert without_page_leader("灯台の公開……夏まで") == "灯台の公開……夏まで"


def test_a_line_without_a_leader_and_page_is_kept_as_printed() -> None:
    assert without_page_leader("港の整備 12") == "港の整備 12"
    assert without_page_leader("一般会計………58億円") == "一般会計………58億円"


def test_a_bracket_labelled_as_the_unit_in_charge_is_an_attribute() -> None:
    assert _pairs("灯台の公開（主管：港湾観光課）") == (
        "灯台の公開",
        [("division", "主管", "港湾観光課")],
    )
