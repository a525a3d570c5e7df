import { chiSquarePValue } from "../checks/chiSquare.js";
import { jensenShannonDistance } from "../checks/jensenShannon.js";
import { klOf } from "../checks/klDiv.js";
import { ksPValue } from "../checks/ks.js";
import { psiOf } from "../checks/psi.js";
import { tTestPValue } from "../checks/tTest.js";
import { zPValue } from "../checks/z.js";
import { toShares } from "../math/binnedPercents.js";
import { sturgesEdges } from "../math/histogram.js";
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
    return tTestPValue({ ...weightedMeanVar(a, 1), n: a.n }, { ...weightedMeanVar(b, 1), n: b.n });
  },
  psi: (r, c) => {
    const { ref, cur } = percents(r, c, true);
    return psiOf(ref, cur);
  },
  jensenshannon: (r, c) => {
    const { ref, cur } = percents(r, c, false);
    return jensenShannonDistance(ref, cur);
  },
  kl_div: (r, c) => {
    const { ref, cur } = percents(r, c, true);
    return klOf(ref, cur);
  },
  chisquare: (r, c) => {
    const { ref, cur } = alignedSummaryCounts(r, c);
    return chiSquarePValue(ref, cur, r.count, c.count);
  },
  z: (r, c) => zPValue(r.counts, c.counts, r.count, c.count),
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
  if (r.type === "num" && r.counts.size > 20) {
    const a = weighted(r);
    const b = weighted(c);
    const lo = Math.min(a.values[0] as number, b.values[0] as number);
    const hi = Math.max(a.values[a.values.length - 1] as number, b.values[b.values.length - 1] as number);
    const edges = sturgesEdges(lo, hi, a.n + b.n);
    return toShares(weightedHistogram(a, edges), weightedHistogram(b, edges), a.n, b.n, fill);
  }
  const k = alignedSummaryCounts(r, c);
  return toShares(k.ref, k.cur, r.count, c.count, fill);
}
