/** The label every class past `maxClasses` is counted under. */
export const OTHER_CLASS = "__other__";

/**
 * Maps class labels to small integer indices so windows and confusion matrices can use typed
 * arrays. Bounded: after `maxClasses` distinct labels, new labels share the {@link OTHER_CLASS}
 * index (free-text "predictions" from an LLM must not grow memory).
 *
 * @example
 * const classes = new ClassIndex(2);
 * classes.indexOf("fraud"); // 0
 * classes.indexOf("legit"); // 1
 * classes.indexOf("spam"); // 2 (OTHER_CLASS)
 */
export class ClassIndex {
  readonly #index = new Map<string, number>();
  readonly #labels: string[] = [];

  constructor(readonly maxClasses: number) {}

  /** The size arrays indexed by class need: every class plus the overflow slot. */
  get capacity(): number {
    return this.maxClasses + 1;
  }

  get otherIndex(): number {
    return this.maxClasses;
  }

  indexOf(label: string): number {
    const known = this.#index.get(label);
    if (known !== undefined) return known;
    if (this.#labels.length >= this.maxClasses) return this.maxClasses;
    const i = this.#labels.length;
    this.#labels.push(label);
    this.#index.set(label, i);
    return i;
  }

  labelOf(index: number): string {
    return this.#labels[index] ?? OTHER_CLASS;
  }

  /** Labels in index order (without the overflow label). */
  labels(): readonly string[] {
    return this.#labels;
  }

  static fromLabels(labels: readonly string[], maxClasses: number): ClassIndex {
    const c = new ClassIndex(maxClasses);
    for (const label of labels) c.indexOf(label);
    return c;
  }
}

/**
 * Counts per class index, read back as a label -> count record (zeros omitted).
 *
 * @example
 * countsByLabel(classes, [3, 0, 1]); // { fraud: 3, review: 1 }
 */
export function countsByLabel(classes: ClassIndex, counts: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] ?? 0;
    if (c > 0) out[classes.labelOf(i)] = (out[classes.labelOf(i)] ?? 0) + c;
  }
  return out;
}
