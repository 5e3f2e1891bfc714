"""Round 22: projects read from evaluation sheets, lists and exports whose division, year
or amount unit sits where the reader did not look (fictional documents, in layouts of no
development set)."""

from __future__ import annotations

from pathlib import Path

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels, field_of
from loaders.formats.spreadsheet import read_delimited
from loaders.recognisers import projects
from loaders.structure import read_structure


def _rows(text: str) -> set[tuple[str, int | None, int | None, str | None]]:
    facts = DocumentFacts("x.txt", "999988", "架空川市", None, text, "generic", fiscal_year=2024)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_a_sheet_numbering_its_name_and_unit_rows_gives_its_cost_history() -> None:
    text = (
        "架空川市　事務事業評価シート\n"
        "１　事業名　　　　架空橋点検事業\n"
        "２　所管　　　　　架空部　架空橋梁課　点検係\n"
        "３　事業費の推移　　　　　　　　　　（単位：千円）\n"
        "　　区分　　　　　　令和５年度決算　　令和６年度予算\n"
        "　　事業費　　　　　　　 1,200　　　　　 1,500\n"
    )
    assert _rows(text) == {
        ("架空橋点検事業", 2023, 1_200_000, "架空橋梁課"),
        ("架空橋点検事業", 2024, 1_500_000, "架空橋梁課"),
    }


def test_a_sheet_exported_with_empty_cells_between_label_and_value_is_one_record(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(
        "事業名,,架空渡船運航事業,,,担当課,架空港湾課\n"
        ",,,,,担当係,運航係\n"
        ",,,,\n"
        "1 事業費の推移,,,,（単位：千円）\n"
        ',,区分,,令和5年度,,令和6年度\n'
        ',,事業費,,"2,100",,"2,300"\n',
        encoding="utf-8",
    )
    rows = _rows(read_delimited(path).text)
    assert ("架空渡船運航事業", 2023, 2_100_000, "架空港湾課") in rows
    assert ("架空渡船運航事業", 2024, 2_300_000, "架空港湾課") in rows


def test_a_cost_table_under_its_caption_line_with_a_letter_spaced_row_label() -> None:
    text = (
        "事　　業　　名：架空渡船運航事業\n"
        "担　　当　　課：架空港湾課\n\n"
        "１　事　業　費　　　　　　　　　　（単位：千円）\n"
        "　　区　　分　　　　令和５年度決算　　令和６年度予算\n"
        "　　事　業　費　　　　　 ２，１００　　　　 ２，３００\n"
    )
    assert _rows(text) == {
        ("架空渡船運航事業", 2023, 2_100_000, "架空港湾課"),
        ("架空渡船運航事業", 2024, 2_300_000, "架空港湾課"),
    }


def test_an_unlabelled_unit_closing_a_project_fields_bracket_is_its_division() -> None:
    text = "関連事業：架空灯台保存事業（Ｒ６予算１，２００千円、架空灯台課）\n"
    assert _rows(text) == {("架空灯台保存事業", 2024, 1_200_000, "架空灯台課")}


def test_a_unit_field_under_a_term_holding_its_amount_is_its_division() -> None:
    text = (
        "架空灯台保存事業：予算額：120万円\n"
        "担当：架空灯台課 保存係\n"
        "灯台の外壁を補修します。\n"
    )
    assert _rows(text) == {("架空灯台保存事業", 2024, 1_200_000, "架空灯台課")}


def test_a_further_labelled_field_after_the_units_is_no_part_of_the_division() -> None:
    text = (
        "事業名：架空灯台保存事業\n"
        "所属：架空局 架空部 架空灯台課 担当班：保存班\n"
        "予算額：1,200千円\n"
    )
    assert {r[3] for r in _rows(text)} == {"架空灯台課"}


def test_a_captions_budget_bracket_with_a_dot_states_the_amounts_unit() -> None:
    text = (
        "関連事業一覧（当初予算額・千円）\n"
        "事業名\tR6当初予算額\t担当部署\n"
        "架空灯台保存事業\t1,200\t架空灯台課\n"
    )
    assert ("架空灯台保存事業", 2024, 1_200_000, "架空灯台課") in _rows(text)


def test_a_year_columns_bare_western_year_is_the_rows_fiscal_year() -> None:
    text = (
        "施設名\t改修事業名\t改修予定年度\t概算事業費_千円\t所管課\n"
        "架空会館\t架空会館屋根改修工事\t2026\t4,500\t架空施設課\n"
    )
    assert ("架空会館屋根改修工事", 2026, 4_500_000, "架空施設課") in _rows(text)


def test_a_forms_unit_labels_ending_in_mei_name_the_division() -> None:
    assert field_of("担当課名", exact=True) == "division"
    assert field_of("担当係名", exact=True) == "division"


def test_a_unit_bracket_closing_the_budget_under_a_name_is_its_division() -> None:
    text = (
        "○架空灯台保存事業\n"
        "　　　　　　　　予算額　1,200千円　［架空港湾部　架空灯台課］\n"
    )
    assert _rows(text) == {("架空灯台保存事業", 2024, 1_200_000, "架空灯台課")}
