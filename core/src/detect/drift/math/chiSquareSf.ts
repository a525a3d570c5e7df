import gammainc from "@stdlib/math-base-special-gammainc";

/** Survival function of the chi-squared distribution (scipy's `chi2.sf`), via the upper regularized gamma. */
export function chiSquareSf(x: number, df: number): number {
  if (Number.isNaN(x) || df <= 0) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}
