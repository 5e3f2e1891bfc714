"""A Confluence page's storage format (XHTML with undeclared 「ac:」 and 「ri:」 elements)
read as the page Confluence shows: tables and headings as a page's, a status lozenge by its
title, macro parameters and task ids not at all. Fictional words."""

from __future__ import annotations

from pathlib import Path

from loaders.formats import read_source

_PAGE = (
    '<ac:structured-macro ac:name="details"><ac:rich-text-body><table><tbody>'
    "<tr><th><p>所管</p></th><td><p>架空区役所 架空推進課</p></td></tr>"
    '<tr><th><p>状態</p></th><td><p><ac:structured-macro ac:name="status">'
    '<ac:parameter ac:name="title">確認済</ac:parameter>'
    '<ac:parameter ac:name="colour">Green</ac:parameter></ac:structured-macro></p></td></tr>'
    "</tbody></table></ac:rich-text-body></ac:structured-macro>"
    '<ac:structured-macro ac:name="toc"><ac:parameter ac:name="maxLevel">2</ac:parameter>'
    "</ac:structured-macro><h1>1. 区の体制</h1>"
    "<ac:task-list><ac:task><ac:task-id>41</ac:task-id><ac:task-status>incomplete"
    "</ac:task-status><ac:task-body>架空事業の実施</ac:task-body></ac:task></ac:task-list>"
)


def test_a_storage_format_page_reads_as_the_page_shown(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_text(_PAGE, encoding="utf-8")
    lines = read_source(path).text.splitlines()
    assert "所管\t架空区役所 架空推進課" in lines
    assert "状態\t確認済" in lines
    assert "1. 区の体制" in lines
    assert any("架空事業の実施" in line for line in lines)
    text = "\n".join(lines)
    assert "Green" not in text and "incomplete" not in text and "41" not in text
