/**
 * River's running statistics, with River's exact floating-point operation order (the detectors'
 * decisions compare against thresholds, so the last bit matters for exact parity).
 */

/** River's `stats.Mean` (unit weights): `mean += (1 / n) * (x - mean)`. */
export interface MeanState {
  n: number;
  mean: number;
}

export function newMean(): MeanState {
  return { n: 0, mean: 0 };
}

export function updateMean(m: MeanState, x: number): void {
  m.n += 1;
  m.mean += (1 / m.n) * (x - m.mean);
}

/** River's `stats.Var` (ddof = 1): Welford's sum of squares on top of a `Mean`. */
export interface VarState {
  mean: MeanState;
  s: number;
}

export function newVar(): VarState {
  return { mean: newMean(), s: 0 };
}

export function updateVar(v: VarState, x: number): void {
  const old = v.mean.mean;
  updateMean(v.mean, x);
  v.s += 1 * (x - old) * (x - v.mean.mean);
}

export function getVar(v: VarState): number {
  return v.mean.n > 1 ? v.s / (v.mean.n - 1) : 0;
}

/**
 * River's `stats.EWMean` (Rust `watermill` underneath): a mean of exactly 0 is taken as "empty",
 * so the next value replaces it. Kept as is because HDDM_W's decisions depend on it.
 */
export function updateEwMean(mean: number, fadingFactor: number, x: number): number {
  return mean === 0 ? x : fadingFactor * x + (1 - fadingFactor) * mean;
}
