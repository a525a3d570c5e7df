import { defineCheck } from "../defineCheck.js";
import { binnedPercents } from "../math/binnedPercents.js";

/** Population Stability Index over Evidently's bins (empty bins filled); drift when ≥ 0.1. */
export const psiCheck = defineCheck({
  name: "psi",
  displayName: "PSI",
  types: ["cat", "num"],
  defaultThreshold: 0.1,
  rule: "ge",
  score(reference, current, type) {
    const { ref, cur } = binnedPercents(reference, current, type, true);
    return psiOf(ref, cur);
  },
});

/** PSI of two share vectors without empty entries: Σ (r − c) · ln(r / c). */
export function psiOf(ref: Float64Array, cur: Float64Array): number {
  let psi = 0;
  for (let i = 0; i < ref.length; i++) {
    const r = ref[i] as number;
    const c = cur[i] as number;
    psi += (r - c) * Math.log(r / c);
  }
  return psi;
}
