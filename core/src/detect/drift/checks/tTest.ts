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
    return tTestPValue(
      { mean: mean(a), variance: variance(a, 1), n: a.length },
      { mean: mean(b), variance: variance(b, 1), n: b.length },
    );
  },
});

/** Two-sided pooled-variance t-test p-value from each side's mean, sample variance and size. */
export function tTestPValue(
  a: { mean: number; variance: number; n: number },
  b: { mean: number; variance: number; n: number },
): number {
  const df = a.n + b.n - 2;
  const pooled = ((a.n - 1) * a.variance + (b.n - 1) * b.variance) / df;
  const t = (a.mean - b.mean) / Math.sqrt(pooled * (1 / a.n + 1 / b.n));
  return tCdf(-Math.abs(t), df) * 2;
}
