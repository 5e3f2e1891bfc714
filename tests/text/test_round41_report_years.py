"""A report's year: its title on a page's top line, a running head's chapter set far apart
on the same line (「令和７年度　X調査報告書 (gap) 第４章 …」), names the year it reports, not
the period of a plan it cites further down. Fictional example."""

from __future__ import annotations

from loaders.text.fiscal_year import document_year

_REPORT = (
    "令和７年度　架空市市民意識調査報告書" + " " * 50 + "第４章　総合計画の成果指標\n"
    "\n"
    "第４章　総合計画の成果指標に関する設問\n"
    "\n"
    "１　この章の概要\n"
    "\n"
    "  　第２次架空市総合計画後期基本計画（令和５年度～令和９年度）では、施策ごとに指標を"
    "設定しています。\n"
)


def test_a_title_beside_a_running_head_names_the_reports_year() -> None:
    assert document_year(_REPORT) == 2025
