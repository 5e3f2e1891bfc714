"""A tree of levels printed a column per level under a ruled header, as pdftotext -layout
leaves it: each run of words falls in the column its print place is under (fictional
examples)."""

from __future__ import annotations

from pathlib import Path

from loaders.field_vocabulary import all_labels
from loaders.formats import read_source
from loaders.parse import parse_document
from loaders.structure import read_structure
from loaders.structure.tables import printed_width

ROOT = Path(__file__).resolve().parents[2]
_STARTS = (2, 26, 54, 86)  # the print places the header's labels start at


def _line(*cells: str) -> str:
    """A line with each cell printed from its column's place (a wide letter takes two)."""
    out = ""
    for place, cell in zip(_STARTS, cells, strict=False):
        if cell:
            out += " " * (place - printed_width(out)) + cell
    return out + "\n"


_TREE = (
    "第３章　施策の体系\n"
    "\n"
    + _line("基本目標", "政策", "施策", "主な取組")
    + "  " + "─" * 62 + "\n"
    + _line("1 架空が健やかに育", "1-1 架空家庭への切れ目", "1-1-1 架空期の支援", "・架空ケア拡充")
    + _line("ち、未来へはばたくま", "のない支援", "の充実", "・架空給付の実施")
    + _line("ち")
    + "\n"
    + _line("", "", "1-1-2 多様な架空ニーズへの対", "・架空士の確保")
    + _line("", "", "応", "・架空施設の拡充")
    + _line("", "", "", "と運営")
    + "\n"
    + _line("", "1-2 架空の学力の育成", "1-2-1 架空な学びの推進", "・架空端末の活用")
    + "\n\n"
    + "                                          － 18 －\n"
)


def _tables(text: str) -> list[list[list[str]]]:
    doc = read_structure(text, labels=all_labels())
    return [[[c.text for c in r] for r in b.table.rows] for b in doc.blocks if b.table]


def test_each_run_of_words_falls_in_the_column_printed_over_it() -> None:
    (rows,) = _tables(_TREE)
    assert rows[0] == ["1 架空が健やかに育", "1-1 架空家庭への切れ目", "1-1-1 架空期の支援",
                       "・架空ケア拡充"]  # fmt: skip
    assert rows[4] == ["", "", "1-1-2 多様な架空ニーズへの対", "・架空士の確保"]


def test_the_tree_ends_at_the_pages_number() -> None:
    (rows,) = _tables(_TREE)
    assert rows[-1][3] == "・架空端末の活用"


def test_a_tree_drawn_with_strokes_is_left_to_the_stroke_reader() -> None:
    text = (
        "  基本目標                     政策                         施策\n"
        "  ─────────────────────────────────────────────\n"
        "  Ⅰ 架空あふれるまち ─ Ⅰ-1 架空づくり ──────── Ⅰ-1-1 架空病の予防\n"
        "                               └ Ⅰ-2 架空支援 ─────── Ⅰ-2-1 架空家庭への支援\n"
    )
    assert not any(len(rows[0]) == 3 and rows[0][0].startswith("Ⅰ 架空") for rows in _tables(text))


def test_the_levels_and_entries_of_the_tree_are_read_with_their_wrapped_names() -> None:
    facts = parse_document(
        _TREE, file="x.txt", municipality_code="999989", municipality="架空台市",
        prefecture="架空県",
    )  # fmt: skip
    policies = {(p.normalized, p.label) for p in facts.policy_codes}
    assert ("1", "架空が健やかに育ち、未来へはばたくまち") in policies
    assert ("1-1-2", "多様な架空ニーズへの対応") in policies
    entries = {i.name: i.policy_codes for i in facts.initiatives}
    assert entries["架空給付の実施"] == ["1-1-1"]
    assert entries["架空施設の拡充と運営"] == ["1-1-2"]
    assert entries["架空端末の活用"] == ["1-2-1"]


def test_a_table_body_under_a_ruled_header_is_no_pair_of_page_columns() -> None:
    """Pinned on a development document: an indicator table whose first column wraps each
    level's name onto a line of its own, under a header ruled off from its rows (the wrapped
    rest goes on the coded record since round 41)."""
    page = ROOT / "tests/data/composed-fresh-45/shionagi-sogokeikaku-shisakutaikei.txt"
    doc = read_structure(read_source(page).text, labels=all_labels())
    rows = [[c.text for c in r] for b in doc.blocks if b.table for r in b.table.rows]
    first = ["1-1-1 妊娠・出産期からの支援の充実", "産後ケア事業の利用率"]
    assert any(row[:2] == first for row in rows)

