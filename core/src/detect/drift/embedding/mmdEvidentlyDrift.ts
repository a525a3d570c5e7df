import type { EmbeddingDriftResult } from "./EmbeddingDriftResult.js";
import { type Embeddings, stack } from "./Embeddings.js";
import { gaussianKernelInPlace, mmdPermutationTest, squaredDistances } from "./kernelMmd.js";
import type { MmdOptions } from "./mmdAlibiDrift.js";
import { NumpyRandomState } from "./NumpyRandomState.js";
import { npPercentile } from "./npPercentile.js";

/** Options of Evidently's MMD: the permutation test airr adds, and Evidently's bootstrap. */
export interface MmdEvidentlyOptions extends MmdOptions {
  /** Evidently's bootstrap: threshold = `quantileProbability` percentile of 100 reference resamples. */
  bootstrap?: boolean;
  /** Percentile of the bootstrap (Evidently: 0.05). */
  quantileProbability?: number;
}

/**
 * Evidently's `mmd` method: unbiased MMD² with a Gaussian (RBF) kernel whose
 * gamma = 1 / median(‖ref − cur‖)², the median taken over reference × current pairs of at most
 * 1000 rows each (`DataFrame.sample(1000, random_state=0)`, reproduced draw by draw); score =
 * max(MMD², 0), drift when MMD² > `threshold` (0.015). `bootstrap: true` is Evidently's variant
 * (resamples of the reference, `np.random.seed(i)`), reproduced exactly. airr adds a permutation
 * p-value (`pValue`), which Evidently does not compute.
 *
 * @example
 * const r = mmdEvidentlyDrift(ref, cur, 0.015, { seed: 1 });
 * console.log(r.score, r.pValue);
 */
export function mmdEvidentlyDrift(
  ref: Embeddings,
  cur: Embeddings,
  threshold = 0.015,
  options: MmdEvidentlyOptions = {},
): EmbeddingDriftResult {
  const m = ref.rows;
  const n = m + cur.rows;
  const d2 = squaredDistances(stack(ref, cur));
  const refRows = sampleRows(m);
  const curRows = sampleRows(cur.rows).map((j) => m + j);
  const cross = new Float64Array(refRows.length * curRows.length);
  let c = 0;
  for (const i of refRows) for (const j of curRows) cross[c++] = Math.sqrt(d2[i * n + j]!);
  const sigma2 = npMedian(cross) ** 2;
  const bootstrapThreshold = options.bootstrap
    ? bootstrap(d2, n, m, cur.rows, options.quantileProbability ?? 0.05)
    : undefined;
  const k = gaussianKernelInPlace(d2, n, 1 / sigma2);
  const test = mmdPermutationTest(k, n, m, options.permutations ?? 100, options.seed ?? 0);
  const limit = bootstrapThreshold ?? threshold;
  return {
    method: "mmd",
    score: Math.max(test.statistic, 0),
    threshold: limit,
    drift: test.statistic > limit,
    pValue: test.pValue,
    evidence: {
      mmd2: test.statistic,
      sigma2,
      gamma: 1 / sigma2,
      permutations: test.permuted.length,
      bootstrap: options.bootstrap === true,
    },
  };
}

/** pandas' `sample(min(rows, 1000), random_state=0)`: the first 1000 of numpy's permutation. */
function sampleRows(rows: number): number[] {
  return new NumpyRandomState(0).permutation(rows).slice(0, Math.min(rows, 1000));
}

/** Evidently's MMD bootstrap on the reference alone, from the squared distances of ref+cur. */
function bootstrap(d2: Float64Array, n: number, m: number, nCur: number, q: number): number {
  const rows = sampleRows(m);
  const own = new Float64Array(rows.length * rows.length);
  let c = 0;
  for (const i of rows) for (const j of rows) own[c++] = i === j ? 0 : Math.sqrt(d2[i * n + j]!);
  const gamma = 1 / npMedian(own) ** 2;
  const kernel = (i: number, j: number) => (i === j ? 1 : Math.exp(-gamma * d2[i * n + j]!));
  const xSize = Math.max(Math.trunc((m * m) / (m + nCur)), 1);
  const ySize = Math.max(Math.trunc((m * nCur) / (m + nCur)), 1);
  const block = (a: number[], b: number[]) => {
    let s = 0;
    for (const i of a) for (const j of b) s += kernel(i, j);
    return s;
  };
  const values = Array.from({ length: 100 }, (_, i) => {
    const rs = new NumpyRandomState(i);
    const x = rs.randint(m, xSize);
    const y = rs.randint(m, ySize);
    const diagX = x.reduce((s, a) => s + kernel(a, a), 0);
    const diagY = y.reduce((s, a) => s + kernel(a, a), 0);
    return (
      (1 / (xSize * (xSize - 1))) * (block(x, x) - diagX) +
      (1 / (ySize * (ySize - 1))) * (block(y, y) - diagY) -
      (2 / (xSize * ySize)) * block(x, y)
    );
  });
  return npPercentile(values, 100 * q);
}

/** `np.median`: the middle value, or the mean of the two middle values. */
function npMedian(x: Float64Array): number {
  const s = Float64Array.from(x).sort();
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}
