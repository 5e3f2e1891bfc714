"""RSS (2.0 and 1.0) and Atom feeds → one heading per item, its date and its text.

A city's news feed carries its notices in each item's description, HTML escaped into the
XML (or in CDATA, or Atom's XHTML content); read as data, every item would be a run of
fields. A feed is printed as the page listing it would be: the item's title as a heading,
「公開日：2024年5月1日」, then the description read by the project's HTML reader, so a table
in it stays a table.
"""

from __future__ import annotations

import copy
import datetime
import email.utils
from xml.etree.ElementTree import Element, tostring

from loaders.formats.data_values import japanese_date, prose_lines
from loaders.formats.located import SourceText, TextBuilder
from loaders.formats.xml_data import child_element, child_text, local_name

_DATES = ("pubDate", "published", "date", "updated", "issued", "modified")
_BODIES = ("encoded", "content", "description", "summary")  # content:encoded first


def is_feed(root: Element) -> bool:
    name = local_name(root.tag)
    return name in ("rss", "feed") or (
        name == "RDF" and any(local_name(c.tag) == "item" for c in root)
    )


def feed_date(text: str) -> str:
    """An RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) date in Japanese; else as given."""
    text = text.strip()
    when: datetime.date | None = None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            when = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            try:
                when = datetime.date.fromisoformat(text[:10])
            except ValueError:
                return text
    return japanese_date(when)


def _markup(element: Element) -> str:
    """The HTML an element carries: its text (escaped HTML, CDATA), or for Atom's XHTML
    content its child elements written back out without namespaces."""
    if len(element) == 0:
        return (element.text or "").strip()
    inner = copy.deepcopy(element)
    for node in inner.iter():
        node.tag = local_name(node.tag) if isinstance(node.tag, str) else node.tag
        node.attrib = {local_name(k): v for k, v in node.attrib.items()}
    parts = [inner.text or ""]
    parts += [tostring(child, encoding="unicode", method="html") for child in inner]
    return "".join(parts)


def _body(item: Element) -> str:
    for name in _BODIES:
        child = child_element(item, name)
        if child is not None and (text := _markup(child)):
            return text
    return ""


def _date(item: Element) -> str:
    for name in _DATES:
        if text := child_text(item, name):
            return feed_date(text)
    return ""


def _write_item(out: TextBuilder, item: Element, path: str, level: int) -> None:
    title = " ".join(child_text(item, "title").split())
    if out.length:
        out.write("\n")
    out.line(f"{'#' * level} {title}" if title else f"{'#' * level} （無題）", path=path)
    if date := _date(item):
        out.line(f"公開日：{date}", path=f"{path}/{_date_name(item)}")
    for line in prose_lines(_body(item)):
        out.line(line, path=path)


def _date_name(item: Element) -> str:
    return next((n for n in _DATES if child_text(item, n)), "date")


def render_feed(root: Element, file: str) -> SourceText:
    """The feed's title and description, then each item (RSS) or entry (Atom) in order."""
    out = TextBuilder()
    name = local_name(root.tag)
    channel = child_element(root, "channel") if name in ("rss", "RDF") else root
    base = f"/{name}/channel" if name == "rss" else f"/{name}"
    if channel is not None:
        if title := " ".join(child_text(channel, "title").split()):
            out.line(title, path=f"{base}/title")  # the page's title line
        about = child_text(channel, "description") or child_text(channel, "subtitle")
        for line in prose_lines(about):
            out.line(line, path=f"{base}/description")
    holder = root if name in ("feed", "RDF") else channel
    items = [] if holder is None else [
        c for c in holder if local_name(c.tag) in ("item", "entry")
    ]
    parent = base if name == "rss" else f"/{name}"
    for k, item in enumerate(items):
        _write_item(out, item, f"{parent}/{local_name(item.tag)}[{k + 1}]", 1)
    return SourceText(out.text(), out.map)
