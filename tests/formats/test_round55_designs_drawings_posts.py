"""Round 55: documents a city leaves in design and publishing tools. A Figma API response
drawing a table one text layer per column, with a hidden draft card and last year's layer
names; a QuarkXPress Tags export whose style sheets say what a paragraph is; an Excalidraw
org chart whose hierarchy is only in its arrows, a deleted box still in the file; an X
archive of a budget thread, one post edited and a repost among them; a data record's nested
amount with its unit beside it; a list's records numbered 1, 2, 3 by a bare code key.
Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write


def _text_layer(name: str, x: float, y: float, width: float, words: str, *,
                align: str = "LEFT", visible: bool = True) -> dict[str, object]:  # fmt: skip
    layer: dict[str, object] = {
        "id": f"1:{int(x)}{int(y)}", "name": name, "type": "TEXT",
        "absoluteBoundingBox": {"x": x, "y": y, "width": width, "height": 20},
        "characters": words,
        "style": {"fontSize": 12, "lineHeightPx": 22, "textAlignHorizontal": align},
    }  # fmt: skip
    if not visible:
        layer["visible"] = False
    return layer


def _card(x: float, y: float, words: str, *, visible: bool = True) -> dict[str, object]:
    card: dict[str, object] = {
        "id": f"2:{int(x)}{int(y)}", "name": "事業カード" if visible else "事業カード（差替前）",
        "type": "INSTANCE", "absoluteBoundingBox": {"x": x, "y": y, "width": 300, "height": 110},
        "children": [_text_layer("事業名", x + 10, y + 10, 280, words)],
    }  # fmt: skip
    if not visible:
        card["visible"] = False
    return card


_FIGMA = {
    "name": "R8予算_広報デザイン",
    "nodes": {"1:1": {"document": {
        "id": "1:1", "name": "A3", "type": "FRAME",
        "absoluteBoundingBox": {"x": -3000, "y": 1000, "width": 1200, "height": 900},
        "children": [
            _text_layer("表題", -2990, 1000, 600, "令和8年度　架空市当初予算の概要"),
            {"id": "1:2", "name": "表", "type": "FRAME",
             "absoluteBoundingBox": {"x": -2990, "y": 1060, "width": 600, "height": 200},
             "children": [
                 _text_layer("単位", -2600, 1060, 110, "（単位：百万円）", align="RIGHT"),
                 _text_layer("会計", -2990, 1090, 240, "会計", align="CENTER"),
                 _text_layer("当初予算額", -2750, 1090, 200, "当初予算額", align="CENTER"),
                 _text_layer("R7", -2750, 1112, 100, "令和8年度", align="CENTER"),
                 _text_layer("R6", -2650, 1112, 100, "令和7年度", align="CENTER"),
                 _text_layer("増減", -2550, 1090, 70, "増減", align="CENTER"),
                 _text_layer("会計名", -2990, 1140, 240, "一般会計\n架空保険事業\n合計"),
                 _text_layer("令和8年度", -2750, 1140, 100, "12,345\n2,468\n14,813",
                             align="RIGHT"),
                 _text_layer("令和7年度", -2650, 1140, 100, "12,000\n2,400\n14,400",
                             align="RIGHT"),
                 _text_layer("増減", -2550, 1140, 70, "345\n68\n413", align="RIGHT"),
             ]},
            {"id": "1:3", "name": "カード一覧", "type": "FRAME",
             "absoluteBoundingBox": {"x": -2990, "y": 1300, "width": 900, "height": 300},
             "children": [
                 _card(-2990, 1300, "拡充｜架空局　架空推進課\n架空広場整備事業\n3億2,000万円\n"
                       "（前年度 1億2,000万円）"),
                 _card(-2650, 1300, "新規｜架空局　架空保健課\n架空健診事業\n1億1,000万円\n"
                       "（前年度 －）"),
                 _card(-2990, 1300, "拡充｜架空局　架空推進課\n架空広場整備事業\n2億円\n"
                       "（前年度 1億2,000万円）", visible=False),
             ]},
        ],
    }}},
}


def _figma(tmp_path: Path) -> Path:
    return write(tmp_path, "design-figma-api-nodes.json", json.dumps(_FIGMA, ensure_ascii=False))


def test_a_design_drawn_one_text_layer_a_column_reads_as_the_rows_it_draws(
    tmp_path: Path,
) -> None:
    budgets = {(b.account, b.fiscal_year, b.amount) for b in facts_of(_figma(tmp_path)).budgets}
    assert ("架空保険事業", 2026, 2_468_000_000) in budgets
    assert ("一般会計", 2025, 12_000_000_000) in budgets
    assert not any(account == "合計" for account, _, _ in budgets)


def test_a_designs_hidden_draft_layer_and_its_layer_names_are_not_read(tmp_path: Path) -> None:
    printed = "\n".join(lines(_figma(tmp_path)))
    assert "2億円" not in printed and "R7" not in printed
    projects = {(p.name, p.fiscal_year, p.budget) for p in facts_of(_figma(tmp_path)).projects}
    assert ("架空広場整備事業", 2026, 320_000_000) in projects


def test_a_designs_cards_side_by_side_are_read_one_after_another(tmp_path: Path) -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division)
                for p in facts_of(_figma(tmp_path)).projects}  # fmt: skip
    assert ("架空広場整備事業", 2025, 120_000_000, "架空推進課") in projects
    assert ("架空健診事業", 2026, 110_000_000, "架空保健課") in projects
    assert not any(name == "架空健診事業" and year == 2025 for name, year, _, _ in projects)


_XTG = "\r\n".join([
    "<v13.00><e9>",
    '@Normal=<*L*h"Standard"*kn0*kt0*ra0*rb0*d0*p(0,0,0,0,0,0,g,"Japanese")Ps100t0h100z10>',
    '@見出し1=[S"","見出し1","Normal"]<*L*h"Standard"Ps100t0h100z14k0b0c"Black">',
    '@表見出し=[S"","表見出し","Normal"]<*L*t(128,1,"1 ")>',
    "@タイトル:令和8年度<\\n><z30>架空区運営方針<z$>",
    "@見出し1:１　区の予算",
    "@表見出し:区分\t令和８年度\t令和７年度",
    "@表:<B>架空推進費<B>\t48,600\t45,200",
    "@表:架空運営費\t126,840\t124,310",
    "@注記:（単位：千円）",
    "@見出し1:２　重点取組",
    "@本文:主な事業：架空まつり開催事業　<B>8,400千円<B>（前年度 7,900千円）",
    "@本文:担当：架空協働課",
])  # fmt: skip


def test_xpress_tags_style_sheets_make_headings_and_tab_lines_a_table(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "hoshin.xtg", _XTG))
    assert not any(line.startswith(("@", "<v")) or "<B>" in line for line in printed)
    facts = facts_of(write(tmp_path, "hoshin.xtg", _XTG))
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空まつり開催事業", 2026, 8_400_000, "架空協働課") in projects
    assert ("架空まつり開催事業", 2025, 7_900_000, "架空協働課") in projects


_EXCALIDRAW = {
    "type": "excalidraw", "version": 2, "source": "https://excalidraw.com",
    "elements": [
        {"id": "t", "type": "text", "x": 0, "y": -200, "text": "令和8年度 組織の体制",
         "containerId": None},
        {"id": "n", "type": "text", "x": 0, "y": -160, "containerId": None,
         "text": "※ 人数は令和8年4月1日現在の職員数。（　）内は令和7年4月1日現在。"},
        {"id": "b1", "type": "rectangle", "x": 600, "y": 0},
        {"id": "b1t", "type": "text", "x": 610, "y": 10, "containerId": "b1",
         "text": "架空企画部\n30人（28人）"},
        {"id": "b2", "type": "rectangle", "x": 400, "y": 200},
        {"id": "b2t", "type": "text", "x": 410, "y": 210, "containerId": "b2",
         "text": "架空政策課\n（架空戦略係・架空調整係）\n16人（15人）"},
        {"id": "b3", "type": "rectangle", "x": 100, "y": 200},
        {"id": "b3t", "type": "text", "x": 110, "y": 210, "containerId": "b3",
         "text": "架空財務課\n14人（13人）"},
        {"id": "a1", "type": "arrow", "x": 700, "y": 100,
         "startBinding": {"elementId": "b1"}, "endBinding": {"elementId": "b2"}},
        {"id": "a2", "type": "arrow", "x": 700, "y": 100,
         "startBinding": {"elementId": "b1"}, "endBinding": {"elementId": "b3"}},
        {"id": "d", "type": "rectangle", "x": 100, "y": 400, "isDeleted": True},
        {"id": "dt", "type": "text", "x": 110, "y": 410, "containerId": "d",
         "text": "架空旧情報課\n9人", "isDeleted": True},
    ],
    "appState": {"viewBackgroundColor": "#ffffff"}, "files": {},
}  # fmt: skip


def _scene(tmp_path: Path) -> Path:
    return write(tmp_path, "taisei.excalidraw", json.dumps(_EXCALIDRAW, ensure_ascii=False))


def test_a_drawings_arrows_put_each_box_under_the_box_they_come_from(tmp_path: Path) -> None:
    facts = facts_of(_scene(tmp_path))
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents["架空政策課"] == "架空企画部" and parents["架空財務課"] == "架空企画部"
    assert parents["架空戦略係"] == "架空政策課"
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert {("架空企画部", 2026, 30), ("架空政策課", 2025, 15)} <= staff


def test_a_drawings_deleted_box_is_no_unit(tmp_path: Path) -> None:
    assert not any("架空旧情報課" in line for line in lines(_scene(tmp_path)))
    assert all(o.name != "架空旧情報課" for o in facts_of(_scene(tmp_path)).organizations)


def _post(post_id: str, minute: int, text: str, reply_to: str | None = None,
          edits: list[str] | None = None, initial: str | None = None) -> dict[str, object]:
    info: dict[str, object] = (
        {"edit": {"initialTweetId": initial, "editControlInitial": {"editTweetIds": edits}}}
        if initial else {"initial": {"editTweetIds": edits or [post_id]}}
    )
    return {"tweet": {"id_str": post_id, "created_at": f"Wed Apr 01 01:{minute:02d}:00 +0000 2026",
                      "full_text": text, "in_reply_to_status_id_str": reply_to,
                      "edit_info": info, "entities": {"urls": []}}}  # fmt: skip


_EDITED = "主な事業\n・架空広場整備事業 6,420万円（架空推進課）\n(3/3)"
_POSTS = [
    _post("5", 9, _EDITED, "2", ["3", "5"], "3"),
    _post("4", 3, "RT @other: 架空県の予算がまとまりました。"),
    _post("3", 2, _EDITED.replace("6,420", "6,240"), "2", ["3", "5"]),
    _post("2", 1, "会計別の予算額です（単位：万円、かっこ内は前年度）\n"
          "一般会計 524,800（509,000）\n架空保険特別会計 118,420（121,350）\n(2/3)", "1"),
    _post("1", 0, "【令和8年度 架空町当初予算】\nポイントをお知らせします\n(1/3)"),
]  # fmt: skip


def _archive(tmp_path: Path) -> Path:
    body = json.dumps(_POSTS, ensure_ascii=False, indent=2)
    return write(tmp_path, "tweets.js", f"window.YTD.tweets.part0 = {body}")


def test_an_archived_threads_posts_read_oldest_first_each_in_its_last_version(
    tmp_path: Path,
) -> None:
    printed = [line for line in lines(_archive(tmp_path)) if line.strip()]
    assert printed[0] == "【令和8年度 架空町当初予算】"
    assert not any("6,240万円" in line or "RT @" in line or "(3/3)" in line for line in printed)
    projects = {(p.name, p.budget) for p in facts_of(_archive(tmp_path)).projects}
    assert ("架空広場整備事業", 64_200_000) in projects


def test_a_threads_legend_dates_the_bracketed_accounts_it_lists(tmp_path: Path) -> None:
    budgets = {(b.account, b.fiscal_year, b.amount) for b in facts_of(_archive(tmp_path)).budgets}
    assert ("架空保険特別会計", 2026, 1_184_200_000) in budgets
    assert ("架空保険特別会計", 2025, 1_213_500_000) in budgets


def _project(name: str, amount: int) -> dict[str, object]:
    return {"name": name, "yosan": {"nendo": 2025, "amount": amount, "unit": "千円"}}


def _goal(code: str, name: str, indicator: str, base: int, target: int) -> dict[str, object]:
    return {"code": code, "name": name, "numTarget": {
        "name": indicator, "base": {"nendo": 2021, "value": base},
        "target": {"nendo": 2027, "value": target}}}  # fmt: skip


_MEASURES = {
    "strategy": "第2期架空市総合戦略 令和7年度実績",
    "goals": [_goal("1", "架空の産業をつくる", "架空従業者数", 48210, 50000),
              _goal("2", "架空の人の流れをつくる", "架空社会増減数", -186, 100)],
    "measures": [
        {"code": "1-1", "name": "架空織物の振興",
         "jigyo": [_project("架空販路開拓事業", 18400), _project("架空後継者育成事業", 6800)],
         "hyoka": {"nendo": 2025, "rank": "B"},
         "torikumi": ["架空ブランドの販路開拓", "架空職人の育成"]},
        {"code": "1-2", "name": "架空創業の支援",
         "jigyo": [_project("架空創業支援事業", 9200), _project("架空立地奨励事業", 84600)],
         "hyoka": {"nendo": 2025, "rank": "A"}, "torikumi": ["架空塾の運営", "架空オフィスの誘致"]},
        {"code": "2-1", "name": "架空移住の促進", "jigyo": [_project("架空移住促進事業", 22300)],
         "hyoka": {"nendo": 2025, "rank": "C"}, "torikumi": ["架空相談窓口の運営"]},
    ],
}  # fmt: skip


def _measures(tmp_path: Path) -> Path:
    return write(tmp_path, "senryaku.json", json.dumps(_MEASURES, ensure_ascii=False))


def test_a_records_nested_amount_is_read_with_the_unit_beside_it(tmp_path: Path) -> None:
    projects = {(p.name, p.fiscal_year, p.budget) for p in facts_of(_measures(tmp_path)).projects}
    assert ("架空販路開拓事業", 2025, 18_400_000) in projects
    assert not any("unit" in line for line in lines(_measures(tmp_path)))


def test_records_numbered_one_two_by_a_bare_code_key_are_the_levels_above(
    tmp_path: Path,
) -> None:
    codes = {(c.normalized, c.label) for c in facts_of(_measures(tmp_path)).policy_codes}
    assert {("1", "架空の産業をつくる"), ("2", "架空の人の流れをつくる")} <= codes
    assert ("2-1", "架空移住の促進") in codes  # beside 1-1 and 1-2, one project of its own


def test_a_records_grade_section_grades_the_record_not_its_last_entry(tmp_path: Path) -> None:
    grades = {(e.initiative, e.grade) for e in facts_of(_measures(tmp_path)).evaluations}
    assert ("架空織物の振興", "B") in grades and ("架空創業の支援", "A") in grades
    assert not any(name == "架空職人の育成" for name, _ in grades)


def _task(uid: int, level: int, number: str, name: str, *, summary: bool = False,
          milestone: bool = False, cost: str | None = None) -> str:  # fmt: skip
    extra = (f"<ExtendedAttribute><FieldID>188743767</FieldID><Value>{cost}</Value>"
             "</ExtendedAttribute>") if cost else ""  # fmt: skip
    return (f"<Task><UID>{uid}</UID><Name>{name}</Name><WBS>{number}</WBS>"
            f"<OutlineNumber>{number}</OutlineNumber><OutlineLevel>{level}</OutlineLevel>"
            f"<Summary>{int(summary)}</Summary><Milestone>{int(milestone)}</Milestone>"
            f"<Cost>{int(cost or 0) * 100000}</Cost>{extra}</Task>")  # fmt: skip


_PROJECT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Project xmlns="http://schemas.microsoft.com/project"><SaveVersion>14</SaveVersion>'
    "<Title>架空市総合計画 実施計画（令和8年度～令和10年度）</Title>"
    "<ExtendedAttributes><ExtendedAttribute><FieldID>188743767</FieldID>"
    "<FieldName>Number1</FieldName><Alias>事業費（千円）</Alias></ExtendedAttribute>"
    "</ExtendedAttributes><Tasks>"
    + _task(0, 0, "0", "架空市総合計画 実施計画", summary=True)
    + _task(1, 1, "1", "架空の笑顔のまち", summary=True)
    + _task(2, 2, "1.1", "架空の子育て支援", summary=True)
    + _task(3, 3, "1.1.1", "（仮称）架空こども館整備事業", summary=True)
    + _task(4, 4, "1.1.1.1", "令和8年度　実施設計", cost="42000")
    + _task(5, 4, "1.1.1.2", "令和9年度　建設工事", cost="386000")
    + _task(6, 4, "1.1.1.3", "架空こども館 開館", milestone=True)
    + _task(7, 2, "1.2", "架空の学びの環境", summary=True)
    + _task(8, 3, "1.2.1", "架空空調整備事業", summary=True)
    + _task(9, 4, "1.2.1.1", "令和8年度　整備工事", cost="512000")
    + "</Tasks><Resources><Resource><UID>1</UID><Name>架空政策課</Name>"
    "<Group>架空未来部</Group></Resource><Resource><UID>2</UID><Name>架空施設課</Name>"
    "<Group>架空教育部</Group></Resource></Resources><Assignments>"
    "<Assignment><TaskUID>4</TaskUID><ResourceUID>1</ResourceUID></Assignment>"
    "<Assignment><TaskUID>5</TaskUID><ResourceUID>1</ResourceUID></Assignment>"
    "<Assignment><TaskUID>9</TaskUID><ResourceUID>2</ResourceUID></Assignment>"
    "</Assignments></Project>"
)


def test_a_project_plans_year_tasks_are_its_projects_rows_with_the_assigned_unit(
    tmp_path: Path,
) -> None:
    facts = facts_of(write(tmp_path, "keikaku-msproject.xml", _PROJECT))
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("(仮称)架空こども館整備事業", 2027, 386_000_000, "架空政策課") in projects
    assert ("架空空調整備事業", 2026, 512_000_000, "架空施設課") in projects
    assert len(projects) == 3  # the roll-ups of summary tasks and the milestone are no rows
    assert {o.name: o.parent for o in facts.organizations}["架空施設課"] == "架空教育部"


def test_a_project_plans_outline_numbers_are_its_levels_codes(tmp_path: Path) -> None:
    codes = {(c.normalized, c.label)
             for c in facts_of(write(tmp_path, "keikaku-msproject.xml", _PROJECT)).policy_codes}
    assert {("1", "架空の笑顔のまち"), ("1-1", "架空の子育て支援")} <= codes
    assert ("1-2", "架空の学びの環境") in codes
