"""One fact per thing: merge the facts a document states more than once.

Sheets repeat for each period, issues cite the same policy code, and the generic finder
meets units the genre parser already read. Facts are merged under a key built from their
identifying fields (names compared by NFKC key, as the graph's IRIs do), the first one kept
and gaps filled from the later ones.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import fields
from typing import Any, TypeVar

from loaders.facts import DocumentFacts
from loaders.text.normalize import nfkc_key

T = TypeVar("T")


def merged(items: list[T], key: Callable[[T], Hashable]) -> list[T]:
    """Items with equal keys merged: empty fields and evidence filled, lists united."""
    kept: dict[Hashable, T] = {}
    for item in items:
        k = key(item)
        if k not in kept:
            kept[k] = item
            continue
        _fill(kept[k], item)
    return list(kept.values())


def _fill(target: Any, source: Any) -> None:
    for f in fields(target):
        mine, theirs = getattr(target, f.name), getattr(source, f.name)
        if isinstance(mine, list):
            for value in theirs:
                if value not in mine:
                    mine.append(value)
        elif isinstance(mine, dict):
            for name, value in theirs.items():
                mine.setdefault(name, value)
        elif mine is None and theirs is not None:
            setattr(target, f.name, theirs)


def deduplicate(facts: DocumentFacts) -> None:
    """Merge duplicates in every fact list of `facts`, in place."""
    k = nfkc_key
    facts.plans = merged(facts.plans, lambda p: k(p.name))
    facts.organizations = merged(facts.organizations, lambda o: k(o.name))
    facts.posts = merged(facts.posts, lambda p: k(p.title))
    facts.staff = merged(
        facts.staff, lambda s: (k(s.organization), s.fiscal_year, k(s.employment_type))
    )
    facts.budgets = merged(facts.budgets, lambda b: (k(b.owner), b.fiscal_year, k(b.account)))
    # one code printed with two labels stays two facts: the graph keeps both and the
    # cross-record shape warns about it
    facts.policy_codes = merged(
        facts.policy_codes, lambda c: (c.normalized, c.plan, k(c.label or ""))
    )
    facts.initiatives = merged(facts.initiatives, lambda i: (i.kind, k(i.name)))
    facts.projects = merged(facts.projects, lambda p: (k(p.name), p.fiscal_year))
    facts.facilities = merged(facts.facilities, lambda f: k(f.name))
    facts.observations = merged(
        facts.observations, lambda o: (k(o.indicator), o.fiscal_year, o.kind)
    )
    # two stages of one review (一次評価 B, 二次評価 C) are two grades; one grade read twice is one
    facts.evaluations = merged(
        facts.evaluations, lambda e: (k(e.initiative), e.fiscal_year, e.grade)
    )
    mission: list[str] = []
    for item in facts.mission:
        if item not in mission:
            mission.append(item)
    facts.mission = mission
