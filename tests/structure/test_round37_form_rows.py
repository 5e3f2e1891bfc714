"""A mail-merged evaluation sheet saved as text: tab-separated rows of labels each with its
value (「事業名 | X事業」 over 「所管局 | A局 | 所管課 | B課」). The first row is no header over
the second: each pair is a field of its own. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "令和7年度　事務事業評価シート（令和6年度実施事業）\n"
    "\n"
    "事業名\t架空ケア事業\n"
    "所管局\t架空局\t所管課\t架空家庭課\n"
    "総合計画の施策\t施策1-1-1\t事業開始年度\t2019\n"
    "\n"
    "３　評価\n"
    "総合評価\tA\n"
    "今後の方向性\t拡充\n"
)


def test_a_row_of_a_label_and_its_value_is_no_header() -> None:
    doc = read_structure(_SHEET, labels=all_labels())
    pairs = {(b.label, b.value) for b in doc.blocks if b.kind == "field"}
    assert ("事業名", "架空ケア事業") in pairs


def test_the_sheets_grade_is_its_projects() -> None:
    grades = {(e.initiative, e.grade) for e in parsed_as_read(_SHEET, "s.txt").evaluations}
    assert ("架空ケア事業", "A") in grades
