import { Counter, Gauge, type MetricObjectWithValues, type MetricValueWithName, Registry, Summary } from "prom-client";
import type { Signal } from "../signal.js";
import { HEALTH_STATUSES } from "./healthStatus.js";
import type { Monitor } from "./Monitor.js";
import type { MonitorSnapshot } from "./monitorSnapshot.js";

/** Options of {@link registerMonitorMetrics}. */
export interface MonitorMetricsOptions {
  /** The registry to add to (e.g. prom-client's global `register`); a new one by default. */
  registry?: Registry;
  /** Metric name prefix, `airr_` by default. */
  prefix?: string;
  /** How long one set of snapshots serves scrapes, in ms (1000 by default; 0 = every read). */
  cacheMs?: number;
  /** Monotonic clock for that cache, `performance.now` by default. */
  clock?: () => number;
}

type Snap = { model: string; snapshot: MonitorSnapshot };
type Source = () => Iterable<Monitor>;
const QUANTILES = [0.5, 0.9, 0.95, 0.99] as const;

// The monitor already holds a DDSketch; a summary that re-observed every latency would keep a
// second sketch. This one reports the monitor's quantiles with the summary type and its _sum/_count.
class SketchSummary extends Summary<"model" | "quantile"> {
  constructor(
    private readonly metric: string,
    private readonly helpText: string,
    private readonly read: () => Snap[],
  ) {
    super({ name: metric, help: helpText, labelNames: ["model"], registers: [] });
  }

  override async get(): Promise<MetricObjectWithValues<MetricValueWithName<"model" | "quantile">>> {
    const values: MetricValueWithName<"model" | "quantile">[] = [];
    for (const { model, snapshot } of this.read()) {
      const l = snapshot.latency;
      const byQ = { 0.5: l.p50, 0.9: l.p90, 0.95: l.p95, 0.99: l.p99 };
      for (const q of QUANTILES) values.push({ labels: { model, quantile: q }, value: (byQ[q] ?? 0) / 1000 });
      values.push({ metricName: `${this.metric}_sum`, labels: { model }, value: ((l.mean ?? 0) * l.count) / 1000 });
      values.push({ metricName: `${this.metric}_count`, labels: { model }, value: l.count });
    }
    // prom-client's typings omit the fields its own Summary.get() returns; this is the same shape.
    const result = { name: this.metric, help: this.helpText, type: "summary", values, aggregator: "sum" };
    return result as unknown as MetricObjectWithValues<MetricValueWithName<"model" | "quantile">>;
  }
}

/**
 * Registers the metrics of one or more monitors in a prom-client registry, read from the
 * monitors at scrape time (nothing is added to the request path). Counters end in `_total`,
 * latency is a summary in seconds with quantiles from the monitor's DDSketch, and the health
 * status is one gauge per status (1 for the current one).
 *
 * Import it from `@airr/core/prometheus`; `prom-client` is an optional peer dependency.
 *
 * @example
 * import { registerMonitorMetrics } from "@airr/core/prometheus";
 * const registry = registerMonitorMetrics([monitor]);
 * app.get("/metrics", async (_req, res) => res.type(registry.contentType).send(await registry.metrics()));
 */
