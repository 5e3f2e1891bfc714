"""The project rules for tables: tab, pipe and spaced columns and rows run together.

A mixin of `loaders.recognisers.projects._Reader`; it reads a table whose header names the
project field, row by row, with the years and amounts its header gives.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from loaders.facts import Span
from loaders.field_vocabulary import cues_of, field_of, label_key
from loaders.genres.units import group_row_name, unit_kind
from loaders.recognisers import page_labels, run_together
from loaders.recognisers.levelled_rows import outline
from loaders.recognisers.project_columns import (
    _amount_year_columns,
    _columns,
    _is_record_table,
    _levels_field,
    _record_field,
    _record_name,
    _stage,
    filled,
)
from loaders.recognisers.project_text import (
    _NO_AMOUNT,
    _NUMBER_TOKEN,
    _WORD,
    _Found,
    _header_unit,
    _joined_suffix,
    _qualifier_unit,
    _trailing_amount,
    _valid_name,
    _yen,
)
from loaders.recognisers.stacked_cells import amount_then_unit
from loaders.recognisers.table_headers import unit_note_header, year_subheader
from loaders.structure import Block, Cell, Table
from loaders.structure.attributes import split_attributes
from loaders.text.amounts import YearAmount, find_amounts, unit_scale
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import Line, lines_with_offsets, nfkc_key
from loaders.text.project_names import looks_like_project

_GAPLESS_LINES = ("paragraph", "heading")  # lines PDF extraction left without cell gaps
_MAX_RUN_ROWS = 20
_RECORD_REACH = 12  # a sheet's 事業名 stands a few lines above its table of amounts


_NAME_FIELDS = ("project", "division", "department")


_SPACE_GAP = re.compile(r"\s+")
_KEY_UNIT = re.compile(r"_([百千万億]*円)$")
# 「名称（基本目標・施策・取組・事業）」: a name column's bracket listing the levels its rows name
_LEVELS_LISTED = re.compile(r"[(（][^()（）]*[・、][^()（）]*事業[)）]\s*$")


_HEADER_FIGURE = re.compile(r"[▲△\-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+\.[0-9]+|[0-9]{5,})")


# 「屋上防水改修 ○○,○○○」, 「展示機能移転(…) 移転費 7,853」: a measure, its cost last
_MEASURE = re.compile(r"(?P<what>\S+)(?:\s+\S+)?\s+(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)")


# 「2026」 alone in a year column: a western year of this era
_BARE_YEAR = re.compile(r"(?:19|20)[0-9]{2}")

class _TableRules:
    """Tables whose header names the project field."""

    # -- tables ---------------------------------------------------------------------------
    def tables(self) -> list[_Found]:
        found: list[_Found] = []
        for block in self.doc.of_kind("table"):
            table = block.table
            if table is None:
                continue
            if _is_record_table(table):
                self.covered.add(block.index)
                found.extend(self._record_table(block))
                continue
            grouped = None
            if _figures_in_header(table.header):
                # a line-printer report's rows, their labels in the page header above
                labelled = page_labels.labelled_from_page_header(
                    self.doc, block, self.facts.fiscal_year
                )
                if labelled is not None:
                    table = self._name_tail_joined(block, labelled)
                    grouped = self._unit_heading_above(block)
            table, noted = unit_note_header(table)  # 「(単位:千円)」 read as the header
            table = year_subheader(table, other_labels=True)
            columns = _columns(table.header)
            if _figures_in_header(table.header):
                columns.pop("project", None)  # a table without a header: its first row
            named = _exact_column(table.header, "initiative")
            if "project" not in columns and named is not None and "budget" in columns:
                # 「公約項目 | 担当課 | R6決算見込額 | R7当初予算額」: undertakings printed with
                # their budgets are projects, whatever word heads their names
                columns["project"] = named
            if "project" not in columns:
                found.extend(self._facility_measures(block))
                continue
            if _examples_of_units(table, columns["project"]):
                continue  # 「課名 | 令和7年度 | 令和6年度 | 主な事業」: the units' budgets
            self.covered.add(block.index)
            unit = (
                _header_unit(table.header, columns.get("budget"))
                or _header_unit(table.header, columns.get("project"))  # 「事業（…：千円）」
                or noted
                or self.column_unit(block.start, table.header, columns.get("budget"))
                or self.unit_before(block.start)
            )
            # 「R6当初 | R5当初」 with no budget word: each year's own amount
            years = _cost_year_columns(table.header) if "budget" not in columns else {}
            if len(years) == 1:  # 「令和8年度 | 前年度」: the year, then the year before it
                (column, year), = years.items()
                before = _previous_year_column(table.header, column)
                if before is not None and before not in years:
                    years[before] = year - 1
            if years:  # 「令和8年度（千円）」: the year columns' own unit first
                unit = _header_unit(table.header, min(years)) or unit
            budget_years = _budget_year_columns(table.header) if "budget" in columns else {}
            if "budget" in columns and len(budget_years) < 2:
                budget_years = _staged_year_columns(table.header, columns["budget"])
            previous = (
                _previous_year_column(table.header, columns["budget"])
                if "budget" in columns and len(budget_years) < 2
                else None
            )
            rows = [*_wrapped_name_rows(table.rows, columns["project"]),
                    *self._continued_rows(block)]  # fmt: skip
            if _levels_field(table.header[columns["project"]]) is not None or _LEVELS_LISTED.search(
                table.header[columns["project"]]
            ):
                # 「基本目標・施策・事業」, 「名称（基本目標・施策・取組・事業）」: only the rows at
                # the project level are projects
                at = columns["project"]
                rows = [r for r in rows if at < len(r) and looks_like_project(r[at].text)]
            kinds = _level_kind_column(rows, columns["project"])
            if kinds is not None:  # 「区分 | 番号 | 名称」: 施策 rows among 事務事業 rows
                rows = [
                    r for r in rows if kinds >= len(r) or _level_kind(r[kinds].text) != "policy"
                ]
            group: tuple[str, Span] | None = None  # the unit a group row names (「【総務課】」)
            for row in rows:
                if table.is_group_row(row):
                    group = self._group_unit(row[0])
                    continue
                row_unit = _row_unit(row, columns.get("unit")) or unit
                listed = _marked_entries(row[columns["project"]]) if columns["project"] < len(
                    row
                ) else None
                if listed:  # 「○X事業 ○,○○○千円 ○Y事業 ○,○○○千円」: a project each
                    at = columns["project"]
                    for entry in listed:
                        one = [*row[:at], entry, *row[at + 1 :]]
                        if (item := self._row(block, one, columns, row_unit)) is not None:
                            if item.division is None and group is not None:
                                item.division, item.division_span = group
                            found.append(item)
                    continue
                item = self._row(block, row, columns, row_unit)
                if item is None:
                    continue
                if item.division is None and group is not None:
                    item.division, item.division_span = group
                if item.department is None and grouped and unit_kind(grouped[0]) == "department":
                    # 「【○○局】」 over a report's rows: the department their divisions are of
                    item.department, item.department_span = grouped
                if len(budget_years) >= 2:  # 「令和6年度 予算額」「令和5年度 予算額」
                    bare = replace(item, budget=None, budget_span=None)
                    found.extend(self._per_year(bare, row, budget_years, row_unit) or [item])
                elif item.budget is None and len(years) >= 2:
                    # 「継続」 in every year's column: the project, with no amount
                    found.extend(self._per_year(item, row, years, row_unit) or [item])
                elif not _budget_left_blank(row, columns.get("budget"), item):
                    found.append(item)
                    if previous is not None:  # 「当初予算額 | 前年度当初予算額」
                        found.extend(self._previous_year(item, row, previous, row_unit))
        return found

    def record_year_tables(self) -> list[_Found]:
        """「事業名：X事業」 over a table of its amounts by year (「年度 | 区分 | 金額（千円）」),
        as a form's record holds its cost table (a kintone app's subtable): one row per
        year, the record's project and its division field (所管課) beside each."""
        found: list[_Found] = []
        for block in self.doc.of_kind("table"):
            table = block.table
            if table is None or block.index in self.covered:
                continue
            columns = _columns(table.header)
            if "project" in columns or "budget" not in columns or "fiscalYear" not in columns:
                continue
            fields = self._record_fields(block)
            if "project" not in fields:
                continue
            name, name_span = fields["project"]
            label = table.header[columns["budget"]]
            tail = _KEY_UNIT.search(label)  # 「金額_千円」: an app's field key names its unit
            unit = _header_unit(table.header, columns["budget"]) or (tail and tail.group(1))
            for row in table.rows:
                if max(columns["budget"], columns["fiscalYear"]) >= len(row):
                    continue
                years = year_mentions(row[columns["fiscalYear"]].text)
                amounts = find_amounts(row[columns["budget"]].text + (unit or ""))
                if not years or not amounts or amounts[0][2] <= 0:
                    continue
                item = _Found(name=name, name_span=name_span, block=block,
                              budget=amounts[0][2],
                              budget_span=self.doc.cell_span(row[columns["budget"]]),
                              year=years[0].year,
                              year_span=self.doc.cell_span(row[columns["fiscalYear"]]),
                              per_year=True)  # fmt: skip
                if "division" in fields:
                    item.division, item.division_span = fields["division"]
                found.append(item)
            self.covered.add(block.index)
        return found

    def _record_fields(self, block: Block) -> dict[str, tuple[str, Span]]:
        """The labelled fields of the record a table sits in: the fields before it under the
        same heading, back to the heading or the previous table."""
        fields: dict[str, tuple[str, Span]] = {}
        for other in reversed(self.doc.blocks[: block.index]):
            if other.kind in ("heading", "table"):
                break
            if other.kind == "field" and other.label and other.value:
                name = field_of(other.label, exact=True)
                if name in ("project", "division") and name not in fields:
                    fields[name] = (other.value.strip(), self.doc.span(other.start, other.end))
        return fields

    def levelled_rows(self) -> list[_Found]:
        """A task list's project rows (`levelled_rows`): one project per year row under it,
        that year's amount its budget and the year row's unit (or its own) its division."""
        found: list[_Found] = []
        for block in self.doc.of_kind("table"):
            if block.index in self.covered or block.table is None:
                continue
            read = outline(block.table)
            if read is None:
                continue
            for at in read.project_rows():
                name_cell = read.rows[at].row[read.name]
                for k in read.year_rows(at):
                    budget = read.amount_of(k)
                    year = read.year_of(k)
                    if budget is None or year is None or read.amount is None:
                        continue
                    row = read.rows[k].row
                    item = _Found(
                        name=name_cell.text.strip(),
                        name_span=self.doc.cell_span(name_cell),
                        block=block,
                        budget=budget,
                        budget_span=self.doc.cell_span(row[read.amount]),
                        year=year[0],
                        year_span=self.doc.cell_span(row[read.name]),
                        per_year=True,
                    )
                    unit = read.text(k, read.unit) or read.text(at, read.unit)
                    if unit:
                        own = row if read.text(k, read.unit) else read.rows[at].row
                        item.division = unit
                        item.division_span = self.doc.cell_span(own[read.unit])  # type: ignore[index]
                    found.append(item)
            self.covered.add(block.index)
        return found

    def _previous_year(
        self, item: _Found, row: list[Cell], column: int, unit: str | None
    ) -> list[_Found]:
        """The amount of a budget column labelled as the year before's (「前年度当初予算額」),
        beside the row's own: the project's budget the year before the row's."""
        year = item.year or self.facts.fiscal_year
        if year is None or column >= len(row) or not row[column].text:
            return []
        copy = replace(item, spans=list(item.spans), year=year - 1, budget=None, budget_span=None)
        self._budget(copy, row[column].text, row[column].start, unit)
        if not copy.budget:
            return []
        copy.year_span = copy.budget_span
        copy.per_year = True
        return [copy]

    def _group_unit(self, cell: Cell) -> tuple[str, Span] | None:
        """The unit a group row names alone (「【総務課】」 over the rows of its projects), the
        division of the rows under it; None for a row naming anything else."""
        name = group_row_name(cell.text)
        if unit_kind(name) not in ("division", "section", "office"):
            return None
        start = cell.start + cell.text.find(name)
        return name, self.doc.span(start, start + len(name))

    def run_together_rows(self) -> list[_Found]:
        """Rows of a table whose cells PDF extraction ran together under a header of years
        (`loaders.recognisers.run_together`): 「X事業みどり課1.523.0―」 under 「事業名所管課
        R6R7R8」 is X事業's amounts by year, みどり課 its division; 「事業費12,3456,789」
        under 「区分R4決算R5決算」 is the amounts of the project the record above names."""
        found: list[_Found] = []
        blocks = self.doc.blocks
        for block in blocks:
            if block.kind not in _GAPLESS_LINES or block.number:
                continue
            if (header := run_together.year_header(block.text)) is None:
                continue
            at = self.doc.folded.find(block.text, block.start)
            unit = self.unit_before(block.start)
            named = field_of(header.head) == "project"
            for row in blocks[block.index + 1 : block.index + 1 + _MAX_RUN_ROWS]:
                split = (
                    run_together.figures(row.text, len(header.years))
                    if row.kind in _GAPLESS_LINES else None
                )
                offset = self.doc.folded.find(row.text, row.start) if split else -1
                if split is None or offset < 0 or at < 0:
                    break
                head, cells = split
                item = (
                    self._run_project(row, head, offset) if named
                    else self._record_project(row) if field_of(head, exact=True) == "budget"
                    else None
                )
                if item is None:
                    continue
                for year, (a, b), cell in zip(header.years, header.spans, cells, strict=True):
                    yen = None if run_together.is_dash(cell) else _yen(cell.text, unit)
                    item.yearly.append(YearAmount(year, at + a, at + b, offset + cell.start,
                                                  offset + cell.end, yen or None))  # fmt: skip
                if any(one.yen for one in item.yearly):
                    found.append(item)
        return found

    def _run_project(self, row: Block, head: str, offset: int) -> _Found | None:
        """「X改修事業みどり課」: the project's name, then the unit in charge of it."""
        for cut in range(len(head) - 1, 0, -1):
            name, unit = head[:cut], head[cut:]
            if looks_like_project(name) and unit_kind(unit) is not None:
                item = _Found(name, self.doc.span(offset, offset + cut), row,
                              spans=[self.doc.span(row.start, row.end)])  # fmt: skip
                item.division = unit
                item.division_span = self.doc.span(offset + cut, offset + len(head))
                return item
        return None

    def _record_project(self, row: Block) -> _Found | None:
        """The project the labelled record a table stands in names (「事業名 X事業」)."""
        for above in reversed(self.doc.blocks[max(0, row.index - _RECORD_REACH) : row.index]):
            if above.kind == "field" and field_of(above.label or "", exact=True) == "project":
                name = label_key(above.value or "")
                if not name or not looks_like_project(name):
                    return None
                start = above.value_start
                item = _Found(name, self.doc.span(start, start + len(above.value or "")), row,
                              spans=[self.doc.span(row.start, row.end)])  # fmt: skip
                self._record_division(item, self.doc.blocks[above.index + 1 : row.index])
                return item
        return None

    def _record_division(self, item: _Found, lines: list[Block]) -> None:
        """「担当部課 緑化部 みどり課 係長 …」 among the record's lines (its label and
        values run together with spaces): the innermost unit after a division label."""
        for line in lines:
            words = list(re.finditer(r"\S+", line.text))
            if len(words) < 2 or field_of(words[0].group(), exact=True) != "division":
                continue
            units = list(itertools.takewhile(lambda w: unit_kind(w.group()) is not None, words[1:]))
            at = self.doc.folded.find(line.text, line.start)
            if units and at >= 0:
                last = units[-1]
                item.division = last.group()
                item.division_span = self.doc.span(at + last.start(), at + last.end())
            return

    def _name_tail_joined(self, block: Block, table: Table) -> Table:
        """A report's rows with each name broken at its column's edge made whole: the name's
        first part on the row with its figures (「X市民会館改修」), the rest alone on the
        line under it (「事業」) — a row of the table, or the line right after the table that
        the structure reader split off. The two are one name when the first part alone
        does not read as a project and both together do; the line after is then read."""
        project = next(
            (k for k, label in enumerate(table.header) if field_of(label, exact=True) == "project"),
            None,
        )
        if project is None:
            return table
        rows: list[list[Cell]] = []
        for row in table.rows:
            head = rows[-1] if rows else None
            tail = row[project] if project < len(row) else None
            if (
                head is not None
                and tail is not None
                and project < len(head)
                and not any(c.text for k, c in enumerate(row) if k != project)
                and _name_tail(head[project].text, tail.text)
            ):
                top = head[project]
                rows[-1] = [*head[:project], Cell(top.text + tail.text, top.start, tail.end),
                            *head[project + 1 :]]  # fmt: skip
                continue
            rows.append(row)
        after = block.index + 1
        if rows and project < len(rows[-1]) and after < len(self.doc.blocks):
            line = self.doc.blocks[after]
            text = line.text.strip()
            if (
                line.kind in ("heading", "paragraph")
                and "\n" not in text
                and line.number is None
                and _name_tail(rows[-1][project].text, text)
            ):
                top = rows[-1][project]
                rows[-1] = [*rows[-1][:project], Cell(top.text + text, top.start, line.end),
                            *rows[-1][project + 1 :]]  # fmt: skip
                self.covered.add(after)
                self.read_blocks.add(after)
        return replace(table, rows=rows)

    def _continued_rows(self, block: Block) -> list[list[Cell]]:
        """A space-aligned table whose rows run on past the block the structure reader made
        of it: a row wrapped after its name (「3-1 X事業」 over 「○○  ○○  ―  みどり課」)
        or its last cell broken at the line's end (「みどり」 over 「課」) ends the block early.
        The lines right after the block that read as its rows, such pieces joined, each as
        many words as the header has labels (the table's own rows must be so too)."""
        table = block.table
        if table is None or not table.rows:
            return []
        width = len(table.header)
        first_end = self.doc.folded.find("\n", block.start, block.end)
        head = self.doc.folded[block.start : first_end if first_end >= 0 else block.end]
        if any(mark in head for mark in "\t|│┃") or len(_words(head, 0)) != width:
            return []
        if any(len(row) != width for row in table.rows):
            return []
        lines = [ln for ln in lines_with_offsets(self.doc.folded[block.end :])]
        at = block.end
        rows: list[list[Cell]] = []
        k = 1 if lines and not lines[0].text.strip() and lines[0].start == 0 else 0
        while k < len(lines):
            words = _words(lines[k].text, at + lines[k].start)
            start = at + lines[k].start
            nxt = _words(lines[k + 1].text, at + lines[k + 1].start) if k + 1 < len(lines) else []
            if (
                0 < len(words) < width
                and len(words) + len(nxt) == width
                and not any(_NUMBER_TOKEN.match(w) for w, _, _ in words)
                and (_NUMBER_TOKEN.match(nxt[0][0]) or _NO_AMOUNT.fullmatch(nxt[0][0]))
            ):
                words, k = words + nxt, k + 1  # the row wrapped after its name
                nxt = (_words(lines[k + 1].text, at + lines[k + 1].start)
                       if k + 1 < len(lines) else [])  # fmt: skip
            if len(words) != width or not any(
                _NUMBER_TOKEN.match(w) or _NO_AMOUNT.fullmatch(w) for w, _, _ in words[1:]
            ):
                break  # a note or a sentence after the table, however many its words
            last, a, b = words[-1]
            if (
                len(nxt) == 1
                and unit_kind(last) is None
                and unit_kind(last + nxt[0][0]) is not None
                and not any(ch.isdigit() for ch in nxt[0][0])
            ):
                words[-1] = (last + nxt[0][0], a, b)  # a unit's name broken at the line's end
                k += 1
            rows.append([Cell(w, x, y) for w, x, y in words])
            self.covered_lines.append((start, at + lines[k].end))
            k += 1
        return rows

    def _record_table(self, block: Block) -> list[_Found]:
        """「事業名 | X事業」 over 「所管部 | 緑化部 | 所管課 | みどり課」: a sheet printed as a
        table of labels each followed by its value, one project's record; its cost table
        after it gives an amount per year when no cell gives the budget."""
        table = block.table
        if table is None:
            return []
        name_cell = _record_name(table)
        if name_cell is None:
            return []
        item = _Found(name_cell.text, self.doc.cell_span(name_cell), block,
                      spans=[self.doc.span(block.start, block.end)])  # fmt: skip
        unit = self.unit_before(block.start)
        for row in [filled(r) for r in [table.header_cells, *table.rows]]:
            for label, value in zip(row[0::2], row[1::2], strict=False):
                kind = _record_field(label.text)
                if kind == "budget":
                    self._budget(item, value.text, value.start,
                                 _qualifier_unit(label.text) or unit)  # fmt: skip
                elif kind in ("division", "department"):
                    self._name_field(item, kind, value.text, value.start)
                elif kind == "fiscalYear":
                    self._year(item, value.text, value.start)
        yearly = self._sheet_years(item, block) if item.budget is None else []
        return yearly or [item]

    def _facility_measures(self, block: Block) -> list[_Found]:
        """A facility plan's table (施設名 | 所管課 | 「令和6年度 対策内容・概算事業費(千円)」 …):
        each year's cell prints a measure and its cost (「屋上防水改修 ○○,○○○」), the
        project the facility's name and the measure name, once for that year."""
        table = block.table
        if table is None:
            return []
        header = table.header
        years = _budget_year_columns(header)
        facility = next((i for i, h in enumerate(header)
                         if field_of(h, exact=True) == "facility"), None)  # fmt: skip
        if facility is None or len(years) < 2:
            return []
        division = _columns(header).get("division")
        unit = _header_unit(header, min(years)) or self.unit_before(block.start)
        found: list[_Found] = []
        for row in table.rows:
            if facility >= len(row) or not row[facility].text:
                continue
            for column, year in years.items():
                if column >= len(row):
                    continue
                cell = row[column]
                measure = _MEASURE.fullmatch(cell.text)
                if measure is None:
                    continue
                what = re.sub(r"[(（][^()（）]*[)）]$", "", measure.group("what")).strip()
                if not what or what.isdigit():
                    continue
                name = row[facility].text + what
                spans = [self.doc.span(row[0].start, row[-1].end)]
                item = _Found(name, self.doc.cell_span(cell), block, spans=spans, year=year)
                at = cell.start + measure.start("n")
                self._budget(item, measure.group("n"), at, unit)
                if item.budget is None:
                    continue
                item.year_span, item.per_year = item.budget_span, True
                if division is not None and division < len(row):
                    self._name_field(item, "division", row[division].text, row[division].start)
                found.append(item)
        if found:
            self.covered.add(block.index)
        return found

    def _per_year(
        self, item: _Found, row: list[Cell], years: dict[int, int], unit: str | None
    ) -> list[_Found]:
        """A plan table with a column per fiscal year (「2020年度」「2021年度」 under
        「(単位:千円)」): the project once for every year whose cell holds an amount."""
        found = []
        for column, year in years.items():
            if column >= len(row) or not row[column].text:
                continue
            cell = row[column]
            copy = replace(item, spans=list(item.spans), year=year)
            # 「○○,○○○（○○,○○○）」「○,○○○（新）」: the amount, a note on it in brackets after
            # (the previous plan's figure, a mark) that is no part of it
            text = _BRACKET_NOTE_AFTER.sub("", cell.text)
            start = cell.start
            if (work := _WORK_AMOUNT.fullmatch(text)) is not None:
                # 「実施設計（○○,○○○）」: the year's work, its cost in brackets after it
                text, start = work.group("n"), cell.start + work.start("n")
            self._budget(copy, text, start, unit)
            if not copy.budget:
                continue  # 「0」 in a year's column: nothing budgeted that year, no row
            copy.year_span = copy.budget_span
            copy.per_year = True
            found.append(copy)
        return found

    def _row(
        self, block: Block, row: list[Cell], columns: dict[str, int], unit: str | None
    ) -> _Found | None:
        def cell(name: str) -> Cell | None:
            index = columns.get(name)
            if index is None or index >= len(row) or not row[index].text:
                return None
            return row[index]

        name_cell = cell("project")
        if name_cell is None:
            return None
        name, attributes = split_attributes(name_cell.text)
        amount = None if attributes else _trailing_amount(name_cell.text)
        if amount is None and not attributes and unit is not None and "budget" not in columns:
            amount = _trailing_figure(name_cell.text, unit)  # 「X事業 ○,○○○」 under (…：千円)
        if amount is not None:
            name = amount[0]
        if not _valid_name(name):
            # 「事業名・概要」: the name, then a line describing it, in one cell
            name = _name_before_description(name) or ""
            if not name:
                return None
        elif not looks_like_project(name) and (head := _name_before_description(name)):
            name = head  # 「X事業<br>対象を拡大」: the name in bold, its gist under it
        name_span = self.doc.span(name_cell.start, name_cell.start + len(name))
        if nfkc_key(name_span.text) != nfkc_key(name):
            name_span = self.doc.cell_span(name_cell)  # a name wrapped over two lines
        item = _Found(name, name_span, block)
        if amount is not None:
            _, a, b, yen = amount
            item.budget = yen
            item.budget_span = self.doc.span(name_cell.start + a, name_cell.start + b)
        item.spans = [self.doc.span(row[0].start, row[-1].end)]
        if (budget := cell("budget")) is not None:
            self._budget(item, budget.text, budget.start, unit)
        for key in ("division", "department"):
            if (found := cell(key)) is not None:
                self._name_field(item, key, found.text, found.start)
        if item.budget is None and item.division is None:
            self._amount_and_unit(item, row, columns, unit)
        if (year := cell("fiscalYear")) is not None:
            self._year(item, year.text, year.start)
            self._bare_year(item, year)
            # 「X事業 | R7 | 3,141」 then 「X事業 | R8 | 27,183」: a row per year and amount
            item.per_year = item.year is not None and item.budget is not None
        self._header_year(item, block, columns.get("budget"))
        self._attributes(item, attributes, name_cell.start, unit)
        return item

    def _bare_year(self, item: _Found, cell: Cell) -> None:
        """「改修予定年度 | 2026」: a year column's cell printing the year's number alone (a
        data export's), no 年度 after it, is the row's fiscal year."""
        bare = cell.text.strip()
        if item.year is None and _BARE_YEAR.fullmatch(bare):
            at = cell.start + cell.text.index(bare)
            item.year, item.year_span = int(bare), self.doc.span(at, at + len(bare))

    def _amount_and_unit(
        self, item: _Found, row: list[Cell], columns: dict[str, int], unit: str | None
    ) -> None:
        """「6,813 みどり課」「2,470千円 〈花壇係〉」: a cell printing an amount, then the
        unit in charge (two values stacked in one cell, under a label naming one of them or
        something else, 「内容」) gives the row its budget and division."""
        for index, cell in enumerate(row):
            if index == columns.get("project") or not (parts := amount_then_unit(cell.text)):
                continue
            (a, b), (c, d) = parts
            self._budget(item, cell.text[a:b], cell.start + a, unit)
            if item.budget is not None:
                self._name_field(item, "division", cell.text[c:d], cell.start + c)
                return

    def _header_year(self, item: _Found, block: Block, column: int | None) -> None:
        """「令和6年度予算額(千円)」: the year the budget column's label prints is the year
        of every amount under it (not a year of the text before the table)."""
        table = block.table
        if item.year is not None or column is None or table is None:
            return
        if column < len(table.header_cells):
            label = table.header_cells[column]
            self._year(item, label.text, label.start)
        if item.year is not None:
            return
        # 「令和7年度の主な施設改修（当初予算）」 over 「（単位：千円）」 over 「事業名 | 予算額」:
        # the title's one year dates the amounts, not the year of the report around it
        for above in reversed(self.doc.blocks[max(0, block.index - _TITLE_REACH) : block.index]):
            if above.kind == "table" or above.kind == "field":
                return
            years = {m.year for m in year_mentions(above.text) if m.kind == "fiscal"}
            if len(years) == 1 and "。" not in above.text:
                self._year(item, above.text, above.start)
                return

    def spaced_tables(self) -> list[_Found]:
        """Tables whose columns are separated by single spaces, so only the header's labels
        and the run of numbers in each row tell the columns apart: text columns before the
        numbers (the last of them may hold spaces), number columns named by a second header
        line when there is one."""
        found: list[_Found] = []
        lines = lines_with_offsets(self.doc.folded)
        i = 0
        while i < len(lines):
            line = lines[i]
            words = _words(line.text, line.start)
            fields = [field_of(w, exact=True) for w, _, _ in words]
            if (
                len(words) < 3
                or "\t" in line.text
                or "|" in line.text
                or "project" not in fields
                or self._in_table(line.start)
            ):
                i += 1
                continue
            last_text = max(k for k, f in enumerate(fields) if f in _NAME_FIELDS)
            lead = fields[: last_text + 1]
            j = i + 1
            if j + 1 < len(lines) and _wrapped_label(lines[j].text):
                j += 1  # 「新規」 over 「/継続」: the last label of the header wrapped
            sub: list[str | None] | None = None
            if j < len(lines):
                sub_words = _words(lines[j].text, lines[j].start)
                sub_fields = [field_of(w, exact=True) for w, _, _ in sub_words]
                if (
                    len(sub_words) >= 2
                    and any(sub_fields)
                    and not any(_NUMBER_TOKEN.match(w) for w, _, _ in sub_words)
                ):
                    sub = sub_fields
                    j += 1
            numeric = sub if sub is not None else fields[last_text + 1 :]
            budget_words = [w for (w, _, _), f in zip(words, fields, strict=True) if f == "budget"]
            budget_word = budget_words[0] if budget_words else ""
            unit = _qualifier_unit(budget_word) or self.unit_before(line.start)
            rows = 0
            years = _cost_year_columns([w for w, _, _ in words]) if "budget" not in fields else {}
            group: tuple[str, Span] | None = None  # the 局 a group's first row prints
            while j < len(lines):
                columns = fields if sub is None else None
                item = self._spaced_row(lines[j], lead, numeric, columns, unit)
                if item is None and rows and _cell_tail(lines[j].text) and j + 1 < len(lines):
                    # 「… 過疎対策事」 then 「業債」: the row's last cell wrapped at the line's
                    # end; the table goes on under it
                    nxt = self._spaced_row(lines[j + 1], lead, numeric, columns, unit)
                    if nxt is not None:
                        self.covered_lines.append((lines[j].start, lines[j].end))
                        j += 1
                        continue
                if item is None:
                    break
                if columns is not None and columns[0] is None:
                    group = self._group_cell(lines[j], len(columns), group)
                    if group is not None and item.department is None:
                        item.department, item.department_span = group
                if len(years) >= 2 and item.budget is None and columns is not None:
                    # 「X事業 … 420 610 ― 」 under 「R7 R8 R9」: a row per year with an amount
                    found.extend(self._spaced_years(item, lines[j], len(columns), years, unit))
                else:
                    found.append(item)
                self.covered_lines.append((lines[j].start, lines[j].end))
                rows += 1
                j += 1
            i = j if rows else i + 1
        return found

    def _group_cell(
        self, line: Line, width: int, group: tuple[str, Span] | None
    ) -> tuple[str, Span] | None:
        """「総務局 新規 X事業 …」: a full row's first word, a department, opens its group;
        the rows under it, a word short, stay in the group."""
        words = _words(line.text, line.start)
        if len(words) != width:
            return group
        word, start, end = words[0]
        if unit_kind(word) != "department":
            return None
        return word, self.doc.span(start, end)

    def _spaced_row(
        self,
        line: Line,
        lead: list[str | None],
        numeric: list[str | None],
        columns: list[str | None] | None,
        unit: str | None,
    ) -> _Found | None:
        """One row; `columns` (the header's fields) when there is no second header line:
        a row of as many words as the header then reads column by column."""
        text, start = line.text, line.start
        words = _words(text, start)
        if columns is not None and len(words) == len(columns) + 1:
            words = _join_broken_unit(words)
        if columns is not None and len(words) == len(columns):
            return self._positional_row(line, words, columns, unit)
        if (
            columns is not None
            and len(columns) >= _GROUPED_WIDTH
            and len(words) == len(columns) - 1
            and columns[0] in (None, "department", "division")
            and "project" in columns[1:]
            and unit_kind(words[0][0]) is None
        ):
            # 「総務局 新規 X事業 …」 then 「継続 Y事業 …」: the group's cell printed on its
            # first row only; the rows under it lack that one word
            return self._positional_row(line, words, columns[1:], unit)
        run = _number_run(words, None if columns is not None else len(numeric))
        if run is None:
            return None
        first, last = run
        tokens = words[:first]
        values: dict[str, tuple[str, int, int]] = {}
        labels = list(lead)
        if labels and labels[0] is None and tokens and _NUMBER_TOKEN.match(tokens[0][0]):
            labels, tokens = labels[1:], tokens[1:]  # the row number (No.)
        if not labels or not tokens:
            return None
        for label, token in zip(labels[:-1], tokens, strict=False):
            if label is not None:
                values[label] = token
        tail = len(tokens) - 1
        while tail > len(labels) - 1 and tokens[tail][0][:1] in "(（":
            tail -= 1  # 「架空管理費 (本庁分)」: a parenthesis belongs to the name
        if labels[-1] is not None:
            values[labels[-1]] = (
                text[tokens[tail][1] - start : tokens[-1][2] - start],
                tokens[tail][1],
                tokens[-1][2],
            )
        if "project" not in values:
            return None
        name, name_start, name_end = values["project"]
        if not _valid_name(name):
            return None
        block = self._block_at(start)
        item = _Found(name, self.doc.span(name_start, name_end), block)
        item.spans = [self.doc.span(start, start + len(text))]
        numbers = words[first : last + 1]
        if len(numbers) == len(numeric):
            column = _budget_column(numeric)
            if column is not None:
                self._budget(item, numbers[column][0], numbers[column][1], unit)
        for key in ("division", "department"):
            if key in values:
                self._name_field(item, key, values[key][0], values[key][1])
        return item

    def _spaced_years(
        self, item: _Found, line: Line, width: int, years: dict[int, int], unit: str | None
    ) -> list[_Found]:
        """The row's cells under the header's year columns (counted from the row's end, the
        text before them may hold a broken word): the project once for every year whose cell
        holds an amount (「―」 and 0 are none). The bare row when the cells do not line up."""
        words = _words(line.text, line.start)
        shift = len(words) - width  # 「継続 Y事業 …」 under a group's row: one word short
        cells = [Cell(w, a, b) for w, a, b in words]
        if any(not 0 <= c + shift < len(words) for c in years) or not all(
            _NUMBER_TOKEN.match(words[c + shift][0]) or _NO_AMOUNT.fullmatch(words[c + shift][0])
            for c in years
        ):
            return [item]
        at = {c + shift: y for c, y in years.items()}
        return self._per_year(item, cells, at, unit) or [item]

    def _positional_row(
        self,
        line: Line,
        words: list[tuple[str, int, int]],
        columns: list[str | None],
        unit: str | None,
    ) -> _Found | None:
        cells = {f: w for w, f in zip(words, columns, strict=True) if f is not None}
        if "project" not in cells or not _valid_name(cells["project"][0]):
            return None
        name, name_start, name_end = cells["project"]
        item = _Found(name, self.doc.span(name_start, name_end), self._block_at(line.start))
        item.spans = [self.doc.span(line.start, line.end)]
        if "budget" in cells:
            self._budget(item, cells["budget"][0], cells["budget"][1], unit)
        for key in ("division", "department"):
            if key in cells:
                self._name_field(item, key, cells[key][0], cells[key][1])
        if "fiscalYear" in cells:
            self._year(item, cells["fiscalYear"][0], cells["fiscalYear"][1])
        return item

    def _in_table(self, offset: int) -> bool:
        return any(b.kind == "table" and b.start <= offset < b.end for b in self.doc.blocks)

    def _block_at(self, offset: int) -> Block:
        return max(
            (b for b in self.doc.blocks if b.start <= offset),
            key=lambda b: b.start,
            default=self.doc.blocks[0],
        )


