"""From a file's bytes to the one text string every parser and evidence span refers to.

Municipal documents arrive as UTF-8, Shift_JIS (CP932) or EUC-JP text, or as saved HTML
pages.  Decoding happens once, here, with clear errors, so spans computed by parsers always
point into the same string the graph quotes.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path

from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser, LexborNode

from loaders.text.chart_scripts import draw_chart_data
from loaders.text.chat_exports import unwrap_chat_messages
from loaders.text.column_letters import column_letter
from loaders.text.comma_tables import tabbed_comma_rows
from loaders.text.counter_values import settle_counters
from loaders.text.css_counters import apply_generated_content
from loaders.text.current_choices import keep_current_choices
from loaders.text.data_grids import draw_data_grids
from loaders.text.doubled_glyphs import undouble_bold
from loaders.text.embedded_html import inline_html_tables
from loaders.text.errors import DocumentError
from loaders.text.hard_wraps import join_hard_wraps
from loaders.text.kanji_digits import positional_numerals
from loaders.text.normalize import fold_width
from loaders.text.pdftohtml_pages import widened_gaps
from loaders.text.policy_codes import find_leading_code
from loaders.text.positioned_gaps import GapReader, gap_reader
from loaders.text.project_names import status_marks
from loaders.text.psql_results import tab_psql_results
from loaders.text.reading_guides import drop_reading_guides
from loaders.text.revision_balloons import drop_revision_balloons
from loaders.text.ruled_columns import tab_ruled_columns
from loaders.text.split_grids import join_split_grids
from loaders.text.spread_words import join_spread_words
from loaders.text.svg_diagrams import diagram_lines
from loaders.text.tika_pages import tika_lines
from loaders.text.watermarks import drop_watermarks

MAX_BYTES = 20_000_000
# A policy document of a thousand pages has some fifty thousand lines; a text far longer is a data
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


# kana, kanji, full-width forms, CJK punctuation, the box-drawing lines of printed tables and
# the marks JIS sets beside them (→ ① ■ ★ ※, a Gantt chart's bars and milestones)
_JAPANESE_CHAR = re.compile(
    r"[\u203b\u2190-\u21ff\u2460-\u24ff\u2500-\u25ff\u2600-\u26ff"
    r"\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]"
)


def _mostly_japanese(text: str) -> bool:
    """Japanese characters make up a good part of the visible text, or every character past
    ASCII is Japanese (a printed report of figures under a few kana headers): not byte soup."""
    visible = [c for c in text if not c.isspace()]
    japanese = len(_JAPANESE_CHAR.findall(text))
    if visible and japanese >= 0.3 * len(visible):
        return True
    beyond_ascii = [c for c in visible if ord(c) > 0x7F]
    return len(beyond_ascii) >= _FEW_JAPANESE and all(_JAPANESE_CHAR.match(c) for c in beyond_ascii)


_FEW_JAPANESE = 20  # fewer Japanese characters than this prove nothing about the encoding


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
    if _HTML_START.match(text[:4096]) or _HTML_SKELETON.search(text[:20_000]):
        return True
    head = text[:20_000]
    return head.lstrip().startswith("<") and len(_BLOCK_TAG.findall(head)) >= _FRAGMENT_MIN_TAGS


_DROP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template",
         "iframe", "svg", "button", "select", "head", "title", "meta", "link",
         # struck-out text (a revised target's old value beside the new one in <ins>) is
         # what the page says no longer holds
         "del", "s", "strike",
         # a ruby's reading (<ruby>図書館<rt>としょかん</rt></ruby>, a site's ふりがな tool):
         # printed over the word, no text of it
         "rt", "rp"}  # fmt: skip
# 「48<sup>※2</sup>」: a footnote's mark after a value, pointing at a note under the table
_NOTE_MARK = re.compile(r"^\s*(?:[※＊*]|注)\s*[0-9０-９]*\s*[)）]?\s*$")
# a form's filled-in fields print their values (an evaluation sheet published as a read-only
# form); a search box or a button prints nothing
_VALUE_INPUTS = {"text", "number", "date", "month", "tel", "email", "url", None}
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
           "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption",
           "blockquote", "pre", "address", "figure", "figcaption", "hr", "body", "html",
           "li", "tr", "details", "summary"}  # fmt: skip
# Blocks whose white space is the layout (「<pre>」 and its obsolete kin): read line by line
_PREFORMATTED = {"pre", "listing", "plaintext", "xmp"}
_CELL_ROLES = {"cell", "gridcell", "columnheader", "rowheader"}  # ARIA roles of a row's cells
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
            return _articles_parent(tree, node) if selector == "article" else node
    return tree.body


def _articles_parent(tree: LexborHTMLParser, first: LexborNode) -> LexborNode:
    """A page of several sibling <article>s (one evaluation sheet each) and no <main>: the
    box holding them side by side, not the first sheet alone. Articles spread over the page
    (a news list in a sidebar) leave the first article the page's content."""
    parent = first.parent
    siblings = [a for a in tree.css("article") if a.parent == parent]
    if parent is None or len(siblings) < 2:
        return first
    return parent


