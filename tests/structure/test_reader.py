"""The reader's headings, items and fields: numbering, levels and nesting as a reader of an
unknown document sees them."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import StructuredDocument, read_structure


def read(text: str) -> StructuredDocument:
    return read_structure(text, labels=all_labels())


def headings(doc: StructuredDocument) -> list[tuple[str | None, str, int]]:
    return [(b.number, b.text, b.level) for b in doc.of_kind("heading")]


def test_numbering_styles_rank_by_first_appearance() -> None:
    doc = read("第1節 まちの姿\n1 みどりの街\n(1) 公園の整備\n① 小さな広場\n")
    assert headings(doc) == [
        ("第1節", "まちの姿", 1),
        ("1", "みどりの街", 2),
        ("(1)", "公園の整備", 3),
        ("①", "小さな広場", 4),
    ]


def test_label_word_before_a_code_is_its_prefix() -> None:
    doc = read("施策3-2-1 水辺の再生\n重点取組1 川辺の清掃\n政策目標(5) 安心のまち\n")
    assert [(b.prefix, b.number, b.text) for b in doc.of_kind("heading")] == [
        ("施策", "3-2-1", "水辺の再生"),
        ("重点取組", "1", "川辺の清掃"),
        ("政策目標", "(5)", "安心のまち"),
    ]


def test_a_letter_spaced_label_word_before_a_code_is_its_prefix() -> None:
    doc = read("政　　策　２　月の港\n施 策 2-1 桟橋の修繕\n")
    assert [(b.prefix, b.number, b.text) for b in doc.of_kind("heading")] == [
        ("政策", "2", "月の港"),
        ("施策", "2-1", "桟橋の修繕"),
    ]


def test_letter_spaced_words_before_a_figure_are_no_label_and_code() -> None:
    doc = read("合 計 120 件\n東 西 1,200\n")
    assert not any(b.prefix for b in doc.blocks)


def test_numbered_list_right_under_an_unnumbered_heading_nests_under_it() -> None:
    doc = read("取組の一覧\n1 花の道づくり\n2 星空の保全\n")
    label, first, second = doc.of_kind("heading")
    assert first.parent == label.index and second.parent == label.index


def test_marked_heading_keeps_its_label_word_and_code() -> None:
    (heading,) = read("■施策２-３ 風の丘の整備\n・見晴らし台\n").of_kind("heading")
    assert (heading.prefix, heading.number, heading.text) == ("施策", "2-3", "風の丘の整備")


def test_items_take_depth_from_indentation() -> None:
    doc = read("見出し\n・上の項目\n    ・下の項目\n")
    assert [(b.text, b.level) for b in doc.of_kind("item")] == [("上の項目", 0), ("下の項目", 2)]


def test_a_full_width_space_indents_an_item_as_two_half_width_spaces_do() -> None:
    """「・上」 over 「　・下」: a full-width space is two columns wide, so the item nests."""
    doc = read("見出し\n・上の項目\n　・下の項目\n")
    assert [(b.text, b.level) for b in doc.of_kind("item")] == [("上の項目", 0), ("下の項目", 1)]
    doc = read("見出し\n・上の項目\n  ・下の項目\n")
    assert [(b.text, b.level) for b in doc.of_kind("item")] == [("上の項目", 0), ("下の項目", 1)]


def test_bracket_and_colon_fields() -> None:
    doc = read("【担当課】森林課\n所管：水路課\n")
    assert [(b.label, b.value) for b in doc.of_kind("field")] == [
        ("担当課", "森林課"),
        ("所管", "水路課"),
    ]


def test_pdf_circled_numbers_are_repaired() -> None:
    doc = read("目標\n@川の清掃を進める\nA森の手入れを進める\n")
    assert [b.number for b in doc.blocks if b.number] == ["①", "②"]


def test_a_capital_starting_one_line_is_not_repaired() -> None:
    doc = read("目標\nA森の手入れを進める\n")
    assert not any(b.number == "②" for b in doc.blocks)


def test_a_row_missing_its_first_cells_takes_them_from_the_row_above() -> None:
    text = "柱\tNo.\t取組項目\n1 星の財政\t1-1\t星の収納\n1-2\t星の負担\n"
    table = next(b for b in read_structure(text).blocks if b.kind == "table").table
    assert table is not None
    assert [c.text for c in table.rows[1]] == ["1 星の財政", "1-2", "星の負担"]


def test_a_row_cut_short_by_a_wrapped_cell_keeps_its_own_cells() -> None:
    text = "番号\t目標\t事業\n1\t星の防災\t無線整備事業\n2\t月の防災\n"
    table = next(b for b in read_structure(text).blocks if b.kind == "table").table
    assert table is not None
    assert [c.text for c in table.rows[1]] == ["2", "月の防災"]


def test_a_list_restarting_under_the_next_numbered_heading_nests_under_it() -> None:
    text = "体系\nⅢ-2-(1) 星の学び\n① 星の講座\n② 星の書庫\nⅢ-2-(2) 月の運動\n① 月の広場\n"
    blocks = read_structure(text).blocks
    assert blocks[5].parent == blocks[4].index


def test_a_first_entry_read_as_an_item_still_opens_the_sequence_under_its_heading() -> None:
    doc = read("取組の一覧\n1 花の道づくりを進めます。\n2 星空の保全\n3 川辺の清掃\n")
    label = next(doc.of_kind("heading"))
    assert doc.blocks[1].kind == "item"
    assert [b.parent for b in doc.blocks if b.number] == [label.index] * 3


def test_short_plain_lines_under_a_bracketed_label_are_its_content() -> None:
    doc = read("【主な事業】\n 花の道事業(みどり課)\n 星空事業(みどり課)\n")
    label, *content = doc.blocks
    assert label.kind == "heading"
    assert [(b.kind, b.parent) for b in content] == [("paragraph", 0), ("paragraph", 0)]


def test_a_bracket_holding_only_a_code_numbers_the_line() -> None:
    (entry,) = read("【２－１－２】泉の保全\n").blocks
    assert (entry.kind, entry.number, entry.text) == ("item", "2-1-2", "泉の保全")


def test_a_star_marks_an_entry_and_is_no_part_of_its_text() -> None:
    doc = read("主な事業(★は新規)\n★星見台改修事業 120万円(天文課)\n◆夜道照明事業 80万円(道路課)\n")
    assert [b.text for b in doc.blocks if b.mark == "★"] == ["星見台改修事業 120万円(天文課)"]


def test_markdown_bold_marks_are_not_part_of_the_words() -> None:
    doc = read("## 主な取組\n**担当**：雲見課\n1. **星見台の整備**\n   観測台を整えます。\n")
    fields = [(b.label, b.value) for b in doc.of_kind("field")]
    assert fields == [("担当", "雲見課")]
    assert "星見台の整備" in [b.text for b in doc.blocks if b.kind != "field"]


def test_markdown_heading_marks_set_the_level_and_keep_the_number() -> None:
    doc = read(
        "# 雲の町の計画\n## 3. 主な事業\n### 基本目標1 空のまち\n"
        "#### 施策1-2 雲の観測\n本文です。\n"
    )
    assert [(b.prefix, b.number, b.text, b.level) for b in doc.of_kind("heading")] == [
        (None, None, "雲の町の計画", 1),
        (None, "3", "主な事業", 2),
        ("基本目標", "1", "空のまち", 3),
        ("施策", "1-2", "雲の観測", 4),
    ]


def test_a_unit_label_over_its_value_on_the_next_line_is_one_field() -> None:
    doc = read("主管部\n天文部\n主管課\n星見課\n")
    assert [(b.label, b.value) for b in doc.of_kind("field")] == [
        ("主管部", "天文部"),
        ("主管課", "星見課"),
    ]


def test_a_project_label_over_a_section_heading_stays_two_headings() -> None:
    doc = read("主な事業\n子育て・教育\n星見台改修事業 120万円\n")
    assert list(doc.of_kind("field")) == []


def test_word_processor_number_characters_nest_as_their_plain_forms() -> None:
    doc = read(
        "第1 月の港の改革\n㈠ 港の運営\n⑴ 桟橋の管理\n本文です。\n⑵ 灯台の管理\n㈡ 港の財政\n"
    )
    assert headings(doc) == [
        ("第1", "月の港の改革", 1),
        ("㈠", "港の運営", 2),
        ("⑴", "桟橋の管理", 3),
        ("⑵", "灯台の管理", 3),
        ("㈡", "港の財政", 2),
    ]


def test_kanji_numbers_in_brackets_are_a_numbering_style() -> None:
    doc = read("(一) 星の道\n1 星の橋\n(二) 星の丘\n")
    assert headings(doc) == [("(一)", "星の道", 1), ("1", "星の橋", 2), ("(二)", "星の丘", 1)]


def test_dai_with_a_count_word_is_no_section_number() -> None:
    doc = read("第4次雲の町計画\n本文です。\n")
    assert [b.number for b in doc.of_kind("heading")] == [None]


def test_page_footers_of_pdf_text_are_no_part_of_the_outline() -> None:
    doc = read("1 港の概要\n本文です。\n- 2 -\n2 港の課題\n月の町 - 3 -\n3 港の将来\n")
    assert headings(doc) == [("1", "港の概要", 1), ("2", "港の課題", 1), ("3", "港の将来", 1)]
    assert not list(doc.of_kind("item"))


def test_a_budget_label_over_an_amount_is_one_field() -> None:
    doc = read("事業名\n灯台清掃事業\n事業費\n3,640千円\n概要\n灯台を清掃する。\n")
    assert [(b.label, b.value) for b in doc.of_kind("field")] == [
        ("事業名", "灯台清掃事業"),
        ("事業費", "3,640千円"),
    ]


def test_a_title_drawn_in_a_box_of_one_cell_is_read_as_its_line() -> None:
    text = (
        "┏━━━━━━━━━━━━━┓\n┃柱２　月のまちの運営┃\n┗━━━━━━━━━━━━━┛\n"
        "┌──┬────┐\n│番号│改革項目│\n├──┼────┤\n│2-1 │月見台の民営化│\n└──┴────┘\n"
    )
    doc = read_structure(text, labels=all_labels())
    heading = doc.blocks[0]
    assert (heading.kind, heading.prefix, heading.number, heading.text) == (
        "heading", "柱", "2", "月のまちの運営"
    )
    assert doc.blocks[1].kind == "table"


def test_a_count_before_the_counter_tsu_is_no_item_number() -> None:
    doc = read("予算の柱\n1 星のまち\n2 月のまち\n2つの柱に沿って予算を組みました。\n")
    last = doc.blocks[-1]
    assert (last.number, last.text) == (None, "2つの柱に沿って予算を組みました。")


def test_a_markdown_quote_line_reads_as_its_text() -> None:
    """「> 担当課：架空推進課」: the quote marker of a Markdown file is no part of the field's
    label; offsets stay those of the file."""
    text = "# 架空計画\n\n> 計画期間：2025年度から5年間\n> 担当課：架空推進課\n"
    doc = read(text)
    fields = [(b.label, b.value) for b in doc.blocks if b.kind == "field"]
    assert fields == [("計画期間", "2025年度から5年間"), ("担当課", "架空推進課")]
    field = doc.blocks[-1]
    assert field.value_start is not None and text[field.value_start :].startswith("架空推進課")


def test_a_colon_fields_label_may_end_with_a_bracketed_qualifier() -> None:
    doc = read("事業名：星見台整備事業\n予算額(千円)：12,500\n目標値（令和8年度）：40\n")
    fields = [(b.label, b.value) for b in doc.blocks if b.kind == "field"]
    assert fields == [
        ("事業名", "星見台整備事業"),
        ("予算額(千円)", "12,500"),
        ("目標値(令和8年度)", "40"),
    ]


def test_a_word_set_apart_before_the_next_label_qualifies_that_label() -> None:
    """「担当課 架空課    基本計画 施策 3-1」: 基本計画 belongs to the label after it, not to the
    value before the wide gap."""
    doc = read("担当課 道路維持課    基本計画 施策 3-1 安全な道づくり\n")
    fields = [(b.label, b.value) for b in doc.of_kind("field")]
    assert fields == [("担当課", "道路維持課"), ("基本計画 施策", "3-1 安全な道づくり")]


def test_a_form_line_that_ran_into_the_margin_continues_on_the_next_line() -> None:
    """A PDF form line of several fields wrapped at the margin: the short bare line under it
    ends its last field's value; a numbered line after it stays a heading."""
    text = (
        "令和6年度 評価シート                   架空市\n"
        "担当課 道路維持課    施策 3-1-2 誰もが安全に通行できる道\n"
        "づくりの推進\n"
        "1 事業の目的\n"
    )
    doc = read(text)
    fields = [(b.label, b.value) for b in doc.of_kind("field")]
    assert fields[-1] == ("施策", "3-1-2 誰もが安全に通行できる道づくりの推進")
    assert [b.text for b in doc.of_kind("heading")][-1] == "事業の目的"


