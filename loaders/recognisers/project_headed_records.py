"""The project rules for a name and the record printed under it.

A mixin of `loaders.recognisers.projects._Reader`; it reads a term with its values, and a
heading or name whose labelled values (budget, division) follow on the lines below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.facts import Span
from loaders.field_vocabulary import field_of, label_key, labels_of
from loaders.genres.units import unit_kind
from loaders.recognisers.amount_brackets import amount_bracket
from loaders.recognisers.project_columns import (
    _amount_year_columns,
    _record_field,
    _value_wrapped,
)
from loaders.recognisers.project_text import (
    _TRIM,
    MAX_INTRO_BLOCKS,
    _all_units,
    _Found,
    _leading_unit,
    _qualifier_unit,
    _series_in_line,
    _shifted,
    _trailing_amount,
    _valid_name,
    _year_amount_line,
    _yen,
)
from loaders.structure import Block, Cell, StructuredDocument
from loaders.structure.attributes import (
    Attribute,
    attribute_groups,
    bracket_groups,
    leading_label,
    spaced_fields,
    split_attributes,
)
from loaders.structure.records import record_after
from loaders.text.amounts import YearAmount, find_amounts, year_amounts
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import fold_width
from loaders.text.project_names import (
    looks_like_project,
    project_ending,
    status_marks,
    strip_leading_status_mark,
    strip_status_mark,
)

# 「拡充｜」, 「新規：」: a status mark and a separator opening a card's head line
_MARK_HEAD = re.compile(r"^[【\[]?(?P<mark>[^\s|｜:：/／【】\[\]]{2,4})[】\]]?\s*[|｜:：/／]\s*")

MAX_SECTION_WORDS = 8  # 「事業内容」, 「事業の概要」: a section title, not a name


# 「担当：A課」: a label and its value, inside a bracket closing a record
_LABELLED = re.compile(r"^([^:：\s]{1,8})\s*[:：]\s*(\S.*)$")

# A description under a name wraps over a few lines before its sentence ends.
MAX_WRAPPED_LINES = 4
# Lines of description between a project's amount and the bracketed unit closing its record
MAX_DESCRIPTION_LINES = 2


# 「X事業：予算額：…」: a term, then a description that opens with a label of its own
_TERM = re.compile(r"^(?P<term>[^:：\s]{2,60})[:：]\s*(?=\S+?[:：])")


_MAX_TERM_FIELDS = 8  # the labelled descriptions under one term of a definition list


class _HeadedRecordRules:
    """A term or heading with the record under it."""

    # -- a name and the record under it -------------------------------------------------
    def term_entries(self) -> list[_Found]:
        """「X：…を実施しました。（予算額：1,237万円／所管：みどり課）」, a term and its
        description (a definition list) whose description closes with the budget in an
        attribute bracket: an undertaking named by the term and budgeted, a project. The
        term is no field label (事業名, 予算額 …), and the name needs no project ending."""
        found: list[_Found] = []
        for block in self.doc.blocks:
            term = _term(block)
            if term is None:
                continue
            name, value, at = term
            name = name.strip(_TRIM)
            if _names_a_field(name) or not _valid_name(name) or block.index in self.covered:
                continue
            groups = attribute_groups(value, at)
            attributes = [a for g in groups for a in g.attributes] or _labelled_values(value, at)
            unit = self.unit_before(block.start)
            record = self._term_record(block, attributes, value)
            attributes = [*attributes, *(a for _, found in record for a in found)]
            series = _labelled_series(attributes, unit) if record else []
            if not any(
                a.field == "budget"
                and (
                    _yen(a.value, _qualifier_unit(a.label) or unit)
                    or year_amounts(a.value, _qualifier_unit(a.label) or unit)
                )
                for a in attributes
            ):
                amount = self._amount_term(block, name, value, at, unit)
                if amount is not None:
                    found.append(amount)
                continue
            offset = self.doc.folded.find(name, block.start, at)
            if offset < 0:
                continue
            item = _Found(name, self.doc.span(offset, offset + len(name)), block)
            item.spans = [self.doc.span(block.start, block.end)]
            if series:  # 「決算見込額：R6 …／当初予算額：R7 …」: each year's amount
                attributes = [a for a in attributes if a.field != "budget"]
                item.yearly = series
            self._attributes(item, attributes, 0, unit)
            if item.division is None:
                self._unit_after_budget(item, attributes)
            if item.division is None and not record:
                self._unit_fields_under(item, block)
            for other, _ in record:
                self.read_blocks.add(other.index)
                self.covered.add(other.index)
            for other in self._same_line_fields(block):
                kind = _record_field(other.label or "")
                if kind in ("division", "department") and other.value:
                    start = other.value_start if other.value_start is not None else other.start
                    self._name_field(item, kind, other.value, start)
            self.entry_blocks.add(block.index)
            self.read_blocks.add(block.index)
            found.append(item)
        return found

    def _amount_term(
        self, block: Block, name: str, value: str, at: int, unit: str | None
    ) -> _Found | None:
        """「X事業」 as a term whose description is its amount alone (a definition list
        「dt X事業 / dd 1,234千円 / dd 担当：みどり課」): the project and its budget, the
        division from a field labelled so right under it, before the next term."""
        amounts = find_amounts(value)
        if (
            block.kind != "field"
            or len(amounts) != 1
            or value[: amounts[0][0]].strip(_TRIM)
            or value[amounts[0][1] :].strip()
            or project_ending(name) in (None, "費")  # 「○○当たり給与費」: no project
        ):
            return None
        offset = self.doc.folded.find(name, block.start, at)
        if offset < 0:
            return None
        item = _Found(name, self.doc.span(offset, offset + len(name)), block)
        self._budget(item, value, at, unit)
        if item.budget is None:
            return None
        last = self._unit_fields_under(item, block)
        item.spans = [self.doc.span(block.start, last.end)]
        self.entry_blocks.add(block.index)
        self.read_blocks.add(block.index)
        return item

    def _unit_fields_under(self, item: _Found, block: Block) -> Block:
        """「X事業：予算額 240万円」 over 「担当：みどり課」 (a definition list whose first
        description holds the amount): the unit fields right under the term are its unit
        in charge, up to the first line that is no such field. Returns the last block read."""
        last = block
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + MAX_INTRO_BLOCKS]:
            kind = field_of(other.label or "", exact=True) if other.kind == "field" else None
            if kind not in ("division", "department") or not other.value:
                break
            start = other.value_start if other.value_start is not None else other.start
            self._name_field(item, kind, other.value, start)
            last = other
        return last

    def _term_record(
        self, block: Block, attributes: list[Attribute], value: str
    ) -> list[tuple[Block, list[Attribute]]]:
        """「X事業」 as a term whose description is itself a labelled value (「担当所属：
        みどり課」), the fields on the lines right under it (「決算見込額：…」「総合評価：…」):
        a definition list with one term and several labelled descriptions, each field of
        the term's record (fields of unknown labels, 「事業の概要」, are passed over). Read
        up to a blank line, a line that is no field, or the next term; empty when the term's
        description is no labelled value, or already holds the budget."""
        if not attributes or any(a.field == "budget" for a in attributes):
            return []
        if leading_label(value, 0, len(value)) is None:
            return []
        record: list[tuple[Block, list[Attribute]]] = []
        previous = block
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + _MAX_TERM_FIELDS]:
            if other.kind != "field" or other.value is None:
                break
            if re.search(r"\n[ \t\u3000]*\n", self.doc.text[previous.end : other.start]):
                break
            known = field_of(other.label or "", exact=True) is not None
            if not known and leading_label(other.value, 0, len(other.value)) is not None:
                break  # the next term, its description a labelled value again
            offset = self.doc.folded.find(other.text, other.start)
            if known and offset >= 0:
                record.append((other, _labelled_values(other.text, offset)))
            previous = other
        return record

    def _same_line_fields(self, block: Block) -> list[Block]:
        """「X事業：予算額：4,321千円　担当：みどり課」 read as two fields: the field blocks
        after `block` that start on its line, the rest of its record."""
        fields: list[Block] = []
        end = block.end
        for other in self.doc.blocks[block.index + 1 :]:
            if other.kind != "field" or "\n" in self.doc.text[end : other.start]:
                break
            fields.append(other)
            end = other.end
        return fields

    def headed_records(self) -> list[_Found]:
        """A line naming a project, then its labelled values (予算, 担当課 …) under it."""
        found: list[_Found] = []
        taken: set[int] = set()  # blocks that are part of a record: never a name
        for block in self.doc.blocks:
            if block.kind not in ("heading", "item", "paragraph") or block.index in taken:
                continue
            if block.index in self.listed_blocks:
                continue  # 「関連事業：X事業」: its label's value is the name, already read
            if block.index in self.sheet_blocks:
                continue  # a line of a project's block of lines, read with its 事業名
            text = block.text.strip()
            if not text or "。" in text or field_of(text, exact=True) is not None:
                continue
            if _section_label(text):
                continue  # 「事業内容」 over its record: a section of a sheet, no project
            if _year_amount_line(text) is not None:
                continue  # 「令和7年度：設計 ○○万円」: one year's amount, never a name
            if self._wrapped_tail(block):
                # the second line of a name the line reader joins, unless its years' amounts
                # follow it (a project's name of its own under a heading)
                found.extend(self._year_lines_record(block, taken))
                continue
            if block.index and _value_wrapped(self.doc, self.doc.blocks[block.index - 1], block):
                continue  # the rest of the field above, wrapped: no name of its own
            record = record_after(self.doc, block.index)
            if not record.attributes and looks_like_project(text) and not _dated_label(text):
                last = self._wrapped_sentence_end(block)
                if last is not None:  # a description wrapped over lines the reader split
                    under = record_after(self.doc, last)
                    record = replace(under, blocks=[*range(block.index + 1, last + 1),
                                                    *under.blocks])  # fmt: skip
            if self.entry_blocks.intersection(record.blocks):
                continue  # entries under a heading, each its own project
            if self.listed_blocks.intersection(record.blocks):
                continue  # 「主な事業：A事業、B事業」 under it: those are the projects
            if any(self._opens_section(block, self.doc.blocks[k]) for k in record.blocks):
                continue  # 「3 予算」 under the line: the next section's values, not its record
            if any(_heads_project(self.doc.blocks[k]) for k in record.blocks):
                continue  # 「主な事業」 over 「◆X事業 1億円」: X事業's record, not the title's
            alone = self._amount_alone(block)  # 「2億○,○○○万円」 alone under the name
            if alone is not None:
                above = self._name_line_above(block, taken)
                if above is None or not looks_like_project(above.text.strip().strip(_TRIM)):
                    continue
                block, text = above, above.text.strip()
            unit = self.unit_before(block.start)
            attributes_under = [*record.attributes, *_bracketed_budgets(record.attributes)]
            fields = {
                a.field
                for a in attributes_under
                if (
                    a.field == "budget"
                    and _yen(a.value, _qualifier_unit(a.label) or unit) is not None
                    and not _account_amount(a.value)
                )
                # 「問 みどり課 ☎12-3456」: the unit, then how to reach it
                or (a.field == "division"
                    and unit_kind(_leading_unit(a.value.strip(_TRIM))) is not None)
            }
            if alone is not None:
                fields.add("budget")  # the amount line under the name
            if not fields:
                # 「X事業」 over 「局 課」 over 「令和8年度 N千円」 …: no labels, the years'
                found.extend(self._year_lines_record(block, taken))
                continue
            named = record.first("project")
            if named is not None and _valid_name(named.value.strip()):
                continue  # the record names its project itself (事業名: …)
            if record.first("staff") is not None:
                continue  # 「課名 | 職員数 | 所管予算額」: a unit's card, no project's record
            name, attributes = split_attributes(text)
            stated = self.unit_before(block.start)
            if not attributes and (bracketed := amount_bracket(text, stated)) is not None:
                name, attributes = bracketed  # 「X事業（○,○○○万円／担当：みどり課）」
            name = name.strip(_TRIM)
            # 「◆X事業　X億Y万円」 over 「問 みどり課」: the amount closes the name's line
            amount = _trailing_amount(name) if not attributes and "budget" not in fields else None
            if amount is not None and looks_like_project(amount[0]):
                name = amount[0]
            else:
                amount = None
            above = self._name_line_above(block, taken) if "budget" in fields else None
            if above is not None and not looks_like_project(name):
                # 「【新規】X事業」 over 「…への更新」 over 「予算額 … 担当 …」: the line
                # under the name describes the project; the record is the name's
                block, name = above, strip_leading_status_mark(above.text.strip().strip(_TRIM))
            in_section = block.index in self.sections
            offset = self.doc.folded.find(name, block.start)
            dated = None if looks_like_project(name) else self._dated_budget_line(
                record.blocks, attributes_under, unit
            )
            if dated is not None:  # 「関連予算：X事業 令和6年度 2億円（みどり課）」 under a pledge
                taken.update(record.blocks)
                self.read_blocks.update({block.index, *record.blocks})
                found.append(dated)
                continue
            budgeted = None if looks_like_project(name) else _project_in_budget(
                self.doc, attributes_under
            )
            if budgeted is not None:  # 「関連予算：X事業 2億円」 under a pledge: X事業
                (name, offset), attributes = budgeted, []
            elif not _valid_name(name) or not (
                "budget" in fields or looks_like_project(name) or in_section
            ):
                continue
            if offset < 0:
                continue
            taken.update(record.blocks)
            last = self.doc.blocks[record.blocks[-1]] if record.blocks else block
            item = _Found(name, self.doc.span(offset, offset + len(name)), block)
            item.spans = [self.doc.span(block.start, last.end)]
            self._attributes(item, attributes, offset, unit)
            self._attributes(item, attributes_under, 0, unit)
            if item.division is None:
                self._units_after_amount(item, attributes_under)
            if amount is not None and item.budget is None:
                line = self.doc.folded[offset : block.end]
                printed = text[text.find(name) :].strip(_TRIM)[amount[1] : amount[2]]
                if (at := line.find(printed)) >= 0:
                    item.budget = amount[3]
                    item.budget_span = self.doc.span(offset + at, offset + at + len(printed))
            if alone is None and block.index + 1 in record.blocks:
                alone = self._amount_alone(self.doc.blocks[block.index + 1])
            if alone is not None and item.budget is None:
                item.budget, item.budget_span = alone.yen, alone.span
                self._attributes(item, alone.attributes, alone.offset, unit)
                self._year_line_after(item, alone, unit)
            if item.division is None:
                self._unit_line_after(item, last)
            if item.division is None:
                self._marked_units_above(item, block)
            self.read_blocks.update({block.index, *record.blocks})
            yearly = self._year_rows(item, block) if item.budget is None else []
            found.extend(yearly or [item])
        return found

    def _year_lines_record(self, block: Block, taken: set[int]) -> list[_Found]:
        """「X事業拡充」 over 「○○局　○○課」 over 「令和8年度　N千円」「令和7年度　－」: a
        project's name, the units in charge on a line of their own, then a line for each
        year with its amount (no label: the years say what the amounts are)."""
        name = strip_leading_status_mark(strip_status_mark(block.text.strip().strip(_TRIM)))
        if not looks_like_project(name) or not _valid_name(name):
            return []
        units: Block | None = None
        lines: list[Block] = []
        for below in self.doc.blocks[block.index + 1 :]:
            text = below.text.strip()
            if below.kind not in ("heading", "paragraph", "item") or below.index in taken:
                break
            if _bare_year_amount(text) is not None or (lines and _year_dash(text)):
                lines.append(below)  # 「令和7年度　－」: no amount that year
                continue
            if not lines and units is None and _all_units(text):
                units = below
                continue
            break
        offset = self.doc.folded.find(name, block.start)
        if not lines or not 0 <= offset < block.end:
            return []
        unit = self.unit_before(block.start)
        item = _Found(name, self.doc.span(offset, offset + len(name)), block)
        item.spans = [self.doc.span(block.start, lines[-1].end)]
        if units is not None:
            self._units_bracket(item, units.text.strip(), self.doc.folded.find(
                units.text.strip(), units.start))  # fmt: skip
        found = []
        for line in lines:
            text = line.text.strip()
            one = _bare_year_amount(text)
            at = self.doc.folded.find(text, line.start)
            if one is None or at < 0:
                continue
            copy = replace(item, spans=list(item.spans), year=one.year,
                           year_span=self.doc.span(at + one.year_start, at + one.year_end))
            self._budget(copy, text[one.start : one.end], at + one.start, unit)
            if copy.budget:
                copy.per_year = True
                found.append(copy)
        taken.update({block.index, *(b.index for b in lines)})
        self.read_blocks.update({block.index, *(b.index for b in lines)})
        return found

    def _amount_alone(self, block: Block) -> _AmountLine | None:
        """A line that is one amount and nothing else (「2億○,○○○万円」), perhaps its attributes
        in a bracket after it (「（担当：A課）」): the yen, where, and the attributes."""
        text = block.text.strip()
        head, attributes = split_attributes(text)
        amounts = find_amounts(head)
        other = None
        if amounts and amounts[0][0] == 0 and amounts[0][1] != len(head) and not attributes:
            # 「○億○,○○○万円　（前年度 ○,○○○万円）」, 「○億○,○○○万円　【新規】」: the amount, then
            # another year's in a bracket or a status mark
            rest = head[amounts[0][1] :]
            mark = fold_width(rest.strip().strip("【】[]［］()（）〔〕")) in status_marks()
            if bracket_groups(rest.strip()) == [(0, len(rest.strip()))] and not mark and (
                find_amounts(rest.strip()[1:-1])  # 「（前年度 ○,○○○万円）」, no 「（建設課）」
            ):
                other = (amounts[0][1] + len(rest) - len(rest.lstrip()), rest.strip())
            elif not mark:
                return None
            head = head[: amounts[0][1]]
        if len(amounts) < 1 or amounts[0][0] != 0 or amounts[0][1] != len(head):
            return None
        if any(a.field == "budget" for a in attributes):
            return None
        at = self.doc.folded.find(text, block.start)
        if at < 0:
            return None
        inside = (at + other[0] + 1, other[1][1:-1]) if other is not None else None
        return _AmountLine(amounts[0][2], self.doc.span(at, at + len(head)), attributes, at,
                           block.index, inside)  # fmt: skip

    def _name_line_above(self, block: Block, taken: set[int]) -> Block | None:
        """The line right above a record's first line that names a project alone (a status
        mark before it at most, no amount, no sentence), not read by another reader."""
        if block.index == 0:
            return None
        above = self.doc.blocks[block.index - 1]
        text = strip_leading_status_mark(above.text.strip().strip(_TRIM))
        if (
            above.kind not in ("heading", "item", "paragraph")
            or above.index in taken
            or above.index in self.read_blocks
            or "。" in text
            or _trailing_amount(text) is not None
            or not looks_like_project(text)
            or _section_label(text)
            or _dated_label(text)
            or year_mentions(text)
        ):
            return None  # 「令和6年度の主な事業」 over a description: a section's title
        return above

    def _year_line_after(self, item: _Found, alone: _AmountLine, unit: str | None) -> None:
        """「8億○,○○○万円」 then 「（前年度 2億○,○○○万円）」 alone on the next line (a card's
        lines), or beside it: the bracket gives another year's amount."""
        if item.yearly:
            return
        if alone.other is not None:
            self.bracketed_year(item, alone.other[1], alone.other[0], unit)
            return
        if alone.index + 1 >= len(self.doc.blocks):
            return
        after = self.doc.blocks[alone.index + 1]
        text = self.doc.folded[after.start : after.end].strip()
        if after.kind == "table" or bracket_groups(text) != [(0, len(text))] or len(text) < 3:
            return
        start = self.doc.folded.find(text, after.start) + 1
        self.bracketed_year(item, text[1:-1], start, unit)
        if item.yearly:
            self.read_blocks.add(after.index)

    def _marked_units_above(self, item: _Found, name: Block) -> None:
        """「拡充｜A局　B課」 right above the name (a card's head line): a status mark, then the
        units in charge alone, the last one the division."""
        if name.index == 0:
            return
        above = self.doc.blocks[name.index - 1]
        text = self.doc.folded[above.start : above.end].strip()
        mark = _MARK_HEAD.match(text)
        if above.kind == "table" or mark is None or fold_width(mark.group("mark")) not in (
            status_marks()
        ):
            return
        units = text[mark.end() :].strip()
        if _all_units(units):
            division = units.split()[-1]
            at = self.doc.folded.find(division, above.start)
            self._name_field(item, "division", division, at)

    def _year_rows(self, item: _Found, heading: Block) -> list[_Found]:
        """「事業費の推移」 under the project's own heading, a row per year (「令和4年度（決算）
        | N」): the project once for each year its budget column holds an amount."""
        if heading.kind != "heading":
            return []
        for other in self.doc.under(heading):
            table = other.table
            if table is None or not table.rows:
                continue
            column = next((i for i, label in enumerate(table.header)
                           if i and field_of(label, exact=True) == "budget"), None)  # fmt: skip
            years = _amount_year_columns([row[0].text for row in table.rows])
            if column is None or len(years) < 2:
                continue
            cells = [row[column] if column < len(row) else Cell("", 0, 0) for row in table.rows]
            unit = _qualifier_unit(table.header[column]) or self.unit_before(other.start)
            return self._per_year(item, cells, years, unit)
        return []

    def _units_after_amount(self, item: _Found, attributes: list[Attribute]) -> None:
        """「予算額　4,321千円　［緑化部　みどり課］」: a bracket of unit names closing the
        budget's value names the division (and department)."""
        for a in attributes:
            groups = bracket_groups(a.value) if a.field == "budget" else []
            if not groups or a.value[groups[-1][1] :].strip() or groups[-1][0] == 0:
                continue
            start, stop = groups[-1]
            inner = a.value[start + 1 : stop - 1]
            if _all_units(inner) and self._units_bracket(item, inner, a.start + start + 1):
                return

    def _dated_budget_line(
        self, blocks: list[int], attributes: list[Attribute], unit: str | None
    ) -> _Found | None:
        """The one budget field under a line whose value is a project's name, then years
        each with its amount (and the unit in charge in a closing bracket): that project,
        its amounts by year (the line above is what it serves, not its name)."""
        budgets = [a for a in attributes if a.field == "budget"]
        if len(budgets) != 1:
            return None
        value, at = budgets[0].value, budgets[0].start
        series = _series_in_line(value, unit)
        holder = next((b for b in (self.doc.blocks[k] for k in blocks)
                       if b.start <= at < b.end), None)  # fmt: skip
        if series is None or holder is None or self.doc.folded[at : at + len(value)] != value:
            return None
        return self._series_line(holder, value, at, series, unit)

    @staticmethod
    def _opens_section(name: Block, block: Block) -> bool:
        """A numbered heading above the level of the name's heading, or at its level after a
        numbered name (「2　組織」 then 「3　予算」): the start of the document's next
        section, which no record under that line runs into."""
        return (
            name.kind == "heading"
            and block.kind == "heading"
            and bool(block.number)
            and (block.level < name.level or (bool(name.number) and block.level == name.level))
        )

    def _unit_line_after(self, item: _Found, last: Block) -> None:
        """「予算額 1,729万円」 then 「（みどり課）」, or 「A局　B課」, alone on the next line: the
        unit in charge closing the record, its division."""
        # 「X事業」 / 「1億円」 / 「…を更新します」 / 「（担当：A課）」: a line or two of
        # description may come between; the next project's name or amount ends the search
        for after in self.doc.blocks[last.index : last.index + 2 + MAX_DESCRIPTION_LINES]:
            text = self.doc.folded[after.start : after.end].strip()
            if after.index > last.index + 1 and (
                after.kind == "table"
                or looks_like_project(text)
                or self._amount_alone(after) is not None
            ):
                return
            # (「〔教育課〕」: the unit in a lenticular bracket, as a card closes with it)
            bracketed = len(text) >= 3 and text[0] in "(（〔［[" and text[-1] in ")）〕］]"
            alone = after.kind != "table" and not bracketed and after.index > last.index
            if alone and _all_units(text):  # 「A局　B課」: the units alone
                name = text.split()[-1]
                self._name_field(item, "division", name, self.doc.folded.find(name, after.start))
                return
            if after.kind == "table" or not bracketed:
                continue
            inner = _division_value(text[1:-1].strip())
            if unit_kind(inner) is not None and bracket_groups(text) == [(0, len(text))]:
                at = self.doc.folded.find(inner, after.start)
                self._name_field(item, "division", inner, at)
                return

    def _wrapped_sentence_end(self, block: Block) -> int | None:
        """「X事業」 over 「医療費の助成対象を…最」 / 「初の3月末まで拡大します。」: the
        index of the line that ends the sentence wrapped over the lines under a name (lines
        short enough that the structure reader takes them for headings), or None."""
        blocks = self.doc.blocks
        for other in blocks[block.index + 1 : block.index + 1 + MAX_WRAPPED_LINES]:
            if other.kind not in ("heading", "paragraph") or other.number or other.mark:
                return None
            if other.text.rstrip().endswith("。"):
                return other.index if other.index > block.index + 1 else None
        return None

    def _wrapped_tail(self, block: Block) -> bool:
        """「推進事業費」 under 「(1) 新たな…の構築」: the tail of a name wrapped onto two lines."""
        if block.index == 0:
            return False
        previous = self.doc.blocks[block.index - 1]
        if previous.kind not in ("item", "heading", "paragraph") or not previous.number:
            return False
        if self.doc.folded.count("\n", previous.end, block.start) > 1:
            return False  # a blank line between: two lines, no name wrapped over them
        return self._wrapped_name(previous, previous.text.strip()) is not None


