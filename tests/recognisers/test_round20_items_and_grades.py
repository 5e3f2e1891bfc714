"""Round 20: which coded entries are a plan's items, and which columns grade which year
(fictional examples, in layouts of no development set)."""

from __future__ import annotations

from _facts_of import evaluation_rows, facts_of, initiative_rows

from loaders.recognisers.item_leaves import bracket_years


def test_a_coded_entry_with_its_own_grade_field_is_an_item_not_a_level() -> None:
    # a plain-text report: a labelled pillar, each item a coded line over its own fields
    # (owner, budget, the grades of two years)
    text = (
        "架空村 改革の取組状況\n"
        "\n"
        "柱Ⅳ　身近な窓口の改善\n"
        "\n"
        "　Ⅳ－１　郵送請求の受付拡大\n"
        "　　担当：住民係\n"
        "　　令和６年度予算：５４０千円\n"
        "　　評価：令和５年度 Ｃ ／ 令和６年度 Ｂ\n"
        "\n"
        "　Ⅳ－２　出張窓口の開設\n"
        "　　担当：住民係\n"
        "　　評価：令和５年度 Ａ ／ 令和６年度 Ａ\n"
    )
    facts = facts_of(text, year=2024)
    assert {("郵送請求の受付拡大", ("Ⅳ-1",)), ("出張窓口の開設", ("Ⅳ-2",))} <= initiative_rows(
        facts
    )
    assert {
        ("郵送請求の受付拡大", 2023, "C"),
        ("郵送請求の受付拡大", 2024, "B"),
        ("出張窓口の開設", 2024, "A"),
    } <= evaluation_rows(facts)


def test_a_legend_gives_the_year_of_each_bracket_shape() -> None:
    legend = "注：〔　〕内は令和5年度の評価、（　）内は令和6年度の評価を示す。"
    assert bracket_years(legend, 2024) == {"〔": 2023, "(": 2024}
    assert bracket_years("（　）内は単位", 2024) == {}


def test_grades_around_a_coded_entry_are_dated_by_the_bracket_legend() -> None:
    # council material: an entry line carries this year's grade before the name, last year's
    # after it, and its owner right-aligned; a legend says which bracket is which year
    text = (
        "３　項目別の状況\n"
        "　注：〔　〕内は令和5年度の評価、（　）内は令和6年度の評価を示す。\n"
        "\n"
        "【柱２　窓口の改善】\n"
        "　２－１（Ｂ）郵送請求の受付拡大〔Ｃ〕　　　　　　　　　　住民課\n"
        "　　・受付を全証明書に広げた。\n"
        "　２－２（Ａ）出張窓口の開設〔Ａ〕　　　　　　　　　　　　住民課\n"
        "　　・月２回開設した。\n"
    )
    facts = facts_of(text, year=2024)
    assert {("郵送請求の受付拡大", ("2-1",)), ("出張窓口の開設", ("2-2",))} <= initiative_rows(
        facts
    )
    assert {
        ("郵送請求の受付拡大", 2024, "B"),
        ("郵送請求の受付拡大", 2023, "C"),
        ("出張窓口の開設", 2024, "A"),
        ("出張窓口の開設", 2023, "A"),
    } <= evaluation_rows(facts)
