"""A series of years and amounts spoken as one sentence: 「平成30年度は12億円、令和元年度は
13億円、令和2年度は14億円です。」.

A text version of a newsletter made for screen readers describes a bar chart by reading each
bar out — the year, the topic particle は, the amount — one pair after another, joined by
「、」. What the amounts are (an account's budget) the chart's title or the sentence before
says. Read by loaders/recognisers/budgets.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.text.amounts import find_amounts
from loaders.text.fiscal_year import year_mentions

_TOPIC = re.compile(r"\s*は\s*[、,]?\s*")
_JOIN = re.compile(r"\s*[、,]?\s*")
_CLOSE = re.compile(r"\s*(?:です|でした|となっています|となりました)?\s*[。.]?\s*")
_MIN_PAIRS = 3  # two years and amounts could be any comparison; a chart has several bars


@dataclass(frozen=True)
class SpokenAmount:
    year: int
    yen: int
    start: int  # the year's offset
    amount_start: int
    amount_end: int


def spoken_series(text: str) -> list[SpokenAmount]:
    """The pairs of a sentence that is nothing but 「<年度>は<金額>」 pairs joined by 「、」;
    empty for any other sentence."""
    found: list[SpokenAmount] = []
    at = len(text) - len(text.lstrip())
    for mention in year_mentions(text):
        if mention.start < at:
            continue
        if mention.start != at or mention.kind != "fiscal":
            return []
        topic = _TOPIC.match(text, mention.end)
        if topic is None or topic.end() == mention.end:
            return []
        amounts = find_amounts(text[topic.end() :])
        if not amounts or amounts[0][0] != 0:
            return []
        a, b, yen = amounts[0]
        found.append(SpokenAmount(mention.year, yen, mention.start, topic.end() + a,
                                  topic.end() + b))  # fmt: skip
        join = _JOIN.match(text, topic.end() + b)
        at = join.end() if join else topic.end() + b
    if len(found) < _MIN_PAIRS:
        return []
    close = _CLOSE.match(text, found[-1].amount_end)
    return found if close is not None and close.end() == len(text) else []
