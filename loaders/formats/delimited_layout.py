"""How exported CSV/TSV files lay their tables out, read back into tables of one header row.

A CSV or TSV export is one grid, but what a person sees in it are blocks: a few metadata rows
(report name, output date) over a wide table; a machine header (system field IDs) over the
printed one; a pivot table whose caption row (「合計 / 決算額（千円）」 beside the column field's
name) and column-label rows stand over the row-field labels; a card sheet printed sideways,
its field labels down the first column. The structure reader takes a run of tab rows as one
table whose first row is its header, so each layout is rearranged here, cells keeping their
own addresses (provenance still names the cell a value came from).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.field_vocabulary import field_of
from loaders.structure.tables import NOTE_ROW, SECTION_MARK, bare_period

Box = tuple[int, int, int, int]
Row = list[tuple[str, Box]]

_SYSTEM_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
# 「合計 / 値」「個数 / 件数」: a pivot table's caption, the summary function over the value field
_PIVOT_CAPTION = re.compile(r"^\S{1,6}\s*/\s*(?P<value>.+)$")
_MIN_WIDE = 4  # a row of this many cells or more is a table's row, not a metadata line
_KEY_MAX = 12  # a record's key across a sideways card's top (X-01, No.7): short
_MIN_LABELS = 3  # field labels down a first column that make a sideways table
_LONE_ROWS = 2  # rows filled on one side of an empty column only: tables side by side


def _filled(row: Row) -> int:
    return sum(1 for text, _ in row if text)


def _blocks(grid: Sequence[Row]) -> list[list[Row]]:
    """The runs of rows between empty rows."""
    blocks: list[list[Row]] = [[]]
    for row in grid:
        if _filled(row):
            blocks[-1].append(row)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _packed(row: Row) -> bool:
    """Cells filled from the first column on, none blank between: a line of text or of
    label-value pairs, not a header whose labels span blank cells beside them."""
    filled = [bool(text) for text, _ in row]
    n = sum(filled)
    return n > 0 and all(filled[:n])


def _titled(row: Row) -> bool:
    """「【2】架空カード | … | （単位：千円）」: a section's title in the first cell (a note
    may stand at the far right): a title line over the table, not its header."""
    return bool(row and row[0][0] and SECTION_MARK.match(row[0][0]))


def _split_preamble(block: list[Row]) -> list[tuple[list[Row], bool]]:
    """Metadata lines (a title, 「作成日 | … | 作成係 | …」) over a table three times as
    wide or more (a form's label | value rows over a wider row are no metadata): a part
    apart, with the flag whether an empty row must set it apart (a title row
    with a unit note at its far right stays next to the table, the reader's caption)."""
    widths = [_filled(r) for r in block]
    widest = max(widths)
    start = 0
    if widest >= _MIN_WIDE:
        while (
            start < len(block) - 1
            and 3 * widths[start] <= widest
            and (_packed(block[start]) or _titled(block[start]))
        ):
            start += 1
    parts = [(block[:start], True)] if start else []
    # one-cell lines are lines of text already: no empty row needed to end them
    apart = not start or any(_packed(r) and _filled(r) >= 2 for r in block[:start])
    body = block[start:]
    # 「■行数 | 7」 under an export's rows: a packed line of two cells at most, under rows
    # three times as wide or more, is a line under the table, not a row of it
    end = len(body)
    wide = max(widths[start:])
    while end > 2 and _packed(body[end - 1]) and 3 * max(2, _filled(body[end - 1])) <= wide:
        end -= 1
    parts.append((body[:end], apart))
    if end < len(body):
        parts.append((body[end:], True))
    return parts


def _drop_system_ids(block: list[Row]) -> list[Row]:
    """A row of system field IDs (ITEM_NO, SECT_NM …) right over the printed labels of the same
    columns: the printed row is the header; the IDs name nothing a reader looks for."""
    if len(block) < 3:
        return block
    ids, labels = block[0], block[1]
    id_texts = [t for t, _ in ids if t]
    if (
        len(id_texts) >= _MIN_WIDE
        and all(_SYSTEM_ID.match(t) for t in id_texts)
        and _filled(labels) >= len(id_texts) - 1
        and not any(_SYSTEM_ID.match(t) for t, _ in labels if t)
    ):
        return block[1:]
    return block


# 「R5実績 の合計」: a BI tool's summary of the field, its name before it (Power BI's export)
_SUMMARY = re.compile(r"\s*の(?:合計|平均|最大値?|最小値?|カウント|個数)$")
_MIN_SUMMARIES = 2


def _summary_labels(block: list[Row]) -> list[Row]:
    """A header whose value columns each say how the tool summed them (「基準値 の合計」,
    「R6実績 の合計」): each column's label is the field's name."""
    if not block:
        return block
    header = block[0]
    if sum(1 for text, _ in header if _SUMMARY.search(text)) < _MIN_SUMMARIES:
        return block
    return [[(_SUMMARY.sub("", text), box) for text, box in header], *block[1:]]


def _pivot_header(block: list[Row]) -> list[Row]:
    """「個数 / 決算額（千円） | | 区分」 over 「| | 甲会計 | 乙会計」 … over 「部局名 |
    課名」: a pivot table's caption row, its column-label rows (one per column field) and the
    row-field labels, read as one header row. Each value column is labelled by its column
    labels (a blank one continues the label at its left, as a merged cell does) after the
    value field's name when it names one (決算額（千円） 甲会計); the caption's field names
    (区分, 年度) are no column's label."""
    if len(block) < 3:
        return block
    caption = block[0]
    match = _PIVOT_CAPTION.match(caption[0][0]) if caption and caption[0][0] else None
    if match is None:
        return block
    fields = [c for c, (text, _) in enumerate(caption) if c and text]
    if not fields:
        return block
    first = fields[0]  # the first value column
    levels = len(fields)
    if len(block) < 2 + levels:
        return block
    labels = block[1 : 1 + levels]
    names = labels[-1]  # the row-field labels share the last column-label row
    if not any(text for text, _ in names[:first]):
        return block
    value = match.group("value").strip()
    prefix = value if len(value) > 1 else ""
    width = max(len(r) for r in [*labels, names])
    header: Row = []
    carried = [""] * len(labels)
    for c in range(width):
        cell = names[c] if c < len(names) else ("", (0, c + 1, 0, c + 1))
        if c < first:
            header.append(cell)
            continue
        words = []
        for k, level in enumerate(labels):
            text = level[c][0] if c < len(level) else ""
            if text:
                carried[k] = text
            elif k < len(labels) - 1:
                text = carried[k]  # an upper label spans the blank cells at its right
            if text:
                words.append(text)
        if not words:
            continue
        text = " ".join(dict.fromkeys([prefix, *words] if prefix else words))
        header.append((text, cell[1]))
    return [header, *block[1 + levels :]]


def _sideways(block: list[Row]) -> list[Row]:
    """A card sheet printed sideways (事業番号 | X-1 | X-2 over 事業名 | … over 所管課 | …):
    field labels down the first column, one record per column. Read as one row per record
    under a header of those labels."""
    if len(block) < _MIN_LABELS or len(block[0]) < 2:
        return block
    heads = [row[0][0] for row in block]
    if len(set(heads)) < len(heads) or not field_of(heads[0], exact=True):
        return block  # a record names each of its fields once, its key first
    exact = sum(1 for t in heads if t and field_of(t, exact=True) is not None)
    labelled = sum(1 for t in heads if t and field_of(t) is not None)
    if exact < _MIN_LABELS or 2 * labelled < len(heads):
        return block
    # the first row's other cells are values (codes, names), no labels of columns
    if any(field_of(t, exact=True) or bare_period(t) for t, _ in block[0][1:] if t):
        return block  # labels or years across the top: a table printed the usual way
    keys = [t for t, _ in block[0][1:]]
    if len(keys) < 2 or not all(0 < len(t) <= _KEY_MAX for t in keys) or len(set(keys)) < len(keys):
        return block  # a form of label | value rows: its first row holds no records' keys
    width = max(len(r) for r in block)
    if width < 3:
        return block
    records: list[Row] = []
    for c in range(width):
        column = []
        for row in block:
            column.append(row[c] if c < len(row) else ("", (row[0][1][0], c + 1) * 2))
        records.append(column)  # type: ignore[arg-type]
    return records


def _inside(above: Row, row: Row, below: Row) -> bool:
    """A row of one cell (its first) between rows of several: a row of the table, unless it
    is a note (※, 注) under the table's rows."""
    return (
        _filled(row) == 1
        and bool(row[0][0])
        and not NOTE_ROW.match(row[0][0])
        and _filled(above) >= 2
        and _filled(below) >= 2
    )


def _side_by_side(block: list[Row]) -> list[list[Row]]:
    """「■部局別職員数 | … | | ■推移 | … | | ■目標 | …」: tables laid side by side in the same
    rows, an empty column between them. Each table's columns, read as a block of its own
    (split again where its own rows run out), left to right; else the block as it is."""
    width = max(len(r) for r in block)
    filled = [any(c < len(r) and r[c][0] for r in block) for c in range(width)]
    gaps = [c for c in range(1, width - 1) if not filled[c]]
    edges = [0]
    for c in gaps:
        if sum(filled[edges[-1] : c]) >= 2 and sum(filled[c + 1 :]) >= 2:
            edges.append(c + 1)
    if len(edges) == 1:
        return [block]
    parts = [[r[a:b] for r in block] for a, b in zip(edges, [*edges[1:], width], strict=True)]
    for rows in parts[1:]:
        first = next((r for r in rows if _filled(r)), None)
        if first is None or not first[0][0]:
            return [block]  # the right-hand part opens mid-row: one table's columns
    titled = all(_titled(next(r for r in rows if _filled(r))) for rows in parts)
    # 「指標 | | | 単位 | 基準値 | | 目標値」: a header's merged cells leave a column empty in
    # every row, each row filled on both sides of it; tables apart run out apart
    sides = [sum(bool(_filled(p[k])) for p in parts) for k in range(len(block))]
    lone = [k for k, n in enumerate(sides) if n == 1]
    if not titled and len(lone) < _LONE_ROWS:
        return [block]
    # 「1 | 子育て支 | … | | ○,○○○ | 援助活動件数（件」 over 「| 援の充実 | … | | | ）」: a PDF's
    # wrapped cells, rows filled on one side between rows filled on both — one table, a
    # spacer column in it (tables apart leave their lone rows where the shorter runs out)
    last_both = max((k for k, n in enumerate(sides) if n > 1), default=-1)
    if not titled and sum(1 for k in lone if k < last_both) * 2 >= len(lone):
        return [block]
    return [group for rows in parts for group in _blocks(rows)]


# 「*2,ｼｻｸｺｰﾄﾞ,ｼﾞｷﾞｮｳﾒｲ,…」: a record type's field names, the type after the mark
_RECORD_LAYOUT = re.compile(r"^\*(?P<type>[0-9A-Za-z]{1,3})$")
_MIN_TYPES = 2


def _record_types(block: list[Row]) -> list[list[Row]]:
    """An interface file of typed records (a planning system's export): each line opens with
    its record type (「H」, 「1」, 「2」, 「T」), and a line 「*2,…」 names the fields of type 2.
    Each defined type is a table of its own, its field names the header and the type column
    no cell; a line of an undefined type (the header and trailer records) is a line alone.
    Any other block as it is."""
    layouts = {m.group("type"): k for k, r in enumerate(block)
               if r and (m := _RECORD_LAYOUT.match(r[0][0].strip()))}  # fmt: skip
    if len(layouts) < _MIN_TYPES:
        return [block]
    typed = [r for r in block if r and r[0][0].strip() in layouts]
    if len(typed) < len(layouts):
        return [block]
    parts: list[list[Row]] = []
    for kind, at in sorted(layouts.items(), key=lambda item: item[1]):
        rows = [r[1:] for r in block if r and r[0][0].strip() == kind]
        parts.append([block[at][1:], *rows])
    defined = {*layouts, *(f"*{t}" for t in layouts)}
    alone = [[r] for r in block if r and r[0][0].strip() not in defined]
    return [*alone[:1], *parts, *alone[1:]]


_EXTRACT_HEAD = ["id", "name", "kind"]
_COLUMN_NAME = re.compile(r"^Column[0-9]+$")


def _extracted_tables(block: list[Row]) -> list[list[Row]]:
    """The tables a PDF connector found, exported as one sheet (Power Query's 「PDF から」:
    「Id | Name | Kind | Column1 | Column2 …」, a row per table row, its table's id in the
    first cell): each table a block of its own, without the connector's three columns; a
    row printing the table's first row again (its header repeated on the next page, maybe a
    column off) opens a block of its own too. Any other block as it is."""
    head = [text.strip().lower() for text, _ in block[0][:3]] if block else []
    names = [text.strip() for text, _ in block[0][3:] if text.strip()] if block else []
    if head != _EXTRACT_HEAD or not names or not all(_COLUMN_NAME.match(n) for n in names):
        return [block]
    rows = [r for r in block[1:] if len(r) > 3]
    if any(r[2][0].strip().lower() == "table" for r in rows):
        rows = [r for r in rows if r[2][0].strip().lower() == "table"]  # no whole pages
    parts: list[list[Row]] = []
    table_id: str | None = None
    for row in rows:
        cells = row[3:]
        first = parts[-1][0][0][0].strip() if parts and parts[-1][0] else None
        if row[0][0].strip() != table_id or (first and cells[0][0].strip() == first):
            parts.append([])
            table_id = row[0][0].strip()
        parts[-1].append(cells)
    return parts or [block]


_LABEL_MAX = 12  # a report's field label: a short word, no note nor date in it
_MIN_REPEATED = 3  # rows printing the same labels that make a report's record rows


def _label_cell(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= _LABEL_MAX
        and not re.search(r"[\s:：()（）/／]", text)
        and not _CODE.match(text)
    )


def _repeated_labels(block: list[Row]) -> list[list[Row]]:
    """A report writer's CSV of its records (Crystal Reports' 「レコード形式」): no header
    row, every row opening with the same cells, the report's title and notes, then its field
    labels (「事業名 | 担当課 | 令和8年度 …」), then the record's values, one per label, and
    perhaps its group's subtotals. The title cells become lines over one table, its header
    the labels, a row per record of the values under them; the subtotals after are dropped
    (each group's total, printed in every row of the group). Any other block as it is."""
    if len(block) < _MIN_REPEATED:
        return [block]
    first = [text.strip() for text, _ in block[0]]
    same = 0
    while same < len(first) and first[same] and all(
        same < len(r) and r[same][0].strip() == first[same] for r in block
    ):
        same += 1
    # the labels: the run of short words around the first field label the rows share
    # (the title's cells before them carry spaces, notes and dates; the values after them
    # start with a code or a figure, or differ from row to row)
    named = next((k for k in range(same) if _label_cell(first[k]) and field_of(first[k])), None)
    if named is None:
        return [block]
    labels = named
    while labels > 0 and _label_cell(first[labels - 1]):
        labels -= 1
    same = named
    while same < len(first) and _label_cell(first[same]) and all(
        same < len(r) and r[same][0].strip() == first[same] for r in block
    ):
        same += 1
    count = same - labels
    if count < _MIN_REPEATED:
        return [block]
    # the record's values run up to a total's label every row prints alike (「施策計」 before
    # its group's subtotals), else to the row's end
    width = min(len(r) for r in block)
    totals = (k for k in range(same + 1, width)
              if _TOTAL_LABEL.match(first[k]) and all(r[k][0].strip() == first[k] for r in block))
    end = next(totals, width)
    if end - same < count:
        return [block]
    header = block[0][labels:same]
    rows = [_spread_values(header, r[same:end]) for r in block]
    if any(row is None for row in rows):
        return [block]
    titles = [[cell] for cell in block[0][:labels] if cell[0].strip()]
    table: list[Row] = [header, *(row for row in rows if row is not None)]
    return [titles, table] if titles else [table]


_CODE = re.compile(r"^[0-9０-９]+(?:[-－.][0-9０-９]+)*$")
_TOTAL_LABEL = re.compile(r"^\S{0,6}(?:計|合計|総計|総額)$")  # 「施策計」「総計」「部合計」
_NUMBER_LABEL = re.compile(r"(?:番号|No\.?|NO\.?|コード|ID)$")


def _spread_values(header: Row, values: Row) -> Row | None:
    """The values of a record under its labels: a level's label over its code and its name
    (「施策」 over 「1-1」 then 「防災対策の推進」) takes both, joined as a page prints them
    (「1-1 防災対策の推進」), while the record has more values than labels; None when they
    cannot be matched up."""
    extra = len(values) - len(header)
    out: Row = []
    k = 0
    for label, _ in header:
        if k >= len(values):
            return None
        text, box = values[k]
        if (
            extra > 0
            and k + 1 < len(values)
            and _CODE.match(text.strip())
            and not _NUMBER_LABEL.search(label.strip())
            and values[k + 1][0].strip()
            and not _CODE.match(values[k + 1][0].strip())
        ):
            name, other = values[k + 1]
            joined = (box[0], box[1], max(box[2], other[2]), max(box[3], other[3]))
            out.append((f"{text.strip()} {name.strip()}", joined))
            k += 2
            extra -= 1
            continue
        out.append((text, box))
        k += 1
    return out if extra == 0 else None


# Excel turns a typed code into a date when the file is opened and saved again: 「1-2」 shows
# as 「1月2日」, 「1-2-3」 as 「2001/2/3」 (a two-digit first part read as the year 2001).
_EXCEL_MONTH_DAY = re.compile(r"^(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日$")
_EXCEL_DATE = re.compile(r"^(?P<y>(?:19|20)[0-9]{2})/(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})$")
_TYPED_CODE = re.compile(r"^[0-9]{1,2}(?:-[0-9]{1,2}){1,2}$")
_NUMBERING_LABEL = re.compile(r"(?:番号|コード|No\.?|NO\.?)$")


def _code_of_date(text: str) -> str | None:
    """The code Excel read as a date: 「1月2日」 → 1-2, 「2001/2/3」 → 1-2-3 (two-digit years
    00–29 as 2000–2029, 30–99 as 1930–1999); None for any other text."""
    if (md := _EXCEL_MONTH_DAY.match(text)) is not None:
        return f"{int(md.group('m'))}-{int(md.group('d'))}"
    if (ymd := _EXCEL_DATE.match(text)) is not None:
        year = int(ymd.group("y"))
        first = year - 2000 if 2000 <= year <= 2029 else year - 1900 if year >= 1930 else None
        if first is None:
            return None
        return f"{first}-{int(ymd.group('m'))}-{int(ymd.group('d'))}"
    return None


def _codes_undated(block: list[Row]) -> list[Row]:
    """Under a label naming numbers (「施策番号」「取組番号」), a column of codes some of which
    Excel turned into dates: the codes again. A column holding anything else is left as it is."""
    out = [list(row) for row in block]
    width = max((len(r) for r in block), default=0)
    for column in range(width):
        head = next((k for k, r in enumerate(block) if column < len(r)
                     and _NUMBERING_LABEL.search(r[column][0].strip())), None)  # fmt: skip
        if head is None:
            continue
        cells = [(k, r[column]) for k, r in enumerate(block[head + 1 :], start=head + 1)
                 if column < len(r) and r[column][0].strip()]  # fmt: skip
        codes = {k: _code_of_date(text.strip()) for k, (text, _) in cells}
        if not any(codes.values()) or not all(
            code is not None or _TYPED_CODE.match(cell[0].strip())
            for (_, cell), code in zip(cells, codes.values(), strict=True)
        ):
            continue
        for k, (_, box) in cells:
            if (code := codes[k]) is not None:
                out[k][column] = (code, box)
    return out


def arrange(grid: Sequence[Row]) -> tuple[list[Row], set[int]]:
    """The grid's blocks rearranged (see the module), an empty row between blocks; and the
    rows (by index in the result) that hold one cell in a table: written with their tab, so
    the reader keeps them in the table they sit in (a group row, a card's unmarked line)."""
    out: list[Row] = []
    keep: set[int] = set()
    for whole in _blocks(grid):
        whole = _codes_undated(whole)
        groups = [part for typed in _record_types(whole)
                  for labelled in _repeated_labels(typed)
                  for table in _extracted_tables(labelled)
                  for part in _side_by_side(table)]  # fmt: skip
        for block in groups:
            if len(groups) > 1 and out and out[-1]:
                out.append([])  # each table of a side-by-side row a block of its own
            _write_block(block, out, keep)
    return out, keep


def _write_block(block: list[Row], out: list[Row], keep: set[int]) -> None:
    """Write a block's parts (its preamble apart) to `out`, its one-cell table rows in `keep`."""
    for part, apart in _split_preamble(block):
        part = _sideways(_pivot_header(_summary_labels(_drop_system_ids(part))))
        if out and apart:
            out.append([])
        for k, row in enumerate(part):
            if 0 < k < len(part) - 1 and _inside(part[k - 1], row, part[k + 1]):
                keep.add(len(out))
            out.append(row)
