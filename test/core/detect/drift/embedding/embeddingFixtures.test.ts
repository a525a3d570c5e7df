import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { detectEmbeddingDrift, rocAuc, toEmbeddingSignal } from "@airr/core";
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
  classifier: { roc_auc_evidently_sgd: number; roc_auc_logistic_regression: number };
}

const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../../fixtures/embedding/embedding.json", import.meta.url)), "utf8"),
) as { cases: Case[]; roc_auc: { labels: number[]; scores: number[]; roc_auc: number } };

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
    const result = detectEmbeddingDrift("mmd", c.reference, c.current, { seed: 1 });
    expect(result.evidence["sigma2"]).toBeCloseTo(c.mmd.sigma2, 9);
    expect(result.evidence["mmd2"]).toBeCloseTo(c.mmd.mmd2u, 12);
    expect(result.score).toBeCloseTo(Math.max(c.mmd.mmd2u, 0), 12);
    expect(result.drift).toBe(c.mmd.mmd2u > 0.015);
  });

  it.each(cases)("MMD, Alibi Detect's sigma_median and permutation test: %s", (_n, c) => {
    const result = detectEmbeddingDrift("mmd_alibi", c.reference, c.current, { seed: 1 });
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
    // Assess
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

  it("classifier bootstrap compares with random scorers' AUC", () => {
    const same = fixture.cases[0]!;
    const shifted = fixture.cases[2]!;
    const a = detectEmbeddingDrift("classifier", same.reference, same.current, { bootstrap: true });
    const b = detectEmbeddingDrift("classifier", shifted.reference, shifted.current, { bootstrap: true });
    expect(a.threshold).toBeGreaterThan(0.5);
    expect(a.threshold).toBeLessThan(0.6);
    expect(a.drift).toBe(false);
    expect(b.drift).toBe(true);
  });
});
