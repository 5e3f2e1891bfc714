"""Names that are a printed label or a date, not a record's name.

A reader that takes the first cell or line of a block as a record's name sometimes takes the
block's labelled field (「担当：…」, 「課：…」) or its year heading (「令和7年度」) instead.
Neither names a project: a labelled field names what its label says, and a year only dates
the records under it. Asked once, after every layout's rules, so each layout need not know.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.text.fiscal_year import year_mentions

# 「label：value」 — a short label, then a colon, then the value (a colon inside a bracket,
# 「X館（愛称：Y）Z事業」, is an alias's, no label's)
_LABELLED = re.compile(r"^(?P<label>[^:：\s(（]{1,10})\s*[:：]\s*(?P<value>\S.*)$")


def is_year_only(name: str) -> bool:
    """True when the name is one printed year and nothing else (「令和7年度」, 「R7」)."""
    text = name.strip()
    mentions = year_mentions(text)
    return len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(text)


def is_labelled_field(name: str, kind: str) -> bool:
    """True when the name prints a label and its value and the label is not one of `kind`'s
    own name labels (「課：企画課」 read as a project's name): the value is another field."""
    match = _LABELLED.match(name.strip())
    if match is None:
        return False
    return field_of(match.group("label")) != kind


def names_no_record(name: str, kind: str) -> bool:
    """True when `name` cannot be the name of a `kind` record: a bare year, a labelled field
    of another kind, or a total (「全会計合計」 heading its amounts as a project heads its own)."""
    return (
        is_year_only(name)
        or is_labelled_field(name, kind)
        or field_of(name.strip()) in ("total", "subtotal")
    )
