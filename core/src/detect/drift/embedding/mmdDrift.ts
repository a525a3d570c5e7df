import { MersenneTwister } from "../stream/MersenneTwister.js";
import type { EmbeddingDriftResult } from "./EmbeddingDriftResult.js";
import { type Embeddings, stack } from "./Embeddings.js";
import { gaussianKernelInPlace, mmdPermutationTest, squaredDistances } from "./kernelMmd.js";

/** Options shared by both MMD variants. */
export interface MmdOptions {
  /** Permutations of the permutation test (Alibi Detect's default: 100). */
  permutations?: number;
  /** Seed of the permutation test's shuffles. */
  seed?: number;
}

/**
 * Evidently's `mmd` method: unbiased MMD² with a Gaussian (RBF) kernel whose
 * gamma = 1 / median(‖ref − cur‖)², the median taken over all reference × current pairs;
 * score = max(MMD², 0), drift when MMD² > `threshold` (0.015). Evidently computes the median on
 * at most 1000 rows of each set drawn by pandas; above 1000 rows airr draws them with its own
 * seeded generator, so the bandwidth can differ slightly there. airr adds a permutation p-value.
 *
 * @example
 * const r = mmdEvidentlyDrift(ref, cur, 0.015, { seed: 1 });
 * console.log(r.score, r.pValue);
 */
export function mmdEvidentlyDrift(
  ref: Embeddings,
  cur: Embeddings,
  threshold = 0.015,
  options: MmdOptions = {},
): EmbeddingDriftResult {
  const n = ref.rows + cur.rows;
  const d2 = squaredDistances(stack(ref, cur));
  const rng = new MersenneTwister(options.seed ?? 0);
  const refRows = subsample(ref.rows, 1000, rng);
  const curRows = subsample(cur.rows, 1000, rng).map((j) => ref.rows + j);
  const cross = new Float64Array(refRows.length * curRows.length);
  let c = 0;
  for (const i of refRows) for (const j of curRows) cross[c++] = Math.sqrt(d2[i * n + j]!);
  const sigma2 = median(cross) ** 2;
  const k = gaussianKernelInPlace(d2, n, 1 / sigma2);
  const test = mmdPermutationTest(k, n, ref.rows, options.permutations ?? 100, options.seed ?? 0);
  const score = Math.max(test.statistic, 0);
  return {
    method: "mmd",
    score,
    threshold,
    drift: test.statistic > threshold,
    pValue: test.pValue,
    evidence: { mmd2: test.statistic, sigma2, gamma: 1 / sigma2, permutations: test.permuted.length },
  };
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

/** numpy's median: the mean of the two middle values for an even count. */
function median(x: Float64Array): number {
  const s = Float64Array.from(x).sort();
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** All row indices when `rows <= max`, else `max` distinct ones drawn with `rng`. */
function subsample(rows: number, max: number, rng: MersenneTwister): number[] {
  return rows <= max ? Array.from({ length: rows }, (_, i) => i) : rng.sample(rows, max);
}
