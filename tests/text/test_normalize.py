import pytest

from loaders.text.normalize import (
    Line,
    cell_spans,
    fold_width,
    is_table_rule,
    join_wrapped_lines,
    lines_with_offsets,
    nfkc_key,
    split_bullets,
    split_cells,
    strip_bullet,
    strip_html,
)


def test_full_width_digits_and_letters_fold_to_ascii() -> None:
    assert fold_width("ＦＹ２０１７") == "FY2017"


def test_full_width_brackets_fold_to_ascii() -> None:
    assert fold_width("（見込み）") == "(見込み)"


def test_ideographic_space_folds_to_space() -> None:
    assert fold_width("部長\u3000髙橋") == "部長 髙橋"


@pytest.mark.parametrize("tilde", ["~", "〜", "～"])
def test_tilde_variants_fold_to_ascii_tilde(tilde: str) -> None:
    assert fold_width(f"2008{tilde}2010") == "2008~2010"


@pytest.mark.parametrize("dash", ["‐", "−", "–", "—", "－"])
def test_dash_variants_fold_to_hyphen(dash: str) -> None:
    assert fold_width(f"4{dash}1") == "4-1"


def test_half_width_katakana_widens_and_merges_voiced_mark() -> None:
    assert fold_width("ｾﾝﾀｰｶﾞ") == "センターガ"


def test_half_width_katakana_keep_length_leaves_voiced_mark_separate() -> None:
    assert fold_width("ｶﾞ", keep_length=True) == "カ゛"


def test_fold_width_preserves_length_without_half_width_kana() -> None:
    text = "令和２年度～６年度　１，２３４千円－４－１"
    assert len(fold_width(text)) == len(text)


def test_japanese_punctuation_is_not_folded() -> None:
    assert fold_width("市民、団体。「広報」・") == "市民、団体。「広報」・"


def test_nfkc_key_ignores_width_and_white_space() -> None:
    assert nfkc_key(" 協働推進課\u3000") == nfkc_key("協働推進課")


def test_nfkc_key_folds_full_width_letters() -> None:
    assert nfkc_key("ＮＰＯ法人") == "NPO法人"


def test_strip_bullet_removes_round_bullet_and_spaces() -> None:
    assert strip_bullet("  • 地域支援に関すること。") == "地域支援に関すること。"


def test_strip_bullet_removes_nakaguro_bullet() -> None:
    assert strip_bullet("・地域づくりの拠点") == "地域づくりの拠点"


def test_strip_bullet_removes_hyphen_followed_by_space() -> None:
    assert strip_bullet("- 項目") == "項目"


def test_strip_bullet_keeps_minus_sign_of_number() -> None:
    assert strip_bullet("-5") == "-5"


def test_strip_bullet_keeps_circled_number() -> None:
    assert strip_bullet("① 今後10年間") == "① 今後10年間"


def test_strip_html_removes_tags_with_attributes() -> None:
    assert strip_html('<ul style="list-style-type: none"> <li>区の長所</li>') == "区の長所"


def test_strip_html_decodes_entities() -> None:
    assert strip_html("a&nbsp;&amp;&nbsp;b") == "a & b"


def test_strip_html_keeps_double_angle_markers() -> None:
    assert strip_html("<<計画期間の目標>> ・目標") == "<<計画期間の目標>> ・目標"


def test_split_cells_on_tabs_keeps_empty_cells() -> None:
    assert split_cells("\t内容(事業名、予算等)\t所管室・課") == [
        "",
        "内容(事業名、予算等)",
        "所管室・課",
    ]


def test_split_cells_strips_cells() -> None:
    assert split_cells(" a \t b ") == ["a", "b"]


def test_split_cells_on_runs_of_spaces() -> None:
    assert split_cells("協働推進課  12   4") == ["協働推進課", "12", "4"]


def test_split_cells_on_ideographic_spaces() -> None:
    assert split_cells("部長\u3000\u3000髙橋") == ["部長", "髙橋"]


def test_split_cells_keeps_single_ideographic_space_in_a_name() -> None:
    assert split_cells("髙橋\u3000直資") == ["髙橋\u3000直資"]


def test_split_cells_keeps_single_spaces_inside_a_cell() -> None:
    assert split_cells("部長・次長級職 2 2") == ["部長・次長級職 2 2"]


