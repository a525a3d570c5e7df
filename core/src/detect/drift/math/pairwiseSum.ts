/**
 * numpy's pairwise summation of `n` values read by `at(i)`: the order numpy adds floats in
 * `ndarray.sum()`. Permutation tests compare sums that are equal in exact arithmetic, so the
 * order decides ties the way Evidently decides them.
 */
export function pairwiseSum(at: (i: number) => number, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += at(start + i);
    return res;
  }
  if (n <= 128) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => at(start + j));
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] = (r[j] as number) + at(start + i + j);
    const [r0, r1, r2, r3, r4, r5, r6, r7] = r as [number, number, number, number, number, number, number, number];
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += at(start + i);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(at, start, n2) + pairwiseSum(at, start + n2, n - n2);
}
