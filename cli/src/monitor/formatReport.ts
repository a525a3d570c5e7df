import type { MonitorSnapshot } from "@airr/core";
import { formatTable } from "../output.js";

const n = (x: number | null, digits = 3): string =>
  x === null || !Number.isFinite(x) ? "-" : Number(x.toFixed(digits)).toString();

/** The human-readable report of `airr monitor replay`. */
export function formatReport(s: MonitorSnapshot): string {
  const out: string[] = [];
  out.push(`model ${s.model}: ${s.health.status.toUpperCase()} (${s.health.reason})`);
  out.push(
    `predictions ${s.counts.predictions}  errors ${s.counts.errors}  rejected ${s.counts.rejected}  feedback ${s.counts.feedback}`,
  );
  for (const [reason, count] of Object.entries(s.rejected)) out.push(`  rejected ${count} x ${reason}`);
  const l = s.latency;
  out.push(
    `latency ms: p50 ${n(l.p50, 1)}  p95 ${n(l.p95, 1)}  p99 ${n(l.p99, 1)}  mean ${n(l.mean, 1)}  ema ${n(l.ema, 1)}`,
  );
  out.push(
    `confidence: mean ${n(s.confidence.mean)}  ema ${n(s.confidence.ema)}  recent ${n(s.confidence.recentMean)}`,
  );
  out.push(`cost: $${n(s.cost.totalUsd, 4)}  tokens ${s.cost.tokens.total}  today $${n(s.cost.daily.spentUsd, 4)}`);
  const f = s.feedback;
  if (f.labelled > 0) {
    const ci = f.accuracyInterval;
    out.push(
      `feedback: ${f.labelled} labelled, accuracy ${n(f.accuracy)} [${n(ci.low)}, ${n(ci.high)}]  macro F1 ${n(f.macro.f1)}  micro F1 ${n(f.micro.f1)}`,
    );
    out.push(
      formatTable(
        ["class", "precision", "recall", "f1", "support"],
        Object.entries(f.perClass).map(([label, m]) => [label, n(m.precision), n(m.recall), n(m.f1), m.support]),
      ),
    );
  }
  out.push("");
  out.push(
    formatTable(
      ["check", "detected", "score", "threshold"],
      s.checks.map((c) => [c.name, c.detected ? "YES" : "no", n(c.score, 4), n(c.threshold, 4)]),
    ),
  );
  out.push("");
  out.push(`retrain: ${s.retrain.decision}${s.retrain.reasons.map((r) => `\n  - ${r}`).join("")}`);
  return out.join("\n");
}
