"""A sheet printed with its phonetic guide shown (ふりがな over each name, `pdftotext -layout`):
the katakana lines over the rows are blanked, so no name takes the next row's reading.
Fictional example."""

from __future__ import annotations

from loaders.structure.ruby_lines import blank_ruby_lines

_SHEET = (
    " No.  事業名                      担当課           評価\n"
    "      カクウソウダンジギョウ\n"
    "   1  架空相談事業                架空支援課       Ａ\n"
    "      カクウホイクジギョウ                 カクウホイクカ\n"
    "   2  架空保育事業                架空保育課       Ｂ\n"
)


def test_reading_lines_over_names_are_blanked_offsets_kept() -> None:
    out = blank_ruby_lines(_SHEET)
    assert "カクウ" not in out and len(out) == len(_SHEET)
    assert "架空相談事業" in out


def test_a_katakana_name_in_a_row_is_no_reading() -> None:
    text = "   1  カタカナセンター事業   架空課\n   2  マルシェ開催事業       架空課\n"
    assert blank_ruby_lines(text) == text
