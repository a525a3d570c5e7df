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
 * Class-distribution drift: the configured class drift test (default `max-shift`) on the
 * baseline's class counts against the recent window's.
 *
 * @example
 * classDriftSignal(monitor.parts, new Date().toISOString()).evidence.test; // "max-shift"
 */
export function classDriftSignal(parts: MonitorParts, at: string): Signal {
  const cfg = parts.config.checks.classDrift;
  const test = classDriftTests.get(cfg.test);
  const threshold = cfg.threshold ?? test.defaultThreshold;
  const { baseline, window, classes } = parts;
  const enough = baseline.predictions >= cfg.minSamples && window.predictions >= cfg.minSamples;
  const reference = countsByLabel(classes, baseline.classCounts);
  const current = countsByLabel(classes, window.classCounts);
  const result = enough ? test.run(reference, current, threshold) : { detected: false, score: 0, threshold };
  return {
    kind: "health",
    name: "health.class-drift",
    score: result.score,
    threshold: result.threshold,
    detected: result.detected,
    evidence: {
      test: cfg.test,
      scoreMeaning: test.scoreMeaning,
      baseline: reference,
      recent: current,
      minSamples: cfg.minSamples,
      ...(enough ? {} : { insufficientSamples: true }),
    },
    at,
  };
}
