import type { EmbeddingDriftResult } from "./EmbeddingDriftResult.js";
import { columnMeans, type Embeddings } from "./Embeddings.js";

/**
 * Evidently's `distance` method with `dist="euclidean"` (its default, threshold 0.2): the
 * Euclidean distance between the mean reference and mean current embedding; drift when above.
 *
 * @example
 * euclideanDrift(toEmbeddings(ref, "reference"), toEmbeddings(cur, "current")).drift;
 */
export function euclideanDrift(ref: Embeddings, cur: Embeddings, threshold = 0.2): EmbeddingDriftResult {
  const a = columnMeans(ref);
  const b = columnMeans(cur);
  let s = 0;
  for (let j = 0; j < a.length; j++) s += (a[j]! - b[j]!) ** 2;
  const score = Math.sqrt(s);
  return { method: "euclidean", score, threshold, drift: score > threshold, evidence: {} };
}

/**
 * Evidently's `distance` method with `dist="cosine"`: scipy's cosine distance (1 - cosine
 * similarity) between the mean embeddings; drift when above `threshold` (default 0.2, Evidently's).
 *
 * @example
 * cosineDrift(ref, cur, 0.1).evidence.similarity;
 */
export function cosineDrift(ref: Embeddings, cur: Embeddings, threshold = 0.2): EmbeddingDriftResult {
  const a = columnMeans(ref);
  const b = columnMeans(cur);
  let uv = 0;
  let uu = 0;
  let vv = 0;
  for (let j = 0; j < a.length; j++) {
    uv += a[j]! * b[j]!;
    uu += a[j]! * a[j]!;
    vv += b[j]! * b[j]!;
  }
  // scipy clips to [0, 2] against rounding; a zero mean vector gives NaN there, 1 (orthogonal) here.
  const denominator = Math.sqrt(uu * vv);
  const score = denominator === 0 ? 1 : Math.min(2, Math.max(0, 1 - uv / denominator));
  return { method: "cosine", score, threshold, drift: score > threshold, evidence: { similarity: 1 - score } };
}
