"""Run the compiled shapes on a pyoxigraph store holding one submission and the ontology.

The working store's default graph is what pySHACL would see (the data united with the
ontology, so subclass targets and typed individuals work); the graph `CONTEXT_GRAPH` may hold
the types of resources already stored, which sh:class then accepts (a submission may point at
an existing division or fiscal year without repeating it).

Each query costs 40–140 µs however small the document, so a document does not run them all:
a check whose targets or path need a class or predicate the data lacks is skipped (`Needs`),
and the commonest checks on one-predicate paths of class targets (counts, sh:class, datatype,
node kind, length, pattern, languageIn, sh:in, sh:or of these, equals) are computed in Python
from the document's triples, falling back to the query for any value the store may hold in
another form. Which checks a document needs is decided once per kind of document (the
classes and predicates present that some check names), not once per document.
`tests/validation/test_skipping_changes_nothing.py` holds both to running every query.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.term import Node

from loaders.resources import ontology_dir, shapes_dir
from service.shacl.compiler import CONTEXT_GRAPH, Check, Severity, compile_shapes

ONTOLOGY_FILE = "machikg.ttl"


@dataclass(frozen=True)
class Finding:
    """One validation result, as pySHACL would report it."""

    severity: Severity
    focus: ox.NamedNode | ox.BlankNode | ox.Literal
    path: Node | None  # the shape's path node
    path_text: str | None
    value: ox.NamedNode | ox.BlankNode | ox.Literal | None
    source_shape: Node
    component: str
    message_ja: str
    message_en: str


@functools.lru_cache(maxsize=8)
def shapes_graph(directory: Path) -> rdflib.Graph:
    """All `*.ttl` shapes in `directory`, parsed once."""
    from service.validation import load_shapes  # one parser for the shapes, shared

    return load_shapes(directory)


@functools.lru_cache(maxsize=8)
def _compiled(directory: Path, with_context: bool) -> list[Check]:
    return compile_shapes(shapes_graph(directory), with_context=with_context).checks


@functools.lru_cache(maxsize=4)
def ontology_ntriples(file: Path) -> bytes:
    """The ontology as N-Triples, loaded into every working store."""
    if not file.exists():
        return b""
    quads = ox.parse(path=file, format=ox.RdfFormat.TURTLE)
    return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                        format=ox.RdfFormat.N_TRIPLES) or b""


def working_store() -> ox.Store:
    """An in-memory store holding the ontology, ready to receive a submission."""
    store = ox.Store()
    data = ontology_ntriples(ontology_dir() / ONTOLOGY_FILE)
    if data:
        store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


def add_context(store: ox.Store, triples: Iterable[ox.Triple]) -> None:
    """Types of stored resources the submission refers to (for sh:class only)."""
    graph = ox.NamedNode(CONTEXT_GRAPH)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)


@dataclass(frozen=True)
class Presence:
    """The classes with an instance (with their superclasses) and the predicates used in the
    default graph: what decides whether a check can find anything (`Needs.met`)."""

    classes: frozenset[str]
    predicates: frozenset[str]
    # from `presence_of`: the ontology's and the document's triples, indexed, and the
    # instances of each class (None: presence queried from a store)
    triples: tuple[Triples, ...] = ()
    instances: dict[str, set[OxTerm]] | None = None


def validate_store(
    store: ox.Store,
    *,
    shapes: Path | None = None,
    presence: Presence | None = None,
    skip: bool = True,
) -> list[Finding]:
    """Every result of the shapes on the store's default graph. A check whose targets or
    path need classes or predicates the data lacks finds nothing, so it is not run (`skip`;
    off only to prove that skipping changes no result). `presence` is the store's, when the
    caller has it already (`presence_of`), else it is queried."""
    directory = shapes or shapes_dir()
    has_context = store.contains_named_graph(ox.NamedNode(CONTEXT_GRAPH))
    findings: list[Finding] = []
    if not skip:
        presence = None
    elif presence is None:
        presence = store_presence(store)
    checks = (_compiled(directory, has_context) if presence is None
              else _checks_to_run(directory, has_context, *_relevant(directory, presence)))
    for check in checks:  # with a presence, the checks that provably find no row are left
        # with a context graph, sh:class also looks there: the queries decide
        found = (_in_python(check, presence)
                 if presence is not None and not has_context else None)
        findings.extend(found if found is not None else _run(store, check))
    return findings


def _may_find(check: Check, classes: AbstractSet[str], predicates: AbstractSet[str]) -> bool:
    return all(
        needs is None or needs.met(classes, predicates)
        for needs in (check.focus_needs, check.value_needs)
    )


@functools.lru_cache(maxsize=8)
def _named_by_needs(directory: Path) -> tuple[frozenset[str], frozenset[str]]:
    """Every class and predicate some check's `Needs` names (with or without context)."""
    classes: set[str] = set()
    predicates: set[str] = set()
    for with_context in (False, True):
        for check in _compiled(directory, with_context):
            for needs in (check.focus_needs, check.value_needs):
                if needs is not None:
                    classes |= needs.classes
                    predicates |= needs.predicates
    return frozenset(classes), frozenset(predicates)


