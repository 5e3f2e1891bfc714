"""poppler's `pdftohtml -xml` of a PDF → its pages as `pdftotext -layout` would print them.

So too an XPS print's page (`.fpage`: 「<Glyphs OriginX OriginY UnicodeString>」 runs), and a
PDF shown in pdf.js (a site's embedded viewer) and saved from the browser: each
rendered page's text layer holds every text run as a `<span>` placed by its style
(「left: 151.05px; top: 411.00px; font-size: 15.00px」), the rest of the file the viewer's
toolbar and sidebar; a page never rendered has no text layer.

The XML (`<pdf2xml>`) gives each run of text of the PDF as an element with its place on the
page in pixels (`<text top="434" left="415" width="55" …>令和８年度</text>`), one table cell
or part of a line each, and nothing of lines or columns. Read as data, every run becomes a
row of numbers and a word. The runs are set back on their lines (runs whose tops lie within a
few pixels) and each at the place its left edge stands, counted in the page's own character
width, so a table's cells line up in columns again with runs of spaces between them, and the
structure reader reads the page as it reads any text printed with its layout.
"""

from __future__ import annotations

import html
import re
import statistics
from collections.abc import Iterable

from loaders.formats.located import SourceText
from loaders.text.document_text import page_text
from loaders.text.normalize import printed_width

_ROOT = re.compile(r"<pdf2xml\b")
_PAGE = re.compile(r"<page\b[^>]*>(?P<body>.*?)</page>", re.DOTALL)
_TEXT = re.compile(
    r'<text\s+top="(?P<top>-?\d+)"\s+left="(?P<left>-?\d+)"\s+width="(?P<width>\d+)"'
    r'\s+height="(?P<height>\d+)"[^>]*>(?P<text>.*?)</text>',
    re.DOTALL,
)
_TAGS = re.compile(r"<[^>]+>")
Run = tuple[int, int, int, int, str]  # top, left, width, height, text
_SAME_LINE = 4  # pixels two runs' tops may differ by on one printed line
_JOINED = 0.5  # of a character's width: a smaller gap joins two runs of one phrase
# two figures side by side are two cells however close (「○,○○○,○○○」 「○,○○○,○○○」)
_FIGURE_RUN = re.compile(r"^\s*[△▲\-−]?[0-9０-９][0-9０-９,，.．]*\s*$")


def is_positioned_pages(text: str) -> bool:
    """poppler's `pdftohtml -xml` output (its root `pdf2xml`), or `pdftotext -bbox` (an XHTML
    page of `<doc><page><word xMin yMin xMax yMax>` words)."""
    return bool(_ROOT.search(text[:2000])) or is_bbox_words(text)


# 「<word xMin="100.0" yMin="40.0" xMax="180.0" yMax="52.0">令和○年度</word>」
_WORD = re.compile(
    r'<word\s+xMin="(?P<x0>-?[\d.]+)"\s+yMin="(?P<y0>-?[\d.]+)"\s+xMax="(?P<x1>-?[\d.]+)"'
    r'\s+yMax="(?P<y1>-?[\d.]+)"[^>]*>(?P<text>.*?)</word>',
    re.DOTALL,
)


def is_bbox_words(text: str) -> bool:
    head = text[:5000]
    return "<doc>" in head and _WORD.search(head) is not None


def _word_runs(body: str) -> list[Run]:
    """`pdftotext -bbox` words as runs (top, left, width, height, text), in points."""
    runs = []
    for m in _WORD.finditer(body):
        words = html.unescape(_TAGS.sub("", m.group("text")))
        x0, y0, x1, y1 = (float(m.group(k)) for k in ("x0", "y0", "x1", "y1"))
        if words.strip():
            runs.append((round(y0), round(x0), max(round(x1 - x0), 1), max(round(y1 - y0), 1),
                         words))  # fmt: skip
    return runs


def _runs(body: str) -> list[Run]:
    runs = []
    for m in _TEXT.finditer(body):
        words = html.unescape(_TAGS.sub("", m.group("text")))
        if words.strip():
            runs.append((int(m.group("top")), int(m.group("left")), int(m.group("width")),
                         int(m.group("height")), words))  # fmt: skip
    return runs


