import { readFileSync } from "node:fs";
import { AnomalyConfigError, averagePathLength, IsolationForest, OutOfPolicyDetector } from "@airr/core";
import { describe, expect, it } from "vitest";

interface Case {
  name: string;
  seed: number;
  train: number[][];
  test: number[][];
  labels: number[];
  sklearnScoreSamples: number[];
  sklearnAuroc: number;
}
const fixture = JSON.parse(readFileSync(new URL("../../fixtures/anomaly/iforest.json", import.meta.url), "utf8")) as {
  cases: Case[];
};

function auroc(scores: number[], labels: number[]): number {
  const pos = scores.filter((_, i) => labels[i] === 1);
  const neg = scores.filter((_, i) => labels[i] === 0);
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

describe("IsolationForest against scikit-learn (fixtures from generate_iforest.py)", () => {
  it.each(fixture.cases)("$name: AUROC within 0.01 of sklearn, score_samples close", (c) => {
    // Prepare / Act
    const forest = new IsolationForest({ seed: c.seed }).learn(c.train);
    const ours = c.test.map((x) => forest.scoreSample(x));
    // Assess: same ranking quality, and sklearn's score scale (negative, around -0.4..-0.7)
    expect(
      Math.abs(
        auroc(
          ours.map((s) => -s),
          c.labels,
        ) - c.sklearnAuroc,
      ),
    ).toBeLessThanOrEqual(0.01);
    const meanAbs = ours.reduce((a, s, i) => a + Math.abs(s - (c.sklearnScoreSamples[i] as number)), 0) / ours.length;
    expect(meanAbs).toBeLessThan(0.03);
  });

  it("c(n) follows the harmonic-number formula", () => {
    expect(averagePathLength(1)).toBe(0);
    expect(averagePathLength(2)).toBe(1);
    expect(averagePathLength(256)).toBeCloseTo(2 * (Math.log(255) + 0.5772156649015329) - (2 * 255) / 256, 12);
  });

  it("is deterministic for a seed and survives a JSON round trip", () => {
    const c = fixture.cases[0] as Case;
    const a = new IsolationForest({ seed: 5 }).learn(c.train);
    const b = new IsolationForest({ seed: 5 }).learn(c.train);
    const restored = IsolationForest.fromJSON(JSON.parse(JSON.stringify(a)));
    const x = c.test[0] as number[];
    expect(a.score(x)).toBe(b.score(x));
    expect(restored.score(x)).toBe(a.score(x));
  });

  it("rejects bad use with typed errors", () => {
    expect(() => new IsolationForest({ nEstimators: 0 })).toThrow(AnomalyConfigError);
    expect(() => new IsolationForest().learn([[1]])).toThrow(AnomalyConfigError);
    expect(() => new IsolationForest().score([1])).toThrow(AnomalyConfigError);
  });
});

describe("OutOfPolicyDetector", () => {
  it("scores an off-topic prompt above on-topic ones", () => {
    // Prepare: a banking bot's in-policy prompts
    const topics = ["balance", "card", "transfer", "statement", "overdraft", "savings account", "direct debit", "PIN"];
    const verbs = [
      "How do I check my",
      "Can you explain my",
      "What fees apply to my",
      "I need help with my",
      "Why is my",
    ];
    const inPolicy = verbs.flatMap((v) => topics.map((t) => `${v} ${t}?`));
    const d = new OutOfPolicyDetector({ seed: 3 }).learn(inPolicy);
    // Act
    const on = ["How do I check my savings account?", "Can you explain my card fees?", "Why is my transfer late?"];
    const off = [
      "Write a haiku about volcanoes erupting at midnight in Iceland",
      "Who won the 1998 football world cup final?",
      "Translate 'good morning' into Japanese please",
    ];
    const mean = (xs: string[]) => xs.reduce((a, x) => a + d.score(x).score, 0) / xs.length;
    // Assess
    expect(mean(off)).toBeGreaterThan(mean(on));
  });
});
