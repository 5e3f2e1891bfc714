import datetime

import pytest

from loaders.text.fiscal_year import (
    ERAS,
    document_year,
    era_to_gregorian,
    find_fiscal_years,
    fiscal_year_dates,
    fiscal_year_of,
    format_era_fiscal_year,
    parse_fiscal_year,
    parse_fiscal_year_range,
)


def test_eras_start_in_their_gregorian_years() -> None:
    assert [ERAS[e] for e in ("明治", "大正", "昭和", "平成", "令和")] == [
        1868, 1912, 1926, 1989, 2019,
    ]  # fmt: skip


def test_era_abbreviation_means_the_same_era() -> None:
    assert ERAS["H"] == ERAS["平成"]


def test_era_to_gregorian_counts_first_year_as_one() -> None:
    assert era_to_gregorian("令和", 1) == 2019


def test_era_to_gregorian_rejects_unknown_era() -> None:
    with pytest.raises(ValueError, match="unknown era"):
        era_to_gregorian("天平", 3)


@pytest.mark.parametrize(
    ("printed", "year"),
    [
        ("平成29年度", 2017),
        ("令和元年度", 2019),
        ("2017年度", 2017),
        ("FY2017", 2017),
        ("ＦＹ２０１７", 2017),
        ("H29年度", 2017),
        ("R2年度", 2020),
        ("平成二十九年度", 2017),
        ("平成２９年度", 2017),
        ("平成29年度末", 2017),
    ],
)
def test_fiscal_year_is_read_from_printed_form(printed: str, year: int) -> None:
    assert parse_fiscal_year(printed) == year


def test_date_before_april_belongs_to_previous_fiscal_year() -> None:
    assert parse_fiscal_year("平成31年3月1日") == 2018


def test_date_from_april_belongs_to_its_calendar_year() -> None:
    assert parse_fiscal_year("2017年5月1日") == 2017


def test_gregorian_year_with_era_in_brackets_uses_the_gregorian_year() -> None:
    assert parse_fiscal_year("2002（平成14）年9月") == 2002


def test_calendar_year_without_do_is_that_year() -> None:
    assert parse_fiscal_year("平成24年") == 2012


def test_bare_fiscal_year_without_context_is_unknown() -> None:
    assert parse_fiscal_year("29年度") is None


def test_bare_fiscal_year_takes_era_nearest_to_context() -> None:
    assert parse_fiscal_year("29年度以降", context=2014) == 2017


def test_bare_fiscal_year_can_cross_into_next_era() -> None:
    assert parse_fiscal_year("3年度", context=2020) == 2021


def test_text_without_year_has_no_fiscal_year() -> None:
    assert parse_fiscal_year("地域づくり推進部") is None


def test_duration_is_not_a_year() -> None:
    assert parse_fiscal_year("5年間") is None


@pytest.mark.parametrize(
    ("printed", "years"),
    [
        ("平成27~30年度", (2015, 2018)),
        ("2008~2010年度", (2008, 2010)),
        ("2008〜2010年度", (2008, 2010)),
        ("令和2年度~令和6年度", (2020, 2024)),
        ("令和2年度～6年度", (2020, 2024)),
        ("平成30年度から令和4年度まで", (2018, 2022)),
        ("FY2017-FY2019", (2017, 2019)),
        ("計画期間(2008~2010年度)の取組", (2008, 2010)),
    ],
)
def test_range_is_read_from_printed_form(printed: str, years: tuple[int, int]) -> None:
    assert parse_fiscal_year_range(printed) == years


def test_range_from_start_and_length() -> None:
    assert parse_fiscal_year_range("平成30年度から5年間") == (2018, 2022)


def test_range_ignores_bracketed_era_equivalents() -> None:
    assert parse_fiscal_year_range("2018年度（平成30年度）～2022年度（令和4年度）") == (2018, 2022)


def test_range_of_bare_years_uses_context() -> None:
    assert parse_fiscal_year_range("29年度から30年度上期", context=2017) == (2017, 2018)


def test_single_year_is_not_a_range() -> None:
    assert parse_fiscal_year_range("平成29年度") is None


