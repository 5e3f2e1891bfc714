"""Pages of static site generators (MkDocs Material, Hugo), read as shown (fictional examples):

- a footnote's reference (「<sup><a href="#fn:1">1</a></sup>」) does not run into the figure
  before it;
- a heading's permalink (「¶」, 「#」) is no word of the heading;
- a set of tabs reads each panel under its own label, so 「令和6年度実績」 dates the 実績値 of
  its table;
- a legend dating two labels of one kind (「中間目標は令和10年度、目標値は令和12年度」) dates
  each column by its own label.
"""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.text.document_text import page_text
from tests.recognisers._facts_of import parsed_as_read


def _observed(page: str) -> set[tuple[str, int | None, str, float]]:
    return {(o.indicator, o.fiscal_year, o.kind, o.value)
            for o in parsed_as_read(page, "x.html").observations}  # fmt: skip


_HUGO = (
    "<html><body><h2 id='a'>施策1-1　架空の環境<a class='heading-anchor' href='#a'>#</a></h2>"
    "<p>現状値は令和6年度の実績値です。中間目標は令和10年度、目標値は計画の最終年度である"
    "令和12年度の値です。</p>"
    "<table><thead><tr><th>指標名</th><th>単位</th><th>現状値</th><th>中間目標</th>"
    "<th>目標値</th></tr></thead><tbody>"
    "<tr><td>架空相談の件数<sup id='fnref:1'><a href='#fn:1' class='footnote-ref'>1</a></sup>"
    "</td><td>件</td><td>1,842<sup><a href='#fn:1' role='doc-noteref'>1</a></sup></td>"
    "<td>2,100</td><td>2,400</td></tr></tbody></table></body></html>"
)


def test_a_footnote_reference_runs_into_no_figure() -> None:
    assert ("架空相談の件数", 2024, "baseline", 1842) in _observed(_HUGO)


def test_each_label_of_one_kind_takes_the_year_its_legend_gives_it() -> None:
    found = _observed(_HUGO)
    assert {("架空相談の件数", 2028, "target", 2100),
            ("架空相談の件数", 2030, "target", 2400)} <= found  # fmt: skip


def test_a_headings_permalink_is_no_word_of_it() -> None:
    doc = read_structure(page_text(_HUGO, "x.html"), labels=all_labels())
    assert any(b.text == "架空の環境" for b in doc.blocks)


_TABS = (
    "<html><body><h2>年度別の実績</h2>"
    "<div class='tabbed-set' data-tabs='1:2'><input id='t1' type='radio'/><input id='t2' "
    "type='radio'/><div class='tabbed-labels'><label for='t1'>令和6年度実績</label>"
    "<label for='t2'>令和7年度見込</label></div><div class='tabbed-content'>"
    "<div class='tabbed-block'><table><tr><th>施策</th><th>KPI</th><th>実績値</th></tr>"
    "<tr><td>1-1</td><td>架空出荷額</td><td>2,978</td></tr></table></div>"
    "<div class='tabbed-block'><table><tr><th>施策</th><th>KPI</th><th>見込値</th></tr>"
    "<tr><td>1-1</td><td>架空出荷額</td><td>3,010</td></tr></table></div></div></div>"
    "</body></html>"
)


def test_each_tabs_table_is_dated_by_its_own_label() -> None:
    assert {("架空出荷額", 2024, "actual", 2978),
            ("架空出荷額", 2025, "estimate", 3010)} <= _observed(_TABS)  # fmt: skip
