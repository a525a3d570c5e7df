import type { Signal } from "../signal.js";
import type { MonitorParts } from "./MonitorParts.js";

export const HEALTH_STATUSES = ["unknown", "healthy", "degraded", "unhealthy"] as const;
export type HealthStatusName = (typeof HEALTH_STATUSES)[number];

/** The monitor's verdict on the recent window, with the reason in words. */
export interface HealthStatus {
  status: HealthStatusName;
  reason: string;
  /** Errors / (predictions + errors) in the recent window. */
  errorRate: number;
  /** Predictions below the low-confidence threshold / predictions, in the recent window. */
  lowConfidenceRate: number;
  /** Events in the recent window. */
  samples: number;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/**
 * `unknown` until the recent window has `minSamples` events; then `unhealthy` or `degraded` when
 * the error or low-confidence rate reaches its limit (the worst wins), else `healthy`.
 *
 * @example
 * healthStatus(monitor.parts).status; // "degraded"
 */
export function healthStatus(parts: MonitorParts): HealthStatus {
  const w = parts.window;
  const limits = parts.config.checks.status;
  const errorRate = w.events === 0 ? 0 : w.errorRate;
  const lowConfidenceRate = w.predictions === 0 ? 0 : w.lowConfidenceRate;
  const base = { errorRate, lowConfidenceRate, samples: w.events };
  if (w.events < limits.minSamples) {
    return { ...base, status: "unknown", reason: `${w.events} of ${limits.minSamples} events needed` };
  }
  const problems: [HealthStatusName, string][] = [];
  const judge = (rate: number, degraded: number, unhealthy: number, what: string): void => {
    if (rate >= unhealthy) problems.push(["unhealthy", `${what} ${pct(rate)} >= ${pct(unhealthy)}`]);
    else if (rate >= degraded) problems.push(["degraded", `${what} ${pct(rate)} >= ${pct(degraded)}`]);
  };
  judge(errorRate, limits.degradedErrorRate, limits.unhealthyErrorRate, "error rate");
  judge(lowConfidenceRate, limits.degradedLowConfidenceRate, limits.unhealthyLowConfidenceRate, "low-confidence rate");
  if (problems.length === 0) {
    return {
      ...base,
      status: "healthy",
      reason: `error rate ${pct(errorRate)}, low-confidence rate ${pct(lowConfidenceRate)} within limits`,
    };
  }
  const status = problems.some(([s]) => s === "unhealthy") ? "unhealthy" : "degraded";
  return { ...base, status, reason: problems.map(([, r]) => r).join("; ") };
}

/**
 * The health status as a Signal: score is the status's rank (0 unknown .. 3 unhealthy), detected from degraded up.
 *
 * @example
 * healthStatusSignal(monitor.parts, new Date().toISOString()).evidence.reason;
 */
export function healthStatusSignal(parts: MonitorParts, at: string): Signal {
  const h = healthStatus(parts);
  return {
    kind: "health",
    name: "health.status",
    score: HEALTH_STATUSES.indexOf(h.status),
    threshold: HEALTH_STATUSES.indexOf("degraded"),
    detected: h.status === "degraded" || h.status === "unhealthy",
    evidence: { ...h },
    at,
  };
}
