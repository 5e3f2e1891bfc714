"""`pdftotext -bbox` of a PDF (an XHTML page of `<word xMin yMin xMax yMax>` words) read as its
pages laid out: the words set back on their lines at their places, so a table's cells line
up in columns again. Fictional example."""

from __future__ import annotations

from pathlib import Path

from loaders.formats import read_source


def _word(x0: float, y0: float, x1: float, text: str) -> str:
    return (
        f'<word xMin="{x0:.6f}" yMin="{y0:.6f}" xMax="{x1:.6f}" yMax="{y0 + 11:.6f}">'
        f"{text}</word>\n"
    )


_PAGE = (
    '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head><title>x</title></head>\n'
    '<body>\n<doc>\n<page width="595.0" height="842.0">\n'
    + _word(40, 60, 100, "課")
    + _word(200, 60, 260, "令和８年度")
    + _word(300, 60, 360, "令和７年度")
    + _word(40, 80, 100, "架空総務課")
    + _word(240, 80, 260, "28")
    + _word(340, 80, 360, "27")
    + "</page>\n</doc>\n</body>\n</html>\n"
)


def test_words_come_back_on_their_lines_in_columns(tmp_path: Path) -> None:
    page = tmp_path / "x.bbox.html"
    page.write_text(_PAGE, encoding="utf-8")
    lines = [line.split() for line in read_source(page).text.splitlines() if line.strip()]
    assert ["課", "令和８年度", "令和７年度"] in lines or ["課", "令和8年度", "令和7年度"] in lines
    assert ["架空総務課", "28", "27"] in lines