def test_a_short_line_under_a_single_field_line_is_not_joined_to_it() -> None:
    """Only a line of several fields is read as wrapped: 「担当課 架空課」 over a heading."""
    doc = read("担当課 道路維持課\n道路の補修\n1 概要\n")
    assert [(b.label, b.value) for b in doc.of_kind("field")] == [("担当課", "道路維持課")]


def test_a_marked_line_of_a_known_label_and_value_is_a_field() -> None:
    doc = read("◆港の整備\n■所管課：港湾課\n◇位置付け：施策2-1 港の活性化\n")
    assert [(b.label, b.value) for b in doc.of_kind("field")] == [
        ("所管課", "港湾課"), ("位置付け", "施策2-1 港の活性化"),
    ]  # fmt: skip


def test_marked_form_rows_padded_with_wide_spaces_are_fields() -> None:
    doc = read("◆施策番号　2-4\n◆施策名　　港の活性化\n◆主管課　　港湾課\n◆成果指標\n本文です。\n")
    assert [(b.label, b.value) for b in doc.of_kind("field")] == [
        ("施策番号", "2-4"), ("施策名", "港の活性化"), ("主管課", "港湾課"),
    ]  # fmt: skip


def test_marked_form_rows_padded_with_several_half_width_spaces_are_fields() -> None:
    doc = read("□事業名   灯台改修事業\n□担当課   港湾課\n")
    assert [(b.label, b.value) for b in doc.of_kind("field")] == [
        ("事業名", "灯台改修事業"), ("担当課", "港湾課"),
    ]  # fmt: skip


