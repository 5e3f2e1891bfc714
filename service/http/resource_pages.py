"""Linked-data pages for instance IRIs: GET `/id/…` → HTML, a JSON twin, or RDF.

An instance IRI `{base}/id/…` is served at the same path on this host: browsers get a page
in plain Japanese — each property by its ontology label (ja, with the English one beside),
amounts in yen with separators, linked resources by their labels — with the quoted source
passage and document of every fact beside it (the graph keeps that evidence, see
docs/model.md), and for an indicator a chart of its targets and actuals by year.
`Accept: application/json` or a `.json` suffix gets the same as JSON, and Linked Data clients
asking for an RDF syntax get its description (`DESCRIBE`) in that syntax.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import rdflib
from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from loaders.resources import ontology_dir
from service.http.result_formats import GRAPH_TYPES, best_match, content_type, parse_accept
from service.http.sparql_protocol import ProtocolError
from service.http.store_host import StoreHost
from service.settings import Settings

TEMPLATE = Path(__file__).parent / "templates" / "resource.html"
JSON_TYPE = "application/sparql-results+json"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"  # topics are named this way
MK = "https://w3id.org/machikg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
MAX_INCOMING = 500
MAX_EVIDENCE = 500
# yen amounts (docs/model.md: mk:amount is integer yen)
MONEY_PROPERTIES = frozenset({MK + "amount"})
NUMERIC_TYPES = frozenset(
    XSD + t for t in ("integer", "decimal", "double", "float", "int", "long",
                      "nonNegativeInteger", "positiveInteger")
)
# statements that are bookkeeping, shown as the evidence itself (or not at all)
HIDDEN_PROPERTIES = frozenset({PROV + "wasDerivedFrom", MK + "topicAssignment"})
WHOLE_RESOURCE = PROV + "wasDerivedFrom"  # mk:property of evidence for the whole resource
# labels of the standard terms the graph uses; machikg's own come from the ontology
STANDARD_LABELS: dict[str, tuple[str, str]] = {
    LABEL: ("名称", "label"),
    RDF_TYPE: ("種類", "type"),
    "http://purl.org/dc/terms/description": ("説明", "description"),
    "http://purl.org/dc/terms/title": ("表題", "title"),
    "http://purl.org/dc/terms/identifier": ("識別子", "identifier"),
    "http://purl.org/dc/terms/isPartOf": ("上位", "is part of"),
    "http://purl.org/dc/terms/subject": ("テーマ", "subject"),
    "http://purl.org/dc/terms/source": ("掲載元", "source"),
    "http://www.w3.org/2000/01/rdf-schema#comment": ("コメント", "comment"),
    "http://www.w3.org/2004/02/skos/core#prefLabel": ("名称", "preferred label"),
    "http://www.w3.org/2004/02/skos/core#altLabel": ("別名", "alternative label"),
    "http://www.w3.org/2004/02/skos/core#notation": ("記号", "notation"),
    "http://www.w3.org/2004/02/skos/core#broader": ("上位概念", "broader"),
    "http://www.w3.org/2004/02/skos/core#inScheme": ("体系", "in scheme"),
    "http://www.w3.org/ns/org#unitOf": ("所属", "unit of"),
    "http://www.w3.org/ns/org#postIn": ("所属組織", "post in"),
    "http://purl.org/linked-data/cube#dataSet": ("データセット", "data set"),
    "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod": ("対象期間", "reference period"),
    "http://imi.go.jp/ns/core/rdf#通貨コード": ("通貨", "currency"),
    PROV + "value": ("引用", "quoted value"),
    PROV + "hadPrimarySource": ("出典文書", "primary source"),
}
_NON_ASCII_ESCAPES = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")
_ASCII_ESCAPE = re.compile(r"%([0-7][0-9A-Fa-f])")
# the ASCII characters loaders.iri.slug keeps unencoded (iunreserved, sub-delims, ":" "@")
IRI_KEPT = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@"
)
SUFFIXES = {
    ".json": "application/json",
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".jsonld": "application/ld+json",
    ".rdf": "application/rdf+xml",
}


def iri_from_path(raw_path: bytes, base: str) -> tuple[str, str | None]:
    """The IRI a request path names, and the media type a suffix asks for (if any).

    Percent-escapes of non-ASCII bytes are decoded (instance IRIs keep Japanese as is); the
    ASCII escapes that are part of the IRI itself stay as they are.
    """
    path = raw_path.decode("ascii", errors="strict")
    path = _NON_ASCII_ESCAPES.sub(lambda m: unquote(m.group(), errors="strict"), path)
    # `(` sent as %28 (Python's quote does) names the same IRI as `(`: minted IRIs keep
    # these characters as they are (loaders.iri.slug), so their escapes are undone
    path = _ASCII_ESCAPE.sub(
        lambda m: chr(int(m.group(1), 16)) if chr(int(m.group(1), 16)) in IRI_KEPT else m.group(),
        path,
    )
    for suffix, media_type in SUFFIXES.items():
        if path.endswith(suffix):
            return base + path.removesuffix(suffix), media_type
    return base + path, None


LINK_SCHEMES = ("http://", "https://", "mailto:")


def local_href(iri: str, base: str) -> str | None:
    """Where a page links to for an IRI: this service for instance IRIs, the IRI itself for
    http(s) and mailto IRIs, and nowhere (None) for any other scheme — a `javascript:` or
    `data:` IRI in submitted data must never become a link someone can click."""
    prefix = base.rstrip("/") + "/id/"
    if iri.startswith(prefix):
        return iri[len(base.rstrip("/")) :]
    return iri if iri.lower().startswith(LINK_SCHEMES) else None


def iri_html(iri: str, base: str) -> str:
    """An IRI as a link where it may be one, else as plain text."""
    href = local_href(iri, base)
    if href is None:
        return f'<span class="iri">{html.escape(iri)}</span>'
    return f'<a href="{html.escape(href)}">{html.escape(iri)}</a>'


def _sparql_iri(iri: str) -> str:
    if any(c in iri for c in '<>"{}|^`\\ \n'):
        raise ProtocolError(400, f"{iri!r} is not an IRI")
    return f"<{iri}>"


async def select_rows(host: StoreHost, query: str, timeout_s: float) -> list[dict[str, Any]]:
    formats = {"solutions": JSON_TYPE, "boolean": JSON_TYPE, "graph": None}
    answer = await host.request("query", {"query": query, "formats": formats}, timeout_s=timeout_s)
    return json.loads(await answer.body())["results"]["bindings"]


@functools.cache
def ontology_labels() -> dict[str, dict[str, str]]:
    """Every labelled term of the ontology files, {iri: {"ja": …, "en": …}}, read once."""
    labels: dict[str, dict[str, str]] = {
        iri: {"ja": ja, "en": en} for iri, (ja, en) in STANDARD_LABELS.items()
    }
    graph = rdflib.Graph()
    for path in sorted(ontology_dir().glob("*.ttl")):
        graph.parse(path, format="turtle")
    for subject, label in graph.subject_objects(rdflib.RDFS.label):
        if isinstance(subject, rdflib.URIRef) and isinstance(label, rdflib.Literal):
            labels.setdefault(str(subject), {})[label.language or "ja"] = str(label)
    return labels


def term_label(iri: str) -> dict[str, str]:
    """A term's labels; its local name when the ontology has none."""
    found = ontology_labels().get(iri)
    if found:
        return found
    local = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return {"ja": local, "en": local}


