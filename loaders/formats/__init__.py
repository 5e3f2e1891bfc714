"""Document formats beyond plain text and HTML: PDF, Word documents, Excel and OpenDocument
workbooks, CSV/TSV, and data files (JSON, YAML, XML with RSS/Atom feeds, iCalendar).

Each is rendered to the text form `loaders.structure` reads (headings and paragraphs as
lines, tables as tab-separated rows) with a `SourceMap` back to pages, cells or data paths,
so a PDF, a workbook or an API response reaches the same block structure, parsers and
evidence as a saved web page. Data files are recognised by suffix, or by their content when
the suffix says nothing (`sniffing`).
"""

from __future__ import annotations

from pathlib import Path

from loaders.formats.captions import is_captions, render_captions
from loaders.formats.chatwork_messages import is_chatwork_messages, render_chatwork_messages
from loaders.formats.confluence import is_confluence_storage, render_confluence_storage
from loaders.formats.data_package import is_data_package, render_data_package
from loaders.formats.dif import is_dif, render_dif
from loaders.formats.document_elements import is_document_elements, render_document_elements
from loaders.formats.drawio import is_drawio, render_drawio
from loaders.formats.excalidraw_scene import is_excalidraw, render_excalidraw
from loaders.formats.figma_nodes import is_figma_nodes, render_figma_nodes
from loaders.formats.google_chat import is_google_chat, render_google_chat
from loaders.formats.google_docs import is_google_docs, render_google_docs
from loaders.formats.graph_messages import is_graph_messages, render_graph_messages
from loaders.formats.graphviz import is_dot, render_dot
from loaders.formats.line_messages import is_line_messages, render_line_messages
from loaders.formats.llamaparse_results import is_llamaparse, render_llamaparse
from loaders.formats.located import Location, SourceMap, SourceText
from loaders.formats.mail_messages import is_mail_message, read_mail_message
from loaders.formats.mattermost_export import is_mattermost_export, render_mattermost_export
from loaders.formats.mediawiki import is_wikitext, render_wikitext
from loaders.formats.mind_maps import (
    is_freemind,
    is_xmind_content,
    render_freemind,
    render_xmind_content,
)
from loaders.formats.miro_board import is_miro_board, render_miro_board
from loaders.formats.ms_project import is_ms_project, render_ms_project
from loaders.formats.notebooks import is_notebook, render_notebook
from loaders.formats.notes_dxl import is_notes_dxl, render_notes_dxl
from loaders.formats.odf_sheets import is_flat_spreadsheet, render_flat_spreadsheet
from loaders.formats.odf_text import is_flat_text, render_flat_text
from loaders.formats.office_packages import (
    is_presentation_package,
    render_presentation_package,
)
from loaders.formats.pdf_extract import is_pdf_extract, render_pdf_extract
from loaders.formats.positioned_pages import (
    is_alto,
    is_bbox_words,
    is_ndlocr,
    is_pdfjs_viewer,
    is_positioned_pages,
    is_xps_page,
    render_alto_pages,
    render_ndlocr_pages,
    render_pdfjs_pages,
    render_positioned_pages,
    render_xps_pages,
)
from loaders.formats.pukiwiki import is_pukiwiki, render_pukiwiki
from loaders.formats.scribus_document import is_scribus, render_scribus
from loaders.formats.slack_export import is_slack_export, render_slack_export
from loaders.formats.sniffing import DATA_SUFFIXES, DataFormat, data_format
from loaders.formats.spreadjs_workbook import is_spreadjs, render_spreadjs
from loaders.formats.spreadsheet import is_tab_export, render_delimited
from loaders.formats.svg_drawings import is_svg_drawing, render_svg_drawing
from loaders.formats.sylk import is_sylk, render_sylk
from loaders.formats.tagged_pdf import is_tagged_pdf, render_tagged_pdf
from loaders.formats.textile import is_textile, render_textile
from loaders.formats.warc import is_warc, read_warc
from loaders.formats.web_archive import is_web_archive, read_web_archive
from loaders.formats.word_documents import is_word_xml, render_word_xml
from loaders.formats.x_archive import is_x_archive, render_x_archive
from loaders.formats.xpress_tags import is_xpress_tags, render_xpress_tags
from loaders.text.document_text import (
    MAX_BYTES,
    MAX_LINES,
    decode_document,
    page_text,
    read_bytes,
)
from loaders.text.errors import DocumentError

PDF_SUFFIXES = frozenset({".pdf"})
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
ODS_SUFFIXES = frozenset({".ods"})
WORD_SUFFIXES = frozenset({".docx"})
DELIMITED_SUFFIXES = frozenset({".csv", ".tsv"})
SUFFIXES = (
    PDF_SUFFIXES | WORKBOOK_SUFFIXES | ODS_SUFFIXES | WORD_SUFFIXES | DELIMITED_SUFFIXES
)
DATA_FILE_SUFFIXES = frozenset(DATA_SUFFIXES)

