import { defineCheck } from "../defineCheck.js";
import { cdfDistance } from "../math/cdfDistance.js";
import { asNumbers } from "../math/numeric.js";

/** scipy's `energy_distance` (√2 × Cramér distance); drift when > 0.1. */
export const energyDistanceCheck = defineCheck({
  name: "ed",
  displayName: "Energy-distance",
  types: ["num"],
  defaultThreshold: 0.1,
  rule: "gt",
  score: (reference, current) => Math.SQRT2 * cdfDistance(2, asNumbers(reference, "ed"), asNumbers(current, "ed")),
});
