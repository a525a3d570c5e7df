import { defineCheck } from "../defineCheck.js";
import { chiSquareSf } from "../math/chiSquareSf.js";
import { alignedCounts } from "../math/counts.js";

/**
 * Pearson's chi-square of current counts against reference counts scaled to the current size
 * (scipy's `chisquare`). A category missing from the reference gives an infinite statistic and
 * p = 0. Drift when p < 0.05.
 */
export const chiSquareCheck = defineCheck({
  name: "chisquare",
  displayName: "chi-square p_value",
  types: ["cat"],
  defaultThreshold: 0.05,
  rule: "lt",
  score(reference, current) {
    const { ref, cur } = alignedCounts(reference, current);
    return chiSquarePValue(ref, cur, reference.length, current.length);
  },
});

/** Pearson's chi-square p-value of aligned counts, the reference scaled to the current size. */
export function chiSquarePValue(ref: readonly number[], cur: readonly number[], nRef: number, nCur: number): number {
  const k = nCur / nRef;
  let stat = 0;
  for (let i = 0; i < ref.length; i++) {
    const expected = (ref[i] as number) * k;
    const d = (cur[i] as number) - expected;
    stat += (d * d) / expected;
  }
  return chiSquareSf(stat, ref.length - 1);
}
