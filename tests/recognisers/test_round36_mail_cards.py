"""An HTML e-mail's project cards, each a presentation table (a status badge cell beside a
cell of lines: the name, 「予算額　X万円」, 「A局　B課」, a description); and a ward's list of
projects each led by a theme's tag in square brackets (「[にぎわい]X事業 640万円（A課）」).
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_CARD = (
    '<table role="presentation"><tr><td>{status}</td><td><span>{name}</span><br>'
    "予算額　<strong>{amount}</strong><br><span>架空未来局　{unit}</span><br>"
    "架空の説明を行います。</td></tr></table>"
)
_MAIL = (
    "<html><body><h2>主な事業</h2>"
    + _CARD.format(status="継続", name="架空給付事業", amount="18億6,240万円", unit="架空家庭課")
    + _CARD.format(
        status="新規", name="架空交流館整備事業", amount="9億2,800万円", unit="架空施設課"
    )
    + "</body></html>"
)


def test_each_card_is_a_project_with_its_budget_and_division() -> None:
    projects = {(p.name, p.budget, p.division) for p in parsed_as_read(_MAIL, "mail.html").projects}
    assert ("架空給付事業", 1_862_400_000, "架空家庭課") in projects
    assert ("架空交流館整備事業", 928_000_000, "架空施設課") in projects


def test_a_themes_tag_before_a_name_is_no_part_of_it() -> None:
    page = (
        "<html><body><h2>区づくり推進事業（令和8年度）</h2><ul>"
        "<li>[にぎわい]架空まつり開催事業 640万円（架空推進課）</li>"
        "<li>[安全・安心]架空防災リーダー育成事業 310万円（架空推進課）</li>"
        "</ul></body></html>"
    )
    projects = {(p.name, p.budget) for p in parsed_as_read(page, "ku.html").projects}
    assert ("架空まつり開催事業", 6_400_000) in projects
    assert ("架空防災リーダー育成事業", 3_100_000) in projects
