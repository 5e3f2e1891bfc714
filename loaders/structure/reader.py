"""Decoded text → `StructuredDocument`: one pass over the lines, no genre involved.

Lines are read on the width-folded view (same length as the text, so offsets hold).
Table regions (pipes, tabs, space-aligned columns) are taken first; every other line is a
heading, a list item, a labelled field or a paragraph by its own marks. Heading levels are
ranked by the order in which numbering styles first appear, as a person reads an unknown
document: the first style seen is the outermost.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from loaders.field_vocabulary import caption_cues, field_of
from loaders.genres.units import unit_kind
from loaders.structure.abbreviations import expanded as expanded_abbreviations
from loaders.structure.blocks import Block, Cell, StructuredDocument, Table
from loaders.structure.branch_columns import branch_columns
from loaders.structure.card_rows import card_fields
from loaders.structure.card_runs import card_run_table
from loaders.structure.cell_breaks import cell_broken_table
from loaders.structure.cell_labels import without_cell_labels
from loaders.structure.centred_rows import centred_row_table
from loaders.structure.code_legends import relabel_coded_headers
from loaders.structure.column_runs import column_table
from loaders.structure.continued import continued_box_table, first_row_columns
from loaders.structure.dataframe_dumps import blank_dataframe_marks
from loaders.structure.drawn_trees import drawn_tree, drawn_tree_end
from loaders.structure.excel_subtotals import blank_excel_subtotals
from loaders.structure.fill_ins import blank_fill_ins
from loaders.structure.grid_tables import bar_rows_end, bar_table, grid_table, grid_table_end
from loaders.structure.headerless_tables import headerless
from loaders.structure.inner_headers import split_at_inner_headers
from loaders.structure.keyed_tables import joined_keyed_tables
from loaders.structure.label_gutter import GutterGroup, gutter_groups
from loaders.structure.layout_trees import is_header_rule, layout_tree, layout_tree_end
from loaders.structure.line_numbers import blank_line_numbers
from loaders.structure.mail_wraps import grouped_tab_region_end, wrapped_tab_region_end
from loaders.structure.markdown_links import blank_markdown_links
from loaders.structure.numbering import LONE_LEVEL, Numbering, chapter_rank, leading_numbering
from loaders.structure.offset_headers import joined_offset_header
from loaders.structure.paired_lines import paired_line_tables
from loaders.structure.paragraph_cells import paragraph_cell_table
from loaders.structure.parent_rows import inherit_parent_units
from loaders.structure.pdf_glyphs import blank_unmapped_glyphs
from loaders.structure.placeholder_headers import blank_placeholder_headers
from loaders.structure.position_charts import position_chart
from loaders.structure.readout import labelled_readout_table, readout_table
from loaders.structure.reply_quotes import blank_quote_marks
from loaders.structure.row_notes import note_lines
from loaders.structure.ruby_lines import blank_ruby_lines
from loaders.structure.run_entries import column_lines, side_by_side_end, split_run_entries
from loaders.structure.sheet_headings import blank_sheet_headings
from loaders.structure.sidebars import sidebars_apart
from loaders.structure.slash_tables import slash_rows_end, slash_table
from loaders.structure.spaced_forms import spaced_form_field, spaced_form_line
from loaders.structure.spaced_labels import SpacedLabel, spaced_labels
from loaders.structure.stacked_headers import stacked_header_table
from loaders.structure.stacked_labels import blank_stacked_labels
from loaders.structure.stacked_rows import stacked_row_table
from loaders.structure.tab_outlines import depth as outline_depth
from loaders.structure.tab_outlines import outline_note, tab_outline_end
from loaders.structure.tables import (
    bare_period,
    box_table,
    caption_row,
    colon_form_line,
    delimited_table,
    fenced_table,
    figure_table,
    figure_table_end,
    group_labels_over,
    is_box_line,
    is_rule,
    is_ruled_pipe_top,
    is_unit_note,
    later_fields,
    note_rows,
    numbered_title_over_years,
    pipe_region_end,
    pipe_table,
    printed_width,
    run_together_labels,
    space_region,
    split_spaces,
    split_tabs,
    table_runs,
    unit_captioned,
    word_table,
    word_table_end,
)
from loaders.structure.terminal_screens import blank_screen_furniture
from loaders.structure.text_dumps import blank_browser_marks
from loaders.structure.title_rows import is_title_number
from loaders.structure.typed_rows import TypedPart, typed_parts
from loaders.structure.value_lines import join_value_lines
from loaders.structure.wrapped_records import joined_wrapped_records
from loaders.structure.year_header_rows import joined_year_row
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import (
    TRAILING_BRACKET_NOTE,
    Line,
    fold_width,
    lines_with_offsets,
    unquoted,
)
from loaders.text.project_names import looks_like_project, status_marks

if TYPE_CHECKING:
    from loaders.genres.columns import Region

_BULLET = re.compile(r"^(?P<indent>\s*)(?P<mark>[・•●○◎◯\-*＊※➢➤▶▸►→★☆])\s*")
# a tree's branch, 「└こども家庭センター」 under the list entry of the unit it sits in, marks
# an item as a bullet does (a stroke after it, 「└─」, draws a chart: `drawn_trees`)
_BRANCH_ITEM = re.compile(r"^(?P<indent>\s*)(?P<mark>[└├])(?![─━])\s*")
_STEMS = "│┃"  # a drawn tree's stems


def _list_mark(found: re.Match[str]) -> str:
    """The mark of a list item: a Markdown (or text browser) bullet 「* 名称」, an asterisk
    set apart by a space, is a bullet like 「・」, not a note's 「*」 (「*印は再掲」)."""
    mark = found.group("mark")
    return "•" if mark == "*" and found.end() > found.end("mark") else mark
_MARKDOWN_HEADING = re.compile(r"^ {0,3}(?P<mark>#{1,6})[ \u3000]+(?=\S)")
# 「名称」 over 「=====」 or 「-----」 (Markdown's setext heading): the line over is a title
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:={3,}|-{3,})[ \t]*$")
_MARKDOWN_QUOTE = re.compile(r"^ {0,3}(?:>[ \u3000]?)+(?=\S)")
_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})[\w-]*\s*$")

_MARK_HEADING = re.compile(r"^\s*(?P<mark>[■◆□◇▼▽▲△▪❖◉〇])\s*")
_BRACKET_ONLY = re.compile(
    r"^\s*[【〔\[<＜《〈]\s*(?P<label>[^】〕\]>＞》〉]{1,40}?)\s*[】〕\]>＞》〉]\s*$"
)
_BRACKET_FIELD = re.compile(r"^\s*【\s*(?P<label>[^】]{1,20}?)\s*】\s*(?P<value>.+)$")
# 「〔担当：住民福祉課〕」: a label and its value inside one pair of brackets, alone on the line
# (in 〔〕 only: 「［担当：…］」 under a list names the unit of the entry above it, and
# 「（基準値：令和4年度、目標値：…）」 is a legend)
_BRACKETED_FIELD = re.compile(
    r"^\s*〔\s*(?P<label>[^〕:：\s]{1,8})\s*[:：]\s*(?P<value>[^〕:：]{1,40}?)\s*〕\s*$"
)
# 「［自己評価］　Ｂ」「〔評価〕 A」「＜施策の評価＞ Ｂ（前年度評価 Ａ）」: a label of the
# vocabulary in square or angle brackets before a short value (a grade, a mark, a figure),
# maybe with a labelled note in brackets (no unit's 「（件）」), is a field; before a name
# it heads the lines under it, as the lines 「目標 … → 実績 …」 under 「［指標］ X数」 read
# 「〈指標〉X数　現状値 …」: a known label in angle brackets (or 《》) opening a record's line
# (「［事業］X事業　○○千円」 set in under a row is that row's note: `row_notes`)
_ANGLE_FIELD = re.compile(r"^\s*[〈《]\s*(?P<label>[^〉》]{1,10}?)\s*[〉》]\s*(?P<value>\S.*)$")
_SQUARE_FIELD = re.compile(
    r"^\s*[\[〔<＜〈《]\s*(?P<label>[^\]〕>＞〉》]{1,20}?)\s*[\]〕>＞〉》]"
    r"\s*(?P<value>[^\s(（]{1,6}(?:\s*[(（][^)）]{1,20}[\s:：][^)）]{1,20}[)）])?)\s*$"
)


_SQUARE_UNIT_NOTED = re.compile(
    r"^\s*[\[〔<＜〈《]\s*(?P<label>[^\]〕>＞〉》]{1,20}?)\s*[\]〕>＞〉》]"
    r"\s*(?P<value>[^\s(（]{1,40}\s*(?P<note>[(（][^)）]{1,12}[)）]))\s*$"
)


def _status_bracket(label: str) -> bool:
    """「【新規】X事業 …… ○○○,○○○千円」: a bracket holding a status mark (新規, 拡充 …:
    `mkf:statusMark`) tags the entry after it; it labels no field."""
    return fold_width(label).strip() in status_marks() and field_of(label, exact=True) is None
_LABELLED_BRACKET = re.compile(
    r"^\s*[【〔\[<＜《〈]\s*(?P<label>[^\d\s】〕\]>＞》〉]{1,8}\s*[0-9][0-9\-()]*)\s*[】〕\]>＞》〉]"
    r"[ \u3000]*(?P<name>\S.*)$"
)
# 「【決算額（R5）】1,234千円　【予算額（R6）】2,345千円」: a further bracketed label past a space
_LATER_BRACKET = re.compile(r"[ \t\u3000]+【\s*(?P<label>[^】]{1,20}?)\s*】[ \t\u3000]*(?=\S)")


def _later_bracket_fields(text: str, start: int) -> list[tuple[int, int, int, int]]:
    """The further 【label】value fields a form prints on a field's line after its value,
    each label a word of the field vocabulary; (label start, label end, value start, value
    end) as `later_fields` gives them, the label without its brackets."""
    found: list[tuple[int, int, int, int]] = []
    for match in _LATER_BRACKET.finditer(text, start):
        if match.start() == start or field_of(match.group("label")) is None:
            continue
        if found:
            last = found[-1]
            found[-1] = (last[0], last[1], last[2], match.start())
        found.append((match.start("label"), match.end("label"), match.end(), len(text.rstrip())))
    return found
# the label may end with a bracketed qualifier: 「予算額(千円)：7,531」, 「目標値(令和8年度)：…」
_COLON_FIELD = re.compile(
    r"^\s*(?P<label>[^:：。、,()（）「」\s][^:：。、,()（）「」]{0,14}?"
    r"(?:[(（][^()（）:：。、]{1,12}[)）])?)\s*[:：]\s*(?P<value>\S.*)$"
)
# 「■施策名　　X」: a marked form row, its label padded from its value (no colon)
_PADDED_FIELD = re.compile(
    r"^\s*(?P<label>[^\s:：。、,()（）「」]{2,15})(?P<gap>[ \u3000]+)(?P<value>\S.*)$"
)
# 「- 3 -」, 「萩の里町 - 3 -」: a page footer of PDF text, no part of the outline
_PAGE_NUMBER = re.compile(r"^\s*(?:\S{1,20}[ \u3000]+)?[-‐―—]\s*[0-9]{1,4}\s*[-‐―—]\s*$")
_SENTENCE_END = re.compile(r"[。．]\s*$|(?:ます|です|した|する|ある|いる|れる|ない)[。]?\s*$")
_PDF_CIRCLED = "@ABCDEFGHIJKLMNOPQRS"  # ①…⑳ as some PDF extractors print them
_CIRCLED = "".join(chr(c) for c in range(0x2460, 0x2474))
_CJK_AFTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff「『]")
_WORD_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fffA-Za-z]")

HEADING_MAX = 50
# an amount of money alone: 「X千円」, 「X億Y万円」, 「▲300千円」
_AMOUNT_ONLY = re.compile(r"[▲△-]?(?:[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:億|万|千|百万)?\s*)+円")
# Fields whose value is a name, which a sheet may print on the line under the label.
_NAME_VALUE_FIELDS = ("department", "division", "project")
PLAIN_HEADING_MAX = 24


def _repair_pdf_circled(folded: str, lines: list[Line]) -> str:
    """①②③ printed as @AB by PDF text extraction: repaired only when @ and A both start
    lines before Japanese text, so a line that merely begins with a capital stays."""
    starts = {}
    for i, line in enumerate(lines):
        s = line.text.lstrip()
        if len(s) > 1 and s[0] in _PDF_CIRCLED and _CJK_AFTER.match(s[1]):
            starts[i] = line.start + (len(line.text) - len(s))
    letters = {folded[p] for p in starts.values()}
    if not {"@", "A"} <= letters:
        return folded
    chars = list(folded)
    for pos in starts.values():
        chars[pos] = _CIRCLED[_PDF_CIRCLED.index(chars[pos])]
    return "".join(chars)


_EMPHASIS = re.compile(r"(\*\*|__)(?=[^\s*_])(?P<body>[^\n*_]{1,80}?)(?<=[^\s*_])\1")


def _blank_emphasis(folded: str) -> str:
    """Markdown 「**名称**」: the marks are typography, not text; blanked to spaces so a
    bold item or label reads as its words and offsets still hold. The spaces go before the
    words, so 「**担当**：…」 keeps its label against its colon. Inline HTML tags a Markdown
    page wraps its text in (「<summary><strong>取組1 …</strong></summary>」) and the ticks of
    inline code (「評価 `A`」) are typography too."""
    folded = _INLINE_TAG.sub(lambda m: " " * len(m.group()), folded)
    folded = _INLINE_CODE.sub(lambda m: " " + m.group("body") + " ", folded)
    folded = _escaped_marks(folded)
    folded = _HEADING_ATTRIBUTES.sub(lambda m: " " * len(m.group()), folded)
    return _EMPHASIS.sub(lambda m: "    " + m.group("body"), folded)


