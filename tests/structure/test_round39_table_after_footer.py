"""A table going on past a page footer (「計画事業　1／2」) whose next part opens with a level's
row (a code, a name and a unit, no figures) is one table, the part's first row among its
rows; a unit listed with its parent in brackets (「架空教育課（教育委員会）」) holds the
sections under it; an office among a division's sections (架空保健係) is the division's.
Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_PAGES = (
    "施策番号  施策名              担当課        令和8年度  令和9年度\n"
    "1-1       架空の子育て支援    架空福祉課\n"
    "          架空医療費事業      架空福祉課        64200      64800\n"
    "          架空給食費事業      架空教育課        89600      90400\n"
    "\n"
    "                     計画事業　1／2\n"
    "\n"
    "1-2       架空の学校教育      架空教育課\n"
    "          架空端末更新事業    架空教育課        54800          0\n"
    "          架空改修事業        架空教育課       126400     212000\n"
)


def test_a_table_goes_on_past_a_page_footer() -> None:
    doc = read_structure(_PAGES, labels=all_labels())
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert len(tables) == 1
    assert ["1-2", "架空の学校教育", "架空教育課", "", ""] in [
        [c.text for c in row] for row in tables[0].rows
    ]


_STAFF = (
    "（参考）課等別職員数（令和７年４月１日現在）\n"
    "   課　等                係　等                    職員数\n"
    "   架空福祉課                                        14\n"
    "                         架空福祉係                   4\n"
    "                         架空保健係                   4\n"
    "   架空会計室                                         2\n"
    "   架空教育課（教育委員会）                           8\n"
    "                         架空学校係                   3\n"
    "                         架空給食係                   2\n"
)


def test_a_unit_with_its_parent_in_brackets_holds_the_rows_under_it() -> None:
    parents = {o.name: o.parent for o in parsed_as_read(_STAFF).organizations}
    assert parents.get("架空学校係") == "架空教育課"
