import type { Signal } from "../signal.js";
import { countsByLabel } from "./ClassIndex.js";
import { classDriftTests } from "./classDriftTests.js";
import type { MonitorParts } from "./MonitorParts.js";

/**
 * Confidence drift: relative change of the recent window's mean confidence against the
 * baseline's, detected above `relativeChange` once both sides have `minSamples` predictions.
 *
 * @example
 * confidenceDriftSignal(monitor.parts, new Date().toISOString()).detected;
 */
export function confidenceDriftSignal(parts: MonitorParts, at: string): Signal {
  const cfg = parts.config.checks.confidenceDrift;
  const { baseline, window } = parts;
  const enough = baseline.predictions >= cfg.minSamples && window.predictions >= cfg.minSamples;
  const b = baseline.confidenceMean;
  const r = window.confidenceMean;
  const score = enough && b > 0 ? Math.abs(r - b) / b : 0;
  return {
    kind: "health",
    name: "health.confidence-drift",
    score,
    threshold: cfg.relativeChange,
    detected: enough && score > cfg.relativeChange,
    evidence: {
      baselineMean: baseline.predictions > 0 ? b : null,
      recentMean: window.predictions > 0 ? r : null,
      baselineSamples: baseline.predictions,
      recentSamples: window.predictions,
      minSamples: cfg.minSamples,
      ...(enough ? {} : { insufficientSamples: true }),
    },
    at,
  };
}

/**
 * Class-distribution drift: each configured class drift test (`max-shift`, `chisquare`,
 * `jensenshannon` by default) on the baseline's class counts against the recent window's, one
 * Signal per test named `health.class-drift.<test>`. Until both sides have `minSamples`
 * predictions the score is NaN (null in JSON) and nothing is detected.
 *
 * @example
 * classDriftSignals(monitor.parts, new Date().toISOString()).map((s) => s.name);
 */
export function classDriftSignals(parts: MonitorParts, at: string): Signal[] {
  const cfg = parts.config.checks.classDrift;
  const { baseline, window, classes } = parts;
  const enough = baseline.predictions >= cfg.minSamples && window.predictions >= cfg.minSamples;
  const reference = countsByLabel(classes, baseline.classCounts);
  const current = countsByLabel(classes, window.classCounts);
  return cfg.tests.map((name) => {
    const test = classDriftTests.get(name);
    const threshold = cfg.thresholds[name] ?? test.defaultThreshold;
    const result = enough ? test.run(reference, current, threshold) : { detected: false, score: Number.NaN, threshold };
    return {
      kind: "health",
      name: `health.class-drift.${name}`,
      score: result.score,
      threshold: result.threshold,
      detected: result.detected,
      evidence: {
        test: name,
        scoreMeaning: test.scoreMeaning,
        baseline: reference,
        recent: current,
        minSamples: cfg.minSamples,
        ...(enough ? {} : { insufficientSamples: true }),
      },
      at,
    };
  });
}
