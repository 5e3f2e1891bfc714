"""A chart a page draws from data in its own script (Google Charts): the data, not the
drawing, as a table where the chart stands.

`google.visualization` charts are filled in the page's script (「data.addColumn('string',
'年度')」 and 「data.addRows([...])」, or 「google.visualization.arrayToDataTable([[…],[…]])」)
and drawn into a container (「new google.visualization.BarChart(document.getElementById(
'chart_div'))」). Saved after drawing, the page shows a bar's picture or, for an org chart,
only the nodes left open (the rest collapsed); the figures and units are the script's. So
each chart's data is read with a JavaScript-literal parser (json5) and set into its container
as a plain table in place of the drawing.

An org chart's rows are a node, its parent's node id and a tooltip: printed as the table of
boxes `org_tables` makes (the node's name, the rest of its label, the parent's name).

A Flourish embed (a table or chart published from flourish.studio) keeps its rows in
「var _Flourish_data = {"rows": [{"columns": […]}]}」, their labels in
「_Flourish_data_column_names」 and its title, subtitle, note and source in
「_Flourish_settings」: the page's own text is empty until the script draws; they are set
as the page's heading, lines and table in the layout's place.

A Plotly figure (a report saved by plotly's `write_html`) is drawn by 「Plotly.newPlot("id",
[traces], layout)」; a trace of type 「table」 holds a table column by column (`header.values`,
`cells.values`), which the page shows only as drawn cells: set as a plain table where the
figure stands.

A Vega-Lite chart (`vegaEmbed`) is drawn from a JSON spec, often kept in a
「<script type="application/json">」: its rows are `data.values` (records, or a CSV/TSV text
with `format.type`), its columns' printed titles in `encoding` (a tooltip's title names the
unit: 「令和8年度（千円）」), its caption the `title` or `description`, and a legend's
`labelExpr` may map the coded values to their names (「'1':'政策1 …'」). Each spec's caption,
legend names and table are set into the element it is drawn into (its id ending as the
spec's script's: 「spec-jigyo」 → 「vis-jigyo」), else before its script.

An Apache ECharts chart is read by `loaders.text.echarts_options`.
"""

from __future__ import annotations

import csv
import html
import io
import re
from typing import Any

import json5
from selectolax.lexbor import LexborHTMLParser, LexborNode

from loaders.text.org_tables import Box, label_parts, org_table_html

_CHART = re.compile(
    r"new\s+google\.visualization\.(?P<kind>\w+)\s*\(\s*document\.getElementById\(\s*"
    r"['\"](?P<id>[^'\"]+)['\"]\s*\)"
)
_COLUMN = re.compile(r"\.addColumn\(\s*['\"]\w+['\"]\s*,\s*(['\"])(?P<label>.*?)\1")
_ROWS = re.compile(r"\.addRows\(\s*\[")
_ARRAY = re.compile(r"arrayToDataTable\(\s*\[")
_MAX_SCRIPT = 2_000_000  # characters of one script read for chart data
_MAX_ROWS = 5_000


def draw_chart_data(tree: LexborHTMLParser) -> None:
    """Each Google chart's container holds its data as a table instead of its drawing."""
    if tree.scripts_contain("Plotly."):
        _draw_plotly_tables(tree)
    if tree.scripts_contain("vega-lite"):
        _draw_vega_lite_data(tree)
    if tree.scripts_contain("_Flourish_data"):
        _draw_flourish_data(tree)
    if tree.scripts_contain("echarts"):
        from loaders.text.echarts_options import draw_echarts_data  # (it reads our tables)

        draw_echarts_data(tree)
    if not tree.scripts_contain("google.visualization"):
        return  # (every page passes here: most draw no chart)
    for script in tree.css("script"):
        code = script.text(deep=True) or ""
        if "google.visualization" not in code or len(code) > _MAX_SCRIPT:
            continue
        chart = _CHART.search(code)
        rows = _data_rows(code)
        if chart is None or not rows:
            continue
        container = tree.css_first(f"[id='{chart.group('id')}']")
        if container is None:
            continue
        if chart.group("kind") == "OrgChart":
            table = _org_table(rows)
        else:
            labels = [m.group("label") for m in _COLUMN.finditer(code)]
            table = data_table(labels, rows)
        if table is not None:
            set_content(container, table)