# 「## 役場の組織 {#soshiki}」: the identifier (or classes) pandoc and static-site Markdown
# set after a heading, no words of it
_HEADING_ATTRIBUTES = re.compile(r"(?<=\S)[ \t]+\{[#.][^{}\n]*\}(?=[ \t]*$)", re.MULTILINE)


# pandoc's Markdown escapes the marks that would start a list or a link: 「\(1\)」, 「1\.」;
# a backslash ending a line is a hard line break
_ESCAPED_PAIR = re.compile(r"\\(?P<a>[(\[])(?P<b>[^\\\n]{1,8}?)\\(?P<c>[)\]])")
_ESCAPED_AFTER = re.compile(r"(?P<word>[^\s\\]+?)\\(?P<mark>[.)\]])")
_ESCAPED_MARK = re.compile(r"\\(?=[()\[\]*_#.\-+!<>|`])|\\(?=\n|$)")


def _escaped_marks(folded: str) -> str:
    """Markdown backslash escapes and hard line breaks: typography, blanked to spaces (before
    the marks they escape, so 「\\(1\\)」 reads 「  (1)」 and offsets hold)."""
    if "\\" not in folded:
        return folded
    folded = _ESCAPED_PAIR.sub(lambda m: "  " + m.group("a") + m.group("b") + m.group("c"), folded)
    folded = _ESCAPED_AFTER.sub(lambda m: " " + m.group("word") + m.group("mark"), folded)
    return _ESCAPED_MARK.sub(" ", folded)


_INLINE_TAG = re.compile(
    r"</?(?:details|summary|strong|b|em|i|u|span|div|p|br|small|sup|sub|mark)"
    r"(?:\s+[a-z-]+(?:=\"[^\"\n]*\"|='[^'\n]*')?)*\s*/?>"
)
_INLINE_CODE = re.compile(r"(?<!`)`(?P<body>[^`\n]{1,20})`(?!`)")


def _names_of(field: str, value: str) -> bool:
    """Whether `value` is only names of the kind `field` holds: units, or a project."""
    if field == "project":
        return looks_like_project(value)
    pieces = [p for p in re.split(r"[\s、,，]+", value) if p]
    return bool(pieces) and all(unit_kind(p) for p in pieces)


def _fence_end(lines: Sequence[Line], i: int) -> int:
    """The index after the fence closing the code block opened at line `i`, else `i`."""
    mark = lines[i].text.strip()[:3]
    for k in range(i + 1, len(lines)):
        if lines[k].text.strip().startswith(mark) and _FENCE.match(lines[k].text):
            return k + 1
    return i


def _region(lines: Sequence[Line], i: int, test: object, min_lines: int) -> int:
    j = i
    while j < len(lines) and callable(test) and test(lines[j]):
        j += 1
    return j if j - i >= min_lines else i


_FRAME_RULE = re.compile(r"^\s*[┌┏╔╭][─━═]+[┐┓╗╮]\s*$|^\s*[└┗╚╰][─━═]+[┘┛╝╯]\s*$")
_FRAME_ROW = re.compile(r"^\s*[│┃║](?P<text>[^│┃║]*\S[^│┃║]*)[│┃║]\s*$")


def _frame_end(lines: Sequence[Line], i: int) -> int:
    """The end of a box of one cell drawn around a few lines of text (a title set in a frame,
    「┏━━┓」「┃柱1 名称┃」「┗━━┛」), which is no table: the index after its bottom edge, else i."""
    if not _FRAME_RULE.match(lines[i].text):
        return i
    j = i + 1
    while j < len(lines) and _FRAME_ROW.match(lines[j].text):
        j += 1
    if j == i + 1 or j - i > 4 or j >= len(lines) or not _FRAME_RULE.match(lines[j].text):
        return i
    return j + 1


# 「X特別会計……2億140万円」: a name led by dots to its figure, a row of a list, no heading
# 「○○,○○○」, 「○○   ○○   ○○」: a chart's axis ticks and data labels, figures and no words
_FIGURES_ONLY = re.compile(r"^[\s,.%△▲\-−]*[0-9][\s0-9,.%]*$")
_LEADER_FIGURE = re.compile(r"(?:…|‥|\.{3}|・{3}|．{3})+\s*[0-9０-９]")
# 「━━━━━━」, 「＝＝＝＝＝」: a line drawn across the page to set text apart, no text of its own
_SEPARATOR = re.compile(r"^\s*[─━═＝=―－\-~〜＊*]{3,}\s*$")


def _ruled_title_end(lines: Sequence[Line], i: int) -> int:
    """「━━━━」 over 「【P3】今年度の主な事業」 over 「━━━━」: a line set between two drawn lines
    is the title of what follows (a 広報's text edition frames each article so): the index
    after the lower line, else i."""
    if i + 2 >= len(lines) or not _SEPARATOR.match(lines[i].text):
        return i
    title, below = lines[i + 1].text.strip(), lines[i + 2].text
    if not title or len(title) > HEADING_MAX or not _SEPARATOR.match(below):
        return i
    if re.search(r"[ \u3000]{2,}|\t", title):
        return i  # 「年度　　職員数　　増減」 between rules: a table's header, no title
    return i + 3


def _inside_frame(line: Line) -> Line:
    """A framed line without its bars, at the same offsets."""
    found = _FRAME_ROW.match(line.text)
    assert found is not None
    start, end = found.span("text")
    return Line(line.text[start:end], line.start + start, line.start + end, line.number)


# 「一般会計 局等別予算額(単位:千円)局等」: a caption ending in its unit note, then the label
_GLUED_CAPTION = re.compile(
    r"^(?P<caption>\S.*?[(（]単位[:：][^()（）]{1,10}[)）])\s*(?P<label>[^\s()（）]{1,12})$"
)


def _glued_caption(table: Table) -> tuple[Cell, Table] | None:
    """The caption a converter printed inside a table's first label, and the table with the
    label alone; None for a label that is only a label."""
    cells = table.header_cells
    if not cells or (found := _GLUED_CAPTION.match(table.header[0].strip())) is None:
        return None
    first = cells[0]
    at = first.start + first.text.find(found.group("caption"))
    caption = Cell(found.group("caption"), at, at + len(found.group("caption")))
    label_at = first.start + first.text.rfind(found.group("label"))
    label = Cell(found.group("label"), label_at, label_at + len(found.group("label")))
    return caption, Table(header=[label.text, *table.header[1:]], rows=table.rows,
                          header_cells=[label, *cells[1:]])  # fmt: skip


def _carry_spanned_cells(table: Table) -> None:
    """A row lacking its first cells, fewer than half of them, under a full row, whose first
    cell is of the kind of the column it then falls in (a code under a code, where the row
    above starts with a name): those cells were printed once for both rows (an HTML rowspan),
    so the row takes them from above. A row cut short by a wrapped cell stays as it is."""
    width = len(table.header)
    for above, row in itertools.pairwise(table.rows):
        missing = width - len(row)
        if not (0 < missing < len(row) and len(above) == width) or not row[0].text.strip():
            continue  # a row opening with an empty cell is cut short at its end, not its start
        if _is_wordy(row[0].text) == _is_wordy(above[missing].text) != _is_wordy(above[0].text):
            row[:0] = above[:missing]


def _is_wordy(text: str) -> bool:
    return bool(_WORD_CHAR.search(text))


def _style_level(styles: list[str], style: str) -> int:
    if style not in styles:
        styles.append(style)
    return styles.index(style) + 1


# a heading's title after a label naming it and a wide gap: 「取組名　　X」
_NAMING_LABEL = re.compile(r"^(\S{2,6}) {2,}\S")
_NAMED = ("initiative", "project", "policy")


# 「計画事業　1／2」「- 3 -」: a page's footer line, between two parts of one table
_PAGE_FOOTER = re.compile(
    r"^(?:\S{0,12}\s*)?[0-9]{1,3}\s*[/／]\s*[0-9]{1,3}$|^[-－ー―]\s*[0-9]{1,3}\s*[-－ー―]$"
)
_CODE_CELL = re.compile(r"^[0-9]{1,2}(?:-[0-9]{1,2})+$")  # 「3-1」: a level's code in its column
_LABELS_ROW_CELLS = 4  # labels on one line, for it to be a header printed alone


_FORM_LABEL_MAX = 8  # characters of a form's label (所管課, 前年度評価, 取組実績)


def _tabbed_form(lines: Sequence[Line]) -> bool:
    """Lines of a label, a tab and a value (a Word form saved as text, 「　所管課⇥A課」), most
    labels the vocabulary's and each label once: a record's fields, no table of columns (a
    table's rows repeat no header and hold figures under its labels)."""
    parts = [[c.strip() for c in line.text.split("\t")] for line in lines if line.text.strip()]
    if len(parts) < 2 or any(len(p) != 2 for p in parts):
        return False
    labels = [p[0] for p in parts if p[0]]
    if any(re.search(r"[0-9０-９]", x) for x in labels):
        return False  # 「施策1-1⇥名称」: a level's code and name, rows of a table of levels
    known = [x for x in labels if field_of(x) is not None and len(x) <= _FORM_LABEL_MAX]
    return (
        len(labels) >= 2
        and len(set(labels)) == len(labels)
        and len(known) >= 2
        and len(known) * 3 >= len(labels) * 2
        and sum(bool(_FIGURE_CELL.search(p[1])) for p in parts if p[0]) * 2 < len(labels)
        and field_of(parts[0][1], exact=True) is None  # 「会計⇥予算額」: a header, a table
    )


def labels_line(text: str) -> bool:
    """A line of field labels alone, set apart by wide gaps, most of them known
    (「事　業　名　　区分　　局　等　　担当課　　予算額　　頁」): a table's header printed
    alone (over group lines), no caption and no sentence."""
    if "  " not in text and "\u3000\u3000" not in text:
        return False
    parts: list[str] = []
    for raw in re.split(r"(?: {2,}|\u3000{2,}|\t)", fold_width(text)):
        pieces = raw.split()
        if len(pieces) > 1 and all(bare_period(x) for x in pieces):
            parts.extend(pieces)  # 「令和８年度 令和７年度」: two labels a single space apart
        elif pieces:
            word = "".join(pieces)  # 「事　業　名」: one label, its letters spread
            # 「令和８年度令和９年度」: labels a fixed-width print ran together
            parts.extend([word[a:b] for a, b in run_together_labels(word)] or [word])
    # (a label's bracketed qualifier, 「係等（令和７年の人数）」, is no part of its length)
    if len(parts) < _LABELS_ROW_CELLS or any(
        len(re.sub(r"[(（][^()（）]*[)）]", "", p)) > _MAX_LABEL_CELL for p in parts
    ):
        return False
    known = sum(1 for p in parts if field_of(p, exact=True) is not None or bare_period(p)
                or p in caption_cues("rowCategory"))  # fmt: skip
    return known * 3 >= len(parts) * 2


_MAX_LABEL_CELL = 8


_TITLE_ROW_CELLS = 2  # a sheet's title row: its title, and a date or a unit set apart


def _field_labels(cells: list[Cell]) -> int:
    """How many cells of a row are labels of fields (0 when the row holds a figure)."""
    if any(_FIGURE_CELL.search(c.text) for c in cells):
        return 0
    return sum(1 for c in cells if c.text and field_of(c.text) is not None)


def _with_lower_labels(labels: list[Cell], rows: list[list[Cell]]) -> list[Cell]:
    """「令和7年度 | 」 over 「計画値 | 実績値」: a header printed on two rows over group lines,
    the table above holding its lower row alone — each column's label with its lower line
    (a label spanning blank cells carried over them), as the parts under it read it."""
    if len(rows) != 1 or not 0 < len(rows[0]) <= len(labels):
        return labels
    # a sheet's lower row ends at its last filled cell: the columns past it are blank
    lower = rows[0] + [Cell("", c.end, c.end) for c in labels[len(rows[0]) :]]
    if any(_FIGURE_CELL.search(c.text) for c in lower) or all(
        c.text == u.text for c, u in zip(lower, labels, strict=True)
    ):
        return labels
    stacked: list[Cell] = []
    upper = ""
    for top, low in zip(labels, lower, strict=True):
        upper = top.text or upper
        text = upper if low.text in ("", upper) else f"{upper} {low.text}".strip()
        stacked.append(Cell(text, top.start, top.end))
    return stacked


def _blanked_as(text: str, folded: str) -> str:
    """`text` with each place that `folded` (as long) blanks and `text` prints blank too."""
    if len(text) != len(folded):
        return text
    return "".join(
        " " if f == " " and not o.isspace() else o for o, f in zip(text, folded, strict=True)
    )