class _TextWriter:
    """Accumulates extracted text, collapsing white space and keeping line structure."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.indent = ""  # before the current line: a nested list item's depth
        self.gaps: GapReader | None = None  # a positioned-text page's column gaps

    def column_gap(self) -> None:
        """A wide gap between two cells of a row printed as one line: a tab, as in a
        text version of the page."""
        self.current.append("\t")

    def text(self, s: str) -> None:
        self.current.append(_SPACES.sub(" ", s))

    def preformatted(self, text: str) -> None:
        """A <pre> block's lines as printed: its line breaks and the spaces that align its
        columns and indent its items are the layout (a text file put on the web as is)."""
        self.newline()
        lines = [line.replace("\xa0", " ").rstrip() for line in text.splitlines()]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        self.lines.extend(lines)
        if lines:
            self.lines.append("")  # what follows starts a block of its own

    def cells(self, cells: list[str]) -> None:
        """A table row on a line of its own, cells separated by tabs."""
        self.newline()
        if any(cells):
            self.lines.append("\t".join(cells))

    def newline(self) -> None:
        line = "".join(self.current).strip()
        if line:
            self.lines.append(self.indent + line)
        self.current = []
        self.indent = ""

    def result(self) -> str:
        self.newline()
        return "\n".join(self.lines) + ("\n" if self.lines else "")


def _note_ref(sup: LexborNode) -> bool:
    """A footnote's reference (Markdown's 「<sup><a href="#fn:1">1</a></sup>」, role
    doc-noteref): a bare number that would run into the figure before it (「○,○○○」+「1」)."""
    link = sup.css_first("a")
    if link is None:
        return False
    href = link.attributes.get("href") or ""
    role = link.attributes.get("role") or ""
    classes = link.attributes.get("class") or ""
    return role == "doc-noteref" or "footnote" in classes or href.startswith(("#fn", "#note"))


def _cell_text(node: LexborNode) -> str:
    writer = _TextWriter()
    _write(node, writer)
    return " ".join(writer.result().split())


_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup"}


def _is_furniture(node: LexborNode) -> bool:
    if node.tag in _TABLE_PARTS:
        return False  # pandoc's 「<tr class="header">」: a table's header row, no page's header
    attributes = node.attributes
    marks = " ".join(v for k, v in attributes.items() if k in ("id", "class", "role") and v)
    return (
        bool(marks)
        and bool(_FURNITURE.search(marks))
        and node.css_first("main") is None
        and node.css_first("table[aria-describedby], table.dataTable") is None
        and not _captioned_table(node)
        and not _heading_box(node)
        and not _entry_header(node)
        and not _outline_box(node)
    )  # a table widget's wrapper (「dt-container dt-empty-footer」) is content, no furniture


def _outline_box(node: LexborNode) -> bool:
    """A box beside the text holding a heading over a list nested in a list, no item a link
    (「プランの体系」: 基本方針 and their 施策 under them): an outline the page shows beside its
    text, not a menu, whose items link to pages."""
    if node.css_first("h1, h2, h3, h4, h5, h6") is None:
        return False
    items = node.css("li")
    nested = any(item.css_first("ul, ol") is not None for item in items)
    return nested and len(items) >= 3 and all(item.css_first("a") is None for item in items)


def _heading_box(node: LexborNode) -> bool:
    """A box holding one heading and nothing else, no link or image in it (a site builder's
    「<div class="j-module j-header"><h2>会計別の予算額</h2></div>」): a heading of the content,
    not the site's banner, which links its name home or shows a logo."""
    headings = node.css("h1, h2, h3, h4, h5, h6")
    if len(headings) != 1 or node.css_first("a, img, nav, form, ul, ol, p, table") is not None:
        return False
    own = " ".join((node.text(deep=True) or "").split())
    return bool(own) and own == " ".join((headings[0].text(deep=True) or "").split())


def _content_header(node: LexborNode) -> bool:
    """A <header> inside the page's <article> or <main> holding a heading: the article's
    own title (「令和7年度 緑化部 運営方針」 in <h1>), not the site's banner."""
    return _titles_content(node, lambda box: box.tag in ("article", "main")) or (
        _page_title_box(node)
    )


def _page_title_box(node: LexborNode) -> bool:
    """A <header> outside any <main> holding the page's one <h1> and no navigation (a hero
    banner: 「KPIの進捗状況（令和○年度実績）」 and its lead): the page's own title, though a
    site's builder sets it in a header beside the menu's."""
    if node.css_first("h1") is None or node.css_first("nav") is not None:
        return False
    root = node
    while root.parent is not None:
        root = root.parent
    return len(root.css("h1")) == 1


def _entry_header(node: LexborNode) -> bool:
    """A header box holding a heading inside a blog or CMS engine's entry box (Movable Type's
    「<div class="asset-header"><h2><a rel="bookmark">施策1-1 …</a></h2>」 in a 「hentry」):
    the entry's own title, not the site's banner."""

    def entry(box: LexborNode) -> bool:
        marks = " ".join(v for k, v in box.attributes.items() if k in ("class", "role") and v)
        return _ENTRY.search(marks) is not None

    return _titles_content(node, entry)


def _titles_content(node: LexborNode, content: Callable[[LexborNode], bool]) -> bool:
    """Whether `node` holds a heading (no navigation) inside a box `content` says holds the
    page's content: a title of that content."""
    if node.css_first("h1, h2, h3, h4, h5, h6") is None or node.css_first("nav") is not None:
        return False
    parent = node.parent
    while parent is not None:
        if content(parent):
            return True
        parent = parent.parent
    return False


# the box a blog or CMS engine gives each entry of a listing (Movable Type's 「hentry」,
# WordPress's 「post」, 「entry」), its own header holding the entry's title
_ENTRY = re.compile(r"(?:^|\s)(?:hentry|entry|post|article)(?:$|\s)", re.IGNORECASE)


def _captioned_table(node: LexborNode) -> bool:
    """A box beside the text (class="side-box") holding a table that says what it lists (a
    caption over header cells): the page's content set aside, no furniture."""
    return any(
        t.css_first("caption") is not None and t.css_first("th") is not None
        for t in node.css("table")
    )


def _span(cell: LexborNode, name: str) -> int:
    """A cell's colspan or rowspan, 1 when absent or unreadable."""
    value = (cell.attributes.get(name) or "").strip()
    return max(1, min(int(value), 50)) if value.isdigit() else 1


def _table_rows(table: LexborNode) -> list[LexborNode]:
    """The table's own rows (in thead/tbody/tfoot too), not those of tables nested in cells."""
    rows: list[LexborNode] = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child.iter() if c.tag == "tr")
    return rows