def test_a_lone_marked_label_and_word_stays_a_heading() -> None:
    doc = read("■事業 概要\n本文です。\n")
    assert doc.blocks[0].kind == "heading"


def test_a_marked_padded_level_with_its_number_and_name_stays_a_numbered_heading() -> None:
    doc = read("■基本目標　3　港のまち\n■主管課　　港湾課\n")
    assert (doc.blocks[0].kind, doc.blocks[0].number) == ("heading", "3")


def test_a_bracketed_title_opening_with_a_label_and_number_keeps_them() -> None:
    doc = read("〔政策目標２　港のにぎわい〕\n・灯台の公開\n")
    assert [(b.prefix, b.number, b.text) for b in doc.of_kind("heading")] == [
        ("政策目標", "2", "港のにぎわい")
    ]


def test_a_bracketed_title_of_a_bare_number_or_label_stays_a_title() -> None:
    doc = read("【重点事業1】\n本文です。\n【2】\n本文です。\n")
    assert [(b.number, b.text) for b in doc.of_kind("heading")] == [
        (None, "重点事業1"), (None, "2"),
    ]  # fmt: skip


def test_a_marked_line_with_an_unknown_label_stays_a_heading() -> None:
    doc = read("■港のあらまし：概要\n本文です。\n")
    assert doc.blocks[0].kind == "heading"


