import { z } from "zod";
import type { DriftAndWarningDetector, StreamDetectorState } from "./DriftDetector.js";
import { assertFinite } from "./errors.js";
import { parseParams } from "./parseParams.js";
import { type MeanState, newMean, updateMean } from "./runningStats.js";

/**
 * HDDM_A's options: River's parameters (camelCase) with River's defaults.
 *
 * @example
 * HddmAOptionsSchema.parse({}); // the defaults
 */
export const HddmAOptionsSchema = z
  .object({
    driftConfidence: z.number().gt(0).lt(1).default(0.001),
    warningConfidence: z.number().gt(0).lt(1).default(0.005),
    twoSidedTest: z.boolean().default(false),
  })
  .strict();

export type HddmAOptions = z.input<typeof HddmAOptionsSchema>;

const mean = z.object({ n: z.number(), mean: z.number() });
const StateSchema = z.object({ drift: z.boolean(), warning: z.boolean(), xMin: mean, xMax: mean, z: mean });

/**
 * HDDM_A, River's `drift.binary.HDDM_A`: Hoeffding's bound on the difference between the global
 * mean of a 0/1 error stream and the mean at the best cut point; `twoSidedTest` also watches
 * decreases.
 *
 * @example
 * const d = new HDDM_A({ twoSidedTest: true });
 * d.update(0).warningDetected;
 */
export class HDDM_A implements DriftAndWarningDetector {
  readonly name = "hddm_a" as const;
  readonly options: z.output<typeof HddmAOptionsSchema>;
  #drift = false;
  #warning = false;
  #xMin: MeanState = newMean();
  #xMax: MeanState = newMean();
  #z: MeanState = newMean();

  constructor(options: HddmAOptions = {}) {
    this.options = parseParams(HddmAOptionsSchema, options, "hddm_a");
  }

  get driftDetected(): boolean {
    return this.#drift;
  }

  get warningDetected(): boolean {
    return this.#warning;
  }

  #bound(n: number): number {
    return Math.sqrt((1 / (2 * n)) * Math.log(1 / this.options.driftConfidence));
  }

  update(x: number): this {
    assertFinite(x, "hddm_a value");
    if (this.#drift) {
      this.#drift = false;
      this.#warning = false;
      this.#xMin = newMean();
      this.#xMax = newMean();
      this.#z = newMean();
    }
    const z = this.#z;
    updateMean(z, x);
    if (this.#xMin.n === 0) this.#xMin = { ...z };
    if (this.#xMax.n === 0) this.#xMax = { ...z };
    const epsZ = this.#bound(z.n);
    if (this.#xMin.mean + this.#bound(this.#xMin.n) >= z.mean + epsZ) this.#xMin = { ...z };
    if (this.#xMax.mean - this.#bound(this.#xMax.n) <= z.mean - epsZ) this.#xMax = { ...z };
    const { driftConfidence, warningConfidence } = this.options;
    if (this.#meanIncrease(driftConfidence)) {
      this.#warning = false;
      this.#drift = true;
    } else {
      this.#warning = this.#meanIncrease(warningConfidence);
      this.#drift = false;
    }
    if (this.options.twoSidedTest) {
      if (this.#meanDecrease(driftConfidence)) this.#drift = true;
      else if (this.#meanDecrease(warningConfidence)) this.#warning = true;
    }
    return this;
  }

  #eps(cut: MeanState, confidence: number): number {
    const m = ((this.#z.n - cut.n) / cut.n) * (1 / this.#z.n);
    return Math.sqrt((m / 2) * Math.log(2 / confidence));
  }

  #meanIncrease(confidence: number): boolean {
    if (this.#xMin.n === this.#z.n) return false;
    return this.#z.mean - this.#xMin.mean >= this.#eps(this.#xMin, confidence);
  }

  #meanDecrease(confidence: number): boolean {
    if (this.#xMax.n === this.#z.n) return false;
    return this.#xMax.mean - this.#z.mean >= this.#eps(this.#xMax, confidence);
  }

  toJSON(): StreamDetectorState {
    const state = {
      drift: this.#drift,
      warning: this.#warning,
      xMin: { ...this.#xMin },
      xMax: { ...this.#xMax },
      z: { ...this.#z },
    };
    return { detector: this.name, params: { ...this.options }, state };
  }

  static fromJSON(saved: StreamDetectorState): HDDM_A {
    const d = new HDDM_A(saved.params as HddmAOptions);
    const s = StateSchema.parse(saved.state);
    d.#drift = s.drift;
    d.#warning = s.warning;
    d.#xMin = s.xMin;
    d.#xMax = s.xMax;
    d.#z = s.z;
    return d;
  }
}
