"""A report writer's CSV of its records (Crystal Reports' record-style export): no header row,
every row repeating the report's title cells and its field labels, then the record's values
(a level's code and name in two cells under one label), then its group's subtotals under a
label every row prints alike. Read as one table under the labels, the title cells as lines
over it. Before, every row was a row of forty cells under a header of the first record's
values, and none of its projects was read. Fictional example."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from data_documents import facts_of, lines, write

_HEAD = ["架空町総合計画　実施計画", "（単位：千円）", "架空町 企画課", "基本目標",
         "施策", "事業番号", "事業名", "担当課", "令和8年度", "令和9年度"]  # fmt: skip
_RECORDS = [
    ["1", "安全な架空のまち", "1-1", "架空防災の推進", "01-01-001", "架空無線更新事業",
     "架空総務課", "47,300.00", "51,200.00", "施策計", "59,000.00", "58,800.00"],
    ["1", "安全な架空のまち", "1-1", "架空防災の推進", "01-01-002", "架空避難所整備事業",
     "架空総務課", "11,700.00", "7,600.00", "施策計", "59,000.00", "58,800.00"],
    ["1", "安全な架空のまち", "1-2", "架空道路の充実", "01-02-001", "架空町道改良事業",
     "架空建設課", "83,500.00", "92,800.00", "施策計", "83,500.00", "92,800.00"],
]  # fmt: skip


def _export() -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for record in _RECORDS:
        writer.writerow([*_HEAD, *record])
    return out.getvalue()


def test_the_labels_every_row_repeats_are_the_tables_header(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "plan.csv", _export()))
    assert "基本目標\t施策\t事業番号\t事業名\t担当課\t令和8年度\t令和9年度" in text
    assert text[0] == "架空町総合計画　実施計画"


def test_a_levels_code_and_name_are_one_cell_and_the_subtotals_are_dropped(
    tmp_path: Path,
) -> None:
    text = lines(write(tmp_path, "plan.csv", _export()))
    row = ("1 安全な架空のまち\t1-1 架空防災の推進\t01-01-001\t架空無線更新事業\t架空総務課"
           "\t47,300.00\t51,200.00")
    assert row in text
    assert not any("施策計" in line for line in text)


def test_each_records_project_has_its_amount_per_year_and_division(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "plan.csv", _export()))
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空無線更新事業", 2026, 47300000, "架空総務課") in projects
    assert ("架空町道改良事業", 2027, 92800000, "架空建設課") in projects


_UNDATED = (
    "架空村総合振興計画　施策体系\r\n"
    "基本目標,施策番号,施策,取組番号,主な取組\r\n"
    "1　架空の村,1月1日,架空環境の保全,2001/1/1,架空の森の保全\r\n"
    ",,,2001/1/2,架空鳥獣との共生\r\n"
    ",1-3,架空景観の保全,2001/3/1,架空棚田の保全\r\n"
)


def test_codes_excel_turned_into_dates_are_codes_again(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "system.csv", _UNDATED))
    assert "1　架空の村\t1-1\t架空環境の保全\t1-1-1\t架空の森の保全" in text
    assert "\t\t\t1-1-2\t架空鳥獣との共生" in text


def test_dates_under_a_label_that_numbers_nothing_stay_dates(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "events.csv", "行事,開催日\r\n架空まつり,1月2日\r\n"))
    assert "架空まつり\t1月2日" in text