def test_split_cells_reads_markdown_row() -> None:
    assert split_cells("| ① | 防災行政無線を改修 |") == ["①", "防災行政無線を改修"]


def test_split_cells_reads_markdown_row_after_list_dash() -> None:
    assert split_cells("- | ① | 防災 |") == ["①", "防災"]


def test_split_cells_of_blank_line_is_empty() -> None:
    assert split_cells("   ") == []


def test_cell_spans_point_at_cells() -> None:
    line = "No.\t26\t"
    assert [line[a:b] for a, b in cell_spans(line)] == ["No.", "26", ""]


def test_markdown_separator_is_a_table_rule() -> None:
    assert is_table_rule("|---|-------------------------------|")


def test_text_is_not_a_table_rule() -> None:
    assert not is_table_rule("| ① | 防災 |")


def test_split_bullets_on_round_bullets() -> None:
    assert split_bullets("• a • b") == ["a", "b"]


def test_split_bullets_on_nakaguro_followed_by_space() -> None:
    assert split_bullets("・ 支所・出張所等の充実 ・ 市民提案型事業の推進") == [
        "支所・出張所等の充実",
        "市民提案型事業の推進",
    ]


def test_split_bullets_keeps_nakaguro_inside_names() -> None:
    assert split_bullets("・出張所・連絡所の活用") == ["出張所・連絡所の活用"]


def test_split_bullets_after_sentence_end() -> None:
    assert split_bullets("・機能を充実する。・見直しを行う。") == [
        "機能を充実する。",
        "見直しを行う。",
    ]


def test_split_bullets_after_space() -> None:
    assert split_bullets("・a・b ・c") == ["a・b", "c"]


def test_split_bullets_keeps_text_before_first_bullet() -> None:
    assert split_bullets("<<目標>> ・地域力が向上する。") == ["<<目標>>", "地域力が向上する。"]


def test_split_bullets_without_bullets_is_one_item() -> None:
    assert split_bullets(" 地域支援 ") == ["地域支援"]


def test_join_wrapped_lines_joins_bracketed_note() -> None:
    assert join_wrapped_lines(["再任用", "(短時間)"]) == ["再任用(短時間)"]


def test_join_wrapped_lines_joins_after_open_bracket() -> None:
    assert join_wrapped_lines(["市民文化会館(空調", "改修)の実施"]) == [
        "市民文化会館(空調改修)の実施"
    ]


def test_join_wrapped_lines_joins_after_particle() -> None:
    assert join_wrapped_lines(["地域コミュニティの", "活性化"]) == ["地域コミュニティの活性化"]


def test_join_wrapped_lines_keeps_table_rows_apart() -> None:
    rows = ["協働推進課 12 4 5 21", "地域支援課 15 3 6 24"]
    assert join_wrapped_lines(rows) == rows


def test_join_wrapped_lines_keeps_finished_sentence_apart() -> None:
    lines = ["地域支援に関すること。", "秘書に関すること。"]
    assert join_wrapped_lines(lines) == lines


def test_join_wrapped_lines_keeps_new_item_apart() -> None:
    lines = ["現状と課題の", "• 地域課題の解決"]
    assert join_wrapped_lines(lines) == lines


def test_lines_with_offsets_slice_the_text() -> None:
    text = "第一行\n\n三行目"
    assert all(text[line.start : line.end] == line.text for line in lines_with_offsets(text))


def test_lines_with_offsets_number_from_one() -> None:
    assert [line.number for line in lines_with_offsets("a\nb\nc")] == [1, 2, 3]


def test_lines_with_offsets_drop_final_empty_line() -> None:
    assert lines_with_offsets("a\n") == [Line("a", 0, 1, 1)]


def test_join_wrapped_keeps_offsets_of_first_and_last_line() -> None:
    from loaders.text.normalize import join_wrapped

    text = "職・課名\n再任用\n(短時間)\n臨時"
    joined = join_wrapped(lines_with_offsets(text))
    assert [(line.text, text[line.start : line.end], line.number) for line in joined] == [
        ("職・課名", "職・課名", 1),
        ("再任用(短時間)", "再任用\n(短時間)", 2),
        ("臨時", "臨時", 4),
    ]
