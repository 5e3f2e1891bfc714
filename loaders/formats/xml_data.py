"""XML data files (e-Gov-style exports, a city's organisation or budget lists) → outline text.

defusedxml parses, so a hostile file is refused rather than obeyed: entity declarations (the
"billion laughs" expansion, external entities reading local files or URLs) raise a
DocumentError at once. Elements become the tree `data_outline` prints: an element's name is
its key, its attributes fields, repeated sibling elements an array (a table when they are
records), text with inline markup one string. RSS and Atom feeds go to `feed_data`, which
prints each item as a page would, a wiki's export to `mediawiki`; an XHTML page is no data
file (`sniffing` sends it to the HTML reader).
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from loaders.formats.data_outline import TEXT_KEY, Outline
from loaders.formats.joined_records import joined
from loaders.formats.located import SourceText
from loaders.text.errors import DocumentError


def local_name(tag: str) -> str:
    """「{http://www.w3.org/2005/Atom}entry」 → 「entry」; 「dc:date」 → 「date」."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def child_element(element: Element, name: str) -> Element | None:
    """The first child element of that local name (any namespace)."""
    return next((c for c in element if local_name(c.tag) == name), None)


def child_text(element: Element | None, name: str) -> str:
    """The text of the first child element of that local name, inline markup and all."""
    child = None if element is None else child_element(element, name)
    return "".join(child.itertext()).strip() if child is not None else ""


def parse_xml(text: str, file: str) -> Element:
    """The root element; malformed XML is refused with its line and column, entity
    declarations (expansion bombs, external entities) are refused outright."""
    try:
        return fromstring(text)
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        reason = str(error).split(":", 1)[0]
        raise DocumentError(
            file, f"malformed XML: {reason} (line {line}, column {column + 1})"
        ) from error
    except DefusedXmlException as error:
        raise DocumentError(
            file,
            f"refused XML: it declares entities or external references ({error}), which can"
            " expand without bound or read other files",
        ) from error
    except RecursionError as error:
        raise DocumentError(file, "malformed XML: nested too deep to read") from error


_XHTML = "{http://www.w3.org/1999/xhtml}"
_XSD = "{http://www.w3.org/2001/XMLSchema}"


def _text(element: Element) -> str:
    return "".join(element.itertext()).strip()


def _mixed(element: Element) -> bool:
    """Text with inline markup (<p>本文<b>強調</b>続き</p>): one string, not a tree."""
    return any((child.tail or "").strip() for child in element)


def element_value(element: Element) -> Any:
    """An element as a data value: its text when it has no attributes nor children (or
    holds inline markup), else an object of its attributes ("@name"), its children by name
    (repeated names as an array) and its own text ("#text")."""
    children = list(element)
    if (not children and not element.attrib) or (children and _mixed(element)):
        return _text(element) or None
    if children and all(child.tag.startswith(_XHTML) for child in children):
        # a form's rich-text field (InfoPath's <div xmlns="…xhtml">): its words as a page's
        return "\n".join(t for child in children if (t := _text(child))) or None
    value: dict[str, Any] = {f"@{local_name(k)}": v for k, v in element.attrib.items()}
    groups: dict[str, list[Element]] = {}
    for child in children:
        groups.setdefault(local_name(child.tag), []).append(child)
    for name, members in groups.items():
        if len(members) > 1:
            value[name] = [element_value(m) for m in members]
        else:
            value[name] = element_value(members[0])
    own = (element.text or "").strip()
    if own:
        value[TEXT_KEY] = own
    return value


def xml_step(path: str, key: str) -> str:
    if key == TEXT_KEY:
        return f"{path}/text()"
    return f"{path}/{key}"


def xml_index(path: str, index: int) -> str:
    return f"{path}[{index + 1}]"


def render_xml(text: str, file: str) -> SourceText:
    from loaders.formats.feed_data import is_feed, render_feed
    from loaders.formats.form_data import is_form_data, render_form_data
    from loaders.formats.graphml import is_graphml, render_graphml
    from loaders.formats.mediawiki import is_mediawiki_export, render_mediawiki_export
    from loaders.formats.smartart import is_smartart_data, render_smartart_data

    root = parse_xml(text, file)
    if is_feed(root):
        return render_feed(root, file)
    if is_mediawiki_export(root):
        return render_mediawiki_export(root)
    if is_form_data(root):  # a PDF form's data exported by Acrobat (XFDF)
        return render_form_data(root, file, len(text))
    if is_smartart_data(root):  # a SmartArt diagram's data part (an org chart)
        from loaders.text.document_text import page_text

        return SourceText(page_text(render_smartart_data(root), file))
    if is_graphml(root):  # a diagram drawn in yEd (an org chart)
        from loaders.text.document_text import page_text

        return SourceText(page_text(render_graphml(root), file))
    for child in list(root):  # an inline schema (Access's export) describes the data
        if child.tag.startswith(_XSD):
            root.remove(child)
    outline = Outline(file, len(text), step=xml_step, index=xml_index)
    name = local_name(root.tag)
    path = f"/{name}"
    try:
        value = element_value(root)
    except RecursionError as error:
        raise DocumentError(file, "malformed XML: nested too deep to read") from error
    if isinstance(value, dict):
        outline.document(joined(value, path, xml_step, xml_index), path, title=name)
    elif value is not None:
        outline.field(name, value, path)
    return outline.result()
