"""The project rules for lines: items, headings, paragraphs and columns side by side.

A mixin of `loaders.recognisers.projects._Reader`; it reads a name that ends like a project
with its amount or attribute bracket on the line or the lines below, a table in a page's
right column, and two marked names printed side by side.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from loaders.field_vocabulary import field_of, leading_cue, sentence_cues
from loaders.genres.units import split_unit_chain, unit_kind
from loaders.recognisers.amount_brackets import amount_bracket
from loaders.recognisers.bracket_units import unlabelled_unit
from loaders.recognisers.division_lines import (
    bracketed_unit_line,
    division_line,
    unit_chain_line,
)
from loaders.recognisers.grade_years import without_heading_grades
from loaders.recognisers.project_columns import _amount_year_columns
from loaders.recognisers.project_text import (
    _GAP,
    _LABELLED_UNITS,
    _NO_AMOUNT,
    _NUMBER_TOKEN,
    _PAIR,
    _PART,
    _PREVIOUS,
    _TRIM,
    _UNIT_PIECE,
    _WIDE_GAP,
    _WORD,
    LOOKAHEAD_BLOCKS,
    MAX_NAME,
    _all_units,
    _Found,
    _is_budget_label,
    _only_amounts_after,
    _series_in_line,
    _shifted,
    _strip_budget_label,
    _trailing_amount,
    _valid_name,
    _year_amount_line,
    _yen,
)
from loaders.structure import Block
from loaders.structure.attributes import Attribute, bracket_groups, leading_label, split_attributes
from loaders.text.amounts import YearAmount, find_amounts, year_amounts
from loaders.text.fiscal_year import year_mentions
from loaders.text.names import word_across
from loaders.text.normalize import Line, fold_width, lines_with_offsets, nfkc_key
from loaders.text.policy_codes import find_leading_code
from loaders.text.project_names import (
    EXPENDITURE_CATEGORIES,
    looks_like_project,
    project_ending,
    status_marks,
    strip_trailing_status_word,
)

# A name wrapped onto a second line: the second piece is short and says nothing else.
MAX_NAME_TAIL = 15


_NOT_UNDERTAKING_ENDS = ("会計", "計", "分", "額")  # accounts, totals, shares, sums


_YEAR_SHARE = re.compile(r"\s*分\s*(?:は|として|に)\s*")  # 「令和8年度分は」: that year's share


_EDGE_SLACK = 2
_RULE = re.compile(r"[─━\-=＝_]{3,}")
_NUMBERED_SECTION = re.compile(r"[0-9]{1,2}\s+\S")


# a name and a bare figure in the column beside it, set apart by a run of spaces
# 「X事業      168,500」 or 「X事業・・・・・168,500 〔みどり課〕」 under 「(単位:千円)」: a name,
# a gap or a leader of dots, a figure, and perhaps the unit in charge in a bracket
_AMOUNT_COLUMN = re.compile(
    r"^(?P<name>.*?[^\s・…‥.])(?:[ \u3000]{2,}|\s*[・…‥.]{3,}\s*)"
    r"(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
    r"(?:\s+[(（〔\[［][^()（）〔〕\[\]［］]{2,20}[)）〕\]］])?\s*$"
)


# 「X事業 ○,○○○」 before an attribute bracket: a bare figure closing the name's text
_BARE_FIGURE_END = re.compile(r"\s(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s*$")
_COST_ENDING = "費"  # a budget's cost item (工事請負費) ends so as well as a project may
# 「X事業 ○,○○○（みどり課）」: a name, a bare figure, the unit in charge in brackets
_FIGURE_UNIT_BRACKET = re.compile(
    r"^(?P<name>.*?[^\s・…‥.])\s+(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s*"
    r"[(（](?P<unit>[^()（）]{2,30})[)）]\s*$"
)
_SLASHED_UNIT = re.compile(r"\s*[/／]\s*(?P<unit>[^/／\s]{2,30})\s*$")


_RUN_IN_LABEL = re.compile(r"(?P<label>[^:：\s]{1,8})[:：]\s*")


# 「X事業　2億4,」: a line ending in the first part of an amount, after a name and a gap
_AMOUNT_HEAD = re.compile(r"\S[ \u3000]+(?P<head>[0-9][0-9,]*(?:億[0-9,]*)?)$")
# 「800万円」, 「0万円」, 「万円」: the rest of it, alone on the next line
_AMOUNT_TAIL = re.compile(r"[0-9,]*(?:億[0-9,]*)?(?:百万|万|千)?円")


# 「（前年度○,○○○万円）」: a line wholly in brackets, a note on the project above
_NOTE_LINE = re.compile(r"\s*[(（][^()（）]+[)）]\s*")


class _LineRules:
    """Items, headings, paragraphs and two columns side by side."""

    # -- lines: items, headings, paragraphs ----------------------------------------------
    def lines(self) -> list[_Found]:
        found: list[_Found] = []
        blocks = self.doc.blocks
        skip: set[int] = set()
        for block in blocks:
            if (
                block.kind not in ("item", "heading", "paragraph")
                or block.index in skip
                or block.index in self.covered
                or block.index in self.listed_blocks
                or self._line_covered(block)
            ):
                continue
            item = self._line(block)
            if item is not None:
                found.append(item)
                self.read_blocks.add(block.index)
                if item.spans and item.spans[-1].end > block.end:
                    skip.add(block.index + 1)  # the second line of a wrapped name
        return found

    def _line(self, block: Block) -> _Found | None:
        # 「X事業 ○,○○○ 事業の評価 B」: the grade the row closes with is no part of it
        text = without_heading_grades(strip_trailing_status_word(block.text)).rstrip()
        offset = self.doc.folded.find(text, block.start) if text else -1
        if offset < 0 or "。" in text[:MAX_NAME]:
            return None
        in_section = block.index in self.sections and (block.number or block.mark)
        unit = self.unit_before(block.start)
        name, attributes = split_attributes(text)
        if not attributes and (bracketed := amount_bracket(text, unit)) is not None:
            name, attributes = bracketed  # 「X事業（○,○○○万円／担当：みどり課）」
        amount: tuple[int, int, int] | None = None
        in_charge: tuple[int, int] | None = None  # a unit name printed beside the amount
        name_at = 0  # where the name starts in the line (after other columns)
        series = None if attributes else _series_in_line(text, unit)
        if series is not None:  # 「X事業（みどり課） R7: 7,613 / R8: 8,147」
            return self._series_line(block, text, offset, series, unit)
        slashed: tuple[str, int] | None = None  # 「X事業 1,234千円／みどり課」: its unit
        broken = None if attributes else self._broken_amount(block, text)
        if broken is not None:  # 「X事業　2億4,」 over 「800万円」: the amount wrapped
            name, amount = text[: broken[0]], (broken[0], len(text), broken[1])
        elif not attributes:
            amounts = find_amounts(text)
            trailing = _trailing_amount(text)
            if amounts:
                slashed = _slashed_unit(text, amounts[0][1])
            if amounts and (_only_amounts_after(text, amounts[0][1]) or slashed is not None):
                amount = amounts[0]
                name = _without_code_bracket(_strip_budget_label(text[: amount[0]]))
            elif amounts and (units := _units_after_notes(text, amounts[0][1])) is not None:
                # 「X事業 ○,○○○千円（前年度 ○,○○○千円） 緑化局 みどり課」: the units in
                # charge after the amount and its bracketed note
                amount, in_charge = amounts[0], units
                name = _without_code_bracket(_strip_budget_label(text[: amount[0]]))
            elif trailing is not None:  # 「X事業(2,917万円)」
                name, amount = trailing[0], trailing[1:]
            elif unit is not None and (column := _AMOUNT_COLUMN.match(text)):
                yen = _yen(column.group("n"), unit)  # 「X事業      168,500」 under (単位:千円)
                if yen is not None:
                    name, amount = column.group("name"), (column.start("n"), column.end("n"), yen)
            if amount is None and unit is not None and (
                figure := _FIGURE_UNIT_BRACKET.match(text)
            ) is not None and _all_units(figure.group("unit")) and project_ending(
                figure.group("name").strip()
            ) not in (None, _COST_ENDING):  # 「14 工事請負費 338,000（保育課）」: a cost item
                # 「X事業 ○,○○○（みどり課）」 under 「構成事業（…、単位：千円）」: a bare figure,
                # the unit in charge in the bracket closing the line
                yen = _yen(figure.group("n"), unit)
                if yen is not None:
                    name, amount = figure.group("name"), (figure.start("n"), figure.end("n"), yen)
                    in_charge = (figure.start("unit"), figure.end("unit"))
            if amount is None and (row := _figure_and_unit(text, amounts, unit)) is not None:
                name, amount, in_charge = row  # 「X事業 12,345 みどり課」 under (単位:千円)
                name_at = text.rfind(name, 0, amount[0])
        elif not any(a.field == "budget" for a in attributes):
            amount = self._amount_before_attributes(name)
            if amount is not None:  # 「X事業 X億Y万円(所管:みどり課)」
                name = text[: amount[0]]
            elif unit is not None and (figure := _BARE_FIGURE_END.search(name)) is not None:
                # 「X事業 ○,○○○（みどり課）」 under 「構成事業（…、単位：千円）」: a bare figure
                yen = _yen(figure.group("n"), unit)
                if yen is not None and looks_like_project(name[: figure.start()].strip()):
                    amount = (figure.start("n"), figure.end("n"), yen)
                    name = text[: figure.start()]
        if amount is not None and in_charge is None and not attributes:
            split = _unit_after_name(name)
            if split is not None:  # 「X事業 みどり課 12,345千円」
                name, in_charge = split
        units_at: int | None = None
        groups = bracket_groups(text)
        if not attributes and amount is None and groups:
            amount, name = _bracketed_record(text, groups[-1], name)
        if not attributes and amount is None and groups and groups[-1][1] == len(text.rstrip()):
            start, stop = groups[-1]
            if _all_units(text[start + 1 : stop - 1]) and text[:start].strip():
                name, units_at = text[:start], start  # 「X事業(緑化部 みどり課)」
        name = _without_dash_leader(name.strip(_TRIM))
        bare = _strip_project_label(name)  # 「• 主な事業：X事業 12,345千円（みどり課）」
        if bare != name and (at := text.find(bare, name_at)) >= 0:
            name, name_at = bare, at
        if not _valid_name(name):
            return None
        labelled = units_at is not None or any(
            a.field in ("budget", "division") for a in attributes
        )
        name_end = offset + name_at + len(name)
        spans = [self.doc.span(block.start, block.end)]
        if in_section and not looks_like_project(name) and not labelled and amount is None:
            joined = self._wrapped_name(block, name)
            if joined is None:
                return None
            name, name_end, spans = (
                joined,
                self.doc.blocks[block.index + 1].end,
                [self.doc.span(block.start, self.doc.blocks[block.index + 1].end)],
            )
        ending = looks_like_project(name)
        below = None
        if amount is None and not labelled and ending and (block.mark or block.number):
            below = self._amount_below(block)
        nested = None
        if amount is None and not labelled and ending and below is None and block.kind == "item":
            nested = self._nested_years(block)
        if not (
            (labelled and (ending or in_section))
            or (amount is not None and (ending or (in_section and _undertaking(name))))
            or (in_section and ending)
            or below is not None
            or nested is not None
        ):
            return None
        name_start = offset + name_at
        if amount is not None and name_at == 0 and not block.mark and not block.number:
            head = self._wrapped_head(block, name)
            if head is not None:  # 「…会館空調設」 / 「備更新事業 12,345 みどり課」
                name, name_start = head.text.strip() + name, head.start
                spans = [self.doc.span(head.start, block.end)]
        item = _Found(name, self.doc.span(name_start, name_end), block, spans=spans)
        if nested is not None:
            item.yearly, unit_in_charge, last = nested
            item.spans = [self.doc.span(block.start, last)]
            if unit_in_charge is not None:
                self._name_field(item, "division", *unit_in_charge)
        if amount is not None:
            item.budget = amount[2]
            item.budget_span = self.doc.span(offset + amount[0], offset + amount[1])
            if broken is not None:
                rest = self.doc.blocks[block.index + 1]
                item.budget_span = self.doc.span(offset + amount[0], rest.end)
                item.spans = [self.doc.span(block.start, rest.end)]
            if slashed is not None:
                self._name_field(item, "division", slashed[0], offset + slashed[1])
            elif in_charge is not None:
                a, b = in_charge
                self._name_field(item, "division", text[a:b], offset + a)
            self._label_year(item, text, name, amount[0], offset)
            self._unit_after(item, text, amount[1], offset)
            self._other_year(item, text[amount[0] :], offset + amount[0], unit)
        if below is not None:
            line, at, (a, b, yen) = below
            item.budget, item.budget_span = yen, self.doc.span(at + a, at + b)
            item.spans = [self.doc.span(block.start, at + len(line))]
            self._unit_after(item, line, b, at)
        self._attributes(item, attributes, offset, unit)
        if item.division is None:
            self._bracket_unit_part(item, text, groups, offset)
        if units_at is not None:
            stop = groups[-1][1]
            self._units_bracket(item, text[units_at + 1 : stop - 1], offset + units_at + 1)
        if item.budget is None and in_section:
            self._budget_below(item, block)
        if item.budget is None and not item.yearly:
            self._year_lines_below(item, block)
        if item.budget is None and not item.yearly:
            self._series_below(item, block)
        if item.division is None:
            self._unit_closing_description(item, block)
        if item.division is None:
            self._division_line_below(item, block)
        if item.division is None and amount is not None:
            self._unit_column_near(item, block)
        if item.budget is not None and not item.yearly:
            self._year_share_below(item, block)
        if item.budget is not None and not item.yearly:
            self._previous_below(item, block, unit)
        return item

    def _division_line_below(self, item: _Found, block: Block) -> None:
        """「◇X事業　○,○○○万円」 … 「（担当：みどり課）」 or 「→担当：みどり課（内線1234）」: a
        line of its own under the project, up to the next line printed like the project's
        (its sibling in the list), naming the unit in charge (`division_lines`)."""
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
            if other.kind == "table":
                return
            text = other.text if other.kind != "field" else self.doc.folded[other.start : other.end]
            line = division_line(text)
            if line is None and other.index == block.index + 1 and other.kind != "field":
                line = unit_chain_line(text)  # 「○○局 ○○課」 right under the project
            if line is None and self._indent(other) >= self._indent(block):
                # as printed (a heading's text has lost its brackets); a unit set out to the
                # left of the project heads the next group instead (「【みどり課】」 over its items)
                text = self.doc.folded[other.start : other.end]
                line = bracketed_unit_line(text)
            if line is not None:
                offset = self.doc.folded.find(text, other.start)
                if offset >= 0:
                    self._name_field(item, "division", line[1], offset + line[0])
                return
            if _AMOUNT_TAIL.fullmatch(other.text.strip()) or _NOTE_LINE.fullmatch(other.text):
                continue  # the rest of the amount, 「（前年度○,○○○万円）」: no project
            if (other.kind, other.mark, other.level) == (block.kind, block.mark, block.level):
                return  # the next project of the list
            if other.number is not None:
                return

    def _unit_column_near(self, item: _Found, block: Block) -> None:
        """A 予算書's 説明 column, interleaved with the 節 column beside it: the unit in
        charge printed as the column's last piece, in a bracket on the next line under its
        project (「14 工事請負費 338,000　（保育課）」), or marked over the projects it heads
        (「… 1,234　　○みどり課」 over 「1 X事業 5,678」 and 「2 Y事業 9,012」)."""
        blocks = self.doc.blocks
        if block.index + 1 < len(blocks):
            below = blocks[block.index + 1]
            found = _column_unit(self.doc.folded[below.start : below.end], bracketed=True)
            if found is not None and below.kind != "table":
                self._name_field(item, "division", found[1], below.start + found[0])
                return
        for other in reversed(blocks[max(0, block.index - LOOKAHEAD_BLOCKS) : block.index]):
            text = self.doc.folded[other.start : other.end]
            if other.kind == "table" or _column_unit(text, bracketed=True) is not None:
                return
            found = _column_unit(text, bracketed=False)
            if found is not None:
                self._name_field(item, "division", found[1], other.start + found[0])
                return
            if not _FIGURE_WORD.search(f" {text} "):
                return  # a line of no column of figures: the table's rows end here

    def _indent(self, block: Block) -> int:
        """How far a block's first line is set in from the line start, in characters
        (a full-width space counts two)."""
        folded = self.doc.folded
        at = folded.rfind("\n", 0, block.start) + 1
        width = 0
        while at < len(folded) and folded[at] in " \u3000\t":
            width += 2 if folded[at] == "\u3000" else 1
            at += 1
        return width

    def _year_share_below(self, item: _Found, block: Block) -> None:
        """「・X事業　2億円」 over 「…2か年で更新します（令和8年度分は1億円を見込んでいます）」:
        the description right under a project with an amount, naming another fiscal year's
        share (「…年度分は」) and one amount in the same clause, gives that year's amount."""
        if block.index + 1 >= len(self.doc.blocks):
            return
        other = self.doc.blocks[block.index + 1]
        if other.kind != "paragraph" or other.number or other.mark or "分" not in other.text:
            return
        offset = self.doc.folded.find(other.text, other.start)
        if offset < 0:
            return
        text = other.text
        for mention in year_mentions(text):
            share = _YEAR_SHARE.match(text, mention.end)
            if mention.kind != "fiscal" or share is None:
                continue
            clause = text[share.end() :].split("。", 1)[0]
            amounts = find_amounts(clause)
            if len(amounts) != 1 or clause[: amounts[0][0]].strip(_TRIM):
                continue
            a, b, yen = amounts[0]
            at = offset + share.end()
            item.yearly = [YearAmount(mention.year, offset + mention.start, offset + mention.end,
                                      at + a, at + b, yen)]  # fmt: skip
            return

    def _previous_below(self, item: _Found, block: Block, unit: str | None) -> None:
        """「X事業 12,345 みどり課」, its description, then 「（前年度当初 6,789）」:
        a line of its own, a bracket naming the year before and one amount, under a
        project with its amount (before the next entry) is that year's amount."""
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
            if other.kind not in ("paragraph", "heading") or other.number or other.mark:
                return
            bracket = _WHOLE_BRACKET.fullmatch(other.text.strip())
            if bracket is None:
                if "。" not in other.text:
                    return  # the next entry (descriptions are sentences)
                continue
            inner = bracket.group("inner")
            cue = leading_cue(inner, "previousYear")
            at = self.doc.folded.find(inner, other.start)
            if cue is None or at < 0:
                return
            rest = inner[len(cue) :]
            figure = _BARE_FIGURE.search(rest)
            amounts = find_amounts(rest)
            if amounts:
                a, b, yen = amounts[-1]
            elif figure is not None and unit is not None:
                a, b = figure.span()
                yen = _yen(figure.group(), unit)
            else:
                return
            gap = rest[:a].strip(_TRIM)
            if yen is None or rest[b:].strip() or not _budget_words(gap):
                return
            shift = at + len(cue)
            item.yearly = [YearAmount(_PREVIOUS, at, at + len(cue), shift + a, shift + b, yen)]
            return

    def _nested_years(
        self, block: Block
    ) -> tuple[list[YearAmount], tuple[str, int] | None, int] | None:
        """「・X事業」 with items nested under it, each a year and that year's amount (「令和6
        年度：実施設計 ○○万円」), one perhaps naming the unit in charge (「所管：みどり課」):
        the project's amounts by year, that unit and the end of the nested items; None
        unless at least one nested item is a year's amount and every one is such or a unit."""
        yearly: list[YearAmount] = []
        unit: tuple[str, int] | None = None
        last = block.end
        for other in self.doc.blocks[block.index + 1 :]:
            if other.kind != "item" or other.level <= block.level:
                break
            text = other.text
            at = self.doc.folded.find(text, other.start) if text else -1
            if at < 0:
                return None
            labelled = _LABELLED_UNITS.fullmatch(text)
            if labelled and field_of(labelled.group("label"), exact=True) == "division":
                if not _all_units(labelled.group("units")) or unit is not None:
                    return None
                unit = (labelled.group("units"), at + labelled.start("units"))
                last = other.end
                continue
            one = _year_amount_line(text)
            if one is None:
                return None
            yearly.append(_shifted(one, at))
            last = other.end
        return (yearly, unit, last) if yearly else None

    def _label_year(self, item: _Found, text: str, name: str, end: int, offset: int) -> None:
        """「X事業 令和5年度決算額 1,234千円」: the year a budget label between the name and
        the amount prints is the amount's year."""
        at = text.find(name)
        label = text[at + len(name) : end] if at >= 0 else ""
        if label.strip(_TRIM) and _is_budget_label(label.strip(_TRIM)):
            self._year(item, label, offset + at + len(name))

    @staticmethod
    def _amount_before_attributes(name: str) -> tuple[int, int, int] | None:
        """「X事業　X億Y万円（所管：みどり課）」: the text before an attribute bracket
        closes with the project's amount, set apart from the name by a space; (start, end,
        yen) of that amount, None when the text is a name alone."""
        trailing = _trailing_amount(name)
        if trailing is None or not name[: trailing[1]][-1:].isspace():
            return None
        return trailing[1:]

    def _series_line(
        self, block: Block, text: str, offset: int, series: tuple[int, int, int], unit: str | None
    ) -> _Found | None:
        """A name, then its amounts by year on the same line (and perhaps the unit in charge
        in a closing bracket): the project once per year with an amount. The name must end
        like a project's, or stand in a project section."""
        name_end, start, end = series
        name = _strip_project_label(_strip_budget_label(text[:name_end]).strip(_TRIM))
        in_section = block.index in self.sections and (block.number or block.mark)
        if not _valid_name(name) or not (looks_like_project(name) or in_section):
            return None
        lead = max(text.find(name), 0)
        item = _Found(name, self.doc.span(offset + lead, offset + lead + len(name)), block,
                      spans=[self.doc.span(block.start, block.end)])  # fmt: skip
        self._budget(item, text[start:end], offset + start, unit)
        groups = bracket_groups(text[end:])
        if groups:
            a, b = groups[-1]
            self._units_bracket(item, text[end + a + 1 : end + b - 1], offset + end + a + 1)
        return item if item.yearly or item.budget is not None else None

    def _broken_amount(self, block: Block, text: str) -> tuple[int, int] | None:
        """「■X事業　2億4,」 over 「800万円」 (a PDF's line wrapped inside the amount): where
        the amount starts in the line and its yen, when the next line is the rest of it and
        nothing else; else None."""
        head = _AMOUNT_HEAD.search(text)
        if head is None or block.index + 1 >= len(self.doc.blocks):
            return None
        rest = self.doc.blocks[block.index + 1]
        tail = rest.text.strip()
        if rest.kind not in ("heading", "paragraph") or not _AMOUNT_TAIL.fullmatch(tail):
            return None
        joined = head.group("head") + tail
        amounts = find_amounts(joined)
        if len(amounts) != 1 or amounts[0][:2] != (0, len(joined)):
            return None
        return head.start("head"), amounts[0][2]

    def _amount_below(self, block: Block) -> tuple[str, int, tuple[int, int, int]] | None:
        """「●X事業」 then 「830万円(みどり課)」: a listed name with its amount (and the unit in
        charge in brackets) on the line under it, nothing else on that line. Returns that
        line, its offset and the amount."""
        if block.index + 1 >= len(self.doc.blocks):
            return None
        nxt = self.doc.blocks[block.index + 1]
        if nxt.kind not in ("heading", "paragraph", "item") or nxt.number or nxt.mark:
            return None  # (an item with no mark of its own: a line set in under the name)
        line = nxt.text.strip()
        at = self.doc.folded.find(line, nxt.start) if line else -1
        amounts = find_amounts(line)
        if at < 0 or not amounts:
            return None
        start, end, _ = amounts[0]
        if start != 0:  # 「（12,345千円）〔局 課〕」: the amount in a bracket of its own
            groups = bracket_groups(line)
            if not groups or groups[0] != (0, len(line[:end].rstrip()) + 1):
                return None
            if line[1:start].strip() or line[end : groups[0][1] - 1].strip():
                return None
            end = groups[0][1]
        if not _only_amounts_after(line, end):
            return None
        return line, at, amounts[0]

    def _unit_closing_description(self, item: _Found, block: Block) -> None:
        """「○X事業(2,917万円)」 / 「…を支給します。(みどり課花壇係)」 or 「(担当:みどり課)」:
        the description printed under a project closes with the unit to ask, its division (of
        a chain of units the innermost, the one before it its department)."""
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
            if other.index == block.index + 1 and _AMOUNT_TAIL.fullmatch(other.text.strip()):
                continue  # 「800万円」: the rest of the amount the line wrapped in
            sentence = other.kind == "heading" and "。" in other.text  # a line taken for one
            if (other.kind != "paragraph" and not sentence) or other.number or other.mark:
                return
            text = other.text.rstrip()
            groups = bracket_groups(text)
            if not groups or groups[-1][1] != len(text) or not text[: groups[-1][0]].strip():
                continue
            start, stop = groups[-1]
            inner = text[start + 1 : stop - 1].strip(_TRIM)
            labelled = re.fullmatch(r"(?P<label>[^:：]{1,10})[:：]\s*(?P<unit>.+)", inner)
            if labelled and field_of(labelled.group("label"), exact=True) == "division":
                inner = labelled.group("unit").strip(_TRIM)  # 「(担当:みどり課)」
            offset = self.doc.folded.find(text, other.start)
            if unit_kind(inner) is None or offset < 0:
                return
            at = offset + start + 1 + text[start + 1 :].index(inner)
            chain = split_unit_chain(inner)
            if len(chain) >= 2 and "".join(chain) == inner:
                outer = inner[: -len(chain[-1])]
                self._name_field(item, "department", chain[-2], at + len(outer) - len(chain[-2]))
                at += len(outer)
                inner = chain[-1]
            self._name_field(item, "division", inner, at)
            return

    def _unit_after(self, item: _Found, text: str, end: int, offset: int) -> None:
        """「X事業 26,813千円（みどり課）」: a bracket after the amount that holds only a unit
        name says which division carries the project."""
        rest = text[end:]
        for start, stop in bracket_groups(rest):
            if self._units_bracket(item, rest[start + 1 : stop - 1], offset + end + start + 1):
                return

    def _unit_after_budget(self, item: _Found, attributes: list[Attribute]) -> None:
        """「予算額：令和6年度 560万円（みどり課）」: a bracket of units right after a labelled
        amount names the division, as it does after an amount printed beside the name."""
        for a in attributes:
            amounts = find_amounts(a.value) if a.field == "budget" else []
            if amounts and a.value[amounts[0][1] :].lstrip()[:1] in ("(", "（"):
                self._unit_after(item, a.value, amounts[0][1], a.start)
                return

    def _cut_unit_bracket(self, item: _Found, text: str, end: int, offset: int) -> None:
        """「2,470万円(緑化委員会 花壇管」 with 「理係)」 on the next line of the column: a
        bracket of units cut at the line's end; the whole unit names before the cut are
        read (the innermost of them the division), the cut one is not."""
        rest = text[end:]
        start = rest.rfind("(") if "(" in rest else rest.rfind("（")
        if start < 0 or any(ch in rest[start:] for ch in ")）"):
            return
        inner = rest[start + 1 :]
        pieces = list(_UNIT_PIECE.finditer(inner))
        if len(pieces) < 2:
            return
        whole = inner[: pieces[-1].start()]
        self._units_bracket(item, whole, offset + end + start + 1)

    def _unlabelled_unit(self, item: _Found, inner: str, at: int) -> None:
        """「(予算額 2億円、緑化部みどり課)」: a part of an attribute bracket with no label
        that is only unit names names the division."""
        position = 0
        for part in _PART.split(inner):
            start, position = position, position + len(part) + 1
            bare = part.strip(_TRIM)
            chain = split_unit_chain(bare)
            if len(chain) > 1 and "".join(chain) == bare and all(unit_kind(u) for u in chain):
                offset = at + start + part.index(bare)
                self._name_field(item, "department", chain[-2], offset + len(bare)
                                 - len(chain[-1]) - len(chain[-2]))  # fmt: skip
                self._name_field(item, "division", chain[-1], offset + len(bare) - len(chain[-1]))
                return
            if self._units_bracket(item, part, at + start):
                return

    def _bracket_unit_part(
        self, item: _Found, text: str, groups: list[tuple[int, int]], offset: int
    ) -> None:
        """「X事業〔予算 ○,○○○万円／みどり課〕」: the unit printed unlabelled beside the
        bracket's labelled amount (`bracket_units`)."""
        for start, stop in groups:
            found = unlabelled_unit(text[start + 1 : stop - 1])
            if found is not None:
                self._units_bracket(item, found[1], offset + start + 1 + found[0])
                return

    def _units_bracket(self, item: _Found, inner: str, at: int) -> bool:
        """「(みどり課)」, 「(緑化部 みどり課)」: a bracket that holds only unit names, a chain
        written apart, names the project's division (the innermost 課) and department."""
        pieces = [(m.start(), m.group()) for m in _UNIT_PIECE.finditer(inner)]
        if not pieces or len(pieces) > 3 or any(unit_kind(p) is None for _, p in pieces):
            return False
        # 「(総務課 企画係)」: the 課 carries the project, the 係 under it is a part of it
        k = max((i for i, (_, p) in enumerate(pieces) if unit_kind(p) == "division"),
                default=len(pieces) - 1)  # fmt: skip
        start, last = pieces[k]
        self._name_field(item, "division", last, at + start)
        if k > 0:
            start, outer = pieces[k - 1]
            self._name_field(item, "department", outer, at + start)
        return True

    def _wrapped_name(self, block: Block, name: str) -> str | None:
        """「(1) 新たな…の構築」 / 「推進事業費」: a name wrapped onto a short second line."""
        if block.index + 1 >= len(self.doc.blocks):
            return None
        nxt = self.doc.blocks[block.index + 1]
        tail = nxt.text.strip()
        if (
            nxt.kind not in ("heading", "paragraph")
            or nxt.number
            or nxt.mark
            or not tail
            or len(tail) > MAX_NAME_TAIL
            or field_of(tail, exact=True) is not None
            or find_amounts(tail)
        ):
            return None
        joined = name + tail
        return joined if looks_like_project(joined) else None

    def _wrapped_head(self, block: Block, name: str) -> Block | None:
        """The line above that holds the start of the name, broken inside a word by the
        page's width (PDF text): it is a bare fragment (no figure, mark, punctuation or
        space, no unit or field name) that Sudachi reads as one word with the name's start."""
        if block.index == 0:
            return None
        above = self.doc.blocks[block.index - 1]
        head = above.text.strip()
        if (
            above.kind not in ("paragraph", "item", "heading")
            or above.index in self.read_blocks
            or above.number
            or above.mark
            or not head
            or len(head) + len(name) > MAX_NAME
            or re.search(r"[\s。、,.]", head)
            or unit_kind(head) is not None
            or field_of(head) is not None
            or looks_like_project(head)
        ):
            return None
        if _open_bracket(head) and not _open_bracket(head + name):
            return above  # 「…（愛称：X」 / 「Yマルシェ）Z事業」: the name closes a bracket
        if re.search(r"[0-9:：()（）]", head):
            return None
        return above if word_across(head, name) else None

    def _budget_below(self, item: _Found, block: Block) -> None:
        """A 「事業費」 label printed under the name, the amount after it (PDF columns)."""
        labelled = False
        last = item.spans[-1].end if item.spans else block.end
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
            if other.start < last:
                continue
            if other.number or other.kind == "table":
                return
            if not labelled:
                labelled = field_of(other.text, exact=True) == "budget"
                continue
            amounts = find_amounts(other.text)
            offset = self.doc.folded.find(other.text, other.start)
            if amounts and amounts[0][0] == 0 and offset >= 0:
                item.budget = amounts[0][2]
                item.budget_span = self.doc.span(offset, offset + amounts[0][1])
                return

    def yearly_rows(self, item: _Found) -> list[_Found]:
        """A project whose budget is a series of years' amounts: once for every year of the
        series that prints an amount (a dash or 0 is none); as found otherwise. A budget
        with another year's amount beside it: its row and that year's."""
        if not item.yearly:
            return [item]
        rows = []
        if item.budget is not None:
            own = item.year or self.facts.fiscal_year
            if item.yearly[0].year == _PREVIOUS and own is None:
                return [replace(item, yearly=[])]
            rows.append(replace(item, yearly=[], per_year=True))
        for one in item.yearly:
            if one.yen is None:
                continue
            copy = replace(item, spans=list(item.spans), yearly=[], per_year=True)
            year = one.year
            if year == _PREVIOUS:
                year = (item.year or self.facts.fiscal_year or 1) - 1
            copy.year, copy.year_span = year, self.doc.span(one.year_start, one.year_end)
            copy.budget, copy.budget_span = one.yen, self.doc.span(one.start, one.end)
            rows.append(copy)
        return rows or [replace(item, yearly=[])]

    def _year_lines_below(self, item: _Found, block: Block) -> None:
        """「◇X事業（みどり課）」 over 「令和7年度　1億円」 and 「令和8年度　○,○○○万円（設計）」
        printed as plain lines of their own (an indented list the text kept no marks of):
        the project's amount for each year. Only two or more such lines in a row, each a
        year and one amount, and nothing numbered or marked among them."""
        yearly: list[YearAmount] = []
        last = block.end
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + LOOKAHEAD_BLOCKS]:
            if other.kind not in ("paragraph", "heading") or other.number or other.mark:
                break
            one = _year_amount_line(other.text)
            at = self.doc.folded.find(other.text, other.start) if other.text else -1
            if one is None or at < 0 or one.yen is None:
                break
            yearly.append(_shifted(one, at))
            last = other.end
        if len(yearly) >= 2 and len({y.year for y in yearly}) == len(yearly):
            item.yearly = yearly
            item.spans = [self.doc.span(block.start, last)]

    def _series_below(self, item: _Found, block: Block) -> None:
        """「- X事業（みどり課）」 with 「- R7: 7,613 / R8: 8,147」 nested under it (or on the
        unmarked line under it): the line under a name that is only years and their amounts,
        perhaps after a budget label, is the project's budget by year."""
        if block.index + 1 >= len(self.doc.blocks):
            return
        nxt = self.doc.blocks[block.index + 1]
        nested = nxt.kind == "item" and block.kind == "item" and nxt.level > block.level
        plain = nxt.kind in ("paragraph", "heading", "field") and not (nxt.number or nxt.mark)
        if not (nested or plain) or not nxt.text:
            return
        offset = self.doc.folded.find(nxt.text, nxt.start)
        if offset < 0:
            return
        text, at = nxt.text, offset
        labelled = leading_label(self.doc.folded, offset, offset + len(text))
        if labelled is not None:
            if labelled[1] != "budget":
                return
            text, at = self.doc.folded[labelled[2] : offset + len(text)], labelled[2]
        unit = self.unit_before(block.start)
        if year_amounts(text, unit):
            self._budget(item, text, at, unit)
            if item.yearly:
                item.spans = [self.doc.span(block.start, nxt.end)]

    def right_column_tables(self) -> list[_Found]:
        """「…の観光    事業名        R5決算   R6予算」: a table of projects printed in the right
        column of a two-column page (PDF text interleaves it with the left column's text).
        Every line is cut at the display column where the header's project label starts;
        a right part ending in one figure per year column opens a row, one without figures
        continues the name above it (a name wrapped over lines, 「（みどり課）」 closing it).
        The rows give the project once per year with an amount. Cheap unless a line prints
        a project label after a wide gap."""
        found: list[_Found] = []
        lines = lines_with_offsets(self.doc.folded)
        for k, line in enumerate(lines):
            if "\t" in line.text or "|" in line.text or not _WIDE_GAP.search(line.text):
                continue
            header = _right_header(line.text)
            if header is None:
                continue
            edge, years = header
            rows, end = self._right_rows(lines[k + 1 :], edge, len(years) + 1)
            unit = self.unit_before(line.start)
            for pieces, figures in rows:
                item = self._right_row(pieces, figures, years, unit, line)
                if item is not None:
                    found.append(item)
            if rows:
                self.right_regions.append((lines[k + 1].start, end))
        return found

    def _right_rows(
        self, lines: list[Line], edge: int, width: int
    ) -> tuple[list[tuple[list[tuple[str, int]], list[tuple[str, int]]]], int]:
        """The rows under a right-column header: each its name pieces and its figures (with
        offsets); and where the table ends (a numbered section or a rule in that column)."""
        rows: list[tuple[list[tuple[str, int]], list[tuple[str, int]]]] = []
        end = lines[0].start if lines else 0
        for line in lines:
            at = _display_cut(line.text, edge)
            if at is None:
                break  # text runs across the edge: the two columns end
            part = line.text[at:]
            words = [(m.group(), line.start + at + m.start()) for m in _WORD.finditer(part)]
            if not words:
                continue
            if _RULE.fullmatch(part.strip()) or _NUMBERED_SECTION.match(part.strip()):
                break  # 「5 今後の方向性」: the next section of the right column
            figures = words[1 - width :] if len(words) >= width else []
            if figures and all(_NUMBER_TOKEN.match(w) or _NO_AMOUNT.fullmatch(w)
                               for w, _ in figures):  # fmt: skip
                rows.append((words[: len(words) - len(figures)], figures))
            elif (
                rows
                and not rows[-1][0][-1][0].endswith((")", "）"))  # a closed name is whole
                and sum(len(w) for w, _ in rows[-1][0] + words) <= MAX_NAME
                and not any(_NUMBER_TOKEN.match(w) for w, _ in words)
            ):
                rows[-1][0].extend(words)
            else:
                break
            end = line.end
        return rows, end

    def _right_row(
        self,
        pieces: list[tuple[str, int]],
        figures: list[tuple[str, int]],
        years: list[int],
        unit: str | None,
        header: Line,
    ) -> _Found | None:
        """One project of a right-column table, from its name pieces and figures."""
        if not pieces:
            return None
        text = "".join(w for w, _ in pieces)
        groups = bracket_groups(text)
        name, inner = text, ""
        if groups and groups[-1][1] == len(text) and groups[-1][0] > 0:
            name, inner = text[: groups[-1][0]], text[groups[-1][0] + 1 : -1]
        name = name.strip(_TRIM)
        if not _valid_name(name) or not looks_like_project(name):
            return None
        first = pieces[0][1]
        last = figures[-1][1] + len(figures[-1][0])
        item = _Found(name, self.doc.span(first, first + len(pieces[0][0])),
                      self._block_at(header.start), spans=[self.doc.span(first, last)])  # fmt: skip
        if inner and unit_kind(inner) is not None:
            # the bracket may be wrapped over lines: its evidence is the pieces it spans
            opened = next(at for w, at in reversed(pieces) if "(" in w or "（" in w)
            last = pieces[-1]
            item.division = inner
            item.division_span = self.doc.span(opened, last[1] + len(last[0]))
        series = []
        for (word, at), year in zip(figures, years, strict=False):
            yen = None if _NO_AMOUNT.fullmatch(word) else _yen(word, unit)
            series.append(YearAmount(year, at, at + len(word), at, at + len(word), yen or None))
        item.yearly = series
        item.right_column = True
        return item

    def _line_covered(self, block: Block) -> bool:
        return any(a <= block.start < b for a, b in self.covered_lines)

    # -- two columns printed side by side -------------------------------------------------
    def side_by_side(self) -> list[_Found]:
        """「◆A事業　　　◆B事業」 then 「9億6,512万円　　7億2,913万円」 …: a page laid out in
        two columns, which PDF text prints line by line across both. Each line is split at
        its wide gap; the left pieces belong to A, the right ones to B, up to a blank line."""
        found: list[_Found] = []
        folded = self.doc.folded
        for block in self.doc.blocks:
            if block.kind == "table" or block.index in self.covered:
                continue
            line = folded[block.start : block.end]
            pair = _PAIR.fullmatch(line)
            if pair is None or pair.group("m1") != pair.group("m2"):
                continue
            names = [(pair.group("a"), block.start + pair.start("a")),
                     (pair.group("b"), block.start + pair.start("b"))]  # fmt: skip
            if not all(looks_like_project(n.strip()) for n, _ in names):
                continue
            sides: list[list[tuple[str, int]]] = [[], []]
            at = folded.find("\n", block.end)
            while at >= 0:
                end = folded.find("\n", at + 1)
                text = folded[at + 1 : end if end >= 0 else len(folded)]
                if not text.strip() or _PAIR.fullmatch(text):
                    break
                gap = _GAP.search(text.strip())
                lead = len(text) - len(text.lstrip())
                if gap is None:
                    sides[0].append((text.strip(), at + 1 + lead))
                else:
                    left, right = text.strip()[: gap.start()], text.strip()[gap.end() :]
                    sides[0].append((left, at + 1 + lead))
                    sides[1].append((right, at + 1 + lead + gap.end()))
                at = end
            self.pair_regions.append((block.end, at if at >= 0 else len(folded)))
            self.covered.add(block.index)
            self.paired[block.index] = {nfkc_key(n) for n, _ in names}
            for (name, start), lines in zip(names, sides, strict=True):
                found.append(self._column_item(block, name.strip(), start, lines))
        return found

    def _column_item(
        self, block: Block, name: str, start: int, lines: list[tuple[str, int]]
    ) -> _Found:
        """One column's project: the amount its first lines open with, the unit its contact
        line (「問合せ 宵見課」) names."""
        item = _Found(name, self.doc.span(start, start + len(name)), block,
                      spans=[self.doc.span(block.start, block.end)])  # fmt: skip
        for text, at in lines[:2]:
            amounts = find_amounts(text)
            if amounts and amounts[0][0] == 0 and item.budget is None:
                a, b, yen = amounts[0]
                item.budget, item.budget_span = yen, self.doc.span(at + a, at + b)
                self._unit_after(item, text, b, at)
                if item.division is None:
                    self._cut_unit_bracket(item, text, b, at)
        for text, at in lines:
            words = text.split()
            if len(words) == 2 and field_of(words[0], exact=True) == "division":
                self._name_field(item, "division", words[1], at + text.index(words[1]))
        return item