def _relevant(directory: Path, presence: Presence) -> tuple[frozenset[str], frozenset[str]]:
    """The present classes and predicates that some check's needs name: all that decides
    which checks run, and the same for most documents of one kind."""
    classes, predicates = _named_by_needs(directory)
    return presence.classes & classes, presence.predicates & predicates


@functools.lru_cache(maxsize=256)
def _checks_to_run(
    directory: Path, with_context: bool, classes: frozenset[str], predicates: frozenset[str]
) -> tuple[Check, ...]:
    """The checks whose needs the present classes and predicates meet, in their order
    (computed once per kind of document rather than once per document)."""
    return tuple(check for check in _compiled(directory, with_context)
                 if _may_find(check, classes, predicates))


_CLASSES_WITH_INSTANCES = (
    "SELECT DISTINCT ?c WHERE { { SELECT DISTINCT ?t WHERE { ?s a ?t } } "
    "?t <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?c }"
)
_PREDICATES = "SELECT DISTINCT ?p WHERE { ?s ?p ?o }"


def store_presence(store: ox.Store) -> Presence:
    """The `Presence` of the store's default graph, by two queries."""
    return Presence(classes_with_instances(store), _predicates(store))


def _predicates(store: ox.Store) -> frozenset[str]:
    solutions = store.query(_PREDICATES)
    assert isinstance(solutions, ox.QuerySolutions)
    return frozenset(row["p"].value for row in solutions if isinstance(row["p"], ox.NamedNode))


def classes_with_instances(store: ox.Store) -> frozenset[str]:
    """Every class with an instance in the default graph, directly or by rdfs:subClassOf
    (exactly the classes whose sh:targetClass selects a focus node)."""
    solutions = store.query(_CLASSES_WITH_INSTANCES)
    assert isinstance(solutions, ox.QuerySolutions)
    return frozenset(row["c"].value for row in solutions if isinstance(row["c"], ox.NamedNode))


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SUBCLASS_OF = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_AS_GIVEN = frozenset({"http://www.w3.org/2001/XMLSchema#string",
                       "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"})
OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
_NONE: frozenset[OxTerm] = frozenset()


class Triples:
    """Some triples indexed by predicate, for `presence_of` and the checks run in Python:
    subject → objects per predicate, in one pass; object → subjects when first asked. The
    maps returned are shared: read them, never change them."""

    def __init__(self, triples: Iterable[tuple[OxTerm, ox.NamedNode, OxTerm]]) -> None:
        out: dict[ox.NamedNode, dict[OxTerm, set[OxTerm]]] = {}
        for subject, predicate, obj in triples:  # unpacking: half the cost of attributes
            by_subject = out.get(predicate)
            if by_subject is None:
                by_subject = out[predicate] = {}
            found = by_subject.get(subject)
            if found is None:
                by_subject[subject] = {obj}
            else:
                found.add(obj)
        self._out = {p.value: by_subject for p, by_subject in out.items()}
        self.predicates = frozenset(self._out)
        self._into: dict[str, dict[OxTerm, set[OxTerm]]] = {}

    def values(self, predicate: str, inverse: bool) -> dict[OxTerm, set[OxTerm]]:
        """subject → its objects of `predicate` (inverse: object → its subjects)."""
        if not inverse:
            return self._out.get(predicate) or {}
        found = self._into.get(predicate)
        if found is None:
            found = self._into[predicate] = {}
            for subject, objects in self._out.get(predicate, {}).items():
                for obj in objects:
                    found.setdefault(obj, set()).add(subject)
        return found


def ontology_quads(file: Path) -> tuple[ox.Quad, ...]:
    """The ontology as pyoxigraph quads (parsed once per worker)."""
    return _ontology(file)[0]


