"""The comparison rules of the gold file's "about", one behaviour each."""

from service.scoring import cell_matches, code_key, score_table, score_topic


def test_names_compare_after_nfkc_without_white_space() -> None:
    assert cell_matches("project", "ＤＶ対策", "DV 対策")


def test_an_alias_counts_as_the_name() -> None:
    gold = {"name": "広報広聴課", "alias": ["広報広報課"]}
    assert cell_matches("division", gold, "広報広報課")
    assert not cell_matches("division", gold, "秘書課")


def test_roman_numerals_and_brackets_read_as_numbers_in_codes() -> None:
    assert code_key("VII-1-(2)") == (7, 1, 2)
    assert cell_matches("policy_code", "VII-1-(2)", "7-1-2")


def test_a_longer_code_under_the_gold_code_counts() -> None:
    assert cell_matches("policy_code", "4-1", "4-1-2")
    assert not cell_matches("policy_code", "4-1-2", "4-1")


def test_a_null_gold_cell_accepts_anything() -> None:
    assert cell_matches("fiscal_year", None, None)
    assert cell_matches("fiscal_year", None, 2017)


def test_numbers_compare_numerically() -> None:
    assert cell_matches("value", 46.6, "46.6")
    assert cell_matches("budget", 6720000, "6720000")
    assert not cell_matches("budget", 6720000, "6720001")


def test_a_missing_predicted_value_does_not_match_a_stated_gold_value() -> None:
    assert not cell_matches("division", "協働推進課", None)


def test_table_score_counts_recall_over_gold_and_precision_over_rows() -> None:
    columns = ["municipality_code", "facility"]
    gold = [["1", "A"], ["1", "B"]]
    rows = [
        {"municipality_code": "1", "facility": "A"},
        {"municipality_code": "1", "facility": "C"},
    ]
    score = score_table("facilities", columns, gold, rows)
    assert (score.recall, score.precision) == (0.5, 0.5)


def test_topic_score_reports_missing_and_wrongly_included_items() -> None:
    expected = {"must_include": [["1", "A"]], "must_exclude": [["1", "B"]]}
    score = score_topic("t", expected, [{"municipality_code": "1", "item": "B"}])
    assert score.missing == [["1", "A"]]
    assert score.wrongly_included == [["1", "B"]]
    assert not score.passed


def test_grades_compare_after_nfkc() -> None:
    # a gold printing 「Ａ」 as the page does and a reader storing 「A」 name one grade
    assert cell_matches("grade", "Ａ", "A")
    assert cell_matches("grade", "○", "○")
    assert not cell_matches("grade", "Ｂ", "A")