def _best_label(labels: dict[str, str]) -> str | None:
    return labels.get("ja") or labels.get("") or next(iter(labels.values()), None)


async def describe(host: StoreHost, iri: str, timeout_s: float) -> dict[str, Any]:
    """The resource as plain data: label, outgoing statements (with the labels, amounts and
    years of what they point at), incoming links, its evidence, and for an indicator its
    observations."""
    node = _sparql_iri(iri)
    outgoing = await select_rows(
        host,
        f"""SELECT ?p ?o ?g ?label ?labelLang ?amount ?year WHERE {{
          GRAPH ?g {{ {node} ?p ?o }}
          OPTIONAL {{ ?o <{LABEL}>|<{PREF_LABEL}> ?label BIND(LANG(?label) AS ?labelLang) }}
          OPTIONAL {{ ?o <{MK}amount> ?amount }}
          OPTIONAL {{ ?o <{MK}fiscalYear>/<{MK}year> ?year }}
        }} ORDER BY ?p ?o""",
        timeout_s,
    )
    incoming = await select_rows(
        host,
        f"""SELECT DISTINCT ?s ?p ?label ?labelLang WHERE {{
          {{ SELECT DISTINCT ?s ?p WHERE {{ GRAPH ?g {{ ?s ?p {node} }} }}
             ORDER BY ?p ?s LIMIT {MAX_INCOMING} }}
          OPTIONAL {{ ?s <{LABEL}> ?label BIND(LANG(?label) AS ?labelLang) }}
        }} ORDER BY ?p ?s""",
        timeout_s,
    )
    evidence = await select_rows(
        host,
        f"""SELECT DISTINCT ?evidence ?property ?quote ?start ?end ?page ?sheet ?cells ?path
                ?document ?title ?file WHERE {{
          {node} <{PROV}wasDerivedFrom> ?evidence .
          ?evidence <{PROV}value> ?quote .
          OPTIONAL {{ ?evidence <{MK}property> ?property }}
          OPTIONAL {{ ?evidence <{MK}startOffset> ?start }}
          OPTIONAL {{ ?evidence <{MK}endOffset> ?end }}
          OPTIONAL {{ ?evidence <{MK}pageNumber> ?page }}
          OPTIONAL {{ ?evidence <{MK}sheetName> ?sheet }}
          OPTIONAL {{ ?evidence <{MK}cellRange> ?cells }}
          OPTIONAL {{ ?evidence <{MK}dataPath> ?path }}
          OPTIONAL {{ ?evidence <{PROV}hadPrimarySource> ?document .
                     OPTIONAL {{ ?document <http://purl.org/dc/terms/title> ?title }}
                     OPTIONAL {{ ?document <http://purl.org/dc/terms/identifier> ?file }} }}
        }} ORDER BY ?start ?evidence LIMIT {MAX_EVIDENCE}""",
        timeout_s,
    )
    observations = await select_rows(
        host,
        f"""SELECT DISTINCT ?observation ?year ?kind ?value WHERE {{
          ?observation <{MK}indicator> {node} ;
                       <{MK}observationKind> ?kind ;
                       <{MK}value> ?value .
          OPTIONAL {{ ?observation <{MK}fiscalYear>/<{MK}year> ?year }}
        }} ORDER BY ?year ?kind""",
        timeout_s,
    )
    statements = _statements(outgoing)
    links = _incoming(incoming)
    evidences = [_evidence(row) for row in evidence]
    labels = [s["value"]["value"] for s in statements if s["property"] == LABEL]
    properties = {s["property"] for s in statements} | {link["property"] for link in links}
    return {
        "iri": iri,
        "label": labels[0] if labels else None,
        "statements": statements,
        "incoming": links,
        "evidence": evidences,
        "observations": [
            {
                "year": int(row["year"]["value"]) if "year" in row else None,
                "kind": row["kind"]["value"],
                "kindLabel": term_label(row["kind"]["value"]),
                "value": row["value"]["value"],
            }
            for row in observations
        ],
        "propertyLabels": {
            p: term_label(p) for p in sorted(properties | {e["property"] for e in evidences})
        },
    }


