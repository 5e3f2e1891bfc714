"""A block of lines per project (PDF text of a plan's project sheets): its lines, and the
budget label's amounts by year continued on the next line."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.recognisers.project_blocks import block_lines, year_series
from loaders.structure import Block, read_structure


def _is_project(block: Block) -> bool:
    return block.kind == "field" and (block.label or "") == "事業名"


_SHEET = (
    "事業名：架空広場改修事業\n"
    "内容　　老朽化した遊具を更新し、あわせて園路の段差を\n"
    "　　　　解消する。\n"
    "所管：架空公園課\n"
    "計画額　令和8年度 4,500千円　令和9年度 3,000千円\n"
    "（千円）令和10年度 ―\n"
    "\n"
    "事業名：架空橋補修事業\n"
)


def test_block_lines_stop_at_the_blank_line_after_the_sheet() -> None:
    doc = read_structure(_SHEET, labels=all_labels())
    field = next(b for b in doc.blocks if _is_project(b))
    before, after = block_lines(doc, field, _is_project)
    assert before == []
    assert not any("架空橋" in b.text for b in after)
    assert any("所管" in b.text for b in after)


def test_year_series_continues_on_the_line_under_the_budget_label() -> None:
    doc = read_structure(_SHEET, labels=all_labels())
    field = next(b for b in doc.blocks if _is_project(b))
    _, after = block_lines(doc, field, _is_project)
    series = year_series(doc, after, None)
    assert [(one.year, one.yen) for one in series] == [
        (2026, 4_500_000), (2027, 3_000_000), (2028, None)
    ]
    assert doc.text[series[0].start : series[0].end] == "4,500千円"


def test_year_series_is_empty_without_a_budget_label_line() -> None:
    doc = read_structure("事業名：架空事業\n概要　令和8年度に設計を行う。\n", labels=all_labels())
    field = next(b for b in doc.blocks if _is_project(b))
    _, after = block_lines(doc, field, _is_project)
    assert year_series(doc, after, None) == []
