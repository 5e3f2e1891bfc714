"""SHACL validation of a document's graph before it may enter the store.

The shapes (`shapes/*.ttl`) and the ontology (`ontology/machikg.ttl`, so that a shape targeting
`mk:OrganizationalUnit` also checks an `mk:Division`) are parsed once per process: ingest
validates every document, and re-parsing the shapes each time would cost more than the check.
A report lists each result with its severity and the shape's own message in Japanese and
English, because the people fixing a document are municipal data stewards.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from loaders.resources import ontology_dir, shapes_dir
from service import sparql_parse_cache

Severity = Literal["Violation", "Warning", "Info"]
ONTOLOGY_FILE = "machikg.ttl"


class ShapesError(RuntimeError):
    """The shapes or the ontology cannot be loaded (a problem of the installation, not the data)."""


@dataclass(frozen=True)
class ValidationResult:
    severity: Severity
    focus_node: Node
    path: Node | None
    value: Node | None
    source_shape: Node | None
    message_ja: str
    message_en: str

    def message(self, lang: str = "ja") -> str:
        return self.message_ja if lang == "ja" else self.message_en


@dataclass
class ValidationReport:
    """The outcome of validating one graph: conforms when no result is a Violation."""

    results: list[ValidationResult]
    graph: rdflib.Graph = field(repr=False)  # the raw SHACL report
    namespaces: rdflib.Graph = field(repr=False)  # the data graph, for readable prefixed names
    shapes: rdflib.Graph = field(repr=False, default_factory=rdflib.Graph)

    @property
    def conforms(self) -> bool:
        return not any(r.severity == "Violation" for r in self.results)

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Warning"]

    def text(self, lang: Literal["ja", "en"] = "ja") -> str:
        """A readable report: a summary line, then one block per result."""
        labels = _LABELS[lang]
        verdict = labels["conforms"] if self.conforms else labels["fails"]
        lines = [
            f"{verdict} ({labels['violations']}: {len(self.violations)}, "
            f"{labels['warnings']}: {len(self.warnings)}, {labels['results']}: {len(self.results)})"
        ]
        for result in sorted(self.results, key=_severity_order):
            lines.append("")
            lines.append(f"[{labels[result.severity]}] {self._show(result.focus_node)}")
            if result.path is not None:
                lines.append(f"  {labels['path']}: {self._show(result.path)}")
            if result.value is not None:
                lines.append(f"  {labels['value']}: {self._show(result.value)}")
            lines.append(f"  {labels['message']}: {result.message(lang)}")
            shape = self._shape_name(result.source_shape)
            if shape:
                lines.append(f"  {labels['shape']}: {shape}")
        return "\n".join(lines) + "\n"

    def to_turtle(self) -> str:
        return self.graph.serialize(format="turtle")

    def _shape_name(self, shape: Node | None) -> str | None:
        """A named shape by its name; an anonymous property shape by the shape holding it."""
        if shape is None or not isinstance(shape, rdflib.BNode):
            return self._show(shape) if shape is not None else None
        parent = self.shapes.value(None, SH.property, shape)
        return self._show(parent) if isinstance(parent, rdflib.URIRef) else None

    def _show(self, node: Node) -> str:
        if isinstance(node, rdflib.URIRef):
            try:
                return node.n3(self.namespaces.namespace_manager)
            except Exception:  # an IRI no prefix can shorten
                return node.n3()
        if isinstance(node, rdflib.Literal):
            return node.n3(self.namespaces.namespace_manager)
        if isinstance(node, rdflib.BNode):
            return _path_text(self.graph, node, self)
        return str(node)


_LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "conforms": "適合",
        "fails": "不適合",
        "violations": "違反",
        "warnings": "警告",
        "results": "結果",
        "Violation": "違反",
        "Warning": "警告",
        "Info": "情報",
        "path": "パス",
        "value": "値",
        "message": "内容",
        "shape": "シェイプ",
    },
    "en": {
        "conforms": "Conforms",
        "fails": "Does not conform",
        "violations": "violations",
        "warnings": "warnings",
        "results": "results",
        "Violation": "Violation",
        "Warning": "Warning",
        "Info": "Info",
        "path": "path",
        "value": "value",
        "message": "message",
        "shape": "shape",
    },
}


def _severity_order(result: ValidationResult) -> tuple[int, str]:
    rank = {"Violation": 0, "Warning": 1, "Info": 2}[result.severity]
    return rank, str(result.focus_node)


def _path_text(report: rdflib.Graph, node: rdflib.BNode, owner: ValidationReport) -> str:
    """A complex SHACL path (inverse, sequence …) written the way SPARQL property paths read."""
    inverse = report.value(node, SH.inversePath)
    if inverse is not None:
        return "^" + owner._show(inverse)
    items = list(Collection(report, node)) if report.value(node, RDF.first) is not None else []
    if items:
        return "/".join(owner._show(i) for i in items)
    return node.n3()


@functools.lru_cache(maxsize=4)
def load_shapes(directory: Path) -> rdflib.Graph:
    """All `*.ttl` shapes in `directory`, merged and parsed once."""
    files = sorted(directory.glob("*.ttl"))
    if not files:
        raise ShapesError(f"{directory}: no SHACL shapes (*.ttl) found")
    graph = rdflib.Graph()
    for file in files:
        _parse_into(graph, file)
    return graph


@functools.lru_cache(maxsize=4)
def load_ontology(file: Path) -> rdflib.Graph:
    """The ontology graph, mixed into each data graph so subclass targets apply."""
    graph = rdflib.Graph()
    _parse_into(graph, file)
    return graph


def _parse_into(graph: rdflib.Graph, file: Path) -> None:
    try:
        graph.parse(file, format="turtle")
    except FileNotFoundError:
        raise ShapesError(f"{file}: not found") from None
    except Exception as error:  # rdflib raises many parser-specific types
        raise ShapesError(f"{file}: cannot parse: {error}") from None


def validate_graph(
    graph: rdflib.Graph,
    *,
    shapes: rdflib.Graph | None = None,
    ontology: rdflib.Graph | None = None,
) -> ValidationReport:
    """Validate a document graph against the project's shapes (or the `shapes` given).

    The ontology is mixed into a copy of the data graph here rather than by pySHACL's
    `ont_graph`: same union, but pySHACL clones it node by node (~2 s per document).
    """
    import pyshacl  # here: ingest validates with the compiled engine and need not load it

    sparql_parse_cache.install()
    shapes_graph = shapes if shapes is not None else load_shapes(shapes_dir())
    if ontology is None:
        ontology_file = ontology_dir() / ONTOLOGY_FILE
        ontology = load_ontology(ontology_file) if ontology_file.exists() else rdflib.Graph()
    data = rdflib.Graph()
    for source in (graph, ontology, shapes_graph):  # the data's own prefixes win
        for prefix, namespace in source.namespaces():
            data.bind(prefix, namespace, override=False)
    for source in (ontology, graph):
        data.addN((s, p, o, data) for s, p, o in source)
    _conforms, report_graph, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph,
        inference="none",
        advanced=True,
        allow_warnings=True,
        abort_on_first=False,
        inplace=True,
    )
    assert isinstance(report_graph, rdflib.Graph)
    return ValidationReport(_results(report_graph), report_graph, data, shapes_graph)


_SEVERITIES: dict[Node, Severity] = {
    SH.Violation: "Violation",
    SH.Warning: "Warning",
    SH.Info: "Info",
}


def _results(report: rdflib.Graph) -> list[ValidationResult]:
    results = []
    for node in report.objects(None, SH.result):
        severity = _SEVERITIES.get(report.value(node, SH.resultSeverity), "Violation")
        ja, en, plain = None, None, None
        for message in report.objects(node, SH.resultMessage):
            language = message.language if isinstance(message, rdflib.Literal) else None
            if language == "ja":
                ja = ja or str(message)
            elif language == "en":
                en = en or str(message)
            else:
                plain = plain or str(message)
        default = plain or en or ja or "(no message)"
        results.append(
            ValidationResult(
                severity=severity,
                focus_node=report.value(node, SH.focusNode) or rdflib.BNode(),
                path=report.value(node, SH.resultPath),
                value=report.value(node, SH.value),
                source_shape=report.value(node, SH.sourceShape),
                message_ja=ja or default,
                message_en=en or plain or default,
            )
        )
    return results