_INLINE_ONLY = {"dt", "dd", "span", "a", "b", "strong", "em", "i", "font", "small", "sup",
                "sub", "abbr", "time", "-text", "br",
                # a field's value marked up as what it is: an address, a machine-readable
                # figure (<data value>), a revision, a quotation
                "address", "data", "ins", "del", "s", "strike", "mark", "q", "cite", "u",
                "wbr", "bdi", "code", "-comment"}  # fmt: skip


def _term_pairs(dl: LexborNode) -> list[tuple[str, str]] | None:
    """A definition list (<dt>職員数</dt><dd>418人</dd>) as its terms and descriptions: one
    labelled field a line, 「職員数：418人」, as a saved text version prints it. None when a
    description holds blocks of its own (a list, a table), read as the page lays them out."""
    pairs: list[tuple[str, str]] = []
    term = ""
    for child in dl.iter():
        if child.tag == "dt":
            if term:
                pairs.append((term, ""))
            term = _cell_text(child)
        elif child.tag == "dd":
            if any(n.tag not in _INLINE_ONLY for n in child.traverse(include_text=True)):
                return None
            pairs.append((term, _cell_text(child)))
            term = ""
        elif child.tag not in (None, "-text", "-comment"):
            return None
    if term:
        pairs.append((term, ""))
    return pairs or None


def _has_spans(table: LexborNode) -> bool:
    return any(
        _span(c, "colspan") > 1 or _span(c, "rowspan") > 1
        for row in _table_rows(table)
        for c in row.iter()
        if c.tag in ("td", "th")
    )


def _grid_rows(table: LexborNode) -> list[list[str]]:
    """A table's rows with merged cells laid out as a grid, so every value stays under its
    own column's label (a rowspan would otherwise shift the cells below it to the left).

    A label over several columns leaves the others blank, as a spreadsheet saves merged cells
    (the structure layer joins it with the labels under it); a value over several rows holds
    for each of them and is repeated; a value over the rest of its row is one value."""
    pending: dict[int, tuple[int, str]] = {}  # column → (rows still covered, text to repeat)
    grid: list[list[str]] = []
    trs = _table_rows(table)
    # a table of data under a header row of labels: a row of one cell across it is a group
    # row (「政策Ⅰ　…」 over the 施策 rows of that 政策), kept as a row of the table
    headed = bool(trs) and (
        all(c.tag == "th" for c in trs[0].iter() if c.tag in ("td", "th"))
        or _labels_over_figures(trs)  # 「<td><b>会計</b></td>」: a header set in bold cells
    )
    cuts: dict[int, int] = {}  # row → where a value spanning the rest of it ends the row

    def carry(row: list[str]) -> bool:
        rows, text = pending.get(len(row), (0, ""))
        if rows > 0:
            pending[len(row)] = (rows - 1, text)
            row.append(text)
        return rows > 0

    for tr in trs:
        row: list[str] = []
        value_end = 0  # where the row ends if its last cell is a value spanning to the edge
        for cell in (c for c in tr.iter() if c.tag in ("td", "th")):
            while carry(row):
                pass
            rowspan, text = _span(cell, "rowspan"), _cell_text(cell)
            # a data cell over rows holds for each of them (施設分類, 所管課); a label over
            # two header rows is the label of its column once
            repeated = text if cell.tag == "td" else ""
            value_end = len(row) + 1 if cell.tag == "td" else 0
            for k in range(_span(cell, "colspan")):
                if rowspan > 1:
                    pending[len(row)] = (rowspan - 1, repeated if k == 0 else "")
                row.append(text if k == 0 else "")
        below = any(rows > 0 and col >= value_end for col, (rows, _) in pending.items())
        if value_end and len(row) > value_end and not below:
            cuts[len(grid)] = value_end  # 「事業名 | X事業」 in a form: one value, no columns after
        while carry(row):
            pass
        grid.append(row)
    spanning = sorted(k for k, cut in cuts.items() if cut == 1)
    if headed and spanning and _group_rows(spanning, len(grid)):
        cuts = {k: cut for k, cut in cuts.items() if cut != 1}
    for k, cut in cuts.items():
        del grid[k][cut:]
    return _index_names_raised(grid, _head_rows(table))


def _head_rows(table: LexborNode) -> int:
    """How many rows the table's <thead> holds (0 without one)."""
    head = next((c for c in table.iter() if c.tag == "thead"), None)
    return sum(1 for c in head.iter() if c.tag == "tr") if head is not None else 0


def _index_names_raised(grid: list[list[str]], head: int) -> list[list[str]]:
    """pandas' `to_html` of a frame with an index prints the index's names in a header row
    of their own under the column labels (「基本目標 | 施策 | 事業名 | | …」 under 「| | |
    計画事業費 …」), each name in a column the rows above leave blank: the names are those
    columns' labels, set in the first header row, and their row goes."""
    if head < 2 or len(grid) < head:
        return grid
    names, above = grid[head - 1], grid[: head - 1]
    filled = {k for k, text in enumerate(names) if text}
    blank = {k for k in range(len(names)) if all(k >= len(r) or not r[k] for r in above)}
    if not filled or not filled <= blank or len(filled) == len(names):
        return grid
    top = list(grid[0]) + [""] * (len(names) - len(grid[0]))
    for k in filled:
        top[k] = names[k]
    return [top, *grid[1 : head - 1], *grid[head:]]


_FIGURE_TEXT = re.compile(r"^[△▲\-−]?[0-9][0-9,.]*[%％]?$")


