"""A blog engine's listing page (Movable Type's archive template): each entry a 「hentry」
box whose 「asset-header」 holds the entry's title as a link, then its body. The header box is
the entry's own title, not the site's banner. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><div id=\"header\"><div id=\"header-name\"><a href=\"/\">架空市総合計画</a>"
    "</div></div><div id=\"content\"><h1>施策一覧</h1>"
    "<div class=\"entry-asset asset hentry\"><div class=\"asset-header\">"
    "<h2 class=\"asset-name entry-title\"><a href=\"/s1_1.html\" rel=\"bookmark\">"
    "施策1-1　架空の子育て支援</a></h2>"
    "<div class=\"asset-meta\"><abbr class=\"published\">2026年3月31日</abbr></div></div>"
    "<div class=\"asset-content entry-content\"><p><strong>【主な取組】</strong></p>"
    "<ol><li>架空センターによる相談支援の充実</li><li>架空保育ニーズへの対応</li></ol>"
    "</div></div></div></body></html>"
)


def test_an_entry_header_titles_its_entry() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    assert ("1-1", "架空の子育て支援") in {(c.normalized, c.label) for c in facts.policy_codes}


def test_the_entrys_listed_initiatives_sit_under_its_title_code() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    found = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空センターによる相談支援の充実", ("1-1",)) in found


def test_the_site_banner_stays_out() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    assert "架空市総合計画" not in facts.text
