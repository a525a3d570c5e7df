import type { CleanColumn, ColumnType } from "../types.js";
import { alignedCounts, countUnique } from "./counts.js";
import { binCounts, minMax, sturgesEdges } from "./histogram.js";

/**
 * Evidently's `get_binned_data`: numerical columns with more than 20 distinct reference values
 * are cut into Sturges bins over both samples; anything else is compared value by value. With
 * `fillZeroes`, empty bins get a small share so that log ratios stay finite (PSI, KL).
 */
export function binnedPercents(
  reference: CleanColumn,
  current: CleanColumn,
  type: ColumnType,
  fillZeroes: boolean,
): { ref: Float64Array; cur: Float64Array } {
  if (type === "num" && countUnique(20, reference) > 20) {
    const r = reference as Float64Array;
    const c = current as Float64Array;
    const [rlo, rhi] = minMax(r);
    const [clo, chi] = minMax(c);
    const edges = sturgesEdges(Math.min(rlo, clo), Math.max(rhi, chi), r.length + c.length);
    return toShares(binCounts(r, edges), binCounts(c, edges), r.length, c.length, fillZeroes);
  }
  const counts = alignedCounts(reference, current);
  return toShares(counts.ref, counts.cur, reference.length, current.length, fillZeroes);
}

/** Counts to shares of each side's size, with Evidently's zero filling when asked. */
export function toShares(
  refCounts: ArrayLike<number>,
  curCounts: ArrayLike<number>,
  nRef: number,
  nCur: number,
  fillZeroes: boolean,
): { ref: Float64Array; cur: Float64Array } {
  const ref = Float64Array.from(refCounts, (x) => x / nRef);
  const cur = Float64Array.from(curCounts, (x) => x / nCur);
  if (fillZeroes) {
    fillEmpty(ref);
    fillEmpty(cur);
  }
  return { ref, cur };
}

/** Evidently's zero filling: empty bins get min(non-zero)/1e6 when that is ≤ 1e-4, else 1e-4. */
export function fillEmpty(p: Float64Array): void {
  let min = Number.POSITIVE_INFINITY;
  for (const v of p) if (v !== 0 && v < min) min = v;
  const fill = min <= 0.0001 ? min / 10 ** 6 : 0.0001;
  for (let i = 0; i < p.length; i++) if (p[i] === 0) p[i] = fill;
}

/** scipy's `rel_entr(x, y)`. */
export function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}