def test_a_section_title_under_a_full_form_line_is_not_read_as_its_wrapped_value() -> None:
    """A short title in kanji followed by prose opens a section; it ends no field's value."""
    text = (
        "令和6年度 評価シート                   架空市\n"
        "担当課 道路維持課    施策 3-1-2 誰もが安全に通行できる道路網\n"
        "取組の成果\n"
        "舗装の補修を予定どおり終えました。\n"
    )
    fields = [(b.label, b.value) for b in read(text).of_kind("field")]
    assert fields[-1] == ("施策", "3-1-2 誰もが安全に通行できる道路網")


def test_a_value_wrapped_under_its_own_column_continues_the_last_field() -> None:
    """The rest of a form line's last value printed on the next line under that field."""
    head = "担当部 架空建設部    担当課 道路維持課    施策 3-1 誰もが安全に"
    text = f"{head}\n{' ' * 43}通行できる道\n1 目的\n"
    fields = [(b.label, b.value) for b in read(text).of_kind("field")]
    assert fields[-1] == ("施策", "3-1 誰もが安全に通行できる道")


def test_a_title_row_over_a_header_starts_the_next_table_of_a_spreadsheet() -> None:
    """A CSV saving two tables in one sheet: 「(2) 予算 | |」 then 「会計 | 令和5年度 | 令和6年度」
    opens a table of its own under that caption, no row of the table above."""
    text = (
        "(1) 職員数\t\t\n所属\t職員数\t備考\n架空企画課\t12\t\n架空税務課\t9\t\n"
        "(2) 予算（単位：千円）\t\t\n会計\t令和5年度\t令和6年度\n一般会計\t1,200\t1,300\n"
    )
    doc = read_structure(text, labels=all_labels())
    tables = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    assert [[c.text for c in t.header_cells] for t in tables] == [
        ["所属", "職員数", "備考"],
        ["会計", "令和5年度", "令和6年度"],
    ]
    assert [r[0].text for r in tables[0].rows] == ["架空企画課", "架空税務課"]


