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

  /** Moves to the next multiple of `seconds` after the start (an alert rule's evaluation tick). */
  advanceToNextTick(seconds: number): void {
    const step = seconds * 1000;
    const elapsed = this.#ms - this.startMs;
    this.#ms = this.startMs + (Math.floor(elapsed / step) + 1) * step;
  }
}
