"""An org tree whose head counts live in `data-staff` attributes that the style sheet prints
(「li.unit::after{content:"　" attr(data-staff) "人"}」): the counts a browser shows are
written into the page's text and read as staff. The attribute is the element's own, as CSS
takes it. Fictional example."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><head><style>"
    '.tree li.unit[data-staff]::after{content:"　" attr(data-staff) "人（" attr(data-prev) "）"}'
    "</style></head><body><main><h2>組織と職員数（令和8年4月1日現在）</h2>"
    "<p>かっこ内は前年の職員数です。</p><ul class=tree>"
    '<li class=unit data-staff="6" data-prev="5">架空総務係</li>'
    '<li class=unit data-staff="4" data-prev="4">架空財政係</li>'
    '<li class=unit data-staff="3" data-prev="3">架空防災係</li>'
    "</ul></main></body></html>"
)


def test_an_attribute_the_style_sheet_prints_is_written_into_the_text() -> None:
    assert "架空総務係　6人（5）" in extract_main_text(_PAGE)


def test_the_printed_counts_are_read_as_staff() -> None:
    staff = {(s.organization, s.count) for s in parsed_as_read(_PAGE, "x.html").staff}
    assert ("架空総務係", 6) in staff


def test_a_rule_for_narrow_screens_only_writes_nothing() -> None:
    page = (
        "<html><head><style>@media (max-width: 768px) {"
        " table.rwd td::before { content: attr(data-label); display: block; } }</style></head>"
        "<body><main><table class=rwd><tr><th>事業名</th><th>担当</th></tr>"
        "<tr><td data-label=事業名>架空支援事業</td><td data-label=担当>架空課</td></tr>"
        "</table></main></body></html>"
    )
    text = extract_main_text(page)
    assert "架空支援事業" in text and "事業名架空支援事業" not in text
