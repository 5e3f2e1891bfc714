"""MediaWiki wikitext (a wiki's page source, the pages of a MediaWiki XML export) → HTML.

A wiki page's structure is in its markup: 「== 見出し ==」, tables between 「{|」 and 「|}」
with 「!」 header and 「|」 data cells, 「*」 lists, 「;」 terms, templates 「{{施策タグ|1-2|…}}」.
Read as plain text a table is a run of 「||」 on one line and the headings are lost, so the
page is turned into the HTML a wiki would show and read by the project's HTML reader, as a
saved page is. wikitextparser finds the templates (nested ones too) and the tables' cells with
their rowspan and colspan. A template is expanded from its own page when an export carries it
(its 「{{{1}}}」 parameters filled in); else its positional arguments are printed, as its
words are usually what the page shows. References, categories and interwiki links are no
words of the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from xml.etree.ElementTree import Element

import wikitextparser

from loaders.formats.located import SourceText, TextBuilder
from loaders.text.document_text import extract_main_text

_HEADING = re.compile(r"^(={1,6})\s*([^=].*?)\s*\1\s*$")
_TABLE_OPEN = re.compile(r"^\s*\{\|", re.MULTILINE)
_TABLE_CLOSE = re.compile(r"^\s*\|\}", re.MULTILINE)
_HEADING_LINE = re.compile(r"^(={2,6})[^=\n].*?\1[ \t]*$", re.MULTILINE)
_WIKI_INLINE = re.compile(r"\[\[[^\[\]\n]+\]\]|'''|\{\{[^{}\n]+\}\}")
_REFS = re.compile(r"<ref\b[^<>]*/>|<ref\b[^<>]*>.*?</ref\s*>|<references\b[^<>]*/?>",
                   re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_NOINCLUDE = re.compile(r"<noinclude>.*?</noinclude>", re.IGNORECASE | re.DOTALL)
_INCLUDE_TAGS = re.compile(r"</?(?:includeonly|onlyinclude)>", re.IGNORECASE)
_PARAMETER = re.compile(r"\{\{\{([^{}|]*)(?:\|([^{}]*))?\}\}\}")
_BEHAVIOUR_SWITCH = re.compile(r"__[A-Z]+__")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_EXTERNAL_LINK = re.compile(r"\[(?:https?:)?//[^\s\]]+(?:\s+([^\]]*))?\]")
_EMPHASIS = re.compile(r"'{2,5}")
_MAX_EXPANSIONS = 2000  # templates expanded in one page: a template calling itself stops
_GROWTH, _GROWTH_FREE = 4, 20_000  # how far expansion may grow a page (×, plus characters)


def is_wikitext(text: str) -> bool:
    """A wiki page's source: a table between 「{|」 and 「|}」, or two 「== 見出し ==」 lines
    with wiki links, emphasis or templates beside them."""
    if _TABLE_OPEN.search(text) and _TABLE_CLOSE.search(text):
        return True
    return len(_HEADING_LINE.findall(text)) >= 2 and _WIKI_INLINE.search(text) is not None


def template_key(name: str) -> str:
    """A template's name as MediaWiki compares it: no namespace, spaces for underscores,
    the first letter capital (「テンプレート:施策タグ」, 「Template:施策_タグ」)."""
    name = " ".join(name.replace("_", " ").split())
    if ":" in name:
        name = name.split(":", 1)[1].strip()
    return name[:1].upper() + name[1:]


def _expand(body: str, arguments: list[wikitextparser.Argument]) -> str:
    named: dict[str, str] = {}
    position = 0
    for argument in arguments:
        if argument.positional:
            position += 1
            named[str(position)] = argument.value
        else:
            named[argument.name.strip()] = argument.value.strip()
    body = _INCLUDE_TAGS.sub("", _NOINCLUDE.sub("", body))
    return _PARAMETER.sub(lambda m: named.get(m.group(1).strip(), m.group(2) or ""), body)


def expand_templates(text: str, templates: Mapping[str, str]) -> str:
    """Each template call replaced by its page's text with the arguments filled in, or by its
    positional arguments; the innermost first, so an argument holding a template is done."""
    limit = _GROWTH * len(text) + _GROWTH_FREE
    for _ in range(_MAX_EXPANSIONS):
        if len(text) > limit:
            break  # a template calling itself, or one that keeps growing: no page prints that
        parsed = wikitextparser.parse(text)
        functions = [f for f in parsed.parser_functions if not f.templates]
        if functions:  # a parser function or magic word (#if:, DEFAULTSORT:): no words
            start, end = functions[0].span
            text = text[:start] + text[end:]
            continue
        calls = [t for t in parsed.templates if not t.templates]
        if not calls:
            break
        call = calls[0]
        name = call.name.strip()
        if name.startswith("#") or (":" in name and template_key(name) not in templates):
            words = ""
        elif (body := templates.get(template_key(name))) is not None:
            words = _expand(body, call.arguments)
        else:
            words = " ".join(a.value.strip() for a in call.arguments if a.positional)
        start, end = call.span
        text = text[:start] + words + text[end:]
    return text


def _inline(text: str) -> str:
    """Links as their words, emphasis marks dropped; HTML tags left for the page reader."""

    def link(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if label is not None:
            return label
        return "" if ":" in target.lstrip(":")[1:] or target.startswith(":") else target

    text = _WIKI_LINK.sub(link, text)
    text = _EXTERNAL_LINK.sub(lambda m: m.group(1) or "", text)
    return _EMPHASIS.sub("", text)


def _split_cells(line: str, separator: str) -> list[str]:
    """A row line's cells: 「a || b || c」, not splitting inside a link 「[[x|y]]」."""
    cells: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(line):
        if line.startswith("[[", i) or line.startswith("{{", i):
            depth += 1
            i += 2
        elif line.startswith("]]", i) or line.startswith("}}", i):
            depth = max(depth - 1, 0)
            i += 2
        elif depth == 0 and line.startswith(separator, i):
            cells.append(line[start:i])
            i += len(separator)
            start = i
        else:
            i += 1
    cells.append(line[start:])
    return cells


