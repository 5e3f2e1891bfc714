"""Two columns of a page printed side by side: found, and read one after the other."""

from __future__ import annotations

from loaders.genres.columns import across_columns, column_regions, unfold, unfold_all

_PAGE = (
    "架空交流推進事業                           架空広場整備補助金\n"
    "　市外の大学と連携し、学生が地域の         　広場の照明を更新する団体に費用\n"
    "行事に参加できる仕組みを整えます。         の一部を補助します。\n"
    "　予算額　１，２００万円                     予算額　３００万円\n"
    "　（架空交流課）                             （架空公園課）\n"
)


def test_two_columns_of_running_text_are_one_region() -> None:
    regions = column_regions(_PAGE)
    assert [(r.first, r.last) for r in regions] == [(0, 4)]


def test_an_unfolded_region_prints_the_left_column_before_the_right() -> None:
    text, origin = unfold(_PAGE, column_regions(_PAGE)[0])
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert lines[0] == "架空交流推進事業" and lines[5] == "架空広場整備補助金"
    assert all(_PAGE[origin[i]] == ch for i, ch in enumerate(text) if ch != "\n")


def test_labels_before_their_values_are_no_columns() -> None:
    pairs = [
        ("事業名", "架空交流推進事業"),
        ("担当課", "架空交流課"),
        ("担当係", "交流係"),
        ("事業の目的", "市外の学生を受け入れる"),
        ("事業の内容", "交流行事の開催"),
    ]
    text = "".join(f"{label}　　　　　　{value}\n" for label, value in pairs)
    assert column_regions(text) == []


def test_a_table_aligned_with_spaces_is_no_columns() -> None:
    text = "".join(f"架空{n}課の窓口件数            {n * 120:>6}\n" for n in range(1, 7))
    assert column_regions(text) == []


def _pair(left: str, right: str = "") -> str:
    """A line of two columns, the right one starting at display column 44."""
    width = sum(2 if ord(ch) > 0x2000 else 1 for ch in left)
    return (left + " " * (44 - width) + right).rstrip() + "\n"


_LEFT_RUNS_ON = (
    "はじめに\n"
    + _pair("星見台の整備", "桟橋の修繕")
    + _pair("  観測会を年4回開き、参加者が増えた。", "桟橋の点検を終えた。")
    + _pair("  担当：星見課", "担当：港湾課")
    + _pair("  街灯の更新も進めた。", "評価：B")
    + _pair("  評価：A")
    + "\nおわりに\n"
)


def test_a_whole_text_unfolds_with_every_character_quoted_from_the_original() -> None:
    found = unfold_all(_LEFT_RUNS_ON)
    assert found is not None
    text, origin = found
    assert len(origin) == len(text)
    assert all(_LEFT_RUNS_ON[origin[i]] == ch for i, ch in enumerate(text) if ch != "\n")
    assert text.startswith("はじめに\n") and text.rstrip().endswith("おわりに")


def test_the_left_columns_last_lines_below_the_right_columns_end_stay_in_the_left() -> None:
    found = unfold_all(_LEFT_RUNS_ON)
    assert found is not None
    lines = [line.strip() for line in found[0].split("\n") if line.strip()]
    assert lines.index("評価：A") < lines.index("桟橋の修繕")


def test_a_text_without_two_columns_unfolds_to_nothing() -> None:
    assert unfold_all("はじめに\n星見台の整備\n　担当：星見課\n") is None


def test_a_name_holding_a_column_wide_gap_runs_across_two_columns() -> None:
    assert across_columns("星見台の整備              2-1 桟橋の修繕")
    assert across_columns("星見台の整備　　桟橋の修繕")
    assert not across_columns("星見台の整備 と 桟橋の修繕")


def _at(left: str, right: str = "", edge: int = 44) -> str:
    """A line whose right part starts at display column `edge`."""
    width = sum(2 if ord(ch) > 0x2000 else 1 for ch in left)
    return (left + " " * (edge - width) + right).rstrip() + "\n"


# A sheet whose left column holds a table of its own (several gaps per line) beside a
# right column of a table whose names wrap onto lines of their own.
_SHEET = (
    _at("施策 9-(9) 架空交流の推進", "所管課 架空交流課")
    + _at("1 施策の目的", "3 構成事業")
    + _at("架空の浜辺を生かして、滞在型の観光を進め", "事業名        R5決算  R6予算")
    + _at("交流する人を増やしていくことを目指す。", "架空浜辺の清掃    1,200   1,300")
    + _at("", "事業（架空交流課）")
    + _at("2 成果指標", "架空灯台の修繕    2,000   2,100")
    + _at("指標名    基準値  R5目標  R5実績", "架空桟橋の点検    300     310")
    + _at("架空来訪者数 1,000 1,200 1,250", "")
    + _at("", "事業（架空港湾課）")
    + _at("4 施策の評価", "5 今後の方向性")
    + _at("評価 Ｂ （概ね順調）", "浜辺の清掃を年に四回ほど行っていく。")
    + "─" * 40 + "\n"
)


