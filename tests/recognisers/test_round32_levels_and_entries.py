"""Round 32: levels a page prints as goals, chains and sibling cells, told from the entries
filed under them (fictional examples)."""

from __future__ import annotations

from _facts_of import parsed_as_read

from loaders.facts import DocumentFacts


def _facts(text: str, file: str = "x.txt") -> DocumentFacts:
    return parsed_as_read(text, file)


def _policies(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {(p.normalized, p.label or "") for p in facts.policy_codes}


def _entries(facts: DocumentFacts) -> dict[str, list[str]]:
    return {i.name: i.policy_codes for i in facts.initiatives}


_GOAL_PAGE = (
    "<html><body><h1>令和７年度 架空区運営方針</h1>"
    "<h2>重点目標と主な取組</h2>"
    "<h3>目標１　架空に強い安全なまち</h3>"
    "<ul><li>架空防災力の向上</li></ul><p>訓練を支援します。</p><p>担当：総務課</p>"
    "<ul><li>架空交通安全活動の推進</li></ul><p>担当：総務課</p>"
    "<h3>目標２　架空に暮らせるまち</h3>"
    "<ul><li>架空予防の推進</li></ul><p>担当：健康づくり課</p>"
    "<h3>目標３　架空がつながるまち</h3>"
    "<ul><li>架空まつりの開催支援</li></ul><p>担当：区民課</p>"
    "</body></html>"
)


def test_goal_headings_numbered_in_turn_over_lists_are_the_levels_of_the_page() -> None:
    facts = _facts(_GOAL_PAGE, "x.html")
    assert {("1", "架空に強い安全なまち"), ("2", "架空に暮らせるまち"),
            ("3", "架空がつながるまち")} <= _policies(facts)  # fmt: skip


def test_the_entries_under_a_goal_heading_are_filed_under_its_number() -> None:
    entries = _entries(_facts(_GOAL_PAGE, "x.html"))
    assert entries["架空防災力の向上"] == ["1"]
    assert entries["架空予防の推進"] == ["2"]
    assert entries["架空まつりの開催支援"] == ["3"]


def test_a_goal_heading_over_figures_is_no_level() -> None:
    text = (
        "<html><body><h2>目標１　架空訪問の実施率</h2><p>現状値 68.5％ → 目標値 80.0％</p>"
        "<h2>目標２　架空の参加者数</h2><p>現状値 2,340人 → 目標値 3,000人</p></body></html>"
    )
    assert not _policies(_facts(text, "x.html"))


def test_a_cited_chain_names_each_level_by_its_own_name() -> None:
    text = (
        "令和５年度　主要な施策の成果に関する説明書\n"
        "事業名　架空検診事業　　　所管　架空部架空課\n"
        "総合計画　基本目標１ 架空でふれあいのあるまち　／　施策１－１ 架空づくりの推進\n"
        "１　事業の目的\n　架空の早期発見につなげる。\n"
    )
    policies = _policies(_facts(text))
    assert ("1", "架空でふれあいのあるまち") in policies
    assert ("1-1", "架空づくりの推進") in policies


def test_a_cell_listing_sibling_levels_is_no_entry() -> None:
    text = (
        "<html><body><table><tr><th>基本目標</th><th>施策</th></tr>"
        "<tr><td>Ⅰ 架空と共生するむら</td><td>Ⅰ-1 架空森林の保全 Ⅰ-2 架空暮らしの推進</td></tr>"
        "<tr><td>Ⅱ 架空に働けるむら</td><td>Ⅱ-1 架空農林業の振興 Ⅱ-2 架空観光の振興</td></tr>"
        "</table></body></html>"
    )
    facts = _facts(text, "x.html")
    assert ("1-2", "架空暮らしの推進") in _policies(facts)
    assert not [i.name for i in facts.initiatives if "Ⅰ-2" in i.name or "Ⅱ-2" in i.name]


def test_a_numbered_level_over_its_own_entries_is_no_entry_of_the_broader_level() -> None:
    text = (
        "改革の柱１　架空サービスの向上\n"
        "取組方針(1)　架空手続のデジタル化\n"
        "番号\t取組項目\t所管\t評価\n"
        "1-(1)-①\t架空申請の拡大\t総務局 架空課\tＡ\n"
        "1-(1)-②\t架空納付の拡大\t財政局 架空課\tＢ\n"
        "\n"
        "取組方針(2)　架空窓口の改善\n"
        "番号\t取組項目\t所管\t評価\n"
        "1-(2)-①\t架空窓口の導入\t市民局 架空課\tＳ\n"
    )
    facts = _facts(text)
    assert ("1-1", "架空手続のデジタル化") in _policies(facts)
    entries = _entries(facts)
    assert "架空申請の拡大" in entries
    assert "架空手続のデジタル化" not in entries
    assert "架空窓口の改善" not in entries


def test_a_circled_list_under_a_policy_label_holds_the_measures_of_the_policy_above() -> None:
    text = (
        "【施策の体系】\n"
        "政策２－１ 架空と医療\n"
        "　施策２－１－１ 架空づくりの推進\n"
        "　施策２－１－２ 架空医療の充実\n"
        "\n"
        "政策２－１ 架空と医療\n"
        "施策２－１－１\n"
        "架空づくりの推進\n"
        "主管課 架空増進課\n"
        "\n"
        "■ 現状と課題\n"
        "架空の受診率は国の目標を下回っています。\n"
        "\n"
        "■ 施策の方向\n"
        "① 架空検診の受診率向上\n"
        "② 架空習慣の定着\n"
        "\n"
        "■ 成果指標\n"
    )
    entries = _entries(_facts(text))
    assert entries["架空検診の受診率向上"] == ["2-1-1"]
    assert entries["架空習慣の定着"] == ["2-1-1"]


def test_the_policy_rows_of_a_table_mixing_levels_are_no_projects() -> None:
    text = (
        "区分\t番号\t名称\t主管課\tＲ６決算額\tＲ７予算額\t評価\n"
        "基本目標\t1\t架空で快適なまち\t\t\t\t\n"
        "施策\t1-1-1\t架空対策の推進\t架空管理課\t\t\t4\n"
        "事務事業\t1-1-1-01\t架空組織育成事業\t架空管理課\t4,812\t5,200\tＢ\n"
        "事務事業\t1-1-1-02\t架空備蓄品整備事業\t架空管理課\t12,640\t14,300\tＡ\n"
        "施策\t1-2-1\t架空ネットワークの整備\t架空道路課\t\t\t3\n"
        "事務事業\t1-2-1-01\t架空道改良事業\t架空道路課\t486,200\t512,800\tＢ\n"
    )
    names = {p.name for p in _facts(text, "x.tsv").projects}
    assert "架空組織育成事業" in names and "架空道改良事業" in names
    assert not names & {"架空対策の推進", "架空ネットワークの整備", "架空で快適なまち"}


def test_an_indicator_name_opening_with_a_number_in_a_phrase_keeps_its_row() -> None:
    text = (
        "■ 成果指標\n"
        "指標名 単位 現状値 中間目標値 目標値\n"
        "（令和５年度） （令和９年度） （令和11年度）\n"
        "架空健診受診率 ％ 38.4 45.0 50.0\n"
        "１日30分以上の運動を週２回以上している市民の割合 ％ 31.2 36.0 40.0\n"
    )
    found = {(o.indicator, o.fiscal_year, o.value) for o in _facts(text).observations}
    assert ("1日30分以上の運動を週2回以上している市民の割合", 2029, 40.0) in found


def test_a_legend_after_a_label_leaves_the_label() -> None:
    from loaders.recognisers.outline import is_label_like, label_field

    assert label_field("主な取組（　）は担当課") == "initiative"
    assert is_label_like("令和6年度の主な取組（　）は担当課")
    assert is_label_like("主な事業（令和6年度決算額、単位：千円）")
    assert not is_label_like("架空の森づくり")


def test_a_sheets_numbered_section_labels_are_no_entries_of_its_policy() -> None:
    text = (
        "基本目標３　架空と共生するまち\n"
        "政策3-1　架空社会の実現\n"
        "施策3-1-1　架空エネルギーの導入拡大\n"
        "主管局\t架空局\t関係局\t架空整備局\n"
        "（１）成果指標\n"
        "指標名\t単位\t基準値 （R2）\tR6 目標値\tR6 実績値\n"
        "架空導入量\tMW\t186.4\t262.0\t241.7\n"
        "（２）令和６年度の主な取組（　）は担当課\n"
        "○架空屋根を活用した発電の導入（架空推進室）\n"
        "○架空蓄電池設置補助（架空推進室）\n"
        "（３）主な事業（令和６年度決算額、単位：千円）\n"
        "事業名\t決算額\t担当課\n"
        "架空設備導入補助事業\t312,480\t架空推進室\n"
    )
    entries = _entries(_facts(text))
    assert entries["架空蓄電池設置補助"] == ["3-1-1"]
    assert not [name for name in entries if "主な" in name]


_TREE_STARTS = (2, 30, 60, 108)  # the print places of 基本目標, 政策, 施策, 主担当部


def _tree_line(*cells: str) -> str:
    """A line of a tree laid out a column per level, each cell from its column's place."""
    from loaders.structure.tables import printed_width

    out = ""
    for place, cell in zip(_TREE_STARTS, cells, strict=False):
        if cell:
            out += " " * (place - printed_width(out)) + cell
    return out + "\n"


_TREE = (
    "２ 施策の体系\n\n"
    + _tree_line("基本目標", "政策", "施策", "主担当部")
    + "  " + "─" * 60 + "\n"
    + _tree_line("", "", "1-1-1 架空子育ての切れ目ない支援", "架空こども部")
    + _tree_line("", "1-1 架空支援の充実", "1-1-2 架空幼児教育の充実", "架空こども部")
    + _tree_line("基本目標1", "", "1-1-3 架空居場所づくり", "架空こども部")
    + _tree_line(
        "架空がすこやかに育ち、誰",
        "1-2 架空教育の充実",
        "1-2-1 架空学力と豊かな心の育成",
        "架空教育部",
    )
    + _tree_line("", "", "      の推進")
    + _tree_line("もが学び続けられるまち", "", "1-2-2 架空教育環境の整備", "架空教育部")
    + "\n                                                          - 10 -\n"
    + "第３次架空市総合計画 基本計画\n\n"
    + _tree_line("基本目標2", "2-1 架空産業の振興", "2-1-1 架空担い手の確保", "架空産業部")
    + _tree_line("ひとが集い、しごとが生まれ", "", "2-1-2 架空商工業の振興", "架空産業部")
    + _tree_line("る、活力あるまち", "2-2 架空交流の促進", "2-2-1 架空観光の振興", "架空産業部")
)


def test_a_tree_printed_a_column_per_level_gives_each_level_its_wrapped_name() -> None:
    policies = _policies(_facts(_TREE))
    assert ("1", "架空がすこやかに育ち、誰もが学び続けられるまち") in policies
    assert ("1-2", "架空教育の充実") in policies
    assert ("1-2-1", "架空学力と豊かな心の育成の推進") in policies


def test_a_tree_continued_on_the_next_page_without_its_header_is_read_on() -> None:
    policies = _policies(_facts(_TREE))
    assert ("2", "ひとが集い、しごとが生まれる、活力あるまち") in policies
    assert ("2-2", "架空交流の促進") in policies
    assert ("2-1-2", "架空商工業の振興") in policies


def test_a_level_word_and_number_alone_are_named_by_the_next_line() -> None:
    text = (
        "基本目標１\n"
        "架空に仕事をつくり、安心して働けるようにする\n"
        "\n"
        "具体的な施策 1-1 架空産業の競争力強化\n"
        "【担当課】架空振興課\n"
        "■主な取組\n"
        "●架空奨励金による誘致\n"
        "●架空ブランド化への支援\n"
    )
    facts = _facts(text)
    assert ("1", "架空に仕事をつくり、安心して働けるようにする") in _policies(facts)
    assert ("1-1", "架空産業の競争力強化") in _policies(facts)
    assert _entries(facts)["架空奨励金による誘致"] == ["1-1"]


def test_a_goal_after_a_bracketed_step_is_no_step_of_it() -> None:
    text = (
        "基本目標１ 架空な雇用を創出する\n"
        "具体的な施策 (1) 架空担い手の確保 担当課：架空振興課\n"
        "施策の評価 ○\n"
        "具体的な施策 (2) 架空産業の振興 担当課：架空振興課\n"
        "施策の評価 △\n"
        "- 2 -\n"
        "架空町まち・ひと・しごと創生総合戦略 効果検証\n"
        "基本目標２ 新しい架空の流れをつくる\n"
        "具体的な施策 (1) 架空定住の促進 担当課：架空企画課\n"
    )
    policies = _policies(_facts(text))
    assert ("2", "新しい架空の流れをつくる") in policies
    assert not [code for code, name in policies if code == "2-2"]


def test_a_kinds_label_over_values_each_after_its_year_is_a_series() -> None:
    text = (
        "■重要業績評価指標（ＫＰＩ）\n"
        "①架空立地件数（累計）\n"
        "基準値 ２件（R元）→ 目標値 １２件（R6）\n"
        "実績値 R3 ５件 ／ R4 ７件 ／ R5 ９件　（R6見込 １１件）\n"
    )
    found = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in _facts(text).observations}
    assert {
        ("架空立地件数(累計)", 2021, "actual", 5),
        ("架空立地件数(累計)", 2023, "actual", 9),
        ("架空立地件数(累計)", 2024, "estimate", 11),
        ("架空立地件数(累計)", 2024, "target", 12),
    } <= found