def _cell_html(cell: str, tag: str) -> str:
    """「rowspan="3" | 区民課」 → 「<td rowspan="3">区民課</td>」."""
    parts = _split_cells(cell, "|")
    attributes = ""
    if len(parts) > 1 and "=" in parts[0] and "<" not in parts[0]:
        attributes = " " + parts[0].strip()
        cell = "|".join(parts[1:])
    return f"<{tag}{attributes}>{_inline(cell.strip())}</{tag}>"


def _table_html(lines: list[str]) -> str:
    """The lines from 「{|」 to 「|}」 as an HTML table."""
    out = ["<table>"]
    row: list[str] = []

    def close_row() -> None:
        if row:
            out.append("<tr>" + "".join(row) + "</tr>")
            row.clear()

    for line in lines[1:]:
        stripped = line.strip()
        if stripped.startswith("|}"):
            break
        if stripped.startswith("|+"):
            out.append(f"<caption>{_inline(stripped[2:].strip())}</caption>")
        elif stripped.startswith("|-"):
            close_row()
        elif stripped.startswith("!"):
            for cell in _split_cells(stripped[1:], "!!"):
                for part in _split_cells(cell, "||"):
                    row.append(_cell_html(part, "th"))
        elif stripped.startswith("|"):
            for cell in _split_cells(stripped[1:], "||"):
                row.append(_cell_html(cell, "td"))
        elif row and stripped:  # a cell's text going on to the next line
            last = row[-1]
            cut = last.rfind("</")
            row[-1] = last[:cut] + "<br>" + _inline(stripped) + last[cut:]
    close_row()
    out.append("</table>")
    return "\n".join(out)


def _list_html(line: str) -> str:
    marks = len(line) - len(line.lstrip("*#:;"))
    words = _inline(line[marks:].strip())
    if line.startswith(";") and ":" in words and "：" not in words:
        term, _, definition = words.partition(":")
        return f"<dl><dt>{term.strip()}</dt><dd>{definition.strip()}</dd></dl>"
    if line[marks - 1] in "*#":
        return f"<ul><li>{words}</li></ul>"
    return f"<p>{words}</p>"


def wikitext_html(text: str, templates: Mapping[str, str] | None = None) -> str:
    """A page's wikitext as the HTML the wiki would show (headings, tables, lists, paragraphs)."""
    text = _COMMENT.sub("", text)
    text = _REFS.sub("", text)
    text = expand_templates(text, templates or {})
    text = _BEHAVIOUR_SWITCH.sub("", text)
    out: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("{|"):
            end = i + 1
            depth = 1
            while end < len(lines) and depth:
                stripped = lines[end].lstrip()
                depth += stripped.startswith("{|") - stripped.startswith("|}")
                end += 1
            out.append(_table_html(lines[i:end]))
            i = end
            continue
        if heading := _HEADING.match(line):
            level = len(heading.group(1))
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif line[:1] in ("*", "#", ":", ";"):
            out.append(_list_html(line))
        elif line.strip():
            out.append(f"<p>{_inline(line.strip())}</p>")
        i += 1
    return "\n".join(out)


def render_wikitext(text: str, templates: Mapping[str, str] | None = None) -> str:
    """A page's wikitext as the text the project's HTML reader prints of it."""
    return extract_main_text(f"<div>{wikitext_html(text, templates)}</div>")


# -- a MediaWiki XML export (Special:Export) ------------------------------------------------

_TEMPLATE_NAMESPACE = "10"


def is_mediawiki_export(root: Element) -> bool:
    from loaders.formats.xml_data import local_name  # xml_data reads wikitext fields by this

    return local_name(root.tag) == "mediawiki"


def render_mediawiki_export(root: Element) -> SourceText:
    """The export's article pages, each its title as a heading over its latest revision's
    text; template pages are not printed but expand the calls in the articles."""
    from loaders.formats.xml_data import child_text, local_name

    pages = [c for c in root if local_name(c.tag) == "page"]

    def latest_text(page: Element) -> str:
        revisions = [c for c in page if local_name(c.tag) == "revision"]
        return child_text(revisions[-1], "text") if revisions else ""

    templates = {
        template_key(child_text(page, "title")): latest_text(page)
        for page in pages
        if child_text(page, "ns").strip() == _TEMPLATE_NAMESPACE
    }
    out = TextBuilder()
    for k, page in enumerate(pages):
        if child_text(page, "ns").strip() == _TEMPLATE_NAMESPACE:
            continue
        path = f"/mediawiki/page[{k + 1}]"
        if out.length:
            out.write("\n")
        title = " ".join(child_text(page, "title").split())
        out.line(f"# {title}", path=f"{path}/title")
        for line in render_wikitext(latest_text(page), templates).split("\n"):
            if line.strip():
                out.line(line.rstrip(), path=f"{path}/revision/text")
    return SourceText(out.text(), out.map)
