"""A document partitioned into typed elements by a text-extraction pipeline (Unstructured's
JSON list of Title / NarrativeText / ListItem / Table elements): read as the document it was
cut from — titles on lines of their own, a table as the rows its `text_as_html` draws — and
not the page headers and footers it marked. Fictional example."""

from __future__ import annotations

import json
from pathlib import Path

from loaders.formats import read_source

_TABLE = (
    "<table><tr><td>会計</td><td>令和8年度</td><td>令和7年度</td></tr>"
    "<tr><td>一般会計</td><td>648,230</td><td>631,540</td></tr></table>"
)
_ELEMENTS = [
    {"type": "Header", "text": "架空市 予算の概要 1/4", "metadata": {"page_number": 1}},
    {"type": "Title", "text": "１ 会計別予算額", "metadata": {"page_number": 1}},
    {"type": "NarrativeText", "text": "一般会計は前年度から増えました。", "metadata": {}},
    {"type": "Table", "text": "会計 令和8年度 令和7年度 一般会計 648,230 631,540",
     "metadata": {"text_as_html": _TABLE}},
    {"type": "ListItem", "text": "架空支援事業を拡充します。", "metadata": {}},
    {"type": "Footer", "text": "－ 1 －", "metadata": {}},
]  # fmt: skip


def _read(tmp_path: Path) -> str:
    page = tmp_path / "x.unstructured.json"
    page.write_text(json.dumps(_ELEMENTS, ensure_ascii=False), encoding="utf-8")
    return read_source(page).text


def test_a_table_element_reads_as_the_rows_its_html_draws(tmp_path: Path) -> None:
    assert "一般会計\t648,230\t631,540" in _read(tmp_path)


def test_titles_and_paragraphs_keep_their_order(tmp_path: Path) -> None:
    text = _read(tmp_path)
    assert text.index("１ 会計別予算額") < text.index("一般会計は前年度から増えました。")


def test_page_headers_and_footers_are_left_out(tmp_path: Path) -> None:
    text = _read(tmp_path)
    assert "1/4" not in text and "－ 1 －" not in text
