"""CSV templates a city clerk can fill in (shapes/templates/): projects and indicators.

Each row becomes the same facts a document parser finds (`loaders.facts`), written by
`loaders.to_rdf` — so a template's projects, budgets, divisions, codes, facilities and
indicators get exactly the IRIs and terms of the documents' — with every cell quoted as
evidence (its sheet is the file, its cell range A1-style). Cells are read with the text
toolkit: 和暦 or 西暦 years, amounts with 円/千円/万円/億円, quantities, policy codes.
A cell that cannot be read is a `CellError` naming its row and column, in Japanese and
English; all of them are reported together.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field

from rdflib import Graph, URIRef

from loaders.facts import (
    DocumentFacts,
    Observation,
    Organization,
    PolicyCode,
    Project,
    Span,
)
from loaders.formats.located import SourceMap, column_letter
from loaders.lg_code import is_valid_lg_code
from loaders.minting import Minter
from loaders.text.amounts import parse_yen
from loaders.text.fiscal_year import parse_fiscal_year
from loaders.text.policy_codes import parse_policy_code
from loaders.text.quantities import parse_quantity
from loaders.to_rdf import document_graph
from loaders.vocabulary import MK

MUNICIPALITY_CODE, MUNICIPALITY = "団体コード", "団体名"
# template name → (columns that must be present, optional columns)
TEMPLATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "projects": ((MUNICIPALITY_CODE, MUNICIPALITY, "事業名", "年度"),
                 ("予算額", "担当課", "施策コード", "計画名", "関連施設")),
    "indicators": ((MUNICIPALITY_CODE, MUNICIPALITY, "指標名", "年度", "区分", "値"),
                   ("単位",)),
}
KINDS = {"目標": "target", "実績": "actual", "見込": "estimate", "見込み": "estimate",
         "基準": "baseline", "target": "target", "actual": "actual", "estimate": "estimate"}
_LIST = re.compile(r"[、,;；/／]")


@dataclass(frozen=True)
class CellError:
    """A cell that cannot be read (row and column 1-based, as a spreadsheet shows them)."""

    row: int
    column: int
    header: str
    message_en: str
    message_ja: str

    def where(self, lang: str) -> str:
        cell = f"{column_letter(self.column)}{self.row}"
        return (f"{self.row}行目「{self.header}」列 ({cell})" if lang == "ja"
                else f"row {self.row}, column {self.header} ({cell})")


class TemplateError(ValueError):
    """The CSV is not a template, or some of its cells cannot be read."""

    def __init__(self, errors: list[CellError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.where('en')}: {e.message_en}" for e in errors))

    def message(self, lang: str) -> str:
        return "; ".join(f"{e.where(lang)}: {e.message_ja if lang == 'ja' else e.message_en}"
                         for e in self.errors)


@dataclass
class Converted:
    """A template's graph, and where each resource was written (row, column)."""

    template: str
    graph: Graph
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)


def detect(header: list[str]) -> str | None:
    """Which template a header row is (its required columns all present), if any."""
    names = {_clean(h) for h in header}
    for name, (required, _optional) in TEMPLATES.items():
        if set(required) <= names:
            return name
    return None


