// The query page: examples, running a query against /sparql, a results table with amounts
// formatted, a chart of any numeric column, downloads, and syntax errors pointed at.
// Plain JavaScript, no build step and nothing loaded from another origin (chart.js is ours).
"use strict";

const endpoint = document.getElementById("endpoint").textContent.trim();
const instanceBase = document.body.dataset.base + "/id/";
const examples = JSON.parse(document.getElementById("examples").textContent);
const queryBox = document.getElementById("query");
const select = document.getElementById("example");
const description = document.getElementById("example-description");
const paramsBox = document.getElementById("params");
const statusLine = document.getElementById("status");
const table = document.getElementById("results");
const raw = document.getElementById("raw");
const chartBox = document.getElementById("chart");
const errorContext = document.getElementById("error-context");
const NUMERIC_TYPES = new Set(["integer", "decimal", "double", "float", "int", "long", "short",
  "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
  "unsignedInt", "unsignedLong"].map((t) => "http://www.w3.org/2001/XMLSchema#" + t));
const MONEY_COLUMN = /amount|budget|yen|cost|金額|予算|事業費|円/i;
const YEAR_COLUMN = /year|年度/i;
const MAX_ROWS_SHOWN = 5000;  // more would freeze the page; downloads have them all
const downloads = {
  csv: document.getElementById("download-csv"),
  json: document.getElementById("download-json"),
};

function paramName(spec) {
  // "# param: name — what it is" → "name"
  return spec.split(/[\s—:-]/)[0].replace(/^[?$]/, "");
}

function showExample(index) {
  paramsBox.replaceChildren();
  if (index === "") { description.textContent = ""; return; }
  const example = examples[Number(index)];
  queryBox.value = example.query;
  description.textContent = example.description;
  for (const spec of example.params) {
    const name = paramName(spec);
    const label = document.createElement("label");
    label.textContent = `?${name} `;
    const input = document.createElement("input");
    input.dataset.param = name;
    input.placeholder = spec;
    input.size = 30;
    label.append(input);
    paramsBox.append(label);
  }
}

function sparqlString(value) {
  return '"' + value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n") + '"';
}

function requestParams(extra = {}) {
  // Bound parameters travel as `$name` (RDF4J's convention), pre-binding the variable the
  // way `machikg query --bind` does; a value is an N-Triples string literal.
  const params = new URLSearchParams({ query: queryBox.value, ...extra });
  for (const input of paramsBox.querySelectorAll("input")) {
    if (input.value !== "") params.append("$" + input.dataset.param, sparqlString(input.value));
  }
  return params;
}

function setStatus(text, isError = false) {
  statusLine.textContent = text;
  statusLine.className = isError ? "error" : "";
}

function linkable(iri) {
  return /^(https?:\/\/|mailto:)/i.test(iri);
}

function isNumeric(term) {
  return Boolean(term) && term.type === "literal" && NUMERIC_TYPES.has(term.datatype)
    && Number.isFinite(Number(term.value));
}

function formatAmount(term, column) {
  // 148143000 → "148,143,000円" in a money column, "148,143,000" elsewhere
  const text = machikgChart.formatNumber(term.value);
  return MONEY_COLUMN.test(column) && !YEAR_COLUMN.test(column) ? text + "円" : text;
}