def _data_rows(code: str) -> list[list[Any]]:
    """The rows of 「addRows([...])」 or 「arrayToDataTable([...])」 (its first row the labels)."""
    found = _ROWS.search(code) or _ARRAY.search(code)
    if found is None:
        return []
    literal = literal_at(code, found.end() - 1)
    if literal is None:
        return []
    try:
        rows = json5.loads(literal)
    except ValueError:
        return []
    if not isinstance(rows, list) or len(rows) > _MAX_ROWS:
        return []
    return [r for r in rows if isinstance(r, list)]


def literal_at(code: str, start: int) -> str | None:
    """The bracketed literal opening at `start`, to its matching bracket (strings skipped)."""
    depth, quote, at = 0, "", start
    while at < len(code):
        char = code[at]
        if quote:
            if char == "\\":
                at += 1
            elif char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return code[start : at + 1]
        at += 1
    return None


def _literal_value(code: str, start: int) -> Any:
    """The JavaScript literal opening at `start`, parsed; None when it does not parse."""
    literal = literal_at(code, start)
    try:
        return json5.loads(literal) if literal is not None else None
    except ValueError:
        return None


def printed_parts(value: Any) -> list[str]:
    """A cell's printed parts: its formatted label (「f」) split at its blocks, else its value."""
    if isinstance(value, dict):
        value = value.get("f", value.get("v", ""))
    return label_parts("" if value is None else str(value))


def _cell(text: str) -> str:
    return f"<td>{html.escape(text)}</td>"


def _org_table(rows: list[list[Any]]) -> str | None:
    names: dict[str, str] = {}
    for row in rows:
        node = row[0] if row else None
        if isinstance(node, dict) and node.get("v") is not None:
            names[str(node["v"])] = printed_parts(node)[0]
        elif node is not None:
            names[str(node)] = printed_parts(node)[0]
    if not names:
        return None
    boxes = [
        Box(printed_parts(row[0]),
            names.get(str(row[1]), "") if len(row) > 1 and row[1] else "",
            " ".join(printed_parts(row[2])) if len(row) > 2 else "")
        for row in rows if row
    ]  # fmt: skip
    return org_table_html(boxes)