def test_an_entry_under_a_numbered_step_is_filed_under_the_steps_code_in_the_plan() -> None:
    page = (
        "<html><body><main>"
        "<h2>基本方針1　架空化による市民サービスの向上</h2>"
        "<h3>推進項目（１）　架空手続のオンライン化</h3>"
        "<h4>取組No.1　架空申請システムの利用拡大</h4><p>所管：架空部　架空課</p>"
        "<h4>取組No.2　架空決済の導入</h4><p>所管：架空部　架空課</p>"
        "<h3>推進項目（２）　架空事務の効率化</h3>"
        "<h4>取組No.3　架空OCRの活用拡大</h4><p>所管：架空部　架空課</p>"
        "</main></body></html>"
    )
    entries = _entries(_facts(page, "x.html"))
    assert entries["架空申請システムの利用拡大"] == ["1-1"]
    assert entries["架空OCRの活用拡大"] == ["1-2"]


def test_a_cell_of_year_value_pairs_under_a_kinds_label_gives_a_value_a_year() -> None:
    text = (
        "具体的な施策\t重要業績評価指標（KPI）\t単位\t基準値\t実績値\t目標値（R7）\n"
        "1-(1) 架空就職の支援\t架空就職率\t%\t38.5（R元）\tR4:40.2 R5:41.8 R6:43.6\t45.0\n"
    )
    observations = _facts(text, "x.tsv").observations
    found = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in observations}
    assert {("架空就職率", 2022, "actual", 40.2), ("架空就職率", 2024, "actual", 43.6)} <= found


def test_a_one_row_grade_table_in_a_policys_section_grades_that_policy() -> None:
    text = (
        "令和７年度　施策評価シート（令和６年度の取組に対する評価）\n"
        "施策3-1-1　架空エネルギーの導入拡大\n"
        "（１）成果指標\n"
        "指標名\t単位\t基準値\tR6 目標値\tR6 実績値\n"
        "架空導入量\tMW\t186.4\t262.0\t241.7\n"
        "（４）施策の評価\n"
        "評価\t評価の理由・課題\n"
        "Ｂ\t架空の導入は目標を上回ったが、全体の導入量は目標に達していない。\n"
    )
    facts = _facts(text)
    assert ("架空エネルギーの導入拡大", 2024, "B") in {
        (e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations
    }
