"""Two document exports that are XML but no data: a LibreOffice flat text document (.fodt)
and Acrobat's XML export of a tagged PDF. Each reads as the page it holds — headings,
labelled lines, list items, tables — not as an outline of its elements (fictional
examples)."""

from __future__ import annotations

from pathlib import Path

from loaders.facts import DocumentFacts
from loaders.formats import SourceText, read_source
from loaders.parse import parse_document

_ODF = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
    "<office:automatic-styles/>\n"
    "<office:body><office:text>\n"
    '<text:h text:outline-level="1">架空村総合計画<text:s/>施策の体系</text:h>\n'
    '<text:h text:outline-level="2">基本目標Ⅰ<text:s/>架空の安心して暮らせる村</text:h>\n'
    '<text:h text:outline-level="3">施策Ⅰ-1<text:tab/>架空の子育て支援の充実</text:h>\n'
    "<text:p>担当課<text:tab/>架空課</text:p>\n"
    "<text:p>主な取組</text:p>\n"
    "<text:list><text:list-item><text:p>架空の取組その一</text:p></text:list-item>\n"
    "<text:list-item><text:p>架空の取組その二</text:p></text:list-item></text:list>\n"
    "<table:table><table:table-row>"
    "<table:table-cell><text:p>成果指標</text:p></table:table-cell>"
    "<table:table-cell><text:p>現状値（令和6年度）</text:p></table:table-cell>"
    "<table:table-cell><text:p>目標値（令和12年度）</text:p></table:table-cell>"
    "</table:table-row><table:table-row>"
    "<table:table-cell><text:p>架空の利用者数（人）</text:p></table:table-cell>"
    '<table:table-cell office:value-type="float" office:value="1200">'
    "<text:p>1,200</text:p></table:table-cell>"
    '<table:table-cell office:value-type="float" office:value="1500">'
    "<text:p>1,500</text:p></table:table-cell>"
    "</table:table-row></table:table>\n"
    "</office:text></office:body></office:document>\n"
)


def _facts(text: str, name: str, tmp_path: Path) -> tuple[SourceText, DocumentFacts]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    return source, parse_document(source.text, file=name, municipality_code="012025",
                                  municipality="架空村", prefecture="架空県")  # fmt: skip


def test_a_flat_odf_text_reads_as_headings_lines_and_tables(tmp_path: Path) -> None:
    source, _ = _facts(_ODF, "plan.fodt", tmp_path)
    assert "# 架空村総合計画 施策の体系" in source.text
    assert "担当課\t架空課" in source.text
    assert "・架空の取組その一" in source.text
    assert "架空の利用者数（人）\t1,200\t1,500" in source.text
    assert "automatic-styles" not in source.text


def test_a_flat_odf_texts_policy_tree_and_indicators_are_read(tmp_path: Path) -> None:
    _, facts = _facts(_ODF, "plan.fodt", tmp_path)
    assert any(c.label == "架空の子育て支援の充実" for c in facts.policy_codes)
    values = {(o.fiscal_year, o.value) for o in facts.observations}
    assert {(2024, 1200), (2030, 1500)} <= values


_TAGGED = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n'
    "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF'
    ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>\n'
    "<?xpacket end='w'?>\n"
    "<TaggedPDF-doc>\n"
    '<bookmark-tree><bookmark title="１　区の予算"><destination structID="L1"/></bookmark>'
    "</bookmark-tree>\n"
    "<Part>\n<H1>架空区役所のご案内 </H1>\n"
    '<H2 id="L1">１　区の事業 </H2>\n'
    "<Table>\n<TR>\n<TH>事業名 </TH>\n<TH>予算額（千円） </TH>\n<TH>担当 </TH>\n</TR>\n"
    "<TR>\n<TD>架空まつり開催事業 </TD>\n<TD>6,800 </TD>\n<TD>架空課 </TD>\n</TR>\n"
    '<TR>\n<TD ColSpan="2">合計 </TD>\n<TD>6,800 </TD>\n</TR>\n</Table>\n'
    "<L>\n<LI>\n<Lbl>● </Lbl>\n<LBody>架空区民センター（愛称：架空プラザ） </LBody>\n</LI>\n"
    "</L>\n</Part>\n</TaggedPDF-doc>\n"
)


def test_acrobats_tagged_pdf_export_reads_as_its_page_despite_the_packet(
    tmp_path: Path,
) -> None:
    """The XMP packet before the root makes the file no well-formed XML, as Acrobat writes
    it: it is read all the same, the bookmarks (the headings again) left out."""
    source, facts = _facts(_TAGGED, "guide.xml", tmp_path)
    assert "架空区役所のご案内" in source.text
    assert source.text.count("区の事業") == 1
    projects = {(p.name, p.budget, p.division) for p in facts.projects}
    assert ("架空まつり開催事業", 6_800_000, "架空課") in projects


def test_a_tagged_list_items_label_stays_its_bullet(tmp_path: Path) -> None:
    source, _ = _facts(_TAGGED, "guide.xml", tmp_path)
    assert any(
        line.startswith("●") and "架空区民センター" in line for line in source.text.split("\n")
    )
