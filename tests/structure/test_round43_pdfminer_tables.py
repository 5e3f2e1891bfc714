"""Tables as pdfminer.six (pdf2txt.py) gives them: each header label a text box of its own,
boxes apart by blank lines, a column's marker under its label (「令和８年度」 / 「(A)」),
rows of a name, figures and the unit in charge on one line each, a group's name alone on
its line between rows, a name too long for its cell wrapped after its row, and unmapped
glyphs printed as 「(cid:N)」. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    doc = read_structure(text, labels=all_labels())
    return [
        (b.table.header, [[c.text for c in row] for row in b.table.rows])
        for b in doc.of_kind("table")
        if b.table is not None
    ]


_ACCOUNTS = (
    "会計別予算額\n（単位：百万円、％）\n\n区 分\n\n令和８年度\n(A)\n\n令和７年度\n(B)\n\n"
    "増減額\n(A)-(B)\n\n増減率\n\n"
    "一般会計 598,730 583,160 15,570 2.7\n"
    "特別会計\n"
    "国民健康保険事業 98,420 99,310 △890 △0.9\n"
    "架空寡婦福祉資金 410 436 △26 △6.0\n"
    "貸付事業\n"
    "駐車場事業 1,120 1,085 35 3.2\n"
    "合 計 700,270 684,055 16,215 2.4\n"
    "\n※ 表示単位未満を四捨五入しています。\n"
)


def test_labels_apart_by_blank_lines_and_their_markers_make_one_header() -> None:
    [(header, _)] = _tables(_ACCOUNTS)
    assert header == ["区分", "令和8年度(A)", "令和7年度(B)", "増減額(A)-(B)", "増減率"]


def test_a_known_label_alone_between_rows_is_a_group_row() -> None:
    [(_, rows)] = _tables(_ACCOUNTS)
    assert ["特別会計", "", "", "", ""] in rows
    assert rows[2][0] == "国民健康保険事業"


def test_a_names_wrapped_rest_after_its_row_joins_the_name() -> None:
    [(_, rows)] = _tables(_ACCOUNTS)
    assert ["架空寡婦福祉資金貸付事業", "410", "436", "△26", "△6.0"] in rows


_PROJECTS = (
    "(cid:1) 3 主な事業\n\n(cid:31)は新規事業を示します。\n（単位：千円）\n\n"
    "事 業 名\n\n令和８年度\n\n令和７年度\n\n担当課\n\n"
    "(cid:7) 架空未来局\n\n"
    "(cid:32)架空医療費助成事業 5,482,600 5,016,300 架空家庭課\n"
    "(cid:31)架空通園支援事業 412,800 － 架空保育課\n\n"
    "(cid:7) 架空観光局\n\n"
    "架空港クルーズ客受入環境整 196,500 142,800 架空観光課\n"
    "備事業\n"
)


def test_a_rows_word_after_its_figures_is_a_column_of_its_own() -> None:
    [(header, rows)] = _tables(_PROJECTS)
    assert header == ["事業名", "令和8年度", "令和7年度", "担当課"]
    assert ["架空医療費助成事業", "5,482,600", "5,016,300", "架空家庭課"] in rows


def test_a_units_name_over_the_first_row_groups_it_and_is_no_label() -> None:
    [(_, rows)] = _tables(_PROJECTS)
    assert rows[0] == ["架空未来局", "", "", ""]
    assert ["架空観光局", "", "", ""] in rows


def test_unmapped_glyphs_are_no_part_of_the_names() -> None:
    [(_, rows)] = _tables(_PROJECTS)
    assert ["架空通園支援事業", "412,800", "-", "架空保育課"] in rows
    assert ["架空港クルーズ客受入環境整備事業", "196,500", "142,800", "架空観光課"] in rows
