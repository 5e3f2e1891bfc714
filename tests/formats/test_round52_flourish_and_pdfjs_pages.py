"""Round 52: two pages whose text only a script or a viewer draws. A Flourish table embed
keeps its rows, labels, title and note in script variables (the page's body is empty); a
PDF shown in pdf.js and saved from the browser keeps each text run as a span placed in
pixels inside the rendered pages' text layers, the viewer's toolbar around them. Before, the
embed failed as a page with no text and the pdf.js page ran its runs together (「684,235668,104」).
Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

_SETTINGS = {"header": {"title": "架空市総合戦略 KPIの進捗状況（令和7年度実績）",
                        "subtitle": "基準値は令和5年度の値です。"},
             "footer": {"note": "△はマイナス。", "source_name": "架空市 企画課"}}  # fmt: skip
_NAMES = {"rows": {"columns": ["施策", "指標", "単位", "基準値（R5）", "R7実績", "目標値（R11）"]}}
_DATA = {"rows": [{"columns": ["1-(1) 架空産業の振興", "架空出荷額", "億円", "2,184", "2,301",
                               "2,500"]},
                  {"columns": ["1-(2) 架空創業の促進", "架空創業件数", "件", "28", "41", "45"]}]}
_EMBED = f"""<!DOCTYPE html><html><head><title>KPI | Flourish</title></head><body>
<div id="fl-layout-wrapper-outer"><div id="fl-layout-wrapper">
<header class="fl-layout-header"></header>
<div id="fl-layout-primary"><div class="fl-table-container"></div></div></div></div>
<script>
  var _Flourish_template_id = "@flourish/table";
  var _Flourish_settings = {json.dumps(_SETTINGS, ensure_ascii=False)};
  var _Flourish_data_column_names = {json.dumps(_NAMES, ensure_ascii=False)};
  var _Flourish_data = {json.dumps(_DATA, ensure_ascii=False)};
  window.template.draw();
</script></body></html>
"""


def _span(left: float, top: float, text: str, size: float = 15.0) -> str:
    return (f'<span style="left: {left}px; top: {top}px; font-size: {size}px; '
            f'font-family: sans-serif; transform: scaleX(0.98);" role="presentation" '
            f'dir="ltr">{text}</span>')  # fmt: skip


_VIEWER = (
    '<html><body><div id="toolbarViewer"><button title="前のページ">前へ</button>'
    '<input id="pageNumber" value="1"><span id="numPages">/ 2</span></div>'
    '<div id="viewer" class="pdfViewer">'
    '<div class="page" data-page-number="1" style="width: 893px; height: 1263px;">'
    '<div class="canvasWrapper"><canvas></canvas></div>'
    '<div class="textLayer" style="width: 893px; height: 1263px;">'
    + _span(90, 100, "令和8年度　架空市予算の概要", 18) + '<br role="presentation">'
    + _span(333, 160, "令和8年度") + _span(435, 160, "令和7年度") + '<br role="presentation">'
    + _span(90, 185, "一般会計") + _span(330, 185, "684,235") + _span(397, 185, "668,104")
    + '<br role="presentation">'
    + _span(90, 210, "架空保険事業") + _span(330, 210, "121,480") + _span(397, 210, "123,925")
    + "</div></div>"
    '<div class="page" data-page-number="2" style="width: 893px; height: 1263px;">'
    '<div class="loadingIcon"></div></div></div></body></html>'
)


def test_a_flourish_embeds_title_and_rows_are_the_pages_text(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "kpi.html", _EMBED))
    assert printed[0] == "架空市総合戦略 KPIの進捗状況（令和7年度実績）"
    assert "1-(1) 架空産業の振興\t架空出荷額\t億円\t2,184\t2,301\t2,500" in printed


def test_a_flourish_embeds_note_is_a_line(tmp_path: Path) -> None:
    assert "△はマイナス。" in lines(write(tmp_path, "kpi.html", _EMBED))


def test_a_flourish_embeds_rows_give_indicators(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "kpi.html", _EMBED))
    observed = {(o.indicator, o.fiscal_year, o.value) for o in facts.observations}
    assert ("架空出荷額", 2025, 2301) in observed


def test_a_pdfjs_pages_runs_are_set_on_their_lines(tmp_path: Path) -> None:
    printed = [line.strip() for line in lines(write(tmp_path, "gaiyo.html", _VIEWER))]
    assert printed[0] == "令和8年度　架空市予算の概要"
    assert any(line.split() == ["一般会計", "684,235", "668,104"] for line in printed)


def test_two_figures_close_together_stay_two(tmp_path: Path) -> None:
    printed = "\n".join(lines(write(tmp_path, "gaiyo.html", _VIEWER)))
    assert "684,235668,104" not in printed


def test_the_viewers_toolbar_is_no_text_of_the_document(tmp_path: Path) -> None:
    printed = "\n".join(lines(write(tmp_path, "gaiyo.html", _VIEWER)))
    assert "前へ" not in printed and "/ 2" not in printed


def _placed(left: float, top: float, text: str) -> str:
    """A run as pdf.js 4 places it: in percent of the page, its font in points."""
    return (f'<span role="presentation" dir="ltr" style="left: {left}%; top: {top}%; '
            f'font-size: calc(var(--scale-factor)*10.00px); font-family: sans-serif; '
            f'transform: scaleX(0.98);">{text}</span>')  # fmt: skip


_VIEWER_4 = (
    '<html><body><div id="viewer" class="pdfViewer">'
    '<div class="page" data-page-number="1" style="width: round(var(--scale-factor) * '
    '595.32px, 1px); height: round(var(--scale-factor) * 841.92px, 1px);">'
    '<div class="textLayer" style="--scale-factor: 1.33;">'
    + _placed(10.0, 10.0, "架空区運営方針")
    + _placed(10.0, 20.0, "架空推進課") + _placed(70.0, 20.0, "22") + _placed(80.0, 20.0, "21")
    + "</div></div></div></body></html>"
)


def test_a_pdfjs_4_page_placed_in_percent_is_set_on_its_lines(tmp_path: Path) -> None:
    printed = [line.split() for line in lines(write(tmp_path, "hoshin.html", _VIEWER_4))]
    assert ["架空区運営方針"] in printed
    assert ["架空推進課", "22", "21"] in printed
