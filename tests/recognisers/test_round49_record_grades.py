"""Round 49: a data file's records, each headed by its project's name with its fields under
it (an XML form's data, a JSON app's records, read as an outline): the record's grade and
its earlier year's grade grade that project; the record's own fields come before its parts;
a form's 「対象事業年度」 field dates the report. Fictional names."""

from __future__ import annotations

from pathlib import Path

from loaders.facts import DocumentFacts
from loaders.formats import read_source
from loaders.parse import parse_document
from loaders.text.fiscal_year import document_year

_RECORDS = (
    "令和7年度 事務事業評価（令和6年度実施事業）\n"
    "## 架空見守り事業\n所管課：架空支援課\n評価：A\n前年度評価：B\n\n"
    "## 架空交流事業\n所管課：架空支援課\n評価：C\n前年度評価：B\n"
)

_FORM = """<?xml version="1.0" encoding="UTF-8"?>
<my:評価 xmlns:my="http://example.invalid/form">
<my:表題><my:評価年度>令和7年度</my:評価年度><my:対象事業年度>令和6年度</my:対象事業年度></my:表題>
<my:事業><my:事業名>架空見守り事業</my:事業名>
<my:成果指標><my:指標名>架空訪問件数</my:指標名><my:令和6年度実績値>120</my:令和6年度実績値></my:成果指標>
<my:評価>A</my:評価>
<my:所見><div xmlns="http://www.w3.org/1999/xhtml"><font face="x">架空の所見です。</font>
</div></my:所見>
</my:事業>
</my:評価>"""


def _facts(text: str, file: str = "x.txt") -> DocumentFacts:
    return parse_document(text, file=file, municipality_code="999989",
                          municipality="青葉台市", prefecture="架空県")  # fmt: skip


def test_a_record_headed_by_its_project_gives_it_this_and_last_years_grades() -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in _facts(_RECORDS).evaluations}
    assert grades == {("架空見守り事業", 2024, "A"), ("架空見守り事業", 2023, "B"),
                      ("架空交流事業", 2024, "C"), ("架空交流事業", 2023, "B")}  # fmt: skip


def test_a_records_own_fields_are_printed_before_its_parts(tmp_path: Path) -> None:
    path = tmp_path / "form.xml"
    path.write_text(_FORM, encoding="utf-8")
    lines = read_source(path).text.splitlines()
    assert lines.index("評価：A") < lines.index("指標名：架空訪問件数")


def test_a_forms_year_of_the_work_evaluated_dates_the_report() -> None:
    text = "評価取りまとめ\n\n# 表題\n評価年度：令和7年度\n対象事業年度：令和6年度\n"
    assert document_year(text) == 2024


def test_a_forms_rich_text_field_is_read_as_its_words(tmp_path: Path) -> None:
    path = tmp_path / "form.xml"
    path.write_text(_FORM, encoding="utf-8")
    lines = read_source(path).text.splitlines()
    assert "所見：架空の所見です。" in lines
    assert not any(line.startswith(("face", "div", "font")) for line in lines)
