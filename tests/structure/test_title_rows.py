"""A table's title printed as a row of its own over the row of its labels (a spreadsheet's
section number and title, a note at its far right, a bare 「#」 mark): the labels are the
header, the title a caption read as a line."""

from __future__ import annotations

from loaders.structure import read_structure
from loaders.structure.blocks import Table
from loaders.structure.tables import bare_period, caption_row, split_tabs
from loaders.structure.title_rows import is_title_over_labels
from loaders.text.normalize import lines_with_offsets


def _tables(text: str) -> list[Table]:
    return [b.table for b in read_structure(text).blocks if b.table is not None]


def test_a_numbered_title_row_over_a_row_of_labels_is_a_caption_not_the_header() -> None:
    """「4 | 架空の達成状況 | … | 区分:甲・乙」 over 「目標 | 取組結果 | 評価」: a numbered title
    with a legend beside it; the labels under it head the table."""
    text = (
        "4\t架空の達成状況\t\t\t区分:甲・乙\n"
        "\t目標\t\t取組結果\t評価\n"
        "\t架空窓口の改善\t\t待ち時間 9分\tA\n"
        "\t架空講座の拡充\t\t受講 40人\tB\n"
    )
    tables = _tables(text)
    assert [t.header for t in tables] == [["", "目標", "", "取組結果", "評価"]]
    assert [c.text for c in tables[0].rows[0]][1] == "架空窓口の改善"
    headings = [b for b in read_structure(text).blocks if b.kind == "heading"]
    assert [(h.number, h.text) for h in headings] == [("4", "架空の達成状況")]


def test_a_numbered_title_naming_a_field_is_still_a_caption() -> None:
    """「3 | 予算(当初) | … | (単位:千円)」: the title's words name a field, but a section
    number before them makes the row a title, over 「会計 | 令和7年度 | 令和6年度」."""
    text = (
        "3\t予算(当初)\t\t\t(単位:千円)\n"
        "\t会計\t令和7年度\t令和6年度\n"
        "\t一般会計\t1,200\t1,100\n"
    )
    assert [t.header for t in _tables(text)] == [["", "会計", "令和7年度", "令和6年度"]]


def test_a_mark_and_a_title_over_labels_leave_the_labels_as_header() -> None:
    text = "#\t架空コード表\n施策コード\t基本目標\t施策名\n09-01\t09 架空の村\t架空の推進\n"
    assert [t.header for t in _tables(text)] == [["施策コード", "基本目標", "施策名"]]


def test_a_note_alone_at_the_far_right_over_labels_is_a_caption() -> None:
    lines = lines_with_offsets(
        "\t\t\t※面積の単位は㎡\n施設名称\t所管課\t延床面積\n架空館\t架空課\t120.5\n"
    )
    assert caption_row(lines)


def test_an_upper_header_row_of_years_is_no_title() -> None:
    """「| 令和5年度 | | 令和6年度」 over 「指標名 | 目標 | 実績 | 目標 | 実績」 is a header
    printed on two rows, and a label over labels (区分 over …) is one too."""
    top, under = (split_tabs(ln) for ln in lines_with_offsets(
        "\t令和5年度\t\t令和6年度\t\n指標名\t目標\t実績\t目標\t実績\n"))  # fmt: skip
    assert not is_title_over_labels(top, under, bare_period)
    text = "担当課\t\t予算額\n課名\t係名\t目標\n"
    top, under = (split_tabs(ln) for ln in lines_with_offsets(text))
    assert not is_title_over_labels(top, under, bare_period)


def test_a_title_over_figures_is_the_header() -> None:
    """Under the first row stand figures, not labels: that row is the header."""
    top, under = (split_tabs(ln) for ln in lines_with_offsets("架空の表\t\n課名\t12\n"))
    assert not is_title_over_labels(top, under, bare_period)
