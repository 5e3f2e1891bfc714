import pytest

from loaders.text.quantities import Quantity, as_printed, find_quantities, parse_quantity


@pytest.mark.parametrize(
    ("printed", "value", "unit"),
    [
        ("46.6パーセント", 46.6, "パーセント"),
        ("46.6%", 46.6, "%"),
        ("194名", 194, "名"),
        ("8箇所", 8, "箇所"),
        ("99団体", 99, "団体"),
        ("3.9パーセント", 3.9, "パーセント"),
    ],
)
def test_quantity_value_and_unit(printed: str, value: float, unit: str) -> None:
    quantity = parse_quantity(printed)
    assert quantity is not None and (quantity.value, quantity.unit) == (value, unit)


def test_estimate_mark_is_read() -> None:
    assert parse_quantity("37(見込み)") == Quantity(37, None, True, "37(見込み)")


def test_full_width_estimate_mark_is_read() -> None:
    quantity = parse_quantity("37（見込み）")
    assert quantity is not None and quantity.estimate


def test_integers_stay_integers() -> None:
    quantity = parse_quantity("194名")
    assert quantity is not None and isinstance(quantity.value, int)


def test_decimals_are_floats() -> None:
    quantity = parse_quantity("1.0パーセント")
    assert quantity is not None and isinstance(quantity.value, float)


def test_bare_number_cell_is_a_quantity_without_unit() -> None:
    assert parse_quantity(" 42 ") == Quantity(42, None, False, "42")


def test_text_is_not_a_quantity() -> None:
    assert parse_quantity("継続して拡充") is None


def test_phrase_with_more_than_a_quantity_is_not_a_quantity() -> None:
    assert parse_quantity("194名の職員") is None


def test_find_quantities_in_prose() -> None:
    text = "部職員合計194名、うち正規職員103名(割合3.9パーセント"
    assert [(text[a:b], q.value) for a, b, q in find_quantities(text)] == [
        ("194名", 194),
        ("103名", 103),
        ("3.9パーセント", 3.9),
    ]


def test_find_quantities_skips_list_numbers_before_names() -> None:
    assert find_quantities("取組項目\t1 区自治協議会") == []


def test_find_quantities_skips_dates() -> None:
    assert find_quantities("今年4月に開所した") == []


def test_find_quantities_skips_single_kanji_digit_words() -> None:
    assert find_quantities("窓口の一本化") == []


@pytest.mark.parametrize(
    ("printed", "value"), [("▲3.2ポイント", -3.2), ("△5", -5), ("-1.5%", -1.5)]
)
def test_signed_cell_is_negative(printed: str, value: float) -> None:
    quantity = parse_quantity(printed)
    assert quantity is not None and quantity.value == value


def test_a_number_printed_whole_across_its_scale_word_is_its_value_as_printed() -> None:
    [(_, _, quantity)] = find_quantities("12万4,500㎡")
    assert as_printed(quantity) == (124500, "㎡")


def test_an_increase_or_no_change_prints_its_own_sign() -> None:
    """「+10人」 and 「±0人」 beside 「△24人」 (社会増減): the sign of a rise or of none."""
    assert [parse_quantity(t).value for t in ("+10人", "＋3", "±0人")] == [10, 3, 0]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("架空公園の利用率(%)", ("架空公園の利用率", "%")),
        ("架空市場の売上額（百万円）", ("架空市場の売上額", "百万円")),
        ("架空村の平均築年数(年)", ("架空村の平均築年数", "年")),
        ("架空線の運行便数（便／年）", ("架空線の運行便数", "便／年")),
        ("架空町のごみ排出量(g/人・日)", ("架空町のごみ排出量", "g/人・日")),
    ],
)
def test_a_unit_in_brackets_after_a_name_is_no_part_of_it(
    name: str, expected: tuple[str, str]
) -> None:
    from loaders.text.quantities import without_unit_bracket

    assert without_unit_bracket(name) == expected


@pytest.mark.parametrize(
    "name",
    ["架空講座の受講者数（累計）", "架空継続率（6か月）", "架空取得率(中3)", "架空指標(KPI)",
     "架空定住者数（累計・人）", "(人)"],
)  # fmt: skip
def test_a_qualifier_in_brackets_after_a_name_stays(name: str) -> None:
    from loaders.text.quantities import without_unit_bracket

    assert without_unit_bracket(name) == (name, None)


def test_container_and_ship_counts_in_brackets_are_units() -> None:
    """「取扱量(TEU)」, 「入港数(隻)」: the counting unit of containers and of ships."""
    from loaders.text.quantities import without_unit_bracket

    assert without_unit_bracket("架空港の取扱量(TEU)") == ("架空港の取扱量", "TEU")
    assert without_unit_bracket("架空港の入港数（隻）") == ("架空港の入港数", "隻")


def test_animal_counts_and_volume_signs_in_brackets_are_units() -> None:
    """「捕獲数(頭)」, 「放流数（匹）」, 「伐採量(千㎥)」: counting words of animals and the
    volume sign, scaled or not, are the unit of the values, no part of the name."""
    from loaders.text.quantities import without_unit_bracket

    assert without_unit_bracket("架空イノシシ捕獲数(頭)") == ("架空イノシシ捕獲数", "頭")
    assert without_unit_bracket("架空川の稚魚放流数（千匹）") == ("架空川の稚魚放流数", "千匹")
    assert without_unit_bracket("架空林の伐採量（千㎥）") == ("架空林の伐採量", "千㎥")
