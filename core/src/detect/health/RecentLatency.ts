import { LatencySketch, type LatencySketchState } from "./LatencySketch.js";

/** The JSON form of a {@link RecentLatency}. */
export interface RecentLatencyState {
  previous: LatencySketchState;
  current: LatencySketchState;
  sinceRotation: number;
}

/**
 * Latency quantiles of recent predictions: two sketches, the current one and the one before,
 * rotated every `size` values, so quantiles cover the last `size` to `2 × size` predictions. A
 * lifetime p95 barely moves after millions of requests; this one shows today's slowdown.
 *
 * @example
 * const recent = new RecentLatency(1000);
 * recent.add(12);
 * recent.sketch().quantile(0.95);
 */
export class RecentLatency {
  #previous: LatencySketch;
  #current: LatencySketch;
  #sinceRotation = 0;

  constructor(
    readonly size: number,
    readonly relativeAccuracy: number,
  ) {
    this.#previous = new LatencySketch(relativeAccuracy);
    this.#current = new LatencySketch(relativeAccuracy);
  }

  add(value: number): void {
    this.#current.add(value);
    this.#sinceRotation += 1;
    if (this.#sinceRotation === this.size) {
      this.#previous = this.#current;
      this.#current = new LatencySketch(this.relativeAccuracy);
      this.#sinceRotation = 0;
    }
  }

  /** A new sketch of the recent values (previous + current). */
  sketch(): LatencySketch {
    const s = new LatencySketch(this.relativeAccuracy);
    s.merge(this.#previous);
    s.merge(this.#current);
    return s;
  }

  /** Adds another instance's recent sketches, half by half (their rotation points differ). */
  merge(other: RecentLatencyState): void {
    this.#previous.merge(LatencySketch.fromJSON(other.previous));
    this.#current.merge(LatencySketch.fromJSON(other.current));
  }

  toJSON(): RecentLatencyState {
    return { previous: this.#previous.toJSON(), current: this.#current.toJSON(), sinceRotation: this.#sinceRotation };
  }

  restore(state: RecentLatencyState): this {
    this.#previous = LatencySketch.fromJSON(state.previous);
    this.#current = LatencySketch.fromJSON(state.current);
    this.#sinceRotation = state.sinceRotation;
    return this;
  }
}
