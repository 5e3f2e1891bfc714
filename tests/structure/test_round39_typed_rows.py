"""A list export whose rows are of several kinds, a 「区分」 column naming each row's kind in
runs (局の体制 rows filling the staff columns, 局の予算 rows the amounts, 重点取組 rows their
policy): each run read as a table of its own under a caption naming the kind, with only the
columns its rows fill; a lookup column's 「12;#架空課」 read as the value the list shows.
Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.formats.spreadsheet import render_delimited
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_LIST = (
    "タイトル,区分,表示順,担当課,関連施策,令和8年度,令和7年度,単位,更新者\n"
    "架空局（局計）,局の体制,10,,,94,89,人,架空 太郎\n"
    "架空振興課,局の体制,11,12;#架空振興課,,26,25,人,架空 花子\n"
    "架空施設課,局の体制,12,13;#架空施設課,,18,18,人,架空 太郎\n"
    "一般会計（局計）,局の予算,20,,,8426300,7912800,千円,架空 太郎\n"
    "架空振興課,局の予算,21,12;#架空振興課,,1246800,1198400,千円,架空 花子\n"
    "架空活動への支援,重点取組,30,12;#架空振興課,2-3-1 架空の充実,,,,架空 花子\n"
    "架空会館の魅力向上,重点取組,31,13;#架空施設課,2-3-1 架空の充実,,,,架空 太郎\n"
)


def _read() -> list[tuple[str, list[str]]]:
    text = render_delimited(_LIST, "list.csv", ",").text
    doc = read_structure(text, labels=all_labels())
    captions = {b.index: b.text for b in doc.blocks if b.kind == "heading"}
    return [(captions.get(-1 if b.parent is None else b.parent, ""), b.table.header)
            for b in doc.blocks if b.table is not None]  # fmt: skip


def test_each_kind_of_row_is_a_table_under_its_caption() -> None:
    parts = _read()
    assert [caption for caption, _ in parts] == ["局の体制", "局の予算", "重点取組"]


def test_a_part_keeps_the_columns_its_rows_fill() -> None:
    staffing = dict(_read())["局の体制"]
    assert "令和8年度" in staffing and "関連施策" not in staffing


def test_a_lookup_value_reads_as_the_value_shown() -> None:
    assert "12;#" not in render_delimited(_LIST, "list.csv", ",").text


def test_the_staff_of_the_kind_s_rows_are_read() -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(_LIST, "l.csv").staff}
    assert ("架空振興課", 2025, 25) in staff
