import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { detectEmbeddingDrift, NumpyRandomState, rocAuc, toEmbeddingSignal } from "@airr/core";
import { describe, expect, it } from "vitest";

interface Case {
  name: string;
  reference: number[][];
  current: number[][];
  euclidean: number;
  cosine: number;
  ratio: number;
  mmd: { mmd2u: number; sigma2: number };
  mmd_alibi: { mmd2: number; sigma: number; p_value_numpy_rng: number };
  classifier: { roc_auc_evidently_sgd: number; roc_auc_logistic_regression: number; bootstrap_threshold: number };
  bootstrap: { euclidean: number; cosine: number; mmd: number };
}

interface NumpyRandom {
  permutation_42_20: number[];
  pandas_sample_1500_1000_rs0: number[];
  seed7_choice_1000_10: number[];
  seed7_rand_3: number[];
}

const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../../fixtures/embedding/embedding.json", import.meta.url)), "utf8"),
) as {
  cases: Case[];
  roc_auc: { labels: number[]; scores: number[]; roc_auc: number };
  numpy_random: NumpyRandom;
};

const cases = fixture.cases.map((c) => [c.name, c] as const);

describe("embedding drift matches Evidently's and Alibi Detect's formulas", () => {
  it.each(cases)("euclidean and cosine distance of means: %s", (_n, c) => {
    // Act
    const euclidean = detectEmbeddingDrift("euclidean", c.reference, c.current);
    const cosine = detectEmbeddingDrift("cosine", c.reference, c.current);
    // Assess
    expect(euclidean.score).toBeCloseTo(c.euclidean, 12);
    expect(euclidean.drift).toBe(c.euclidean > 0.2);
    expect(cosine.score).toBeCloseTo(c.cosine, 12);
    expect(cosine.drift).toBe(c.cosine > 0.2);
  });

  it.each(cases)("ratio of drifted components: %s", (_n, c) => {
    const result = detectEmbeddingDrift("ratio", c.reference, c.current);
    expect(result.score).toBe(c.ratio);
    expect(result.drift).toBe(c.ratio > 0.2);
  });

  it.each(cases)("MMD, Evidently's bandwidth: %s", (_n, c) => {
    const result = detectEmbeddingDrift("mmd", c.reference, c.current, { seed: 1, permutations: 20 });
    expect(result.evidence["sigma2"]).toBeCloseTo(c.mmd.sigma2, 9);
    expect(result.evidence["mmd2"]).toBeCloseTo(c.mmd.mmd2u, 12);
    expect(result.score).toBeCloseTo(Math.max(c.mmd.mmd2u, 0), 12);
    expect(result.drift).toBe(c.mmd.mmd2u > 0.015);
  });

  it.each(cases)("MMD, Alibi Detect's sigma_median and permutation test: %s", (_n, c) => {
    const result = detectEmbeddingDrift("mmd_alibi", c.reference, c.current, { seed: 1, permutations: 20 });
    expect(result.evidence["sigma"]).toBeCloseTo(c.mmd_alibi.sigma, 9);
    expect(result.score).toBeCloseTo(c.mmd_alibi.mmd2, 12);
    // Different generators draw different permutations: the verdicts and clear p-values agree.
    expect(result.drift).toBe(c.mmd_alibi.p_value_numpy_rng < 0.05);
    if (c.mmd_alibi.p_value_numpy_rng === 0) expect(result.pValue).toBe(0);
    else expect(result.pValue).toBeGreaterThan(0.2);
  });

  it.each(cases)("domain classifier ROC AUC close to Evidently's SGDClassifier: %s", (_n, c) => {
    // Prepare: a different model on a different random split; where scikit-learn's own two linear
    // models disagree by more than 0.05 (no linear signal: AUC is split noise), only bounds hold.
    const { roc_auc_evidently_sgd: sgd, roc_auc_logistic_regression: lr } = c.classifier;
    // Act
    const result = detectEmbeddingDrift("classifier", c.reference, c.current, { seed: 42 });
    // Assess: on Evidently's very split, scikit-learn's LogisticRegression is the same model family.
    expect(Math.abs(result.score - lr)).toBeLessThan(0.01);
    if (Math.abs(sgd - lr) < 0.05) {
      expect(Math.abs(result.score - sgd)).toBeLessThan(0.05);
      expect(result.drift).toBe(sgd > 0.55);
    } else {
      expect(result.score).toBeGreaterThan(Math.min(sgd, lr) - 0.1);
      expect(result.score).toBeLessThan(Math.max(sgd, lr) + 0.1);
    }
  });

  it("ROC AUC equals scikit-learn's roc_auc_score, ties included", () => {
    const { labels, scores, roc_auc } = fixture.roc_auc;
    expect(rocAuc(labels, scores)).toBeCloseTo(roc_auc, 14);
  });

  it("is a drift.embedding Signal", () => {
    const c = fixture.cases[1]!;
    const signal = toEmbeddingSignal(detectEmbeddingDrift("mmd_alibi", c.reference, c.current));
    expect(signal).toMatchObject({
      kind: "drift.embedding",
      name: "embedding:mmd_alibi",
      detected: true,
      threshold: 0.05,
    });
    expect(signal.evidence["pValue"]).toBe(0);
  });

  it.each(cases)("Evidently's bootstrap thresholds, reproduced exactly: %s", (_n, c) => {
    // Act
    const euclidean = detectEmbeddingDrift("euclidean", c.reference, c.current, { bootstrap: true });
    const cosine = detectEmbeddingDrift("cosine", c.reference, c.current, { bootstrap: true });
    const classifier = detectEmbeddingDrift("classifier", c.reference, c.current, { bootstrap: true });
    // Assess: same resamples (np.random.seed(i)), same split (random_state=42), same percentile.
    expect(euclidean.threshold).toBeCloseTo(c.bootstrap.euclidean, 12);
    expect(euclidean.drift).toBe(c.euclidean > c.bootstrap.euclidean);
    expect(cosine.threshold).toBeCloseTo(c.bootstrap.cosine, 12);
    expect(classifier.threshold).toBeCloseTo(c.classifier.bootstrap_threshold, 14);
  });

  it.each(cases.filter(([, c]) => c.reference.length <= 500))("Evidently's MMD bootstrap threshold: %s", (_n, c) => {
    const result = detectEmbeddingDrift("mmd", c.reference, c.current, { bootstrap: true, permutations: 1 });
    expect(result.threshold).toBeCloseTo(c.bootstrap.mmd, 12);
    expect(result.drift).toBe(c.mmd.mmd2u > c.bootstrap.mmd);
  });
});

describe("NumpyRandomState draws what numpy's legacy RandomState draws", () => {
  const r = fixture.numpy_random;
  it("permutation, as train_test_split(random_state=42) and DataFrame.sample(random_state=0) use it", () => {
    expect(new NumpyRandomState(42).permutation(20)).toEqual(r.permutation_42_20);
    expect(new NumpyRandomState(0).permutation(1500).slice(0, 1000)).toEqual(r.pandas_sample_1500_1000_rs0);
  });

  it("choice with replacement and rand after np.random.seed", () => {
    expect(new NumpyRandomState(7).randint(1000, 10)).toEqual(r.seed7_choice_1000_10);
    expect(Array.from(new NumpyRandomState(7).rand(3))).toEqual(r.seed7_rand_3);
  });
});
