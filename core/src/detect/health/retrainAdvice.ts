import type { FeedbackMetrics } from "./feedbackMetrics.js";
import type { MonitorParts } from "./MonitorParts.js";

/** Whether to retrain, and why (each reason names the number behind it). */
export interface RetrainAdvice {
  decision: "retrain" | "keep";
  reasons: string[];
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/**
 * Retraining advice from three independent conditions: accuracy from feedback below
 * `minAccuracy` with at least `minLabelled` labels; a drift check detected in
 * `sustainedDriftEvaluations` consecutive evaluations (one evaluation per full window); and a
 * recent low-confidence rate that rose by `lowConfidenceRise` (relative) over the baseline's and
 * is at least `minLowConfidenceRate`.
 *
 * @example
 * retrainAdvice(monitor.parts, monitor.feedbackMetrics()); // { decision: "keep", reasons: [] }
 */
export function retrainAdvice(parts: MonitorParts, feedback: FeedbackMetrics): RetrainAdvice {
  const cfg = parts.config.checks.retrain;
  const reasons: string[] = [];
  if (feedback.labelled >= cfg.minLabelled && feedback.accuracy < cfg.minAccuracy) {
    const ci = feedback.accuracyInterval;
    reasons.push(
      `accuracy ${pct(feedback.accuracy)} (${pct(ci.low)}..${pct(ci.high)} at ${ci.confidence * 100}%) ` +
        `over ${feedback.labelled} labels is below ${pct(cfg.minAccuracy)}`,
    );
  }
  const { confidenceDriftStreak, classDriftStreak } = parts.counters;
  if (confidenceDriftStreak >= cfg.sustainedDriftEvaluations) {
    reasons.push(`confidence drift in ${confidenceDriftStreak} consecutive evaluations`);
  }
  if (classDriftStreak >= cfg.sustainedDriftEvaluations) {
    reasons.push(`class-distribution drift in ${classDriftStreak} consecutive evaluations`);
  }
  const { baseline, window } = parts;
  if (baseline.complete && window.predictions >= parts.config.checks.confidenceDrift.minSamples) {
    const before = baseline.lowConfidenceRate;
    const now = window.lowConfidenceRate;
    if (now >= cfg.minLowConfidenceRate && now > before * (1 + cfg.lowConfidenceRise)) {
      reasons.push(`low-confidence rate rose from ${pct(before)} (baseline) to ${pct(now)} (recent)`);
    }
  }
  return { decision: reasons.length > 0 ? "retrain" : "keep", reasons };
}
