import type { Category, CleanColumn } from "../types.js";

/** Count of each distinct value, in first-seen order. */
export function valueCounts(column: CleanColumn): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const v of column as Iterable<Category>) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Distinct values of both sides (Evidently's `get_unique_not_nan_values_list_from_series`). */
export function unionKeys(reference: Map<Category, number>, current: Map<Category, number>): Category[] {
  const keys = new Set<Category>(reference.keys());
  for (const k of current.keys()) keys.add(k);
  return [...keys];
}

/**
 * Number of distinct values of one or two columns (pandas `nunique`), counting only up to
 * `limit + 1`: callers only ask "more than 20?" or "more than 5?", and stopping early keeps
 * a million-row column from being hashed whole.
 */
export function countUnique(limit: number, ...columns: CleanColumn[]): number {
  const seen = new Set<Category>();
  for (const column of columns) {
    for (const v of column as Iterable<Category>) {
      seen.add(v);
      if (seen.size > limit) return seen.size;
    }
  }
  return seen.size;
}

/** Per-key counts of both sides, aligned on the union of keys. */
export function alignedCounts(
  reference: CleanColumn,
  current: CleanColumn,
): { keys: Category[]; ref: number[]; cur: number[] } {
  const rc = valueCounts(reference);
  const cc = valueCounts(current);
  const keys = unionKeys(rc, cc);
  return { keys, ref: keys.map((k) => rc.get(k) ?? 0), cur: keys.map((k) => cc.get(k) ?? 0) };
}
