/** The JSON form of a {@link RecentWindow}, oldest event first; `cls` -1 marks an error. */
export interface RecentWindowState {
  confidence: number[];
  cls: number[];
  /** The running sum as it was, so a restored window reads exactly the same mean. */
  confidenceSum: number;
}

const ERROR = -1;

/**
 * The last `size` events (predictions and errors) in a fixed ring, with running sums so every
 * rate is O(1) to read and O(1) to update. This is the "recent" side of every drift check and the
 * basis of the health status.
 *
 * @example
 * const w = new RecentWindow(100, 3, 0.5);
 * w.pushPrediction(0.9, 0);
 * w.pushError();
 * w.errorRate; // 0.5
 */
export class RecentWindow {
  readonly #conf: Float64Array;
  readonly #cls: Int32Array;
  #head = 0;
  #filled = 0;
  predictions = 0;
  errors = 0;
  lowConfidence = 0;
  confidenceSum = 0;
  readonly classCounts: Float64Array;

  constructor(
    readonly size: number,
    classCapacity: number,
    readonly lowConfidenceThreshold: number,
  ) {
    this.#conf = new Float64Array(size);
    this.#cls = new Int32Array(size);
    this.classCounts = new Float64Array(classCapacity);
  }

  pushPrediction(confidence: number, cls: number): void {
    this.#evict();
    this.#conf[this.#head] = confidence;
    this.#cls[this.#head] = cls;
    this.predictions += 1;
    this.confidenceSum += confidence;
    if (confidence < this.lowConfidenceThreshold) this.lowConfidence += 1;
    this.classCounts[cls] = (this.classCounts[cls] ?? 0) + 1;
    this.#advance();
  }

  pushError(): void {
    this.#evict();
    this.#conf[this.#head] = 0;
    this.#cls[this.#head] = ERROR;
    this.errors += 1;
    this.#advance();
  }

  get events(): number {
    return this.#filled;
  }

  get confidenceMean(): number {
    return this.predictions === 0 ? Number.NaN : this.confidenceSum / this.predictions;
  }

  get errorRate(): number {
    return this.#filled === 0 ? Number.NaN : this.errors / this.#filled;
  }

  get lowConfidenceRate(): number {
    return this.predictions === 0 ? Number.NaN : this.lowConfidence / this.predictions;
  }

  #evict(): void {
    if (this.#filled < this.size) return;
    const cls = this.#cls[this.#head] ?? ERROR;
    if (cls === ERROR) {
      this.errors -= 1;
      return;
    }
    const conf = this.#conf[this.#head] ?? 0;
    this.predictions -= 1;
    this.confidenceSum -= conf;
    if (conf < this.lowConfidenceThreshold) this.lowConfidence -= 1;
    this.classCounts[cls] = (this.classCounts[cls] ?? 0) - 1;
  }

  #advance(): void {
    this.#head += 1;
    if (this.#filled < this.size) this.#filled += 1;
    if (this.#head === this.size) {
      this.#head = 0;
      // Subtracting evicted values accumulates rounding error; resumming once per lap keeps it O(1) amortized.
      let sum = 0;
      for (let i = 0; i < this.size; i++) if ((this.#cls[i] ?? ERROR) !== ERROR) sum += this.#conf[i] ?? 0;
      this.confidenceSum = sum;
    }
  }

  /** Events oldest first. */
  toJSON(): RecentWindowState {
    const confidence: number[] = [];
    const cls: number[] = [];
    const start = this.#filled < this.size ? 0 : this.#head;
    for (let k = 0; k < this.#filled; k++) {
      const i = (start + k) % this.size;
      confidence.push(this.#conf[i] ?? 0);
      cls.push(this.#cls[i] ?? ERROR);
    }
    return { confidence, cls, confidenceSum: this.confidenceSum };
  }

  /** Replays events (oldest first) into this window; `remap` translates class indices. */
  replay(state: RecentWindowState, remap: (cls: number) => number = (c) => c): this {
    state.cls.forEach((cls, k) => {
      if (cls === ERROR) this.pushError();
      else this.pushPrediction(state.confidence[k] ?? 0, remap(cls));
    });
    return this;
  }
}