def _page_lines(runs: list[Run]) -> list[str]:
    widths = [w / printed_width(t) for _, _, w, _, t in runs if printed_width(t) >= 4]
    unit = statistics.median(widths) if widths else 7.0
    height = statistics.median(h for *_, h, _ in runs)
    lines: list[list[Run]] = []
    for run in sorted(runs):
        if lines and run[0] - lines[-1][0][0] <= _SAME_LINE:
            lines[-1].append(run)
        else:
            lines.append([run])
    lines = _centred_labels_raised(lines)
    out: list[str] = []
    last_top: int | None = None
    block: set[int] = set()  # the left edges of the cells of the lines since the last gap
    for line in lines:
        top = line[0][0]
        text = ""
        right = None
        last = ""
        edges: set[int] = set()
        for _, left, width, _, words in sorted(line, key=lambda r: r[1]):
            figures = bool(_FIGURE_RUN.match(last) and _FIGURE_RUN.match(words))
            if right is not None and left - right < _JOINED * unit and not figures:
                text += words  # a run of the same phrase (a bold word, a font change)
            else:
                at = round(left / unit)
                gap = at - printed_width(text)
                text += " " * (gap if gap >= 2 or not text else 2) + words
                edges.add(left)
            right = left + width
            last = words
        apart = last_top is not None and top - last_top > 2 * height
        if apart and not _continues_grid(edges, block):
            out.append("")  # a gap of more than a line's height: a paragraph or a table apart
            block = set()
        last_top = top
        block |= edges
        out.append(text.rstrip())
    return out




def _centred_labels_raised(lines: list[list[Run]]) -> list[list[Run]]:
    """A header cell two lines high prints its label centred between them (「区　分」 half a
    line below 「令和○年度」 and half above 「（Ａ）」): a line whose tops lie less than a
    line's height below the line above and above the line below, its runs clear of both
    lines' runs side to side, is part of the upper line."""
    out: list[list[Run]] = []
    for k, line in enumerate(lines):
        above = out[-1] if out else None
        below = lines[k + 1] if k + 1 < len(lines) else None
        if above is not None and below is not None:
            top, height = line[0][0], min(r[3] for r in line)
            if (
                top - above[0][0] < height
                and below[0][0] - top < height
                and _clear_of(line, above)
                and _clear_of(line, below)
            ):
                above.extend((above[0][0], *run[1:]) for run in line)
                continue
        out.append(line)
    return out


def _clear_of(line: list[Run], other: list[Run]) -> bool:
    return all(r[1] + r[2] <= o[1] or o[1] + o[2] <= r[1] for r in line for o in other)


def _continues_grid(edges: set[int], block: set[int]) -> bool:
    """Whether a line's cells open at two or more of the places where the cells of the lines
    just above open: the next row of a table whose rows of two-line cells stand a paragraph's
    gap apart, not a new paragraph."""
    shared = {e for e in edges if any(abs(e - b) <= _SAME_LINE for b in block)}
    return len(shared) >= 2


def render_positioned_pages(text: str, file: str) -> SourceText:
    """The XML's pages as layout text, a form feed between pages."""
    read = _word_runs if is_bbox_words(text) else _runs
    return pages_text((read(m.group("body")) for m in _PAGE.finditer(text)), file)


def pages_text(pages: Iterable[list[Run]], file: str) -> SourceText:
    """Each page's runs (a page without any left out) set on their lines, a form feed
    between pages."""
    printed = ["\n".join(_page_lines(runs)) for runs in pages if runs]
    return SourceText(page_text("\n\f\n".join(printed), file))


# pdf.js's text layer: a page's runs, each a span placed in pixels (pdf.js 2) or in
# percent of the page, its font in points times the viewer's scale (pdf.js 3 and later)
_PDFJS_PAGE = re.compile(r'<div\b[^>]*\bclass="page"[^>]*\bdata-page-number="\d+"[^>]*>')
_PDFJS_SPAN = re.compile(r'<span\b(?P<attrs>[^>]*)>(?P<text>[^<]*)</span>')
_STYLE = re.compile(r'style="(?P<style>[^"]*)"')
_LENGTH = r"(?P<value>-?[\d.]+)(?P<unit>px|%)"
_LEFT = re.compile(rf"(?<![-\w])left:\s*{_LENGTH}")
_TOP = re.compile(rf"(?<![-\w])top:\s*{_LENGTH}")
_FONT_SIZE = re.compile(r"font-size:\s*(?:calc\(var\(--scale-factor\)\s*\*\s*)?(?P<size>[\d.]+)px")
_PAGE_SIZE = re.compile(r"(?P<side>width|height):\s*(?:round\()?(?:var\(--scale-factor\)\s*\*\s*)?"
                        r"(?P<size>[\d.]+)px")  # fmt: skip
