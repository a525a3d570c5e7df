import type { AttackFamily } from "./injectionRule.js";

/** Family bit of `EvidenceParts.has`: harmful_request. */
export const HARMFUL = 1;
/** Family bit of `EvidenceParts.has`: roleplay_jailbreak. */
export const ROLEPLAY = 2;
/** Family bit of `EvidenceParts.has`: adversarial_suffix. */
export const SUFFIX = 4;
/** Family bit of `EvidenceParts.has`: prompt_extraction. */
export const EXTRACTION = 8;
// Any other family.
const OTHER = 16;
const FAMILY_BIT: Partial<Record<AttackFamily, number>> = {
  harmful_request: HARMFUL,
  roleplay_jailbreak: ROLEPLAY,
  adversarial_suffix: SUFFIX,
  prompt_extraction: EXTRACTION,
};

/**
 * scoreEvidence's weighted pieces of evidence, in the order they were found, as parallel arrays
 * with the families seen as bits: every prompt is scored, and the objects, Map, Set and repeated
 * searches of a plainer version were about a third of that step's time.
 *
 * @example
 * const parts = new EvidenceParts();
 * parts.add("harmful_request", 0.6, "mentions weapons");
 * parts.has(HARMFUL) // true
 */
export class EvidenceParts {
  /**
   * Never read: it keeps the instances' hidden class alive. V8 reaches the map of an instance with
   * fields from the constructor only through weak transitions, and every EvidenceParts of a
   * detect() call is garbage by the next full GC; that GC then dropped the map, and with it the
   * optimized code of scoreEvidence and of these methods, which embeds it. They were compiled
   * again after every full GC (~20 ms of compiler time for scoreEvidence, slower code meanwhile).
   */
  static readonly keepsMapAlive = new EvidenceParts();
  readonly families: AttackFamily[] = [];
  readonly weights: number[] = [];
  readonly reasons: string[] = [];
  private seen = 0;

  get length(): number {
    return this.weights.length;
  }

  add(family: AttackFamily, weight: number, reason: string): void {
    this.families.push(family);
    this.weights.push(weight);
    this.reasons.push(reason);
    this.seen |= FAMILY_BIT[family] ?? OTHER;
  }

  /** Whether a part's family is among `bits`. */
  has(bits: number): boolean {
    return (this.seen & bits) !== 0;
  }

  /** Distinct reasons, heaviest part first (a stable order: ties keep the order found). */
  reasonsByWeight(): string[] {
    const order = byWeight(this.weights);
    const out: string[] = [];
    for (const i of order) {
      const reason = this.reasons[i] as string;
      if (!out.includes(reason)) out.push(reason);
    }
    return out;
  }

  /** Distinct families by their heaviest part, heaviest first (ties: first seen first). */
  familiesByWeight(): AttackFamily[] {
    const families: AttackFamily[] = [];
    const weights: number[] = [];
    for (let i = 0; i < this.weights.length; i++) {
      const family = this.families[i] as AttackFamily;
      const at = families.indexOf(family);
      if (at < 0) {
        families.push(family);
        weights.push(Math.max(0, this.weights[i] as number));
      } else weights[at] = Math.max(weights[at] as number, this.weights[i] as number);
    }
    return byWeight(weights).map((i) => families[i] as AttackFamily);
  }
}

// Indices of `weights`, heaviest first; equal weights keep their order (insertion sort is stable).
function byWeight(weights: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < weights.length; i++) {
    let at = order.length;
    while (at > 0 && (weights[order[at - 1] as number] as number) < (weights[i] as number)) at--;
    order.splice(at, 0, i);
  }
  return order;
}
