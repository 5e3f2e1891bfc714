"""Round 51: a report page generated with plotly (`write_html`), its KPI tables drawn as
Plotly table traces, and its measures listed after each policy's name (「1-(1) 名称：取組a、
取組b」). Before, the tables existed only in the figure's script (cells column by column), so
no indicator was read; a policy listing its measures after a colon was one policy named with
the whole line. Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

_TRACE = {
    "type": "table",
    "header": {"values": ["区分", "施策", "指標", "単位", "基準値<br>（R5）", "実績<br>（R7）",
                          "目標値<br>（R9）", "施策評価<br>（R7）"]},
    "cells": {"values": [["KPI", "KPI"], ["1-(1) 架空産業の振興", ""],
                         ["架空製品の出荷額", "架空創業件数"], ["百万円", "件"],
                         ["1,842", "48"], ["1,968", "57"], ["2,100", "60"], ["A", ""]]},
}  # fmt: skip

_PAGE = f"""<html><head><script src="https://cdn.plot.ly/plotly-3.0.1.min.js"></script></head>
<body><h1>第2期架空市総合戦略 KPI進捗レポート</h1>
<h2>基本目標1　架空の稼ぐ力を高める</h2>
<div id="fig-1" class="plotly-graph-div"></div>
<script type="text/javascript">
window.PLOTLYENV=window.PLOTLYENV || {{}};
if (document.getElementById("fig-1")) {{
  Plotly.newPlot("fig-1", {json.dumps([_TRACE], ensure_ascii=False)}, {{"height": 270}},
                 {{"responsive": true}})
}};
</script>
<h3>主な取組</h3>
<ul><li>1-(1) 架空産業の振興：架空製品の新商品開発、架空工芸の後継者育成</li></ul>
</body></html>"""


def _page(tmp_path: Path) -> Path:
    return write(tmp_path, "kpi-report.html", _PAGE)


def test_a_plotly_table_trace_is_printed_as_its_rows(tmp_path: Path) -> None:
    printed = lines(_page(tmp_path))
    header = ["区分", "施策", "指標", "単位", "基準値 （R5）", "実績 （R7）", "目標値 （R9）",
              "施策評価 （R7）"]
    assert "\t".join(header) in printed
    assert "KPI\t1-(1) 架空産業の振興\t架空製品の出荷額\t百万円\t1,842\t1,968\t2,100\tA" in printed


def test_each_kpi_of_the_table_trace_is_read(tmp_path: Path) -> None:
    observations = {(o.indicator, o.fiscal_year, o.kind, o.value)
                    for o in facts_of(_page(tmp_path)).observations}  # fmt: skip
    assert ("架空製品の出荷額", 2025, "actual", 1968) in observations
    assert ("架空創業件数", 2027, "target", 60) in observations


def test_measures_listed_after_a_policys_name_are_its_initiatives(tmp_path: Path) -> None:
    facts = facts_of(_page(tmp_path))
    initiatives = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空製品の新商品開発", ("1-(1)",)) in initiatives
    assert ("架空工芸の後継者育成", ("1-(1)",)) in initiatives
    labels = {p.label for p in facts.policy_codes}
    assert not any("架空製品の新商品開発" in (label or "") for label in labels)
