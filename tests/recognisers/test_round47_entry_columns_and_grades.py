"""「主な取組1 | 主な取組2」: one field's label numbered over several columns, each a column of
the entries filed under the row's 施策; a graded name's unit in charge in 〔〕 after it is no
part of the name; and 「評価：B（令和5年度：C）」 grades the document's year and the year
named in the bracket; an entry citing its policy in a closing bracket (「（施策2-2-1 名称）」)
and a chain of levels apart by spaces (「基本目標1 名称 施策1-1 名称」) name those policies.
Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import field_of, numbered_column_field
from tests.recognisers._facts_of import evaluation_rows, facts_of, initiative_rows, policy_rows

_TREE = (
    "| 施策番号 | 施策名 | 担当課 | 主な取組1 | 主な取組2 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1-1 | 架空資源の保全 | 架空課 | 架空経営の推進 | 架空利用の促進 |\n"
    "| 1-2 | 架空環境の保全 | 架空課 | 架空減量の徹底 | 架空エネルギーの導入 |\n"
)


def test_a_label_numbered_in_turn_names_its_field() -> None:
    header = ["施策番号", "施策名", "主な取組1", "主な取組2"]
    assert numbered_column_field(header, 2) == numbered_column_field(header, 3) == "initiative"


def test_a_label_numbered_alone_names_no_column() -> None:
    assert numbered_column_field(["構成事業1", "架空振興事業", "架空支援事業"], 0) is None


def test_each_numbered_column_lists_entries_under_the_rows_policy() -> None:
    rows = initiative_rows(facts_of(_TREE))
    assert {("架空経営の推進", ("1-1",)), ("架空利用の促進", ("1-1",)),
            ("架空減量の徹底", ("1-2",)), ("架空エネルギーの導入", ("1-2",))} <= rows  # fmt: skip


def test_a_unit_in_charge_in_brackets_is_no_part_of_a_graded_name() -> None:
    text = (
        "令和6年度の施策評価\n\n"
        "| 具体的な施策 | 重要業績評価指標 | 令和6年度 実績 | 施策評価 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1-(1) 架空産業の振興 〔架空振興課〕 | 架空出荷額（億円） | 3,642 | Ｂ |\n"
        "| 1-(2) 架空水産業の振興 〔架空水産課〕 | 架空者数（経営体） | 172 | Ｃ |\n"
    )
    names = {name for name, _, _ in evaluation_rows(facts_of(text))}
    assert names and not any("〔" in name for name in names)


def test_a_grade_then_another_years_in_brackets_grades_both_years() -> None:
    text = (
        "施策の評価と主な取組\n"
        "• 1-(1) 架空産業の強化　評価：B（令和5年度：C）\n"
        "主な取組：架空の支援\n"
        "• 1-(2) 架空水産業の振興　評価：A（令和5年度：A）\n"
        "主な取組：架空の育成\n"
    )
    assert {("架空産業の強化", 2024, "B"), ("架空産業の強化", 2023, "C"),
            ("架空水産業の振興", 2023, "A")} <= evaluation_rows(facts_of(text))  # fmt: skip


def test_a_fields_listed_measures_under_a_coded_entry_are_filed_under_its_code() -> None:
    text = (
        "施策の評価と主な取組\n"
        "• 1-(1) 架空産業の強化　評価：B\n"
        "主な取組：架空創業の支援、架空企業の誘致\n"
        "• 1-(2) 架空水産業の振興　評価：C\n"
        "主な取組：架空就農者の育成、架空品のブランド化\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("架空創業の支援", ("1-(1)",)), ("架空企業の誘致", ("1-(1)",)),
            ("架空品のブランド化", ("1-(2)",))} <= rows  # fmt: skip


def test_a_division_label_with_its_part_beside_it_names_the_division() -> None:
    assert field_of("所管課・係", exact=True) == "division"


def test_a_line_listing_entry_numbers_names_no_entry() -> None:
    text = (
        "１　計画の体系\n"
        "　基本方針Ⅰ　架空の財政基盤の確立\n"
        "　　　推進項目Ⅰ－1　架空の確保\n"
        "　　　　　　取組 １・２・３\n"
        "　　　推進項目Ⅰ－2　架空の見直し\n"
        "　　　　　　取組 ４・５・６\n"
    )
    assert not any(name[0].isdigit() for name, _ in initiative_rows(facts_of(text)))


def test_an_entry_citing_its_policy_in_a_closing_bracket_names_the_policy() -> None:
    text = (
        "### 安全・安心なまち\n\n"
        "  * 架空組織への訓練支援（施策2-2-1 架空防災力の向上）\n"
        "  * 架空計画の作成支援（施策2-2-1 架空防災力の向上）\n"
        "  * 架空ひろばの運営（令和8年度）\n"
    )
    assert ("2-2-1", "架空防災力の向上") in policy_rows(facts_of(text))


def test_a_chain_of_levels_apart_by_spaces_names_each_level() -> None:
    text = (
        "事業名\t架空支援事業\n"
        "総合計画の位置付け\t基本目標１ 架空が育つまち 施策１−１ 架空支援の充実\n"
        "事業の目的\t架空の負担を軽減する。\n"
    )
    assert {("1", "架空が育つまち"), ("1-1", "架空支援の充実")} <= policy_rows(facts_of(text))


def test_a_policys_name_keeps_neither_its_unit_nor_a_far_page_number() -> None:
    text = (
        "具体的な施策\tKPI\t施策評価\n"
        "1-(1) 架空産業の振興 〔架空振興課〕\t架空出荷額（億円）\tＢ\n"
        "1-(2) 架空水産業の振興 〔架空水産課〕\t架空者数（経営体）\tＣ\n"
        "\n"
        "　　　推進項目Ⅱ－1　架空のデジタル化                                1\n"
    )
    rows = policy_rows(facts_of(text))
    assert all("〔" not in (name or "") and not (name or "").endswith("1") for _, name in rows)
    assert ("2-1", "架空のデジタル化") in rows