class _Reader:
    def __init__(self, text: str, labels: Collection[str]) -> None:
        self.text = text
        lines = lines_with_offsets(fold_width(text, keep_length=True))
        folded = _repair_pdf_circled(fold_width(text, keep_length=True), lines)
        folded = _blank_emphasis(blank_fill_ins(text, folded))
        folded = blank_stacked_labels(folded)  # 事 / 業 / 費 down a form's left margin
        folded = blank_browser_marks(folded)  # 「[42]施策3-4 …」, 「o (1) …」 of a lynx dump
        folded = blank_screen_furniture(folded)  # 「F3=終了 F8=次頁」, 「単位 . . . :」 of a 5250
        folded = blank_unmapped_glyphs(folded)  # 「(cid:7) ○○局」 of pdfminer
        folded = blank_dataframe_marks(folded)  # 「| NaN |」「| Unnamed: 1 |」 of pandas
        folded = blank_placeholder_headers(folded)  # 「列1 列2 …」 over a sheet's own labels
        folded = blank_markdown_links(folded)  # 「[架空図書館](https://…)」: the link's text
        folded = blank_excel_subtotals(folded)  # 「○○ データの個数」 rows of Excel's 小計
        folded = blank_sheet_headings(folded)  # 「A B C」 over 「  9 X事業」: a sheet's headings
        folded = blank_line_numbers(folded)  # 「 12    (1) …」: a paper's margin numbering
        folded = blank_ruby_lines(folded)  # 「カクウ…」 over 「架空…」: ふりがな
        folded = blank_quote_marks(folded)  # 「> > ■３ 目標と取組」: a reply's quoted text
        folded = join_value_lines(folded)  # 「令和7年度実績」 over 「○○.○ 億円」: one field
        self.folded = folded
        # the text as printed (a wide character two places) with what the passes above
        # blanked blanked too: a table's columns are drawn from it, a sheet's row numbers gone
        self.printed = _blanked_as(text, folded)
        # a frame printed beside the text (a 広報 page's note box): read after the text
        self.lines = sidebars_apart(_columns_in_order(text, folded, lines_with_offsets(folded)))
        self.labels = sorted({fold_width(x) for x in labels if x}, key=len, reverse=True)
        self.label_set = frozenset(self.labels)
        self.blocks: list[Block] = []
        self.styles: list[str] = []
        self.stack: list[Block] = []  # open headings, outermost first
        self.last_number: dict[str, int] = {}
        # a numbered sequence that starts right under an unnumbered heading ("部局の方向性"
        # then "1.…", "2.…") sits under it: style → the level its members take
        self.nested: dict[str, int] = {}
        self.bracket_labels: set[int] = set()  # headings printed as a bracketed label
        self.titles: set[int] = set()  # headings marked with one Markdown #
        self.widest: int | None = None  # the printed width of the widest line, once asked
        # the field of a form whose value the lines set in under it may go on (`_hanging_line`)
        self.hanging: Block | None = None
        self.hung: Block | None = None  # the last line read as a line of that field's record
        # the lines of the last space-aligned table of labels alone (a header printed once,
        # its rows under group lines further down) and the block count when it was read
        self.header_lines: tuple[list[Line], list[str], int] | None = None
        # labels whose value names a unit: one opens a field after a single space too
        self.unit_labels = {x for x in self.labels
                            if field_of(x, exact=True) in ("department", "division")}  # fmt: skip

    def read(self) -> StructuredDocument:
        lines = self.lines
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.text.strip():
                i += 1
                continue
            if _FENCE.match(line.text) and (j := _fence_end(lines, i)) > i:
                # 「```」 … 「```」: a Markdown code block, its lines printed as they are (a
                # table aligned with spaces), the fences no text
                inner = lines[i + 1 : j - 1]
                if not (inner and self._table(inner, "fenced")):
                    for k, inside in enumerate(inner):
                        self._line(inside, inner[k + 1] if k + 1 < len(inner) else None)
                i = j
                continue
            j = _frame_end(lines, i)
            if j > i:  # 「┏━┓ ┃柱1 名称┃ ┗━┛」: a title drawn in a box, read as its lines
                for inner in lines[i + 1 : j - 1]:
                    self._line(_inside_frame(inner), None)
                i = j
                continue
            if (j := _ruled_title_end(lines, i)) > i:
                title = lines[i + 1]
                if _BRACKET_FIELD.match(title.text):  # 「【P3】特集 …」: a page's mark, no label
                    body = len(title.text) - len(title.text.lstrip())
                    self._heading(title, None, "ruled", title.start + body)
                else:
                    self._line(title, lines[j] if j < len(lines) else None)
                i = j
                continue
            if (j := drawn_tree_end(lines, i)) > i:
                # 「町長 ─┬─ 副町長 ─┬─ 総務課」: an organisation chart drawn with strokes,
                # read as a nested list of its names
                for node in drawn_tree(lines[i:j]):
                    self._add(Block("item", node.start, node.end, node.text, level=node.depth))
                i = j
                continue
            if (chart := position_chart(self.text, lines, i)) is not None:
                # 「総務課（22）      人事係（5）」: a chart's names in columns, its lines lost
                j, nodes = chart
                for node in nodes:
                    self._add(Block("item", node.start, node.end, node.text, level=node.depth))
                i = j
                continue
            j = grid_table_end(lines, i)  # 「+----+----+」 rules, 「|」 bars (pandoc, reST)
            if j > i and self._table(lines[i:j], "grid"):
                i = j
                continue
            j = bar_rows_end(lines, i)  # 「a │ b」 over 「1 │ 2」: bars between cells only
            if j > i and self._table(lines[i:j], "bars"):
                i = j
                continue
            j = _region(lines, i, lambda ln: is_box_line(ln.text), 2)
            if j > i and self._table(lines[i:j], "box"):
                i = j
                continue
            if is_ruled_pipe_top(lines, i):
                i += 1  # 「------」 over 「| 施策番号 | 事業名 |」: the top rule, no row
                continue
            j = pipe_region_end(lines, i) if "|" in lines[i].text else i
            j = j if j - i >= 2 else i
            if j > i and self._table(lines[i:j], "pipe"):
                i = self._complete_last_row(j)
                continue
            if (j := tab_outline_end(lines, i)) > i:
                # 「\t政策1」 over 「\t\t施策1-1」: an outline indented by tabs, no table
                self._outline(lines[i:j], lines[j] if j < len(lines) else None)
                i = j
                continue
            # a word processor's text of a table, each cell broken at its width
            if (j := self._found_table(lines, i, cell_broken_table(lines, i))) is not None:
                i = j
                continue
            if (j := grouped_tab_region_end(lines, i)) > i and self._table(lines[i:j], "tab"):
                i = j  # 「施策番号⇥施策名⇥…」 over 「Ⅰ 名称」 over its rows: a grouped table
                continue
            j = _region(lines, i, lambda ln: "\t" in ln.text, 2)
            j = wrapped_tab_region_end(lines, i, j) if j > i else j
            if j > i and _tabbed_form(lines[i:j]):
                # 「　所管課⇥A課」 over 「　前年度評価⇥Ａ」: a record's labelled lines, no table
                self._tabbed_fields(lines[i:j])
                i = j
                continue
            if j > i and self._table(lines[i:j], "tab"):
                i = j
                continue
            if (j := slash_rows_end(lines, i)) > i:
                # 「事業名／予算額」 over 「A事業／（金額）」: a table flattened to slashed records
                table = slash_table(lines[i:j])
                self._add(Block("table", lines[i].start, lines[j - 1].end, "", table=table))
                i = j
                continue
            # 「列の見出し。A、B」 over 「1行目。a、b」: a table read out row by row; or
            # 「1行目。課の名称、甲課。令和7年度、24人。」: each cell said with its label
            read_out = readout_table(lines, i) or labelled_readout_table(lines, i)
            if (j := self._found_table(lines, i, read_out)) is not None:
                i = j
                continue
            # a Word table saved a cell a paragraph (docx2txt): labels, then row cells
            if (j := self._found_table(lines, i, paragraph_cell_table(lines, i))) is not None:
                i = j
                continue
            if (stacked := stacked_row_table(lines, i, self.label_set)) is not None:
                # a PDF's table given row by row, a line per cell, long cells wrapped; a
                # group line between its rows (「Ⅰ-1 名称」) a heading over the rows under it
                j, parts = stacked
                start = lines[i].start
                for part in parts:
                    if isinstance(part, Table):
                        end = part.rows[-1][-1].end
                        self._add(Block("table", start, end, "", table=part))
                    else:
                        self._line(part, None)
                        end = part.end
                    start = end + 1
                i = j
                continue
            if (headed := stacked_header_table(lines, i)) is not None:
                # a header given a label a line over rows of a name and its figures
                _, j, table = headed
                self._add(Block("table", lines[i].start, lines[j - 1].end, "", table=table))
                i = j
                continue
            if (found := column_table(lines, i)) is not None:
                # a PDF's table given column by column, a line per cell: read as rows
                start, j, table = found
                for k in range(i, start):
                    self._line(lines[k], lines[k + 1])  # a caption over the columns
                self._add(Block("table", lines[start].start, lines[j - 1].end, "", table=table))
                i = j
                continue
            if (j := layout_tree_end(lines, i)) > i:
                # 「基本目標 政策 施策」 over a rule: a tree a column per level, by print places
                table = layout_tree(lines[i:j])
                self._add(Block("table", lines[i].start, lines[j - 1].end, "", table=table))
                i = j
                continue
            if (gutter := gutter_groups(self.text, lines, i)) is not None:
                # 「数値目標    指標名  基準値 …」 over 「            X（件）  142 …」: labels in
                # a gutter of their own, each value (a table, maybe) read on its own
                j, groups = gutter
                for n, group in enumerate(groups):
                    self._gutter_group(group, opens=n == 0)
                i = j
                continue
            # a grid of cards, a field a line with no labels: units, name, amount
            if (j := self._found_table(lines, i, card_run_table(lines, i))) is not None:
                i = j
                continue
            # a row's one-line cells on its middle line, wrapped cells' pieces around it
            if (j := self._found_table(lines, i, centred_row_table(lines, i))) is not None:
                i = j
                continue
            if (paired := paired_line_tables(lines, i)) is not None:
                # 「No. 事業名 …」 over 「成果指標 単位 …」: each record on two lines
                j, parts = paired
                for part in parts:
                    if isinstance(part, Line):
                        self._line(part, None)
                    else:
                        table, start, end = part
                        self._add(Block("table", start, end, "", table=table))
                i = j
                continue
            end = space_region(lines, i)
            if end == i and group_labels_over(
                [(ln, self.printed[ln.start : ln.end]) for ln in lines[i : i + 3]]
            ):
                # 「事業費（千円）」 set in over a header: its first line, spanning the labels
                # printed under the header's blank columns
                end = space_region(lines, i + 1)
            j = _before_next_header(lines, i, end)
            if j > i and self._table(lines[i:j], "space"):
                i = j
                continue
            j = figure_table_end(lines, i)  # a space table whose text layer lost its gaps
            if j > i and self._table(lines[i:j], "figures"):
                i = j
                continue
            j = word_table_end(lines, i)  # the same with single spaces in the header too
            if j > i and self._table(lines[i:j], "words"):
                i = j
                continue
            j = _labelled_header_region(lines, i)
            if j > i and self._table(lines[i:j], "space"):
                i = j
                continue
            if i + 1 < len(lines) and self._label_over_value(line, lines[i + 1]):
                i += 2
                continue
            if (j := side_by_side_end(lines, i)) > i:
                # 「7-1 A　　7-2 B」 over 「(1) a　　(1) c」: an outline in two columns
                lines[i:j] = column_lines(lines[i:j])
                continue
            if len(parts := split_run_entries(line)) > 1:
                lines[i : i + 1] = parts  # 「1-1 A 1-2 B」: entries run on in one line
                continue
            if self._hanging_line(line):
                i += 1  # a line set in under the value of the field above: its value goes on
                continue
            count = len(self.blocks)
            self._line(line, lines[i + 1] if i + 1 < len(lines) else None)
            i += 1
            several = len(self.blocks) - count > 1  # a form line of several fields
            after = lines[i + 1] if i + 1 < len(lines) else None
            if several and i < len(lines) and self._wrapped_value(line, lines[i], after):
                i += 1
            elif several and i < len(lines) and (rest := self._wrapped_unit(line, lines[i])):
                lines[i] = rest  # the rest of the next line, after the unit name's end
        relabel_coded_headers(self.blocks)  # 「c01 | c02」 under a legend 「c02　事業名」
        joined_keyed_tables(self.blocks)  # 「事業番号 | 年度 | 事業費」 by 「表１」's 事業番号
        inherit_parent_units(self.blocks)  # a sub-task's row, its 担当課 on its parent task's
        # 「総 | 住 | 保」 under a legend 「総：総務課、住：住民課 …」: the units they stand for
        self.blocks = expanded_abbreviations(self.blocks, self.folded)
        return StructuredDocument(self.text, self.folded, self.blocks)

    def _found_table(
        self, lines: Sequence[Line], i: int, found: tuple[int, Table] | None
    ) -> int | None:
        """Add the table a reader found from line `i` (the line after it, the table); that
        line, else None when it found none."""
        if found is None:
            return None
        j, table = found
        self._add(Block("table", lines[i].start, lines[j - 1].end, "", table=table))
        return j

    def _gutter_group(self, group: GutterGroup, *, opens: bool) -> None:
        """A label of a gutter sheet and its value: a small table under the label's line
        when the value is one, else the lines as printed (a field, its value going on)."""
        if group.is_table:
            self._line(group.label, None)
            if self._table(group.values, "space"):
                return
            for value in group.values:
                self._line(value, None)
            return
        if opens:
            self._line(group.line, group.lines[0] if group.lines else None)
            for k, line in enumerate(group.lines):
                if not self._hanging_line(line):
                    self._line(line, group.lines[k + 1] if k + 1 < len(group.lines) else None)
            return
        # a label of the sheet's body: a field (「推進項目　Ⅰ－１ 名称」 cites the level the
        # sheet's measure files under, no heading of its own), its value's lines one text
        value = "".join(v.text.strip() for v in group.values)
        last = group.values[-1] if group.values else group.label
        self._add(Block("field", group.label.start, last.end, f"{group.label.text} {value}",
                        label=group.label.text, value=value,
                        value_start=group.values[0].start if group.values else None))  # fmt: skip

    _WRAP_SHARE = 0.85  # a line this near the widest line of the text ran into the margin
    _WRAP_TAIL_MAX = 30

    def _wrapped_value(self, line: Line, nxt: Line, after: Line | None) -> bool:
        """「所管部 A部    所管課 B課    施策 2-4-1 高齢者」 over 「の生きがいづくりの促進」: a form
        line of several fields that ran into the right margin (PDF text wraps so) continues
        its last field's value on the next line, when that line is a bare phrase of its
        own: no label, number, mark or gap of a table's columns."""
        last = self.blocks[-1]
        tail = nxt.text.strip()
        if last.kind != "field" or last.end != line.end or last.value is None or not tail:
            return False
        if (
            len(tail) > self._WRAP_TAIL_MAX
            or (nxt.text[:1].isspace() and not self._under_value(last, line, nxt))
            or _WIDE_GAP.search(tail)
            or leading_numbering(tail) is not None
            or _BULLET.match(tail)
            or _MARK_HEADING.match(tail)
            or _BRACKET_ONLY.match(tail)
            or _BRACKET_FIELD.match(tail)
            or _COLON_FIELD.match(tail)
            or "。" in tail
            or field_of(tail.split()[0]) is not None
        ):
            return False
        if not (_KANA_START.match(tail) or (after is not None and _opens_entry(after.text))):
            return False  # a word broken at the margin, or a phrase closing a form's line
        if printed_width(self.text[line.start : line.end]) < self._WRAP_SHARE * self._widest():
            return False
        last.value = last.value + tail
        last.text = last.text + tail
        last.end = nxt.end
        return True

    def _wrapped_unit(self, line: Line, nxt: Line) -> Line | None:
        """「課名 架空港湾課 係名 灯台」 over 「管理係 記入者 …」: a form line whose last field, a
        unit's name (係名, 課名), breaks at the line's end; the next line's first word ends
        the name (the unit's suffix). The field takes it; the rest of that line is returned."""
        last = self.blocks[-1]
        label = (last.label or "").strip()
        value = (last.value or "").strip()
        if last.kind != "field" or last.end != line.end or not value or not label.endswith("名"):
            return None
        if field_of(label, exact=True) not in ("division", "department") or unit_kind(value):
            return None
        head = nxt.text.split(maxsplit=1)[0] if nxt.text.strip() else ""
        if not head or nxt.text[:1].isspace() or not unit_kind(head) or field_of(head):
            return None
        if not _LETTERS.fullmatch(value) or not unit_kind(value + head):
            return None
        last.value = value + head
        last.text = last.text + head
        last.end = nxt.start + len(head)
        rest = nxt.text[len(head) :]
        skip = len(rest) - len(rest.lstrip())
        return Line(rest.lstrip(), nxt.start + len(head) + skip, nxt.end, nxt.number)

    def _hanging_line(self, line: Line) -> bool:
        """「　　取組内容　電子申請…を拡大し、」 over 「　　　　　　　　窓口に来なくても…」: a form
        laid out as a column of labels and a column of values (Word text of a report) goes on
        with a value on lines set in to where the value began. Such a line is the value's
        rest, joined to it; one that opens with a label of its own (「基準値（令和4年度）…」
        under 「指標　X数」) is a line of the record, read as a paragraph, never a heading that
        would close the entry the field sits in."""
        if not self.blocks or self.blocks[-1].end >= line.end:
            return False
        last = self.blocks[-1]
        if last.kind == "field" and last.value_start is not None and last.value:
            self.hanging = last  # a field of its own line, the latest
        elif last is not self.hung:
            self.hanging = None
        field = self.hanging
        if field is None or field.value_start is None:
            return False
        lead = len(line.text) - len(line.text.lstrip())
        tail = line.text.strip()
        value_line = self.text.rfind("\n", 0, field.value_start or 0) + 1
        column = printed_width(self.text[value_line : field.value_start])
        if (
            not lead
            or abs(printed_width(self.text[line.start : line.start + lead]) - column) > 1
            or leading_numbering(tail) is not None
            or _BULLET.match(tail)
            or _COLON_FIELD.match(tail)
            or _BRACKET_FIELD.match(tail)
        ):
            self.hanging = None
            return False
        if last is field and not self._opens_with_label(tail) and not re.search(r"[0-9]", tail):
            # (a line of figures under 「成果指標　X数」 is a record's line: its years and values)
            field.value = (field.value or "") + tail
            field.text = field.text + tail
            field.end = line.end
            return True
        self.hung = self._add(Block("paragraph", line.start + lead, line.end, tail))
        return True

    def _opens_with_label(self, text: str) -> bool:
        """「基準値（令和4年度）112手続」: a line opening with a known label, its qualifier or
        value right after it."""
        for label in self.labels:
            if len(label) >= 2 and text.startswith(label):
                rest = text[len(label) :]
                return not rest or rest[0] in "(（:：[［ \u30000123456789"
        return False

    def _under_value(self, last: Block, line: Line, nxt: Line) -> bool:
        """Whether the text of `nxt` starts under the last field of `line` (a value wrapped
        in its own column at the right of a form)."""
        lead = len(nxt.text) - len(nxt.text.lstrip())
        at = printed_width(self.text[nxt.start : nxt.start + lead])
        return at >= printed_width(self.text[line.start : last.start]) - 2

    def _widest(self) -> int:
        """The printed width of the text's widest line (read once, when first asked)."""
        if self.widest is None:
            self.widest = max(printed_width(self.text[x.start : x.end]) for x in self.lines)
        return self.widest

    def _label_over_value(self, line: Line, nxt: Line) -> bool:
        """「主管課」 on one line, 「水路課」 on the next: a sheet printing a unit or project
        label and its value on separate lines is one field. Only a label whose value is a
        name (units, a project), and only when the next line is a bare name of that kind,
        not a label, a numbered or bulleted entry, or a sentence (an HTML page's 「主な事業」
        over its section 「子育て・教育」 is a heading over a heading)."""
        label, value = line.text.strip(), nxt.text.strip()
        field = field_of(label, exact=True) or _dated_amount_label(label)
        if field == "budget" and _AMOUNT_ONLY.fullmatch(value):  # 「事業費」 over 「X千円」
            at = nxt.start + nxt.text.index(value)
            self._add(Block("field", line.start, nxt.end, f"{label} {value}", label=label,
                            value=value, value_start=at))  # fmt: skip
            return True
        if field not in _NAME_VALUE_FIELDS or not value or not _names_of(field, value):
            return False
        if (
            len(value) > HEADING_MAX
            or field_of(value, exact=True) is not None
            or _SENTENCE_END.search(value)
            or "。" in value
            or leading_numbering(value) is not None
            or _BULLET.match(value)
            or _MARK_HEADING.match(value)
            or _BRACKET_ONLY.match(value)
            or "|" in value
            or "\t" in value
        ):
            return False
        lead = len(nxt.text) - len(nxt.text.lstrip())
        self._add(Block("field", line.start, nxt.end, f"{label} {value}", label=label,
                        value=value, value_start=nxt.start + lead))  # fmt: skip
        return True

    def _complete_last_row(self, j: int) -> int:
        """A pipe table whose last row lacks cells takes the short lines after it as those
        cells (the row's end was wrapped past the last pipe)."""
        table = self.blocks[-1].table
        if table is None or not table.rows:
            return j
        row = table.rows[-1]
        while len(row) < len(table.header) and j < len(self.lines):
            line = self.lines[j]
            text = line.text.strip()
            if not text or len(text) > 20:
                break
            lead = len(line.text) - len(line.text.lstrip())
            row.append(Cell(text, line.start + lead, line.start + lead + len(text)))
            self.blocks[-1].end = line.end
            j += 1
        return j

    # -- blocks -----------------------------------------------------------------------
    def _add(self, block: Block) -> Block:
        if block.kind == "table" and block.table is not None:
            if len(parts := split_at_inner_headers(block.table)) > 1:
                return self._add_parts(block, parts)  # a form's tables inside it
            if (typed := typed_parts(block.table)) is not None:
                return self._add_typed(typed)  # 「区分」 typing each run of rows
            block.table = without_cell_labels(block.table, self.folded)
            tabbed = "\t" in self.folded[block.start : block.end].split("\n", 1)[0]
            if not tabbed:  # a sheet's cells stand in their columns: no label printed off
                block.table = joined_offset_header(block.table)
            fields = card_fields(block.table, self.folded)
            if fields is not None:  # a card of label | value pairs: read as its fields
                for found in fields:
                    last = self._append(found)
                return last
            if (above := self._table_going_on(block)) is not None:
                return above
            block.table = headerless(block.table)  # 「総務課　１６人　課長…」 first: data
            block.table = joined_wrapped_records(block.table)  # 「1 | 子育て支」 / 「| 援の充実」
            block.table = joined_year_row(block.table)  # 「事業費」 over 「令和8年度 | 令和9年度」
            if tabbed:
                self._header_from_above(block.table)  # a sheet's rows (CSV, TSV)
        if (
            block.kind == "field"
            and block.value
            and block.value_start is not None
            and (cuts := spaced_labels(block.value))
        ):
            return self._add_spaced(block, cuts)
        if (named := self._names_bare_number(block)) is not None:
            return named
        return self._append(block)

    def _add_typed(self, parts: list[TypedPart]) -> Block:
        """Each run of rows of one kind as a table of its own under a caption naming the kind
        (`loaders.structure.typed_rows`)."""
        last: Block | None = None
        for part in parts:
            level = self.stack[-1].level + 1 if self.stack else 1
            self._append(Block("heading", part.cell.start, part.cell.end, part.kind, level=level))
            rows = [part.table.header_cells, *part.table.rows]
            cells = [c for row in rows for c in row if c.text]
            start = min((c.start for c in cells), default=part.cell.start)
            end = max((c.end for c in cells), default=part.cell.end)
            last = self._add(Block("table", start, end, "", table=part.table))
            if self.stack and self.stack[-1].kind == "heading":
                self.stack.pop()  # the caption heads its part alone
        assert last is not None
        return last

    def _add_parts(self, block: Block, parts: list[Table]) -> Block:
        """Each part of a table as a table block of its own, spanning its own rows."""
        last = block
        for part in parts:
            cells = [c for row in [part.header_cells, *part.rows] for c in row if c.text]
            start = min((c.start for c in cells), default=block.start)
            end = max((c.end for c in cells), default=block.end)
            last = self._add(Block("table", start, end, "", table=part))
        return last

    def _names_bare_number(self, block: Block) -> Block | None:
        """「施策２－１－１」 alone on its line, 「健康づくりの推進」 on the next: the name of the
        numbered heading above, which printed none (the heading, so named, is returned). A
        level word and its number alone (「基本目標１」, which no numbering reads) is one too;
        its name may end as a goal's does (「…働けるようにする」)."""
        last = self.blocks[-1] if self.blocks else None
        if last is None or last.kind != "heading":
            return None
        lone = LONE_LEVEL.match(last.text) if not last.number else None
        if lone is not None and field_of(lone.group("prefix"), exact=True) != "policy":
            lone = None
        sentence = "。" in block.text if lone else _SENTENCE_END.search(block.text)
        # 「1-1」 alone (a table's code cell on its line): a code of levels names one too
        coded = bool(last.number and _LEVEL_CODE.fullmatch(last.number))
        if (
            not (last.number or lone)
            or not (last.prefix or lone or coded)
            or (last.text and not lone)
            or block.kind not in ("heading", "paragraph")
            or block.number
            or not block.text
            or len(block.text) > HEADING_MAX
            or sentence
            or self.folded[last.end : block.start].strip()
            # a page's cells a paragraph each: a blank line between the code and its name
            or self.folded.count("\n", last.end, block.start) > (2 if coded else 1)
        ):
            return None
        if lone is not None:
            last.prefix, last.number = lone.group("prefix"), lone.group("number")
        last.text, last.end = block.text, block.end
        return last

    def _table_going_on(self, block: Block) -> Block | None:
        """A sheet's blank row between groups of rows (「,,,,」 in its CSV) splits its table:
        the part after it, as wide as the table above and headed by a row of data (figures
        where the table above prints labels), is more rows of that table."""
        if not self.blocks or block.table is None or not block.table.header_cells:
            return None
        above = self.blocks[-1]
        footed = False
        if (
            above.kind in ("heading", "paragraph")
            and _PAGE_FOOTER.match(above.text.strip())
            and len(self.blocks) > 1
        ):  # 「計画事業　1／2」 between: the table goes on on the next page
            above, footed = self.blocks[-2], True
        table = above.table
        if above.kind != "table" or table is None or len(table.header) != len(block.table.header):
            return None
        if any(_FIGURE_CELL.search(label) for label in table.header):
            return None  # the table above has no header of labels: nothing to go on from
        figures = sum(bool(_FIGURE_CELL.search(c.text)) for c in block.table.header_cells)
        figures += sum(bool(_CODE_CELL.match(c.text)) for c in block.table.header_cells)
        if figures < 2 and not (
            footed and figures and not any(field_of(c.text) for c in block.table.header_cells)
        ):
            return None  # a header of labels: a table of its own
        table.rows.extend([block.table.header_cells, *block.table.rows])
        above.end = block.end
        return above

    _HEADER_REACH = 12  # blocks back to the header a part of a table goes on under

    def _header_from_above(self, table: Table) -> None:
        """「No. | KPI | 単位 | 基準値 …」 printed once, then group lines (「基本目標1 …」,
        「施策(1) …」) between the parts of the table: a part headed by a row of data takes
        the header of labels printed above it (the last table's, or a line of tab-set labels
        alone), as wide as its rows; its first row goes back among its rows."""
        if not table.header_cells:
            return
        figures = sum(bool(_FIGURE_CELL.search(c.text)) for c in table.header_cells)
        if figures < 2 and not _CODE_CELL.match(table.header_cells[0].text.strip()):
            return  # a header of labels (no figures, no record's code first): a table of its own
        width = max([len(table.header), *map(len, table.rows)])
        header: list[Cell] | None = None
        for other in reversed(self.blocks[-self._HEADER_REACH :]):
            if other.kind == "table" and other.table is not None:
                labels = other.table.header_cells
                if not any(_FIGURE_CELL.search(c.text) for c in labels):
                    header = _with_lower_labels(labels, other.table.rows)
                # a sheet's title rows (a title, a date set apart) over its labels, read as
                # one table: the labels are its last row
                last = other.table.rows[-1] if other.table.rows else []
                titled = sum(1 for c in labels if c.text.strip()) <= _TITLE_ROW_CELLS
                if _field_labels(last) >= 2 and (
                    header is None or titled or _field_labels(header) < 2
                ):
                    header = last
                break  # the nearest table above decides
            if other.kind == "paragraph" and "\t" in self.folded[other.start : other.end]:
                header = self._tab_cells(other)
                break
            if other.kind in ("paragraph", "item"):
                break  # text between: the part is no part of a table above
        if header is None or not width <= len(header) <= width + 1:
            return
        if any(_FIGURE_CELL.search(c.text) for c in header) or sum(
            1 for c in header if c.text and field_of(c.text) is not None
        ) < 2:
            return  # no line of labels naming fields: nothing to head the part with
        table.rows.insert(0, table.header_cells)
        table.header_cells = list(header)
        table.header = [c.text for c in header]

    def _tab_cells(self, block: Block) -> list[Cell]:
        """A line's cells set apart by tabs, with their offsets."""
        cells = []
        at = block.start
        for piece in self.folded[block.start : block.end].split("\t"):
            text = piece.strip()
            lead = len(piece) - len(piece.lstrip())
            cells.append(Cell(text, at + lead, at + lead + len(text)))
            at += len(piece) + 1
        return cells

    def _append(self, block: Block) -> Block:
        if (named := self._names_bare_code(block)) is not None:
            return named
        block.index = len(self.blocks)
        block.parent = self.stack[-1].index if self.stack else None
        if block.kind == "heading":
            while self.stack and self.stack[-1].level >= block.level:
                self.stack.pop()
            block.parent = self.stack[-1].index if self.stack else None
            self.stack.append(block)
        self.blocks.append(block)
        return block

    _CODE_NAME_MAX = 40  # characters of a name printed on the line under its code

    def _names_bare_code(self, block: Block) -> Block | None:
        """「Ⅰ-1-①」 alone on its line (a card's number), then 「○○手続の拡大」 (its
        title): the code's heading takes the title as its name; the heading it returns, or
        None when `block` is no such title."""
        last = self.blocks[-1] if self.blocks else None
        if (
            last is None
            or block.kind != "heading"
            or block.number
            or last.kind != "heading"
            or not last.number
            or last.text.strip()
            or self.folded[last.end : block.start].strip()
            or self.folded[last.end : block.start].count("\n") != 1
        ):
            return None
        text = block.text.strip()
        if not text or "。" in text or len(text) > self._CODE_NAME_MAX:
            return None
        if field_of(text, exact=True):
            return None
        last.text, last.end = text, block.end
        return last

    def _add_spaced(self, block: Block, cuts: list[SpacedLabel]) -> Block:
        """A field whose value runs into letter-spaced labels (「X事業部 名企画部課 名政策課」):
        one field for the head and one per label (`loaders.structure.spaced_labels`)."""
        value = block.value or ""
        at = block.value_start or 0
        head = value[: cuts[0].start].rstrip()
        if not head:  # the label stands first: nothing ran into it, the field stays whole
            cuts = cuts[1:]
            if not cuts:
                return self._append(block)
            head = value[: cuts[0].start].rstrip()
        block.value = head
        block.end = at + len(head)
        block.text = self.folded[block.start : block.end].strip()
        last = self._append(block)
        for k, cut in enumerate(cuts):
            end = cuts[k + 1].start if k + 1 < len(cuts) else len(value)
            part = value[cut.value_start : end].rstrip()
            last = self._append(Block("field", at + cut.start, at + cut.value_start + len(part),
                                   self.folded[at + cut.start : at + cut.value_start + len(part)],
                                   label=cut.label, value=part,
                                   value_start=at + cut.value_start))  # fmt: skip
        return last

    def _table(self, lines: Sequence[Line], how: str) -> bool:
        if how in ("tab", "tab-run") and caption_row(lines) and delimited_table(lines[1:], "tab"):
            self._caption(lines[0])
            return self._table(lines[1:], how)
        if how in ("tab", "space") and len(runs := table_runs(lines, how)) > 1:
            return any([self._notes(lines[a:b]) or self._table(lines[a:b], f"{how}-run")
                        for a, b in runs])  # fmt: skip
        if how == "space-run" and numbered_title_over_years(lines, 0, split_spaces):
            self._line(lines[0], lines[1])  # 「４　　職員数の推移」: the next table's title
            return self._table(lines[1:], how)
        how = how.removesuffix("-run")
        if how == "tab" and _bulleted_pairs(lines):
            return False  # 「・X事業<TAB>○,○○○千円」 a line each: a list, its amounts tabbed off
        if how == "space" and (spaced_form_line(lines[0]) or colon_form_line(lines[0])):
            return False  # 「事 務 事 業 名   X事業   所 管 部   Y部」: a form's fields
        head = next((ln for ln in lines if re.search(r"\w", ln.text)), lines[0])
        if how in ("space", "words", "figures") and _letter_spaced_field(head):
            return False  # 「事　　業　　名：X事業」: a form's field, its label spread out
        if how == "space" and unit_captioned(lines):
            rest = lines[1:]
            raw = [self.printed[ln.start : ln.end] for ln in rest]
            captioned = delimited_table(rest, how, raw)
            if captioned is not None and captioned.rows:
                self._line(lines[0], lines[1])  # the caption, read as a line of its own
                self._add(Block("table", rest[0].start, rest[-1].end, "", table=captioned))
                return True
        if how == "fenced":
            table = fenced_table(lines)
        elif how == "figures":
            folded = self.folded
            table = figure_table(lines, lambda at: printed_width(
                folded[folded.rfind("\n", 0, at) + 1 : at]))  # fmt: skip
        elif how == "words":
            table = word_table(lines, self.folded)
        elif how == "box":
            table = self._continued_box(lines) or box_table(lines)
        elif how == "grid":
            table = grid_table(lines)
        elif how == "bars":
            table = bar_table(lines)
        elif how == "pipe":
            table = pipe_table(lines)
        else:
            raw = [self.printed[ln.start : ln.end] for ln in lines]
            if how == "space" and (notes := note_lines(lines, raw, printed_width)):
                return self._noted_table(lines, raw, notes)
            table = delimited_table(lines, how, raw if how == "space" else None)
            if how == "space" and table is not None:
                table = self._under_header_above(lines, raw, table)
        if table is None or not table.rows:
            return False
        if how == "tab":
            _carry_spanned_cells(table)
        table = branch_columns(table)  # 「A課」 over 「└ B係」: two levels, two columns
        start = lines[0].start
        if how == "pipe" and (glued := _glued_caption(table)) is not None:
            # 「会計別予算額(単位:百万円)会計 | 令和8年度」: html2text set the caption into
            # the first label; a line of its own before the table
            caption, table = glued
            self._add(Block("paragraph", caption.start, caption.end, caption.text))
            start = caption.end
        self._add(Block("table", start, lines[-1].end, "", table=table))
        return True

    _HEADED_WITHIN = 8  # blocks (group lines, notes) between a header and its rows
    _WRAPPED_TAIL = 8  # the rest of a name wrapped in its column, not a group's title

    def _under_header_above(self, lines: Sequence[Line], raw: Sequence[str], table: Table) -> Table:
        """「施策  KPI  基準値  令和5年度 …」 printed once (over 「実績 …」), then under each
        group line (「【基本目標1】…」) rows of figures aligned to it: the rows read under that
        header. A table of labels alone is kept as the header for the rows further down."""
        cells = [table.header, *([c.text for c in r] for r in table.rows)]
        if all(not _FIGURE_START.match(t) for row in cells for t in row if t):
            self.header_lines = (list(lines), list(raw), len(self.blocks))
            return table
        above = self.header_lines
        if above is None or len(self.blocks) - above[2] > self._HEADED_WITHIN:
            return table
        if sum(1 for t in table.header if _FIGURE_START.match(t)) < 2:
            return table  # a header of its own
        headed = delimited_table([*above[0], *lines], "space", [*above[1], *raw])
        if headed is None or len(headed.header) < len(table.header):
            return table
        width = len(headed.header)
        rows = [r for r in headed.rows if any(c.text for c in r)]
        data: list[list[Cell]] = []
        for row in rows:
            figures = sum(1 for c in row if _FIGURE_START.match(c.text))
            filled = sum(1 for c in row if c.text)
            if figures >= 2 or (figures and filled * 2 >= width):  # 「○,○○○ | 新規」 too
                data.append(list(row))
            elif (
                data and row and row[0].text and len(row[0].text) <= self._WRAPPED_TAIL
                and not any(c.text for c in row[1:])
            ):  # fmt: skip
                # 「○○広場整備事業（○○駅西」 over 「口）」: a name wrapped in its column
                head = data[-1][0]
                data[-1][0] = Cell(head.text + row[0].text, head.start, row[0].end)
        if not data or any(len(r) > width for r in data):
            return table
        # the header reaches on from the rows it last headed: a long list of groups, each a
        # group line over a few rows, heads every group with the one header
        self.header_lines = (above[0], above[1], len(self.blocks))
        return Table(header=headed.header, rows=data, header_cells=headed.header_cells)

    def _noted_table(self, lines: Sequence[Line], raw: Sequence[str], notes: set[int]) -> bool:
        """A space-aligned table with notes set in between its rows
        (`loaders.structure.row_notes`): the table read from its rows, then each note as a
        line of text."""
        kept = [k for k in range(len(lines)) if k not in notes]
        table = delimited_table([lines[k] for k in kept], "space", [raw[k] for k in kept])
        if table is None or not table.rows:
            return False
        table = self._under_header_above([lines[k] for k in kept], [raw[k] for k in kept], table)
        self._add(Block("table", lines[kept[0]].start, lines[kept[-1]].end, "", table=table))
        ordered = sorted(notes)
        for n, k in enumerate(ordered):
            after = lines[ordered[n + 1]] if n + 1 < len(ordered) else None
            self._line(lines[k], after)
        return True

    def _tabbed_fields(self, lines: Sequence[Line]) -> None:
        """Each line of a tabbed form a field: its label, a tab, its value; a line with no
        label (its first cell blank) a paragraph of its own (the values under 「指標」)."""
        for line in lines:
            cells = line.text.split("\t")
            label = cells[0].strip()
            value = "\t".join(cells[1:]).strip()
            at = line.start + line.text.index(value) if value else line.end
            if not label:
                self._add(Block("paragraph", at, at + len(value), value))
                continue
            start = line.start + line.text.index(label)
            self._add(Block("field", start, at + len(value), f"{label} {value}".strip(),
                            label=label, value=value, value_start=at))  # fmt: skip

    def _outline(self, lines: Sequence[Line], after: Line | None) -> None:
        """Each line of a tab-indented outline (`loaders.structure.tab_outlines`) read as a
        line of its own, its parts apart by spaces: a numbered one as any numbered line, a
        bulleted one as an item its tabs nest, any other as an item at its depth."""
        for k, line in enumerate(lines):
            if not line.text.strip():
                continue  # a blank line between two entries
            text = line.text.replace("\t", " ")  # same offsets
            body = text.lstrip()
            read = Line(text, line.start, line.end, line.number)
            if _BULLET.match(body) or _BRACKET_ONLY.match(body) or leading_numbering(body):
                count = len(self.blocks)
                self._line(read, lines[k + 1] if k + 1 < len(lines) else after)
                tail = outline_note(line)
                for block in self.blocks[count:]:
                    block.text = block.text.replace("\t", " ")
                heading = self.blocks[-1] if len(self.blocks) > count else None
                if tail and heading and heading.kind == "heading" and heading.text.endswith(tail):
                    # 「施策1-1\t名称\t〔部 課〕」: the bracket set apart notes the entry's
                    # owner, no word of its name: a line of its own under the entry
                    heading.text = heading.text[: -len(tail)].rstrip()
                    at = line.start + line.text.rindex(tail)
                    self._add(Block("paragraph", at, at + len(tail), tail))
                continue
            lead = len(text) - len(body)
            self._add(Block("item", line.start + lead, line.end, body.strip(),
                            level=outline_depth(line)))  # fmt: skip

    def _notes(self, lines: Sequence[Line]) -> bool:
        """Rows of notes under a spreadsheet's table (「注）…」): read as lines of text."""
        if not note_rows(lines):
            return False
        for k, line in enumerate(lines):
            text = line.text.replace("\t", " ")  # same offsets, the cells apart by a space
            self._line(Line(text, line.start, line.end, line.number),
                       lines[k + 1] if k + 1 < len(lines) else None)  # fmt: skip
        return True

    _CONTINUED_WITHIN = 8  # blocks (sub-headings, notes) between a box and its continuation

    def _continued_box(self, lines: Sequence[Line]) -> Table | None:
        """A box of rows only, its bars where the box a few blocks above has them: the rows
        continue that box's table under its header (`loaders.structure.continued`)."""
        for block in reversed(self.blocks[-self._CONTINUED_WITHIN :]):
            if block.kind != "table" or block.table is None:
                continue
            above = self.text[block.start : block.end].splitlines()
            raws = [self.printed[ln.start : ln.end] for ln in lines]
            return continued_box_table(lines, raws, block.table, first_row_columns(above))
        return None

    def _caption(self, line: Line) -> None:
        """A table's title row (and its unit note at the far right): each cell a line of
        its own, the title heading the table as a printed caption would."""
        cells = [c for c in split_tabs(line) if c.text]
        if len(cells) >= 2 and is_title_number(cells[0].text):
            # 「3 | 予算(当初)」: the title's number and the title are one numbered line
            cells = [Cell("", cells[0].start, cells[1].end), *cells[2:]]
        for k, cell in enumerate(cells):
            text = line.text[cell.start - line.start : cell.end - line.start].replace("\t", " ")
            # the title may head the table as a plain heading; a unit note heads nothing
            self._line(Line(text, cell.start, cell.end, line.number), None if k else line)

    def _heading(
        self,
        line: Line,
        numbering: Numbering | None,
        style: str,
        body_start: int,
        *,
        owner: bool = False,
    ) -> Block:
        """A heading from `body_start`; with `owner`, a unit in charge printed past a wide
        gap after the name is a field under it (`_owner_after`)."""
        rank = chapter_rank(style)
        if rank is not None:
            chapters = [s for s in self.styles if s.startswith("chapter:")]
            level = _style_level(self.styles, style)
            if chapters:  # 章 always outranks 節, whatever came first
                level = min(
                    level,
                    1 + sorted((chapter_rank(s) or 0) for s in {*chapters, style}).index(rank),
                )
        elif style == "plain" or (style == "bracket" and self._section_label(line, body_start)):
            # 「＜主な取組＞」 alone: a label of the section it stands in, under its heading
            level = (
                (self.stack[-1].level + 1)
                if self.stack and self.stack[-1].number
                else (self.stack[-1].level if self.stack else 1)
            )
            if self.stack and not self.stack[-1].number:
                level = self.stack[-1].level
            if self.stack and self.stack[-1].index in self.titles:
                # 「# 令和7年度の概要」 over 「主な事業」: a line only its shortness makes a
                # heading is a section under the title the writer marked with one # (a
                # page's or a feed entry's title over its body's own headings), not a
                # title beside it
                level = self.stack[-1].level + 1
        else:
            level = self._nested_level(numbering, style) or _style_level(self.styles, style)
        text = self.folded[body_start : line.end].strip()
        named = _NAMING_LABEL.match(text)
        naming = field_of(named.group(1), exact=True) if named else None
        if named and naming in _NAMED and numbering and field_of(numbering.prefix or "") == naming:
            # 「取組番号　Ⅰ－１－①　　取組名　　X」: the label naming the title after the
            # number's label of the same field is no part of the title
            rest = self.folded[body_start : line.end]
            title = rest[rest.index(named.group(1)) + len(named.group(1)) :].lstrip()
            body_start = line.end - len(title)
            text = title.strip()
        unit = self._owner_after(line, body_start) if owner else None
        end = line.start + unit[0] if unit else line.end
        if unit:
            text = self.folded[body_start:end].strip()
        if numbering is not None:
            text = unquoted(text)  # 「基本目標2「名称」」: the name, unquoted
        heading = self._add(Block("heading", line.start, end, text,
                                  number=numbering.printed if numbering else None,
                                  prefix=(numbering.prefix or None) if numbering else None,
                                  level=level))  # fmt: skip
        if unit:
            label_start, label_end, value_start, value_end = unit
            self._add(Block("field", line.start + label_start, line.start + value_end,
                            line.text[label_start:value_end],
                            label=line.text[label_start:label_end],
                            value=line.text[value_start:value_end].strip(),
                            value_start=line.start + value_start))  # fmt: skip
        return heading

    def _section_label(self, line: Line, body_start: int) -> bool:
        """A bracketed label alone on its line that the vocabulary knows (主な取組, ＫＰＩ)."""
        label = self.folded[body_start : line.end].strip().rstrip("】]>＞〉》』」)）")
        return leading_numbering(label) is None and field_of(label) is not None

    def _owner_after(self, line: Line, body_start: int) -> tuple[int, int, int, int] | None:
        """「■No.7 X事業　　　　所管課：Y課」: the unit in charge printed past a wide gap
        after a heading's name is a field of its own, no part of the name."""
        later = later_fields(line.text, body_start - line.start, self.labels, self.unit_labels)
        if len(later) != 1:
            return None
        label_start, label_end, _, _ = later[0]
        label = line.text[label_start:label_end].strip()
        return later[0] if field_of(label, exact=True) in ("division", "department") else None

    def _field(self, line: Line, match: re.Match[str]) -> None:
        """A labelled field (【label】value or label：value) from its pattern's match; a form
        printing further fields on the same line, set apart by a wide gap (「【所管課】 A課
        係名 B係    会計 一般会計」), gives one field each."""
        later = later_fields(line.text, match.start("value"), self.labels, self.unit_labels)
        if not later and "【" in line.text[match.start("value") :]:
            later = _later_bracket_fields(line.text, match.start("value"))
        value_end = later[0][0] if later else len(line.text)
        value = line.text[match.start("value") : value_end].rstrip().removesuffix("【").rstrip()
        self._add(
            Block(
                "field",
                line.start,
                line.start + match.start("value") + len(value) if later else line.end,
                line.text[: match.start("value") + len(value)].strip(),
                label=match.group("label").strip(),
                value=value.strip(),
                value_start=line.start + match.start("value"),
            )
        )
        for label_start, label_end, value_start, end in later:
            self._add(Block("field", line.start + label_start, line.start + end,
                            line.text[label_start:end], label=line.text[label_start:label_end],
                            value=line.text[value_start:end],
                            value_start=line.start + value_start))  # fmt: skip

    def _branch_item(self, nxt: Line | None) -> bool:
        """Whether a line opening with a tree's branch (「└」) is an entry of the list or the
        heading right above it (「・A課 22人」 over 「　└Bセンター 9人」, 「改革の柱Ⅰ」 over
        「　└ 改革項目Ⅰ-1 …」); in a tree drawn with its stems (「│」 on the lines around) it
        is one of the tree's lines, read as drawn."""
        last = self.blocks[-1] if self.blocks else None
        if last is None or last.kind not in ("item", "heading"):
            return False
        around = self.folded[last.start : last.end] + (nxt.text if nxt is not None else "")
        if any(stem in around for stem in _STEMS):
            return False
        return last.kind == "item" or not _BRANCH_ITEM.match(last.text)

    def _line(self, line: Line, nxt: Line | None) -> None:
        if quote := _MARKDOWN_QUOTE.match(line.text):
            # 「> 所管：A部 B課」: a Markdown quote's lines read as their text (same offsets)
            line = Line(" " * quote.end() + line.text[quote.end() :], line.start, line.end,
                        line.number)  # fmt: skip
        s = line.text
        if is_rule(s) or _PAGE_NUMBER.match(s) or _SEPARATOR.match(s):
            return
        if labels_line(line.text):
            # 「事　業　名　　区分　　局　等　　担当課　　予算額」 alone over 【あ行】 groups: the
            # header of the rows under each group, kept for them; a line of text itself
            self.header_lines = ([line], [self.printed[line.start : line.end]], len(self.blocks))
            self._append(Block("paragraph", line.start, line.end, s.strip()))
            return
        if (spaced := spaced_form_field(s)) is not None:
            # 「事 務 事 業 名    X事業    所 管 部   Y部」: a form's letter-spaced label
            count = len(self.blocks)
            self._field(line, spaced)
            self.blocks[count].label = re.sub(r"\s+", "", spaced.group("label"))
            return
        if (named := _named_by_path(s, nxt)) is not None:
            # 「名称」 over 「基本目標1＞政策1-1＞施策1-1-1」: the path under a title numbers it
            self._heading(line, named, named.style, line.start + len(s) - len(s.lstrip()),
                          owner=True)  # fmt: skip
            self.blocks[-1].number, self.blocks[-1].prefix = named.printed, named.prefix
            return
        if nxt is not None and self._setext_title(s, nxt.text):
            level = 1 if "=" in nxt.text else 2  # 「====」 under a page's title, 「----」 a part's
            self._heading(line, None, f"markdown:{level}", line.start + len(s) - len(s.lstrip()))
            if level == 1:
                self.titles.add(self.blocks[-1].index)
            self._number_marked(self.blocks[-1], s.strip())
            return
        if m := _MARKDOWN_HEADING.match(s):  # 「## 1. 名称」: the #s set its level
            self._heading(line, None, f"markdown:{len(m.group('mark'))}", line.start + m.end())
            if len(m.group("mark")) == 1:
                self.titles.add(self.blocks[-1].index)
            self._number_marked(self.blocks[-1], s[m.end() :])
            return
        if (m := _BRACKETED_FIELD.match(s)) and field_of(m.group("label"), exact=True):
            # 「〔担当：住民福祉課〕」 alone on its line under an entry: that entry's field
            self._field(line, m)
            field = self.blocks[-1]
            field.value = m.group("value").strip()  # (without the closing bracket)
            field.end = line.start + m.end("value")
            return
        if (m := _BRACKET_ONLY.match(s)) or (m := _bracket_over_unit(s)):
            # 「【総務局】　　（単位：千円）」: the title of the table under it, its unit noted
            self._heading(line, None, "bracket", line.start + m.start("label"))
            self.bracket_labels.add(self.blocks[-1].index)
            self.blocks[-1].text = m.group("label").strip()
            self._labelled_number(self.blocks[-1])
            return
        if (m := _BULLET.match(s)) and self._group_over_items(s[m.end() :], m, nxt):
            # 「●総務課」 over 「◎X事業」 lines: an entry marked unlike the entries under it
            # names the group they fall in
            self._heading(line, None, f"mark:{m.group('mark')}", line.start + m.end())
            self.blocks[-1].mark = m.group("mark")
            return
        branch = _BRANCH_ITEM.match(s) if self._branch_item(nxt) else None
        if m := _BULLET.match(s) or branch:
            # a full-width space two places: 「・A」 over 「　・B」 nests B as two spaces do
            indent = self.text[line.start : line.start + m.end("indent")]
            depth = printed_width(indent.expandtabs(2)) // 2
            rest_start = m.end()
            numbering = leading_numbering(s[rest_start:])
            text_start = rest_start + (numbering.end if numbering else 0)
            block = self._add(Block("item", line.start, line.end, s[text_start:].strip(),
                                    number=numbering.printed if numbering else None,
                                    mark=_list_mark(m),
                                    prefix=(numbering.prefix or None) if numbering else None,
                                    level=depth))  # fmt: skip
            self._fields_in(block, line)
            return
        if m := _MARK_HEADING.match(s):
            body = s[m.end() :]
            masked = " " * m.end() + body  # 「■所管課：宵見課」: a marked field, same offsets
            labelled = _COLON_FIELD.match(masked)
            if labelled is not None and field_of(labelled.group("label"), exact=True):
                self._field(Line(masked, line.start, line.end, line.number), labelled)
                return
            padded = self._padded_field(masked, line.start)
            if padded is not None and _no_entry(padded.group("value")) and (
                self._marked_form_line(nxt) or self._marked_form_block()
            ):  # 「■施策名　　X」 among 「■主管課　　Y」: a form's rows, each a field
                self._field(Line(masked, line.start, line.end, line.number), padded)
                return
            levelled = leading_numbering(body.strip())  # 「■基本目標１ 雇用を創出する」
            named_level = levelled is not None and bool(levelled.prefix) and "。" not in body
            if len(body.strip()) <= HEADING_MAX and (
                named_level or not _SENTENCE_END.search(body)
            ):
                heading = self._heading(line, None, f"mark:{m.group('mark')}",
                                        line.start + m.end(), owner=True)  # fmt: skip
                self._number_marked(heading, body)
            else:
                self._add(Block("item", line.start, line.end, body.strip(), mark=m.group("mark")))
            return
        if self._labelled_bracket(line):
            return  # 「【経営課題1】 名称」, 「＜戦略1-1＞ 名称」: a level's label and code
        if (m := _SQUARE_FIELD.match(s)) and field_of(m.group("label")):
            self._field(line, m)
            return
        if (m := _SQUARE_UNIT_NOTED.match(s)) and field_of(m.group("label")) and is_unit_note(
            m.group("note")
        ):  # 「［成果指標］　X団体数（単位：団体）」: a name and its unit, the field's value
            self._field(line, m)
            return
        if (m := _ANGLE_FIELD.match(s)) and field_of(m.group("label"), exact=True) is not None:
            self._field(line, m)  # 「〈指標〉X数　現状値 14団体（R6）→ 目標値 …」
            return
        if (m := _BRACKET_FIELD.match(s)) and not _status_bracket(m.group("label")):
            if not self._bracketed_number(line, m):
                self._field(line, m)
            return
        numbering = leading_numbering(s)
        if numbering is not None:
            body = s[numbering.end :]
            if self._numbered_name_field(line, numbering.end, numbering.printed, nxt):
                return
            # 「基本目標１ ○○できる村にする」: a named level's goal may end like a sentence
            named_level = bool(numbering.prefix) and "\u3002" not in body
            # 「施策1-(1) 名称　　　担当課：X課」: the name is measured without the unit after it
            owned = self._owner_after(line, line.start + numbering.end)
            name = s[numbering.end : owned[0]] if owned else body
            if (
                self._in_sequence(numbering)
                and len(name.strip()) <= HEADING_MAX
                and (named_level or not _SENTENCE_END.search(body))
                and "\u3002" not in body
            ):
                self._heading(line, numbering, numbering.style, line.start + numbering.end,
                              owner=True)  # fmt: skip
            else:
                self._open_sequence(numbering)
                self._add(
                    Block(
                        "item",
                        line.start,
                        line.end,
                        body.strip(),
                        number=numbering.printed,
                        prefix=numbering.prefix or None,
                        level=0,
                    )
                )
            return
        if self._label_runs(line) or self._spaced_label_runs(line):
            return
        if (m := self._padded_units(s, line.start)) is not None:
            self._field(line, m)  # 「担当部署　　A部　B課　（課長　X）」: a form's unit field
            return
        if m := _COLON_FIELD.match(s):
            self._field(line, m)
            return
        stripped = s.strip()
        if (
            not self._under_label()
            and len(stripped) <= PLAIN_HEADING_MAX
            and not _SENTENCE_END.search(stripped)
            and not stripped.endswith(("、", ","))
            and not _LEADER_FIGURE.search(stripped)
            and not _FIGURES_ONLY.match(stripped)
            and nxt is not None
        ):
            depth = self._unmarked_entry(line, nxt)
            if depth is not None:
                self._add(Block("item", line.start, line.end, stripped, level=depth))
                return
            self._heading(line, None, "plain", line.start + (len(s) - len(s.lstrip())))
            return
        self._add(Block("paragraph", line.start, line.end, stripped))

    @staticmethod
    def _group_over_items(body: str, mark: re.Match[str], nxt: Line | None) -> bool:
        """An entry is a group's name when the line under it is an entry of another mark at
        its own indent, and it is a short name, not a sentence or a figure."""
        below = _BULLET.match(nxt.text) if nxt is not None else None
        if below is None or below.group("mark") in (mark.group("mark"), "※", "→"):
            return False  # 「※…」 under a list: its note, no entry of a group
        if below.group("indent") != mark.group("indent"):
            return False  # an entry set in under it: nested as items are
        text = body.strip()
        return (
            0 < len(text) <= PLAIN_HEADING_MAX
            and not _SENTENCE_END.search(text)
            and not any(ch.isdigit() for ch in text)
            and not looks_like_project(text)
        )

    def _unmarked_entry(self, line: Line, nxt: Line | None) -> int | None:
        """The depth of a line without a bullet nested in a bulleted list: indented deeper
        than the bulleted item above it, a bulleted item again right under it (「・A課」
        over 「　うちB係」 over 「・C課」). It is an entry of the list (a part of the item
        above), not a heading that would take the items after it under it."""
        last = self.blocks[-1] if self.blocks else None
        if last is None or last.kind != "item" or not last.mark or nxt is None:
            return None
        if "\u3002" in line.text:  # a sentence run on under the item, no entry of its own
            return None
        if not _BULLET.match(nxt.text) or self.folded[last.end : line.start].count("\n") > 1:
            return None
        indent = self.text[line.start : line.start + len(line.text) - len(line.text.lstrip())]
        depth = printed_width(indent.expandtabs(2)) // 2
        return depth if depth > last.level else None

    def _padded_field(self, text: str, start: int) -> re.Match[str] | None:
        """「施策名　　X」: a known label padded from its value by a full-width space or
        several spaces (as printed, before width folding), with no colon between."""
        match = _PADDED_FIELD.match(text)
        if match is None or not field_of(match.group("label"), exact=True):
            return None
        gap = self.text[start + match.start("gap") : start + match.end("gap")]
        return match if "\u3000" in gap or len(gap) > 1 else None

    def _padded_units(self, text: str, start: int) -> re.Match[str] | None:
        """「担当部署　　A部　B課　（課長　X）」: a label of the unit in charge padded from a
        value of unit names only (a bracketed note after them, the head's name, aside)."""
        padded = self._padded_field(text, start)
        if padded is None:
            return None
        field = field_of(padded.group("label"), exact=True)
        value = TRAILING_BRACKET_NOTE.sub("", padded.group("value")).strip()
        return padded if field in ("department", "division") and _names_of(field, value) else None

    def _numbered_name_field(self, line: Line, end: int, number: str, nxt: Line | None) -> bool:
        """「１　事業名　　X事業」 over 「２　所管　　A部 B課」: numbered rows of a sheet whose
        bodies are each a label of a name field padded from its value, the value only such
        names (a project's name, unit names), are those fields, not headings; the number
        stays. One such row alone may be a heading naming its topic."""
        padded = self._numbered_padded(line, end)
        if padded is None:
            return False
        previous = self.blocks[-1] if self.blocks else None
        paired = previous is not None and previous.kind == "field" and previous.number
        after = leading_numbering(nxt.text) if nxt is not None else None
        if not paired and (after is None or self._numbered_padded(nxt, after.end) is None):
            return False
        masked = " " * end + line.text[end:]
        count = len(self.blocks)
        self._field(Line(masked, line.start, line.end, line.number), padded)
        if len(self.blocks) > count:
            self.blocks[count].number = number
        return True

    def _numbered_padded(self, line: Line, end: int) -> re.Match[str] | None:
        """The padded name field (`_numbered_name_field`) a numbered line's body is, if any;
        its offsets are the line's (the number masked by spaces)."""
        padded = self._padded_field(" " * end + line.text[end:], line.start)
        if padded is None:
            return None
        field = field_of(padded.group("label"), exact=True)
        value = padded.group("value").strip()
        return padded if field in _NAME_VALUE_FIELDS and _names_of(field, value) else None

    def _marked_form_line(self, line: Line | None) -> bool:
        """Whether `line` is a marked padded field too (「■主管課　　Y」)."""
        if line is None or (m := _MARK_HEADING.match(line.text)) is None:
            return False
        return self._padded_field(" " * m.end() + line.text[m.end() :], line.start) is not None

    def _marked_form_block(self) -> bool:
        """Whether the block before was read from a marked padded field line."""
        if not self.blocks:
            return False
        last = self.blocks[-1]
        text = self.folded[last.start : last.end]
        return "\n" not in text and self._marked_form_line(Line(text, last.start, last.end, 0))

    def _labelled_bracket(self, line: Line) -> bool:
        """「【経営課題1】 名称」, 「＜戦略1-1＞ 名称」: a bracket holding a level's label word and
        its number, the name after it: a numbered heading, the word its prefix."""
        m = _LABELLED_BRACKET.match(line.text)
        if m is None:
            return False
        label, name = m.group("label"), m.group("name").strip()
        numbering = leading_numbering(f"{label} {name}")
        if (
            numbering is None
            or not numbering.prefix
            or numbering.end < len(label)
            or len(name) > HEADING_MAX
            or _SENTENCE_END.search(name)
            or re.search(r"[…‥]{2}|\.{3}|・{3}", name)  # 「名称 …… ○」: a graded entry's line
        ):
            return False
        self._heading(line, numbering, f"bracketed:{numbering.style}", line.start + m.start("name"))
        return True

    def _bracketed_number(self, line: Line, match: re.Match[str]) -> bool:
        """「【2-1-2】名称」: a bracket holding only a code is the line's number, not a
        field's label; the line is a numbered entry."""
        label = match.group("label").strip()
        numbering = leading_numbering(label)
        if (
            numbering is None
            or numbering.prefix
            or numbering.end < len(label)
            or not numbering.style.startswith(("code:", "arabic", "roman"))
        ):
            return False
        self._add(Block("item", line.start, line.end, match.group("value").strip(),
                        number=numbering.printed, level=0))  # fmt: skip
        return True

    def _open_sequence(self, numbering: Numbering) -> None:
        """「1 …(a long first entry)」 right under an unnumbered heading such as 「重点取組」:
        the entry is too long for a heading, but it opens the numbered sequence under that
        heading, so 「2 …」 and 「3 …」 printed as headings sit under it too."""
        previous = self.blocks[-1] if self.blocks else None
        if (
            numbering.style not in self.styles
            and numbering.parts == (1,)
            and not numbering.prefix
            and previous is not None
            and previous.kind == "heading"
            and previous.number is None
            and self.stack
            and self.stack[-1] is previous
        ):
            _style_level(self.styles, numbering.style)
            self.nested[numbering.style] = previous.level + 1
            self.last_number[numbering.style] = 1

    def _under_label(self) -> bool:
        """Whether the innermost open heading is a bracketed label (【主な事業】) that holds
        only plain lines so far: a short plain line there is the label's content (a name it
        lists), not a heading of the label's own rank."""
        if not self.stack or self.stack[-1].index not in self.bracket_labels:
            return False
        label = self.stack[-1]
        return all(b.kind == "paragraph" for b in self.blocks[label.index + 1 :])

    def _nested_level(self, numbering: Numbering | None, style: str) -> int | None:
        """The level of a numbered heading whose sequence opened right under an unnumbered
        heading (a label such as 「該当する施策」 introducing its list), else None."""
        previous = self.blocks[-1] if self.blocks else None
        new_style = style not in self.styles
        starts = numbering is not None and (not numbering.parts or numbering.parts[-1] == 1)
        if numbering is not None and (new_style or starts):
            was = self.nested.pop(style, None)
            numbered = [h.level for h in self.stack if h.number]
            if starts and was is not None and numbered and numbered[-1] + 1 == was:
                # (1) restarting under 基本目標2 as it stood under 基本目標1, past a label's
                # section (「【数値目標】」) between them
                self.nested[style] = was
            named = [h for h in self.stack if h.number and h.prefix]
            if (
                starts
                and not new_style
                and style.startswith("paren")
                and not numbering.prefix
                and len(numbering.parts) == 1
                and named
                and named[-1].level >= _style_level(self.styles, style)
            ):
                # 「(1)」 opening under 「基本目標1」 ranked below the (1) list of an earlier
                # section (「1 概要 / (1) 目的」): it sits under that named level
                self.nested[style] = named[-1].level + 1
            if (
                starts
                and previous is not None
                and previous.kind == "heading"
                and previous.number is None
                and self.stack
                and self.stack[-1] is previous
            ):
                self.nested[style] = previous.level + 1
            elif (
                starts
                and not new_style
                and previous is not None
                and previous.kind == "heading"
                and previous.number is not None
                and self.stack
                and self.stack[-1] is previous
                and previous.level >= _style_level(self.styles, style)
            ):
                # a list restarting (①) right under a numbered heading ranked below its
                # style (Ⅲ-2-(2) after an earlier ① list): it sits under that heading again
                self.nested[style] = previous.level + 1
        if new_style:
            # a style first seen inside a numbered heading is deeper than that heading
            level = _style_level(self.styles, style)
            numbered = [h.level for h in self.stack if h.number]
            if numbered and level <= max(numbered) and style not in self.nested:
                self.nested[style] = max(numbered) + 1
        return self.nested.get(style)

    @staticmethod
    def _setext_title(text: str, below: str) -> bool:
        """A short line of words over a Markdown underline no wider than it, no list entry,
        table row or sentence. A rule drawn across the page under a form's last field
        (「施策の責任者　X課長」 over 80 「-」) closes the form; it underlines nothing."""
        stripped = text.strip()
        return (
            bool(_SETEXT_UNDERLINE.match(below))
            and len(below.strip()) <= printed_width(stripped) + 2
            and 0 < len(stripped) <= HEADING_MAX
            and not _BULLET.match(text)
            and "|" not in stripped
            and not _SENTENCE_END.search(stripped)
            and not _FIGURES_ONLY.match(stripped)
        )

    @staticmethod
    def _number_marked(block: Block, body: str) -> None:
        """「■施策2-3 名称」: a marked heading keeps the number printed after its mark (the
        mark sets its level; the number and label word say what it is)."""
        if block.text and body.strip().startswith(block.text):
            body = block.text  # (a unit in charge set apart after the name is no part of it)
        numbering = leading_numbering(body)
        if numbering is None:
            return
        block.number = numbering.printed
        block.prefix = numbering.prefix or None
        block.text = body[numbering.end :].strip()
        block.text = unquoted(block.text)  # 「基本目標2「名称」」: the name

    @staticmethod
    def _labelled_number(block: Block) -> None:
        """「【基本目標１　名称】」: a bracketed title opening with a label word and its number
        keeps them as its prefix and number, as a marked heading does (a bare 「【1】」 or
        「【重点事業1】」 stays a title)."""
        numbering = leading_numbering(block.text)
        if numbering is not None and numbering.prefix and block.text[numbering.end :].strip():
            block.number = numbering.printed
            block.prefix = numbering.prefix
            block.text = block.text[numbering.end :].strip()

    def _in_sequence(self, numbering: Numbering) -> bool:
        """A heading number continues its style's sequence (1, 2, 3 …) or starts one; "11
        住み続けられる…" after "1 政策内容" is a number in the text, not the 11th heading."""
        if len(numbering.parts) != 1 or numbering.style not in ("arabic", "tight"):
            return True
        number = numbering.parts[0]
        previous = self.last_number.get(numbering.style)
        if number == 1 or previous is None or number == previous + 1 or number == previous:
            self.last_number[numbering.style] = number
            return True
        return False

    def _label_runs(self, line: Line) -> bool:
        """ "所属名 緑地管理課 所属長名 ○○" : known labels, each followed by its value."""
        if not self.labels or "|" in line.text:
            return False
        words = [(m.group(), m.start()) for m in re.finditer(r"\S+", line.text)]
        if len(words) < 2 or len(words) > 16:
            return False
        known = [k for k, (w, _) in enumerate(words) if w in self.labels]
        if not known or known[0] != 0 or len(known) * 2 < len(words) // 1 - len(words) // 2:
            return False
        bounds = [*known, len(words)]
        pairs = []
        for a, b in itertools.pairwise(bounds):
            if b - a < 2:
                return False
            pairs.append((a, b))
        fields = [[a, a, b] for a, b in pairs]  # [label's first word, label word, end]
        for before, field in itertools.pairwise(fields):
            head = _label_qualifier(line.text, words, before[1], field[1])
            if head is not None:  # 「…課    総合計画 施策 2-4-1」: the label is 総合計画 施策
                before[2] = field[0] = head
        for head, a, b in fields:
            start = words[head][1]
            label_end = words[a][1] + len(words[a][0])
            value_start = words[a + 1][1]
            if (colon := re.match(r"[:：]\s*(?=\S)", line.text[value_start:])) is not None:
                value_start += colon.end()  # 「事業名    ：X」: the label padded to its colon
            last_word, last_start = words[b - 1]
            end = last_start + len(last_word)
            self._add(Block("field", line.start + start, line.start + end, line.text[start:end],
                            label=line.text[start:label_end], value=line.text[value_start:end],
                            value_start=line.start + value_start))  # fmt: skip
        return True

    _SPACED_LABEL_MAX = 8  # letters of a label printed letter by letter

    def _spaced_label_runs(self, line: Line) -> bool:
        """「事 業 名 X事業 予 算 額 ○,○○○千円 担 当 Y課」: labels printed letter by letter with
        single spaces (a form's text layer), each followed by its value, on one line."""
        if not self.labels or "|" in line.text:
            return False
        words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", line.text)]
        labels: list[tuple[int, int, str]] = []  # (first word, word after the label, label)
        k = 0
        while k < len(words):
            found = None
            for n in range(min(self._SPACED_LABEL_MAX, len(words) - k), 1, -1):
                run = words[k : k + n]
                joined = "".join(w for w, _, _ in run)
                if all(len(w) == 1 for w, _, _ in run) and joined in self.labels:
                    found = (k, k + n, joined)
                    break
            if found is not None:
                labels.append(found)
                k = found[1]
            else:
                k += 1
        if len(labels) < 2 or labels[0][0] != 0:
            return False
        bounds = [*(a for a, _, _ in labels[1:]), len(words)]
        if any(b <= after for (_, after, _), b in zip(labels, bounds, strict=True)):
            return False  # a label with no value after it
        for (first, after, label), end in zip(labels, bounds, strict=True):
            start = words[first][1]
            value_start, value_end = words[after][1], words[end - 1][2]
            self._add(Block("field", line.start + start, line.start + value_end,
                            line.text[start:value_end], label=label,
                            value=line.text[value_start:value_end],
                            value_start=line.start + value_start))  # fmt: skip
        return True

    def _fields_in(self, block: Block, line: Line) -> None:
        """Attribute parentheses after an item are left in the item's text; recognisers read
        them with `loaders.structure.attributes`."""


