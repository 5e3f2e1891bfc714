import codecs
from pathlib import Path

import pytest

from loaders.text.document_text import decode_document, extract_main_text, is_html, read_document
from loaders.text.errors import DocumentError

SAMPLE = "平成29年度 地域づくり推進部プロフィール\n一般会計 1,273,190,000円\n"


def test_empty_document_is_refused() -> None:
    with pytest.raises(DocumentError, match="empty document"):
        decode_document(b"", "a.txt")


def test_white_space_only_document_is_refused() -> None:
    with pytest.raises(DocumentError, match="empty document"):
        decode_document("  \n\u3000\n".encode(), "a.txt")


def test_nul_bytes_are_binary_data_with_offset() -> None:
    with pytest.raises(DocumentError, match=r"binary data, not text \(byte 0x00 at offset 2\)"):
        decode_document(b"ab\x00cd", "a.txt")


def test_random_bytes_are_refused() -> None:
    garbage = bytes((i * 97 + 13) % 256 for i in range(4000)).replace(b"\x00", b"\x01")
    with pytest.raises(DocumentError, match=r"a\.bin"):
        decode_document(garbage, "a.bin")


def test_undecodable_bytes_are_refused_with_offset() -> None:
    with pytest.raises(DocumentError, match="offset"):
        decode_document("地域".encode("cp932") + b"\x81", "a.txt")


def test_shift_jis_text_decodes() -> None:
    assert decode_document(SAMPLE.encode("cp932"), "a.txt") == SAMPLE


