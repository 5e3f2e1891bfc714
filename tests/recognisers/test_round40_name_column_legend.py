"""A table whose indicator column's own label orders the steps its cells print after each
name (「成果指標 現状値（令和6年度）→目標値（令和12年度）」 over 「○○率<br>64.2％ → 80.0％」):
each value of the kind and year the label gives it, the name what comes before them.
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><table>"
    "<tr><th>所管課</th><th>主管する施策</th>"
    "<th>成果指標<br>現状値（令和6年度）→目標値（令和12年度）</th></tr>"
    "<tr><th>架空防災課</th><td>4-1-1 架空に強いまち</td>"
    "<td>架空訓練の実施率<br>64.2％ → 80.0％</td></tr>"
    "<tr><th>架空文化課</th><td>2-3-1 架空芸術の振興</td>"
    "<td>架空講座の参加者数<br>8,420人 → 15,000人</td></tr>"
    "</table></body></html>"
)


def _values() -> set[tuple[str, int | None, str, float]]:
    return {(o.indicator, o.fiscal_year, o.kind, o.value)
            for o in parsed_as_read(_PAGE, "x.html").observations}  # fmt: skip


def test_each_value_takes_the_kind_and_year_the_label_orders() -> None:
    values = _values()
    assert ("架空訓練の実施率", 2024, "baseline", 64.2) in values
    assert ("架空訓練の実施率", 2030, "target", 80.0) in values


def test_the_name_is_what_comes_before_the_values() -> None:
    assert ("架空講座の参加者数", 2030, "target", 15000) in _values()
