"""Which reader a decoded file goes to: a data format (JSON, YAML, TOML, XML, iCalendar) or the
text/HTML reader.

The suffix decides when it names a data format, except that an .xml file holding an XHTML
page is a page. A generic suffix (.txt, none, an unknown one) is decided by the content, so
an API response saved as .txt is read as JSON, and only what parses as that format is taken
for it: a text starting with 「[概要]」 is still text, and an HTML fragment still HTML.
"""

from __future__ import annotations

import json
import re
from typing import Literal

DataFormat = Literal["json", "jsonl", "yaml", "toml", "xml", "ics"]

DATA_SUFFIXES: dict[str, DataFormat] = {
    ".json": "json", ".geojson": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".yaml": "yaml", ".yml": "yaml", ".toml": "toml",
    ".xml": "xml", ".rss": "xml", ".atom": "xml",
    ".ics": "ics", ".ical": "ics", ".icalendar": "ics",
}  # fmt: skip
_PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".md"})  # never read as data

# the prolog before the root element: declaration, processing instructions, comments, doctype
_ROOT = re.compile(
    r"^\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE\s+(?P<doctype>[^\s>\[]+)[^>\[]*"
    r"(?:\[.*?\])?\s*>\s*)*<(?P<root>[^\W\d][\w.:-]*)",
    re.DOTALL | re.IGNORECASE,
)
# elements an HTML page or fragment starts with: such a file goes to the HTML reader
_HTML_ROOTS = frozenset({
    "html", "head", "body", "div", "p", "table", "span", "a", "ul", "ol", "li", "dl", "h1",
    "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "header", "footer", "nav",
    "br", "hr", "meta", "link", "script", "style", "title", "form", "img", "pre", "blockquote",
})  # fmt: skip
_PROBE = 100_000  # characters looked at to find the root element


def xml_root(text: str) -> tuple[str, bool] | None:
    """The root element's local name, and whether an XML declaration precedes it."""
    match = _ROOT.match(text[:_PROBE])
    if match is None:
        return None
    if (match.group("doctype") or "").lower() == "html":
        return "html", True
    name = match.group("root").rsplit(":", 1)[-1]
    return name, text.lstrip("\ufeff \t\n").startswith("<?xml")


def _is_xhtml(text: str) -> bool:
    root = xml_root(text)
    return root is not None and root[0].lower() == "html"


def data_format(suffix: str, text: str) -> DataFormat | None:
    """The data format `text` (a file with this suffix) is read as; None for text/HTML."""
    declared = DATA_SUFFIXES.get(suffix)
    if declared == "xml" and _is_xhtml(text):
        return None  # XHTML saved as .xml: a page
    if declared is not None or suffix in _PAGE_SUFFIXES:
        return declared
    return _sniffed(text)


def _sniffed(text: str) -> DataFormat | None:
    head = text.lstrip("\ufeff \t\n")[:64]
    if head.startswith(("{", "[")):
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            from loaders.formats.json_data import json_lines

            return "jsonl" if json_lines(text) is not None else None  # one record a line
        return "json" if isinstance(value, dict | list) and value else None
    if head.upper().startswith("BEGIN:VCALENDAR"):
        return "ics"
    if head.startswith("%YAML"):
        return "yaml"
    if head.startswith("<"):
        root = xml_root(text)
        if root is None or root[0].lower() in _HTML_ROOTS:
            return None
        return "xml" if root[1] or _well_formed(text) else None
    return None


def _well_formed(text: str) -> bool:
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(text)
    except (ParseError, DefusedXmlException, RecursionError):
        return False
    return True
