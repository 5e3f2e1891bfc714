"""Round 55, on the round's new sets: a LibreOffice Impress slide deck saved as flat XML
(titles, frames where they stand, tables whose spanning cells are followed by the cells they
cover, speaker notes; a tab opening a line indents it); NDLOCR's XML of scanned pages, each
line placed by its coordinates, a level's name wrapped in its cell; a LINE broadcast's Flex
cards, a label and its figure side by side, the year before's amount in small print under
them. Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'
)


def _frame(kind: str, y: float, body: str) -> str:
    return (f'<draw:frame presentation:class="{kind}" svg:x="1cm" svg:y="{y}cm">'
            f"{body}</draw:frame>")  # fmt: skip


def _box(*paragraphs: str) -> str:
    return "<draw:text-box>" + "".join(f"<text:p>{p}</text:p>" for p in paragraphs) + (
        "</draw:text-box>"
    )


def _cells(*cells: str) -> str:
    out = []
    for cell in cells:
        if cell == "^":
            out.append("<table:covered-table-cell/>")
        elif cell.startswith("2:"):
            out.append('<table:table-cell table:number-columns-spanned="2">'
                       f"<text:p>{cell[2:]}</text:p></table:table-cell>")  # fmt: skip
        else:
            out.append(f"<table:table-cell><text:p>{cell}</text:p></table:table-cell>")
    return "<table:table-row>" + "".join(out) + "</table:table-row>"


_SLIDES = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS} office:version="1.3" '
    'office:mimetype="application/vnd.oasis.opendocument.presentation"><office:body>'
    "<office:presentation>"
    '<draw:page draw:name="page1">'
    + _frame("title", 0.5, _box("区の体制"))
    + _frame("footer", 14.8, _box("架空区役所"))
    + _frame("table", 3, "<table:table>"
             + _cells("課", "主な係", "2:職員数（人）", "^")
             + _cells("", "", "令和８年度", "令和７年度")
             + _cells("架空推進課", "架空総務係・架空企画係", "２２", "２１")
             + _cells("架空区民課", "架空戸籍係・架空年金係", "３１", "３３")
             + "</table:table>")
    + _frame("subtitle", 2, _box("（令和８年４月１日現在）"))
    + '<presentation:notes><draw:page-thumbnail presentation:class="page"/>'
    + _frame("notes", 11, _box("架空区民課は窓口の混雑緩和により2人減。"))
    + "</presentation:notes></draw:page>"
    '<draw:page draw:name="page2">'
    + _frame("title", 0.5, _box("区づくりの目標と施策"))
    + _frame("outline", 3, _box("目標１ 架空のにぎわいのまち",
                                "<text:tab/>施策１-(１) 架空の魅力づくり",
                                "<text:tab/>施策１-(２) 架空商店街の活性化"))
    + "</draw:page></office:presentation></office:body></office:document>"
)  # fmt: skip


def _deck(tmp_path: Path) -> Path:
    return write(tmp_path, "kumin-kaigi.fodp", _SLIDES)


def test_a_slide_decks_titles_frames_and_notes_read_in_place(tmp_path: Path) -> None:
    printed = [line for line in lines(_deck(tmp_path)) if line.strip()]
    assert printed[0] == "## 区の体制" and printed[1] == "（令和８年４月１日現在）"
    assert "架空区民課は窓口の混雑緩和により2人減。" in printed
    assert "架空区役所" not in printed  # the footer on every slide


def test_a_slide_tables_spanning_cell_keeps_its_columns_in_line(tmp_path: Path) -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts_of(_deck(tmp_path)).staff}
    assert {("架空推進課", 2026, 22), ("架空区民課", 2025, 33)} <= staff


def test_a_tab_opening_a_slides_line_indents_it_under_the_line_above(tmp_path: Path) -> None:
    codes = {(c.normalized, c.label) for c in facts_of(_deck(tmp_path)).policy_codes}
    assert ("1-2", "架空商店街の活性化") in codes


def _line(x: int, y: int, words: str) -> str:
    size = f'WIDTH="{36 * len(words)}" HEIGHT="44"'
    return f'<LINE TYPE="本文" X="{x}" Y="{y}" {size} STRING="{words}"/>'


_SCAN = "\n".join([
    "<?xml version='1.0' encoding='utf-8'?>", "<OCRDATASET>",
    '<PAGE IMAGENAME="keikaku_012.jpg" WIDTH="2480" HEIGHT="3508">',
    _line(260, 300, "１　施策の体系"),
    _line(212, 594, "基本目標"), _line(632, 594, "施策"), _line(1072, 594, "主な取組"),
    _line(1912, 594, "担当課"),
    _line(212, 674, "１　架空の自然と"), _line(632, 674, "１－１　架空環境の"),
    _line(1072, 674, "架空里山の保全"), _line(1912, 674, "架空振興課"),
    _line(212, 724, "共生する村"), _line(632, 724, "保全"),
    _line(1072, 804, "架空水辺の保全"), _line(1912, 804, "架空建設課"),
    _line(632, 884, "１－２　架空ごみ減量・"), _line(1072, 884, "架空分別の推進"),
    _line(1912, 884, "架空住民課"),
    _line(632, 934, "資源循環"),
    "</PAGE>", "</OCRDATASET>",
])  # fmt: skip


def test_an_ocr_scans_lines_are_set_where_they_stand(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "keikaku-ndlocr.xml", _SCAN))
    assert any("基本目標" in line and "担当課" in line for line in printed)


def test_a_levels_name_wrapped_in_its_cell_is_read_whole(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "keikaku-ndlocr.xml", _SCAN))
    codes = {(c.normalized, c.label) for c in facts.policy_codes}
    assert ("1-2", "架空ごみ減量・資源循環") in codes
    entries = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空分別の推進", ("1-2",)) in entries


def _text(words: str, size: str = "sm", **more: object) -> dict[str, object]:
    return {"type": "text", "text": words, "size": size, **more}


def _row(label: str, amount: str, before: str) -> dict[str, object]:
    return {"type": "box", "layout": "vertical", "contents": [
        {"type": "box", "layout": "baseline", "contents": [_text(label), _text(amount)]},
        _text(before, "xxs")]}  # fmt: skip


_BROADCAST = {"messages": [
    {"type": "text", "text": "【架空町からのお知らせ】\n令和8年度の予算が決まりました"},
    {"type": "flex", "altText": "令和8年度 架空町の予算",
     "contents": {"type": "carousel", "contents": [
        {"type": "bubble",
         "header": {"type": "box", "layout": "vertical", "contents": [
             _text("令和8年度 架空町の予算①", "xs"), _text("会計別の予算", "lg")]},
         "body": {"type": "box", "layout": "vertical", "contents": [
             _row("一般会計", "68億4,300万円", "前年度 65億9,800万円"),
             _row("架空保険特別会計", "11億2,600万円", "前年度 11億8,400万円"),
             {"type": "separator"}]},
         "footer": {"type": "box", "layout": "vertical", "contents": [
             {"type": "button", "action": {"type": "uri", "label": "詳しくはこちら"}}]}},
        {"type": "bubble",
         "header": {"type": "box", "layout": "vertical", "contents": [_text("主な事業", "lg")]},
         "body": {"type": "box", "layout": "vertical", "contents": [
             {"type": "box", "layout": "vertical", "contents": [
                 {"type": "text", "size": "sm", "contents": [
                     {"type": "span", "text": "◆架空交流センター建設事業"},
                     {"type": "span", "text": "　6億4,200万円"}]},
                 _text("（前年度 8,600万円）　担当：架空企画課", "xxs")]}]}},
    ]}},
]}  # fmt: skip


def _broadcast(tmp_path: Path) -> Path:
    return write(tmp_path, "line-flex.json", json.dumps(_BROADCAST, ensure_ascii=False))


def test_a_flex_cards_side_by_side_parts_are_one_line_and_buttons_no_text(
    tmp_path: Path,
) -> None:
    printed = lines(_broadcast(tmp_path))
    assert "## 令和8年度 架空町の予算① 会計別の予算" in printed
    assert not any("詳しくはこちら" in line or '"type"' in line for line in printed)
    budgets = {(b.account, b.fiscal_year, b.amount) for b in facts_of(_broadcast(tmp_path)).budgets}
    assert ("架空保険特別会計", 2026, 1_126_000_000) in budgets


def test_a_flex_cards_small_print_under_a_figure_is_the_year_befores(tmp_path: Path) -> None:
    facts = facts_of(_broadcast(tmp_path))
    budgets = {(b.account, b.fiscal_year, b.amount) for b in facts.budgets}
    assert ("一般会計", 2025, 6_598_000_000) in budgets
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空交流センター建設事業", 2025, 86_000_000, "架空企画課") in projects