def test_shift_jis_print_image_of_figures_decodes_when_the_guess_gives_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A mainframe print image: a few Japanese headers over many columns of figures, which
    the statistical guess can reject as "chaos" (seen on a 財務会計 print image)."""
    from loaders.text import document_text

    class NoGuess:
        def best(self) -> None:
            return None

    monkeypatch.setattr(document_text, "from_bytes", lambda *a, **k: NoGuess())
    head = " ﾌﾞｷｮｸ 部局名   ｶｺｰﾄﾞ  課名      本年度予算額    前年度予算額    比較増減\n"
    rows = "".join(f" {i % 9:02d}    架空部    {i:03d}    架空課   {i * 40_123:>14,}"
                   f"   {i * 39_001:>14,}   {i * 1_122:>10,}\n" for i in range(1, 40))
    report = head + rows
    assert decode_document(report.encode("cp932"), "a.txt") == report


def test_euc_jp_text_decodes() -> None:
    assert decode_document(SAMPLE.encode("euc_jp"), "a.txt") == SAMPLE


def test_utf8_bom_is_removed() -> None:
    assert decode_document(codecs.BOM_UTF8 + SAMPLE.encode(), "a.txt") == SAMPLE


def test_windows_newlines_become_newlines() -> None:
    assert decode_document(b"a\r\nb\rc", "a.txt") == "a\nb\nc"


def test_too_large_document_is_refused() -> None:
    with pytest.raises(DocumentError, match="too large: 30 bytes, limit 20"):
        decode_document(b"x" * 30, "a.txt", max_bytes=20)


PAGE = """<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>
<header>サイト名</header><nav><ul><li>メニュー</li></ul></nav>
<div id="contents"><h1>平成29年度 方針</h1>
<ul><li>地域<b>支援</b>に関すること。</li><li>秘書に関すること。</li></ul>
<table><tr><th>職・課名</th><th>常勤</th></tr><tr><td>協働推進課</td><td>12</td></tr></table>
<p>一行目<br>二行目</p></div><footer>フッター</footer><script>var a = 1;</script>
</body></html>"""


def test_html_page_is_html() -> None:
    assert is_html(PAGE)


def test_text_with_stray_list_markup_is_not_html() -> None:
    assert not is_html('取組事項\t<ul style="list-style-type: none"> ・ 区の長所')


def test_extracted_list_items_become_bullet_lines() -> None:
    assert "• 地域支援に関すること。\n• 秘書に関すること。" in extract_main_text(PAGE)


def test_extracted_table_rows_become_tab_separated() -> None:
    assert "協働推進課\t12" in extract_main_text(PAGE).splitlines()


def test_extraction_drops_navigation_header_footer_and_scripts() -> None:
    text = extract_main_text(PAGE)
    assert not any(word in text for word in ("メニュー", "サイト名", "フッター", "var a"))


def test_extraction_breaks_lines_at_br() -> None:
    assert "一行目\n二行目" in extract_main_text(PAGE)


def test_read_document_extracts_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("cp932"))
    assert read_document(path).startswith("平成29年度 方針\n")


def test_read_document_of_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"missing\.txt: cannot read file"):
        read_document(tmp_path / "missing.txt")


def test_read_document_refuses_large_file_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 100)
    with pytest.raises(DocumentError, match="too large"):
        read_document(path, max_bytes=10)


def test_utf16_without_bom_decodes() -> None:
    text = "平成29年度\n地域づくり推進部 2017\n"
    assert decode_document(text.encode("utf-16-le"), "a.txt") == text


def test_single_nul_in_even_length_data_is_binary() -> None:
    with pytest.raises(DocumentError, match="binary data"):
        decode_document(b"ab\x00c", "a.txt")


def test_page_furniture_marked_by_id_is_dropped() -> None:
    page = (
        '<html><body><div id="header">ヘッダ</div><div class="breadcrumb">パンくず</div>'
        '<div id="main-contents"><p>本文</p></div></body></html>'
    )
    assert extract_main_text(page) == "本文\n"


def test_saved_fragment_of_block_tags_is_html() -> None:
    fragment = "<div><h1>題</h1><p>a</p><p>b</p><ul><li>c</li></ul></div>"
    assert is_html(fragment)


def test_iso_2022_jp_text_decodes() -> None:
    assert decode_document(SAMPLE.encode("iso2022_jp"), "a.txt") == SAMPLE


def test_shift_jis_with_box_drawn_tables_is_decoded() -> None:
    """A valid CP932 document that charset-normalizer finds too "chaotic" (box-drawing
    characters around a table) is still read, not refused."""
    from loaders.text.document_text import decode_document

    text = "第3次実施計画　進捗管理シート\n" + ("┌──┬──┐\n│計画│実績│\n├──┼──┤\n│Ａ　│Ｂ　│\n" * 20)
    assert decode_document(text.encode("cp932"), "x.txt") == text


def test_a_value_over_two_rows_is_repeated_so_the_cells_below_keep_their_columns() -> None:
    """A rowspan (施設分類, 所管課 printed once for two facilities) would otherwise shift the
    second row's cells left, its year read as the facility's name."""
    html = (
        "<html><body><main><table><tr><th>分類</th><th>施設名</th><th>建築年度</th></tr>"
        '<tr><td rowspan="2">集会施設</td><td>架空第一集会所</td><td>1980</td></tr>'
        "<tr><td>架空第二集会所</td><td>1991</td></tr></table></main></body></html>"
    )
    assert extract_main_text(html).splitlines()[1:] == [
        "集会施設\t架空第一集会所\t1980",
        "集会施設\t架空第二集会所\t1991",
    ]


def test_a_label_over_two_columns_leaves_the_second_blank_as_a_spreadsheet_does() -> None:
    html = (
        "<html><body><main><table>"
        '<tr><th rowspan="2">指標名</th><th colspan="2">基準値</th><th>目標</th></tr>'
        "<tr><th>年度</th><th>値</th><th>値</th></tr>"
        "<tr><td>架空率</td><td>令和2年度</td><td>10</td><td>20</td></tr>"
        "</table></main></body></html>"
    )
    assert extract_main_text(html).splitlines() == [
        "指標名\t基準値\t\t目標",
        "\t年度\t値\t値",
        "架空率\t令和2年度\t10\t20",
    ]


def test_a_value_spanning_the_rest_of_a_form_row_is_one_cell() -> None:
    """「事業名 | X事業」 with X事業 over three columns: a key and its value, no blank columns."""
    html = (
        "<html><body><main><table>"
        '<tr><th>事業名</th><td colspan="3">架空見守り事業</td></tr>'
        "<tr><th>所管課</th><td>架空課</td><th>係</th><td>架空係</td></tr>"
        "</table></main></body></html>"
    )
    assert extract_main_text(html).splitlines()[0] == "事業名\t架空見守り事業"


def test_the_caption_of_a_merged_cell_table_stays_above_its_rows() -> None:
    html = (
        "<html><body><main><table><caption>（単位：千円）</caption>"
        '<tr><th rowspan="2">事業名</th><th colspan="2">予算額</th></tr>'
        "<tr><th>令和6年度</th><th>令和5年度</th></tr>"
        "<tr><td>架空事業</td><td>1,000</td><td>900</td></tr></table></main></body></html>"
    )
    assert extract_main_text(html).splitlines()[0] == "（単位：千円）"


def test_a_definition_lists_terms_and_descriptions_become_labelled_lines() -> None:
    html = (
        "<html><body><main><dl><dt>部局名</dt><dd>架空部</dd>"
        "<dt>職員数</dt><dd>42人（令和6年4月1日現在）</dd></dl></main></body></html>"
    )
    assert extract_main_text(html).splitlines() == [
        "部局名：架空部", "職員数：42人（令和6年4月1日現在）",
    ]  # fmt: skip


def test_a_description_holding_a_list_keeps_the_pages_own_layout() -> None:
    html = (
        "<html><body><main><dl><dt>主な事業</dt><dd><ul><li>架空事業</li></ul></dd></dl>"
        "</main></body></html>"
    )
    assert extract_main_text(html).splitlines() == ["主な事業", "• 架空事業"]


def test_a_nested_html_list_is_indented_by_its_depth() -> None:
    html = (
        "<html><body><main><ol><li>港の柱<ul><li>桟橋の整備<ul><li>杭の交換</li></ul></li>"
        "<li>市場の整備</li></ul></li><li>森の柱</li></ol></main></body></html>"
    )
    assert extract_main_text(html).splitlines() == [
        "• 港の柱", "  • 桟橋の整備", "    • 杭の交換", "  • 市場の整備", "• 森の柱",
    ]  # fmt: skip


def test_an_accordion_button_keeps_its_heading_text() -> None:
    """A CMS accordion opens each panel with a <button aria-expanded>: its text heads the
    panel, so it is kept as a line of its own (other buttons, 「印刷」, are page furniture)."""
    page = (
        "<html><body><main><h2>架空計画の進み具合</h2>"
        '<div class="panel"><button type="button" aria-expanded="true">1 架空の柱</button>'
        '<div hidden><p>架空の取組を進めました。</p></div></div>'
        '<button type="button">印刷する</button></main></body></html>'
    )
    lines = extract_main_text(page).splitlines()
    assert lines == ["架空計画の進み具合", "1 架空の柱", "架空の取組を進めました。"]


def test_a_read_only_forms_filled_in_values_are_its_text() -> None:
    html = (
        "<html><body><main><form><table>"
        "<tr><th><label>事業名</label></th>"
        "<td><input type='text' value='架空緑化事業' readonly></td></tr>"
        "<tr><th>評価</th><td><select disabled><option>A</option><option selected>B</option>"
        "</select></td></tr>"
        "<tr><th>検索</th><td><input type='text' name='q'>"
        "<input type='submit' value='送信'></td></tr>"
        "</table></form></main></body></html>"
    )
    lines = extract_main_text(html).splitlines()
    assert "事業名\t架空緑化事業" in lines
    assert "評価\tB" in lines
    assert "送信" not in extract_main_text(html)


def test_a_div_grid_with_aria_row_and_cell_roles_is_read_as_table_rows() -> None:
    """A CMS grid of <div role="row"> / <div role="cell"> (no <table>) prints as a table does:
    one row a line, its cells apart by tabs. Names and figures are invented."""
    from loaders.text.document_text import extract_main_text

    html = (
        '<main><div role="table"><div role="rowgroup"><div role="row">'
        '<div role="columnheader">係名</div><div role="columnheader">人数</div></div></div>'
        '<div role="row"><div role="rowheader">架空係</div><div role="cell">7人</div></div>'
        "</div></main>"
    )
    assert extract_main_text(html).splitlines() == ["係名\t人数", "架空係\t7人"]


PRE_PAGE = """<!DOCTYPE html><html><head><title>t</title></head><body>
<nav><ul><li>ホーム</li></ul></nav><main><h1>架空市の組織</h1><pre>
１　架空総務部
  (1) 架空総務課      12人
  (2) 架空人事課       8人