def _labels_over_figures(trs: list[LexborNode]) -> bool:
    """A first row of labels (no figure) over rows most of which print a figure: a header
    row, whatever tag its cells are."""
    def texts(tr: LexborNode) -> list[str]:
        return [_cell_text(c) for c in tr.iter() if c.tag in ("td", "th")]

    if len(trs) < 3 or any(_FIGURE_TEXT.match(t) for t in texts(trs[0])):
        return False
    figured = sum(any(_FIGURE_TEXT.match(t) for t in texts(tr)) for tr in trs[1:])
    return 2 * figured > len(trs) - 1


def _group_rows(spanning: list[int], rows: int) -> bool:
    """Rows of one cell across a headed table are group rows (each over rows of data) when
    no two stand together and they are the fewest of the rows: else they are the lines of
    an outline laid out in the table's first column (「Ⅰ」, 「Ⅰ-1」, 「・取組」), read as lines."""
    apart = all(b - a > 1 for a, b in itertools.pairwise(spanning))
    return apart and 2 * len(spanning) < rows


def _title_row(grid: list[list[str]]) -> bool:
    """The first row is one cell across every column of the rows under it: the table's
    title printed in a row of its own, no column's label."""
    top = grid[0]
    width = max(len(row) for row in grid[1:])
    return width > 1 and len(top) == width and bool(top[0]) and not any(top[1:])


def _frame_rows(table: LexborNode) -> list[list[str]] | None:
    """A spreadsheet published as a web page (Google Sheets' 'publish to web', a sheet
    saved with its grid) prints its frame: a row of column letters (A | B | C …) over the
    sheet and a row number before each row. The sheet's own rows without that frame, a
    blank row of the sheet kept as an empty row (it sets the sheet's tables apart, as an
    empty line does in text); None for a table without a frame."""
    trs = _table_rows(table)
    rows = _grid_rows(table) if _has_spans(table) else [
        [_cell_text(c) for c in tr.iter() if c.tag in ("td", "th")] for tr in trs
    ]
    if len(rows) < 2 or len(rows) != len(trs):
        return None
    top = rows[0]
    skip = 1 if top and not top[0] else 0  # the corner over the row numbers
    letters = top[skip:]
    while letters and not letters[-1]:
        letters.pop()
    if len(letters) < 2 or letters != [column_letter(k) for k in range(1, len(letters) + 1)]:
        return None
    sheet: list[list[str]] = []
    for tr, row in zip(trs[1:], rows[1:], strict=True):
        cells = row[skip:]
        if any(cells):
            sheet.append(cells)
            continue
        first = next((c for c in tr.iter() if c.tag in ("td", "th")), None)
        numbered = first is not None and (first.text(deep=True) or "").strip().isdigit()
        if skip and numbered:
            sheet.append([])  # a numbered blank row of the sheet; a freeze bar is no row
    return sheet


def _is_layout_table(table: LexborNode) -> bool:
    """A table whose cells hold tables of their own lays out a page (a menu column beside
    the content, tables side by side), as old pages do: no row of data but boxes of
    content, each read as the page shows it. So does one that says it only presents
    (role="presentation", as an HTML e-mail lays out its cards)."""
    if (table.attributes.get("role") or "").strip().lower() in ("presentation", "none"):
        return True
    rows = [[c for c in row.iter() if c.tag in ("td", "th")] for row in _table_rows(table)]
    if any(cell.css_first("table") is not None for row in rows for cell in row):
        return True
    # one box a row, each holding text of many lines (a bulletin board's posts, a quoted
    # message with its line breaks), perhaps beside the box's number (a slide deck's outline
    # saved as a page: 「3 | 施策1-1 … • …」): boxes of content, no column of data
    boxes = [row[1:] if len(row) == 2 and _numbers_box(row[0]) else row for row in rows]
    return bool(rows) and all(len(row) <= 1 for row in boxes) and any(
        len(cell.css("br")) >= _BOX_LINES or cell.css_first("blockquote, p, ul, ol") is not None
        for row in boxes
        for cell in row
    )


def _numbers_box(cell: LexborNode) -> bool:
    """A cell holding only a short number (a slide's, a post's) beside its box."""
    text = (cell.text(deep=True) or "").strip()
    return 0 < len(text) <= 3 and text.isdigit()


_BOX_LINES = 3  # line breaks in a cell that make it a box of text


_LABEL_MAX = 20  # a column label's length at most


def _records_with_tables(table: LexborNode) -> tuple[list[str], list[list[LexborNode]]] | None:
    """A table of records whose rows hold a table in a cell (a 取組's year-by-year plan,
    results and grade nested in its row), under a header row of column labels: the labels
    and the rows' cells. A page laid out in a table (no such header) is None."""
    rows = [[c for c in row.iter() if c.tag in ("td", "th")] for row in _table_rows(table)]
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    labels = [_cell_text(c) for c in rows[0]]
    if any(c.css_first("table") is not None for c in rows[0]) or not all(
        0 < len(label) <= _LABEL_MAX for label in labels
    ):
        return None
    body = rows[1:]
    if not any(c.css_first("table") is not None for row in body for c in row):
        return None
    if not all(len(row) in (1, len(labels)) for row in body):
        return None  # cells spanning rows or columns: no plain records
    return labels, body


def _row_cells(row: LexborNode) -> list[LexborNode]:
    """A <div role="row">'s cells: the children that say they are cells, or, when none
    does (a CMS grid that marks only its rows), every element child in order."""
    children = [c for c in row.iter() if c.tag not in (None, "-text", "-comment")]
    marked = [c for c in children if c.attributes.get("role") in _CELL_ROLES]
    return marked or children


def _lone_paragraph(item: LexborNode) -> LexborNode | None:
    """「<li><p>…</p></li>」 (site builders wrap each item's text in a paragraph): the one
    paragraph that holds all of the item's text, written on the bullet's line."""
    children = [c for c in item.iter() if c.tag not in ("-comment",)]
    children = [c for c in children if c.tag != "-text" or (c.text() or "").strip()]
    if len(children) == 1 and children[0].tag in ("p", "div"):
        inner = children[0]
        blocks = inner.css("p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, dl")
        if all(b == inner for b in blocks):  # (a node's selection holds the node itself)
            return inner
    return None