_WIDE_GAP = re.compile(r"(?: {2,}|\u3000|\t)")
_FIGURE_START = re.compile(r"^[△▲+\-−]?[0-9][0-9,]*(?:\.[0-9]+)?(?![0-9])")  # 「○○,○○○(R1)」
_FIGURE_CELL = re.compile(r"^[▲△\-−+]?[0-9][0-9,.]*%?(?:\(|$)")  # 「142」「4.1」「142(R2)」
# 「の生きがいづくり」「ポーツの推進」: a line opening with kana continues a word or phrase
_KANA_START = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]")
_LETTERS = re.compile(r"[^\W0-9_]+")  # a word of letters alone: no figure, no mark


_LEVEL_CODE = re.compile(r"[0-9]{1,2}(?:-[0-9]{1,2})+")  # 「1-1」, 「2-3-1」
# 「基本目標1＞政策1-1＞施策1-1-1」: the levels down to a title, each its word and code
_PATH_SEPARATOR = re.compile(r"\s*[>＞›»→]\s*")
_PATH_STEP = re.compile(r"^[^\d\s>＞›»→]{1,8}\s*[0-9][0-9\-()]*\s*$")


def _named_by_path(text: str, nxt: Line | None) -> Numbering | None:
    """The numbering of a short title line whose next line is the path of levels down to
    it (two levels or more, each a label word and a number, nothing else): the path's last
    level; else None."""
    title = text.strip()
    if nxt is None or not title or len(title) > HEADING_MAX or _SENTENCE_END.search(title):
        return None
    if leading_numbering(title) is not None or _PATH_SEPARATOR.search(title):
        return None
    steps = _PATH_SEPARATOR.split(nxt.text.strip())
    if len(steps) < 2:
        return None
    if not all(_PATH_STEP.match(step) for step in steps):
        return None
    last = leading_numbering(steps[-1])
    if last is None or not last.prefix or last.end != len(steps[-1].rstrip()):
        return None
    return last


