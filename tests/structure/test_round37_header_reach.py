"""An evaluation list prints its header once, then many groups, each a group line over a few
rows aligned to it: the header heads every group, however many there are. Fictional
examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.text.normalize import fold_width

_HEAD = (
    "No.  事務事業名              所管課            決算額      予算額    評価  今後の\n"
    "                                               （千円）    （千円）        方向性\n"
    "─────────────────────────────────────────────────────\n"
    "\n"
)


def _group(n: int) -> str:
    rows = "".join(
        f" {n * 3 + k:>2}  架空事業{n}{k}                架空{n}課              4,{n}{k}0       "
        f"5,{n}{k}0  {'ABC'[k]}     継続\n"
        for k in range(3)
    )
    return f"  政策{n}　架空の政策{n}　＞　施策{n}－1　架空の施策{n}\n{rows}\n"


def _tables() -> list[list[str]]:
    text = fold_width(_HEAD + "".join(_group(n) for n in range(1, 8)))
    doc = read_structure(text, labels=all_labels())
    return [b.table.header for b in doc.blocks
            if b.table is not None and any(r[0].text.isdigit() for r in b.table.rows)]


def test_every_groups_rows_read_under_the_one_header_each_group_a_table() -> None:
    tables = _tables()
    assert len(tables) == 7
    assert all(header[1] == "事務事業名" for header in tables)
