"""LibreOffice and OpenOffice text documents saved as one flat XML file (.fodt) → lines of text,
headings as Markdown headings, list items as bullets, tables as tab-separated rows.

Writer's 「フラット XML ODF テキストドキュメント」 save is one XML file: styles, metadata and the
body (`office:text`). Read as a generic XML outline, its style declarations come first and
every span of a paragraph is a field of its own; no heading, list or table survives. Here the
body alone is read: a `text:h` is a heading of its `text:outline-level`, a `text:p` a line
(its spans joined, `text:s` as spaces, `text:tab` as a tab, `text:line-break` as a line), a
`text:list-item` a bullet line, and a `table:table` its rows, a cell spanning columns followed
by blanks so the columns stay in line. A cell's shown text is read, not its stored value
(`office:value`), as a reader sees the page. Parsed with the XML parser every data file goes
through (defusedxml).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from loaders.formats.located import SourceText, TextBuilder
from loaders.formats.xml_data import local_name, parse_xml
from loaders.text.errors import DocumentError

_TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_SLIDES_MIMETYPE = "application/vnd.oasis.opendocument.presentation"
# a slide's frames that repeat on every page or hold no words of the slide
_PAGE_FURNITURE = frozenset({"footer", "header", "page-number", "date-time", "page"})
_SKIPPED = frozenset(
    {"sequence-decls", "tracked-changes", "bookmark-start", "bookmark-end", "soft-page-break",
     "table-columns", "table-column", "frame", "annotation", "note-citation"}
)  # fmt: skip


def is_flat_text(text: str) -> bool:
    """A flat ODF text document or presentation (an `office:document` of the text or the
    presentation mimetype)."""
    head = text[:4000]
    return "office:document" in head and (_TEXT_MIMETYPE in head or _SLIDES_MIMETYPE in head)


def _attribute(element: Element, name: str) -> str | None:
    return next((v for k, v in element.attrib.items() if local_name(k) == name), None)


def _inline(element: Element) -> str:
    """A paragraph's text: its spans joined, spaces, tabs and line breaks as printed."""
    parts = [element.text or ""]
    for child in element:
        name = local_name(child.tag)
        if name == "s":
            count = _attribute(child, "c") or "1"
            parts.append(" " * (int(count) if count.isdigit() else 1))
        elif name == "tab":
            # (a tab before any word indents the line, as a level under the one above; a
            # tab between words sets a column apart)
            parts.append("\t" if "".join(parts).strip() else "\u3000\u3000")
        elif name == "line-break":
            parts.append("\n")
        elif name == "note":
            pass  # a footnote's body, printed at the page's foot, not in the sentence
        elif name not in _SKIPPED:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _span(cell: Element) -> int:
    value = _attribute(cell, "number-columns-spanned") or "1"
    return int(value) if value.isdigit() and int(value) > 0 else 1