@functools.lru_cache(maxsize=4)
def _ontology(file: Path) -> tuple[tuple[ox.Quad, ...], Triples, dict[str, set[OxTerm]]]:
    """The ontology's quads, their index and the instances of each class (rdfs:subClassOf
    followed): the same for every document, computed once per worker."""
    data = ontology_ntriples(file)
    quads = tuple(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)) if data else ()
    index = Triples((q.subject, q.predicate, q.object) for q in quads)
    superclasses = index.values(_SUBCLASS_OF, False)
    return quads, index, _instances(index.values(_RDF_TYPE, False), superclasses)


def _instances(
    types: dict[OxTerm, set[OxTerm]], superclasses: dict[OxTerm, set[OxTerm]]
) -> dict[str, set[OxTerm]]:
    """class IRI → its instances, as `?this a/rdfs:subClassOf* ?class` finds them."""
    closure: dict[OxTerm, set[OxTerm]] = {}
    instances: dict[str, set[OxTerm]] = {}
    for node, direct in types.items():
        for t in direct:
            up = closure.get(t)
            if up is None:
                up = closure[t] = _superclasses(t, superclasses)
            for c in up:
                if isinstance(c, ox.NamedNode):
                    instances.setdefault(c.value, set()).add(node)
    return instances


def _superclasses(start: OxTerm, superclasses: dict[OxTerm, set[OxTerm]]) -> set[OxTerm]:
    """`start` and every node it reaches by rdfs:subClassOf (the zero-length step too)."""
    seen: set[OxTerm] = set()
    pending = [start]
    while pending:
        node = pending.pop()
        if node not in seen:
            seen.add(node)
            pending.extend(superclasses.get(node, ()))
    return seen


def presence_of(
    default_graph: Iterable[ox.Quad] | Triples, ontology: Path | None = None
) -> Presence:
    """`store_presence` of a store whose default graph holds the `ontology` file's triples
    (indexed once per worker) and `default_graph` (quads, or already indexed), by one pass
    over the triples instead of queries; it also keeps them, for the checks run in Python."""
    _, base, base_instances = _ontology(ontology) if ontology else ((), Triples(()), {})
    extra = (default_graph if isinstance(default_graph, Triples)
             else Triples((q.subject, q.predicate, q.object) for q in default_graph))
    types = extra.values(_RDF_TYPE, False)
    if _SUBCLASS_OF in extra.predicates:  # a document declaring subclasses: rarely
        superclasses = _merged(base.values(_SUBCLASS_OF, False), extra.values(_SUBCLASS_OF, False))
        instances = _instances(_merged(base.values(_RDF_TYPE, False), types), superclasses)
    else:
        instances = dict(base_instances)
        for c, nodes in _instances(types, base.values(_SUBCLASS_OF, False)).items():
            instances[c] = instances[c] | nodes if c in instances else nodes
    return Presence(frozenset(instances), base.predicates | extra.predicates,
                    (base, extra), instances)


def _merged(
    first: dict[OxTerm, set[OxTerm]], second: dict[OxTerm, set[OxTerm]]
) -> dict[OxTerm, set[OxTerm]]:
    merged = {k: set(v) for k, v in first.items()}
    for key, values in second.items():
        merged.setdefault(key, set()).update(values)
    return merged


def _in_python(check: Check, presence: Presence) -> list[Finding] | None:
    """The check's findings computed from the indexed triples, for the two commonest
    kinds (~2 µs instead of a ~70 µs query); None: the query must run."""
    if (check.simple_path is None or check.focus_needs is None
            or check.focus_needs.predicates or presence.instances is None):
        return None  # not one predicate, or not class targets only, or no index
    if check.kind == "count":
        return _count_in_python(check, presence)
    if check.kind == "value" and check.value_tests is not None:
        return _values_in_python(check, check.value_tests, presence)
    if check.kind == "equals" and check.equals is not None:
        return _equals_in_python(check, check.equals, presence)
    return None


def _equals_in_python(check: Check, other: str, presence: Presence) -> list[Finding] | None:
    """sh:equals: each value on one side only is a result (None: a value the store may
    hold in another form, where the sides' terms are compared)."""
    others = [m for m in (t.values(other, False) for t in presence.triples) if m]
    findings: list[Finding] = []
    for node, values in _focus_values(check, presence):
        expected: set[OxTerm] = set()
        for values_of in others:
            expected.update(values_of.get(node, ()))
        for value in values ^ expected:
            if _store_may_merge(value):
                return None
            findings.append(_finding(check, node, value, "Equals"))
        if any(_store_may_merge(v) for v in values | expected):
            return None
    return findings


