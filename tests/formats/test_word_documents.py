"""A Word document (.docx, and Word 2003's one-file XML) reads as its paragraphs and tables:
runs cut by formatting joined, heading styles as headings, table rows as tab-separated cells
with spans kept in their columns (fictional examples)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from loaders.formats import read_source
from loaders.parse import parse_document
from loaders.text.errors import DocumentError

_W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
_W2007 = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_STYLES = (
    '<w:styles><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style></w:styles>'
)


def _run(text: str) -> str:
    return f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>{text}</w:t></w:r>'


def _cell(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{_run(text)}</w:p></w:tc>"


_BODY = (
    '<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr>' + _run("令和６年度 架空改革") + _run("取組状")
    + _run("況報告") + "</w:p>"
    "<w:p>" + _run("本報告は、") + '<w:proofErr w:type="spellStart"/>' + _run("取組の状況です。")
    + "</w:p>"
    "<w:tbl><w:tblPr/>"
    "<w:tr>" + _cell("番号") + _cell("取組項目") + _cell("所管") + _cell("評価") + "</w:tr>"
    "<w:tr>" + _cell("1-(1)-①") + _cell("架空申請の拡大") + _cell("架空推進課") + _cell("Ａ")
    + "</w:tr>"
    "<w:tr>" + _cell("1-(1)-②") + _cell("架空納付の拡大", '<w:gridSpan w:val="2"/>')
    + _cell("Ｂ") + "</w:tr>"
    "</w:tbl>"
)  # fmt: skip


def _word_2003() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<?mso-application progid="Word.Document"?>\n'
        f'<w:wordDocument xmlns:w="{_W2003}">{_STYLES}<w:body>{_BODY}</w:body></w:wordDocument>'
    )


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{_W2007}"><w:body>{_BODY}</w:body></w:document>',
        )
        package.writestr("word/styles.xml", f'<w:styles xmlns:w="{_W2007}">{_STYLES[10:]}')
    return path


def test_a_paragraphs_runs_are_one_line_and_a_heading_style_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "report.xml"
    path.write_text(_word_2003(), encoding="utf-8")
    lines = read_source(path).text.splitlines()
    assert lines[0] == "# 令和６年度 架空改革取組状況報告"
    assert lines[1] == "本報告は、取組の状況です。"


def test_a_table_row_is_its_cells_apart_by_tabs_a_span_kept_in_its_columns(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report.xml"
    path.write_text(_word_2003(), encoding="utf-8")
    lines = read_source(path).text.splitlines()
    assert "1-(1)-①\t架空申請の拡大\t架空推進課\tＡ" in lines
    assert "1-(1)-②\t架空納付の拡大\t\tＢ" in lines


def test_a_docx_reads_as_its_word_2003_twin(tmp_path: Path) -> None:
    xml = tmp_path / "report.xml"
    xml.write_text(_word_2003(), encoding="utf-8")
    assert read_source(_docx(tmp_path / "report.docx")).text == read_source(xml).text


def test_each_passage_maps_to_its_paragraph_or_cell(tmp_path: Path) -> None:
    source = read_source(_docx(tmp_path / "report.docx"))
    at = source.text.index("架空推進課")
    assert source.map is not None
    where = source.map.locate(at, at + 5)
    assert where is not None and where.path == "表1 2行3列"


def test_the_grades_of_a_word_table_are_read(tmp_path: Path) -> None:
    source = read_source(_docx(tmp_path / "report.docx"))
    facts = parse_document(
        source.text, file="report.docx", municipality_code="999989",
        municipality="架空台市", prefecture="架空県",
    )  # fmt: skip
    assert {(e.initiative, e.grade) for e in facts.evaluations} >= {("架空申請の拡大", "A")}


def test_a_broken_docx_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(DocumentError, match=r"broken\.docx"):
        read_source(path)


def _main_part() -> str:
    """Round 50: a .docx package's word/document.xml saved on its own, no styles part."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{_W2007}"><w:body>{_BODY}'
        '<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr>' + _run("（１）架空の取組")
        + "</w:p>" + '<w:p><w:del><w:r><w:delText>削除された文</w:delText></w:r></w:del>'
        + _run("残る文") + "</w:p></w:body></w:document>"
    )  # fmt: skip


def _main_part_text(tmp_path: Path) -> str:
    path = tmp_path / "document.xml"
    path.write_text(_main_part(), encoding="utf-8")
    return read_source(path).text


def test_a_docx_main_part_alone_is_read_as_the_document(tmp_path: Path) -> None:
    lines = _main_part_text(tmp_path).splitlines()
    assert "1-(1)-①\t架空申請の拡大\t架空推進課\tＡ" in lines


def test_without_styles_words_built_in_heading_ids_are_headings(tmp_path: Path) -> None:
    lines = _main_part_text(tmp_path).splitlines()
    assert "# 令和６年度 架空改革取組状況報告" in lines
    assert "## （１）架空の取組" in lines


def test_a_tracked_deletion_is_no_text_of_the_main_part(tmp_path: Path) -> None:
    text = _main_part_text(tmp_path)
    assert "残る文" in text and "削除された文" not in text
