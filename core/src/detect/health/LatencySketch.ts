import { LogCollapsingLowestDenseDDSketch } from "@datadog/sketches-js";

/** The JSON form of a {@link LatencySketch}: the non-empty bins as `[key, count]` pairs. */
export interface LatencySketchState {
  relativeAccuracy: number;
  binLimit: number;
  bins: [number, number][];
  zeroCount: number;
  count: number;
  sum: number;
  min: number | null;
  max: number | null;
}

/**
 * A mergeable quantile sketch of non-negative values (DDSketch, relative accuracy 1% by default).
 * Memory is bounded by `binLimit`: past it the lowest bins collapse, which costs accuracy only
 * at the bottom of the range (latency alerts care about the top).
 *
 * State is serialized from the bins ourselves because the library's `toProto` needs protobufjs
 * and `fromProto` drops the count, sum and extremes.
 *
 * @example
 * const s = new LatencySketch(0.01);
 * for (const ms of [12, 15, 300]) s.add(ms);
 * s.quantile(0.5); // ≈ 15 (within 1%)
 */
export class LatencySketch {
  readonly #sketch: LogCollapsingLowestDenseDDSketch;

  constructor(
    readonly relativeAccuracy = 0.01,
    readonly binLimit = 2048,
  ) {
    this.#sketch = new LogCollapsingLowestDenseDDSketch({ relativeAccuracy, binLimit });
  }

  /** Values must be finite and >= 0 (the monitor rejects others before they get here). */
  add(value: number): void {
    this.#sketch.accept(value);
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
      binLimit: this.binLimit,
      bins,
      zeroCount: this.#sketch.zeroCount,
      count: this.#sketch.count,
      sum: this.#sketch.sum,
      min: empty ? null : this.#sketch.min,
      max: empty ? null : this.#sketch.max,
    };
  }

  static fromJSON(state: LatencySketchState): LatencySketch {
    const s = new LatencySketch(state.relativeAccuracy, state.binLimit);
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
