import type { Embeddings } from "./Embeddings.js";

/**
 * A small, deterministic logistic regression for the domain classifier: features standardised
 * on the training set, L2 penalty `alpha` (scikit-learn SGDClassifier's default 1e-4), fixed
 * full-batch gradient descent. Hand-written because no maintained npm package trains one
 * deterministically without native code, and the classifier only needs to rank.
 *
 * @example
 * const m = logisticRegression(x, y);
 * m.predict(xTest); // probabilities of label 1
 */
export function logisticRegression(
  x: Embeddings,
  y: Float64Array,
  options: { alpha?: number; iterations?: number; step?: number } = {},
): { predict(x: Embeddings): Float64Array } {
  const { rows: n, dim: d, data } = x;
  const alpha = options.alpha ?? 1e-4;
  const iterations = options.iterations ?? 200;
  const step = options.step ?? 0.5;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j]! += data[i * d + j]! / n;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) scale[j]! += (data[i * d + j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = scale[j]! > 0 ? 1 / Math.sqrt(scale[j]!) : 1;
  const z = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) z[i * d + j] = (data[i * d + j]! - mean[j]!) * scale[j]!;

  const w = new Float64Array(d);
  let b = 0;
  const grad = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let t = b;
      for (let j = 0; j < d; j++) t += w[j]! * z[i * d + j]!;
      const err = 1 / (1 + Math.exp(-t)) - y[i]!;
      gb += err;
      for (let j = 0; j < d; j++) grad[j]! += err * z[i * d + j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= step * (grad[j]! / n + alpha * w[j]!);
    b -= (step * gb) / n;
  }

  return {
    predict(xs: Embeddings): Float64Array {
      const out = new Float64Array(xs.rows);
      for (let i = 0; i < xs.rows; i++) {
        let t = b;
        for (let j = 0; j < d; j++) t += w[j]! * (xs.data[i * d + j]! - mean[j]!) * scale[j]!;
        out[i] = 1 / (1 + Math.exp(-t));
      }
      return out;
    },
  };
}
