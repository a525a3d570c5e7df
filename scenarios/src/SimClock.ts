/**
 * Simulated time: starts at a fixed instant and moves only when the scenario says so, so a run
 * with the same seed produces the same timeline, byte for byte, on any machine.
 */
export class SimClock {
  #ms: number;
  readonly startMs: number;

  constructor(start: string) {
    this.startMs = Date.parse(start);
    this.#ms = this.startMs;
  }

  /** The current simulated time (the engine and the local cloud read this). */
  now = (): Date => new Date(this.#ms);

  iso(): string {
    return new Date(this.#ms).toISOString();
  }

  /** Seconds since the simulation started. */
  get t(): number {
    return (this.#ms - this.startMs) / 1000;
  }

  advance(seconds: number): void {
    this.#ms += Math.round(seconds * 1000);
  }

  /** Moves forward to an absolute simulated time (never backwards). */
  advanceTo(ms: number): void {
    this.#ms = Math.max(this.#ms, ms);
  }

  /** Milliseconds since the epoch, simulated. */
  get ms(): number {
    return this.#ms;
  }

  /** The next multiple of `seconds` after the start, strictly after now (an alert rule's evaluation tick). */
  nextTick(seconds: number): number {
    const step = seconds * 1000;
    return this.startMs + (Math.floor((this.#ms - this.startMs) / step) + 1) * step;
  }
}