# a cell's entries each after a mark: 「○X事業 ○,○○○千円 ○Y事業 …」
_ENTRY_MARK = re.compile(r"[○●◎◆◇■□▪・]")


def _marked_entries(cell: Cell) -> list[Cell] | None:
    """The entries of a cell listing projects each after a mark and with its amount (a
    list set in a table cell, its lines joined); None for any other cell."""
    text = cell.text
    lead = len(text) - len(text.lstrip())
    marks = [m.start() for m in _ENTRY_MARK.finditer(text)]
    if not marks or marks[0] != lead:
        return None
    first = text[lead]  # the list's own mark, opening the cell and set after a space again
    marks = [at for at in marks if at == lead or (text[at] == first and text[at - 1].isspace())]
    entries: list[Cell] = []
    for k, start in enumerate(marks):
        end = marks[k + 1] if k + 1 < len(marks) else len(text)
        body = text[start + 1 : end]
        inner = len(body) - len(body.lstrip())
        piece = body.strip()
        if not piece or _trailing_amount(piece) is None:
            return None
        at = cell.start + start + 1 + inner
        entries.append(Cell(piece, at, at + len(piece)))
    return entries


def _join_broken_unit(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """「こども政策 課」 in a row of single-space columns: a unit name broken before its
    suffix (PDF text) is one cell; the words unchanged when no such pair is found."""
    for k in range(len(words) - 1):
        (a, start, _), (b, _, end) = words[k], words[k + 1]
        joined = _joined_suffix(f"{a} {b}")
        one_space = end - start == len(a) + 1 + len(b)
        if " " not in joined and unit_kind(joined) is not None and one_space:
            return [*words[:k], (f"{a} {b}", start, end), *words[k + 2 :]]  # read whole later
    return words


def _name_before_description(text: str) -> str | None:
    """「X事業 高齢者の見守りを行います。」: a cell holding a project's name and then the
    sentence describing it (a name in bold over a paragraph, a 事業名・概要 column) — the
    name is the words before the first gap, when they read as a project's name."""
    head = _SPACE_GAP.split(text.strip(), maxsplit=1)
    if len(head) < 2 or not _valid_name(head[0]) or not looks_like_project(head[0]):
        return None
    return head[0]


def _figures_in_header(header: list[str]) -> bool:
    """「介護保険事業 | ○○,○○○ | ○○,○○○」 taken for a header: a table printed without
    one (or cut from its header) opens with a row; amounts are never column labels, though
    a year alone (「2025」) may be."""
    return any(_HEADER_FIGURE.fullmatch(label.strip()) for label in header)


def _budget_left_blank(row: list[Cell], column: int | None, item: _Found) -> bool:
    """「X事業 | ― | 市民課」: a dash in the budget column says nothing is budgeted for the
    project in the table's year, so the table gives no row of it."""
    return (
        item.budget is None
        and column is not None
        and column < len(row)
        and _NO_AMOUNT.fullmatch(row[column].text.strip()) is not None
    )


def _exact_column(header: list[str], field_name: str) -> int | None:
    """The first column labelled exactly by a word of `field_name` (「公約項目」, not
    「公約No.」, which only starts with one)."""
    return next((i for i, label in enumerate(header)
                 if field_of(label, exact=True) == field_name), None)  # fmt: skip


_GROUPED_WIDTH = 4  # a group's column, a name and two values at least
_BRACKET_NOTE_AFTER = re.compile(r"(?<=[0-9])\s*[(（][^()（）]*[)）]\s*$")
# 「実施設計（○○,○○○）」, 「X更新（○局）（○○,○○○）」: words for the year's work, then its cost
# in the last bracket
_WORK_AMOUNT = re.compile(
    r".*[^\s0-9,.()（）△▲-]\S*?\s*[(（]\s*(?P<n>[0-9][0-9,]*(?:\.[0-9]+)?)\s*[)）]\s*"
)


_NAME_THEN_FIGURE = re.compile(r"^(?P<name>.+?)[ \u3000]+(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)$")


def _trailing_figure(text: str, unit: str) -> tuple[str, int, int, int] | None:
    """(name, start, end, yen) of a cell printing a project's name and a bare figure after
    it, in the unit the column's label states; None unless the name reads as a project's."""
    found = _NAME_THEN_FIGURE.match(text.strip())
    if found is None or not looks_like_project(found.group("name")):
        return None
    yen = _yen(found.group("n"), unit)
    if yen is None:
        return None
    at = text.index(found.group(0))
    return found.group("name"), at + found.start("n"), at + found.end("n"), yen


def _budget_year_columns(header: list[str]) -> dict[int, int]:
    """Column → fiscal year for budget columns that each name their year (「令和6年度
    予算額」, 「R5当初予算」): every one states the project's amount for its year."""
    years: dict[int, int] = {}
    for index, label in enumerate(header):
        if field_of(label) != "budget":
            continue
        mentions = [m for m in year_mentions(label_key(label)) if m.kind == "fiscal"]
        if len(mentions) == 1:
            years[index] = mentions[0].year
    return years if len(set(years.values())) == len(years) else {}


_AMOUNT_WORD = "額"  # 「前年度額」: the year before's amount, the cue and the word for one


def _previous_year_column(header: list[str], budget: int) -> int | None:
    """The budget column labelled as the year before's (「前年度当初予算額」, a
    `mkf:previousYear` cue word first) beside the row's own budget column."""
    cues = tuple(label_key(c) for c in cues_of("previousYear"))
    for index, label in enumerate(header):
        key = label_key(label).strip("()（）")
        if index != budget and (
            (field_of(label) == "budget" and key.startswith(cues))
            or key.removesuffix(_AMOUNT_WORD) in cues
        ):  # 「予算額 | 前年度」, 「査定額 | 前年度額」: the cue labels the year before's budget
            return index
    return None


def _cost_year_columns(header: list[str]) -> dict[int, int]:
    """Column → fiscal year for the year columns of a project table whose labels name no
    other field than an amount: 「R7当初 | R6当初」, 「令和5年度決算」 (not 「R6目標」,
    「R6実績」, which are an indicator's)."""
    return {
        column: year
        for column, year in _amount_year_columns(header).items()
        if _stage(header[column]) in (None, "budget", "estimate")
    }


def _name_tail(name: str, tail: str) -> bool:
    """「X市民会館改修」 over 「事業」: `tail` the rest of a name broken at its column's edge
    (the name alone reads as no project, the two joined do)."""
    name, tail = name.strip(), tail.strip()
    return (
        bool(name and tail)
        and " " not in tail
        and not looks_like_project(name)
        and looks_like_project(name + tail)
    )


def _wrapped_name_rows(rows: list[list[Cell]], column: int) -> list[list[Cell]]:
    """「架空市ものづくりセンター」 alone on a row, then 「運営事業 1,237 …」: a name too
    long for its column printed over two rows, the first holding nothing else. The two are
    one row when the second name alone does not read as a project and both together do.
    A name alone on a row with the rest of its row under it (the name column left empty)
    is one row too."""
    joined: list[list[Cell]] = []
    for row in rows:
        head = joined[-1] if joined else None
        if (
            head is not None
            and column < len(row)
            and column < len(head)
            and head[column].text
            and row[column].text
            and not any(c.text for c in head[column + 1 :])
            # a code or number before the name is printed on its first row or its second
            and not (any(c.text for c in head[:column]) and any(c.text for c in row[:column]))
            and any(c.text for k, c in enumerate(row) if k != column)
            and not looks_like_project(row[column].text)
            and looks_like_project(head[column].text + row[column].text)
        ):
            top, low = head[column], row[column]
            joined[-1] = [*row[:column], Cell(top.text + low.text, top.start, low.end),
                          *row[column + 1 :]]  # fmt: skip
            continue
        if (
            head is not None
            and column < len(head)
            and head[column].text
            and not any(c.text for c in head[column + 1 :])
            and len(row) > column + 1
            and not any(c.text for c in row[: column + 1])
            and any(c.text for c in row[column + 1 :])
        ):
            # 「2 架空ホール改修設計事業」 alone on a row, its figures and unit on the next
            # under their columns: one row wrapped after its name
            joined[-1] = [*head[: column + 1], *row[column + 1 :]]
            continue
        joined.append(row)
    return joined


def _staged_year_columns(header: list[str], budget: int) -> dict[int, int]:
    """「R4決算 | R5決算 | R6予算」: year columns each naming the stage of its amount, one of
    them the budget column, so that every one is the project's amount for its year (a
    settled amount is no budget word of its own, yet it is that year's cost)."""
    # (an indicator's 「令和6年度 目標値 | 令和6年度 実績値」 further along are no amounts)
    years = {column: year for column, year in _amount_year_columns(header).items()
             if _stage(header[column]) in (None, "budget", "estimate")}  # fmt: skip
    if len(years) < 2 or budget not in years or len(set(years.values())) != len(years):
        return {}
    return years


def _cell_tail(text: str) -> bool:
    """A line that is one short word and no figure: the end of the cell above it, wrapped."""
    word = text.strip()
    return 0 < len(word) <= 12 and " " not in word and not any(ch.isdigit() for ch in word)


def _wrapped_label(text: str) -> bool:
    """「/継続」 alone on the line under a header: the rest of its last label, wrapped at
    the line's end (a short word, no figure, set off by a slash or a middle dot)."""
    word = text.strip()
    return (
        0 < len(word) <= 6
        and word[0] in "/／・"
        and " " not in word
        and not any(ch.isdigit() for ch in word)
    )


def _row_unit(row: list[Cell], column: int | None) -> str | None:
    """「… | 12 | 35 | 百万円」: a table's unit column states the yen unit of its row's
    amounts (rows may differ), which no note above the table gives."""
    if column is None or column >= len(row):
        return None
    text = row[column].text.strip("()（） \u3000")
    return text if unit_scale(text) is not None else None


def _budget_column(labels: list[str | None]) -> int | None:
    return next((k for k, f in enumerate(labels) if f == "budget"), None)


def _words(text: str, start: int) -> list[tuple[str, int, int]]:
    return [(m.group(), start + m.start(), start + m.end()) for m in _WORD.finditer(text)]


def _number_run(words: list[tuple[str, int, int]], width: int | None) -> tuple[int, int] | None:
    """[first, last] of the run of number tokens in a row: of the given width, else the
    longest (a row number or code before the names is a run of one)."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        if _NUMBER_TOKEN.match(words[k][0]):
            j = k
            while j + 1 < len(words) and _NUMBER_TOKEN.match(words[j + 1][0]):
                j += 1
            runs.append((k, j))
            k = j + 1
        else:
            k += 1
    runs = [r for r in runs if r[0] > 0]
    if width is not None:
        runs = [r for r in runs if r[1] - r[0] + 1 == width]
        return runs[0] if runs else None
    runs = [r for r in runs if r[1] > r[0]]
    return max(runs, key=lambda r: r[1] - r[0]) if runs else None


def _examples_of_units(table: Table, project: int) -> bool:
    """「課名 | 令和7年度 | 令和6年度 | 主な事業」: the rows are units (the first column labelled
    as naming them), the amounts of the year columns before the project column theirs; the
    project named last in each row is an example of what the unit's budget funds, not the
    owner of the amounts."""
    if project == 0 or field_of(table.header[0]) not in ("division", "department"):
        return False
    amounts = [
        k for k in range(1, project)
        if year_mentions(table.header[k])
        and any(k < len(r) and _FIGURE_CELL.match(r[k].text)
                and not _BARE_YEAR.match(r[k].text) for r in table.rows)
    ]  # fmt: skip
    return bool(amounts)  # (a column of each year's amounts, not one of years: 評価年度 2023)


_BARE_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")
_TITLE_REACH = 2  # blocks over a table: its title, then a unit note


_FIGURE_CELL = re.compile(r"^[▲△\-−]?[0-9][0-9,.]*$")


def _level_kind(text: str) -> str | None:
    """「施策」, 「事務事業」: the level a row's kind cell names (policy, project), else None."""
    word = text.strip()
    return field_of(word, exact=False) if word and len(word) <= _KIND_WORD_MAX else None


_KIND_WORD_MAX = 6


def _level_kind_column(rows: list[list[Cell]], name_column: int) -> int | None:
    """The column saying which level each row is (「基本目標」「施策」「事務事業」), before the
    names: every cell a policy or project word, both kinds present."""
    for column in range(name_column):
        cells = [r[column].text for r in rows if column < len(r) and r[column].text.strip()]
        kinds = {_level_kind(c) for c in cells}
        if cells and kinds == {"policy", "project"}:
            return column
    return None
