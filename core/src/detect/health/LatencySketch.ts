import { DDSketch } from "@datadog/sketches-js";

/** The JSON form of a {@link LatencySketch}: the non-empty bins as `[key, count]` pairs. */
export interface LatencySketchState {
  relativeAccuracy: number;
  bins: [number, number][];
  zeroCount: number;
  count: number;
  sum: number;
  min: number | null;
  max: number | null;
}

/** Values below this (ms) count as zero: a sub-microsecond latency is a zero latency. */
export const MIN_LATENCY_MS = 1e-3;
/** Values above this (ms, about 11.6 days) are rejected by the monitor as out of range. */
export const MAX_LATENCY_MS = 1e9;

/**
 * A mergeable quantile sketch of latencies (DDSketch, relative accuracy 1% by default). Memory
 * is bounded because values are confined to [MIN_LATENCY_MS, MAX_LATENCY_MS]: at 1% that is at
 * most ~1,400 bins, whatever the number of values. (The library's collapsing stores would bound
 * bins too, but in sketches-js 2.1.1 they lose the top quantiles when values arrive in
 * increasing order, which is how latencies degrade.)
 *
 * State is serialized from the bins ourselves because the library's `fromProto` drops the count,
 * sum and extremes. (core still depends on protobufjs: sketches-js requires it from `toProto`
 * but lists it only as a dev dependency, and bundlers such as esbuild resolve that require.)
 *
 * @example
 * const s = new LatencySketch(0.01);
 * for (const ms of [12, 15, 300]) s.add(ms);
 * s.quantile(0.5); // ≈ 15 (within 1%)
 */
export class LatencySketch {
  readonly #sketch: DDSketch;

  constructor(readonly relativeAccuracy = 0.01) {
    this.#sketch = new DDSketch({ relativeAccuracy });
  }

  /** Values must be in [0, MAX_LATENCY_MS] (the monitor rejects others before they get here). */
  add(value: number): void {
    this.#sketch.accept(value < MIN_LATENCY_MS ? 0 : value);
  }

  get count(): number {
    return this.#sketch.count;
  }

  /** The value at quantile `q` in [0, 1]; NaN when empty. */
  quantile(q: number): number {
    return this.#sketch.getValueAtQuantile(q);
  }

  /** Whether the two sketches share the index mapping, the condition of an exact merge. */
  mergeable(other: LatencySketch): boolean {
    return this.#sketch.mergeable(other.#sketch);
  }

  merge(other: LatencySketch): void {
    this.#sketch.merge(other.#sketch);
  }

  toJSON(): LatencySketchState {
    const store = this.#sketch.store;
    const bins: [number, number][] = [];
    store.bins.forEach((c, i) => {
      if (c > 0) bins.push([i + store.offset, c]);
    });
    const empty = this.#sketch.count === 0;
    return {
      relativeAccuracy: this.relativeAccuracy,
      bins,
      zeroCount: this.#sketch.zeroCount,
      count: this.#sketch.count,
      sum: this.#sketch.sum,
      min: empty ? null : this.#sketch.min,
      max: empty ? null : this.#sketch.max,
    };
  }

  static fromJSON(state: LatencySketchState): LatencySketch {
    const s = new LatencySketch(state.relativeAccuracy);
    const inner = s.#sketch;
    for (const [key, c] of state.bins) inner.store.add(key, c);
    inner.zeroCount = state.zeroCount;
    inner.count = state.count;
    inner.sum = state.sum;
    inner.min = state.min ?? Number.POSITIVE_INFINITY;
    inner.max = state.max ?? Number.NEGATIVE_INFINITY;
    return s;
  }
}
