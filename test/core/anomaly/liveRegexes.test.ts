import { AnchorIndex, LiveRegexes, PrefixSlots, prefixKey } from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("live regexes", () => {
  // Prepare: four word anchors; regex 0 watches "ig" and "th", regex 1 is always tried, regex 2
  // watches "th" and needs "no" and ("yo" or "ig"), regex 3 has 40 required sets (beyond the bits).
  const slots = new PrefixSlots();
  const [ig, th, no, yo] = ["ig", "th", "no", "yo"].map((w) => slots.slot(prefixKey(w))) as [
    number,
    number,
    number,
    number,
  ];
  const many = Array.from({ length: 40 }, (_, k) => [k % 2 === 0 ? ig : no]);
  const live = new LiveRegexes([[ig, th], null, [th], [yo]], [[], [], [[no], [yo, ig]], many], slots.size);
  const index = new AnchorIndex(slots);

  it("flags the regexes watching a held slot, lists the held slots, and tracks required sets", () => {
    // Act
    live.reset();
    live.mark(index.scan("the igloo is not here"), true);
    // Assess
    // Regex 1 watches no slot: always tried, so always live.
    expect([live.isLive(0), live.isLive(1), live.isLive(2), live.isLive(3)]).toEqual([true, true, true, false]);
    expect([...live.listed.subarray(live.from(0), live.to(0))].sort()).toEqual([ig, th].sort());
    expect([...live.listed.subarray(live.from(2), live.to(2))]).toEqual([th]);
    expect(live.requiredMet(2)).toBe(true);
    expect(live.requiredMet(0)).toBe(true);
    expect(live.requiredMet(3)).toBe(true);
  });

  it("answers what reading the index directly answers, for any text, and forgets the last one", () => {
    const word = fc.constantFrom("ig", "igloo", "the", "this", "no", "not", "yo", "you", "x", " ", "é", ".");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.boolean(), (words, list) => {
        // Act: a first text, then the one checked (reset in between).
        live.reset();
        live.mark(index.scan("the igloo no you"), true);
        live.reset();
        live.mark(index.scan(words.join(" ")), list);
        // Assess
        const held = (s: number) => index.has(s);
        // `nextLive` visits exactly the live regexes, in order.
        const visited: number[] = [];
        for (let i = live.nextLive(0); i < 4; i = live.nextLive(i + 1)) visited.push(i);
        expect(visited).toEqual([0, 1, 2, 3].filter((i) => live.isLive(i)));
        expect(live.isLive(0)).toBe(held(ig) || held(th));
        expect(live.isLive(1)).toBe(true);
        expect(live.isLive(2)).toBe(held(th));
        expect(live.isLive(3)).toBe(held(yo));
        const listed = [...live.listed.subarray(live.from(0), live.to(0))].sort();
        expect(listed).toEqual(list ? [ig, th].filter(held).sort() : []);
        if (list) {
          expect(live.requiredMet(2)).toBe(held(no) && (held(yo) || held(ig)));
          // Only the first 30 sets are tracked: a subset of the sets, which only prunes less.
          expect(live.requiredMet(3)).toBe(held(ig) && held(no));
        }
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it("bounds where a regex with a positional set can start: [first anchor - within, last anchor]", () => {
    // Prepare: regex 0 has "no" 5 units into a match at most; regex 1 has no positional set.
    const bounded = new LiveRegexes([[ig], [th]], [[[no, yo]], []], slots.size, [{ slots: [no, yo], within: 5 }, null]);
    const word = fc.constantFrom("ig", "igloo", "the", "no", "not", "yo", "you", "x", " ", "é");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        // Act
        const text = words.join(" ");
        bounded.reset();
        bounded.mark(index.scan(text), true);
        // Assess: against the offsets read directly.
        const at = [...index.offsets(no), ...index.offsets(yo)];
        if (at.length > 0) {
          expect(bounded.lowest(0)).toBe(Math.min(...at) - 5);
          expect(bounded.highest(0)).toBe(Math.max(...at));
        }
        expect(bounded.lowest(1)).toBeLessThanOrEqual(0);
        expect(bounded.highest(1)).toBeGreaterThanOrEqual(text.length);
      }),
      { numRuns: 200, seed: 9 },
    );
  });

  it("skips to the next live regex across 32-regex words", () => {
    // Prepare: 100 regexes, of which 3, 40, 64 and 99 watch "ig", and 70 is always tried.
    const watched = Array.from({ length: 100 }, (_, i) =>
      i === 70 ? null : [3, 40, 64, 99].includes(i) ? [ig] : [th],
    );
    const many = new LiveRegexes(watched, [], slots.size);
    // Act
    many.reset();
    many.mark(index.scan("igloo"), true);
    const visited: number[] = [];
    for (let i = many.nextLive(0); i < 100; i = many.nextLive(i + 1)) visited.push(i);
    // Assess
    expect(visited).toEqual([3, 40, 64, 70, 99]);
    expect(many.nextLive(100)).toBeGreaterThanOrEqual(100);
  });
});
