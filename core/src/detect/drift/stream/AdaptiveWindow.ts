import { z } from "zod";

interface WindowOptions {
  delta: number;
  clock: number;
  maxBuckets: number;
  minWindowLength: number;
  gracePeriod: number;
}

export const AdaptiveWindowStateSchema = z.object({
  width: z.number(),
  total: z.number(),
  variance: z.number(),
  tick: z.number().int(),
  rows: z.array(z.object({ totals: z.array(z.number()), variances: z.array(z.number()) })).min(1),
});

export type AdaptiveWindowState = z.infer<typeof AdaptiveWindowStateSchema>;

/**
 * The bucket structure behind ADWIN (River's Cython `AdaptiveWindowing`), ported operation by
 * operation so detections match to the index. Row r holds up to `maxBuckets + 1` buckets of
 * 2^r values each, stored flat in typed arrays so an update allocates nothing. Longer than the
 * usual 150 lines on purpose: it mirrors one Cython class method by method, so it can be read
 * side by side with River's `adwin_c.pyx`.
 */
export class AdaptiveWindow {
  width = 0;
  total = 0;
  variance = 0;
  #tick = 0;
  #rows = 1;
  #cap: number;
  #totals: Float64Array;
  #variances: Float64Array;
  #counts: Int32Array;
  readonly #o: WindowOptions;

  constructor(options: WindowOptions) {
    this.#o = options;
    this.#cap = options.maxBuckets + 1;
    this.#totals = new Float64Array(this.#cap * 8);
    this.#variances = new Float64Array(this.#cap * 8);
    this.#counts = new Int32Array(8);
  }

  /** Adds a value; returns whether a change was detected. */
  update(value: number): boolean {
    this.#insert(value);
    return this.#detectChange();
  }

