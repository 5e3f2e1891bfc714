"""A draft PDF stamped 「素　案」 across each page, printed to text with its layout: the stamp's
glyphs stand alone at the far right of lines, in the word's order. They are blanked; a column
of single letters that spells no watermark word is left as it is. Fictional examples."""

from __future__ import annotations

from loaders.text.watermarks import drop_watermarks
from tests.recognisers._facts_of import parsed_as_read

_DRAFT = (
    "施策１－１　架空の支援                            主担当：架空局\n"
    "    ＜主な取組＞\n"
    "      ・架空の相談支援の充実\n"
    "      ・架空家庭の負担の軽減                            素\n"
    "\n"
    "施策１－２　架空の学び                            主担当：架空局\n"
    "    ＜主な取組＞\n"
    "      ・架空の学習支援の充実                                        案\n"
    "      ・架空の図書館の活用\n"
    "                                                                素\n"
    "      ・架空の部活動の地域移行\n"
    "                                                                                案\n"
)


def test_the_stamps_glyphs_are_blanked() -> None:
    cleaned = drop_watermarks(_DRAFT)
    assert "素" not in cleaned and "案" not in cleaned


def test_blanking_keeps_every_offset() -> None:
    assert len(drop_watermarks(_DRAFT)) == len(_DRAFT)


def test_a_column_of_grades_is_no_watermark() -> None:
    graded = "".join(f"・架空の取組{n}                        A\n" for n in range(6))
    assert drop_watermarks(graded) == graded


def test_an_entry_ending_where_the_stamp_fell_is_read_whole() -> None:
    names = {i.name for i in parsed_as_read(_DRAFT).initiatives}
    assert "架空家庭の負担の軽減" in names and "架空の学習支援の充実" in names
