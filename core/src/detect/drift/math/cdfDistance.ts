import { sorted } from "./numeric.js";

/**
 * scipy's `_cdf_distance(p, u, v)`: the Lp distance between the two empirical CDFs, integrated
 * over the merged sample. p = 1 is the Wasserstein distance, p = 2 the Cramér distance.
 */
export function cdfDistance(p: 1 | 2, u: Float64Array, v: Float64Array): number {
  const us = sorted(u);
  const vs = sorted(v);
  const all = mergeSorted(us, vs);
  let iu = 0;
  let iv = 0;
  let total = 0;
  for (let k = 0; k < all.length - 1; k++) {
    const x = all[k] as number;
    while (iu < us.length && (us[iu] as number) <= x) iu++;
    while (iv < vs.length && (vs[iv] as number) <= x) iv++;
    const diff = Math.abs(iu / us.length - iv / vs.length);
    const delta = (all[k + 1] as number) - x;
    total += p === 1 ? diff * delta : diff * diff * delta;
  }
  return p === 1 ? total : Math.sqrt(total);
}

/** Merge of two ascending arrays (cheaper than sorting their concatenation). */
export function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    out[k++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}
