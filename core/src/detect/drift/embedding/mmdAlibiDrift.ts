import type { EmbeddingDriftResult } from "./EmbeddingDriftResult.js";
import { type Embeddings, stack } from "./Embeddings.js";
import { gaussianKernelInPlace, mmdPermutationTest, squaredDistances } from "./kernelMmd.js";

/** Options of the permutation test. */
export interface MmdOptions {
  /** Permutations of the permutation test (Alibi Detect's default: 100). */
  permutations?: number;
  /** Seed of the permutation test's shuffles. */
  seed?: number;
}

/**
 * Alibi Detect's `MMDDrift`: MMD² with its `GaussianRBF` kernel exp(−d² / (2σ²)), σ from
 * `sigma_median` on the reference set against itself (the sorted squared distances at index
 * n + (n² − n) // 2 − 1, σ = sqrt(d²/2)), zero diagonal, and a permutation test; drift when
 * p < `pVal` (0.05), reported as `threshold`. The permutations use airr's seeded generator, not
 * torch's, so p-values agree in distribution, not draw by draw.
 *
 * @example
 * const r = mmdAlibiDrift(ref, cur, 0.05, { permutations: 100, seed: 0 });
 * r.drift === r.pValue! < 0.05;
 */
export function mmdAlibiDrift(
  ref: Embeddings,
  cur: Embeddings,
  pVal = 0.05,
  options: MmdOptions = {},
): EmbeddingDriftResult {
  const n = ref.rows + cur.rows;
  const d2 = squaredDistances(stack(ref, cur), 1e-30);
  const m = ref.rows;
  const own = new Float64Array(m * m);
  for (let i = 0; i < m; i++) own.set(d2.subarray(i * n, i * n + m), i * m);
  own.sort();
  const sigma = Math.sqrt(0.5 * own[m + Math.floor((m * m - m) / 2) - 1]!);
  const k = gaussianKernelInPlace(d2, n, 1 / (2 * sigma ** 2));
  const permutations = options.permutations ?? 100;
  const test = mmdPermutationTest(k, n, ref.rows, permutations, options.seed ?? 0);
  const descending = [...test.permuted].sort((a, b) => b - a);
  const distanceThreshold = descending[Math.floor(pVal * permutations)] ?? Number.NaN;
  return {
    method: "mmd_alibi",
    score: test.statistic,
    threshold: pVal,
    drift: test.pValue < pVal,
    pValue: test.pValue,
    evidence: { mmd2: test.statistic, sigma, distanceThreshold, permutations },
  };
}
