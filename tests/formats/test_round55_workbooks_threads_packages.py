"""Round 55, more of the new sets' tools: a SpreadJS workbook's cells by row and column
index; a Mattermost bulk export whose thread replies hold the units' tables (their day
printed 「R8.4.1」 under the count of 「令和8年4月1日」); a Frictionless data package whose
codes name their units in another resource and whose units are stated in the fields'
descriptions; a Scribus leaflet whose frames are stored out of reading order, a merged
header cell a `CellArea`; a Google Docs API document's styled paragraphs. Every name and
figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write


def _cell(value: object) -> dict[str, object]:
    return {"value": value}


_WORKBOOK = {
    "version": "17.1.2", "sheetCount": 1, "namedStyles": [],
    "sheets": {"職員数": {"name": "職員数", "data": {"dataTable": {
        "0": {"0": _cell("架空市 部局別・課別職員数（令和８年４月１日現在）")},
        "2": {"0": _cell("部局"), "1": _cell("課"), "2": _cell("令和8年4月1日"),
              "3": _cell("令和7年4月1日")},
        "3": {"0": _cell("架空総務部"), "1": _cell("架空総務課"), "2": _cell(24), "3": _cell(23)},
        "4": {"1": _cell("架空人事課"), "2": _cell(15), "3": _cell(14)},
        "5": {"1": _cell("部計"), "2": {"value": 39, "formula": "SUM(C4:C5)"},
              "3": {"value": 37, "formula": "SUM(D4:D5)"}},
    }}, "spans": [{"row": 3, "rowCount": 3, "col": 0, "colCount": 1}]}},
}  # fmt: skip


def test_a_web_spreadsheets_cells_by_index_read_as_its_rows(tmp_path: Path) -> None:
    path = write(tmp_path, "shokuinsu.ssjson", json.dumps(_WORKBOOK, ensure_ascii=False))
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts_of(path).staff}
    assert {("架空総務課", 2026, 24), ("架空人事課", 2025, 14), ("架空総務部", 2026, 39)} <= staff


def _post(kind: str, at: int, message: str, replies: list[dict[str, object]]) -> str:
    return json.dumps({"type": kind, kind: {"team": "t", "channel": "c", "user": "u",
                       "message": message, "create_at": at, "replies": replies}},
                      ensure_ascii=False)  # fmt: skip


_EXPORT = "\n".join([
    '{"type":"version","version":1}',
    '{"type":"team","team":{"name":"t","display_name":"架空市役所"}}',
    _post("post", 1, "#### 令和8年4月1日現在　部局別職員数\n"
          "| 部局等 | 令和8年4月1日 | 令和7年4月1日 |\n"
          "|:--|--:|--:|\n| 架空総務部 | 57 | 54 |\n| 架空企画部 | 36 | 34 |\n",
          [{"user": "u", "message": "課別内訳\n\n**架空総務部**\n\n| 課等 | R8.4.1 | R7.4.1 |\n"
            "|:--|--:|--:|\n| 架空総務課 | 18 | 18 |\n| 架空人事課 | 16 | 15 |\n",
            "create_at": 2}]),
])  # fmt: skip


def test_a_chat_exports_thread_replies_read_under_their_post(tmp_path: Path) -> None:
    path = write(tmp_path, "export.jsonl", _EXPORT)
    assert not any('"type"' in line for line in lines(path))
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts_of(path).staff}
    assert {("架空総務部", 2026, 57), ("架空人事課", 2025, 15)} <= staff


_PACKAGE = {
    "profile": "tabular-data-package", "name": "r8-yosan",
    "title": "令和8年度 架空市当初予算の概要",
    "resources": [
        {"name": "jigyo", "title": "主な事業", "schema": {
            "fields": [{"name": "jigyo_mei", "title": "事業名", "type": "string"},
                       {"name": "ka_cd", "title": "所管課", "type": "string"},
                       {"name": "r8", "title": "予算額", "type": "integer",
                        "description": "令和8年度当初予算額。単位：千円"}],
            "foreignKeys": [{"fields": "ka_cd",
                             "reference": {"resource": "soshiki", "fields": "cd"}}]},
         "data": [["jigyo_mei", "ka_cd", "r8"], ["架空窓口化事業", "0104", 486200]]},
        {"name": "soshiki", "title": "組織コード", "schema": {
            "fields": [{"name": "cd", "title": "組織コード", "type": "string"},
                       {"name": "mei", "title": "組織名", "type": "string"},
                       {"name": "joi_cd", "title": "上位組織コード", "type": "string"}]},
         "data": [{"cd": "0100", "mei": "架空総務局", "joi_cd": None},
                  {"cd": "0104", "mei": "架空改革課", "joi_cd": "0100"}]},
    ],
}  # fmt: skip


def test_a_data_packages_codes_print_as_the_names_they_stand_for(tmp_path: Path) -> None:
    path = write(tmp_path, "datapackage.json", json.dumps(_PACKAGE, ensure_ascii=False))
    printed = lines(path)
    assert "事業名\t所管課\t予算額（千円）" in printed
    assert "0104\t架空改革課\t架空総務局" in printed  # its parent by the table's own code
    projects = {(p.name, p.budget, p.division) for p in facts_of(path).projects}
    assert ("架空窓口化事業", 486_200_000, "架空改革課") in projects


def _frame(page: int, y: int, story: str) -> str:
    return (f'<PAGEOBJECT XPOS="100" YPOS="{y}" OwnPage="{page}" PTYPE="4">'
            f"<StoryText>{story}</StoryText></PAGEOBJECT>")  # fmt: skip


def _text(words: str, style: str = "本文") -> str:
    return f'<ITEXT CH="{words}"/><para PARENT="{style}"/>'


def _table_cell(row: int, column: int, words: str) -> str:
    return (f'<Cell Row="{row}" Column="{column}"><StoryText><ITEXT CH="{words}"/><trail/>'
            "</StoryText></Cell>")  # fmt: skip


_SCRIBUS = (
    '<?xml version="1.0" encoding="UTF-8"?><SCRIBUSUTF8NEW Version="1.5.8"><DOCUMENT>'
    + _frame(0, 900, _text("区役所の体制", "見出し2"))  # stored after the table it heads
    + '<PAGEOBJECT XPOS="100" YPOS="950" OwnPage="0" PTYPE="16"><TableData>'
    + _table_cell(0, 0, "課") + _table_cell(0, 1, "職員数（人）") + _table_cell(0, 2, "")
    + _table_cell(1, 0, "") + _table_cell(1, 1, "令和8年度") + _table_cell(1, 2, "令和7年度")
    + _table_cell(2, 0, "架空推進課") + _table_cell(2, 1, "22") + _table_cell(2, 2, "21")
    + '<CellArea Row="0" Column="1" Width="2" Height="1"/>'
    + "</TableData></PAGEOBJECT>"
    + _frame(0, 60, '<ITEXT CH="令和8年度　架空区"/><ITEXT CH="運営方針"/>'
             '<para PARENT="表紙タイトル"/>')
    + "</DOCUMENT></SCRIBUSUTF8NEW>"
)  # fmt: skip


def test_a_dtp_layouts_frames_read_top_to_bottom_and_split_runs_joined(tmp_path: Path) -> None:
    path = write(tmp_path, "leaflet.sla", _SCRIBUS)
    printed = [line for line in lines(path) if line.strip()]
    assert printed[0] == "令和8年度 架空区運営方針"
    assert printed.index("区役所の体制") < printed.index("課\t職員数（人）\t")
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts_of(path).staff}
    assert ("架空推進課", 2025, 21) in staff


def _paragraph(words: str, style: str = "NORMAL_TEXT") -> dict[str, object]:
    return {"paragraph": {"elements": [{"textRun": {"content": words + "\n"}}],
                          "paragraphStyle": {"namedStyleType": style}}}  # fmt: skip


_DOC = {"title": "施策評価", "documentId": "x", "body": {"content": [
    _paragraph("令和7年度 施策評価結果（令和6年度の取組）", "TITLE"),
    _paragraph("基本目標1　架空の活力あるまち", "HEADING_1"),
    _paragraph("施策1-1　架空農林業の振興", "HEADING_2"),
    _paragraph("施策評価：令和6年度 B（令和5年度 A）"),
    _paragraph("施策1-2　架空観光の振興", "HEADING_2"),
    _paragraph("施策評価：令和6年度 A（令和5年度 B）"),
]}}  # fmt: skip


def test_a_docs_api_documents_styles_make_its_headings(tmp_path: Path) -> None:
    path = write(tmp_path, "documents-get.json", json.dumps(_DOC, ensure_ascii=False))
    printed = [line for line in lines(path) if line.strip()]
    assert printed[0] == "令和7年度 施策評価結果（令和6年度の取組）"
    assert not any("NORMAL_TEXT" in line or "namedStyleType" in line for line in printed)
    codes = {(c.normalized, c.label) for c in facts_of(path).policy_codes}
    assert ("1-2", "架空観光の振興") in codes


def test_a_grade_dated_by_a_year_and_a_space_and_its_earlier_one_grade_the_level(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "documents-get.json", json.dumps(_DOC, ensure_ascii=False))
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts_of(path).evaluations}
    assert {("架空農林業の振興", 2024, "B"), ("架空農林業の振興", 2023, "A")} <= grades


_SCROLLING_GRID = """<html><body><main><h1>令和7年度 架空市事務事業評価結果一覧</h1>
<div class="ui-datatable ui-datatable-scrollable">
<div class="ui-datatable-scrollable-header"><div class="ui-datatable-scrollable-header-box">
<table role="grid"><thead>
<tr><th rowspan="2">事務事業名</th><th rowspan="2">所管</th><th colspan="2">事業費（千円）</th>
<th rowspan="2">評価</th></tr>
<tr><th>令和6年度 決算</th><th>令和7年度 予算</th></tr>
</thead></table></div></div>
<div class="ui-datatable-scrollable-body"><table role="grid"><tbody>
<tr data-ri="0"><td>架空太陽光補助事業</td><td>架空局 架空推進課</td><td>312,870</td>
<td>348,000</td><td>A</td></tr>
<tr data-ri="1"><td>架空自動車普及事業</td><td>架空局 架空推進課</td><td>52,310</td><td>61,200</td>
<td>B</td></tr>
</tbody></table></div></div></main></body></html>"""


def test_a_scrolling_grids_header_table_labels_its_body_table(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "hyoka-primefaces.html", _SCROLLING_GRID))
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空太陽光補助事業", 2024, 312_870_000, "架空推進課") in projects
    assert ("架空自動車普及事業", 2025, 61_200_000, "架空推進課") in projects


_MAIL = {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('x')/messages/$entity",
    "id": "AAMk", "subject": "【記者発表】令和8年度架空市当初予算（案）の概要について",
    "bodyPreview": "報道機関 各位", "toRecipients": [{"emailAddress": {"address": "a@example.jp"}}],
    "body": {"contentType": "html", "content": (
        "<html><head><meta charset='utf-8'></head><body><p>報道機関 各位</p>"
        "<h3>会計別予算額</h3><p>（単位：百万円）</p><table>"
        "<tr><th>区　分</th><th>令和8年度</th><th>令和7年度</th></tr>"
        "<tr><td>一般会計</td><td>984,236</td><td>962,518</td></tr>"
        "<tr><td>特別会計</td><td>158,812</td><td>159,353</td></tr>"
        "<tr><td>架空保険事業</td><td>156,402</td><td>158,917</td></tr>"
        "<tr><td>架空駐車場事業</td><td>2,410</td><td>436</td></tr>"
        "<tr><td>合　計</td><td>1,143,048</td><td>1,121,871</td></tr></table></body></html>")},
}  # fmt: skip


def test_a_graph_messages_html_body_is_read_under_its_subject(tmp_path: Path) -> None:
    path = write(tmp_path, "graph-me-messages.json", json.dumps(_MAIL, ensure_ascii=False))
    printed = [line for line in lines(path) if line.strip()]
    assert printed[0].endswith("令和8年度架空市当初予算（案）の概要について")
    assert not any("odata" in line or "toRecipients" in line for line in printed)


def test_a_class_row_over_its_accounts_by_short_names_is_no_account_of_its_own(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "graph-me-messages.json", json.dumps(_MAIL, ensure_ascii=False))
    budgets = {(b.account, b.fiscal_year, b.amount) for b in facts_of(path).budgets}
    assert ("架空保険事業", 2026, 156_402_000_000) in budgets
    assert not any(account == "特別会計" for account, _, _ in budgets)
