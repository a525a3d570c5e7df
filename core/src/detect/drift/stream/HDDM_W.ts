import { z } from "zod";
import type { DriftAndWarningDetector, StreamDetectorState } from "./DriftDetector.js";
import { assertFinite } from "./errors.js";
import { encodeFloat, jsonFloat } from "./floatJson.js";
import { parseParams } from "./parseParams.js";
import { updateEwMean } from "./runningStats.js";

/**
 * HDDM_W's options: River's parameters (camelCase) with River's defaults.
 *
 * @example
 * HddmWOptionsSchema.parse({}); // the defaults
 */
export const HddmWOptionsSchema = z
  .object({
    driftConfidence: z.number().gt(0).lt(1).default(0.001),
    warningConfidence: z.number().gt(0).lt(1).default(0.005),
    lambdaVal: z.number().gt(0).max(1).default(0.05),
    twoSidedTest: z.boolean().default(false),
  })
  .strict();

export type HddmWOptions = z.input<typeof HddmWOptionsSchema>;

/** River's `SampleInfo`: an EWMA, whether it saw a value, and its independent bound condition. */
interface Sample {
  ewma: number;
  init: boolean;
  ibc: number;
}

const sample = z.object({ ewma: z.number(), init: z.boolean(), ibc: z.number() });
const StateSchema = z.object({
  drift: z.boolean(),
  warning: z.boolean(),
  total: sample,
  s1Incr: sample,
  s2Incr: sample,
  s1Decr: sample,
  s2Decr: sample,
  incrCut: jsonFloat,
  decrCut: jsonFloat,
});

const fresh = (): Sample => ({ ewma: 0, init: false, ibc: 1 });

/**
 * HDDM_W, River's `drift.binary.HDDM_W`: McDiarmid's bound on EWMAs of a 0/1 error stream before
 * and after the best cut point. One-sided (increases) by default; `twoSidedTest` also reports
 * decreases, which, as in River, can only raise drift or warning, never clear them.
 *
 * @example
 * const d = new HDDM_W({ lambdaVal: 0.05 });
 * d.update(1).driftDetected;
 */
export class HDDM_W implements DriftAndWarningDetector {
  readonly name = "hddm_w" as const;
  readonly options: z.output<typeof HddmWOptionsSchema>;
  #drift = false;
  #warning = false;
  #total = fresh();
  #s1Incr = fresh();
  #s2Incr = fresh();
  #s1Decr = fresh();
  #s2Decr = fresh();
  #incrCut = Number.POSITIVE_INFINITY;
  #decrCut = Number.NEGATIVE_INFINITY;

  constructor(options: HddmWOptions = {}) {
    this.options = parseParams(HddmWOptionsSchema, options, "hddm_w");
  }

  get driftDetected(): boolean {
    return this.#drift;
  }

  get warningDetected(): boolean {
    return this.#warning;
  }

  #add(s: Sample, x: number): void {
    const l = this.options.lambdaVal;
    s.ewma = updateEwMean(s.ewma, l, x);
    s.init = true;
    s.ibc = l * l + (1 - l) * (1 - l) * s.ibc;
  }

  #bound(ibc: number, confidence: number): number {
    return Math.sqrt((ibc * Math.log(1 / confidence)) / 2);
  }

  #changed(a: Sample, b: Sample, confidence: number): boolean {
    if (!(a.init && b.init)) return false;
    return b.ewma - a.ewma > this.#bound(a.ibc + b.ibc, confidence);
  }

  update(x: number): this {
    assertFinite(x, "hddm_w value");
    if (this.#drift) {
      this.#drift = this.#warning = false;
      this.#total = fresh();
      this.#s1Incr = fresh();
      this.#s2Incr = fresh();
      this.#s1Decr = fresh();
      this.#s2Decr = fresh();
      this.#incrCut = Number.POSITIVE_INFINITY;
      this.#decrCut = Number.NEGATIVE_INFINITY;
    }
    const { driftConfidence, warningConfidence } = this.options;
    this.#add(this.#total, x);
    const eps = this.#bound(this.#total.ibc, driftConfidence);
    if (this.#total.ewma + eps < this.#incrCut) {
      this.#incrCut = this.#total.ewma + eps;
      this.#s1Incr = { ...this.#total };
      this.#s2Incr = fresh();
    } else this.#add(this.#s2Incr, x);
    if (this.#changed(this.#s1Incr, this.#s2Incr, driftConfidence)) {
      this.#warning = false;
      this.#drift = true;
    } else {
      this.#warning = this.#changed(this.#s1Incr, this.#s2Incr, warningConfidence);
      this.#drift = false;
    }
    if (this.#total.ewma - eps > this.#decrCut) {
      this.#decrCut = this.#total.ewma - eps;
      this.#s1Decr = { ...this.#total };
      this.#s2Decr = fresh();
    } else this.#add(this.#s2Decr, x);
    if (this.options.twoSidedTest) {
      if (this.#changed(this.#s2Decr, this.#s1Decr, driftConfidence)) this.#drift = true;
      else if (this.#changed(this.#s2Decr, this.#s1Decr, warningConfidence)) this.#warning = true;
    }
    return this;
  }

  toJSON(): StreamDetectorState {
    const state = {
      drift: this.#drift,
      warning: this.#warning,
      total: { ...this.#total },
      s1Incr: { ...this.#s1Incr },
      s2Incr: { ...this.#s2Incr },
      s1Decr: { ...this.#s1Decr },
      s2Decr: { ...this.#s2Decr },
      incrCut: encodeFloat(this.#incrCut),
      decrCut: encodeFloat(this.#decrCut),
    };
    return { detector: this.name, params: { ...this.options }, state };
  }

  static fromJSON(saved: StreamDetectorState): HDDM_W {
    const d = new HDDM_W(saved.params as HddmWOptions);
    const s = StateSchema.parse(saved.state);
    d.#drift = s.drift;
    d.#warning = s.warning;
    d.#total = s.total;
    d.#s1Incr = s.s1Incr;
    d.#s2Incr = s.s2Incr;
    d.#s1Decr = s.s1Decr;
    d.#s2Decr = s.s2Decr;
    d.#incrCut = s.incrCut;
    d.#decrCut = s.decrCut;
    return d;
  }
}
