"""A PukiWiki page's source read as the page the wiki shows: headings without their
anchors, a table's header row (「|~a|~b|h」) and rows with cell formats dropped, 「>」
cells joined, 「~」 cells carried down, 「&br;」 as a break. Fictional figures."""

from __future__ import annotations

from pathlib import Path

from loaders.formats import read_source

_PAGE = """#author("2026-01-05T10:00:00+09:00","user","架空課")
*架空町 施策評価 [#a1b2c3d4]
#contents
**施策評価一覧 [#e5f6a7b8]
|~施策|~成果指標|~基準値&br;(R3)|~評価&br;(R6)|h
|LEFT:|LEFT:|RIGHT:|CENTER:|c
|>|>|>|BGCOLOR(#eee):基本目標1　架空の安心なまち|
|1-1 架空の子育て|架空ひろば利用率（％）|41.2|COLOR(#c00000){C}|
|~|架空相談件数（件）|1,204|~|
-主な取組
--架空ひろばの拡充
"""


def _lines(tmp_path: Path) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(_PAGE, encoding="utf-8")
    return read_source(path).text.splitlines()


def test_headings_are_read_without_their_anchors_and_plugins(tmp_path: Path) -> None:
    lines = _lines(tmp_path)
    assert lines[0] == "架空町 施策評価"
    assert "施策評価一覧" in lines
    assert not any(line.startswith("#") or "[#" in line for line in lines)


def test_a_wiki_table_is_a_table_its_formats_dropped_and_cells_carried_down(
    tmp_path: Path,
) -> None:
    lines = _lines(tmp_path)
    assert "施策\t成果指標\t基準値 (R3)\t評価 (R6)" in lines
    assert "1-1 架空の子育て\t架空ひろば利用率（％）\t41.2\tC" in lines
    assert "1-1 架空の子育て\t架空相談件数（件）\t1,204\tC" in lines
    assert any(line.startswith("基本目標1") for line in lines)
    assert not any("LEFT:" in line or "COLOR" in line for line in lines)
