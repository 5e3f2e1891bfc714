"""Word documents (.docx, and the one-file 「XML ドキュメント」 Word 2003 saves) → lines of
text, tables as tab-separated rows, each passage mapped to its paragraph or table cell.

A city that writes its plans in Word publishes the file as it is. WordprocessingML keeps a
paragraph's words in runs (`w:r`/`w:t`), cut wherever the formatting or a spell-check mark
changes (「令和６年度 取組状」 | 「況報告」): read as a generic XML outline, every run is a
line of its own and no sentence, heading or table survives. Here a paragraph is its runs
joined (a tab as a tab, a line break as a line), a heading style's paragraph a Markdown
heading of its level, and a table row its cells apart by tabs: a cell spanning columns is
followed by blanks and a cell continuing a vertical merge is blank, so the columns stay in
line. Parsed with the XML parser every data file goes through (defusedxml).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import Element

from loaders.formats.located import SourceText, TextBuilder
from loaders.formats.xml_data import parse_xml
from loaders.text.errors import DocumentError

_WORD_2003 = "schemas.microsoft.com/office/word/2003/wordml"
_WORD_2006 = "schemas.openxmlformats.org/wordprocessingml/2006/main"
# without styles.xml, Word's built-in heading styles by their ids: 「1」 (見出し 1, as a
# Japanese Word names it), 「Heading1」
_BUILT_IN_HEADING = re.compile(r"^(?:heading\s*)?(?P<level>[1-6])$", re.IGNORECASE)
_HEADING = re.compile(r"^(?:heading|見出し)\s*(?P<level>[1-6])$", re.IGNORECASE)
_SKIPPED = frozenset({"sectPr", "instrText", "delText", "rPr", "pPr", "tblPr", "tblGrid"})


def _local(element: Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _attribute(element: Element, name: str) -> str | None:
    for key, value in element.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return value
    return None


def is_word_xml(text: str) -> bool:
    """A Word 2003 「XML ドキュメント」 (one XML file whose root is w:wordDocument), or a
    .docx package's main part taken out on its own (word/document.xml: w:document)."""
    head = text[:4000]
    if "wordDocument" in head and _WORD_2003 in head:
        return True
    return _WORD_2006 in head and re.search(r"<(?:\w+:)?document[\s>]", head) is not None


def _heading_styles(root: Element | None) -> dict[str, int]:
    """Style id → heading level, for the styles named 「heading N」 (「見出し N」)."""
    levels: dict[str, int] = {}
    if root is None:
        return levels
    for style in root.iter():
        if _local(style) != "style":
            continue
        style_id = _attribute(style, "styleId")
        name = next((_attribute(c, "val") for c in style if _local(c) == "name"), None)
        found = _HEADING.match((name or "").strip())
        if style_id and found:
            levels[style_id] = int(found.group("level"))
    return levels


def _paragraph_text(paragraph: Element) -> str:
    parts: list[str] = []

    def walk(element: Element) -> None:
        for child in element:
            name = _local(child)
            if name in _SKIPPED:
                continue
            if name == "t":
                parts.append(child.text or "")
            elif name == "tab":
                parts.append("\t")
            elif name in ("br", "cr"):
                parts.append("\n")
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _style_of(paragraph: Element) -> str | None:
    for child in paragraph:
        if _local(child) == "pPr":
            for setting in child:
                if _local(setting) == "pStyle":
                    return _attribute(setting, "val")
    return None


def _cell_text(cell: Element) -> str:
    """A cell's paragraphs, joined by spaces as a sheet's export writes a cell's lines."""
    lines = [
        " ".join(_paragraph_text(p).replace("\t", " ").split())
        for p in cell.iter()
        if _local(p) == "p"
    ]
    return " ".join(line for line in lines if line)


def _cell_span(cell: Element) -> tuple[int, bool]:
    """(columns the cell spans, whether it continues a vertical merge from the row above)."""
    wide, continued = 1, False
    for props in cell:
        if _local(props) != "tcPr":
            continue
        for setting in props:
            if _local(setting) == "gridSpan":
                value = _attribute(setting, "val") or "1"
                wide = int(value) if value.isdigit() and int(value) > 0 else 1
            elif _local(setting) == "vmerge" or _local(setting) == "vMerge":
                continued = _attribute(setting, "val") not in ("restart",)
    return wide, continued


class _Writer:
    def __init__(self, headings: dict[str, int]) -> None:
        self.out = TextBuilder()
        self.headings = headings
        self.paragraphs = 0
        self.tables = 0

    def body(self, element: Element) -> None:
        for child in element:
            name = _local(child)
            if name == "p":
                self.paragraph(child)
            elif name == "tbl":
                self.table(child)
            elif name not in _SKIPPED:
                self.body(child)  # a section's wrapper (wx:sect), a content control

    def paragraph(self, paragraph: Element) -> None:
        self.paragraphs += 1
        text = _paragraph_text(paragraph)
        if not text.strip():
            self.out.write("\n")
            return
        style = _style_of(paragraph) or ""
        level = self.headings.get(style)
        if level is None and not self.headings and (built_in := _BUILT_IN_HEADING.match(style)):
            level = int(built_in.group("level"))
        if level is not None:
            text = "#" * level + " " + " ".join(text.split())
        self.out.line(text, path=f"段落{self.paragraphs}")

    def table(self, table: Element) -> None:
        self.tables += 1
        rows = [r for r in table if _local(r) == "tr"]
        for r, row in enumerate(rows, start=1):
            cells: list[tuple[str, dict[str, object]]] = []
            for cell in (c for c in row if _local(c) == "tc"):
                wide, continued = _cell_span(cell)
                where: dict[str, object] = {"path": f"表{self.tables} {r}行{len(cells) + 1}列"}
                cells.append(("" if continued else _cell_text(cell), where))
                cells.extend(("", where) for _ in range(wide - 1))
            if any(text for text, _ in cells):
                self.out.row(cells)
        self.out.write("\n")


def _render(document: Element, styles: Element | None, file: str) -> SourceText:
    body = next((e for e in document.iter() if _local(e) == "body"), None)
    if body is None:
        raise DocumentError(file, "not a Word document: no w:body")
    writer = _Writer(_heading_styles(styles))
    writer.body(body)
    text = writer.out.text()
    if not text.strip():
        raise DocumentError(file, "a Word document with no text")
    return SourceText(text, writer.out.map)


def render_word_xml(text: str, file: str) -> SourceText:
    """A Word 2003 XML document: its styles and body in one file."""
    root = parse_xml(text, file)
    return _render(root, root, file)


def read_docx(path: Path) -> SourceText:
    """A .docx document (a zip holding word/document.xml and word/styles.xml)."""
    file = path.name
    try:
        with zipfile.ZipFile(path) as package:
            document = package.read("word/document.xml").decode("utf-8")
            names = set(package.namelist())
            styles = (
                package.read("word/styles.xml").decode("utf-8")
                if "word/styles.xml" in names
                else None
            )
    except (zipfile.BadZipFile, KeyError, OSError, UnicodeDecodeError) as error:
        raise DocumentError(
            file, f"not a readable .docx document ({type(error).__name__}: {error})"
        ) from error
    return _render(
        parse_xml(document, file), parse_xml(styles, file) if styles is not None else None, file
    )
