"""Acrobat's 「XML 1.0」 export of a tagged PDF → the page it tags, read as HTML.

Acrobat saves a tagged PDF's structure tree as XML (`<TaggedPDF-doc>`): the tags a PDF
carries for screen readers, H1–H6, P, Table/TR/TH/TD (ColSpan, RowSpan), lists as
L/LI/Lbl/LBody, Figure, grouped in Part, Sect, Div. These are HTML's elements under other
names, so the export is rewritten tag by tag into HTML and read as a saved page. The file is
no well-formed XML as Acrobat writes it (an XMP metadata packet stands before the root
element), so it is not parsed as XML at all: the packet and the bookmark tree (the outline
the headings print again) are taken out, the tags renamed.
"""

from __future__ import annotations

import re

from loaders.formats.located import SourceText
from loaders.text.document_text import page_text

_ROOT = "<TaggedPDF-doc"
_DROPPED = re.compile(
    r"<\?xpacket begin.*?<\?xpacket end[^>]*\?>|<bookmark-tree\b.*?</bookmark-tree>"
    r"|<x:xmpmeta\b.*?</x:xmpmeta>",
    re.DOTALL,
)
# the PDF's standard structure types → the HTML element each stands for (a list item a line
# of its own, its label, the bullet or number the PDF printed, kept in its text)
_ELEMENTS = {
    "TaggedPDF-doc": "main", "Part": "div", "Sect": "section", "Art": "article", "Div": "div",
    "P": "p", "H": "h2", "H1": "h1", "H2": "h2", "H3": "h3", "H4": "h4", "H5": "h5",
    "H6": "h6", "Table": "table", "THead": "thead", "TBody": "tbody", "TFoot": "tfoot",
    "TR": "tr", "TH": "th", "TD": "td", "L": "div", "LI": "p", "Lbl": "span",
    "LBody": "span", "Figure": "figure", "Caption": "figcaption", "Span": "span",
    "Link": "span", "Note": "aside", "Reference": "span", "BlockQuote": "blockquote",
    "Quote": "q", "TOC": "div", "TOCI": "div",
}  # fmt: skip
_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][\w-]*)(?P<rest>[^>]*)>")
_SPAN_ATTRIBUTE = re.compile(r"\b(?:ColSpan|RowSpan)=", re.IGNORECASE)


def is_tagged_pdf(text: str) -> bool:
    """An Acrobat XML export of a tagged PDF (its root `TaggedPDF-doc`, past the packet)."""
    return _ROOT in text[:200_000]


def _html_tag(match: re.Match[str]) -> str:
    element = _ELEMENTS.get(match.group("name"))
    if element is None:
        return ""  # an element the page does not show (ImageData, a destination)
    rest = _SPAN_ATTRIBUTE.sub(lambda m: m.group().lower(), match.group("rest"))
    return f"<{match.group('close')}{element}{rest if not match.group('close') else ''}>"


def render_tagged_pdf(text: str, file: str) -> SourceText:
    """The export's tagged content as the HTML page it stands for, read as one."""
    body = _DROPPED.sub("", text)
    body = re.sub(r"<\?xml[^>]*\?>", "", body)
    html = "<html><body>" + _TAG.sub(_html_tag, body) + "</body></html>"
    return SourceText(page_text(html, file))
