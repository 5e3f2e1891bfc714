"""The project rules for labelled fields: records of fields, listed items and council speech.

A mixin of `loaders.recognisers.projects._Reader`; it reads a project from a record whose
labels name the project field, from the entries a project field lists, and from a speech
whose spoken labels name the fields.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from loaders.field_vocabulary import field_of, label_key
from loaders.recognisers import project_blocks
from loaders.recognisers.amount_brackets import amount_bracket
from loaders.recognisers.bracket_units import unlabelled_unit
from loaders.recognisers.project_columns import (
    _amount_year_columns,
    _columns,
    _is_record_table,
    _stage,
    _value_wrapped,
    filled,
)
from loaders.recognisers.project_text import (
    _GAP,
    _NO_AMOUNT,
    _TRIM,
    LOOKAHEAD_BLOCKS,
    _all_units,
    _before_wide_gap,
    _Found,
    _header_unit,
    _is_budget_label,
    _previous_budget_label,
    _qualifier_unit,
    _trailing_amount,
    _valid_name,
    _yen,
)
from loaders.recognisers.spoken_fields import SpokenField, spoken_field
from loaders.structure import Block, Cell, StructuredDocument, Table
from loaders.structure.attributes import (
    bracket_groups,
    group_attributes,
    label_runs,
    leading_label,
    spaced_fields,
    split_attributes,
)
from loaders.text.amounts import find_amounts
from loaders.text.fiscal_year import year_mentions
from loaders.text.project_names import looks_like_project

_RUN_LINES = 3  # a sheet's header lines around its project field


_FIGURE = re.compile(r"[▲△-]?[0-9][0-9,]*")  # a cost row's cell: a figure, 「▲」 for a fall


class _FieldRecordRules:
    """Records of labelled fields, listed items and spoken records."""

    # -- labelled fields ------------------------------------------------------------------
    def field_records(self) -> list[_Found]:
        found: list[_Found] = []
        blocks = self.doc.blocks
        for block in blocks:
            if block.kind != "field" or field_of(block.label or "", exact=True) != "project":
                continue
            value = block.value or ""
            if _is_budget_label(value):
                found.extend(self._column_header_rows(block))
                continue
            listed = self._listed(block, value)
            if listed:
                self.read_blocks.add(block.index)
                self.listed_blocks.add(block.index)
                found.extend(listed)
                continue
            name, attributes = split_attributes(value)
            stated = self.unit_before(block.start)
            if not attributes and (bracketed := amount_bracket(value, stated)) is not None:
                name, attributes = bracketed  # 「X事業（○,○○○万円）」
            if not attributes:
                name, attributes = spaced_fields(value)
            name = _before_wide_gap(name)
            # 「関連事業（令和6年度予算）：X事業 ○○,○○○千円」: the name, then its amount
            # (an attribute bracket after it, 「（担当：みどり課）」, names no amount of its own)
            budgeted = any(a.field == "budget" for a in attributes)
            # 「X事業 ○,○○○千円（前年度 ○,○○○千円）」: the amount, then a bracket after it
            # (another year's amount, or a status mark 「（新規）」)
            closing = None if budgeted else _bracket_after_amount(name)
            if closing is not None:
                name = name[:closing].rstrip()
            trailing = None if budgeted else _trailing_amount(name)
            if trailing is not None and name[: trailing[1]][-1:].isspace():
                name = trailing[0].strip(_TRIM)
            else:
                trailing = None
            if not _valid_name(name) or "、" in name:
                continue
            start = block.value_start if block.value_start is not None else block.start
            unit_before = self.unit_before(block.start)
            item = _Found(name, self.doc.span(start, start + len(name)), block)
            if trailing is not None:
                item.budget = trailing[3]
                item.budget_span = self.doc.span(start + trailing[1], start + trailing[2])
                # the year the label's qualifier names dates the amount
                self._year(item, block.text[: start - block.start], block.start)
                if closing is not None:
                    inner = value[closing:].rstrip()[1:-1]
                    self.bracketed_year(item, inner, start + closing + 1, unit_before)
            unit = self.unit_before(block.start)
            dated: list[Block] = []  # 「【決算額（令和5年度）】」: budget fields naming their year
            before: list[Block] = []  # 「前年度予算額」: the budget of the year before
            for other in _record(self.doc, block):
                kind = _record_field_kind(other.label or "")
                at = other.value_start if other.value_start is not None else other.start
                text = other.value or ""
                if kind is None and _previous_budget_label(other.label or ""):
                    before.append(other)
                if kind == "budget" and _label_year(other.label or "") is not None:
                    dated.append(other)
                if kind == "budget":
                    self._budget(item, text, at, _qualifier_unit(other.label or "") or unit)
                elif kind in ("division", "department"):
                    self._name_field(item, kind, text, at)
                elif kind == "fiscalYear":
                    self._year(item, text, at)
            self._attributes(item, attributes, start, unit)
            if before:
                field = before[0]
                at = field.value_start if field.value_start is not None else field.start
                self._previous_budget(item, field.label or "", field.value or "", field.start,
                                      at, unit)  # fmt: skip
            if item.division is None and attributes:
                self._closing_bracket_unit(item, value, start)
            if item.division is None:
                for line in _run_lines_beside(self.doc, block):
                    offset = self.doc.folded.find(line.text, line.start)
                    runs = [a for a in label_runs(line.text, max(offset, 0)) if a.field in
                            ("division", "department")] if offset >= 0 else []  # fmt: skip
                    self._attributes(item, runs, 0, unit)
            item.spans = [self.doc.span(block.start, block.end)]
            if item.division is None or (item.budget is None and not dated):
                self._block_sheet(item, block, unit, bool(dated))
            labelled = self._label_years(item, dated, unit)
            yearly = self._sheet_years(item, block) if item.budget is None else []
            found.extend(labelled or yearly or [item])
        return found

    def _closing_bracket_unit(self, item: _Found, value: str, start: int) -> None:
        """「関連事業：X事業（R6予算 ○,○○○千円、みどり課）」: the attribute bracket closing
        the field's value names the unit in charge beside its labelled amount, unlabelled."""
        groups = bracket_groups(value)
        if not groups or value[groups[-1][1] :].strip():
            return
        a, b = groups[-1]
        found = unlabelled_unit(value[a + 1 : b - 1])
        if found is not None:
            self._units_bracket(item, found[1], start + a + 1 + found[0])

    def _block_sheet(self, item: _Found, block: Block, unit: str | None, dated: bool) -> None:
        """A project's block of lines (`loaders.recognisers.project_blocks`), its fields not
        all adjacent (a wrapped description, a line of an unknown label between): its budget
        label's amounts by year, read with the lines under it so no other reader takes them
        for names, and the unit in charge printed anywhere in the block."""
        before, after = project_blocks.block_lines(self.doc, block, _is_project_field)
        series = [] if item.budget is not None or dated else (
            project_blocks.year_series(self.doc, after, unit)
        )
        if any(one.yen for one in series):
            item.yearly = series
            self.sheet_blocks.update(other.index for other in after)
        for other in (*after, *before):
            kind = field_of(other.label or "", exact=True) if other.kind == "field" else None
            if kind in ("division", "department") and getattr(item, kind) is None:
                at = other.value_start if other.value_start is not None else other.start
                self._name_field(item, kind, other.value or "", at)

    def _label_years(self, item: _Found, dated: list[Block], unit: str | None) -> list[_Found]:
        """「【決算額（令和5年度）】○,○○○千円　【予算額（令和6年度）】○,○○○千円」: each budget
        field of a record whose label names its year states the project's amount for that
        year (a settled amount too), one row each; 「―」 gives none. Empty unless two fields
        name two different years (one alone is read as the record's budget)."""
        years = {_label_year(b.label or "") for b in dated}
        if len(dated) < 2 or len(years) != len(dated):
            return []
        found: list[_Found] = []
        for other in dated:
            at = other.value_start if other.value_start is not None else other.start
            bare = replace(item, spans=list(item.spans), budget=None, budget_span=None,
                           year=None, year_span=None, yearly=[])  # fmt: skip
            self._budget(bare, other.value or "", at,
                         _qualifier_unit(other.label or "") or unit)  # fmt: skip
            if not bare.budget:
                continue
            bare.year = _label_year(other.label or "")
            bare.year_span = self.doc.span(other.start, at)
            bare.per_year = True
            found.append(bare)
        return found

    def _column_header_rows(self, block: Block) -> list[_Found]:
        """「主な事業　　令和5年度決算額」 over 「X事業　　7,654,321円」: a two-column table
        read as one field (the project label, then the budget label as its value). The lines
        under it are its rows, each a name and its amount; the budget label's year dates
        every amount, and a unit in charge named by a field of the record around it (「主管課：
        みどり課」, also inside another field's value) is their division."""
        label = block.value or ""
        at = block.value_start if block.value_start is not None else block.start
        unit = _qualifier_unit(label) or self.unit_before(block.start)
        year = [m for m in year_mentions(label) if m.kind == "fiscal"]
        division: tuple[str, int] | None = None
        for other in _record(self.doc, block):
            inner = _labelled_division(other)
            if inner is not None:
                division = inner
                break
        found: list[_Found] = []
        for row in self.doc.blocks[block.index + 1 :]:
            if row.kind not in ("paragraph", "item", "heading") or row.index in self.covered:
                break
            text = row.text
            offset = self.doc.folded.find(text, row.start) if text else -1
            column = _name_and_amount(text, unit) if offset >= 0 else None
            if column is None:
                break
            name, a, b, yen = column
            item = _Found(name, self.doc.span(offset, offset + len(name)), row,
                          spans=[self.doc.span(row.start, row.end)])  # fmt: skip
            item.budget, item.budget_span = yen, self.doc.span(offset + a, offset + b)
            if year:
                item.year = year[0].year
                item.year_span = self.doc.span(at + year[0].start, at + year[0].end)
            if division is not None:
                self._name_field(item, "division", division[0], division[1])
            self.covered.add(row.index)
            found.append(item)
        return found

    def _sheet_years(self, item: _Found, block: Block) -> list[_Found]:
        """A sheet's cost table (「総事業費 | 1,237 | 1,307」 under 「令和8年度決算 |
        令和9年度予算」) printed after its project field and before the next one: the
        project once for each year whose cell in the budget row holds an amount. A budget
        field of that sheet (「予算額：令和8年度 1,263千円」) states the project's own amount
        instead: then the table is the cost history around it, and the field is read."""
        sheet: list[Block] = []
        for other in self.doc.blocks[block.index + 1 :]:
            record = other.table is not None and _is_record_table(other.table)
            if _is_project_field(other) or record:
                break  # the next sheet
            sheet.append(other)
        for other in sheet:
            table = other.table
            if other.kind != "table" or table is None or "project" in _columns(table.header):
                continue
            caption_unit = None
            if _captioned(table) is not None:  # the unit note its caption line ends with
                caption_unit = self.unit_before(table.rows[0][0].start)
                table = Table([c.text for c in table.rows[0]], table.rows[1:])
            years = _amount_year_columns(table.header)
            row = next((r for r in table.rows if filled(r)
                        and field_of(filled(r)[0].text, exact=True) == "budget"), None)  # fmt: skip
            if len(years) < 2 or row is None:
                continue
            if len(row) == len(table.header) + 1 and 0 in years:
                # the header names no column over the row labels (「令和4年度決算 令和5年度
                # 決算」 over 「事業費 ○○ ○○」): its labels stand over the figures
                years = {column + 1: year for column, year in years.items()}
            elif (short := len(table.header) - len(row)) > 0 and max(years) == len(row) + short - 1:
                # 「区　　分」 split into two header cells by its letter spacing: the years
                # stand over the row's last figures
                years = {column - short: year for column, year in years.items()}
            self.covered.add(other.index)
            for line in sheet:
                if line.kind == "field" and field_of(line.label or "", exact=True) == "budget":
                    at = line.value_start if line.value_start is not None else line.start
                    self._budget(item, line.value or "", at, self.unit_before(line.start))
                    if item.budget is not None:
                        self._year(item, line.value or "", at)
                        return self._planned_years(item, table, row, years, other)
            # 「事業費（千円）」: the budget row's own label may state the unit of its cells
            unit = (_qualifier_unit(row[0].text) or _header_unit(table.header, None)
                    or caption_unit
                    or self.unit_before(other.start))  # fmt: skip
            return self._per_year(item, row, years, unit)
        for header, line in itertools.pairwise(sheet):
            yearly = self._year_line_row(item, header, line)
            if yearly:
                return yearly
        return []

    def _planned_years(
        self, item: _Found, table: Table, row: list[Cell], years: dict[int, int], block: Block
    ) -> list[_Found]:
        """The sheet's budget field gives the project's amount; the cost table's columns of a
        budget (「令和7年度(予算)」) for another year give that year's, its settled amounts
        (決算) being the history the field is set against. Empty when there are none."""
        planned = {c: y for c, y in years.items()
                   if y != item.year and _stage(table.header[c]) == "budget"}  # fmt: skip
        if not planned:
            return []
        unit = _header_unit(table.header, None) or self.unit_before(block.start)
        bare = replace(item, budget=None, budget_span=None, spans=list(item.spans))
        return [item, *self._per_year(bare, row, planned, unit)]

    def _year_line_row(self, item: _Found, header: Block, line: Block) -> list[_Found]:
        """「区分 令和3年度決算 令和4年度決算」 then 「事業費 16,126 17,302」: a cost table
        PDF text printed as a line of year labels over a budget row holding one figure per
        year (the budget row, not the rows of its share after it). The year line may have
        no label over the row labels' column (「令和3年度決算 令和4年度決算」 alone)."""
        if header.kind == "table":
            return []
        row = _budget_row(line)
        if row is None:
            return []
        labels = [m.group() for m in re.finditer(r"\S+", header.text)]
        years = _amount_year_columns(labels)
        figures = row[1:]
        if len(years) < 2 or not all(_figure_or_none(f.text) for f in figures):
            return []
        if len(figures) == len(labels) and len(years) == len(labels):
            years = {column + 1: year for column, year in years.items()}
        elif len(figures) != len(labels) - 1 or min(years) != 1:
            return []
        unit = _qualifier_unit(row[0].text) or self.unit_before(line.start)
        return self._per_year(item, row, years, unit)

    def _listed(
        self, block: Block, value: str, at: int | None = None, least: int = 2
    ) -> list[_Found]:
        """「主な事業：A事業(みどり課)、B事業(緑化部 花壇課)」: a project field listing
        several projects, each with the units in charge in brackets after it. Empty unless
        every piece is a project name (and there are at least `least` of them)."""
        start = block.value_start if block.value_start is not None else block.start
        start = at if at is not None else start
        pieces: list[tuple[int, str]] = []
        depth, piece = 0, 0
        for i, ch in enumerate(value + "、"):
            depth += int(ch in "(（") - int(ch in ")）")
            if ch == "、" and depth == 0:
                pieces.append((piece, value[piece:i]))
                piece = i + 1
        if len(pieces) < least:
            return []
        found: list[_Found] = []
        for at, piece_text in pieces:
            groups = bracket_groups(piece_text)
            name, inner, inner_at = piece_text, "", 0
            if groups and groups[-1][1] == len(piece_text.rstrip()):
                a, b = groups[-1]
                name, inner, inner_at = piece_text[:a], piece_text[a + 1 : b - 1], a + 1
            bare = name.strip(_TRIM)
            if not _valid_name(bare) or not looks_like_project(bare):
                return []
            name_at = start + at + name.index(bare)
            item = _Found(bare, self.doc.span(name_at, name_at + len(bare)), block,
                          spans=[self.doc.span(block.start, block.end)])  # fmt: skip
            if inner and _all_units(inner):
                self._units_bracket(item, inner, start + at + inner_at)
            elif inner:  # 「X事業（令和6年度予算額 ○○,○○○千円）」: an attribute bracket
                a, b = groups[-1]
                found_attributes = list(group_attributes(piece_text, a, b))
                self._attributes(item, found_attributes, start + at, self.unit_before(block.start))
                unlabelled = unlabelled_unit(inner)  # 「（…予算額 ○,○○○千円、みどり課）」
                if item.division is None and unlabelled is not None:
                    self._units_bracket(item, unlabelled[1], start + at + inner_at + unlabelled[0])
                bracketed = (amount_bracket(piece_text, self.unit_before(block.start))
                             if item.budget is None else None)
                if bracketed is not None:  # 「X事業（12,345千円）」: the amount unlabelled
                    self._attributes(item, bracketed[1], start + at, self.unit_before(block.start))
            found.append(item)
        return found

    def _sibling_fields(self, item: _Found, block: Block) -> None:
        """「- 所管：企画部 みどり課」 beside 「- 関連事業：X事業」: bullets that each print one
        labelled field form one record, so a unit in charge (or an amount) labelled in a
        neighbouring bullet of the same run is the listed project's."""
        blocks = self.doc.blocks
        for step in (-1, 1):
            k = block.index + step
            while 0 <= k < len(blocks) and blocks[k].kind == "item" and (
                blocks[k].mark == block.mark and blocks[k].level >= block.level
            ):
                other = blocks[k]
                if other.level > block.level:
                    k += step  # an item nested under a bullet of the run: not a field of it
                    continue
                gap = self.doc.text[min(other.end, block.end) : max(other.start, block.start)]
                if re.search(r"\n[ \t\u3000]*\n", gap):
                    break
                at = self.doc.folded.find(other.text, other.start) if other.text else -1
                end = at + len(other.text)
                labelled = leading_label(self.doc.folded, at, end) if at >= 0 else None
                if labelled is None:
                    k += step
                    continue
                _, kind, value_at = labelled
                if kind == "project":
                    break  # the next project's record
                value = self.doc.folded[value_at:end].rstrip()
                if kind in ("division", "department"):
                    self._name_field(item, kind, value, value_at)
                elif kind == "budget":
                    self._budget(item, value, value_at, self.unit_before(other.start))
                k += step

    def _years_nested_under(self, item: _Found, block: Block) -> None:
        """「・関連事業：X事業」 over nested items 「令和6年度予算 ○億○万円」 「令和7年度予算 …」:
        the listed project's amounts by year (`_nested_years`)."""
        if item.budget is not None or item.yearly:
            return
        nested = self._nested_years(block)
        if nested is None:
            return
        item.yearly, unit_in_charge, last = nested
        item.spans = [self.doc.span(block.start, last)]
        if unit_in_charge is not None and item.division is None:
            self._name_field(item, "division", *unit_in_charge)

    def listed_items(self) -> list[_Found]:
        """「・主な事業：A事業、B事業」: a list entry that opens with the project label and
        lists project names after it (each must end like a project)."""
        found: list[_Found] = []
        for block in self.doc.blocks:
            if block.kind not in ("item", "paragraph") or block.index in self.covered:
                continue
            offset = self.doc.folded.find(block.text, block.start) if block.text else -1
            if offset < 0:
                continue
            end = offset + len(block.text)
            labelled = leading_label(self.doc.folded, offset, end)
            if labelled is None or labelled[1] != "project":
                continue
            gap = self.doc.folded[offset : labelled[2]]
            if ":" not in gap and "：" not in gap:
                continue  # 「○新規事業　●拡充事業」: a legend of marks, no label and value
            value = self.doc.folded[labelled[2] : end].rstrip()
            listed = self._listed(block, value, labelled[2], least=1)
            if listed:
                self.read_blocks.add(block.index)
                self.listed_blocks.add(block.index)
                if len(listed) == 1 and block.kind == "item" and block.mark:
                    self._sibling_fields(listed[0], block)
                    self._years_nested_under(listed[0], block)
                found.extend(listed)
        return found

    def spoken_records(self) -> list[_Found]:
        """「事業の名前は、X事業です。」 then 「予算額は、…です。」 and, after a description,
        「担当は、…です。」: a record whose fields are read out one sentence a line
        (`spoken_fields`), up to the next spoken project or heading."""
        found: list[_Found] = []
        blocks = self.doc.blocks
        for block in blocks:
            spoken = self._spoken(block)
            if spoken is None or spoken[0].field != "project" or block.index in self.covered:
                continue
            first, at = spoken
            name = first.value.strip(_TRIM)
            if not _valid_name(name):
                continue
            item = _Found(name, self.doc.span(at, at + len(name)), block)
            unit = self.unit_before(block.start)
            last = block
            for other in blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
                if other.kind not in ("paragraph", "item"):
                    break
                field = self._spoken(other)
                if field is not None and field[0].field == "project":
                    break
                if field is None:
                    continue
                one, start = field
                if one.field == "budget":
                    self._budget(item, one.value, start, unit)
                elif one.field in ("division", "department"):
                    self._name_field(item, one.field, one.value, start)
                elif one.field == "fiscalYear":
                    self._year(item, one.value, start)
                else:
                    continue
                last = other
                self.read_blocks.add(other.index)
            if last is block:
                continue  # a name alone is no record
            self.read_blocks.add(block.index)
            item.spans = [self.doc.span(block.start, last.end)]
            found.append(item)
        return found

    def _spoken(self, block: Block) -> tuple[SpokenField, int] | None:
        """The field a line of running text speaks, with the value's offset in the text."""
        if block.kind not in ("paragraph", "item") or not block.text:
            return None
        field = spoken_field(block.text)
        offset = self.doc.folded.find(block.text, block.start)
        if field is None or offset < 0:
            return None
        return field, offset + field.value_start

    def run_records(self) -> list[_Found]:
        found: list[_Found] = []
        for block in self.doc.blocks:
            if block.kind == "table" or len(block.text) < 10 or block.index in self.listed_blocks:
                continue  # (a list of projects after one label: each already read)
            offset = self.doc.folded.find(block.text, block.start)
            if offset < 0:
                continue
            attributes = label_runs(block.text, offset)
            projects = [a for a in attributes if a.field == "project"]
            if len(projects) != 1:
                continue
            project = projects[0]
            name, more = split_attributes(project.value)
            if not _valid_name(name):
                continue
            item = _Found(name, self.doc.span(project.start, project.start + len(name)), block)
            item.year_before = attributes[0].label_start
            unit = self.unit_before(block.start)
            self._attributes(item, [a for a in attributes if a is not project], 0, unit)
            self._attributes(item, more, project.start, unit)
            item.spans = [self.doc.span(attributes[0].label_start, attributes[-1].end)]
            found.append(item)
        return found


