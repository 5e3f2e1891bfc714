"""A document set vertically, its figures written a kanji a digit (「四一二、三六〇千円」,
「一六人（一五人）」, 「四八・六％」, 「令和八年度」, 「施策四―一」): read back in arabic
digits, one character for one; words built on a kanji digit keep it. Fictional examples."""

from __future__ import annotations

from loaders.text.kanji_digits import positional_numerals
from tests.recognisers._facts_of import parsed_as_read

_TEXT = (
    "　　令和八年度　架空部　運営方針\n\n"
    "一　部の使命\n"
    "　市民一人ひとりが担い手として活躍するまちをつくります。\n\n"
    "二　部の体制（令和八年四月一日現在）\n"
    "　架空課　　　　　　一六人（一五人）\n"
    "　架空第二課　　　　一二人（一二人）\n\n"
    "三　部の予算（一般会計・当初予算）　　　　（単位：千円）\n"
    "　　　　　　　　　　令和八年度　　　　令和七年度\n"
    "　架空課　　　　　　四一二、三六〇　　三九八、七四〇\n"
    "　架空第二課　　　　二八六、四五〇　　三〇一、一二〇\n\n"
    "（一）　架空の取組\n"
    "　　【総合計画】基本目標四　施策四―一　架空の施策\n"
    "　　〈指標〉架空の割合　現状値　四八・六％（令和六年度）\n"
)


def test_figures_written_a_kanji_a_digit_read_in_arabic_digits() -> None:
    text = positional_numerals(_TEXT)
    assert "四一二、三六〇" not in text and "412,360" in text
    assert "16人（15人）" in text
    assert "48.6％" in text
    assert "令和8年4月1日" in text and "施策4―1" in text and "（1）" in text


def test_words_built_on_a_kanji_digit_keep_it() -> None:
    assert "一般会計" in positional_numerals(_TEXT)


def test_each_character_keeps_its_place() -> None:
    assert len(positional_numerals(_TEXT)) == len(_TEXT)


def test_a_document_of_ordinary_figures_is_left_as_it_is() -> None:
    text = "一般会計の予算は一部を除き前年度並みです。第一に、統一的な基準を設けます。\n"
    assert positional_numerals(text) == text


def test_the_units_staff_read_from_kanji_digits() -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(_TEXT).staff}
    assert ("架空課", 2026, 16) in staff
