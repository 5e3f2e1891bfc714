"""A page Apache Tika made of a PDF: each paragraph of the PDF one <p>, the PDF's lines inside
it apart by bare newlines. The lines stay lines, so a table printed in the PDF reads as rows,
not as one long sentence. Fictional examples."""

from __future__ import annotations

from loaders.text.document_text import page_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">\n'
    "<head>\n"
    '<meta name="X-TIKA:Parsed-By" content="org.apache.tika.parser.pdf.PDFParser"/>\n'
    "<title>架空局運営方針</title>\n</head>\n<body>\n"
    '<div class="page"><p/>\n'
    "<p>２ 局の予算（当初予算、単位：千円） \n</p>\n"
    "<p>会計 令和８年度 令和７年度 増減 \n"
    "一般会計 78,915,240 75,340,180 +3,575,060 \n"
    "架空資金貸付事業特別会計 311,846 297,520 +14,326 \n"
    "</p>\n</div>\n</body></html>\n"
)


def test_the_lines_of_a_tika_paragraph_stay_lines() -> None:
    lines = page_text(_PAGE, "p.xhtml").split("\n")
    assert "一般会計 78,915,240 75,340,180 +3,575,060" in [line.strip() for line in lines]


def test_a_table_in_a_tika_paragraph_reads_by_rows() -> None:
    facts = parsed_as_read(_PAGE, "p.xhtml")
    budgets = {(b.fiscal_year, b.account, b.amount) for b in facts.budgets}
    assert {(2026, "一般会計", 78_915_240_000), (2025, "一般会計", 75_340_180_000)} <= budgets


_STAFF = (
    '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">\n'
    "<head>\n"
    '<meta name="X-TIKA:Parsed-By" content="org.apache.tika.parser.pdf.PDFParser"/>\n'
    "<title>架空局運営方針</title>\n</head>\n<body>\n"
    '<div class="page"><p/>\n'
    "<p>１ 局の体制（各年度４月１日現在、単位：人） \n</p>\n"
    "<p>部・課等 令和８年度 令和７年度 増減 \n"
    "架空未来部 113 106 +7  \n"
    "　架空企画課 34 32 +2 （企画係・計画推進係） \n"
    "　架空福祉課 38 38 ±0 （手当医療係・ひとり親支援係） \n"
    "局計 295 275 +20 \n"
    "</p>\n</div>\n</body></html>\n"
)


def test_a_single_spaced_staff_table_of_a_departments_parts_is_read() -> None:
    """「部・課等」 labels the units column; 「±0」 is a change of none."""
    facts = parsed_as_read(_STAFF, "p.xhtml")
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert {("架空未来部", 2026, 113), ("架空福祉課", 2026, 38), ("架空福祉課", 2025, 38)} <= staff