def _list_depth(item: LexborNode) -> int:
    """How many list items enclose `item` (0 for a top-level <li>)."""
    depth = 0
    node = item.parent
    while node is not None:
        depth += node.tag == "li"
        node = node.parent
    return depth


def _opens_panel(button: LexborNode) -> bool:
    """A <button> that shows or hides a panel (aria-expanded, aria-controls): an accordion's
    header, whose text heads the panel; any other button is page furniture."""
    attributes = button.attributes
    return "aria-expanded" in attributes or "aria-controls" in attributes


def _heading_anchor(link: LexborNode) -> bool:
    """A permalink a site generator sets after a heading (MkDocs' 「¶」, Hugo's 「#」)."""
    href = link.attributes.get("href") or ""
    return href.startswith("#") and (link.text(deep=True) or "").strip() in ("¶", "#", "§", "")


def _tab_panels(node: LexborNode) -> list[tuple[str, LexborNode]] | None:
    """A set of tabs (MkDocs' 「tabbed-set」: the labels in a row, then the panels) as each
    label with its panel, so a panel's table reads under its own label (「令和6年度実績」),
    not all labels run together over all tables; None for any other node."""
    classes = (node.attributes.get("class") or "").split()
    if "tabbed-set" not in classes:
        return None
    labels = [_cell_text(label) for label in node.css(".tabbed-labels > label")]
    panels = node.css(".tabbed-content > .tabbed-block")
    if len(labels) < 2 or len(labels) != len(panels):
        return None
    return list(zip(labels, panels, strict=True))


def _write(node: LexborNode, writer: _TextWriter) -> None:
    for child in node.iter(include_text=True):
        _write_child(child, writer)