# a figure and the unit in charge run together or set apart by spaces: 「12,345 みどり課」,
# 「12,345みどり課」, 「1億2,345万円　みどり課」
_FIGURE_THEN_UNIT = re.compile(
    r"(?<![0-9,.])(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s*(?P<unit>[^\s0-9,.、。()（）]{2,30})?\s*$"
)


def _figure_and_unit(
    text: str, amounts: list[tuple[int, int, int]], unit: str | None
) -> tuple[str, tuple[int, int, int], tuple[int, int] | None] | None:
    """A line that is a row of a table printed without its rules: a project's name, its
    amount (with its yen unit, or a bare figure under a 「(単位:千円)」 note) and the unit in
    charge after it. Only a name that ends like a project is taken: the line says nothing
    else about what it lists."""
    if amounts:  # the first amount with its yen unit, the unit's name after it
        start, end, yen = amounts[0]
        rest = text[end:].strip()
        if not rest or not _all_units(rest) or text[:start].strip().endswith(("計", "額")):
            return None
        name = _last_column(text[:start])
        if not looks_like_project(name):
            return None
        at = text.index(rest, end)
        return name, (start, end, yen), (at, at + len(rest))
    if unit is None or (row := _FIGURE_THEN_UNIT.search(text)) is None:
        return None
    name = _last_column(text[: row.start("n")])
    in_charge = row.group("unit")
    if not name or not looks_like_project(name):
        return None
    if in_charge is not None and unit_kind(in_charge) is None:
        return None
    if in_charge is None and text[row.start("n") - 1 : row.start("n")] not in (" ", "\u3000"):
        return None  # 「第2期事業2」: a figure that is part of the name
    yen = _yen(row.group("n"), unit)
    if yen is None:
        return None
    where = (row.start("unit"), row.end("unit")) if in_charge is not None else None
    return name, (row.start("n"), row.end("n"), yen), where


