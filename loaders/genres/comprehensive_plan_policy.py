"""Comprehensive-plan policy pages: "基本施策 VII-1-(2) <title>" with numbered sub-measures.

The page heading gives the measure and its policy code; "(1)<name>" headings give the
sub-measures, each followed by 現状と課題 and "計画期間(…)の取組" bullet lists; the plan period
gives the years the page covers; "お問い合わせ先" names the responsible unit as a chain
(局 > 部 > 課) after the city name.
"""

from __future__ import annotations

import re

from loaders.facts import DocumentFacts, Initiative, Organization, PolicyCode
from loaders.field_vocabulary import field_of
from loaders.genres.generic import find_facility_mentions
from loaders.genres.layout import BULLET_LINE, Line, Page, is_blank
from loaders.genres.units import split_unit_chain, strip_place_prefix, unit_kind
from loaders.recognisers.grade_years import without_heading_grades
from loaders.text.fiscal_year import parse_fiscal_year_range
from loaders.text.normalize import strip_bullet
from loaders.text.policy_codes import parse_policy_code
from loaders.text.project_names import project_ending

_MEASURE = re.compile(
    r"^\s*(?P<word>基本施策|施策|基本政策|政策)\s*(?P<code>[IVXⅠ-Ⅻ0-9]+(?:-\(?[0-9]+\)?)+)\s+"
    r"(?P<title>\S.*?)\s*$"
)
_SUB_MEASURE = re.compile(r"^\s*\((?P<number>[0-9]+)\)\s*(?P<name>\S.*?)\s*$")
_SITUATION = re.compile(r"^\s*現状と課題\s*$")
_PERIOD = re.compile(r"^\s*計画期間\s*\((?P<period>[^()]+)\)\s*の(?:主な)?取組(?:内容)?\s*$")
_EFFORTS = re.compile(r"^\s*(?:計画期間.*の)?取組(?:内容)?\s*$")
# 「お問い合わせ先」「このページに関するお問い合わせ」「このページの情報発信元」
_CONTACT = re.compile(
    r"^\s*(?:このページ(?:に関する|について|の)?の?)?"
    r"(?:(?:お)?問い?合わ?せ(?:先)?|(?:情報)?発信元|担当(?:課|部署))\s*$"
)
_CONTACT_FIELD = re.compile(r"^\s*(?:住所|電話|ファクス|FAX|メール|E-?mail|〒|TEL)", re.IGNORECASE)


def parse(facts: DocumentFacts) -> None:
    """Add the measure, its sub-measures, the plan period and the contact unit to `facts`."""
    page = Page(facts.text)
    measure = _read_measure(page, facts)
    _read_period(page, facts)
    responsible = _read_contact(page, facts)
    if measure is None:
        return
    if responsible:
        measure.responsible.append(responsible)
    _read_sub_measures(page, facts, measure, responsible)


def _read_measure(page: Page, facts: DocumentFacts) -> Initiative | None:
    if _lists_a_system(page):
        return None  # several measures listed: a page citing the plan, none of them its own
    for line in page.lines:
        found = _MEASURE.match(line.text)
        if found is None:
            continue
        code = parse_policy_code(found.group("code"))
        if code is None:
            continue
        title = without_heading_grades(found.group("title"))  # 「…の振興 評価 A」: its grade
        facts.title = facts.title or line.text.strip()
        facts.evidence.setdefault("title", page.line_span(line))
        code_span = page.span(line.start + found.start("code"), line.start + found.end("code"))
        title_span = page.trimmed_span(line.start + found.start("title"),
                                       line.start + found.start("title") + len(title))
        facts.policy_codes.append(
            PolicyCode(
                code.printed,
                code.normalized,
                title,
                evidence={"": page.line_span(line), "label": title_span},
            )
        )
        if _about_a_project(page):
            return None  # the measure line only places the sheet's project in the plan
        measure = Initiative(
            title,
            "measure",
            policy_codes=[code.printed],
            number=code.printed,
            evidence={"": page.line_span(line), "name": title_span, "policy_codes": code_span},
        )
        facts.initiatives.append(measure)
        return measure
    return None


