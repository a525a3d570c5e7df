import type { Signal } from "../signal.js";
import { countsByLabel } from "./ClassIndex.js";
import type { BudgetStatus } from "./CostBudget.js";
import type { FeedbackMetrics } from "./feedbackMetrics.js";
import { type HealthStatus, healthStatus } from "./healthStatus.js";
import type { MonitorParts } from "./MonitorParts.js";
import { REJECT_REASONS, type RejectReason } from "./rejectReasons.js";
import type { RetrainAdvice } from "./retrainAdvice.js";

/** NaN and infinities become null, so the snapshot is faithful JSON. */
export type Num = number | null;
const num = (x: number): Num => (Number.isFinite(x) ? x : null);

/** The JSON snapshot of a monitor (also the body of `airr monitor replay --json`). */
export interface MonitorSnapshot {
  model: string;
  at: string;
  health: HealthStatus;
  counts: {
    predictions: number;
    errors: number;
    rejected: number;
    lowConfidence: number;
    feedback: number;
    pendingFeedback: number;
  };
  rejected: Partial<Record<RejectReason, number>>;
  errors: Record<string, number>;
  recentErrors: { kind: string; inputId: string | null; at: string }[];
  latency: {
    count: number;
    mean: Num;
    ema: Num;
    min: Num;
    max: Num;
    p50: Num;
    p90: Num;
    p95: Num;
    p99: Num;
    relativeAccuracy: number;
    /** Quantiles of the last `windowSize` to `2 × windowSize` predictions (what the latency checks use). */
    recent: { count: number; p50: Num; p95: Num; p99: Num };
  };
  confidence: {
    mean: Num;
    ema: Num;
    min: Num;
    max: Num;
    lowConfidenceThreshold: number;
    recentMean: Num;
    baselineMean: Num;
  };
  classes: Record<string, number>;
  cost: {
    totalUsd: number;
    tokens: { input: number; output: number; total: number };
    unpriced: number;
    daily: BudgetStatus;
    weekly: BudgetStatus;
  };
  feedback: Omit<FeedbackMetrics, "accuracy" | "accuracyInterval"> & {
    accuracy: Num;
    accuracyInterval: { low: Num; high: Num; confidence: number };
  };
  checks: Signal[];
  retrain: RetrainAdvice;
}

/** Builds the snapshot from a monitor's parts at time `now`. */
export function monitorSnapshot(
  p: MonitorParts,
  now: number,
  feedback: FeedbackMetrics,
  checks: Signal[],
  retrain: RetrainAdvice,
): MonitorSnapshot {
  const c = p.counters;
  const rejected: Partial<Record<RejectReason, number>> = {};
  let rejectedTotal = 0;
  for (const reason of REJECT_REASONS) {
    const n = p.rejected[reason];
    rejectedTotal += n;
    if (n > 0) rejected[reason] = n;
  }
  const q = (x: number): Num => num(p.sketch.quantile(x));
  const recent = p.recentLatency.sketch();
  const ci = feedback.accuracyInterval;
  return {
    model: p.config.model,
    at: new Date(now).toISOString(),
    health: healthStatus(p),
    counts: {
      predictions: c.predictions,
      errors: c.errors,
      rejected: rejectedTotal,
      lowConfidence: c.lowConfidence,
      feedback: c.feedback,
      pendingFeedback: p.feedback.pendingCount,
    },
    rejected,
    errors: Object.fromEntries(p.errorKinds),
    recentErrors: p.recentErrors.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
    latency: {
      count: p.latency.count,
      mean: num(p.latency.mean),
      ema: num(p.latency.ema),
      min: num(p.latency.min),
      max: num(p.latency.max),
      p50: q(0.5),
      p90: q(0.9),
      p95: q(0.95),
      p99: q(0.99),
      relativeAccuracy: p.sketch.relativeAccuracy,
      recent: {
        count: recent.count,
        p50: num(recent.quantile(0.5)),
        p95: num(recent.quantile(0.95)),
        p99: num(recent.quantile(0.99)),
      },
    },
    confidence: {
      mean: num(p.confidence.mean),
      ema: num(p.confidence.ema),
      min: num(p.confidence.min),
      max: num(p.confidence.max),
      lowConfidenceThreshold: p.config.lowConfidenceThreshold,
      recentMean: num(p.window.confidenceMean),
      baselineMean: num(p.baseline.confidenceMean),
    },
    classes: countsByLabel(p.classes, p.classCounts),
    cost: {
      totalUsd: c.costUsd,
      tokens: { input: c.tokensIn, output: c.tokensOut, total: c.tokensIn + c.tokensOut },
      unpriced: c.unpriced,
      daily: p.daily.status(now),
      weekly: p.weekly.status(now),
    },
    feedback: {
      ...feedback,
      accuracy: num(feedback.accuracy),
      accuracyInterval: { low: num(ci.low), high: num(ci.high), confidence: ci.confidence },
    },
    checks,
    retrain,
  };
}
