"""Round 50: a progress table printing each entry's own number beside its name and its
levels as bare number columns (「方針 | 項目 | 取組 | 取組名 | 所管課 | R6評価 | R7評価」,
the levels' names in a table above). Before, the 取組 column of numbers was taken for the
names, so no entry and no grade was read; and with the names read, the rows were filed under
the first number only (1) rather than the chain the document's levels print (1-1).
Fictional names and figures."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document

_LEVELS = (
    "方針\t基本方針\t項目\t推進項目\n"
    "1\t架空財政基盤の確立\t1\t架空歳入の確保\n"
    "\t\t2\t架空歳出の最適化\n"
    "2\t架空行政サービスの向上\t1\t架空手続のオンライン化\n"
)
_ENTRIES = (
    "方針\t項目\t取組\t取組名\t所管課\tR6評価\tR7評価\n"
    "1\t1\t1\t架空収納率の向上\t納税課\tA\tA\n"
    "\t\t2\t架空納税の拡充\t架空課\tS\tA\n"
    "\t2\t1\t架空補助金の見直し\t財政課\tB\tB\n"
    "2\t1\t1\t架空電子申請の拡充\t架空推進課\tA\tS\n"
)


def _facts(text: str) -> DocumentFacts:
    return parse_document(text, file="x.txt", municipality_code="999989",
                          municipality="青葉台市", prefecture="架空県")  # fmt: skip


def test_the_entries_own_number_column_is_not_their_name() -> None:
    facts = _facts("令和7年度 進捗状況\n\n" + _ENTRIES)
    names = {i.name for i in facts.initiatives}
    assert {"架空収納率の向上", "架空補助金の見直し"} <= names
    assert not names & {"1", "2"}


def test_each_entry_is_graded_for_each_years_column() -> None:
    facts = _facts("令和7年度 進捗状況\n\n" + _ENTRIES)
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert ("架空納税の拡充", 2024, "S") in grades
    assert ("架空電子申請の拡充", 2025, "S") in grades


def test_number_columns_chaining_to_the_documents_levels_file_each_entry() -> None:
    facts = _facts("令和7年度 進捗状況\n\n" + _LEVELS + "\n\n" + _ENTRIES)
    filed = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空納税の拡充", ("1-1",)) in filed
    assert ("架空補助金の見直し", ("1-2",)) in filed
    assert ("架空電子申請の拡充", ("2-1",)) in filed
