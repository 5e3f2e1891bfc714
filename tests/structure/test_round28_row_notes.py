"""Round 28: a space-aligned work table as a word processor prints it — a schedule bar
across its period columns, grades at the row's end printed past their labels, names wrapped
onto the next line, and notes set in under each row."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.blocks import StructuredDocument, Table

_HEADER = "番号  取組項目          所管課      Ｒ５    Ｒ６    Ｒ７   Ｒ５評価 Ｒ６評価\n"


def _tables(doc: StructuredDocument) -> list[Table]:
    return [b.table for b in doc.of_kind("table") if b.table is not None]


def _rows(table: Table) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows]


def test_notes_set_in_between_rows_are_read_after_the_table_not_as_its_rows() -> None:
    text = (
        "番号  取組項目          所管課      評価\n"
        "Ａ-1  架空窓口の改善    架空一課    Ｂ\n"
        "      【実績】架空の申請を２０件受け付け、窓口の待ち時間を短くした。\n"
        "      関連事業：架空窓口改善事業（予算１，２００千円、架空一課）\n"
        "Ａ-2  架空資料の電子化  架空二課    Ａ\n"
    )
    doc = read_structure(text, labels=all_labels())
    tables = _tables(doc)
    assert len(tables) == 1
    assert [row[0] for row in _rows(tables[0])] == ["A-1", "A-2"]
    fields = {b.label: b.value for b in doc.of_kind("field")}
    assert fields["関連事業"] == "架空窓口改善事業(予算1,200千円、架空一課)"


def test_a_schedule_bar_draws_no_column_over_the_period_labels() -> None:
    text = (
        "番号  取組項目          Ｒ５    Ｒ６    Ｒ７    所管課\n"
        "Ａ-1  架空窓口の改善    ━━━━━━━━━━━→  架空一課\n"
        "Ａ-2  架空資料の電子化  ‥‥‥‥⇒━━━━━━→  架空二課\n"
    )
    tables = _tables(read_structure(text, labels=all_labels()))
    assert len(tables) == 1
    table = tables[0]
    column = table.header.index("所管課")
    assert [row[column].text for row in table.rows] == ["架空一課", "架空二課"]


def test_labels_printed_a_column_short_of_their_grades_move_onto_them() -> None:
    text = (
        _HEADER
        + "Ａ-1  架空窓口の改善    架空一課    ━━━━━━━━━━━━━━→         Ｂ       Ａ\n"
        + "Ａ-2  架空資料の電子化  架空二課    ‥‥‥‥‥⇒━━━━━━━━→          Ｃ       Ｂ\n"
    )
    tables = _tables(read_structure(text, labels=all_labels()))
    assert len(tables) == 1
    table = tables[0]
    grades = [[row[k].text for k in (table.header.index("R5評価"), table.header.index("R6評価"))]
              for row in table.rows]  # fmt: skip
    assert grades == [["B", "A"], ["C", "B"]]


def test_a_name_wrapped_under_a_numbered_row_joins_that_rows_cell() -> None:
    text = (
        "番号  取組項目          所管課      評価\n"
        "１-１  架空窓口の改善の  架空一課    Ｂ\n"
        "      推進\n"
        "１-２  架空資料の電子化  架空二課    Ａ\n"
    )
    tables = _tables(read_structure(text, labels=all_labels()))
    assert len(tables) == 1
    assert _rows(tables[0]) == [["1-1", "架空窓口の改善の推進", "架空一課", "B"],
                                ["1-2", "架空資料の電子化", "架空二課", "A"]]  # fmt: skip


def test_a_first_cell_broken_inside_a_word_joins_the_row_under_it() -> None:
    text = (
        "  事務事業名              担当課        決算額(円)   評価\n"
        "  架空子育て支援セ\n"
        "  ンター運営事業          架空福祉課    12,806,300   A\n"
        "  架空祝金支給事業        架空住民課     4,500,000   B\n"
    )
    tables = _tables(read_structure(text, labels=all_labels()))
    assert len(tables) == 1
    assert [row[0] for row in _rows(tables[0])] == ["架空子育て支援センター運営事業",
                                                    "架空祝金支給事業"]  # fmt: skip


def test_a_figure_whose_digit_groups_ocr_set_apart_stays_one_cell() -> None:
    text = (
        "\u3000 事務事業名"
        + "\u3000" * 11
        + " 担当課\u3000\u3000\u3000決算額（円）\u3000\u3000 評価\n"
        "\u3000 架空予防・日常生活支援総合事業    架空福祉課      71, 204, 300\u3000\u3000 B\n"
        "\u3000 架空配食サービス事業              架空福祉課       6, 913, 000\u3000\u3000 C\n"
        "\u3000 架空町老人憩の家管理運営事業      架空総務課       2, 615, 700\u3000\u3000 C\n"
    )
    tables = _tables(read_structure(text, labels=all_labels()))
    assert len(tables) == 1
    table = tables[0]
    grades = [row[table.header.index("評価")].text for row in table.rows]
    assert grades == ["B", "C", "C"]
