import type { EmbeddingDriftResult } from "./EmbeddingDriftResult.js";
import { columnMeans, type Embeddings } from "./Embeddings.js";
import { NumpyRandomState } from "./NumpyRandomState.js";
import { npPercentile } from "./npPercentile.js";

/** Evidently's bootstrap variant of the `distance` method. */
export interface BootstrapOptions {
  /**
   * Replace the fixed threshold with the `quantileProbability` percentile of 100 distances between
   * two resamples of the reference (`np.random.seed(i)`, i = 0..99), as Evidently does.
   */
  bootstrap?: boolean;
  /** Percentile of the bootstrap (Evidently: 0.95). */
  quantileProbability?: number;
}

type Distance = (a: Float64Array, b: Float64Array) => number;

const euclidean: Distance = (a, b) => {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += (a[j]! - b[j]!) ** 2;
  return Math.sqrt(s);
};

// scipy's `cosine`: 1 - u·v / sqrt(u·u · v·v), clipped to [0, 2]. A zero mean vector gives NaN
// in scipy; here it counts as orthogonal (1), a defined score for a degenerate input.
const cosine: Distance = (a, b) => {
  let uv = 0;
  let uu = 0;
  let vv = 0;
  for (let j = 0; j < a.length; j++) {
    uv += a[j]! * b[j]!;
    uu += a[j]! * a[j]!;
    vv += b[j]! * b[j]!;
  }
  const denominator = Math.sqrt(uu * vv);
  return denominator === 0 ? 1 : Math.min(2, Math.max(0, 1 - uv / denominator));
};

function meanOfRows(e: Embeddings, rows: number[]): Float64Array {
  const mean = new Float64Array(e.dim);
  for (const r of rows) for (let j = 0; j < e.dim; j++) mean[j]! += e.data[r * e.dim + j]!;
  for (let j = 0; j < e.dim; j++) mean[j]! /= rows.length;
  return mean;
}

function distanceDrift(
  method: "euclidean" | "cosine",
  dist: Distance,
  ref: Embeddings,
  cur: Embeddings,
  threshold: number,
  options: BootstrapOptions,
): EmbeddingDriftResult {
  const score = dist(columnMeans(ref), columnMeans(cur));
  const evidence: Record<string, unknown> = method === "cosine" ? { similarity: 1 - score } : {};
  if (!options.bootstrap) return { method, score, threshold, drift: score > threshold, evidence };
  const m = ref.rows;
  const n = cur.rows;
  const refSize = Math.trunc((m * m) / (m + n));
  const curSize = Math.trunc((n * m) / (m + n));
  const resampled = Array.from({ length: 100 }, (_, i) => {
    const rs = new NumpyRandomState(i);
    const a = rs.randint(m, refSize);
    const b = rs.randint(m, curSize);
    return dist(meanOfRows(ref, a), meanOfRows(ref, b));
  });
  const q = options.quantileProbability ?? 0.95;
  const bootstrapThreshold = npPercentile(resampled, 100 * q);
  return {
    method,
    score,
    threshold: bootstrapThreshold,
    drift: score > bootstrapThreshold,
    evidence: { ...evidence, bootstrap: true, quantileProbability: q },
  };
}

/**
 * Evidently's `distance` method with `dist="euclidean"` (its default, threshold 0.2): the
 * Euclidean distance between the mean reference and mean current embedding; drift when above.
 *
 * @example
 * euclideanDrift(toEmbeddings(ref, "reference"), toEmbeddings(cur, "current")).drift;
 */
export function euclideanDrift(
  ref: Embeddings,
  cur: Embeddings,
  threshold = 0.2,
  options: BootstrapOptions = {},
): EmbeddingDriftResult {
  return distanceDrift("euclidean", euclidean, ref, cur, threshold, options);
}

/**
 * Evidently's `distance` method with `dist="cosine"`: scipy's cosine distance (1 − cosine
 * similarity) between the mean embeddings; drift when above `threshold` (default 0.2, Evidently's).
 *
 * @example
 * cosineDrift(ref, cur, 0.1).evidence.similarity;
 */
export function cosineDrift(
  ref: Embeddings,
  cur: Embeddings,
  threshold = 0.2,
  options: BootstrapOptions = {},
): EmbeddingDriftResult {
  return distanceDrift("cosine", cosine, ref, cur, threshold, options);
}
