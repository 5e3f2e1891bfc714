import pytest

from loaders.text.policy_codes import (
    compose_codes,
    find_leading_code,
    inline_codes,
    leading_code,
    parse_policy_code,
    roman_to_int,
    run_on_codes,
)


@pytest.mark.parametrize(
    ("printed", "normalized"),
    [
        ("4-1-2", "4-1-2"),
        ("4-1-1-2", "4-1-1-2"),
        ("VII-1-(2)", "7-1-2"),
        ("Ⅶ-1-(2)", "7-1-2"),
        ("(5)", "5"),
        ("重点改革項目Ⅱ", "2"),
        ("No.26", "26"),
        ("1-3", "1-3"),
        ("４－１－２", "4-1-2"),
    ],
)
def test_code_is_normalized_to_dashed_numbers(printed: str, normalized: str) -> None:
    code = parse_policy_code(printed)
    assert code is not None and code.normalized == normalized


def test_printed_form_is_kept() -> None:
    code = parse_policy_code("VII-1-(2)")
    assert code is not None and code.printed == "VII-1-(2)"


def test_parents_are_the_broader_codes() -> None:
    code = parse_policy_code("4-1-2")
    assert code is not None and code.parents == ["4", "4-1"]


def test_parts_are_numbers() -> None:
    code = parse_policy_code("VII-1-(2)")
    assert code is not None and code.parts == (7, 1, 2)


@pytest.mark.parametrize("text", ["044-200-2550", "2017", "平成29", "第5", "IIII", "", "地域"])
def test_non_codes_are_refused(text: str) -> None:
    assert parse_policy_code(text) is None


def test_compose_codes_of_nested_levels() -> None:
    code = compose_codes("(5)", "(2)")
    assert (code.printed, code.normalized, code.parents) == ("5-2", "5-2", ["5"])


def test_compose_codes_refuses_non_code() -> None:
    with pytest.raises(ValueError, match="not a policy code"):
        compose_codes("(5)", "市政運営")


def test_leading_code_directly_followed_by_label() -> None:
    found = leading_code("4-1-2多様な市民活動の支援")
    assert found is not None and (found[0].normalized, found[1]) == (
        "4-1-2",
        "多様な市民活動の支援",
    )


def test_leading_code_followed_by_space_and_label() -> None:
    found = leading_code("7-1-5 ICT利活用による効率化・サービス向上")
    assert found is not None and found[1] == "ICT利活用による効率化・サービス向上"


def test_leading_code_after_prefix_word() -> None:
    found = leading_code("基本施策 VII-1-(2) 協働のまちづくりの推進")
    assert found is not None and (found[0].printed, found[1]) == (
        "VII-1-(2)",
        "協働のまちづくりの推進",
    )


def test_leading_bracketed_number() -> None:
    found = leading_code("(1)地域コミュニティ施策の推進")
    assert found is not None and (found[0].normalized, found[1]) == (
        "1",
        "地域コミュニティ施策の推進",
    )


def test_leading_single_number_followed_by_space() -> None:
    found = leading_code("1 活力ある地域社会の実現に向けた仕組みづくり")
    assert found is not None and found[0].normalized == "1"


def test_find_leading_code_reports_prefix_and_offsets() -> None:
    line = "重点改革項目Ⅱ 市民や民間とのパートナーシップ"
    found = find_leading_code(line)
    assert found is not None
    assert (found.prefix, line[found.code_start : found.code_end], line[found.label_start :]) == (
        "重点改革項目",
        "Ⅱ",
        "市民や民間とのパートナーシップ",
    )


@pytest.mark.parametrize(
    "line",
    [
        "044-200-2550",
        "〒210-8577 川崎市川崎区宮本町1番地",
        "2017年5月1日",
        "1,273,190,000円",
        "46.6パーセント",
        "12 4 5 21",
        "第5次柏原市総合計画の策定",
        "市内20コミュニティ全地区",
        "平成29年度 地域づくり推進部",
        "2002（平成14）年9月に策定",
        "10月に実施",
    ],
)
def test_dates_phones_postcodes_and_amounts_are_not_codes(line: str) -> None:
    assert leading_code(line) is None


@pytest.mark.parametrize(
    ("numeral", "value"), [("I", 1), ("XXX", 30), ("XIV", 14), ("Ⅻ", 12), ("ⅶ", 7)]
)
def test_roman_numerals(numeral: str, value: int) -> None:
    assert roman_to_int(numeral) == value


