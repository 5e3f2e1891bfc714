"""From a file's bytes to the one text string every parser and evidence span refers to.

Municipal documents arrive as UTF-8, Shift_JIS (CP932) or EUC-JP text, or as saved HTML
pages.  Decoding happens once, here, with clear errors, so spans computed by parsers always
point into the same string the graph quotes.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser, LexborNode

from loaders.text.errors import DocumentError

MAX_BYTES = 20_000_000
# A policy document of a thousand pages has some 50,000 lines; a text far longer is a data
# dump or an attack, and reading it would take minutes and gigabytes.
MAX_LINES = 200_000
_JAPANESE_ENCODINGS = ("cp932", "euc_jp", "shift_jis", "iso2022_jp")
# C0 controls that never occur in text files (tab, newlines, form feed and ESC excluded:
# ESC introduces ISO-2022-JP shifts).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
_UTF16_MIN_NULS = 4  # fewer NULs than this in a file is damage, not UTF-16


def _binary_error(file: str, raw: bytes, offset: int) -> DocumentError:
    return DocumentError(
        file, f"binary data, not text (byte 0x{raw[offset]:02x} at offset {offset})"
    )


def _check_not_binary(raw: bytes, file: str) -> None:
    nul = raw.find(b"\x00")
    if nul != -1:
        raise _binary_error(file, raw, nul)
    controls = list(_CONTROL_BYTES.finditer(raw))
    if controls and len(controls) > _MAX_CONTROL_SHARE * len(raw):
        raise _binary_error(file, raw, controls[0].start())


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text saved without a BOM: its NUL bytes (high bytes of ASCII characters)
    all sit at odd offsets (little-endian) or all at even ones (big-endian), and the
    decoded text has no control characters."""
    if len(raw) % 2:
        return None
    nul_offsets = [m.start() for m in re.finditer(rb"\x00", raw[:4000])]
    parities = {offset % 2 for offset in nul_offsets}
    if len(parities) != 1 or len(nul_offsets) < _UTF16_MIN_NULS:
        return None
    codec = "utf-16-le" if parities == {1} else "utf-16-be"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    printable = sum(c.isprintable() or c in "\t\n\r" for c in text)
    if _CONTROL_CHARS.search(text) or printable < 0.98 * len(text):
        return None
    return text


def _decode_utf16(raw: bytes, file: str) -> str | None:
    if b"\x00" in raw[:400]:
        text = _utf16_without_bom(raw)
        if text is not None:
            return text
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise DocumentError(
                    file, f"invalid UTF-16 (byte offset {error.start + len(bom)})"
                ) from error
    return None


def _decode_iso2022(raw: bytes) -> str | None:
    """ISO-2022-JP (JIS) mail-style text: 7-bit, so it must be caught before UTF-8 would
    accept it as ASCII with escape codes."""
    if b"\x1b$B" not in raw and b"\x1b$@" not in raw:
        return None
    try:
        return raw.decode("iso2022_jp")
    except UnicodeDecodeError:
        return None


def _decode_japanese(raw: bytes) -> str | None:
    """Decode legacy Japanese encodings, or None when the bytes read as none of them.

    charset-normalizer chooses among CP932 and EUC-JP (and relatives) and rejects byte soup
    that happens to be decodable but is not text.
    """
    best = from_bytes(raw, cp_isolation=list(_JAPANESE_ENCODINGS)).best()
    if best is not None:
        try:
            return raw.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    # charset-normalizer can find "chaos" in real text (box-drawing tables, many symbols):
    # then a strict decode that yields mostly Japanese characters is taken as the answer
    for encoding in ("cp932", "euc_jp"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_japanese(text):
            return text
    return None


# kana, kanji, full-width forms, CJK punctuation and the box-drawing lines of printed tables
_JAPANESE_CHAR = re.compile(r"[\u2500-\u257f\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def _mostly_japanese(text: str) -> bool:
    """Japanese characters make up a good part of the visible text (not byte soup)."""
    visible = [c for c in text if not c.isspace()]
    return bool(visible) and len(_JAPANESE_CHAR.findall(text)) >= 0.3 * len(visible)


def decode_document(raw: bytes, file: str, *, max_bytes: int = MAX_BYTES) -> str:
    """Decode a document's bytes to text with "\\n" newlines, or raise DocumentError.

    UTF-8 (with or without BOM) is tried first, then CP932/Shift_JIS, EUC-JP and ISO-2022-JP.
    Empty, binary, undecodable or oversized input is refused with the offset at fault.
    """
    if len(raw) > max_bytes:
        raise DocumentError(file, f"too large: {len(raw)} bytes, limit {max_bytes}")
    text = _decode_utf16(raw, file)
    if text is None:
        _check_not_binary(raw, file)
        body = raw[len(codecs.BOM_UTF8) :] if raw.startswith(codecs.BOM_UTF8) else raw
        try:
            text = _decode_iso2022(body) or body.decode("utf-8")
        except UnicodeDecodeError as utf8_error:
            text = _decode_japanese(body)
            if text is None:
                offset = utf8_error.start + len(raw) - len(body)
                raise DocumentError(
                    file,
                    f"cannot decode as UTF-8, Shift_JIS or EUC-JP "
                    f"(byte 0x{raw[offset]:02x} at offset {offset})",
                ) from utf8_error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError(file, "empty document")
    control = _CONTROL_CHARS.search(text)
    if control and len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise DocumentError(
            file, f"binary data, not text (character {control.group()!r} at {control.start()})"
        )
    return text


_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)  # fmt: skip
_HTML_SKELETON = re.compile(r"<(?:head|body)\b[^>]*>", re.IGNORECASE)


_BLOCK_TAG = re.compile(r"<(?:p|div|li|ul|ol|table|tr|td|th|h[1-6]|br|section|article)\b[^>]*>",
                        re.IGNORECASE)  # fmt: skip
_FRAGMENT_MIN_TAGS = 5


def is_html(text: str) -> bool:
    """True for an HTML page (doctype, <html>, <head>/<body>) or a saved fragment that
    starts with a tag and is made of block tags.

    A text with a stray tag or two (copied list markup) is not HTML: parsers strip those.
    """
    if _HTML_START.match(text[:4096]) or _HTML_SKELETON.search(text[:20000]):
        return True
    head = text[:20000]
    return head.lstrip().startswith("<") and len(_BLOCK_TAG.findall(head)) >= _FRAGMENT_MIN_TAGS


_DROP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template",
         "iframe", "svg", "form", "button", "select", "head", "title", "meta", "link"}  # fmt: skip
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
           "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption",
           "blockquote", "pre", "address", "figure", "figcaption", "hr", "body", "html",
           "li", "tr", "details", "summary"}  # fmt: skip
