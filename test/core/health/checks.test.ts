import { classDriftTests, Monitor, type MonitorConfigInput } from "@airr/core";
import { describe, expect, it } from "vitest";
import { predictions, SALT } from "./streams.js";

const T0 = Date.parse("2026-06-01T12:00:00Z");
const make = (extra: Partial<MonitorConfigInput> = {}, now = () => T0) =>
  new Monitor({ model: "fraud", salt: SALT, windowSize: 200, baselineSize: 200, ...extra }, { now });
const check = (m: Monitor, name: string) => m.checks().find((c) => c.name === name);

describe("health checks as Signals", () => {
  it("flags confidence drift when the recent mean falls by more than the relative threshold", () => {
    const monitor = make();
    for (const e of predictions(1, 200, { lo: 0.8, hi: 1 })) monitor.logPrediction(e);
    const before = check(monitor, "health.confidence-drift");

    for (const e of predictions(2, 200, { lo: 0.4, hi: 0.6 })) monitor.logPrediction(e);
    const after = check(monitor, "health.confidence-drift");

    expect(before).toMatchObject({ kind: "health", detected: false, threshold: 0.1 });
    expect(before?.score).toBeCloseTo(0, 12);
    expect(after?.detected).toBe(true);
    expect(after?.score).toBeCloseTo(Math.abs(0.5 - 0.9) / 0.9, 1);
    expect(after?.at).toBe("2026-06-01T12:00:00.000Z");
  });

  it("flags class-distribution drift with max-shift, chi-square and Jensen-Shannon, one Signal each", () => {
    const monitor = make({ checks: { classDrift: { thresholds: { "max-shift": 0.2 } } } });
    for (const e of predictions(3, 200, { classes: ["fraud", "legit"], weights: [0.1, 0.9] })) monitor.logPrediction(e);
    for (const e of predictions(4, 200, { classes: ["fraud", "legit"], weights: [0.5, 0.5] })) monitor.logPrediction(e);

    const shift = check(monitor, "health.class-drift.max-shift");
    const chi = check(monitor, "health.class-drift.chisquare");
    const js = check(monitor, "health.class-drift.jensenshannon");

    expect(shift).toMatchObject({ detected: true, threshold: 0.2, evidence: { test: "max-shift" } });
    expect(shift?.score).toBeGreaterThan(0.3);
    expect(chi).toMatchObject({ detected: true, threshold: 0.05 });
    expect(chi?.score).toBeLessThan(1e-6);
    expect(js).toMatchObject({ detected: true, threshold: 0.1 });
    expect(() => make({ checks: { classDrift: { tests: ["chi-squared-typo"] } } }).checks()).toThrowError(
      expect.objectContaining({ code: "UnknownKey", hint: expect.stringContaining("jensenshannon") }),
    );
  });

  it("reports no class drift (score NaN) before both sides have enough predictions", () => {
    const monitor = make();
    monitor.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: 1 });

    const signals = monitor.checks().filter((c) => c.name.startsWith("health.class-drift."));

    expect(signals.map((c) => c.name)).toEqual([
      "health.class-drift.max-shift",
      "health.class-drift.chisquare",
      "health.class-drift.jensenshannon",
    ]);
    for (const c of signals)
      expect(c).toMatchObject({ detected: false, score: Number.NaN, evidence: { insufficientSamples: true } });
  });

  it("uses whichever class drift test is registered under the configured name", () => {
    classDriftTests.register("always-drift-for-test", {
      defaultThreshold: 0.5,
      scoreMeaning: "test double",
      run: (_r, _c, threshold) => ({ detected: true, score: 1, threshold }),
    });
    const monitor = make({ checks: { classDrift: { tests: ["always-drift-for-test"], minSamples: 1 } } });
    for (let i = 0; i < 201; i++) monitor.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: 1 });

    expect(check(monitor, "health.class-drift.always-drift-for-test")).toMatchObject({
      detected: true,
      score: 1,
      threshold: 0.5,
    });
  });

  it.each([
    [0, 0.9, "healthy"],
    [0.05, 0.9, "degraded"],
    [0.2, 0.9, "unhealthy"],
    [0, 0.3, "unhealthy"],
  ])("status with error share %s and confidence %s is %s", (errorShare, confidence, status) => {
    const monitor = make();
    for (let i = 0; i < 100; i++) {
      if (i < errorShare * 100) monitor.logError(new Error("x"));
      else monitor.logPrediction({ prediction: "a", confidence, latencyMs: 1 });
    }

    const snap = monitor.snapshot();

    expect(snap.health.status).toBe(status);
    expect(snap.health.reason.length).toBeGreaterThan(0);
    expect(check(monitor, "health.status")?.detected).toBe(status !== "healthy");
  });

  it("is unknown before enough events", () => {
    const monitor = make();
    monitor.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: 1 });
    expect(monitor.snapshot().health).toMatchObject({ status: "unknown", reason: "1 of 20 events needed" });
  });

  it("checks latency p95 and p99 limits only when configured", () => {
    const plain = make();
    const limited = make({ checks: { latency: { p95Ms: 100, p99Ms: 1000 } } });
    for (let i = 1; i <= 100; i++) {
      plain.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: i * 2 });
      limited.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: i * 2 });
    }

    expect(plain.checks().map((c) => c.name)).not.toContain("health.latency-p95");
    expect(check(limited, "health.latency-p95")).toMatchObject({ detected: true, threshold: 100 });
    expect(check(limited, "health.latency-p99")).toMatchObject({ detected: false, threshold: 1000 });
  });

  it("judges latency on recent predictions, so a slowdown shows after millions of fast ones", () => {
    const monitor = make({ windowSize: 100, checks: { latency: { p95Ms: 100 } } });
    for (let i = 0; i < 5000; i++) monitor.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: 20 });
    for (let i = 0; i < 200; i++) monitor.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: 400 });

    const snap = monitor.snapshot();

    expect(snap.latency.p95).toBeCloseTo(20, -1);
    expect(snap.latency.recent.p95).toBeCloseTo(400, -1);
    expect(check(monitor, "health.latency-p95")).toMatchObject({ detected: true, threshold: 100 });
  });

  it("checks the token rate over the last minutes", () => {
    let now = T0;
    const monitor = make({ checks: { tokenRate: { maxTokensPerMinute: 1000, windowMinutes: 5 } } }, () => now);
    for (let m = 0; m < 5; m++) {
      now = T0 + m * 60_000;
      monitor.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: 1, tokens: { input: 1500, output: 500 } });
    }
    const busy = check(monitor, "health.token-rate");
    now = T0 + 30 * 60_000;
    const quiet = check(monitor, "health.token-rate");

    expect(busy).toMatchObject({ detected: true, score: 2000 });
    expect(quiet).toMatchObject({ detected: false, score: 0 });
  });
});

