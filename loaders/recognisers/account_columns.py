"""A table of units whose columns are accounts under a budget label, each cell a budget.

「部局名 | 課名 | 予算額(千円) 一般会計 | 予算額(千円) 特別会計」: the budget label printed over
the account items (a pivot table's value caption over its column field, joined into each
column's label by the structure reader) makes every figure a unit's budget in the account of
its column. The unit is the row's innermost unit name; a pivot's blank item (「(空白)」) is
no unit, its subtotal row (「○○部 集計」) is the outer unit's, and a grand total is no one
unit's. Read by loaders/recognisers/budgets.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import field_of, label_key
from loaders.genres.units import unit_kind
from loaders.recognisers.pivot_tables import pivot_blank, pivot_subtotal
from loaders.structure.blocks import Cell, Table
from loaders.text.amounts import parse_yen, unit_scale
from loaders.text.fiscal_year import year_mentions

_UNIT_OPEN = "("
_ACCOUNT_END = "会計"
_CLASSES = ("", "企業", "全", "各")  # 会計 alone, or classes a summary sums
_FIGURE = re.compile(r"^[\d,.\s]+$")


@dataclass(frozen=True)
class AccountBudget:
    owner: str  # the unit as printed
    account: str  # the column's account
    year: int | None  # the column's own year, when its label prints one
    amount: int  # yen
    owner_cell: Cell
    amount_cell: Cell
    subtotal: bool  # a subtotal row: the same amount as one of its parts is no repeat


@dataclass(frozen=True)
class _Column:
    account: str
    unit: str | None  # 千円 of 「予算額(千円) 一般会計」
    year: int | None


def _account_column(label: str, captioned: bool = False) -> _Column | None:
    """「予算額(千円) 一般会計」: the account a column's last word names, under a budget label;
    or 「一般会計」 alone under a caption naming the budget (「当初予算 課別・会計別集計表」)."""
    words = label.split()
    if captioned and len(words) == 1 and _bare_account(words[0]):
        return _Column(label_key(words[0]), None, None)
    if len(words) < 2:
        return None
    account, rest = words[-1], " ".join(words[:-1])
    if field_of(label_key(account)) != "account":
        return None
    if field_of(label_key(rest)) != "budget":
        return None
    unit = None
    if _UNIT_OPEN in label_key(rest):
        inner = label_key(rest).rsplit(_UNIT_OPEN, 1)[1].rstrip(")")
        unit = inner if unit_scale(inner) is not None else None
    years = {m.year for m in year_mentions(label_key(label))}
    return _Column(account, unit, years.pop() if len(years) == 1 else None)


def _bare_account(word: str) -> bool:
    """「一般会計」「国民健康保険特別会計」: an account's name, not the word 会計 alone nor a
    class summed elsewhere (企業会計, 全会計)."""
    key = label_key(word)
    return key.endswith(_ACCOUNT_END) and field_of(key) == "account" and (
        key.removesuffix(_ACCOUNT_END) not in _CLASSES)


def account_budgets(
    table: Table, *, captioned: bool = False, unit: str | None = None
) -> Iterator[AccountBudget]:
    """Every unit's budget of a table whose columns are accounts under a budget label (or
    under a caption naming the budget, when `captioned`; `unit` the caption's 千円)."""
    columns = {k: c for k, label in enumerate(table.header)
               if (c := _account_column(label, captioned))}  # fmt: skip
    if not columns:
        return
    first = min(columns)
    for row in table.rows:
        # 「課名 | 職員数 | 一般会計」: a column of figures before the accounts names no unit
        labels = [c for c in row[:first] if c.text.strip() and not _FIGURE.match(c.text)]
        if not labels or any(pivot_blank(c.text) for c in labels):
            continue  # 「○○部 | (空白)」: the 部's direct share, no unit
        owner = labels[-1]
        subtotal = pivot_subtotal(owner.text)
        name = subtotal if subtotal is not None else owner.text.strip()
        if unit_kind(label_key(name)) is None or field_of(label_key(name), exact=True):
            continue  # 総計, or a row naming no unit
        for k, column in columns.items():
            if k >= len(row) or not row[k].text.strip():
                continue
            try:
                amount = parse_yen(row[k].text, unit=column.unit or unit)
            except ValueError:
                amount = None
            if amount is not None:
                yield AccountBudget(name, column.account, column.year, amount, owner, row[k],
                                    subtotal is not None)  # fmt: skip
