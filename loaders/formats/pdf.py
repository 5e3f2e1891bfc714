"""PDF → text in reading order, tables as tab-separated rows, with the page of every line.

pdfplumber (over pdfminer.six) is used because it gives both what the text needs and what
tables need: every character with its box, and ruled tables with their cells (merged cells,
wrapped cell text). pypdfium2 reads text faster but finds no tables (bench/pdf_extraction.py).

Reading order is decided here rather than left to the extractor: tables are cut out of the
page first; the remaining characters are grouped into rows; a vertical gutter crossed by
(almost) no row splits a two-column page, whose left column is read before its right one
between the full-width rows (titles) above and below; lines that run to the right edge of
their column are joined with the next (a paragraph wrapped by the printer, not a new line).
"""

from __future__ import annotations

import itertools
import logging
import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from loaders.formats.located import SourceText, TextBuilder
from loaders.text.errors import DocumentError

Char = dict[str, Any]
_ROW_TOLERANCE = 0.5  # of the character size: chars whose tops differ less share a row
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
# A row starting so is a new list item or heading, never the rest of a wrapped line.
_NEW_ITEM = re.compile(
    r"^\s*(?:[・•●○◎◯■◆□◇▼▽▲△※★☆➢➤▶▸►→【〔\[<＜《〈(（]|[0-9０-９]{1,2}[.．)）]|[①-⑳])"
)
_MIN_COLUMN_SHARE = 0.3  # each column of a two-column page is at least this share of the width
_CROSSING_SHARE = 0.15  # at most this share of the rows may cross a gutter (titles)
_WRAP_SLACK = 2.5  # characters short of the right edge a wrapped line may end (禁則 breaks)
_BLANK_LINE = 1.5  # a gap of this many line pitches is an empty line (a block break)
_FULL_LINE_SHARE = 0.1  # this share of a column's rows must reach the gutter: wrapped text


@dataclass
class _Row:
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    chars: list[Char]

    def text(self) -> str:
        out: list[str] = []
        previous: Char | None = None
        for char in self.chars:
            gap = previous is not None and char["x0"] - previous["x1"] > 0.6 * self.size
            if gap and out and out[-1] != " " and char["text"] != " ":
                out.append(" ")  # a visible gap the PDF drew without a space character
            out.append(char["text"])
            previous = char
        return "".join(out).strip()


@dataclass
class _Table:
    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[list[str]]


_Item = _Row | _Table


