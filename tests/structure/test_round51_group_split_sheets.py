"""Round 51: a schedule sheet (工程表) saved as CSV, its two-line header printed once and its
rows split by group lines (基本目標, 施策). Before, the header's last label (備考) past the end
of the month row was joined onto the month column beside it as a label printed off its
column, so the header came out one column short; the parts under the later groups then found
no header as wide as their rows and read their first project as a header, losing it and the
rows' years. A note row (「※…は次期に計上」) was read as a project. Fictional example."""

from __future__ import annotations

import tempfile
from pathlib import Path

from loaders.field_vocabulary import all_labels
from loaders.formats import read_source
from loaders.structure import read_structure
from loaders.structure.blocks import Table
from tests.recognisers._facts_of import parsed_as_read

_WIDTH = 19  # 事業番号 … 事業費 R8 R9, twelve months, 備考


def _row(*cells: str) -> str:
    """A CSV line as a sheet saves it: every row as wide as the sheet."""
    return ",".join([*cells, *[""] * (_WIDTH - len(cells))]) + "\n"


_BARS = ["■"] * 12
_SHEET = (
    _row("架空市実施計画 計画事業工程表")
    + _row("令和8年2月20日現在")
    + _row()
    + _row("事業番号", "施策", "事業名", "担当課", "事業費（千円）", "", "令和8年度",
           *[""] * 11, "備考")
    + _row("", "", "", "", "R8", "R9", *[f"{m}月" for m in (*range(4, 13), 1, 2, 3)])[:-2] + "\n"
    + _row("基本目標1　架空のまち")
    + _row("施策1-1　架空福祉の推進")
    + _row("1-1-01", "1-1", "架空支援事業", "架空福祉課", '"48,200"', '"51,600"', *_BARS)
    + _row("施策1-2　架空高齢の推進")
    + _row("1-2-01", "1-2", "架空認知事業", "架空介護課", '"23,400"', '"23,900"', *_BARS)
    + _row("基本目標2　架空の育ち")
    + _row("施策2-1　架空子育ての充実")
    + _row("2-1-01", "2-1", "架空助成事業", "架空家庭課", '"412,600"', '"418,300"', *_BARS,
           "通年")
    + _row("2-1-02", "2-1", "架空館整備事業", "架空家庭課", '"186,500"', '"624,800"', *_BARS)
    + _row("", "2-1", "※架空体育館の改修は次期に計上", "架空振興課")
)


def _tables() -> list[Table]:
    with tempfile.TemporaryDirectory() as folder:
        sheet = Path(folder) / "x.csv"
        sheet.write_text(_SHEET, encoding="utf-8")
        text = read_source(sheet).text
    doc = read_structure(text, labels=all_labels())
    return [b.table for b in doc.blocks if b.table is not None]


def test_a_label_past_the_end_of_the_lower_header_row_keeps_its_own_column() -> None:
    header = _tables()[1].header  # the first part's, the header's two rows joined
    assert header[-1] == "備考" and header[-2] == "令和8年度 3月"


def test_a_part_under_a_later_group_takes_the_header_printed_once() -> None:
    part = _tables()[-1]
    assert part.header[2] == "事業名" and part.header[5] == "事業費(千円) R9"
    assert part.rows[0][2].text == "架空助成事業"


def test_each_projects_cost_is_read_for_each_year_in_every_group() -> None:
    costs = {(p.name, p.fiscal_year, p.budget) for p in parsed_as_read(_SHEET, "x.csv").projects}
    assert ("架空支援事業", 2027, 51_600_000) in costs
    assert ("架空助成事業", 2026, 412_600_000) in costs
    assert ("架空館整備事業", 2027, 624_800_000) in costs


def test_a_note_row_is_no_project() -> None:
    sheet = (
        "事業名,担当課,事業費（千円）\n"
        "架空支援事業,架空福祉課,\"48,200\"\n"
        "架空認知事業,架空介護課,\"23,400\"\n"
        "※架空体育館の改修は次期に計上,架空振興課,\n"
    )
    names = {p.name for p in parsed_as_read(sheet, "x.csv").projects}
    assert "架空支援事業" in names
    assert not any(name.startswith("※") for name in names)
