import { Counter, Gauge, Registry } from "prom-client";
import type { ResponseMetrics, SignalGauge } from "./ResponseMetrics.js";

export interface ResponseMetricsOptions {
  /** The registry to add to; a new one by default. */
  registry?: Registry;
  /** Metric name prefix, `airr_` by default. */
  prefix?: string;
}

/**
 * Registers `ResponseMetrics` in a prom-client registry, read at scrape time:
 * `airr_signal_score` and `airr_signal_threshold` (gauges by kind and name),
 * `airr_signals_total` (by kind, name, detected), `airr_incident_decisions_total` (by action and
 * outcome) and `airr_incidents_total` (by status). `runbooks/dashboards/airr.json` charts them.
 *
 * Import it from `@airr/core/prometheus`; `prom-client` is an optional peer dependency.
 *
 * @example
 * const registry = registerResponseMetrics(metrics);
 * app.get("/metrics", async (_req, res) => res.type(registry.contentType).send(await registry.metrics()));
 */
export function registerResponseMetrics(metrics: ResponseMetrics, options: ResponseMetricsOptions = {}): Registry {
  const registry = options.registry ?? new Registry();
  const prefix = options.prefix ?? "airr_";
  const split = (key: string) => key.split("|");
  const signalGauge = (name: string, help: string, pick: (s: SignalGauge) => number) =>
    new Gauge({
      name: `${prefix}${name}`,
      help,
      labelNames: ["kind", "name"],
      registers: [registry],
      collect() {
        this.reset();
        for (const s of metrics.snapshot().signals) this.set({ kind: s.kind, name: s.name }, pick(s));
      },
    });
  signalGauge(
    "signal_score",
    "Last score of a detector signal (drift statistic, prompt or output score, health check value).",
    (s) => s.score,
  );
  signalGauge("signal_threshold", "Threshold of a detector signal (for a cost check: the budget).", (s) => s.threshold);
  new Counter({
    name: `${prefix}signals_total`,
    help: "Detector signals observed, by kind, name and whether they fired.",
    labelNames: ["kind", "name", "detected"],
    registers: [registry],
    collect() {
      this.reset();
      for (const [key, n] of Object.entries(metrics.snapshot().signalCounts)) {
        const [kind = "", name = "", detected = ""] = split(key);
        this.inc({ kind, name, detected }, n);
      }
    },
  });
  new Counter({
    name: `${prefix}incident_decisions_total`,
    help: "Response decisions, by action and outcome (executed, dry-run, skipped:*, awaiting-approval, failed).",
    labelNames: ["action", "outcome"],
    registers: [registry],
    collect() {
      this.reset();
      for (const [key, n] of Object.entries(metrics.snapshot().decisionCounts)) {
        const [action = "", outcome = ""] = split(key);
        this.inc({ action, outcome }, n);
      }
    },
  });
  new Counter({
    name: `${prefix}incidents_total`,
    help: "Incidents opened by the response engine, by final status.",
    labelNames: ["status"],
    registers: [registry],
    collect() {
      this.reset();
      for (const [status, n] of Object.entries(metrics.snapshot().incidentCounts)) this.inc({ status }, n);
    },
  });
  return registry;
}
