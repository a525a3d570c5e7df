import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import { jensenShannonDistance } from "../checks/jensenShannon.js";
import { ksPValue } from "../checks/ks.js";
import { compareCategories } from "../checks/z.js";
import { fillEmpty, relEntr } from "../math/binnedPercents.js";
import { chiSquareSf } from "../math/chiSquareSf.js";
import { sturgesEdges } from "../math/histogram.js";
import type { Category } from "../types.js";
import type { ColumnSummary } from "./columnSummary.js";
import {
  alignedSummaryCounts,
  mergedCdf,
  type Weighted,
  weighted,
  weightedHistogram,
  weightedMeanVar,
} from "./weighted.js";

// The checks that run on counts alone: same formulas as the raw checks, over distinct values
// weighted by their counts.

type Scorer = (ref: ColumnSummary, cur: ColumnSummary) => number;

/** Checks computed straight from the counts, at any size, with memory bounded by the summary. */
export const FROM_COUNTS: Record<string, Scorer> = {
  ks: (r, c) => {
    const a = weighted(r);
    const b = weighted(c);
    let d = 0;
    for (const p of mergedCdf(a, b)) d = Math.max(d, Math.abs(p.fa - p.fb));
    return ksPValue(Math.min(1, d), a.n, b.n);
  },
  wasserstein: (r, c) => {
    const a = weighted(r);
    return cdfDistance(1, a, weighted(c)) / Math.max(Math.sqrt(weightedMeanVar(a, 0).variance), 0.001);
  },
  ed: (r, c) => Math.SQRT2 * cdfDistance(2, weighted(r), weighted(c)),
  t_test: (r, c) => {
    const a = weighted(r);
    const b = weighted(c);
    const x = weightedMeanVar(a, 1);
    const y = weightedMeanVar(b, 1);
    const df = a.n + b.n - 2;
    const pooled = ((a.n - 1) * x.variance + (b.n - 1) * y.variance) / df;
    return tCdf(-Math.abs((x.mean - y.mean) / Math.sqrt(pooled * (1 / a.n + 1 / b.n))), df) * 2;
  },
  psi: (r, c) => {
    const { ref, cur } = percents(r, c, true);
    let s = 0;
    for (let i = 0; i < ref.length; i++)
      s += ((ref[i] as number) - (cur[i] as number)) * Math.log((ref[i] as number) / (cur[i] as number));
    return s;
  },
  jensenshannon: (r, c) => {
    const { ref, cur } = percents(r, c, false);
    return jensenShannonDistance(ref, cur);
  },
  kl_div: (r, c) => {
    const { ref, cur } = percents(r, c, true);
    const sr = ref.reduce((a, b) => a + b, 0);
    const sc = cur.reduce((a, b) => a + b, 0);
    let s = 0;
    for (let i = 0; i < ref.length; i++) s += relEntr((ref[i] as number) / sr, (cur[i] as number) / sc);
    return s;
  },
  chisquare: (r, c) => {
    const { ref, cur } = alignedSummaryCounts(r, c);
    const k = c.count / r.count;
    let stat = 0;
    for (let i = 0; i < ref.length; i++)
      stat += ((cur[i] as number) - (ref[i] as number) * k) ** 2 / ((ref[i] as number) * k);
    return chiSquareSf(stat, ref.length - 1);
  },
  z: (r, c) => {
    if (r.counts.size === 1 && c.counts.size === 1 && [...r.counts.keys()][0] === [...c.counts.keys()][0]) return 1;
    const first = [...new Set([...r.counts.keys(), ...c.counts.keys()])].sort(compareCategories)[0] as Category;
    const n1 = r.count;
    const n2 = c.count;
    const p1 = (n1 - (r.counts.get(first) ?? 0)) / n1;
    const p2 = (n2 - (c.counts.get(first) ?? 0)) / n2;
    const p = (p1 * n1 + p2 * n2) / (n1 + n2);
    return 2 * (1 - normalCdf(Math.abs((p1 - p2) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))), 0, 1));
  },
};

function cdfDistance(p: 1 | 2, a: Weighted, b: Weighted): number {
  let total = 0;
  for (const s of mergedCdf(a, b)) {
    if (s.next === Number.POSITIVE_INFINITY) break;
    const diff = Math.abs(s.fa - s.fb);
    total += (p === 1 ? diff : diff * diff) * (s.next - s.x);
  }
  return p === 1 ? total : Math.sqrt(total);
}

/** Evidently's get_binned_data from counts. */
function percents(r: ColumnSummary, c: ColumnSummary, fill: boolean): { ref: Float64Array; cur: Float64Array } {
  let ref: Float64Array;
  let cur: Float64Array;
  if (r.type === "num" && r.counts.size > 20) {
    const a = weighted(r);
    const b = weighted(c);
    const lo = Math.min(a.values[0] as number, b.values[0] as number);
    const hi = Math.max(a.values[a.values.length - 1] as number, b.values[b.values.length - 1] as number);
    const edges = sturgesEdges(lo, hi, a.n + b.n);
    ref = weightedHistogram(a, edges).map((x) => x / a.n);
    cur = weightedHistogram(b, edges).map((x) => x / b.n);
  } else {
    const k = alignedSummaryCounts(r, c);
    ref = Float64Array.from(k.ref, (x) => x / r.count);
    cur = Float64Array.from(k.cur, (x) => x / c.count);
  }
  if (fill) {
    fillEmpty(ref);
    fillEmpty(cur);
  }
  return { ref, cur };
}
