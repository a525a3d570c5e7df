import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ksPValue, ksStatistic } from "../../../core/src/detect/drift/checks/ks.js";
import { NumpyRandomState } from "../../../core/src/detect/drift/embedding/NumpyRandomState.js";
import { kolmogorovSf } from "../../../core/src/detect/drift/math/kolmogorov.js";

const fixture = JSON.parse(
  readFileSync(new URL("../../fixtures/drift/distributions.json", import.meta.url), "utf8"),
) as {
  kstwo_sf: { n: number; x: number; sf: number }[];
  ks_2samp_asymp: { a: number[]; b: number[]; statistic: number; pvalue: number }[];
  permutation: { first10: number[]; n1000: number[]; seed42_n37: number[] };
};

describe("Kolmogorov distribution (scipy kstwo.sf)", () => {
  it("matches scipy over every method scipy switches between", () => {
    for (const { n, x, sf } of fixture.kstwo_sf) {
      const got = kolmogorovSf(n, x);
      // Pelz-Good and the Smirnov sum are series/approximations in scipy too: 1e-6 relative,
      // or 1e-15 absolute for p-values that underflow towards 0.
      const err = Math.abs(got - sf);
      expect(err <= 1e-6 * Math.abs(sf) || err < 1e-15, `n=${n} x=${x}: ${got} vs ${sf}`).toBe(true);
    }
  });

  it("ks_2samp above 10 000 values uses the asymptotic distribution like scipy", () => {
    for (const c of fixture.ks_2samp_asymp) {
      const a = Float64Array.from(c.a).sort();
      const b = Float64Array.from(c.b).sort();
      const d = ksStatistic(a, b);
      expect(d).toBe(c.statistic);
      const p = ksPValue(d, a.length, b.length);
      expect(Math.abs(p - c.pvalue) <= 1e-6 * c.pvalue || Math.abs(p - c.pvalue) < 1e-15).toBe(true);
    }
  });
});

describe("numpy legacy RandomState permutations", () => {
  it("draws numpy's permutations for a seed", () => {
    expect(Array.from(new NumpyRandomState(0).permutation(10))).toEqual(fixture.permutation.first10);
    expect(Array.from(new NumpyRandomState(0).permutation(1000))).toEqual(fixture.permutation.n1000);
    expect(Array.from(new NumpyRandomState(42).permutation(37))).toEqual(fixture.permutation.seed42_n37);
  });
});