  #insert(value: number): void {
    this.#push(0, value, 0);
    this.width += 1;
    let inc = 0;
    if (this.width > 1) {
      const d = value - this.total / (this.width - 1);
      inc = ((this.width - 1) * d * d) / this.width;
    }
    this.variance += inc;
    this.total += value;
    this.#compress();
  }

  #push(row: number, total: number, variance: number): void {
    if (row >= this.#counts.length) this.#grow();
    const at = row * this.#cap + this.#counts[row]!;
    this.#totals[at] = total;
    this.#variances[at] = variance;
    this.#counts[row]! += 1;
  }

  #grow(): void {
    const rows = this.#counts.length * 2;
    const totals = new Float64Array(rows * this.#cap);
    totals.set(this.#totals);
    const variances = new Float64Array(rows * this.#cap);
    variances.set(this.#variances);
    const counts = new Int32Array(rows);
    counts.set(this.#counts);
    this.#totals = totals;
    this.#variances = variances;
    this.#counts = counts;
  }

  /** Drops the first `n` buckets of a row (River's `Bucket.compress`). */
  #shift(row: number, n: number): void {
    const base = row * this.#cap;
    const count = this.#counts[row]!;
    for (let i = n; i < count; i++) {
      this.#totals[base + i - n] = this.#totals[base + i]!;
      this.#variances[base + i - n] = this.#variances[base + i]!;
    }
    for (let i = count - n; i < count; i++) {
      this.#totals[base + i] = 0;
      this.#variances[base + i] = 0;
    }
    this.#counts[row] = count - n;
  }

  #compress(): void {
    const max = this.#o.maxBuckets;
    for (let row = 0; row < this.#rows; row++) {
      if (this.#counts[row] !== max + 1) break;
      if (row + 1 >= this.#rows) {
        if (row + 1 >= this.#counts.length) this.#grow();
        this.#counts[row + 1] = 0;
        this.#rows += 1;
      }
      const n = 2 ** row;
      const at = row * this.#cap;
      const t0 = this.#totals[at]!;
      const t1 = this.#totals[at + 1]!;
      const d = t0 / n - t1 / n;
      const v12 = this.#variances[at]! + this.#variances[at + 1]! + (n * n * d * d) / (n + n);
      this.#push(row + 1, t0 + t1, v12);
      this.#shift(row, 2);
      if (this.#counts[row + 1]! <= max) break;
    }
  }

  /** Removes the oldest bucket (River's `_delete_element`); returns its size. */
  #deleteOldest(): number {
    const row = this.#rows - 1;
    const n = 2 ** row;
    const u = this.#totals[row * this.#cap]!;
    const v = this.#variances[row * this.#cap]!;
    const mu = u / n;
    this.width -= n;
    this.total -= u;
    const muWindow = this.total / this.width;
    this.variance -= v + (n * this.width * (mu - muWindow) * (mu - muWindow)) / (n + this.width);
    this.#shift(row, 1);
    if (this.#counts[row] === 0) this.#rows -= 1;
    return n;
  }

  #detectChange(): boolean {
    let change = false;
    this.#tick += 1;
    if (this.#tick % this.#o.clock !== 0 || !(this.width > this.#o.gracePeriod)) return false;
    const minLen = this.#o.minWindowLength;
    let reduce = true;
    while (reduce) {
      reduce = false;
      let exit = false;
      let n0 = 0;
      let n1 = this.width;
      let u0 = 0;
      let u1 = this.total;
      // Width and variance only change when a bucket is dropped, which restarts the scan: the
      // bound's window terms are computed once per scan (same operations as River, fewer logs).
      const deltaPrime = Math.log((2 * Math.log(this.width)) / this.#o.delta);
      const varianceInWindow = this.variance / this.width;
      // River also tracks the sub-windows' variances here but never reads them; skipped.
      for (let row = this.#rows - 1; row >= 0 && !exit; row--) {
        const size = 2 ** row;
        const base = row * this.#cap;
        const last = this.#counts[row]! - 1;
        for (let k = 0; k < last; k++) {
          const t = this.#totals[base + k]!;
          n0 += size;
          n1 -= size;
          u0 += t;
          u1 -= t;
          const deltaMean = u0 / n0 - u1 / n1;
          if (n1 >= minLen && n0 >= minLen && this.#cut(n0, n1, deltaMean, deltaPrime, varianceInWindow)) {
            reduce = true;
            change = true;
            if (this.width > 0) {
              n0 -= this.#deleteOldest();
              exit = true;
              break;
            }
          }
        }
      }
    }
    return change;
  }

  #cut(n0: number, n1: number, deltaMean: number, deltaPrime: number, varianceInWindow: number): boolean {
    const minLen = this.#o.minWindowLength;
    const mRecip = 1 / (n0 - minLen + 1) + 1 / (n1 - minLen + 1);
    const epsilon = Math.sqrt(2 * mRecip * varianceInWindow * deltaPrime) + (2 / 3) * deltaPrime * mRecip;
    return Math.abs(deltaMean) > epsilon;
  }

  getState(): AdaptiveWindowState {
    const rows: AdaptiveWindowState["rows"] = [];
    for (let r = 0; r < this.#rows; r++) {
      const base = r * this.#cap;
      const count = this.#counts[r]!;
      rows.push({
        totals: Array.from(this.#totals.subarray(base, base + count)),
        variances: Array.from(this.#variances.subarray(base, base + count)),
      });
    }
    return { width: this.width, total: this.total, variance: this.variance, tick: this.#tick, rows };
  }

  static fromState(options: WindowOptions, raw: unknown): AdaptiveWindow {
    const s = AdaptiveWindowStateSchema.parse(raw);
    const w = new AdaptiveWindow(options);
    w.width = s.width;
    w.total = s.total;
    w.variance = s.variance;
    w.#tick = s.tick;
    w.#rows = 0;
    for (const [r, row] of s.rows.entries()) {
      if (row.totals.length > w.#cap || row.totals.length !== row.variances.length) {
        throw new RangeError(`ADWIN state row ${r} holds ${row.totals.length} buckets (max ${w.#cap})`);
      }
      while (r >= w.#counts.length) w.#grow();
      w.#rows = r + 1;
      for (const [i, t] of row.totals.entries()) w.#push(r, t, row.variances[i]!);
    }
    return w;
  }
}
