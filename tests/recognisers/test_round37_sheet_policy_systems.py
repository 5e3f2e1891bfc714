"""A reform plan's system saved as a sheet, a column further in per level: 「基本方針1 |
架空の財政運営」 over 「 | (1) | 架空の歳入確保」 — each row a level, the bracketed number
counting within the 基本方針 above it (1-(1)). And a column of 「施策3-2 名称」 cells under a
label that names no policy (「総合振興計画」): each cell a policy, and each row's entry files
under it. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SYSTEM = (
    "架空市行財政改革推進プラン　進捗状況一覧,,,,\n"
    ",,,,\n"
    "【推進体系】,,,,\n"
    "基本方針1,架空の財政運営,,,\n"
    ",(1),架空の歳入確保,,\n"
    ",(2),架空の歳出見直し,,\n"
    "基本方針2,架空の行政運営,,,\n"
    ",(1),架空のデジタル化,,\n"
    ",,,,\n"
)

_PRIORITIES = (
    "<html><body><main><h2>令和8年度の重点目標</h2><table>"
    "<tr><th>No.</th><th>重点目標</th><th>総合振興計画</th><th>取組内容</th></tr>"
    "<tr><td>①</td><td>架空組織の活動支援</td><td>施策3-2 架空の防災体制</td>"
    "<td>訓練を働きかける。</td></tr>"
    "<tr><td>②</td><td>架空財源の確保</td><td>施策5-2 架空の行財政運営</td>"
    "<td>寄附額の増加を図る。</td></tr>"
    "</table></main></body></html>"
)


def _policies(text: str, file: str) -> set[tuple[str, str | None]]:
    return {(p.normalized, p.label) for p in parsed_as_read(text, file).policy_codes}


def test_each_row_of_the_sheet_is_a_level_of_the_system() -> None:
    assert {("1", "架空の財政運営"), ("1-2", "架空の歳出見直し"), ("2-1", "架空のデジタル化")} <= (
        _policies(_SYSTEM, "s.csv")
    )


def test_a_column_of_prefixed_codes_names_policies_whatever_its_label() -> None:
    assert {("3-2", "架空の防災体制"), ("5-2", "架空の行財政運営")} <= _policies(
        _PRIORITIES, "p.html"
    )


def test_each_entry_files_under_the_level_its_row_cites() -> None:
    facts = parsed_as_read(_PRIORITIES, "p.html")
    rows = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空組織の活動支援", ("3-2",)) in rows
    assert ("架空財源の確保", ("5-2",)) in rows
