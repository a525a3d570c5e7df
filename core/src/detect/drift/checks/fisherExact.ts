import hypergeomPmf from "@stdlib/stats-base-dists-hypergeometric-pmf";
import { defineCheck } from "../defineCheck.js";
import { DriftCheckError } from "../errors.js";
import { valueCounts } from "../math/counts.js";
import type { Category } from "../types.js";

/**
 * Fisher's exact test (two-sided, scipy's `fisher_exact`) on the 2×2 table of the two binary
 * samples. Evidently requires equal sample sizes, at most two categories and no missing values;
 * this check raises `CheckInputInvalid` in the same cases. Drift when p < 0.1.
 */
export const fisherExactCheck = defineCheck({
  name: "fisher_exact",
  displayName: "Fisher's Exact test",
  types: ["cat"],
  defaultThreshold: 0.1,
  rule: "lt",
  score(reference, current) {
    const rc = valueCounts(reference);
    const cc = valueCounts(current);
    if (rc.size > 2 || cc.size > 2) {
      throw new DriftCheckError("CheckInputInvalid", "fisher_exact needs binary data, found more than two categories", {
        hint: "use chisquare or jensenshannon for more than two categories",
      });
    }
    if (reference.length !== current.length) {
      throw new DriftCheckError(
        "CheckInputInvalid",
        `fisher_exact needs samples of equal length, got reference ${reference.length}, current ${current.length}`,
        { hint: "use z or chisquare for samples of different sizes" },
      );
    }
    const first = [...new Set([...rc.keys(), ...cc.keys()])][0];
    // Which category counts as "1" only flips the table; the two-sided p-value is the same.
    const a = cc.get(first as Category) ?? 0;
    const b = current.length - a;
    const c = rc.get(first as Category) ?? 0;
    const d = reference.length - c;
    return fisherTwoSided(a, b, c, d);
  },
});

/** Two-sided p-value of the 2×2 table [[a, b], [c, d]], summing tables no more likely than the observed one. */
export function fisherTwoSided(a: number, b: number, c: number, d: number): number {
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return 1;
  const n1 = a + b;
  const total = a + b + c + d;
  const n = a + c;
  const pmf = (x: number): number => hypergeomPmf(x, total, n1, n);
  const pexact = pmf(a);
  const mode = Math.floor(((n + 1) * (n1 + 1)) / (total + 2));
  const pmode = pmf(mode);
  if (Math.abs(pexact - pmode) / Math.max(pexact, pmode) <= 1e-14) return 1;
  const limit = pexact * (1 + 1e-14);
  const lo = Math.max(0, n - (total - n1));
  const hi = Math.min(n, n1);
  let p = 0;
  for (let x = lo; x <= hi; x++) {
    const px = pmf(x);
    if ((a < mode && x <= a) || (a >= mode && x >= a) || px <= limit) p += px;
  }
  return Math.min(p, 1);
}
