/** Counts for one model. */
export interface ModelCounts {
  model: string;
  checked: number;
  blocked: number;
  /** blocked / checked (0 when nothing was checked). */
  blockRate: number;
  leaks: number;
  outputsScanned: number;
}

/**
 * Per-model counters of checked and blocked prompts and leaking outputs, for exporters and
 * cloud alarms ("blocked-prompt rate above 5% for model X"). Bounded: at most `maxModels`
 * models are tracked; the rest are counted under `other`.
 *
 * @example
 * const m = new GuardMetrics(); m.recordPrompt("gpt", true); m.snapshot()[0]?.blockRate // 1
 */
export class GuardMetrics {
  private readonly counts = new Map<
    string,
    { checked: number; blocked: number; leaks: number; outputsScanned: number }
  >();

  constructor(private readonly maxModels = 100) {}

  recordPrompt(model: string, blocked: boolean): void {
    const c = this.entry(model);
    c.checked++;
    if (blocked) c.blocked++;
  }

  recordOutput(model: string, leak: boolean): void {
    const c = this.entry(model);
    c.outputsScanned++;
    if (leak) c.leaks++;
  }

  snapshot(): ModelCounts[] {
    return [...this.counts.entries()].map(([model, c]) => ({
      model,
      ...c,
      blockRate: c.checked === 0 ? 0 : c.blocked / c.checked,
    }));
  }

  private entry(model: string) {
    const key = this.counts.has(model) || this.counts.size < this.maxModels ? model : "other";
    let c = this.counts.get(key);
    if (c === undefined) {
      c = { checked: 0, blocked: 0, leaks: 0, outputsScanned: 0 };
      this.counts.set(key, c);
    }
    return c;
  }
}
