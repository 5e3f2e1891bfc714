"""DocumentFacts → one RDF graph (the document's named graph), with provenance.

This is the only module that knows how facts map to ontology terms (docs/model.md). Every
resource it writes carries `mk:sourceDocument` and, for each piece of evidence the parser kept,
an `mk:Evidence` node with the quoted passage and its character offsets.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdf_namespaces
from rdflib.term import Node

from loaders import vocabulary
from loaders.facts import (
    Budget,
    DocumentFacts,
    Evaluation,
    Evidence,
    Facility,
    Initiative,
    Observation,
    Organization,
    PolicyCode,
    Post,
    Project,
    Span,
    StaffCount,
)
from loaders.lg_code import standard_area_iri
from loaders.minting import Minter
from loaders.text.fiscal_year import format_era_fiscal_year
from loaders.text.normalize import nfkc_key
from loaders.text.policy_codes import printable_notation
from loaders.vocabulary import PREFIXES


class _Terms:
    """A namespace whose terms are made once: rdflib builds a new URIRef on every attribute
    access (`MK.about`), some 400 times per document."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = URIRef(getattr(self._namespace, name))
        setattr(self, name, term)  # found in the instance from now on
        return term

    def __getitem__(self, name: str) -> URIRef:  # IC["通貨コード"]
        return self.__getattr__(name)


_rdf = rdf_namespaces
DCTERMS, ORG, PROV, QB = _Terms(_rdf.DCTERMS), _Terms(_rdf.ORG), _Terms(_rdf.PROV), _Terms(_rdf.QB)
RDF, RDFS, SKOS, XSD = _Terms(_rdf.RDF), _Terms(_rdf.RDFS), _Terms(_rdf.SKOS), _Terms(_rdf.XSD)
IC, MK = _Terms(vocabulary.IC), _Terms(vocabulary.MK)
SDMX_DIMENSION = _Terms(vocabulary.SDMX_DIMENSION)

ORG_CLASSES = {
    "department": MK.Department,
    "division": MK.Division,
    "section": MK.Section,
    "facility_unit": MK.FacilityUnit,
    "committee": MK.Committee,
    "external": MK.ExternalBody,
}
INITIATIVE_CLASSES = {
    "measure": MK.Measure,
    "action": MK.Action,
    "issue": MK.Issue,
    "priority_issue": MK.PriorityIssue,
    "reform_item": MK.ReformItem,
}
PLAN_CLASSES = {
    "comprehensive_plan": MK.ComprehensivePlan,
    "basic_plan": MK.BasicPlan,
    "reform_plan": MK.ReformPlan,
    "department_policy": MK.DepartmentPolicy,
    "sector_plan": MK.SectorPlan,
    "plan": MK.Plan,
}
OBSERVATION_KINDS = {
    "baseline": MK.Baseline,
    "target": MK.Target,
    "actual": MK.Actual,
    "estimate": MK.Estimate,
}
ACCOUNTS = {"一般会計": MK.GeneralAccount, "特別会計": MK.SpecialAccount}
# Where a topic's words matched for it to be the resource's own (mk:ownTopic), not inherited.
OWN_WORDS = frozenset({"self", "policy_code"})

# Which property a piece of evidence supports, by the fact field it was kept under.
EVIDENCE_PROPERTIES = {
    "name": RDFS.label,
    "title": RDFS.label,
    "label": SKOS.prefLabel,
    "printed": SKOS.notation,
    "budget": MK.budget,
    "amount": MK.amount,
    "division": MK.responsibleOrganization,
    "responsible": MK.responsibleOrganization,
    "lead": MK.leadOrganization,
    "fiscal_year": MK.fiscalYear,
    "related_initiative": MK.addresses,
    "goal": MK.goal,
    "description": DCTERMS.description,
    "value": MK.value,
    "grade": MK.grade,
    "count": MK.staff,
    "policy_codes": MK.policyCode,
    "parent": DCTERMS.isPartOf,
    "aliases": MK.nickname,
    "holder": MK.holderName,
    "account": MK.account,
    "kind": MK.observationKind,
    "employment_type": MK.employmentType,
    "operator": MK.operator,
    "facilities": MK.facility,
}


