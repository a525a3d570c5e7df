import { defineCheck } from "../defineCheck.js";
import { NumpyRandomState } from "../embedding/NumpyRandomState.js";
import { DriftCheckError } from "../errors.js";
import { asNumbers } from "../math/numeric.js";
import { pairwiseSum } from "../math/pairwiseSum.js";

/** Largest pooled sample: the kernel matrix then takes 8 · 6000² bytes ≈ 275 MiB. */
const MAX_POOLED = 6000;

/**
 * Evidently's empirical maximum mean discrepancy: RBF kernel with the median-distance bandwidth
 * of the reference, unbiased MMD², and a p-value from 100 permutations of the pooled kernel
 * matrix. Evidently draws them from numpy's unseeded global generator; this check draws them
 * from numpy's `RandomState(seed ?? 0)`. Needs O((n+m)²) memory: raw samples only, and at
 * most 6000 pooled values (`CheckInputTooLarge` beyond; Evidently would try and exhaust memory).
 * Drift when p < 0.1.
 */
export const empiricalMmdCheck = defineCheck({
  name: "empirical_mmd",
  displayName: "empirical_mmd",
  types: ["num"],
  defaultThreshold: 0.1,
  rule: "lt",
  score(reference, current, _type, options) {
    const x = asNumbers(reference, "empirical_mmd");
    const y = asNumbers(current, "empirical_mmd");
    const nx = x.length;
    const ny = y.length;
    const N = nx + ny;
    if (N > MAX_POOLED) {
      throw new DriftCheckError(
        "CheckInputTooLarge",
        `empirical_mmd builds an (n+m)² kernel matrix; ${N} values would need ${Math.round((N * N * 8) / 2 ** 20)} MiB`,
        {
          hint: `sample both sides to at most ${MAX_POOLED} values in total, or use wasserstein / ks`,
        },
      );
    }
    const z = new Float64Array(N);
    z.set(x);
    z.set(y, nx);
    // Squared distances in numpy's expanded form, y² − 2xy + x², to round like Evidently.
    const sq = (a: number, b: number): number => b * b - 2 * a * b + a * a;
    const dxx = new Float64Array(nx * nx);
    for (let i = 0; i < nx; i++) for (let j = 0; j < nx; j++) dxx[i * nx + j] = sq(x[i] as number, x[j] as number);
    dxx.sort();
    const mid = nearestRankIndex(dxx.length);
    let sigma = Math.sqrt(0.5 * (dxx[mid] as number));
    if (sigma === 0) sigma = Math.sqrt(0.5);
    const gamma = 1 / (2 * sigma ** 2);
    const K = new Float64Array(N * N);
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) {
        if (i === j) continue;
        // Blocks: x-x, x-y (and its transpose), y-y; the x-y block is computed as rbf(x, y).
        const d =
          i < nx || j < nx
            ? i < nx
              ? sq(z[i] as number, z[j] as number)
              : sq(z[j] as number, z[i] as number)
            : sq(z[i] as number, z[j] as number);
        K[i * N + j] = Math.exp(-gamma * d);
      }
    }
    const identity = Uint32Array.from({ length: N }, (_, i) => i);
    const observed = mmd(K, identity, nx, ny);
    const rng = new NumpyRandomState(options.seed ?? 0);
    let atLeast = 0;
    for (let it = 0; it < 100; it++) if (observed <= mmd(K, rng.permutation(N), nx, ny)) atLeast++;
    return atLeast / 100;
  },
});

/** numpy's percentile(method="nearest") index for q = 50 (round half to even). */
function nearestRankIndex(n: number): number {
  const idx = 0.5 * (n - 1);
  const r = Math.round(idx);
  return idx % 1 === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Unbiased MMD² of the (permuted) kernel matrix, summed block by block, row by row, as numpy does. */
function mmd(K: Float64Array, idx: ArrayLike<number>, nx: number, ny: number): number {
  const N = nx + ny;
  const block = (r0: number, rows: number, c0: number, cols: number): number => {
    let acc = 0;
    for (let i = 0; i < rows; i++) {
      const row = (idx[r0 + i] as number) * N;
      acc += pairwiseSum((j) => K[row + (idx[j] as number)] as number, c0, cols);
    }
    return acc;
  };
  const sxx = block(0, nx, 0, nx);
  const syy = block(nx, ny, nx, ny);
  const sxy = block(nx, ny, 0, nx);
  return (1 / (nx * (nx - 1))) * sxx + (1 / (ny * (ny - 1))) * syy - 2.0 * (sxy / (nx * ny));
}