describe("shouldRetrain", () => {
  it("keeps the model while nothing is wrong", () => {
    const monitor = make();
    for (const e of predictions(5, 600, { lo: 0.8, hi: 1 })) monitor.logPrediction(e);
    expect(monitor.shouldRetrain()).toEqual({ decision: "keep", reasons: [] });
  });

  it("advises retraining on low accuracy with enough labels, sustained drift and rising low confidence", () => {
    const monitor = make({ checks: { retrain: { minLabelled: 20, sustainedDriftEvaluations: 2 } } });
    for (const e of predictions(6, 200, { lo: 0.7, hi: 1, idPrefix: "b" })) monitor.logPrediction(e);
    const drifted = predictions(7, 600, { lo: 0.2, hi: 0.6, idPrefix: "d" });
    for (const e of drifted) monitor.logPrediction(e);
    drifted.slice(-30).forEach((e) => {
      monitor.logFeedback(String(e.id), e.prediction === "fraud" ? "legit" : "fraud");
    });

    const advice = monitor.shouldRetrain();

    expect(advice.decision).toBe("retrain");
    expect(advice.reasons).toEqual([
      expect.stringMatching(/^accuracy 0\.0% .* over 30 labels is below 80\.0%$/),
      expect.stringMatching(/^confidence drift in [23] consecutive evaluations$/),
      expect.stringMatching(/^low-confidence rate rose from 0\.0% \(baseline\) to .*\(recent\)$/),
    ]);
  });
});
