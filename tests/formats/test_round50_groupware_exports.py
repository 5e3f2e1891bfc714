"""Round 50: two kinds of system export read as a person reads them. A directory's unit
list (Active Directory's csvde) names each unit by its place, 「OU=課,OU=部,OU=市,DC=…」:
written as the path from the top, so each unit's parent is read. A groupware export (a
report, a bulletin board) carries a whole document in one cell, its pasted tables as
tab-separated lines: written as the row's page, not as one run-on line. Before, the path
was a string no reader understood and the document's tables were lost. Made-up names."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from data_documents import facts_of, lines, write


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows(rows)
    return out.getvalue()


_DIRECTORY = _csv([
    ["DN", "objectClass", "ou", "description"],
    ["OU=架空市,DC=city,DC=local", "organizationalUnit", "架空市", "組織ルート"],
    ["OU=架空部,OU=架空市,DC=city,DC=local", "organizationalUnit", "架空部", "所属コード:0100"],
    ["OU=架空総務課,OU=架空部,OU=架空市,DC=city,DC=local", "organizationalUnit", "架空総務課",
     "所属コード:0101"],
    ["OU=架空庶務係,OU=架空総務課,OU=架空部,OU=架空市,DC=city,DC=local", "organizationalUnit",
     "架空庶務係", "所属コード:010101"],
])  # fmt: skip

_BODY = "\n".join([
    "令和８年度　架空区運営方針",
    "",
    "１　区の体制",
    "課\t係\t職員数",
    "架空推進課\t総務係、企画係\t18",
    "架空振興課\t地域係\t16",
    "",
    "２　区の予算（単位：千円）",
    "区分\t令和8年度\t令和7年度",
    "架空推進費\t48,620\t45,310",
])  # fmt: skip
_REPORTS = _csv([
    ["標題", "作成者名", "作成日時", "内容", "コメント"],
    ["令和8年度 架空区運営方針の決定について", "架空 太郎", "2026/04/01 16:48", _BODY, ""],
    ["打合せ記録", "架空 花子", "2026/03/05 18:10", "・意見交換", ""],
])  # fmt: skip


def test_a_directory_name_is_written_as_its_path_from_the_top(tmp_path: Path) -> None:
    printed = "\n".join(lines(write(tmp_path, "ou-sjis.csv", _DIRECTORY, "cp932")))
    assert "架空市 架空部 架空総務課\t" in printed
    assert "DC=" not in printed.split("\n")[3]


def test_each_unit_of_a_directory_is_read_under_its_parent(tmp_path: Path) -> None:
    units = {(o.name, o.parent) for o in facts_of(write(tmp_path, "ou.csv", _DIRECTORY))
             .organizations}  # fmt: skip
    assert ("架空総務課", "架空部") in units
    assert ("架空庶務係", "架空総務課") in units


def test_a_document_in_a_cell_is_written_as_its_rows_page(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "reports.csv", _REPORTS))
    assert "## 令和8年度 架空区運営方針の決定について" in printed
    assert "作成者名：架空 太郎" in printed
    assert "架空推進課\t総務係、企画係\t18" in printed


def test_a_short_cell_of_another_row_stays_a_field(tmp_path: Path) -> None:
    assert "内容：・意見交換" in lines(write(tmp_path, "reports.csv", _REPORTS))


def test_the_tables_pasted_into_a_cell_are_read(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "reports.csv", _REPORTS))
    assert ("架空推進課", 18) in {(s.organization, s.count) for s in facts.staff}
