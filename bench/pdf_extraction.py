"""Pages per second for PDF text and table extraction: the chosen library and the runners-up.

A PDF of --pages pages (Japanese paragraphs and a ruled table on every page, reportlab's
CID font) is generated, then read by:
  pdfplumber   the chosen library: text in reading order (machikg's own reader,
               loaders/formats/pdf.py) and the tables with their cells
  pypdfium2    runner-up: fastest text, but finds no tables (its text runs table cells together)
  pdfminer.six pdfplumber's base: text with its own layout analysis, no tables
Usage: python bench/pdf_extraction.py [--pages 50] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "formats")]

from pdf_documents import write_pdf  # noqa: E402

from loaders.formats.pdf import read_pdf  # noqa: E402

PARAGRAPH = "地域コミュニティの活性化に向けて、市民活動の拠点となる施設の整備と運営を進めます。" * 3
TABLE = ["事業名\t予算額(千円)\t担当課"] + [f"事業{i}\t{1000 + i}\t協働推進課" for i in range(8)]


def document(pages: int) -> str:
    page = "\n".join(["第{n}章 施策の方向", PARAGRAPH, PARAGRAPH, *TABLE, "", PARAGRAPH, ""])
    return "\n".join(page.replace("{n}", str(n)) for n in range(1, pages + 1))


def plumber_text(path: Path) -> int:
    return len(read_pdf(path).text)


def plumber_tables(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return sum(len(t.extract()) for page in pdf.pages for t in page.find_tables())


def pdfium_text(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        return sum(len(page.get_textpage().get_text_range()) for page in pdf)
    finally:
        pdf.close()


def pdfminer_text(path: Path) -> int:
    from pdfminer.high_level import extract_text

    return len(extract_text(path))


def _page_count(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def pages_per_second(read: Callable[[Path], int], path: Path, pages: int, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read(path)
        times.append(time.perf_counter() - start)
    return pages / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = write_pdf(document(args.pages), Path(tmp) / "bench.pdf")
        blocks = max(1, round(args.pages * args.pages / _page_count(path)))
        path = write_pdf(document(blocks), path)  # about --pages pages
        pages = _page_count(path)
        rows = [
            ("pdfplumber (chosen)", pages_per_second(plumber_text, path, pages, args.runs),
             pages_per_second(plumber_tables, path, pages, args.runs)),
            ("pypdfium2 (runner-up)", pages_per_second(pdfium_text, path, pages, args.runs), None),
            ("pdfminer.six", pages_per_second(pdfminer_text, path, pages, args.runs), None),
        ]  # fmt: skip
    print(f"{pages}-page generated Japanese PDF, median of {args.runs} run(s), pages/s")
    print(f"{'library':<24}{'text':>10}{'tables':>10}")
    for name, text, tables in rows:
        print(f"{name:<24}{text:>10.1f}{'-' if tables is None else f'{tables:.1f}':>10}")


if __name__ == "__main__":
    main()
