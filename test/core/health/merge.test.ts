import { HealthError, Monitor, type MonitorSnapshot } from "@airr/core";
import { describe, expect, it } from "vitest";
import { predictions, SALT } from "./streams.js";

const config = { model: "fraud", salt: SALT, windowSize: 50, baselineSize: 100 };
const now = () => Date.parse("2026-06-01T12:00:00Z");

function feed(monitor: Monitor, seed: number, prefix: string): void {
  const stream = predictions(seed, 400, { classes: ["fraud", "legit", "review"], idPrefix: prefix });
  stream.forEach((e, i) => {
    monitor.logPrediction({ ...e, tokens: { input: 100, output: 20 }, costUsd: 0.001, timestamp: now() - i * 1000 });
    if (i % 10 === 0) monitor.logFeedback(`${prefix}${i}`, i % 20 === 0 ? "fraud" : "legit");
    if (i % 37 === 0) monitor.logError(new Error("upstream"));
  });
  monitor.logPrediction({ prediction: "x", confidence: 2, latencyMs: 1 });
}

const exact = (s: MonitorSnapshot) => ({
  counts: s.counts,
  rejected: s.rejected,
  errors: s.errors,
  classes: s.classes,
  cost: s.cost,
  feedback: s.feedback,
  confidence: { mean: s.confidence.mean, min: s.confidence.min, max: s.confidence.max },
  latency: { count: s.latency.count, min: s.latency.min, max: s.latency.max },
});

describe("Monitor.merge and toJSON/fromJSON", () => {
  it("merging two monitors equals one monitor fed both streams (quantiles within sketch accuracy)", () => {
    // Prepare
    const a = new Monitor(config, { now });
    const b = new Monitor(config, { now });
    const both = new Monitor(config, { now });
    feed(a, 1, "a");
    feed(b, 2, "b");
    feed(both, 1, "a");
    feed(both, 2, "b");
    // Act: b crosses a process boundary as JSON, as it would between function instances.
    const wire = JSON.parse(JSON.stringify(b.toJSON()));
    a.merge(Monitor.fromJSON(wire, { salt: SALT }, { now }));
    const merged = a.snapshot();
    const single = both.snapshot();
    // Assess
    expect(exact(merged)).toEqual({
      ...exact(single),
      confidence: { ...exact(single).confidence, mean: expect.closeTo(single.confidence.mean ?? 0, 12) },
      cost: { ...single.cost, totalUsd: expect.closeTo(single.cost.totalUsd, 12) },
    });
    expect(merged.latency.mean).toBeCloseTo(single.latency.mean ?? 0, 9);
    for (const q of ["p50", "p90", "p95", "p99"] as const) {
      const want = single.latency[q] ?? 0;
      expect(Math.abs((merged.latency[q] ?? 0) - want) / want).toBeLessThanOrEqual(0.01);
    }
  });

  it("lines up classes that two instances saw in a different order, overflow included", () => {
    const small = { ...config, maxClasses: 2 };
    const a = new Monitor(small, { now });
    const b = new Monitor(small, { now });
    for (const label of ["x", "y", "z"])
      a.logPrediction({ id: `a-${label}`, prediction: label, confidence: 0.9, latencyMs: 1 });
    for (const label of ["y", "w", "x"])
      b.logPrediction({ id: `b-${label}`, prediction: label, confidence: 0.9, latencyMs: 1 });
    b.logFeedback("b-y", "y");

    a.merge(b);
    a.logFeedback("b-x", "x");

    // b had no room left for "x", so its x stays in the overflow bucket; "w" finds no room in a.
    expect(a.snapshot().classes).toEqual({ x: 1, y: 2, __other__: 3 });
    expect(a.feedbackMetrics().confusion).toEqual({ x: { __other__: 1 }, y: { y: 1 } });
  });

  it("round-trips through JSON without the salt and keeps logging", () => {
    const monitor = new Monitor(config, { now });
    feed(monitor, 3, "p");

    const json = JSON.stringify(monitor.toJSON());
    const restored = Monitor.fromJSON(JSON.parse(json), { salt: SALT }, { now });
    restored.logPrediction({ prediction: "legit", confidence: 0.9, latencyMs: 4 });
    monitor.logPrediction({ prediction: "legit", confidence: 0.9, latencyMs: 4 });

    expect(json).not.toContain(SALT);
    expect(restored.snapshot()).toEqual(monitor.snapshot());
    expect(restored.logFeedback("p399", "legit").accepted).toBe(true);
  });

  it("refuses to merge different models and corrupted state", () => {
    const a = new Monitor(config, { now });
    const other = new Monitor({ ...config, model: "churn" }, { now });

    expect(() => a.merge(other)).toThrowError(HealthError);
    expect(() => Monitor.fromJSON({ version: 2 }, { salt: SALT }, { now })).toThrowError(
      expect.objectContaining({ code: "InvalidMonitorState" }),
    );
  });
});