@dataclass(frozen=True)
class _AmountLine:
    """A line of one amount under a project's name, and the attributes bracketed after it."""

    yen: int
    span: Span
    attributes: list[Attribute]
    offset: int  # where the line's text starts: the attributes' offsets are from here
    index: int  # the line's block
    other: tuple[int, str] | None = None  # a bracket after it: where its inside starts, what


def _bare_year_amount(text: str) -> YearAmount | None:
    """「令和8年度　○,○○○千円」: a line of a year and its amount and nothing else (no
    words for the work of the year, no note after it)."""
    one = _year_amount_line(text)
    if one is None or text[one.year_end : one.start].strip(" :：\u3000") or text[one.end :].strip():
        return None
    return one


def _year_dash(text: str) -> bool:
    """「令和7年度　－」: a year's line printing no amount (the project is new then)."""
    mentions = year_mentions(text)
    if not mentions or mentions[0].kind != "fiscal" or mentions[0].start != 0:
        return False
    return text[mentions[0].end :].strip(" :：\u3000") in ("-", "－", "―", "ー", "‐")


def _division_value(inner: str) -> str:
    """「担当：A課」 inside a bracket: the unit after a label naming the division."""
    match = _LABELLED.match(inner)
    if match is not None and field_of(match.group(1), exact=True) == "division":
        return match.group(2).strip()
    return inner


