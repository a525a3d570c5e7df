import type { ScenarioResult } from "./ScenarioResult.js";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

// Data goes into a <script type="application/json"> block; "<" is escaped so no value can close it.
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The HTML incident report of one scenario run: summary, a chart of the detector signal over
 * simulated time with the threshold, the attack start, the detection and the moment each action
 * took effect, then the full timeline and end-state checks. Self-contained: Chart.js (passed in
 * as source text) is inlined, so the file opens offline.
 *
 * @example
 * writeFileSync("report.html", renderIncidentReport(result, readFileSync(chartJsPath, "utf8")));
 */
export function renderIncidentReport(result: ScenarioResult, chartJsSource: string): string {
  const rows = result.timeline
    .map(
      (e) =>
        `<tr><td>+${e.t}s</td><td>${e.at.slice(11, 19)}</td><td>${e.phase}</td><td>${escapeHtml(e.message)}</td></tr>`,
    )
    .join("\n");
  const checks = result.endState
    .map(
      (c) =>
        `<li class="${c.ok ? "ok" : "bad"}">${c.ok ? "✔" : "✘"} ${escapeHtml(c.check)}: ${escapeHtml(c.detail)}</li>`,
    )
    .join("\n");
  const s = (v: number | null) => (v === null ? "n/a" : `${v} s`);
  const chartData = {
    points: result.signal.points,
    marks: [
      ...(result.attackStartedT === null ? [] : [{ t: result.attackStartedT, label: "attack starts" }]),
      ...(result.detectedT === null ? [] : [{ t: result.detectedT, label: "detected" }]),
      ...result.marks.map((m) => ({ t: m.t, label: `${m.label} in effect` })),
    ],
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>airr incident report: ${escapeHtml(result.title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
.ok{color:#17693a}.bad{color:#b00020}.kpi{display:inline-block;margin-right:2rem}.kpi b{font-size:1.4rem;display:block}
#chart-wrap{height:22rem}
</style></head><body>
<h1>${escapeHtml(result.title)}</h1>
<p>Breach simulation <code>${escapeHtml(result.scenario)}</code>, seed ${result.seed}, simulated start ${result.startedAt}.
Runbook: <code>runbooks/${escapeHtml(result.runbook)}.md</code>.</p>
<p><span class="kpi">Result<b class="${result.passed ? "ok" : "bad"}">${result.passed ? "PASSED" : "FAILED"}</b></span>
<span class="kpi">Time to detect<b>${s(result.timeToDetectSeconds)}</b></span>
<span class="kpi">Time to remediate<b>${s(result.timeToRemediateSeconds)}</b></span>
<span class="kpi">Incidents<b>${result.incidents.length}</b></span></p>
<h2>Detector signal</h2>
<p>${escapeHtml(result.detector.name)} (${result.detector.source === "real" ? "airr detector" : "plain threshold on a metric"}): ${escapeHtml(result.detector.description)}</p>
<div id="chart-wrap"><canvas id="chart" role="img" aria-label="detector score over simulated time"></canvas></div>
<h2>End state</h2><ul>${checks}</ul>
<h2>Timeline</h2>
<table><thead><tr><th>t</th><th>time (UTC)</th><th>phase</th><th>what happened</th></tr></thead><tbody>
${rows}
</tbody></table>
<script type="application/json" id="data">${jsonForScript(chartData)}</script>
<script>${chartJsSource.replace(/<\/script/gi, "<\\/script")}</script>
<script>
const data = JSON.parse(document.getElementById("data").textContent);
const markPlugin = { id: "marks", afterDatasetsDraw(chart) {
  const { ctx, chartArea, scales } = chart;
  data.marks.forEach((m, i) => { const x = scales.x.getPixelForValue(m.t);
    ctx.save(); ctx.strokeStyle = "#888"; ctx.setLineDash([4, 4]); ctx.beginPath();
    ctx.moveTo(x, chartArea.top); ctx.lineTo(x, chartArea.bottom); ctx.stroke();
    ctx.setLineDash([]); ctx.fillStyle = "#444"; ctx.font = "11px sans-serif";
    ctx.fillText(m.label, x + 3, chartArea.top + 12 + (i % 4) * 13); ctx.restore(); });
} };
new Chart(document.getElementById("chart"), {
  type: "line",
  data: { datasets: [
    { label: "score", data: data.points.map((p) => ({ x: p.t, y: p.score })), borderColor: "#3367d6", pointRadius: 0, borderWidth: 1.5, stepped: "after" },
    { label: "threshold", data: data.points.map((p) => ({ x: p.t, y: p.threshold })), borderColor: "#b00020", borderDash: [6, 3], pointRadius: 0, borderWidth: 1 },
  ] },
  options: { animation: false, maintainAspectRatio: false, parsing: false,
    scales: { x: { type: "linear", title: { display: true, text: "simulated seconds" } }, y: { beginAtZero: true } } },
  plugins: [markPlugin],
});
</script>
</body></html>
`;
}
