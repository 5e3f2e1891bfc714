"""A strategy's review prints each 施策's grades on one line under its heading (「施策の評価
令和5年度 B → 令和6年度 A」), after the plan's system listed at the top: each year's grade is
the heading's 施策's, not the last entry the list stated. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_REVIEW = """## 第2期架空戦略の体系

  * **基本目標1 架空のしごと**
    * 施策1-1 架空産業の強化
    * 施策1-2 架空創業の促進
  * **基本目標2 架空のひとの流れ**
    * 施策2-1 架空移住の促進
    * 施策2-2 架空交流の拡大

## 基本目標1 架空のしごと

### 施策1-1 架空産業の強化

**施策の評価** 令和5年度 **B** → 令和6年度 **A**

### 施策1-2 架空創業の促進

**施策の評価** 令和5年度 **C** → 令和6年度 **B**
"""


def test_each_headings_line_grades_its_own_entry() -> None:
    facts = parsed_as_read(_REVIEW, "x.md")
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空産業の強化", 2023, "B"), ("架空産業の強化", 2024, "A")} <= grades
    assert {("架空創業の促進", 2023, "C"), ("架空創業の促進", 2024, "B")} <= grades
    assert not any(e.initiative == "架空交流の拡大" for e in facts.evaluations)
