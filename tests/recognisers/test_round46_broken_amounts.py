"""A 議会だより's PDF text (pypdf) breaks lines inside amounts (「■X事業　2億4,」 over
「800万円」) and prints the unit in charge under the description, after a bracketed note
(「（前年度2,180万円）」): the amount is joined back and the unit is the project's division.
Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_TEXT = (
    "主な事業\n"
    "■架空住宅建設事業　1億2,600万円\n"
    "架空団地に２号棟を建設します。\n"
    "（架空建設課）\n"
    "■架空小学校改修事業　2億4,\n"
    "800万円\n"
    "校舎の外壁を改修します\n"
    "（２か年事業の１年目）。\n"
    "（架空教育課）\n"
    "■架空タクシー運行事業　1,460\n"
    "万円\n"
    "乗合タクシーを週５日運行します。（架空福祉課）\n"
    "■架空協力隊事業　2,540万円\n"
    "（前年度2,180万円）\n"
    "隊員を増員します。\n"
    "（架空企画課）\n"
    "■架空網維持管理事業　1,18\n"
    "0万円\n"
    "網を維持管理します。\n"
)


def _projects() -> set[tuple[str, int | None, int | None, str | None]]:
    return {(p.name, p.fiscal_year, p.budget, p.division)
            for p in parsed_as_read(_TEXT).projects}  # fmt: skip


def test_an_amount_broken_over_two_lines_is_joined() -> None:
    budgets = {(name, budget) for name, _, budget, _ in _projects()}
    assert {("架空小学校改修事業", 248000000), ("架空タクシー運行事業", 14600000),
            ("架空網維持管理事業", 11800000)} <= budgets  # fmt: skip


def test_the_unit_under_a_wrapped_amount_or_a_note_is_the_division() -> None:
    divisions = {(name, division) for name, _, _, division in _projects()}
    assert {("架空小学校改修事業", "架空教育課"), ("架空タクシー運行事業", "架空福祉課"),
            ("架空協力隊事業", "架空企画課")} <= divisions  # fmt: skip
