"""Round 53: figures kept where a page's reader does not look. A Vega-Lite chart's spec kept
as JSON in the page (its rows a CSV text, its columns' titles with their unit in the
tooltip, a legend spelling out the coded policies); a chat's export as CSV whose body column
holds each message's lines; a project card's budget followed by the year before's after its
cue, with no bracket; a slide deck's outline saved as a page, each slide's number beside a box
of its lines in a table used only for layout. Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

_SPEC = {
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "description": "令和8年度の主な事業（架空計画の政策別）",
    "data": {"values": "事業名,政策,担当,R8,R7\n架空ギフト事業,1,こども部 架空家庭課,186400,\n"
                       "架空空調整備事業,2,教育部 架空施設課,1265000,842300\n",
             "format": {"type": "csv"}},
    "mark": "bar",
    "encoding": {
        "y": {"field": "事業名", "type": "nominal", "title": None},
        "x": {"field": "R8", "type": "quantitative", "title": "令和8年度予算額"},
        "color": {"field": "政策", "legend": {
            "labelExpr": "{'1':'政策1 架空のこどものまち','2':'政策2 架空のまなびのまち'}"
                         "[datum.label]"}},
        "tooltip": [{"field": "事業名"}, {"field": "担当"},
                    {"field": "R8", "title": "令和8年度（千円）"},
                    {"field": "R7", "title": "令和7年度（千円）"}],
    },
}  # fmt: skip
_PAGE = f"""<html><body><main><h1>グラフで見る架空市の予算</h1>
<p>（単位：億円）一般会計の予算総額をご紹介します。</p>
<h2>主な事業</h2><div id="vis-jigyo" class="vis"></div></main>
<script type="application/json" id="spec-jigyo">{json.dumps(_SPEC, ensure_ascii=False)}</script>
<script>vegaEmbed("#vis-jigyo", JSON.parse(document.getElementById("spec-jigyo").textContent));
</script></body></html>"""


def test_a_vega_lite_specs_rows_are_a_table_where_it_is_drawn(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "yosan.html", _PAGE))
    assert "事業名\t政策\t担当\t令和8年度（千円）\t令和7年度（千円）" in printed
    row = next(k for k, line in enumerate(printed) if line.startswith("架空ギフト事業\t1\t"))
    assert printed.index("主な事業") < row and "186400" in printed[row]


def test_a_vega_lite_tables_figures_take_their_columns_unit(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "yosan.html", _PAGE))
    found = {(p.name, p.fiscal_year, p.budget) for p in facts.projects}
    assert ("架空空調整備事業", 2026, 1265000000) in found
    assert ("架空空調整備事業", 2025, 842300000) in found


def test_a_vega_lite_legends_coded_names_are_printed(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "yosan.html", _PAGE))
    assert ("1", "架空のこどものまち") in {(c.normalized, c.label) for c in facts.policy_codes}


_CHAT = (
    '"トーク名","メッセージID","送信日時","送信者名","本文","既読数"\n'
    '"架空組織 連絡","101","2026/03/23 09:02","架空 花子","各部ご担当者様\n'
    '課別の職員配置人数をお知らせします。\n'
    '※人数は令和8年4月1日現在、（　）内は令和7年4月1日現在です","24"\n'
    '"架空組織 連絡","102","2026/03/23 09:07","架空 花子","■架空総務部　40人（38人）\n'
    '・架空総務課　16人（15人）\n・架空人事課　14人（13人）\n・架空広報課　10人（10人）","20"\n'
    '"架空組織 連絡","103","2026/03/23 09:25","架空 次郎","了解しました","18"\n'
)


def test_a_chat_exports_messages_keep_their_lines(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "talk.csv", _CHAT))
    assert "・架空人事課　14人（13人）" in printed


def test_staff_listed_in_a_chat_message_are_read(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "talk.csv", _CHAT))
    counted = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert {("架空人事課", 2026, 14), ("架空人事課", 2025, 13)} <= counted


_CARDS = """<html><body><main><h1>令和8年度 架空市当初予算案の概要</h1>
<h2>主な事業</h2>
<div class="card"><h3>架空クラブ待機解消事業</h3>
<dl><dt>予算額</dt><dd>8億4,300万円　前年度 7億1,250万円</dd></dl>
<p>架空の整備を進めます。</p><p class="tanto">こども局架空児童課</p></div>
</main></body></html>"""


def test_a_budget_then_the_year_befores_after_its_cue_are_two_years(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "gaiyo.html", _CARDS))
    found = {(p.name, p.fiscal_year, p.budget) for p in facts.projects}
    assert ("架空クラブ待機解消事業", 2026, 843000000) in found
    assert ("架空クラブ待機解消事業", 2025, 712500000) in found


def _slide(number: int, title: str, *lines: str) -> str:
    points = "".join(f"<p class=B1><span>&#8226;</span>&nbsp; {line}</p>" for line in lines)
    return (f"<tr class=PTxt valign=top><td nowrap class=Tit>{number}</td>"
            f"<td><p class=Tit><a href=\"javascript:GoToSld('slide{number}.htm')\">{title}</a></p>"
            f"{points}</td></tr>")  # fmt: skip


_OUTLINE = (
    "<html><head><meta name=ProgId content=PowerPoint.Slide></head><body>"
    "<table id=OtlObj>"
    + _slide(1, "令和7年度 架空町施策評価", "架空町行政評価委員会 説明資料")
    + _slide(2, "施策1-1　架空支援の充実", "主担当課：架空支援課",
             "施策評価：Ｂ（令和5年度評価：Ｂ）")
    + _slide(3, "施策1-2　架空教育の充実", "主担当課：架空教育課",
             "施策評価：Ａ（令和5年度評価：Ｂ）")
    + "</table></body></html>"
)


def test_a_slide_outlines_numbered_boxes_read_as_its_slides(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "outline.htm", _OUTLINE))
    assert "施策1-1　架空支援の充実" in printed or "施策1-1 架空支援の充実" in printed
    assert not any("\t" in line for line in printed)


def test_a_slide_outlines_grades_are_read(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "outline.htm", _OUTLINE))
    graded = {(e.initiative, e.grade) for e in facts.evaluations}
    assert ("架空教育の充実", "A") in graded
