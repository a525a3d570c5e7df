import { z } from "zod";
import type { DriftAndWarningDetector, StreamDetectorState } from "./DriftDetector.js";
import { assertFinite } from "./errors.js";
import { parseParams } from "./parseParams.js";
import { getVar, newVar, updateVar, type VarState } from "./runningStats.js";

/**
 * EDDM's options: River's parameters (camelCase) with River's defaults.
 *
 * @example
 * EddmOptionsSchema.parse({}); // the defaults
 */
export const EddmOptionsSchema = z
  .object({
    warmStart: z.number().int().min(0).default(30),
    alpha: z.number().gt(0).max(1).default(0.95),
    beta: z.number().gt(0).max(1).default(0.9),
  })
  .strict()
  .refine((o) => o.alpha >= o.beta, { message: "alpha must be greater than or equal to beta", path: ["alpha"] });

export type EddmOptions = z.input<typeof EddmOptionsSchema>;

const StateSchema = z.object({
  drift: z.boolean(),
  warning: z.boolean(),
  distances: z.object({ mean: z.object({ n: z.number(), mean: z.number() }), s: z.number() }),
  n: z.number().int(),
  lastError: z.number().int(),
  nErrors: z.number().int(),
  p2sMax: z.number(),
});

/**
 * EDDM (Early Drift Detection Method), River's `drift.binary.EDDM`: tracks the mean and
 * deviation of the distance between errors (x = 1); warning when (p' + 2s') / max falls below
 * `alpha`, drift below `beta`, once `warmStart` values and errors were seen.
 *
 * @example
 * const eddm = new EDDM({ alpha: 0.8, beta: 0.75 });
 * eddm.update(1).driftDetected;
 */
export class EDDM implements DriftAndWarningDetector {
  readonly name = "eddm" as const;
  readonly options: z.output<typeof EddmOptionsSchema>;
  #drift = false;
  #warning = false;
  #distances: VarState = newVar();
  #n = 0;
  #lastError = 0;
  #nErrors = 0;
  #p2sMax = -1;

  constructor(options: EddmOptions = {}) {
    this.options = parseParams(EddmOptionsSchema, options, "eddm");
  }

  get driftDetected(): boolean {
    return this.#drift;
  }

  get warningDetected(): boolean {
    return this.#warning;
  }

  update(x: number): this {
    assertFinite(x, "eddm value");
    if (this.#drift) {
      this.#drift = false;
      this.#warning = false;
      this.#distances = newVar();
      this.#n = this.#lastError = this.#nErrors = 0;
      this.#p2sMax = -1;
    }
    this.#n += 1;
    if (x === 1) {
      this.#nErrors += 1;
      updateVar(this.#distances, this.#n - this.#lastError);
      if (this.#n > this.options.warmStart) {
        const p2s = this.#distances.mean.mean + 2 * Math.sqrt(getVar(this.#distances));
        if (p2s > this.#p2sMax) this.#p2sMax = p2s;
        else if (this.#nErrors > this.options.warmStart) {
          const level = p2s / this.#p2sMax;
          if (level < this.options.beta) this.#drift = true;
          else this.#warning = level < this.options.alpha;
        }
      }
      this.#lastError = this.#n;
    }
    return this;
  }

  toJSON(): StreamDetectorState {
    const distances = { mean: { ...this.#distances.mean }, s: this.#distances.s };
    return {
      detector: this.name,
      params: { ...this.options },
      state: {
        drift: this.#drift,
        warning: this.#warning,
        distances,
        n: this.#n,
        lastError: this.#lastError,
        nErrors: this.#nErrors,
        p2sMax: this.#p2sMax,
      },
    };
  }

  static fromJSON(saved: StreamDetectorState): EDDM {
    const d = new EDDM(saved.params as EddmOptions);
    const s = StateSchema.parse(saved.state);
    d.#drift = s.drift;
    d.#warning = s.warning;
    d.#distances = s.distances;
    d.#n = s.n;
    d.#lastError = s.lastError;
    d.#nErrors = s.nErrors;
    d.#p2sMax = s.p2sMax;
    return d;
  }
}
