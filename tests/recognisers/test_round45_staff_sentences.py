"""Sentences that say what a table is, or give a count with its year. Fictional examples.

- 「令和8年4月1日現在の職員数（再任用職員を含む。）です。」 over a table of units and years:
  the sentence captions the table as staff counts.
- 「令和8年度の職員数（予算定数）は、14,286人（前年度14,302人）です。」: the year before the
  label dates the count, the bracket's cue dates the other.
"""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_TABLE = (
    "## 2 局の体制\n\n"
    "令和8年4月1日現在の職員数（再任用短時間勤務職員を含み、会計年度任用職員を除く。）です。\n\n"
    "| 部 | 課 | 主な係 | 令和8年度 | 令和7年度 |\n"
    "| :---- | :---- | :---- | :---- | :---- |\n"
    "| 架空総務部 | 架空総務課 | 総務係、経理係 | 26 | 25 |\n"
    "|  | 架空監理課 | 検査係 | 19 | 19 |\n"
)


def test_a_sentence_saying_the_table_is_staff_counts_captions_it() -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(_TABLE, "x.md").staff}
    assert ("架空総務課", 2026, 26) in staff and ("架空監理課", 2025, 19) in staff


def test_a_dated_count_and_the_year_befores_in_a_bracket_are_read() -> None:
    text = "職員数\n令和8年度の職員数（予算定数）は、14,286人（前年度14,302人）です。\n"
    staff = {(s.fiscal_year, s.count) for s in parsed_as_read(text).staff}
    assert staff == {(2026, 14286), (2025, 14302)}


def test_a_dated_bound_or_aim_is_no_count() -> None:
    text = "職員数\n令和9年4月1日の職員数は650人以内とすることを目標としています。\n"
    assert parsed_as_read(text).staff == []
