import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { defineCheck } from "../defineCheck.js";
import { valueCounts } from "../math/counts.js";
import type { Category } from "../types.js";

/**
 * Two-proportion Z-test on the share of the smallest category (Evidently's `z`). Two identical
 * constant samples give p = 1; drift when p < 0.05.
 */
export const zCheck = defineCheck({
  name: "z",
  displayName: "Z-test p_value",
  types: ["cat"],
  defaultThreshold: 0.05,
  rule: "lt",
  score: (reference, current) =>
    zPValue(valueCounts(reference), valueCounts(current), reference.length, current.length),
});

/** Two-sided two-proportion z-test p-value from the two sides' value counts. */
export function zPValue(rc: Map<Category, number>, cc: Map<Category, number>, n1: number, n2: number): number {
  if (rc.size === 1 && cc.size === 1 && [...rc.keys()][0] === [...cc.keys()][0]) return 1;
  const first = [...new Set([...rc.keys(), ...cc.keys()])].sort(compareCategories)[0] as Category;
  const p1 = (n1 - (rc.get(first) ?? 0)) / n1;
  const p2 = (n2 - (cc.get(first) ?? 0)) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return 2 * (1 - normalCdf(Math.abs(z), 0, 1));
}

/** Python's `sorted` order for one type: numbers numerically, strings by code point. */
export function compareCategories(a: Category, b: Category): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