def _statements(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One statement per (property, value, graph), with the value's labels gathered."""
    merged: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["p"]["value"], row["o"]["type"], row["o"]["value"], row["g"]["value"])
        statement = merged.setdefault(key, {
            "property": row["p"]["value"], "value": row["o"], "graph": row["g"]["value"],
        })
        if "label" in row:
            labels = statement.setdefault("valueLabels", {})
            labels.setdefault(row.get("labelLang", {}).get("value", ""), row["label"]["value"])
        if "amount" in row:
            statement["valueAmount"] = row["amount"]["value"]
        if "year" in row:
            statement["valueYear"] = int(row["year"]["value"])
    for statement in merged.values():
        if "valueLabels" in statement:
            statement["valueLabel"] = _best_label(statement.pop("valueLabels"))
    return list(merged.values())


def _incoming(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        link = merged.setdefault((row["s"]["value"], row["p"]["value"]), {
            "subject": row["s"]["value"], "property": row["p"]["value"], "labels": {},
        })
        if "label" in row:
            link["labels"].setdefault(row.get("labelLang", {}).get("value", ""),
                                      row["label"]["value"])
    for link in merged.values():
        link["subjectLabel"] = _best_label(link.pop("labels"))
    return list(merged.values())


def _evidence(row: dict[str, Any]) -> dict[str, Any]:
    def value(name: str) -> str | None:
        return row[name]["value"] if name in row else None

    def number(name: str) -> int | None:
        return int(row[name]["value"]) if name in row else None

    return {
        "evidence": value("evidence"),
        "property": value("property") or WHOLE_RESOURCE,
        "quote": value("quote"),
        "start": number("start"),
        "end": number("end"),
        "page": number("page"),
        "sheet": value("sheet"),
        "cells": value("cells"),
        "dataPath": value("path"),
        "document": value("document"),
        "documentTitle": value("title") or value("file"),
    }


def format_number(lexical: str) -> str:
    """A number with thousands separators, as Japanese readers write it (148,143,000)."""
    try:
        number = Decimal(lexical.strip())
    except InvalidOperation:
        return lexical
    if not number.is_finite():
        return lexical
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number:,f}".rstrip("0").rstrip(".")


