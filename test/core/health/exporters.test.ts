import { Monitor, snapshotToEmf } from "@airr/core";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
// The Prometheus exporter is a separate entry (`@airr/core/prometheus`), imported from source here.
import { registerMonitorMetrics } from "../../../core/src/prometheus.js";
import { predictions, SALT } from "./streams.js";

const now = () => Date.parse("2026-06-01T12:00:00Z");

function busyMonitor(model: string): Monitor {
  const monitor = new Monitor({ model, salt: SALT }, { now });
  for (const e of predictions(9, 300)) monitor.logPrediction({ ...e, tokens: { input: 10, output: 5 }, costUsd: 0.01 });
  monitor.logError(new Error("x"));
  monitor.logPrediction({ prediction: "a", confidence: Number.NaN, latencyMs: 1 });
  return monitor;
}

describe("Prometheus export (prom-client)", () => {
  it("exposes text that parses, with counter, gauge and summary types and model labels", async () => {
    const fraud = busyMonitor("fraud");
    const churn = busyMonitor("churn");
    const registry = registerMonitorMetrics([fraud, churn], { cacheMs: 0 });

    const families = parsePrometheusTextFormat(await registry.metrics());
    const byName = new Map(families.map((f) => [f.name, f]));

    expect(registry.contentType).toContain("text/plain");
    expect(byName.get("airr_predictions_total")?.type).toBe("COUNTER");
    expect(byName.get("airr_predictions_total")?.metrics).toEqual([
      { labels: { model: "fraud" }, value: "300" },
      { labels: { model: "churn" }, value: "300" },
    ]);
    expect(byName.get("airr_rejected_observations_total")?.metrics[0]).toEqual({
      labels: { model: "fraud", reason: "confidence-not-a-number" },
      value: "1",
    });
    expect(byName.get("airr_confidence_mean")?.type).toBe("GAUGE");
    expect(byName.get("airr_health_status")?.type).toBe("GAUGE");
    const latency = byName.get("airr_prediction_latency_seconds");
    expect(latency?.type).toBe("SUMMARY");
    // The parser drops a summary's non-quantile labels, so its samples are checked in the text itself.
    const text = await registry.metrics();
    const p95 = (fraud.snapshot().latency.p95 ?? 0) / 1000;
    expect(text).toContain(`airr_prediction_latency_seconds{model="fraud",quantile="0.95"} ${p95}`);
    expect(text).toContain('airr_prediction_latency_seconds_count{model="fraud"} 300');
    expect(text).toMatch(/airr_prediction_latency_seconds_sum\{model="churn"\} \d+\.\d+/);
    expect(Object.keys(latency?.metrics[0]?.quantiles ?? {})).toEqual(["0.5", "0.9", "0.95", "0.99"]);
    for (const f of families) {
      expect(f.name).toMatch(/^airr_[a-z_]+$/);
      if (f.type === "COUNTER") expect(f.name).toMatch(/_total$/);
    }
  });

  it("adds to an app's own registry without clashing with its metrics", async () => {
    const registry = new Registry();
    registry.setDefaultLabels({ service: "checkout" });

    registerMonitorMetrics([busyMonitor("fraud")], { registry, prefix: "ml_" });
    const text = await registry.metrics();

    expect(text).toContain('ml_predictions_total{model="fraud",service="checkout"} 300');
  });
});

describe("CloudWatch EMF", () => {
  it("writes one EMF line whose metric directives match the values present", () => {
    const snapshot = busyMonitor("fraud").snapshot();

    const line = snapshotToEmf(snapshot, { namespace: "airr/health", dimensions: { Service: "checkout" } });
    const doc = JSON.parse(line);
    const directive = doc._aws.CloudWatchMetrics[0];

    expect(line).not.toContain("\n");
    expect(doc._aws.Timestamp).toBe(now());
    expect(directive.Namespace).toBe("airr/health");
    expect(directive.Dimensions).toEqual([["Model", "Service"]]);
    expect(doc).toMatchObject({ Model: "fraud", Service: "checkout", Predictions: 300, PredictionErrors: 1 });
    for (const { Name, Unit } of directive.Metrics) {
      expect(typeof doc[Name]).toBe("number");
      expect(["Count", "Milliseconds", "None"]).toContain(Unit);
    }
    expect(directive.Metrics.length).toBeLessThanOrEqual(100);
  });

  it("leaves out metrics that have no value yet", () => {
    const empty = new Monitor({ model: "m", salt: SALT }, { now }).snapshot();

    const doc = JSON.parse(snapshotToEmf(empty, { namespace: "n" }));

    expect(doc).not.toHaveProperty("LatencyP95");
    expect(doc).not.toHaveProperty("FeedbackAccuracy");
    expect(doc.Predictions).toBe(0);
  });
});
