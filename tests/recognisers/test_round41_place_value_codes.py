"""Policy codes printed as one number (「101」「402」) whose digits a legend splits into levels
(「百の位が基本目標の番号を、下２桁が…施策の番号を表します」): each is the code its levels make
(402 → 4-2), and the legend's worked example names no policy. Fictional example."""

from __future__ import annotations

from loaders.text.place_value_codes import place_value_legend, split_code
from tests.recognisers._facts_of import parsed_as_read

_REPORT = (
    "３　表の見方\n"
    "\n"
    "  ・施策番号は、百の位が基本目標の番号を、下２桁が基本目標の中の施策の番号を表します。\n"
    "  　（例：施策402は、基本目標４の２番目の施策「架空道路網の整備」です。）\n"
    "\n"
    "４　施策別の結果\n"
    "\n"
    "基本目標１　架空のまち\n"
    "\n"
    "施策\t成果指標\t基準値\t目標値\n"
    "101 架空支援の充実\t架空市が好きな市民の割合\t52.4\t65.0\n"
    "102 架空教育の充実\t架空学校に満足する保護者の割合\t84.2\t90.0\n"
)


def test_a_legend_names_the_digits_of_each_level() -> None:
    legend = place_value_legend("百の位が基本目標の番号を、下２桁が施策の番号を表します。")
    assert legend is not None and legend.sizes == (1, 2)
    assert split_code("４０２", (1, 2)) == "4-2"


def test_codes_printed_as_one_number_take_the_levels_the_legend_gives() -> None:
    codes = {(c.printed, c.label) for c in parsed_as_read(_REPORT).policy_codes}
    assert ("1-1", "架空支援の充実") in codes and ("1-2", "架空教育の充実") in codes


def test_the_legends_worked_example_is_no_policy() -> None:
    codes = {c.normalized for c in parsed_as_read(_REPORT).policy_codes}
    assert not any(code.startswith("402") for code in codes)
