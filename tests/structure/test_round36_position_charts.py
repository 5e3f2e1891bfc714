"""An organisation chart drawn left to right whose connector lines were lost in the text
layer: names placed in columns, each 課 at the vertical middle of its 係, posts (町長,
副町長) in the first columns, 「（　）内は職員数」 under it. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read, unit_parents

_CHART = (
    "                              架空町行政機構図\n"
    "                                                        令和８年４月１日現在\n"
    "\n"
    "                                                              架空総務係（8）\n"
    "                                  架空総務課（22）            架空人事係（5）\n"
    "                                                              架空財政係（6）\n"
    "\n"
    "                                  架空企画課（12）            架空企画係（5）\n"
    "  町　長        副町長                                        架空振興係（6）\n"
    "\n"
    "                                  架空建設課（15）            架空土木係（7）\n"
    "\n"
    "                会計管理者        架空会計課（4）\n"
    "\n"
    "  教育委員会    教育長            架空学務課（9）             架空学事係（5）\n"
    "\n"
    "  （　）内は職員数（課長等を含む。）\n"
)


def test_each_name_nests_under_the_name_left_of_it() -> None:
    doc = read_structure(_CHART, labels=all_labels())
    items = [(b.level, b.text) for b in doc.blocks if b.kind == "item"]
    assert (2, "架空総務課(22)") in items
    at = items.index((2, "架空総務課(22)"))
    parts = [(3, "架空総務係(8)"), (3, "架空人事係(5)"), (3, "架空財政係(6)")]
    assert items[at + 1 : at + 4] == parts


def test_a_unit_at_the_middle_of_its_column_run_owns_its_units() -> None:
    parents = unit_parents(_CHART)
    assert parents.get("架空総務係") == "架空総務課"
    assert parents.get("架空振興係") == "架空企画課"
    assert parents.get("架空学事係") == "架空学務課"


def test_a_unit_under_a_board_and_its_post_is_the_boards() -> None:
    assert unit_parents(_CHART).get("架空学務課") == "教育委員会"


def test_a_unit_and_its_bracketed_count_is_no_numbered_heading() -> None:
    doc = read_structure("架空総務係（8）\n架空人事係（5）\n", labels=all_labels())
    assert all(b.number is None for b in doc.blocks)


def test_the_legend_makes_each_bracket_the_units_staff() -> None:
    staff = {(s.organization, s.count) for s in parsed_as_read(_CHART, "chart.txt").staff}
    assert ("架空総務課", 22) in staff
    assert ("架空人事係", 5) in staff


def test_a_counter_opening_a_word_after_a_bracketed_number_is_no_count() -> None:
    """「（1）歳入の確保」: 歳 opens the word 歳入, no age; the line is the numbered level."""
    from loaders.structure.numbering import leading_numbering

    found = leading_numbering("(1)歳入の確保")
    assert found is not None and found.parts == (1,)
    assert leading_numbering("(2) 5人") is None
