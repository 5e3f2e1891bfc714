"""A draft printed from Word with its tracked changes: each deletion and comment sits in a
balloon in the right margin (「削除: 43」, 「コメント [区政1]: …」 and the comment's next lines
below it). The balloons are blanked, the body's final figures kept; a line merely ending in
a word such as 削除 with no balloon gap is left alone. Fictional examples."""

from __future__ import annotations

from loaders.text.revision_balloons import drop_revision_balloons
from tests.recognisers._facts_of import parsed_as_read

_DRAFT = (
    "２　区役所の体制（令和8年4月1日現在）\n"
    "    課名                係名                           職員数（人）\n"
    "    架空推進課          総務係、企画係                   24        削除: 26\n"
    "    架空区民課          住民記録係、証明係               41        コメント [区1]: 証明係は\n"
    "                                                                   ４月１日付で新設。\n"
    "    架空整備課          管理係                           17\n"
    "    合計                                                 82        削除: 85\n"
)


def test_each_balloon_and_its_next_lines_are_blanked() -> None:
    cleaned = drop_revision_balloons(_DRAFT)
    assert "削除" not in cleaned and "コメント" not in cleaned and "新設" not in cleaned
    assert len(cleaned) == len(_DRAFT)


def test_the_body_keeps_its_final_figures() -> None:
    staff = {(s.organization, s.count) for s in parsed_as_read(_DRAFT).staff}
    assert ("架空推進課", 24) in staff and ("架空区民課", 41) in staff


def test_a_lone_mention_of_a_change_word_is_no_balloon() -> None:
    text = "計画の一部を削除: 第3章を見直した。\n"
    assert drop_revision_balloons(text) == text
