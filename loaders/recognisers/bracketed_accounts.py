"""A budget sentence naming its account in brackets after the budget word.

A ward's or a department's page states its own share of an account as 「架空区の区配分予算
（一般会計）は、2億円です。」: the unit, the kind of budget (a budget label of the field
vocabulary: 予算, 配分予算 …), the account in brackets, then the amount; a year before the
budget word dates it, and a sentence right after it that opens with another year
(「令和元年度は9千万円でした。」) gives that year's amount of the same budget. The unit
named before 「の」 owns it (a ward named so, its office). Read by
loaders/recognisers/budgets.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import field_of, label_key, labels_of
from loaders.genres.units import unit_kind
from loaders.text.amounts import find_amounts
from loaders.text.fiscal_year import year_mentions

# 「…予算（一般会計）は、」: a word, the account in brackets, the topic particle
_BRACKETED = re.compile(
    r"(?P<word>[一-龥々ァ-ヴー]{2,20})\s*[(（]\s*(?P<account>[一-龥々ァ-ヴー]{2,20}会計)\s*[)）]"
    r"\s*(?:は|が)\s*[、,]?\s*"
)
# 「令和元年度は9千万円でした。」: the next sentence, another year's amount
_YEAR_OPENS = re.compile(r"\s*(?P<year>[^。、,は]{2,12}?)は\s*[、,]?\s*")


@dataclass(frozen=True)
class AccountBudget:
    """An amount of an account, offsets into the text read."""

    owner: str | None
    year: int | None
    account: str
    amount: int
    start: int
    account_start: int
    account_end: int
    amount_start: int
    amount_end: int


def bracketed_budgets(text: str, context: int | None = None) -> Iterator[AccountBudget]:
    """Every 「…予算（○○会計）は N円」 of `text`, and the other year's amount the next
    sentence gives."""
    budget = [label_key(x) for x in labels_of("budget")]
    for match in _BRACKETED.finditer(text):
        if not any(match.group("word").endswith(x) for x in budget):
            continue
        if field_of(match.group("account"), exact=True) != "account":
            continue
        amounts = find_amounts(text[match.end() :])
        if not amounts or amounts[0][0] != 0:
            continue
        opening = text.rfind("。", 0, match.start()) + 1
        head = text[opening : match.start("word")]
        years = {m.year for m in year_mentions(head + match.group("word"), context=context)
                 if m.kind == "fiscal"}  # fmt: skip
        year = years.pop() if len(years) == 1 else None
        owner = _owner(head + match.group("word"))
        a, b, yen = amounts[0]
        at = match.end()
        account = (match.start("account"), match.end("account"))
        yield AccountBudget(owner, year, match.group("account"), yen, opening, *account,
                            at + a, at + b)  # fmt: skip
        close = text.find("。", at + b)
        if close < 0 or year is None:
            continue
        other = _YEAR_OPENS.match(text, close + 1)
        if other is None:
            continue
        mentions = year_mentions(other.group("year"), context=year)
        rest = find_amounts(text[other.end() :])
        if len(mentions) != 1 or mentions[0].kind != "fiscal" or not rest or rest[0][0] != 0:
            continue
        c, d, earlier = rest[0]
        yield AccountBudget(owner, mentions[0].year, match.group("account"), earlier,
                            close + 1, match.start("account"), match.end("account"),
                            other.end() + c, other.end() + d)  # fmt: skip


def _owner(head: str) -> str | None:
    """The unit named before 「の」 in the words before the budget (「架空区の」「○○部の」):
    a unit name, or a ward (…区) of the city."""
    for match in re.finditer(r"[一-龥々ァ-ヴー]{2,20}(?=の)", head):
        word = match.group()
        if unit_kind(word) is not None:
            return word
        if word.endswith("区"):
            return word + "役所"  # 「架空区の区配分予算」: the ward's office budgets it
    return None
