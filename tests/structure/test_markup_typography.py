"""Typography a text carries from its markup: inline HTML tags and code ticks in Markdown,
the link numbers and level marks of a text-browser dump. Blanked in place (offsets hold)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.text_dumps import blank_browser_marks, is_text_browser_dump


def test_inline_html_tags_and_code_ticks_in_markdown_read_as_their_words() -> None:
    text = (
        "## 基本方針2　財政の健全化\n\n"
        "<details>\n"
        "<summary><strong>取組2-1-①　遊休地の貸付</strong>　評価 `B`（`A`）</summary>\n\n"
        "- 所管：財産活用課\n\n</details>\n"
    )
    doc = read_structure(text, labels=all_labels())
    entry = next(b for b in doc.blocks if b.prefix == "取組")
    assert entry.number == "2-1-①"
    assert entry.text.split()[0] == "遊休地の貸付"
    assert "<" not in entry.text and "`" not in entry.text
    assert doc.text[entry.start : entry.end].count("遊休地の貸付") == 1  # offsets still hold


def test_a_text_browser_dump_loses_its_link_numbers_and_its_level_marks_become_bullets() -> None:
    text = (
        "   [3]ホーム > [4]計画\n"
        "  基本目標2　学びのまち\n"
        "     * [12]施策2-1　生涯学習の推進\n"
        "          + 主な取組\n"
        "               o (1) 公民館講座の充実\n"
        "\nReferences\n\n   1. https://example.invalid/a.html\n"
    )
    assert is_text_browser_dump(text)
    blanked = blank_browser_marks(text)
    assert len(blanked) == len(text)
    assert "[12]" not in blanked and "・ 施策2-1" in blanked.replace("     ", " ")
    assert "・ (1) 公民館講座の充実" in blanked


def test_footnote_numbers_stay_where_no_link_list_ends_the_text() -> None:
    text = "施策2-1[1]の推進\n  o 項目\n"
    assert blank_browser_marks(text) == text
