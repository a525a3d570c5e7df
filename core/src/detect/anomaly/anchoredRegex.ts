import type { AnchorIndex } from "./anchorIndex.js";
import { coveringAnchors } from "./coveringAnchors.js";
import { isWordChar } from "./isWordChar.js";
import type { PositionalSet } from "./liveRegexes.js";
import type { PrefixSlots } from "./prefixSlots.js";
import { requiredPieces } from "./requiredAnchors.js";
import { requiredLiteral } from "./requiredLiteral.js";
import { ruleAnchors } from "./rulePrefilter.js";
import { wordKey } from "./wordStarts.js";

export { AnchorIndex } from "./anchorIndex.js";
export { prefixKey, type WordStarts, wordKey, wordStarts } from "./wordStarts.js";

/**
 * A rule regex run only where it can start. `ruleAnchors` proves every match begins at a word
 * with one of a few prefixes, at an occurrence of one of a few literals, or at the start of the
 * text; the regex is tried (sticky) at those offsets alone instead of being scanned over the
 * whole text. Same answer as `re.test(text)` for a fraction of the work, which is what makes ~160
 * rules affordable per prompt. Regexes without anchors scan as usual.
 *
 * @example
 * const slots = new PrefixSlots();
 * const a = new AnchoredRegex(/\b(?:ignore|disregard)\b.{0,9}rules/u, slots);
 * a.test("pls ignore the rules", new AnchorIndex(slots).scan("pls ignore the rules")) // true
 */
// About 210 lines, one class: its constructor derives the anchors and required parts that its
// test methods read on every prompt; split apart, that private state would become public.
export class AnchoredRegex {
  /** Slots of the word anchors (empty when anchored by literals only; null: unanchored). */
  readonly prefixes: readonly number[] | null;
  /** Every slot to read in an `AnchorIndex`: word anchors and literal anchors. */
  private readonly anchorSlots: readonly number[];
  private readonly literals: readonly string[];
  private readonly atStart: boolean;
  /** False for texts that get no index (raw text): literal anchors are found with indexOf. */
  private readonly indexed: boolean;
  /**
   * Slot sets beyond the leading anchors (`requiredAnchors`): a text whose index lacks every slot
   * of one set cannot match. Empty for texts without an index.
   */
  readonly required: readonly (readonly number[])[];
  /**
   * The last of the first 30 `required` sets whose piece does not start the match, with how far
   * into a match it starts (`requiredPieces`): a try at an anchor with no anchor of this set in
   * `[at, at + within]` cannot match (`LiveRegexes.lowest`, `highest`). Null: none.
   */
  readonly positional: PositionalSet | null;
  private readonly re: RegExp;
  private readonly sticky: RegExp | null;
  /**
   * Text every match contains (absent: no scan, no tries). Anchored regexes keep only literals of
   * 3 or more characters: a shorter one is in nearly every prompt and would cost a search each.
   */
  private readonly needs: string | null;
  /** A cheap necessary condition at a literal anchor of a text without an index (see `InjectionRule.startCheck`). */
  private readonly startCheck: ((text: string, at: number) => boolean) | null;

  /**
   * `slots`: shared by every regex whose texts get one `AnchorIndex`. `byWords` false: the
   * text will have no index (raw text), so only literal anchors are used, each (and the start)
   * tried only where `startCheck` holds.
   */
  constructor(
    re: RegExp,
    slots: PrefixSlots,
    byWords = true,
    startCheck: ((text: string, at: number) => boolean) | null = null,
  ) {
    this.re = re;
    this.startCheck = startCheck;
    const found = ruleAnchors(re);
    const anchors = found === null ? null : coveringAnchors(found);
    const usable = anchors !== null && (byWords || anchors.words.length === 0);
    this.indexed = byWords && usable;
    this.prefixes = usable ? anchors.words.map((w) => slots.slot(wordKey(w))) : null;
    this.literals = usable ? anchors.literals : [];
    this.atStart = usable && anchors.start === true;
    this.anchorSlots =
      this.indexed && this.prefixes !== null ? [...this.prefixes, ...this.literals.map((l) => slots.literal(l))] : [];
    const pieces = byWords ? requiredPieces(re) : [];
    this.required = pieces.map(({ anchors: a }) => [
      ...a.words.map((w) => slots.slot(wordKey(w))),
      ...a.literals.map((l) => slots.literal(l)),
    ]);
    const last = pieces.slice(0, 30).findLastIndex((p) => p.within > 0);
    this.positional = last < 0 ? null : { slots: this.required[last] ?? [], within: pieces[last]?.within ?? 0 };
    const flags = re.flags.replace(/[gy]/g, "");
    this.sticky = usable ? new RegExp(re.source, `${flags}y`) : null;
    const needs = requiredLiteral(re);
    this.needs = needs !== null && (!usable || needs.length >= 3) ? needs : null;
  }

