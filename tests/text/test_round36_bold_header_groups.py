"""An HTML e-mail's table of accounts whose header row is set in bold cells (<td><b>会計</b>)
rather than <th>, with group rows spanning every column (「特別会計（計 …）」) between the
accounts: one table, the group rows inside it. And a table whose second header row repeats
the first's spanning label and prints the years under a label over them. Fictional
examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import parsed_as_read

_MAIL = (
    "<html><body><table><tr><td>"
    '<h2>会計別の予算額</h2><p>単位：億円</p><table border="1">'
    "<tr><td><b>会計</b></td><td><b>令和8年度</b></td><td><b>令和7年度</b></td></tr>"
    "<tr><td>一般会計</td><td>7,342.6</td><td>7,158.3</td></tr>"
    '<tr><td colspan="3"><b>特別会計（特別会計計 2,391.1／2,384.1）</b></td></tr>'
    "<tr><td>架空保険事業特別会計</td><td>1,286.4</td><td>1,312.9</td></tr>"
    "<tr><td>架空介護事業特別会計</td><td>1,104.7</td><td>1,071.2</td></tr>"
    "</table>"
    '<p>局別（一般会計）</p><table border="1">'
    '<tr><td rowspan="2"><b>局</b></td><td colspan="2"><b>予算額（百万円）</b></td></tr>'
    "<tr><td><b>令和8年度</b></td><td><b>令和7年度</b></td></tr>"
    "<tr><td>架空局</td><td>28,456</td><td>27,912</td></tr>"
    "<tr><td>架空第二局</td><td>98,214</td><td>95,630</td></tr>"
    "</table></td></tr></table></body></html>"
)


def test_a_group_row_stays_inside_its_table() -> None:
    doc = read_structure(extract_main_text(_MAIL), labels=all_labels())
    first = next(b.table for b in doc.blocks if b.table is not None)
    assert [r[0].text for r in first.rows][-1] == "架空介護事業特別会計"


def test_the_accounts_after_a_group_row_are_budgets() -> None:
    budgets = {
        (b.account, b.fiscal_year, b.amount) for b in parsed_as_read(_MAIL, "mail.html").budgets
    }
    assert ("架空保険事業特別会計", 2026, 128_640_000_000) in budgets


def test_years_under_a_spanning_amount_label_date_its_columns() -> None:
    budgets = {
        (b.owner, b.fiscal_year, b.amount) for b in parsed_as_read(_MAIL, "mail.html").budgets
    }
    assert ("架空局", 2025, 27_912_000_000) in budgets
