"""A page's running head and a table's unit note, printed at the right beside blank lines
on every page, are no right-hand column of text: a table whose last columns stand past a
wide gap under them is read whole, its rows with their last cells. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_HEAD = " " * 100 + "架空市予算案の概要\n"
_ROWS = [
    ("1", "架空ケア事業", "184,320", "架空未来局", "架空保健課"),
    ("2", "架空人材確保・定着支援事業", "426,500", "架空未来局", "架空企画課"),
    ("3", "架空児保育支援事業", "88,640", "架空未来局", "架空企画課"),
    ("4", "架空クラブ施設整備事業", "312,800", "架空未来局", "架空育成課"),
    ("5", "架空体育館空調設備整備事業", "1,846,000", "架空教育局", "架空施設課"),
    ("6", "架空学びの多様化推進事業", "76,420", "架空教育局", "架空相談課"),
]


def _row(no: str, name: str, amount: str, bureau: str, division: str) -> str:
    width = sum(2 if ord(ch) > 0x2000 else 1 for ch in name)
    return f"   {no:<3}{name}{' ' * (40 - width)}{amount:>10}  {bureau}{' ' * 30}{division}\n"


_PAGE = (
    _HEAD + "\n   ４　主な事業\n"
    "   　重点テーマに沿って、主な事業を掲げます。区分欄の「新規」は令和８年度に新たに\n"
    "   実施する事業、「拡充」は内容を拡大して実施する事業です。\n" + " " * 100 + "（単位：千円）\n"
    "   No.事業名                                   令和８年度  所管局"
    + " " * 32
    + "所管課\n"
    + "".join(_row(*r) for r in _ROWS[:3])
    + "\n"
    + " " * 60
    + "－ ２ －\n\f\n"
    + _HEAD
    + "".join(_row(*r) for r in _ROWS[3:])
)


def test_the_rows_keep_their_cells_past_the_gap() -> None:
    doc = read_structure(_PAGE, labels=all_labels())
    rows = [[c.text for c in r] for b in doc.blocks if b.table for r in b.table.rows]
    assert any(r[-2:] == ["架空未来局", "架空保健課"] for r in rows)
    assert any(r[-2:] == ["架空教育局", "架空相談課"] for r in rows)
