"""Round 54: documents kept in tools that are no documents. A Chatwork room's messages (a
manifesto drafted in a box, quoted and corrected, then posted final); a Miro board whose
policies hold their entries only through the arrows drawn from them; an ALTO file of an OCR'd
page, each word placed by its coordinates; a CMS entry citing its goal as a relation of a
number and a title; a site builder's KPI cards and hero banner; ECharts options; Adobe PDF
Extract's elements; a browser's network capture; an SVG drawing; a Google Chat export;
SharePoint list items; a LlamaParse result; a data file's kind labels; a filter menu of coded
levels. (The menu of plain choices printing its chosen one alone holds before too: a guard.)
Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

_DRAFT = (
    "[info][title]令和8年度 架空健康部長マニフェスト（案）[/title]【部の体制】"
    "（令和8年4月1日現在、（　）は前年度）\n・架空政策課　14人（13人）\n"
    "・架空保育課　46人（46人）\n　部計　60人（59人）[/info]"
)
_FINAL = _DRAFT.replace("（案）", "（確定版）").replace("46人（46人）", "47人（46人）").replace(
    "60人（59人）", "61人（59人）"
)
_ROOM = [
    {"message_id": "1", "account": {"account_id": 1, "name": "架空 花子"}, "body": _DRAFT,
     "send_time": 1776039120, "update_time": 0},
    {"message_id": "2", "account": {"account_id": 2, "name": "架空 次郎（架空保育課）"},
     "body": "[qt][qtmeta aid=1 time=1776039120]・架空保育課　46人（46人）[/qt]R8は47人です。",
     "send_time": 1776124500, "update_time": 0},
    {"message_id": "3", "account": {"account_id": 1, "name": "架空 花子"},
     "body": "[rp aid=2 to=9-2]架空 次郎（架空保育課）さん\n修正しました。",
     "send_time": 1776124600, "update_time": 0},
    {"message_id": "4", "account": {"account_id": 1, "name": "架空 花子"}, "body": _FINAL,
     "send_time": 1776238200, "update_time": 1776238920},
]  # fmt: skip


def _room(tmp_path: Path) -> Path:
    return write(tmp_path, "room.json", json.dumps(_ROOM, ensure_ascii=False))


def test_a_chat_rooms_final_box_replaces_the_draft_posted_before_it(tmp_path: Path) -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts_of(_room(tmp_path)).staff}
    assert ("架空保育課", 2026, 47) in staff and ("架空保育課", 2026, 46) not in staff
    assert ("架空保育課", 2025, 46) in staff  # the legend's bracket, the year before


def test_a_chat_messages_quotation_and_reply_tags_are_no_text(tmp_path: Path) -> None:
    printed = lines(_room(tmp_path))
    assert not any("[qt]" in line or "[rp" in line or "さん" in line for line in printed)
    assert printed.count("・架空保育課\u300047人（46人）") == 1


def test_a_chat_rooms_box_is_read_first_as_the_document_it_is_about(tmp_path: Path) -> None:
    printed = [line for line in lines(_room(tmp_path)) if line.strip()]
    assert printed[0].startswith("令和8年度 架空健康部長マニフェスト")
    facts = facts_of(_room(tmp_path))
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert ("架空健康部", 2026, 61) in staff


def _item(key: str, kind: str, content: str, parent: str | None, x: int, y: int) -> dict:
    item = {"id": key, "type": kind, "data": {"content": content},
            "position": {"x": x, "y": y}}  # fmt: skip
    if parent is not None:
        item["parent"] = {"id": parent}
    return item


_BOARD = {
    "board": {"id": "b", "name": "架空村 施策体系"},
    "items": [
        _item("f1", "frame", "", None, 0, 0) | {"data": {"title": "基本目標1　架空の村"}},
        _item("s1", "shape", "<p><strong>1-1</strong></p><p>架空の振興</p>", "f1", 200, 100),
        _item("n1", "sticky_note", "<p>架空の担い手の確保</p>", "f1", 600, 80),
        _item("s2", "shape", "<p><strong>1-2</strong></p><p>架空の保全</p>", "f1", 200, 900),
        _item("n2", "sticky_note", "<p>架空の森林の管理</p>", "f1", 600, 880),
        _item("c1", "card", "", "f1", 800, 300)
        | {"data": {"title": "架空の就業者数（人）",
                    "description": "<p>現状値（R6）：3</p><p>目標値（R12）：15</p>"}},
    ],
    "connectors": [
        {"id": "a1", "type": "connector", "startItem": {"id": "s1"}, "endItem": {"id": "n1"}},
        {"id": "a2", "type": "connector", "startItem": {"id": "s1"}, "endItem": {"id": "c1"}},
        {"id": "a3", "type": "connector", "startItem": {"id": "s2"}, "endItem": {"id": "n2"}},
    ],
}  # fmt: skip


def test_a_boards_sticky_notes_are_entries_of_the_shape_their_arrow_comes_from(
    tmp_path: Path,
) -> None:
    facts = facts_of(write(tmp_path, "board.json", json.dumps(_BOARD, ensure_ascii=False)))
    entries = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空の担い手の確保", ("1-1",)) in entries
    assert ("架空の森林の管理", ("1-2",)) in entries


def test_a_boards_card_an_arrow_reaches_is_its_shapes_indicator(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "board.json", json.dumps(_BOARD, ensure_ascii=False)))
    at = printed.index("### 1-1 架空の振興")
    assert printed.index("架空の就業者数（人）") > at
    assert printed.index("架空の就業者数（人）") < printed.index("### 1-2 架空の保全")


def _string(words: str, x: int, y: int) -> str:
    width = 36 * len(words)
    return (f'<String CONTENT="{words}" HPOS="{x}" VPOS="{y}" WIDTH="{width}" HEIGHT="36"/>')


_ALTO = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">'
    "<Layout><Page ID=\"P1\" WIDTH=\"2480\" HEIGHT=\"3508\"><PrintSpace>"
    f"<TextBlock><TextLine>{_string('区役所の体制（単位：人）', 200, 500)}</TextLine>"
    f"<TextLine>{_string('課', 220, 560)}{_string('令和８年度', 1300, 560)}"
    f"{_string('令和７年度', 1700, 560)}</TextLine>"
    f"<TextLine>{_string('架空推進課', 220, 620)}{_string('16', 1300, 620)}"
    f"{_string('15', 1700, 620)}</TextLine>"
    f"<TextLine>{_string('架空区民課', 220, 680)}{_string('38', 1300, 680)}"
    f"{_string('39', 1700, 680)}</TextLine></TextBlock>"
    "</PrintSpace></Page></Layout></alto>"
)


def test_an_alto_pages_words_stand_on_their_lines_as_printed(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "scan.xml", _ALTO))
    row = next(line for line in printed if line.strip().startswith("架空推進課"))
    assert row.split() == ["架空推進課", "16", "15"]


def test_an_alto_pages_table_counts_its_units_staff(tmp_path: Path) -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts_of(
        write(tmp_path, "scan.xml", _ALTO)).staff}  # fmt: skip
    assert {("架空推進課", 2026, 16), ("架空推進課", 2025, 15)} <= staff


_CMS = {"data": [{"id": 21, "attributes": {
    "code": "1-1", "name": "架空の子育て支援", "publishedAt": "2026-04-01T00:00:00.000Z",
    "kihon_mokuhyo": {"data": {"id": 1, "attributes": {"number": 1, "title": "架空の笑顔のまち"}}},
    "torikumi": [{"id": 101, "no": 1, "title": "架空の相談支援の充実"},
                 {"id": 102, "no": 2, "title": "架空の産後ケアの利用促進"}],
}}], "meta": {}}  # fmt: skip


def test_a_cms_entrys_goal_relation_keeps_its_number_beside_its_title(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "api.json", json.dumps(_CMS, ensure_ascii=False)))
    assert ("1", "架空の笑顔のまち") in {(c.normalized, c.label) for c in facts.policy_codes}
    entries = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空の相談支援の充実", ("1-1",)) in entries  # the entry's own record, not the goal


def _card(label: str, figure: str, unit: str) -> str:
    return (f'<div class="kpi-col"><div class="kpi-label">{label}</div><div class="num-wrap">'
            f'<div class="kpi-num">{figure}</div><div class="kpi-unit">{unit}</div></div></div>')


_KPI_PAGE = (
    '<html><body><nav><a href="/">トップ</a></nav><header class="hero"><h1>KPIの進捗状況<br/>'
    "（令和7年度実績）</h1></header><section><h2>基本目標1　架空のまち</h2>"
    '<div class="kpi-card"><div class="kpi-name">架空の従業者数</div><div class="grid">'
    + _card("基準値<span>（令和3年度）</span>", "31,240", "人")
    + _card("令和6年度", "31,580", "人") + _card("令和7年度", "31,910", "人")
    + _card("目標値<span>（令和9年度）</span>", "32,500", "人")
    + "</div></div></section></body></html>"
)


def test_a_kpi_cards_label_figure_and_unit_boxes_read_as_one_field(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "kpi.html", _KPI_PAGE))
    assert "基準値（令和3年度）：31,240人" in printed


def test_a_hero_banner_holding_the_pages_one_h1_is_its_title(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "kpi.html", _KPI_PAGE))
    assert "KPIの進捗状況" in printed and "トップ" not in printed


def test_years_alone_between_a_baseline_and_a_target_are_actuals(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "kpi.html", _KPI_PAGE))
    found = {(o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert {(2024, "actual", 31580), (2025, "actual", 31910)} <= found
    assert (2021, "baseline", 31240) in found and (2027, "target", 32500) in found


_ECHARTS = """<html><body><main><h1>局別職員数（令和8年4月1日現在）</h1>
<h2>局等別の職員数</h2><div id="chart-kyoku"></div>
<h2>局の組織と職員数</h2><div id="chart-tree"></div>
<h2>区役所別の職員数</h2><div id="chart-ku"></div></main>
<script>
$(function () {
  // 局等別（横棒）
  var chartKyoku = echarts.init(document.getElementById('chart-kyoku'));
  var optionKyoku = {
    title: { text: '局等別職員数', subtext: '各年4月1日現在（単位：人）' },
    yAxis: { type: 'category', data: ['架空総務局', '架空財政局'] },
    series: [
      { name: '令和7年', type: 'bar', data: [236, 386] },
      { name: '令和8年', type: 'bar', data: [242, 389] }
    ]
  };
  chartKyoku.setOption(optionKyoku);
  var treeData = { name: '架空市', children: [
    { name: '架空総務局', value: 242, children: [{ name: '架空人事課', value: 58 }] }
  ] };
  var chartTree = echarts.init(document.getElementById('chart-tree'));
  chartTree.setOption({ tooltip: { formatter: '{b}：{c}人' },
                        series: [{ type: 'tree', data: [treeData] }] });
  var chartKu = echarts.init(document.getElementById('chart-ku'));
  chartKu.setOption({ dataset: { source: [['区役所', '令和7年', '令和8年'],
                                          ['架空中央区役所', 166, 168]] },
                      xAxis: { type: 'category' }, series: [{ type: 'bar' }] });
});
</script></body></html>"""


def test_an_echarts_category_axis_and_its_series_are_a_table(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "staff.html", _ECHARTS))
    assert "\t令和7年\t令和8年" in printed and "架空総務局\t236\t242" in printed


def test_an_echarts_tree_is_a_nested_list_of_units_and_their_counts(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "staff.html", _ECHARTS))
    assert ("架空人事課", 2026, 58) in {(s.organization, s.fiscal_year, s.count)
                                        for s in facts.staff}  # fmt: skip
    assert {o.name: o.parent for o in facts.organizations}["架空人事課"] == "架空総務局"


def test_an_echarts_datasets_rows_are_a_table(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "staff.html", _ECHARTS))
    assert "架空中央区役所\t166\t168" in printed


def test_an_indicators_kinds_under_english_keys_print_as_their_labels(tmp_path: Path) -> None:
    record = {"title": "架空の指標", "indicators": [
        {"name": "架空の利用者数", "unit": "人", "baseline": 9860, "target": 12000}]}
    printed = lines(write(tmp_path, "kpi.json", json.dumps(record, ensure_ascii=False)))
    assert "基準値：9860" in printed and "目標値：12000" in printed


def _element(path: str, text: str = "", **attributes: object) -> dict[str, object]:
    element: dict[str, object] = {"Path": path, "Text": text}
    if attributes:
        element["attributes"] = attributes
    return element


def _grid_cell(row: int, column: int, text: str, tag: str) -> list[dict[str, object]]:
    """A table cell's element (its place on the grid) and its paragraph's words."""
    path = "//Document/Table/TR" + (f"[{row + 1}]" if row else "") + f"/{tag}" + (
        f"[{column + 1}]" if column else ""
    )
    return [_element(path, RowIndex=row, ColIndex=column), _element(f"{path}/P", f"{text} ")]


_EXTRACT = {"version": {}, "pages": [], "elements": [
    _element("//Document/H1", "令和８年度　架空市当初予算（案）の概要 "),
    _element("//Document/H2", "１　会計別予算額 "),
    _element("//Document/P", "（単位：百万円） "),
    _element("//Document/Table", NumRow=3, NumCol=3),
    *(part for k, label in enumerate(("区分", "令和８年度", "令和７年度"))
      for part in _grid_cell(0, k, label, "TH")),
    *(part for k, text in enumerate(("一般会計", "612,800", "598,608"))
      for part in _grid_cell(1, k, text, "TD")),
]}  # fmt: skip


def test_a_pdf_extract_files_cells_are_set_back_on_their_grid(tmp_path: Path) -> None:
    path = write(tmp_path, "structuredData.json", json.dumps(_EXTRACT, ensure_ascii=False))
    printed = lines(path)
    assert "区分\t令和８年度\t令和７年度" in printed and "一般会計\t612,800\t598,608" in printed
    budgets = {(b.account, b.fiscal_year, b.amount) for b in facts_of(path).budgets}
    assert ("一般会計", 2026, 612_800_000_000) in budgets


def _entry(url: str, status: int, body: object) -> dict[str, object]:
    text = json.dumps(body, ensure_ascii=False) if not isinstance(body, str) else body
    kind = "application/json" if not isinstance(body, str) else "text/html"
    content = {"mimeType": kind, "text": text}
    return {"request": {"method": "GET", "url": url},
            "response": {"status": status, "content": content}}  # fmt: skip


_KPI = {"items": [{"code": "1-1", "name": "架空の振興", "kpi": [
    {"id": "k1", "name": "架空の出荷額", "unit": "億円", "base": {"nendo": 2021, "value": 86.4},
     "actual": [{"nendo": 2024, "value": 88.1}, {"nendo": 2025, "value": 89.7}],
     "target": {"nendo": 2027, "value": 95}}]}]}  # fmt: skip
_HAR = {"log": {"version": "1.2", "creator": {"name": "WebInspector"}, "entries": [
    _entry("https://example.invalid/kpi/", 200, "<html><div id='app'></div></html>"),
    _entry("https://example.invalid/api/measures?page=1", 504, "<html>504 Gateway</html>"),
    _entry("https://example.invalid/api/measures?page=1&retry=1", 200, _KPI),
]}}  # fmt: skip


def test_a_network_captures_json_responses_are_read_as_the_page_shows_them(
    tmp_path: Path,
) -> None:
    facts = facts_of(write(tmp_path, "capture.har", json.dumps(_HAR, ensure_ascii=False)))
    found = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert {("架空の出荷額", 2021, "baseline", 86.4), ("架空の出荷額", 2025, "actual", 89.7),
            ("架空の出荷額", 2027, "target", 95)} <= found  # fmt: skip


def test_a_captures_failed_request_and_page_shell_are_no_content(tmp_path: Path) -> None:
    printed = "\n".join(lines(write(tmp_path, "capture.har", json.dumps(_HAR, ensure_ascii=False))))
    assert "504" not in printed and "app" not in printed


_SVG = """<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 27.9.6, SVG Export Plug-In -->
<svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400">
<style type="text/css">.st5{font-size:9px;}.st10{font-size:11px;}</style>
<g id="table">
  <text transform="matrix(1 0 0 1 20 22)" class="st10">部局別職員数（各年度４月１日現在）</text>
  <text transform="matrix(1 0 0 1 26 43)"><tspan x="0" y="0" class="st5">部局</tspan>
    <tspan x="118" y="0" class="st5">令和８年度</tspan>
    <tspan x="178" y="0" class="st5">令和７年度</tspan></text>
  <text transform="matrix(1 0 0 1 26 60)"><tspan x="0" y="0" class="st5">架空総務部</tspan>
    <tspan x="0" y="16" class="st5">架空財務部</tspan></text>
  <text transform="matrix(1 0 0 1 162 60)"><tspan x="-10" y="0" class="st5">51</tspan>
    <tspan x="-10" y="16" class="st5">67</tspan></text>
  <text transform="matrix(1 0 0 1 222 60)"><tspan x="-10" y="0" class="st5">48</tspan>
    <tspan x="-10" y="16" class="st5">67</tspan></text>
