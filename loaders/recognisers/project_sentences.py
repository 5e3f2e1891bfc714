"""The project rules for prose: projects named in sentences.

A mixin of `loaders.recognisers.projects._Reader`; it reads a stated amount, an allocation
sentence, a name budgeted as a line, and the examples listed before a budget line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.field_vocabulary import cues_of, field_of
from loaders.genres.units import unit_kind
from loaders.recognisers.allocation_sentences import allocations
from loaders.recognisers.allocation_sentences import unit_in_charge as unit_in_charge_after
from loaders.recognisers.charged_names import department_before, unit_in_charge
from loaders.recognisers.passage_topics import topic_unit_before
from loaders.recognisers.project_text import (
    _LABELLED_UNITS,
    _PART,
    _PREVIOUS,
    _TRIM,
    _all_units,
    _Found,
    _is_budget_label,
    _only_amounts_after,
    _valid_name,
)
from loaders.recognisers.speaker_posts import opening_speaker, split_speaker
from loaders.recognisers.wrapped_lines import joined_pieces
from loaders.structure import Block
from loaders.structure.attributes import Attribute, bracket_groups, group_attributes
from loaders.text.amounts import YearAmount, find_amounts
from loaders.text.fiscal_year import year_mentions
from loaders.text.names import tokens
from loaders.text.project_names import looks_like_project, project_ending

ALLOCATION_LINES = 3  # lines after a sentence's first that may still be that sentence


# a name in running text starts after punctuation, a bracket or a space
_NAME_START = re.compile(r"[、。,「」『』\s()（）]")
# 「地域振興課(職員数12人)では、」: the unit a sentence is about
_TOPIC_UNIT = re.compile(
    r"\s*(?P<unit>[^\s、。,()（）「」]{2,30}?)\s*(?:[(（][^()（）]*[)）])?\s*(?:では|は|が)"
)


# Particles and a verb's て that end the phrase before a name in a sentence (「主な事業は」,
# 「あわせて」); の joins the words of one name and stays.
_PHRASE_END = ("は", "が", "を", "に", "で", "も", "て", "へ", "から", "より")


_SENTENCE = re.compile(r"[^。]+")
_LIST_BEFORE = re.compile(r"^(?P<list>[^、。]{2,40}(?:、[^、。]{2,40})*?)(?:など|等)[、,]")


# 「X事業の予算額は1,234万円である」, 「X事業は2,345万円で」: a project, perhaps its budget's
# label, は, then the amount and the copula (a sentence's statement of it)
_STATED_AMOUNT = re.compile(
    r"(?:^|(?<=[、。\s]))(?P<name>[^、。,\s「」()（）]{2,40}?)(?:の(?P<label>[^、。の]{2,6}))?は[、,]?\s*"
    r"(?P<amount>[0-9０-９][0-9０-９,，.]*(?:億|万|千)?[0-9０-９,，]*(?:万|千|百万)?円)"
    r"(?=である|です|で[、,]|となる|となります|。|$)"
)
_COPULA = re.compile(r"である|です|で[、,]|となる|となります")
_COPULA_BRACKET = re.compile(r"(?:である|です)\s*[(（](?P<inner>[^()（）]{2,30})[)）]")
# 「X事業として6,543万円を計上」: the name, then the amount budgeted for it
_BUDGETED_AS = re.compile(
    r"(?P<name>[^、。,，「」()（）\s]{2,60}?)として(?P<amount>[^、。を]{1,20})を(?:計上|予算化|措置)"
)


# 「「X事業」（…）」: a name in quotes right before a bracket
_QUOTED_BEFORE = re.compile(r"「(?P<name>[^「」]{2,60})」\s*$")
_BRACKET_PART = re.compile(r"(?:[^、,，/／]|(?<=[0-9])[,，](?=[0-9]))+")  # 1,237 is one part


class _SentenceRules:
    """Projects named in sentences."""

    # -- prose ----------------------------------------------------------------------------
    def prose(self) -> list[_Found]:
        """Projects named in running text: 「…、X事業(○○,○○○千円)を実施します」 with the
        unit the sentence is about as division, and 「A事業費、B事業費など、…円を計上」,
        examples named for a budget line (the amount is the line's, not theirs)."""
        found: list[_Found] = []
        for block in self.doc.blocks:
            if (
                block.kind not in ("paragraph", "item", "heading")
                or block.index in self.read_blocks
                or self._line_covered(block)
            ):
                continue
            offset = self.doc.folded.find(block.text, block.start)
            if offset < 0:
                continue
            found.extend(self._examples(block, offset))
            found.extend(self._bracketed(block, offset))
            found.extend(self._budgeted_as(block, offset))
            found.extend(self._sentence_entries(block, offset))
            found.extend(self._allocated(block, offset))
            named = {item.name for item in found if item.block is block}
            found.extend(i for i in self._stated_amount(block, offset) if i.name not in named)
        for item in found:
            if item.division is None and item.budget is not None:
                # 「続きまして、みどり課でございます。」 then 「X事業に…を計上」: the unit
                # the passage is about
                topic = topic_unit_before(self.doc.folded, item.name_span.start)
                if topic is not None:
                    self._name_field(item, "division", *topic)
        return found

    def _stated_amount(self, block: Block, offset: int) -> list[_Found]:
        """「X事業の予算額は1,234万円である」, 「X事業は2,345万円で、…」 in an answer: a
        project as a sentence's topic and the one amount stated of it; the answering
        official's unit (「答みどり課長…」 opening the answer) is its division."""
        text = block.text
        if "円" not in text:
            return []
        found: list[_Found] = []
        speaker = opening_speaker(text)
        matches = list(_STATED_AMOUNT.finditer(text))
        for match, after in zip(matches, [*matches[1:], None], strict=False):
            name = match.group("name")
            label = match.group("label")
            # 「X事業の前年度予算は○○,○○○千円。」: the year before's budget, a row of its own
            previous = next((c for c in cues_of("previousYear")
                             if label is not None and label.startswith(c)), None)  # fmt: skip
            if previous is not None and label is not None:
                label = label[len(previous) :]
            if label is not None and not _is_budget_label(label):
                continue
            if label is None and not _COPULA.match(text, match.end()):
                continue  # 「X事業は、○,○○○万円。」 in speech: no label says what it is
            if not _valid_name(name) or project_ending(name) in (None, "費"):
                continue
            amounts = find_amounts(match.group("amount"))
            if len(amounts) != 1 or amounts[0][0] != 0:
                continue
            at = offset + match.start("name")
            titled = split_speaker(name)  # 「教育課長X事業は…」: the title run into the name
            if titled is not None:
                name, at = name[titled[2] :], at + titled[2]
            charged = None if titled is not None else unit_in_charge(
                text, match.start("name"), match.end("name")
            )  # 「A課所管のX事業は…」: the unit in charge, no part of the name
            if charged is not None:
                name, at = text[charged[2] : match.end("name")], offset + charged[2]
            item = _Found(name, self.doc.span(at, at + len(name)), block,
                          spans=[self.doc.span(block.start, block.end)])  # fmt: skip
            if charged is not None:
                self._name_field(item, "division", charged[0], offset + charged[1])
                if outer := department_before(text, charged[1]):
                    self._name_field(item, "department", outer[0], offset + outer[1])
            amount_at = offset + match.start("amount")
            if previous is not None:
                label_at = offset + match.start("label")
                item.yearly = [YearAmount(_PREVIOUS, label_at, label_at + len(previous),
                                          amount_at, amount_at + amounts[0][1], amounts[0][2])]
                found.append(item)  # fmt: skip
                continue
            item.budget = amounts[0][2]
            item.budget_span = self.doc.span(amount_at, amount_at + amounts[0][1])
            closing = _COPULA_BRACKET.match(text, match.end())
            if closing is not None:  # 「…1億円です（みどり課）。」: the unit in charge
                inner = closing.group("inner")
                self._units_bracket(item, inner, offset + closing.start("inner"))
            if item.division is None:
                # 「…1億円です。…。担当は架空課です。」: the unit a later sentence names, up to
                # the next project
                until = after.start() if after else len(text)
                stated = unit_in_charge_after(text, match.end(), until)
                if stated is not None:
                    self._name_field(item, "division", text[stated[0] : stated[1]],
                                     offset + stated[0])  # fmt: skip
            if item.division is None and speaker is not None:
                self._name_field(item, "division", speaker[0], offset + speaker[1])
            found.append(item)
        return found

    def _allocated(self, block: Block, offset: int) -> list[_Found]:
        """「…を直すX事業に1億円。…（担当：総務課）」 (`allocation_sentences`): a project an
        amount is allotted to in running text, read with the unmarked lines after its block
        (a sentence wrapped over lines), the unit in charge named after the amount."""
        after = self.doc.blocks[block.index + 1 : block.index + 2]
        if "に" not in block.text and not (after and after[0].text.startswith("に")):
            return []  # 「…「X事業」」 then 「に○,○○○万円。」: the particle opens the next line
        pieces = [(block.text, offset)]
        for other in self.doc.blocks[block.index + 1 : block.index + 1 + ALLOCATION_LINES]:
            at = self.doc.folded.find(other.text, other.start) if other.text else -1
            if other.kind not in ("paragraph", "heading") or other.number or other.mark or at < 0:
                break
            pieces.append((other.text, at))
        text, at = joined_pieces(pieces)  # `at`: an offset of the joined text, in the document
        found: list[_Found] = []
        every = allocations(text)
        for k, one in enumerate(every):
            if one.name_start >= len(block.text):
                break  # a name opening on a later line is read from that line's block
            name_start = one.name_start
            name = text[name_start : one.name_end]
            speaker = split_speaker(name)  # 「答みどり課長X事業に…」: the answering unit
            if speaker is not None:
                name_start += speaker[2]
                name = name[speaker[2] :]
            # 「A課所管のX事業に…」: the unit in charge, no part of the name
            charged = unit_in_charge(text, name_start, one.name_end) if speaker is None else None
            if charged is not None:
                name_start = charged[2]
                name = text[name_start : one.name_end]
            if not _valid_name(name) or at(one.name_end - 1) + 1 != at(name_start) + len(name):
                continue  # a name wrapped over two lines is not read here
            end = every[k + 1].name_start if k + 1 < len(every) else len(text)
            last = len(text) if k + 1 == len(every) else len(pieces[0][0])
            item = _Found(name, self.doc.span(at(name_start), at(name_start) + len(name)),
                          block, spans=[self.doc.span(block.start, at(last - 1) + 1)])  # fmt: skip
            item.budget = one.yen
            item.budget_span = self.doc.span(at(one.amount_start), at(one.amount_end - 1) + 1)
            units = unit_in_charge_after(text, one.amount_end, end)
            topic_year = _topic_year(text, name_start)  # 「令和7年度は、…X事業に…を計上」
            if topic_year is not None:
                self._year(item, text[topic_year[0] : topic_year[1]], at(topic_year[0]))
            if charged is not None:
                self._name_field(item, "division", charged[0], at(charged[1]))
                if outer := department_before(text, charged[1]):
                    self._name_field(item, "department", outer[0], at(outer[1]))
            elif speaker is not None and units is None:
                self._name_field(item, "division", speaker[0], at(one.name_start + speaker[1]))
            elif units is not None:
                self._units_bracket(item, text[units[0] : units[1]], at(units[0]))
            else:  # 「みどり課では、X事業に○○万円…を計上」: the unit the sentence is about
                opening = max(text.rfind(mark, 0, one.name_start) for mark in "。\n") + 1
                topic = _TOPIC_UNIT.match(text, opening)
                if (
                    topic is not None
                    and topic.end() <= one.name_start
                    and unit_kind(topic.group("unit")) == "division"
                ):
                    self._name_field(item, "division", topic.group("unit"),
                                     at(topic.start("unit")))  # fmt: skip
            found.append(item)
        return found

    def _sentence_entries(self, block: Block, offset: int) -> list[_Found]:
        """「…拡大しました。X事業 令和6年度予算 ○○万円（みどり課）。」: a sentence of
        running text that is nothing but a project's name, its amount (perhaps after a
        year's budget label) and a closing bracket of its year and unit in charge. The
        line of such an entry alone is read by `lines`; this is one among sentences."""
        text = block.text
        if "円" not in text or "。" not in text.rstrip().removesuffix("。"):
            return []
        found = []
        for sentence in _SENTENCE.finditer(text):
            piece = sentence.group()
            amounts = find_amounts(piece)
            if len(amounts) != 1:
                continue
            a, b, yen = amounts[0]
            tail = piece[b:].strip()
            groups = bracket_groups(tail)
            if tail and not (len(groups) == 1 and groups[0] == (0, len(tail))):
                continue
            if tail and not all(_year_or_unit(part) for part in _PART.split(tail[1:-1])):
                continue  # 「（前年度比2%減）」: a note on the amount, no entry's year or unit
            words = piece[:a].split()
            if not words or len(words) > 2:
                continue
            name = words[0].strip(_TRIM)
            label = words[1] if len(words) == 2 else ""
            if label and not _is_budget_label(label):
                continue
            if not _valid_name(name) or project_ending(name) in (None, "費"):
                continue  # 「概算事業費 1億円（…）。」: a cost a sentence states, no project
            at = offset + sentence.start() + piece.index(name)
            item = _Found(name, self.doc.span(at, at + len(name)), block,
                          spans=[self.doc.span(block.start, block.end)])  # fmt: skip
            start = offset + sentence.start()
            item.budget, item.budget_span = yen, self.doc.span(start + a, start + b)
            if label:
                self._year(item, label, start + piece.index(label, len(name)))
            if tail:
                inner_at = start + piece.index(tail, b) + 1
                inner = tail[1:-1]
                self._year(item, inner, inner_at)
                self._unlabelled_unit(item, inner, inner_at)
            found.append(item)
        return found

    def _budgeted_as(self, block: Block, offset: int) -> list[_Found]:
        """「…が担当し、X事業として6,543万円を計上しています」: a project named as what an
        amount is budgeted for, in a sentence; the unit the sentence is about its division."""
        text = block.text
        if "として" not in text:
            return []
        found = []
        for match in _BUDGETED_AS.finditer(text):
            name = _after_phrase(match.group("name")).strip(_TRIM)
            amounts = find_amounts(match.group("amount"))
            if not amounts or amounts[0][1] != len(match.group("amount").rstrip()):
                continue
            speaker = split_speaker(name)  # 「答みどり課長X事業として…」: the answering unit
            name = name[speaker[2] :] if speaker is not None else name
            name_start = match.end("name") - len(name)
            charged = None if speaker is not None else unit_in_charge(
                text, name_start, match.end("name")
            )  # 「A課においてX事業として…」: the unit in charge, no part of the name
            if charged is not None:
                name = text[charged[2] : match.end("name")]
            if not _valid_name(name) or not looks_like_project(name):
                continue
            at = offset + match.end("name") - len(name)
            item = _Found(name, self.doc.span(at, at + len(name)), block,
                          spans=[self.doc.span(block.start, block.end)])  # fmt: skip
            a, b, yen = amounts[0]
            amount_at = offset + match.start("amount")
            item.budget, item.budget_span = yen, self.doc.span(amount_at + a, amount_at + b)
            sentence_start = max(text.rfind("。", 0, match.start()) + 1, 0)
            topic = _TOPIC_UNIT.match(text, sentence_start)
            topic_year = _topic_year(text, at - offset)  # 「令和7年度は、…X事業として…」
            if topic_year is not None:
                self._year(item, text[topic_year[0] : topic_year[1]], offset + topic_year[0])
            if charged is not None:
                self._name_field(item, "division", charged[0], offset + charged[1])
                if outer := department_before(text, charged[1]):
                    self._name_field(item, "department", outer[0], offset + outer[1])
            elif speaker is not None:
                unit_at = at - speaker[2] + speaker[1]
                self._name_field(item, "division", speaker[0], unit_at)
            elif topic and unit_kind(topic.group("unit")):
                self._name_field(item, "division", topic.group("unit"),
                                 offset + topic.start("unit"))  # fmt: skip
            found.append(item)
        return found

    def _examples(self, block: Block, offset: int) -> list[_Found]:
        match = _LIST_BEFORE.match(block.text)
        if match is None or not find_amounts(block.text[match.end() :]):
            return []
        found = []
        position = 0
        for piece in match.group("list").split("、"):
            start = position
            position += len(piece) + 1
            name = piece.strip()
            if not _valid_name(name) or not looks_like_project(name):
                continue
            at = offset + start + piece.index(name)
            found.append(
                _Found(name, self.doc.span(at, at + len(name)), block,
                       spans=[self.doc.span(block.start, block.end)])
            )  # fmt: skip
        return found

    def _bracketed(self, block: Block, offset: int) -> list[_Found]:
        text = block.text
        found = []
        for start, end in bracket_groups(text):
            attributes = list(group_attributes(text, start, end))
            if attributes and all(a.field == "unit" for a in attributes):
                continue  # 「主な事業と概算事業費（単位：百万円）」: a caption's unit note
            inner = text[start + 1 : end - 1]
            amounts = find_amounts(inner)
            parts = [] if attributes else _amount_parts(inner)
            if parts:
                attributes = [replace(a, start=a.start + start + 1) for a in parts]
            elif not attributes and not (amounts and _only_amounts_after(inner, amounts[0][1])
                                         and not inner[: amounts[0][0]].strip()):  # fmt: skip
                continue
            head = _after_phrase(_NAME_START.split(text[:start])[-1])
            head_end = start
            if not head.strip() and (quoted := _QUOTED_BEFORE.search(text, 0, start)):
                head = quoted.group("name")  # 「関連事業「X事業」（予算額…）」: the quoted name
                head_end = quoted.end("name")
            name = head.strip(_TRIM)
            if not _valid_name(name) or not looks_like_project(name):
                continue
            at = offset + head_end - len(head) + head.index(name)
            sentence_start = max(text.rfind("。", 0, start) + 1, 0)
            item = _Found(name, self.doc.span(at, at + len(name)), block,
                          spans=[self.doc.span(block.start, block.end)])  # fmt: skip
            if attributes:
                self._attributes(item, attributes, offset, self.unit_before(block.start))
                if item.division is None:
                    self._unlabelled_unit(item, inner, offset + start + 1)
            else:
                a, b, yen = amounts[0]
                item.budget = yen
                item.budget_span = self.doc.span(offset + start + 1 + a, offset + start + 1 + b)
            if item.division is None:
                topic = _TOPIC_UNIT.match(text, sentence_start)
                if topic and unit_kind(topic.group("unit")):
                    unit_at = offset + topic.start("unit")
                    self._name_field(item, "division", topic.group("unit"), unit_at)
            found.append(item)
        return found


def _topic_year(text: str, name_start: int) -> tuple[int, int] | None:
    """「令和7年度は、A課においてX事業として…を計上」: the one fiscal year the sentence is
    about (a year as its topic, before the name), where it is printed; None when the
    sentence before the name prints none or several."""
    start = max(text.rfind("。", 0, name_start) + 1, 0)
    mentions = [m for m in year_mentions(text[start:name_start]) if m.kind == "fiscal"]
    if len(mentions) != 1:
        return None
    end = start + mentions[0].end
    if not text.startswith(("は", "も"), end):
        return None
    return start + mentions[0].start, end


def _year_or_unit(part: str) -> bool:
    """A part of an entry's closing bracket: a fiscal year (「令和6年度」) or a unit's name."""
    bare = part.strip(_TRIM)
    mentions = year_mentions(bare)
    if mentions and mentions[0].start == 0 and mentions[0].end == len(bare):
        return True
    return bool(bare) and _all_units(bare)


def _after_phrase(head: str) -> str:
    """The name at the end of a sentence's words: 「主な事業はX事業」 → 「X事業」."""
    cut = 0
    found = tokens(head)
    for token in found:
        if token.pos[0] == "助詞" and token.surface in _PHRASE_END:
            cut = token.end
    # 「…（1,237万円）と天文台改修事業」: a name never opens with the word joining it to the one
    # before (と, や, 及び); inside a name such a word stays (「花と緑の…事業」)
    first = next((t for t in found if t.start >= cut), None)
    if first is not None and first.start == cut and first.pos[0] in ("助詞", "接続詞"):
        cut = first.end
    return head[cut:]


def _amount_parts(inner: str) -> list[Attribute]:
    """「(令和9年度、概算事業費12百万円、灯台課)」, 「(4,321千円、宵見課)」: a bracket
    after a name whose parts are each an amount (labelled or not), a fiscal year or unit
    names, one of them an amount; read as the attributes they are (offsets in `inner`).
    Empty when any part is something else, or no part an amount."""
    found: list[Attribute] = []
    for part in _BRACKET_PART.finditer(inner):
        text = part.group().strip()
        at = part.start() + part.group().index(text) if text else part.start()
        amounts = find_amounts(text)
        label = text[: amounts[-1][0]].strip(" :：") if amounts else ""
        years = [m for m in year_mentions(text) if m.kind == "fiscal"]
        if amounts and amounts[-1][1] == len(text) and (not label or field_of(label) == "budget"):
            field_name, a, b = "budget", amounts[-1][0], len(text)  # 「概算事業費12百万円」
        elif len(years) == 1 and (years[0].start, years[0].end) == (0, len(text)):
            field_name, label, a, b = "fiscalYear", "", 0, len(text)
        elif _all_units(text):
            field_name, label, a, b = "division", "", 0, len(text)
        elif (unit := _LABELLED_UNITS.fullmatch(text)) and field_of(
            unit.group("label"), exact=True
        ) == "division" and _all_units(unit.group("units")):
            field_name, label = "division", unit.group("label")  # 「担当：緑化部 みどり課」
            a, b = unit.start("units"), len(text)
        else:
            return []
        found.append(Attribute(label, field_name, text[a:b], at + a, at + b, at))
    return found if any(a.field == "budget" for a in found) else []
