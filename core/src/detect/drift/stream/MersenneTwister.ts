/**
 * CPython's `random.Random`: MT19937 seeded the way CPython seeds it from an integer (the
 * absolute value split into 32-bit words, then `init_by_array`), with `getrandbits`,
 * `_randbelow` and `sample` drawing exactly as CPython 3 does. Hand-written because KSWIN must
 * draw the same samples as River for the same seed, and no npm MT package reproduces CPython's
 * integer seeding and `sample` algorithm.
 *
 * @example
 * const rng = new MersenneTwister(42);
 * rng.sample(70, 30); // same indices as random.Random(42).sample(range(70), 30)
 */
export class MersenneTwister {
  static readonly N = 624;
  #mt = new Uint32Array(MersenneTwister.N);
  #index = MersenneTwister.N;

  constructor(seed: number) {
    this.#seed(seed);
  }

  /**
   * numpy's legacy `RandomState(seed)` / `np.random.seed(seed)` seeding: `init_genrand` on the
   * 32-bit seed, not CPython's `init_by_array`.
   */
  static numpyLegacy(seed: number): MersenneTwister {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`numpy seeds are integers in [0, 2**32 - 1], got ${seed}`);
    }
    const rng = new MersenneTwister(0);
    rng.#initGenrand(seed);
    return rng;
  }

  #seed(seed: number): void {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    let n = Math.abs(seed);
    const key: number[] = [];
    while (n > 0) {
      key.push(n % 0x1_0000_0000);
      n = Math.floor(n / 0x1_0000_0000);
    }
    if (key.length === 0) key.push(0);
    this.#initByArray(key);
  }

  #initGenrand(s: number): void {
    const mt = this.#mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < MersenneTwister.N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.#index = MersenneTwister.N;
  }

  #initByArray(key: number[]): void {
    const N = MersenneTwister.N;
    const mt = this.#mt;
    this.#initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  #twist(): void {
    const N = MersenneTwister.N;
    const mt = this.#mt;
    for (let kk = 0; kk < N; kk++) {
      const y = (mt[kk]! & 0x80000000) | (mt[(kk + 1) % N]! & 0x7fffffff);
      mt[kk] = mt[(kk + 397) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.#index = 0;
  }

  /** CPython's `genrand_uint32`. */
  nextUint32(): number {
    if (this.#index >= MersenneTwister.N) this.#twist();
    let y = this.#mt[this.#index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `random.random()`: a double in [0, 1) from two 32-bit draws, 53 bits. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** `random.getrandbits(k)` for 0 <= k <= 32. */
  getrandbits(k: number): number {
    if (k === 0) return 0;
    return this.nextUint32() >>> (32 - k);
  }

  /** `random._randbelow(n)`: rejection sampling on `n.bit_length()` bits. */
  randbelow(n: number): number {
    const k = 32 - Math.clz32(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** `random.sample(range(n), k)`: CPython's pool-or-set selection, same draws, same order. */
  sample(n: number, k: number): number[] {
    if (k < 0 || k > n) throw new RangeError(`sample larger than population (${k} > ${n})`);
    const result = new Array<number>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** The generator's state (624 words and the position), for `toJSON`. */
  getState(): { mt: number[]; index: number } {
    return { mt: Array.from(this.#mt), index: this.#index };
  }

  /** Restores a state from `getState`. */
  static fromState(state: { mt: readonly number[]; index: number }): MersenneTwister {
    const rng = new MersenneTwister(0);
    rng.#mt = Uint32Array.from(state.mt);
    rng.#index = state.index;
    return rng;
  }
}
