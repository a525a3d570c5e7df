import type { ColumnDrift, DatasetDrift } from "@airr/core";

const MAX_BINS = 40;
const MAX_CATEGORIES = 30;

interface ChartData {
  labels: string[];
  reference: number[];
  current: number[];
}

/**
 * The self-contained HTML drift report: summary, a table sorted by drift severity, and per
 * column a Chart.js bar chart of reference vs current shares (histogram on shared bins for
 * numbers, category bars for categories). `chartJs` is the Chart.js UMD source, inlined so the
 * file needs no network.
 */
export function renderReport(
  result: DatasetDrift,
  chartJs: string,
  meta: { reference: string; current: string; generatedAt: string },
): string {
  const columns = [...result.columns].sort((a, b) => severity(b) - severity(a));
  const charts = columns.map((c) => chartData(c));
  const rows = columns
    .map((c, i) => {
      const first = c.checks[0];
      const cells =
        first === undefined
          ? "<td>-</td><td>-</td><td>-</td>"
          : "error" in first
            ? `<td>${esc(first.test)}</td><td colspan="2">${esc(first.error)}</td>`
            : `<td>${esc(first.test)}</td><td>${fmt(first.score)}</td><td>${fmt(first.threshold)}</td>`;
      return `<tr class="${c.drift ? "drift" : "ok"}"><td><a href="#col-${i}">${esc(c.column)}</a></td><td>${c.type}</td>${cells}<td>${c.drift ? "Detected" : "Not detected"}</td></tr>`;
    })
    .join("\n");
  const sections = columns
    .map((c, i) => {
      const details = c.checks
        .map((k) =>
          "error" in k
            ? `<li>${esc(k.test)}: ${esc(k.error)}</li>`
            : `<li>${esc(k.test)}: score ${fmt(k.score)}, threshold ${fmt(k.threshold)}, ${k.drift ? "drift" : "no drift"}</li>`,
        )
        .join("");
      return `<section id="col-${i}"><h3>${esc(c.column)} <small>(${c.type === "num" ? "numerical" : "categorical"})</small></h3><ul>${details}</ul><div class="chart"><canvas class="drift-chart" id="chart-${i}" data-column="${esc(c.column)}"></canvas></div></section>`;
    })
    .join("\n");
  const summary = `Dataset drift: <b>${result.drift ? "DETECTED" : "not detected"}</b> — ${result.driftedCount} of ${result.columnCount} columns drifted (share ${fmt(result.driftedShare)}, threshold ${fmt(result.shareThreshold)})`;
  // JSON inside <script>: escape "<" so data can never close the tag.
  const data = JSON.stringify(charts).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>airr data drift report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}
tr.drift td{background:#fde2e1}tr.ok td{background:#e6f4ea}.chart{width:720px;height:260px}.summary{font-size:1.1rem;margin:1rem 0}section{margin:2rem 0}
</style></head><body>
<h1>Data drift report</h1>
<p>Reference: ${esc(meta.reference)} · Current: ${esc(meta.current)} · Generated ${esc(meta.generatedAt)}</p>
<p class="summary" id="summary">${summary}</p>
<table id="columns"><thead><tr><th>Column</th><th>Type</th><th>Test</th><th>Score</th><th>Threshold</th><th>Drift</th></tr></thead><tbody>
${rows}
</tbody></table>
${sections}
<script>${chartJs.replace(/<\/script/gi, "<\\/script")}</script>
<script>
const charts = ${data};
charts.forEach((d, i) => {
  const canvas = document.getElementById("chart-" + i);
  new Chart(canvas, {
    type: "bar",
    data: { labels: d.labels, datasets: [
      { label: "reference", data: d.reference, backgroundColor: "rgba(80,120,200,0.6)" },
      { label: "current", data: d.current, backgroundColor: "rgba(230,120,60,0.6)" } ] },
    options: { animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: { title: { display: true, text: "share" } } } },
  });
  canvas.dataset.rendered = "true";
});
</script></body></html>
`;
}

/** Larger = more drifted: drifted columns first, then by how far past the threshold. */
function severity(c: ColumnDrift): number {
  const first = c.checks.find((k) => "score" in k);
  if (first === undefined || !("score" in first)) return Number.NEGATIVE_INFINITY;
  const ratio = first.score === 0 || first.threshold === 0 ? Number.MAX_VALUE : first.score / first.threshold;
  const pValue = [
    "ks",
    "chisquare",
    "z",
    "t_test",
    "mannw",
    "es",
    "anderson",
    "cramer_von_mises",
    "g_test",
    "fisher_exact",
    "TVD",
    "empirical_mmd",
  ].includes(first.test);
  const s = pValue ? 1 / ratio : ratio;
  return (c.drift ? 1e6 : 0) + (Number.isFinite(s) ? Math.min(s, 1e5) : 1e5);
}

function chartData(c: ColumnDrift): ChartData {
  if (c.type === "num") {
    const r = c.reference as Float64Array;
    const k = c.current as Float64Array;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of [r, k]) {
      for (const x of v) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    const bins = Math.min(MAX_BINS, Math.max(1, Math.ceil(Math.log2(r.length + k.length) + 1)));
    const width = hi > lo ? (hi - lo) / bins : 1;
    const hist = (v: Float64Array): number[] => {
      const h = new Array<number>(bins).fill(0);
      for (const x of v) h[Math.min(bins - 1, Math.floor((x - lo) / width))]! += 1 / v.length;
      return h;
    };
    const labels = Array.from({ length: bins }, (_, i) => fmt(lo + (i + 0.5) * width));
    return { labels, reference: hist(r), current: hist(k) };
  }
  const count = (v: readonly unknown[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const x of v) m.set(String(x), (m.get(String(x)) ?? 0) + 1 / v.length);
    return m;
  };
  const rc = count(c.reference as readonly unknown[]);
  const cc = count(c.current as readonly unknown[]);
  const labels = [...new Set([...rc.keys(), ...cc.keys()])]
    .sort((a, b) => (rc.get(b) ?? 0) + (cc.get(b) ?? 0) - (rc.get(a) ?? 0) - (cc.get(a) ?? 0))
    .slice(0, MAX_CATEGORIES);
  return { labels, reference: labels.map((l) => rc.get(l) ?? 0), current: labels.map((l) => cc.get(l) ?? 0) };
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Math.abs(v) >= 1e-3 || v === 0 ? String(Number(v.toPrecision(4))) : v.toExponential(3);
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
