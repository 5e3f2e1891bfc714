"""A budget committee paper's summaries as `pdftotext -layout` leaves them: the title centred
in padding, the account column's label centred off its cells (「区　　　分」), accounts spread
one full-width space apart (「一　般　会　計」), the paper headed by the committee it goes to
and the unit that wrote it. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure
from loaders.text.spread_words import join_spread_words

_PAPER = (
    " " * 70 + "資料１\n"
    "\n"
    + " " * 70 + "架空財政委員会\n"
    + " " * 70 + "財　　政　　局\n"
    "\n"
    "                       令和８年度当初予算案の概要について\n"
    "\n"
    + " " * 30 + "令和８年度　会計別予算総括表" + " " * 30 + "\n"
    "\n"
    + " " * 60 + "（単位：千円、％）\n"
    "              区　　　分                令和８年度      令和７年度      増減率\n"
    "\n"
    "  一　般　会　計                         741,236,000     725,980,000       2.1\n"
    "  介護保険事業特別会計                   112,806,500     108,947,200       3.5\n"
    "\n"
    + " " * 33 + "令和８年度　一般会計局別予算" + " " * 33 + "\n"
    "\n"
    + " " * 70 + "（単位：千円）\n"
    "     局　　名         令和８年度      令和７年度\n"
    "\n"
    "  架空管理局            3,412,600      2,986,400\n"
    "  架空総務局           18,624,300     17,902,100\n"
)


def _budgets() -> set[tuple[str, int | None, str, int]]:
    facts = parse_document(
        _PAPER, file="yosan.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_an_account_spread_one_full_width_space_apart_is_joined() -> None:
    assert join_spread_words("  一　般　会　計     7,412").startswith("  一般会計")


def test_a_short_word_so_spread_is_left_as_printed() -> None:
    assert join_spread_words("施策の方向　子育て") == "施策の方向　子育て"


def test_a_label_centred_off_its_column_heads_the_cells_under_it() -> None:
    doc = read_structure(join_spread_words(_PAPER), labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header[0] == "区分"
    assert table.rows[0][0].text == "一般会計"


def test_a_committee_heading_the_paper_owns_none_of_its_accounts() -> None:
    budgets = _budgets()
    assert ("青葉台市", 2026, "一般会計", 741236000000) in budgets
    assert not any(owner == "架空財政委員会" for owner, *_ in budgets)


def test_a_centred_caption_names_the_account_of_the_units_under_it() -> None:
    assert ("架空管理局", 2026, "一般会計", 3412600000) in _budgets()


def test_a_labelled_empty_column_joins_the_unlabelled_column_beside_it() -> None:
    from loaders.structure.blocks import Cell, Table
    from loaders.structure.offset_headers import joined_offset_header

    def row(*texts: str) -> list[Cell]:
        return [Cell(t, 0, len(t)) for t in texts]

    table = Table(header=["", "区分", "令和8年度"],
                  rows=[row("一般会計", "", "741"), row("特別会計", "", "112")])  # fmt: skip
    joined = joined_offset_header(table)
    assert joined.header == ["区分", "令和8年度"]
    assert [[c.text for c in r] for r in joined.rows] == [["一般会計", "741"], ["特別会計", "112"]]


def test_columns_each_with_a_label_stay_apart() -> None:
    from loaders.structure.blocks import Cell, Table
    from loaders.structure.offset_headers import joined_offset_header

    table = Table(header=["区分", "備考"], rows=[[Cell("一般会計", 0, 4), Cell("", 4, 4)]] * 2)
    assert joined_offset_header(table) is table