def _dated_label(text: str) -> bool:
    """「令和3年度 主な事業」: a section's label with its year, no project's name."""
    bare = text
    for mention in reversed(year_mentions(text)):
        bare = bare[: mention.start] + bare[mention.end :]
    bare = bare.strip(_TRIM).removeprefix("の")
    return bare != text and field_of(bare, exact=True) is not None


def _bracketed_budgets(attributes: list[Attribute]) -> list[Attribute]:
    """「㋐ 計画：花苗の配布（予算額 4,020千円）」: a labelled budget in a
    bracket of a value under a name is that name's amount, as a field of its own would be."""
    return [
        inner
        for a in attributes
        for group in attribute_groups(a.value, a.start)
        for inner in group.attributes
        if inner.field == "budget"
    ]


def _heads_project(block: Block) -> bool:
    """A heading naming a project with its amount (「◆X事業　X億Y万円」): the start of
    a record of its own, no part of the record of a line above it."""
    if block.kind != "heading":
        return False
    amount = _trailing_amount(block.text.strip())
    return amount is not None and looks_like_project(amount[0])


def _section_label(text: str) -> bool:
    """「事業内容」「事業の概要」: a short label that starts with a project label and does
    not end like a project's name — the title of a sheet's section."""
    key = label_key(text)
    return (
        len(key) <= MAX_SECTION_WORDS
        and not looks_like_project(text)
        and any(len(label) >= 2 and key.startswith(label) for label in labels_of("project"))
    )


