import type { RawColumn } from "./prepareColumn.js";

/**
 * Evidently's type inference for a feature column: strings and booleans are categorical;
 * integer-valued columns with no missing value (pandas keeps them as an integer dtype) and at
 * most 5 distinct reference values are categorical; other numbers are numerical.
 *
 * @example
 * inferColumnType([1, 2, 1, 2], [1, 2]); // "cat"
 * inferColumnType([0.5, 1.5, 2.5], [1]); // "num"
 */
export function inferColumnType(reference: RawColumn, current: RawColumn): "num" | "cat" {
  let integer = true;
  for (const side of [reference, current]) {
    for (let i = 0; i < side.length; i++) {
      const v = side[i];
      if (v === null || v === undefined) {
        integer = false;
        continue;
      }
      if (typeof v !== "number") return "cat";
      if (!Number.isInteger(v)) integer = false;
    }
  }
  if (!integer) return "num";
  const distinct = new Set<unknown>();
  for (let i = 0; i < reference.length && distinct.size <= 5; i++) distinct.add(reference[i]);
  return distinct.size <= 5 ? "cat" : "num";
}
