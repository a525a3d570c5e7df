import { AnomalyConfigError, afinnSentiment, ToneShift } from "@airr/core";
import { describe, expect, it } from "vitest";

const baseline = ["Great, thanks!", "Good question.", "Glad to help.", "Here is the file you asked for."];

describe("afinnSentiment negation", () => {
  it("flips a valence when a negator is among the three words before it", () => {
    expect(afinnSentiment("not good")).toBe(-1.5);
    expect(afinnSentiment("this is not very good")).toBeLessThan(0);
    expect(afinnSentiment("no doubt it is very good indeed")).toBeGreaterThan(0);
    expect(afinnSentiment("I don't like it")).toBeLessThan(0);
  });
});

describe("ToneShift drift (EWMA chart over recent replies)", () => {
  it("flags a run of mildly negative replies that no single reply would flag", () => {
    // Prepare: a varied friendly baseline
    const tone = new ToneShift();
    for (let i = 0; i < 40; i++) tone.update(baseline[i % baseline.length] as string);
    // Act: the same mildly negative reply, three times
    const run = [1, 2, 3].map(() => tone.update("There is a small problem with the second part of the report."));
    // Assess: the first alone is within the baseline's spread; the run drifts out of it
    expect(run[0]?.detected).toBe(false);
    const flagged = run.find((v) => v.detected);
    expect(flagged).toBeDefined();
    expect(Math.abs(flagged?.shift ?? 99)).toBeLessThan(3);
    expect(flagged?.drift).toBeLessThanOrEqual(-3);
  });

  it("stays quiet on a friendly stream and keeps its state JSON-serializable", () => {
    const tone = new ToneShift();
    const verdicts = Array.from({ length: 60 }, (_, i) => tone.update(baseline[i % baseline.length] as string));
    expect(verdicts.some((v) => v.detected)).toBe(false);
    const restored = new ToneShift();
    restored.state = JSON.parse(JSON.stringify(tone.state));
    expect(restored.update("Good question.")).toEqual(tone.update("Good question."));
  });

  it("rejects a recentAlpha outside (0, 1)", () => {
    expect(() => new ToneShift({ recentAlpha: 1 })).toThrow(AnomalyConfigError);
  });
});
