"""Reform-plan chapters: "取組 <name>", "(1) <name>" sections, and 取組事項 tables.

The chapter heading is the action; each "(n) <name>" heading is a sub-initiative of it; each
row of a "取組事項\\t取組の概要・方向性" table is an initiative of the current (n) section,
its second cell (bullets, sometimes with HTML list remnants) its description. Facilities
named in an overview are linked to that initiative.
"""

from __future__ import annotations

import re

from loaders.facts import DocumentFacts, Initiative
from loaders.genres.generic import find_facility_mentions
from loaders.genres.layout import Line, Page, is_blank
from loaders.text.normalize import split_bullets, strip_html

# 「取組 <name>」, or numbered: 「取組２　<name>」「取組Ⅲ：<name>」.
_CHAPTER = re.compile(
    r"^\s*取組\s*(?P<number>[0-9]+|[IVXⅠ-Ⅻ]+)?(?:\s*[:.、]\s*|\s+)(?P<name>\S.*?)\s*$"
)
_SECTION = re.compile(r"^\s*\((?P<number>[0-9]+)\)\s*(?P<name>\S.*?)\s*$")
# 「取組事項\t取組の概要・方向性」「取組項目\t内容」「主な取組\t取組内容」
_TABLE_HEADER = re.compile(
    r"^\s*(?:取組(?:事項|項目)\t|(?:主な)?取組(?:名)?\t[^\t]*(?:概要|内容|方向))"
)
_SENTENCE_END = re.compile(r"[。.]\s*$")


def parse(facts: DocumentFacts) -> None:
    """Add the chapter's action, its (n) sections and every table row initiative to `facts`."""
    page = Page(facts.text)
    chapter: Initiative | None = None
    section: Initiative | None = None
    in_table = False
    for index, line in enumerate(page.lines):
        if is_blank(line):
            in_table = False
            continue
        if chapter is None and (heading := _CHAPTER.match(line.text)) and "\t" not in line.text:
            chapter = _initiative(page, line, heading, None)
            facts.title = facts.title or line.text.strip()
            facts.evidence.setdefault("title", page.line_span(line))
            facts.initiatives.append(chapter)
            continue
        if (found := _SECTION.match(line.text)) and "\t" not in line.text:
            section = _initiative(page, line, found, chapter)
            section.description = _paragraph_after(page, index)
            facts.initiatives.append(section)
            continue
        if _TABLE_HEADER.match(line.text):
            in_table = True
            continue
        if in_table and "\t" in line.text:
            row = _row_initiative(page, line, section or chapter)
            if row is not None:
                facts.initiatives.append(row)


def _initiative(
    page: Page, line: Line, found: re.Match[str], parent: Initiative | None
) -> Initiative:
    number = found.groupdict().get("number")
    return Initiative(
        found.group("name"),
        "action",
        parent=parent.name if parent else None,
        number=number,
        evidence={
            "": page.line_span(line),
            "name": page.trimmed_span(line.start + found.start("name"), line.end),
        },
    )


def _paragraph_after(page: Page, index: int) -> str | None:
    for line in page.lines[index + 1 : index + 4]:
        text = line.text.strip()
        if not text:
            continue
        return text if _SENTENCE_END.search(text) else None
    return None


def _row_initiative(page: Page, line: Line, parent: Initiative | None) -> Initiative | None:
    cells = page.tab_cells(line)
    if not cells[0].text:
        return None
    overview = cells[1] if len(cells) > 1 else None
    items: list[str] = []
    facilities: list[str] = []
    if overview is not None and overview.text:
        items = [item.strip() for item in split_bullets(strip_html(overview.text)) if item.strip()]
        for mention in find_facility_mentions(overview.text):
            if mention.name not in facilities:
                facilities.append(mention.name)
    evidence = {"": page.line_span(line), "name": page.cell_span(cells[0])}
    if overview is not None and overview.text:
        evidence["description"] = page.cell_span(overview)
    return Initiative(
        cells[0].text,
        "action",
        parent=parent.name if parent else None,
        facilities=facilities,
        description="\n".join(items) or None,
        evidence=evidence,
    )