class _Writer:
    def __init__(self) -> None:
        self.out = TextBuilder()
        self.paragraphs = 0
        self.tables = 0

    def body(self, element: Element, depth: int = 0) -> None:
        for child in element:
            name = local_name(child.tag)
            if name in ("h", "p"):
                self.paragraph(child, depth)
            elif name == "list":
                self.body(child, depth + 1)
            elif name == "list-item":
                self.body(child, depth)
            elif name == "table":
                self.table(child)
            elif name not in _SKIPPED:
                self.body(child, depth)  # a section, a header rows group, a text box

    def slides(self, presentation: Element) -> None:
        """Each slide: its title a heading, then its frames where they stand (top to bottom,
        left to right), then the speaker's notes under it, which a presenter reads out."""
        for page in (c for c in presentation if local_name(c.tag) == "page"):
            frames = sorted((f for f in page if local_name(f.tag) == "frame"), key=_place)
            for frame in frames:
                kind = _attribute(frame, "class")
                if kind in _PAGE_FURNITURE:
                    continue
                if kind == "title":
                    words = " ".join(" ".join(_inline(p).split()) for p in frame.iter()
                                     if local_name(p.tag) in ("p", "h"))  # fmt: skip
                    if words.strip():
                        self.out.write("\n")
                        self.out.line(f"## {words.strip()}", path=f"段落{self.paragraphs}")
                        self.out.write("\n")
                    continue
                self.framed(frame)
            for notes in (c for c in page if local_name(c.tag) == "notes"):
                for frame in (f for f in notes if local_name(f.tag) == "frame"):
                    if _attribute(frame, "class") == "notes":
                        self.framed(frame)
            self.out.write("\n")

    def framed(self, frame: Element) -> None:
        for child in frame:
            name = local_name(child.tag)
            if name == "table":
                self.table(child)
            elif name == "text-box":
                self.body(child)

    def paragraph(self, paragraph: Element, depth: int) -> None:
        self.paragraphs += 1
        text = _inline(paragraph)
        if not text.strip():
            self.out.write("\n")
            return
        where = f"段落{self.paragraphs}"
        if local_name(paragraph.tag) == "h":
            level = _attribute(paragraph, "outline-level") or "1"
            marks = "#" * min(int(level) if level.isdigit() else 1, 6)
            self.out.line(f"{marks} {' '.join(text.split())}", path=where)
        elif depth:
            self.out.line("　" * (depth - 1) + "・" + " ".join(text.split()), path=where)
        else:
            for line in text.split("\n"):
                self.out.line(line, path=where)

    def table(self, table: Element) -> None:
        self.tables += 1
        rows = [r for r in table.iter() if local_name(r.tag) == "table-row"]
        for r, row in enumerate(rows, start=1):
            cells: list[tuple[str, dict[str, object]]] = []
            # a spanning cell is followed by the covered cells it spans, as ODF writes it;
            # a file without them keeps the columns in line by blanks after the span
            covered = any(local_name(c.tag) == "covered-table-cell" for c in row)
            for cell in row:
                name = local_name(cell.tag)
                if name not in ("table-cell", "covered-table-cell"):
                    continue
                where: dict[str, object] = {"path": f"表{self.tables} {r}行{len(cells) + 1}列"}
                lines = [
                    " ".join(_inline(p).split())
                    for p in cell.iter()
                    if local_name(p.tag) in ("p", "h")
                ]
                text = " ".join(line for line in lines if line)
                cells.append(("" if name == "covered-table-cell" else text, where))
                if not covered:
                    cells.extend(("", where) for _ in range(_span(cell) - 1))
            if any(text for text, _ in cells):
                self.out.row(cells)
        self.out.write("\n")


def render_flat_text(text: str, file: str) -> SourceText:
    """A flat ODF text document's body as lines, headings and tab-separated table rows."""
    root = parse_xml(text, file)
    writer = _Writer()
    slides = next(
        (e for e in root.iter() if local_name(e.tag) == "presentation" and _is_body(e)), None
    )
    body = next((e for e in root.iter() if local_name(e.tag) == "text" and _is_body(e)), None)
    if slides is not None:
        writer.slides(slides)
    elif body is None:
        raise DocumentError(file, "not an ODF text document: no office:text body")
    else:
        writer.body(body)
    result = writer.out.text()
    if not result.strip():
        raise DocumentError(file, "an ODF text document with no text")
    return SourceText(result, writer.out.map)


def _place(frame: Element) -> tuple[float, float]:
    """Where a frame stands on its slide (「svg:y="9cm"」): top to bottom, left to right."""

    def length(name: str) -> float:
        value = (_attribute(frame, name) or "0").rstrip("cmintpx")
        try:
            return float(value)
        except ValueError:
            return 0.0

    return length("y"), length("x")


def _is_body(element: Element) -> bool:
    """`office:text`, the body, not a `text:` element of the same local name."""
    return element.tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:office:")