_SCALE_X = re.compile(r"scaleX\((?P<x>[\d.]+)\)")


def is_pdfjs_viewer(text: str) -> bool:
    """A page saved from pdf.js: text layers of placed spans inside its pages."""
    return 'class="textLayer"' in text and _PDFJS_PAGE.search(text) is not None


def estimated_width(words: str, size: float) -> float:
    return sum(
        size * (1.0 if printed_width(ch) == 2 else 0.28 if ch in ",.:;'" else 0.55)
        for ch in words
    )


def _place(found: re.Match[str] | None, extent: float) -> float | None:
    if found is None:
        return None
    value = float(found.group("value"))
    return value * extent / 100 if found.group("unit") == "%" else value


def _pdfjs_runs(page: str, body: str) -> list[Run]:
    """A page's runs (top, left, width, height, text); `page` its opening tag, whose style
    gives the page's size that percentages are of."""
    sizes = {m.group("side"): float(m.group("size")) for m in _PAGE_SIZE.finditer(page)}
    runs = []
    for m in _PDFJS_SPAN.finditer(body):
        words = html.unescape(m.group("text"))
        style = _STYLE.search(m.group("attrs"))
        if not words.strip() or style is None:
            continue
        css = style.group("style")
        left = _place(_LEFT.search(css), sizes.get("width", 0.0))
        top = _place(_TOP.search(css), sizes.get("height", 0.0))
        size = _FONT_SIZE.search(css)
        if left is None or top is None or size is None:
            continue
        height = float(size.group("size"))
        scale = _SCALE_X.search(css)
        # (the span's width is not printed: a wide letter takes the font's size, a digit
        # about half of it, a comma or a stop a quarter)
        width = estimated_width(words, height) * (float(scale.group("x")) if scale else 1.0)
        runs.append((round(top), round(left), max(round(width), 1), max(round(height), 1),
                     words))  # fmt: skip
    return runs


def render_pdfjs_pages(text: str, file: str) -> SourceText:
    """The rendered pages' text layers as layout text, a form feed between pages."""
    found = list(_PDFJS_PAGE.finditer(text))
    ends = [*(m.start() for m in found[1:]), len(text)]
    return pages_text((_pdfjs_runs(m.group(), text[m.end() : end])
                        for m, end in zip(found, ends, strict=True)), file)  # fmt: skip


# An XPS document's page (`.fpage`, a FixedPage of the XPS or OpenXPS print format): each text
# run a 「<Glyphs OriginX OriginY FontRenderingEmSize UnicodeString>」, its origin the left end
# of its baseline, in 1/96 inch
_XPS_PAGE = re.compile(r"<FixedPage\b[^>]*>(?P<body>.*?)</FixedPage>", re.DOTALL)
_GLYPHS = re.compile(r"<Glyphs\b(?P<attrs>[^>]*?)/?>", re.DOTALL)
_XPS_ATTR = re.compile(r'(?P<name>OriginX|OriginY|FontRenderingEmSize|UnicodeString)\s*=\s*'
                       r'"(?P<value>[^"]*)"')  # fmt: skip
_BASELINE = 0.88  # of the font's size: from the top of a line to its baseline


def is_xps_page(text: str) -> bool:
    """An XPS page's markup: a FixedPage of Glyphs runs."""
    return "<FixedPage" in text[:3000] and "<Glyphs" in text


def _xps_runs(body: str) -> list[Run]:
    runs = []
    for glyphs in _GLYPHS.finditer(body):
        attrs = {m.group("name"): html.unescape(m.group("value"))
                 for m in _XPS_ATTR.finditer(glyphs.group("attrs"))}  # fmt: skip
        words = attrs.get("UnicodeString", "").removeprefix("{}")
        try:
            x, y = float(attrs["OriginX"]), float(attrs["OriginY"])
            size = float(attrs.get("FontRenderingEmSize", "12"))
        except (KeyError, ValueError):
            continue
        if words.strip():
            runs.append(baseline_run(words, x, y, size))
    return runs


