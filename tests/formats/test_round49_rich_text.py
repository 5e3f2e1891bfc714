"""A headless CMS's rich-text field (Contentful Rich Text JSON) in an API's JSON read as the
page it renders: paragraphs, headings and tables, a group's row keeping its empty cells.
Fictional figures."""

from __future__ import annotations

import json
from pathlib import Path

from loaders.formats import read_source


def _text(value: str) -> dict[str, object]:
    return {"nodeType": "text", "value": value, "marks": [], "data": {}}


def _cell(value: str, kind: str = "table-cell") -> dict[str, object]:
    return {"nodeType": kind, "data": {},
            "content": [{"nodeType": "paragraph", "data": {}, "content": [_text(value)]}]}


def _row(*values: str, kind: str = "table-cell") -> dict[str, object]:
    return {"nodeType": "table-row", "data": {}, "content": [_cell(v, kind) for v in values]}


_BODY = {
    "nodeType": "document", "data": {},
    "content": [
        {"nodeType": "heading-3", "data": {}, "content": [_text("会計別の予算額")]},
        {"nodeType": "paragraph", "data": {}, "content": [_text("（単位：百万円）")]},
        {"nodeType": "table", "data": {}, "content": [
            _row("会計区分", "令和8年度", "令和7年度", kind="table-header-cell"),
            _row("一般会計", "41,230", "40,110"),
            _row("特別会計", "", ""),
            _row("架空事業", "1,126", "1,098"),
        ]},
    ],
}  # fmt: skip


def test_a_rich_text_body_reads_as_its_page(tmp_path: Path) -> None:
    path = tmp_path / "entry.json"
    payload = {"data": {"budgetOverview": {"title": "架空市の予算", "body": {"json": _BODY}}}}
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    lines = read_source(path).text.splitlines()
    assert "会計別の予算額" in lines
    assert "会計区分\t令和8年度\t令和7年度" in lines
    assert "一般会計\t41,230\t40,110" in lines
    assert "特別会計\t\t" in lines  # a group's row, not the start of the next row's name
    assert not any("nodeType" in line or line.endswith("paragraph") for line in lines)
