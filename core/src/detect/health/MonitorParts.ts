import { Baseline } from "./Baseline.js";
import { CalendarWindow } from "./CalendarWindow.js";
import { ClassIndex } from "./ClassIndex.js";
import { CostBudget } from "./CostBudget.js";
import { FeedbackStore } from "./FeedbackStore.js";
import { LatencySketch } from "./LatencySketch.js";
import type { MonitorConfig } from "./monitorConfig.js";
import { RecentLatency } from "./RecentLatency.js";
import { RecentWindow } from "./RecentWindow.js";
import { RunningStat } from "./RunningStat.js";
import { emptyRejectCounts, type RejectReason } from "./rejectReasons.js";
import { TokenRate } from "./TokenRate.js";

/** Plain counters of a monitor (all additive under merge, except the last timestamp). */
export interface MonitorCounters {
  predictions: number;
  errors: number;
  lowConfidence: number;
  feedback: number;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  /** Predictions with tokens but neither a cost nor a price for their model. */
  unpriced: number;
  /** Latest event time seen (epoch ms), or null. */
  lastAt: number | null;
  driftEvaluations: number;
  confidenceDriftStreak: number;
  classDriftStreak: number;
}

/** One failed prediction, as kept for diagnosis: never the input itself. */
export interface RecentError {
  kind: string;
  inputId: string | null;
  /** Epoch ms. */
  at: number;
}

/** How many recent errors are kept. */
export const MAX_RECENT_ERRORS = 20;

/** The most distinct error kinds counted by name; the rest count as "other". */
export const MAX_ERROR_KINDS = 32;

/**
 * Everything a monitor holds, each part bounded in size. Exporters and checks read it; only
 * `Monitor` writes it.
 */
export interface MonitorParts {
  config: MonitorConfig;
  classes: ClassIndex;
  confidence: RunningStat;
  latency: RunningStat;
  sketch: LatencySketch;
  /** Latency of the last `windowSize` to `2 × windowSize` predictions. */
  recentLatency: RecentLatency;
  window: RecentWindow;
  baseline: Baseline;
  /** Lifetime predictions per class index. */
  classCounts: Float64Array;
  feedback: FeedbackStore;
  daily: CostBudget;
  weekly: CostBudget;
  tokenRate: TokenRate;
  counters: MonitorCounters;
  rejected: Record<RejectReason, number>;
  errorKinds: Map<string, number>;
  /** The last errors (kind, salted input id, time), oldest first. */
  recentErrors: RecentError[];
}

/**
 * Empty parts sized by the configuration.
 *
 * @example
 * const parts = createParts(parseMonitorConfig({ model: "m", salt: "0123456789abcdef" }));
 */
export function createParts(config: MonitorConfig, classes = new ClassIndex(config.maxClasses)): MonitorParts {
  const capacity = classes.capacity;
  return {
    config,
    classes,
    confidence: new RunningStat(config.emaAlpha),
    latency: new RunningStat(config.emaAlpha),
    sketch: new LatencySketch(config.relativeAccuracy),
    recentLatency: new RecentLatency(config.windowSize, config.relativeAccuracy),
    window: new RecentWindow(config.windowSize, capacity, config.lowConfidenceThreshold),
    baseline: new Baseline(config.baselineSize, capacity, config.lowConfidenceThreshold),
    classCounts: new Float64Array(capacity),
    feedback: new FeedbackStore(config.feedbackCapacity, capacity),
    daily: new CostBudget(new CalendarWindow("day", config.timeZone), config.checks.cost.dailyBudgetUsd),
    weekly: new CostBudget(
      new CalendarWindow("week", config.timeZone, config.weekStartsOn),
      config.checks.cost.weeklyBudgetUsd,
    ),
    tokenRate: new TokenRate(),
    counters: {
      predictions: 0,
      errors: 0,
      lowConfidence: 0,
      feedback: 0,
      tokensIn: 0,
      tokensOut: 0,
      costUsd: 0,
      unpriced: 0,
      lastAt: null,
      driftEvaluations: 0,
      confidenceDriftStreak: 0,
      classDriftStreak: 0,
    },
    rejected: emptyRejectCounts(),
    errorKinds: new Map(),
    recentErrors: [],
  };
}
