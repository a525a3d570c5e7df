/** The JSON form of a {@link FeedbackStore}. */
export interface FeedbackStoreState {
  /** `[predictionId, predicted class index]`, oldest first. */
  pending: [string, number][];
  /** `[actual class index, predicted class index, count]`. */
  confusion: [number, number, number][];
}

/**
 * Remembers the predicted class of the last `capacity` predictions that have an id, so a label
 * that arrives later can be scored, and accumulates the confusion matrix. Both are bounded: the
 * oldest pending ids are forgotten first, and the matrix is at most classes² cells.
 *
 * @example
 * const f = new FeedbackStore(10_000, 257);
 * f.remember("req-1", 0);
 * f.label("req-1", 1); // true: actual 1, predicted 0
 * f.label("req-9", 1); // false: unknown id
 */
export class FeedbackStore {
  readonly #pending = new Map<string, number>();
  // Keyed by actual * stride + predicted, so cells are numbers, not strings.
  readonly #confusion = new Map<number, number>();

  constructor(
    readonly capacity: number,
    readonly stride: number,
  ) {}

  remember(id: string, predicted: number): void {
    if (this.#pending.size >= this.capacity && !this.#pending.has(id)) {
      const oldest = this.#pending.keys().next();
      if (!oldest.done) this.#pending.delete(oldest.value);
    }
    this.#pending.set(id, predicted);
  }

  /** Scores a label; false when the id is unknown (never seen, forgotten, or already labelled). */
  label(id: string, actual: number): boolean {
    const predicted = this.#pending.get(id);
    if (predicted === undefined) return false;
    this.#pending.delete(id);
    this.add(actual, predicted, 1);
    return true;
  }

  add(actual: number, predicted: number, count: number): void {
    const key = actual * this.stride + predicted;
    this.#confusion.set(key, (this.#confusion.get(key) ?? 0) + count);
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Confusion cells as `[actual, predicted, count]`. */
  cells(): [number, number, number][] {
    return [...this.#confusion].map(([k, c]) => [Math.floor(k / this.stride), k % this.stride, c]);
  }

  toJSON(): FeedbackStoreState {
    return { pending: [...this.#pending], confusion: this.cells() };
  }

  /** Adds a state whose class indices are translated by `remap`. */
  merge(state: FeedbackStoreState, remap: (cls: number) => number = (c) => c): void {
    for (const [id, predicted] of state.pending) this.remember(id, remap(predicted));
    for (const [actual, predicted, count] of state.confusion) this.add(remap(actual), remap(predicted), count);
  }
}
