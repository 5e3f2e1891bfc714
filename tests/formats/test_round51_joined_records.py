"""Round 51: an export's records that point at others by key, read joined.

Before, a board's JSON printed each card's list and labels as bare ids (「idList：c736…」) and
its custom fields as a table of ids, so no card had an indicator, a target or a grade; an
Access XML export printed its schema as headings and each project's row with its division's
code only, the names in lookup tables nobody joined, and its year column as a bare 「5」.
Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

from loaders.formats import read_source

_LIST = "aa00000000000000000000a1"
_FIELD_UNIT = "bb00000000000000000000b1"
_FIELD_NAME = "bb00000000000000000000b2"
_FIELD_TARGET = "bb00000000000000000000b3"
_FIELD_ACTUAL = "bb00000000000000000000b4"
_OPTION = "cc00000000000000000000c1"
_LABEL = "dd00000000000000000000d1"
_CARD = "ee00000000000000000000e1"

_BOARD = {
    "id": "ff00000000000000000000f1",
    "name": "架空改革計画 進捗管理",
    "lists": [
        {"id": _LIST, "name": "Ⅰ-1 架空窓口の推進", "closed": False},
        {"id": "aa00000000000000000000a2", "name": "Ⅰ-2 架空連携の推進", "closed": False},
    ],
    "labels": [
        {"id": _LABEL, "name": "R7評価：A", "color": "green"},
        {"id": "dd00000000000000000000d2", "name": "重点", "color": "blue"},
    ],
    "customFields": [
        {"id": _FIELD_UNIT, "name": "所管課", "type": "list",
         "options": [{"id": _OPTION, "value": {"text": "架空推進課"}},
                     {"id": "cc00000000000000000000c2", "value": {"text": "架空管理課"}}]},
        {"id": _FIELD_NAME, "name": "指標", "type": "text"},
        {"id": _FIELD_TARGET, "name": "目標値（R9）", "type": "number"},
        {"id": _FIELD_ACTUAL, "name": "実績（R7）", "type": "number"},
    ],
    "cards": [
        {"id": _CARD, "name": "Ⅰ-1-① 架空申請の拡充", "idList": _LIST,
         "idLabels": [_LABEL],
         "customFieldItems": [
             {"id": "9900000000000000000000a1", "idValue": _OPTION,
              "idCustomField": _FIELD_UNIT, "idModel": _CARD, "modelType": "card"},
             {"id": "9900000000000000000000a2", "value": {"text": "架空申請の手続数"},
              "idCustomField": _FIELD_NAME, "idModel": _CARD, "modelType": "card"},
             {"id": "9900000000000000000000a3", "value": {"number": "300"},
              "idCustomField": _FIELD_TARGET, "idModel": _CARD, "modelType": "card"},
             {"id": "9900000000000000000000a4", "value": {"number": "214"},
              "idCustomField": _FIELD_ACTUAL, "idModel": _CARD, "modelType": "card"},
         ]},
        {"id": "ee00000000000000000000e2", "name": "Ⅰ-2-① 架空協定の活用",
         "idList": "aa00000000000000000000a2", "idLabels": [], "customFieldItems": []},
    ],
}


def _board(tmp_path: Path) -> Path:
    return write(tmp_path, "board.json", json.dumps(_BOARD, ensure_ascii=False))


def _card(tmp_path: Path) -> dict[str, str]:
    """The first card's row of the board's card table, by column."""
    printed = lines(_board(tmp_path))
    at = printed.index("# cards") + 1
    return dict(zip(printed[at].split("\t"), printed[at + 1].split("\t"), strict=False))


def test_a_cards_list_id_reads_as_the_lists_name(tmp_path: Path) -> None:
    assert _card(tmp_path)["list"] == "Ⅰ-1 架空窓口の推進"


def test_a_cards_label_ids_read_as_the_labels_names(tmp_path: Path) -> None:
    assert _card(tmp_path)["labels"] == "R7評価：A"


def test_an_empty_list_of_ids_is_named_as_a_list_of_names(tmp_path: Path) -> None:
    assert "idLabels" not in _card(tmp_path)


def test_custom_field_items_read_as_fields_named_by_their_definitions(tmp_path: Path) -> None:
    card = _card(tmp_path)
    assert card["所管課"] == "架空推進課"  # a choice: its option's text
    assert card["指標"] == "架空申請の手続数"
    assert card["目標値（R9）"] == "300"


def test_a_pointer_to_the_record_holding_it_is_left_as_it_is(tmp_path: Path) -> None:
    # idModel points at the card the item sits in: no name of its own to read
    assert "model" not in _card(tmp_path) and "架空申請の拡充" not in _card(tmp_path)["所管課"]


def test_a_joined_value_is_mapped_to_where_the_file_holds_it(tmp_path: Path) -> None:
    source = read_source(_board(tmp_path))
    at = source.text.index("\t架空推進課\t") + 1
    assert source.map is not None
    where = source.map.locate(at, at + 5)
    assert where is not None and where.path == "$.customFields[0].options[0].value.text"


def test_a_cards_custom_fields_give_its_indicator_and_values(tmp_path: Path) -> None:
    observations = {(o.indicator, o.fiscal_year, o.kind, o.value)
                    for o in facts_of(_board(tmp_path)).observations}  # fmt: skip
    assert ("架空申請の手続数", 2027, "target", 300) in observations
    assert ("架空申請の手続数", 2025, "actual", 214) in observations


_ACCESS = """<?xml version="1.0" encoding="UTF-8"?>
<root xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:od="urn:schemas-microsoft-com:officedata">
<xsd:schema>
<xsd:element name="T_事業"><xsd:complexType><xsd:sequence>
<xsd:element name="事業ID" od:jetType="text"/><xsd:element name="事業名" od:jetType="text"/>
</xsd:sequence></xsd:complexType></xsd:element>
</xsd:schema>
<dataroot generated="2026-07-03T17:26:48">
<T_事業><事業ID>K01-01</事業ID><事業名>架空太陽光導入事業</事業名><施策コード>0101</施策コード>
<所属コード>110200</所属コード><評価>A</評価></T_事業>
<T_事業><事業ID>K01-02</事業ID><事業名>架空省エネ補助事業</事業名><施策コード>0101</施策コード>
<所属コード>110100</所属コード><評価>B</評価></T_事業>
<T_指標><ID>1</ID><事業ID>K01-01</事業ID><指標名>架空設備の設置数</指標名><単位>施設</単位>
<年度_令和>6</年度_令和><目標値>48</目標値><実績値>51</実績値></T_指標>
<T_指標><ID>2</ID><事業ID>K01-02</事業ID><指標名>架空補助の件数</指標名><単位>件</単位>
<年度_令和>6</年度_令和><目標値>1200</目標値><実績値>1086</実績値></T_指標>
<M_施策><施策コード>0101</施策コード><政策コード>1</政策コード><施策名>架空社会の実現</施策名></M_施策>
<M_施策><施策コード>0102</施策コード><政策コード>1</政策コード><施策名>架空循環の形成</施策名></M_施策>
<M_政策><政策コード>1</政策コード><政策名>架空共生のまち</政策名></M_政策>
<M_政策><政策コード>2</政策コード><政策名>架空活力のまち</政策名></M_政策>
<M_所属><所属コード>110100</所属コード><局名>架空環境局</局名><課名>架空政策課</課名></M_所属>
<M_所属><所属コード>110200</所属コード><局名>架空環境局</局名><課名>架空推進課</課名></M_所属>
</dataroot>
</root>
"""


def _access(tmp_path: Path) -> Path:
    return write(tmp_path, "export.xml", _ACCESS)


def test_an_inline_schema_is_not_printed(tmp_path: Path) -> None:
    assert not any("jetType" in line or "complexType" in line for line in lines(_access(tmp_path)))


def test_a_rows_code_takes_the_names_of_the_lookup_row_it_keys(tmp_path: Path) -> None:
    printed = lines(_access(tmp_path))
    header = next(line for line in printed if line.startswith("事業ID\t事業名"))
    assert header.split("\t")[:5] == ["事業ID", "事業名", "施策コード", "政策コード", "政策名"]
    assert "\t".join([
        "K01-01", "架空太陽光導入事業", "0101", "1", "架空共生のまち", "架空社会の実現",
        "110200", "架空環境局", "架空推進課", "A",
    ]) in printed


def test_a_child_tables_rows_take_their_parents_name(tmp_path: Path) -> None:
    assert any(
        line.startswith("1\tK01-01\t架空太陽光導入事業\t") for line in lines(_access(tmp_path))
    )


def test_a_table_keyed_by_a_row_number_is_no_lookup(tmp_path: Path) -> None:
    # T_指標's ID (1, 2) is its own row number: no other table's ID points at it
    assert not any(line.startswith("1\t1\t") for line in lines(_access(tmp_path)))


def test_a_bare_year_under_a_key_naming_its_era_prints_in_that_era(tmp_path: Path) -> None:
    assert any("\t令和6年度\t" in line for line in lines(_access(tmp_path)))


def test_a_projects_division_comes_from_the_lookup(tmp_path: Path) -> None:
    projects = {(p.name, p.division) for p in facts_of(_access(tmp_path)).projects}
    assert ("架空太陽光導入事業", "架空推進課") in projects


def test_an_indicator_row_is_dated_by_its_era_year(tmp_path: Path) -> None:
    observations = {(o.indicator, o.fiscal_year, o.kind, o.value)
                    for o in facts_of(_access(tmp_path)).observations}  # fmt: skip
    assert ("架空設備の設置数", 2024, "actual", 51) in observations


def test_a_grade_is_the_named_projects_not_its_ids(tmp_path: Path) -> None:
    graded = {e.initiative for e in facts_of(_access(tmp_path)).evaluations}
    assert "架空太陽光導入事業" in graded and "K01-01" not in graded
