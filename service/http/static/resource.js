// A resource page: an indicator's targets and actuals by fiscal year as a line chart.
// The observations come from the page itself (a JSON block the server wrote), so no request.
"use strict";

(() => {
  const data = document.getElementById("observation-data");
  const container = document.getElementById("indicator-chart");
  if (!data || !container) return;
  const observations = JSON.parse(data.textContent);
  const byKind = new Map();
  for (const o of observations) {
    const value = Number(o.value);
    if (o.year === null || !Number.isFinite(value)) continue;  // a target without a year
    const name = (o.kindLabel && (o.kindLabel.ja || o.kindLabel.en)) || o.kind;
    if (!byKind.has(name)) byKind.set(name, []);
    byKind.get(name).push({ x: o.year, y: value });
  }
  if (byKind.size === 0) { container.hidden = true; return; }
  const series = [...byKind].map(([name, points]) => ({ name, points }));
  machikgChart.lines(container, series, { title: document.querySelector("h1").textContent });
})();