__all__ = ["DATA_FILE_SUFFIXES", "SUFFIXES", "Location", "SourceMap", "SourceText", "read_source"]


def read_source(path: Path, *, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read any supported document; DocumentError names the file (and page) at fault."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raw = read_bytes(path, max_bytes=max_bytes)
        if is_web_archive(raw):  # a .mht single-file page: its HTML part
            return _checked(read_web_archive(raw, path.name), path.name)
        if is_mail_message(raw):  # a mail saved as a file (.eml): its subject and body
            return _checked(read_mail_message(raw, path.name), path.name)
        if is_warc(raw):  # a crawler's WARC archive: the pages and files it captured
            return _checked(read_warc(raw, path.name), path.name)
        text = decode_document(raw, path.name, max_bytes=max_bytes)
        if suffix == ".txt" and is_tab_export(text):  # Excel's 「Unicode テキスト」 save
            return _checked(render_delimited(text, path.name, "\t"), path.name)
        if is_sylk(text):  # Excel's SYLK save: a sheet's cell records
            return _checked(render_sylk(text, path.name), path.name)
        if is_dif(text):  # Excel's DIF save: a sheet's values, two lines each
            return _checked(render_dif(text, path.name), path.name)
        if is_dot(text):  # a Graphviz graph (an org chart a system generates)
            return SourceText(page_text(render_dot(text, path.name), path.name))
        kind = data_format(suffix, text)
        if kind == "xml" and is_flat_spreadsheet(text):  # a LibreOffice .fods sheet
            return _checked(render_flat_spreadsheet(text, path.name), path.name)
        if kind == "xml" and is_word_xml(text):  # Word 2003's 「XML ドキュメント」
            return _checked(render_word_xml(text, path.name), path.name)
        if kind == "xml" and is_confluence_storage(text):  # a Confluence page's storage XHTML
            return SourceText(page_text(render_confluence_storage(text), path.name))
        if kind == "xml" and is_presentation_package(text):  # PowerPoint's XML save
            return SourceText(page_text(render_presentation_package(text, path.name), path.name))
        if kind == "xml" and is_drawio(text):  # a draw.io diagram: its pages' shapes
            return SourceText(page_text(render_drawio(text, path.name), path.name))
        if kind == "xml" and is_flat_text(text):  # a LibreOffice .fodt document
            return _checked(render_flat_text(text, path.name), path.name)
        if kind == "xml" and is_notes_dxl(text):  # a Notes database's documents (DXL)
            return _checked(render_notes_dxl(text, path.name), path.name)
        if kind == "xml" and is_tagged_pdf(text):  # Acrobat's XML export of a tagged PDF
            return _checked(render_tagged_pdf(text, path.name), path.name)
        if kind == "xml" and is_scribus(text):  # a DTP layout's frames and tables (Scribus)
            return SourceText(page_text(render_scribus(text, path.name), path.name))
        if kind == "xml" and is_ms_project(text):  # a Project plan's tasks (MSPDI XML)
            return SourceText(page_text(render_ms_project(text, path.name), path.name))
        if kind == "xml" and is_xps_page(text):  # an XPS print's page: its placed runs
            return _checked(render_xps_pages(text, path.name), path.name)
        if kind == "xml" and is_svg_drawing(text):  # a drawing's words where they stand
            return _checked(render_svg_drawing(text, path.name), path.name)
        if kind == "xml" and is_alto(text):  # OCR'd pages (ALTO): their placed words
            return _checked(render_alto_pages(text, path.name), path.name)
        if kind == "xml" and is_ndlocr(text):  # OCR'd pages (NDLOCR): their placed lines
            return _checked(render_ndlocr_pages(text, path.name), path.name)
        if (kind == "xml" or is_bbox_words(text)) and is_positioned_pages(text):
            # poppler's `pdftohtml -xml`, or the XHTML words of `pdftotext -bbox`
            return _checked(render_positioned_pages(text, path.name), path.name)
        if kind == "json" and is_llamaparse(text):  # a parsing service's pages, as Markdown
            return SourceText(page_text(render_llamaparse(text, path.name), path.name))
        if kind == "json" and is_pdf_extract(text):  # Adobe PDF Extract's structuredData
            return SourceText(page_text(render_pdf_extract(text, path.name), path.name))
        if kind == "json" and is_graph_messages(text):  # mail as Microsoft Graph returns it
            return SourceText(page_text(render_graph_messages(text, path.name), path.name))
        if kind == "json" and is_google_docs(text):  # a Google Docs API document
            return SourceText(page_text(render_google_docs(text, path.name), path.name))
        if kind == "json" and is_data_package(text):  # an open-data portal's data package
            return SourceText(page_text(render_data_package(text, path.name), path.name))
        if kind == "json" and is_spreadjs(text):  # a web spreadsheet's workbook JSON
            return _checked(render_spreadjs(text, path.name), path.name)
        if kind == "json" and is_line_messages(text):  # a LINE broadcast's Flex cards
            return SourceText(page_text(render_line_messages(text, path.name), path.name))
        if kind == "json" and is_excalidraw(text):  # a drawing's boxes joined by arrows
            return SourceText(page_text(render_excalidraw(text, path.name), path.name))
        if kind == "json" and is_figma_nodes(text):  # a design file's frames and text layers
            return _checked(render_figma_nodes(text, path.name), path.name)
        if kind == "json" and is_miro_board(text):  # a Miro board's frames, shapes, arrows
            return SourceText(page_text(render_miro_board(text, path.name), path.name))
        if kind == "json" and is_google_chat(text):  # a Google Chat space's export
            return SourceText(page_text(render_google_chat(text, path.name), path.name))
        if kind == "json" and is_chatwork_messages(text):  # a Chatwork room's messages
            return SourceText(page_text(render_chatwork_messages(text, path.name), path.name))
        if kind == "json" and is_slack_export(text):  # a Slack channel's day of messages
            return SourceText(page_text(render_slack_export(text, path.name), path.name))
        if kind == "json" and is_xmind_content(text):  # a mind map's topics: an outline
            return SourceText(page_text(render_xmind_content(text, path.name), path.name))
        if kind == "xml" and is_freemind(text):  # a FreeMind / Freeplane mind map
            return SourceText(page_text(render_freemind(text, path.name), path.name))
        if kind == "json" and is_notebook(text):  # a Jupyter notebook saved with its outputs
            return _checked(render_notebook(text, path.name), path.name)
        if kind == "json" and is_document_elements(text):  # a pipeline's typed elements
            return _checked(render_document_elements(text, path.name), path.name)
        if kind is None and is_captions(text):  # a video's WebVTT or SubRip captions
            return SourceText(page_text(render_captions(text), path.name))
        if kind is None and is_pukiwiki(text):  # a PukiWiki page's source: 「*見出し」, 「|~a|h」
            return SourceText(page_text(render_pukiwiki(text), path.name))
        if kind is None and is_textile(text):  # a Redmine wiki page's Textile source
            return SourceText(page_text(render_textile(text), path.name))
        if kind is None and is_wikitext(text):  # a wiki page's source: 「{|」 tables, headings
            return SourceText(page_text(render_wikitext(text), path.name))
        if is_x_archive(text):  # an X account's archive of posts (tweets.js)
            return SourceText(page_text(render_x_archive(text, path.name), path.name))
        if is_mattermost_export(text):  # a chat server's bulk export (JSON Lines)
            return SourceText(page_text(render_mattermost_export(text, path.name), path.name))
        if kind is None and is_xpress_tags(text):  # a layout's text exported as XPress Tags
            return SourceText(page_text(render_xpress_tags(text), path.name))
        if kind is None and is_pdfjs_viewer(text):  # a PDF shown in pdf.js, saved as a page
            return _checked(render_pdfjs_pages(text, path.name), path.name)
        if kind is None:
            return SourceText(page_text(text, path.name))
        return _checked(read_data(kind, text, path.name), path.name)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DocumentError(path.name, f"cannot read file: {error.strerror or error}") from error
    if size > max_bytes:
        raise DocumentError(path.name, f"too large: {size} bytes, limit {max_bytes}")
    if suffix in PDF_SUFFIXES:
        from loaders.formats.pdf import read_pdf

        source = read_pdf(path)
    elif suffix in ODS_SUFFIXES:
        from loaders.formats.odf_sheets import read_ods

        source = read_ods(path)
    elif suffix in WORD_SUFFIXES:
        from loaders.formats.word_documents import read_docx

        source = read_docx(path)
    elif suffix in WORKBOOK_SUFFIXES:
        from loaders.formats.spreadsheet import read_workbook

        source = read_workbook(path)
    else:
        from loaders.formats.spreadsheet import read_delimited

        source = read_delimited(path, max_bytes=max_bytes)
    return _checked(source, path.name)


def read_data(kind: DataFormat, text: str, file: str) -> SourceText:
    """A decoded data file rendered as outline text by its format's reader."""
    if kind == "json":
        from loaders.formats.json_data import render_json

        return render_json(text, file)
    if kind == "jsonl":
        from loaders.formats.json_data import render_json_lines

        return render_json_lines(text, file)
    if kind == "yaml":
        from loaders.formats.yaml_data import render_yaml

        return render_yaml(text, file)
    if kind == "toml":
        from loaders.formats.toml_data import render_toml

        return render_toml(text, file)
    if kind == "xml":
        from loaders.formats.xml_data import render_xml

        return render_xml(text, file)
    from loaders.formats.icalendar_data import render_calendar

    return render_calendar(text, file)


def _checked(source: SourceText, file: str) -> SourceText:
    if not source.text.strip():
        raise DocumentError(file, "empty document: no text in it")
    lines = source.text.count("\n") + 1
    if lines > MAX_LINES:
        raise DocumentError(file, f"too many lines: {lines}, limit {MAX_LINES}; split it")
    return source
