import { defineCheck } from "../defineCheck.js";
import { cdfDistance } from "../math/cdfDistance.js";
import { asNumbers, variance } from "../math/numeric.js";

/** Wasserstein distance divided by the reference's standard deviation (at least 0.001); drift when ≥ 0.1. */
export const wassersteinCheck = defineCheck({
  name: "wasserstein",
  displayName: "Wasserstein distance (normed)",
  types: ["num"],
  defaultThreshold: 0.1,
  rule: "ge",
  score(reference, current) {
    const r = asNumbers(reference, "wasserstein");
    const norm = Math.max(Math.sqrt(variance(r)), 0.001);
    return cdfDistance(1, r, asNumbers(current, "wasserstein")) / norm;
  },
});
