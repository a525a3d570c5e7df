import { OTHER_CLASS } from "./ClassIndex.js";
import { HealthError } from "./errors.js";
import { LatencySketch } from "./LatencySketch.js";
import { MAX_ERROR_KINDS, MAX_RECENT_ERRORS, type MonitorParts } from "./MonitorParts.js";
import type { MonitorState } from "./monitorState.js";
import { RunningStat } from "./RunningStat.js";
import { REJECT_REASONS } from "./rejectReasons.js";

/**
 * Adds another monitor's state into `p`. Counts, sums, means, extremes, class mix, feedback,
 * cost and token buckets are exact; quantiles are exact up to the sketch's relative accuracy.
 * The merged EMA is count-weighted and the recent window is this monitor's events followed by
 * the other's (the streams' interleaving is not known).
 */
export function mergeParts(p: MonitorParts, other: MonitorState): void {
  if (other.config.model !== p.config.model || other.sketch.relativeAccuracy !== p.sketch.relativeAccuracy) {
    throw new HealthError(
      "IncompatibleMonitors",
      `cannot merge monitor of "${other.config.model}" (accuracy ${other.sketch.relativeAccuracy}) into "${p.config.model}" (accuracy ${p.sketch.relativeAccuracy})`,
      { hint: "merge only monitors of the same model with the same relativeAccuracy" },
    );
  }
  const otherMax = other.config.maxClasses;
  const remap = (i: number): number =>
    i === otherMax ? p.classes.otherIndex : p.classes.indexOf(other.classes[i] ?? OTHER_CLASS);

  const c = p.counters;
  const o = other.counters;
  c.predictions += o.predictions;
  c.errors += o.errors;
  c.lowConfidence += o.lowConfidence;
  c.feedback += o.feedback;
  c.tokensIn += o.tokensIn;
  c.tokensOut += o.tokensOut;
  c.costUsd += o.costUsd;
  c.unpriced += o.unpriced;
  c.driftEvaluations += o.driftEvaluations;
  c.confidenceDriftStreak = Math.max(c.confidenceDriftStreak, o.confidenceDriftStreak);
  c.classDriftStreak = Math.max(c.classDriftStreak, o.classDriftStreak);
  if (o.lastAt !== null) c.lastAt = Math.max(c.lastAt ?? o.lastAt, o.lastAt);
  for (const reason of REJECT_REASONS) p.rejected[reason] += other.rejected[reason] ?? 0;
  for (const [name, n] of other.errorKinds) {
    const kind = p.errorKinds.has(name) || p.errorKinds.size < MAX_ERROR_KINDS ? name : "other";
    p.errorKinds.set(kind, (p.errorKinds.get(kind) ?? 0) + n);
  }

  p.confidence.merge(RunningStat.fromJSON(other.confidence, p.confidence.alpha));
  p.latency.merge(RunningStat.fromJSON(other.latency, p.latency.alpha));
  p.sketch.merge(LatencySketch.fromJSON(other.sketch));
  p.recentLatency.merge(other.recentLatency);
  p.recentErrors = [...p.recentErrors, ...other.recentErrors].sort((a, b) => a.at - b.at).slice(-MAX_RECENT_ERRORS);
  other.classCounts.forEach((n, i) => {
    const j = remap(i);
    p.classCounts[j] = (p.classCounts[j] ?? 0) + n;
  });
  p.window.replay(other.window, remap);
  p.baseline.merge(other.baseline, remap);
  p.feedback.merge(other.feedback, remap);
  p.daily.merge(other.daily);
  p.weekly.merge(other.weekly);
  p.tokenRate.merge(other.tokenRate);
}
