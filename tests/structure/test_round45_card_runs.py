"""A page's grid of project cards, a field a line with no labels (「局　課」 over the name over
「2,184,300（1,962,000）」, a sentence after some): the run reads as a table of units, names
and amounts, and each project is read with its 課, its amount and the year before's by the
page's legend. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><h2>3　主な事業</h2>"
    "<p>各事業の金額は令和8年度当初予算案の額です（単位：千円）。カッコ内は令和7年度当初予算額です。</p>"
    "<h3>重点1　こどものまち</h3>"
    "<div><p>架空こども局　架空保育課</p><h4><span>新規</span> 架空通園推進事業</h4>"
    "<p><span>412,600</span>（－）</p><p>架空の通園制度を実施します。</p></div>"
    "<div><p>架空こども局　架空施設課</p><h4>架空保育所整備費補助事業</h4>"
    "<p><span>2,184,300</span>（1,962,000）</p></div>"
    "<h3>重点2　くらしのまち</h3>"
    "</body></html>"
)


def test_the_cards_read_as_a_table_of_units_names_and_amounts() -> None:
    import tempfile
    from pathlib import Path

    from loaders.formats import read_source  # the page's text as the reader gets it

    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "x.html"
        page.write_text(_PAGE, encoding="utf-8")
        text = read_source(page).text
    doc = read_structure(text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert [r[1].text for r in table.rows] == ["架空通園推進事業", "架空保育所整備費補助事業"]
    assert table.rows[1][0].text == "架空こども局 架空施設課"


def test_each_cards_project_is_read_with_its_division_and_both_years() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    read = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空通園推進事業", 2026, 412600000, "架空保育課") in read
    assert ("架空保育所整備費補助事業", 2025, 1962000000, "架空施設課") in read
