/** The JSON form of a {@link TokenRate}: `[minute, tokens]` for non-empty buckets. */
export type TokenRateState = [number, number][];

const MINUTE = 60_000;
const BUCKETS = 60;

/**
 * Tokens per minute over the last hour in 60 one-minute buckets (a fixed ring keyed by the
 * minute number, so memory does not grow and stale buckets are recycled on reuse).
 *
 * @example
 * const r = new TokenRate();
 * r.add(0, 600);
 * r.perMinute(30_000, 5); // 120
 */
export class TokenRate {
  readonly #minute = new Float64Array(BUCKETS).fill(-1);
  readonly #tokens = new Float64Array(BUCKETS);

  add(t: number, tokens: number): void {
    const m = Math.floor(t / MINUTE);
    const i = ((m % BUCKETS) + BUCKETS) % BUCKETS;
    if (this.#minute[i] !== m) {
      if ((this.#minute[i] ?? -1) > m) return;
      this.#minute[i] = m;
      this.#tokens[i] = 0;
    }
    this.#tokens[i] = (this.#tokens[i] ?? 0) + tokens;
  }

  /** Mean tokens per minute over the last `minutes` minutes, counting the current one. */
  perMinute(now: number, minutes: number): number {
    const current = Math.floor(now / MINUTE);
    let sum = 0;
    for (let i = 0; i < BUCKETS; i++) {
      const m = this.#minute[i] ?? -1;
      if (m > current - minutes && m <= current) sum += this.#tokens[i] ?? 0;
    }
    return sum / minutes;
  }

  merge(state: TokenRateState): void {
    for (const [m, tokens] of state) this.add(m * MINUTE, tokens);
  }

  toJSON(): TokenRateState {
    const out: TokenRateState = [];
    for (let i = 0; i < BUCKETS; i++) {
      const m = this.#minute[i] ?? -1;
      if (m >= 0) out.push([m, this.#tokens[i] ?? 0]);
    }
    return out.sort((a, b) => a[0] - b[0]);
  }
}
