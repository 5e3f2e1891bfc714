"""Staff counts of round 21: a count stated over several units joined by 「を合わせた」 is
the whole body's; the count of the year before may stand a few words after it, its cue
before or inside the bracket; a count printed with its own label in a cell (「職員 14人」,
「計11人」) counts the row's unit; a column labelled 「前年度」 alone beside a staff column
counts the year before; a bracket with its own year or day (「（令和8年度 9人）」) dates the
count it holds (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str) -> set[tuple[str, int, int]]:
    facts = DocumentFacts("x.txt", "999988", "若草野町", None, text, "generic", fiscal_year=2026)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


def test_a_count_over_units_joined_together_is_the_whole_bodys() -> None:
    text = (
        "若草野町 町勢要覧 資料編\n\n"
        "町長部局と行政委員会の事務局を合わせた職員数は 61人 です（前年同日 63人）。\n"
    )
    assert _staff(text) == {("若草野町", 2026, 61), ("若草野町", 2025, 63)}


def test_the_year_befores_count_may_follow_its_cue_in_brackets_after_a_clause() -> None:
    text = (
        "役場の組織と職員数\n\n"
        "町長部局と議会事務局、教育委員会をあわせた職員数は88人で、前年度（85人）から3人増えました。\n"
    )
    assert _staff(text) == {("若草野町", 2026, 88), ("若草野町", 2025, 85)}


def test_a_difference_from_the_year_before_is_no_count_of_it() -> None:
    text = "令和8年4月1日現在の職員数は312人（前年同日比▲3人）です。\n"
    assert _staff(text) == {("若草野町", 2026, 312)}



def test_a_count_with_its_own_label_in_a_cell_counts_the_unit_the_row_names() -> None:
    text = (
        "２　役場の組織と職員数\n\n"
        "| 項目 | 内容 |\n|---|---|\n"
        "| 架空企画課 | 企画係・広報係 / 職員 9人 |\n"
        "| 架空税務課 | (係なし) / 職員 4人 |\n"
        "| 合計 | 職員 13人(町長・副町長を除く) |\n"
    )
    assert _staff(text) == {("架空企画課", 2026, 9), ("架空税務課", 2026, 4),
                            ("若草野町", 2026, 13)}  # fmt: skip


def test_a_total_word_before_the_count_in_a_staff_column_still_counts() -> None:
    text = (
        "組織と職員体制\n\n"
        "課・室等\t担当係\t職員構成\t職員数\n"
        "架空企画課\t企画係、広報係\t課長1・係長2・主事3\t計6人\n"
        "架空相談室\t相談係\t室長1・主査2\t計3人\n"
    )
    assert _staff(text) == {("架空企画課", 2026, 6), ("架空相談室", 2026, 3)}


def test_a_breakdown_of_posts_is_no_labelled_count() -> None:
    from loaders.recognisers.staff_cell_labels import labelled_count

    assert labelled_count("課長1人・係長2人") is None
    assert labelled_count("職員 14人") == 14 and labelled_count("計11人") == 11


def test_a_staff_column_beside_one_labelled_by_the_year_before_alone_counts_that_year() -> None:
    text = (
        "区役所の体制\n\n"
        "| 課名 | 職員数（令和8年4月1日） | 前年度 |\n|---|---|---|\n"
        "| 架空推進課 | 18人 | 17人 |\n| 架空市民課 | 25人 | 26人 |\n"
    )
    assert _staff(text) == {("架空推進課", 2026, 18), ("架空推進課", 2025, 17),
                            ("架空市民課", 2026, 25), ("架空市民課", 2025, 26)}  # fmt: skip


def test_a_lone_year_cue_dates_a_column_and_other_labels_are_left_alone() -> None:
    from loaders.recognisers.year_rows import cue_dated, cue_year

    assert cue_year("前 年 度") == -1 and cue_year("本年度") == 0
    assert cue_year("前年度予算額") is None
    assert cue_dated(["会計", "本年度", "前年度"], 2027) == ["会計", "2027年度", "2026年度"]
    assert cue_dated(["会計", "本年度"], None) == ["会計", "本年度"]


def test_a_bracket_with_its_own_day_dates_the_count_it_holds() -> None:
    text = "令和9年4月1日現在の職員数は61人です（令和8年4月1日現在は58人）。\n"
    assert _staff(text) == {("若草野町", 2027, 61), ("若草野町", 2026, 58)}


def test_a_units_dated_count_in_brackets_is_its_staff_of_that_year() -> None:
    text = (
        "令和8年度から、架空部に星見課（職員11人）を新設しました。"
        "これに伴い、同部の潮騒課（令和7年度 9人）は廃止しています。\n"
    )
    assert _staff(text) == {("星見課", 2026, 11), ("潮騒課", 2025, 9)}
