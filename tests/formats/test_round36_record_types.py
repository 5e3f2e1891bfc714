"""An interface file of typed records, as a planning system exports it: each line opens with
its record type, a line 「*2,…」 names the fields of type 2 by their readings in half-width
katakana (ｼﾞｷﾞｮｳﾒｲ, ﾀﾝﾄｳｶ, ﾈﾝﾄﾞ, ｼﾞｷﾞｮｳﾋ(ｾﾝｴﾝ)). Each type is a table of its own, the
labels known by their readings, the unit too. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels, field_of
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_FILE = (
    "H,ｼﾞｯｼｹｲｶｸ,999989,ｶｸｳﾑﾗ,R08-R10,20260325\n"
    "*1,ｺｰﾄﾞ,ｼｻｸﾒｲ,ｼｭﾀﾝﾄｳｶ\n"
    "1,01,架空の目標\n"
    "1,0101,架空の施策,架空課\n"
    "*2,ｼｻｸｺｰﾄﾞ,ｼﾞｷﾞｮｳﾒｲ,ﾀﾝﾄｳｶ,ﾈﾝﾄﾞ,ｼﾞｷﾞｮｳﾋ(ｾﾝｴﾝ)\n"
    "2,0101,架空整備事業,架空課,R08,18640\n"
    "2,0101,架空整備事業,架空課,R09,18000\n"
    "T,3,2\n"
)


def test_each_record_type_is_a_table_under_its_field_names() -> None:
    text = parsed_as_read(_FILE, "renkei.csv").text
    doc = read_structure(text, labels=all_labels())
    rows = [len(b.table.rows) for b in doc.blocks if b.table is not None]
    assert rows == [2, 2]


def test_a_label_in_katakana_is_known_by_its_reading() -> None:
    assert field_of("ｼﾞｷﾞｮｳﾒｲ") == "project"
    assert field_of("ﾀﾝﾄｳｶ") == "division"
    assert field_of("ｶｰﾄﾞ") is None


def test_the_projects_are_read_a_year_a_row_in_the_units_reading() -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division)
                for p in parsed_as_read(_FILE, "renkei.csv").projects}  # fmt: skip
    assert ("架空整備事業", 2026, 18_640_000, "架空課") in projects
    assert ("架空整備事業", 2027, 18_000_000, "架空課") in projects


def test_zero_padded_codes_are_read_two_digits_a_level() -> None:
    policies = {(p.normalized, p.label) for p in parsed_as_read(_FILE, "renkei.csv").policy_codes}
    assert {("1", "架空の目標"), ("1-1", "架空の施策")} <= policies


def test_a_kinds_year_column_named_by_its_reading_dates_its_values() -> None:
    text = (
        "*3,ｼｻｸｺｰﾄﾞ,ｼﾋｮｳﾒｲ,ﾀﾝｲ,ｷｼﾞｭﾝﾈﾝﾄﾞ,ｷｼﾞｭﾝﾁ,ﾓｸﾋｮｳﾈﾝﾄﾞ,ﾓｸﾋｮｳﾁ\n"
        "3,0101,架空の被害額,千円,R06,4860,R10,3000\n"
        "*4,ｺｰﾄﾞ,ﾒｲｼｮｳ\n"
        "4,01,架空\n"
    )
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value)
                for o in parsed_as_read(text, "renkei.csv").observations}  # fmt: skip
    assert ("架空の被害額", 2024, "baseline", 4860) in observed
    assert ("架空の被害額", 2028, "target", 3000) in observed
