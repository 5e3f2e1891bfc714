"""What a genre parser finds in a document, before it becomes RDF.

Parsers speak this small vocabulary of dataclasses; `loaders.to_rdf` alone knows the
ontology. Keeping the two apart lets a parser be tested on plain values and lets the graph
model change without touching any parser.

Every fact carries `evidence`: for each field name (and "" for the fact as a whole) the
`Span` of the decoded document text it was read from, so the graph can say where each
statement came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from loaders.formats.located import SourceMap

OrganizationKind = Literal[
    "municipality", "department", "division", "section", "facility_unit", "committee", "external"
]
InitiativeKind = Literal["measure", "action", "issue", "priority_issue", "reform_item"]
ObservationKind = Literal["baseline", "target", "actual", "estimate"]
OBSERVATION_KINDS: tuple[ObservationKind, ...] = get_args(ObservationKind)
PlanKind = Literal[
    "comprehensive_plan", "basic_plan", "reform_plan", "department_policy", "sector_plan", "plan"
]
Genre = Literal[
    "department_policy",
    "comprehensive_plan_policy",
    "reform_plan_sheet",
    "reform_plan_chapter",
    "generic",
]


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into the decoded document text, and the text itself."""

    start: int
    end: int
    text: str


Evidence = dict[str, Span]


@dataclass
class Organization:
    name: str  # as resolved (a misprint is resolved to the unit it means)
    kind: OrganizationKind
    parent: str | None = None  # name of the parent organisation in the same city
    printed: str | None = None  # printed form when it differs from `name`
    evidence: Evidence = field(default_factory=dict)


@dataclass
class Post:
    """A head post (部長, 局長, 理事 …) of an organisation, and who holds it when printed."""

    title: str
    organization: str
    holder: str | None = None
    note: str | None = None  # e.g. the responsibility printed in brackets (行財政健全化担当)
    evidence: Evidence = field(default_factory=dict)


@dataclass
class StaffCount:
    organization: str
    fiscal_year: int
    employment_type: str  # as printed (常勤, 再任用(短時間), 臨時, その他) or "合計" for the total
    count: int
    evidence: Evidence = field(default_factory=dict)


@dataclass
class Budget:
    owner: str  # project or organisation name
    owner_kind: Literal["project", "organization"]
    fiscal_year: int | None
    account: str  # 一般会計, 特別会計, … as printed
    amount: int  # integer yen, unit scale applied
    evidence: Evidence = field(default_factory=dict)


@dataclass
class Plan:
    name: str
    kind: PlanKind
    first_fiscal_year: int | None = None
    last_fiscal_year: int | None = None
    parent: str | None = None  # e.g. a 基本計画 phase belongs to its 総合計画
    evidence: Evidence = field(default_factory=dict)


@dataclass
class PolicyCode:
    """One code of a plan's policy system (施策体系)."""

    printed: str  # exactly as printed: "VII-1-(2)", "4-1-2", "5-2"
    normalized: str  # numbers only, dash separated: "7-1-2"
    label: str | None = None
    plan: str | None = None  # the plan (scheme) name, when known
    evidence: Evidence = field(default_factory=dict)


@dataclass
class Initiative:
    name: str
    kind: InitiativeKind
    policy_codes: list[str] = field(default_factory=list)  # printed codes
    parent: str | None = None  # name of the enclosing initiative
    responsible: list[str] = field(default_factory=list)  # organisation names
    lead: str | None = None  # the lead responsible organisation (● in reform sheets)
    facilities: list[str] = field(default_factory=list)
    description: str | None = None
    number: str | None = None  # its number as printed (課題3 → "3", No.26 → "26")
    evidence: Evidence = field(default_factory=dict)


@dataclass
class Project:
    name: str
    fiscal_year: int | None = None
    budget: int | None = None  # integer yen
    division: str | None = None  # responsible organisation, resolved
    division_printed: str | None = None  # printed form when it differs (a misprint)
    related_initiative: str | None = None  # 関連する課題 / the 重点課題 it serves
    goal: str | None = None
    description: str | None = None
    facilities: list[str] = field(default_factory=list)
    evidence: Evidence = field(default_factory=dict)


@dataclass
class Facility:
    name: str
    kind: str | None = None  # センター, 会館, 公民館, 連絡所, 区役所 …
    aliases: list[str] = field(default_factory=list)  # 愛称
    operator: str | None = None  # 指定管理者, when named
    opened: str | None = None  # ISO date or year-month when printed
    part_of: str | None = None  # the complex it sits in
    evidence: Evidence = field(default_factory=dict)


@dataclass
class Observation:
    indicator: str
    fiscal_year: int | None  # None: a target printed without its year (5ヵ年目標)
    kind: ObservationKind
    value: float | int
    unit: str | None = None  # パーセント, 箇所, 名 …
    subject: str | None = None  # the initiative the indicator measures
    evidence: Evidence = field(default_factory=dict)


@dataclass
class Evaluation:
    initiative: str
    fiscal_year: int
    grade: str  # as printed: A, B, C …
    comment: str | None = None
    evidence: Evidence = field(default_factory=dict)


@dataclass
class DocumentFacts:
    """Everything one document says, ready to become one named graph."""

    file: str
    municipality_code: str
    municipality: str
    prefecture: str | None
    text: str  # the decoded (and, for HTML, extracted) text all spans point into
    genre: Genre
    title: str | None = None
    fiscal_year: int | None = None  # first fiscal year the document covers
    last_fiscal_year: int | None = None
    plans: list[Plan] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    staff: list[StaffCount] = field(default_factory=list)
    budgets: list[Budget] = field(default_factory=list)
    policy_codes: list[PolicyCode] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    facilities: list[Facility] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)
    mission: list[str] = field(default_factory=list)  # 取り組むこと / 基本姿勢 items
    evidence: Evidence = field(default_factory=dict)
    # A recogniser that failed on this document (a reader bug): its facts are left out, the
    # other kinds of fact stand; ingest reports each line.
    reading_errors: list[str] = field(default_factory=list)
    # Where the text came from: a PDF's pages or a workbook's cells (None for text and HTML),
    # the URL the file was fetched from and when (from the manifest's url/retrieved columns).
    source_map: SourceMap | None = None
    source_url: str | None = None
    retrieved: str | None = None
