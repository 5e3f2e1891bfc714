"""A press release as a mailing list's archive prints it (hard-wrapped prose, tables set out
with spaces): the account table under 「１　予算規模」 past a paragraph wrapped on three
lines, an account name wrapped onto a line set in deeper (「母子父子寡婦福祉資金」 over
「　　貸付事業」), the 局 table under 「２　一般会計の局等別内訳」 in a release titled as a
budget's; a ward page's staff table under 「区の体制」 past a note on what is counted; and
project lines closing with 「新規　担当：課」. Fictional examples."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document

_RELEASE = (
    "[架空-press 0412] 令和８年度架空市当初予算案の概要について\n"
    "\n"
    "１　予算規模\n"
    "　一般会計は５，７３１億８千万円で、前年度に比べて１３１億９，\n"
    "３００万円、２．３％の増となり、過去最大の規模となりました。\n"
    "特別会計、企業会計を合わせた全会計の総額は１兆２２０億円余です。\n"
    "\n"
    "                                                      （単位：百万円）\n"
    "  区　　分                      令和8年度  令和7年度    増減額  増減率\n"
    "  --------------------------------------------------------------------\n"
    "  一般会計                        573,180    560,244    12,936    2.5%\n"
    "  特別会計                        349,120    343,870     5,900    1.7%\n"
    "    国民健康保険事業               95,130     97,002   △1,872  △1.7%\n"
    "    母子父子寡婦福祉資金\n"
    "      貸付事業                        287        271        16    5.9%\n"
    "    駐車場事業                      1,175      1,160        15    1.3%\n"
    "  --------------------------------------------------------------------\n"
    "  合　　計                        944,254    924,019    20,235    2.2%\n"
    "\n"
    "２　一般会計の局等別内訳\n"
    "\n"
    "                                                      （単位：百万円）\n"
    "  局　　等                      令和8年度  令和7年度    増減額  増減率\n"
    "  --------------------------------------------------------------------\n"
    "  架空総務局                       20,530     19,880       650    3.3%\n"
    "  架空財政局                        9,150      9,020       130    1.4%\n"
    "  --------------------------------------------------------------------\n"
    "  一般会計　計                     31,276     30,205     1,071    3.5%\n"
)


def _facts(text: str) -> DocumentFacts:
    return parse_document(text, file="release.html", municipality_code="999989",
                          municipality="架空市", prefecture="架空県")  # fmt: skip


def _budgets(text: str = _RELEASE) -> set[tuple[str, int, str, int]]:
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in _facts(text).budgets}


def test_an_account_table_under_a_budget_section_past_wrapped_prose_is_read() -> None:
    assert ("架空市", 2026, "国民健康保険事業", 95130000000) in _budgets()


def test_an_account_name_wrapped_onto_a_deeper_line_is_one_name() -> None:
    budgets = _budgets()
    assert ("架空市", 2026, "母子父子寡婦福祉資金貸付事業", 287000000) in budgets
    assert not any(account == "貸付事業" for _, _, account, _ in budgets)


def test_a_breakdown_by_bureau_in_a_release_titled_as_a_budget_is_read() -> None:
    assert ("架空総務局", 2026, "一般会計", 20530000000) in _budgets()


def test_a_staff_table_under_its_caption_past_a_note_on_what_is_counted() -> None:
    text = (
        "令和８年度 架空区 区運営方針\n"
        "2　区の体制\n"
        "職員数は各年4月1日現在（正規職員。再任用短時間勤務職員を除く）。\n"
        "課・室\t係\t令和8年度\t令和7年度\n"
        "架空推進課\t企画調整係・地域協働係\t18\t17\n"
        "架空区民課\t戸籍係・住民記録係\t34\t35\n"
    )
    staff = {(s.organization, s.fiscal_year, s.count) for s in _facts(text).staff}
    assert {("架空推進課", 2026, 18), ("架空区民課", 2025, 35)} <= staff


def test_a_project_line_closing_with_a_status_and_its_labelled_unit() -> None:
    text = (
        "令和8年度の主な事業\n"
        "• 架空朝市支援事業3,650千円（前年度 3,090千円）担当：架空推進課\n"
        "• 架空サイン整備事業9,430千円 新規 担当：架空環境課\n"
    )
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in _facts(text).projects}
    assert ("架空朝市支援事業", 2025, 3090000, "架空推進課") in projects
    assert ("架空サイン整備事業", 2026, 9430000, "架空環境課") in projects


def test_a_bureaus_caption_with_its_unit_note_is_the_department_of_its_projects() -> None:
    text = (
        "令和8年度 架空市当初予算案の概要\n"
        "一般会計の局別内訳（単位：千円）\n"
        "局等\t令和8年度\t令和7年度\n"
        "架空総務局\t17,930,200\t17,415,600\n"
        "架空生活局\t9,421,700\t9,104,800\n"
        "\n"
        "主な事業\n"
        "架空総務局（単位：千円）\n"
        "事業名\t区分\t令和8年度\t令和7年度\t担当課\n"
        "架空オンライン化推進事業\t拡充\t598,100\t402,600\t架空推進課\n"
        "\n"
        "架空生活局（単位：千円）\n"
        "事業名\t区分\t令和8年度\t令和7年度\t担当課\n"
        "架空コミュニティ支援事業\t継続\t201,800\t197,500\t架空活動課\n"
    )
    units = {(o.name, o.parent) for o in _facts(text).organizations}
    assert {("架空推進課", "架空総務局"), ("架空活動課", "架空生活局")} <= units


def test_a_units_budget_table_with_its_unit_note_under_the_last_row() -> None:
    text = (
        "令和８年度　架空区運営方針（案）\n"
        "４　区役所の予算\n"
        "　　令和８年度の区役所の予算（一般会計のうち区配分予算）は、２億９，３５６万円で、前年度\n"
        "　　から８５８万円の増となります。\n"
        "\n"
        "　　所属                        令和８年度    令和７年度        増減\n"
        "　　架空推進課                     175,330       170,260       5,070\n"
        "　　架空区民課                      61,440        60,980         460\n"
        "　　計                             250,800       243,760       7,040\n"
        "                                                            （単位：千円）\n"
        "\n"
        "５　重点取組\n"
    )
    assert ("架空推進課", 2026, "一般会計", 175330000) in _budgets(text)


def test_a_breakdown_of_cost_items_is_no_list_of_projects() -> None:
    text = (
        "令和8年度 架空区 区運営方針\n"
        "3　区の予算\n"
        "区で執行する一般会計予算（単位：千円）\n"
        "区分\t令和8年度\t令和7年度\t増減\n"
        "区づくり推進費\t111,100\t101,000\t10,100\n"
        "区役所運営費\t222,200\t202,000\t20,200\n"
        "区民利用施設管理費\t133,300\t123,000\t10,300\n"
        "合計\t466,600\t426,000\t40,600\n"
    )
    assert not any(p.name.endswith("費") for p in _facts(text).projects)
