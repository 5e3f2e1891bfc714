"""Round 51: a Sanity query response: a report's body in Portable Text (blocks of spans, a
table plugin's rows), its units referenced by id (「{_ref: "dept-x", _type: "reference"}」),
every object marked with its `_type` and `_key`. Before, each block printed as headings of
its keys and spans, each reference as its id, and 「_type：kpi」 「_key：…」 lines between every
field. Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import lines, write

_RESPONSE = {
    "result": {
        "report": {
            "_id": "report-kpi-2025-fy07",
            "_type": "kpiReport",
            "title": "架空市総合戦略 KPIの進捗状況",
            "body": [
                {"_type": "block", "_key": "k1", "style": "h2", "markDefs": [],
                 "children": [{"_type": "span", "_key": "s1", "text": "1　基本目標の数値目標"}]},
                {"_type": "table", "_key": "k2", "rows": [
                    {"_key": "r1", "_type": "tableRow",
                     "cells": ["基本目標", "数値目標", "基準値（令和5年度）", "令和7年度実績"]},
                    {"_key": "r2", "_type": "tableRow",
                     "cells": ["基本目標1", "架空事業所の従業者数（人）", "48,620", "49,180"]},
                ]},
                {"_type": "block", "_key": "k3", "style": "normal", "listItem": "bullet",
                 "children": [{"_type": "span", "_key": "s3", "text": "架空の取組"}]},
            ],
            "projects": [
                {"_key": "p1", "_type": "relatedProject", "name": "架空創業支援事業",
                 "department": {"_ref": "dept-shoko-x", "_type": "reference"}},
            ],
        },
        "departments": [
            {"_id": "dept-sangyo-x", "_type": "department", "name": "架空産業部"},
            {"_id": "dept-shoko-x", "_type": "department", "name": "架空商工課",
             "parent": {"_ref": "dept-sangyo-x", "_type": "reference"}},
        ],
    }
}  # fmt: skip


def _response(tmp_path: Path) -> Path:
    return write(tmp_path, "query.json", json.dumps(_RESPONSE, ensure_ascii=False))


def test_portable_text_prints_as_the_page_it_renders(tmp_path: Path) -> None:
    printed = lines(_response(tmp_path))
    at = printed.index("基本目標\t数値目標\t基準値（令和5年度）\t令和7年度実績")
    assert printed[at - 1] == "1　基本目標の数値目標"
    assert printed[at + 1] == "基本目標1\t架空事業所の従業者数（人）\t48,620\t49,180"
    assert any(line.endswith("架空の取組") for line in printed)


def test_a_reference_object_reads_as_the_name_it_points_at(tmp_path: Path) -> None:
    printed = lines(_response(tmp_path))
    assert "部局名：架空商工課" in printed  # (「department」 printed as the field's label)
    assert "dept-shoko-x\t架空商工課\t架空産業部" in printed


def test_type_and_key_bookkeeping_is_not_printed(tmp_path: Path) -> None:
    assert not any(line.startswith(("_type", "_key")) for line in lines(_response(tmp_path)))
