import { defineCheck } from "../defineCheck.js";
import { NumpyRandomState } from "../embedding/NumpyRandomState.js";
import type { Category } from "../types.js";

/**
 * Total variation distance with Evidently's permutation p-value: 1000 reshuffles of the pooled
 * sample drawn exactly as numpy's `RandomState(0)` draws them (seed overridable), p = share of
 * reshuffles at least as distant. Drift when p < 0.1.
 */
export const tvdCheck = defineCheck({
  name: "TVD",
  displayName: "Total-Variation-Distance",
  types: ["cat"],
  defaultThreshold: 0.1,
  rule: "lt",
  score(reference, current, _type, options) {
    const pooled = [...(reference as Iterable<Category>), ...(current as Iterable<Category>)] as Category[];
    const codes = new Map<Category, number>();
    const coded = Int32Array.from(pooled, (v) => {
      let c = codes.get(v);
      if (c === undefined) {
        c = codes.size;
        codes.set(v, c);
      }
      return c;
    });
    const k = codes.size;
    const nRef = reference.length;
    const nCur = current.length;
    const totals = new Float64Array(k);
    for (const c of coded) totals[c] = (totals[c] as number) + 1;
    const refCounts = new Float64Array(k);
    for (let i = 0; i < nRef; i++) refCounts[coded[i] as number] = (refCounts[coded[i] as number] as number) + 1;
    const observed = tvd(refCounts, totals, nRef, nCur);
    const rng = new NumpyRandomState(options.seed ?? 0);
    let atLeast = 0;
    const iterations = 1000;
    for (let it = 0; it < iterations; it++) {
      const idx = rng.permutation(pooled.length);
      refCounts.fill(0);
      for (let i = 0; i < nRef; i++) {
        const c = coded[idx[i] as number] as number;
        refCounts[c] = (refCounts[c] as number) + 1;
      }
      if (observed <= Math.abs(tvd(refCounts, totals, nRef, nCur))) atLeast++;
    }
    return atLeast / iterations;
  },
});

function tvd(refCounts: Float64Array, totals: Float64Array, nRef: number, nCur: number): number {
  let s = 0;
  for (let i = 0; i < refCounts.length; i++) {
    const r = refCounts[i] as number;
    const c = (totals[i] as number) - r;
    if (r === 0 && c === 0) continue;
    s += Math.abs(r / nRef - c / nCur);
  }
  return 0.5 * s;
}
