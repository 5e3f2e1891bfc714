"""A project index printed as text: a header of labels alone (「事　業　名　　区分　　局　等
担当課　　予算額　　頁」, the first label spread over its cell), then 【あ行】 groups of rows
under it — every group read under that header (a group leaving a column blank too), a name
cut at its column's edge joined with the line under it; a first label spread with full-width
spaces after half-width indent (「   区　　　分」) read as one word. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.text.spread_words import join_spread_words
from tests.recognisers._facts_of import parsed_as_read

_INDEX = (
    "３　主要事業一覧（事業名五十音順）\n"
    "    予算額は一般会計の令和８年度当初予算額（単位：千円）\n"
    "\n"
    "   事　業　名                    区分  局　等      担当課          予算額  頁\n"
    "  【あ行】\n"
    "   架空赤潮対策強化事業          拡    架空環境局  架空保全課      21,300  58\n"
    "   架空空き家対策推進事業        拡    架空都市局  架空住宅課      48,600  71\n"
    "   架空食堂・居場所づくり支援事  拡    架空子ども  架空育成課      42,600  38\n"
    "   業\n"
    "\n"
    "  【な行】\n"
    "   架空認知症施策推進事業              架空福祉局  架空高齢課      72,400  47\n"
    "   架空農業担い手育成事業              架空経済局  架空農林課      38,900  65\n"
)


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    doc = read_structure(join_spread_words(text), labels=all_labels())
    return [
        (b.table.header, [[c.text for c in r] for r in b.table.rows])
        for b in doc.blocks
        if b.table is not None
    ]


def test_each_group_reads_under_the_header_printed_once() -> None:
    tables = _tables(_INDEX)
    assert len(tables) == 2
    assert all(header[-2:] == ["予算額", "頁"] for header, _ in tables)


def test_a_group_leaving_a_column_blank_keeps_the_columns() -> None:
    _, rows = _tables(_INDEX)[1]
    assert rows[0][1:4] == ["", "架空福祉局", "架空高齢課"]


def test_a_name_cut_at_its_column_s_edge_is_joined() -> None:
    _, rows = _tables(_INDEX)[0]
    assert rows[-1][0] == "架空食堂・居場所づくり支援事業"


def test_the_projects_of_the_index_are_read() -> None:
    rows = {(p.name, p.budget, p.division) for p in parsed_as_read(_INDEX).projects}
    assert ("架空農業担い手育成事業", 38_900_000, "架空農林課") in rows


def test_a_spread_label_after_a_half_width_indent_is_one_word() -> None:
    line = "   区　　　分                              令和８年度  令和７年度"
    assert join_spread_words(line).lstrip().startswith("区分")