def format_yen(lexical: str) -> str:
    return f"{format_number(lexical)}円"


def linked_html(iri: str, label: str | None, base: str) -> str:
    """A link to a resource shown by its label (the IRI as its tooltip), or the IRI."""
    if not label:
        return iri_html(iri, base)
    href = local_href(iri, base)
    if href is None:
        return f'<span class="iri" title="{html.escape(iri)}">{html.escape(label)}</span>'
    return f'<a href="{html.escape(href)}" title="{html.escape(iri)}">{html.escape(label)}</a>'


def _value_html(statement: dict[str, Any], base: str) -> str:
    term = statement["value"]
    if term["type"] == "uri":
        label = statement.get("valueLabel")
        if label is None and statement["property"] == RDF_TYPE:
            label = term_label(term["value"]).get("ja")
        shown = linked_html(term["value"], label, base)
        if "valueAmount" in statement:  # a budget: its amount is what a reader wants
            year = statement.get("valueYear")
            when = f"{year}年度 " if year else ""
            shown = (f'<span class="amount">{html.escape(when)}'
                     f'{html.escape(format_yen(statement["valueAmount"]))}</span> ({shown})')
        return shown
    if term["type"] == "bnode":
        return html.escape("_:" + term["value"])
    text = term["value"]
    if statement["property"] in MONEY_PROPERTIES:
        return f'<span class="amount">{html.escape(format_yen(text))}</span>'
    if term.get("datatype") in NUMERIC_TYPES:
        return f'<span class="number">{html.escape(format_number(text))}</span>'
    return html.escape(text)


def _evidence_html(evidence: dict[str, Any], base: str) -> str:
    """A quoted passage with the document it is from and where in it."""
    where = []
    if evidence.get("page"):
        where.append(f"{evidence['page']}ページ")
    if evidence.get("sheet"):
        where.append(f"シート「{evidence['sheet']}」{evidence.get('cells') or ''}")
    if evidence.get("dataPath"):
        where.append(f"データ位置 {evidence['dataPath']}")
    if evidence.get("start") is not None and evidence.get("end") is not None:
        where.append(f"{evidence['start'] + 1}–{evidence['end']}文字目")
    document = evidence.get("document")
    cite = (linked_html(document, evidence.get("documentTitle"), base) if document
            else "出典文書不明")
    return (
        f'<figure class="evidence"><blockquote>{html.escape(evidence["quote"] or "")}'
        f'</blockquote><figcaption>{cite} <span class="note">'
        f'{html.escape(" · ".join(where))}</span></figcaption></figure>'
    )


def _property_html(iri: str, base: str) -> str:
    labels = term_label(iri)
    ja, en = labels.get("ja") or labels.get("en") or iri, labels.get("en")
    english = f' <span class="en">{html.escape(en)}</span>' if en and en != ja else ""
    # machikg's own terms are explained on this service's ontology page
    href = "/ontology#" + iri[len(MK):] if iri.startswith(MK) else local_href(iri, base)
    name = (f'<a href="{html.escape(href)}" title="{html.escape(iri)}">{html.escape(ja)}</a>'
            if href else html.escape(ja))
    return f"{name}{english}"


