import type { EmbeddingDriftResult } from "./EmbeddingDriftResult.js";
import { type Embeddings, stack } from "./Embeddings.js";
import { logisticRegression } from "./logisticRegression.js";
import { NumpyRandomState } from "./NumpyRandomState.js";
import { npPercentile } from "./npPercentile.js";
import { rocAuc } from "./rocAuc.js";

/** Options of the domain classifier method. */
export interface ClassifierDriftOptions {
  /** Evidently's bootstrap variant: compare with the 95th percentile of random classifiers' AUC. */
  bootstrap?: boolean;
  /** Percentile of the bootstrap variant (Evidently: 0.95). */
  quantileProbability?: number;
  /** Seed of the train/test split (Evidently: `random_state=42`, the default). */
  seed?: number;
}

/**
 * Evidently's `model` method: a domain classifier learns to tell reference (label 1) from
 * current (label 0) embeddings on a random half and is scored by ROC AUC on the other half;
 * drift when AUC > `threshold` (0.55). Evidently trains scikit-learn's
 * `SGDClassifier(loss="log_loss")`; airr trains a deterministic L2-regularised logistic
 * regression (full-batch gradient descent on standardised features) on the very same split
 * (scikit-learn's `train_test_split(test_size=0.5, random_state=42)`, reproduced draw by draw),
 * so AUCs agree within a few hundredths, not to the digit. `bootstrap: true` replaces the
 * threshold by the `quantileProbability` percentile of the AUCs of 100 random scorers
 * (`np.random.seed(i); np.random.rand(n)`, i = 0..99) on the same test half: Evidently's
 * variant for small reference sets, reproduced exactly.
 *
 * @example
 * classifierDrift(ref, cur, 0.55, { seed: 42 }).score; // ROC AUC
 */
export function classifierDrift(
  ref: Embeddings,
  cur: Embeddings,
  threshold = 0.55,
  options: ClassifierDriftOptions = {},
): EmbeddingDriftResult {
  const all = stack(ref, cur);
  const n = all.rows;
  const labels = Float64Array.from({ length: n }, (_, i) => (i < ref.rows ? 1 : 0));
  const nTest = Math.ceil(n / 2);
  const order = new NumpyRandomState(options.seed ?? 42).permutation(n);
  const pick = (rows: number[]) => {
    const data = new Float64Array(rows.length * all.dim);
    for (const [i, r] of rows.entries()) data.set(all.data.subarray(r * all.dim, (r + 1) * all.dim), i * all.dim);
    return { x: { rows: rows.length, dim: all.dim, data }, y: Float64Array.from(rows, (r) => labels[r]!) };
  };
  const test = pick(order.slice(0, nTest));
  const train = pick(order.slice(nTest));
  const model = logisticRegression(train.x, train.y);
  const auc = rocAuc(test.y, model.predict(test.x));
  if (!options.bootstrap) {
    return {
      method: "classifier",
      score: auc,
      threshold,
      drift: auc > threshold,
      evidence: { train: train.y.length, test: nTest },
    };
  }
  const q = options.quantileProbability ?? 0.95;
  const random = Array.from({ length: 100 }, (_, i) => rocAuc(test.y, new NumpyRandomState(i).rand(nTest)));
  const bootstrapThreshold = npPercentile(random, 100 * q);
  return {
    method: "classifier",
    score: auc,
    threshold: bootstrapThreshold,
    drift: auc > bootstrapThreshold,
    evidence: { train: train.y.length, test: nTest, bootstrap: true, quantileProbability: q },
  };
}
