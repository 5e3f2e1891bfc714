"""Round 53: a plan's system served by a headless CMS. A Strapi-style response wraps every
entry and every related entry in 「{"data": {"id": …, "attributes": {…}}}」; each policy's
entries are a list of records whose names sit under a bare 「title」; the years of the
indicators' kinds are a legend of fields of their own (「現状：令和6年度」). Before, the
envelopes buried the fields, the entries' list printed no word saying what they were, and
the indicators' values had no year. Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write


def _entry(id_: int, attributes: dict[str, object]) -> dict[str, object]:
    return {"id": id_, "attributes": attributes}


def _policy(id_: int, code: str, name: str, entries: list[str]) -> dict[str, object]:
    return _entry(id_, {
        "コード": code, "name": name, "createdAt": "2025-10-02T02:07:00.000Z",
        "publishedAt": "2026-04-01T00:00:00.000Z", "locale": "ja",
        "基本目標": {"data": _entry(1, {"number": 1, "title": "架空のこどものまち"})},
        "取組": [{"id": 100 + k, "番号": k + 1, "title": e} for k, e in enumerate(entries)],
    })  # fmt: skip


_RESPONSE = {
    "data": [_policy(21, "1-1", "架空子育ての支援", ["架空相談の充実", "架空ケアの促進"]),
             _policy(22, "1-2", "架空保育の充実", ["架空保育ニーズへの対応", "架空人材の確保"])],
    "meta": {"pagination": {"page": 1, "pageSize": 25, "pageCount": 1, "total": 2}},
}  # fmt: skip


def test_a_cms_responses_entries_print_without_their_envelopes(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "shisaku.json", json.dumps(_RESPONSE, ensure_ascii=False)))
    assert "attributes" not in "\n".join(printed) and "createdAt" not in "\n".join(printed)
    # (the relation's number before its title since round 54: 「基本目標：1 …」)
    assert "基本目標：1 架空のこどものまち" in printed


def test_coded_headings_each_over_a_table_of_entries_are_policies(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "shisaku.json", json.dumps(_RESPONSE, ensure_ascii=False)))
    codes = {(c.normalized, c.label) for c in facts.policy_codes}
    assert {("1-1", "架空子育ての支援"), ("1-2", "架空保育の充実")} <= codes


def test_a_lists_bare_title_names_its_entries_by_the_lists_word(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "shisaku.json", json.dumps(_RESPONSE, ensure_ascii=False)))
    filed = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空ケアの促進", ("1-1",)) in filed and ("架空保育ニーズへの対応", ("1-2",)) in filed


_NUMBERED = """# 4-1 重点取組1：架空除雪体制の強化

| 取組名 | 担当課 |
| --- | --- |
| 架空除雪の拡充 | 架空道路課 |

# 4-2 重点取組2：架空道路施設の長寿命化

| 取組名 | 担当課 |
| --- | --- |
| 架空橋りょうの修繕 | 架空道路課 |
"""


def test_headings_numbering_entries_of_their_own_kind_are_no_policies(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "manifesto.md", _NUMBERED))
    assert not any(c.normalized in ("4-1", "4-2") for c in facts.policy_codes)


_HOSHIN = {
    "title": "令和8年度 架空区運営方針",
    "juten": [
        {"name": "架空担い手づくり支援", "shisakuCode": "1-(1)",
         "shihyo": {"name": "架空加入率", "unit": "%", "genjo": "68.4", "mikomi": "67.9",
                    "mokuhyo": "70.0"}},
        {"name": "架空サロンの展開", "shisakuCode": "1-(2)",
         "shihyo": {"name": "架空サロン参加者数", "unit": "人", "genjo": "4,820",
                    "mikomi": "5,300", "mokuhyo": "6,000"}},
    ],
    "shihyoYears": {"genjo": "令和6年度", "mikomi": "令和7年度", "mokuhyo": "令和8年度"},
}  # fmt: skip


def test_a_legend_of_kind_fields_dates_each_kinds_values(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "hoshin.json", json.dumps(_HOSHIN, ensure_ascii=False)))
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert {("架空加入率", 2024, "baseline", 68.4), ("架空加入率", 2025, "estimate", 67.9),
            ("架空加入率", 2026, "target", 70.0)} <= observed  # fmt: skip
    assert not any(o.fiscal_year is None for o in facts.observations)