Triple = tuple[Node, Node, Node]


class TripleSet:
    """The few `rdflib.Graph` operations the writer uses (add, set, remove by subject and
    predicate, membership), with the same set semantics but none of rdflib's store
    machinery: building a document this way costs a fraction of `Graph.add` (ingest)."""

    def __init__(self) -> None:
        self.triples: dict[Triple, None] = {}  # insertion-ordered set
        self._objects: dict[tuple[Node, Node], list[Node]] = {}  # (s, p) → objects

    def add(self, triple: Triple) -> None:
        if triple not in self.triples:
            self.triples[triple] = None
            self._objects.setdefault((triple[0], triple[1]), []).append(triple[2])

    def set(self, triple: Triple) -> None:
        """As `Graph.set`: the only value of (subject, predicate)."""
        self.remove((triple[0], triple[1], None))
        self.add(triple)

    def remove(self, triple: tuple[Node, Node, Node | None]) -> None:
        s, p, o = triple
        objects = self._objects.get((s, p))
        if not objects:
            return
        for value in list(objects) if o is None else [o]:
            if (s, p, value) in self.triples:
                del self.triples[(s, p, value)]
                objects.remove(value)

    def __contains__(self, triple: tuple[Node, Node, Node | None]) -> bool:
        s, p, o = triple
        if o is None:
            return bool(self._objects.get((s, p)))
        return triple in self.triples

    def __iter__(self) -> Iterator[Triple]:
        return iter(self.triples)

    def __len__(self) -> int:
        return len(self.triples)

    def graph(self) -> Graph:
        """The same triples as an rdflib graph, with the project's prefixes bound."""
        graph = Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        for triple in self.triples:
            graph.add(triple)
        return graph


def document_graph(facts: DocumentFacts, *, base: str) -> Graph:
    """Build the named-graph content for one document."""
    return document_triples(facts, base=base).graph()


def document_triples(facts: DocumentFacts, *, base: str) -> TripleSet:
    """The triples of `document_graph`, without building an rdflib graph (ingest's path)."""
    return _GraphWriter(facts, base).write()


def graph_iri(facts: DocumentFacts, *, base: str) -> URIRef:
    return Minter(base, facts.municipality_code).graph(facts.file)


