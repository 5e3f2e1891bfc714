"""Round 33: projects grouped under a unit's heading, and counts that end like unit names
(fictional examples)."""

from __future__ import annotations

from _facts_of import parsed_as_read as _facts

from loaders.genres.units import unit_kind

_UNIT_HEADED = (
    "令和７年度　予算のあらまし\n\n"
    "３ 主な事業\n"
    "金額は令和７年度の事業費です。\n"
    "■ 架空総務課\n"
    "◇架空無線更新事業（新規）\n"
    "　無線設備を更新します。\n"
    "　事業費 ８，６４０万円\n"
    "◇架空バス運行事業（継続）\n"
    "　循環バスを運行します。\n"
    "　事業費 １，８４２万円\n"
    "■ 架空教育課\n"
    "◇架空体育館改修事業（新規）\n"
    "　屋根を改修します。\n"
    "　事業費 １億１，８５０万円\n"
)


def test_projects_under_a_heading_naming_a_unit_are_that_units() -> None:
    divisions = {p.name: p.division for p in _facts(_UNIT_HEADED).projects}
    assert divisions == {
        "架空無線更新事業": "架空総務課",
        "架空バス運行事業": "架空総務課",
        "架空体育館改修事業": "架空教育課",
    }


def test_a_number_before_a_unit_word_counts_rooms_and_names_no_unit() -> None:
    assert unit_kind("普通教室・特別教室計9室") is None
    assert unit_kind("全3課") is None


def test_an_ordinal_unit_number_still_names_a_unit() -> None:
    assert unit_kind("第1係") == "section"


def test_a_count_of_units_before_a_named_member_is_no_unit() -> None:
    facts = _facts(
        "架空区運営方針\n\n１ 組織\n"
        "架空区役所は、4課と架空保健福祉センター（3課）で構成しています。\n"
    )
    units = {(o.name, o.parent) for o in facts.organizations}
    assert ("架空保健福祉センター", "架空区役所") in units
    assert not any(name.startswith("4課") for name, _ in units)


def _facilities(text: str, file: str = "x.txt") -> dict[str, list[str]]:
    return {f.name: f.aliases for f in _facts(text, file).facilities}


def test_a_kana_word_set_apart_before_a_kanji_name_opens_the_facilitys_name() -> None:
    names = _facilities(
        "事務事業評価一覧\n\nNo.,事業名,担当課,決算額\n"
        "1,ゆくば湖畔キャンプ場整備事業,商工観光課,\"42,300\"\n",
        "x.csv",
    )
    assert "ゆくば湖畔キャンプ場" in names
    assert "湖畔キャンプ場" not in names


def test_a_conjunction_before_a_facility_is_no_part_of_its_name() -> None:
    names = _facilities("施設の改修\n\n架空市民会館、および架空中央公民館を改修します。\n")
    assert "および架空中央公民館" not in names


_FACILITY_TABLE = (
    "<html><body><h1>環境局が所管する主な施設</h1><table>"
    "<tr><th>施設名</th><th>所在地</th><th>概要</th></tr>"
    "<tr><td>架空清掃工場<br>（愛称：エコパークかくう）</td><td>架空市1-2</td>"
    "<td>埋立容量 約1,000立方メートル</td></tr>"
    "<tr><td>リサイクルプラザ架空<br>（愛称：リ・プラかくう）</td><td>架空市3-5</td>"
    "<td>粗大ごみ処理</td></tr>"
    "</table></body></html>"
)


def test_a_nickname_bracket_on_the_line_under_a_name_is_its_alias() -> None:
    names = _facilities(_FACILITY_TABLE, "x.html")
    assert names["架空清掃工場"] == ["エコパークかくう"]
    assert "エコパーク" not in names  # the nickname's own ending names no place


def test_a_katakana_word_ending_the_cell_above_does_not_run_into_a_name() -> None:
    names = _facilities(_FACILITY_TABLE, "x.html")
    assert not any(name.startswith("立方メートル") for name in names)


_SECTION_DIVISION = (
    "架空総合戦略 進捗状況\n\n"
    "基本目標１　地域に仕事をつくる\n"
    "具体的な施策 1-1 架空産業の競争力強化\n"
    "【担当課】架空振興課\n"
    "■主な取組\n"
    "●架空企業の誘致\n"
    "■主な事業（令和５年度決算額）\n"
    "・架空立地奨励金交付事業　48,600千円\n"
    "・架空ブランド化推進事業　6,240千円\n"
    "具体的な施策 1-2 架空移住の促進\n"
    "【担当課】架空企画課\n"
    "■主な事業（令和５年度決算額）\n"
    "・架空空き家バンク活用事業　4,800千円\n"
)


def test_the_division_a_sections_field_names_leads_the_projects_listed_in_it() -> None:
    divisions = {p.name: p.division for p in _facts(_SECTION_DIVISION).projects}
    assert divisions == {
        "架空立地奨励金交付事業": "架空振興課",
        "架空ブランド化推進事業": "架空振興課",
        "架空空き家バンク活用事業": "架空企画課",
    }
