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
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Literal

import pyoxigraph as ox
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
class Needs:
    """A necessary condition on the data: an instance of one of `classes` (directly or by
    rdfs:subClassOf) or a triple with one of `predicates`. Cheap to test per document, so a
    check that provably finds nothing is not run (each query costs 40–140 µs)."""

    classes: frozenset[str] = frozenset()
    predicates: frozenset[str] = frozenset()

    def met(self, classes: AbstractSet[str], predicates: AbstractSet[str]) -> bool:
        return not (self.classes.isdisjoint(classes) and self.predicates.isdisjoint(predicates))


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
    # what the data must hold for the check to find anything (None: no precondition known);
    # the engine skips a check whose needs are unmet, as its query could return no row
    focus_needs: Needs | None = None  # of the node shape's targets
    value_needs: Needs | None = None  # of the path (never for a sh:minCount ≥ 1)
    # a path of one predicate IRI (True: inverted), which a count check of class targets
    # may count in Python from the document's triples instead of by a query
    simple_path: tuple[str, bool] | None = None
    # a value check's constraints as (component, parameter), when all are ones the engine
    # may test in Python (`engine._passes`): datatype, node kind, length, class, pattern,
    # languageIn, integer bounds, sh:in of IRIs and strings, sh:or of such members
    value_tests: tuple[tuple[str, object], ...] | None = None
    equals: str | None = None  # an equals check's sh:equals predicate


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

    def _prefixed(self, query: str) -> str:
        """The query with the PREFIX lines it uses: parsing the others costs every run
        (~10 % of a small query's time), and most checks write full IRIs."""
        lines = self.header.splitlines(keepends=True)
        used = [line for line in lines if _uses_prefix(query, line.split()[1])]
        return "".join(used) + query

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
        needs = self._focus_needs(shape)
        return [replace(c, focus_needs=needs) for c in checks] if needs else checks

    def _focus_needs(self, shape: Node) -> Needs | None:
        """What any focus node of the shape needs in the data (None: a target that needs
        nothing known, sh:targetNode or a SPARQL-based target)."""
        if any(self.g.value(shape, p) is not None for p in (SH.targetNode, SH.target)):
            return None
        classes = frozenset(str(c) for c in self.g.objects(shape, SH.targetClass))
        predicates = [p for t in (SH.targetSubjectsOf, SH.targetObjectsOf)
                      for p in self.g.objects(shape, t)]
        if not all(isinstance(p, rdflib.URIRef) for p in predicates):
            return None
        needs = Needs(classes, frozenset(str(p) for p in predicates))
        return needs if needs.classes or needs.predicates else None

    def _path_needs(self, path: Node) -> frozenset[str] | None:
        """Predicates one of which a triple must have for `path` to connect two nodes (None
        when a path matches without any triple: zero-length paths)."""
        if isinstance(path, rdflib.URIRef):
            return frozenset({str(path)})
        inverse = self.g.value(path, SH.inversePath)
        if inverse is not None:
            return self._path_needs(inverse)
        if self.g.value(path, RDF.first) is not None:  # a sequence needs all its steps
            for step in Collection(self.g, path):
                found = self._path_needs(step)
                if found is not None:
                    return found
            return None
        inner = self.g.value(path, SH.oneOrMorePath)
        if inner is not None:
            return self._path_needs(inner)
        alternatives = self.g.value(path, SH.alternativePath)
        if alternatives is not None:
            members = [self._path_needs(step) for step in Collection(self.g, alternatives)]
            if not members or any(m is None for m in members):
                return None
            return frozenset().union(*members)  # type: ignore[arg-type]
        return None  # zero-or-more, zero-or-one: the focus node itself is a value

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
        # inline, not a DISTINCT subquery: pyoxigraph joins a subquery by hashing a full scan
        # of the path (every rdfs:label in the graph), but looks the path up per focus node
        # when the target is a pattern of the same group. Checks select DISTINCT or count
        # DISTINCT values, so a focus node found twice changes nothing.
        return "{ " + " UNION ".join(parts) + " }"

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

        path_needs = self._path_needs(path)
        inverse = self.g.value(path, SH.inversePath)
        simple_path = ((str(path), False) if isinstance(path, rdflib.URIRef) else
                       (str(inverse), True) if isinstance(inverse, rdflib.URIRef) and
                       set(self.g.predicate_objects(path)) == {(SH.inversePath, inverse)}
                       else None)
        value_needs = Needs(predicates=path_needs) if path_needs is not None else None

        def check(kind: CheckKind, query: str, **extra: object) -> Check:
            return Check(kind, self._prefixed(query), prop, severity, messages, path, path_text,
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
                value_needs=value_needs,  # a row is a value on the path
                simple_path=simple_path,
                value_tests=self._python_tests(prop, [c for c, _ in flags]),
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
                min_count=min_count, max_count=max_count, simple_path=simple_path,
                # with sh:minCount ≥ 1 a focus node without any value is a result
                value_needs=value_needs if min_count is None or min_count <= 0 else None,
            ))
        for other in self.g.objects(prop, SH.equals):
            o = sparql_term(other)
            # MINUS, not FILTER NOT EXISTS: both variables are bound on each side, so they mean
            # the same, but pyoxigraph evaluates NOT EXISTS on a bound path from the value's
            # end (every node with that topic), and MINUS by one hashed pass
            checks.append(check(
                "equals",
                f"SELECT DISTINCT ?this ?value WHERE {{ "
                f"{{ {targets} ?this {path_text} ?value MINUS {{ ?this {o} ?value }} }} UNION "
                f"{{ {targets} ?this {o} ?value MINUS {{ ?this {path_text} ?value }} }} }}",
                value_needs=(Needs(predicates=path_needs | {str(other)})
                             if path_needs is not None and isinstance(other, rdflib.URIRef)
                             else None),  # a row is a value of the path or of `other`
                simple_path=simple_path,
                equals=str(other) if isinstance(other, rdflib.URIRef) else None,
            ))
        if self.g.value(prop, SH.uniqueLang) == rdflib.Literal(True):
            checks.append(check(
                "unique_lang",
                f"SELECT DISTINCT ?this (LANG(?value) AS ?lang) WHERE {{ {targets} "
                f"?this {path_text} ?value . ?this {path_text} ?other . "
                "FILTER(isLiteral(?value) && LANG(?value) != \"\" && !sameTerm(?value, ?other) "
                "&& LCASE(LANG(?value)) = LCASE(LANG(?other))) }",
                value_needs=value_needs,
            ))
        return checks

    def _sparql_constraint(self, shape: Node, constraint: Node, targets: str) -> Check:
        select = self.g.value(constraint, SH.select)
        if select is None:
            raise UnsupportedShape(f"{constraint}: SPARQL constraint without sh:select")
        if "$this" not in str(select) and "?this" not in str(select):
            raise UnsupportedShape(f"{constraint}: SPARQL constraint does not use $this")
        messages = self._messages(constraint) or self._messages(shape)
        query = (f"SELECT * WHERE {{ {{ SELECT DISTINCT ?this WHERE {targets} }} "
                 f"{{ {_as_subquery(str(select))} }} }}")
        if set(self.g.objects(shape, SH.target)) == {constraint} and not any(
            self.g.objects(shape, p) for p in (SH.targetClass, SH.targetSubjectsOf,
                                                SH.targetObjectsOf, SH.targetNode)
        ):  # the query is its own target: its rows are exactly the results, run it once
            query = str(select)
        return Check(
            "sparql",
            self._prefixed(query),
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

    def _python_tests(
        self, shape: Node, components: list[str]
    ) -> tuple[tuple[str, object], ...] | None:
        """`_value_conditions` as (component, parameter), in its order, or None when one of
        them is not among those simple enough to test in Python exactly as SPARQL does."""
        g = self.g
        tests: list[tuple[str, object]] = []
        tests += [("Datatype", str(dt)) for dt in g.objects(shape, SH.datatype)]
        tests += [("NodeKind", str(kind)) for kind in g.objects(shape, SH.nodeKind)]
        tests += [("MinLength", int(n)) for n in g.objects(shape, SH.minLength)]  # type: ignore[call-overload]
        tests += [("MaxLength", int(n)) for n in g.objects(shape, SH.maxLength)]  # type: ignore[call-overload]
        tests += [("Class", str(c)) for c in g.objects(shape, SH["class"])
                  if isinstance(c, rdflib.URIRef)]
        for predicate, component in ((SH.minInclusive, "MinInclusive"),
                                     (SH.maxInclusive, "MaxInclusive"),
                                     (SH.minExclusive, "MinExclusive"),
                                     (SH.maxExclusive, "MaxExclusive")):
            for bound in g.objects(shape, predicate):
                if not (isinstance(bound, rdflib.Literal) and bound.datatype == XSD.integer
                        and isinstance(bound.value, int)):
                    return None  # only integer bounds are compared in Python
                tests.append((component, bound.value))
        patterns = [python_regex(str(p)) for p in g.objects(shape, SH.pattern)]
        if g.value(shape, SH.flags) is None and all(patterns):
            tests += [("Pattern", p) for p in patterns]
        tests += [("LanguageIn", tuple(str(t) for t in Collection(g, languages)))
                  for languages in g.objects(shape, SH.languageIn)]
        for values in g.objects(shape, SH["in"]):
            members = _python_members(list(Collection(g, values)))
            if members is None:
                return None
            tests.append(("In", members))
        for alternatives in g.objects(shape, SH["or"]):
            options: list[tuple[tuple[str, object], ...]] = []
            for member in Collection(g, alternatives):
                member_tests = self._python_tests(
                    member, [c for c, _ in self._value_conditions(member)])
                if member_tests is None:
                    return None
                options.append(member_tests)
            tests.append(("Or", tuple(options)))
        order = {c: i for i, c in enumerate(["Datatype", "NodeKind", "MinLength", "MaxLength",
                                             "Class", "Pattern", "In", "LanguageIn",
                                             "MinInclusive", "MaxInclusive", "MinExclusive",
                                             "MaxExclusive", "Or"])}
        tests.sort(key=lambda test: order[test[0]])  # stable: `_value_conditions`' order
        return tuple(tests) if [c for c, _ in tests] == components else None

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


# Unicode White_Space, what pyoxigraph's regex engine means by \s (Python's str also
# counts U+001C–U+001F)
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_QUANTIFIER = re.compile(r"\{[0-9]+(,[0-9]*)?\}")


def python_regex(pattern: str) -> re.Pattern[str] | None:
    r"""A Python regex that matches exactly the strings SPARQL REGEX(·, pattern) matches in
    pyoxigraph (Rust's regex crate), for the plain syntax the shapes use: literal
    characters, `.`, classes of characters and ranges, groups, `|`, quantifiers, `^`, `$`,
    `\.`, `\s`, `\S`. None for anything else (the query decides then)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            escaped = pattern[i + 1: i + 2]
            if escaped == ".":
                out.append("\\.")
            elif escaped == "s":
                out.append(f"[{_WHITE_SPACE}]")
            elif escaped == "S":
                out.append(f"[^{_WHITE_SPACE}]")
            else:
                return None
            i += 2
        elif char == "[":
            end = pattern.find("]", i + 2)  # "[]…]" and "[^]…]" differ: refused below
            body = pattern[i + 1: end] if end > 0 else ""
            if (not body or body in ("^",) or body.startswith(("]", "^]"))
                    or any(x in body for x in ("[", "\\", "&&", "--", "~~"))):
                return None
            out.append(f"[{body}]")
            i = end + 1
        elif char == "{":
            quantifier = _QUANTIFIER.match(pattern, i)
            if quantifier is None:
                return None
            out.append(quantifier.group())
            i = quantifier.end()
        elif char == "$":
            out.append("\\Z")  # the end of the text only, as Rust's $ (Python's: or a \n)
            i += 1
        elif char == "(" and pattern[i + 1: i + 2] == "?":
            return None  # (?flags), (?:…), named groups: not needed, not translated
        elif char in "]}":
            return None
        else:
            out.append(char)
            i += 1
    try:
        return re.compile("".join(out))
    except re.error:
        return None


def _python_members(members: list[Node]) -> frozenset[ox.NamedNode | ox.Literal] | None:
    """sh:in members as pyoxigraph terms, when `value in members` is exactly the query's
    sameTerm: IRIs and plain strings (a typed or language-tagged member may be written in
    another form than the store keeps); None otherwise."""
    terms: set[ox.NamedNode | ox.Literal] = set()
    for member in members:
        if isinstance(member, rdflib.URIRef):
            terms.add(ox.NamedNode(str(member)))
        elif (isinstance(member, rdflib.Literal) and member.language is None
              and member.datatype in (None, XSD.string)):
            terms.add(ox.Literal(str(member)))
        else:
            return None
    return frozenset(terms)


def _uses_prefix(query: str, declared: str) -> bool:
    """Whether `query` may use the prefix `declared` ("mk:"); an unsure yes costs only a
    line, a wrong no would fail to parse (never a silent change)."""
    if declared == ":":
        return True
    return re.search(rf"(?<![\w.-]){re.escape(declared)}", query) is not None


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
