import type { EmbeddingDriftResult } from "./EmbeddingDriftResult.js";
import { column, type Embeddings } from "./Embeddings.js";

/**
 * Evidently's `ratio` method: the share of embedding components whose normed Wasserstein
 * distance (`wasserstein_distance(ref, cur) / max(std(ref), 0.001)`) reaches
 * `componentThreshold` (0.1); drift when the share exceeds `threshold` (0.2).
 *
 * @example
 * ratioDrift(ref, cur).evidence.drifted; // number of drifted components
 */
export function ratioDrift(
  ref: Embeddings,
  cur: Embeddings,
  threshold = 0.2,
  componentThreshold = 0.1,
): EmbeddingDriftResult {
  let drifted = 0;
  for (let j = 0; j < ref.dim; j++) {
    const r = column(ref, j);
    if (wassersteinDistance(r, column(cur, j)) / Math.max(std(r), 0.001) >= componentThreshold) drifted++;
  }
  const score = drifted / ref.dim;
  return {
    method: "ratio",
    score,
    threshold,
    drift: score > threshold,
    evidence: { drifted, components: ref.dim, componentThreshold },
  };
}

function std(x: Float64Array): number {
  let mean = 0;
  for (const v of x) mean += v;
  mean /= x.length;
  let s = 0;
  for (const v of x) s += (v - mean) ** 2;
  return Math.sqrt(s / x.length);
}

/**
 * scipy's `wasserstein_distance(u, v)`: the area between the two empirical CDFs.
 *
 * @example
 * wassersteinDistance(Float64Array.of(0, 1), Float64Array.of(1, 2)); // 1
 */
export function wassersteinDistance(u: Float64Array, v: Float64Array): number {
  const us = Float64Array.from(u).sort();
  const vs = Float64Array.from(v).sort();
  const all = new Float64Array(us.length + vs.length);
  all.set(us);
  all.set(vs, us.length);
  all.sort();
  let total = 0;
  let i = 0;
  let j = 0;
  for (let k = 0; k < all.length - 1; k++) {
    const x = all[k]!;
    while (i < us.length && us[i]! <= x) i++;
    while (j < vs.length && vs[j]! <= x) j++;
    total += Math.abs(i / us.length - j / vs.length) * (all[k + 1]! - x);
  }
  return total;
}