def _record_field_kind(label: str) -> str | None:
    """The field a record's label names, a year opening it left aside (「R6決算額_千円」,
    「令和6年度予算額」: a budget field dated by its label)."""
    kind = field_of(label, exact=True)
    if kind is not None:
        return kind
    key = label_key(label)
    mentions = [m for m in year_mentions(key) if m.kind == "fiscal"]
    if len(mentions) != 1 or mentions[0].start != 0:
        return None
    rest = field_of(key[mentions[0].end :].strip(), exact=True)
    return rest if rest == "budget" else None


def _label_year(label: str) -> int | None:
    """The one fiscal year a field's label names (「決算額（令和5年度）」 → 2023)."""
    mentions = [m for m in year_mentions(label_key(label)) if m.kind == "fiscal"]
    return mentions[0].year if len(mentions) == 1 else None


def _name_and_amount(text: str, unit: str | None) -> tuple[str, int, int, int] | None:
    """「X事業      7,654,321円」 or 「X事業      168,500」 under a stated unit: a row of a
    name and the amount in the column beside it (set apart by a wide gap); (name, start and
    end of the amount, yen)."""
    gaps = list(_GAP.finditer(text.rstrip()))
    if not gaps:
        return None
    gap = gaps[-1]
    name, tail = text[: gap.start()].strip(_TRIM), text[gap.end() :].rstrip()
    if not _valid_name(name) or gap.start() == 0:
        return None
    amounts = find_amounts(tail)
    if amounts and amounts[0][0] == 0 and amounts[0][1] == len(tail):
        return name, gap.end(), gap.end() + len(tail), amounts[0][2]
    if unit is not None and re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+", tail):
        yen = _yen(tail, unit)
        return (name, gap.end(), gap.end() + len(tail), yen) if yen else None
    return None