def _dated_amount_label(label: str) -> str | None:
    """「事業費（決算）令和６年度」「予算現額　令和７年度」: a budget label, a qualifier in
    brackets and its year after it — "budget"; else None."""
    key = re.sub(r"\s+", "", label)
    mentions = year_mentions(key)
    if not mentions or mentions[-1].end != len(key) or mentions[-1].kind == "date":
        return None
    word = re.sub(r"[(（][^()（）]{1,8}[)）]$", "", key[: mentions[-1].start])
    return "budget" if word and field_of(word, exact=True) == "budget" else None


def _bracket_over_unit(text: str) -> re.Match[str] | None:
    """「【総務局】　（単位：千円）」: a bracketed title (no label of the vocabulary) followed
    by nothing but the note of a table's unit."""
    m = _BRACKET_FIELD.match(text)
    if m is None or field_of(m.group("label")) is not None:
        return None
    return m if is_unit_note(m.group("value")) else None


def _bulleted_pairs(lines: Sequence[Line]) -> bool:
    """Every line opens with the same bullet and holds a name and one value set apart by a
    tab: a bulleted list printed with tab stops, no table."""
    marks = {m.group("mark") if (m := _BULLET.match(ln.text)) else None for ln in lines}
    if len(marks) != 1 or None in marks:
        return False
    return all(len([c for c in split_tabs(ln) if c.text]) <= 2 for ln in lines)


