import gammaln from "@stdlib/math-base-special-gammaln";
import { defineCheck } from "../defineCheck.js";
import { DriftCheckError } from "../errors.js";
import { besselKScaled } from "../math/besselK.js";
import { asNumbers, gcd } from "../math/numeric.js";
import { rankAverage } from "../math/rankdata.js";

/**
 * Two-sample Cramér-von Mises test (Evidently's port of scipy's `cramervonmises_2samp`): exact
 * null distribution when both samples have at most 20 values, else Anderson's asymptotic
 * distribution of the standardised statistic. Drift when p ≤ 0.1.
 */
export const cramerVonMisesCheck = defineCheck({
  name: "cramer_von_mises",
  displayName: "Cramer-von Mises",
  types: ["num"],
  defaultThreshold: 0.1,
  rule: "le",
  score(reference, current) {
    const x = asNumbers(reference, "cramer_von_mises");
    const y = asNumbers(current, "cramer_von_mises");
    const nx = x.length;
    const ny = y.length;
    if (nx <= 1 || ny <= 1) {
      throw new DriftCheckError(
        "CheckInputInvalid",
        `cramer_von_mises needs at least two values per sample, got ${nx} and ${ny}`,
        {
          hint: "collect more data or use a categorical check",
        },
      );
    }
    const z = new Float64Array(nx + ny);
    z.set(Float64Array.from(x).sort());
    z.set(Float64Array.from(y).sort(), nx);
    const { ranks } = rankAverage(z);
    const u = sumRanks(ranks, nx, ny);
    const k = nx * ny;
    const N = nx + ny;
    const t = u / (k * N) - (4 * k - 1) / (6 * N);
    if (Math.max(nx, ny) <= 20) return exactPValue(u, nx, ny);
    const et = (1 + 1 / N) / 6;
    const vt = ((N + 1) * (4 * k * N - 3 * (nx ** 2 + ny ** 2) - 2 * k)) / (45 * N ** 2 * 4 * k);
    const tn = 1 / 6 + (t - et) / Math.sqrt(45 * vt);
    if (tn < 0.003) return 1;
    return Math.max(0, 1 - cdfCvmInf(tn));
  },
});

function sumRanks(ranks: Float64Array, nx: number, ny: number): number {
  let sx = 0;
  for (let i = 0; i < nx; i++) sx += ((ranks[i] as number) - (i + 1)) ** 2;
  let sy = 0;
  for (let i = 0; i < ny; i++) sy += ((ranks[nx + i] as number) - (i + 1)) ** 2;
  return nx * sx + ny * sy;
}

/** CDF of the limiting Cramér-von Mises distribution (Csörgő & Faraway), series to 1e-7 per term. */
function cdfCvmInf(x: number): number {
  let total = 0;
  for (let k = 0; ; k++) {
    const u = Math.exp(gammaln(k + 0.5) - gammaln(k + 1)) / (Math.PI ** 1.5 * Math.sqrt(x));
    const y = 4 * k + 1;
    const q = (y * y) / (16 * x);
    const term = u * Math.sqrt(y) * besselKScaled(0.25, q) * Math.exp(-2 * q);
    total += term;
    if (Math.abs(term) < 1e-7) break;
  }
  return total;
}

/** Exact p-value: distribution of U over all C(m+n, n) orderings (Xiao, Gordon & Yakovlev). */
function exactPValue(s: number, m: number, n: number): number {
  const lcm = (m * n) / gcd(m, n);
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  const zeta = Math.floor((lcm ** 2 * (m + n) * (6 * s - mn * (4 * mn - 1))) / (6 * mn ** 2));
  let combinations = 1;
  for (let i = 1; i <= n; i++) combinations = (combinations * (m + i)) / i;
  let gs: Map<number, number>[] = [new Map([[0, 1]])];
  for (let v = 0; v < m; v++) gs.push(new Map());
  for (let u = 0; u <= n; u++) {
    const next: Map<number, number>[] = [];
    let tmp = new Map<number, number>();
    for (let v = 0; v <= m; v++) {
      const merged = new Map(tmp);
      for (const [val, freq] of gs[v] as Map<number, number>) merged.set(val, (merged.get(val) ?? 0) + freq);
      const shift = (a * v - b * u) ** 2;
      tmp = new Map();
      for (const [val, freq] of merged) tmp.set(val + shift, freq);
      next.push(tmp);
    }
    gs = next;
  }
  let hits = 0;
  for (const [val, freq] of gs[m] as Map<number, number>) if (val >= zeta) hits += freq;
  return hits / combinations;
}
