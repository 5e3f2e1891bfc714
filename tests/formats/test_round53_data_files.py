"""Round 53: data files whose records a reform-progress page is built from. A static site's
TOML data file (arrays of tables nested by level, a grade and an actual per year keyed by
the year, romanised keys) and a Notes database exported as DXL (each document's items, a
replication conflict among them) read as the plan's levels, its entries filed under them,
their indicators and grades. Before, the TOML file read as text (nothing found) and the DXL
as the notes' bookkeeping. Every name and figure is made up."""

from __future__ import annotations

from pathlib import Path

from data_documents import facts_of, lines, write

from loaders.text.errors import DocumentError

_TOML = '''# data/kaikaku/r7.toml
title = "架空市行財政改革推進計画 令和7年度の取組状況"
tanto = "総務部 架空経営課"

[[hoshin]]
code = "Ⅰ"
name = "架空サービスの向上"

  [[hoshin.koumoku]]
  code = "Ⅰ-1"
  name = "架空手続の改善"

    [[hoshin.koumoku.torikumi]]
    no = 1
    name = "架空申請の拡大"
    shokan = ["総務部", "架空推進課"]
    hyoka = { R6 = "A", R7 = "B" }
    shihyo = { name = "架空申請手続数", tani = "手続", kijun = 86, mokuhyo = 300, jisseki = { R6 = 142, R7 = 215 } }

    [[hoshin.koumoku.torikumi]]
    no = 2
    name = "架空窓口の導入"
    shokan = ["市民部", "架空市民課"]
    hyoka.R6 = "B"
    hyoka.R7 = "S"

  [[hoshin.koumoku]]
  code = "Ⅰ-2"
  name = "架空窓口の充実"

    [[hoshin.koumoku.torikumi]]
    no = 3
    name = "架空休日窓口の開設"
    hyoka = { R6 = "A", R7 = "A" }
'''  # noqa: E501


def test_a_toml_data_files_levels_are_policies(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "r7.toml", _TOML))
    codes = {(c.normalized, c.label) for c in facts.policy_codes}
    assert {("1", "架空サービスの向上"), ("1-1", "架空手続の改善")} <= codes


def test_a_toml_records_numbered_under_a_level_are_its_initiatives(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "r7.toml", _TOML))
    filed = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空申請の拡大", ("Ⅰ-1",)) in filed
    assert ("架空休日窓口の開設", ("Ⅰ-2",)) in filed


def test_grades_keyed_by_year_are_each_years_grade(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "r7.toml", _TOML))
    graded = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空申請の拡大", 2024, "A"), ("架空申請の拡大", 2025, "B"),
            ("架空窓口の導入", 2025, "S")} <= graded  # fmt: skip


def test_an_indicator_named_by_a_bare_name_key_gets_its_years(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "r7.toml", _TOML))
    observed = {(o.indicator, o.fiscal_year, o.value) for o in facts.observations}
    assert ("架空申請手続数", 2025, 215) in observed


def test_malformed_toml_is_refused_with_its_place(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.toml", 'title = "架空"\n[[hoshin]\nname = 1\n')
    try:
        facts_of(path)
    except DocumentError as error:
        assert "malformed TOML" in str(error) and "line 2" in str(error)
    else:
        raise AssertionError("a malformed TOML file was read")


def _item(name: str, value: str, kind: str = "text") -> str:
    return f"<item name='{name}'><{kind}>{value}</{kind}></item>"


def _document(form: str, *items: str, conflict: bool = False) -> str:
    info = ("<noteinfo noteid='a1' unid='0F' sequence='1'><created><datetime>"
            "20240415T101201,44+09</datetime></created></noteinfo>"
            "<updatedby><name>CN=架空 太郎/O=Kaku</name></updatedby>")  # fmt: skip
    marks = _item("$Conflict", "") + _item("$REF", "0F") if conflict else ""
    return f"<document form='{form}'>{info}{marks}{''.join(items)}</document>"


def _entry(no: str, code: str, name: str, grade: str, actual: str) -> str:
    return _document("Torikumi", _item("TorikumiNo", no), _item("SuishinCode", code),
                     _item("TorikumiMei", name), _item("ShokanKa", "架空課"),
                     _item("ShihyoMei", f"{name}の件数"), _item("MokuhyoChi", "30", "number"),
                     _item("JissekiR7", actual, "number"), _item("HyokaR7", grade))  # fmt: skip


_DXL = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    "<database xmlns='http://www.lotus.com/dxl' version='9.0' title='架空市改革 進捗管理'>\n"
    + _document("Master", _item("Kubun", "基本方針"), _item("Code", "1"),
                _item("Meisho", "架空財政の確立"))
    + _document("Master", _item("Kubun", "推進項目"), _item("Code", "1-(1)"),
                _item("Meisho", "架空歳入の確保"), _item("OyaCode", "1"))
    + _document("Master", _item("Kubun", "推進項目"), _item("Code", "1-(2)"),
                _item("Meisho", "架空歳出の見直し"), _item("OyaCode", "1"))
    + _entry("1", "1-(1)", "架空収納率の向上", "A", "21")
    + _entry("2", "1-(2)", "架空補助金の点検", "B", "12")
    + _entry("3", "1-(1)", "架空使用料の見直し", "C", "8")
    + _document("Torikumi", _item("TorikumiNo", "3"), _item("SuishinCode", "1-(1)"),
                _item("TorikumiMei", "架空使用料の見直し"), _item("HyokaR7", "S"), conflict=True)
    + "</database>\n"
)  # fmt: skip


def test_a_notes_export_prints_its_documents_fields_not_its_bookkeeping(tmp_path: Path) -> None:
    printed = "\n".join(lines(write(tmp_path, "shinchoku.xml", _DXL)))
    assert "架空収納率の向上" in printed
    assert "noteid" not in printed and "20240415T101201" not in printed


def test_a_notes_exports_entries_are_filed_under_their_plans_codes(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "shinchoku.xml", _DXL))
    filed = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空収納率の向上", ("1-(1)",)) in filed
    assert ("架空補助金の点検", ("1-(2)",)) in filed


def test_a_replication_conflict_is_no_document(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "shinchoku.xml", _DXL))
    graded = {(e.initiative, e.grade) for e in facts.evaluations}
    assert ("架空使用料の見直し", "C") in graded
    assert ("架空使用料の見直し", "S") not in graded