def _letter_spaced_field(line: Line) -> bool:
    """「事　　業　　名：X事業」: a known label spread over the width of its column, a wide
    gap between its letters, then its colon and value; a field, no row of a table."""
    cells = split_spaces(line)
    k = next((i for i, cell in enumerate(cells) if re.search(r"[:：]", cell.text)), None)
    if k is None or k < 2 or any(len(cell.text) != 1 for cell in cells[:k]):
        return False
    head = re.split(r"[:：]", cells[k].text, maxsplit=1)[0]
    return field_of("".join(c.text for c in cells[:k]) + head, exact=True) is not None


def _no_entry(value: str) -> bool:
    """A padded field's value that is no numbered entry: a name, or a code alone
    (「■施策番号　3-1-2」); 「■基本目標　3　名称」 is a numbered heading."""
    numbering = leading_numbering(value)
    return numbering is None or not value[numbering.end :].strip()


def _opens_entry(text: str) -> bool:
    """Whether a line opens an entry of its own: a number, or a label and a value set apart
    (「事業開始年度 平成30年度」「1 事業の目的」)."""
    stripped = text.strip()
    return bool(stripped) and (
        leading_numbering(stripped) is not None or bool(_WIDE_GAP.search(stripped))
        or bool(_COLON_FIELD.match(stripped))
    )


