import { z } from "zod";
import type { BaselineState } from "./Baseline.js";
import { ClassIndex } from "./ClassIndex.js";
import type { CostBudgetState } from "./CostBudget.js";
import { HealthError } from "./errors.js";
import type { FeedbackStoreState } from "./FeedbackStore.js";
import { LatencySketch, type LatencySketchState } from "./LatencySketch.js";
import { createParts, type MonitorCounters, type MonitorParts, type RecentError } from "./MonitorParts.js";
import { type MonitorConfig, MonitorConfigSchema, parseMonitorConfig } from "./monitorConfig.js";
import type { RecentLatencyState } from "./RecentLatency.js";
import type { RecentWindowState } from "./RecentWindow.js";
import { RunningStat, type RunningStatState } from "./RunningStat.js";
import { REJECT_REASONS, type RejectReason } from "./rejectReasons.js";
import type { TokenRateState } from "./TokenRate.js";

/** A monitor's persisted state (`Monitor.toJSON()`): plain JSON, no salt, no raw input. */
export interface MonitorState {
  version: 1;
  config: Omit<MonitorConfig, "salt">;
  classes: string[];
  counters: MonitorCounters;
  rejected: Record<RejectReason, number>;
  errorKinds: [string, number][];
  confidence: RunningStatState;
  latency: RunningStatState;
  sketch: LatencySketchState;
  recentLatency: RecentLatencyState;
  recentErrors: RecentError[];
  classCounts: number[];
  window: RecentWindowState;
  baseline: BaselineState;
  feedback: FeedbackStoreState;
  daily: CostBudgetState;
  weekly: CostBudgetState;
  tokenRate: TokenRateState;
}

const count = z.number().min(0);
const n = z.number();
const nullableNum = z.number().nullable();
const stat = z.object({ count, sum: n, ema: nullableNum, min: nullableNum, max: nullableNum });
const period = z.object({ key: z.string(), start: n, end: n }).nullable();
const budget = z.object({ period, spentUsd: count, exhaustedAt: nullableNum });
const idx = z.int().min(-1);
const sketch = z.object({
  relativeAccuracy: n,
  bins: z.array(z.tuple([z.int(), count])),
  zeroCount: count,
  count,
  sum: n,
  min: nullableNum,
  max: nullableNum,
});

const StateSchema = z.object({
  version: z.literal(1),
  config: MonitorConfigSchema.omit({ salt: true }),
  classes: z.array(z.string()),
  counters: z.object({
    predictions: count,
    errors: count,
    lowConfidence: count,
    feedback: count,
    tokensIn: count,
    tokensOut: count,
    costUsd: count,
    unpriced: count,
    lastAt: nullableNum,
    driftEvaluations: count,
    confidenceDriftStreak: count,
    classDriftStreak: count,
  }),
  rejected: z.record(z.enum(REJECT_REASONS), count),
  errorKinds: z.array(z.tuple([z.string(), count])),
  confidence: stat,
  latency: stat,
  sketch,
  recentLatency: z.object({ previous: sketch, current: sketch, sinceRotation: z.int().min(0) }),
  recentErrors: z.array(z.object({ kind: z.string(), inputId: z.string().nullable(), at: n })),
  classCounts: z.array(count),
  window: z.object({ confidence: z.array(z.number().min(0).max(1)), cls: z.array(idx), confidenceSum: n }),
  baseline: z.object({ predictions: count, confidenceSum: n, lowConfidence: count, classCounts: z.array(count) }),
  feedback: z.object({
    pending: z.array(z.tuple([z.string(), idx])),
    confusion: z.array(z.tuple([idx, idx, count])),
  }),
  daily: budget,
  weekly: budget,
  tokenRate: z.array(z.tuple([n, count])),
});

/** Serializes parts; the salt stays out. */
export function partsToState(p: MonitorParts): MonitorState {
  const { salt: _secret, ...config } = p.config;
  return {
    version: 1,
    config,
    classes: [...p.classes.labels()],
    counters: { ...p.counters },
    rejected: { ...p.rejected },
    errorKinds: [...p.errorKinds],
    confidence: p.confidence.toJSON(),
    latency: p.latency.toJSON(),
    sketch: p.sketch.toJSON(),
    recentLatency: p.recentLatency.toJSON(),
    recentErrors: p.recentErrors.map((e) => ({ ...e })),
    classCounts: [...p.classCounts],
    window: p.window.toJSON(),
    baseline: p.baseline.toJSON(),
    feedback: p.feedback.toJSON(),
    daily: p.daily.toJSON(),
    weekly: p.weekly.toJSON(),
    tokenRate: p.tokenRate.toJSON(),
  };
}

/**
 * Validates a persisted state (it crossed a process boundary); throws `InvalidMonitorState`.
 *
 * @example
 * const state = parseMonitorState(JSON.parse(await store.get("monitor")));
 */
export function parseMonitorState(input: unknown): MonitorState {
  const result = StateSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    throw new HealthError("InvalidMonitorState", `monitor state ${path || "(root)"}: ${issue?.message ?? "invalid"}`, {
      where: `state${path ? `.${path}` : ""}`,
      hint: "pass the object `Monitor.toJSON()` produced (version 1), unmodified",
      cause: result.error,
    });
  }
  const state = result.data as MonitorState;
  const capacity = state.config.maxClasses + 1;
  if (state.classes.length > state.config.maxClasses || state.classCounts.length !== capacity) {
    throw new HealthError(
      "InvalidMonitorState",
      `monitor state has ${state.classCounts.length} class counts, expected ${capacity}`,
      {
        where: "state.classCounts",
        hint: "the state was edited or comes from another version: start a new monitor",
      },
    );
  }
  return state;
}

/** Rebuilds a monitor's parts from a persisted state and the salt (never persisted). */
export function partsFromState(input: unknown, salt: string): MonitorParts {
  const state = parseMonitorState(input);
  const config = parseMonitorConfig({ ...state.config, salt });
  const p = createParts(config, ClassIndex.fromLabels(state.classes, config.maxClasses));
  Object.assign(p.counters, state.counters);
  Object.assign(p.rejected, state.rejected);
  for (const [k, v] of state.errorKinds) p.errorKinds.set(k, v);
  p.confidence = RunningStat.fromJSON(state.confidence, config.emaAlpha);
  p.latency = RunningStat.fromJSON(state.latency, config.emaAlpha);
  p.sketch = LatencySketch.fromJSON(state.sketch);
  p.recentLatency.restore(state.recentLatency);
  p.recentErrors = state.recentErrors.map((e) => ({ ...e }));
  p.classCounts.set(state.classCounts);
  p.window.replay(state.window);
  p.window.confidenceSum = state.window.confidenceSum;
  p.baseline.merge(state.baseline);
  p.feedback.merge(state.feedback);
  p.daily.restore(state.daily);
  p.weekly.restore(state.weekly);
  p.tokenRate.merge(state.tokenRate);
  return p;
}