def _term(block: Block) -> tuple[str, str, int] | None:
    """(term, description, the description's offset) of a term and its description: a field
    block, or a line the structure reader left whole because its description holds labels
    of its own (「X事業：予算額：6,789千円　担当：灯台課」)."""
    if block.kind == "field" and block.label and block.value is not None:
        at = block.value_start if block.value_start is not None else block.start
        return block.label, block.value, at
    if block.kind not in ("paragraph", "item"):
        return None
    match = _TERM.match(block.text)
    if match is None or not looks_like_project(match.group("term")):
        return None
    return match.group("term"), block.text[match.end() :], block.start + match.end()


def _names_a_field(term: str) -> bool:
    """A term that is a field label (事業名, 令和6年度予算額), not a name; one ending like a
    project's name (「灯台塗装事業」, which ends in the label word 事業) names a project."""
    if field_of(term, exact=True) is not None:
        return True
    return field_of(term) is not None and not looks_like_project(term)


def _labelled_values(text: str, at: int) -> list[Attribute]:
    """「予算額：6,789千円　担当：灯台課」: a description made of labelled values, each label
    marked by a colon, set apart by spaces; offsets from `at`. Read as the values after a
    name (`spaced_fields`) with a one-character name put before them."""
    if leading_label(text, 0, len(text)) is None:
        return []
    lead = "- "
    name, found = spaced_fields(lead + text)
    if name != lead.strip() or not found:
        return []
    shift = at - len(lead)
    return [
        replace(a, start=a.start + shift, end=a.end + shift, label_start=a.label_start + shift)
        for a in found
    ]


