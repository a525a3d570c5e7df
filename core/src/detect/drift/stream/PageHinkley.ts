import { z } from "zod";
import type { DriftDetector, StreamDetectorState } from "./DriftDetector.js";
import { assertFinite } from "./errors.js";
import { encodeFloat, jsonFloat } from "./floatJson.js";
import { parseParams } from "./parseParams.js";
import { type MeanState, newMean, updateMean } from "./runningStats.js";

/**
 * PageHinkley's options: River's parameters (camelCase) with River's defaults.
 *
 * @example
 * PageHinkleyOptionsSchema.parse({}); // the defaults
 */
export const PageHinkleyOptionsSchema = z
  .object({
    minInstances: z.number().int().min(1).default(30),
    delta: z.number().min(0).default(0.005),
    threshold: z.number().gt(0).default(50),
    alpha: z
      .number()
      .gt(0)
      .max(1)
      .default(1 - 0.0001),
    mode: z.enum(["up", "down", "both"]).default("both"),
  })
  .strict();

export type PageHinkleyOptions = z.input<typeof PageHinkleyOptionsSchema>;

const StateSchema = z.object({
  drift: z.boolean(),
  mean: z.object({ n: z.number(), mean: z.number() }),
  sumIncrease: z.number(),
  sumDecrease: z.number(),
  minIncrease: jsonFloat,
  maxDecrease: jsonFloat,
});

/**
 * Page-Hinkley, River's `drift.PageHinkley`: cumulative deviations from a fading mean, upward
 * (`mode: "up"`), downward (`"down"`) or both; a drift when one exceeds `threshold` after
 * `minInstances` values. Resets on the update after a drift.
 *
 * @example
 * const ph = new PageHinkley({ mode: "up", threshold: 20 });
 * ph.update(0.3).driftDetected;
 */
export class PageHinkley implements DriftDetector {
  readonly name = "page_hinkley" as const;
  readonly options: z.output<typeof PageHinkleyOptionsSchema>;
  #drift = false;
  #mean: MeanState = newMean();
  #sumIncrease = 0;
  #sumDecrease = 0;
  #minIncrease = Number.POSITIVE_INFINITY;
  // River starts the running maximum at -1, not -inf; kept for identical detections.
  #maxDecrease = -1;

  constructor(options: PageHinkleyOptions = {}) {
    this.options = parseParams(PageHinkleyOptionsSchema, options, "page_hinkley");
  }

  get driftDetected(): boolean {
    return this.#drift;
  }

  #reset(): void {
    this.#drift = false;
    this.#mean = newMean();
    this.#sumIncrease = 0;
    this.#sumDecrease = 0;
    this.#minIncrease = Number.POSITIVE_INFINITY;
    this.#maxDecrease = -1;
  }

  update(x: number): this {
    assertFinite(x, "page_hinkley value");
    if (this.#drift) this.#reset();
    const { alpha, delta, threshold, mode, minInstances } = this.options;
    updateMean(this.#mean, x);
    const dev = x - this.#mean.mean;
    this.#sumIncrease = alpha * this.#sumIncrease + dev - delta;
    this.#sumDecrease = alpha * this.#sumDecrease + dev + delta;
    if (this.#sumIncrease < this.#minIncrease) this.#minIncrease = this.#sumIncrease;
    if (this.#sumDecrease > this.#maxDecrease) this.#maxDecrease = this.#sumDecrease;
    if (this.#mean.n >= minInstances) {
      const up = this.#sumIncrease - this.#minIncrease > threshold;
      const down = this.#maxDecrease - this.#sumDecrease > threshold;
      this.#drift = mode === "up" ? up : mode === "down" ? down : up || down;
    }
    return this;
  }

  toJSON(): StreamDetectorState {
    return {
      detector: this.name,
      params: { ...this.options },
      state: {
        drift: this.#drift,
        mean: { ...this.#mean },
        sumIncrease: this.#sumIncrease,
        sumDecrease: this.#sumDecrease,
        minIncrease: encodeFloat(this.#minIncrease),
        maxDecrease: encodeFloat(this.#maxDecrease),
      },
    };
  }

  static fromJSON(saved: StreamDetectorState): PageHinkley {
    const d = new PageHinkley(saved.params as PageHinkleyOptions);
    const s = StateSchema.parse(saved.state);
    d.#drift = s.drift;
    d.#mean = s.mean;
    d.#sumIncrease = s.sumIncrease;
    d.#sumDecrease = s.sumDecrease;
    d.#minIncrease = s.minIncrease;
    d.#maxDecrease = s.maxDecrease;
    return d;
  }
}
