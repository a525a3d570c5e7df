import type { AnchorIndex } from "./anchorIndex.js";

/**
 * A required anchor set whose place in a match is bounded (`requiredPieces`): its piece starts
 * `within` units into a match at most, and after the match start.
 */
export interface PositionalSet {
  slots: readonly number[];
  within: number;
}

/** An offset beyond every text (and a bound that prunes nothing). */
const FAR = 2 ** 30;

/**
 * Which regexes of a `RuleMatcher` a prompt can match, and at which of their anchors. Built from
 * each regex's watched slots (`AnchoredRegex.watchedSlots`); per prompt, `mark` reads the slots an
 * `AnchorIndex` filled and flags every regex watching one (`isLive`; a regex watching none is
 * always live), and for the main text also lists, per regex, just the slots it holds (`from`..`to`
 * in `listed`). A regex with 30 anchors of which 2 occur then looks at 2 slots, not 30. Typed
 * arrays, reset per prompt, no allocation.
 *
 * @example
 * const live = new LiveRegexes([[0, 1], null], [[[1]], []], 2);
 * live.reset(); live.mark(index, true);
 * live.isLive(0) // true when `index` holds slot 0 or 1
 */
// About 200 lines, one class: the live flags, held-slot lists, required-set bits and positional
// bounds are all filled by the one pass of `mark` over the slots a prompt holds.
export class LiveRegexes {
  /** Per slot, the (regex, slot) pairs watching it: `pairRegex[slotFirst[s]..slotFirst[s + 1])`. */
  private readonly slotFirst: Int32Array;
  private readonly pairRegex: Int32Array;
  /**
   * Per regex, a bit set when the prompt holds one of its watched slots, or when it watches none
   * (always tried), 32 regexes a word, and what `reset` puts there: `nextLive` skips the regexes a
   * prompt cannot match a word at a time (a per-regex test in the matcher's loop over ~160 regexes,
   * ~48 of them live in an irregular pattern, mispredicted often).
   */
  private readonly liveBits: Int32Array;
  private readonly alwaysBits: Int32Array;
  /** Per regex, room for its watched slots in `listed`, from `first[i]`; `count[i]` are filled. */
  private readonly first: Int32Array;
  private readonly count: Int32Array;
  /** The slots held, regex after regex. */
  readonly listed: Int32Array;
  /** Per slot, the (regex, bit of a required set) pairs holding it: `setRegex[setFirst[s]..]`. */
  private readonly setFirst: Int32Array;
  private readonly setRegex: Int32Array;
  private readonly setBit: Int32Array;
  /** Per regex, the bits of its required sets, and of those the prompt holds an anchor of. */
  private readonly need: Int32Array;
  private readonly met: Int32Array;
  /**
   * Per slot, the regexes whose positional set (`PositionalSet`) holds it: `posRegex[posFirst[s]..]`.
   * Per regex, how far into a match that set's piece starts, and per prompt the smallest and the
   * largest offset of the set's anchors (reset to `lowInit`, `highInit`: no bound for the others).
   */
  private readonly posFirst: Int32Array;
  private readonly posRegex: Int32Array;
  private readonly within: Int32Array;
  private readonly low: Int32Array;
  private readonly high: Int32Array;
  private readonly lowInit: Int32Array;
  private readonly highInit: Int32Array;

  /**
   * `watched`: per regex, its watched slots (null: always tried); `required`: per regex, its
   * required slot sets (`AnchoredRegex.required`); `slotCount`: `PrefixSlots.size`.
   */
  constructor(
    watched: readonly (readonly number[] | null)[],
    required: readonly (readonly (readonly number[])[])[],
    slotCount: number,
    positional: readonly (PositionalSet | null)[] = [],
  ) {
    const lists: number[][] = Array.from({ length: slotCount }, () => []);
    this.first = new Int32Array(watched.length + 1);
    watched.forEach((slots, i) => {
      const distinct = [...new Set(slots ?? [])];
      for (const slot of distinct) lists[slot]?.push(i);
      this.first[i + 1] = (this.first[i] as number) + distinct.length;
    });
    this.slotFirst = new Int32Array(slotCount + 1);
    lists.forEach((list, slot) => {
      this.slotFirst[slot + 1] = (this.slotFirst[slot] as number) + list.length;
    });
    this.pairRegex = Int32Array.from(lists.flat());
    this.liveBits = new Int32Array((watched.length >> 5) + 1);
    this.alwaysBits = new Int32Array(this.liveBits.length);
    watched.forEach((slots, i) => {
      if (slots === null) this.alwaysBits[i >> 5] = (this.alwaysBits[i >> 5] as number) | (1 << (i & 31));
    });
    this.count = new Int32Array(watched.length);
    this.listed = new Int32Array(this.first[watched.length] as number);
    // Up to 30 sets a regex (one bit each): checking fewer sets than a regex has only prunes less.
    const sets: [number, number][][] = Array.from({ length: slotCount }, () => []);
    this.need = Int32Array.from(required, (list, i) => {
      let need = 0;
      list.slice(0, 30).forEach((set, b) => {
        need |= 1 << b;
        for (const slot of new Set(set)) sets[slot]?.push([i, 1 << b]);
      });
      return need;
    });
    this.met = new Int32Array(required.length);
    this.setFirst = new Int32Array(slotCount + 1);
    sets.forEach((list, slot) => {
      this.setFirst[slot + 1] = (this.setFirst[slot] as number) + list.length;
    });
    this.setRegex = Int32Array.from(sets.flat(), ([i]) => i);
    this.setBit = Int32Array.from(sets.flat(), ([, bit]) => bit);
    const bySlot: number[][] = Array.from({ length: slotCount }, () => []);
    positional.forEach((set, i) => {
      for (const slot of new Set(set?.slots ?? [])) bySlot[slot]?.push(i);
    });
    this.posFirst = new Int32Array(slotCount + 1);
    bySlot.forEach((list, slot) => {
      this.posFirst[slot + 1] = (this.posFirst[slot] as number) + list.length;
    });
    this.posRegex = Int32Array.from(bySlot.flat());
    this.within = Int32Array.from(watched, (_, i) => Math.min(positional[i]?.within ?? FAR, FAR));
    this.lowInit = Int32Array.from(watched, (_, i) => (positional[i] ? FAR : 0));
    this.highInit = Int32Array.from(watched, (_, i) => (positional[i] ? -1 : FAR));
    this.low = new Int32Array(watched.length);
    this.high = new Int32Array(watched.length);
  }