def test_a_one_cell_row_over_figures_stays_a_group_row_of_its_table() -> None:
    text = "所属\t令和5年度\t令和6年度\n架空総務部\t\t\n架空企画課\t12\t13\n架空税務課\t9\t9\n"
    doc = read_structure(text, labels=all_labels())
    tables = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    assert len(tables) == 1 and len(tables[0].rows) == 3


def test_note_rows_under_a_spreadsheets_table_are_lines_of_text() -> None:
    """「注）…」 in a row of its own under the rows, then a contact row: notes, no rows."""
    text = (
        "施設名\t所管\t備考\n架空会館\t架空文化課\t\n架空体育館\t架空体育課\t指定管理\n"
        "注）架空分館は架空文化課の出先機関である。\t\t\n問合せ先\t架空企画課\t\n"
    )
    doc = read_structure(text, labels=all_labels())
    (table,) = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    assert [r[0].text for r in table.rows] == ["架空会館", "架空体育館"]
    assert any(b.kind != "table" and "出先機関" in b.text for b in doc.blocks)


def _beside(left: str, right: str, col: int = 40) -> str:
    width = sum(2 if ord(ch) > 0x2000 else 1 for ch in left)
    return (left + " " * (col - width) + right).rstrip() + "\n"


def test_a_page_of_two_columns_interleaved_line_by_line_reads_left_column_first() -> None:
    """PDF text of a two-column sheet: a line of the left column's sentences, then the right
    column's line beside it. The reader takes the left column, then the right, each piece at
    its own offsets."""
    text = (
        _beside("1 施策のねらい", "3 主な取組")
        + _beside("地域の商店が長く続けられるように、", "・架空商店街の空き店舗対策")
        + _beside("経営の相談や販路の開拓を支えていく", "・架空創業塾の開催")
        + _beside("ことを目指します。", "・架空市場の朝市の運営")
        + _beside("2 現状と課題", "")
        + _beside("・後継者のいない商店が年々増えており", "4 担当")
        + _beside("、早めの相談につなげる必要がある。", "架空商工課")
        + _beside("・空き店舗の活用はまだ少なく、家主へ", "")
        + _beside("の働きかけを強めていきたい。", "")
    )
    doc = read(text)
    texts = [b.text for b in doc.blocks]
    assert texts.index("の働きかけを強めていきたい。") < texts.index("主な取組")
    item = next(b for b in doc.blocks if b.text == "架空商店街の空き店舗対策")
    assert text[item.start : item.end].endswith("架空商店街の空き店舗対策")


