"""Round 53: tables laid out as a PDF's text prints them (fictional examples). A status mark
in brackets before a name keeps the table's columns; a name wrapped in its column joins its
row with the cells beside it; labels set left of their figures head them; letters naming
columns for formulas under the header draw no column. (A table whose last column prints a
局 over its 課 keeps both in one cell: a guard, true before too. The pdf.js page of
tests/formats/test_round53_pdfjs_table_rows.py pins that such a column is no column of text.)"""

from __future__ import annotations

from placed_lines import placed

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.blocks import Table


def _row(name: str, budget: str, before: str, bureau: str) -> str:
    figure = 2 if budget == "－" else len(budget)
    last = 2 if before == "－" else len(before)
    return placed((13, name), (94 - figure, budget), (105 - last, before), (107, bureau))


def _under(division: str, name: str = "") -> str:
    return placed((22, name), (105, division)) if name else placed((105, division))


def _projects(*rows: tuple[str, str, str, str, str]) -> list[str]:
    lines = []
    for name, budget, before, bureau, division in rows:
        lines.append(_row(name, budget, before, bureau))
        lines.append(_under(division))
    return lines


_HEADER = placed((25, "事　業　名"), (84, "令和8年度"), (97, "前年度"), (107, "所　管"))
_GOALS = "\n".join([
    "            基本目標1　架空のまちがにぎわいにあふれるまち", "", _HEADER,
    *_projects(("架空公園整備事業", "1,842,600", "1,506,300", "架空都市局", "架空公園課"),
               ("架空駅前広場整備事業", "324,500", "298,800", "架空都市局", "架空整備課")),
    "",
    "            基本目標2　架空のくらしがやすらぎにみちたまち", "", _HEADER,
    *_projects(("架空河川改修事業", "1,102,300", "1,254,800", "架空建設局", "架空河川課"),
               ("架空橋りょう修繕事業", "96,300", "94,100", "架空建設局", "架空道路課")),
    "",
    "            基本目標3　架空のしぜんとともにいきるまち", "", _HEADER,
    *_projects(("架空清掃工場整備事業", "4,215,600", "3,862,100", "架空環境局", "架空施設課")),
    "",
])  # fmt: skip


def _tables(text: str) -> list[Table]:
    doc = read_structure(text, labels=all_labels())
    return [b.table for b in doc.blocks if b.table is not None]


def test_such_a_tables_rows_keep_their_bureau_and_division_in_one_cell() -> None:
    rows = [[c.text for c in row] for table in _tables(_GOALS) for row in table.rows]
    assert ["架空河川改修事業", "1,102,300", "1,254,800", "架空建設局架空河川課"] in rows


_MARKED = "\n".join([
    _HEADER,
    *_projects(("架空公園整備事業", "1,842,600", "1,506,300", "架空都市局", "架空公園課")),
    _row("【新規】  架空拠点整備事業", "238,000", "－", "架空総務局"),
    _under("架空危機管理課"),
    *_projects(("架空河川改修事業", "1,102,300", "1,254,800", "架空建設局", "架空河川課")),
])  # fmt: skip


def test_a_status_mark_before_a_name_keeps_the_tables_columns() -> None:
    (table,) = _tables(_MARKED)
    assert len(table.header) == 4
    assert [c.text for c in table.rows[1]][1:] == ["238,000", "-", "架空総務局架空危機管理課"]


_WRAPPED = "\n".join([
    _HEADER,
    _row("【拡充】  架空港客船受入", "1,265,000", "842,000", "架空港湾局"),
    _under("架空振興課", "環境整備事業"),
    *_projects(("架空創業支援事業", "96,300", "94,100", "架空経済局", "架空産業課")),
])  # fmt: skip


def test_a_name_wrapped_in_its_column_joins_with_the_cells_beside_it() -> None:
    (table,) = _tables(_WRAPPED)
    first = [c.text for c in table.rows[0]]
    assert first[0].endswith("架空港客船受入環境整備事業")
    assert first[-1] == "架空港湾局架空振興課"
    assert len(table.rows) == 2


_OFFSET = "\n".join([
    "            区分　　                 令和8年度     令和7年度      増減額        増減率",
    "                                                （Ａ）        （Ｂ）      （Ａ）－（Ｂ）  （Ａ）／（Ｂ）",  # noqa: E501
    "            一般会計                                      684,235       668,104        16,131             2.4",  # noqa: E501
    "               架空保険事業                               121,480       123,925       △2,445           △2.0",  # noqa: E501
    "               架空市場事業                                 3,854         3,602           252             7.0",  # noqa: E501
])  # fmt: skip


def test_letters_naming_columns_under_the_header_draw_no_column() -> None:
    (table,) = _tables(_OFFSET)
    assert all(not any("Ａ" in c.text or "A" in c.text for c in row) for row in table.rows)


def test_labels_set_left_of_their_figures_head_them() -> None:
    (table,) = _tables(_OFFSET)
    assert table.header == ["区分", "令和8年度", "令和7年度", "増減額", "増減率"]
    assert [c.text for c in table.rows[0]] == ["一般会計", "684,235", "668,104", "16,131", "2.4"]