@pytest.mark.parametrize("text", ["IIII", "IC", "", "A"])
def test_invalid_roman_numerals_are_none(text: str) -> None:
    assert roman_to_int(text) is None


@pytest.mark.parametrize("line", ["協働推進課 12 4 5 21", "近隣センター 56", "部長・次長級職 2 2"])
def test_table_row_of_name_and_counts_is_not_a_code(line: str) -> None:
    assert leading_code(line) is None


def test_prefix_and_roman_code_without_label_is_a_code() -> None:
    found = leading_code("重点改革項目Ⅱ")
    assert found is not None and (found[0].normalized, found[1]) == ("2", "")


def test_number_with_full_stop_starts_a_heading() -> None:
    found = leading_code("1.はじめに")
    assert found is not None and (found[0].normalized, found[1]) == ("1", "はじめに")


@pytest.mark.parametrize("line", ["1.5倍に増加", "10:30から", "4/1開始"])
def test_decimals_times_and_dates_are_not_codes(line: str) -> None:
    assert leading_code(line) is None


def test_codes_listed_along_a_line_split_into_names() -> None:
    found = inline_codes("星の暮らし　Ａ-1 星見台の整備　Ａ-2 夜空の保全")
    assert found is None  # a letter is no step of a code
    found = inline_codes("星の暮らし　２-１ 星見台の整備　２-２ 夜空の保全")
    assert found is not None
    lead, pieces = found
    assert lead == "星の暮らし"
    assert [(p.code.normalized, p.name) for p in pieces] == [("2-1", "星見台の整備"),
                                                             ("2-2", "夜空の保全")]


@pytest.mark.parametrize(
    "line",
    ["観測会は 3 回、参加者は 120 名でした。", "R4実績 128件 → R5実績 214件",
     "1 月見課 4 5 21", "1 星見台の整備 月見課 A"],
)
def test_a_line_of_figures_sentences_or_row_cells_lists_no_codes(line: str) -> None:
    assert inline_codes(line) is None


def test_a_code_closed_by_its_bracket_may_run_into_the_name() -> None:
    found = find_leading_code("基本施策３－（２）港の活性化")
    assert found is not None
    assert (found.prefix, found.code.normalized, found.label) == ("基本施策", "3-2", "港の活性化")


def test_a_single_bracketed_number_running_into_a_name_after_a_label_is_no_code() -> None:
    assert find_leading_code("政策目標(2)港のまち") is None


def test_a_bracketed_code_followed_by_a_particle_is_part_of_a_sentence() -> None:
    assert find_leading_code("施策3-(2)では桟橋を改修した。") is None


def test_codes_run_together_without_gaps_split_at_each_code() -> None:
    pieces = run_on_codes("2-1 霧の港の再生2-2 灯台の保存2-3 渡し船の維持")
    assert [(p.code.printed, p.name) for p in pieces] == [
        ("2-1", "霧の港の再生"), ("2-2", "灯台の保存"), ("2-3", "渡し船の維持")
    ]


def test_a_code_like_number_inside_a_name_does_not_split_it() -> None:
    assert run_on_codes("3-1 県道4-2号の拡幅") == []
    assert run_on_codes("3-2 灯台の保存1-1 霧笛") == []  # not in order: no run of codes


def test_each_level_labelled_in_a_row_gives_the_inner_levels_composed_code() -> None:
    found = find_leading_code("基本目標(3)　施策目標(2)　港湾の活性化")
    assert found is not None
    assert (found.code.normalized, found.label) == ("3-2", "港湾の活性化")


def test_regression_a_name_before_the_next_entry_number_is_no_level_word() -> None:
    found = find_leading_code("取組内容 1 桟橋の改修 2 朝市の開催")
    assert found is not None and found.code.normalized == "1"


def test_a_code_ending_in_a_circled_number_takes_a_name_starting_with_a_unit_word() -> None:
    # regression: 「3-(2)-②時間外勤務…」 was refused as 「②時」, a time of day
    found = find_leading_code("3-(2)-②時間外架空の縮減")
    assert found is not None and found.label == "時間外架空の縮減"


def test_a_code_ending_in_a_digit_still_refuses_a_unit_after_it() -> None:
    assert find_leading_code("3-2時間") is None
