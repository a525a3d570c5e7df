/**
 * `np.percentile(values, p)` with numpy's default linear method, including its `_lerp`, which
 * interpolates from the upper neighbour when the fraction is at least 0.5 (so bootstrap
 * thresholds match Evidently's to the last bit).
 *
 * @example
 * npPercentile([1, 2, 3, 4], 95); // 3.85
 */
export function npPercentile(values: ArrayLike<number>, p: number): number {
  const s = Float64Array.from(values).sort();
  const index = (p / 100) * (s.length - 1);
  const lo = Math.floor(index);
  const hi = Math.min(lo + 1, s.length - 1);
  const t = index - lo;
  const a = s[lo]!;
  const b = s[hi]!;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