def baseline_run(words: str, x: float, baseline: float, size: float) -> Run:
    """A run of words drawn from a point on its baseline (an XPS glyph run's origin, an SVG
    text's position): its top, left, estimated width and height."""
    width = estimated_width(words, size)
    return (round(baseline - _BASELINE * size), round(x), max(round(width), 1),
            max(round(size), 1), words)  # fmt: skip


def render_xps_pages(text: str, file: str) -> SourceText:
    """The XPS pages' runs as layout text, a form feed between pages."""
    return pages_text((_xps_runs(m.group("body")) for m in _XPS_PAGE.finditer(text)), file)



# ALTO, the OCR output of scanned pages (ABBYY, Tesseract, a library's digitisation): each
# recognised word a `<String CONTENT HPOS VPOS WIDTH HEIGHT>` on its page, in pixels
_ALTO_ROOT = re.compile(r"<(?:\w+:)?alto\b")
_ALTO_PAGE = re.compile(r"<(?:\w+:)?Page\b[^>]*>(?P<body>.*?)</(?:\w+:)?Page>", re.DOTALL)
_ALTO_STRING = re.compile(r"<(?:\w+:)?String\b(?P<attrs>[^>]*?)/?>", re.DOTALL)
_ALTO_ATTR = re.compile(r'(?P<name>CONTENT|HPOS|VPOS|WIDTH|HEIGHT)\s*=\s*"(?P<value>[^"]*)"')


def is_alto(text: str) -> bool:
    """An ALTO file of OCR'd pages: its root `alto`, words as `String` elements."""
    return bool(_ALTO_ROOT.search(text[:3000])) and _ALTO_STRING.search(text) is not None


def _attribute_runs(
    body: str, element: re.Pattern[str], attribute: re.Pattern[str], keys: tuple[str, ...]
) -> list[Run]:
    """The runs an OCR file places by its elements' attributes: `keys` names the words',
    then the top's, left's, width's and height's attribute."""
    runs = []
    for found in element.finditer(body):
        attrs = {m.group("name"): html.unescape(m.group("value"))
                 for m in attribute.finditer(found.group("attrs"))}  # fmt: skip
        words = attrs.get(keys[0], "")
        try:
            place = [round(float(attrs[k])) for k in keys[1:]]
        except (KeyError, ValueError):
            continue  # a word the OCR placed nowhere: no place on the page to set it at
        if words.strip():
            top, left, width, height = place
            runs.append((top, left, max(width, 1), max(height, 1), words))
    return runs


def _alto_runs(body: str) -> list[Run]:
    return _attribute_runs(body, _ALTO_STRING, _ALTO_ATTR,
                           ("CONTENT", "VPOS", "HPOS", "WIDTH", "HEIGHT"))  # fmt: skip


def render_alto_pages(text: str, file: str) -> SourceText:
    """The OCR'd pages' words as layout text, a form feed between pages."""
    return pages_text((_alto_runs(m.group("body")) for m in _ALTO_PAGE.finditer(text)), file)


# NDLOCR, the National Diet Library's OCR of scanned pages: each recognised line a
# `<LINE X Y WIDTH HEIGHT STRING>` on its `<PAGE>`, in pixels (a table's cells, each a line)
_NDL_ROOT = re.compile(r"<OCRDATASET\b")
_NDL_PAGE = re.compile(r"<PAGE\b[^>]*>(?P<body>.*?)</PAGE>", re.DOTALL)
_NDL_LINE = re.compile(r"<LINE\b(?P<attrs>[^>]*?)/?>", re.DOTALL)
_NDL_ATTR = re.compile(r'(?P<name>STRING|X|Y|WIDTH|HEIGHT)\s*=\s*"(?P<value>[^"]*)"')


def is_ndlocr(text: str) -> bool:
    """An NDLOCR file: its root `OCRDATASET`, lines as `LINE` elements with their words."""
    return bool(_NDL_ROOT.search(text[:3000])) and _NDL_LINE.search(text) is not None


def _ndl_runs(body: str) -> list[Run]:
    return _attribute_runs(body, _NDL_LINE, _NDL_ATTR, ("STRING", "Y", "X", "WIDTH", "HEIGHT"))


def render_ndlocr_pages(text: str, file: str) -> SourceText:
    """The OCR'd pages' lines as layout text, a form feed between pages."""
    return pages_text((_ndl_runs(m.group("body")) for m in _NDL_PAGE.finditer(text)), file)
