"""A header on two rows whose lower labels each name a field with its year in brackets
(「成果指標」 spanning 「指標名（単位）」 「現状値（R6）」 「目標値（R12）」, the other labels
spanning both rows): one label per column, a dated kind's label its own. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h3>基本目標1　架空の目標</h3><table>"
    '<thead><tr><th rowspan="2">施策</th><th rowspan="2">主な取組</th>'
    '<th colspan="3">成果指標</th></tr>'
    "<tr><th>指標名（単位）</th><th>現状値<br>（R6）</th><th>目標値<br>（R12）</th></tr></thead>"
    "<tbody><tr><th>1-1<br>架空の施策</th><td>架空の取組</td><td>架空の登録者数（人）</td>"
    "<td>1,200</td><td>2,000</td></tr></tbody></table></main></body></html>"
)


def test_the_two_rows_are_one_header() -> None:
    doc = read_structure(extract_main_text(_PAGE), labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header[3:] == ["現状値 (R6)", "目標値 (R12)"]
    assert [c.text for c in table.rows[0]][3:] == ["1,200", "2,000"]


def test_the_baseline_and_target_are_read_with_their_years() -> None:
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value)
                for o in parsed_as_read(_PAGE, "taikei.html").observations}  # fmt: skip
    assert ("架空の登録者数", 2024, "baseline", 1200) in observed
    assert ("架空の登録者数", 2030, "target", 2000) in observed


def test_indicators_beside_their_policys_code_are_no_entries() -> None:
    """Regression: once two header rows read as one, 「施策 | 指標」 over 「2-(1) | X数（人）」
    (2 known, 2-(1) not yet) was read as entries one level below the system."""
    from loaders.facts import PolicyCode
    from loaders.recognisers.policies import finer_level_rows
    from loaders.structure.blocks import Cell, Table

    def row(*texts: str) -> list[Cell]:
        return [Cell(t, 0, len(t)) for t in texts]

    table = Table(
        header=["施策", "指標", "現状 R5", "目標 R7"],
        rows=[row("2-(1)", "架空の就農者数(人)", "86", "100"),
              row("2-(2)", "架空の造林面積(ha)", "245", "300")],
    )  # fmt: skip
    known = {"2": PolicyCode("2", "2", "架空の分野")}
    assert finer_level_rows(table, known) == []


def test_a_change_beside_the_years_under_an_amount_label_stands_alone() -> None:
    """Regression: 「当初予算額（千円）」 over 「令和6年度 | 令和5年度 | 増減」 read the change
    as a third budget column (「当初予算額(千円) 増減」)."""
    page = (
        '<html><body><main><h2>部の予算</h2><table><tr><th rowspan="2">会計</th>'
        '<th colspan="3">当初予算額（千円）</th></tr>'
        "<tr><th>令和6年度</th><th>令和5年度</th><th>増減</th></tr>"
        "<tr><td>一般会計</td><td>2,184,350</td><td>2,096,720</td><td>87,630</td></tr>"
        "</table></main></body></html>"
    )
    doc = read_structure(extract_main_text(page), labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header[3] == "増減"