def _focus_values(
    check: Check, presence: Presence
) -> Iterator[tuple[OxTerm, AbstractSet[OxTerm]]]:
    """Each focus node of class targets, with its values on the one-predicate path."""
    assert check.simple_path is not None and check.focus_needs is not None
    assert presence.instances is not None
    predicate, inverse = check.simple_path
    classes = [presence.instances.get(c, _NONE) for c in check.focus_needs.classes]
    focus = classes[0] if len(classes) == 1 else set().union(*classes)
    maps = [m for m in (t.values(predicate, inverse) for t in presence.triples) if m]
    if len(maps) == 1:  # the usual case: only the document has the predicate, no copies
        [values_of] = maps
        for node in focus:
            yield node, values_of.get(node, _NONE)
        return
    for node in focus:
        values: set[OxTerm] = set()
        for values_of in maps:
            values.update(values_of.get(node, ()))
        yield node, values


def _store_may_merge(term: OxTerm) -> bool:
    """A literal the store may keep in another (canonical) form than the document's: a
    typed one ("01"^^xsd:integer is stored as "1"). Strings are kept as they are (language
    tags are lower-cased by pyoxigraph's Literal already, in both), and so is an integer
    written canonically within the store's 64 bits."""
    if not isinstance(term, ox.Literal):
        return False
    datatype = term.datatype.value
    if datatype == _XSD_INTEGER:
        return _integer(term) is None
    return datatype not in _AS_GIVEN


_CANONICAL_INTEGER = re.compile(r"(0|-?[1-9][0-9]*)\Z")


def _integer(term: ox.Literal) -> int | None:
    """The value of an xsd:integer written as the store writes it back, else None."""
    if _CANONICAL_INTEGER.match(term.value) is None:
        return None
    value = int(term.value)
    return value if -(2**63) <= value < 2**63 else None


def _values_in_python(
    check: Check, tests: tuple[tuple[str, object], ...], presence: Presence
) -> list[Finding] | None:
    """A value check: each failing constraint of each value is a result. None when a value
    is one the store may hold in another form (it is tested, and reported, in that form)."""
    findings: list[Finding] = []
    for node, values in _focus_values(check, presence):
        for value in values:
            if _store_may_merge(value):
                return None
            for component, parameter in tests:
                if not _passes(component, parameter, value, presence):
                    findings.append(_finding(check, node, value, component))
    return findings


_RDFS_LITERAL = "http://www.w3.org/2000/01/rdf-schema#Literal"
_SH = "http://www.w3.org/ns/shacl#"
_NODE_KINDS: dict[str, tuple[type, ...]] = {
    _SH + "IRI": (ox.NamedNode,),
    _SH + "Literal": (ox.Literal,),
    _SH + "BlankNode": (ox.BlankNode,),
    _SH + "BlankNodeOrIRI": (ox.BlankNode, ox.NamedNode),
    _SH + "BlankNodeOrLiteral": (ox.BlankNode, ox.Literal),
    _SH + "IRIOrLiteral": (ox.NamedNode, ox.Literal),
}


def _passes(component: str, parameter: object, value: OxTerm, presence: Presence) -> bool:
    """The compiler's SPARQL condition for the component (`compiler._value_conditions`),
    for a value that is an IRI, a blank node, a string or a language-tagged string."""
    if component == "Datatype":  # a string's datatype is never a numeric or a castable one
        return isinstance(value, ox.Literal) and parameter in (value.datatype.value,
                                                               _RDFS_LITERAL)
    if component == "NodeKind":
        return isinstance(value, _NODE_KINDS[parameter])  # type: ignore[index]
    if component == "MinLength":  # STRLEN counts characters, as len() does
        return not isinstance(value, ox.BlankNode) and len(value.value) >= parameter  # type: ignore[operator]
    if component == "MaxLength":
        return not isinstance(value, ox.BlankNode) and len(value.value) <= parameter  # type: ignore[operator]
    if component == "Class":
        assert presence.instances is not None
        return value in presence.instances.get(parameter, ())  # type: ignore[call-overload]
    if component == "Pattern":  # compiler.python_regex: REGEX(STR(?value), pattern)
        return (not isinstance(value, ox.BlankNode)
                and parameter.search(value.value) is not None)  # type: ignore[attr-defined]
    if component in _COMPARISONS:  # ?value >= bound (an integer): only numbers compare
        number = (_integer(value) if isinstance(value, ox.Literal)
                  and value.datatype.value == _XSD_INTEGER else None)
        return number is not None and _COMPARISONS[component](number, parameter)
    if component == "LanguageIn":
        return isinstance(value, ox.Literal) and any(
            _lang_matches(value.language or "", str(r)) for r in parameter  # type: ignore[attr-defined]
        )
    if component == "In":  # sameTerm with a member (IRIs and plain strings only)
        return value in parameter  # type: ignore[operator]
    if component == "Or":  # COALESCE(member's conditions, false) for each member
        return any(all(_passes(c, p, value, presence) for c, p in member)
                   for member in parameter)  # type: ignore[attr-defined]
    raise ValueError(f"no Python test for {component}")


