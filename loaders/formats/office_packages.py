"""An Office document saved as one XML file (「PowerPoint XML プレゼンテーション」, the flat
OPC package `pkg:package` whose parts are the zip's files), read as the slides it shows.

Each slide part (`/ppt/slides/slideN.xml`, in slide order) is printed as a page would print
it: the title placeholder as a heading, every other text box's paragraphs as lines (a
bulleted level as an item), a table (`a:tbl`) as a table; shapes in their reading order
(top to bottom, then left to right). The speaker notes' words follow their slide. Printed
as XML data instead, the package is thousands of lines of relationships and styles with the
words one element each."""

from __future__ import annotations

import html
import re
from xml.etree.ElementTree import Element

from loaders.formats.xml_data import local_name, parse_xml
from loaders.text.errors import DocumentError

_PACKAGE = re.compile(r"<pkg:package\b")
_SLIDE = re.compile(r"^/ppt/slides/slide(?P<n>[0-9]+)\.xml$")
_NOTES = re.compile(r"^/ppt/notesSlides/notesSlide(?P<n>[0-9]+)\.xml$")
_TITLES = frozenset({"title", "ctrTitle"})


def is_presentation_package(text: str) -> bool:
    head = text[:4000]
    return bool(_PACKAGE.search(head)) and "/ppt/presentation.xml" in text[:200_000]


def _children(element: Element, name: str) -> list[Element]:
    return [c for c in element if local_name(c.tag) == name]


def _descendants(element: Element, name: str) -> list[Element]:
    return [e for e in element.iter() if local_name(e.tag) == name]


def _paragraph(paragraph: Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        kind = local_name(node.tag)
        if kind == "t" and node.text:
            parts.append(node.text)
        elif kind == "br":
            parts.append("\n")
    return "".join(parts).strip()


def _position(shape: Element) -> tuple[int, int]:
    offset = next(iter(_descendants(shape, "off")), None)
    if offset is None:
        return (0, 0)
    try:
        return int(offset.get("y") or 0), int(offset.get("x") or 0)
    except ValueError:
        return (0, 0)


def _table(table: Element) -> str:
    rows = []
    for row in _children(table, "tr"):
        cells = []
        for cell in _children(row, "tc"):
            if cell.get("hMerge") == "1" or cell.get("vMerge") == "1":
                cells.append("<td></td>")
                continue
            text = "<br>".join(html.escape(p) for p in map(_paragraph, _descendants(cell, "p"))
                               if p)  # fmt: skip
            cells.append(f"<td>{text}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table>{''.join(rows)}</table>"


def _shape(shape: Element) -> str:
    kind = local_name(shape.tag)
    if kind == "grpSp":
        members = [c for c in shape if local_name(c.tag) in ("sp", "graphicFrame", "grpSp")]
        return "".join(_shape(m) for m in sorted(members, key=_position))
    tables = _descendants(shape, "tbl")
    if tables:
        return "".join(_table(t) for t in tables)
    placeholder = next(iter(_descendants(shape, "ph")), None)
    title = placeholder is not None and placeholder.get("type") in _TITLES
    out = []
    for paragraph in _descendants(shape, "p"):
        text = html.escape(_paragraph(paragraph)).replace("\n", "<br>")
        if not text:
            continue
        props = next(iter(_children(paragraph, "pPr")), None)
        level = int(props.get("lvl") or 0) if props is not None else 0
        if title:
            out.append(f"<h2>{text}</h2>")
        elif level > 0:
            out.append(f"<ul><li>{text}</li></ul>")
        else:
            out.append(f"<p>{text}</p>")
    return "".join(out)


def _slide(root: Element) -> str:
    trees = _descendants(root, "spTree")
    if not trees:
        return ""
    shapes = [c for c in trees[0] if local_name(c.tag) in ("sp", "graphicFrame", "grpSp")]
    return "".join(_shape(s) for s in sorted(shapes, key=_position))


def render_presentation_package(text: str, file: str) -> str:
    package = parse_xml(text, file)
    slides: dict[int, str] = {}
    notes: dict[int, str] = {}
    for part in package:
        name = part.get("{http://schemas.microsoft.com/office/2006/xmlPackage}name") or ""
        data = next((c for c in part if local_name(c.tag) == "xmlData"), None)
        if data is None or not len(data):
            continue
        if (slide := _SLIDE.match(name)) is not None:
            slides[int(slide.group("n"))] = _slide(data[0])
        elif (note := _NOTES.match(name)) is not None:
            words = [p for p in map(_paragraph, _descendants(data[0], "p")) if p]
            # (the slide number placeholder's digit is no note)
            notes[int(note.group("n"))] = "".join(
                f"<p>{html.escape(w)}</p>" for w in words if not w.isdigit()
            )
    if not slides:
        raise DocumentError(file, "PowerPoint XML package without slides")
    pages = [slides[n] + notes.get(n, "") for n in sorted(slides)]
    return f"<html><body><main>{''.join(pages)}</main></body></html>"
