import quantile from "@stdlib/stats-base-dists-normal-quantile";

/** A two-sided confidence interval for a proportion. */
export interface Interval {
  low: number;
  high: number;
  confidence: number;
}

/**
 * Wilson score interval for `successes` out of `n` (better than the normal approximation for
 * small n and proportions near 0 or 1). NaN bounds when n is 0.
 *
 * @example
 * wilsonInterval(45, 50); // { low: 0.7864…, high: 0.9565…, confidence: 0.95 }
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  if (n <= 0) return { low: Number.NaN, high: Number.NaN, confidence };
  const z = quantile(1 - (1 - confidence) / 2, 0, 1);
  const p = successes / n;
  const z2n = (z * z) / n;
  const center = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { low: Math.max(0, center - half), high: Math.min(1, center + half), confidence };
}
