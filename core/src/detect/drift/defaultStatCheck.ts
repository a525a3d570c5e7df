import { countUnique } from "./math/counts.js";
import type { CleanColumn, ColumnType } from "./types.js";

/**
 * Evidently's default test for a column (`_get_default_stattest`): up to 1000 reference rows,
 * `ks` for numbers with more than 5 distinct values, else `chisquare` (more than 2 distinct)
 * or `z`; above 1000 rows, `wasserstein` for numbers with more than 5 distinct values, else
 * `jensenshannon`. Distinct values are counted over both samples.
 *
 * @example
 * defaultStatCheck(Float64Array.of(1, 2, 3, 4, 5, 6), Float64Array.of(1, 2), "num"); // "ks"
 */
export function defaultStatCheck(reference: CleanColumn, current: CleanColumn, type: ColumnType): string {
  const distinct = countUnique(reference, current);
  if (reference.length <= 1000) {
    if (type === "num" && distinct > 5) return "ks";
    return distinct > 2 ? "chisquare" : "z";
  }
  if (type === "num" && distinct > 5) return "wasserstein";
  return "jensenshannon";
}
