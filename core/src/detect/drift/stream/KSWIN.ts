import { z } from "zod";
import type { DriftDetector, StreamDetectorState } from "./DriftDetector.js";
import { assertFinite } from "./errors.js";
import { ksTwoSampleEqualSize } from "./ksTwoSample.js";
import { MersenneTwister } from "./MersenneTwister.js";
import { parseParams } from "./parseParams.js";

/**
 * KSWIN's options: River's parameters (camelCase) with River's defaults.
 *
 * @example
 * KswinOptionsSchema.parse({}); // the defaults
 */
export const KswinOptionsSchema = z
  .object({
    alpha: z.number().min(0).max(1).default(0.005),
    windowSize: z.number().int().min(2).max(1_000_000).default(100),
    statSize: z.number().int().min(1).max(10_000).default(30),
    /** CPython `random.Random(seed)`. River's default (None) is unreproducible; airr defaults to 0 so runs are deterministic. */
    seed: z.number().int().refine(Number.isSafeInteger, "seed must be a safe integer").optional(),
    /** Values already collected, to avoid a cold start. */
    window: z.array(z.number().finite()).optional(),
  })
  .strict()
  .refine((o) => o.statSize * 2 <= o.windowSize, {
    message: "stat_size must be at most half of window_size (KSWIN samples stat_size values from the older part)",
    path: ["statSize"],
  });

export type KswinOptions = z.input<typeof KswinOptionsSchema>;

const StateSchema = z.object({
  drift: z.boolean(),
  seed: z.number().int(),
  n: z.number().int(),
  pValue: z.number(),
  window: z.array(z.number()),
  rng: z.object({ mt: z.array(z.number().int()).length(MersenneTwister.N), index: z.number().int().min(0).max(624) }),
});

/**
 * KSWIN, River's `drift.KSWIN`: a sliding window of `windowSize` values; its last `statSize`
 * values are compared, with a two-sample Kolmogorov-Smirnov test, to `statSize` values drawn
 * from the older part with CPython's `random.Random(seed).sample`, so a seed draws the very
 * samples River draws. A drift when p <= alpha and the statistic > 0.1; the window then keeps
 * only the recent values.
 *
 * @example
 * const kswin = new KSWIN({ alpha: 0.0001, seed: 42 });
 * kswin.update(0.5).driftDetected;
 */
export class KSWIN implements DriftDetector {
  readonly name = "kswin" as const;
  readonly options: z.output<typeof KswinOptionsSchema>;
  readonly seed: number;
  /** Number of values seen since the last reset. */
  n = 0;
  /** p-value of the last test. */
  pValue = 0;
  #drift = false;
  #window: number[] = [];
  #rng: MersenneTwister;

  constructor(options: KswinOptions = {}) {
    this.options = parseParams(KswinOptionsSchema, options, "kswin");
    this.seed = this.options.seed ?? 0;
    this.#rng = new MersenneTwister(this.seed);
    if (this.options.window && this.options.window.length > 0) {
      this.#window = this.options.window.slice(-this.options.windowSize);
    }
  }

  get driftDetected(): boolean {
    return this.#drift;
  }

  #reset(): void {
    this.#drift = false;
    this.pValue = 0;
    this.n = 0;
    this.#window = [];
    this.#rng = new MersenneTwister(this.seed);
  }

  update(x: number): this {
    assertFinite(x, "kswin value");
    if (this.#drift) this.#reset();
    const { windowSize, statSize, alpha } = this.options;
    this.n += 1;
    this.#window.push(x);
    // A plain array beats a ring buffer here: the window is small and sampled at random positions.
    if (this.#window.length > windowSize) this.#window.shift();
    if (this.#window.length < windowSize) {
      this.#drift = false;
      return this;
    }
    const drawn = this.#rng.sample(windowSize - statSize, statSize).map((r) => this.#window[r]!);
    const recent = this.#window.slice(windowSize - statSize, windowSize);
    const { statistic, pValue } = ksTwoSampleEqualSize(drawn, recent);
    this.pValue = pValue;
    this.#drift = pValue <= alpha && statistic > 0.1;
    if (this.#drift) this.#window = recent;
    return this;
  }

  toJSON(): StreamDetectorState {
    return {
      detector: this.name,
      // The initial `window` option is not saved: the state's window supersedes it.
      params: { ...this.options, window: undefined, seed: this.seed },
      state: {
        drift: this.#drift,
        seed: this.seed,
        n: this.n,
        pValue: this.pValue,
        window: [...this.#window],
        rng: this.#rng.getState(),
      },
    };
  }

  static fromJSON(saved: StreamDetectorState): KSWIN {
    const s = StateSchema.parse(saved.state);
    const d = new KSWIN({ ...(saved.params as KswinOptions), seed: s.seed });
    d.#drift = s.drift;
    d.n = s.n;
    d.pValue = s.pValue;
    d.#window = s.window;
    d.#rng = MersenneTwister.fromState(s.rng);
    return d;
  }
}
