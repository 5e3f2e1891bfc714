"""The Turtle example in ontology/README.md is real: it parses and, with the context of the
valid example (municipality, units, fiscal year, document), conforms to the shapes.
"""

from __future__ import annotations

import re

from example import MK, PROJECT
from rdflib import Graph, Literal, URIRef
from shacl import ROOT, valid_example, validate

README = ROOT / "ontology" / "README.md"
AMUSE = URIRef("https://w3id.org/machikg/id/122173/project/2017/アミュゼ柏管理運営事業")


def readme_turtle() -> str:
    blocks = re.findall(r"```turtle\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) == 1
    return blocks[0]


def test_readme_example_states_the_project_budget_in_yen() -> None:
    graph = Graph().parse(data=readme_turtle(), format="turtle")
    budget = graph.value(AMUSE, MK.budget)
    assert graph.value(budget, MK.amount) == Literal(110899000)


def test_readme_example_conforms_with_the_valid_example_as_context() -> None:
    graph = valid_example()
    graph.parse(data=readme_turtle(), format="turtle")
    assert AMUSE != PROJECT
    assert validate(graph) == (True, [])


def test_readme_example_evidence_quotes_the_corpus_at_its_offsets() -> None:
    graph = Graph().parse(data=readme_turtle(), format="turtle")
    text = (ROOT / "corpus" / "kashiwa-chiikizukuri-2017.txt").read_text(encoding="utf-8")
    evidences = list(graph.subjects(MK.about, AMUSE))
    assert len(evidences) == 4
    for evidence in evidences:
        start = int(graph.value(evidence, MK.startOffset))
        end = int(graph.value(evidence, MK.endOffset))
        quoted = str(graph.value(evidence, URIRef("http://www.w3.org/ns/prov#value")))
        assert text[start:end] == quoted
