"""The rows of an Excel pivot table pasted as text that are no unit of their own.

A pivot table in tabular form prints its outer item (部局) on its group's first row, the inner
items (課) under it, then a subtotal row 「○○部 集計」: the outer item's own total. An inner
item 「(空白)」 is the outer item's direct share (its head and deputies), no unit and not the
outer item's whole either. (The structure reader has already put the pivot's value caption,
「合計 / 職員数(人)」, into the column labels.) The words a pivot prints for both are data:
the caption cues of `mkf:pivotSubtotal` and `mkf:pivotBlank` in ontology/fields.ttl. Read by
loaders/recognisers/staff.py and loaders/recognisers/budgets.py.
"""

from __future__ import annotations

from loaders.field_vocabulary import caption_cues, label_key


def pivot_subtotal(text: str) -> str | None:
    """「○○部 集計」: the outer item a pivot's subtotal row adds up, else None."""
    words = text.split()
    if len(words) >= 2 and label_key(words[-1]) in caption_cues("pivotSubtotal"):
        return " ".join(words[:-1])
    return None


def pivot_blank(text: str) -> bool:
    """「(空白)」: a pivot's blank item, the outer item's direct share."""
    return bool(text.strip()) and label_key(text) in caption_cues("pivotBlank")
