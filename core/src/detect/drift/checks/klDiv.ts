import { defineCheck } from "../defineCheck.js";
import { binnedPercents, relEntr } from "../math/binnedPercents.js";

/** Kullback-Leibler divergence KL(reference ‖ current) as scipy's `entropy(p, q)`; drift when ≥ 0.1. */
export const klDivCheck = defineCheck({
  name: "kl_div",
  displayName: "Kullback-Leibler divergence",
  types: ["cat", "num"],
  defaultThreshold: 0.1,
  rule: "ge",
  score(reference, current, type) {
    const { ref, cur } = binnedPercents(reference, current, type, true);
    return klOf(ref, cur);
  },
});

/** scipy's `entropy(ref, cur)`: both vectors normalised, then Σ rel_entr. */
export function klOf(ref: Float64Array, cur: Float64Array): number {
  let sr = 0;
  let sc = 0;
  for (let i = 0; i < ref.length; i++) {
    sr += ref[i] as number;
    sc += cur[i] as number;
  }
  let kl = 0;
  for (let i = 0; i < ref.length; i++) kl += relEntr((ref[i] as number) / sr, (cur[i] as number) / sc);
  return kl;
}