def _write_child(child: LexborNode, writer: _TextWriter) -> None:
    """One node under a parent being written: text, or an element by what it is."""
    tag = child.tag
    if tag == "-text":
        writer.text(child.text_content or "")
    elif _PAGE_LANGUAGE.get() == "ja" and _other_language(child):
        return  # 「総務課 <span lang="en">General Affairs Division</span>」: a translation
    elif tag == "a" and _heading_anchor(child):
        return  # 「¶」「#」 after a heading: a link to the heading itself, no word of it
    elif tag == "div" and (tabs := _tab_panels(child)) is not None:
        for label, panel in tabs:  # 「令和6年度実績」 | 「令和7年度見込」 over their tables
            writer.newline()
            writer.text(label)
            writer.newline()
            _write(panel, writer)
            writer.newline()
    elif tag == "button" and _opens_panel(child):
        writer.newline()  # 「▼ 1 子育て」 heading an accordion's panel: its heading
        _write(child, writer)
        writer.newline()
    elif tag == "select" and (system := _coded_choices(child)):
        for line in system:  # a filter menu listing a plan's levels: the system it prints
            writer.newline()
            writer.text(line)
            writer.newline()
    elif tag == "select":  # a filled-in choice: the option selected, not the choices
        chosen = [o for o in child.iter() if o.tag == "option" and "selected" in o.attributes]
        if chosen:
            writer.text(f" {chosen[0].text(deep=True).strip()} ")
    elif tag in ("svg", "img") and (grade := _graphic_grade(child)):
        writer.text(grade)  # a grade printed as a badge: the grade it shows
    elif tag == "svg" and (diagram := diagram_lines(child)) is not None:
        writer.newline()  # a policy tree drawn as inline SVG: its boxes' words, as read
        for line in diagram:
            writer.text(line)
            writer.newline()
    elif tag == "img" and (described := _described_figure(child)):
        writer.newline()  # a chart's or a table's text equivalent: its figures, read
        writer.text(described)
        writer.newline()
    elif tag == "div" and (card := _figure_card(child)) is not None:
        writer.newline()  # 「基準値（令和3年度）」「○○,○○○」「人」 in boxes of their own: one line
        writer.text(card)
        writer.newline()
    elif tag == "header" and _content_header(child):
        _write(child, writer)  # an article's own header: its title (and date)
    elif tag == "aside" and _outline_box(child):
        _write(child, writer)  # a plan's system set beside the text: content, no menu
    elif tag == "area" and (alt := " ".join((child.attributes.get("alt") or "").split())):
        writer.newline()  # 「<area alt="施策1-1-1　名称">」: an image map's box, the words it
        writer.text(alt)  # shows on the picture (a policy tree drawn as an image)
        writer.newline()
    elif tag is None or tag.startswith("-") or tag in _DROP or _is_furniture(child):
        return
    elif tag == "span" and writer.gaps is not None and writer.gaps.is_column_gap(child):
        writer.column_gap()
    elif tag == "br":
        writer.newline()
    elif tag in _TAGS and _figure_beside_name(child, writer):
        # 「<span>総務局</span><span>○,○○○,○○○</span>」: a chart's bar, its label and its
        # figure set side by side by the page's style — two cells, not one word
        writer.text(f" {(child.text(deep=True) or '').strip()}")
    elif tag in _TAGS and _opening_label(child):
        # 「<p><span class="c-label">主担当</span>架空局</p>」: a field's label set in a
        # tag of its own before its value (a box in print): the label, then the value
        writer.text(f"{(child.text(deep=True) or '').strip()}：")
    elif tag in _TAGS and _is_status_tag(child):
        # 「<span class="badge">新規</span>X事業」: a tag set before or after a name, a
        # word of its own (in print a box beside the name), not glued into the name
        writer.text(f" {(child.text(deep=True) or '').strip()} ")
    elif tag == "a" and (notice := _FILE_NOTICE.search(text := child.text(deep=True) or "")):
        writer.text(text[: notice.start()])  # 「X事業（PDF：120KB）」: the link's name alone
    elif tag == "input":
        value = child.attributes.get("value")
        if value and child.attributes.get("type") in _VALUE_INPUTS:
            writer.text(f" {value} ")
    elif tag == "li":
        writer.newline()
        writer.indent = "  " * _list_depth(child)  # a nested list indented, as saved text
        writer.text("• ")
        lone = _lone_paragraph(child)
        _write(child if lone is None else lone, writer)
        writer.newline()
    elif tag == "dl" and (pairs := _term_pairs(child)) is not None:
        writer.newline()
        for term, description in pairs:
            writer.cells([f"{term}：{description}" if term else description])
    elif tag == "table" and (records := _records_with_tables(child)) is not None:
        labels, rows = records
        for row in rows:  # a record a row of labelled fields, a cell's own table as it is
            writer.newline()
            for label, cell in zip(labels, row, strict=False) if len(row) > 1 else []:
                if cell.css_first("table") is not None:
                    _write(cell, writer)  # its own header says what it holds
                    writer.newline()
                elif text := _cell_text(cell):
                    writer.cells([f"{label}：{text}" if label else text])
            if len(row) == 1:
                writer.cells([_cell_text(row[0])])  # a note across the record's columns
            writer.newline()
            if writer.lines and writer.lines[-1] and (len(row) == 1 or row is rows[-1]):
                writer.lines.append("")  # a record (with its note) a block of its own
    elif tag == "table" and _is_layout_table(child):
        for row in _table_rows(child):  # a page framed by a table: its boxes, in order
            for cell in (c for c in row.iter() if c.tag in ("td", "th")):
                writer.newline()
                _write(cell, writer)
                writer.newline()
                if writer.lines and writer.lines[-1]:
                    writer.lines.append("")  # the next box is a block of its own
    elif tag == "table" and (sheet := _frame_rows(child)) is not None:
        writer.newline()
        for row in sheet:
            if row:
                writer.cells(row)
            elif writer.lines and writer.lines[-1]:
                writer.lines.append("")  # the sheet's blank row: tables set apart
        writer.newline()
        if writer.lines and writer.lines[-1]:
            writer.lines.append("")  # the next sheet (or text) starts a block of its own
    elif tag == "sup" and (_NOTE_MARK.match(child.text(deep=True) or "") or _note_ref(child)):
        return  # a note's mark after a value: the note itself is printed under it
    elif tag == "table" and _has_spans(child):
        writer.newline()
        for caption in (c for c in child.iter() if c.tag == "caption"):
            _write(caption, writer)  # 「（単位：千円）」: the unit of the rows below
            writer.newline()
        grid = _grid_rows(child)
        if len(grid) > 2 and _title_row(grid):
            writer.text(grid.pop(0)[0])  # 「主な事業」 over all the columns: the caption
            writer.newline()
        for row in grid:
            writer.cells(row)
    elif tag in _PREFORMATTED:
        writer.preformatted(child.text(deep=True) or "")
    elif tag == "tr":
        writer.cells([_cell_text(c) for c in child.iter() if c.tag in ("td", "th")])
    elif child.attributes.get("role") == "row":
        # a CMS grid of <div role="row"> / <div role="cell">: a table row all the same
        writer.cells([_cell_text(c) for c in _row_cells(child)])
    elif tag in _TITLES:
        # 「<summary><span>施策1-1-1</span><span>名称</span><span>主担当：X局</span>」:
        # an accordion's title, its parts set apart by the page's style, each a word of
        # its own (a line of its own too: the panel's heading)
        writer.newline()
        for part in child.iter(include_text=True):
            if part.tag in _TAGS and not _is_status_tag(part):
                writer.text(f" {(part.text(deep=True) or '').strip()} ")
            else:
                _write_child(part, writer)
        writer.newline()
    elif tag in _BLOCKS:
        writer.newline()
        if writer.gaps is not None and tag == "div":
            writer.indent = writer.gaps.indent(child)
        _write(child, writer)
        writer.newline()
        if tag == "table" and _next_element_tag(child) == "table" and writer.lines[-1:] != [""]:
            writer.lines.append("")  # two tables one after the other: two tables
    else:
        _write(child, writer)


_TAGS = {"span", "em", "strong", "b", "i", "mark", "small", "label", "abbr"}
_TITLES = {"summary"}  # an accordion's title line



def _next_element_tag(node: LexborNode) -> str | None:
    """The tag of the element right after `node` among its siblings (white space passed)."""
    sibling = node.next
    while sibling is not None and sibling.tag == "-text" and not (sibling.text() or "").strip():
        sibling = sibling.next
    return sibling.tag if sibling is not None else None


# a figure of several digits or digit groups (○○,○○○,○○○; ○.○%): no year's number (「7」年)
_SPAN_FIGURE = re.compile(
    r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?%?$|^[0-9]{4,}%?$|^[0-9]+\.[0-9]+%$"
)


def _coded_choices(select: LexborNode) -> list[str]:
    """A search form's menu whose choices are a plan's coded levels (「3-1　地域で…」, under
    「政策３　…」 group labels): the only place a page may print the system's names. Its
    group labels and coded choices, a line each; [] for any other menu."""
    lines: list[str] = []
    coded = 0
    for node in select.iter():
        if node.tag == "optgroup":
            label = " ".join((node.attributes.get("label") or "").split())
            if label and find_leading_code(label) is not None:
                lines.append(label)
            for option in node.iter():
                coded += _coded_choice(option, lines)
        elif node.tag == "option":
            coded += _coded_choice(node, lines)
    return lines if coded >= _CODED_CHOICES else []


