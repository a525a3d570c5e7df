import type { Signal } from "../signal.js";
import type { CostBudget } from "./CostBudget.js";
import type { MonitorParts } from "./MonitorParts.js";

/**
 * Latency p95 / p99 of recent predictions (the last `windowSize` to `2 × windowSize`) above
 * their configured limits. Only the limits that are configured produce a Signal.
 *
 * @example
 * latencySignals(monitor.parts, at).map((s) => s.name); // ["health.latency-p95"]
 */
export function latencySignals(parts: MonitorParts, at: string): Signal[] {
  const cfg = parts.config.checks.latency;
  const recent = parts.recentLatency.sketch();
  const samples = recent.count;
  const enough = samples >= cfg.minSamples;
  const limits: [string, number, number | undefined][] = [
    ["p95", 0.95, cfg.p95Ms],
    ["p99", 0.99, cfg.p99Ms],
  ];
  return limits.flatMap(([name, q, limit]) => {
    if (limit === undefined) return [];
    const value = enough ? recent.quantile(q) : 0;
    return [
      {
        kind: "health" as const,
        name: `health.latency-${name}`,
        score: value,
        threshold: limit,
        detected: enough && value > limit,
        evidence: {
          quantile: q,
          samples,
          relativeAccuracy: parts.config.relativeAccuracy,
          ...(enough ? {} : { insufficientSamples: true }),
        },
        at,
      },
    ];
  });
}

function budgetSignal(budget: CostBudget, now: number, at: string, minForecastMs: number): Signal[] {
  if (budget.budgetUsd === undefined) return [];
  const status = budget.status(now);
  // A burn rate from the first minutes of a period is noise: forecast only after minForecastMs.
  const forecasting = now - Date.parse(status.start) >= minForecastMs;
  const projected = forecasting ? (status.projectedUsd ?? status.spentUsd) : status.spentUsd;
  return [
    {
      kind: "health",
      name: `health.cost-${budget.window.unit === "day" ? "daily" : "weekly"}`,
      score: status.spentUsd,
      threshold: budget.budgetUsd,
      // Detected when already over budget or when the current burn rate runs out before the period ends.
      detected: status.spentUsd >= budget.budgetUsd || projected > budget.budgetUsd,
      evidence: { ...status, timeZone: budget.window.timeZone, forecasting },
      at,
    },
  ];
}

/**
 * Daily and weekly cost budgets (calendar periods in the configured time zone), when configured.
 *
 * @example
 * costSignals(monitor.parts, Date.now(), new Date().toISOString());
 */
export function costSignals(parts: MonitorParts, now: number, at: string): Signal[] {
  const minForecastMs = parts.config.checks.cost.minForecastMinutes * 60_000;
  return [...budgetSignal(parts.daily, now, at, minForecastMs), ...budgetSignal(parts.weekly, now, at, minForecastMs)];
}

/**
 * Tokens per minute over the configured window above `maxTokensPerMinute`, when configured.
 *
 * @example
 * tokenRateSignals(monitor.parts, Date.now(), new Date().toISOString());
 */
export function tokenRateSignals(parts: MonitorParts, now: number, at: string): Signal[] {
  const cfg = parts.config.checks.tokenRate;
  if (cfg.maxTokensPerMinute === undefined) return [];
  const rate = parts.tokenRate.perMinute(now, cfg.windowMinutes);
  return [
    {
      kind: "health",
      name: "health.token-rate",
      score: rate,
      threshold: cfg.maxTokensPerMinute,
      detected: rate > cfg.maxTokensPerMinute,
      evidence: { windowMinutes: cfg.windowMinutes, tokensPerMinute: rate },
      at,
    },
  ];
}
