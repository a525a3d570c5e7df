import { defineCheck } from "../defineCheck.js";
import { binnedPercents, relEntr } from "../math/binnedPercents.js";

/** scipy's `distance.jensenshannon(p, q)` (natural log): both vectors are normalised first. */
export function jensenShannonDistance(p: Float64Array, q: Float64Array): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i] as number;
    sq += q[i] as number;
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const a = (p[i] as number) / sp;
    const b = (q[i] as number) / sq;
    const m = (a + b) / 2;
    left += relEntr(a, m);
    right += relEntr(b, m);
  }
  return Math.sqrt((left + right) / 2);
}

/** Jensen-Shannon distance over Evidently's bins (no zero filling); drift when ≥ 0.1. */
export const jensenShannonCheck = defineCheck({
  name: "jensenshannon",
  displayName: "Jensen-Shannon distance",
  types: ["cat", "num"],
  defaultThreshold: 0.1,
  rule: "ge",
  score(reference, current, type) {
    const { ref, cur } = binnedPercents(reference, current, type, false);
    return jensenShannonDistance(ref, cur);
  },
});