def _coded_choice(option: LexborNode, lines: list[str]) -> int:
    """An option naming a coded level (not 「（すべて）」): its line added, 1; else 0."""
    if option.tag != "option":
        return 0
    text = " ".join((option.text(deep=True) or "").split())
    found = find_leading_code(text) if text else None
    if found is None or not found.label.strip():
        return 0
    lines.append(text)
    return 1


_CODED_CHOICES = 3  # a menu of levels lists several


def _figure_card(node: LexborNode) -> str | None:
    """A short box of boxes holding a label and its value, each in a box of its own (a site
    builder's KPI card: 「基準値（令和3年度）」 「○○,○○○」 「人」; a badge: 「評価」 「A」), one
    over the other in the markup, side by side on the screen: the box's words as one
    labelled line (「基準値（令和3年度）：○○,○○○人」), else None."""
    from loaders.field_vocabulary import field_of  # loaders.text is imported by it

    if len("".join((node.text(deep=True) or "").split())) > 2 * _CARD_MAX:
        return None  # (checked first, and cheaply: the writer asks this of every box)
    if node.css_first("table, ul, ol, dl, h1, h2, h3, h4, h5, h6, img, svg, [role]") is not None:
        return None  # (a grid of 「role="row"」 boxes is a table's, read as its rows)
    # (a node's selection holds the node itself: a leaf box selects itself alone)
    leaves = [box for box in node.css("div, p") if len(box.css("div, p")) == 1]
    texts = [" ".join((box.text(deep=True) or "").split()) for box in leaves]
    texts = [t for t in texts if t]
    if len(" ".join(texts)) > _CARD_MAX or not 2 <= len(texts) <= _CARD_BOXES:
        return None
    figures = [k for k, t in enumerate(texts) if _CARD_FIGURE.match(t)]
    if len(texts) >= 3 and len(figures) == 1 and figures[0] > 0:
        # a label, one figure after it and its unit: no row of a table's figures
        return f"{' '.join(texts[: figures[0]])}：{''.join(texts[figures[0] :])}"
    if len(texts) == 2 and field_of(texts[0], exact=True) is not None and (
        len(texts[1]) <= _CARD_VALUE_MAX and field_of(texts[1]) is None
    ):
        return f"{texts[0]}：{texts[1]}"  # 「評価」 over 「A」: a badge's label and its value
    return None


_CARD_BOXES = 4  # a label, a figure and its unit (and a note)
_CARD_VALUE_MAX = 12
_CARD_MAX = 40
_CARD_FIGURE = re.compile(r"^[△▲\-−]?[0-9][0-9,]*(?:\.[0-9]+)?$")


def _figure_beside_name(node: LexborNode, writer: _TextWriter) -> bool:
    """An element holding only a figure right after an element whose text ends in a name's
    letter (no space between): the figure is a cell of its own beside the name."""
    text = (node.text(deep=True) or "").strip()
    previous = node.prev
    if not _SPAN_FIGURE.match(text) or previous is None or previous.tag not in _TAGS:
        return False
    before = (previous.text(deep=True) or "").rstrip()
    return bool(before) and not before[-1].isdigit() and before[-1] not in " \u3000"


def _opening_label(node: LexborNode) -> bool:
    """An inline element that opens its parent with a field's label alone (主担当, 所管) and
    is followed right on by the value's text, no colon between."""
    from loaders.field_vocabulary import field_of  # loaders.text is imported by it

    text = (node.text(deep=True) or "").strip()
    if not 0 < len(text) <= _OPENING_LABEL_MAX or text[-1] in ":：" or (
        field_of(text, exact=True) is None
    ):
        return False
    before = node.prev
    while before is not None and before.tag == "-text" and not (before.text() or "").strip():
        before = before.prev
    after = node.next
    value = (after.text(deep=True) or "") if after is not None else ""
    return before is None and bool(value.strip()) and not value.lstrip().startswith(
        (":", "：", "(", "（")
    )  # (「部計<span>（部長を含む）</span>」: a note in brackets on the label, no value)


_OPENING_LABEL_MAX = 8


def _is_status_tag(node: LexborNode) -> bool:
    """An inline element holding only a status mark (新規, 拡充 …: `mkf:statusMark`)."""
    text = (node.text(deep=True) or "").strip()
    return 0 < len(text) <= 6 and fold_width(text) in status_marks()


# A link's file notice, closing its text (「（PDF）」, 「[Excelファイル：30KB]」): the format
# and size of the file linked, no part of the name the link prints
_FILE_NOTICE = re.compile(
    r"\s*[(（\[［]\s*(?:PDF|Excel|エクセル|Word|ワード|xlsx?|docx?|CSV|ZIP)(?:ファイル|形式)?"
    r"(?:\s*[:：/／,，、]?\s*[0-9.,]+\s*[KMG]?i?B(?:yte)?s?)?\s*[)）\]］]\s*$",
    re.IGNORECASE,
)


# a grade alone (A, ◎), or after a short label word (評価Ａ): what a badge graphic shows
_GRAPHIC_GRADE = re.compile(r"^[^\sA-Za-z0-9Ａ-Ｚａ-ｚ０-９]{0,4}\s*[SABCDEＳＡＢＣＤＥ◎○〇△×]$")


def _graphic_grade(node: LexborNode) -> str | None:
    """The grade a badge graphic shows: an inline <svg> whose only text is a grade
    (<text>A</text>), or an <img> whose alt text is one (alt="評価Ａ"). Any other graphic (a
    chart, a logo, a photo) prints nothing."""
    if node.tag == "svg":
        shown = "".join((t.text(deep=True) or "") for t in node.css("text")).strip()
    else:
        shown = (node.attributes.get("alt") or "").strip()
    return shown if _GRAPHIC_GRADE.match(shown) else None


# 「表：…」「円グラフ：…」: an alt text that names the kind of figure, then tells its data
_FIGURE_DESCRIPTION = re.compile(
    r"^\s*[^\s:：。、]{0,6}(?:表|図|グラフ)\s*[:：]\s*(?P<text>\S.*\d.*)$", re.S
)