def _label_qualifier(
    text: str, words: Sequence[tuple[str, int]], label: int, following: int
) -> int | None:
    """「所管課 A課    総合計画 施策 2-4-1」: one word set apart from the value before it by a
    wide gap and printed right before the next label (a single space between) qualifies that
    label; the index of that word, else None. Never a unit or a figure, which a value lists."""
    k = following - 1
    if k <= label + 1:
        return None
    word, at = words[k]
    previous, previous_at = words[k - 1]
    gap = text[previous_at + len(previous) : at]
    between = text[at + len(word) : words[following][1]]
    if not _WIDE_GAP.search(gap) or _WIDE_GAP.search(between):
        return None
    if not _LETTERS.fullmatch(word) or unit_kind(word) is not None:
        return None  # 「(新規)」, a figure or a unit: the value's own
    return k


def _columns_in_order(text: str, folded: str, lines: list[Line]) -> list[Line]:
    """A page printed in two columns side by side, interleaved line by line as PDF text
    leaves it (`loaders.genres.columns`): its lines read as the left column, then the right,
    each piece keeping its offsets. Other lines as they are."""
    from loaders.genres.columns import column_pieces, column_regions  # imports the reader

    # only columns found by their gutter beside running text: a stretch of labels and values
    # apart by a wide gap (「一般会計　　45億円」) is read as two columns only where asked
    regions = [r for r in column_regions(text) if r.gutter]
    if not regions:
        return lines
    trees = _layout_tree_lines(lines)  # a tree's columns are a table's, no page's columns
    regions = [
        r for r in regions
        if not any(a <= r.last and r.first < b for a, b in trees)
        and not (r.first and is_header_rule(lines[r.first - 1].text))  # a table's body
        and not _header_across(lines, r)
    ]  # fmt: skip
    if not regions:
        return lines
    ordered: list[Line] = []
    k = 0
    for region in regions:
        while k < len(lines) and k < region.first:
            ordered.append(lines[k])
            k += 1
        numbers = {ln.start: ln.number for ln in lines[region.first : region.last + 1]}
        for start, end in column_pieces(text, region):
            number = max((n for s, n in numbers.items() if s <= start), default=0)
            ordered.append(Line(folded[start:end], start, end, number))
        k = region.last + 1
    ordered.extend(lines[k:])
    return ordered


