import { DriftCheckError } from "../errors.js";
import type { CleanColumn } from "../types.js";

/** The column as floats; categorical strings here mean the caller mixed up types. */
export function asNumbers(column: CleanColumn, check: string): Float64Array {
  if (column instanceof Float64Array) return column;
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (typeof v === "number") out[i] = v;
    else if (typeof v === "boolean") out[i] = v ? 1 : 0;
    else {
      throw new DriftCheckError("ColumnTypeMismatch", `${check} needs numbers, got ${JSON.stringify(v)}`, {
        hint: "declare the column categorical (--type cat) or pick a categorical check",
      });
    }
  }
  return out;
}

/** Sorted copy (numeric order). */
export function sorted(values: Float64Array): Float64Array {
  return Float64Array.from(values).sort();
}

/** numpy's `searchsorted(a, v, side)` on an ascending array. */
export function searchSorted(a: Float64Array, v: number, side: "left" | "right"): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = a[mid] as number;
    if (side === "left" ? x < v : x <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function mean(values: Float64Array): number {
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/** Variance with `ddof` delta degrees of freedom (numpy's two-pass formula). */
export function variance(values: Float64Array, ddof = 0): number {
  const m = mean(values);
  let s = 0;
  for (const v of values) s += (v - m) * (v - m);
  return s / (values.length - ddof);
}

/** numpy's `percentile(a, q)` with linear interpolation, on an ascending array. */
export function percentileLinear(sortedValues: Float64Array, q: number): number {
  const n = sortedValues.length;
  const idx = (q / 100) * (n - 1);
  const lo = Math.floor(idx);
  const hi = Math.min(lo + 1, n - 1);
  const frac = idx - lo;
  const a = sortedValues[lo] as number;
  const b = sortedValues[hi] as number;
  // numpy's _lerp: a + (b - a) * t, evaluated from the nearer end.
  const diff = b - a;
  return frac >= 0.5 ? b - diff * (1 - frac) : a + diff * frac;
}

/** numpy's `round` (half to even). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return x;
}