  /**
   * The slots whose offsets `test` reads: when none of them occurs in a text's index, the regex
   * cannot match that text. Null: the regex must always be tried (unanchored, raw, or `^`).
   */
  get watchedSlots(): readonly number[] | null {
    return !this.indexed || this.atStart ? null : this.anchorSlots;
  }

  /** False when no anchor occurs in the text `starts` indexes (then the regex cannot match). */
  mayMatch(starts: AnchorIndex): boolean {
    if (!this.hasRequired(starts)) return false;
    if (!this.indexed || this.atStart) return true;
    for (const p of this.anchorSlots) if (starts.has(p)) return true;
    return false;
  }

  /** False when a text's index lacks every slot of one required set (then no match). */
  hasRequired(starts: AnchorIndex): boolean {
    for (const set of this.required) {
      let any = false;
      for (const p of set)
        if (starts.has(p)) {
          any = true;
          break;
        }
      if (!any) return false;
    }
    return true;
  }

  /** `re.test(text)`, using `starts` (the `AnchorIndex` of this very text) for the anchors. */
  test(text: string, starts?: AnchorIndex): boolean {
    return this.testShifted(text, starts, 0);
  }

  /**
   * `re.test(text)` where `text` is `whole.slice(shift)` and `starts` indexes `whole`: an
   * anchor at `p >= shift` in `whole` is one at `p - shift` in `text` (a literal occurrence lies
   * inside the suffix, a word start keeps the same character before it), except that `text` may
   * begin inside a word of `whole`, so then its offset 0 is tried too. `listed`: read only the watched
   * slots `listed[from..to)`, the ones `starts` holds, and take the `required` sets as checked
   * (`LiveRegexes` does both); a regex with many anchors then skips the absent ones for free.
   * With `listed`, only anchors at offsets of `whole` in `[low, high]` are tried (see `positional`).
   */
  testShifted(
    text: string,
    starts: AnchorIndex | undefined,
    shift: number,
    listed: Int32Array | null = null,
    from = 0,
    to = 0,
    low = 0,
    high = 2 ** 30,
  ): boolean {
    const { sticky } = this;
    if (starts !== undefined && listed === null && !this.hasRequired(starts)) return false;
    if (this.needs !== null && !text.includes(this.needs)) return false;
    if (sticky === null) return this.scan(text);
    if (starts === undefined || !this.indexed) {
      if (this.indexed && this.prefixes !== null && this.prefixes.length > 0) return this.scan(text);
      const check = this.startCheck;
      if (this.atStart && (check === null || check(text, 0)) && this.testAt(sticky, text, 0)) return true;
      for (const lit of this.literals)
        for (let i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + 1))
          if ((check === null || check(text, i)) && this.testAt(sticky, text, i)) return true;
      return false;
    }
    if (this.atStart && this.testAt(sticky, text, 0)) return true;
    // Offset 0 of a suffix that starts a word of `whole` is a word start there too, so it is indexed.
    if (
      shift > 0 &&
      text.length > 0 &&
      isWordChar(text.charCodeAt(0)) &&
      starts.wordCharBefore(shift) &&
      this.testAt(sticky, text, 0)
    )
      return true;
    if (listed !== null && !this.atStart) {
      for (let j = from; j < to; j++)
        if (this.tryAt(sticky, text, starts, listed[j] as number, shift, low, high)) return true;
      return false;
    }
    for (const p of this.anchorSlots) if (this.tryAt(sticky, text, starts, p, shift, 0, 2 ** 30)) return true;
    return false;
  }

  // Tries the sticky regex at every offset of one slot that lies inside `text` and `[low, high]`.
  private tryAt(
    sticky: RegExp,
    text: string,
    starts: AnchorIndex,
    slot: number,
    shift: number,
    low: number,
    high: number,
  ): boolean {
    for (let e = starts.firstEntry(slot); e >= 0; e = starts.nextEntry(e)) {
      const at = starts.offsetOf(e);
      if (at > high) continue;
      // Offsets come largest first: the rest lie before `low`, or before `shift` (outside `text`).
      const i = at - shift;
      if (i < 0 || at < low) return false;
      sticky.lastIndex = i;
      if (sticky.test(text)) return true;
    }
    return false;
  }

  private scan(text: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(text);
  }

  private testAt(sticky: RegExp, text: string, i: number): boolean {
    sticky.lastIndex = i;
    return sticky.test(text);
  }
}
