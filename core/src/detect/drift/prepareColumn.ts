import { DriftCheckError } from "./errors.js";
import type { Category, CleanColumn, ColumnType } from "./types.js";

/** A raw cell as read from code or files: `null`/`undefined`/NaN are missing. */
export type RawValue = string | number | boolean | null | undefined;

/** A raw column: an array of cells, or a typed array of numbers (e.g. a `Float64Array`). */
export type RawColumn = ArrayLike<RawValue>;

/**
 * Drops missing values and ±Infinity (Evidently's `replace([-inf, inf], nan).dropna()`), and for
 * numerical columns checks every remaining value is a number. Throws `EmptyColumn` when nothing
 * is left and `ColumnTypeMismatch` on a non-number in a numerical column.
 *
 * @example
 * prepareColumn([1, null, Infinity, 2], "num", "age", "reference"); // Float64Array [1, 2]
 */
export function prepareColumn(
  values: RawColumn,
  type: ColumnType,
  column: string,
  side: "reference" | "current",
): CleanColumn {
  // Numbers go straight into a typed array: no boxed intermediate for million-row columns.
  const nums = type === "num" ? new Float64Array(values.length) : undefined;
  const kept: Category[] = [];
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (typeof v === "number" && !Number.isFinite(v)) continue;
    if (nums !== undefined) {
      if (typeof v !== "number") {
        throw new DriftCheckError(
          "ColumnTypeMismatch",
          `column "${column}" in the ${side} data should contain numbers only, found ${JSON.stringify(v)} at row ${i + 1}`,
          { where: `${side}:${column}`, hint: `declare "${column}" categorical (--type cat) or fix the value` },
        );
      }
      nums[n++] = v;
    } else kept.push(v);
  }
  const size = nums === undefined ? kept.length : n;
  if (size === 0) {
    throw new DriftCheckError(
      "EmptyColumn",
      `column "${column}" in the ${side} data is empty after dropping missing and infinite values`,
      {
        where: `${side}:${column}`,
        hint: "check the column name and that the file has values in it",
      },
    );
  }
  return nums === undefined ? kept : nums.slice(0, n);
}
