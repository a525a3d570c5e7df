import { readFileSync } from "node:fs";
import { datasetDrift, type Incident, Monitor, ResponseMetrics, type Signal, toPrometheus } from "@airr/core";
import type { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { registerMonitorMetrics, registerResponseMetrics } from "../../core/src/prometheus.js";

interface Panel {
  id: number;
  title: string;
  targets: { expr: string }[];
}
const dashboard = JSON.parse(readFileSync(new URL("../../runbooks/dashboards/airr.json", import.meta.url), "utf8")) as {
  title: string;
  uid: string;
  panels: Panel[];
};

const signal = (kind: Signal["kind"], name: string): Signal => ({
  kind,
  name,
  score: 1,
  threshold: 1,
  detected: true,
  evidence: {},
});

/** The registries airr's exporters build, filled with one of everything so every series exists. */
function exporters(): Registry[] {
  const metrics = new ResponseMetrics();
  for (const kind of ["drift.data", "anomaly.prompt", "anomaly.output", "health"] as const)
    metrics.recordSignal(signal(kind, kind));
  metrics.recordIncident({
    status: "completed",
    decisions: [{ action: { action: "notify" }, outcome: "executed" }],
  } as unknown as Incident);
  const monitor = new Monitor(
    { model: "support-chat", salt: "dashboard-test-salt-01", checks: { cost: { dailyBudgetUsd: 10 } } },
    { now: () => Date.parse("2026-01-31T12:00:00.000Z") },
  );
  for (let i = 0; i < 30; i++) {
    monitor.logPrediction({
      prediction: "ok",
      confidence: 0.9,
      latencyMs: 40 + i,
      tokens: { input: 100, output: 50 },
      costUsd: 0.01,
    });
  }
  monitor.logError(new Error("timeout"));
  return [registerResponseMetrics(metrics), registerMonitorMetrics([monitor])];
}

/** Exporters that write the Prometheus text format themselves (data drift). */
function textExports(): string[] {
  const drift = datasetDrift({ amount: [1, 2, 3, 4, 5, 6, 7, 8] }, { amount: [5, 6, 7, 8, 9, 10, 11, 12] });
  return [toPrometheus(drift, "transactions")];
}

/** Metric name -> its label names, as the exporters really export them. */
async function exported(): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const text of textExports()) {
    for (const line of text.split("\n").filter((l) => l !== "" && !l.startsWith("#"))) {
      const [, name = "", labels = ""] = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})?\s/.exec(line) ?? [];
      const keys = [...labels.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="/g)].map((m) => m[1] ?? "");
      out.set(name, new Set([...(out.get(name) ?? []), ...keys]));
    }
  }
  for (const registry of exporters()) {
    for (const metric of await registry.getMetricsAsJSON()) {
      const labels = new Set<string>(metric.values.flatMap((v) => Object.keys(v.labels)));
      out.set(metric.name, labels);
      if (["summary", "histogram"].includes(String(metric.type))) {
        for (const suffix of ["_sum", "_count", "_bucket"]) out.set(metric.name + suffix, labels);
      }
    }
  }
  return out;
}

const queries = dashboard.panels.flatMap((p) => p.targets.map((t) => ({ panel: p.title, expr: t.expr })));

describe("Grafana dashboard", () => {
  it("is a well-formed dashboard with unique panel ids and a query per panel", () => {
    expect(dashboard.uid).toBe("airr-overview");
    expect(new Set(dashboard.panels.map((p) => p.id)).size).toBe(dashboard.panels.length);
    for (const panel of dashboard.panels) expect(panel.targets.length).toBeGreaterThan(0);
  });

  it("covers drift scores, blocked-prompt rate, leakage findings, latency quantiles, cost vs budget and incidents by decision", () => {
    const titles = dashboard.panels.map((p) => p.title).join("\n");
    for (const topic of [
      /[Dd]rift scores/,
      /Blocked-prompt rate/,
      /Leakage findings/,
      /Latency quantiles/,
      /Cost vs budget/,
      /Incidents by decision/,
    ]) {
      expect(titles).toMatch(topic);
    }
  });

  it.each(queries)("$panel: every metric and label in the query is really exported", async ({ expr }) => {
    const names = await exported();
    const used = [...expr.matchAll(/\b(airr_[a-z0-9_]+)(\{([^}]*)\})?/g)];
    expect(used.length).toBeGreaterThan(0);
    for (const [, metric = "", , selector = ""] of used) {
      expect([...names.keys()], `${metric} is not exported`).toContain(metric);
      const labels = [...selector.matchAll(/([a-z_]+)\s*(=~|!=|!~|=)/g)].map((m) => m[1]);
      for (const label of labels)
        expect([...(names.get(metric) ?? [])], `${metric} has no label ${label}`).toContain(label);
    }
    for (const [, group = ""] of expr.matchAll(/by \(([^)]*)\)/g)) {
      const all = new Set(used.flatMap(([, m = ""]) => [...(names.get(m) ?? [])]));
      for (const label of group.split(",").map((l) => l.trim())) expect([...all]).toContain(label);
    }
  });
});