def convert(text: str, *, file: str, base: str) -> Converted:
    """The RDF of a filled-in template; `TemplateError` listing every unreadable cell."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise TemplateError([CellError(1, 1, "-", "the file is empty", "ファイルが空です")])
    header = [_clean(h) for h in rows[0]]
    template = detect(header)
    if template is None:
        known = "; ".join(f"{name}: {', '.join(req)}" for name, (req, _) in TEMPLATES.items())
        raise TemplateError([CellError(
            1, 1, header[0] if header else "-",
            f"this CSV is not a machikg template: the header row needs the columns of one"
            f" of shapes/templates/ ({known})",
            f"machikg のテンプレートではありません: 1行目に shapes/templates/ のいずれかの列"
            f"見出しが必要です ({known})")])
    reader = _Rows(header, rows, lines, offsets)
    facts = DocumentFacts(file=file, municipality_code="", municipality="", prefecture=None,
                          text=text, genre="generic", title=None, source_map=SourceMap())
    codes: dict[int, str] = {}
    for number in range(2, len(rows) + 1):
        if not any(cell.strip() for cell in rows[number - 1]):
            continue
        reader.municipality(number, facts)
        if template == "projects":
            codes |= _project(reader, number, facts)
        else:
            _observation(reader, number, facts)
    if reader.errors:
        raise TemplateError(reader.errors)
    if not facts.projects and not facts.observations:
        raise TemplateError([CellError(2, 1, header[0], "the template has no rows filled in",
                                       "テンプレートに記入された行がありません")])
    graph = document_graph(facts, base=base)
    mint = Minter(base, facts.municipality_code)
    converted = Converted(template, graph)
    for fact in facts.projects:
        iri = mint.project(fact.fiscal_year, fact.name)
        converted.positions.setdefault(str(iri), reader.where[id(fact)])
        printed = codes.get(id(fact))
        if printed:
            concept = _concept(graph, printed)
            if concept is not None:
                graph.add((iri, MK.policyCode, concept))
        row, _column = reader.where[id(fact)]
        for budget in graph.objects(iri, MK.budget):
            converted.positions.setdefault(str(budget), (row, reader.column("予算額") or 1))
    for fact in facts.observations:
        indicator = mint.indicator(fact.indicator)
        converted.positions.setdefault(str(indicator), reader.where[id(fact)])
        observation = mint.observation(indicator, fact.fiscal_year, fact.kind)
        converted.positions.setdefault(str(observation), reader.where[id(fact)])
    return converted


class _Rows:
    """Cells by header name, their spans in the text, and the errors found so far."""

    def __init__(self, header: list[str], rows: list[list[str]], lines: list[str],
                 offsets: list[int]) -> None:
        self.header = header
        self.rows = rows
        self.lines = lines
        self.offsets = offsets
        self.errors: list[CellError] = []
        self.where: dict[int, tuple[int, int]] = {}

    def column(self, name: str) -> int | None:
        return self.header.index(name) + 1 if name in self.header else None

    def cell(self, number: int, name: str) -> str:
        column = self.column(name)
        row = self.rows[number - 1]
        if column is None or column > len(row):
            return ""
        return unicodedata.normalize("NFKC", row[column - 1]).strip()

    def span(self, number: int, name: str, facts: DocumentFacts) -> Span | None:
        """Where the cell's text is in the file (rows written on one line each)."""
        value = self.rows[number - 1][self.column(name) - 1].strip()  # type: ignore[operator]
        if not value or number > len(self.lines):
            return None
        line = self.lines[number - 1]
        at = line.find(value)
        if at < 0:
            return None
        start = self.offsets[number - 1] + at
        column = self.column(name) or 1
        assert facts.source_map is not None
        facts.source_map.add(start, start + len(value), sheet=facts.file,
                             cells=(number, column, number, column))
        return Span(start, start + len(value), value)

    def fail(self, number: int, name: str, en: str, ja: str) -> None:
        self.errors.append(CellError(number, self.column(name) or 1, name, en, ja))

    def required(self, number: int, name: str) -> str:
        value = self.cell(number, name)
        if not value:
            self.fail(number, name, "this cell is required", "必須の項目が空です")
        return value

    def year(self, number: int, name: str) -> int | None:
        value = self.required(number, name)
        if not value:
            return None
        year = parse_fiscal_year(value) or parse_fiscal_year(value + "年度")
        if year is None and re.fullmatch(r"\d{4}", value):
            year = int(value)
        if year is None or not 1868 <= year <= 2100:
            self.fail(number, name,
                      f"{value!r} is not a fiscal year (write 令和6年度, R6 or 2024)",
                      f"「{value}」を年度として読めません (令和6年度、R6、2024 のように)")
            return None
        return year

    def municipality(self, number: int, facts: DocumentFacts) -> None:
        code = self.required(number, MUNICIPALITY_CODE)
        name = self.required(number, MUNICIPALITY)
        if code and not is_valid_lg_code(code):
            self.fail(number, MUNICIPALITY_CODE,
                      f"{code!r} is not a local government code (全国地方公共団体コード: 6 digits,"
                      " the last a check digit)",
                      f"「{code}」は全国地方公共団体コード (6桁、末尾は検査数字) ではありません")
            return
        if not code or not name:
            return
        if facts.municipality_code and code != facts.municipality_code:
            self.fail(number, MUNICIPALITY_CODE,
                      f"one file is one municipality: {code} differs from"
                      f" {facts.municipality_code} above",
                      f"1ファイルには1団体分を記入してください ({code} は上の行の"
                      f" {facts.municipality_code} と異なります)")
            return
        facts.municipality_code, facts.municipality = code, name


