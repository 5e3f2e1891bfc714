"""A Word plan converted by pandoc to Markdown: a table with merged cells comes out as raw
HTML in the middle of the Markdown, a tag a line. It is read as the table it is.
Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PLAN = """### 施策1-1　架空子育て支援の充実

**成果指標**

<table>
<colgroup>
<col style="width: 46%" />
<col style="width: 22%" />
<col style="width: 22%" />
</colgroup>
<thead>
<tr class="header">
<th>指標名</th>
<th><p>現状値</p>
<p>（令和６年度）</p></th>
<th>目標値（令和１２年度）</th>
</tr>
</thead>
<tbody>
<tr class="even">
<td>架空待機児童数（人）</td>
<td>12</td>
<td>0</td>
</tr>
<tr class="odd">
<td>架空教室の参加児童数（人）</td>
<td>1,284</td>
<td>1,500</td>
</tr>
</tbody>
</table>

### 施策1-2　架空保育の充実
"""


def test_an_html_table_inside_markdown_gives_its_indicators() -> None:
    facts = parsed_as_read(_PLAN, "x.md")
    rows = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert ("架空教室の参加児童数", 2030, "target", 1500) in rows or (
        "架空教室の参加児童数（人）", 2030, "target", 1500) in rows


def test_no_tag_of_the_table_is_read_as_a_heading() -> None:
    from loaders.field_vocabulary import all_labels
    from loaders.structure import read_structure
    from loaders.text.document_text import page_text

    doc = read_structure(page_text(_PLAN, "x.md"), labels=all_labels())
    assert not [b for b in doc.blocks if "<" in b.text or b.text in ("table", "thead", "/tr")]