def _join_wrapped(parts: list[str]) -> str:
    """Lines of one wrapped cell or paragraph: Japanese joins directly, words with a space."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and _ASCII_WORD.match(out[-1]) and _ASCII_WORD.match(part[0]):
            out += " "
        out += part
    return out


def _rows(chars: list[Char]) -> list[_Row]:
    rows: list[_Row] = []
    for char in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        size = char.get("size") or (char["bottom"] - char["top"])
        row = rows[-1] if rows else None
        if row is not None and abs(char["top"] - row.top) < _ROW_TOLERANCE * max(size, row.size):
            row.chars.append(char)
            row.x0, row.x1 = min(row.x0, char["x0"]), max(row.x1, char["x1"])
            row.bottom = max(row.bottom, char["bottom"])
        else:
            rows.append(_Row(char["top"], char["bottom"], char["x0"], char["x1"], size, [char]))
    for row in rows:
        row.chars.sort(key=lambda c: c["x0"])
    return rows


def _gutter(rows: list[_Row], left: float, right: float) -> float | None:
    """The x of the gap between two columns, or None for a one-column page."""
    if len(rows) < 4:
        return None
    width = right - left
    step = max(1.0, statistics.median(r.size for r in rows) / 2)
    best: tuple[int, float] | None = None
    x = left + _MIN_COLUMN_SHARE * width
    while x < right - _MIN_COLUMN_SHARE * width:
        crossing = 0
        for row in rows:
            if any(c["x0"] < x < c["x1"] for c in row.chars) or _spans_gap(row, x):
                crossing += 1
        if best is None or crossing < best[0]:
            best = (crossing, x)
        x += step
    if best is None or best[0] > _CROSSING_SHARE * len(rows):
        return None
    gutter = best[1]
    lefts = [max(c["x1"] for c in r.chars if c["x1"] <= gutter) for r in rows
             if any(c["x1"] <= gutter for c in r.chars) and not _crosses(r, gutter)]  # fmt: skip
    rights = [
        r for r in rows if any(c["x0"] >= gutter for c in r.chars) and not _crosses(r, gutter)
    ]
    if not lefts or not rights:
        return None
    edge = max(lefts)
    size = statistics.median(r.size for r in rows)
    reaching = sum(1 for x1 in lefts if edge - x1 < _WRAP_SLACK * size)
    return gutter if reaching >= max(2, _FULL_LINE_SHARE * len(lefts)) else None


def _spans_gap(row: _Row, x: float) -> bool:
    """A row whose characters sit on both sides of x with a small gap: one line of text."""
    before = [c for c in row.chars if c["x1"] <= x]
    after = [c for c in row.chars if c["x0"] >= x]
    if not before or not after:
        return False
    return after[0]["x0"] - before[-1]["x1"] < 1.5 * row.size


def _crosses(row: _Row, x: float) -> bool:
    return any(c["x0"] < x < c["x1"] for c in row.chars) or _spans_gap(row, x)


def _split(row: _Row, x: float) -> tuple[_Row | None, _Row | None]:
    parts = []
    for chars in ([c for c in row.chars if c["x1"] <= x], [c for c in row.chars if c["x0"] >= x]):
        if chars:
            top, bottom = min(c["top"] for c in chars), max(c["bottom"] for c in chars)
            parts.append(_Row(top, bottom, chars[0]["x0"], chars[-1]["x1"], row.size, chars))
        else:
            parts.append(None)
    return parts[0], parts[1]


def _reading_order(items: list[_Item], gutter: float | None) -> Iterator[list[_Item]]:
    """Runs of items in reading order; each run is one column stretch (for line joining)."""
    items = sorted(items, key=lambda i: (i.top, i.x0))
    if gutter is None:
        yield items
        return
    left: list[_Item] = []
    right: list[_Item] = []
    for item in items:
        if (isinstance(item, _Row) and _crosses(item, gutter)) or (
            isinstance(item, _Table) and item.x0 < gutter < item.x1
        ):
            yield from (run for run in (left, right) if run)
            left, right = [], []
            yield [item]
        elif isinstance(item, _Table):
            (left if item.x1 <= gutter else right).append(item)
        else:
            a, b = _split(item, gutter)
            if a:
                left.append(a)
            if b:
                right.append(b)
    yield from (run for run in (left, right) if run)


def _write_run(run: list[_Item], page: int, out: TextBuilder) -> None:
    rows = [i for i in run if isinstance(i, _Row)]
    edge = max((r.x1 for r in rows), default=0.0)
    pitches = [b.top - a.top for a, b in itertools.pairwise(rows) if b.top > a.top]
    usual = [p for p in pitches if p >= 0.8 * min(r.size for r in rows)]
    pitch = min(usual, default=0.0)  # the line pitch; paragraphs are spaced wider
    paragraph: list[str] = []
    for i, item in enumerate(run):
        if isinstance(item, _Table):
            # a table is a block of its own, set apart from the text around it on its page as
            # a blank line sets it apart in text; a table continued over a page break is not
            if i and isinstance(run[i - 1], _Row):
                out.write("\n")
            for cells in item.rows:
                out.line("\t".join(cells), page=page)
            if i + 1 < len(run) and isinstance(run[i + 1], _Row):
                out.write("\n")
            continue
        paragraph.append(item.text())
        following = run[i + 1] if i + 1 < len(run) else None
        wrapped = (
            isinstance(following, _Row)
            and edge - item.x1 < _WRAP_SLACK * item.size + _first_word_width(following)
            and following.top - item.top <= pitch * 1.08
            and not _NEW_ITEM.match(following.text())
        )
        if not wrapped:
            text = _join_wrapped(paragraph)
            if text:
                out.line(text, page=page)
            paragraph = []
            if isinstance(following, _Row) and following.top - item.top >= _BLANK_LINE * pitch:
                out.write("\n")  # space of an empty line between two blocks


def _first_word_width(row: _Row) -> float:
    """The width of a row's leading Latin word or number (2005（平成17）…): a printer moves
    such a word whole to the next line, leaving the line above short by its width."""
    chars = row.chars
    end = 0
    while end < len(chars) and chars[end]["text"].isascii() and chars[end]["text"].strip():
        end += 1
    return chars[end - 1]["x1"] - chars[0]["x0"] if end else 0.0


def _table_rows(table: Any) -> list[list[str]]:
    rows = []
    for row in table.extract():
        cells = [_join_wrapped((cell or "").split("\n")).replace("\t", " ") for cell in row]
        if any(cells):
            rows.append(cells)
    return rows


def _page(page: Any, number: int, file: str, out: TextBuilder) -> None:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    all_chars = page.chars
    if not any(c["text"].strip() for c in all_chars):
        if page.images:
            raise DocumentError(
                file, f"page {number} has no text layer (a scanned image?): run OCR on the PDF"
                " and ingest the result",
            )
        return  # a blank page
    chars = [c for c in all_chars if outside(c) and (c["text"].strip() or c["text"] == " ")]
    rows = [r for r in _rows(chars) if r.text()]
    items: list[_Item] = list(rows)
    for table in tables:
        x0, top, x1, bottom = table.bbox
        items.append(_Table(top, bottom, x0, x1, _table_rows(table)))
    left = min((i.x0 for i in items), default=0.0)
    right = max((i.x1 for i in items), default=float(page.width))
    gutter = _gutter(rows, left, right)
    for run in _reading_order(items, gutter):
        _write_run(run, number, out)


def read_pdf(path: Path) -> SourceText:
    """The text of a PDF with the page of every line; DocumentError for a PDF that is
    corrupt, encrypted or scanned (no text layer), naming the page where it can."""
    file = path.name
    out = TextBuilder()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                _page(page, number, file, out)
    except DocumentError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as error:
        raise DocumentError(file, "encrypted PDF: save a copy without a password") from error
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise DocumentError(file, "encrypted PDF: save a copy without a password") from error
        raise DocumentError(file, f"not a readable PDF ({_describe(cause)})") from error
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise DocumentError(file, f"not a readable PDF ({_describe(error)})") from error
    return SourceText(out.text(), out.map)


def _describe(error: object) -> str:
    if isinstance(error, BaseException):
        return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return str(error)