事業名            予算額（千円）
架空広場整備事業        1,000
</pre><p>問い合わせ先</p></main></body></html>"""


def test_a_pre_block_keeps_its_lines() -> None:
    lines = extract_main_text(PRE_PAGE).splitlines()
    assert "１　架空総務部" in lines
    assert "架空広場整備事業        1,000" in lines


def test_a_pre_block_keeps_the_spaces_that_indent_and_align_it() -> None:
    lines = extract_main_text(PRE_PAGE).splitlines()
    assert "  (1) 架空総務課      12人" in lines


def test_text_after_a_pre_block_is_a_block_of_its_own() -> None:
    text = extract_main_text(PRE_PAGE)
    assert "\n\n問い合わせ先\n" in text


def test_a_shift_jis_gantt_sheet_of_commas_and_marks_is_decoded() -> None:
    """Round 50: an Excel 工程表 saved as CSV, mostly commas between cells, its Japanese
    characters a fifth of the visible text and its bars and milestones ■ ★: it was refused
    as byte soup ("cannot decode")."""
    row = "1-1-01,1-1,架空支援事業,架空課,拡充,\"48,200\"," + "■," * 12 + "★,,,\n"
    raw = ("事業番号,施策,事業名,担当課,区分,事業費（千円）" + "," * 16 + "\n" + row * 6).encode(
        "cp932"
    ) + "①".encode("cp932")
    text = decode_document(raw, "koteihyo-sjis.csv")
    assert "架空支援事業" in text and "★" in text
