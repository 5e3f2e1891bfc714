"""Round 52: an ag-Grid table saved from the browser — the pinned name columns in a block
apart from the scrolled figures, a group label over its columns, rows joined only by their
row-index. Before, the names were read as one table and the figures as another, so no
figure had a name. Every name and figure is made up."""

from __future__ import annotations

from pathlib import Path

from data_documents import facts_of, lines, write


def _cell(key: str, text: str, index: int) -> str:
    return f'<div class="ag-cell" col-id="{key}" aria-colindex="{index}">{text}</div>'


def _head(key: str, text: str, index: int, left: int, width: int) -> str:
    return (f'<div class="ag-header-cell" col-id="{key}" aria-colindex="{index}" '
            f'style="width: {width}px; left: {left}px;"><span class="ag-header-cell-text">'
            f"{text}</span></div>")  # fmt: skip


_GRID = (
    "<html><body><h1>令和7年度 事務事業評価 結果一覧</h1>"
    '<div class="ag-root-wrapper"><div class="ag-root">'
    '<div class="ag-pinned-left-header">'
    + _head("no", "事業番号", 1, 0, 90) + _head("name", "事業名", 2, 90, 200)
    + '</div><div class="ag-header-viewport">'
    '<div class="ag-header-group-cell" style="width: 200px; left: 0px;">事業費（千円）</div>'
    '<div class="ag-header-group-cell" style="width: 60px; left: 200px;">事業概要</div>'
    + _head("r5", "R5決算", 3, 0, 100) + _head("r6", "R6決算", 4, 100, 100)
    + _head("ka", "担当課", 5, 200, 60) + _head("grade", "評価", 6, 260, 60)
    + '</div><div class="ag-pinned-left-cols-container">'
    '<div class="ag-row" row-index="0">' + _cell("no", "0501-01", 1)
    + _cell("name", "架空推進事業", 2) + "</div>"
    '<div class="ag-row" row-index="1">' + _cell("no", "0501-04", 1)
    + _cell("name", "架空補助事業", 2) + "</div>"
    '</div><div class="ag-center-cols-container">'
    '<div class="ag-row" row-index="1">' + _cell("r5", "186,400", 3)
    + _cell("r6", "214,700", 4) + _cell("ka", "架空緑政課", 5) + _cell("grade", "A", 6) + "</div>"
    '<div class="ag-row" row-index="0">' + _cell("r5", "412,300", 3)
    + _cell("r6", "638,900", 4) + _cell("ka", "架空推進課", 5) + _cell("grade", "B", 6) + "</div>"
    "</div></div></div></body></html>"
)


def test_a_grids_pinned_and_scrolled_cells_are_one_row(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "hyoka.html", _GRID))
    assert "0501-01\t架空推進事業\t412,300\t638,900\t架空推進課\tB" in printed
    assert "0501-04\t架空補助事業\t186,400\t214,700\t架空緑政課\tA" in printed


def test_a_group_label_heads_the_columns_under_it(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "hyoka.html", _GRID))
    assert "事業番号\t事業名\t事業費（千円） R5決算\t事業費（千円） R6決算\t担当課\t評価" in printed


def test_a_group_that_only_sorts_its_columns_leaves_a_known_label_alone(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "hyoka.html", _GRID))
    assert ("架空推進事業", 2024, 638_900_000, "架空推進課") in {
        (p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects
    }