def _labelled_division(block: Block) -> tuple[str, int] | None:
    """(unit, offset) a field names as in charge: its own label a division label, or its
    value a division label and a unit (「【施策1-1 子育て】 主管課：みどり課」)."""
    if block.kind != "field" or block.value is None:
        return None
    at = block.value_start if block.value_start is not None else block.start
    words = (block.label or "").split()
    if words and field_of(words[-1], exact=True) == "division":  # 「<港の活性化> 所管課」
        return block.value, at
    inner = re.match(r"\s*(?P<label>[^:：\s]{1,10})\s*[:：]\s*(?P<unit>\S+)", block.value)
    if inner and field_of(inner.group("label"), exact=True) == "division":
        return inner.group("unit"), at + inner.start("unit")
    return None


def _figure_or_none(text: str) -> bool:
    """A cell of a cost row: a figure, or a dash saying nothing that year (「－ 7,531」)."""
    return bool(_FIGURE.fullmatch(text) or _NO_AMOUNT.fullmatch(text))


def _budget_row(block: Block) -> list[Cell] | None:
    """A line labelled as a budget with figures after it (「事業費 16,126 17,302」), read as
    a field or, when rows of its share follow it, as the header of a table: the label's
    cell, then one cell per figure."""
    table = block.table
    if block.kind == "table" and table is not None:
        cells = table.header_cells
        if len(cells) >= 3 and field_of(cells[0].text, exact=True) == "budget":
            return list(cells)
        return None
    if block.kind == "paragraph" and not block.number and not block.mark:
        return _labelled_figures(block)
    if block.kind != "field" or field_of(block.label or "", exact=True) != "budget":
        return None
    if block.value_start is None:
        return None
    row = [Cell(block.label or "", block.start, block.start)]
    for m in re.finditer(r"\S+", block.value or ""):
        row.append(Cell(m.group(), block.value_start + m.start(), block.value_start + m.end()))
    return row


