import pytest

from loaders.text.amounts import (
    find_amounts,
    format_yen,
    parse_kanji_number,
    parse_yen,
    unit_scale,
    year_amounts,
)


def test_amount_in_yen_with_separators() -> None:
    assert parse_yen("1,273,190,000円") == 1273190000


def test_amount_in_thousand_yen_is_scaled() -> None:
    assert parse_yen("74,911千円") == 74911000


def test_amount_in_oku_and_man_is_summed() -> None:
    assert parse_yen("1億2,345万円") == 123450000


def test_decimal_oku_amount() -> None:
    assert parse_yen("6.7億円") == 670000000


def test_zero_yen() -> None:
    assert parse_yen("特別会計 0円") == 0


def test_space_before_unit_is_allowed() -> None:
    assert parse_yen("137,288,000 円") == 137288000


def test_kanji_amount() -> None:
    assert parse_yen("三千万円") == 30000000


def test_kanji_amount_with_ten() -> None:
    assert parse_yen("十二億円") == 1200000000


def test_full_width_digits() -> None:
    assert parse_yen("６，７２０，０００円") == 6720000


def test_approximate_amount() -> None:
    assert parse_yen("約3億円") == 300000000


def test_amount_in_million_yen_unit() -> None:
    assert parse_yen("12百万円") == 12000000


def test_text_without_amount_is_none() -> None:
    assert parse_yen("予算の確保") is None


def test_unit_label_is_not_an_amount() -> None:
    assert parse_yen("(単位:千円)") is None


def test_find_amounts_spans_number_and_unit() -> None:
    text = "一般会計 1,273,190,000円(一般会計全体(122,730,000,000円)"
    assert [(text[a:b], yen) for a, b, yen in find_amounts(text)] == [
        ("1,273,190,000円", 1273190000),
        ("122,730,000,000円", 122730000000),
    ]


@pytest.mark.parametrize(
    ("amount", "unit", "printed"),
    [(74911000, "千円", "74,911千円"), (0, "円", "0円"), (123450000, "万円", "12,345万円")],
)
def test_format_yen_prints_in_unit(amount: int, unit: str, printed: str) -> None:
    assert format_yen(amount, unit) == printed


def test_format_yen_refuses_inexact_unit() -> None:
    with pytest.raises(ValueError, match="not a whole number"):
        format_yen(1500, "千円")


def test_format_yen_refuses_unknown_unit() -> None:
    with pytest.raises(ValueError, match="unknown yen unit"):
        format_yen(1, "ドル")


def test_unit_scale_of_table_header_unit() -> None:
    assert unit_scale("千円") == 1000


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("二十九", 29),
        ("三千万", 30000000),
        ("〇", 0),
        ("3万", 30000),
        ("百", 100),
        ("二〇一七", 2017),
    ],
)
def test_kanji_numbers(printed: str, value: int) -> None:
    assert parse_kanji_number(printed) == value


def test_kanji_number_rejects_text() -> None:
    assert parse_kanji_number("地域") is None


def test_bare_number_is_read_in_table_unit() -> None:
    assert parse_yen("74,911", unit="千円") == 74911000


def test_bare_number_without_table_unit_is_not_an_amount() -> None:
    assert parse_yen("74,911") is None


def test_amount_with_own_unit_ignores_table_unit() -> None:
    assert parse_yen("500円", unit="千円") == 500


def test_endless_digit_run_is_not_an_amount() -> None:
    assert parse_yen("1" * 5000 + "円") is None


def test_year_amounts_reads_a_series_of_years_and_amounts() -> None:
    from loaders.text.amounts import year_amounts

    found = year_amounts("R6: 1,200 / R7: 1,350 / R8: ―", "千円")
    assert [(y.year, y.yen) for y in found] == [(2024, 1_200_000), (2025, 1_350_000), (2026, None)]


def test_year_amounts_reads_years_set_apart_by_spaces_with_units_printed() -> None:
    from loaders.text.amounts import year_amounts

    found = year_amounts("令和6年度　２，０００千円　令和7年度　0千円")
    assert [(y.year, y.yen) for y in found] == [(2024, 2_000_000), (2025, None)]


def test_year_amounts_is_empty_for_a_sentence_naming_a_year_and_a_number() -> None:
    from loaders.text.amounts import year_amounts

    assert year_amounts("令和6年度に1,200人が参加した", "千円") == []


def test_year_amounts_gives_one_amount_to_every_year_of_an_each_year_range() -> None:
    from loaders.text.amounts import year_amounts

    found = year_amounts("毎年度 250（令和6年度～令和8年度）", "万円")
    assert [(y.year, y.yen) for y in found] == [(2024, 2_500_000), (2025, 2_500_000),
                                                (2026, 2_500_000)]  # fmt: skip


def test_an_oku_part_set_apart_by_one_space_is_one_amount() -> None:
    # typesetters pad 「3億　 80万円」 so columns of amounts line up; it is one amount
    assert [a[2] for a in find_amounts("架空会計 3億　80万円（前年度比）")] == [300_800_000]
    assert [a[2] for a in find_amounts("予算額: 12億 5,000万円")] == [1_250_000_000]


def test_amounts_in_columns_apart_by_a_wide_gap_stay_two_amounts() -> None:
    found = find_amounts("7億2,000万円　　6億　910万円")
    assert [a[2] for a in found] == [720_000_000, 609_100_000]
    assert [a[2] for a in find_amounts("補助 3億円 80万円")] == [300_000_000, 800_000]


def test_a_stage_word_after_a_year_still_reads_that_years_amount() -> None:
    found = year_amounts("令和6年度当初予算：5,500万円、令和7年度見込：6,000万円")
    assert [(y.year, y.yen) for y in found] == [(2024, 55_000_000), (2025, 60_000_000)]


def test_a_target_word_after_a_year_is_no_amount_series() -> None:
    assert year_amounts("令和6年度目標 5,500万円") == []


def test_a_year_with_the_stage_word_of_its_initial_budget_reads_its_amount() -> None:
    found = year_amounts("令和8年度当初：2,500　令和9年度当初：2,700", "千円")
    assert [(y.year, y.yen) for y in found] == [(2026, 2_500_000), (2027, 2_700_000)]


def test_a_year_with_a_target_word_reads_no_amount() -> None:
    assert year_amounts("令和8年度目標 2,500", "千円") == []


def test_an_oku_part_padded_by_several_spaces_for_missing_digits_is_one_amount() -> None:
    # 「5億　　 30万円」: the 万 part printed right-aligned under wider amounts
    assert [a[2] for a in find_amounts("架空会計　5億　　 30万円")] == [500_300_000]
    assert [a[2] for a in find_amounts("架空事業　1億　　　 　 7万円（架空課）")] == [100_070_000]


def test_a_figure_after_the_yen_sign_is_an_amount_in_yen() -> None:
    assert parse_yen("¥18,432,560") == 18432560
    assert parse_yen("￥8,214,000") == 8214000


def test_a_backslash_before_a_figure_is_the_yen_sign_as_shift_jis_prints_it() -> None:
    assert parse_yen("\\18,432,560") == 18432560


def test_a_backslash_inside_a_path_is_no_yen_sign() -> None:
    assert find_amounts("C:\\2024\\data") == []
