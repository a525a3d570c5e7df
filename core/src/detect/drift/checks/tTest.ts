import tCdf from "@stdlib/stats-base-dists-t-cdf";
import { defineCheck } from "../defineCheck.js";
import { asNumbers, mean, variance } from "../math/numeric.js";

/** scipy's `ttest_ind` (pooled variance, two-sided); drift when p < 0.05. */
export const tTestCheck = defineCheck({
  name: "t_test",
  displayName: "t_test",
  types: ["num"],
  defaultThreshold: 0.05,
  rule: "lt",
  score(reference, current) {
    const a = asNumbers(reference, "t_test");
    const b = asNumbers(current, "t_test");
    const n1 = a.length;
    const n2 = b.length;
    const df = n1 + n2 - 2;
    const pooled = ((n1 - 1) * variance(a, 1) + (n2 - 1) * variance(b, 1)) / df;
    const t = (mean(a) - mean(b)) / Math.sqrt(pooled * (1 / n1 + 1 / n2));
    return tCdf(-Math.abs(t), df) * 2;
  },
});
