import { MersenneTwister } from "../stream/MersenneTwister.js";

/**
 * The draws of numpy's legacy `RandomState` that Evidently, pandas and scikit-learn make in the
 * embedding drift methods: `permutation` (so `train_test_split(random_state=s)` and
 * `DataFrame.sample(k, random_state=s)` pick the same rows), `randint` / `choice` with
 * replacement (`np.random.choice(n, k)`) and `rand`. Hand-written on top of the Mersenne Twister
 * because no npm package reproduces numpy's legacy bounded-integer algorithm (masked rejection).
 *
 * @example
 * new NumpyRandomState(42).permutation(10); // = np.random.RandomState(42).permutation(10)
 */
export class NumpyRandomState {
  readonly #mt: MersenneTwister;

  constructor(seed: number) {
    this.#mt = MersenneTwister.numpyLegacy(seed);
  }

  /** numpy's `random_interval(max)`: uniform in [0, max] by masked rejection on 32-bit draws. */
  interval(max: number): number {
    if (max === 0) return 0;
    if (max > 0xffffffff) throw new RangeError("interval above 2**32 - 1 is not supported");
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    let value = (this.#mt.nextUint32() & mask) >>> 0;
    while (value > max) value = (this.#mt.nextUint32() & mask) >>> 0;
    return value;
  }

  /** `RandomState.permutation(n)`: Fisher-Yates from the end, as `shuffle` does. */
  permutation(n: number): number[] {
    const out = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = this.interval(i);
      const t = out[i]!;
      out[i] = out[j]!;
      out[j] = t;
    }
    return out;
  }

  /** `RandomState.randint(0, high, size)` = `choice(high, size)` with replacement. */
  randint(high: number, size: number): number[] {
    return Array.from({ length: size }, () => this.interval(high - 1));
  }

  /** `RandomState.rand(size)`: doubles in [0, 1). */
  rand(size: number): Float64Array {
    return Float64Array.from({ length: size }, () => this.#mt.random());
  }
}
