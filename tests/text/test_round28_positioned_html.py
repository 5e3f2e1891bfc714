"""Round 28: a PDF converted to HTML with every text line positioned (pdf2htmlEX style) is
read as a text version of the PDF prints it — a wide spacing box between two cells is a
column gap, a line set in from the margin is indented (invented page)."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text

_STYLE = (
    "<style>.fs1{font-size:20.000000px;}.x1{left:100.000000px;}.x2{left:140.000000px;}"
    "._a{width:80.000000px;}</style>"
)


def _page(lines: str) -> str:
    return f"<html><head>{_STYLE}</head><body><div class='pf'>{lines}</div></body></html>"


def test_a_wide_spacing_box_between_cells_is_a_column_gap() -> None:
    html = _page(
        "<div class='t x1 fs1'>事業名<span class='_ _a'> </span>予算額</div>"
        "<div class='t x1 fs1'>架空広場整備事業<span class='_ _a'> </span>1,200</div>"
    )
    assert extract_main_text(html).splitlines() == ["事業名\t予算額", "架空広場整備事業\t1,200"]


def test_a_line_set_in_from_the_margin_is_indented() -> None:
    html = _page(
        "<div class='t x1 fs1'>架空部<span class='_ _a'> </span>30</div>"
        "<div class='t x2 fs1'>星見課<span class='_ _a'> </span>12</div>"
    )
    lines = extract_main_text(html).splitlines()
    assert lines[0] == "架空部\t30"
    assert lines[1] == "    星見課\t12"
