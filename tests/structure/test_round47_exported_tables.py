"""Tables as database and OCR exports print them: a text export that rules off every row with
dashes (「------」 between 「| … |」 rows) is one pipe table; an OCR service's table CSV that marks
every cell as text with a leading apostrophe is read without the marks; and a numbered
table's one wrapped row holding a name's last words is joined onto the name. Fictional
examples."""

from __future__ import annotations

from pathlib import Path

from loaders.field_vocabulary import all_labels
from loaders.formats import read_source
from loaders.structure import read_structure

_RULE = "-" * 70
_RULED = (
    "■Q_計画事業\n"
    f"{_RULE}\n"
    "| 施策番号 | 事業名             | 担当課   | R08事業費 | R09事業費 |\n"
    f"{_RULE}\n"
    "| 1-1      | 架空管理事業       | 架空課   |    12,400 |    12,400 |\n"
    f"{_RULE}\n"
    "| 1-2      | 架空バイオマス事業 | 架空課   |    48,600 |           |\n"
    f"{_RULE}\n"
)


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    doc = read_structure(text, labels=all_labels())
    return [(b.table.header, [[c.text for c in r] for r in b.table.rows])
            for b in doc.blocks if b.table is not None]  # fmt: skip


def test_a_pipe_table_ruled_off_row_by_row_is_one_table() -> None:
    ((header, rows),) = _tables(_RULED)
    assert header == ["施策番号", "事業名", "担当課", "R08事業費", "R09事業費"]
    assert rows == [["1-1", "架空管理事業", "架空課", "12,400", "12,400"],
                    ["1-2", "架空バイオマス事業", "架空課", "48,600", ""]]  # fmt: skip


_MARKED = (
    "Table: Table_1\n\n"
    "'No. ,'施策 ,'事業名 ,'所管課 ,'令和６年度 決算額 （千円） ,'評価 ,\n"
    "'1 ,'1-1 ,'架空ケア事業 ,'架空支援課 ,\"'18,420 \",'B ,\n"
    "'2 ,'1-2 ,'架空環境整備事業 ,'架空教育課 ,\"'186,240 \",'A ,\n"
    "'3 ,'5-2 ,'架空発電設備設置 ,'架空政策課 ,\"'18,000 \",'A ,\n"
    "' ,' ,'補助事業 ,' ,' ,' ,\n"
    "'4 ,'5-3 ,'架空申請推進事業 ,'架空経営課 ,\"'12,460 \",'A ,\n"
)


def _marked(tmp_path: Path) -> tuple[list[str], list[list[str]]]:
    page = tmp_path / "textract.csv"
    page.write_text(_MARKED, encoding="utf-8")
    return _tables(read_source(page).text)[0]


def test_a_text_mark_in_every_cell_is_no_part_of_the_cells(tmp_path: Path) -> None:
    header, rows = _marked(tmp_path)
    assert header[:3] == ["No.", "施策", "事業名"]
    assert rows[0][:3] == ["1", "1-1", "架空ケア事業"] and rows[0][4] == "18,420"


def test_a_numbered_tables_one_wrapped_row_of_a_names_last_words_is_joined(
    tmp_path: Path,
) -> None:
    _, rows = _marked(tmp_path)
    assert [r[2] for r in rows] == ["架空ケア事業", "架空環境整備事業", "架空発電設備設置補助事業",
                                    "架空申請推進事業"]  # fmt: skip