def _project_in_budget(
    doc: StructuredDocument, attributes: list[Attribute]
) -> tuple[str, int] | None:
    """「【関連予算】X事業（2023年度）　7,531万円」: a budget field under a line whose value
    opens with a project's name before its amount names the project the amount is for (the
    line above is what the project serves, not its name); (name, offset) or None."""
    budgets = [a for a in attributes if a.field == "budget"]
    if len(budgets) != 1:
        return None
    value = budgets[0].value
    amounts = find_amounts(value)
    if not amounts:
        return None
    head = value[: amounts[0][0]]
    for start, stop in reversed(bracket_groups(head)):
        years = year_mentions(head[start:stop])
        if years and all(m.kind == "fiscal" for m in years):
            head = head[:start] + head[stop:]  # 「(2023年度)」: the amount's year
    name = head.strip(_TRIM)
    if not _valid_name(name) or not looks_like_project(name) or field_of(name, exact=True):
        return None
    at = doc.folded.find(name, budgets[0].start)
    return (name, at) if at >= 0 else None


def _labelled_series(attributes: list[Attribute], unit: str | None) -> list[YearAmount]:
    """「決算見込額：R6 9,876千円」 and 「当初予算額：R7 10,234千円」: budget values that
    each open with their year, two or more different years, as each year's amount (offsets
    into the document). Empty otherwise (one budget is the project's amount)."""
    series: list[YearAmount] = []
    for a in attributes:
        if a.field != "budget":
            continue
        found = year_amounts(a.value, _qualifier_unit(a.label) or unit)
        series.extend(_shifted(one, a.start) for one in found)
    years = [one.year for one in series]
    return series if len(set(years)) >= 2 and len(set(years)) == len(years) else []


def _account_amount(value: str) -> bool:
    """「予算：一般会計　123億円」: an account's amount (the body's budget), no project's."""
    words = value.split()
    return len(words) >= 2 and field_of(words[0], exact=True) == "account"
