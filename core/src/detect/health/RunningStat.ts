/** The JSON form of a {@link RunningStat}. */
export interface RunningStatState {
  count: number;
  sum: number;
  ema: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Count, true mean (sum / count over every value), exponential moving average and extremes of
 * one stream. The EMA weights recent values (`alpha` per step) and is reported as `ema`, never
 * as "the average".
 *
 * @example
 * const s = new RunningStat(0.1);
 * s.add(1).add(3);
 * s.mean; // 2
 * s.ema; // 1.2
 */
export class RunningStat {
  count = 0;
  sum = 0;
  /** NaN until the first value. */
  ema = Number.NaN;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  constructor(readonly alpha: number) {}

  add(x: number): this {
    this.count += 1;
    this.sum += x;
    this.ema = this.count === 1 ? x : this.ema + this.alpha * (x - this.ema);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    return this;
  }

  /** The true arithmetic mean; NaN when empty. */
  get mean(): number {
    return this.count === 0 ? Number.NaN : this.sum / this.count;
  }

  /**
   * Adds another stream's values. Count, sum, mean and extremes are exact. An EMA depends on the
   * interleaving of the two streams, which is lost, so the merged EMA is the count-weighted mean
   * of the two EMAs.
   */
  merge(other: RunningStat): this {
    if (other.count === 0) return this;
    if (this.count === 0) this.ema = other.ema;
    else this.ema = (this.ema * this.count + other.ema * other.count) / (this.count + other.count);
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    return this;
  }

  toJSON(): RunningStatState {
    const empty = this.count === 0;
    return {
      count: this.count,
      sum: this.sum,
      ema: empty ? null : this.ema,
      min: empty ? null : this.min,
      max: empty ? null : this.max,
    };
  }

  static fromJSON(state: RunningStatState, alpha: number): RunningStat {
    const s = new RunningStat(alpha);
    s.count = state.count;
    s.sum = state.sum;
    s.ema = state.ema ?? Number.NaN;
    s.min = state.min ?? Number.POSITIVE_INFINITY;
    s.max = state.max ?? Number.NEGATIVE_INFINITY;
    return s;
  }
}