def test_a_left_column_holding_its_own_table_is_split_at_its_gutter() -> None:
    regions = column_regions(_SHEET)
    assert [(r.first, r.last) for r in regions] == [(0, 10)]
    text, origin = unfold(_SHEET, regions[0])
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert lines[:2] == ["施策 9-(9) 架空交流の推進", "1 施策の目的"]
    assert "架空来訪者数 1,000 1,200 1,250" in lines
    assert lines.index("事業名        R5決算  R6予算") > lines.index("評価 Ｂ （概ね順調）")
    assert all(_SHEET[origin[i]] == ch for i, ch in enumerate(text) if ch != "\n")


def test_a_table_whose_cells_wrap_under_its_figures_is_no_gutter() -> None:
    text = (
        _at("指標名", "現状値      目標値")
        + _at("架空河川の改修によって守られる", "1,120戸     2,600戸")
        + _at("家屋の数（累計）", "（令和3年度） （令和13年度）")
        + _at("架空の山で保全される人家の数について", "18,450戸    21,000戸")
        + _at("", "（令和2年度） （令和8年度）")
        + _at("架空田んぼダムの取組面積", "640ha       2,400ha")
        + _at("", "（令和3年度） （令和8年度）")
    )
    assert column_regions(text) == []


def _at_col(left: str, right: str, col: int) -> str:
    width = sum(2 if ord(ch) > 0x2000 else 1 for ch in left)
    return (left + " " * (col - width) + right).rstrip() + "\n"


def test_a_right_columns_outer_entries_printed_left_of_its_items_stay_in_it() -> None:
    """A right column of a hierarchy, its outer entries (「■基本方針2 …」) a few columns left
    of its items (「・…」), beside running text: one region, each line split at its gap."""
    page = (
        _at_col("　本村は、令和元年度に計画を定め、", "■基本方針1 安心のむらづくり", 42)
        + _at_col("地域の皆さんと一緒に取り組んで", "・見守り活動の拡充", 44)
        + _at_col("まいりました。今年度も各取組の", "・防災倉庫の更新", 44)
        + _at_col("進み具合をまとめてお知らせする", "■基本方針2 元気なむらづくり", 41)
        + _at_col("とともに、課題を整理しています。皆", "・特産品の販路拡大", 44)
        + _at_col("ご意見をお寄せください。", "・移住相談の充実", 44)
    )
    regions = column_regions(page)
    assert [(r.first, r.last) for r in regions] == [(0, 5)]
    text, _ = unfold_all(page) or ("", [])
    right = [line.strip() for line in text.split("\n") if line.strip().startswith(("■", "・"))]
    assert right[0] == "■基本方針1 安心のむらづくり" and right[3] == "■基本方針2 元気なむらづくり"


def test_a_column_of_sentences_beside_a_table_interleaved_line_by_line_is_two_columns() -> None:
    """PDF text of a sheet: the left column's sentences and the right column's table of
    indicators come out one line of each at a time; every line prints both."""
    page = (
        _at_col("1 施策のねらい", "3 指標の推移", 40)
        + _at_col("地域の商店が長く続けられるように、", "指標名    基準値  R5    R6目", 40)
        + _at_col("経営の相談や販路の開拓を支えていく", "          (R2)          標", 40)
        + _at_col("ことを目指します。", "架空商店数 120    118   130", 40)
        + _at_col("2 現状と課題", "(店)", 40)
        + _at_col("・後継者のいない商店が年々増えており", "架空相談  14     20    25", 40)
        + _at_col("、早めの相談につなげる必要がある。", "件数(件)", 40)
        + _at_col("・空き店舗の活用はまだ少なく、家主へ", "架空空き  9.1    8.4   7.0", 40)
        + _at_col("の働きかけを強めていきたい。", "店舗率(%)", 40)
    )
    regions = column_regions(page)
    assert [(r.first, r.last) for r in regions] == [(0, 8)]
    text, _ = unfold(page, regions[0])
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert lines.index("3 指標の推移") > lines.index("の働きかけを強めていきたい。")
    assert "架空商店数 120    118   130" in lines


def test_a_table_of_long_worded_items_and_their_divisions_is_no_two_columns() -> None:
    """A table of 取組 written as phrases beside the division in charge: each left cell is a
    whole item (none opens mid-sentence), so the stretch is a table, not two columns."""
    text = (
        _at_col("取組内容", "担当課", 40)
        + _at_col("地域の見守り活動を広げていく取組", "架空福祉課", 40)
        + _at_col("子どもの居場所を増やしていく取組", "架空子育て課", 40)
        + _at_col("空き家の活用をすすめていく取組", "架空住宅課", 40)
        + _at_col("高齢者の外出をささえていく取組", "架空交通課", 40)
        + _at_col("商店街のにぎわいを取り戻す取組", "架空商工課", 40)
    )
    assert [r for r in column_regions(text) if r.gutter] == []  # the reader reads it as is