_FIGURE_WORD = re.compile(r"[ \u3000][0-9][0-9,.]*[ \u3000]+")
_ENTRY_MARKS = "○●◎◆◇■□・"


def _last_column(before: str) -> str:
    """「10 需用費 1,234 ○X事業」: the name is what follows the last figure of the line,
    the columns before it (an expense item and its amount) are another table's."""
    cut = 0
    for figure in _FIGURE_WORD.finditer(before):
        cut = figure.end()
    name = before[cut:].strip(_TRIM).lstrip(_ENTRY_MARKS)
    if cut:  # 「… 1,234　　1 X事業」: the entry's number in its column
        name = re.sub(r"^[0-9]{1,2}[ \u3000.．)）]\s*", "", name)
    return name


_WHOLE_BRACKET = re.compile(r"[(（](?P<inner>[^()（）]+)[)）]")
_BARE_FIGURE = re.compile(r"(?<![0-9,.])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)$")


def _budget_words(gap: str) -> bool:
    """Nothing, or words that say which budget a figure is: 「予算額」, 「当初予算」."""
    if not gap:
        return True
    return field_of(gap, exact=True) == "budget"


_MARKED_UNIT = re.compile(rf"[{_ENTRY_MARKS}]\s*(?P<unit>[^\s{_ENTRY_MARKS}()（）]{{2,30}})")
_BRACKETED_UNIT = re.compile(r"[(（〔]\s*(?P<unit>[^\s()（）〔〕]{2,30})\s*[)）〕]")


