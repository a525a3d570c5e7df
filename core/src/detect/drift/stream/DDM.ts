import { z } from "zod";
import type { DriftAndWarningDetector, StreamDetectorState } from "./DriftDetector.js";
import { assertFinite } from "./errors.js";
import { encodeFloat, jsonFloat } from "./floatJson.js";
import { parseParams } from "./parseParams.js";
import { type MeanState, newMean, updateMean } from "./runningStats.js";

/**
 * DDM's options: River's parameters (camelCase) with River's defaults.
 *
 * @example
 * DdmOptionsSchema.parse({}); // the defaults
 */
export const DdmOptionsSchema = z
  .object({
    warmStart: z.number().int().min(0).default(30),
    warningThreshold: z.number().gt(0).default(2),
    driftThreshold: z.number().gt(0).default(3),
  })
  .strict();

export type DdmOptions = z.input<typeof DdmOptionsSchema>;

const StateSchema = z.object({
  drift: z.boolean(),
  warning: z.boolean(),
  p: z.object({ n: z.number(), mean: z.number() }),
  pMin: jsonFloat,
  sMin: jsonFloat,
  psMin: jsonFloat,
});

/**
 * DDM (Drift Detection Method), River's `drift.binary.DDM`: tracks the error rate p and its
 * Bernoulli deviation s over a 0/1 error stream; warning when p + s exceeds
 * p_min + warningThreshold·s_min, drift beyond driftThreshold·s_min, after `warmStart` values.
 *
 * @example
 * const ddm = new DDM();
 * ddm.update(1);
 * console.log(ddm.warningDetected, ddm.driftDetected);
 */
export class DDM implements DriftAndWarningDetector {
  readonly name = "ddm" as const;
  readonly options: z.output<typeof DdmOptionsSchema>;
  #drift = false;
  #warning = false;
  #p: MeanState = newMean();
  #pMin = Number.POSITIVE_INFINITY;
  #sMin = Number.POSITIVE_INFINITY;
  #psMin = Number.POSITIVE_INFINITY;

  constructor(options: DdmOptions = {}) {
    this.options = parseParams(DdmOptionsSchema, options, "ddm");
  }

  get driftDetected(): boolean {
    return this.#drift;
  }

  get warningDetected(): boolean {
    return this.#warning;
  }

  update(x: number): this {
    assertFinite(x, "ddm value");
    if (this.#drift) {
      this.#drift = false;
      this.#warning = false;
      this.#p = newMean();
      this.#pMin = this.#sMin = this.#psMin = Number.POSITIVE_INFINITY;
    }
    updateMean(this.#p, x);
    const p = this.#p.mean;
    const n = this.#p.n;
    const s = Math.sqrt((p * (1 - p)) / n);
    if (n > this.options.warmStart) {
      if (p + s <= this.#psMin) {
        this.#pMin = p;
        this.#sMin = s;
        this.#psMin = this.#pMin + this.#sMin;
      }
      this.#warning = p + s > this.#pMin + this.options.warningThreshold * this.#sMin;
      if (p + s > this.#pMin + this.options.driftThreshold * this.#sMin) {
        this.#drift = true;
        this.#warning = false;
      }
    }
    return this;
  }

  toJSON(): StreamDetectorState {
    return {
      detector: this.name,
      params: { ...this.options },
      state: {
        drift: this.#drift,
        warning: this.#warning,
        p: { ...this.#p },
        pMin: encodeFloat(this.#pMin),
        sMin: encodeFloat(this.#sMin),
        psMin: encodeFloat(this.#psMin),
      },
    };
  }

  static fromJSON(saved: StreamDetectorState): DDM {
    const d = new DDM(saved.params as DdmOptions);
    const s = StateSchema.parse(saved.state);
    d.#drift = s.drift;
    d.#warning = s.warning;
    d.#p = s.p;
    d.#pMin = s.pMin;
    d.#sMin = s.sMin;
    d.#psMin = s.psMin;
    return d;
  }
}
