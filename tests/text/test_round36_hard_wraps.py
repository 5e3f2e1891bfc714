"""A booklet set in narrow columns, printed to text in reading order: every line filled to
the column's width breaks a label, name or figure where the column ends; such a line goes on
in the next unless that one opens a block of its own. Fictional examples."""

from __future__ import annotations

from loaders.text.hard_wraps import join_hard_wraps

_CARD = (
    "■ No.１　架空定住促進\n"
    "住宅取得補助事業\n"
    "担当部署　架空政策部 \n"
    "架空企画課\n"
    "事業費（決算）令和６年\n"
    "度\n"
    "　　　２８，６００千円\n"
    "予算現額　令和７年度\n"
    "　　　３２，０００千円\n"
    "成果指標　補助による転\n"
    "入者数（人）\n"
    "目標値 90人 実績値 104\n"
    "人 達成度 115.6％\n"
    "評価　Ａ\n"
    "（課の所見）子育て世帯\n"
    "の転入が増加。予算を増\n"
    "額して継続する。\n"
)


def test_a_line_filled_to_the_columns_width_goes_on_in_the_next() -> None:
    lines = join_hard_wraps(_CARD * 2).splitlines()
    assert "成果指標　補助による転入者数（人）" in lines
    assert "目標値 90人 実績値 104人 達成度 115.6％" in lines
    assert "事業費（決算）令和６年度" in lines


def test_a_line_opening_with_a_label_an_indent_or_a_mark_stands_alone() -> None:
    lines = join_hard_wraps(_CARD * 2).splitlines()
    assert "評価　Ａ" in lines
    assert "　　　３２，０００千円" in lines
    assert "予算現額　令和７年度" in lines


def test_a_text_of_varied_widths_is_left_as_it_is() -> None:
    prose = "".join(f"架空の文{'あ' * (k % 17)}です。\n" for k in range(40))
    assert join_hard_wraps(prose) == prose


def test_a_table_printed_with_gaps_is_left_as_it_is() -> None:
    table = "架空課　　　　１２　　１３\n" * 30
    assert join_hard_wraps(table) == table


def test_a_number_broken_before_its_bracket_goes_on() -> None:
    """「… 150件（R1」 over 「1）」: the rest of a year, no numbered item 「1）」."""
    text = "".join("架空の指標を記載する行で\nす\n\n" for _ in range(15))
    text += "　85件（R5）▶ 150件（R1\n1）\n"
    assert "　85件（R5）▶ 150件（R11）" in join_hard_wraps(text).splitlines()