def _labelled_figures(block: Block) -> list[Cell] | None:
    """「事業費（千円） ○,○○○ ○,○○○ ―」: a budget label (with the unit it may carry), then
    figures only, as PDF text prints a cost table's row (the reader keeps it a paragraph
    when the label's unit bracket makes it no known label)."""
    words = [(m.group(), m.start()) for m in re.finditer(r"\S+", block.text)]
    if len(words) < 3 or not _is_budget_label(words[0][0]):
        return None
    if not all(_figure_or_none(w) for w, _ in words[1:]):
        return None
    return [Cell(w, block.start + at, block.start + at + len(w)) for w, at in words]


def _captioned(table: Table) -> list[str] | None:
    """「１　事業費　　（単位：千円）」 over 「区分　令和5年度決算　令和6年度決算」: a cost
    table whose caption line was read as its header, its years in the first row; the
    caption's cells, else None."""
    if len(_amount_year_columns(table.header)) >= 2 or len(table.rows) < 2:
        return None
    first = [c.text for c in table.rows[0]]
    return table.header if len(_amount_year_columns(first)) >= 2 else None


def _record(doc: StructuredDocument, block: Block) -> list[Block]:
    """The labelled fields printed together with `block`: the fields after it up to the
    next project field or blank line, and those just before it unless another project
    field precedes them (then they are that project's)."""
    blocks = doc.blocks
    record: list[Block] = []
    k = block.index + 1
    previous = block
    while k < len(blocks):
        if _value_wrapped(doc, previous, blocks[k]):
            k += 1  # 「【位置づけ】基本目標３ …」 over 「　　　　施策３-２ …」: the value, wrapped
            continue
        if not _adjacent_fields(doc, previous, blocks[k]) or _is_project_field(blocks[k]):
            break
        record.append(blocks[k])
        previous = blocks[k]
        k += 1
    before: list[Block] = []
    k = block.index - 1
    while k >= 0 and _adjacent_fields(doc, blocks[k], blocks[k + 1]):
        if _is_project_field(blocks[k]):
            return record
        before.append(blocks[k])
        k -= 1
    return record + before


