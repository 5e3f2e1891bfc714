// The validation form (GET /validate): the file is sent as it is, with a media type from its
// name, to POST /validate or (with a token) POST /submissions; the JSON report becomes a table.
// No inline script or style: the page runs under the service's strict Content-Security-Policy.
"use strict";

const MEDIA_TYPES = {
  ttl: "text/turtle", trig: "application/trig", nt: "application/n-triples",
  nq: "application/n-quads", jsonld: "application/ld+json", json: "application/ld+json",
  rdf: "application/rdf+xml", xml: "application/rdf+xml", owl: "application/rdf+xml",
  csv: "text/csv",
};
const WORDS = {
  ja: { conforms: "適合", fails: "不適合", violations: "違反", warnings: "警告", Violation: "違反",
        Warning: "警告", Info: "情報", choose: "ファイルを選んでください", stored: "保存しました",
        error: "読み込めません" },
  en: { conforms: "Conforms", fails: "Does not conform", violations: "violations",
        warnings: "warnings", Violation: "Violation", Warning: "Warning", Info: "Info",
        choose: "Choose a file", stored: "Stored as", error: "Cannot read" },
};
let downloadUrls = [];

function lang() { return document.getElementById("lang").value; }

function relabel() {
  const l = lang();
  document.documentElement.lang = l;
  for (const node of document.querySelectorAll("[data-ja]")) {
    node.textContent = node.dataset[l];
  }
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text === null || text === undefined ? "" : String(text);
  row.appendChild(td);
}

function show(report, file) {
  const l = lang(), w = WORDS[l];
  const verdict = document.getElementById("verdict");
  verdict.className = report.conforms ? "conforms" : "fails";
  let text = `${report.conforms ? w.conforms : w.fails} (${w.violations}: ${report.violations},`
    + ` ${w.warnings}: ${report.warnings})`;
  if (report.graph) text += ` — ${w.stored} ${report.graph}`;
  verdict.textContent = text;
  const body = document.querySelector("#report tbody");
  body.replaceChildren();
  for (const p of report.problems) {
    const row = document.createElement("tr");
    row.className = p.severity;
    cell(row, w[p.severity] || p.severity);
    cell(row, p.line === null ? "" : (p.column ? `${p.line}:${p.column}` : p.line));
    cell(row, p.focus);
    cell(row, p.focus_label);
    cell(row, p.path);
    cell(row, p.value);
    cell(row, l === "ja" ? p.message_ja : p.message_en);
    body.appendChild(row);
  }
  document.getElementById("report").hidden = report.problems.length === 0;
  offerDownloads(file);
}

async function offerDownloads(file) {
  for (const url of downloadUrls) URL.revokeObjectURL(url);
  downloadUrls = [];
  const [ttl, json] = await Promise.all([
    send("/validate", file, { Accept: "text/turtle" }).then((r) => r.blob()),
    send("/validate", file, { Accept: "application/json" }).then((r) => r.blob()),
  ]);
  for (const [id, blob] of [["download-ttl", ttl], ["download-json", json]]) {
    const url = URL.createObjectURL(blob);
    downloadUrls.push(url);
    document.getElementById(id).href = url;
  }
  document.getElementById("downloads").hidden = false;
}

function send(path, file, headers) {
  const suffix = file.name.includes(".") ? file.name.split(".").pop().toLowerCase() : "";
  const type = MEDIA_TYPES[suffix] || "application/octet-stream";
  const url = `${path}?filename=${encodeURIComponent(file.name)}&lang=${lang()}`;
  return fetch(url, { method: "POST", body: file,
                      headers: { "Content-Type": type, "Accept-Language": lang(), ...headers } });
}

async function run(path) {
  const file = document.getElementById("file").files[0];
  const verdict = document.getElementById("verdict");
  if (!file) { verdict.textContent = WORDS[lang()].choose; return; }
  const headers = { Accept: "application/json" };
  const token = document.getElementById("token").value.trim();
  if (path === "/submissions") headers.Authorization = `Bearer ${token}`;
  const response = await send(path, file, headers);
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : { error: await response.text() };
  if (body.problems) { show(body, file); return; }
  verdict.className = "fails";
  verdict.textContent = `${WORDS[lang()].error} (${response.status}): ${body.error || ""}`;
  document.getElementById("report").hidden = true;
}

document.addEventListener("DOMContentLoaded", () => {
  relabel();
  document.getElementById("lang").addEventListener("change", relabel);
  document.getElementById("validate").addEventListener("click", () => run("/validate"));
  document.getElementById("submit").addEventListener("click", () => run("/submissions"));
});
