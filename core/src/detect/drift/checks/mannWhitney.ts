import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { defineCheck } from "../defineCheck.js";
import { asNumbers } from "../math/numeric.js";
import { rankAverage } from "../math/rankdata.js";

/**
 * scipy's `mannwhitneyu(reference, current, alternative="less")`: exact null distribution when
 * one side has at most 8 values and there are no ties, otherwise the normal approximation with
 * tie and continuity corrections. Drift when p < 0.05.
 */
export const mannWhitneyCheck = defineCheck({
  name: "mannw",
  displayName: "Mann-Whitney U-rank test",
  types: ["num"],
  defaultThreshold: 0.05,
  rule: "lt",
  score(reference, current) {
    const x = asNumbers(reference, "mannw");
    const y = asNumbers(current, "mannw");
    const n1 = x.length;
    const n2 = y.length;
    const all = new Float64Array(n1 + n2);
    all.set(x);
    all.set(y, n1);
    const { ranks, ties } = rankAverage(all);
    let r1 = 0;
    for (let i = 0; i < n1; i++) r1 += ranks[i] as number;
    const u1 = r1 - (n1 * (n1 + 1)) / 2;
    const u2 = n1 * n2 - u1;
    const hasTies = ties.some((t) => t > 1);
    if (!(n1 > 8 && n2 > 8) && !hasTies) return Math.min(1, Math.max(0, exactSf(Math.trunc(u2), n1, n2)));
    const n = n1 + n2;
    let tieTerm = 0;
    for (const t of ties) tieTerm += t ** 3 - t;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    const z = (u2 - (n1 * n2) / 2 - 0.5) / s;
    return Math.min(1, Math.max(0, normalCdf(-z, 0, 1)));
  },
});

/** P(U ≥ u) under the null, from the count of rank arrangements (Mann & Whitney's recursion). */
function exactSf(u: number, m: number, n: number): number {
  // f[k] counts arrangements with U = k for growing (i, j); 1-D DP over one sample at a time.
  const max = m * n;
  let prev: Float64Array[] = [];
  for (let j = 0; j <= n; j++) prev.push(Float64Array.of(1));
  for (let i = 1; i <= m; i++) {
    const next: Float64Array[] = [Float64Array.of(1)];
    for (let j = 1; j <= n; j++) {
      const f = new Float64Array(i * j + 1);
      const left = prev[j] as Float64Array;
      const down = next[j - 1] as Float64Array;
      for (let k = 0; k <= i * j; k++) f[k] = (k - j >= 0 ? (left[k - j] ?? 0) : 0) + (down[k] ?? 0);
      next.push(f);
    }
    prev = next;
  }
  const pmf = prev[n] as Float64Array;
  let total = 0;
  for (const c of pmf) total += c;
  let tail = 0;
  for (let k = 0; k <= max - u; k++) tail += pmf[k] as number;
  return tail / total;
}
