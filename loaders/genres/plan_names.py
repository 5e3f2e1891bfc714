"""Plan names in running text (…計画, …プラン, …方針), their kind and the plan they belong to.

A plan's name says what it is: 「第五次総合計画前期基本計画」 is a basic plan that is part of
「第五次総合計画」. Reading that off the name keeps plan kinds consistent across cities.
"""

from __future__ import annotations

import re

from loaders.facts import PlanKind

_PLAN_WORD = r"(?:計画|プラン|方針|指針|戦略|ビジョン|大綱)"
_QUOTED_PLAN = re.compile(rf"「(?P<name>[^「」\n]{{1,40}}?{_PLAN_WORD}(?:\([^()]*\))?)」")
_NUMBERED_PLAN = re.compile(
    rf"(?P<name>第[0-9一二三四五六七八九十]+次[^\s、。「」()]{{0,20}}?{_PLAN_WORD}"
    rf"(?:[^\s、。「」()]{{0,8}}?{_PLAN_WORD})?)"
)
_COMPREHENSIVE = re.compile(r"^(?P<parent>.*?総合計画)(?P<rest>.+)$")


_ENDS_AS_PLAN = re.compile(rf"{_PLAN_WORD}$")


def is_plan_name(text: str) -> bool:
    """Whether a short text names a plan (「総合計画」, 「第2次行財政改革プラン」): it ends so."""
    return _ENDS_AS_PLAN.search(text.strip()) is not None


def plan_kind(name: str) -> PlanKind:
    if "基本計画" in name:
        return "basic_plan"
    if "総合計画" in name:
        return "comprehensive_plan"
    if "改革" in name:
        return "reform_plan"
    if "運営方針" in name or "マニフェスト" in name:
        return "department_policy"
    return "plan"


def parent_plan_name(name: str) -> str | None:
    """「第五次総合計画前期基本計画」 → 「第五次総合計画」; None when the name names no parent."""
    found = _COMPREHENSIVE.match(name)
    if found is None or "計画" not in found.group("rest"):
        return None
    return found.group("parent")


def find_plan_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of plan names: quoted ones and 第N次… ones."""
    found: dict[int, tuple[int, int, str]] = {}
    for pattern in (_QUOTED_PLAN, _NUMBERED_PLAN):
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if not any(s <= start < e for s, e, _ in found.values()):
                found[start] = (start, end, match.group("name"))
    return sorted(found.values())
