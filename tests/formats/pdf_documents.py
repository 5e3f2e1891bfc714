"""Test helper: a text document (lines, tab-separated rows as tables) printed as a PDF.

The PDFs are made at test time with reportlab's built-in Japanese CID fonts, so a fresh
clone needs nothing but `pip install -e .[test]`: headings and paragraphs become wrapped
paragraphs, runs of tab-separated lines become ruled tables with wrapped cells, and
`columns=2` flows the text in two columns as many 広報 and 計画 PDFs are printed.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

FONT = "HeiseiKakuGo-W5"
MARGIN = 15 * mm


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def _style(size: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"jp{size}", fontName=_font(), fontSize=size, leading=size * 1.4, wordWrap="CJK",
        spaceAfter=size * 0.3,
    )


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    # keep leading ideographic spaces and runs of spaces visible to the extractor
    return Paragraph(escape(text.strip()), style)


def flowables(text: str, *, width: float, size: float = 8) -> list[Flowable]:
    """Paragraphs for the text's lines and ruled tables for its runs of tab-separated lines."""
    style = _style(size)
    out: list[Flowable] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        columns = max(len(r) for r in rows)
        cells = [[_paragraph(c, style) for c in r + [""] * (columns - len(r))] for r in rows]
        table = Table(cells, colWidths=[width / columns] * columns, repeatRows=0)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        out.append(table)
        out.append(Spacer(1, size))  # tables that touch would be read as one
        rows.clear()

    for line in text.splitlines():
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        flush()
        if line.strip():
            out.append(_paragraph(line, style))
        elif out and not isinstance(out[-1], Spacer):
            out.append(Spacer(1, size))
    flush()
    return out


def write_pdf(text: str, path: Path, *, columns: int = 1, wide: bool = False) -> Path:
    """Print `text` to `path`; `columns=2` sets it in two columns, `wide` on landscape A4."""
    page = landscape(A4) if wide else A4
    doc = BaseDocTemplate(str(path), pagesize=page, title=path.stem)
    gap = 8 * mm
    inner = page[0] - 2 * MARGIN
    width = (inner - gap * (columns - 1)) / columns
    height = page[1] - 2 * MARGIN
    frames = [
        Frame(MARGIN + i * (width + gap), MARGIN, width, height, id=f"c{i}",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        for i in range(columns)
    ]
    doc.addPageTemplates([PageTemplate(id="page", frames=frames)])
    doc.build(flowables(text, width=width))
    return path


def write_scanned_pdf(path: Path, *, text_pages: int = 1) -> Path:
    """`text_pages` pages of text, then a page that is only an image (a scan, no text layer)."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for i in range(text_pages):
        canvas.setFont(_font(), 10)
        canvas.drawString(MARGIN, A4[1] - MARGIN, f"本文 {i + 1}")
        canvas.showPage()
    canvas.drawImage(ImageReader(Image.new("RGB", (40, 40), "white")), MARGIN, MARGIN, 100, 100)
    canvas.showPage()
    canvas.save()
    return path


def write_encrypted_pdf(text: str, path: Path) -> Path:
    """A PDF that opens only with a password."""
    from reportlab.lib import pdfencrypt

    doc = BaseDocTemplate(
        str(path), pagesize=A4, encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0)
    )
    frame = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(flowables(text, width=A4[0] - 2 * MARGIN))
    return path
