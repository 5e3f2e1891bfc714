"""Round 50: an entry's trailing bracket citing the policy it serves when the code holds a
bracket of its own (「（施策1-(1)）」) or the bracket is 【】 (「【施策１－(1)】」). Before, the
citation stayed part of the name and the entry was filed under no policy."""

from __future__ import annotations

import pytest

from loaders.recognisers.initiatives import cited_in_brackets


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("架空まつりの開催支援 【施策1-(1)】", "架空まつりの開催支援", "1-(1)"),
        ("架空窓口の拡大（施策3-(1)）", "架空窓口の拡大", "3-(1)"),
        ("架空公園のにぎわい創出（施策3-2-1）", "架空公園のにぎわい創出", "3-2-1"),
    ],
)
def test_a_trailing_citation_is_cut_from_the_name_and_gives_the_code(
    text: str, name: str, code: str
) -> None:
    assert cited_in_brackets(text) == (name, code)


def test_a_bracket_citing_no_policy_stays_in_the_name() -> None:
    assert cited_in_brackets("架空の取組（令和8年度）") == ("架空の取組（令和8年度）", None)


def test_a_lenticular_tag_naming_a_policy_after_its_code_cites_nothing() -> None:
    text = "10款 架空費　6項 架空体育費　【施策 5-3 架空の振興】"
    assert cited_in_brackets(text) == (text, None)


def test_a_grade_mark_before_a_reviewed_entry_is_no_part_of_its_name() -> None:
    assert cited_in_brackets("○架空朝市の開催支援（施策1-(1)）") == ("架空朝市の開催支援", "1-(1)")
