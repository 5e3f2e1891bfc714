"""A policy tree drawn as inline SVG (Illustrator's export: a `<text>` per box, its lines
`<tspan>`s, a line even cut in two runs): the boxes are read column by column, each box's
level label and name one line, and the 主な取組 printed beside a 施策 right after it; a small
graphic (an icon) is no diagram. Fictional examples."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import initiative_rows, parsed_as_read


def _text(x: float, y: float, *lines: tuple[float, float, str]) -> str:
    spans = "".join(f'<tspan x="{lx}" y="{ly}">{words}</tspan>' for lx, ly, words in lines)
    return f'<text transform="matrix(1 0 0 1 {x} {y})">{spans}</text>'


_SVG = (
    "<html><body><main><h2>施策体系図</h2><svg viewBox='0 0 1000 400'>"
    + _text(78, 41, (0, 0, "基本目標"))
    + _text(480, 41, (0, 0, "施　策"))
    + _text(800, 41, (0, 0, "主な取組"))
    + _text(34, 120, (0, 0, "基本目標１"), (0, 22, "架空の育つ"), (0, 44, "まち"))
    + _text(236, 100, (0, 0, "政策１－１"), (0, 19.2, "架空の子育て"), (60, 19.2, "支援"))
    + _text(480, 90, (0, 0, "施策１－１－１"), (0, 19.2, "架空の切れ目の"), (0, 38.4, "ない支援"))
    + _text(800, 90, (0, 0, "・架空ケアの拡充"), (0, 19.2, "・架空相談の充実"))
    + _text(480, 148.4, (0, 0, "施策１－１－２"), (0, 19.2, "架空の保育"))
    + _text(800, 148.4, (0, 0, "・架空保育士の確保"))
    + "</svg></main></body></html>"
)


def test_a_box_s_label_and_wrapped_name_read_as_one_line() -> None:
    lines = extract_main_text(_SVG).split("\n")
    assert "施策１－１－１\u3000架空の切れ目のない支援" in lines
    assert "政策１－１\u3000架空の子育て支援" in lines


def test_the_entries_beside_a_box_follow_it() -> None:
    lines = extract_main_text(_SVG).split("\n")
    at = lines.index("施策１－１－２\u3000架空の保育")
    assert lines[at + 1] == "・架空保育士の確保"


def test_an_icon_is_no_diagram() -> None:
    page = "<html><body><main><p>架空</p><svg><text x='1' y='2'>!</text></svg></main></body></html>"
    assert extract_main_text(page).strip() == "架空"


def test_the_entries_of_a_drawn_tree_are_filed_under_their_measure() -> None:
    rows = initiative_rows(parsed_as_read(_SVG, "p.html"))
    assert ("架空ケアの拡充", ("1-1-1",)) in rows
    assert ("架空保育士の確保", ("1-1-2",)) in rows


def test_a_chart_of_words_set_by_x_and_y_is_not_read_as_columns() -> None:
    texts = "".join(
        f'<text x="{x}" y="{y}">{words}</text>'
        for x, y, words in [(226, 172, "架空税務課"), (192, 226, "架空住民税係"),
                            (192, 246, "架空収納係"), (314, 172, "架空福祉課"),
                            (280, 226, "架空住民係"), (280, 246, "架空介護係")]
    )  # fmt: skip
    page = f"<html><body><main><p>組織図</p><svg>{texts}</svg></main></body></html>"
    assert "架空住民税係" not in extract_main_text(page)