def test_a_caption_ending_in_a_unit_note_is_no_header_of_the_space_table_under_it() -> None:
    text = (
        "2 主な事業                （単位：千円）\n"
        "事業名              令和5年度    令和6年度\n"
        "架空朝市運営事業        1,200        1,300\n"
        "架空創業塾事業            800          900\n"
    )
    doc = read(text)
    tables = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    assert [t.header for t in tables] == [["事業名", "令和5年度", "令和6年度"]]
    assert len(tables[0].rows) == 2


def test_a_markdown_code_block_of_aligned_columns_is_a_table() -> None:
    text = (
        "## 区分別の件数\n\n```\n区分          件数\n架空相談        41\n架空訪問         9\n"
        "------------------\n計              50\n```\n"
    )
    doc = read(text)
    (table,) = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    assert table.header == ["区分", "件数"]
    assert [[c.text for c in r] for r in table.rows][-1] == ["計", "50"]
    assert not any("```" in b.text for b in doc.blocks)


def test_a_markdown_code_block_of_prose_stays_lines_without_its_fences() -> None:
    doc = read("```\n架空の手順を次に示します。\nまず申請書を出します。\n```\n")
    assert [b.text for b in doc.blocks] == ["架空の手順を次に示します。", "まず申請書を出します。"]


def test_a_group_row_over_a_row_of_words_stays_in_its_spreadsheet_table() -> None:
    """「架空総務部 | |」 over 「架空文書課 | 文書の管理」: a group row of a table of words, no
    title of a new table (no section mark, no labels under it)."""
    text = (
        "所属\t主な事務\n架空企画課\t計画の策定\n架空広報課\t広報紙の発行\n"
        "架空総務部\t\n架空文書課\t文書の管理\n架空人事課\t職員の採用\n"
    )
    doc = read(text)
    tables = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    assert len(tables) == 1 and len(tables[0].rows) == 5


def test_a_note_row_inside_a_two_column_spreadsheet_table_keeps_the_rows_under_it() -> None:
    text = "所属\t職員数\n架空企画課\t12\n架空広報課\t8\n※再任用職員を含む\t\n架空税務課\t9\n"
    doc = read(text)
    tables = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    assert any(r[0].text == "架空税務課" for t in tables for r in t.rows)