def _column_unit(text: str, *, bracketed: bool) -> tuple[int, str] | None:
    """(offset, name) of a unit printed as a line's last column: after a wide gap or a
    figure, a bracketed unit name (「（保育課）」) or a marked one (「○保育課」)."""
    cut = 0
    for gap in re.finditer(r"[ \u3000]{2,}|(?<=[0-9])[ \u3000]+", text):
        cut = gap.end()
    piece = text[cut:].rstrip()
    match = (_BRACKETED_UNIT if bracketed else _MARKED_UNIT).fullmatch(piece)
    if match is None or unit_kind(match.group("unit")) != "division":
        return None
    return cut + match.start("unit"), match.group("unit")


def _open_bracket(text: str) -> bool:
    """More brackets opened than closed: the text breaks off inside one."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _unit_after_name(name: str) -> tuple[str, tuple[int, int]] | None:
    """「X事業 みどり課」 before the amount: the last word is the unit in charge when it is
    one and the words before it end like a project."""
    words = name.rstrip().rsplit(None, 1)
    if len(words) != 2 or unit_kind(words[1]) is None:
        return None
    if not looks_like_project(words[0].strip(_TRIM)):
        return None
    at = name.rstrip().rindex(words[1])
    return words[0].strip(_TRIM), (at, at + len(words[1]))


def _undertaking(name: str) -> bool:
    """「消防団ポンプ車の更新」 under a project heading with its amount: an undertaking,
    though its name does not end like a project's; an account, a total, an expenditure
    category, a share (「うち…分」) or an amount per head is none."""
    key = nfkc_key(name)
    return (
        key not in EXPENDITURE_CATEGORIES
        and not key.endswith(_NOT_UNDERTAKING_ENDS)
        and not key.startswith("うち")
        and field_of(key) is None
        and not any(f == "perCapita" and cue in key for cue, f in sentence_cues().items())
    )


def _char_width(ch: str) -> int:
    """Display columns of a character (full-width and ambiguous ones are two wide)."""
    return 2 if unicodedata.east_asian_width(ch) in "FWA" else 1


def _display_width(text: str) -> int:
    """Display columns of `text` (full-width characters are two wide)."""
    return sum(_char_width(ch) for ch in text)


def _display_cut(line: str, edge: int) -> int | None:
    """The index where `line` reaches display column `edge` (less a little slack: PDF text
    aligns a column only roughly), with a space just before it (the gutter); len(line)
    when it ends before; None when a character crosses it."""
    edge = max(0, edge - _EDGE_SLACK)
    col = 0
    for index, ch in enumerate(line):
        if col >= edge:
            return index if index == 0 or line[index - 1] in " \u3000" else None
        col += _char_width(ch)
        if col > edge:
            return None
    return len(line)


def _right_header(line: str) -> tuple[int, list[int]] | None:
    """(display column, years) of a project table's header printed after a wide gap: the
    project label, then one year column a figure (「事業名  R5決算  R6予算」)."""
    for gap in _WIDE_GAP.finditer(line):
        part = line[gap.end() :]
        words = part.split()
        if len(words) < 3 or field_of(words[0], exact=True) != "project":
            continue
        years = _amount_year_columns(words[1:])
        if len(years) != len(words) - 1 or len(years) < 2:
            continue
        return _display_width(line[: gap.end()]), [years[k] for k in sorted(years)]
    return None


# 「X事業 ― ○○,○○○千円」: a dash set between a name and its amount leads to the amount as a
# row of dots would; no name ends in one
_DASH_LEADER = re.compile(r"[ \u3000]+[-‐―－—–]+$")


def _without_dash_leader(name: str) -> str:
    """The name without a dash printed after it, before the amount."""
    return _DASH_LEADER.sub("", name).strip(_TRIM)


def _bracketed_record(
    text: str, group: tuple[int, int], name: str
) -> tuple[tuple[int, int, int] | None, str]:
    """「X事業（○○○万円・みどり課）」: a bracket closing the line that holds one amount and the
    unit in charge, unlabelled (`bracket_units`), gives the amount (offsets into `text`)
    and leaves the name before it; (None, name) otherwise."""
    start, stop = group
    inner = text[start + 1 : stop - 1]
    amounts = find_amounts(inner)
    if (
        stop != len(text.rstrip())
        or not text[:start].strip()
        or len(amounts) != 1
        or unlabelled_unit(inner) is None
    ):
        return None, name
    a, b, yen = amounts[0]
    return (start + 1 + a, start + 1 + b, yen), text[:start]


def _units_after_notes(text: str, end: int) -> tuple[int, int] | None:
    """Where the unit names after an amount and its bracketed notes stand (「（前年度 ○千円）
    緑化局 みどり課」, 「新規 担当：みどり課」), when nothing else follows the amount."""
    rest = text[end:]
    groups = bracket_groups(rest)
    for start, stop in reversed(groups):
        rest = rest[:start] + " " * (stop - start) + rest[stop:]
    # 「新規　担当：みどり課」: a status mark, then the unit under its label
    words = rest.split()
    while words and fold_width(words[0]) in status_marks():
        words.pop(0)
    labelled = _RUN_IN_LABEL.match(words[0]) if words else None
    if labelled is not None and field_of(labelled.group("label")) == "division":
        words[0] = words[0][labelled.end():]
    elif not groups:
        return None
    units = " ".join(w for w in words if w)
    if not units or not _all_units(units) or units not in rest:
        return None
    at = end + rest.rindex(units)
    return at, at + len(units)


def _slashed_unit(text: str, end: int) -> tuple[str, int] | None:
    """「X事業 1,234千円／みどり課」, 「X事業 1,234万円 担当：みどり課」: the unit a slash or a
    division label sets after the amount, and its offset; None when anything but one unit
    name (or a chain of them) follows the amount."""
    match = _SLASHED_UNIT.match(text, end)
    if match is not None and unit_kind(match.group("unit")) is not None:
        return match.group("unit"), match.start("unit")
    rest = text[end:]
    if not rest[:1].isspace():
        return None
    labelled = division_line(rest)
    return (labelled[1], end + labelled[0]) if labelled is not None else None


def _without_code_bracket(name: str) -> str:
    """「X事業（Ⅰ-1-(1)）」: the code of the plan node a project is filed under, printed in a
    bracket after its name, is no part of the name."""
    groups = bracket_groups(name.rstrip())
    if not groups or groups[-1][1] != len(name.rstrip()) or not name[: groups[-1][0]].strip():
        return name
    inner = name[groups[-1][0] + 1 : groups[-1][1] - 1].strip()
    code = find_leading_code(inner)
    if code is None or code.code_end != len(inner):
        return name
    return name[: groups[-1][0]]


def _strip_project_label(text: str) -> str:
    """「関連事業：X事業」: a label naming the project field run into a line is no part of the
    name after it."""
    match = _RUN_IN_LABEL.match(text)
    if match and field_of(match.group("label"), exact=True) == "project" and text[match.end() :]:
        return text[match.end() :]
    return text
