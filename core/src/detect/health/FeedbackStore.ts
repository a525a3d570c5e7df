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
  // A ring of ids plus an id -> slot map: the oldest id is evicted in O(1) (deleting from the
  // front of a Map and iterating to find the next oldest degrades as deleted entries pile up).
  readonly #ids: (string | undefined)[];
  readonly #predicted: Int32Array;
  readonly #slot = new Map<string, number>();
  #head = 0;
  // Keyed by actual * stride + predicted, so cells are numbers, not strings.
  readonly #confusion = new Map<number, number>();

  constructor(
    readonly capacity: number,
    readonly stride: number,
  ) {
    this.#ids = new Array<string | undefined>(capacity).fill(undefined);
    this.#predicted = new Int32Array(capacity);
  }

  remember(id: string, predicted: number): void {
    const known = this.#slot.get(id);
    if (known !== undefined) {
      this.#predicted[known] = predicted;
      return;
    }
    const slot = this.#head;
    const evicted = this.#ids[slot];
    if (evicted !== undefined) this.#slot.delete(evicted);
    this.#ids[slot] = id;
    this.#predicted[slot] = predicted;
    this.#slot.set(id, slot);
    this.#head = slot + 1 === this.capacity ? 0 : slot + 1;
  }

  /** Scores a label; false when the id is unknown (never seen, forgotten, or already labelled). */
  label(id: string, actual: number): boolean {
    const slot = this.#slot.get(id);
    if (slot === undefined) return false;
    this.#slot.delete(id);
    this.#ids[slot] = undefined;
    this.add(actual, this.#predicted[slot] ?? 0, 1);
    return true;
  }

  add(actual: number, predicted: number, count: number): void {
    const key = actual * this.stride + predicted;
    this.#confusion.set(key, (this.#confusion.get(key) ?? 0) + count);
  }

  get pendingCount(): number {
    return this.#slot.size;
  }

  /** Confusion cells as `[actual, predicted, count]`. */
  cells(): [number, number, number][] {
    return [...this.#confusion].map(([k, c]) => [Math.floor(k / this.stride), k % this.stride, c]);
  }

  toJSON(): FeedbackStoreState {
    const pending: [string, number][] = [];
    for (let k = 0; k < this.capacity; k++) {
      const slot = (this.#head + k) % this.capacity;
      const id = this.#ids[slot];
      if (id !== undefined) pending.push([id, this.#predicted[slot] ?? 0]);
    }
    return { pending, confusion: this.cells() };
  }

  /** Adds a state whose class indices are translated by `remap`. */
  merge(state: FeedbackStoreState, remap: (cls: number) => number = (c) => c): void {
    for (const [id, predicted] of state.pending) this.remember(id, remap(predicted));
    for (const [actual, predicted, count] of state.confusion) this.add(remap(actual), remap(predicted), count);
  }
}
