import { z } from "zod";
import { AdaptiveWindow, type AdaptiveWindowState } from "./AdaptiveWindow.js";
import type { DriftDetector, StreamDetectorState } from "./DriftDetector.js";
import { assertFinite } from "./errors.js";
import { parseParams } from "./parseParams.js";

const int = z.number().int();

/**
 * ADWIN's options: River's parameters (camelCase) with River's defaults.
 *
 * @example
 * AdwinOptionsSchema.parse({}); // the defaults
 */
export const AdwinOptionsSchema = z
  .object({
    delta: z.number().gt(0).lt(1).default(0.002),
    clock: int.min(1).default(32),
    maxBuckets: int.min(1).default(5),
    minWindowLength: int.min(1).default(5),
    gracePeriod: int.min(0).default(10),
  })
  .strict();

export type AdwinOptions = z.input<typeof AdwinOptionsSchema>;

/**
 * ADWIN (ADaptive WINdowing), River's `drift.ADWIN`: keeps a window of recent values compressed
 * into exponential-histogram buckets and cuts it where the means of two sub-windows differ by
 * more than a Hoeffding-style bound. Checks every `clock` values, after `gracePeriod` values; a
 * drift resets the whole window on the next update, as River does.
 *
 * @example
 * const adwin = new ADWIN({ delta: 0.002 });
 * for (const [i, x] of values.entries()) if (adwin.update(x).driftDetected) console.log(i);
 */
export class ADWIN implements DriftDetector {
  readonly name = "adwin" as const;
  readonly options: Required<z.output<typeof AdwinOptionsSchema>>;
  #window: AdaptiveWindow;
  #drift = false;

  constructor(options: AdwinOptions = {}) {
    this.options = parseParams(AdwinOptionsSchema, options, "adwin");
    this.#window = new AdaptiveWindow(this.options);
  }

  get driftDetected(): boolean {
    return this.#drift;
  }

  /** Values in the window. */
  get width(): number {
    return this.#window.width;
  }

  /** Mean of the window (0 when empty). */
  get estimation(): number {
    return this.#window.width === 0 ? 0 : this.#window.total / this.#window.width;
  }

  update(x: number): this {
    assertFinite(x, "adwin value");
    if (this.#drift) this.#window = new AdaptiveWindow(this.options);
    this.#drift = this.#window.update(x);
    return this;
  }

  toJSON(): StreamDetectorState {
    return {
      detector: this.name,
      params: { ...this.options },
      state: { drift: this.#drift, window: this.#window.getState() },
    };
  }

  static fromJSON(saved: StreamDetectorState): ADWIN {
    const d = new ADWIN(saved.params as AdwinOptions);
    const state = z.object({ drift: z.boolean(), window: z.unknown() }).parse(saved.state);
    d.#window = AdaptiveWindow.fromState(d.options, state.window as AdaptiveWindowState);
    d.#drift = state.drift;
    return d;
  }
}