def test_rows_of_a_name_and_figures_apart_by_single_spaces_are_a_table() -> None:
    """A PDF's text layer drops the alignment: 「架空来訪者 1,200  1,250 1,300 1,500」 under a
    header set apart by wide gaps, a qualifier line under the header (「(R2)」, 「標」 under
    「R6目」) and a name wrapped onto the next line (「数(人)」)."""
    text = (
        "指標名       基準値  R4     R5     R6目\n"
        "             (R2)                  標\n"
        "架空来訪者 1,200  1,250 1,300 1,500\n"
        "数(人)\n"
        "架空講座数 12     14 15 20\n"
    )
    doc = read(text)
    (table,) = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    assert table.header == ["指標名", "基準値(R2)", "R4", "R5", "R6目標"]
    assert [[c.text for c in r] for r in table.rows] == [
        ["架空来訪者数(人)", "1,200", "1,250", "1,300", "1,500"],
        ["架空講座数", "12", "14", "15", "20"],
    ]


def test_a_sentence_holding_figures_under_a_header_is_no_figure_row() -> None:
    text = "区分    令和4年度  令和5年度\n架空の件数は 12 から 15 に増えました。\n"
    doc = read(text)
    assert not [b for b in doc.blocks if b.kind == "table"]


def test_a_unit_name_broken_at_the_end_of_a_form_line_is_one_value() -> None:
    """「課名 架空港湾課 係名 灯台」 over 「管理係 記入者 架空」: the 係名 value ends on the next
    line (a PDF's text wraps its cells so); the rest of that line is read on its own."""
    doc = read("部局名 架空港湾部 課名 架空港湾課 係名 灯台\n管理係 記入者 主査\n")
    fields = {b.label: b.value for b in doc.of_kind("field")}
    assert fields["係名"] == "灯台管理係"
    assert "記入者" in doc.text[doc.blocks[-1].start : doc.blocks[-1].end]


def test_a_word_under_a_form_line_ending_in_a_whole_unit_does_not_join_it() -> None:
    doc = read("部局名 架空港湾部 課名 架空港湾課 係名 灯台係\n管理係 記入者 主査\n")
    fields = {b.label: b.value for b in doc.of_kind("field")}
    assert fields["係名"] == "灯台係"


def test_a_second_bracketed_label_on_a_fields_line_opens_a_field_of_its_own() -> None:
    doc = read("【決算額（令和5年度）】3,120千円　【予算額（令和6年度）】3,480千円\n")
    assert [(b.label, b.value) for b in doc.of_kind("field")] == [
        ("決算額(令和5年度)", "3,120千円"),
        ("予算額(令和6年度)", "3,480千円"),
    ]


def test_a_bracketed_word_that_is_no_field_label_stays_in_the_value() -> None:
    doc = read("【事業概要】公園を整備する 【重要】夜間は閉鎖\n")
    assert [(b.label, b.value) for b in doc.of_kind("field")] == [
        ("事業概要", "公園を整備する 【重要】夜間は閉鎖"),
    ]


def test_an_unmarked_line_nested_between_bulleted_items_is_an_entry_of_the_list() -> None:
    """「(内訳)研修担当」 indented under a bulleted item, a bulleted item right under it: a
    part of the item above, not a heading taking the later items under it."""
    doc = read(
        "配置の状況\n"
        "- 架空企画部\n"
        "  - 架空広報課\n"
        "        (内訳)研修担当\n"
        "  - 架空統計課\n"
        "- 架空建設部\n"
    )
    items = list(doc.of_kind("item"))
    assert [b.text for b in items] == [
        "架空企画部", "架空広報課", "(内訳)研修担当", "架空統計課", "架空建設部"
    ]  # fmt: skip
    assert {b.parent for b in items} == {next(doc.of_kind("heading")).index}
    assert items[2].level > items[1].level


def test_an_unmarked_line_after_a_list_at_its_own_depth_is_no_entry() -> None:
    """A short line printed flush left after a list heads what follows, as before."""
    doc = read("配置の状況\n- 架空企画部\n- 架空建設部\n\n次の取組\n- 架空の研修\n")
    assert [b.text for b in doc.of_kind("heading")] == ["配置の状況", "次の取組"]