def _described_figure(node: LexborNode) -> str | None:
    """The data an <img> of a chart or a table gives in its alt text for readers who cannot
    see it (alt="円グラフ：会計別予算額。一般会計…"): the figure's own words, read as a
    paragraph. An alt that only names the picture (a logo, 「円グラフ（内訳は下の凡例）」)
    prints nothing."""
    match = _FIGURE_DESCRIPTION.match(node.attributes.get("alt") or "")
    return match.group("text").strip() if match else None


def extract_main_text(html: str) -> str:
    """The readable text of an HTML page's main content, one block per line.

    Navigation, headers, footers, scripts and styles are dropped; <main>, <article>, #main
    or #contents is preferred over the whole body; list items become "• item" lines and
    table rows tab-separated cells, matching how saved text versions of pages look.
    """
    tree = LexborHTMLParser(tika_lines(widened_gaps(html)))
    apply_generated_content(tree)  # 「基本目標」 counter(kihon): numbers only the style prints
    settle_counters(tree)  # 「0」 counting up to data-to-value="○○○○○": the value it shows
    draw_chart_data(tree)  # a Google chart's data from the page script, where it is drawn
    draw_data_grids(tree)  # an ag-Grid's pinned names and scrolled figures, one row each
    join_split_grids(tree)  # a scrolling grid's header table over its body table: one table
    keep_current_choices(tree)  # 「Ｓ Ａ Ｂ Ｃ」, Ａ marked aria-current: the grade given
    root = _main_node(tree)
    if root is None:
        return ""
    writer = _TextWriter()
    writer.gaps = gap_reader(tree)
    html = tree.css_first("html")
    lang = (html.attributes.get("lang") or "") if html is not None else ""
    token = _PAGE_LANGUAGE.set(lang.split("-")[0].lower() or None)
    try:
        _write(root, writer)
    finally:
        _PAGE_LANGUAGE.reset(token)
    return writer.result()


def fragment_text(html: str) -> str:
    """A piece of HTML (a table a tool drew, a cell's markup) read as a page's main text."""
    return extract_main_text(f"<html><body>{html}</body></html>")


# the language the page says it is in (<html lang="ja">): cells are written apart, so the
# whole extraction reads it from here
_PAGE_LANGUAGE: ContextVar[str | None] = ContextVar("page_language", default=None)


def _other_language(node: LexborNode) -> bool:
    """An element a Japanese page marks as written in another language (<span lang="en">,
    <p lang="zh-Hans">): a translation of the Japanese beside it."""
    lang = (node.attributes.get("lang") or "").strip().lower()
    if not lang or lang.split("-")[0] == "ja":
        return False
    # a word processor marks every run of digits or Latin letters as another language
    # (<span lang="EN-US">○○</span>, <span lang="EN-US">DX</span>): no translation, the
    # Japanese text's own figures and abbreviations
    text = node.text(deep=True) or ""
    return len(_LATIN_WORD.findall(text)) >= 2 or bool(_OTHER_SCRIPT.search(text)) or (
        _LATIN_WORD.fullmatch(text.strip()) is not None
    )


_LATIN_WORD = re.compile(r"[A-Za-z]?[a-z]{2,}")  # a word, not an abbreviation (DX, ICT)
_OTHER_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def read_document(path: Path, *, max_bytes: int = MAX_BYTES, max_lines: int = MAX_LINES) -> str:
    """Read, decode and (for HTML) extract a document; DocumentError names the file."""
    return page_text(read_text(path, max_bytes=max_bytes), path.name, max_lines=max_lines)


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """A file's bytes; DocumentError names the file when it is too large or unreadable."""
    file = path.name
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(file, f"too large: {size} bytes, limit {max_bytes}")
        return path.read_bytes()
    except OSError as error:
        raise DocumentError(file, f"cannot read file: {error.strerror or error}") from error


def read_text(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """A file's decoded text, before any reading of HTML (a data file is sniffed here)."""
    return decode_document(read_bytes(path, max_bytes=max_bytes), path.name, max_bytes=max_bytes)


def page_text(text: str, file: str, *, max_lines: int = MAX_LINES) -> str:
    """A decoded text or HTML page as the parsers read it: HTML's main text extracted, a
    plain text's words spread over their cells written together."""
    html = is_html(text)
    if html:
        text = extract_main_text(text)
        if not text.strip():
            raise DocumentError(file, "HTML page has no main text")
    lines = text.count("\n") + 1
    if lines > max_lines:
        raise DocumentError(file, f"too many lines: {lines}, limit {max_lines}; split it")
    if not html:
        text = inline_html_tables(text)  # pandoc's raw 「<table>」 inside its Markdown
        text = unwrap_chat_messages(text)  # 「10:01⇥町⇥"…」: a talk history's messages
        text = tabbed_comma_rows(text)  # 「課名,令和８年度,…」: a table Word gave commas
        text = tab_ruled_columns(text)  # 「会計名 …」 over 「------ ------」: a report's columns
        text = tab_psql_results(text)  # 「 col | col 」 over 「----+----」: a psql session's
        text = drop_watermarks(text)  # 「…の充実　　　　　素」: a draft's stamp, no content
        text = undouble_bold(text)  # 「当当初初予予算算」: bold drawn twice, read twice
        text = drop_revision_balloons(text)  # 「…　41　(42)　　削除: 43」: a change's balloon
        text = drop_reading_guides(text)  # 「…万円［…まんえん］」: how to say it, no text
        text = join_spread_words(text)  # 「総　　務　　課」 justified over its cell: 総務課
        text = join_hard_wraps(text)  # 「成果指標　補助による転」/「入者数」: a column's wrap
        text = positional_numerals(text)  # 「四一二、三六〇千円」 in arabic digits, one for one
    return text
