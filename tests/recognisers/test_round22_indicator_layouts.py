"""Round 22: layouts of indicator values the reader missed (fictional examples, in layouts of
no development set): headers on two rows with blanks the text dropped, one indicator named
above its grid of values, values packed in a cell after their kinds' labels, a sheet's
undated target and actual, and names that are no names."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.structure import read_structure

Row = tuple[str, int | None, str, float | int]


def _observations(text: str, year: int | None = 2024) -> set[Row]:
    facts = DocumentFacts("x.txt", "999987", "架空野市", None, text, "generic", fiscal_year=year)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_a_header_row_short_of_its_spanned_blanks_is_joined_with_the_row_below() -> None:
    """A spreadsheet's text drops the blank cells closing its upper header row (目標値
    spans R6 | R8)."""
    text = (
        "指標名\t基準値\t実績値\t\t目標値\n"
        "\t(R2)\tR4\tR5\tR6\tR8\n"
        "架空渡し船利用者数\t120\t130\t135\t140\t150\n"
        "架空公園の清掃回数\t8\t9\t10\t10\t12\n"
    )
    found = _observations(text)
    assert ("架空渡し船利用者数", 2020, "baseline", 120) in found
    assert ("架空渡し船利用者数", 2023, "actual", 135) in found
    assert ("架空渡し船利用者数", 2026, "target", 150) in found


def test_an_upper_header_row_spanning_only_the_value_columns_is_joined() -> None:
    """基準 over 値 | 年度 and years over 目標 | 実績, blank over the name columns labelled
    below (KPI)."""
    text = (
        "\t\t\t基準\t\t令和5年度\t\t令和6年度\t\n"
        "No\tKPI\t単位\t値\t年度\t目標\t実績\t目標\t見込\t担当課\n"
        "1\t架空港の来訪者数\t人\t450\tR1\t500\t480\t520\t530\t架空課\n"
        "2\t架空市場の出店数\t店\t18\tR1\t20\t22\t24\t23\t架空課\n"
    )
    found = _observations(text)
    assert ("架空港の来訪者数", 2019, "baseline", 450) in found
    assert ("架空港の来訪者数", 2023, "actual", 480) in found
    assert ("架空港の来訪者数", 2024, "estimate", 530) in found
    assert ("架空市場の出店数", 2024, "target", 24) in found


def test_a_group_caption_over_labels_of_their_own_leaves_them_alone() -> None:
    """「成果指標」 over 指標名 | 現状値(R5) | 目標値(R9), beside 事業費 over its years: the
    years of money are no targets, and the caption joins no label."""
    text = (
        "事業名\t事業費\t\t\t成果指標\n"
        "事業名\tR7\tR8\tR9\t指標名\t現状値(R5)\t目標値(R9)\n"
        "架空橋の補修事業\t1200\t1300\t1400\t補修済みの橋の数\t3\t7\n"
        "架空林の間伐事業\t800\t800\t900\t間伐面積\t12\t20\n"
    )
    found = _observations(text)
    assert ("補修済みの橋の数", 2023, "baseline", 3) in found
    assert ("補修済みの橋の数", 2027, "target", 7) in found
    assert not any(value in (1200, 1300, 1400, 800, 900) for *_, value in found)


def test_a_table_naming_its_one_indicator_in_its_first_row_gives_its_grid_of_values() -> None:
    """指標名 | name over a row of dated kinds and a row of values."""
    text = (
        "成果指標\n\n"
        "指標名\t架空広場の利用者数（単位：人）\n"
        "\t令和5年度目標\t令和5年度実績\t令和6年度目標\t令和6年度実績\n"
        "値\t1,200\t1,150\t1,300\t1,320\n"
    )
    found = _observations(text)
    assert ("架空広場の利用者数", 2023, "target", 1200) in found
    assert ("架空広場の利用者数", 2023, "actual", 1150) in found
    assert ("架空広場の利用者数", 2024, "actual", 1320) in found


def test_a_grid_of_years_and_kinds_under_a_named_row_gives_each_kinds_values() -> None:
    """「2 成果指標 | | name | 単位 | 件」 over 区分 | years, then rows of kinds (blank
    columns of merged cells between)."""
    text = (
        "2 成果指標\t\t架空相談の件数\t\t単位\t件\n"
        "\t区分\t\t令和4年度\t\t令和5年度\t\t令和6年度\n"
        "\t目標値\t\t40\t\t45\t\t50\n"
        "\t実績値\t\t38\t\t47\n"
    )
    found = _observations(text)
    assert ("架空相談の件数", 2022, "target", 40) in found
    assert ("架空相談の件数", 2023, "actual", 47) in found
    assert ("架空相談の件数", 2024, "target", 50) in found


def test_an_indicator_field_names_the_table_of_dated_values_under_it() -> None:
    text = (
        "３．成果指標\n"
        "　　指標名　＿＿架空バスの乗客数＿＿\n"
        "　　　令和４年度実績　│　令和５年度目標　│　令和５年度実績\n"
        "　　　　  3,100　　│　　  3,300　　│　　  3,250\n"
    )
    found = _observations(text, 2023)
    assert ("架空バスの乗客数", 2022, "actual", 3100) in found
    assert ("架空バスの乗客数", 2023, "target", 3300) in found
    assert ("架空バスの乗客数", 2023, "actual", 3250) in found


def test_values_packed_in_a_cell_after_their_kinds_labels_are_read() -> None:
    """Items set apart by bullets, a label glued to the name or the unit before it."""
    text = (
        "| 事業名 | 成果指標（令和5年度） |\n"
        "|---|---|\n"
        "| 架空教室事業 | • 受講者数(人)目標 300 実績 312 • 修了者数(人)目標 200 実績 190 |\n"
    )
    found = _observations(text)
    assert ("受講者数", 2023, "target", 300) in found
    assert ("受講者数", 2023, "actual", 312) in found
    assert ("修了者数", 2023, "actual", 190) in found


def test_a_packed_cells_labels_may_carry_their_own_years() -> None:
    text = (
        "| 取組名 | 数値目標と実績 |\n"
        "|---|---|\n"
        "| 架空窓口の改善 | 架空手続の件数目標(R9) 30件実績(R5) 6件実績(R6) 14件 |\n"
    )
    found = _observations(text)
    assert ("架空手続の件数", 2027, "target", 30) in found
    assert ("架空手続の件数", 2023, "actual", 6) in found
    assert ("架空手続の件数", 2024, "actual", 14) in found


def test_an_undated_target_and_actual_are_the_reporting_years() -> None:
    """A sheet printing no year in its table: its actual is the document's year's, and so is
    the target beside it; of 上期実績 | 年度末実績 the year's end is the year's."""
    text = (
        "目標No\t指標\t目標値\t上期実績\t年度末実績\n"
        "1\t架空台帳の電子化率\t80\t45\t82\n"
        "2\t架空講座の開催数\t12\t5\t11\n"
    )
    found = _observations(text, 2024)
    assert ("架空台帳の電子化率", 2024, "target", 80) in found
    assert ("架空台帳の電子化率", 2024, "actual", 82) in found
    assert not any(value in (45, 5) for *_, value in found)


def test_words_closing_on_a_particle_name_no_indicator() -> None:
    """「架空台帳の整備では、」 sets the scene of a sentence; the measure is named after it."""
    text = (
        "■ここが進みました\n\n"
        "　架空台帳の整備では、台帳の電子化率が目標の６０％を上回る７１．５％（令和６年度）と\n"
        "なりました（令和４年度は１０．０％）。令和８年度には９０％を目指します。\n\n"
        "　また、体制面では、架空課の職員を令和6年度の12人から令和7年度は15人に増員し、\n"
    )
    names = {name for name, *_ in _observations(text)}
    assert not any(name.endswith(("で", "に", "につきまして")) for name in names)