def _observation_table(observations: list[dict[str, Any]]) -> str:
    kinds = sorted({o["kind"] for o in observations})
    years = sorted({o["year"] for o in observations}, key=lambda y: (y is None, y or 0))
    value = {(o["year"], o["kind"]): o["value"] for o in observations}
    head = "".join(
        f"<th>{html.escape(term_label(k).get('ja') or k)}</th>" for k in kinds
    )
    rows = "".join(
        f"<tr><th>{'' if y is None else f'{y}年度'}</th>"
        + "".join(
            f'<td class="num">{html.escape(format_number(value[(y, k)]))}</td>'
            if (y, k) in value else "<td></td>" for k in kinds
        )
        + "</tr>"
        for y in years
    )
    return (f'<table id="observations"><thead><tr><th>年度</th>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def render_html(resource: dict[str, Any], base: str) -> str:
    """The page: facts by property with their source passages, then everything that
    refers to the resource; the observations of an indicator as a table and chart data."""
    by_property: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for evidence in resource.get("evidence", []):
        by_property[evidence["property"]].append(evidence)
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for statement in resource["statements"]:
        if statement["property"] not in HIDDEN_PROPERTIES:
            grouped[statement["property"]].append(statement)
    order = sorted(grouped, key=lambda p: (p != LABEL, p != RDF_TYPE, term_label(p).get("ja", p)))
    rows = []
    for prop in order:
        values = "<br>".join(_value_html(s, base) for s in grouped[prop])
        quotes = "".join(_evidence_html(e, base) for e in by_property.pop(prop, []))
        rows.append(f'<tr><th scope="row">{_property_html(prop, base)}</th>'
                    f'<td>{values}</td><td class="sources">{quotes}</td></tr>')
    whole = by_property.pop(WHOLE_RESOURCE, [])
    for prop, evidences in sorted(by_property.items()):  # evidence of facts not stated here
        quotes = "".join(_evidence_html(e, base) for e in evidences)
        rows.append(f'<tr><th scope="row">{_property_html(prop, base)}</th><td></td>'
                    f'<td class="sources">{quotes}</td></tr>')
    sources = "".join(_evidence_html(e, base) for e in whole)
    graphs = sorted({s["graph"] for s in resource["statements"]})
    incoming = "\n".join(
        f"<tr><td>{linked_html(s['subject'], s.get('subjectLabel'), base)}</td>"
        f"<td>{_property_html(s['property'], base)}</td></tr>"
        for s in resource["incoming"]
    )
    observations = resource.get("observations", [])
    chart = ""
    if observations:
        data = json.dumps(observations, ensure_ascii=False).replace("</", "<\\/")
        chart = (
            '<h2>目標と実績 <span class="en">targets and actuals</span></h2>'
            '<div id="indicator-chart" class="chart" role="img" aria-label="目標と実績の推移">'
            "</div>" + _observation_table(observations)
            + f'<script id="observation-data" type="application/json">{data}</script>'
        )
    types = [term_label(s["value"]["value"]).get("ja", "") for s in resource["statements"]
             if s["property"] == RDF_TYPE and s["value"]["type"] == "uri"]
    kinds = " · ".join(dict.fromkeys(t for t in types if t))
    title = resource["label"] or resource["iri"]
    return (
        TEMPLATE.read_text(encoding="utf-8")
        .replace("{{TITLE}}", html.escape(title))
        .replace("{{KINDS}}", html.escape(kinds))
        .replace("{{IRI}}", html.escape(resource["iri"]))
        .replace("{{SOURCES}}", sources or '<p class="note">—</p>')
        .replace("{{ROWS}}", "\n".join(rows))
        .replace("{{CHART}}", chart)
        .replace("{{GRAPHS}}", " · ".join(html.escape(g) for g in graphs))
        .replace("{{INCOMING}}", incoming)
        .replace("{{JSON_HREF}}", html.escape((local_href(resource["iri"], base) or "") + ".json"))
        .replace("{{TURTLE_HREF}}", html.escape((local_href(resource["iri"], base) or "") + ".ttl"))
    )


async def resource_response(request: Request, settings: Settings, host: StoreHost) -> Response:
    """Answer a GET on an instance path in the representation the client asks for."""
    try:
        iri, suffix_type = iri_from_path(request.scope["raw_path"], settings.base)
    except (UnicodeDecodeError, UnicodeError):
        raise ProtocolError(400, "the path is not a valid IRI (bad percent-encoding)") from None
    accept = request.headers.get("accept")
    ranges = parse_accept(accept)
    # parse_accept reads application/json as SPARQL JSON results; here it means the twin
    offered = ("text/html", JSON_TYPE, *GRAPH_TYPES)
    wanted = suffix_type or best_match(ranges, offered)
    if wanted is None:
        raise ProtocolError(
            406,
            "this resource is available as text/html, application/json"
            f" and {', '.join(GRAPH_TYPES)}",
        )
    if wanted == JSON_TYPE:
        wanted = "application/json"
    headers = {"Vary": "Accept"}
    if wanted in GRAPH_TYPES:
        formats = {"solutions": None, "boolean": None, "graph": wanted}
        answer = await host.request(
            "query",
            {"query": f"DESCRIBE {_sparql_iri(iri)}", "formats": formats},
            timeout_s=settings.query_timeout_s,
        )
        body = await answer.body()
        if not body.strip() or body.strip() == b"{}" or body.strip() == b"[]":
            raise ProtocolError(404, f"nothing is known about <{iri}>")
        return Response(body, media_type=content_type(wanted), headers=headers)
    resource = await describe(host, iri, settings.query_timeout_s)
    if not resource["statements"] and not resource["incoming"]:
        raise ProtocolError(404, f"nothing is known about <{iri}>")
    if wanted == "application/json":
        return JSONResponse(resource, headers=headers)
    return HTMLResponse(render_html(resource, settings.base), headers=headers)
