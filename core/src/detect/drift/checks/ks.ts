import { defineCheck } from "../defineCheck.js";
import { kolmogorovSf } from "../math/kolmogorov.js";
import { outerProbInside, probOutsideSquare } from "../math/ksExact.js";
import { asNumbers, gcd, roundHalfEven, sorted } from "../math/numeric.js";

/** The two-sample KS statistic D = sup |F_ref − F_cur| over the merged sample. */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let minS = 0;
  let maxS = Number.NEGATIVE_INFINITY;
  // Walk the merged order; ties are consumed together so each CDF step is taken at once.
  while (i < a.length || j < b.length) {
    const x = Math.min(
      i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY,
      j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY,
    );
    while (i < a.length && (a[i] as number) <= x) i++;
    while (j < b.length && (b[j] as number) <= x) j++;
    const diff = i / a.length - j / b.length;
    if (diff > maxS) maxS = diff;
    if (-diff > minS) minS = -diff;
  }
  return Math.min(1, Math.max(minS, maxS));
}

/** scipy's `ks_2samp` two-sided p-value, method "auto" (exact up to 10 000 per side). */
export function ksPValue(d: number, n1: number, n2: number): number {
  if (Math.max(n1, n2) <= 10000) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    if (h === 0) return 1;
    const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
    if (Number.isFinite(p) && p >= 0 && p <= 1) return p;
    // scipy falls back to the asymptotic distribution when the exact count fails.
    return asymptotic(h / lcm, n1, n2);
  }
  return asymptotic(d, n1, n2);
}

function asymptotic(d: number, n1: number, n2: number): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  return Math.min(1, Math.max(0, kolmogorovSf(roundHalfEven((m * n) / (m + n)), d)));
}

/** Two-sample Kolmogorov-Smirnov p-value; drift when p ≤ 0.05. */
export const ksCheck = defineCheck({
  name: "ks",
  displayName: "K-S p_value",
  types: ["num"],
  defaultThreshold: 0.05,
  rule: "le",
  score(reference, current) {
    const a = sorted(asNumbers(reference, "ks"));
    const b = sorted(asNumbers(current, "ks"));
    return ksPValue(ksStatistic(a, b), a.length, b.length);
  },
});
