"""A reform report that groups its entries by this year's grade (「■　Ｓ評価（…）　３件」
over 「【Ⅰ－１－②】名称」), each entry a Word form saved as text (「　所管課⇥A課」,
「　前年度評価⇥Ａ」): the labelled lines are fields, no table; an entry numbered by a level
the page names and a circled count (Ⅰ-1-②) is that level's entry (older gold reads such a
code as a level too, so it stays one); it has the grade of its group for the report's year
and the one its field gives the year before. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import evaluation_rows, initiative_rows, parsed_as_read

_REPORT = (
    "令和７年度　架空改革推進計画　取組結果報告書\n"
    "\n"
    "第１　計画の体系\n"
    "　基本方針Ⅰ　架空の財政運営\n"
    "　　推進項目Ⅰ－１　架空の歳入確保\n"
    "　　推進項目Ⅰ－２　架空の歳出見直し\n"
    "\n"
    "第２　評価別の取組結果\n"
    "\n"
    "■　Ｓ評価（計画を上回る成果があった）　１件\n"
    "\n"
    "【Ⅰ－１－②】架空納税の推進\n"
    "　所管課\t架空財政課\n"
    "　前年度評価\tＡ\n"
    "　取組実績\t返礼品を追加した。\n"
    "\n"
    "■　Ｂ評価（一部に遅れがある）　１件\n"
    "\n"
    "【Ⅰ－２－①】架空施設費の削減\n"
    "　所管課\t架空管財課\n"
    "　前年度評価\tＣ\n"
    "　取組実績\t契約を見直した。\n"
)


def test_a_counted_entry_is_its_levels_entry() -> None:
    assert ("架空納税の推進", ("Ⅰ-1",)) in initiative_rows(parsed_as_read(_REPORT))


def test_each_entry_has_its_groups_grade_and_last_years() -> None:
    rows = evaluation_rows(parsed_as_read(_REPORT))
    assert ("架空納税の推進", 2025, "S") in rows
    assert ("架空施設費の削減", 2025, "B") in rows
    assert ("架空施設費の削減", 2024, "C") in rows
