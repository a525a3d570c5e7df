import type { Category } from "../types.js";
import type { ColumnSummary } from "./columnSummary.js";

/** A numerical summary as ascending distinct values with their counts. */
export interface Weighted {
  values: Float64Array;
  counts: Float64Array;
  n: number;
}

export function weighted(s: ColumnSummary): Weighted {
  const entries = [...s.counts.entries()] as [number, number][];
  entries.sort((a, b) => a[0] - b[0]);
  let n = 0;
  for (const [, c] of entries) n += c;
  return { values: Float64Array.from(entries, (e) => e[0]), counts: Float64Array.from(entries, (e) => e[1]), n };
}

/** Union of the two summaries' keys with aligned counts (Evidently's value_counts on both sides). */
export function alignedSummaryCounts(
  ref: ColumnSummary,
  cur: ColumnSummary,
): { keys: Category[]; ref: number[]; cur: number[] } {
  const keys = [...new Set<Category>([...ref.counts.keys(), ...cur.counts.keys()])];
  return { keys, ref: keys.map((k) => ref.counts.get(k) ?? 0), cur: keys.map((k) => cur.counts.get(k) ?? 0) };
}

/** Walks the merged distinct values: at each value, the share of each side at or below it. */
export function* mergedCdf(a: Weighted, b: Weighted): Generator<{ x: number; next: number; fa: number; fb: number }> {
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? (a.values[i] as number) : Number.POSITIVE_INFINITY;
    const vb = j < b.values.length ? (b.values[j] as number) : Number.POSITIVE_INFINITY;
    const x = Math.min(va, vb);
    if (va === x) ca += a.counts[i++] as number;
    if (vb === x) cb += b.counts[j++] as number;
    const na = i < a.values.length ? (a.values[i] as number) : Number.POSITIVE_INFINITY;
    const nb = j < b.values.length ? (b.values[j] as number) : Number.POSITIVE_INFINITY;
    yield { x, next: Math.min(na, nb), fa: ca / a.n, fb: cb / b.n };
  }
}

/** numpy histogram counts of a weighted sample over `edges` (last bin closed). */
export function weightedHistogram(w: Weighted, edges: Float64Array): Float64Array {
  const nb = edges.length - 1;
  const out = new Float64Array(nb);
  const first = edges[0] as number;
  const last = edges[nb] as number;
  for (let k = 0; k < w.values.length; k++) {
    const x = w.values[k] as number;
    if (x < first || x > last) continue;
    let lo = 0;
    let hi = nb;
    // Largest i with edges[i] <= x, capped to the last bin for x == last edge.
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((edges[mid] as number) <= x) lo = mid;
      else hi = mid - 1;
    }
    const bin = Math.min(lo, nb - 1);
    out[bin] = (out[bin] as number) + (w.counts[k] as number);
  }
  return out;
}

export function weightedMeanVar(w: Weighted, ddof: number): { mean: number; variance: number } {
  let s = 0;
  for (let k = 0; k < w.values.length; k++) s += (w.values[k] as number) * (w.counts[k] as number);
  const mean = s / w.n;
  let ss = 0;
  for (let k = 0; k < w.values.length; k++) ss += (w.counts[k] as number) * ((w.values[k] as number) - mean) ** 2;
  return { mean, variance: ss / (w.n - ddof) };
}