_HEADER_REACH = 6  # lines from a region's top where a table's header may stand


def _header_across(lines: list[Line], region: Region) -> bool:
    """A line of column labels near the stretch's top whose labels stand on both sides of
    its gutter (「施策 施策名 … 前年度  成果指標 基準値 …」): one wide table, no two columns."""
    from loaders.genres.columns import index_at_column  # (it imports the reader)

    for line in lines[region.first : min(region.last + 1, region.first + _HEADER_REACH)]:
        if not labels_line(line.text):
            continue
        left = line.text[: index_at_column(line.text, region.edge)]
        if left.strip() and line.text[len(left) :].strip():
            return True
    return False


def _layout_tree_lines(lines: list[Line]) -> list[tuple[int, int]]:
    """The line ranges [first, end) of the layout trees among `lines`."""
    found = []
    i = 0
    while i < len(lines):
        end = layout_tree_end(lines, i)
        if end > i:
            found.append((i, end))
        i = max(end, i + 1)
    return found


def read_structure(text: str, *, labels: Collection[str] = ()) -> StructuredDocument:
    """The blocks of `text`. `labels` are known field labels (予算額, 所管課 …), which let
    the reader split lines such as "所属名 緑地管理課 所属長名 ○○" into fields."""
    return _Reader(text, labels).read()


_SHORT_WORD = 3  # letters of a header word the vocabulary lacks (区分, 備考)


def _is_label_header(line: Line) -> bool:
    """A line of two or more field labels (fields.ttl) set apart by runs of spaces, years
    beside them allowed (指標名  単位  区分  令和4年度  令和5年度)."""
    cells = split_spaces(line) if "\t" not in line.text else []
    labels = sum(1 for cell in cells if field_of(cell.text, exact=True))
    return labels >= 2 and all(
        field_of(cell.text, exact=True) or bare_period(cell.text) or _short_word(cell.text)
        for cell in cells
    )


def _short_word(text: str) -> bool:
    """A word of a few letters and no figure (区分, 備考): a label the vocabulary lacks."""
    return len(text) <= _SHORT_WORD and not re.search(r"[0-9]", text)


def _before_next_header(lines: Sequence[Line], i: int, j: int) -> int:
    """Where a space-aligned table from line `i` to `j` really ends: at a blank line followed
    by another header of field labels, or by the next table's caption ending in its unit
    note (「3 課別職員数    (単位:人)」), which opens the next table (two tables one blank
    line apart read as one otherwise)."""
    for k in range(i + 2, j):
        if not lines[k - 1].text.strip() and (
            _is_label_header(lines[k]) or unit_captioned(lines[k : k + 3])
        ):
            return k - 1
        if _years_header(lines[k]) and not _years_header(lines[i]):
            # 「成果指標　令和6年度　令和7年度」 under rows of 取組: the next table's header
            return k
    return j


def _years_header(line: Line) -> bool:
    """「成果指標　　令和６年度　令和７年度　令和８年度」: a label of the vocabulary, then
    two years or more and nothing else."""
    cells = split_spaces(line) if "\t" not in line.text else []
    return (
        len(cells) >= 3
        and field_of(cells[0].text, exact=True) is not None
        and all(bare_period(c.text) for c in cells[1:])
    )


_FIGURE_CELL = re.compile(r"^[▲△\-−+]?[0-9][0-9,.]*\s*[人名件%]?$")


def _total_row(cells: Sequence[Cell]) -> bool:
    """「計　21」「合計　40　42」: a total label, then figures only — a row of the table
    above, where another label and its value under the table (「担当課　水路課」) is none."""
    return field_of(cells[0].text, exact=True) in ("total", "subtotal") and all(
        _FIGURE_CELL.match(c.text) for c in cells[1:]
    )


def _labelled_header_region(lines: Sequence[Line], i: int) -> int:
    """「所属名　　職員数」 over 「地域振興課　12」: a line of field labels set apart by runs of
    spaces, each one the vocabulary knows (fields.ttl), over rows of as many cells or fewer
    is a table however few its rows and columns — where `space_region` asks for three
    columns and two rows, since two words apart are as often a label and its value. The
    table ends at a line that is no such row; a blank line ends it unless a row follows."""
    if not _is_label_header(lines[i]):
        return i
    header = split_spaces(lines[i])

    def is_row(line: Line) -> bool:
        if "\t" in line.text or "。" in line.text:
            return False
        cells = split_spaces(line)
        return (
            2 <= len(cells) <= len(header)
            # not 「担当課　水路課」 under the table, but 「一般会計」 under 「会計」
            and (
                field_of(cells[0].text, exact=True) in (None, field_of(header[0].text, exact=True))
                or _total_row(cells)  # 「計　21」 closing the table
            )
            and not all(field_of(cell.text, exact=True) for cell in cells)
        )

    j, end = i + 1, i
    while j < len(lines):
        if not lines[j].text.strip():
            j += 1
            continue
        if not is_row(lines[j]):
            break
        end = j
        j += 1
    return end + 1 if end > i else i