def _lists_a_system(page: Page) -> bool:
    """「施策5-1 …」「施策5-2 …」: lines naming several measures of one level list the plan's
    system (as a department's goals cite it); a policy page heads one measure."""
    by_level: dict[int, set[str]] = {}
    for line in page.lines:
        found = _MEASURE.match(line.text)
        code = parse_policy_code(found.group("code")) if found else None
        if code is not None:
            by_level.setdefault(len(code.normalized.split("-")), set()).add(code.normalized)
    # (a measure's own sub-measures, 「1-1-1」「1-1-2」 under 「施策1-1」, are several of one
    # level too, but under the one code of the page's top level; a system's top level has
    # two codes at least, 「政策1-1」 and 「政策1-2」 over their 施策 in a table's rows)
    top = by_level[min(by_level)] if by_level else set()
    return len(top) > 1


_LABELLED = re.compile(
    r"^\s*[【\[［]?(?P<label>[^\s:：】\]］]{2,8})[】\]］]?\s*[:：]?\s*(?P<value>\S+)"
)


def _about_a_project(page: Page) -> bool:
    """A sheet whose field names one project (「【事業名】 宵見バス運行事業」): it is about that
    project, and the policy lines it prints place the project; they are no measure."""
    for line in page.lines:
        found = _LABELLED.match(line.text)
        if found is None or field_of(found.group("label"), exact=True) != "project":
            continue
        if project_ending(found.group("value")) and "、" not in found.group("value"):
            return True
    return False


def _read_period(page: Page, facts: DocumentFacts) -> None:
    for line in page.lines:
        found = _PERIOD.match(line.text)
        if found is None:
            continue
        years = parse_fiscal_year_range(found.group("period"))
        if years is None:
            continue
        facts.fiscal_year, facts.last_fiscal_year = years
        facts.evidence["fiscal_year"] = page.line_span(line)
        return


def _read_contact(page: Page, facts: DocumentFacts) -> str | None:
    """The unit chain on the first line after お問い合わせ先; returns the innermost unit."""
    for index, line in enumerate(page.lines):
        if not _CONTACT.match(line.text):
            continue
        for following in page.lines[index + 1 : index + 6]:
            text = following.text.strip()
            if not text:
                continue
            if _CONTACT_FIELD.match(text):
                return None
            return _add_chain(page, facts, following, text)
    return None


def _add_chain(page: Page, facts: DocumentFacts, line: Line, text: str) -> str | None:
    name = strip_place_prefix(text.split()[0], facts.prefecture, facts.municipality)
    units = split_unit_chain(name)
    if not all(unit_kind(unit) for unit in units):
        return None
    offset = line.start + line.text.index(name)
    parent: str | None = None
    for unit in units:
        start = offset + name.index(unit)
        kind = unit_kind(unit) or "division"
        facts.organizations.append(
            Organization(unit, kind, parent, evidence={"": page.span(start, start + len(unit))})
        )
        parent = unit
    return parent


def _read_sub_measures(
    page: Page, facts: DocumentFacts, measure: Initiative, responsible: str | None
) -> None:
    headings = [
        (index, found)
        for index, line in enumerate(page.lines)
        if (found := _SUB_MEASURE.match(line.text)) is not None
    ]
    contact = next(
        (i for i, line in enumerate(page.lines) if _CONTACT.match(line.text)), len(page.lines)
    )
    for position, (index, found) in enumerate(headings):
        if index > contact:
            break
        end = headings[position + 1][0] if position + 1 < len(headings) else contact
        line = page.lines[index]
        items = _bullets(page.lines[index + 1 : end])
        body = page.folded[line.start : page.lines[max(index, end - 1)].end]
        sub = Initiative(
            found.group("name"),
            "measure",
            policy_codes=list(measure.policy_codes),
            parent=measure.name,
            responsible=[responsible] if responsible else [],
            number=found.group("number"),
            facilities=[m.name for m in find_facility_mentions(body)],
            description="\n".join(items) or None,
            evidence={
                "": page.lines_span(line, page.lines[max(index, end - 1)]),
                "name": page.trimmed_span(line.start + found.start("name"), line.end),
            },
        )
        facts.initiatives.append(sub)


def _bullets(lines: list[Line]) -> list[str]:
    """Bullet items under 現状と課題 and the 取組 headings, in order."""
    items: list[str] = []
    collecting = False
    for line in lines:
        if is_blank(line):
            continue
        if _SITUATION.match(line.text) or _PERIOD.match(line.text) or _EFFORTS.match(line.text):
            collecting = True
            continue
        if collecting and BULLET_LINE.match(line.text):
            item = strip_bullet(line.text)
            if item:
                items.append(item)
    return items
