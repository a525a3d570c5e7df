import mt19937 from "@stdlib/random-base-mt19937";

const N = 624;

/**
 * numpy's legacy `RandomState(seed)` stream (MT19937, `init_genrand` seeding) and its
 * `permutation(n)`, so that permutation tests draw the very permutations Evidently draws after
 * `np.random.seed(seed)`. stdlib's MT19937 supplies the generator; only numpy's seeding layout
 * (which stdlib rejects for seed 0) and its bounded-integer rule are spelled out here.
 */
export class NumpyRandomState {
  readonly #next: () => number;

  constructor(seed: number) {
    const state = new Uint32Array(N + 7);
    state[0] = 1; // stdlib state layout: version, sections, length, state..., other, index, seed
    state[1] = 3;
    state[2] = N;
    let s = seed >>> 0;
    state[3] = s;
    for (let i = 1; i < N; i++) {
      s = (Math.imul(1812433253, s ^ (s >>> 30)) + i) >>> 0;
      state[3 + i] = s;
    }
    state[3 + N] = 1;
    state[4 + N] = N;
    state[5 + N] = 1;
    state[6 + N] = seed >>> 0;
    this.#next = mt19937.factory({ state, copy: false }) as () => number;
  }

  /** numpy's `random_interval(max)`: uniform integer in [0, max] by masked rejection. */
  interval(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    let value: number;
    do value = (this.#next() & mask) >>> 0;
    while (value > max);
    return value;
  }

  /** numpy's legacy `permutation(n)`: Fisher-Yates from the top. */
  permutation(n: number): Uint32Array {
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.interval(i);
      const t = out[i] as number;
      out[i] = out[j] as number;
      out[j] = t;
    }
    return out;
  }
}
