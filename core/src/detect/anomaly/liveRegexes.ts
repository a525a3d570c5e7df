import type { AnchorIndex } from "./anchorIndex.js";

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
export class LiveRegexes {
  /** Per slot, the (regex, slot) pairs watching it: `pairRegex[slotFirst[s]..slotFirst[s + 1])`. */
  private readonly slotFirst: Int32Array;
  private readonly pairRegex: Int32Array;
  /**
   * Per regex, 1 when the prompt holds one of its watched slots, or when it watches none (always
   * tried): the matcher's loop over every regex then reads one byte per regex.
   */
  private readonly live: Uint8Array;
  /** What `reset` puts in `live`: 1 for the regexes that are always tried. */
  private readonly alwaysLive: Uint8Array;
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
   * `watched`: per regex, its watched slots (null: always tried); `required`: per regex, its
   * required slot sets (`AnchoredRegex.required`); `slotCount`: `PrefixSlots.size`.
   */
  constructor(
    watched: readonly (readonly number[] | null)[],
    required: readonly (readonly (readonly number[])[])[],
    slotCount: number,
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
    this.live = new Uint8Array(watched.length);
    this.alwaysLive = Uint8Array.from(watched, (slots) => (slots === null ? 1 : 0));
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
  }

  /** Forgets the last prompt. */
  reset(): void {
    this.live.set(this.alwaysLive);
    this.count.fill(0);
    this.met.fill(0);
  }

  /**
   * Flags the regexes watching a slot `index` holds; `list`: also list those slots per regex, and
   * note which required sets `index` holds an anchor of (see `requiredMet`).
   */
  mark(index: AnchorIndex, list: boolean): AnchorIndex {
    const { slotFirst, pairRegex, live, first, count, listed, setFirst, setRegex, setBit, met } = this;
    for (let t = 0, n = index.touchedCount; t < n; t++) {
      const slot = index.touchedSlot(t);
      if (list)
        for (let j = setFirst[slot] as number, to = setFirst[slot + 1] as number; j < to; j++) {
          const i = setRegex[j] as number;
          met[i] = (met[i] as number) | (setBit[j] as number);
        }
      for (let j = slotFirst[slot] as number, to = slotFirst[slot + 1] as number; j < to; j++) {
        const i = pairRegex[j] as number;
        live[i] = 1;
        if (list) listed[(first[i] as number) + (count[i] as number)++] = slot;
      }
    }
    return index;
  }

  isLive(i: number): boolean {
    return this.live[i] === 1;
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
