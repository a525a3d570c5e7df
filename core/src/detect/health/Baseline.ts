/** The JSON form of a {@link Baseline}. */
export interface BaselineState {
  predictions: number;
  confidenceSum: number;
  lowConfidence: number;
  classCounts: number[];
}

/**
 * The reference the drift checks compare the recent window with: the first `size` predictions
 * the monitor saw (frozen once full). Sums only, so merging is exact.
 *
 * @example
 * const b = new Baseline(1000, 3, 0.5);
 * b.add(0.8, 1); // until 1000 predictions, then ignored
 */
export class Baseline {
  predictions = 0;
  confidenceSum = 0;
  lowConfidence = 0;
  readonly classCounts: Float64Array;

  constructor(
    readonly size: number,
    classCapacity: number,
    readonly lowConfidenceThreshold: number,
  ) {
    this.classCounts = new Float64Array(classCapacity);
  }

  get complete(): boolean {
    return this.predictions >= this.size;
  }

  add(confidence: number, cls: number): void {
    if (this.predictions >= this.size) return;
    this.predictions += 1;
    this.confidenceSum += confidence;
    if (confidence < this.lowConfidenceThreshold) this.lowConfidence += 1;
    this.classCounts[cls] = (this.classCounts[cls] ?? 0) + 1;
  }

  get confidenceMean(): number {
    return this.predictions === 0 ? Number.NaN : this.confidenceSum / this.predictions;
  }

  get lowConfidenceRate(): number {
    return this.predictions === 0 ? Number.NaN : this.lowConfidence / this.predictions;
  }

  /** Adds another baseline (class indices already translated by `remap`). */
  merge(other: BaselineState, remap: (cls: number) => number = (c) => c): void {
    this.predictions += other.predictions;
    this.confidenceSum += other.confidenceSum;
    this.lowConfidence += other.lowConfidence;
    other.classCounts.forEach((c, i) => {
      const j = remap(i);
      this.classCounts[j] = (this.classCounts[j] ?? 0) + c;
    });
  }

  toJSON(): BaselineState {
    return {
      predictions: this.predictions,
      confidenceSum: this.confidenceSum,
      lowConfidence: this.lowConfidence,
      classCounts: [...this.classCounts],
    };
  }
}
