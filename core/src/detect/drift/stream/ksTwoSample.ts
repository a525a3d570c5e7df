/**
 * The two-sided two-sample Kolmogorov-Smirnov test for two samples of the same size n, exactly as
 * `scipy.stats.ks_2samp(a, b, method="auto")` computes it for n <= 10000 (its exact method:
 * `_compute_prob_outside_square`). KSWIN always compares two samples of `statSize` values, so
 * this is the only case it needs; @stdlib has no two-sample KS test.
 *
 * @example
 * ksTwoSampleEqualSize([1, 2, 3], [4, 5, 6]); // { statistic: 1, pValue: 0.1 }
 */
export function ksTwoSampleEqualSize(
  a: readonly number[],
  b: readonly number[],
): { statistic: number; pValue: number } {
  const n = a.length;
  if (n === 0 || b.length !== n)
    throw new RangeError(`ks: need two non-empty samples of equal size, got ${n} and ${b.length}`);
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  // max |#(a <= v) - #(b <= v)| over all pooled values v: scipy's statistic times n.
  let i = 0;
  let j = 0;
  let h = 0;
  while (i < n || j < n) {
    const v = j >= n || (i < n && x[i]! <= y[j]!) ? x[i]! : y[j]!;
    while (i < n && x[i]! <= v) i++;
    while (j < n && y[j]! <= v) j++;
    h = Math.max(h, Math.abs(i - j));
  }
  return { statistic: h / n, pValue: h === 0 ? 1 : probOutsideSquare(n, h) };
}

/** scipy's `_compute_prob_outside_square(n, h)`: P(D_{n,n} >= h/n), Horner-like, same order. */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}