_MAIN_SELECTORS = ("main", "article", "#main", "#contents", "#content", "[role=main]")
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0]+")
# Page furniture marked only by id/class (<div id="header">, class="breadcrumb" …).
_FURNITURE = re.compile(
    r"(?:^|[-_\s])(?:header|footer|nav|navi|gnav|menu|breadcrumbs?|pankuzu|sidebar|side|"
    r"skip|sns|share|pagetop)(?:$|[-_\s])",
    re.IGNORECASE,
)


def _main_node(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in _MAIN_SELECTORS:
        node = tree.css_first(selector)
        if node is not None and (node.text(deep=True) or "").strip():
            return node
    return tree.body


class _TextWriter:
    """Accumulates extracted text, collapsing white space and keeping line structure."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def text(self, s: str) -> None:
        self.current.append(_SPACES.sub(" ", s))

    def cells(self, cells: list[str]) -> None:
        """A table row on a line of its own, cells separated by tabs."""
        self.newline()
        if any(cells):
            self.lines.append("\t".join(cells))

    def newline(self) -> None:
        line = "".join(self.current).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def result(self) -> str:
        self.newline()
        return "\n".join(self.lines) + ("\n" if self.lines else "")


def _cell_text(node: LexborNode) -> str:
    writer = _TextWriter()
    _write(node, writer)
    return " ".join(writer.result().split())


def _is_furniture(node: LexborNode) -> bool:
    attributes = node.attributes
    marks = " ".join(v for k, v in attributes.items() if k in ("id", "class", "role") and v)
    return bool(marks) and bool(_FURNITURE.search(marks)) and node.css_first("main") is None


def _write(node: LexborNode, writer: _TextWriter) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            writer.text(child.text_content or "")
        elif tag is None or tag.startswith("-") or tag in _DROP or _is_furniture(child):
            continue
        elif tag == "br":
            writer.newline()
        elif tag == "li":
            writer.newline()
            writer.text("• ")
            _write(child, writer)
            writer.newline()
        elif tag == "tr":
            writer.cells([_cell_text(c) for c in child.iter() if c.tag in ("td", "th")])
        elif tag in _BLOCKS:
            writer.newline()
            _write(child, writer)
            writer.newline()
        else:
            _write(child, writer)


def extract_main_text(html: str) -> str:
    """The readable text of an HTML page's main content, one block per line.

    Navigation, headers, footers, scripts and styles are dropped; <main>, <article>, #main
    or #contents is preferred over the whole body; list items become "• item" lines and
    table rows tab-separated cells, matching how saved text versions of pages look.
    """
    tree = LexborHTMLParser(html)
    root = _main_node(tree)
    if root is None:
        return ""
    writer = _TextWriter()
    _write(root, writer)
    return writer.result()


def read_document(path: Path, *, max_bytes: int = MAX_BYTES, max_lines: int = MAX_LINES) -> str:
    """Read, decode and (for HTML) extract a document; DocumentError names the file."""
    file = path.name
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(file, f"too large: {size} bytes, limit {max_bytes}")
        raw = path.read_bytes()
    except OSError as error:
        raise DocumentError(file, f"cannot read file: {error.strerror or error}") from error
    text = decode_document(raw, file, max_bytes=max_bytes)
    if is_html(text):
        text = extract_main_text(text)
        if not text.strip():
            raise DocumentError(file, "HTML page has no main text")
    lines = text.count("\n") + 1
    if lines > max_lines:
        raise DocumentError(file, f"too many lines: {lines}, limit {max_lines}; split it")
    return text
