import { Monitor, OTHER_CLASS, type PredictionEvent } from "@airr/core";
import { describe, expect, it } from "vitest";
import { predictions, SALT } from "./streams.js";

const make = (extra: Record<string, unknown> = {}) =>
  new Monitor({ model: "fraud", salt: SALT, ...extra }, { now: () => Date.parse("2026-06-01T12:00:00Z") });

describe("Monitor aggregates", () => {
  it("reports the true mean and, separately, the EMA of confidence and latency", () => {
    const monitor = make({ emaAlpha: 0.5 });
    const confidences = [0.2, 0.4, 0.9];

    confidences.forEach((confidence, i) => {
      monitor.logPrediction({ prediction: "a", confidence, latencyMs: 10 * (i + 1) });
    });
    const snap = monitor.snapshot();

    expect(snap.confidence.mean).toBeCloseTo(0.5, 12);
    // EMA with alpha 0.5: 0.2 -> 0.3 -> 0.6
    expect(snap.confidence.ema).toBeCloseTo(0.6, 12);
    expect(snap.latency.mean).toBeCloseTo(20, 12);
    expect(snap.latency.ema).toBeCloseTo(22.5, 12);
    expect(snap.latency).toMatchObject({ count: 3, min: 10, max: 30 });
  });

  it("counts predictions, errors, low confidence and the class mix", () => {
    const monitor = make({ lowConfidenceThreshold: 0.6 });
    const stream = predictions(7, 500, { classes: ["fraud", "legit", "review"] });

    for (const e of stream) monitor.logPrediction(e);
    monitor.logError(new RangeError("timeout"));
    monitor.logError("boom");
    const snap = monitor.snapshot();

    const byClass: Record<string, number> = {};
    for (const e of stream) byClass[String(e.prediction)] = (byClass[String(e.prediction)] ?? 0) + 1;
    expect(snap.classes).toEqual(byClass);
    expect(snap.counts).toMatchObject({ predictions: 500, errors: 2, rejected: 0 });
    expect(snap.counts.lowConfidence).toBe(stream.filter((e) => e.confidence < 0.6).length);
    expect(snap.errors).toEqual({ RangeError: 1, string: 1 });
    expect(snap.health.errorRate).toBeCloseTo(2 / 502, 12);
  });

  it.each<[string, Partial<PredictionEvent>, string]>([
    ["NaN confidence", { confidence: Number.NaN }, "confidence-not-a-number"],
    ["string confidence", { confidence: "0.9" as unknown as number }, "confidence-not-a-number"],
    ["negative confidence", { confidence: -0.1 }, "confidence-out-of-range"],
    ["confidence above 1", { confidence: 1.2 }, "confidence-out-of-range"],
    ["NaN latency", { latencyMs: Number.NaN }, "latency-not-a-number"],
    ["negative latency", { latencyMs: -3 }, "latency-out-of-range"],
    ["infinite latency", { latencyMs: Number.POSITIVE_INFINITY }, "latency-out-of-range"],
    ["latency over 11 days", { latencyMs: 2e9 }, "latency-out-of-range"],
    ["negative tokens", { tokens: { input: -1 } }, "tokens-invalid"],
    ["NaN cost", { costUsd: Number.NaN }, "cost-invalid"],
    ["missing prediction", { prediction: "" }, "prediction-missing"],
    ["bad timestamp", { timestamp: Number.NaN }, "timestamp-invalid"],
  ])("rejects %s with a reason and never averages it in", (_name, bad, reason) => {
    const monitor = make();
    monitor.logPrediction({ prediction: "a", confidence: 0.8, latencyMs: 5 });

    const result = monitor.logPrediction({ prediction: "a", confidence: 0.5, latencyMs: 7, ...bad });
    const snap = monitor.snapshot();

    expect(result).toEqual({ accepted: false, reason });
    expect(snap.rejected).toEqual({ [reason]: 1 });
    expect(snap.counts).toMatchObject({ predictions: 1, rejected: 1 });
    expect(snap.confidence.mean).toBe(0.8);
    expect(snap.latency).toMatchObject({ count: 1, mean: 5 });
  });

  it("keeps the last errors with the input's salted id, never the input", () => {
    const monitor = make();
    const input = { email: "alice@example.com" };

    for (let i = 0; i < 25; i++) monitor.logError(new TypeError("bad"), i === 24 ? input : undefined);
    const snap = monitor.snapshot();

    expect(snap.recentErrors).toHaveLength(20);
    expect(snap.recentErrors.at(-1)).toEqual({
      kind: "TypeError",
      inputId: monitor.inputId(input),
      at: "2026-06-01T12:00:00.000Z",
    });
    expect(JSON.stringify(monitor.toJSON())).not.toContain("alice");
  });

  it("keeps memory bounded: classes past maxClasses share one overflow bucket", () => {
    const monitor = make({ maxClasses: 3 });

    for (let i = 0; i < 100; i++)
      monitor.logPrediction({ prediction: `free text ${i}`, confidence: 0.9, latencyMs: 1 });
    const state = monitor.toJSON();

    expect(state.classes).toHaveLength(3);
    expect(monitor.snapshot().classes[OTHER_CLASS]).toBe(97);
    expect(state.window.cls.length).toBeLessThanOrEqual(state.config.windowSize);
  });

  it("computes cost from tokens with the price table, and lets users add prices", () => {
    const monitor = make({ prices: { "my-llm": { inputPer1k: 0.001, outputPer1k: 0.004 } } });

    monitor.logPrediction({
      prediction: "a",
      confidence: 0.9,
      latencyMs: 1,
      model: "my-llm",
      tokens: { input: 2000, output: 500 },
    });
    monitor.logPrediction({
      prediction: "a",
      confidence: 0.9,
      latencyMs: 1,
      model: "gpt-4o-mini",
      tokens: { input: 1000, output: 1000 },
    });
    monitor.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: 1, costUsd: 0.5, tokens: { output: 10 } });
    monitor.logPrediction({
      prediction: "a",
      confidence: 0.9,
      latencyMs: 1,
      model: "unknown-llm",
      tokens: { input: 10 },
    });
    const cost = monitor.snapshot().cost;

    expect(cost.totalUsd).toBeCloseTo(0.004 + (0.00015 + 0.0006) + 0.5, 12);
    expect(cost.tokens).toEqual({ input: 3010, output: 1510, total: 4520 });
    expect(cost.unpriced).toBe(1);
  });

  it("rejects a bad configuration with a typed error naming the field", () => {
    expect(() => make({ salt: "short" })).toThrowError(
      expect.objectContaining({ code: "InvalidMonitorConfig", where: "config.salt" }),
    );
    expect(() => make({ timeZone: "Mars/Olympus" })).toThrowError(
      expect.objectContaining({ code: "InvalidMonitorConfig", where: "config.timeZone" }),
    );
  });
});
