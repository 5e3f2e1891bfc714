"""A space-aligned table (a PDF read with its layout kept) whose cells wrap onto the lines
under them: each column's rest stays in its column, a numbered first cell's rest joins it,
a legend of marks over the table is no row of it, a header label's rest wrapped beside a
unit in brackets joins its label, and the table is not taken for two columns of text
(fictional examples)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "recognisers"))

from _facts_of import evaluation_rows, facts_of

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_REVIEW = (
    "  ４ 令和６年度 区運営方針の振り返り\n"
    "\n"
    "     令和６年度の各取組について、指標の実績をもとに区として自己評価を行いました。\n"
    "       評価  ◎：目標を上回った   ○：おおむね目標どおり   △：目標を下回った\n"
    "\n"
    "     取組                                   指標（令和６年度実績）                    自己評価\n"  # noqa: E501
    "     １ 架空防災力の向上                    架空計画の策定地区数 11地区                  ○\n"
    "                                            架空訓練に参加した区民の数 5,320人\n"
    "     ２ 架空子育て家庭への切れ目            架空健診の受診率 97.4％                      ◎\n"
    "        ない支援                            架空拠点の延べ利用者数 23,150人\n"
    "     ３ 架空つながりと担い手づくり          架空加入率 67.9％                            △\n"
    "\n"
    "     （主な成果と課題）\n"
)


def _table(text: str):  # type: ignore[no-untyped-def]
    doc = read_structure(text, labels=all_labels())
    return next(b.table for b in doc.blocks if b.table is not None)


def test_the_legend_of_marks_over_a_table_is_no_row_of_it() -> None:
    assert [c.text for c in _table(_REVIEW).header_cells] == [
        "取組", "指標(令和6年度実績)", "自己評価",
    ]  # fmt: skip


def test_a_numbered_first_cells_rest_joins_it_and_the_other_columns_stay_lines() -> None:
    rows = [[c.text for c in r] for r in _table(_REVIEW).rows]
    assert ["2 架空子育て家庭への切れ目ない支援", "架空健診の受診率 97.4%", "◎"] in rows
    assert any(r[:2] == ["", "架空拠点の延べ利用者数 23,150人"] for r in rows)
    assert len(rows) == 5


def test_the_grades_of_such_a_table_name_each_entry_without_its_number() -> None:
    assert evaluation_rows(facts_of(_REVIEW, year=2024)) == {
        ("架空防災力の向上", 2024, "○"),
        ("架空子育て家庭への切れ目ない支援", 2024, "◎"),
        ("架空つながりと担い手づくり", 2024, "△"),
    }


def test_a_label_rest_beside_a_unit_under_the_header_joins_its_label() -> None:
    text = (
        " No  事業名                  担当課              決算額  評価 今後の\n"
        "                                               （千円）       方向性\n"
        "\n"
        " 1   架空訪問支援事業        架空家庭課          18,420  A    拡充\n"
        " 2   架空保育事業            架空保育課          32,760  B    継続\n"
    )
    header = [c.text for c in _table(text).header_cells]
    assert "決算額(千円)" in header and "今後の方向性" in header


def test_a_headed_table_whose_cells_wrap_is_not_read_as_two_columns_of_text() -> None:
    from loaders.genres.columns import column_regions

    text = _REVIEW.replace(
        "\n     （主な成果と課題）",
        "     ４ 架空自分らしく暮らせる地域          架空避難支援の取組を行っている               ○\n"  # noqa: E501
        "        づくり                              自治会の割合 58.2％\n"
        "                                            架空健康診査の受診率（架空区） 40.3％\n"
        "\n     （主な成果と課題）",
    )
    assert column_regions(text) == []


def test_rows_set_in_to_a_header_column_with_their_first_cells_blank_stay_rows() -> None:
    text = (
        "課            名  係                    名  職員数  備  考\n"
        "総     務     課  課                    長      １\n"
        "                  総         務         係      ５\n"
        "                  財         政         係      ４\n"
        "                  計                          １０\n"
        "\n"
        "会     計     課  出         納         係      ２\n"
        "                  計                            ２\n"
    )
    from loaders.text.spread_words import join_spread_words

    table = _table(join_spread_words(text))
    assert [c.text for c in table.header_cells][:3] == ["課名", "係名", "職員数"]
    assert [[c.text for c in r][:3] for r in table.rows] == [
        ["総務課", "課長", "1"], ["", "総務係", "5"], ["", "財政係", "4"], ["", "計", "10"],
        ["会計課", "出納係", "2"], ["", "計", "2"],
    ]  # fmt: skip
