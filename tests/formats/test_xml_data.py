"""XML data files: elements become headings, fields and tables, an XHTML page saved as
.xml is still a page, and hostile or broken XML is refused with a clear error."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from data_documents import ORGANISATION_XML, facts_of, lines, write

from loaders.formats import read_source
from loaders.text.errors import DocumentError


def test_the_root_names_the_document_and_attributes_are_fields(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "org.xml", ORGANISATION_XML))
    assert text[:3] == ["組織一覧", "自治体：架空市", "基準日：2024年4月1日"]


def test_repeated_elements_are_a_table_under_their_records_heading(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "org.xml", ORGANISATION_XML))
    assert text[text.index("## 総務部") + 1 :][:3] == ["課名\t職員数", "人事課\t12", "財政課\t9"]
    assert "# 部" in text


def test_the_pipeline_finds_staff_counts_and_parent_units(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "org.xml", ORGANISATION_XML))
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert {("人事課", 2024, 12), ("保険年金課", 2024, 15)} <= staff
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents["人事課"] == "総務部" and parents["市民課"] == "市民部"


def test_a_value_is_mapped_to_its_element_path(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "org.xml", ORGANISATION_XML))
    at = source.text.index("保険年金課")
    assert source.map is not None
    where = source.map.locate(at, at + 5)
    assert where is not None and where.path == "/組織一覧/部[2]/課[2]/課名"


def test_an_element_with_an_attribute_and_text_gives_both(tmp_path: Path) -> None:
    xml = ('<施設一覧><施設 種別="公民館">星見公民館</施設>'
           '<施設 種別="図書館">月見図書館</施設></施設一覧>')  # fmt: skip
    text = lines(write(tmp_path, "f.xml", xml))
    rows = text[text.index("# 施設") + 1 :][:3]
    assert rows == ["種別\t施設", "公民館\t星見公民館", "図書館\t月見図書館"]


def test_shift_jis_xml_is_read(tmp_path: Path) -> None:
    xml = '<?xml version="1.0" encoding="Shift_JIS"?>\n<一覧><課名>星見課</課名></一覧>\n'
    path = write(tmp_path, "sjis.xml", xml, encoding="cp932")
    assert "課名：星見課" in lines(path)


def test_xml_saved_as_txt_is_read_as_xml(tmp_path: Path) -> None:
    assert "# 部" in lines(write(tmp_path, "export.txt", ORGANISATION_XML))


def test_an_xhtml_page_saved_as_xml_goes_to_the_html_reader(tmp_path: Path) -> None:
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            "<head><title>t</title></head><body><main><h1>星見課</h1>"
            "<table><tr><th>係名</th><th>職員数</th></tr><tr><td>天文係</td><td>4人</td></tr>"
            "</table></main></body></html>")  # fmt: skip
    assert lines(write(tmp_path, "page.xml", page)) == ["星見課", "係名\t職員数", "天文係\t4人"]


def test_billion_laughs_is_refused_at_once(tmp_path: Path) -> None:
    entities = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 10)
    )
    path = write(tmp_path, "bomb.xml", f'<?xml version="1.0"?><!DOCTYPE r [{entities}]><r>&l9;</r>')
    began = time.monotonic()
    with pytest.raises(DocumentError, match=r"bomb\.xml: refused XML: it declares entities"):
        read_source(path)
    assert time.monotonic() - began < 2


def test_an_external_entity_is_refused(tmp_path: Path) -> None:
    xml = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    with pytest.raises(DocumentError, match=r"ext\.xml: refused XML"):
        read_source(write(tmp_path, "ext.xml", xml))


def test_invalid_xml_is_refused_with_its_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.xml", "<一覧>\n  <課名>星見課</課>\n</一覧>\n")
    with pytest.raises(DocumentError, match=r"broken\.xml: malformed XML: mismatched tag "
                                            r"\(line 2, column \d+\)"):  # fmt: skip
        read_source(path)
