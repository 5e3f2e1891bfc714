"""An Apache ECharts chart a page draws from its own script: its data, not the drawing, as
text where the chart stands.

`echarts.init(document.getElementById('chart-kyoku'))` makes a chart in a container and
`chart.setOption({...})` (or a variable holding the option) gives its data: a category axis's
`data` and each series' `data` (a bar per category, the series' `name` the column: 「令和8年」),
a `dataset.source` of rows (its first row the labels), a pie's `{name, value}` items, or a
tree's nested `{name, value, children}` nodes (an organisation chart, each node's figure the
tooltip's `formatter` prints: 「{b}：{c}人」). Saved after drawing the page holds a canvas and
nothing of the figures. Each chart's title and data are set into its container: the title
and subtitle as lines, rows as a table, a tree as a nested list (「架空局　○○人」 over
「架空部　○○人」), so a unit's count reads as a staff list does.

The option is a JavaScript object literal, parsed with json5; a variable it names
(「data: [treeData]」) is the literal that variable is given in the same script.
"""

from __future__ import annotations

import html
import re
from typing import Any

import json5
from selectolax.lexbor import LexborHTMLParser

from loaders.text.chart_scripts import data_table, literal_at, printed_parts, set_content

_INIT = re.compile(
    r"(?P<chart>[\w$]+)\s*=\s*echarts\.init\(\s*document\.getElementById\(\s*"
    r"['\"](?P<id>[^'\"]+)['\"]\s*\)"
)
_SET_OPTION = re.compile(r"(?P<chart>[\w$]+)\.setOption\(\s*(?P<arg>[\w$]+|\{)")
_VARIABLE = re.compile(r"(?:var|let|const)\s+(?P<name>[\w$]+)\s*=\s*(?=[{\[])")
_MAX_SCRIPT = 2_000_000
_MAX_NODES = 5_000
_MAX_DEPTH = 12


def draw_echarts_data(tree: LexborHTMLParser) -> None:
    """Each ECharts chart's container holds its title and data instead of its canvas."""
    for script in tree.css("script"):
        code = script.text(deep=True) or ""
        if "echarts" not in code or len(code) > _MAX_SCRIPT:
            continue
        containers = {m.group("chart"): m.group("id") for m in _INIT.finditer(code)}
        variables = {m.group("name"): m.end() for m in _VARIABLE.finditer(code)}
        for call in _SET_OPTION.finditer(code):
            start = (
                call.start("arg") if call.group("arg") == "{" else variables.get(call.group("arg"))
            )
            option = _option(code, start, variables) if start is not None else None
            place = containers.get(call.group("chart"))
            container = tree.css_first(f"[id='{place}']") if place else None
            if isinstance(option, dict) and container is not None:
                markup = _option_markup(option)
                if markup:
                    set_content(container, markup)


def _option(code: str, start: int, variables: dict[str, int]) -> Any:
    """The literal at `start`, each variable it names replaced by that variable's literal."""
    literal = literal_at(code, start)
    if literal is None:
        return None
    for name, at in variables.items():
        if re.search(rf"[\[:,]\s*{re.escape(name)}\s*[\],}}]", literal):
            value = literal_at(code, at)
            if value is not None and value != literal:
                literal = re.sub(rf"(?<=[\[:,])(\s*){re.escape(name)}(?=\s*[\],}}])",
                                 lambda m, v=value: m.group(1) + v, literal)  # fmt: skip
    try:
        return json5.loads(literal)
    except ValueError:
        return None


def _listed(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    return [value] if value is not None else []


def _option_markup(option: dict[str, Any]) -> str:
    parts: list[str] = []
    for title in _listed(option.get("title")):
        if isinstance(title, dict):
            parts += [f"<p>{html.escape(t)}</p>" for key in ("text", "subtext")
                      if (t := " ".join(printed_parts(title.get(key))))]  # fmt: skip
    series = [s for s in _listed(option.get("series")) if isinstance(s, dict)]
    tooltip = option.get("tooltip") if isinstance(option.get("tooltip"), dict) else {}
    for item in series:
        if item.get("type") == "tree":
            parts.append(_tree_list(item.get("data"), str(tooltip.get("formatter") or "")))
    for dataset in _listed(option.get("dataset")):
        source = dataset.get("source") if isinstance(dataset, dict) else None
        if isinstance(source, list) and source and all(isinstance(r, list) for r in source):
            table = data_table([], source[:_MAX_NODES])
            parts += [table] if table else []
    if (table := _axis_table(option, series)) is not None:
        parts.append(table)
    for item in series:
        if item.get("type") == "pie":
            rows = [[d.get("name", ""), d.get("value", "")] for d in _listed(item.get("data"))
                    if isinstance(d, dict)]  # fmt: skip
            table = data_table([str(item.get("name") or ""), ""], rows) if rows else None
            parts += [table] if table else []
    return "".join(parts)


def _axis_table(option: dict[str, Any], series: list[dict[str, Any]]) -> str | None:
    """A category axis's labels, a row each, with each series' figure for it (a bar per
    category, a column per series)."""
    axes = [a for key in ("xAxis", "yAxis") for a in _listed(option.get(key))
            if isinstance(a, dict)]  # fmt: skip
    category = next((a for a in axes if a.get("type") == "category"
                     and isinstance(a.get("data"), list)), None)  # fmt: skip
    columns = [s for s in series if isinstance(s.get("data"), list)
               and s.get("type") in ("bar", "line", None)]  # fmt: skip
    if category is None or not columns:
        return None
    labels = [str(category.get("name") or ""), *(str(s.get("name") or "") for s in columns)]
    rows = [[_value(name), *(_value(s["data"][k]) if k < len(s["data"]) else "" for s in columns)]
            for k, name in enumerate(category["data"][:_MAX_NODES])]  # fmt: skip
    return data_table(labels, rows)


def _value(item: Any) -> Any:
    """A data item's figure (「{value: ○○}」 or the figure itself)."""
    return item.get("value", "") if isinstance(item, dict) else item


def _tree_list(data: Any, formatter: str) -> str:
    """A tree's nodes as a nested list, each node its name and its figure with the unit the
    tooltip prints after it (「{b}：{c}人」 → 「架空局　○○人」)."""
    unit = formatter.split("{c}", 1)[1].strip() if "{c}" in formatter else ""
    count = 0

    def items(nodes: Any, depth: int) -> str:
        nonlocal count
        out = []
        for node in _listed(nodes):
            if not isinstance(node, dict) or depth > _MAX_DEPTH or count >= _MAX_NODES:
                continue
            count += 1
            name = " ".join(printed_parts(node.get("name")))
            value = node.get("value")
            line = name if value is None else f"{name}\u3000{value}{unit}"
            inner = items(node.get("children"), depth + 1)
            out.append(f"<li>{html.escape(line)}{inner}</li>")
        return f"<ul>{''.join(out)}</ul>" if out else ""

    return items(data, 0)
