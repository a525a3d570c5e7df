import { defineCheck } from "../defineCheck.js";
import { alignedCounts, valueCounts } from "../math/counts.js";
import { histogramCounts, minMax, sturgesEdges } from "../math/histogram.js";
import { sorted } from "../math/numeric.js";

/**
 * Hellinger distance, as Evidently computes it: categories by share; numbers by density
 * histograms whose Sturges edges are built from the distinct values of both samples (not from
 * the samples themselves). Drift when ≥ 0.1.
 */
export const hellingerCheck = defineCheck({
  name: "hellinger",
  displayName: "Hellinger distance",
  types: ["cat", "num"],
  defaultThreshold: 0.1,
  rule: "ge",
  score(reference, current, type) {
    let overlap = 0;
    if (type === "cat") {
      const { ref, cur } = alignedCounts(reference, current);
      for (let i = 0; i < ref.length; i++) {
        overlap += Math.sqrt(((ref[i] as number) / reference.length) * ((cur[i] as number) / current.length));
      }
    } else {
      const r = reference as Float64Array;
      const c = current as Float64Array;
      const keys = Float64Array.from(new Set([...valueCounts(r).keys(), ...valueCounts(c).keys()]) as Set<number>);
      const [lo, hi] = minMax(keys);
      const edges = sturgesEdges(lo, hi, keys.length);
      const h1 = density(histogramCounts(sorted(r), edges), edges);
      const h2 = density(histogramCounts(sorted(c), edges), edges);
      const width = ((edges[edges.length - 1] as number) - (edges[0] as number)) / (edges.length - 1);
      for (let i = 0; i < h1.length; i++) overlap += Math.sqrt((h1[i] as number) * (h2[i] as number)) * width;
    }
    return Math.sqrt(1 - Math.min(1, Math.max(0, overlap)));
  },
});

/** numpy's `histogram(..., density=True)`: count / bin width / total. */
function density(counts: Float64Array, edges: Float64Array): Float64Array {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c, i) => c / ((edges[i + 1] as number) - (edges[i] as number)) / total);
}
