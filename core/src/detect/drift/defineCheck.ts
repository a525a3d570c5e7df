import type { CleanColumn, ColumnType, DriftRule, StatCheck, StatCheckOptions, StatResult } from "./types.js";

/**
 * Whether `score` is drift under `rule` (NaN never is).
 *
 * @example
 * isDrift("le", 0.05, 0.05); // true: ks drifts at p ≤ threshold
 */
export function isDrift(rule: DriftRule, score: number, threshold: number): boolean {
  return RULES[rule](score, threshold);
}

const RULES: Record<DriftRule, (score: number, threshold: number) => boolean> = {
  lt: (s, t) => s < t,
  le: (s, t) => s <= t,
  ge: (s, t) => s >= t,
  gt: (s, t) => s > t,
};

/**
 * Builds a `StatCheck` from a score function and Evidently's rule. A NaN score never drifts,
 * as in Evidently (every comparison with NaN is false).
 *
 * @example
 * const half = defineCheck({ name: "half", displayName: "Half", types: ["num"],
 *   defaultThreshold: 0.5, rule: "ge", score: () => 0.5 });
 */
export function defineCheck(spec: {
  name: string;
  displayName: string;
  types: readonly ColumnType[];
  defaultThreshold: number;
  rule: DriftRule;
  score: (reference: CleanColumn, current: CleanColumn, type: ColumnType, options: StatCheckOptions) => number;
}): StatCheck {
  const rule = RULES[spec.rule];
  return {
    name: spec.name,
    displayName: spec.displayName,
    types: spec.types,
    defaultThreshold: spec.defaultThreshold,
    kind: spec.rule === "lt" || spec.rule === "le" ? "p-value" : "distance",
    rule: spec.rule,
    run(reference, current, type, threshold, options = {}): StatResult {
      const score = spec.score(reference, current, type, options);
      return { score, threshold, drift: rule(score, threshold) };
    },
  };
}
