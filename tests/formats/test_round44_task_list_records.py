"""A planner's CSV export gives each entry a row: its coded title, the bucket it is filed
in, the system's fields, labels (「基本方針Ⅰ …;R7評価：Ａ」) and a notes cell of labelled
lines. Each row is read as a record: the groups as headings where they change, the title as
the entry, its labelled values and notes as its fields. Fictional example."""

from __future__ import annotations

from pathlib import Path

from loaders.formats import read_source
from tests.recognisers._facts_of import parsed_as_read

_NOTES = (
    '"所管：架空部 架空課\n【取組指標】架空{n}の件数（件）\n'
    '基準値（R5）：{a}　R7目標：{b}　R7実績：{c}　目標値（R9）：{d}\n【評価】R7：{g}（R6：{p}）"'
)
_HEADER = "タスク ID,タスク名,バケット名,進行状況,割り当て先,作成日,ラベル,説明\n"


def _row(task: str, title: str, bucket: str, label: str, notes: str) -> str:
    return f"{task},{title},{bucket},完了,架空 太郎,2025/04/08,{label},{notes}\n"


_CSV = (
    "プラン名,架空改革プラン 進捗管理（令和7年度）\n\n" + _HEADER
    + _row("aX1", "Ⅰ－１－① 架空収納率の向上", "Ⅰ－１ 架空歳入の確保",
           "基本方針Ⅰ 架空財政の確立;R7評価：Ａ",
           _NOTES.format(n="収納", a=10, b=12, c=13, d=15, g="Ａ", p="Ｂ"))
    + _row("bY2", "Ⅰ－１－② 架空手数料の見直し", "Ⅰ－１ 架空歳入の確保",
           "基本方針Ⅰ 架空財政の確立;R7評価：Ｂ",
           _NOTES.format(n="改定", a=0, b=12, c=9, d=20, g="Ｂ", p="Ｂ"))
    + _row("cZ3", "Ⅰ－２－① 架空事業の見直し", "Ⅰ－２ 架空歳出の見直し",
           "基本方針Ⅰ 架空財政の確立;R7評価：Ｃ",
           _NOTES.format(n="廃止", a=0, b=15, c=11, d=30, g="Ｃ", p="Ａ"))
    + _row("dW4", "【事務局】架空委員会の開催", "事務局", "",
           '"所管：架空課\n【内容】委員会を開催する\n【備考】年2回"')
)


def test_each_row_is_a_record_under_its_groups(tmp_path: Path) -> None:
    path = tmp_path / "tasks.csv"
    path.write_text(_CSV, encoding="utf-8")
    lines = read_source(path).text.splitlines()
    at = lines.index("Ⅰ－１－① 架空収納率の向上")
    assert lines[at - 2 : at] == ["基本方針Ⅰ 架空財政の確立", "Ⅰ－１ 架空歳入の確保"]
    assert "所管：架空部 架空課" in lines and not any("aX1" in ln for ln in lines)


def test_the_records_give_entries_grades_and_indicator_values(tmp_path: Path) -> None:
    path = tmp_path / "tasks.csv"
    path.write_text(_CSV, encoding="utf-8")
    facts = parsed_as_read(read_source(path).text, "x.txt")
    pairs = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空事業の見直し", ("Ⅰ-2",)) in pairs
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空事業の見直し", 2025, "C"), ("架空事業の見直し", 2024, "A")} <= grades
    values = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert ("架空収納の件数", 2023, "baseline", 10) in values
    assert ("架空収納の件数", 2027, "target", 15) in values

