"""Names for the resources of tests/model/data/valid-example.ttl, and one-triple edits of it.

Each bad variant in the shape tests is the valid example with one edit, written as data
(`Edit`) so a parametrised case reads as "remove this" or "set that to this".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.term import Node

MK = Namespace("https://w3id.org/machikg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
QB = Namespace("http://purl.org/linked-data/cube#")
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
PROV = Namespace("http://www.w3.org/ns/prov#")
IC = Namespace("http://imi.go.jp/ns/core/rdf#")
FY = Namespace("https://w3id.org/machikg/id/fiscal-year/")
ID = Namespace("https://w3id.org/machikg/id/122173/")

KASHIWA = URIRef("https://w3id.org/machikg/id/122173")
DEPARTMENT = ID["org/地域づくり推進部"]
KYODO = ID["org/協働推進課"]
CHIIKI = ID["org/地域支援課"]
POST = ID["post/地域づくり推進部長"]
KYODO_TOTAL = ID["staff/2017/協働推進課/合計"]
DEPARTMENT_TOTAL = ID["staff/2017/地域づくり推進部/合計"]
DEPARTMENT_BUDGET = ID["budget/2017/地域づくり推進部/一般会計"]
PROJECT_BUDGET = ID["budget/2017/柏市民公益活動促進基金/一般会計"]
COMPREHENSIVE_PLAN = ID["plan/第五次総合計画"]
BASIC_PLAN = ID["plan/第五次総合計画前期基本計画"]
SCHEME = ID["plan/第五次総合計画前期基本計画/codes"]
CODE_4 = ID["plan/第五次総合計画前期基本計画/codes/4"]
CODE_4_1 = ID["plan/第五次総合計画前期基本計画/codes/4-1"]
CODE_4_1_2 = ID["plan/第五次総合計画前期基本計画/codes/4-1-2"]
ISSUE = ID["initiative/市民公益活動の支援拡充"]
PROJECT = ID["project/2017/柏市民公益活動促進基金"]
FACILITY = ID["facility/柏市文化・交流複合施設"]
INDICATOR = ID["indicator/市政情報の提供についての満足度"]
ACTUAL_2012 = ID["indicator/市政情報の提供についての満足度/2012/actual"]
EVALUATION = ID["evaluation/2017/市民公益活動の支援拡充"]
DOCUMENT = ID["document/kashiwa-chiikizukuri-2017.txt"]
PROJECT_EVIDENCE = ID[
    "project/2017/柏市民公益活動促進基金/evidence/kashiwa-chiikizukuri-2017.txt/wasDerivedFrom"
]
BUDGET_EVIDENCE = ID[
    "project/2017/柏市民公益活動促進基金/evidence/kashiwa-chiikizukuri-2017.txt/budget"
]
TOPIC_ASSIGNMENT = ID["project/2017/柏市民公益活動促進基金/topic/community"]


@dataclass(frozen=True)
class Edit:
    """Remove every (subject, predicate, *) triple, then add (subject, predicate, value) for
    each value given: remove(...) drops a property, set(...) replaces it, also(...) adds."""

    subject: URIRef
    predicate: URIRef
    values: tuple[Node, ...]
    keep_old: bool = False

    def __call__(self, graph: Graph) -> None:
        if not self.keep_old:
            graph.remove((self.subject, self.predicate, None))
        for value in self.values:
            graph.add((self.subject, self.predicate, value))


def remove(subject: URIRef, predicate: URIRef) -> Edit:
    return Edit(subject, predicate, ())


def set_(subject: URIRef, predicate: URIRef, *values: Node | str | int | float) -> Edit:
    return Edit(subject, predicate, tuple(_node(v) for v in values))


def also(subject: URIRef, predicate: URIRef, *values: Node | str | int | float) -> Edit:
    return Edit(subject, predicate, tuple(_node(v) for v in values), keep_old=True)


def edits(*steps: Callable[[Graph], None]) -> Callable[[Graph], None]:
    """Several edits applied in order, for variants that need a new resource."""

    def apply(graph: Graph) -> None:
        for step in steps:
            step(graph)

    return apply


def _node(value: Node | str | int | float) -> Node:
    return value if isinstance(value, Node) else Literal(value)
