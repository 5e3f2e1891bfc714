"""The offices a department lists under 「出先機関」: units of that department."""

from __future__ import annotations

from _facts_of import unit_parents


def test_offices_listed_under_a_branch_caption_are_units_of_the_page_department() -> None:
    text = (
        "架空環境部の紹介\n\n"
        "■本庁\n・架空環境政策課\n・架空廃棄物対策課\n\n"
        "■地方機関\n・架空環境研究所\n・東部架空環境センター\n"
    )
    parents = unit_parents(text)
    assert parents["架空環境研究所"] == "架空環境部"
    assert parents["東部架空環境センター"] == "架空環境部"


def test_offices_after_a_bracketed_caption_in_a_list_of_divisions() -> None:
    text = (
        "架空環境部の紹介\n\n"
        "構成：架空環境政策課、架空廃棄物対策課 【出先機関】架空環境研究所、西部架空環境センター\n"
    )
    parents = unit_parents(text)
    assert parents["架空環境研究所"] == "架空環境部"
    assert parents["西部架空環境センター"] == "架空環境部"


def test_a_caption_inside_a_sentence_lists_no_offices() -> None:
    text = "架空環境部の紹介\n\n出先機関の見直しでは、架空環境研究所の統合を検討します。\n"
    assert "架空環境研究所" not in unit_parents(text)


def test_an_office_nested_in_a_department_item_is_that_departments() -> None:
    text = (
        "# 組織の概要\n\n- 架空環境部（40名）\n"
        "    - 架空環境政策課（12名）\n    - 架空環境研究所（9名）\n"
    )
    assert unit_parents(text)["架空環境研究所"] == "架空環境部"


def test_an_office_nested_in_a_division_item_with_a_bare_count_is_that_divisions() -> None:
    text = "# 組織の概要\n\n- 架空子育て課 30\n    - 架空第二保育所（架空子育て課所管） 12 ※内数\n"
    assert unit_parents(text)["架空第二保育所"] == "架空子育て課"


def test_an_office_in_a_list_of_no_unit_is_no_unit() -> None:
    text = "# 施設の一覧\n\n- 公園\n    - 架空環境研究所 12\n"
    assert "架空環境研究所" not in unit_parents(text)
