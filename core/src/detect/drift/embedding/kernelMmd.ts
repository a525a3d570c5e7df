import { MersenneTwister } from "../stream/MersenneTwister.js";
import type { Embeddings } from "./Embeddings.js";

/**
 * Squared Euclidean distances between all rows of `x`, as scikit-learn and Alibi Detect compute
 * them (|a|² + |b|² − 2a·b, clamped at `floor`). Returned as a full row-major N×N matrix.
 */
export function squaredDistances(x: Embeddings, floor = 0): Float64Array {
  const { rows: n, dim: d, data } = x;
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = i * d; k < (i + 1) * d; k++) s += data[k]! * data[k]!;
    norms[i] = s;
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const a = i * d;
    out[i * n + i] = Math.max(floor, norms[i]! + norms[i]! - 2 * dot(data, a, a, d));
    for (let j = i + 1; j < n; j++) {
      const v = Math.max(floor, norms[i]! + norms[j]! - 2 * dot(data, a, j * d, d));
      out[i * n + j] = v;
      out[j * n + i] = v;
    }
  }
  return out;
}

function dot(data: Float64Array, a: number, b: number, d: number): number {
  // Four accumulators: the hot loop of the whole MMD (N² · dim multiply-adds).
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < d; k += 4) {
    s0 += data[a + k]! * data[b + k]!;
    s1 += data[a + k + 1]! * data[b + k + 1]!;
    s2 += data[a + k + 2]! * data[b + k + 2]!;
    s3 += data[a + k + 3]! * data[b + k + 3]!;
  }
  for (; k < d; k++) s0 += data[a + k]! * data[b + k]!;
  return s0 + s1 + s2 + s3;
}

/** Turns squared distances into a Gaussian kernel exp(-gamma·d²), in place, with a zero diagonal. */
export function gaussianKernelInPlace(d2: Float64Array, n: number, gamma: number): Float64Array {
  for (let i = 0; i < d2.length; i++) d2[i] = Math.exp(-gamma * d2[i]!);
  for (let i = 0; i < n; i++) d2[i * n + i] = 0;
  return d2;
}

/**
 * Unbiased MMD² from a kernel matrix with a zero diagonal, the first `nRef` rows being the
 * reference: sum(Kxx)/(m(m−1)) + sum(Kyy)/(n(n−1)) − 2·mean(Kxy).
 * `inRef[i]` says which side row i is on (1 = reference), so a permutation is just a relabeling.
 */
export function mmd2FromKernel(k: Float64Array, n: number, inRef: Float64Array, rowTotals: Float64Array): number {
  let xx = 0;
  let xy = 0;
  let yy = 0;
  for (let i = 0; i < n; i++) {
    const base = i * n;
    let toRef = 0;
    for (let j = i + 1; j < n; j++) toRef += k[base + j]! * inRef[j]!;
    const toCur = rowTotals[i]! - toRef;
    if (inRef[i] === 1) {
      xx += toRef;
      xy += toCur;
    } else {
      xy += toRef;
      yy += toCur;
    }
  }
  let m = 0;
  for (let i = 0; i < n; i++) m += inRef[i]!;
  const c = n - m;
  return (2 * xx) / (m * (m - 1)) + (2 * yy) / (c * (c - 1)) - (2 * xy) / (m * c);
}

/**
 * A permutation test of MMD²: the statistic, then `permutations` statistics with the rows'
 * sides shuffled (Fisher-Yates driven by a seeded Mersenne Twister). p = share of permuted
 * statistics >= the observed one, Alibi Detect's convention.
 *
 * @example
 * const { statistic, pValue } = mmdPermutationTest(k, 2000, 1000, 100, 0);
 */
export function mmdPermutationTest(
  k: Float64Array,
  n: number,
  nRef: number,
  permutations: number,
  seed: number,
): { statistic: number; pValue: number; permuted: number[] } {
  const rowTotals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = i + 1; j < n; j++) s += k[i * n + j]!;
    rowTotals[i] = s;
  }
  const inRef = new Float64Array(n);
  inRef.fill(1, 0, nRef);
  const statistic = mmd2FromKernel(k, n, inRef, rowTotals);
  const rng = new MersenneTwister(seed);
  const permuted: number[] = [];
  let atLeast = 0;
  for (let p = 0; p < permutations; p++) {
    for (let i = n - 1; i > 0; i--) {
      const j = rng.randbelow(i + 1);
      const t = inRef[i]!;
      inRef[i] = inRef[j]!;
      inRef[j] = t;
    }
    const value = mmd2FromKernel(k, n, inRef, rowTotals);
    permuted.push(value);
    if (statistic <= value) atLeast++;
  }
  return { statistic, pValue: permutations === 0 ? Number.NaN : atLeast / permutations, permuted };
}