def _project(rows: _Rows, number: int, facts: DocumentFacts) -> dict[int, str]:
    name = rows.required(number, "事業名")
    year = rows.year(number, "年度")
    budget = None
    amount = rows.cell(number, "予算額")
    if amount:
        budget = parse_yen(amount.lstrip("-−▲△"), unit="円")
        if budget is not None and amount[0] in "-−▲△":
            budget = -budget  # kept negative: the shapes say a budget is ≥ 0, with the row
        if budget is None:
            rows.fail(number, "予算額",
                      f"{amount!r} is not an amount of yen (write 12,345,000円, 12,345千円 or"
                      " 1.2億円)",
                      f"「{amount}」を金額として読めません"
                      " (12,345,000円、12,345千円、1.2億円 のように)")
    printed = rows.cell(number, "施策コード")
    code = parse_policy_code(printed) if printed else None
    if printed and code is None:
        rows.fail(number, "施策コード",
                  f"{printed!r} is not a policy code (write 4-1-2 or VII-1-(2))",
                  f"「{printed}」を施策コードとして読めません (4-1-2、VII-1-(2) のように)")
    if not name:
        return {}
    evidence = {key: span for key, column in (("name", "事業名"), ("budget", "予算額"),
                                               ("division", "担当課"))
                if (span := rows.span(number, column, facts)) is not None}
    project = Project(
        name=name, fiscal_year=year, budget=budget,
        division=rows.cell(number, "担当課") or None,
        facilities=[f.strip() for f in _LIST.split(rows.cell(number, "関連施設")) if f.strip()],
        evidence=evidence,
    )
    facts.projects.append(project)
    if project.division and all(o.name != project.division for o in facts.organizations):
        # a division of the city the row names: its unit hangs under the municipality
        facts.organizations.append(Organization(name=project.division, kind="division",
                                                parent=facts.municipality or None))
    rows.where[id(project)] = (number, rows.column("事業名") or 1)
    if code is None:
        return {}
    plan = rows.cell(number, "計画名") or None
    facts.policy_codes.append(PolicyCode(printed=code.printed, normalized=code.normalized,
                                         plan=plan))
    return {id(project): code.printed}


def _observation(rows: _Rows, number: int, facts: DocumentFacts) -> None:
    name = rows.required(number, "指標名")
    year = rows.year(number, "年度")
    printed_kind = rows.required(number, "区分")
    kind = KINDS.get(printed_kind.lower()) if printed_kind else None
    if printed_kind and kind is None:
        rows.fail(number, "区分", f"{printed_kind!r} is not one of 目標, 実績, 見込",
                  f"「{printed_kind}」は 目標・実績・見込 のいずれでもありません")
    printed_value = rows.required(number, "値")
    quantity = parse_quantity(printed_value) if printed_value else None
    if printed_value and quantity is None:
        rows.fail(number, "値", f"{printed_value!r} is not a number",
                  f"「{printed_value}」を数値として読めません")
    if not name or kind is None or quantity is None:
        return
    unit = rows.cell(number, "単位") or quantity.unit
    evidence = {"value": span} if (span := rows.span(number, "値", facts)) else {}
    observation = Observation(indicator=name, fiscal_year=year, kind=kind,  # type: ignore[arg-type]
                              value=quantity.value, unit=unit or None, evidence=evidence)
    facts.observations.append(observation)
    rows.where[id(observation)] = (number, rows.column("指標名") or 1)


def _concept(graph: Graph, printed: str) -> URIRef | None:
    from rdflib import Literal
    from rdflib.namespace import SKOS

    for concept in graph.subjects(SKOS.notation, Literal(printed)):
        return concept  # type: ignore[return-value]
    return None


def _clean(header: str) -> str:
    return unicodedata.normalize("NFKC", header).strip().lstrip("\ufeff")