def data_table(labels: list[str], rows: list[list[Any]]) -> str | None:
    if not labels:
        if len(rows) < 2:
            return None
        labels, rows = [" ".join(printed_parts(v)) for v in rows[0]], rows[1:]
    head = "".join(f"<th>{html.escape(label)}</th>" for label in labels)
    body = "".join(
        "<tr>" + "".join(_cell(" ".join(printed_parts(v))) for v in row) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


_PLOTLY = re.compile(r"Plotly\.(?:newPlot|react)\(\s*(?:(['\"])(?P<id>[^'\"]+)\1|document\."
                     r"getElementById\(\s*(['\"])(?P<ref>[^'\"]+)\3\s*\))\s*,\s*\[")


def _draw_plotly_tables(tree: LexborHTMLParser) -> None:
    """Each Plotly figure's table traces set as tables into the figure's container."""
    for script in tree.css("script"):
        code = script.text(deep=True) or ""
        if "Plotly." not in code or len(code) > _MAX_SCRIPT:
            continue
        for plot in _PLOTLY.finditer(code):
            traces = _literal_value(code, plot.end() - 1)
            if not isinstance(traces, list):
                continue
            tables = [t for t in map(_plotly_table, traces) if t is not None]
            container = tree.css_first(f"[id='{plot.group('id') or plot.group('ref')}']")
            if tables and container is not None:
                set_content(container, "".join(tables))


def _plotly_table(trace: Any) -> str | None:
    """A table trace's header and cells (column by column) as an HTML table."""
    if not isinstance(trace, dict) or trace.get("type") != "table":
        return None
    header, cells = trace.get("header") or {}, trace.get("cells") or {}
    labels = header.get("values") if isinstance(header, dict) else None
    columns = cells.get("values") if isinstance(cells, dict) else None
    if not isinstance(columns, list) or not columns:
        return None
    columns = [c if isinstance(c, list) else [c] for c in columns]
    height = max(len(c) for c in columns)
    if height > _MAX_ROWS:
        return None
    labels = labels if isinstance(labels, list) else []
    head = "".join(f"<th>{html.escape(' '.join(printed_parts(v)))}</th>" for v in labels)
    body = "".join(
        "<tr>" + "".join(_cell(" ".join(printed_parts(c[k] if k < len(c) else c[-1])))
                         for c in columns) + "</tr>"
        for k in range(height)
    )  # fmt: skip
    return f"<table>{f'<tr>{head}</tr>' if head else ''}{body}</table>"


_FLOURISH_VARIABLE = re.compile(
    r"var\s+_Flourish_(?P<name>data|data_column_names|settings)\s*=\s*\{"
)
_FLOURISH_PLACE = ("#fl-layout-primary", "#fl-layout-wrapper", "body")


def _flourish_variables(code: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for match in _FLOURISH_VARIABLE.finditer(code):
        value = _literal_value(code, match.end() - 1)
        if isinstance(value, dict):
            found[match.group("name")] = value
    return found


def _draw_flourish_data(tree: LexborHTMLParser) -> None:
    """A Flourish embed's title, lines and data set into its layout as the page's text."""
    for script in tree.css("script"):
        code = script.text(deep=True) or ""
        if "_Flourish_data" not in code or len(code) > _MAX_SCRIPT:
            continue
        found = _flourish_variables(code)
        data, names = found.get("data") or {}, found.get("data_column_names") or {}
        settings = found.get("settings") or {}
        header = settings.get("header") if isinstance(settings.get("header"), dict) else {}
        footer = settings.get("footer") if isinstance(settings.get("footer"), dict) else {}
        title = " ".join(printed_parts(header.get("title")))
        parts = [f"<h1>{html.escape(title)}</h1>"] if title else []
        parts += [f"<p>{html.escape(line)}</p>" for line in _settings_lines(header, "subtitle")]
        for dataset, rows in data.items():
            named = names.get(dataset)
            labels = named.get("columns") if isinstance(named, dict) else None
            if not isinstance(rows, list) or len(rows) > _MAX_ROWS:
                continue
            table = data_table(
                [" ".join(printed_parts(v)) for v in labels] if isinstance(labels, list) else [],
                [r.get("columns") for r in rows
                 if isinstance(r, dict) and isinstance(r.get("columns"), list)],
            )  # fmt: skip
            if table is not None:
                parts.append(table)
        parts += [f"<p>{html.escape(line)}</p>"
                  for line in _settings_lines(footer, "note", "source_name")]  # fmt: skip
        place = next((p for s in _FLOURISH_PLACE if (p := tree.css_first(s)) is not None), None)
        if parts and place is not None:
            set_content(place, "".join(parts))


def _settings_lines(settings: dict[str, Any], *keys: str) -> list[str]:
    """The filled settings of `keys` (a subtitle, a note, a source), a line each."""
    return [text for key in keys if (text := " ".join(printed_parts(settings.get(key))))]


def set_content(place: LexborNode, markup: str) -> None:
    """`place` holding `markup` in place of what the script drew into it."""
    for child in list(place.iter()):
        child.decompose()
    drawn = LexborHTMLParser(f"<div>{markup}</div>").css_first("div")
    if drawn is not None:
        place.insert_child(drawn)


_VEGA_CHANNELS = ("x", "y", "x2", "y2", "color", "theta", "size", "text", "row", "column",
                  "detail")  # fmt: skip
# 「{'1':'政策1 名称', …}[datum.label]」: a legend's coded labels spelled out
_LABEL_MAP = re.compile(r"['\"](?P<code>[^'\"]{1,12})['\"]\s*:\s*['\"](?P<name>[^'\"]+)['\"]")


def _draw_vega_lite_data(tree: LexborHTMLParser) -> None:
    """Each Vega-Lite spec kept as JSON in the page: its caption, legend names and data set
    as text right before the script (the chart's drawing is no text)."""
    for script in tree.css("script"):
        code = script.text(deep=True) or ""
        if "vega-lite" not in code or len(code) > _MAX_SCRIPT or not code.lstrip().startswith("{"):
            continue
        try:
            spec = json5.loads(code)
        except ValueError:
            continue
        if isinstance(spec, dict) and (markup := _vega_lite_markup(spec)):
            place = _embedded_in(tree, script.attributes.get("id") or "")
            if place is not None:
                set_content(place, markup)
                continue
            drawn = LexborHTMLParser(f"<div>{markup}</div>").css_first("div")
            if drawn is not None:
                script.insert_before(drawn)


def _embedded_in(tree: LexborHTMLParser, spec_id: str) -> LexborNode | None:
    """The element a spec kept in 「<script id="spec-jigyo">」 is drawn into: the empty
    element whose id ends with the same word (「vis-jigyo」)."""
    word = re.split(r"[-_]", spec_id)[-1] if spec_id else ""
    if not word or word == spec_id:
        return None
    for node in tree.css("[id]"):
        own = node.attributes.get("id") or ""
        if (own != spec_id and node.tag != "script" and re.split(r"[-_]", own)[-1] == word
                and not (node.text(deep=True) or "").strip()):  # fmt: skip
            return node
    return None


def _vega_lite_markup(spec: dict[str, Any]) -> str:
    title = spec.get("title")
    title = title.get("text") if isinstance(title, dict) else title
    caption = " ".join(printed_parts(title or spec.get("description")))
    parts = [f"<p>{html.escape(caption)}</p>"] if caption else []
    views = [spec, *(v for key in ("layer", "hconcat", "vconcat", "concat")
                     for v in spec.get(key) or [] if isinstance(v, dict))]  # fmt: skip
    titles: dict[str, str] = {}
    for view in views:
        encoding = view.get("encoding") if isinstance(view.get("encoding"), dict) else {}
        tooltip = encoding.get("tooltip")
        tips = tooltip if isinstance(tooltip, list) else [tooltip]
        channels = [(encoding.get(c), False) for c in _VEGA_CHANNELS] + [(t, True) for t in tips]
        for channel, tip in channels:
            if not isinstance(channel, dict) or not isinstance(channel.get("field"), str):
                continue
            named = " ".join(printed_parts(channel.get("title")))
            if named and (tip or channel["field"] not in titles):
                titles[channel["field"]] = named  # a tooltip's title, with its unit, last
            legend = channel.get("legend")
            expression = legend.get("labelExpr") if isinstance(legend, dict) else None
            if isinstance(expression, str) and "[datum." in expression:
                names = "".join(f"<li>{html.escape(m.group('name'))}</li>"
                                for m in _LABEL_MAP.finditer(expression))  # fmt: skip
                parts += [f"<ul>{names}</ul>"] if names else []
    for view in views:
        rows = _vega_rows(view.get("data"))
        if rows:
            fields = list(dict.fromkeys(k for r in rows for k in r))
            labels = [titles.get(f) or f for f in fields]
            table = data_table(labels, [[r.get(f, "") for f in fields] for r in rows])
            if table is not None:
                parts.append(table)
    return "".join(parts)


def _vega_rows(data: Any) -> list[dict[str, Any]]:
    """A view's inline data as records: `values` as records, or as CSV/TSV text."""
    if not isinstance(data, dict):
        return []
    values = data.get("values")
    if isinstance(values, list):
        rows = [v for v in values if isinstance(v, dict)]
    elif isinstance(values, str):
        form = data.get("format") if isinstance(data.get("format"), dict) else {}
        delimiter = "\t" if form.get("type") == "tsv" else form.get("delimiter") or ","
        reader = csv.DictReader(io.StringIO(values), delimiter=delimiter)
        rows = [dict(r) for r in reader]
    else:
        return []
    return rows[:_MAX_ROWS]

