"""A PDF's table given row by row, a line per cell: header labels a line each (a wide one
broken over two), numbered rows whose long cells wrap over lines, a code and name between
rows grouping them (fictional examples)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure

_REPORT = (
    "令和6年度 架空改革プラン取組状況報告書\n"
    "2 取組の状況\n"
    "基本方針Ⅰ 架空協働の市政\n"
    "推進\n"
    "項目\n"
    "No.\n"
    "取組項目\n"
    "担当課\n"
    "取組内容\n"
    "令和6年度の実績\n"
    "指標\n"
    "基準値\n"
    "(R3)\n"
    "R6目標\n"
    "R6実績\n"
    "評価\n"
    "Ⅰ-1 架空協働の推進\n"
    "1\n"
    "架空提案型協働事業の\n"
    "推進\n"
    "架空協働課\n"
    "市民団体等からの提案を\n"
    "受け、市と協働で事業を\n"
    "実施する。\n"
    "提案事業を採択し、架空\n"
    "清掃など協働で実施した\n"
    "。\n"
    "協働事業の実施件数\n"
    "3件\n"
    "6件\n"
    "7件\n"
    "A\n"
    "2\n"
    "架空協議会への活動支援\n"
    "架空協働課\n"
    "協議会の設立と運営を支\n"
    "援する。\n"
    "新たに協議会が設立され\n"
    "た。\n"
    "架空協議会の\n"
    "設立数\n"
    "5協議会\n"
    "9協議会\n"
    "8協議会\n"
    "B\n"
    "Ⅰ-2 架空市政の公開\n"
    "3\n"
    "架空手続のオンライン化\n"
    "架空推進課\n"
    "手続のオンライン化を進\n"
    "める。\n"
    "対象手続を拡大した。\n"
    "オンライン手続数\n"
    "42手続\n"
    "180手続\n"
    "214手続\n"
    "A\n"
    "3 今後の進め方\n"
    "令和7年度は、取組と指標を再設定します。\n"
)


def _tables(text: str) -> list:
    return [b.table for b in read_structure(text, labels=all_labels()).blocks if b.table]


def test_a_table_given_a_cell_a_line_is_read_as_rows_of_its_header() -> None:
    tables = _tables(_REPORT)
    assert [c.text for c in tables[0].header_cells] == [
        "推進項目No.", "取組項目", "担当課", "取組内容", "令和6年度の実績", "指標",
        "基準値(R3)", "R6目標", "R6実績", "評価",
    ]  # fmt: skip
    first = [c.text for c in tables[0].rows[0]]
    assert first == [
        "1", "架空提案型協働事業の推進", "架空協働課",
        "市民団体等からの提案を受け、市と協働で事業を実施する。",
        "提案事業を採択し、架空清掃など協働で実施した。", "協働事業の実施件数",
        "3件", "6件", "7件", "A",
    ]  # fmt: skip


def test_wrapped_words_are_split_where_a_cell_ends_its_sentence() -> None:
    second = [c.text for c in _tables(_REPORT)[0].rows[1]]
    assert second[3:6] == [
        "協議会の設立と運営を支援する。",
        "新たに協議会が設立された。",
        "架空協議会の設立数",
    ]


def test_a_code_and_name_between_rows_heads_the_rows_under_it() -> None:
    doc = read_structure(_REPORT, labels=all_labels())
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert "架空市政の公開" in headings
    tables = _tables(_REPORT)
    assert [[r[0].text for r in t.rows] for t in tables] == [["1", "2"], ["3"]]


def test_the_text_after_the_last_row_is_no_part_of_the_table() -> None:
    doc = read_structure(_REPORT, labels=all_labels())
    assert any(b.kind == "heading" and b.text == "今後の進め方" for b in doc.blocks)


def test_the_rows_of_such_a_table_are_initiatives_under_their_group_code() -> None:
    facts = parse_document(
        _REPORT, file="x.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    filed = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空提案型協働事業の推進", ("Ⅰ-1",)) in filed
    assert ("架空手続のオンライン化", ("Ⅰ-2",)) in filed
    grades = {(e.initiative, e.grade) for e in facts.evaluations}
    assert ("架空協議会への活動支援", "B") in grades
    values = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert ("架空協議会の設立数", 2024, "actual", 8) in values
    assert ("架空協議会の設立数", 2021, "baseline", 5) in values


def test_numbered_lines_without_a_header_of_known_labels_are_no_such_table() -> None:
    text = "手順\n準備\n確認\n実施\n1\n用紙を配る\n2\n記入する\n3\n回収する\n"
    assert _tables(text) == []
