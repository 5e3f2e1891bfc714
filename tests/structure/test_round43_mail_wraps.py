"""A tab table pasted into a plain-text mail: the mailer broke its long rows at its line
width, at a tab between two amounts, the rest of the row on a line with no leading tab.
Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_MAIL = (
    "件名:\t【記者発表】架空市実施計画の策定について\n"
    "\n"
    "４　計画事業一覧\n"
    "（単位：千円）\n"
    "施策\t事業名\t担当課\t令和8年度\t令和9年度\t令和10年度\t3か年計\n"
    "施策1-1　架空の子育て支援\t\t\t\t\t\t\n"
    "\t架空こども家庭センター整備事業【新規】\t架空こども課\t128,400\n"
    "412,600\t36,000\t577,000\n"
    "\t架空医療費助成事業\t架空こども課\t218,300\t221,000\t223,500\t662,800\n"
    "\t架空小学校長寿命化改修事業\t架空教育課\t42,800\t398,500\t365,200\n"
    "806,500\n"
    "\t架空端末更新事業\t架空教育課\t186,000\t12,400\t12,400\t210,800\n"
    "合計\t4事業\t\t575,500\t1,044,500\t637,100\t2,257,100\n"
    "\n"
    "以上\n"
)


def _rows() -> list[list[str]]:
    doc = read_structure(_MAIL, labels=all_labels())
    [table] = [b.table for b in doc.of_kind("table") if b.table is not None]
    return [[c.text for c in row] for row in table.rows]


def test_a_row_wrapped_at_a_tab_between_amounts_is_one_row() -> None:
    rows = _rows()
    assert ["", "架空こども家庭センター整備事業【新規】", "架空こども課",
            "128,400", "412,600", "36,000", "577,000"] in rows  # fmt: skip


def test_the_rows_after_a_wrapped_line_stay_in_the_table() -> None:
    names = [row[1] for row in _rows()]
    assert "架空小学校長寿命化改修事業" in names
    assert "架空端末更新事業" in names


def test_a_total_rows_count_of_projects_is_no_project() -> None:
    facts = parsed_as_read(_MAIL, "x.txt")
    names = {p.name for p in facts.projects}
    assert "架空端末更新事業" in names
    assert not [n for n in names if n.endswith("4事業")]