function cell(term, column) {
  const td = document.createElement("td");
  if (!term) return td;
  if (isNumeric(term) && !YEAR_COLUMN.test(column)) {
    td.className = "num";
    td.textContent = formatAmount(term, column);
    td.title = term.value;
    return td;
  }
  if (term.type === "uri" && !linkable(term.value)) {
    td.textContent = term.value; // javascript:, data: … IRIs are data, never links
  } else if (term.type === "uri") {
    const a = document.createElement("a");
    // instance IRIs have their page on this service; others link to where they point
    a.href = term.value.startsWith(instanceBase)
      ? term.value.slice(instanceBase.length - "/id/".length) : term.value;
    a.textContent = term.value;
    a.target = "_blank";
    a.rel = "noopener";
    td.append(a);
  } else if (term.type === "bnode") {
    td.textContent = "_:" + term.value;
  } else if (term.type === "triple") {
    td.textContent = `<< ${term.value.subject.value} ${term.value.predicate.value} ${term.value.object.value} >>`;
  } else {
    td.textContent = term.value;
    const note = document.createElement("span");
    if (term["xml:lang"]) { note.className = "lang"; note.textContent = "@" + term["xml:lang"]; }
    else if (term.datatype) { note.className = "datatype"; note.textContent = term.datatype.replace(/^.*[#/]/, ""); }
    if (note.textContent) td.append(note);
  }
  return td;
}

function showTable(json) {
  raw.hidden = true;
  const head = table.querySelector("thead");
  const body = table.querySelector("tbody");
  head.replaceChildren();
  body.replaceChildren();
  if ("boolean" in json) {
    const tr = document.createElement("tr");
    const td = document.createElement("td");
    td.textContent = String(json.boolean);
    tr.append(td);
    body.append(tr);
    return 1;
  }
  const vars = json.head.vars;
  const headRow = document.createElement("tr");
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v;
    headRow.append(th);
  }
  head.append(headRow);
  const fragment = document.createDocumentFragment();
  for (const binding of json.results.bindings.slice(0, MAX_ROWS_SHOWN)) {
    const tr = document.createElement("tr");
    for (const v of vars) tr.append(cell(binding[v], v));
    fragment.append(tr);
  }
  body.append(fragment);
  return json.results.bindings.length;
}

function showRaw(text) {
  table.querySelector("thead").replaceChildren();
  table.querySelector("tbody").replaceChildren();
  raw.textContent = text;
  raw.hidden = false;
}

function clearResults() {
  // a failed query must not leave the previous answer on screen as if it were this one's
  table.querySelector("thead").replaceChildren();
  table.querySelector("tbody").replaceChildren();
  raw.textContent = "";
  raw.hidden = true;
  chartBox.replaceChildren();
  chartBox.hidden = true;
  errorContext.textContent = "";
  errorContext.hidden = true;
}

function termText(term) {
  if (!term) return "";
  if (term.type === "uri") {
    const local = term.value.replace(/[/#]+$/, "").split(/[/#]/).pop();
    try { return decodeURIComponent(local); } catch { return local; }
  }
  return term.value;
}

function numericColumns(vars, rows) {
  return vars.filter((v) => rows.some((b) => b[v]) && rows.every((b) => !b[v] || isNumeric(b[v])));
}

function showChart(json) {
  // bars by label, or lines by fiscal year when the result has a year column
  chartBox.replaceChildren();
  chartBox.hidden = true;
  if (!json.head || !json.results) return;
  const vars = json.head.vars;
  const rows = json.results.bindings;
  const numeric = numericColumns(vars, rows);
  const yearVar = numeric.find((v) => YEAR_COLUMN.test(v));
  const valueVar = numeric.find((v) => v !== yearVar);
  if (!valueVar || rows.length === 0) return;
  const labelVars = vars.filter((v) => !numeric.includes(v));
  const labelOf = (b) => labelVars.map((v) => termText(b[v])).filter(Boolean).join(" · ") || "—";
  const unit = MONEY_COLUMN.test(valueVar) ? "円" : "";
  const title = `${valueVar}${yearVar ? ` / ${yearVar}` : ""}`;
  chartBox.hidden = false;
  if (yearVar) {
    const series = new Map();
    for (const b of rows) {
      if (!b[yearVar] || !b[valueVar]) continue;
      const name = labelOf(b);
      if (!series.has(name)) series.set(name, []);
      series.get(name).push({ x: Number(b[yearVar].value), y: Number(b[valueVar].value) });
    }
    machikgChart.lines(chartBox, [...series].map(([name, points]) => ({ name, points })),
      { title, unit });
  } else {
    const items = rows.filter((b) => b[valueVar])
      .map((b) => ({ label: labelOf(b), value: Number(b[valueVar].value) }));
    machikgChart.bars(chartBox, items, { title, unit });
  }
}

// Every bare word SPARQL 1.1 knows (keywords and built-in functions): any other bare word in
// a query is a typo, and the parser's own position is often past it (it reads ahead).
const SPARQL_WORDS = new Set(`BASE PREFIX SELECT DISTINCT REDUCED AS CONSTRUCT WHERE DESCRIBE
  ASK FROM NAMED GROUP BY HAVING ORDER ASC DESC LIMIT OFFSET VALUES LOAD SILENT INTO CLEAR DROP
  CREATE ADD MOVE COPY TO INSERT DATA DELETE WITH USING DEFAULT GRAPH ALL OPTIONAL SERVICE BIND
  UNDEF MINUS UNION FILTER A IN NOT EXISTS TRUE FALSE STR LANG LANGMATCHES DATATYPE BOUND IRI URI
  BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS
  STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5
  SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL
  ISNUMERIC REGEX SUBSTR REPLACE COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR LATERAL
  TRIPLE SUBJECT PREDICATE OBJECT ISTRIPLE ADJUST`.split(/\s+/));

function unknownWord(text) {
  // strings, IRIs and comments are blanked out (same length, so positions hold)
  const masked = text.replace(
    /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*/g,
    (m) => m.replace(/[^\n]/g, " "));
  const word = /(?<![\w:?$@.\-\\])[A-Za-z_][\w\-]*(?![\w:\-])/g;
  for (const match of masked.matchAll(word)) {
    if (!SPARQL_WORDS.has(match[0].toUpperCase())) return { token: match[0], offset: match.index };
  }
  return null;
}

function placeOf(offset) {
  const before = queryBox.value.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function syntaxErrorPlace(message) {
  // "… at line 3, column 11: expected …" (the service) or "(line 3, column 11)"
  const match = /line (\d+), column (\d+)/.exec(message);
  if (!match) return null;
  const reported = { line: Number(match[1]), column: Number(match[2]) };
  const lines = queryBox.value.split("\n");
  let offset = 0;
  for (let i = 0; i < reported.line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset += Math.min(reported.column - 1, (lines[reported.line - 1] ?? "").length);
  let token = null;
  const typo = /syntax error/i.test(message) ? unknownWord(queryBox.value) : null;
  if (typo && typo.offset <= offset) {
    ({ token, offset } = typo);
  } else {
    const rest = queryBox.value.slice(offset);
    token = (/^\s*([^\s{}()\[\];,]+|\S)/.exec(rest) || [])[1] || null;
    if (token) offset += rest.indexOf(token);
  }
  const place = placeOf(offset);
  return { ...place, reported, token, offset, text: lines[place.line - 1] ?? "" };
}

function showError(status, message) {
  clearResults();
  const place = syntaxErrorPlace(message);
  if (!place) { setStatus(`${status}: ${message}`, true); return; }
  const near = place.token ? `at “${place.token}”` : "at the end of the query";
  const syntax = /syntax error/i.test(message);
  const detail = syntax ? message.replace(/^.*?column \d+\)?:?\s*/, "") : message;
  const parser = place.line !== place.reported.line || place.column !== place.reported.column
    ? ` (the parser stopped at line ${place.reported.line}, column ${place.reported.column})` : "";
  setStatus(`${status} ${syntax ? "構文エラー (syntax error) " : ""}line ${place.line},`
    + ` column ${place.column}, ${near}${detail ? ": " + detail : ""}${parser}`, true);
  errorContext.textContent = `${place.line} | ${place.text}\n`
    + " ".repeat(String(place.line).length + 3 + place.column - 1) + "^";
  errorContext.hidden = false;
  queryBox.focus();
  queryBox.setSelectionRange(place.offset, place.offset + (place.token ? place.token.length : 0));
}

async function run() {
  setStatus("running…");
  const started = performance.now();
  for (const button of Object.values(downloads)) button.disabled = true;
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: requestParams(),
    });
    const text = await response.text();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      showError(`${response.status} ${response.statusText}`, text.trim());
      return;
    }
    clearResults();
    const type = response.headers.get("Content-Type") || "";
    if (type.startsWith("application/sparql-results+json")) {
      const json = JSON.parse(text);
      const rows = showTable(json);
      showChart(json);
      const shown = rows > MAX_ROWS_SHOWN ? ` (first ${MAX_ROWS_SHOWN} shown; download for all)` : "";
      setStatus(`${rows} row${rows === 1 ? "" : "s"} in ${seconds} s${shown}`);
      for (const button of Object.values(downloads)) button.disabled = false;
    } else {
      showRaw(text);
      setStatus(`${type.split(";")[0]} in ${seconds} s`);
    }
  } catch (error) {
    clearResults();
    setStatus(`the request failed: ${error}`, true);
  }
}

function download(format) {
  const url = `${endpoint}?${requestParams({ format })}`;
  const a = document.createElement("a");
  a.href = url;
  a.download = `results.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
}

select.addEventListener("change", () => showExample(select.value));
document.getElementById("run").addEventListener("click", run);
downloads.csv.addEventListener("click", () => download("csv"));
downloads.json.addEventListener("click", () => download("json"));
queryBox.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
});
