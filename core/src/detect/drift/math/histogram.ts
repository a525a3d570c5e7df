import { searchSorted } from "./numeric.js";

/**
 * numpy's `histogram_bin_edges(values, bins="sturges")`: equal-width edges over [min, max] with
 * ceil(ptp / (ptp / (log2(n) + 1))) bins, built the way `np.linspace` builds them so that
 * values sitting on an edge land in the same bin as in numpy.
 */
export function sturgesEdges(min: number, max: number, n: number): Float64Array {
  let first = min;
  let last = max;
  const ptp = max - min;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = ptp / (Math.log2(n) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}

/** numpy's `linspace(start, stop, num)` (endpoint included). */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const step = (stop - start) / div;
  for (let i = 0; i < num; i++) out[i] = step === 0 ? (i / div) * (stop - start) + start : i * step + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}

/** numpy's `histogram(values, edges)[0]` on an ascending array: the last bin is closed. */
export function histogramCounts(sortedValues: Float64Array, edges: Float64Array): Float64Array {
  const nb = edges.length - 1;
  const counts = new Float64Array(nb);
  let prev = searchSorted(sortedValues, edges[0] as number, "left");
  for (let i = 0; i < nb; i++) {
    const edge = edges[i + 1] as number;
    const next = searchSorted(sortedValues, edge, i === nb - 1 ? "right" : "left");
    counts[i] = next - prev;
    prev = next;
  }
  return counts;
}

export function minMax(values: ArrayLike<number>): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * Same counts as `histogramCounts` without sorting: each value's bin is guessed from the bin
 * width, then corrected against the actual edges so that values on an edge land exactly where
 * numpy's `searchsorted` puts them.
 */
export function binCounts(values: Float64Array, edges: Float64Array): Float64Array {
  const nb = edges.length - 1;
  const counts = new Float64Array(nb);
  const first = edges[0] as number;
  const last = edges[nb] as number;
  const scale = nb / (last - first);
  for (let k = 0; k < values.length; k++) {
    const x = values[k] as number;
    if (!(x >= first && x <= last)) continue;
    let i = Math.min(nb - 1, Math.max(0, Math.floor((x - first) * scale)));
    while (i > 0 && x < (edges[i] as number)) i--;
    while (i < nb - 1 && x >= (edges[i + 1] as number)) i++;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}
