"""Compile SHACL shapes (core + SHACL-SPARQL, as used in shapes/*.ttl) to SPARQL SELECT queries.

Each (node shape, property shape) pair becomes at most four queries: one finding the values
that break a value constraint (datatype, class, pattern …: one flag per constraint), one for
cardinality (GROUP BY, HAVING), one per sh:equals and one per sh:uniqueLang. Each SPARQL
constraint becomes one query joining its shape's targets. A shape using a constraint this
compiler does not know is refused (`UnsupportedShape`), never silently skipped: a validator
that ignores a constraint would let bad data in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Literal

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

Severity = Literal["Violation", "Warning", "Info"]
CheckKind = Literal["value", "count", "equals", "unique_lang", "sparql"]

CONTEXT_GRAPH = "urn:machikg:validation:context"
_SEVERITIES: dict[Node, Severity] = {
    SH.Violation: "Violation",
    SH.Warning: "Warning",
    SH.Info: "Info",
}
_NUMERIC = {XSD[t] for t in ("integer", "decimal", "float", "double", "int", "long", "short",
                             "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
                             "nonPositiveInteger", "unsignedInt", "unsignedLong")}
_CASTABLE = {XSD.date, XSD.dateTime, XSD.time, XSD.boolean}
_NODE_SHAPE_KEYS = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf,
                    SH.targetNode, SH.target, SH.property, SH.sparql, SH.message, SH.severity,
                    RDFS.label, RDFS.comment, SH.name, SH.description}
_PROPERTY_KEYS = {RDF.type, SH.path, SH.message, SH.severity, SH.name, SH.description,
                  SH.order, SH.group, RDFS.label, RDFS.comment,
                  SH.minCount, SH.maxCount, SH.datatype, SH.languageIn, SH.nodeKind, SH.minLength,
                  SH.maxLength, SH["class"], SH.pattern, SH.flags, SH["or"], SH["in"],
                  SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive,
                  SH.lessThan, SH.lessThanOrEquals, SH.equals, SH.uniqueLang, SH.hasValue}
_MEMBER_KEYS = _PROPERTY_KEYS - {SH.path, SH.minCount, SH.maxCount, SH.equals, SH.uniqueLang,
                                 SH.lessThan, SH.lessThanOrEquals, SH.hasValue}
_COMPONENTS = {
    SH.datatype: "Datatype", SH.languageIn: "LanguageIn", SH.nodeKind: "NodeKind",
    SH.minLength: "MinLength", SH.maxLength: "MaxLength", SH["class"]: "Class",
    SH.pattern: "Pattern", SH["or"]: "Or", SH["in"]: "In", SH.minInclusive: "MinInclusive",
    SH.maxInclusive: "MaxInclusive", SH.minExclusive: "MinExclusive",
    SH.maxExclusive: "MaxExclusive", SH.lessThan: "LessThan",
    SH.lessThanOrEquals: "LessThanOrEquals",
}


class UnsupportedShape(ValueError):
    """A shape uses SHACL this compiler does not translate (so results could be wrong)."""


@dataclass(frozen=True)
class Check:
    """One compiled query and what its rows mean."""

    kind: CheckKind
    query: str
    source_shape: Node
    severity: Severity
    messages: dict[str, str]  # language → message (a template for SPARQL constraints)
    path: Node | None = None  # the SHACL path node (IRI or blank node), for the RDF report
    path_text: str | None = None  # the path as SPARQL property path text
    components: tuple[str, ...] = ()  # value checks: the component behind each flag ?c0, ?c1 …
    min_count: int | None = None
    max_count: int | None = None
    # the node shape's sh:targetClass values when they are its only targets: with no
    # instance of any of them there is no focus node, and the check can be skipped
    target_classes: frozenset[str] | None = None


@dataclass
class CompiledShapes:
    checks: list[Check] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=dict)


def compile_shapes(shapes: rdflib.Graph, *, with_context: bool = False) -> CompiledShapes:
    """All checks of a shapes graph; `with_context` lets sh:class also see the types held in
    the context graph (data already stored that a submission may reference)."""
    compiled = CompiledShapes(prefixes=_declared_prefixes(shapes))
    header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in compiled.prefixes.items())
    compiler = _Compiler(shapes, header, with_context)
    for shape in _node_shapes(shapes):
        compiled.checks.extend(compiler.node_shape(shape))
    return compiled


def _declared_prefixes(shapes: rdflib.Graph) -> dict[str, str]:
    prefixes: dict[str, str] = {}
    for declaration in shapes.objects(None, SH.declare):
        prefix, namespace = shapes.value(declaration, SH.prefix), shapes.value(
            declaration, SH.namespace
        )
        if prefix is not None and namespace is not None:
            known = prefixes.setdefault(str(prefix), str(namespace))
            if known != str(namespace):
                raise UnsupportedShape(f"prefix {prefix} declared with two namespaces")
    return prefixes


def _node_shapes(shapes: rdflib.Graph) -> list[Node]:
    found: set[Node] = set(shapes.subjects(RDF.type, SH.NodeShape))
    for predicate in (SH.targetClass, SH.targetSubjectsOf, SH.target):
        found.update(shapes.subjects(predicate, None))
    return sorted(found, key=str)


def sparql_term(node: Node) -> str:
    """A term as SPARQL text (IRIs in full, literals with their datatype or language)."""
    if isinstance(node, rdflib.URIRef):
        return f"<{node}>"
    if isinstance(node, rdflib.Literal):
        text = json.dumps(str(node), ensure_ascii=False)
        if node.language:
            return f"{text}@{node.language}"
        if node.datatype and node.datatype != XSD.string:
            return f"{text}^^<{node.datatype}>"
        return text
    raise UnsupportedShape(f"{node!r} cannot be written in a query")


class _Compiler:
    def __init__(self, shapes: rdflib.Graph, header: str, with_context: bool) -> None:
        self.g = shapes
        self.header = header
        self.with_context = with_context

    # -- shapes ---------------------------------------------------------------------------

    def node_shape(self, shape: Node) -> list[Check]:
        if self.g.value(shape, SH.deactivated) == rdflib.Literal(True):
            return []
        self._only(shape, _NODE_SHAPE_KEYS, "node shape")
        targets = self._targets(shape)
        if targets is None:
            return []
        checks: list[Check] = []
        for prop in sorted(self.g.objects(shape, SH.property), key=str):
            checks.extend(self.property_shape(prop, targets))
        for constraint in sorted(self.g.objects(shape, SH.sparql), key=str):
            checks.append(self._sparql_constraint(shape, constraint, targets))
        classes = self._target_classes(shape)
        return [replace(c, target_classes=classes) for c in checks] if classes else checks

    def _target_classes(self, shape: Node) -> frozenset[str] | None:
        """The classes whose instances are all the shape's targets (None: other targets)."""
        others = (SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.target)
        if any(self.g.value(shape, predicate) is not None for predicate in others):
            return None
        return frozenset(str(c) for c in self.g.objects(shape, SH.targetClass)) or None

    def _targets(self, shape: Node) -> str | None:
        parts = [f"{{ ?this a/<{RDFS.subClassOf}>* {sparql_term(c)} }}"
                 for c in self.g.objects(shape, SH.targetClass)]
        parts += [f"{{ ?this {sparql_term(p)} ?target_object }}"
                  for p in self.g.objects(shape, SH.targetSubjectsOf)]
        parts += [f"{{ ?target_subject {sparql_term(p)} ?this }}"
                  for p in self.g.objects(shape, SH.targetObjectsOf)]
        parts += [f"{{ VALUES ?this {{ {sparql_term(n)} }} }}"
                  for n in self.g.objects(shape, SH.targetNode)]
        for target in self.g.objects(shape, SH.target):
            select = self.g.value(target, SH.select)
            if select is None:
                raise UnsupportedShape(f"{shape}: only SPARQL-based targets are supported")
            parts.append(f"{{ {_as_subquery(str(select))} }}")
        if not parts:
            return None
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(parts) + " } }"

    def property_shape(self, prop: Node, targets: str) -> list[Check]:
        if self.g.value(prop, SH.deactivated) == rdflib.Literal(True):
            return []
        self._only(prop, _PROPERTY_KEYS, "property shape")
        path = self.g.value(prop, SH.path)
        if path is None:
            raise UnsupportedShape(f"{prop}: property shape without sh:path")
        path_text = self._path(path)
        severity = self._severity(prop)
        messages = self._messages(prop)

        def check(kind: CheckKind, query: str, **extra: object) -> Check:
            return Check(kind, self.header + query, prop, severity, messages, path, path_text,
                         **extra)  # type: ignore[arg-type]

        checks: list[Check] = []
        flags = self._value_conditions(prop)
        if flags:
            binds = " ".join(f"BIND(COALESCE({expr}, false) AS ?c{i})"
                             for i, (_, expr) in enumerate(flags))
            failing = " || ".join(f"!?c{i}" for i in range(len(flags)))
            columns = " ".join(f"?c{i}" for i in range(len(flags)))
            checks.append(check(
                "value",
                f"SELECT DISTINCT ?this ?value {columns} WHERE {{ {targets} "
                f"?this {path_text} ?value . {binds} FILTER({failing}) }}",
                components=tuple(component for component, _ in flags),
            ))
        min_count = self._integer(prop, SH.minCount)
        max_count = self._integer(prop, SH.maxCount)
        if min_count is not None or max_count is not None:
            having = []
            if min_count is not None:
                having.append(f"COUNT(DISTINCT ?value) < {min_count}")
            if max_count is not None:
                having.append(f"COUNT(DISTINCT ?value) > {max_count}")
            checks.append(check(
                "count",
                f"SELECT ?this (COUNT(DISTINCT ?value) AS ?n) WHERE {{ {targets} "
                f"OPTIONAL {{ ?this {path_text} ?value }} }} GROUP BY ?this "
                f"HAVING({' || '.join(having)})",
                min_count=min_count, max_count=max_count,
            ))
        for other in self.g.objects(prop, SH.equals):
            o = sparql_term(other)
            checks.append(check(
                "equals",
                f"SELECT DISTINCT ?this ?value WHERE {{ {targets} "
                f"{{ ?this {path_text} ?value FILTER NOT EXISTS {{ ?this {o} ?value }} }} UNION "
                f"{{ ?this {o} ?value FILTER NOT EXISTS {{ ?this {path_text} ?value }} }} }}",
            ))
        if self.g.value(prop, SH.uniqueLang) == rdflib.Literal(True):
            checks.append(check(
                "unique_lang",
                f"SELECT DISTINCT ?this (LANG(?value) AS ?lang) WHERE {{ {targets} "
                f"?this {path_text} ?value . ?this {path_text} ?other . "
                "FILTER(isLiteral(?value) && LANG(?value) != \"\" && !sameTerm(?value, ?other) "
                "&& LCASE(LANG(?value)) = LCASE(LANG(?other))) }",
            ))
        return checks

    def _sparql_constraint(self, shape: Node, constraint: Node, targets: str) -> Check:
        select = self.g.value(constraint, SH.select)
        if select is None:
            raise UnsupportedShape(f"{constraint}: SPARQL constraint without sh:select")
        if "$this" not in str(select) and "?this" not in str(select):
            raise UnsupportedShape(f"{constraint}: SPARQL constraint does not use $this")
        messages = self._messages(constraint) or self._messages(shape)
        query = f"SELECT * WHERE {{ {targets} {{ {_as_subquery(str(select))} }} }}"
        if set(self.g.objects(shape, SH.target)) == {constraint} and not any(
            self.g.objects(shape, p) for p in (SH.targetClass, SH.targetSubjectsOf,
                                                SH.targetObjectsOf, SH.targetNode)
        ):  # the query is its own target: its rows are exactly the results, run it once
            query = str(select)
        return Check(
            "sparql",
            self.header + query,
            shape,
            self._severity(shape),
            messages,
        )

    # -- constraints ----------------------------------------------------------------------

    def _value_conditions(self, shape: Node) -> list[tuple[str, str]]:
        """(component, SPARQL boolean that holds when ?value satisfies it) for each value
        constraint of `shape`."""
        conditions: list[tuple[str, str]] = []
        g = self.g
        for dt in g.objects(shape, SH.datatype):
            conditions.append(("Datatype", _datatype(dt)))
        for node_kind in g.objects(shape, SH.nodeKind):
            conditions.append(("NodeKind", _node_kind(node_kind)))
        for length in g.objects(shape, SH.minLength):
            conditions.append(("MinLength",
                               f"(!isBlank(?value) && STRLEN(STR(?value)) >= {int(length)})"))
        for length in g.objects(shape, SH.maxLength):
            conditions.append(("MaxLength",
                               f"(!isBlank(?value) && STRLEN(STR(?value)) <= {int(length)})"))
        for cls in g.objects(shape, SH["class"]):
            conditions.append(("Class", self._class(cls)))
        flags = g.value(shape, SH.flags)
        for pattern in g.objects(shape, SH.pattern):
            flag_text = f", {json.dumps(str(flags))}" if flags is not None else ""
            conditions.append(("Pattern", f"(!isBlank(?value) && REGEX(STR(?value), "
                                          f"{json.dumps(str(pattern), ensure_ascii=False)}"
                                          f"{flag_text}))"))
        for values in g.objects(shape, SH["in"]):
            members = list(Collection(g, values))
            terms = " || ".join(f"sameTerm(?value, {sparql_term(m)})" for m in members)
            conditions.append(("In", f"({terms or 'false'})"))
        for languages in g.objects(shape, SH.languageIn):
            tags = " || ".join(f"LANGMATCHES(LANG(?value), {json.dumps(str(t))})"
                               for t in Collection(g, languages))
            conditions.append(("LanguageIn", f"(isLiteral(?value) && ({tags or 'false'}))"))
        for predicate, operator in ((SH.minInclusive, ">="), (SH.maxInclusive, "<="),
                                    (SH.minExclusive, ">"), (SH.maxExclusive, "<")):
            for bound in g.objects(shape, predicate):
                limit = sparql_term(bound)
                conditions.append((_COMPONENTS[predicate],
                                   f"(isLiteral(?value) && ?value {operator} {limit})"))
        for predicate, operator in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
            for other in g.objects(shape, predicate):
                conditions.append((_COMPONENTS[predicate],
                                   f"NOT EXISTS {{ ?this {sparql_term(other)} ?other_value "
                                   f"FILTER(!COALESCE(?value {operator} ?other_value, false)) }}"))
        for alternatives in g.objects(shape, SH["or"]):
            options = []
            for member in Collection(g, alternatives):
                self._only(member, _MEMBER_KEYS, "sh:or member")
                parts = [f"COALESCE({expr}, false)" for _, expr in self._value_conditions(member)]
                options.append("(" + (" && ".join(parts) or "true") + ")")
            conditions.append(("Or", "(" + (" || ".join(options) or "false") + ")"))
        return conditions

    def _class(self, cls: Node) -> str:
        c = sparql_term(cls)
        subclass = f"<{RDFS.subClassOf}>"
        if not self.with_context:
            return f"EXISTS {{ ?value a/{subclass}* {c} }}"
        return (f"EXISTS {{ {{ ?value a/{subclass}* {c} }} UNION "
                f"{{ GRAPH <{CONTEXT_GRAPH}> {{ ?value a ?context_class }} "
                f"?context_class {subclass}* {c} }} }}")

    # -- parts ----------------------------------------------------------------------------

    def _path(self, path: Node) -> str:
        if isinstance(path, rdflib.URIRef):
            return sparql_term(path)
        inverse = self.g.value(path, SH.inversePath)
        if inverse is not None:
            return f"^{self._path(inverse)}"
        if self.g.value(path, RDF.first) is not None:
            steps = [self._path(step) for step in Collection(self.g, path)]
            return "(" + "/".join(steps) + ")"
        for predicate, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"),
                                  (SH.zeroOrOnePath, "?")):
            inner = self.g.value(path, predicate)
            if inner is not None:
                return f"({self._path(inner)}){suffix}"
        alternatives = self.g.value(path, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(self._path(s) for s in Collection(self.g, alternatives)) + ")"
        raise UnsupportedShape(f"unknown SHACL path {path!r}")

    def _severity(self, shape: Node) -> Severity:
        severity = self.g.value(shape, SH.severity)
        if severity is None:
            return "Violation"
        if severity not in _SEVERITIES:
            raise UnsupportedShape(f"{shape}: unknown severity {severity}")
        return _SEVERITIES[severity]

    def _messages(self, shape: Node) -> dict[str, str]:
        messages: dict[str, str] = {}
        for message in self.g.objects(shape, SH.message):
            language = message.language if isinstance(message, rdflib.Literal) else None
            messages.setdefault(language or "", str(message))
        return messages

    def _integer(self, shape: Node, predicate: Node) -> int | None:
        value = self.g.value(shape, predicate)
        return int(value) if value is not None else None

    def _only(self, shape: Node, allowed: set[Node], what: str) -> None:
        for predicate in set(self.g.predicates(shape, None)):
            if predicate not in allowed:
                raise UnsupportedShape(f"{what} {shape}: {predicate} is not supported")


def _as_subquery(select: str) -> str:
    """A SHACL sh:select text usable inside another query (no PREFIX lines of its own)."""
    if re.search(r"^\s*PREFIX\b", select, flags=re.IGNORECASE | re.MULTILINE):
        raise UnsupportedShape("PREFIX inside sh:select: declare prefixes with sh:declare")
    return select.strip()


def _datatype(dt: Node) -> str:
    """Holds when ?value is a well-formed literal of `dt` (pySHACL rejects ill-typed ones)."""
    if dt == RDF.langString:
        return '(isLiteral(?value) && LANG(?value) != "")'
    if dt == RDFS.Literal:
        return "isLiteral(?value)"
    same = f"(isLiteral(?value) && DATATYPE(?value) = {sparql_term(dt)}"
    if dt in _NUMERIC:
        return same + " && isNumeric(?value))"
    if dt in _CASTABLE:
        return same + f" && DATATYPE({sparql_term(dt)}(STR(?value))) = {sparql_term(dt)})"
    return same + ")"


def _node_kind(kind: Node) -> str:
    tests = {
        SH.IRI: "isIRI(?value)",
        SH.Literal: "isLiteral(?value)",
        SH.BlankNode: "isBlank(?value)",
        SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))",
        SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
        SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
    }
    if kind not in tests:
        raise UnsupportedShape(f"unknown sh:nodeKind {kind}")
    return tests[kind]