class _GraphWriter:
    def __init__(self, facts: DocumentFacts, base: str) -> None:
        self.facts = facts
        self.mint = Minter(base, facts.municipality_code)
        self.g = TripleSet()
        self.city = self.mint.municipality()
        self.doc = self.mint.document(facts.file)
        self.fiscal_years: set[int] = set()
        self.orgs: dict[str, URIRef] = {}  # NFKC key → IRI
        self.initiatives: dict[str, URIRef] = {}
        self.projects: dict[str, URIRef] = {}
        self.facilities: dict[str, URIRef] = {}
        self.plans: dict[str, URIRef] = {}
        self.codes: dict[str, URIRef] = {}  # printed and normalized → concept
        self.policy_names: dict[str, URIRef] = {}  # a code's printed name (key) → concept
        self.subjects: dict[int, URIRef] = {}  # id(fact) → IRI, for topic tags

    # -- small writers -------------------------------------------------------------------
    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def label(self, s: URIRef, text: str) -> None:
        self.g.set((s, RDFS.label, Literal(text, lang="ja")))

    def resource(self, s: URIRef, cls: URIRef, name: str, evidence: Evidence | None = None) -> None:
        self.g.add((s, RDF.type, cls))
        self.label(s, name)
        self.g.add((s, MK.municipality, self.city))
        self.g.add((s, MK.sourceDocument, self.doc))
        if evidence:
            self.evidence(s, evidence)

    def evidence(self, s: URIRef, evidence: Evidence) -> None:
        for field, span in sorted(evidence.items()):
            if not span.text.strip():
                continue  # a quote of nothing proves nothing (and would fail the shapes)
            node = self.mint.evidence(s, self.facts.file, field, span.start, span.end)
            prop = (
                EVIDENCE_PROPERTIES.get(field, PROV.wasDerivedFrom)
                if field
                else PROV.wasDerivedFrom
            )
            self.g.add((s, PROV.wasDerivedFrom, node))
            self.g.add((node, RDF.type, MK.Evidence))
            self.g.set((node, RDFS.label, Literal(f"{self.facts.file} [{span.start}:{span.end}]")))
            self.g.add((node, MK.about, s))
            self.g.add((node, MK.property, prop))
            self.g.add((node, PROV.value, Literal(span.text)))
            self.g.add((node, MK.startOffset, Literal(span.start, datatype=XSD.integer)))
            self.g.add((node, MK.endOffset, Literal(span.end, datatype=XSD.integer)))
            self.g.add((node, PROV.hadPrimarySource, self.doc))
            self.source_location(node, span)

    def source_location(self, node: URIRef, span: Span) -> None:
        """The page of a PDF, the sheet and cells of a workbook, or the path in a data file
        (JSON, YAML, XML, iCalendar) the quote was read from."""
        if self.facts.source_map is None:
            return
        where = self.facts.source_map.locate(span.start, span.end)
        if where is None:
            return
        if where.page is not None:
            self.g.add((node, MK.pageNumber, Literal(where.page, datatype=XSD.integer)))
        if where.sheet is not None:
            self.g.add((node, MK.sheetName, Literal(where.sheet)))
        if where.cell_range is not None:
            self.g.add((node, MK.cellRange, Literal(where.cell_range)))
        if where.path:
            self.g.add((node, MK.dataPath, Literal(where.path)))

    def fiscal_year(self, year: int | None) -> URIRef | None:
        if year is None:
            return None
        self.fiscal_years.add(year)
        return self.mint.fiscal_year(year)

    # -- the document and its city -------------------------------------------------------
    def write(self) -> TripleSet:
        f = self.facts
        self.write_municipality()
        self.g.add((self.doc, RDF.type, MK.SourceDocument))
        self.g.add((self.doc, DCTERMS.identifier, Literal(f.file)))
        self.g.add((self.doc, MK.municipality, self.city))
        self.g.add((self.doc, MK.genre, Literal(f.genre)))
        self.g.add((self.doc, MK.namedGraph, self.mint.graph(f.file)))
        self.label(self.doc, f.title or f.file)
        if f.title:
            self.g.add((self.doc, DCTERMS.title, Literal(f.title, lang="ja")))
        self.add(self.doc, MK.fiscalYear, self.fiscal_year(f.fiscal_year))
        self.add(self.doc, MK.lastFiscalYear, self.fiscal_year(f.last_fiscal_year))
        if f.evidence:
            self.evidence(self.doc, f.evidence)
        if f.source_url:
            self.g.add((self.doc, DCTERMS.source, URIRef(f.source_url)))
        if f.retrieved:
            self.g.add((self.doc, MK.retrievedAt, Literal(f.retrieved, datatype=XSD.dateTime)))

        for plan in f.plans:
            self.write_plan_fact(plan.name, plan.kind, plan)
        for org in f.organizations:
            self.write_organization(org)
        for org in f.organizations:  # parents may be listed after their units
            self.link_parent(org)
        self.link_unlisted_parents()
        self.write_mission()
        for post in f.posts:
            self.write_post(post)
        for staff in f.staff:
            self.write_staff(staff)
        for code in f.policy_codes:
            self.write_policy_code(code)
        for facility in f.facilities:
            self.write_facility(facility)
        for initiative in f.initiatives:
            self.write_initiative(initiative)
        for initiative in f.initiatives:
            self.link_initiative(initiative)
        for project in f.projects:
            self.write_project(project)
        for budget in f.budgets:
            self.write_budget(budget)
        for observation in f.observations:
            self.write_observation(observation)
        for evaluation in f.evaluations:
            self.write_evaluation(evaluation)
        self.write_topics()
        for year in sorted(self.fiscal_years):
            self.write_fiscal_year(year)
        return self.g

    def write_municipality(self) -> None:
        f = self.facts
        self.g.add((self.city, RDF.type, MK.Municipality))
        self.label(self.city, f.municipality)
        self.g.add((self.city, MK.lgCode, Literal(f.municipality_code)))
        self.g.add((self.city, MK.sourceDocument, self.doc))
        self.g.add((self.city, MK.standardArea, URIRef(standard_area_iri(f.municipality_code))))
        if f.prefecture:
            self.g.add((self.city, MK.prefecture, Literal(f.prefecture)))
        self.orgs[nfkc_key(f.municipality)] = self.city

    def write_fiscal_year(self, year: int) -> None:
        fy = self.mint.fiscal_year(year)
        self.g.add((fy, RDF.type, MK.FiscalYear))
        self.g.add((fy, RDFS.label, Literal(f"{year}年度", lang="ja")))
        self.g.add((fy, RDFS.label, Literal(f"FY{year}", lang="en")))
        self.g.add((fy, MK.year, Literal(year, datatype=XSD.integer)))
        start, end = datetime.date(year, 4, 1), datetime.date(year + 1, 3, 31)
        self.g.add((fy, MK.startDate, Literal(start, datatype=XSD.date)))
        self.g.add((fy, MK.endDate, Literal(end, datatype=XSD.date)))
        self.g.add((fy, MK.eraLabel, Literal(format_era_fiscal_year(year), lang="ja")))

    # -- organisations -------------------------------------------------------------------
    def organization(self, name: str, kind: str = "division") -> URIRef:
        """The IRI of a named unit of this city, creating a bare unit when first seen."""
        key = nfkc_key(name)
        if key not in self.orgs:
            iri = self.mint.organization(name)
            self.orgs[key] = iri
            self.resource(iri, ORG_CLASSES.get(kind, MK.OrganizationalUnit), name)
        return self.orgs[key]

    def write_organization(self, org: Organization) -> None:
        if org.kind == "municipality" or nfkc_key(org.name) == nfkc_key(self.facts.municipality):
            return
        key = nfkc_key(org.name)
        iri = self.mint.organization(org.name)
        if key in self.orgs:
            self.g.remove((iri, RDF.type, None))
        self.orgs[key] = iri
        self.resource(iri, ORG_CLASSES.get(org.kind, MK.OrganizationalUnit), org.name, org.evidence)
        if org.printed and nfkc_key(org.printed) != key:
            self.g.add((iri, MK.printedName, Literal(org.printed)))

    def link_parent(self, org: Organization) -> None:
        if org.kind == "municipality" or nfkc_key(org.name) == nfkc_key(self.facts.municipality):
            return
        iri = self.orgs[nfkc_key(org.name)]
        parent = self.organization(org.parent, "department") if org.parent else self.city
        self.g.set((iri, ORG.unitOf, parent))

    def link_unlisted_parents(self) -> None:
        """A parent named only as a unit's parent (「企画部に『X課』を新設」: the 部 is never
        listed on its own) is still a unit of this city: without a link of its own, its units'
        chain would stop short of the municipality and the whole document fail validation."""
        listed = {nfkc_key(o.name) for o in self.facts.organizations}
        for org in self.facts.organizations:
            if not org.parent or nfkc_key(org.parent) in listed:
                continue
            parent = self.orgs.get(nfkc_key(org.parent))
            if parent is None or parent == self.city:
                continue
            if (parent, ORG.unitOf, None) not in self.g:
                self.g.set((parent, ORG.unitOf, self.city))

    def write_mission(self) -> None:
        if not self.facts.mission:
            return
        departments = [o for o in self.facts.organizations if o.kind == "department"]
        if len(departments) != 1:
            return
        iri = self.orgs[nfkc_key(departments[0].name)]
        for item in self.facts.mission:
            self.g.add((iri, MK.mission, Literal(item, lang="ja")))

    def write_post(self, post: Post) -> None:
        iri = self.mint.post(
            post.title if post.title != "理事" else f"{post.title}{post.note or ''}"
        )
        self.resource(iri, MK.Post, post.title, post.evidence)
        self.g.add((iri, ORG.postIn, self.organization(post.organization, "department")))
        if post.holder:
            self.g.add((iri, MK.holderName, Literal(post.holder)))
        if post.note:
            self.g.add((iri, MK.note, Literal(post.note)))

    def write_staff(self, staff: StaffCount) -> None:
        iri = self.mint.staff(staff.fiscal_year, staff.organization, staff.employment_type)
        self.g.add((iri, RDF.type, MK.StaffCount))
        self.label(iri, f"{staff.organization} {staff.employment_type} {staff.fiscal_year}")
        self.g.add((iri, MK.municipality, self.city))
        self.g.add((iri, MK.sourceDocument, self.doc))
        self.g.add((iri, MK.organization, self.organization(staff.organization)))
        self.add(iri, MK.fiscalYear, self.fiscal_year(staff.fiscal_year))
        self.g.add((iri, MK.employmentType, Literal(staff.employment_type)))
        self.g.add((iri, MK.staff, Literal(staff.count, datatype=XSD.integer)))
        self.evidence(iri, staff.evidence)

    # -- plans and policy codes ----------------------------------------------------------
    def write_plan_fact(self, name: str, kind: str, plan: object | None = None) -> URIRef:
        key = nfkc_key(name)
        if key in self.plans:
            return self.plans[key]
        iri = self.mint.plan(name)
        self.plans[key] = iri
        self.resource(iri, PLAN_CLASSES.get(kind, MK.Plan), name, getattr(plan, "evidence", None))
        self.g.add((iri, MK.policyScheme, self.mint.scheme(iri)))
        first = getattr(plan, "first_fiscal_year", None)
        last = getattr(plan, "last_fiscal_year", None)
        self.add(iri, MK.firstFiscalYear, self.fiscal_year(first))
        self.add(iri, MK.lastFiscalYear, self.fiscal_year(last))
        parent = getattr(plan, "parent", None)
        if parent:
            self.g.add((iri, DCTERMS.isPartOf, self.write_plan_fact(parent, "comprehensive_plan")))
        scheme = self.mint.scheme(iri)
        self.g.add((scheme, RDF.type, SKOS.ConceptScheme))
        self.label(scheme, f"{name} 施策体系")
        self.g.add((scheme, MK.sourceDocument, self.doc))
        return iri

    def default_plan(self) -> URIRef:
        """The scheme of codes whose plan the document does not name: the document's own."""
        name = self.facts.title or self.facts.file
        return self.write_plan_fact(name, "plan")

    def write_policy_code(self, code: PolicyCode) -> URIRef:
        plan = self.write_plan_fact(code.plan, "plan") if code.plan else self.default_plan()
        concept = self.concept(plan, code.printed, code.normalized)
        if code.label:
            self.g.add((concept, SKOS.prefLabel, Literal(code.label, lang="ja")))
            self.policy_names.setdefault(nfkc_key(code.label), concept)
        self.evidence(concept, code.evidence)
        self.codes.setdefault(code.printed, concept)
        self.codes.setdefault(code.normalized, concept)
        return concept

    def concept(self, plan: URIRef, printed: str, normalized: str) -> URIRef:
        printed = printable_notation(printed, normalized)
        iri = self.mint.policy_code(plan, normalized)
        scheme = self.mint.scheme(plan)
        self.g.add((iri, RDF.type, SKOS.Concept))
        self.g.add((iri, RDF.type, MK.PolicyCode))
        self.g.set((iri, SKOS.notation, Literal(printed)))
        self.g.set((iri, RDFS.label, Literal(printed)))
        self.g.set((iri, MK.normalizedNotation, Literal(normalized)))
        self.g.add((iri, SKOS.inScheme, scheme))
        self.g.add((iri, MK.municipality, self.city))
        self.g.add((iri, MK.sourceDocument, self.doc))
        parts_printed = printed.split("-")
        parts_normal = normalized.split("-")
        if len(parts_normal) > 1:
            parent_normal = "-".join(parts_normal[:-1])
            parent_printed = (
                "-".join(parts_printed[:-1])
                if len(parts_printed) == len(parts_normal)
                else parent_normal
            )
            existing = self.mint.policy_code(plan, parent_normal)
            if (existing, SKOS.notation, None) in self.g:
                parent = existing
            else:
                parent = self.concept(plan, parent_printed, parent_normal)
            self.g.set((iri, SKOS.broader, parent))
        else:
            self.g.add((iri, SKOS.topConceptOf, scheme))
        return iri

    def code_iri(self, printed: str) -> URIRef | None:
        if printed in self.codes:
            return self.codes[printed]
        from loaders.text.policy_codes import parse_policy_code

        parsed = parse_policy_code(printed)
        if parsed is None:
            return None
        if parsed.normalized in self.codes:
            return self.codes[parsed.normalized]
        iri = self.concept(self.default_plan(), parsed.printed, parsed.normalized)
        self.codes[printed] = iri
        return iri

    # -- initiatives, projects, budgets --------------------------------------------------
    def initiative(self, name: str) -> URIRef:
        key = nfkc_key(name)
        if key not in self.initiatives:
            iri = self.mint.initiative(name)
            self.initiatives[key] = iri
            self.resource(iri, MK.Initiative, name)
        return self.initiatives[key]

    def write_initiative(self, initiative: Initiative) -> None:
        key = nfkc_key(initiative.name)
        iri = self.mint.initiative(initiative.name)
        cls = INITIATIVE_CLASSES.get(initiative.kind, MK.Initiative)
        if key in self.initiatives:  # a second mention of the same initiative: merge
            self.g.add((iri, RDF.type, cls))
            self.evidence(iri, initiative.evidence)
        else:
            self.initiatives[key] = iri
            self.resource(iri, cls, initiative.name, initiative.evidence)
        self.subjects[id(initiative)] = iri
        if initiative.description:
            self.g.add((iri, DCTERMS.description, Literal(initiative.description, lang="ja")))
        if initiative.number:
            self.g.add((iri, MK.number, Literal(initiative.number)))
        for printed in initiative.policy_codes:
            self.add(iri, MK.policyCode, self.code_iri(printed))
        for name in initiative.responsible:
            self.g.add((iri, MK.responsibleOrganization, self.organization(name)))
        if initiative.lead:
            self.g.add((iri, MK.leadOrganization, self.organization(initiative.lead)))
        for name in initiative.facilities:
            self.g.add((iri, MK.facility, self.facility(name)))

    def link_initiative(self, initiative: Initiative) -> None:
        if initiative.parent:
            iri = self.initiatives[nfkc_key(initiative.name)]
            self.g.add((iri, DCTERMS.isPartOf, self.initiative(initiative.parent)))

    def write_project(self, project: Project) -> None:
        iri = self.mint.project(project.fiscal_year, project.name)
        self.resource(iri, MK.Project, project.name, project.evidence)
        self.subjects[id(project)] = iri
        self.projects.setdefault(nfkc_key(project.name), iri)
        self.add(iri, MK.fiscalYear, self.fiscal_year(project.fiscal_year))
        if project.division:
            self.g.add((iri, MK.responsibleOrganization, self.organization(project.division)))
        if project.division_printed:
            self.g.add((iri, MK.printedName, Literal(project.division_printed)))
        if project.related_initiative:
            self.write_related(iri, project.related_initiative)
        if project.goal:
            self.g.add((iri, MK.goal, Literal(project.goal, lang="ja")))
        if project.description:
            self.g.add((iri, DCTERMS.description, Literal(project.description, lang="ja")))
        for name in project.facilities:
            self.g.add((iri, MK.facility, self.facility(name)))
        if project.budget is not None:
            evidence = {k: v for k, v in project.evidence.items() if k == "budget"}
            budget = Budget(
                project.name,
                "project",
                project.fiscal_year,
                "",
                project.budget,
                {"amount": evidence["budget"]} if evidence else {},
            )
            self.g.add((iri, MK.budget, self.write_budget(budget, owner=iri)))

    def write_related(self, project: URIRef, related: str) -> None:
        """関連する課題: an initiative of the document, else a policy code with that label."""
        key = nfkc_key(related)
        if key not in self.initiatives:
            for code in self.facts.policy_codes:
                if code.label and nfkc_key(code.label) == key and code.printed in self.codes:
                    self.g.add((project, MK.policyCode, self.codes[code.printed]))
                    return
        self.g.add((project, MK.addresses, self.initiative(related)))

    def write_budget(self, budget: Budget, owner: URIRef | None = None) -> URIRef:
        iri = self.mint.budget(budget.fiscal_year, budget.owner, budget.account or None)
        if owner is None:
            owner = self.organization(budget.owner, "department")
        self.g.add((iri, RDF.type, MK.Budget))
        self.label(
            iri, f"{budget.owner} {budget.account or '予算'} {budget.fiscal_year or ''}".strip()
        )
        self.g.add((iri, MK.municipality, self.city))
        self.g.add((iri, MK.sourceDocument, self.doc))
        self.g.add((iri, MK.budgetOf, owner))
        self.g.add((iri, MK.amount, Literal(budget.amount, datatype=XSD.integer)))
        self.g.add((iri, IC["通貨コード"], Literal("JPY")))
        self.add(iri, MK.fiscalYear, self.fiscal_year(budget.fiscal_year))
        if budget.account:
            account = ACCOUNTS.get(budget.account) or self.mint.account(budget.account)
            self.g.add((iri, MK.account, account))
            self.g.add((account, RDF.type, MK.Account))
            self.label(account, budget.account)
        self.evidence(iri, budget.evidence)
        return iri

    # -- facilities, indicators, evaluations ---------------------------------------------
    def facility(self, name: str) -> URIRef:
        key = nfkc_key(name)
        if key not in self.facilities:
            iri = self.mint.facility(name)
            self.facilities[key] = iri
            self.resource(iri, MK.Facility, name)
        return self.facilities[key]

    def write_facility(self, facility: Facility) -> None:
        iri = self.facility(facility.name)
        self.evidence(iri, facility.evidence)
        for alias in facility.aliases:
            self.g.add((iri, MK.nickname, Literal(alias, lang="ja")))
        if facility.kind:
            self.g.set((iri, MK.facilityKind, Literal(facility.kind)))
        if facility.operator:
            self.g.add((iri, MK.operator, self.organization(facility.operator, "external")))
        if facility.opened:
            self.g.add((iri, MK.openingDate, Literal(facility.opened)))
        if facility.part_of:
            self.g.add((iri, DCTERMS.isPartOf, self.facility(facility.part_of)))

    def write_observation(self, obs: Observation) -> None:
        indicator = self.mint.indicator(obs.indicator)
        self.resource(indicator, MK.Indicator, obs.indicator)
        self.subjects.setdefault(id(obs), indicator)
        if obs.unit:
            self.g.set((indicator, MK.unit, Literal(obs.unit)))
        if obs.subject:
            self.g.add((indicator, MK.measures, self.initiative(obs.subject)))
        iri = self.mint.observation(indicator, obs.fiscal_year, obs.kind)
        self.g.add((iri, RDF.type, MK.IndicatorObservation))
        year = "" if obs.fiscal_year is None else f" {obs.fiscal_year}"
        self.label(iri, f"{obs.indicator}{year} {obs.kind}")
        self.g.add((iri, MK.municipality, self.city))
        self.g.add((iri, MK.sourceDocument, self.doc))
        self.g.add((iri, MK.indicator, indicator))
        self.g.add((iri, QB.dataSet, indicator))
        fy = self.fiscal_year(obs.fiscal_year)
        self.add(iri, MK.fiscalYear, fy)
        self.add(iri, SDMX_DIMENSION.refPeriod, fy)
        self.g.add((iri, MK.observationKind, OBSERVATION_KINDS[obs.kind]))
        self.g.set((iri, MK.value, Literal(Decimal(str(obs.value)), datatype=XSD.decimal)))
        self.evidence(iri, obs.evidence)

    def evaluated(self, name: str) -> URIRef:
        """What an evaluation grades: the initiative of that name, else the project of that
        name (an evaluation sheet grades its 事業), else the policy code of that name (a
        施策評価 grades its 施策), else a new initiative."""
        key = nfkc_key(name)
        if key not in self.initiatives:
            if key in self.projects:
                return self.projects[key]
            if key in self.policy_names:
                return self.policy_names[key]
        return self.initiative(name)

    def write_evaluation(self, evaluation: Evaluation) -> None:
        iri = self.mint.evaluation(evaluation.fiscal_year, evaluation.initiative)
        grade = Literal(evaluation.grade)
        if (iri, MK.grade, None) in self.g and (iri, MK.grade, grade) not in self.g:
            # a second stage of the review (二次評価 after 一次評価) grades on its own
            iri = self.mint.evaluation(evaluation.fiscal_year, evaluation.initiative,
                                       evaluation.grade)  # fmt: skip
        self.g.add((iri, RDF.type, MK.Evaluation))
        self.label(iri, f"{evaluation.initiative} {evaluation.fiscal_year} {evaluation.grade}")
        self.g.add((iri, MK.municipality, self.city))
        self.g.add((iri, MK.sourceDocument, self.doc))
        self.g.add((iri, MK.evaluates, self.evaluated(evaluation.initiative)))
        self.add(iri, MK.fiscalYear, self.fiscal_year(evaluation.fiscal_year))
        self.g.set((iri, MK.grade, Literal(evaluation.grade)))
        if evaluation.comment:
            self.g.add((iri, RDFS.comment, Literal(evaluation.comment, lang="ja")))
        self.evidence(iri, evaluation.evidence)

    # -- topics --------------------------------------------------------------------------
    def write_topics(self) -> None:
        try:
            from loaders.topics import tag_document
        except ImportError:  # the thesaurus module is optional for a bare graph
            return
        for code in self.facts.policy_codes:
            concept = self.codes.get(code.printed)
            if concept is not None:
                self.subjects[id(code)] = concept
        for tag in tag_document(self.facts):
            target = self.subjects.get(id(tag.target))
            if target is None and isinstance(tag.target, str):
                target = self.mint.indicator(tag.target)
            if target is None:
                continue
            topic = URIRef(tag.topic)
            node = self.mint.topic_assignment(target, tag.topic)
            self.g.add((target, DCTERMS.subject, topic))
            if tag.matched_in in OWN_WORDS:
                self.g.add((target, MK.ownTopic, topic))
            self.g.add((target, MK.topicAssignment, node))
            self.g.add((node, RDF.type, MK.TopicAssignment))
            self.g.set(
                (node, RDFS.label, Literal(f"{tag.topic.rsplit('/', 1)[-1]} {tag.score:.2f}"))
            )
            self.g.add((node, MK.topic, topic))
            self.g.set((node, MK.score, Literal(Decimal(f"{tag.score:.3f}"), datatype=XSD.decimal)))
            self.g.add((node, MK.matchedIn, Literal(tag.matched_in)))
            for term in _unique(tag.matched_terms):
                self.g.add((node, MK.matchedTerm, Literal(term)))


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