_COMPARISONS: dict[str, Callable[[int, Any], bool]] = {
    "MinInclusive": operator.ge, "MaxInclusive": operator.le,
    "MinExclusive": operator.gt, "MaxExclusive": operator.lt,
}


def _lang_matches(tag: str, language_range: str) -> bool:
    """SPARQL LANGMATCHES as pyoxigraph evaluates it (ASCII case-insensitive subtags)."""
    if language_range == "*":
        return tag != ""
    wanted, given = language_range.encode().lower().split(b"-"), tag.encode().lower().split(b"-")
    return len(wanted) <= len(given) and given[: len(wanted)] == wanted


def _count_in_python(check: Check, presence: Presence) -> list[Finding] | None:
    """sh:minCount/maxCount. None when the query must decide: two literals among a node's
    values may be one term in the store (`_store_may_merge`)."""
    findings: list[Finding] = []
    for node, values in _focus_values(check, presence):
        if len(values) > 1 and sum(_store_may_merge(v) for v in values) > 0 and sum(
            isinstance(v, ox.Literal) for v in values
        ) > 1:
            return None  # two literals that may be one term in the store
        n = len(values)
        if check.min_count is not None and n < check.min_count:
            findings.append(_finding(check, node, None, "MinCount"))
        if check.max_count is not None and n > check.max_count:
            findings.append(_finding(check, node, None, "MaxCount"))
    return findings


def _run(store: ox.Store, check: Check) -> Iterable[Finding]:
    solutions = store.query(check.query)
    assert isinstance(solutions, ox.QuerySolutions)
    if check.kind == "value":
        for row in solutions:
            for i, component in enumerate(check.components):
                flag = row[f"c{i}"]
                if flag is not None and flag.value == "false":
                    yield _finding(check, row["this"], row["value"], component)
    elif check.kind == "count":
        for row in solutions:
            count = int(row["n"].value)
            if check.min_count is not None and count < check.min_count:
                yield _finding(check, row["this"], None, "MinCount")
            if check.max_count is not None and count > check.max_count:
                yield _finding(check, row["this"], None, "MaxCount")
    elif check.kind == "equals":
        for row in solutions:
            yield _finding(check, row["this"], row["value"], "Equals")
    elif check.kind == "unique_lang":
        for row in solutions:
            yield _finding(check, row["this"], None, "UniqueLang")
    else:
        for row in solutions:
            variables = {str(v)[1:]: row[v] for v in solutions.variables}
            yield _finding(check, row["this"], variables.get("value"), "SPARQL", variables)


def _finding(
    check: Check,
    focus: ox.NamedNode | ox.BlankNode | ox.Literal,
    value: ox.NamedNode | ox.BlankNode | ox.Literal | None,
    component: str,
    variables: dict[str, object] | None = None,
) -> Finding:
    messages = {lang: _fill(text, variables or {}) for lang, text in check.messages.items()}
    fallback = messages.get("") or messages.get("en") or messages.get("ja") or component
    return Finding(
        severity=check.severity,
        focus=focus,
        path=check.path,
        path_text=check.path_text,
        value=value,
        source_shape=check.source_shape,
        component=component,
        message_ja=messages.get("ja") or fallback,
        message_en=messages.get("en") or fallback,
    )


def _fill(template: str, variables: dict[str, object]) -> str:
    """SHACL message templates: {?name} or {$name} → the row's value for that variable."""

    def value(match: re.Match[str]) -> str:
        term = variables.get(match.group(1))
        if term is None:
            return match.group(0)
        return term.value if isinstance(term, ox.Literal | ox.NamedNode) else str(term)

    return re.sub(r"\{[?$](\w+)\}", value, template)
