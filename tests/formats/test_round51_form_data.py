"""Round 51: a PDF form's data exported by Acrobat (XFDF), its parts nested too deep for
table rows (a policy's two projects, its indicator, its grades by year). Before, every field
printed as 「field」 with a 「name」 attribute, so no value had a label: no policy, indicator,
grade or project was read from a filled evaluation sheet or a department's manifesto form.
Every name and figure is made up."""

from __future__ import annotations

from pathlib import Path

from data_documents import facts_of, lines, write


def _field(name: str, inner: str) -> str:
    return f'<field name="{name}">{inner}</field>'


def _value(name: str, text: str) -> str:
    return _field(name, f"<value>{text}</value>")


def _policy(n: int, code: str, name: str, indicator: str, r5: str, r6: str) -> str:
    return _field(f"施策0{n}", "".join([
        _value("主な取組", "・架空相談の実施&#xD;・架空給付の実施"),
        _value("主担当課", "架空福祉課"),
        _field("事業1", _value("事業名", f"架空事業{n}A") + _value("R6決算額_千円", "12,840")),
        _field("事業2", _value("事業名", f"架空事業{n}B") + _value("R6決算額_千円", "4,380")),
        _field("指標1", _value("R6実績", r6) + _value("名称", indicator)
               + _value("基準値", "95.2") + _value("目標値", "99.0")),
        _value("施策名", name),
        _value("番号", code),
        _field("評価", _value("R5", r5) + _value("R6", "A")),
    ]))  # fmt: skip


_SHEET = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">'
    '<f href="R7_架空評価シート.pdf"/><fields>'
    + _field("共通", _value("基準値年度", "令和2年度") + _value("目標値年度", "令和9年度")
             + _value("評価年度", "令和7年度"))
    + _policy(1, "1-1", "架空支援の充実", "架空健診の受診率", "B", "98.0")
    + _policy(2, "1-2", "架空教育の充実", "架空授業の理解度", "C", "81.2")
    + "</fields></xfdf>"
)


def _sheet(tmp_path: Path) -> Path:
    return write(tmp_path, "hyoka.xfdf", _SHEET)


def test_each_leaf_field_is_a_labelled_field(tmp_path: Path) -> None:
    assert "主担当課：架空福祉課" in lines(_sheet(tmp_path))


def test_parts_numbered_alike_are_one_list_headed_by_code_and_name(tmp_path: Path) -> None:
    printed = lines(_sheet(tmp_path))
    assert "## 1-1 架空支援の充実" in printed and "## 1-2 架空教育の充実" in printed
    assert not any(line.startswith("番号：") for line in printed)


def test_a_parts_name_field_is_first_and_labelled_by_its_kind(tmp_path: Path) -> None:
    printed = lines(_sheet(tmp_path))
    at = printed.index("### 指標1")
    assert printed[at + 1] == "指標名：架空健診の受診率"


def test_each_policy_is_read_with_its_code(tmp_path: Path) -> None:
    policies = {(p.normalized, p.label) for p in facts_of(_sheet(tmp_path)).policy_codes}
    assert ("1-1", "架空支援の充実") in policies and ("1-2", "架空教育の充実") in policies


def test_the_listed_measures_are_initiatives_of_their_policy(tmp_path: Path) -> None:
    initiatives = {(i.name, tuple(i.policy_codes))
                   for i in facts_of(_sheet(tmp_path)).initiatives}  # fmt: skip
    assert ("架空相談の実施", ("1-1",)) in initiatives


def test_a_common_fields_year_of_a_kind_dates_that_kinds_values(tmp_path: Path) -> None:
    observations = {(o.indicator, o.fiscal_year, o.kind, o.value)
                    for o in facts_of(_sheet(tmp_path)).observations}  # fmt: skip
    assert ("架空健診の受診率", 2020, "baseline", 95.2) in observations
    assert ("架空健診の受診率", 2027, "target", 99.0) in observations
    assert ("架空健診の受診率", 2024, "actual", 98.0) in observations


def test_a_group_of_grades_by_year_grades_the_policy_it_sits_in(tmp_path: Path) -> None:
    graded = facts_of(_sheet(tmp_path)).evaluations
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in graded}
    assert ("架空支援の充実", 2023, "B") in grades
    assert ("架空教育の充実", 2024, "A") in grades


_MANIFESTO = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<xfdf xmlns="http://ns.adobe.com/xfdf/"><fields>'
    + _value("部名", "架空未来部")
    + _field("体制",
             _field("1", _value("係", "架空政策係&#xD;架空給付係") + _value("職員数R8", "14")
                    + _value("課名", "架空政策課"))
             + _field("2", _value("係", "架空支援係") + _value("職員数R8", "21")
                      + _value("課名", "架空支援課"))
             + _field("計", _value("職員数R8", "35")))
    + _field("重点取組",
             _field("1", _value("内容", "架空の拡大") + _value("取組名", "架空ケアの利用拡大")
                    + _field("事業1", _value("事業名", "架空ケア事業") + _value("区分", "拡充"))
                    + _field("事業2", _value("事業名", "架空相談事業") + _value("区分", "継続"))
                    + _value("施策名", "架空の切れ目ない支援") + _value("施策番号", "5-1"))
             + _field("2", _value("内容", "架空の確保") + _value("取組名", "架空保育士の確保")
                      + _value("施策名", "架空保育の充実") + _value("施策番号", "5-2")))
    + "</fields></xfdf>"
)  # fmt: skip


def _manifesto(tmp_path: Path) -> Path:
    return write(tmp_path, "manifesto.xfdf", _MANIFESTO)


def test_a_total_beside_numbered_parts_is_the_lists_last_row(tmp_path: Path) -> None:
    printed = lines(_manifesto(tmp_path))
    assert printed[printed.index("架空支援係\t21\t架空支援課") + 1] == "\t35\t計"


def test_another_levels_number_and_name_in_an_entry_cite_that_level(tmp_path: Path) -> None:
    printed = lines(_manifesto(tmp_path))
    assert "## 架空ケアの利用拡大" in printed  # its own heading, no other level's number
    assert "施策：5-1 架空の切れ目ない支援" in printed


def test_an_entry_citing_its_level_in_a_field_is_an_initiative_of_it(tmp_path: Path) -> None:
    facts = facts_of(_manifesto(tmp_path))
    initiatives = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空ケアの利用拡大", ("5-1",)) in initiatives
    assert ("架空保育士の確保", ("5-2",)) in initiatives
    assert ("5-1", "架空の切れ目ない支援") in {(p.normalized, p.label) for p in facts.policy_codes}
