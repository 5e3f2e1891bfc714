"""Which lines of a plan are its entries (initiatives): a Markdown list 「1.　…」 under a
施策 is the 施策's entries, the 施策 their policy, no entry itself; a table grading the
policies with their 主な取組 listed beside them files no policy as an entry; a card's code
printed on a line of its own over its title (「Ⅰ-1-①」 / 「電子申請手続の拡大」) names the
entry. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PLAN = (
    "### 基本目標Ⅰ　架空の子どもが輝くまち\n\n"
    "**政策Ⅰ-2　架空学校教育の充実**\n\n"
    "施策Ⅰ-2-(1)　架空学力の育成\\\n主担当：架空教育委員会事務局　架空学校教育課\n\n"
    "1.  架空スクール構想の推進\n2.  架空少人数指導の充実\n\n"
    "施策Ⅰ-2-(2)　架空学校施設の整備\\\n主担当：架空教育委員会事務局　架空施設課\n\n"
    "1.  架空校舎の長寿命化改修\n2.  架空体育館への空調設置\n"
)


def test_a_numbered_list_under_a_level_is_its_entries() -> None:
    facts = parsed_as_read(_PLAN, "x.md")
    rows = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空スクール構想の推進", ("Ⅰ-2-(1)",)) in rows
    assert ("架空体育館への空調設置", ("Ⅰ-2-(2)",)) in rows


def test_a_level_listing_its_entries_is_no_entry_itself() -> None:
    facts = parsed_as_read(_PLAN, "x.md")
    assert "架空学力の育成" not in {i.name for i in facts.initiatives}


def test_policies_graded_beside_their_listed_initiatives_are_no_entries() -> None:
    text = (
        "施策の評価（令和７年度）\n"
        "施策番号\t施策名\t評価\t主な取組\t担当課\n"
        "1-(1)\t架空産業の競争力強化\tA\t・架空新商品開発の支援\t架空振興課\n"
        "1-(2)\t架空雇用の確保\tC\t・架空地元就職の促進\t架空振興課\n"
    )
    facts = parsed_as_read(text, "x.txt")
    assert "架空産業の競争力強化" not in {i.name for i in facts.initiatives}


def test_a_code_alone_over_a_title_names_the_entry() -> None:
    page = (
        "<html><body><main><h1>架空行財政改革プラン　令和7年度の取組状況</h1>"
        "<ul><li><p class='no'>Ⅰ-1-①</p><h3>架空電子申請の拡大</h3><p>所管：架空推進課</p></li>"
        "<li><p class='no'>Ⅰ-2-①</p><h3>架空窓口の導入</h3><p>所管：架空市民課</p></li></ul>"
        "<h2>プランの体系</h2><ul><li>基本方針Ⅰ　架空サービスの向上"
        "<ul><li>Ⅰ-1　架空手続のデジタル化</li><li>Ⅰ-2　架空窓口の改善</li></ul></li></ul>"
        "</main></body></html>"
    )
    facts = parsed_as_read(page, "x.html")
    rows = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空電子申請の拡大", ("Ⅰ-1",)) in rows
