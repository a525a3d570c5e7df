/** A column's kind, as Evidently sees it: numerical or categorical. */
export type ColumnType = "num" | "cat";

/** One categorical value. Numbers and strings are different categories (`1` is not `"1"`). */
export type Category = string | number | boolean;

/**
 * A cleaned column, ready for a stat check: numerical columns are finite floats, categorical
 * columns are non-null values. `prepareColumn` produces both from raw input.
 */
export type CleanColumn = Float64Array | readonly Category[];

/** What a stat check returns: Evidently's `(drift_score, drifted)` plus the threshold used. */
export interface StatResult {
  /** p-value for tests, distance for distances (Evidently's `drift_score`). */
  score: number;
  threshold: number;
  drift: boolean;
}

/** Options a check may use; every check is deterministic for a given seed. */
export interface StatCheckOptions {
  /** Seed for the permutation checks (`TVD`, `empirical_mmd`); numpy's `RandomState(seed)`. */
  seed?: number;
}

/** Evidently's drift rules: p-values drift below (`lt`, `le`) the threshold, distances above. */
export type DriftRule = "lt" | "le" | "ge" | "gt";

/**
 * A two-sample drift check, registered under Evidently's name, with Evidently's default
 * threshold and drift rule. `run` throws a `DriftCheckError` where Evidently raises.
 *
 * @example
 * const ks = statChecks.get("ks");
 * ks.run(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6), "num", ks.defaultThreshold);
 */
export interface StatCheck {
  /** Evidently's registered name, e.g. `ks`, `wasserstein`, `TVD`. */
  readonly name: string;
  readonly displayName: string;
  readonly types: readonly ColumnType[];
  readonly defaultThreshold: number;
  /** `p-value` checks drift when the score is small; `distance` checks when it is large. */
  readonly kind: "p-value" | "distance";
  /** How the score compares to the threshold when drift is detected. */
  readonly rule: DriftRule;
  run(
    reference: CleanColumn,
    current: CleanColumn,
    type: ColumnType,
    threshold: number,
    options?: StatCheckOptions,
  ): StatResult;
}
