"""Round 54: facts a page states by its layout and its words (fictional examples). A goal
heading over the policies numbered within it; a 室 and an office in a tree column under their
課; a 係 field under its 課's heading; a unit's staff with last year's in a bare bracket a
legend far above dates; an office nested in a list of units and their counts; a department
named by its head's post (「…部長」) read as one word; a chain of units the tokenizer cuts
where characters alone cannot; a total row's label; a graded level holding entries of its
own; a citation naming its plan inside 【】; marks before entries under a review heading;
values under a year alone between a baseline and a target; a word's year field; a record's
field citing the level above its own. (Four guards hold before too, pinning what the new
rules must leave alone: a note on one entry's bracket, a tree drawn with its stems, a level
counting its entries.)"""

from __future__ import annotations

from _facts_of import facts_of, initiative_rows, policy_rows

from loaders.facts import DocumentFacts
from loaders.parse import parse_document


def _read(text: str) -> DocumentFacts:
    return parse_document(
        text, file="x.txt", municipality_code="999989", municipality="架空市", prefecture="架空県"
    )


def _parents(text: str) -> dict[str, str | None]:
    return {o.name: o.parent for o in _read(text).organizations}


def _staff(text: str) -> set[tuple[str, int | None, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in _read(text).staff}


_GOALS = """４　区づくりの目標と施策
  目標１   架空の海辺のにぎわいのある区
      施策１－（１）   架空海岸の魅力向上
      施策１－（２）   架空商店街の活性化
  目標２   架空の安心して暮らせる区
      施策２－（１）   架空の防災力の向上
"""


def test_goal_headings_over_policies_numbered_within_them_are_policies() -> None:
    rows = policy_rows(facts_of(_GOALS))
    assert {("1", "架空の海辺のにぎわいのある区"), ("2", "架空の安心して暮らせる区")} <= rows
    assert ("1-2", "架空商店街の活性化") in rows


_TREE = """２   区役所の体制（各年４月１日現在、単位：人）
 課・室・出張所                      主な係                                        令和８年度         令和７年度
 架空推進課                          企画係・振興係                                16                 15
 　└架空まちづくり推進室            （架空推進課内）                              4                  －
 架空区民課                          戸籍係・記録係                                38                 39
 　└架空浦出張所                    （架空区民課所管）                            5                  5
 架空年金課                          保険係・年金係                                22                 22
"""  # noqa: E501


def test_a_room_in_a_tree_column_is_the_division_above_its_branch() -> None:
    assert _parents(_TREE)["架空まちづくり推進室"] == "架空推進課"


def test_an_office_in_a_column_labelled_by_kinds_of_unit_is_a_unit() -> None:
    assert _parents(_TREE).get("架空浦出張所") == "架空区民課"


_SECTIONS = """令和8年度 課等運営方針
職員数は4月1日現在、（ ）は令和7年4月1日現在。

■架空総務課
課長：架空 一郎
職員数：16人（15人）
係：架空総務係・架空防災係

■架空住民課
課長：架空 花子
職員数：9人（9人）
係：架空住民係・架空税務係
"""


def test_a_field_labelled_by_a_kind_of_unit_holds_the_headings_parts() -> None:
    parents = _parents(_SECTIONS)
    assert parents["架空防災係"] == "架空総務課" and parents["架空税務係"] == "架空住民課"


def test_a_bare_bracket_after_a_count_is_the_year_a_legend_far_above_names() -> None:
    assert {("架空総務課", 2025, 15), ("架空住民課", 2025, 9)} <= _staff(_SECTIONS)


_LIST = """令和8年度 架空健康部長マニフェスト
【部の体制】（令和8年4月1日現在、（　）は前年度）
・架空政策課　14人（13人）
・架空支援課　22人（21人）
　└架空家庭センター　9人（新設）※架空支援課内に設置
・架空保育課　47人（46人）
　部計　92人（80人）
"""


def test_an_office_nested_in_a_list_of_units_and_counts_is_the_units_above() -> None:
    assert _parents(_LIST).get("架空家庭センター") == "架空支援課"
    assert ("架空家庭センター", 2026, 9) in _staff(_LIST)


def test_a_heads_post_read_as_one_word_names_the_department_it_heads() -> None:
    assert ("架空健康部", 2026, 92) in _staff(_LIST)
    assert _parents(_LIST)["架空政策課"] == "架空健康部"


def test_a_chain_of_units_is_cut_where_the_tokenizer_reads_them() -> None:
    from loaders.genres.units import split_unit_chain

    assert split_unit_chain("こども未来局放課後児童課") == ["こども未来局", "放課後児童課"]


def test_a_total_rows_label_names_no_project() -> None:
    from loaders.field_vocabulary import is_total_label

    assert is_total_label("施策計") and is_total_label("３か年計")
    assert not is_total_label("架空拠点基本設計") and not is_total_label("架空事業")


_GRADED_LEVELS = """基本目標1 架空のまち
施策1-(1) 架空の水産業
評価：A
主な取組
・架空の販路開拓
・架空の担い手育成
施策1-(2) 架空の創業
評価：B
主な取組
・架空の伴走支援
"""


def test_a_graded_level_holding_entries_of_its_own_is_no_entry_of_the_level_above() -> None:
    rows = initiative_rows(facts_of(_GRADED_LEVELS, year=2025))
    assert ("架空の販路開拓", ("1-(1)",)) in rows
    assert not any(name == "架空の水産業" for name, _ in rows)


_CITED = """重点目標
① 架空体制の強化 【総合計画 施策4-1 架空・減災の推進】
・事業：架空備蓄品整備事業 6,480千円（前年度 5,900千円）
② 架空手続のデジタル化 【総合計画 施策5-2 架空な行財政運営】
・事業：架空申請システム導入事業 8,800千円（前年度 3,300千円）
令和7年度の振り返り
・◎ 架空備蓄品の計画的な整備（施策4-1）
・△ 架空文書管理の電子化（施策5-2）
"""


def test_a_citation_in_lenticular_brackets_naming_its_plan_files_the_entry() -> None:
    rows = initiative_rows(facts_of(_CITED, year=2026))
    assert ("架空体制の強化", ("4-1",)) in rows and ("架空手続のデジタル化", ("5-2",)) in rows


def test_marks_before_entries_under_a_review_heading_are_their_grades() -> None:
    facts = facts_of(_CITED, year=2026)
    assert {(e.initiative, e.grade) for e in facts.evaluations} >= {
        ("架空備蓄品の計画的な整備", "◎"), ("架空文書管理の電子化", "△"),
    }  # fmt: skip
    assert ("架空備蓄品の計画的な整備", ("4-1",)) in initiative_rows(facts)


_RECORD = """架空事業の利用率
単位：％
現状年度：2024
現状値：18.6
中間年度：2030
中間目標：30
目標年度：2035
目標：40
"""


def test_a_words_year_field_dates_the_values_its_word_opens() -> None:
    found = {(o.fiscal_year, o.kind, o.value) for o in _read(_RECORD).observations}
    assert found == {(2024, "baseline", 18.6), (2030, "target", 30), (2035, "target", 40)}


_FIELD_ABOVE = """# 1-1 架空の子育て支援
基本目標：1 架空の笑顔のまち

| 番号 | 取組名 |
|---|---|
| 1 | 架空の相談支援の充実 |
| 2 | 架空の産後ケアの利用促進 |
"""


def test_a_records_field_citing_the_level_above_leaves_its_entries_under_its_code() -> None:
    rows = initiative_rows(facts_of(_FIELD_ABOVE, year=2026))
    assert ("架空の相談支援の充実", ("1-1",)) in rows


_NOTED_BRACKET = """R8職員配置
※（　）内は令和7年4月1日現在の人数です
■架空総務部　40人（38人）
・架空総務課　16人（16人）
・架空推進課　17人（15人）
※架空推進課の（　）は旧架空情報課の人数
■架空企画部　23人（22人）
・架空政策課　12人（12人）
・架空財政課　11人（10人）
"""


def test_a_note_on_one_entrys_bracket_leaves_the_legend_above_in_force() -> None:
    assert {("架空政策課", 2025, 12), ("架空財政課", 2025, 10)} <= _staff(_NOTED_BRACKET)


_BRANCHES_UNDER_PILLARS = """1. プランの体系
改革の柱Ⅰ　架空の財政基盤の確立
　└ 改革項目Ⅰ-1　架空の歳入の確保（取組1～3）
　└ 改革項目Ⅰ-2　架空の歳出の見直し（取組4～6）
改革の柱Ⅱ　架空の行政サービスの提供
　└ 改革項目Ⅱ-1　架空の行政のデジタル化（取組7～8）
"""


def test_branches_under_a_heading_with_no_stems_drawn_are_its_entries() -> None:
    assert ("1-2", "架空の歳出の見直し") in policy_rows(facts_of(_BRANCHES_UNDER_PILLARS))


def test_a_level_whose_bracket_counts_its_entries_is_no_entry() -> None:
    rows = initiative_rows(facts_of(_BRANCHES_UNDER_PILLARS))
    assert not any("歳入の確保" in name for name, _ in rows)


_DRAWN_TREE = """5. 推進体制
  架空文化部
    ├ 架空振興課
    │   ├ 架空企画係
    │   └ 架空施設係
    └ 架空学習課
        ├ 架空教育係
        └ 架空公民館係
"""


def test_a_tree_drawn_with_its_stems_keeps_its_levels() -> None:
    parents = _parents(_DRAWN_TREE)
    assert parents["架空学習課"] == "架空文化部" and parents["架空公民館係"] == "架空学習課"


_GRADED_WITH_ENTRIES_FIELD = """基本目標1 架空のまち
施策1-(1) 架空の水産業
評価：A
取組：架空の販路開拓、架空の担い手育成
施策1-(2) 架空の創業
評価：B
取組：架空の伴走支援
"""


def test_a_graded_level_with_a_field_of_its_entries_is_no_entry_of_the_level_above() -> None:
    rows = initiative_rows(facts_of(_GRADED_WITH_ENTRIES_FIELD, year=2025))
    assert ("架空の水産業", ("1",)) not in rows and ("架空の創業", ("1",)) not in rows


_LEVELS_WITH_ENTRIES = """| 取組番号 | 取組名 | 推進項目 | 評価 |
|---|---|---|---|
| Ⅰ-1-① | 架空の収納率の向上 | Ⅰ-1 架空の歳入の確保 | A |
| Ⅰ-1-② | 架空の寄附の拡充 | Ⅰ-1 架空の歳入の確保 | B |
| Ⅰ-2-① | 架空の補助金の見直し | Ⅰ-2 架空の歳出の見直し | B |
"""


def test_a_level_cell_beside_its_entrys_own_column_is_no_graded_measure() -> None:
    text = (
        "基本方針Ⅰ 架空の財政運営\n推進項目Ⅰ-1 架空の歳入の確保\n"
        "推進項目Ⅰ-2 架空の歳出の見直し\n\n"
    )
    rows = initiative_rows(facts_of(text + _LEVELS_WITH_ENTRIES, year=2025))
    assert not any(name in ("架空の歳入の確保", "架空の歳出の見直し") for name, _ in rows)
