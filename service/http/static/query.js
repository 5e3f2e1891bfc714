// The query page: examples, running a query against /sparql, a results table, downloads.
// Plain JavaScript, no build step and nothing loaded from another origin.
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

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
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
    for (const v of vars) tr.append(cell(binding[v]));
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
      setStatus(`${response.status} ${response.statusText}: ${text}`, true);
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (type.startsWith("application/sparql-results+json")) {
      const rows = showTable(JSON.parse(text));
      const shown = rows > MAX_ROWS_SHOWN ? ` (first ${MAX_ROWS_SHOWN} shown; download for all)` : "";
      setStatus(`${rows} row${rows === 1 ? "" : "s"} in ${seconds} s${shown}`);
      for (const button of Object.values(downloads)) button.disabled = false;
    } else {
      showRaw(text);
      setStatus(`${type.split(";")[0]} in ${seconds} s`);
    }
  } catch (error) {
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
