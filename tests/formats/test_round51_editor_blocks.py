"""Round 51: a CMS's API response whose body is Editor.js output (blocks of headers,
paragraphs, nested lists, tables). Before, every block printed as a heading of its id over
「type：paragraph」 and its data's keys, a table's rows came apart from its header, and a
nested list's item (「X事業 4億1,280万円<br>担当課」) had its unit on a line of its own, read
as the next item's. Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

_BODY = {
    "time": 1770958001287,
    "version": "2.30.7",
    "blocks": [
        {"id": "a1", "type": "header", "data": {"text": "1　主な事業", "level": 2}},
        {"id": "a2", "type": "paragraph",
         "data": {"text": "金額は令和8年度当初予算額、（　）内は令和7年度当初予算額です。"}},
        {"id": "a3", "type": "list", "data": {"style": "unordered", "items": [
            {"content": "架空未来局", "items": [
                {"content": "架空通園推進事業 4億1,280万円<br>架空幼稚園課", "items": []},
                {"content": "架空クラブ整備事業 8億6,500万円（6億2,300万円）<br>架空児童課",
                 "items": []},
            ]},
        ]}},
        {"id": "a4", "type": "header", "data": {"text": "2　会計別予算額", "level": 2}},
        {"id": "a5", "type": "paragraph", "data": {"text": "（単位：百万円）"}},
        {"id": "a6", "type": "table", "data": {"withHeadings": True, "content": [
            ["区分", "令和8年度", "令和7年度"],
            ["一般会計", "612,480", "598,215"],
            ["介護保険事業", "118,920", "114,305"],
        ]}},
    ],
}  # fmt: skip
_RESPONSE = {"data": {"id": "pr-1", "attributes": {"title": "令和8年度当初予算案の概要",
                                                    "body": _BODY}}}


def _page(tmp_path: Path) -> Path:
    return write(tmp_path, "press.json", json.dumps(_RESPONSE, ensure_ascii=False))


def test_blocks_print_as_the_page_the_editor_shows(tmp_path: Path) -> None:
    printed = lines(_page(tmp_path))
    assert "1　主な事業" in printed
    assert not any(line.startswith(("type：", "##### a")) for line in printed)


def test_a_table_blocks_rows_stay_under_its_header(tmp_path: Path) -> None:
    printed = lines(_page(tmp_path))
    at = printed.index("区分\t令和8年度\t令和7年度")
    assert printed[at - 1] == "（単位：百万円）"  # the caption over it, no block's keys between
    assert printed[at + 1] == "一般会計\t612,480\t598,215"


def test_a_list_items_second_line_stays_on_its_item(tmp_path: Path) -> None:
    assert any(line.strip().endswith("架空通園推進事業 4億1,280万円　架空幼稚園課")
               for line in lines(_page(tmp_path)))  # fmt: skip


def test_each_project_is_read_with_its_own_division(tmp_path: Path) -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division)
                for p in facts_of(_page(tmp_path)).projects}  # fmt: skip
    assert ("架空通園推進事業", 2026, 412_800_000, "架空幼稚園課") in projects
    assert ("架空クラブ整備事業", 2025, 623_000_000, "架空児童課") in projects


def test_the_account_tables_budgets_are_read(tmp_path: Path) -> None:
    budgets = {(b.account, b.fiscal_year, b.amount) for b in facts_of(_page(tmp_path)).budgets}
    assert ("一般会計", 2026, 612_480_000_000) in budgets