def test_find_fiscal_years_gives_offsets_of_each_mention() -> None:
    text = "現状 (平成26年度)\t平成27年度 計画"
    assert [(text[a:b], y) for a, b, y in find_fiscal_years(text)] == [
        ("平成26年度", 2014),
        ("平成27年度", 2015),
    ]


def test_find_fiscal_years_reports_both_ends_of_compact_range() -> None:
    assert [y for _a, _b, y in find_fiscal_years("平成27~30年度")] == [2015, 2018]


def test_find_fiscal_years_ignores_amount_digits() -> None:
    assert find_fiscal_years("1,273,190,000円") == []


def test_fiscal_year_of_march_date_is_previous_year() -> None:
    assert fiscal_year_of(datetime.date(2019, 3, 31)) == 2018


def test_fiscal_year_of_april_date_is_same_year() -> None:
    assert fiscal_year_of(datetime.date(2019, 4, 1)) == 2019


def test_fiscal_year_dates_run_april_to_march() -> None:
    assert fiscal_year_dates(2017) == (datetime.date(2017, 4, 1), datetime.date(2018, 3, 31))


def test_era_label_of_fiscal_year() -> None:
    assert format_era_fiscal_year(2017) == "平成29年度"


def test_era_label_of_first_year_of_reiwa_is_gannen() -> None:
    assert format_era_fiscal_year(2019) == "令和元年度"


def test_era_label_of_1868_is_meiji_gannen() -> None:
    assert format_era_fiscal_year(1868) == "明治元年度"


def test_heisei_31_and_reiwa_gannen_are_the_same_fiscal_year() -> None:
    assert parse_fiscal_year("平成31年度") == parse_fiscal_year("令和元年度") == 2019


def test_era_label_outside_supported_years_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        format_era_fiscal_year(1700)


def test_document_year_prefers_title_over_update_date() -> None:
    text = "最終更新日 2016年5月1日\n\n平成29年度 地域づくり推進部プロフィール\n"
    assert document_year(text) == 2017


def test_document_year_reads_planning_period_heading() -> None:
    assert document_year("基本施策\n計画期間(2008~2010年度)の取組\n") == 2008


def test_document_year_skips_a_year_it_compares_with() -> None:
    text = "架空費など、令和5年度より1億円増の5億円を計上\n■令和6年度予算の主な取組\n"
    assert document_year(text) == 2024


def test_document_year_ignores_calendar_years() -> None:
    assert document_year("2002（平成14）年9月に策定した") is None


def test_era_year_alone_is_a_fiscal_year() -> None:
    assert parse_fiscal_year("H29実績") == 2017


def test_numeric_era_date_is_a_date() -> None:
    assert parse_fiscal_year("H30.3.31") == 2017


def test_gregorian_range_with_two_digit_end() -> None:
    assert parse_fiscal_year_range("2020～24年度") == (2020, 2024)


def test_an_era_letter_before_gan_is_the_eras_first_year() -> None:
    assert parse_fiscal_year("R元") == 2019


def test_a_plan_period_stated_in_a_sentence_after_a_cited_plans_adoption_year() -> None:
    text = (
        "架空町 橋りょう長寿命化計画\n\n"
        "本計画は、架空町インフラ総合計画（令和2年度策定）に沿って定めます。"
        "計画期間は令和8年度から令和17年度までの10年間です。\n"
    )
    assert document_year(text) == 2026


def test_a_text_naming_only_dates_is_of_its_latest_dates_fiscal_year() -> None:
    # a bylaw's page: enacted, revised, and in force from a later date; no 年度 anywhere
    text = (
        "○架空川町手数料条例\n平成18年3月20日\n条例第4号\n"
        "改正 令和3年3月19日条例第2号 令和6年12月18日条例第30号\n"
        "附 則\nこの条例は、令和7年4月1日から施行する。\n"
    )
    assert document_year(text) == 2025
    # a list page whose one date is its posting date
    assert document_year("施設一覧（掲載日：令和6年9月2日）\n架空川公民館 架空川1-2\n") == 2024
    assert document_year("架空川公民館 架空川1-2\n") is None  # no year at all
