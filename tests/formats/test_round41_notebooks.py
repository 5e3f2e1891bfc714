"""A Jupyter notebook published with its outputs: its markdown and what each output showed
(a pandas table drawn as HTML read as a table's rows) are the document; the code, the
errors and the stderr warnings are not. Fictional example."""

from __future__ import annotations

import json
from pathlib import Path

from loaders.formats import read_source

_TABLE = (
    '<table class="dataframe"><thead><tr><th></th><th>施策番号</th><th>KPI</th>'
    "<th>基準値(R1)</th><th>R6実績</th><th>目標値(R7)</th></tr></thead><tbody>"
    "<tr><th>0</th><td>1-(1)</td><td>架空創業件数</td><td>18.0</td><td>31.0</td>"
    "<td>30.0</td></tr></tbody></table>"
)
_NOTEBOOK = {
    "nbformat": 4,
    "nbformat_minor": 5,
    "metadata": {},
    "cells": [
        {"cell_type": "markdown", "metadata": {},
         "source": ["# 架空市 KPI検証\n", "\n", "本文です。"]},
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": 1,
            "source": ["kpi = pd.read_excel(SRC)\n", "kpi"],
            "outputs": [
                {"output_type": "execute_result", "execution_count": 1, "metadata": {},
                 "data": {"text/plain": ["   施策番号  KPI ..."], "text/html": [_TABLE]}},
                {"output_type": "stream", "name": "stderr", "text": ["UserWarning: font\n"]},
                {"output_type": "error", "ename": "KeyError", "evalue": "'x'",
                 "traceback": ["KeyError Traceback"]},
            ],
        },
    ],
}  # fmt: skip


def _read(tmp_path: Path) -> str:
    page = tmp_path / "kpi.ipynb"
    page.write_text(json.dumps(_NOTEBOOK, ensure_ascii=False), encoding="utf-8")
    return read_source(page).text


def test_the_markdown_and_a_tables_rows_are_the_text(tmp_path: Path) -> None:
    text = _read(tmp_path)
    assert "# 架空市 KPI検証" in text
    assert "1-(1)\t架空創業件数\t18.0\t31.0\t30.0" in text


def test_code_errors_and_warnings_are_no_part_of_it(tmp_path: Path) -> None:
    text = _read(tmp_path)
    assert "read_excel" not in text and "KeyError" not in text and "UserWarning" not in text
