"""A mind map (XMind content.json, FreeMind .mm) read as the outline it draws: a topic
holding others a heading, a leaf an item under its parent's heading, notes and labels as
lines after the topic's own entries, floating topics after the tree. Fictional example."""

from __future__ import annotations

import json
from pathlib import Path

from loaders.formats import read_source
from loaders.parse import parse_document

_SHEET = [{
    "class": "sheet", "title": "施策体系",
    "rootTopic": {
        "title": "架空町総合計画 施策体系",
        "children": {
            "attached": [{
                "title": "基本目標1　架空の暮らしやすいまち",
                "children": {"attached": [{
                    "title": "1-1　架空の子育て支援",
                    "labels": ["架空こども課"],
                    "notes": {"plain": {"content": "成果指標：架空ひろば利用者数\n"
                                                   "現状値（令和6年度）　1,240人\n"
                                                   "目標値（令和12年度）　1,800人"}},
                    "children": {"attached": [{"title": "架空ひろばの拡充"},
                                              {"title": "架空相談窓口の開設"}]},
                }]},
            }],
            "detached": [{"title": "主な公共施設",
                          "children": {"attached": [{"title": "架空町ふれあい館"}]}}],
        },
    },
}]  # fmt: skip

_FREEMIND = (
    '<map version="1.0.1"><node TEXT="架空町 施策体系"><node TEXT="基本目標2　架空の安全なまち">'
    '<node TEXT="2-1　架空の防災"><node TEXT="架空備蓄の充実"/><node TEXT="架空訓練の実施"/>'
    "</node></node></node></map>"
)


def _text(tmp_path: Path, name: str, content: str) -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return read_source(path).text


def test_a_topics_leaves_are_items_under_it_before_its_notes(tmp_path: Path) -> None:
    lines = _text(tmp_path, "content.json", json.dumps(_SHEET, ensure_ascii=False)).splitlines()
    at = lines.index("1-1　架空の子育て支援")
    assert lines[at + 1 : at + 3] == ["• 架空ひろばの拡充", "• 架空相談窓口の開設"]
    assert lines[at + 3] == "架空こども課"
    assert "成果指標：架空ひろば利用者数" in lines[at + 4 :]


def test_floating_topics_are_read_after_the_tree(tmp_path: Path) -> None:
    lines = _text(tmp_path, "content.json", json.dumps(_SHEET, ensure_ascii=False)).splitlines()
    assert lines[-2:] == ["主な公共施設", "• 架空町ふれあい館"]


def test_a_mind_maps_levels_and_entries_are_the_plans(tmp_path: Path) -> None:
    text = _text(tmp_path, "plan.mm", _FREEMIND)
    facts = parse_document(text, file="plan.mm", municipality_code="999989",
                           municipality="青葉台市", prefecture="架空県")  # fmt: skip
    assert ("2-1", "架空の防災") in {(c.normalized, c.label) for c in facts.policy_codes}
    entries = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空備蓄の充実", ("2-1",)) in entries