export function registerMonitorMetrics(
  monitors: Iterable<Monitor> | Source,
  options: MonitorMetricsOptions = {},
): Registry {
  const registry = options.registry ?? new Registry();
  const prefix = options.prefix ?? "airr_";
  const source: Source = typeof monitors === "function" ? monitors : () => monitors;
  const clock = options.clock ?? (() => performance.now());
  const cacheMs = options.cacheMs ?? 1000;
  let cache: { at: number; snaps: Snap[] } | undefined;
  // One snapshot per monitor per scrape, shared by every metric's collect(): metrics of one scrape agree.
  const read = (): Snap[] => {
    const now = clock();
    if (cache === undefined || now - cache.at >= cacheMs) {
      cache = { at: now, snaps: [...source()].map((m) => ({ model: m.model, snapshot: m.snapshot() })) };
    }
    return cache.snaps;
  };

  type Labels = Record<string, string>;
  const counter = (
    name: string,
    help: string,
    labelNames: string[],
    values: (s: MonitorSnapshot) => [Labels, number][],
  ) =>
    new Counter({
      name: `${prefix}${name}`,
      help,
      labelNames: ["model", ...labelNames],
      registers: [registry],
      collect() {
        this.reset();
        for (const { model, snapshot } of read()) for (const [l, v] of values(snapshot)) this.inc({ model, ...l }, v);
      },
    });
  const gauge = (
    name: string,
    help: string,
    labelNames: string[],
    values: (s: MonitorSnapshot) => [Labels, number | null][],
  ) =>
    new Gauge({
      name: `${prefix}${name}`,
      help,
      labelNames: ["model", ...labelNames],
      registers: [registry],
      collect() {
        this.reset();
        for (const { model, snapshot } of read()) {
          for (const [l, v] of values(snapshot)) if (v !== null) this.set({ model, ...l }, v);
        }
      },
    });
  const checks = (s: MonitorSnapshot, f: (c: Signal) => number): [Labels, number][] =>
    s.checks.map((c) => [{ check: c.name }, f(c)]);

  counter("predictions_total", "Predictions logged.", [], (s) => [[{}, s.counts.predictions]]);
  counter("prediction_errors_total", "Predictions that failed.", [], (s) => [[{}, s.counts.errors]]);
  counter("rejected_observations_total", "Observations rejected as invalid, by reason.", ["reason"], (s) =>
    Object.entries(s.rejected).map(([reason, v]) => [{ reason }, v ?? 0]),
  );
  counter("low_confidence_predictions_total", "Predictions below the low-confidence threshold.", [], (s) => [
    [{}, s.counts.lowConfidence],
  ]);
  counter("class_predictions_total", "Predictions by predicted class.", ["class"], (s) =>
    Object.entries(s.classes).map(([cls, v]) => [{ class: cls }, v]),
  );
  counter("tokens_total", "Tokens used, by direction.", ["direction"], (s) => [
    [{ direction: "input" }, s.cost.tokens.input],
    [{ direction: "output" }, s.cost.tokens.output],
  ]);
  counter("cost_usd_total", "Cost in USD.", [], (s) => [[{}, s.cost.totalUsd]]);
  counter("feedback_labels_total", "Human labels scored against predictions.", [], (s) => [[{}, s.counts.feedback]]);
  gauge("confidence_mean", "True mean of prediction confidence.", [], (s) => [[{}, s.confidence.mean]]);
  gauge("confidence_ema", "Exponential moving average of prediction confidence.", [], (s) => [[{}, s.confidence.ema]]);
  gauge("recent_error_ratio", "Error ratio in the recent window.", [], (s) => [[{}, s.health.errorRate]]);
  gauge("recent_low_confidence_ratio", "Low-confidence ratio in the recent window.", [], (s) => [
    [{}, s.health.lowConfidenceRate],
  ]);
  gauge("health_status", "1 for the current health status, 0 for the others.", ["status"], (s) =>
    HEALTH_STATUSES.map((status) => [{ status }, s.health.status === status ? 1 : 0]),
  );
  gauge("feedback_accuracy", "Accuracy of predictions against human labels.", [], (s) => [[{}, s.feedback.accuracy]]);
  gauge("cost_period_spent_usd", "Spend in the current calendar period.", ["period"], (s) => [
    [{ period: "day" }, s.cost.daily.spentUsd],
    [{ period: "week" }, s.cost.weekly.spentUsd],
  ]);
  gauge("check_detected", "1 when a health check is firing.", ["check"], (s) => checks(s, (c) => (c.detected ? 1 : 0)));
  gauge("check_score", "A health check's score.", ["check"], (s) => checks(s, (c) => c.score));
  registry.registerMetric(
    new SketchSummary(`${prefix}prediction_latency_seconds`, "Prediction latency (DDSketch quantiles).", read),
  );
  return registry;
}