</g>
</svg>"""


def test_an_svg_drawings_words_stand_on_their_lines_and_columns(tmp_path: Path) -> None:
    printed = [line.split() for line in lines(write(tmp_path, "chart.svg", _SVG))]
    assert ["架空総務部", "51", "48"] in printed and ["架空財務部", "67", "67"] in printed


def test_an_svg_drawings_table_counts_its_units_staff(tmp_path: Path) -> None:
    staff = {(s.organization, s.fiscal_year, s.count)
             for s in facts_of(write(tmp_path, "chart.svg", _SVG)).staff}  # fmt: skip
    assert {("架空総務部", 2026, 51), ("架空総務部", 2025, 48)} <= staff


def _message(text: str) -> dict[str, object]:
    return {"creator": {"name": "架空 太郎", "user_type": "Human"},
            "created_date": "2026年3月9日月曜日 0:41:12 UTC", "text": text}  # fmt: skip


_SPACE = {"messages": [
    _message("部長マニフェスト（案）を貼ります。"),
    _message("*【令和8年度 架空総務部長マニフェスト（案）】*\n\n*■部の体制（令和8年4月1日）*　"
             "※（　）は前年度\n架空総務課　18人（17人）\n架空人事課　15人（14人）\n"
             "部計　33人（31人）"),
    _message("@架空 太郎 さん\n人事課は *14人* です。"),
    _message("*【令和8年度 架空総務部長マニフェスト（確定版）】*\n\n*■部の体制（令和8年4月1日）*　"
             "※（　）は前年度\n架空総務課　18人（17人）\n架空人事課　14人（14人）\n"
             "部計　32人（31人）"),
]}  # fmt: skip


def test_a_chat_spaces_final_post_replaces_its_draft(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "messages.json", json.dumps(_SPACE, ensure_ascii=False)))
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert ("架空人事課", 2026, 14) in staff and ("架空人事課", 2026, 15) not in staff


def test_a_chat_spaces_bold_marks_and_mentions_are_no_text(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "messages.json", json.dumps(_SPACE, ensure_ascii=False)))
    assert "■部の体制（令和8年4月1日）　※（　）は前年度" in printed
    assert not any("*" in line or line.startswith("@") for line in printed)


_LIST_ITEMS = {"value": [
    {"Id": 1, "Title": "架空の収納率の向上", "OData__x53d6__x7d44__x756a__x53f7_": "Ⅰ-1-①",
     "OData__x63a8__x9032__x9805__x76ee_": "Ⅰ-1　架空の歳入の確保",
     "OData__x6307__x6a19_": "架空の収納率（％）", "OData__x57fa__x6e96__x5024_": 98.2,
     "MokuhyoChi_R8": 98.8, "OData__x5b9f__x7e3e_R6": 98.5, "Hyoka_R6": "A"},
    {"Id": 2, "Title": "架空の寄附の拡充", "OData__x53d6__x7d44__x756a__x53f7_": "Ⅰ-1-②",
     "OData__x63a8__x9032__x9805__x76ee_": "Ⅰ-1　架空の歳入の確保",
     "OData__x6307__x6a19_": "架空の寄附額（百万円）", "OData__x57fa__x6e96__x5024_": 312,
     "MokuhyoChi_R8": 600, "OData__x5b9f__x7e3e_R6": 455, "Hyoka_R6": "B"},
]}  # fmt: skip


def test_a_list_items_escaped_column_names_print_as_their_titles(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "items.json", json.dumps(_LIST_ITEMS, ensure_ascii=False)))
    header = next(line for line in printed if "\t" in line)
    assert "取組番号" in header and "推進項目" in header and "基準値" in header


def test_a_bare_title_beside_a_levels_number_column_is_that_levels_name(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "items.json", json.dumps(_LIST_ITEMS, ensure_ascii=False)))
    assert "取組名" in next(line for line in printed if "\t" in line)


_LLAMAPARSE = [{"job_id": "x", "job_metadata": {}, "pages": [{
    "page": 1, "text": "架空 施策評価シート 1-1 架空の子育て支援 A",
    "md": "# 架空町 施策評価シート\n\n## 基本目標1　架空のまち\n\n"
          "| 施策 | 主な取組 | 施策評価 |\n|---|---|---|\n"
          "| 1-1 架空の子育て支援 | ・架空の相談支援<br>・架空の児童クラブ | B |\n",
    "items": [{"type": "heading", "value": "架空町 施策評価シート"}]}]}]  # fmt: skip


def test_a_parsing_services_pages_are_read_once_as_their_markdown(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "parsed.json", json.dumps(_LLAMAPARSE, ensure_ascii=False)))
    assert printed.count("# 架空町 施策評価シート") == 1
    assert not any("架空 施策評価シート 1-1" in line for line in printed)


_LABELLED_KINDS = {"labels": {"baselineLabel": "基準値（令和5年度）",
                              "targetLabel": "目標値（令和11年度）"},
                   "kpi": [{"name": "架空の創業件数", "unit": "件", "baseline": 42, "target": 60}]}


def test_a_data_files_kind_labels_date_its_yearless_values(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "kpi.json", json.dumps(_LABELLED_KINDS, ensure_ascii=False)))
    found = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert ("架空の創業件数", 2023, "baseline", 42) in found
    assert ("架空の創業件数", 2029, "target", 60) in found


_FILTER_PAGE = """<html><body><main><h1>令和7年度 架空市事務事業評価結果</h1>
<form><label>施策<select name="seisaku"><option value="">すべての施策</option>
<option value="4-1">4-1 架空の脱炭素社会の実現</option>
<option value="4-2">4-2 架空の循環型社会の形成</option>
<option value="5-1">5-1 架空の地域産業の振興</option></select></label>
<label>所管局<select name="kyoku"><option value="">すべて</option>
<option value="架空環境局">架空環境局</option></select></label></form>
<table><tr><th>事業名</th><th>施策</th><th>評価</th></tr>
<tr><td>架空太陽光補助事業</td><td>4-1</td><td>A</td></tr></table></main></body></html>"""


def test_a_filter_menu_of_coded_levels_prints_the_plans_system(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "hyoka.html", _FILTER_PAGE))
    rows = {(c.normalized, c.label) for c in facts.policy_codes}
    assert {("4-1", "架空の脱炭素社会の実現"), ("5-1", "架空の地域産業の振興")} <= rows


def test_a_filter_menu_of_plain_choices_prints_its_chosen_one_alone(tmp_path: Path) -> None:
    printed = "\n".join(lines(write(tmp_path, "hyoka.html", _FILTER_PAGE)))
    assert "架空環境局" not in printed