def _run_lines_beside(doc: StructuredDocument, block: Block) -> list[Block]:
    """The lines printed with a project field (no blank line between) that are not fields
    themselves: a sheet's header line of labels and values run together (「所管部 港湾部
    所管課 灯台課」), read for the units in charge. Up to another project field."""
    lines: list[Block] = []
    for step in (-1, 1):
        k = block.index
        for _ in range(_RUN_LINES):
            j = k + step
            if not 0 <= j < len(doc.blocks):
                break
            upper, lower = sorted((doc.blocks[j], doc.blocks[k]), key=lambda b: b.index)
            if re.search(r"\n[ \t\u3000]*\n", doc.text[upper.end : lower.start]):
                break  # a blank line ends the sheet's header
            other = doc.blocks[j]
            if _is_project_field(other) or other.kind == "table":
                break
            if other.kind == "paragraph":
                lines.append(other)
            k = j
    return lines


def _is_project_field(block: Block) -> bool:
    return block.kind == "field" and field_of(block.label or "", exact=True) == "project"


def _adjacent_fields(doc: StructuredDocument, previous: Block, block: Block) -> bool:
    """Two field blocks in a row with no blank line between them."""
    gap = doc.text[previous.end : block.start]
    return (
        block.kind == "field"
        and previous.kind == "field"
        and not re.search(r"\n[ \t\u3000]*\n", gap)
    )


def _bracket_after_amount(value: str) -> int | None:
    """Where a bracket closing 「X事業 ○,○○○千円（…）」 opens, right after the amount."""
    groups = bracket_groups(value)
    if not groups or groups[-1][1] != len(value.rstrip()) or groups[-1][0] == 0:
        return None
    at = groups[-1][0]
    head = value[:at].rstrip()
    trailing = _trailing_amount(head)
    return at if trailing is not None and trailing[2] == len(head) else None
