"""A budget told post by post (a thread on a social network): 「一般会計を局別にみると（カッコ
内は前年度）」 over lines 「○○局 1,642億3,000万円（1,587億1,000万円）」, then a next post
「局別のつづき」 with more such lines. Each line is its unit's budget in that account, this
year's and, in brackets, the year before's. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_THREAD = (
    "架空市（公式）\n"
    "令和８年度の当初予算案を発表しました。\n"
    "\n"
    "🧵5/12 一般会計を局別にみると👀（カッコ内は前年度）\n"
    "架空未来局 1,642億3,000万円（1,587億1,000万円）\n"
    "架空福祉局 2,418億7,000万円（2,376億2,000万円）\n"
    "\n"
    "12\n"
    "\n"
    "🧵6/12 局別のつづき\n"
    "架空観光局 198億4,000万円（184億9,000万円）\n"
    "教育委員会 1,034億5,000万円（1,012億7,000万円）\n"
)


def _budgets() -> set[tuple[str | None, int | None, str, int]]:
    facts = parsed_as_read(_THREAD, "thread.txt")
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_each_units_line_is_its_budget_this_year_and_the_year_before() -> None:
    assert {
        ("架空未来局", 2026, "一般会計", 164_230_000_000),
        ("架空未来局", 2025, "一般会計", 158_710_000_000),
    } <= _budgets()


def test_a_caption_continuing_the_list_above_keeps_its_account_and_legend() -> None:
    assert {
        ("架空観光局", 2026, "一般会計", 19_840_000_000),
        ("教育委員会", 2025, "一般会計", 101_270_000_000),
    } <= _budgets()
