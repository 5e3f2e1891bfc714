"""pdfplumber reads bold that a PDF drew twice as doubled glyphs (「一一般般会会計計」): a
line whose every word is doubled is read once; figures and words printed once stay.
Fictional example."""

from __future__ import annotations

from loaders.text.doubled_glyphs import undouble_bold
from tests.recognisers._facts_of import parsed_as_read

_SUMMARY = """２２ 一一般般会会計計 局局別別予予算算額額
（単位：千円）
局 名 令和８年度 令和７年度 増 減 増減率（％）
架空議会局 1,482,300 1,466,900 15,400 1.0
架空総務局 24,861,500 23,907,200 954,300 4.0
架空財政局 9,542,800 9,611,300 △68,500 △0.7
合 計 35,886,600 34,985,400 901,200 2.6
"""


def test_a_line_of_doubled_glyphs_is_read_once() -> None:
    assert undouble_bold("当当初初予予算算（（案案））のの概概要要") == "当初予算（案）の概要"
    assert undouble_bold("１１ 予予算算のの規規模模") == "１ 予算の規模"


def test_a_line_with_a_word_printed_once_stays() -> None:
    for line in ("ここ", "総務局 24,861,500", "11 22 33", "目標 1100"):
        assert undouble_bold(line) == line


def test_the_doubled_caption_names_the_account() -> None:
    facts = parsed_as_read(_SUMMARY, "x.txt")
    accounts = {(b.owner, b.fiscal_year, b.account) for b in facts.budgets}
    assert ("架空総務局", 2026, "一般会計") in accounts


def test_a_rule_line_stays() -> None:
    for line in ("――――", "ーーーー", "========", "----"):
        assert undouble_bold(f"当当初初予予算算\n{line}").endswith(line)
