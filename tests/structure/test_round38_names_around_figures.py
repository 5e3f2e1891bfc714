"""A 課 name too long for its column printed half above its row's figures and half below
(「架空委員会事」 / figures / 「務局」) as the table's last row, a blank line, then the total
row 「合計」 with its 課 cell blank: the piece below is that row's, not the total's. Fictional
examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_TABLE = (
    "部            課              令和３年度  令和４年度  令和５年度  "
    "令和６年度  令和７年度        増減\n"
    "                                                                      "
    "                       (R7-R3)\n"
    "\n"
    "              架空計画課               8          10          11          1"
    "3          14          +6\n"
    "              架空課                  24          22          22         "
    " 22          22          △2\n"
    "架空建設部    架空緑地課               7           8           9          10    "
    "      11          +4\n"
    "              架空水課                17          15          13          "
    "14          15          △2\n"
    "              小計                    56          55          55        "
    "  59          62          +6\n"
    "\n"
    "              架空総務課              14          14          15          1"
    "5          15          +1\n"
    "              架空教育課              18          18          16          1"
    "6          17          △1\n"
    "              架空学習課              21          21          22          2"
    "0          20          △1\n"
    "架空部        架空スポーツ\n"
    "                                       5           6           6      "
    "     7           8          +3\n"
    "              課\n"
    "              小計                    58          59          59        "
    "  58          60          +2\n"
    "\n"
    "              架空事務局               6           5           6           "
    "7           8          +2\n"
    "              出納室                  10          10           8         "
    "  7           7          △3\n"
    "              監査委員事務\n"
    "                                       4           3           4      "
    "     5           4           0\n"
    "              局\n"
    "行政委員会等  選挙管理委員\n"
    "                                       2           2           2      "
    "     2           3          +1\n"
    "              会事務局\n"
    "              架空委員会事\n"
    "                                       6           4           6      "
    "     4           3          △3\n"
    "              務局\n"
    "\n"
    "合計                                 573         574         575        "
    " 589         600         +27\n"
)

_CAPTION = "表３　部課別職員数の推移（各年度４月１日現在）　　（単位：人）\n"


def _rows() -> list[list[str]]:
    doc = read_structure(_TABLE, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    return [[c.text for c in row] for row in table.rows]


def test_a_name_broken_around_its_figures_joins_its_own_row() -> None:
    assert ["", "架空委員会事務局", "6", "4", "6", "4", "3", "△3"] in _rows()


def test_the_total_row_under_it_keeps_its_blank_cell() -> None:
    assert ["合計", "", "573", "574", "575", "589", "600", "+27"] in _rows()


def test_the_groups_and_units_of_such_a_staff_table_are_counted() -> None:
    """The 部 centred in its group, its 小計 row, a 合計 row after the groups."""
    facts = parsed_as_read(_CAPTION + _TABLE, "p.txt")
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert {("架空建設部", 2025, 62), ("架空部", 2025, 60), ("架空委員会事務局", 2025, 3)} <= staff
