// Small SVG charts drawn by the page itself: bars by label, lines by fiscal year.
// No library and nothing from another origin (the Content-Security-Policy allows neither);
// colours and fonts come from query.css through class names.
"use strict";

const machikgChart = (() => {
  const SVG = "http://www.w3.org/2000/svg";
  const SERIES_CLASSES = 8;  // .series-0 … .series-7 in query.css

  function el(name, attributes = {}, text = null) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (text !== null) node.textContent = text;
    return node;
  }

  function formatNumber(value) {
    return Number(value).toLocaleString("ja-JP", { maximumFractionDigits: 2 });
  }

  function niceRange(values) {
    // the axis runs from 0 (or the lowest value, if negative) to a round number above the top
    let low = Math.min(0, ...values);
    let high = Math.max(0, ...values);
    if (low === high) high = low + 1;
    const step = Math.pow(10, Math.floor(Math.log10(high - low)));
    const unit = [1, 2, 5, 10].map((m) => m * step / 2).find((u) => (high - low) / u <= 8) || step;
    return { low: Math.floor(low / unit) * unit, high: Math.ceil(high / unit) * unit, unit };
  }

  function shorten(text, length) {
    return text.length > length ? text.slice(0, length - 1) + "…" : text;
  }

  function frame(container, width, height, title) {
    container.replaceChildren();
    const svg = el("svg", {
      viewBox: `0 0 ${width} ${height}`, width, height, role: "img", class: "chart-svg",
    });
    svg.append(el("title", {}, title));
    container.append(svg);
    return svg;
  }

  // items: [{label, value}], horizontal bars (long Japanese labels stay readable)
  function bars(container, items, { title = "", unit = "" } = {}) {
    const shown = items.slice(0, 40);
    const left = 250, right = 110, top = 28, row = 24;
    const width = 760, height = top + row * shown.length + 30;
    const svg = frame(container, width, height, title);
    const range = niceRange(shown.map((d) => d.value));
    const x = (v) => left + (v - range.low) / (range.high - range.low) * (width - left - right);
    svg.append(el("text", { x: left, y: 16, class: "chart-title" }, title));
    for (let v = range.low; v <= range.high + range.unit / 2; v += range.unit) {
      svg.append(el("line", { x1: x(v), x2: x(v), y1: top - 4, y2: height - 26, class: "grid" }));
      svg.append(el("text", { x: x(v), y: height - 10, class: "tick", "text-anchor": "middle" },
                    formatNumber(v)));
    }
    shown.forEach((d, i) => {
      const y = top + i * row;
      const start = x(Math.min(0, d.value)), end = x(Math.max(0, d.value));
      const label = el("text", { x: left - 8, y: y + row * 0.65, class: "label",
                                 "text-anchor": "end" }, shorten(d.label, 19));
      label.append(el("title", {}, d.label));
      svg.append(label);
      const bar = el("rect", { x: start, y: y + 4, width: Math.max(1, end - start),
                               height: row - 8, class: "bar series-0" });
      bar.append(el("title", {}, `${d.label}: ${formatNumber(d.value)}${unit}`));
      svg.append(bar);
      svg.append(el("text", { x: end + 6, y: y + row * 0.65, class: "value" },
                    formatNumber(d.value) + unit));
    });
    return svg;
  }

  // series: [{name, points: [{x: year, y: value}]}], one line per series
  function lines(container, series, { title = "", unit = "", xLabel = (x) => `${x}年度` } = {}) {
    const shown = series.slice(0, SERIES_CLASSES);
    const years = [...new Set(shown.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
    const values = shown.flatMap((s) => s.points.map((p) => p.y));
    const left = 90, right = 30, top = 30, bottom = 50 + 18 * Math.ceil(shown.length / 2);
    const width = 760, height = 300 + bottom - 50;
    const svg = frame(container, width, height, title);
    const range = niceRange(values);
    const plotBottom = height - bottom;
    const x = (year) => years.length === 1 ? (left + width - right) / 2
      : left + (year - years[0]) / (years[years.length - 1] - years[0]) * (width - left - right);
    const y = (v) => plotBottom - (v - range.low) / (range.high - range.low) * (plotBottom - top);
    svg.append(el("text", { x: left, y: 18, class: "chart-title" }, title));
    for (let v = range.low; v <= range.high + range.unit / 2; v += range.unit) {
      svg.append(el("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), class: "grid" }));
      svg.append(el("text", { x: left - 6, y: y(v) + 4, class: "tick", "text-anchor": "end" },
                    formatNumber(v)));
    }
    for (const year of years) {
      svg.append(el("text", { x: x(year), y: plotBottom + 18, class: "tick",
                              "text-anchor": "middle" }, xLabel(year)));
    }
    shown.forEach((s, i) => {
      const points = [...s.points].sort((a, b) => a.x - b.x);
      const css = `series-${i % SERIES_CLASSES}`;
      svg.append(el("polyline", {
        points: points.map((p) => `${x(p.x)},${y(p.y)}`).join(" "), class: `line ${css}`,
      }));
      for (const p of points) {
        const dot = el("circle", { cx: x(p.x), cy: y(p.y), r: 4, class: `dot ${css}` });
        dot.append(el("title", {}, `${s.name} ${xLabel(p.x)}: ${formatNumber(p.y)}${unit}`));
        svg.append(dot);
      }
      const lx = left + (i % 2) * 330, ly = plotBottom + 40 + 18 * Math.floor(i / 2);
      svg.append(el("rect", { x: lx, y: ly - 10, width: 14, height: 10, class: `bar ${css}` }));
      svg.append(el("text", { x: lx + 20, y: ly, class: "legend" }, shorten(s.name, 30)));
    });
    return svg;
  }

  return { bars, lines, formatNumber };
})();
