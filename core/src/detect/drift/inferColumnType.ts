import type { RawValue } from "./prepareColumn.js";

/**
 * Evidently's type inference for a feature column: strings and booleans are categorical;
 * integer-valued columns with no missing value (pandas keeps them as an integer dtype) and at
 * most 5 distinct reference values are categorical; other numbers are numerical.
 *
 * @example
 * inferColumnType([1, 2, 1, 2], [1, 2]); // "cat"
 * inferColumnType([0.5, 1.5, 2.5], [1]); // "num"
 */
export function inferColumnType(reference: readonly RawValue[], current: readonly RawValue[]): "num" | "cat" {
  let integer = true;
  for (const side of [reference, current]) {
    for (const v of side) {
      if (v === null || v === undefined) {
        integer = false;
        continue;
      }
      if (typeof v !== "number") return "cat";
      if (!Number.isInteger(v)) integer = false;
    }
  }
  if (integer && new Set(reference).size <= 5) return "cat";
  return "num";
}
