"""Round 48: a wiki's page (a MediaWiki XML export, a page's wikitext saved as text, wikitext
in a JSON field) read as the page the wiki shows. Before, the export's <text> was printed
through the HTML reader as one run of words: its 「{|」 tables and 「== 見出し ==」 were lost and
nothing but fields of the export was read. Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

from loaders.formats import read_source
from loaders.formats.mediawiki import expand_templates, is_wikitext

WIKITEXT = """{{ナビ|年度=令和8年度}}
'''令和8年度 架空区運営方針'''は、[[架空市]]架空区役所の方針である。<ref>原本による。</ref>
== 区役所の体制 ==
{| class="wikitable"
|+ 職員数（単位：人）
! 課 !! 係 !! 令和8年度 !! 令和7年度
|-
| 星見課 || 星見係 || 18 || 17
|-
| rowspan="2" | 潮騒課 || 潮騒係 || rowspan="2" | 30 || rowspan="2" | 28
|-
| 汐見係
|}
== 重点取組 ==
=== 重点取組1　星見地区のにぎわいづくり ===
{{施策タグ|2-1-3|地域交流の推進}}
;主な事業
{| class="wikitable"
! 事業名 !! 担当課 !! 令和8年度予算額<br />（千円）
|-
| 星見まつり支援事業 || 星見課 || style="text-align:right" | 3,720
|}
[[Category:区運営方針]]
[[en:Kaku Ward Policy]]
"""

TEMPLATE = '<div class="tag">総合計画 施策{{{1}}}　{{{2}}}</div><noinclude>使い方</noinclude>'


def _export(text: str, template: str) -> str:
    def page(title: str, ns: int, body: str) -> str:
        escaped = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return (f"<page><title>{title}</title><ns>{ns}</ns><revision><id>1</id>"
                f'<text xml:space="preserve">{escaped}</text></revision></page>')

    return ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">'
            "<siteinfo><sitename>架空Wiki</sitename></siteinfo>"
            + page("区運営方針/令和8年度", 0, text) + page("テンプレート:施策タグ", 10, template)
            + "</mediawiki>")


def test_an_exports_table_is_read_as_rows_of_cells(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "wiki-export.xml", _export(WIKITEXT, TEMPLATE)))
    assert "課\t係\t令和8年度\t令和7年度" in text
    assert "星見課\t星見係\t18\t17" in text


def test_an_exports_headings_are_lines_of_their_own(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "wiki-export.xml", _export(WIKITEXT, TEMPLATE)))
    assert text[0] == "# 区運営方針/令和8年度"
    assert "区役所の体制" in text and "重点取組1　星見地区のにぎわいづくり" in text


def test_a_template_is_expanded_from_its_page_in_the_export(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "wiki-export.xml", _export(WIKITEXT, TEMPLATE)))
    assert "総合計画 施策2-1-3　地域交流の推進" in text
    assert not any("使い方" in line for line in text)  # <noinclude> is the template's own page


def test_a_template_without_its_page_prints_its_positional_arguments() -> None:
    assert expand_templates("{{施策タグ|2-1-3|地域交流の推進}}", {}) == "2-1-3 地域交流の推進"
    assert expand_templates("前{{DEFAULTSORT:かくう}}後", {}) == "前後"


def test_references_categories_and_interwiki_links_are_no_words_of_the_page(
    tmp_path: Path,
) -> None:
    text = "\n".join(lines(write(tmp_path, "wiki-export.xml", _export(WIKITEXT, TEMPLATE))))
    for word in ("原本による", "Category", "区運営方針]]", "Kaku Ward", "{{", "'''"):
        assert word not in text
    assert "架空市架空区役所の方針である。" in text


def test_the_template_page_is_not_printed_as_a_page(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "wiki-export.xml", _export(WIKITEXT, TEMPLATE)))
    assert not any(line.startswith("# テンプレート") for line in text)


def test_an_export_line_is_mapped_to_its_page(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "wiki-export.xml", _export(WIKITEXT, TEMPLATE)))
    at = source.text.index("星見まつり支援事業")
    assert source.map is not None
    where = source.map.locate(at, at + 3)
    assert where is not None and where.path == "/mediawiki/page[1]/revision/text"


def test_a_wiki_pages_source_saved_as_text_is_read_as_the_page(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "page.txt", WIKITEXT))
    assert "星見課\t星見係\t18\t17" in text


def test_wikitext_in_a_json_field_is_read_as_the_page(tmp_path: Path) -> None:
    document = json.dumps({"parse": {"title": "区運営方針", "wikitext": WIKITEXT}},
                          ensure_ascii=False)
    assert "星見課\t星見係\t18\t17" in lines(write(tmp_path, "api.json", document))


def test_the_pipeline_reads_a_projects_table_and_its_entrys_policy(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "wiki-export.xml", _export(WIKITEXT, TEMPLATE)))
    projects = {(p.name, p.budget, p.division) for p in facts.projects}
    assert ("星見まつり支援事業", 3720000, "星見課") in projects
    entry = next(i for i in facts.initiatives if i.name == "星見地区のにぎわいづくり")
    assert entry.policy_codes == ["2-1-3"]


def test_markdown_and_plain_prose_are_no_wikitext() -> None:
    assert not is_wikitext("# 見出し\n\n| 課 | 人数 |\n|---|---|\n| 星見課 | 3 |\n")
    assert not is_wikitext("第1章 総則\n=====\n本文です。\n")
    assert is_wikitext("{|\n! 課\n|-\n| 星見課\n|}\n")


def test_a_template_calling_itself_stops_without_growing_the_page() -> None:
    loop = "{{輪|x}}" * 50
    text = expand_templates(loop, {"輪": "{{輪|{{{1}}}{{{1}}}}}"})
    assert len(text) < 2 * (4 * len(loop) + 20_000)  # the last expansion may double it once
