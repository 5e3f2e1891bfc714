"""Round 53: a plan kept on a Redmine wiki (its Textile source: 「h3.」 headings, tables whose
header cells span rows and columns 「|_/2.」「|_\\3=.」, a struck-out amount 「-28,000-」 kept as
history) and a compilation typed into a Box Note (a ProseMirror document: each unit's heading
marked 「■」, its sections after it at the same level, an amount struck through). Before, the
wiki source read as text with its marks and the note as its editor's nodes. Every name and
figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

_WIKI = """{{>toc}}

h1. 架空市総合計画 実施計画（令和8年度～令和10年度）

p(note). このページは *企画部 架空政策課* が管理しています。

h2. 基本目標1　架空のまち

h3. 施策1-1　架空支援の充実

*計画事業*

|_/2. No. |_/2. 事業名 |_/2. 担当課 |_\\3=. 事業費（千円） |_/2. 備考 |
|_. R8 |_. R9 |_. R10 |
|=. 1-1-01 | 架空センター運営事業 | 架空家庭課 |>. 48,620 |>. 49,100 |>. 49,100 |  |
|=. 1-1-02 | 架空避難所改善事業 | 架空危機管理課 |>. -28,000- 32,500 |>. 12,000 |>. － |  |
{background:#eeeeee}. |\\3>. 施策計 |>. 81,120 |>. 61,100 |>. 49,100 | |

h3. 施策1-2　架空教育の充実

|_/2. No. |_/2. 事業名 |_/2. 担当課 |_\\3=. 事業費（千円） |_/2. 備考 |
|_. R8 |_. R9 |_. R10 |
|=. 1-2-01 | 架空端末更新事業 | 架空学校課 |>. 312,400 |>. 28,600 |>. 28,600 |  |
"""


def test_a_textile_pages_headings_and_tables_read_as_the_wiki_shows_them(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "jisshi.txt", _WIKI))
    assert "施策1-1　架空支援の充実" in printed or "施策1-1 架空支援の充実" in printed
    assert not any(line.startswith(("h1.", "h3.", "|_")) for line in printed)


def test_a_textile_tables_spanned_header_dates_each_years_amount(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "jisshi.txt", _WIKI))
    found = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空センター運営事業", 2027, 49100000, "架空家庭課") in found
    assert ("架空端末更新事業", 2026, 312400000, "架空学校課") in found


def test_a_struck_out_amount_is_history_not_the_budget(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "jisshi.txt", _WIKI))
    budgets = {p.budget for p in facts.projects if p.name == "架空避難所改善事業"}
    assert 32500000 in budgets and 28000000 not in budgets


def _text(text: str, *marks: str) -> dict[str, object]:
    return {"type": "text", "text": text, "marks": [{"type": m} for m in marks]}


def _para(*parts: dict[str, object]) -> dict[str, object]:
    return {"type": "paragraph", "content": list(parts)}


def _bullets(*items: str) -> dict[str, object]:
    return {"type": "bullet_list",
            "content": [{"type": "list_item", "content": [_para(_text(t))]} for t in items]}


def _unit(name: str, items: list[str]) -> list[dict[str, object]]:
    return [{"type": "heading", "attrs": {"level": 2}, "content": [_text(f"■{name}")]},
            _para(_text("課長：架空 一郎")),
            {"type": "heading", "attrs": {"level": 3}, "content": [_text("重点目標")]},
            _para(_text("①　架空体制の強化")), _bullets(*items)]  # fmt: skip


_NOTE = {"version": 512, "schema_version": 1, "doc": {"type": "doc", "content": [
    {"type": "heading", "attrs": {"level": 1}, "content": [_text("令和8年度 課等運営方針")]},
    _para(_text("予算は当初予算額（単位：千円）。")),
    *_unit("架空総務課", ["事業：架空備蓄品整備事業 6,480千円（前年度 5,900千円）"]),
    *_unit("架空住民課", ["事業：架空キャッシュレス化事業 1,650千円（新規）"]),
    _para(_text("事業：架空旧事業 9,999千円", "strikethrough")),
]}}  # fmt: skip


def test_a_prosemirror_notes_nodes_read_as_its_page(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "hoshin.boxnote", json.dumps(_NOTE, ensure_ascii=False)))
    assert "• 事業：架空備蓄品整備事業 6,480千円（前年度 5,900千円）" in printed
    assert not any("架空旧事業" in line for line in printed)


def test_a_marked_unit_heading_leads_the_projects_of_the_sections_after_it(
    tmp_path: Path,
) -> None:
    facts = facts_of(write(tmp_path, "hoshin.boxnote", json.dumps(_NOTE, ensure_ascii=False)))
    found = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空備蓄品整備事業", 2025, 5900000, "架空総務課") in found
    assert ("架空キャッシュレス化事業", 2026, 1650000, "架空住民課") in found
