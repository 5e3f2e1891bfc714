"""Validation reports people can act on: each problem once, in Japanese and English.

A problem is a validation result with what a steward needs to find and fix it: severity,
the focus node and its label, path, value, the message in both languages, the shape, and the
line (and column) where the focus node was written. Results that say the same thing twice
(one wrong value breaking two constraints, e.g. a budget given as text is neither an
mk:Budget nor linked back by mk:budgetOf) are merged into one problem. Output: a terminal
table, JSON, and the standard SHACL validation report in RDF.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import pyoxigraph as ox
import rdflib
from rdflib.namespace import SH

from service.shacl.compiler import Severity
from service.shacl.engine import Finding

Lang = Literal["ja", "en"]
_RANK = {"Violation": 0, "Warning": 1, "Info": 2}
# when two results are one problem, keep the one that says most about the value itself
_COMPONENT_RANK = {"Datatype": 0, "Class": 0, "Pattern": 1, "In": 1, "NodeKind": 1, "Or": 1,
                   "Equals": 5, "SPARQL": 4}
LABELS: dict[str, dict[str, str]] = {
    "ja": {"conforms": "適合", "fails": "不適合", "Violation": "違反", "Warning": "警告",
           "Info": "情報", "severity": "重大度", "focus": "対象", "label": "名前",
           "path": "パス", "value": "値", "message": "内容", "line": "行", "shape": "シェイプ",
           "count": "件数", "summary": "シェイプごとの件数", "more": "件は省略 (JSON で全件)",
           "triples": "文 (トリプル)",
           "violations": "違反", "warnings": "警告"},
    "en": {"conforms": "Conforms", "fails": "Does not conform", "Violation": "Violation",
           "Warning": "Warning", "Info": "Info", "severity": "severity", "focus": "focus node",
           "label": "label", "path": "path", "value": "value", "message": "message",
           "line": "line", "shape": "shape", "count": "count", "summary": "problems by shape",
           "more": "more not shown (all are in the JSON report)", "triples": "triples",
           "violations": "violations", "warnings": "warnings"},
}


@dataclass(frozen=True)
class Problem:
    severity: Severity
    focus: str
    focus_label: str | None
    path: str | None
    value: str | None
    message_ja: str
    message_en: str
    shape: str
    component: str
    line: int | None = None
    column: int | None = None

    def message(self, lang: Lang) -> str:
        return self.message_ja if lang == "ja" else self.message_en


@dataclass
class Report:
    """The outcome of validating one submission."""

    problems: list[Problem]
    triples: int
    findings: list[Finding] = field(repr=False, default_factory=list)

    @property
    def conforms(self) -> bool:
        return not any(p.severity == "Violation" for p in self.problems)

    @property
    def violations(self) -> int:
        return sum(p.severity == "Violation" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == "Warning" for p in self.problems)

    def summary(self) -> list[tuple[str, Severity, int]]:
        """(shape, severity, number of problems), most frequent first."""
        counts = Counter((p.shape, p.severity) for p in self.problems)
        return [(shape, sev, n) for (shape, sev), n in
                sorted(counts.items(), key=lambda item: (-item[1], item[0]))]

    def to_json(self, lang: Lang = "ja") -> dict[str, Any]:
        return {
            "conforms": self.conforms,
            "triples": self.triples,
            "violations": self.violations,
            "warnings": self.warnings,
            "summary": [{"shape": s, "severity": sev, "count": n}
                        for s, sev, n in self.summary()],
            "problems": [asdict(p) | {"message": p.message(lang)} for p in self.problems],
        }

    def text(self, lang: Lang = "ja", *, limit: int = 200) -> str:
        """A terminal report: verdict, a summary by shape when there are many, one block per
        problem (at most `limit`)."""
        words = LABELS[lang]
        verdict = words["conforms"] if self.conforms else words["fails"]
        lines = [f"{verdict} ({words['violations']}: {self.violations}, "
                 f"{words['warnings']}: {self.warnings}, {words['triples']}: {self.triples})"]
        if len(self.problems) > 10:
            lines += ["", words["summary"] + ":"]
            lines += [f"  {n:>6}  {words[sev]}  {shape}" for shape, sev, n in self.summary()]
        for problem in self.problems[:limit]:
            where = f"{problem.line}" + (f":{problem.column}" if problem.column else "")
            head = f"[{words[problem.severity]}]"
            if problem.line is not None:
                head += f" {words['line']} {where}"
            focus = problem.focus + (f" ({problem.focus_label})" if problem.focus_label else "")
            lines += ["", f"{head} {focus}"]
            if problem.path:
                lines.append(f"  {words['path']}: {problem.path}")
            if problem.value:
                lines.append(f"  {words['value']}: {problem.value}")
            lines.append(f"  {words['message']}: {problem.message(lang)}")
            lines.append(f"  {words['shape']}: {problem.shape}")
        if len(self.problems) > limit:
            lines += ["", f"… {len(self.problems) - limit} {words['more']}"]
        return "\n".join(lines) + "\n"

    def to_rdf(self) -> rdflib.Graph:
        """The standard SHACL validation report (sh:ValidationReport)."""
        graph = rdflib.Graph()
        graph.bind("sh", SH)
        report = rdflib.BNode()
        graph.add((report, rdflib.RDF.type, SH.ValidationReport))
        graph.add((report, SH.conforms, rdflib.Literal(self.conforms)))
        for finding in self.findings:
            result = rdflib.BNode()
            graph.add((report, SH.result, result))
            graph.add((result, rdflib.RDF.type, SH.ValidationResult))
            graph.add((result, SH.resultSeverity, SH[finding.severity]))
            graph.add((result, SH.focusNode, _rdflib_term(finding.focus)))
            graph.add((result, SH.sourceShape, finding.source_shape))  # type: ignore[arg-type]
            component = SH[f"{finding.component}ConstraintComponent"]
            graph.add((result, SH.sourceConstraintComponent, component))
            if finding.path is not None:
                graph.add((result, SH.resultPath, finding.path))  # type: ignore[arg-type]
            if finding.value is not None:
                graph.add((result, SH.value, _rdflib_term(finding.value)))
            graph.add((result, SH.resultMessage, rdflib.Literal(finding.message_ja, lang="ja")))
            graph.add((result, SH.resultMessage, rdflib.Literal(finding.message_en, lang="en")))
        return graph


def _rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def build_report(
    findings: list[Finding],
    *,
    triples: int,
    show: Callable[[object], str],
    label: Callable[[object], str | None],
    shape_name: Callable[[Finding], str],
    position: Callable[[object], tuple[int, int] | None],
) -> Report:
    """Problems from raw findings: merged, ordered by severity then where they were written."""
    ordered = sorted(findings, key=lambda f: (_RANK[f.severity],
                                              _COMPONENT_RANK.get(f.component, 2)))
    seen: set[tuple[str, ...]] = set()
    problems: list[Problem] = []
    for finding in ordered:
        focus = show(finding.focus)
        value = show(finding.value) if finding.value is not None else None
        key = ((finding.severity, focus, "value", value) if value is not None
               else (finding.severity, focus, finding.path_text or "", finding.message_en))
        if key in seen:
            continue
        seen.add(key)
        where = position(finding.focus)
        problems.append(Problem(
            severity=finding.severity,
            focus=focus,
            focus_label=label(finding.focus),
            path=_short_path(finding.path_text, show),
            value=value,
            message_ja=finding.message_ja,
            message_en=finding.message_en,
            shape=shape_name(finding),
            component=finding.component,
            line=where[0] if where else None,
            column=where[1] if where else None,
        ))
    problems.sort(key=lambda p: (_RANK[p.severity], p.line or 0, p.focus))
    return Report(problems, triples, findings)


def _short_path(path_text: str | None, show: Callable[[object], str]) -> str | None:
    """A SPARQL property path with its IRIs written as prefixed names."""
    if path_text is None:
        return None
    import re

    return re.sub(r"<([^>]*)>", lambda m: show(ox.NamedNode(m.group(1))), path_text)
