import { countUnique } from "./math/counts.js";
import type { CleanColumn, ColumnType } from "./types.js";

/**
 * Evidently's default test for a column (`_get_default_stattest`): up to 1000 reference rows,
 * `ks` for numbers with more than 5 distinct values, else `chisquare` (more than 2 distinct)
 * or `z`; above 1000 rows, `wasserstein` for numbers with more than 5 distinct values, else
 * `jensenshannon`. Distinct values are counted over both samples. `referenceSize` defaults to
 * the reference length (summaries pass their row count with one value per distinct key).
 *
 * @example
 * defaultStatCheck(Float64Array.of(1, 2, 3, 4, 5, 6), Float64Array.of(1, 2), "num"); // "ks"
 */
export function defaultStatCheck(
  reference: CleanColumn,
  current: CleanColumn,
  type: ColumnType,
  referenceSize = reference.length,
): string {
  const distinct = countUnique(5, reference, current);
  if (referenceSize <= 1000) {
    if (type === "num" && distinct > 5) return "ks";
    return distinct > 2 ? "chisquare" : "z";
  }
  if (type === "num" && distinct > 5) return "wasserstein";
  return "jensenshannon";
}