  /** Forgets the last prompt. */
  reset(): void {
    this.liveBits.set(this.alwaysBits);
    this.count.fill(0);
    this.met.fill(0);
    this.low.set(this.lowInit);
    this.high.set(this.highInit);
  }

  /**
   * Flags the regexes watching a slot `index` holds; `list`: also list those slots per regex, and
   * note which required sets `index` holds an anchor of (see `requiredMet`).
   */
  mark(index: AnchorIndex, list: boolean): AnchorIndex {
    const { slotFirst, pairRegex, liveBits, first, count, listed, setFirst, setRegex, setBit, met, posFirst } = this;
    for (let t = 0, n = index.touchedCount; t < n; t++) {
      const slot = index.touchedSlot(t);
      if (list)
        for (let j = setFirst[slot] as number, to = setFirst[slot + 1] as number; j < to; j++) {
          const i = setRegex[j] as number;
          met[i] = (met[i] as number) | (setBit[j] as number);
        }
      if (list && posFirst[slot] !== posFirst[slot + 1]) this.bound(index, slot);
      for (let j = slotFirst[slot] as number, to = slotFirst[slot + 1] as number; j < to; j++) {
        const i = pairRegex[j] as number;
        liveBits[i >> 5] = (liveBits[i >> 5] as number) | (1 << (i & 31));
        if (list) listed[(first[i] as number) + (count[i] as number)++] = slot;
      }
    }
    return index;
  }

  // Widens the offsets of the positional sets holding `slot` by the slot's offsets in `index`.
  private bound(index: AnchorIndex, slot: number): void {
    const { posFirst, posRegex, low, high } = this;
    const from = posFirst[slot] as number;
    const to = posFirst[slot + 1] as number;
    if (from === to) return;
    const min = index.minOffset(slot);
    const max = index.maxOffset(slot);
    for (let j = from; j < to; j++) {
      const i = posRegex[j] as number;
      if (min < (low[i] as number)) low[i] = min;
      if (max > (high[i] as number)) high[i] = max;
    }
  }

  /**
   * The smallest offset of the listed text where regex i can start a match: its positional set's
   * piece starts at most `within` units into a match, and no anchor of the set lies before `low`.
   */
  lowest(i: number): number {
    return (this.low[i] as number) - (this.within[i] as number);
  }

  /** The largest offset where regex i can start: the piece comes after the start. */
  highest(i: number): number {
    return this.high[i] as number;
  }

  /** The first live regex from `from` on, or a number past the last regex. */
  nextLive(from: number): number {
    const { liveBits } = this;
    let w = from >> 5;
    if (w >= liveBits.length) return from;
    let bits = (liveBits[w] as number) & (-1 << (from & 31));
    while (bits === 0) {
      if (++w === liveBits.length) return w << 5;
      bits = liveBits[w] as number;
    }
    return (w << 5) + 31 - Math.clz32(bits & -bits);
  }

  isLive(i: number): boolean {
    return ((this.liveBits[i >> 5] as number) & (1 << (i & 31))) !== 0;
  }

  /** Whether the listed text holds an anchor of each required set of regex i. */
  requiredMet(i: number): boolean {
    const need = this.need[i] as number;
    return ((this.met[i] as number) & need) === need;
  }

  /** Where regex i's held slots start in `listed`, and end (exclusive). */
  from(i: number): number {
    return this.first[i] as number;
  }

  to(i: number): number {
    return (this.first[i] as number) + (this.count[i] as number);
  }
}
