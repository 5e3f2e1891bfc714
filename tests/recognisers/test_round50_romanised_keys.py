"""Round 50: a municipal system's column names in romaji (shisaku_nm, kessangaku_yen,
jisseki_r5) printed as the Japanese labels they stand for, from the word list in
ontology/fields.ttl, so every recogniser reads them as it reads a page; English keys and
keys with a word the list does not hold stay as they are."""

from __future__ import annotations

import pytest

from loaders.field_vocabulary import printed_key


@pytest.mark.parametrize(
    ("key", "printed"),
    [
        ("shisaku_nm", "施策名"),
        ("zennendo_hyoka", "前年度評価"),
        ("shutanto_ka", "主担当課"),
        ("kessangaku_yen", "決算額（円）"),
        ("jisseki_r5", "R5実績"),
        ("mokuhyo_nendo", "目標年度"),
    ],
)
def test_a_romanised_key_prints_as_its_japanese_label(key: str, printed: str) -> None:
    assert printed_key(key) == printed


@pytest.mark.parametrize("key", ["name", "en", "r5", "shisaku_memo", "man"])
def test_a_key_with_a_word_outside_the_list_or_only_a_unit_or_year_stays(key: str) -> None:
    assert printed_key(key) == key


def test_english_keys_still_print_as_before() -> None:
    assert printed_key("staff_count") == "職員数"
