import type { PrefixSlots } from "./prefixSlots.js";
import { requiredLiteral } from "./requiredLiteral.js";
import { ruleAnchors } from "./rulePrefilter.js";

/** Word-start offsets of a lower-cased text, indexed by the `PrefixSlots` slot of each prefix. */
export type WordStarts = (number[] | undefined)[];

/**
 * A word prefix of 1 to 4 ASCII characters packed into one integer (7 bits a character), so the
 * per-prompt index needs no substring allocations.
 *
 * @example
 * prefixKey("ig") === prefixKey("ignore".slice(0, 2)) // true
 */
export function prefixKey(prefix: string): number {
  let key = 0;
  for (let i = 0; i < prefix.length && i < 4; i++) key |= (prefix.charCodeAt(i) & 127) << (7 * i);
  return key;
}

/**
 * Indexes where every ASCII word (`[A-Za-z0-9_]+`, the words JavaScript's `\b` sees) starts,
 * under each of its prefixes of 1 to 4 characters that has a slot (some rule needs it). One
 * character loop: the detector builds this once per view and every rule reads it.
 *
 * @example
 * const slots = new PrefixSlots();
 * const s = slots.slot(prefixKey("igno"));
 * wordStarts("so ignore it", slots)[s] // [3]
 */
export function wordStarts(text: string, slots: PrefixSlots): WordStarts {
  const index: WordStarts = new Array(slots.size);
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let key = 0;
    // `live`: some slotted key still starts with this word's prefix; once none does, skip look-ups.
    let live = true;
    for (let k = 0; i < n; i++, k++) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (!live || k >= 4) continue;
      key |= c << (7 * k);
      const code = slots.lookup(key);
      live = (code & 1) !== 0;
      const slot = (code >> 1) - 1;
      if (slot < 0) continue;
      const list = index[slot];
      if (list === undefined) index[slot] = [start];
      else list.push(start);
    }
  }
  return index;
}

// \w's characters, one table lookup: this test runs on every character of every view.
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

function isWordChar(c: number): boolean {
  return c < 128 && WORD_CHAR[c] === 1;
}

/**
 * A rule regex run only where it can start. `ruleAnchors` proves every match begins at a word
 * with one of a few prefixes, or at an occurrence of one of a few literals; the regex is tried
 * (sticky) at those offsets alone instead of being scanned over the whole text. Same answer as
 * `re.test(text)` for a fraction of the work, which is what makes ~160 rules affordable per
 * prompt. Regexes without anchors scan as usual.
 *
 * @example
 * const slots = new PrefixSlots();
 * const a = new AnchoredRegex(/\b(?:ignore|disregard)\b.{0,9}rules/u, slots);
 * a.test("pls ignore the rules", wordStarts("pls ignore the rules", slots)) // true
 */
export class AnchoredRegex {
  /** Slots of the word anchors (empty when anchored by literals only; null: unanchored). */
  readonly prefixes: readonly number[] | null;
  private readonly literals: readonly string[];
  private readonly re: RegExp;
  private readonly sticky: RegExp | null;
  /**
   * Text every match contains (absent: no scan, no tries). Anchored regexes keep only literals of
   * 3 or more characters: a shorter one is in nearly every prompt and would cost a search each.
   */
  private readonly needs: string | null;

  /**
   * `slots`: shared by every regex whose texts get one `wordStarts` index. `byWords` false: the
   * text will have no index (raw text), so only literal anchors are used.
   */
  constructor(re: RegExp, slots: PrefixSlots, byWords = true) {
    this.re = re;
    // Case-insensitive regexes could start at an upper-case word the index does not key.
    const anchors = re.flags.includes("i") ? null : ruleAnchors(re);
    const usable = anchors !== null && (byWords || anchors.words.length === 0);
    this.prefixes = usable ? anchors.words.map((w) => slots.slot(prefixKey(w))) : null;
    this.literals = usable ? anchors.literals : [];
    const flags = re.flags.replace(/[gy]/g, "");
    this.sticky = usable ? new RegExp(re.source, `${flags}y`) : null;
    const needs = requiredLiteral(re);
    this.needs = needs !== null && (!usable || needs.length >= 3) ? needs : null;
  }

  /** False when no word anchor starts a word in `starts` (then the regex cannot match). */
  mayMatch(starts: WordStarts): boolean {
    if (this.prefixes === null || this.literals.length > 0) return true;
    for (const p of this.prefixes) if (starts[p] !== undefined) return true;
    return false;
  }

  /** `re.test(text)`, using `starts` (the `wordStarts` of this very text) for word anchors. */
  test(text: string, starts?: WordStarts): boolean {
    const { sticky, prefixes } = this;
    if (this.needs !== null && !text.includes(this.needs)) return false;
    if (sticky === null || prefixes === null || (prefixes.length > 0 && starts === undefined)) {
      this.re.lastIndex = 0;
      return this.re.test(text);
    }
    if (starts !== undefined)
      for (const p of prefixes) {
        const at = starts[p];
        if (at === undefined) continue;
        for (const i of at) if (this.testAt(sticky, text, i)) return true;
      }
    for (const lit of this.literals)
      for (let i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + 1))
        if (this.testAt(sticky, text, i)) return true;
    return false;
  }

  private testAt(sticky: RegExp, text: string, i: number): boolean {
    sticky.lastIndex = i;
    return sticky.test(text);
  }
}
