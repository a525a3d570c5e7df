import type { PredictionEvent } from "@airr/core";

/** mulberry32: a tiny seeded PRNG so test streams are reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Log-normal latencies (ms) around `medianMs`, like real request latencies. */
export function latencies(rand: () => number, n: number, medianMs = 40): number[] {
  return Array.from({ length: n }, () => {
    const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    return medianMs * Math.exp(0.6 * z);
  });
}

/** A stream of predictions over `classes` with confidence in [lo, hi]. */
export function predictions(
  seed: number,
  n: number,
  options: { classes?: string[]; lo?: number; hi?: number; idPrefix?: string; weights?: number[] } = {},
): PredictionEvent[] {
  const rand = seeded(seed);
  const classes = options.classes ?? ["fraud", "legit"];
  const weights = options.weights ?? classes.map(() => 1 / classes.length);
  const lo = options.lo ?? 0.3;
  const hi = options.hi ?? 1;
  const lat = latencies(rand, n);
  return lat.map((latencyMs, i) => {
    let u = rand();
    let k = 0;
    while (k < classes.length - 1 && u >= (weights[k] ?? 0)) u -= weights[k++] ?? 0;
    return {
      ...(options.idPrefix === undefined ? {} : { id: `${options.idPrefix}${i}` }),
      prediction: classes[k] ?? "x",
      confidence: lo + (hi - lo) * rand(),
      latencyMs,
    };
  });
}

export const SALT = "test-salt-0123456789";
